//! Vendor status feeds: parsers on the shared fixtures, the real Google Cloud
//! capture, broken and empty input, fetching over verified TLS from a local server
//! (size cap, the one URL rule), and what the panel concludes ("the provider
//! confirms", "maintenance in progress", "only you see this").
//!
//! The team's `shared/` folder sits beside the project (`../shared`), here and in
//! CI: tests that read it fail loudly when it is missing (a worktree elsewhere
//! points `MFA_READY_SHARED` at it).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::faultserver;

use faultserver::{FaultServer, TestCa, google_cloud_real, shared_dir};
use mfa_ready::services::health::{Confirmation, FeedRead, FeedState, HealthReport, fetch_feed};
use mfa_ready::services::probe::{ProbeConfig, ProbeResult, Prober};
use mfa_ready::ui::names;
use mfa_ready_core::fault::{
    ConnectivityObservation, ConnectivityOutcome, ProbeObservation, Thresholds,
};
use mfa_ready_core::feeds::{FeedKind, FeedStatus, Impact, MAX_FEED_BYTES, parse_feed};
use mfa_ready_core::policy::StatusFeed;
use mfa_ready_i18n::{Catalog, Lang};

const SP: &[u8] = include_bytes!("../fixtures/statuspage-summary.json");
const RSS: &[u8] = include_bytes!("../fixtures/azure-status.rss");
const RSS_OK: &[u8] = include_bytes!("../fixtures/azure-status-healthy.rss");
const GOOG: &[u8] = include_bytes!("../fixtures/google-incidents.json");

#[test]
fn fixtures_match_the_shared_originals() {
    // `shared/` lives beside the project root on the team's machines and in CI.
    let shared = shared_dir().join("fixtures");
    for (name, ours) in [
        ("statuspage-summary.json", SP),
        ("azure-status.rss", RSS),
        ("azure-status-healthy.rss", RSS_OK),
        ("google-incidents.json", GOOG),
    ] {
        assert_eq!(std::fs::read(shared.join(name)).unwrap(), ours, "{name}");
    }
}

#[test]
fn shared_fixtures_parse_into_open_incidents() {
    let sp = parse_feed(FeedKind::Statuspage, SP).unwrap();
    assert_eq!(sp.overall, FeedStatus::Incident);
    assert_eq!(sp.incidents.len(), 1);
    assert!(sp.incidents[0].title.contains("504"));
    assert!(sp.incidents[0].started.is_some());
    assert!(sp.incidents[0].link.is_some());

    let rss = parse_feed(FeedKind::Rss, RSS).unwrap();
    assert!(!rss.incidents.is_empty());
    assert!(
        rss.incidents
            .iter()
            .all(|i| !i.title.starts_with("Resolved"))
    );

    let ok = parse_feed(FeedKind::Rss, RSS_OK).unwrap();
    assert!(ok.incidents.is_empty());
    assert_eq!(ok.overall, FeedStatus::Operational);

    let g = parse_feed(FeedKind::GoogleIncidents, GOOG).unwrap();
    assert!(!g.incidents.is_empty());
    assert!(
        g.incidents
            .iter()
            .all(|i| i.link.as_deref().is_some_and(|l| l.starts_with("https://")))
    );
}

#[test]
fn broken_and_empty_feeds_are_errors_never_no_incidents() {
    for kind in [
        FeedKind::Statuspage,
        FeedKind::Rss,
        FeedKind::GoogleIncidents,
    ] {
        for bad in [
            &b""[..],
            b"   \n",
            b"{\"incidents\": [",
            b"<rss><channel>",
            b"\xff\xfe",
            b"[1, 2]",
        ] {
            assert!(parse_feed(kind, bad).is_err(), "{kind} accepted {bad:?}");
        }
    }
    // The wrong parser for a document is an error too.
    assert!(parse_feed(FeedKind::Statuspage, RSS).is_err());
    assert!(parse_feed(FeedKind::Rss, SP).is_err());
}

