//! The OS-style connectivity check (captive portal / offline detection): what each
//! check expects, the verdict for one check and for all of them.

use serde::{Deserialize, Serialize};

use super::observation::{Phase, ProbeError};

/// Overall verdict of the OS-style connectivity check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectivityOutcome {
    /// At least one check answered exactly as expected.
    Online,
    /// A check was redirected or answered with other content.
    CaptivePortal,
    /// No check answered as expected and none showed a captive portal.
    Offline,
}

impl ConnectivityOutcome {
    /// The snake_case name used in JSON, technical lines and the table.
    pub fn as_str(self) -> &'static str {
        match self {
            ConnectivityOutcome::Online => "online",
            ConnectivityOutcome::CaptivePortal => "captive_portal",
            ConnectivityOutcome::Offline => "offline",
        }
    }
}

/// What a connectivity check expects to receive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expectation {
    /// Status 200 with exactly this body (surrounding whitespace ignored).
    Body(String),
    /// Exactly this status (e.g. 204) and no redirect.
    Status(u16),
}

/// Result of one connectivity check URL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckObservation {
    /// URL checked.
    pub url: String,
    /// What was expected.
    pub expect: Expectation,
    /// Status received, if any.
    pub http_status: Option<u16>,
    /// `Location` header when redirected.
    pub redirected_to: Option<String>,
    /// Whether the body matched [`Expectation::Body`] (false otherwise).
    pub body_matched: bool,
    /// Failure, if no answer was received.
    pub error: Option<ProbeError>,
    /// Phase that timed out, if any.
    pub timed_out_phase: Option<Phase>,
    /// Verdict for this single check.
    pub outcome: ConnectivityOutcome,
}

/// The connectivity verdict and the individual checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConnectivityObservation {
    /// Overall verdict.
    pub outcome: ConnectivityOutcome,
    /// Each check.
    pub checks: Vec<CheckObservation>,
}

/// Verdict for one connectivity check from its raw facts.
///
/// Passing: expected status (and body). Captive portal: a redirect, or a
/// 200 with other content. Everything else (no answer, 5xx...) counts as offline.
pub fn assess_check(
    expect: &Expectation,
    http_status: Option<u16>,
    redirected_to: Option<&str>,
    body_matched: bool,
) -> ConnectivityOutcome {
    let Some(status) = http_status else {
        return ConnectivityOutcome::Offline;
    };
    if (300..400).contains(&status) || redirected_to.is_some() {
        return ConnectivityOutcome::CaptivePortal;
    }
    match expect {
        Expectation::Body(_) if status == 200 && body_matched => ConnectivityOutcome::Online,
        Expectation::Status(want) if status == *want => ConnectivityOutcome::Online,
        // A 2xx with the wrong content is the classic captive portal signature
        // (e.g. 200 with a login page instead of 204).
        _ if (200..300).contains(&status) => ConnectivityOutcome::CaptivePortal,
        _ => ConnectivityOutcome::Offline,
    }
}

/// Combines single-check verdicts: any online → online; else any captive →
/// captive portal; else offline. With no checks at all, nothing contradicts
/// being online, so the answer is online.
pub fn combine_checks(checks: &[CheckObservation]) -> ConnectivityOutcome {
    if checks.is_empty()
        || checks
            .iter()
            .any(|c| c.outcome == ConnectivityOutcome::Online)
    {
        ConnectivityOutcome::Online
    } else if checks
        .iter()
        .any(|c| c.outcome == ConnectivityOutcome::CaptivePortal)
    {
        ConnectivityOutcome::CaptivePortal
    } else {
        ConnectivityOutcome::Offline
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assess_check_table() {
        let body = Expectation::Body("Microsoft Connect Test".into());
        let s204 = Expectation::Status(204);
        use ConnectivityOutcome::*;
        assert_eq!(assess_check(&body, Some(200), None, true), Online);
        assert_eq!(assess_check(&body, Some(200), None, false), CaptivePortal);
        assert_eq!(
            assess_check(&body, Some(302), Some("http://login/"), false),
            CaptivePortal
        );
        assert_eq!(assess_check(&body, Some(503), None, false), Offline);
        assert_eq!(assess_check(&body, None, None, false), Offline);
        assert_eq!(assess_check(&s204, Some(204), None, false), Online);
        assert_eq!(assess_check(&s204, Some(200), None, false), CaptivePortal);
        assert_eq!(assess_check(&s204, Some(307), None, false), CaptivePortal);
        assert_eq!(assess_check(&s204, Some(500), None, false), Offline);
    }

    #[test]
    fn combine_checks_table() {
        use ConnectivityOutcome::*;
        let mk = |o| CheckObservation {
            url: "http://x/".into(),
            expect: Expectation::Status(204),
            http_status: None,
            redirected_to: None,
            body_matched: false,
            error: None,
            timed_out_phase: None,
            outcome: o,
        };
        assert_eq!(combine_checks(&[]), Online);
        assert_eq!(combine_checks(&[mk(Offline), mk(Online)]), Online);
        assert_eq!(
            combine_checks(&[mk(Offline), mk(CaptivePortal)]),
            CaptivePortal
        );
        assert_eq!(combine_checks(&[mk(Offline), mk(Offline)]), Offline);
    }
}
