//! Integration tests of the portal probe against the local fault server.
//! Everything runs on 127.0.0.1; nothing reaches the network.
//!
//! No wall-clock windows: deadlines are checked with lower bounds (a timer never
//! fires early) and upper bounds far below the budget they guard, concurrency with
//! a barrier the probes can only pass together. Timing figures live in
//! `benches/probe.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::faultserver;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use faultserver::{
    FaultServer, ProxyMode, ProxyServer, RETRY_DATE, TestCa, refused_addr, self_signed,
};
use mfa_ready::services::health::HealthReport;
use mfa_ready::services::probe::{
    ConnectivityCheck, MAX_BODY_BYTES, PhaseTimeouts, PortalTarget, ProbeConfig, check_all,
    check_connectivity, probe_all, probe_portal,
};
use mfa_ready::services::route::{ProxyConfig, Router};
use mfa_ready_core::fault::{
    ConnectivityObservation, ConnectivityOutcome, ErrorKind, Expectation, HostSignal, Outcome,
    Phase, Severity, TlsProblem,
};

const HOST: &str = "portal.test";

struct Pki {
    ca: TestCa,
    _dir: tempfile::TempDir,
    ca_path: PathBuf,
}

fn pki() -> Pki {
    let ca = TestCa::new();
    let dir = tempfile::tempdir().unwrap();
    let ca_path = ca.write_pem(dir.path());
    Pki {
        ca,
        _dir: dir,
        ca_path,
    }
}

fn short_timeouts() -> PhaseTimeouts {
    PhaseTimeouts {
        dns: Duration::from_secs(2),
        connect: Duration::from_secs(2),
        tls: Duration::from_secs(2),
        first_byte: Duration::from_secs(2),
        transfer: Duration::from_secs(2),
    }
}

fn cfg(pki: &Pki, overrides: &[(&str, SocketAddr)]) -> ProbeConfig {
    ProbeConfig {
        extra_root_certs: vec![pki.ca_path.clone()],
        resolve_overrides: overrides
            .iter()
            .map(|(h, a)| (h.to_string(), *a))
            .collect::<HashMap<_, _>>(),
        connectivity_checks: Vec::new(),
        phase_timeouts: short_timeouts(),
        ..ProbeConfig::default()
    }
}

fn target(url: &str) -> PortalTarget {
    PortalTarget {
        name: "My Sign-Ins".into(),
        url: url.into(),
        slow_ms: 5_000,
        timeout_ms: 8_000,
    }
}

async fn https_server(pki: &Pki) -> FaultServer {
    FaultServer::tls(&pki.ca.leaf(&[HOST], false)).await
}

#[tokio::test]
async fn healthy_https_records_phases_cert_and_request_id() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let r = probe_portal(
        &target("https://portal.test/ok"),
        &cfg(&pki, &[(HOST, srv.addr)]),
    )
    .await;
    assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    assert_eq!(r.severity, Severity::Green);
    assert_eq!(r.http_status, Some(200));
    assert_eq!(r.request_id.as_deref(), Some("req-ok-1"));
    let p = r.phases_ms;
    for v in [p.dns, p.connect, p.tls, p.first_byte, p.total] {
        assert!(v.is_some_and(|ms| ms >= 0.0), "{p:?}");
    }
    let cert = r.certificate.as_ref().unwrap();
    assert!(cert.issuer.contains("MFA Ready Test CA"), "{cert:?}");
    assert!(cert.subject.contains(HOST), "{cert:?}");
    assert!(cert.days_to_expiry.unwrap() > 365, "{cert:?}");
    assert!(r.explanation.contains("My Sign-Ins"));
    assert!(
        r.technical.contains("request_id=req-ok-1"),
        "{}",
        r.technical
    );
}