const HOST: &str = "status.test";

async fn feeds_server() -> (FaultServer, Prober, tempfile::TempDir) {
    let ca = TestCa::new();
    let dir = tempfile::tempdir().unwrap();
    let ca_path = ca.write_pem(dir.path());
    let srv = FaultServer::tls(&ca.leaf(&[HOST], false)).await;
    let cfg = ProbeConfig {
        extra_root_certs: vec![ca_path],
        resolve_overrides: [(HOST.to_string(), srv.addr)].into_iter().collect(),
        connectivity_checks: Vec::new(),
        ..ProbeConfig::default()
    };
    (srv, Prober::new(cfg), dir)
}

fn feed(kind: FeedKind, path: &str) -> StatusFeed {
    StatusFeed {
        name: "Vendor status".into(),
        kind,
        url: format!("https://{HOST}{path}"),
    }
}

#[tokio::test]
async fn fetching_feeds_over_verified_tls() {
    let (_srv, prober, _dir) = feeds_server().await;
    let ok = fetch_feed(&prober, &feed(FeedKind::Statuspage, "/feed/statuspage")).await;
    assert_eq!(ok.status, FeedRead::Ok, "{:?}", ok.error);
    assert_eq!(ok.incidents.len(), 1);
    assert!(ok.confirms_incident());

    let quiet = fetch_feed(&prober, &feed(FeedKind::Rss, "/feed/rss-healthy")).await;
    assert_eq!(quiet.status, FeedRead::Ok);
    assert!(!quiet.confirms_incident());

    for (kind, path, needle) in [
        (FeedKind::Statuspage, "/feed/broken", "could not be parsed"),
        (FeedKind::GoogleIncidents, "/feed/empty", "empty"),
        (FeedKind::Rss, "/status/503", "HTTP 503"),
    ] {
        let s = fetch_feed(&prober, &feed(kind, path)).await;
        assert_eq!(s.status, FeedRead::Error, "{path}");
        assert!(
            s.error.as_deref().unwrap().contains(needle),
            "{path}: {:?}",
            s.error
        );
        assert!(s.incidents.is_empty() && s.overall.is_none());
        assert!(!s.confirms_incident());
    }
}

#[tokio::test]
async fn feeds_follow_the_one_url_rule_and_are_verified() {
    let (srv, prober, _dir) = feeds_server().await;
    // Plain http to loopback is allowed, like portals (labs and tests).
    let plain = FaultServer::plain().await;
    let lab = StatusFeed {
        url: plain.http_url("/feed/statuspage"),
        ..feed(FeedKind::Statuspage, "/")
    };
    let s = fetch_feed(&prober, &lab).await;
    assert_eq!(s.status, FeedRead::Ok, "{:?}", s.error);
    assert_eq!(s.incidents.len(), 1);
    // Plain http anywhere else is refused before any connection.
    let accepted = plain.accepted.load(std::sync::atomic::Ordering::SeqCst);
    let far = StatusFeed {
        url: format!("http://{HOST}:{}/feed/statuspage", plain.addr.port()),
        ..feed(FeedKind::Statuspage, "/")
    };
    let resolving = Prober::new(ProbeConfig {
        resolve_overrides: [(HOST.to_string(), plain.addr)].into_iter().collect(),
        connectivity_checks: Vec::new(),
        ..ProbeConfig::default()
    });
    let s = fetch_feed(&resolving, &far).await;
    assert_eq!(s.status, FeedRead::Error);
    assert!(
        s.error.as_deref().unwrap().contains("must use https://"),
        "{s:?}"
    );
    assert_eq!(
        plain.accepted.load(std::sync::atomic::Ordering::SeqCst),
        accepted
    );
    // An https feed redirecting down to http (even loopback) is not followed.
    let down = feed(
        FeedKind::Statuspage,
        &format!("/goto/{}", plain.http_url("/feed/statuspage")),
    );
    let s = fetch_feed(&prober, &down).await;
    assert_eq!(s.status, FeedRead::Error);
    assert!(
        s.error.as_deref().unwrap().contains("down to plain http"),
        "{s:?}"
    );
    assert_eq!(
        plain.accepted.load(std::sync::atomic::Ordering::SeqCst),
        accepted
    );
    // Without the test CA, the server is not trusted.
    let untrusting = Prober::new(ProbeConfig {
        resolve_overrides: [(HOST.to_string(), srv.addr)].into_iter().collect(),
        connectivity_checks: Vec::new(),
        ..ProbeConfig::default()
    });
    let s = fetch_feed(&untrusting, &feed(FeedKind::Statuspage, "/feed/statuspage")).await;
    assert_eq!(s.status, FeedRead::Error, "{s:?}");
}

