//! From raw facts to a verdict: the outcome, whose side the problem is on, one
//! plain sentence for the user and one technical line for the helpdesk.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::connectivity::{ConnectivityObservation, ConnectivityOutcome};
use super::explain::{Explanation, Place, Retry};
use super::hosts::redirected_host;
use super::observation::{
    Blame, ErrorKind, Outcome, Phase, ProbeObservation, Thresholds, TlsProblem,
};
use super::technical::technical_line;
use super::wording::{Base, base, classify_error};
use crate::httpdate::parse_retry_after;
use crate::mask::mask_text;
use crate::weburl::redact;

/// The verdict on one probe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    /// The outcome.
    pub outcome: Outcome,
    /// Whose side the problem is likely on.
    pub blame: Blame,
    /// Phase that timed out (for [`Outcome::Timeout`], or the raw fact otherwise).
    pub timed_out_phase: Option<Phase>,
    /// Kind of TLS problem (for [`Outcome::TlsFailure`]).
    pub tls_problem: Option<TlsProblem>,
    /// When the server asked us to retry (503 / 429 with a parsable Retry-After).
    pub retry_after: Option<Timestamp>,
    /// One plain sentence for the user, naming the portal, in English (the
    /// `probe --json` and report contract): [`Explanation::english`] of `says`.
    pub explanation: String,
    /// What that sentence says, as facts, for wording in the reader's language.
    pub says: Explanation,
    /// One line for the helpdesk: status, phase, request id, certificate issuer...
    pub technical: String,
}

/// Classifies a probe. When `connectivity` says captive portal or offline, any
/// failure (except a proxy asking for credentials, which is more specific) is
/// blamed on the network instead of the provider.
///
/// When a redirect led to another host and the failure happened there, the
/// sentence names that host ("My Sign-Ins redirected to login.example, which
/// refused the connection") instead of blaming the portal's own host.
pub fn classify(
    obs: &ProbeObservation,
    thresholds: &Thresholds,
    connectivity: Option<&ConnectivityObservation>,
) -> Classification {
    let name = display_name(obs);
    let retry_after = obs
        .retry_after
        .as_deref()
        .and_then(|raw| parse_retry_after(raw, obs.started_at));
    let base = classify_portal(obs, thresholds, &name, retry_after);
    // A proxy asking for credentials is already the network's fault and more
    // specific than "offline" (the connectivity checks fail behind it too).
    let overridable = !base.outcome.is_healthy() && base.outcome != Outcome::ProxyAuthRequired;
    // A portal that answered over verified TLS was reached: its 504 is the provider's,
    // whatever the connectivity checks say (a network may block msftconnecttest).
    // Over plain http a captive portal can answer in its place; "offline" needs no
    // answer at all.
    let answered = obs.http_status.is_some();
    let genuine_answer = answered && obs.url.trim_start().starts_with("https://");
    let (outcome, blame, says, tls_problem) = match (overridable, connectivity) {
        (true, Some(c)) if c.outcome == ConnectivityOutcome::CaptivePortal && !genuine_answer => (
            Outcome::CaptivePortal,
            Blame::Network,
            Explanation::CaptivePortal { portal: name },
            base.tls_problem,
        ),
        (true, Some(c)) if c.outcome == ConnectivityOutcome::Offline && !answered => (
            Outcome::Offline,
            Blame::Network,
            Explanation::Offline { portal: name },
            base.tls_problem,
        ),
        _ => (base.outcome, base.blame, base.says, base.tls_problem),
    };
    // The server's texts in it (request id, redirect URLs, error details) may carry a
    // user's phone number or e-mail address.
    let technical = mask_text(&technical_line(obs, outcome, connectivity));
    Classification {
        outcome,
        blame,
        timed_out_phase: obs.timed_out_phase,
        tls_problem: if outcome == Outcome::TlsFailure || tls_problem.is_some() {
            tls_problem
        } else {
            None
        },
        retry_after,
        explanation: says.english(),
        says,
        technical,
    }
}

fn display_name(obs: &ProbeObservation) -> String {
    let trimmed = obs.portal_name.trim();
    if trimmed.is_empty() {
        if obs.url.is_empty() {
            "The portal".to_owned()
        } else {
            redact(&obs.url)
        }
    } else {
        trimmed.to_owned()
    }
}

