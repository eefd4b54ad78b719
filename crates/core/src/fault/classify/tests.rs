//! The classification table: outcomes, blame, sentences and the technical line.

use jiff::Timestamp;

use super::*;
use crate::fault::connectivity::{ConnectivityObservation, ConnectivityOutcome};
use crate::fault::hosts::HostSignal;
use crate::fault::observation::{CertificateInfo, ErrorKind, PhaseTimings, ProbeError, Severity};

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn now() -> Timestamp {
    ts("2026-11-22T12:00:00Z")
}

fn obs() -> ProbeObservation {
    ProbeObservation {
        portal_name: "My Sign-Ins".into(),
        url: "https://mysignins.microsoft.com/".into(),
        started_at: now(),
        http_status: Some(200),
        phases: PhaseTimings {
            dns: Some(1.0),
            connect: Some(2.0),
            tls: Some(3.0),
            first_byte: Some(40.0),
            total: Some(50.0),
        },
        redirect_chain: vec!["https://mysignins.microsoft.com/".into()],
        ..Default::default()
    }
}

fn with_status(s: u16) -> ProbeObservation {
    ProbeObservation {
        http_status: Some(s),
        ..obs()
    }
}

fn with_error(kind: ErrorKind) -> ProbeObservation {
    ProbeObservation {
        http_status: None,
        error: Some(ProbeError {
            kind,
            detail: "detail".into(),
        }),
        ..obs()
    }
}

fn c(o: &ProbeObservation) -> Classification {
    classify(o, &Thresholds { slow_ms: 1000 }, None)
}

fn conn(outcome: ConnectivityOutcome) -> ConnectivityObservation {
    ConnectivityObservation {
        outcome,
        checks: vec![],
    }
}

#[test]
fn healthy_and_slow() {
    let r = c(&obs());
    assert_eq!(r.outcome, Outcome::Healthy);
    assert_eq!(r.blame, Blame::Nobody);
    assert!(r.explanation.contains("My Sign-Ins"));
    let mut o = obs();
    o.phases.total = Some(1500.0);
    let r = c(&o);
    assert_eq!(r.outcome, Outcome::Slow);
    assert!(r.outcome.is_healthy());
    assert_eq!(r.outcome.severity(), Severity::Amber);
    // Exactly at the threshold is still healthy.
    o.phases.total = Some(1000.0);
    assert_eq!(c(&o).outcome, Outcome::Healthy);
    for s in [200, 201, 204, 299] {
        assert_eq!(c(&with_status(s)).outcome, Outcome::Healthy, "{s}");
    }
}

#[test]
fn gateway_timeout_sentence_matches_product_example() {
    let r = c(&with_status(504));
    assert_eq!(r.outcome, Outcome::GatewayTimeout);
    assert_eq!(
        r.explanation,
        "My Sign-Ins is answering 504 Gateway Timeout: the service is failing, not your connection."
    );
    assert_eq!(r.blame, Blame::Provider);
    assert!(r.technical.contains("status=504"), "{}", r.technical);
}

#[test]
fn status_mapping() {
    let cases = [
        (503, Outcome::ServiceUnavailable),
        (500, Outcome::ServerError),
        (502, Outcome::ServerError),
        (599, Outcome::ServerError),
        (429, Outcome::Throttled),
        (400, Outcome::ClientError),
        (403, Outcome::ClientError),
        (404, Outcome::ClientError),
        (407, Outcome::ProxyAuthRequired),
        (302, Outcome::ServerError),
        (600, Outcome::ServerError),
        (101, Outcome::ServerError),
    ];
    for (s, want) in cases {
        assert_eq!(c(&with_status(s)).outcome, want, "{s}");
    }
}

#[test]
fn service_unavailable_with_retry_after_seconds() {
    let mut o = with_status(503);
    o.retry_after = Some("120".into());
    let r = c(&o);
    assert_eq!(r.outcome, Outcome::ServiceUnavailable);
    assert_eq!(r.retry_after, Some(ts("2026-11-22T12:02:00Z")));
    assert!(r.explanation.contains("2 minutes"), "{}", r.explanation);
    assert!(r.technical.contains("retry_after=\"120\""));
}