#[tokio::test]
async fn plain_http_portal_is_healthy() {
    let pki = pki();
    let srv = FaultServer::plain().await;
    let r = probe_portal(&target(&srv.http_url("/ok")), &cfg(&pki, &[])).await;
    assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    assert_eq!(r.phases_ms.tls, None);
    assert!(r.certificate.is_none());
}

#[tokio::test]
async fn http_status_classes() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let c = cfg(&pki, &[(HOST, srv.addr)]);
    let cases = [
        ("/status/504", Outcome::GatewayTimeout, Some(504)),
        ("/status/500", Outcome::ServerError, Some(500)),
        ("/status/502", Outcome::ServerError, Some(502)),
        ("/status/404", Outcome::ClientError, Some(404)),
        ("/status/407", Outcome::ProxyAuthRequired, Some(407)),
        ("/429", Outcome::Throttled, Some(429)),
        ("/503-seconds", Outcome::ServiceUnavailable, Some(503)),
        ("/503-date", Outcome::ServiceUnavailable, Some(503)),
    ];
    for (path, want, status) in cases {
        let r = probe_portal(&target(&format!("https://portal.test{path}")), &c).await;
        assert_eq!(r.outcome, want, "{path}: {}", r.technical);
        assert_eq!(r.http_status, status, "{path}");
        assert_eq!(r.timed_out_phase, None);
    }
}

#[tokio::test]
async fn gateway_timeout_blames_the_provider() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let r = probe_portal(
        &target("https://portal.test/status/504"),
        &cfg(&pki, &[(HOST, srv.addr)]),
    )
    .await;
    assert_eq!(
        r.explanation,
        "My Sign-Ins is answering 504 Gateway Timeout: the service is failing, not your connection."
    );
    assert_eq!(r.request_id.as_deref(), Some("req-status-1"));
    assert_eq!(r.severity, Severity::Red);
}

#[tokio::test]
async fn retry_after_seconds_and_http_date() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let c = cfg(&pki, &[(HOST, srv.addr)]);
    let r = probe_portal(&target("https://portal.test/503-seconds"), &c).await;
    let wait = r.retry_after.unwrap().duration_since(r.checked_at);
    assert_eq!(wait.as_secs(), 120);
    assert!(
        r.explanation.contains("retry in 2 minutes"),
        "{}",
        r.explanation
    );
    let r = probe_portal(&target("https://portal.test/503-date"), &c).await;
    let want: jiff::Timestamp = "2099-01-01T00:00:00Z".parse().unwrap();
    assert_eq!(r.retry_after, Some(want), "{RETRY_DATE}");
    let r = probe_portal(&target("https://portal.test/429"), &c).await;
    assert_eq!(
        r.retry_after
            .unwrap()
            .duration_since(r.checked_at)
            .as_secs(),
        30
    );
}

#[tokio::test]
async fn headers_that_never_arrive_time_out_at_first_byte() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let mut c = cfg(&pki, &[(HOST, srv.addr)]);
    c.phase_timeouts.first_byte = Duration::from_millis(300);
    let mut t = target("https://portal.test/hang");
    t.timeout_ms = 60_000;
    let t0 = Instant::now();
    let r = probe_portal(&t, &c).await;
    // The phase's own deadline ended it, long before the probe's 60 s budget.
    assert!(t0.elapsed() < Duration::from_secs(30), "{:?}", t0.elapsed());
    assert_eq!(r.outcome, Outcome::Timeout, "{}", r.technical);
    assert_eq!(r.timed_out_phase, Some(Phase::FirstByte));
    assert!(r.phases_ms.first_byte.unwrap() >= 290.0);
    assert!(
        r.explanation.contains("waiting for its answer"),
        "{}",
        r.explanation
    );
}

