use jiff::Timestamp;
use proptest::prelude::*;

use super::*;

const SP: &[u8] = include_bytes!("../../../../tests/fixtures/statuspage-summary.json");
const RSS: &[u8] = include_bytes!("../../../../tests/fixtures/azure-status.rss");
const RSS_OK: &[u8] = include_bytes!("../../../../tests/fixtures/azure-status-healthy.rss");
const GOOG: &[u8] = include_bytes!("../../../../tests/fixtures/google-incidents.json");

fn t(s: &str) -> Option<Timestamp> {
    Some(s.parse().unwrap())
}

#[test]
fn statuspage_fixture() {
    let f = parse_feed(FeedKind::Statuspage, SP).unwrap();
    assert_eq!(f.overall, FeedStatus::Incident);
    assert_eq!(
        f.components_affected,
        vec!["Self-service enrollment portal", "Push delivery"]
    );
    assert_eq!(f.incidents.len(), 1);
    let i = &f.incidents[0];
    assert_eq!(
        i.title,
        "Users unable to register MFA methods (504 Gateway Timeout)"
    );
    assert_eq!(i.impact, Impact::Major);
    assert_eq!(i.started, t("2026-06-01T05:00:00Z"));
    assert_eq!(i.last_update, t("2026-06-01T09:12:44Z"));
    assert_eq!(
        i.updates_summary.as_deref(),
        Some("We are failing over the enrollment service to healthy infrastructure.")
    );
    assert_eq!(i.link.as_deref(), Some("https://stspg.test/abc123"));
    assert_eq!(i.service.as_deref(), Some("Self-service enrollment portal"));
}

fn sp(indicator: &str, comp: &str, incidents: &str) -> Vec<u8> {
    format!(
        r#"{{"status":{{"indicator":"{indicator}"}},
            "components":[{{"name":"A","status":"{comp}"}},{{"name":"G","status":"major_outage","group":true}}],
            "incidents":{incidents}}}"#
    )
    .into_bytes()
}

#[test]
fn statuspage_overall_rules() {
    let p = |i, c, inc| parse_feed(FeedKind::Statuspage, &sp(i, c, inc)).unwrap();
    let healthy = p("none", "operational", "[]");
    assert_eq!(healthy.overall, FeedStatus::Operational);
    assert!(healthy.components_affected.is_empty(), "groups are skipped");
    assert_eq!(
        p("none", "degraded_performance", "[]").overall,
        FeedStatus::Degraded
    );
    assert_eq!(
        p("minor", "operational", "[]").overall,
        FeedStatus::Degraded
    );
    assert_eq!(
        p("critical", "operational", "[]").overall,
        FeedStatus::Incident
    );
    assert_eq!(p("shiny", "operational", "[]").overall, FeedStatus::Unknown);
    let minor_inc = r#"[{"name":"x","impact":"minor","status":"investigating"}]"#;
    assert_eq!(
        p("none", "operational", minor_inc).overall,
        FeedStatus::Degraded
    );
    let resolved = r#"[{"name":"x","impact":"critical","status":"resolved"},
                      {"name":"y","impact":"critical","resolved_at":"2026-06-01T00:00:00Z"}]"#;
    let f = p("none", "operational", resolved);
    assert!(f.incidents.is_empty());
    assert_eq!(f.overall, FeedStatus::Operational);
}

#[test]
fn statuspage_latest_update_by_time_not_position() {
    let inc = r#"[{"name":"x","impact":"major","incident_updates":[
        {"body":"old","display_at":"2026-06-01T01:00:00Z"},
        {"body":"new","display_at":"2026-06-01T02:00:00Z"}]}]"#;
    let f = parse_feed(FeedKind::Statuspage, &sp("major", "operational", inc)).unwrap();
    assert_eq!(f.incidents[0].updates_summary.as_deref(), Some("new"));
    assert_eq!(f.incidents[0].last_update, t("2026-06-01T02:00:00Z"));
    assert_eq!(f.incidents[0].started, None);
}

#[test]
fn rss_fixture() {
    let f = parse_feed(FeedKind::Rss, RSS).unwrap();
    assert_eq!(f.overall, FeedStatus::Incident);
    assert_eq!(f.components_affected, vec!["Microsoft Entra ID"]);
    let i = &f.incidents[0];
    assert_eq!(
        i.title,
        "Microsoft Entra ID: MFA registration and My Sign-Ins returning 504 errors"
    );
    assert_eq!(i.impact, Impact::Unknown);
    assert_eq!(i.started, t("2026-06-01T05:00:00Z"));
    assert_eq!(i.last_update, t("2026-06-01T09:10:00Z"));
    assert!(
        i.updates_summary
            .as_deref()
            .is_some_and(|s| s.starts_with("Starting at 05:00 UTC"))
    );
    assert_eq!(
        i.link.as_deref(),
        Some("https://azure.status.microsoft/en-us/status/")
    );
    assert_eq!(i.service.as_deref(), Some("Microsoft Entra ID"));
}

