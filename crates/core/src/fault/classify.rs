//! From raw facts to a verdict: the outcome, whose side the problem is on, one
//! plain sentence for the user and one technical line for the helpdesk.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::connectivity::{ConnectivityObservation, ConnectivityOutcome};
use super::hosts::redirected_host;
use super::observation::{
    Blame, ErrorKind, Outcome, Phase, ProbeObservation, Thresholds, TlsProblem,
};
use super::technical::technical_line;
use super::wording::{Base, Who, base, classify_error, reason};
use crate::duration::words;
use crate::httpdate::parse_retry_after;
use crate::mask::mask_text;
use crate::phrase::plural;
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
    /// One plain sentence for the user, naming the portal.
    pub explanation: String,
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
    let (outcome, blame, explanation, tls_problem) = match (overridable, connectivity) {
        (true, Some(c)) if c.outcome == ConnectivityOutcome::CaptivePortal && !genuine_answer => (
            Outcome::CaptivePortal,
            Blame::Network,
            format!(
                "Your network is showing a sign-in page (captive portal), so {name} cannot be reached: sign in to the Wi-Fi first."
            ),
            base.tls_problem,
        ),
        (true, Some(c)) if c.outcome == ConnectivityOutcome::Offline && !answered => (
            Outcome::Offline,
            Blame::Network,
            format!(
                "This device is not connected to the internet, so {name} cannot be reached: check your Wi-Fi or network cable."
            ),
            base.tls_problem,
        ),
        _ => (base.outcome, base.blame, base.explanation, base.tls_problem),
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
        explanation,
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
    let who = Who {
        name,
        elsewhere: redirected_host(&obs.url, &obs.redirect_chain),
    };
    // 1. Proxy authentication, whether it came as a CONNECT answer or a plain 407.
    if obs.error.as_ref().map(|e| e.kind) == Some(ErrorKind::ProxyAuthRequired)
        || obs.http_status == Some(407)
    {
        return base(
            Outcome::ProxyAuthRequired,
            Blame::Network,
            format!(
                "Your network's proxy asks for a sign-in (407 Proxy Authentication Required) before {name} can be reached: this is your network, not {name}."
            ),
        );
    }
    // 2. Timeouts name the phase.
    if let Some(phase) = obs.timed_out_phase {
        return timeout(&who, phase);
    }
    // 3. Low-level failures.
    if let Some(err) = &obs.error {
        return classify_error(err, &who, obs.redirect_chain.last().map(String::as_str));
    }
    // 4. HTTP status.
    let Some(status) = obs.http_status else {
        return base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!("{} did not answer.", who.subject()),
        );
    };
    classify_status(obs, status, thresholds, &who, retry_after)
}

fn timeout(who: &Who<'_>, phase: Phase) -> Base {
    let (blame, tail) = match phase {
        Phase::Dns => (
            Blame::Network,
            "your network's name lookup (DNS) is not answering.",
        ),
        Phase::Connect => (
            Blame::Unknown,
            "your network may be blocking it, or the service is down.",
        ),
        Phase::Tls => (
            Blame::Unknown,
            "the secure connection could not be set up in time.",
        ),
        Phase::FirstByte => (
            Blame::Provider,
            "the service is not answering, not your connection.",
        ),
        Phase::Transfer => (
            Blame::Unknown,
            "the page started arriving but stalled; the service or your connection is very slow.",
        ),
    };
    base(
        Outcome::Timeout,
        blame,
        format!(
            "{} timed out while {}: {tail}",
            who.subject(),
            phase.describe()
        ),
    )
}

/// A 2xx: healthy, or slow above the threshold.
fn success(obs: &ProbeObservation, thresholds: &Thresholds, name: &str) -> Base {
    let total = obs.phases.total.unwrap_or(0.0);
    if total > thresholds.slow_ms as f64 {
        base(
            Outcome::Slow,
            Blame::Unknown,
            format!(
                "{name} works but is slow ({} ms, above {} ms).",
                total.round(),
                thresholds.slow_ms
            ),
        )
    } else {
        base(
            Outcome::Healthy,
            Blame::Nobody,
            format!("{name} is reachable and answering normally."),
        )
    }
}

fn classify_status(
    obs: &ProbeObservation,
    status: u16,
    thresholds: &Thresholds,
    who: &Who<'_>,
    retry_after: Option<Timestamp>,
) -> Base {
    let name = who.name;
    let subject = who.subject();
    let retry_sentence = |what: &str| match retry_after {
        // A date already past (a stale or wrong server clock) means now, not a wait.
        Some(at) if at > obs.started_at => {
            let wait = at.duration_since(obs.started_at);
            format!("{what} It asks to retry in {}.", words(wait))
        }
        Some(_) => format!("{what} It says it can be retried now."),
        None => what.to_owned(),
    };
    match status {
        200..=299 => success(obs, thresholds, name),
        300..=399 if obs.redirects_exhausted => base(
            Outcome::RedirectLoop,
            Blame::Provider,
            format!(
                "{name} keeps redirecting in a loop ({}), so the page never loads.",
                plural(
                    u64::try_from(obs.redirect_chain.len().saturating_sub(1)).unwrap_or(u64::MAX),
                    "hop",
                    "hops"
                )
            ),
        ),
        300..=399 => base(
            Outcome::ServerError,
            Blame::Unknown,
            format!(
                "{subject} answered {status} {} with nowhere to go.",
                reason(status)
            ),
        ),
        504 => base(
            Outcome::GatewayTimeout,
            Blame::Provider,
            format!(
                "{subject} is answering 504 Gateway Timeout: the service is failing, not your connection."
            ),
        ),
        503 => base(
            Outcome::ServiceUnavailable,
            Blame::Provider,
            retry_sentence(&format!(
                "{subject} is answering 503 Service Unavailable: the service is down or overloaded, not your connection."
            )),
        ),
        429 => base(
            Outcome::Throttled,
            Blame::Provider,
            retry_sentence(&format!(
                "{subject} is answering 429 Too Many Requests: it is limiting requests, try again later."
            )),
        ),
        500..=599 => base(
            Outcome::ServerError,
            Blame::Provider,
            format!(
                "{subject} is answering {status} {}: the service is failing, not your connection.",
                reason(status)
            ),
        ),
        400..=499 => base(
            Outcome::ClientError,
            Blame::Unknown,
            format!(
                "{subject} refused the request with {status} {}.",
                reason(status)
            ),
        ),
        _ => base(
            Outcome::ServerError,
            Blame::Unknown,
            format!("{subject} answered with an unexpected status {status}."),
        ),
    }
}

#[cfg(test)]
mod tests;