#[tokio::test]
async fn overall_timeout_bounds_the_probe() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let mut c = cfg(&pki, &[(HOST, srv.addr)]);
    c.phase_timeouts = PhaseTimeouts::default(); // first byte would wait 10 s
    let mut t = target("https://portal.test/hang");
    t.timeout_ms = 400;
    let t0 = Instant::now();
    let r = probe_portal(&t, &c).await;
    // The 400 ms budget ended it, not the 10 s first-byte deadline.
    assert!(t0.elapsed() < Duration::from_secs(8), "{:?}", t0.elapsed());
    assert_eq!(r.outcome, Outcome::Timeout);
    assert_eq!(r.timed_out_phase, Some(Phase::FirstByte));
}

#[tokio::test]
async fn trickling_body_times_out_in_transfer() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let mut c = cfg(&pki, &[(HOST, srv.addr)]);
    c.phase_timeouts.transfer = Duration::from_millis(500);
    let mut t = target("https://portal.test/trickle");
    t.timeout_ms = 120_000;
    let t0 = Instant::now();
    let r = probe_portal(&t, &c).await;
    // The body would take 200 s; the transfer deadline ended it.
    assert!(t0.elapsed() < Duration::from_secs(60), "{:?}", t0.elapsed());
    assert_eq!(r.outcome, Outcome::Timeout, "{}", r.technical);
    assert_eq!(r.timed_out_phase, Some(Phase::Transfer));
    assert_eq!(r.http_status, Some(200));
}

#[tokio::test]
async fn connection_reset_is_a_connect_failure() {
    let pki = pki();
    let srv = FaultServer::plain().await;
    let r = probe_portal(&target(&srv.http_url("/reset")), &cfg(&pki, &[])).await;
    assert_eq!(r.outcome, Outcome::ConnectFailure, "{}", r.technical);
    let err = r.observation.error.as_ref().unwrap();
    assert_eq!(err.kind, ErrorKind::ConnectionReset, "{err:?}");
    assert!(r.explanation.contains("reset"), "{}", r.explanation);
}

#[tokio::test]
async fn refused_port_is_a_connect_failure() {
    let pki = pki();
    let addr = refused_addr().await;
    let r = probe_portal(
        &target("https://portal.test/ok"),
        &cfg(&pki, &[(HOST, addr)]),
    )
    .await;
    assert_eq!(r.outcome, Outcome::ConnectFailure, "{}", r.technical);
    assert_eq!(
        r.observation.error.as_ref().unwrap().kind,
        ErrorKind::ConnectionRefused
    );
    assert!(r.phases_ms.connect.is_some());
    assert_eq!(r.phases_ms.tls, None);
}

#[tokio::test]
async fn self_signed_certificate_is_untrusted_issuer_with_cert_info() {
    let pki = pki();
    let srv = FaultServer::tls(&self_signed(&[HOST])).await;
    let r = probe_portal(
        &target("https://portal.test/ok"),
        &cfg(&pki, &[(HOST, srv.addr)]),
    )
    .await;
    assert_eq!(r.outcome, Outcome::TlsFailure, "{}", r.technical);
    assert_eq!(r.tls_problem, Some(TlsProblem::UntrustedIssuer));
    assert!(
        r.explanation
            .contains("your network may be inspecting encrypted traffic")
    );
    let cert = r.certificate.as_ref().expect("leaf recorded on failure");
    assert!(cert.issuer.contains(HOST), "{cert:?}");
    assert!(r.technical.contains("cert_issuer="), "{}", r.technical);
}

/// A self-made CA certificate as the server's own (`openssl req -x509`'s default):
/// the same plain sentence as an unknown issuer, not "could not be set up".
#[tokio::test]
async fn a_self_signed_ca_certificate_is_untrusted_issuer_too() {
    let pki = pki();
    let srv = FaultServer::tls(&faultserver::self_signed_ca(&[HOST])).await;
    let r = probe_portal(
        &target("https://portal.test/ok"),
        &cfg(&pki, &[(HOST, srv.addr)]),
    )
    .await;
    assert_eq!(r.outcome, Outcome::TlsFailure, "{}", r.technical);
    assert_eq!(
        r.tls_problem,
        Some(TlsProblem::UntrustedIssuer),
        "{}",
        r.technical
    );
    assert!(
        r.explanation
            .contains("your network may be inspecting encrypted traffic"),
        "{}",
        r.explanation
    );
}