#[test]
fn rss_healthy_fixture() {
    let f = parse_feed(FeedKind::Rss, RSS_OK).unwrap();
    assert_eq!(f.overall, FeedStatus::Operational);
    assert!(f.incidents.is_empty());
    assert!(f.components_affected.is_empty());
}

#[test]
fn rss_html_resolved_and_cdata() {
    let body = r#"<rss version="2.0"><channel><title>x</title>
        <item><title>Resolved - Old thing</title></item>
        <item><title>Active - New thing</title>
          <description><![CDATA[<p>Starting at 23:30 UTC on 31 May 2026, <b>some</b> users&nbsp;saw errors.</p>]]></description>
        </item></channel></rss>"#;
    let f = parse_feed(FeedKind::Rss, body.as_bytes()).unwrap();
    assert_eq!(f.incidents.len(), 1);
    let i = &f.incidents[0];
    assert_eq!(i.title, "New thing");
    assert_eq!(i.started, t("2026-05-31T23:30:00Z"));
    assert_eq!(
        i.updates_summary.as_deref(),
        Some("Starting at 23:30 UTC on 31 May 2026, some users saw errors.")
    );
    assert_eq!(i.last_update, None);
}

#[test]
fn google_fixture() {
    let f = parse_feed(FeedKind::GoogleIncidents, GOOG).unwrap();
    assert_eq!(f.overall, FeedStatus::Incident);
    assert_eq!(f.incidents.len(), 1, "the ended Gmail incident is dropped");
    assert_eq!(f.components_affected, vec!["Google Workspace Accounts"]);
    let i = &f.incidents[0];
    assert_eq!(
        i.title,
        "Users may be unable to turn on 2-Step Verification"
    );
    assert_eq!(i.impact, Impact::Major);
    assert_eq!(i.started, t("2026-06-01T05:10:00Z"));
    assert_eq!(i.last_update, t("2026-06-01T08:40:00Z"));
    assert_eq!(
        i.updates_summary.as_deref(),
        Some("Mitigation is in progress.")
    );
    assert_eq!(
        i.link.as_deref(),
        Some("https://www.google.com/appsstatus/dashboard/incidents/Xq2LrT9mKd8vFw3nPa1b")
    );
    assert_eq!(i.service.as_deref(), Some("Google Workspace Accounts"));
}