fn report(status: u16, feeds: Vec<FeedState>) -> HealthReport {
    let obs = ProbeObservation {
        portal_name: "My Sign-Ins".into(),
        url: "https://mysignins.microsoft.com/".into(),
        started_at: "2026-11-22T12:00:00Z".parse().unwrap(),
        http_status: Some(status),
        ..Default::default()
    };
    HealthReport {
        checked_at: obs.started_at,
        connectivity: ConnectivityObservation {
            outcome: ConnectivityOutcome::Online,
            checks: Vec::new(),
        },
        portals: vec![ProbeResult::from_observation(
            obs,
            Thresholds::default(),
            None,
        )],
        feeds,
    }
}

#[tokio::test]
async fn provider_confirms_or_only_you_see_this() {
    let (_srv, prober, _dir) = feeds_server().await;
    let incident = fetch_feed(&prober, &feed(FeedKind::Statuspage, "/feed/statuspage")).await;
    let quiet = fetch_feed(&prober, &feed(FeedKind::Rss, "/feed/rss-healthy")).await;
    let broken = fetch_feed(&prober, &feed(FeedKind::Statuspage, "/feed/broken")).await;

    let (en, de) = (Catalog::new(Lang::En), Catalog::new(Lang::De));
    let said = |c: Option<Confirmation>, tr: &Catalog| names::confirmation(tr, &c.unwrap());
    let r = report(504, vec![incident.clone()]);
    assert!(matches!(
        r.confirmation(),
        Some(Confirmation::Incident { .. })
    ));
    assert!(said(r.confirmation(), &en).contains("provider confirms an incident"));
    assert!(
        said(r.confirmation(), &de).contains("Störung"),
        "{}",
        said(r.confirmation(), &de)
    );
    let summary = names::portal_summary(&en, &r.summary().unwrap());
    assert!(summary.contains("504"), "{summary}");
    let r = report(504, vec![quiet.clone()]);
    assert_eq!(r.confirmation(), Some(Confirmation::OnlyYou));
    assert!(said(r.confirmation(), &en).starts_with("Only you see this"));
    let r = report(504, vec![broken]);
    assert_eq!(r.confirmation(), Some(Confirmation::FeedsUnreadable));
    assert!(said(r.confirmation(), &en).contains("could not be read"));
    // Nothing to confirm while the portals are fine.
    assert_eq!(report(200, vec![incident]).confirmation(), None);
    let r = report(200, vec![quiet]);
    assert_eq!(
        names::portal_summary(&en, &r.summary().unwrap()),
        "The sign-in portal is answering normally."
    );
    assert_ne!(
        names::portal_summary(&de, &r.summary().unwrap()),
        "The sign-in portal is answering normally."
    );
}