#[tokio::test]
async fn expired_certificate() {
    let pki = pki();
    let srv = FaultServer::tls(&pki.ca.leaf(&[HOST], true)).await;
    let r = probe_portal(
        &target("https://portal.test/ok"),
        &cfg(&pki, &[(HOST, srv.addr)]),
    )
    .await;
    assert_eq!(r.outcome, Outcome::TlsFailure, "{}", r.technical);
    assert_eq!(r.tls_problem, Some(TlsProblem::Expired));
    assert!(r.certificate.unwrap().days_to_expiry.unwrap() < 0);
}

#[tokio::test]
async fn wrong_host_name() {
    let pki = pki();
    let srv = FaultServer::tls(&pki.ca.leaf(&["other.test"], false)).await;
    let r = probe_portal(
        &target("https://portal.test/ok"),
        &cfg(&pki, &[(HOST, srv.addr)]),
    )
    .await;
    assert_eq!(r.outcome, Outcome::TlsFailure, "{}", r.technical);
    assert_eq!(r.tls_problem, Some(TlsProblem::WrongHost));
    assert!(r.certificate.unwrap().subject.contains("other.test"));
}

#[tokio::test]
async fn redirects_are_followed_and_loops_detected() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let c = cfg(&pki, &[(HOST, srv.addr)]);
    let r = probe_portal(&target("https://portal.test/redirect-ok"), &c).await;
    assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    assert_eq!(
        r.redirects,
        vec![
            "https://portal.test/redirect-ok".to_string(),
            "https://portal.test/ok".to_string()
        ]
    );
    // Two fresh connections: one per hop.
    let before = srv.accepted.load(std::sync::atomic::Ordering::SeqCst);
    let r = probe_portal(&target("https://portal.test/loop/a"), &c).await;
    assert_eq!(r.outcome, Outcome::RedirectLoop, "{}", r.technical);
    assert_eq!(r.redirects.len(), 3);
    let after = srv.accepted.load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(after - before, 2, "no connection reuse");
}

#[tokio::test]
async fn dot_invalid_fails_dns_immediately() {
    let pki = pki();
    let r = probe_portal(&target("https://portal.invalid/"), &cfg(&pki, &[])).await;
    assert_eq!(r.outcome, Outcome::DnsFailure, "{}", r.technical);
    // Answered without asking a resolver.
    assert!(r.technical.contains("RFC 6761"), "{}", r.technical);
    assert!(r.phases_ms.dns.is_some());
    assert_eq!(r.phases_ms.connect, None);
}

#[tokio::test]
async fn injected_delay_shows_up_as_first_byte() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let mut t = target("https://portal.test/delay/200");
    t.slow_ms = 150;
    let r = probe_portal(&t, &cfg(&pki, &[(HOST, srv.addr)])).await;
    // The server waits 200 ms before its headers: first byte can only be later.
    // (How close to 200 ms it lands is a figure for `cargo bench --bench probe`.)
    let fb = r.phases_ms.first_byte.unwrap();
    assert!(fb >= 199.0, "first_byte {fb} ms");
    assert!(fb <= r.phases_ms.total.unwrap(), "{:?}", r.phases_ms);
    assert_eq!(r.outcome, Outcome::Slow, "{}", r.technical);
    assert_eq!(r.severity, Severity::Amber);
    assert!(r.outcome.is_healthy());
}