#[test]
fn google_variants() {
    let p = |s: &str| parse_feed(FeedKind::GoogleIncidents, s.as_bytes()).unwrap();
    assert_eq!(p("[]").overall, FeedStatus::Operational);
    let f = p(
        r#"[{"id":"a","status_impact":"SERVICE_INFORMATION","end":null,
                  "affected_products":[{"title":"Gmail"},{"title":"Drive"}]}]"#,
    );
    assert_eq!(f.overall, FeedStatus::Degraded);
    assert_eq!(f.incidents[0].impact, Impact::Minor);
    assert_eq!(f.incidents[0].service.as_deref(), Some("Gmail, Drive"));
    assert_eq!(f.incidents[0].title, "Untitled incident");
    let f = p(r#"[{"id":"a","status_impact":"SERVICE_OUTAGE","severity":"low"}]"#);
    assert_eq!(f.incidents[0].impact, Impact::Critical);
    let f = p(r#"[{"id":"a","severity":"high"}]"#);
    assert_eq!(f.incidents[0].impact, Impact::Major);
}

fn problem(kind: FeedKind, body: &[u8]) -> FeedProblem {
    match parse_feed(kind, body) {
        Err(e) => {
            assert_eq!(e.kind, kind);
            e.problem
        }
        Ok(f) => panic!("{kind} parsed {:?} as {f:?}", String::from_utf8_lossy(body)),
    }
}

#[test]
fn empty_inputs_are_errors() {
    for k in [
        FeedKind::Statuspage,
        FeedKind::Rss,
        FeedKind::GoogleIncidents,
    ] {
        assert_eq!(problem(k, b""), FeedProblem::Empty);
        assert_eq!(problem(k, b" \n\t"), FeedProblem::Empty);
        assert_eq!(problem(k, b"\xff\xfe"), FeedProblem::NotUtf8);
    }
}

#[test]
fn truncated_inputs_are_errors() {
    for (k, body) in [
        (FeedKind::Statuspage, SP),
        (FeedKind::Rss, RSS),
        (FeedKind::GoogleIncidents, GOOG),
    ] {
        for cut in [1, body.len() / 3, body.len() / 2, body.len() - 10] {
            assert!(
                matches!(
                    problem(k, &body[..cut]),
                    FeedProblem::Syntax(_) | FeedProblem::Shape(_)
                ),
                "{k} cut at {cut}"
            );
        }
    }
}

#[test]
fn wrong_format_is_error() {
    assert!(matches!(problem(FeedKind::Rss, SP), FeedProblem::Syntax(_)));
    assert!(matches!(
        problem(FeedKind::Rss, GOOG),
        FeedProblem::Syntax(_)
    ));
    assert!(matches!(
        problem(FeedKind::Statuspage, RSS),
        FeedProblem::Syntax(_)
    ));
    assert!(matches!(
        problem(FeedKind::Statuspage, GOOG),
        FeedProblem::Shape(_)
    ));
    assert!(matches!(
        problem(FeedKind::GoogleIncidents, SP),
        FeedProblem::Shape(_)
    ));
    assert!(matches!(
        problem(FeedKind::GoogleIncidents, RSS),
        FeedProblem::Syntax(_)
    ));
    assert!(matches!(
        problem(FeedKind::Statuspage, b"{}"),
        FeedProblem::Shape(_)
    ));
    // A summary needs its page status.
    assert!(matches!(
        problem(FeedKind::Statuspage, br#"{"components":[],"incidents":[]}"#),
        FeedProblem::Shape(_)
    ));
    assert!(matches!(
        problem(FeedKind::GoogleIncidents, b"[{\"nope\":1}]"),
        FeedProblem::Shape(_)
    ));
    assert!(matches!(
        problem(FeedKind::GoogleIncidents, b"null"),
        FeedProblem::Shape(_)
    ));
    // Atom, or RSS without a channel.
    let atom = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>"#;
    assert_eq!(
        problem(FeedKind::Rss, atom),
        FeedProblem::Shape("root element is <feed>, expected <rss>".into())
    );
    assert!(matches!(
        problem(FeedKind::Rss, b"<rss version=\"2.0\"></rss>"),
        FeedProblem::Shape(_)
    ));
    assert!(matches!(
        problem(FeedKind::Rss, b"<html><body>502 Bad Gateway</body></html>"),
        FeedProblem::Shape(_)
    ));
    assert!(matches!(
        problem(
            FeedKind::Rss,
            b"<rss><channel><item></item></channel></rss>"
        ),
        FeedProblem::Shape(_)
    ));
}

#[test]
fn rss_rejects_entity_expansion() {
    let bomb = br#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>"#;
    // DTDs are refused outright (no entity expansion, no XXE).
    assert!(matches!(
        problem(FeedKind::Rss, bomb),
        FeedProblem::Syntax(_)
    ));
}

#[test]
fn error_message_names_kind() {
    let e = parse_feed(FeedKind::GoogleIncidents, b"{}").unwrap_err();
    assert_eq!(
        e.to_string(),
        "google_incidents status feed could not be parsed: unexpected document: expected a JSON array of incidents"
    );
}

proptest! {
    #[test]
    fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200), k in 0u8..3) {
        let kind = [FeedKind::Statuspage, FeedKind::Rss, FeedKind::GoogleIncidents][usize::from(k)];
        let _ = parse_feed(kind, &bytes);
    }

    #[test]
    fn starting_at_never_panics(s in "\\PC{0,60}") {
        let _ = rss::starting_at(&format!("Starting at {s}"));
        let _ = rss::strip_html(&s);
    }
}

#[test]
fn statuspage_without_empty_arrays_means_none() {
    for body in [
        &br#"{"status":{"indicator":"none"},"components":[]}"#[..],
        br#"{"status":{"indicator":"none"},"incidents":[]}"#,
        br#"{"status":{"indicator":"none"},"scheduled_maintenances":[]}"#,
        br#"{"page":{"id":"x"},"status":{"indicator":"none","description":"All Systems Operational"}}"#,
    ] {
        let f = parse_feed(FeedKind::Statuspage, body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(body)));
        assert_eq!(f.overall, FeedStatus::Operational);
        assert!(f.incidents.is_empty() && f.maintenances.is_empty());
    }
}