fn classify_portal(
    obs: &ProbeObservation,
    thresholds: &Thresholds,
    name: &str,
    retry_after: Option<Timestamp>,
) -> Base {
    let at = Place {
        portal: name.to_owned(),
        redirected_to: redirected_host(&obs.url, &obs.redirect_chain),
    };
    // 1. Proxy authentication, whether it came as a CONNECT answer or a plain 407.
    if obs.error.as_ref().map(|e| e.kind) == Some(ErrorKind::ProxyAuthRequired)
        || obs.http_status == Some(407)
    {
        return base(
            Outcome::ProxyAuthRequired,
            Blame::Network,
            Explanation::ProxySignIn407 {
                portal: name.to_owned(),
            },
        );
    }
    // 2. Timeouts name the phase.
    if let Some(phase) = obs.timed_out_phase {
        let blame = match phase {
            Phase::Dns => Blame::Network,
            Phase::FirstByte => Blame::Provider,
            Phase::Connect | Phase::Tls | Phase::Transfer => Blame::Unknown,
        };
        return base(Outcome::Timeout, blame, Explanation::Timeout { at, phase });
    }
    // 3. Low-level failures.
    if let Some(err) = &obs.error {
        return classify_error(err, &at, obs.redirect_chain.last().map(String::as_str));
    }
    // 4. HTTP status.
    let Some(status) = obs.http_status else {
        return base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            Explanation::NoAnswer { at },
        );
    };
    classify_status(obs, status, thresholds, at, retry_after)
}

/// A 2xx: healthy, or slow above the threshold.
fn success(obs: &ProbeObservation, thresholds: &Thresholds, portal: String) -> Base {
    let total = obs.phases.total.unwrap_or(0.0);
    if total > thresholds.slow_ms as f64 {
        base(
            Outcome::Slow,
            Blame::Unknown,
            Explanation::Slow {
                portal,
                // Whole milliseconds of a positive, finite measurement.
                total_ms: total.round() as u64,
                slow_ms: thresholds.slow_ms,
            },
        )
    } else {
        base(
            Outcome::Healthy,
            Blame::Nobody,
            Explanation::Healthy { portal },
        )
    }
}

fn classify_status(
    obs: &ProbeObservation,
    status: u16,
    thresholds: &Thresholds,
    at: Place,
    retry_after: Option<Timestamp>,
) -> Base {
    let retry = retry_after.map(|when| {
        // A date already past (a stale or wrong server clock) means now, not a wait.
        if when > obs.started_at {
            Retry::InSeconds(when.duration_since(obs.started_at).as_secs())
        } else {
            Retry::Now
        }
    });
    match status {
        200..=299 => success(obs, thresholds, at.portal),
        300..=399 if obs.redirects_exhausted => base(
            Outcome::RedirectLoop,
            Blame::Provider,
            Explanation::RedirectLoop {
                portal: at.portal,
                hops: u64::try_from(obs.redirect_chain.len().saturating_sub(1)).unwrap_or(u64::MAX),
            },
        ),
        300..=399 => base(
            Outcome::ServerError,
            Blame::Unknown,
            Explanation::RedirectNowhere { at, status },
        ),
        504 => base(
            Outcome::GatewayTimeout,
            Blame::Provider,
            Explanation::GatewayTimeout { at },
        ),
        503 => base(
            Outcome::ServiceUnavailable,
            Blame::Provider,
            Explanation::Unavailable { at, retry },
        ),
        429 => base(
            Outcome::Throttled,
            Blame::Provider,
            Explanation::Throttled { at, retry },
        ),
        500..=599 => base(
            Outcome::ServerError,
            Blame::Provider,
            Explanation::ServerError { at, status },
        ),
        400..=499 => base(
            Outcome::ClientError,
            Blame::Unknown,
            Explanation::RequestRefused { at, status },
        ),
        _ => base(
            Outcome::ServerError,
            Blame::Unknown,
            Explanation::UnexpectedStatus { at, status },
        ),
    }
}

#[cfg(test)]
mod tests;