#[tokio::test]
async fn twenty_probes_run_at_the_same_time() {
    // `/barrier/20` answers only once all 20 requests are waiting at once: run
    // one after another, the first would wait alone until its deadline.
    let pki = pki();
    let srv = https_server(&pki).await;
    let mut c = cfg(&pki, &[(HOST, srv.addr)]);
    c.phase_timeouts = PhaseTimeouts {
        dns: Duration::from_secs(20),
        connect: Duration::from_secs(20),
        tls: Duration::from_secs(20),
        first_byte: Duration::from_secs(25),
        transfer: Duration::from_secs(20),
    };
    let targets: Vec<PortalTarget> = (0..20)
        .map(|i| PortalTarget {
            name: format!("Portal {i}"),
            slow_ms: 60_000,
            timeout_ms: 60_000,
            ..target("https://portal.test/barrier/20")
        })
        .collect();
    let results = probe_all(&targets, &c).await;
    assert_eq!(results.len(), 20);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r.name, format!("Portal {i}"), "order kept");
        assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    }
}

#[tokio::test]
async fn proxy_requiring_auth() {
    let pki = pki();
    let proxy = ProxyServer::start(ProxyMode::RequireAuth).await;
    let mut c = cfg(&pki, &[]);
    c.router = std::sync::Arc::new(Router::environment(ProxyConfig {
        https_proxy: Some(format!("http://{}", proxy.addr)),
        ..ProxyConfig::default()
    }));
    let r = probe_portal(&target("https://mysignins.example/ok"), &c).await;
    assert_eq!(r.outcome, Outcome::ProxyAuthRequired, "{}", r.technical);
    assert!(r.technical.contains("via_proxy=true"));
    assert_eq!(
        proxy.connects.lock().unwrap().as_slice(),
        ["mysignins.example:443"]
    );
}

#[tokio::test]
async fn proxy_tunnel_times_connect_and_verifies_tls_end_to_end() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let proxy = ProxyServer::start(ProxyMode::TunnelTo(srv.addr)).await;
    let mut c = cfg(&pki, &[]);
    c.router = std::sync::Arc::new(Router::environment(ProxyConfig {
        https_proxy: Some(format!("http://user:secret@{}", proxy.addr)),
        ..ProxyConfig::default()
    }));
    let r = probe_portal(&target("https://portal.test/ok"), &c).await;
    assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    assert!(r.phases_ms.connect.is_some());
    assert!(r.certificate.unwrap().subject.contains(HOST));
    assert_eq!(
        proxy.connects.lock().unwrap().as_slice(),
        ["portal.test:443"]
    );
}

#[tokio::test]
async fn no_proxy_bypasses_the_proxy() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let proxy = ProxyServer::start(ProxyMode::RequireAuth).await;
    let mut c = cfg(&pki, &[(HOST, srv.addr)]);
    c.router = std::sync::Arc::new(Router::environment(ProxyConfig {
        https_proxy: Some(format!("http://{}", proxy.addr)),
        http_proxy: None,
        no_proxy: vec![".test".into()],
    }));
    let r = probe_portal(&target("https://portal.test/ok"), &c).await;
    assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    assert!(proxy.connects.lock().unwrap().is_empty());
}

fn checks(srv: &FaultServer, body_path: &str, status_path: &str) -> Vec<ConnectivityCheck> {
    vec![
        ConnectivityCheck {
            url: srv.http_url(body_path),
            expect: Expectation::Body("Microsoft Connect Test".into()),
        },
        ConnectivityCheck {
            url: srv.http_url(status_path),
            expect: Expectation::Status(204),
        },
    ]
}