#[test]
fn open_maintenances_are_reported_apart_with_their_window() {
    let body = br#"{"status":{"indicator":"maintenance"},
        "components":[{"name":"Push","status":"under_maintenance"}],
        "scheduled_maintenances":[
          {"name":"Database upgrade","status":"in_progress","impact":"maintenance",
           "scheduled_for":"2026-06-01T05:00:00.000Z","scheduled_until":"2026-06-01T07:00:00.000Z",
           "shortlink":"https://stspg.test/m1",
           "incident_updates":[{"body":"Work is under way.","display_at":"2026-06-01T05:01:00Z"}],
           "components":[{"name":"Push"}]},
          {"name":"Checking the upgrade","status":"verifying","scheduled_for":"2026-06-01T04:00:00Z"},
          {"name":"Next week","status":"scheduled","scheduled_for":"2026-06-08T05:00:00Z"},
          {"name":"Last week","status":"completed","scheduled_for":"2026-05-25T05:00:00Z"}
        ]}"#;
    let f = parse_feed(FeedKind::Statuspage, body).unwrap();
    assert!(f.incidents.is_empty(), "maintenance is not an incident");
    assert_eq!(f.overall, FeedStatus::Degraded);
    assert_eq!(f.maintenances.len(), 2, "{:?}", f.maintenances);
    let m = &f.maintenances[0];
    assert_eq!(m.title, "Database upgrade");
    assert_eq!(m.state, MaintenanceState::InProgress);
    assert_eq!(m.window_start, t("2026-06-01T05:00:00Z"));
    assert_eq!(m.window_end, t("2026-06-01T07:00:00Z"));
    assert_eq!(m.updates_summary.as_deref(), Some("Work is under way."));
    assert_eq!(m.link.as_deref(), Some("https://stspg.test/m1"));
    assert_eq!(m.service.as_deref(), Some("Push"));
    assert_eq!(f.maintenances[1].state, MaintenanceState::Verifying);
    assert_eq!(f.maintenances[1].window_end, None);
    assert_eq!(f.components_affected, vec!["Push"]);
    // With an indicator of none, an open maintenance still degrades the feed.
    let quiet = br#"{"status":{"indicator":"none"},
        "scheduled_maintenances":[{"name":"m","status":"in_progress"}]}"#;
    assert_eq!(
        parse_feed(FeedKind::Statuspage, quiet).unwrap().overall,
        FeedStatus::Degraded
    );
}

#[test]
fn control_characters_never_leave_the_parsers() {
    let esc = |s: &str| {
        s.chars()
            .any(|c| c.is_control() && c != '\n' || c == '\u{202E}')
    };
    let sp = br#"{"status":{"indicator":"major"},
        "components":[{"name":"Push\u001b[31m","status":"major_outage"}],
        "incidents":[{"name":"\u001b[2J\u001b[HAll good, nothing to see","impact":"major",
           "shortlink":"https://x.test/\u001b]8;;evil",
           "incident_updates":[{"body":"line one\r\nline two\u0007\u202e","display_at":"2026-06-01T01:00:00Z"}],
           "components":[{"name":"Push\u001b[31m"}]}],
        "scheduled_maintenances":[{"name":"m\u001b[2J","status":"in_progress"}]}"#;
    let f = parse_feed(FeedKind::Statuspage, sp).unwrap();
    let i = &f.incidents[0];
    assert_eq!(i.title, "[2J[HAll good, nothing to see");
    assert_eq!(i.updates_summary.as_deref(), Some("line one\nline two"));
    for s in [
        Some(&i.title),
        i.link.as_ref(),
        i.service.as_ref(),
        i.updates_summary.as_ref(),
        Some(&f.maintenances[0].title),
        Some(&f.components_affected[0]),
    ] {
        let s = s.unwrap();
        assert!(!esc(s), "{s:?}");
    }
    let goog = br#"[{"id":"a","external_desc":"\u001b[2Jdown","service_name":"Gmail\u009b","most_recent_update":{"text":"x\u001b"}}]"#;
    let g = parse_feed(FeedKind::GoogleIncidents, goog).unwrap();
    assert_eq!(g.incidents[0].title, "[2Jdown");
    assert_eq!(g.incidents[0].service.as_deref(), Some("Gmail"));
    assert_eq!(g.incidents[0].updates_summary.as_deref(), Some("x"));
    let rss = "<rss><channel><item><title>Active - a\u{1b}[2Jb</title><category>c\u{200F}d</category></item></channel></rss>";
    // XML 1.0 forbids raw C0 controls: such a feed is an error, never printed.
    assert!(parse_feed(FeedKind::Rss, rss.as_bytes()).is_err());
    let rss = "<rss><channel><item><title>Active - a\u{202E}b</title><category>c\u{200F}d</category></item></channel></rss>";
    let r = parse_feed(FeedKind::Rss, rss.as_bytes()).unwrap();
    assert_eq!(r.incidents[0].title, "ab");
    assert_eq!(r.incidents[0].service.as_deref(), Some("cd"));
    // Error messages quote the feed: they are made safe too.
    let bad = br#"{"status":{"indicator":7},"incidents":"\u001b[2J"}"#;
    let e = parse_feed(FeedKind::Statuspage, bad)
        .unwrap_err()
        .to_string();
    assert!(!esc(&e), "{e:?}");
}