#[test]
fn the_real_google_cloud_capture_parses() {
    let real = google_cloud_real();
    assert!(real.len() > 1024 * 1024, "the capture is over 1 MiB");
    let f = parse_feed(FeedKind::GoogleIncidents, &real).unwrap();
    // Captured on a quiet day: every one of its 157 incidents had ended.
    assert_eq!(f.overall, FeedStatus::Operational);
    assert!(f.incidents.is_empty());
    // Reopen the first one: it is read as an open incident.
    let mut all: Vec<serde_json::Value> = serde_json::from_slice(&real).unwrap();
    assert_eq!(all.len(), 157);
    all[0]["end"] = serde_json::Value::Null;
    let reopened = serde_json::to_vec(&all).unwrap();
    let f = parse_feed(FeedKind::GoogleIncidents, &reopened).unwrap();
    assert_eq!(f.incidents.len(), 1);
    let i = &f.incidents[0];
    assert_eq!(
        i.title,
        "[Google BigQuery] Lower throughput from the Read API"
    );
    assert_eq!(i.impact, Impact::Minor);
    assert_eq!(i.service.as_deref(), Some("Google BigQuery"));
    assert_eq!(f.overall, FeedStatus::Degraded);
}

#[tokio::test]
async fn feeds_have_their_own_8_mib_cap() {
    let (_srv, prober, _dir) = feeds_server().await;
    // The real capture is over the probes' 1 MiB body cap: it still loads.
    let g = fetch_feed(
        &prober,
        &feed(FeedKind::GoogleIncidents, "/feed/google-cloud-real"),
    )
    .await;
    assert_eq!(g.status, FeedRead::Ok, "{:?}", g.error);
    assert_eq!(g.overall, Some(FeedStatus::Operational));
    // Past 8 MiB, announced or not, the feed is "too large", not a parse error.
    let nine = 9 * 1024 * 1024;
    assert!(nine > MAX_FEED_BYTES);
    for path in [format!("/bytes/{nine}"), format!("/stream/{nine}")] {
        let s = fetch_feed(&prober, &feed(FeedKind::GoogleIncidents, &path)).await;
        assert_eq!(s.status, FeedRead::Error, "{path}");
        let e = s.error.unwrap();
        assert!(e.contains("too large"), "{path}: {e}");
        assert!(!e.contains("parsed"), "{path}: {e}");
    }
}

#[tokio::test]
async fn maintenance_in_progress_is_reported_apart_from_incidents() {
    let (_srv, prober, _dir) = feeds_server().await;
    let m = fetch_feed(&prober, &feed(FeedKind::Statuspage, "/feed/maintenance")).await;
    assert_eq!(m.status, FeedRead::Ok, "{:?}", m.error);
    assert!(m.incidents.is_empty());
    assert_eq!(m.maintenances.len(), 1);
    assert_eq!(m.maintenances[0].title, "Push service upgrade");
    assert_eq!(
        m.maintenances[0].window_end,
        Some("2026-06-01T07:00:00Z".parse().unwrap())
    );
    assert!(!m.confirms_incident());
    let r = report(504, vec![m]);
    let c = r.confirmation().unwrap();
    assert!(matches!(c, Confirmation::Maintenance { .. }), "{c:?}");
    let c = names::confirmation(&Catalog::new(Lang::En), &c);
    assert!(c.contains("maintenance in progress"), "{c}");
    assert!(!c.contains("incident"), "{c}");
}

#[tokio::test]
async fn feed_text_arrives_without_control_characters() {
    let (_srv, prober, _dir) = feeds_server().await;
    let s = fetch_feed(
        &prober,
        &feed(FeedKind::Statuspage, "/feed/statuspage-escapes"),
    )
    .await;
    assert_eq!(s.status, FeedRead::Ok, "{:?}", s.error);
    let json = serde_json::to_string(&s).unwrap();
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    let text = back.to_string();
    assert!(
        !text.contains("\\u001b") && !text.contains('\u{1b}'),
        "{text}"
    );
    assert!(
        !text.contains("\\u0007") && !text.contains('\u{202e}'),
        "{text}"
    );
    assert_eq!(s.incidents[0].title, "[2J[HAll systems operational");
}