#[test]
fn service_unavailable_with_retry_after_date_and_garbage() {
    let mut o = with_status(503);
    o.retry_after = Some("Sun, 22 Nov 2026 13:00:00 GMT".into());
    let r = c(&o);
    assert_eq!(r.retry_after, Some(ts("2026-11-22T13:00:00Z")));
    // One duration formatter for the whole app (core::duration::words).
    assert!(
        r.explanation.contains("retry in 1 hour."),
        "{}",
        r.explanation
    );
    o.retry_after = Some("soon".into());
    let r = c(&o);
    assert_eq!(r.outcome, Outcome::ServiceUnavailable);
    assert_eq!(r.retry_after, None);
    // A date already past is "now", not a wait of the same length.
    o.retry_after = Some("Wed, 21 Oct 2026 07:28:00 GMT".into());
    let r = c(&o);
    assert!(r.explanation.contains("retried now"), "{}", r.explanation);
    assert!(!r.explanation.contains("days"), "{}", r.explanation);
}

#[test]
fn throttled_with_retry_after() {
    let mut o = with_status(429);
    o.retry_after = Some("7200".into());
    let r = c(&o);
    assert_eq!(r.outcome, Outcome::Throttled);
    assert_eq!(r.outcome.severity(), Severity::Amber);
    assert!(r.explanation.contains("2 hours"), "{}", r.explanation);
}

#[test]
fn redirect_loop() {
    let mut o = with_status(302);
    o.redirect_chain = vec![
        "https://a/".into(),
        "https://b/".into(),
        "https://a/".into(),
    ];
    o.redirects_exhausted = true;
    let r = c(&o);
    assert_eq!(r.outcome, Outcome::RedirectLoop);
    assert!(r.explanation.contains("2 hops"), "{}", r.explanation);
    assert!(r.technical.contains("redirects=2"));
}

#[test]
fn timeouts_name_the_phase() {
    for (phase, blame) in [
        (Phase::Dns, Blame::Network),
        (Phase::Connect, Blame::Unknown),
        (Phase::Tls, Blame::Unknown),
        (Phase::FirstByte, Blame::Provider),
        (Phase::Transfer, Blame::Unknown),
    ] {
        let o = ProbeObservation {
            http_status: None,
            timed_out_phase: Some(phase),
            ..obs()
        };
        let r = c(&o);
        assert_eq!(r.outcome, Outcome::Timeout);
        assert_eq!(r.timed_out_phase, Some(phase));
        assert_eq!(r.blame, blame);
        assert!(r.explanation.contains(phase.describe()));
        assert!(
            r.technical
                .contains(&format!("timed_out_phase={}", phase.as_str()))
        );
    }
    // A transfer timeout after a 200 is still a timeout.
    let o = ProbeObservation {
        timed_out_phase: Some(Phase::Transfer),
        ..obs()
    };
    assert_eq!(c(&o).outcome, Outcome::Timeout);
}

#[test]
fn error_kinds() {
    let cases = [
        (ErrorKind::Dns, Outcome::DnsFailure, None),
        (ErrorKind::ConnectionRefused, Outcome::ConnectFailure, None),
        (ErrorKind::ConnectionReset, Outcome::ConnectFailure, None),
        (ErrorKind::Unreachable, Outcome::ConnectFailure, None),
        (ErrorKind::ConnectOther, Outcome::ConnectFailure, None),
        (
            ErrorKind::TlsUntrustedIssuer,
            Outcome::TlsFailure,
            Some(TlsProblem::UntrustedIssuer),
        ),
        (
            ErrorKind::TlsExpired,
            Outcome::TlsFailure,
            Some(TlsProblem::Expired),
        ),
        (
            ErrorKind::TlsWrongHost,
            Outcome::TlsFailure,
            Some(TlsProblem::WrongHost),
        ),
        (
            ErrorKind::TlsOther,
            Outcome::TlsFailure,
            Some(TlsProblem::Other),
        ),
        (
            ErrorKind::ProxyAuthRequired,
            Outcome::ProxyAuthRequired,
            None,
        ),
        (ErrorKind::Proxy, Outcome::ConnectFailure, None),
        (ErrorKind::Protocol, Outcome::ServerError, None),
        (ErrorKind::Config, Outcome::ConnectFailure, None),
    ];
    for (kind, want, tls) in cases {
        let r = c(&with_error(kind));
        assert_eq!(r.outcome, want, "{kind:?}");
        assert_eq!(r.tls_problem, tls, "{kind:?}");
        assert!(r.explanation.contains("My Sign-Ins"), "{}", r.explanation);
        assert!(r.technical.contains("error="), "{}", r.technical);
        assert_eq!(r.outcome.severity(), Severity::Red);
    }
}