#[tokio::test]
async fn connectivity_online_captive_offline() {
    let pki = pki();
    let srv = FaultServer::plain().await;
    let mut c = cfg(&pki, &[]);

    c.connectivity_checks = checks(&srv, "/connecttest.txt", "/generate_204");
    let conn = check_connectivity(&c).await;
    assert_eq!(conn.outcome, ConnectivityOutcome::Online, "{conn:?}");
    assert!(
        conn.checks
            .iter()
            .all(|ch| ch.outcome == ConnectivityOutcome::Online)
    );

    c.connectivity_checks = checks(&srv, "/captive/connecttest.txt", "/login-page");
    let conn = check_connectivity(&c).await;
    assert_eq!(conn.outcome, ConnectivityOutcome::CaptivePortal, "{conn:?}");
    assert_eq!(
        conn.checks[0].redirected_to.as_deref(),
        Some("http://login.hotel.test/login-page")
    );
    assert_eq!(conn.checks[1].http_status, Some(200));

    // Wrong body on the Microsoft check alone is also a captive portal.
    c.connectivity_checks = checks(&srv, "/login-page", "/captive/x");
    c.connectivity_checks.truncate(1);
    assert_eq!(
        check_connectivity(&c).await.outcome,
        ConnectivityOutcome::CaptivePortal
    );

    let dead = refused_addr().await;
    c.connectivity_checks = vec![
        ConnectivityCheck {
            url: format!("http://{dead}/connecttest.txt"),
            expect: Expectation::Body("Microsoft Connect Test".into()),
        },
        ConnectivityCheck {
            url: "http://connectivity.invalid/generate_204".into(),
            expect: Expectation::Status(204),
        },
    ];
    let conn = check_connectivity(&c).await;
    assert_eq!(conn.outcome, ConnectivityOutcome::Offline, "{conn:?}");
    let json = serde_json::to_value(&conn).unwrap();
    assert_eq!(json["outcome"], "offline");
    assert_eq!(json["checks"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn captive_portal_takes_the_blame_for_portal_failures() {
    let pki = pki();
    let plain = FaultServer::plain().await;
    // A captive portal intercepting TLS presents its own certificate.
    let intercept = FaultServer::tls(&self_signed(&["login.hotel.test"])).await;
    let mut c = cfg(&pki, &[(HOST, intercept.addr)]);
    c.connectivity_checks = checks(&plain, "/captive/connecttest.txt", "/login-page");
    let report = check_all(&[target("https://portal.test/ok")], &c).await;
    assert_eq!(
        report.connectivity.outcome,
        ConnectivityOutcome::CaptivePortal
    );
    let r = &report.portals[0];
    assert_eq!(r.outcome, Outcome::CaptivePortal, "{}", r.technical);
    assert!(r.explanation.contains("My Sign-Ins"));
    assert!(r.technical.contains("connectivity=captive_portal"));

    // Offline: refused checks turn a refused portal into "offline".
    let dead = refused_addr().await;
    let mut c = cfg(&pki, &[(HOST, dead)]);
    c.connectivity_checks = vec![ConnectivityCheck {
        url: format!("http://{dead}/generate_204"),
        expect: Expectation::Status(204),
    }];
    let report = check_all(&[target("https://portal.test/ok")], &c).await;
    assert_eq!(report.portals[0].outcome, Outcome::Offline);
}

#[tokio::test]
async fn unreadable_extra_root_is_reported_not_panicked() {
    let mut c = ProbeConfig {
        connectivity_checks: Vec::new(),
        ..ProbeConfig::default()
    };
    c.extra_root_certs = vec![PathBuf::from("/nonexistent/ca.pem")];
    let srv = FaultServer::plain().await;
    c.resolve_overrides.insert(HOST.into(), srv.addr);
    let r = probe_portal(&target("https://portal.test/ok"), &c).await;
    assert_eq!(r.outcome, Outcome::TlsFailure);
    assert_eq!(r.tls_problem, Some(TlsProblem::Other));
    assert!(
        r.technical.contains("/nonexistent/ca.pem"),
        "{}",
        r.technical
    );
}

#[tokio::test]
async fn json_contract_field_names() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let r = probe_portal(
        &target("https://portal.test/status/504"),
        &cfg(&pki, &[(HOST, srv.addr)]),
    )
    .await;
    let v = serde_json::to_value(&r).unwrap();
    for k in [
        "name",
        "url",
        "outcome",
        "http_status",
        "phases_ms",
        "timed_out_phase",
        "request_id",
        "certificate",
        "explanation",
        "technical",
        "retry_after",
        "checked_at",
    ] {
        assert!(v.get(k).is_some(), "missing {k}: {v}");
    }
    for k in ["dns", "connect", "tls", "first_byte", "total"] {
        assert!(v["phases_ms"].get(k).is_some(), "missing phases_ms.{k}");
    }
    for k in ["issuer", "subject", "not_after", "days_to_expiry"] {
        assert!(v["certificate"].get(k).is_some(), "missing certificate.{k}");
    }
    assert_eq!(v["outcome"], "gateway_timeout");
    assert_eq!(v["http_status"], 504);
    assert!(v.get("observation").is_none());
    // Round trip.
    let back: mfa_ready::services::probe::ProbeResult = serde_json::from_value(v).unwrap();
    assert_eq!(back.outcome, Outcome::GatewayTimeout);
}

#[tokio::test]
async fn proxy_auth_is_not_masked_as_offline() {
    // Behind an authenticating proxy the plain-http connectivity checks fail too
    // (407 on the absolute-form GET); the portal verdict must stay proxy_auth_required.
    let pki = pki();
    let proxy = ProxyServer::start(ProxyMode::RequireAuth).await;
    let mut c = cfg(&pki, &[]);
    let proxy_url = format!("http://{}", proxy.addr);
    c.router = std::sync::Arc::new(Router::environment(ProxyConfig {
        https_proxy: Some(proxy_url.clone()),
        http_proxy: Some(proxy_url),
        no_proxy: Vec::new(),
    }));
    c.connectivity_checks = vec![ConnectivityCheck {
        url: "http://connectivity.example/generate_204".into(),
        expect: Expectation::Status(204),
    }];
    let report = check_all(&[target("https://mysignins.example/")], &c).await;
    assert_eq!(report.connectivity.checks[0].http_status, Some(407));
    assert_eq!(report.connectivity.outcome, ConnectivityOutcome::Offline);
    assert_eq!(report.portals[0].outcome, Outcome::ProxyAuthRequired);
    let seen = proxy.connects.lock().unwrap().clone();
    assert!(
        seen.contains(&"mysignins.example:443".to_string()),
        "{seen:?}"
    );
    assert!(
        seen.contains(&"http://connectivity.example/generate_204".to_string()),
        "absolute-form request: {seen:?}"
    );
}

// ---- issue 7: body cap, redirects, credentials -----------------------------

#[tokio::test]
async fn a_body_is_read_up_to_1_mib_and_no_further() {
    let pki = pki();
    let srv = FaultServer::plain().await;
    let c = cfg(&pki, &[]);
    // A body that never ends: the probe stops at the 1 MiB cap and the portal
    // answered, so it is healthy (without the cap it would read until the
    // transfer deadline and time out).
    let r = probe_portal(&target(&srv.http_url("/endless")), &c).await;
    assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    assert_eq!(r.timed_out_phase, None);
    let sent = srv.body_bytes.load(std::sync::atomic::Ordering::SeqCst);
    assert!(sent > MAX_BODY_BYTES, "the server wrote {sent} bytes");
    // What the server managed to write is the cap plus socket buffers, not more.
    assert!(sent < 64 * 1024 * 1024, "the server wrote {sent} bytes");
    // Announced as too long, it is not downloaded at all.
    let before = srv.body_bytes.load(std::sync::atomic::Ordering::SeqCst);
    let r = probe_portal(&target(&srv.http_url("/bytes/104857600")), &c).await;
    assert_eq!(r.outcome, Outcome::Healthy, "{}", r.technical);
    let wrote = srv.body_bytes.load(std::sync::atomic::Ordering::SeqCst) - before;
    assert!(wrote < 64 * 1024 * 1024, "{wrote} of 100 MiB written");
}

#[tokio::test]
async fn an_https_to_http_redirect_is_never_followed() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let plain = FaultServer::plain().await;
    let c = cfg(&pki, &[(HOST, srv.addr)]);
    let down = plain.http_url("/ok");
    let r = probe_portal(&target(&format!("https://portal.test/goto/{down}")), &c).await;
    assert_eq!(r.outcome, Outcome::RedirectLoop, "{}", r.technical);
    assert_eq!(plain.accepted.load(std::sync::atomic::Ordering::SeqCst), 0);
    assert!(
        r.explanation
            .contains(&format!("redirects to an insecure address ({down})")),
        "{}",
        r.explanation
    );
    assert!(
        r.technical.contains("error=insecure_redirect"),
        "{}",
        r.technical
    );
    assert_eq!(r.redirects.last(), Some(&down));

    // The case: a downgrade to a closed loopback port was blamed on the
    // portal as "refused the connection".
    let dead = refused_addr().await;
    let r = probe_portal(
        &target(&format!("https://portal.test/goto/http://{dead}/")),
        &c,
    )
    .await;
    assert!(!r.explanation.contains("refused"), "{}", r.explanation);
    assert_ne!(r.outcome.host_signal(), HostSignal::Failing);
}

#[tokio::test]
async fn a_failure_after_a_redirect_names_that_host_not_the_portal() {
    let pki = pki();
    let srv = https_server(&pki).await;
    let dead = refused_addr().await;
    let c = cfg(&pki, &[(HOST, srv.addr), ("login.test", dead)]);
    let r = probe_portal(
        &target("https://portal.test/goto/https://login.test:8443/start"),
        &c,
    )
    .await;
    assert_eq!(r.outcome, Outcome::ConnectFailure, "{}", r.technical);
    assert!(
        r.explanation
            .starts_with("My Sign-Ins redirected to login.test:8443, which refused the connection"),
        "{}",
        r.explanation
    );
    assert!(
        r.technical.contains("failed_host=login.test:8443"),
        "{}",
        r.technical
    );
    // Per-host health blames the host that failed, not the portal's own.
    let report = HealthReport {
        checked_at: r.checked_at,
        connectivity: ConnectivityObservation {
            outcome: ConnectivityOutcome::Online,
            checks: Vec::new(),
        },
        portals: vec![r],
        feeds: Vec::new(),
    };
    let hosts = report.hosts();
    assert_eq!(hosts.len(), 1, "{hosts:?}");
    assert_eq!(hosts[0].host, "login.test:8443");
    assert_eq!(hosts[0].signal, HostSignal::Failing);
}

#[tokio::test]
async fn proxy_passwords_never_reach_a_result() {
    let pki = pki();
    let refused = refused_addr().await;
    let auth = ProxyServer::start(ProxyMode::RequireAuth).await;
    let close = ProxyServer::start(ProxyMode::Close).await;
    for proxy in [
        format!("http://user:s3cretpw@{}", auth.addr),
        format!("http://user:s3cretpw@{}", close.addr),
        format!("http://user:s3cretpw@{refused}"),
        format!("socks5://user:s3cretpw@{}", auth.addr),
        format!("https://user:s3cretpw@{}", auth.addr),
        format!("http://user:s3cret/pw@{}", auth.addr),
        "http://user:s3cretpw@127.0.0.1:notaport".to_owned(),
    ] {
        let mut c = cfg(&pki, &[]);
        c.router = std::sync::Arc::new(Router::environment(ProxyConfig {
            https_proxy: Some(proxy.clone()),
            ..ProxyConfig::default()
        }));
        let r = probe_portal(&target("https://mysignins.example/ok"), &c).await;
        assert!(!r.outcome.is_healthy(), "{proxy}: {}", r.technical);
        let all = format!("{} {r:?}", serde_json::to_string(&r).unwrap());
        assert!(!all.contains("s3cret"), "{proxy}: {all}");
    }
}