#[test]
fn untrusted_issuer_mentions_inspection_and_cert_issuer() {
    let mut o = with_error(ErrorKind::TlsUntrustedIssuer);
    o.certificate = Some(CertificateInfo {
        issuer: "CN=Contoso Inspection CA".into(),
        subject: "CN=mysignins.microsoft.com".into(),
        not_after: Some(ts("2027-01-01T00:00:00Z")),
        days_to_expiry: Some(39),
    });
    let r = c(&o);
    assert!(
        r.explanation
            .contains("your network may be inspecting encrypted traffic")
    );
    assert_eq!(r.blame, Blame::Network);
    assert!(
        r.technical
            .contains("cert_issuer=\"CN=Contoso Inspection CA\"")
    );
}

#[test]
fn timeout_wins_over_error_and_proxy_auth_wins_over_all() {
    let mut o = with_error(ErrorKind::ConnectionReset);
    o.timed_out_phase = Some(Phase::FirstByte);
    assert_eq!(c(&o).outcome, Outcome::Timeout);
    o.error = Some(ProbeError {
        kind: ErrorKind::ProxyAuthRequired,
        detail: String::new(),
    });
    assert_eq!(c(&o).outcome, Outcome::ProxyAuthRequired);
}

#[test]
fn no_status_no_error_is_connect_failure() {
    let o = ProbeObservation {
        http_status: None,
        ..obs()
    };
    assert_eq!(c(&o).outcome, Outcome::ConnectFailure);
}

#[test]
fn connectivity_overrides_failures_only() {
    let th = Thresholds { slow_ms: 1000 };
    let cp = conn(ConnectivityOutcome::CaptivePortal);
    let off = conn(ConnectivityOutcome::Offline);
    let on = conn(ConnectivityOutcome::Online);
    let fail = with_error(ErrorKind::TlsUntrustedIssuer);
    let r = classify(&fail, &th, Some(&cp));
    assert_eq!(r.outcome, Outcome::CaptivePortal);
    assert_eq!(r.blame, Blame::Network);
    assert!(r.explanation.contains("My Sign-Ins"));
    assert!(r.technical.contains("connectivity=captive_portal"));
    // No answer at all while the checks fail: offline.
    let r = classify(&with_error(ErrorKind::Dns), &th, Some(&off));
    assert_eq!(r.outcome, Outcome::Offline);
    assert_eq!(r.blame, Blame::Network);
    // A portal that answered was reached: its 504 is the provider's even when the
    // connectivity checks fail (a network that blocks them is not offline) or look
    // like a captive portal (which cannot answer for an https portal).
    for c in [&off, &cp] {
        let r = classify(&with_status(504), &th, Some(c));
        assert_eq!(r.outcome, Outcome::GatewayTimeout);
        assert_eq!(r.blame, Blame::Provider);
        assert!(!r.explanation.contains("Wi-Fi"), "{}", r.explanation);
    }
    // Over plain http a captive portal can answer in the portal's place.
    let plain = ProbeObservation {
        url: "http://portal.example/".into(),
        ..with_status(504)
    };
    assert_eq!(
        classify(&plain, &th, Some(&cp)).outcome,
        Outcome::CaptivePortal
    );
    // Online connectivity changes nothing.
    assert_eq!(
        classify(&with_status(504), &th, Some(&on)).outcome,
        Outcome::GatewayTimeout
    );
    // Proxy authentication stays the more specific verdict.
    assert_eq!(
        classify(&with_status(407), &th, Some(&off)).outcome,
        Outcome::ProxyAuthRequired
    );
    // A healthy portal stays healthy whatever the connectivity check says.
    assert_eq!(classify(&obs(), &th, Some(&off)).outcome, Outcome::Healthy);
    assert_eq!(classify(&obs(), &th, Some(&cp)).outcome, Outcome::Healthy);
}

#[test]
fn missing_name_falls_back_to_url() {
    let mut o = with_status(504);
    o.portal_name = "  ".into();
    assert!(c(&o).explanation.starts_with("https://mysignins"));
    o.url = String::new();
    assert!(c(&o).explanation.starts_with("The portal"));
}

#[test]
fn technical_line_has_timings_and_request_id() {
    let mut o = with_status(504);
    o.request_id = Some("abc-123".into());
    o.via_proxy = true;
    let t = c(&o).technical;
    for part in [
        "outcome=gateway_timeout",
        "dns=1.0ms",
        "first_byte=40.0ms",
        "total=50.0ms",
        "request_id=abc-123",
        "via_proxy=true",
    ] {
        assert!(t.contains(part), "{part} not in {t}");
    }
    assert!(!t.contains('\n'));
}

// ---- redirects to other hosts, refused redirects, safe text ------------

fn redirected(to: &str) -> ProbeObservation {
    ProbeObservation {
        http_status: Some(302),
        redirect_chain: vec!["https://mysignins.microsoft.com/".into(), to.into()],
        ..obs()
    }
}

#[test]
fn a_failure_after_a_redirect_names_the_host_that_failed() {
    let mut o = redirected("https://login.example:8443/start");
    o.http_status = None;
    o.error = Some(ProbeError {
        kind: ErrorKind::ConnectionRefused,
        detail: "Connection refused (os error 111)".into(),
    });
    let r = c(&o);
    assert_eq!(r.outcome, Outcome::ConnectFailure);
    assert_eq!(
        r.explanation,
        "My Sign-Ins redirected to login.example:8443, which refused the connection: the service may be down, or a firewall is blocking it."
    );
    assert!(
        r.technical.contains("failed_host=login.example:8443"),
        "{}",
        r.technical
    );
    // Statuses and timeouts behind the redirect are named the same way.
    let mut o = redirected("https://login.example/");
    o.http_status = Some(504);
    assert!(
        c(&o)
            .explanation
            .starts_with("My Sign-Ins redirected to login.example, which is answering 504"),
        "{}",
        c(&o).explanation
    );
    o.http_status = None;
    o.timed_out_phase = Some(Phase::Connect);
    assert!(
        c(&o).explanation.starts_with(
            "My Sign-Ins redirected to login.example, which timed out while connecting"
        ),
        "{}",
        c(&o).explanation
    );
    // A redirect on the same host changes nothing.
    let mut o = redirected("https://MySignIns.microsoft.com:443/other");
    o.http_status = None;
    o.error = Some(ProbeError {
        kind: ErrorKind::ConnectionRefused,
        detail: String::new(),
    });
    let r = c(&o);
    assert!(
        r.explanation.starts_with("My Sign-Ins refused"),
        "{}",
        r.explanation
    );
    assert!(!r.technical.contains("failed_host"), "{}", r.technical);
}

#[test]
fn a_refused_downgrade_is_named_not_blamed_as_refused() {
    let mut o = redirected("http://127.0.0.1:9/x");
    o.error = Some(ProbeError {
        kind: ErrorKind::InsecureRedirect,
        detail: "not following https -> http".into(),
    });
    let r = c(&o);
    assert_eq!(r.outcome, Outcome::RedirectLoop);
    assert_eq!(r.outcome.host_signal(), HostSignal::Inconclusive);
    assert!(
        r.explanation
            .contains("redirects to an insecure address (http://127.0.0.1:9/x)"),
        "{}",
        r.explanation
    );
    assert!(!r.explanation.contains("refused"), "{}", r.explanation);
    assert!(
        r.technical.contains("error=insecure_redirect"),
        "{}",
        r.technical
    );
}

#[test]
fn technical_line_carries_no_credentials_or_control_characters() {
    let mut o = with_error(ErrorKind::Config);
    o.url = "https://bob:hunter2@portal.example/x".into();
    o.error = Some(ProbeError {
        kind: ErrorKind::Proxy,
        detail: "proxy http://alice:s3cret@10.0.0.1:3128 answered\r\nHTTP/1.1 502\x1b[2J".into(),
    });
    o.request_id = Some("id\x1b]0;pwned\x07".into());
    o.certificate = Some(CertificateInfo {
        issuer: "CN=Evil\u{202E}CA".into(),
        ..CertificateInfo::default()
    });
    let r = c(&o);
    for secret in ["hunter2", "s3cret", "alice", "bob:"] {
        assert!(!r.technical.contains(secret), "{secret} in {}", r.technical);
    }
    assert!(
        !r.technical
            .chars()
            .any(|ch| ch.is_control() || ch == '\u{202E}'),
        "{:?}",
        r.technical
    );
    assert!(r.technical.contains("10.0.0.1:3128"), "{}", r.technical);
}
