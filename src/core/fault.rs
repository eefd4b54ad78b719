//! Pure classification of portal reachability probes.
//!
//! The IO side (`services::probe`) gathers raw facts into a [`ProbeObservation`]
//! (and optionally a [`ConnectivityObservation`]); this module turns them into an
//! [`Outcome`] plus one plain sentence for the user and one technical line for
//! the helpdesk. Nothing here does IO, spawns tasks or reads the clock: every
//! instant is passed in.

use std::fmt::Write as _;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// One phase of a single HTTP(S) exchange, in the order they happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Resolving the host name (of the portal, or of the proxy when one is used).
    Dns,
    /// Opening the TCP connection (through a proxy: TCP connect plus `CONNECT`).
    Connect,
    /// The TLS handshake, including certificate verification.
    Tls,
    /// From sending the request until the response headers arrived.
    FirstByte,
    /// Reading the response body.
    Transfer,
}

impl Phase {
    /// Human wording of the phase, for sentences ("while looking up the address").
    pub fn describe(self) -> &'static str {
        match self {
            Phase::Dns => "looking up its address",
            Phase::Connect => "connecting",
            Phase::Tls => "setting up the secure connection",
            Phase::FirstByte => "waiting for its answer",
            Phase::Transfer => "receiving the page",
        }
    }

    /// The snake_case name used in JSON and technical lines.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Dns => "dns",
            Phase::Connect => "connect",
            Phase::Tls => "tls",
            Phase::FirstByte => "first_byte",
            Phase::Transfer => "transfer",
        }
    }
}

/// The verdict for one portal. The snake_case names are a contract with IT scripts.
///
/// Details that some outcomes carry (the timed-out phase, the kind of TLS
/// problem, the Retry-After instant) live beside it in [`Classification`], so
/// that `Outcome` stays a plain string in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Answered 2xx within the slow threshold.
    Healthy,
    /// Answered 2xx, but slower than the slow threshold.
    Slow,
    /// HTTP 504.
    GatewayTimeout,
    /// HTTP 503 (see [`Classification::retry_after`]).
    ServiceUnavailable,
    /// Any other 5xx (or an answer that is not valid HTTP).
    ServerError,
    /// HTTP 429.
    Throttled,
    /// Any other 4xx.
    ClientError,
    /// Redirects that loop or never end.
    RedirectLoop,
    /// A phase exceeded its deadline (see [`Classification::timed_out_phase`]).
    Timeout,
    /// The host name could not be resolved.
    DnsFailure,
    /// The connection was refused, reset or the host was unreachable.
    ConnectFailure,
    /// The TLS handshake failed (see [`Classification::tls_problem`]).
    TlsFailure,
    /// HTTP 407 from a proxy.
    ProxyAuthRequired,
    /// The network is behind a captive portal (hotel / guest Wi-Fi sign-in page).
    CaptivePortal,
    /// The device has no working internet connection.
    Offline,
}

/// Traffic-light colour of an [`Outcome`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Working.
    Green,
    /// Working but degraded (slow, throttled).
    Amber,
    /// Not working.
    Red,
}

impl Outcome {
    /// `true` for [`Outcome::Healthy`] and [`Outcome::Slow`]: the portal can be used.
    pub fn is_healthy(self) -> bool {
        matches!(self, Outcome::Healthy | Outcome::Slow)
    }

    /// Traffic-light colour: green when healthy, amber when slow or throttled, red otherwise.
    pub fn severity(self) -> Severity {
        match self {
            Outcome::Healthy => Severity::Green,
            Outcome::Slow | Outcome::Throttled => Severity::Amber,
            _ => Severity::Red,
        }
    }

    /// The snake_case contract name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Healthy => "healthy",
            Outcome::Slow => "slow",
            Outcome::GatewayTimeout => "gateway_timeout",
            Outcome::ServiceUnavailable => "service_unavailable",
            Outcome::ServerError => "server_error",
            Outcome::Throttled => "throttled",
            Outcome::ClientError => "client_error",
            Outcome::RedirectLoop => "redirect_loop",
            Outcome::Timeout => "timeout",
            Outcome::DnsFailure => "dns_failure",
            Outcome::ConnectFailure => "connect_failure",
            Outcome::TlsFailure => "tls_failure",
            Outcome::ProxyAuthRequired => "proxy_auth_required",
            Outcome::CaptivePortal => "captive_portal",
            Outcome::Offline => "offline",
        }
    }
}

/// Whose side the problem is most likely on: the point of the whole check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Blame {
    /// Nothing is wrong.
    Nobody,
    /// The portal (the provider) is failing.
    Provider,
    /// The user's network (Wi-Fi, proxy, captive portal, TLS inspection, DNS).
    Network,
    /// Cannot tell from here.
    Unknown,
}

/// Why a TLS handshake failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsProblem {
    /// The certificate chain does not lead to a trusted root (often TLS inspection).
    UntrustedIssuer,
    /// The certificate has expired (or is not yet valid).
    Expired,
    /// The certificate is for another host name.
    WrongHost,
    /// Anything else (protocol error, alert, revoked...).
    Other,
}

/// Kind of low-level failure the IO side ran into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Name resolution failed (NXDOMAIN, no resolver...).
    Dns,
    /// TCP connection refused.
    ConnectionRefused,
    /// Connection reset or closed before an answer.
    ConnectionReset,
    /// Network or host unreachable.
    Unreachable,
    /// Any other connect-time IO error.
    ConnectOther,
    /// TLS: unknown or untrusted issuer (includes self-signed).
    TlsUntrustedIssuer,
    /// TLS: certificate expired or not yet valid.
    TlsExpired,
    /// TLS: certificate not valid for the host name.
    TlsWrongHost,
    /// TLS: other handshake failure.
    TlsOther,
    /// The proxy answered `CONNECT` with 407.
    ProxyAuthRequired,
    /// The proxy refused `CONNECT` with another status, or misbehaved.
    Proxy,
    /// The answer was not valid HTTP.
    Protocol,
    /// The URL or the local configuration is unusable (bad URL, unreadable CA file).
    Config,
}

/// A low-level failure with a technical detail string (for the helpdesk line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProbeError {
    /// What kind of failure.
    pub kind: ErrorKind,
    /// The underlying error message.
    pub detail: String,
}

/// Phase durations in milliseconds. Each phase is its own duration (not
/// cumulative like curl's `-w` values), summed over redirect hops; `total` is
/// the wall time of the whole probe. `None` when the phase did not happen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct PhaseTimings {
    /// Name resolution.
    pub dns: Option<f64>,
    /// TCP connect (and proxy `CONNECT`).
    pub connect: Option<f64>,
    /// TLS handshake.
    pub tls: Option<f64>,
    /// Request sent until response headers received.
    pub first_byte: Option<f64>,
    /// Whole probe, start to end of body.
    pub total: Option<f64>,
}

/// Facts about the leaf certificate the server presented.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateInfo {
    /// Issuer distinguished name.
    pub issuer: String,
    /// Subject distinguished name.
    pub subject: String,
    /// End of validity.
    pub not_after: Option<Timestamp>,
    /// Whole days from the probe until `not_after` (negative once expired).
    pub days_to_expiry: Option<i64>,
}

/// Whole days from `now` until `not_after`, rounded towards negative infinity
/// (so a certificate that expired an hour ago gives -1).
pub fn days_until(not_after: Timestamp, now: Timestamp) -> i64 {
    let secs = not_after.as_second() - now.as_second();
    secs.div_euclid(86_400)
}

/// Raw facts gathered by the IO side about one portal probe.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProbeObservation {
    /// Portal display name, used in sentences ("My Sign-Ins").
    pub portal_name: String,
    /// The URL first requested.
    pub url: String,
    /// When the probe started; the reference instant for Retry-After.
    pub started_at: Timestamp,
    /// HTTP status of the last response, if any.
    pub http_status: Option<u16>,
    /// Phase durations.
    pub phases: PhaseTimings,
    /// The phase that exceeded its deadline, if one did.
    pub timed_out_phase: Option<Phase>,
    /// The failure that ended the probe, if any.
    pub error: Option<ProbeError>,
    /// Every URL requested, in order (the first is `url`).
    pub redirect_chain: Vec<String>,
    /// `true` when the IO side stopped following redirects (repeat or too many).
    pub redirects_exhausted: bool,
    /// Raw `Retry-After` header value of the last response.
    pub retry_after: Option<String>,
    /// Request id sent by the server (`x-ms-request-id`, `request-id`, `x-request-id`).
    pub request_id: Option<String>,
    /// Leaf certificate presented by the server (also on verification failure).
    pub certificate: Option<CertificateInfo>,
    /// Whether the request went through a proxy.
    pub via_proxy: bool,
}

/// Classification thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// A 2xx answer slower than this (total, in ms) is [`Outcome::Slow`].
    pub slow_ms: u64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self { slow_ms: 3_000 }
    }
}

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
    let (outcome, blame, explanation, tls_problem) = match (overridable, connectivity) {
        (true, Some(c)) if c.outcome == ConnectivityOutcome::CaptivePortal => (
            Outcome::CaptivePortal,
            Blame::Network,
            format!(
                "Your network is showing a sign-in page (captive portal), so {name} cannot be reached: sign in to the Wi-Fi first."
            ),
            base.tls_problem,
        ),
        (true, Some(c)) if c.outcome == ConnectivityOutcome::Offline => (
            Outcome::Offline,
            Blame::Network,
            format!(
                "This device is not connected to the internet, so {name} cannot be reached: check your Wi-Fi or network cable."
            ),
            base.tls_problem,
        ),
        _ => (base.outcome, base.blame, base.explanation, base.tls_problem),
    };
    let technical = technical_line(obs, outcome, connectivity);
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
            obs.url.clone()
        }
    } else {
        trimmed.to_owned()
    }
}

struct Base {
    outcome: Outcome,
    blame: Blame,
    explanation: String,
    tls_problem: Option<TlsProblem>,
}

fn base(outcome: Outcome, blame: Blame, explanation: String) -> Base {
    Base {
        outcome,
        blame,
        explanation,
        tls_problem: None,
    }
}

fn classify_portal(
    obs: &ProbeObservation,
    thresholds: &Thresholds,
    name: &str,
    retry_after: Option<Timestamp>,
) -> Base {
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
        return base(
            Outcome::Timeout,
            blame,
            format!("{name} timed out while {}: {tail}", phase.describe()),
        );
    }
    // 3. Low-level failures.
    if let Some(err) = &obs.error {
        return classify_error(err, name);
    }
    // 4. HTTP status.
    let Some(status) = obs.http_status else {
        return base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!("{name} did not answer."),
        );
    };
    classify_status(obs, status, thresholds, name, retry_after)
}

fn classify_error(err: &ProbeError, name: &str) -> Base {
    match err.kind {
        ErrorKind::Dns => base(
            Outcome::DnsFailure,
            Blame::Network,
            format!(
                "The address of {name} could not be looked up (DNS): check your network connection or VPN."
            ),
        ),
        ErrorKind::ConnectionRefused => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!(
                "{name} refused the connection: the service may be down, or a firewall is blocking it."
            ),
        ),
        ErrorKind::ConnectionReset => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!(
                "The connection to {name} was cut off (reset): a firewall or proxy on your network may be interfering, or the service is failing."
            ),
        ),
        ErrorKind::Unreachable => base(
            Outcome::ConnectFailure,
            Blame::Network,
            format!("{name} is unreachable from this network: check your connection or VPN."),
        ),
        ErrorKind::ConnectOther => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!("Could not connect to {name}."),
        ),
        ErrorKind::TlsUntrustedIssuer => Base {
            tls_problem: Some(TlsProblem::UntrustedIssuer),
            ..base(
                Outcome::TlsFailure,
                Blame::Network,
                format!(
                    "The secure connection to {name} is signed by an unknown issuer: your network may be inspecting encrypted traffic."
                ),
            )
        },
        ErrorKind::TlsExpired => Base {
            tls_problem: Some(TlsProblem::Expired),
            ..base(
                Outcome::TlsFailure,
                Blame::Provider,
                format!(
                    "{name} presented an expired certificate: the service is misconfigured, or your device's clock is wrong."
                ),
            )
        },
        ErrorKind::TlsWrongHost => Base {
            tls_problem: Some(TlsProblem::WrongHost),
            ..base(
                Outcome::TlsFailure,
                Blame::Unknown,
                format!(
                    "{name} presented a certificate for another name: something on your network may be redirecting it, or the service is misconfigured."
                ),
            )
        },
        ErrorKind::TlsOther => Base {
            tls_problem: Some(TlsProblem::Other),
            ..base(
                Outcome::TlsFailure,
                Blame::Unknown,
                format!("The secure connection to {name} could not be set up."),
            )
        },
        ErrorKind::ProxyAuthRequired => base(
            Outcome::ProxyAuthRequired,
            Blame::Network,
            format!("Your network's proxy asks for a sign-in before {name} can be reached."),
        ),
        ErrorKind::Proxy => base(
            Outcome::ConnectFailure,
            Blame::Network,
            format!("Your network's proxy would not connect to {name}."),
        ),
        ErrorKind::Protocol => base(
            Outcome::ServerError,
            Blame::Unknown,
            format!("{name} answered with something that is not a valid web response."),
        ),
        ErrorKind::Config => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!("{name} could not be checked: the check itself is misconfigured."),
        ),
    }
}

fn classify_status(
    obs: &ProbeObservation,
    status: u16,
    thresholds: &Thresholds,
    name: &str,
    retry_after: Option<Timestamp>,
) -> Base {
    let retry_sentence = |what: &str| match retry_after {
        Some(at) => {
            let wait = at.duration_since(obs.started_at);
            format!("{what} It asks to retry in {}.", human_duration(wait))
        }
        None => what.to_owned(),
    };
    match status {
        200..=299 => {
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
        300..=399 if obs.redirects_exhausted => base(
            Outcome::RedirectLoop,
            Blame::Provider,
            format!(
                "{name} keeps redirecting in a loop ({} hops), so the page never loads.",
                obs.redirect_chain.len().saturating_sub(1)
            ),
        ),
        300..=399 => base(
            Outcome::ServerError,
            Blame::Unknown,
            format!(
                "{name} answered {status} {} with nowhere to go.",
                reason(status)
            ),
        ),
        504 => base(
            Outcome::GatewayTimeout,
            Blame::Provider,
            format!(
                "{name} is answering 504 Gateway Timeout: the service is failing, not your connection."
            ),
        ),
        503 => base(
            Outcome::ServiceUnavailable,
            Blame::Provider,
            retry_sentence(&format!(
                "{name} is answering 503 Service Unavailable: the service is down or overloaded, not your connection."
            )),
        ),
        429 => base(
            Outcome::Throttled,
            Blame::Provider,
            retry_sentence(&format!(
                "{name} is answering 429 Too Many Requests: it is limiting requests, try again later."
            )),
        ),
        500..=599 => base(
            Outcome::ServerError,
            Blame::Provider,
            format!(
                "{name} is answering {status} {}: the service is failing, not your connection.",
                reason(status)
            ),
        ),
        400..=499 => base(
            Outcome::ClientError,
            Blame::Unknown,
            format!(
                "{name} refused the request with {status} {}.",
                reason(status)
            ),
        ),
        _ => base(
            Outcome::ServerError,
            Blame::Unknown,
            format!("{name} answered with an unexpected status {status}."),
        ),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        410 => "Gone",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// "in 2 minutes" style rendering of a wait (negative waits read as "now").
fn human_duration(d: SignedDuration) -> String {
    let secs = d.as_secs();
    if secs <= 0 {
        "a moment".to_owned()
    } else if secs < 120 {
        format!("{secs} seconds")
    } else if secs < 2 * 3600 {
        format!("{} minutes", (secs + 30) / 60)
    } else {
        format!("{} hours", (secs + 1800) / 3600)
    }
}

fn technical_line(
    obs: &ProbeObservation,
    outcome: Outcome,
    connectivity: Option<&ConnectivityObservation>,
) -> String {
    let mut line = format!("outcome={} url={}", outcome.as_str(), obs.url);
    if let Some(s) = obs.http_status {
        let _ = write!(line, " status={s}");
    }
    if let Some(p) = obs.timed_out_phase {
        let _ = write!(line, " timed_out_phase={}", p.as_str());
    }
    if let Some(e) = &obs.error {
        let kind = serde_kind(e.kind);
        let _ = write!(line, " error={kind}");
        if !e.detail.is_empty() {
            let _ = write!(line, " ({})", e.detail.replace('\n', " "));
        }
    }
    let p = &obs.phases;
    for (label, v) in [
        ("dns", p.dns),
        ("connect", p.connect),
        ("tls", p.tls),
        ("first_byte", p.first_byte),
        ("total", p.total),
    ] {
        if let Some(ms) = v {
            let _ = write!(line, " {label}={ms:.1}ms");
        }
    }
    if obs.redirect_chain.len() > 1 {
        let _ = write!(line, " redirects={}", obs.redirect_chain.len() - 1);
        if let Some(last) = obs.redirect_chain.last() {
            let _ = write!(line, " last_url={last}");
        }
    }
    if let Some(r) = &obs.retry_after {
        let _ = write!(line, " retry_after=\"{r}\"");
    }
    if let Some(id) = &obs.request_id {
        let _ = write!(line, " request_id={id}");
    }
    if let Some(c) = &obs.certificate {
        let _ = write!(line, " cert_issuer=\"{}\"", c.issuer);
        if let Some(na) = c.not_after {
            let _ = write!(line, " cert_not_after={na}");
        }
    }
    if obs.via_proxy {
        line.push_str(" via_proxy=true");
    }
    if let Some(c) = connectivity {
        let v = match c.outcome {
            ConnectivityOutcome::Online => "online",
            ConnectivityOutcome::CaptivePortal => "captive_portal",
            ConnectivityOutcome::Offline => "offline",
        };
        let _ = write!(line, " connectivity={v}");
    }
    line
}

fn serde_kind(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Dns => "dns",
        ErrorKind::ConnectionRefused => "connection_refused",
        ErrorKind::ConnectionReset => "connection_reset",
        ErrorKind::Unreachable => "unreachable",
        ErrorKind::ConnectOther => "connect_other",
        ErrorKind::TlsUntrustedIssuer => "tls_untrusted_issuer",
        ErrorKind::TlsExpired => "tls_expired",
        ErrorKind::TlsWrongHost => "tls_wrong_host",
        ErrorKind::TlsOther => "tls_other",
        ErrorKind::ProxyAuthRequired => "proxy_auth_required",
        ErrorKind::Proxy => "proxy",
        ErrorKind::Protocol => "protocol",
        ErrorKind::Config => "config",
    }
}

// ---------------------------------------------------------------------------
// Retry-After (RFC 9110 §10.2.3): delay-seconds / HTTP-date.
// ---------------------------------------------------------------------------

pub use super::httpdate::{parse_http_date, parse_retry_after, retry_after_delay};

// ---- For consumers of the latest results (overview line, circuit breaker) ----

/// What a probe outcome says about the portal's *host*, for a circuit breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostSignal {
    /// The host answered usably (healthy or slow).
    Healthy,
    /// Nothing can be concluded about the host: the problem is on the user's side
    /// (offline, captive portal, proxy, DNS, TLS inspection) or not an outage (4xx, redirects).
    Inconclusive,
    /// The host is failing: 5xx, 429, a timeout or a refused/reset connection.
    Failing,
}

impl Outcome {
    /// What this outcome says about the host (see [`HostSignal`]).
    pub fn host_signal(self) -> HostSignal {
        match self {
            Outcome::Healthy | Outcome::Slow => HostSignal::Healthy,
            Outcome::GatewayTimeout
            | Outcome::ServiceUnavailable
            | Outcome::ServerError
            | Outcome::Throttled
            | Outcome::Timeout
            | Outcome::ConnectFailure => HostSignal::Failing,
            Outcome::ClientError
            | Outcome::RedirectLoop
            | Outcome::DnsFailure
            | Outcome::TlsFailure
            | Outcome::ProxyAuthRequired
            | Outcome::CaptivePortal
            | Outcome::Offline => HostSignal::Inconclusive,
        }
    }
}

/// The state of one host from the latest probe results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostHealth {
    /// Lower-case host name (`mysignins.microsoft.com`).
    pub host: String,
    /// Worst signal among the results for this host.
    pub signal: HostSignal,
    /// The outcome that gave that signal.
    pub outcome: Outcome,
    /// When that result was measured.
    pub checked_at: Timestamp,
}

/// Per-host summary of probe results `(url, outcome, checked_at)`, in first-seen
/// order. Several portals on one host combine to the worst signal. URLs without
/// a host are skipped.
pub fn host_health<'a>(
    results: impl IntoIterator<Item = (&'a str, Outcome, Timestamp)>,
) -> Vec<HostHealth> {
    let mut out: Vec<HostHealth> = Vec::new();
    for (url, outcome, at) in results {
        let Some(host) = url::Url::parse(url.trim()).ok().and_then(|u| {
            u.host_str()
                .map(|h| h.trim_matches(['[', ']']).to_ascii_lowercase())
        }) else {
            continue;
        };
        let signal = outcome.host_signal();
        match out.iter_mut().find(|h| h.host == host) {
            Some(h) if signal > h.signal => {
                h.signal = signal;
                h.outcome = outcome;
                h.checked_at = at;
            }
            Some(_) => {}
            None => out.push(HostHealth {
                host,
                signal,
                outcome,
                checked_at: at,
            }),
        }
    }
    out
}

/// One line for the overview from the latest results `(name, outcome, explanation)`:
/// the worst portal's sentence, or that all answer normally. `None` with no results.
pub fn portal_summary<'a>(
    results: impl IntoIterator<Item = (&'a str, Outcome, &'a str)>,
) -> Option<String> {
    let rank = |o: Outcome| match o.severity() {
        Severity::Green => 0,
        Severity::Amber => 1,
        Severity::Red => 2,
    };
    let mut n = 0usize;
    let mut worst: Option<(Outcome, &str)> = None;
    for (_, outcome, explanation) in results {
        n += 1;
        if worst.is_none_or(|(w, _)| rank(outcome) > rank(w)) {
            worst = Some((outcome, explanation));
        }
    }
    let (outcome, explanation) = worst?;
    if outcome == Outcome::Healthy {
        return Some(if n == 1 {
            "The sign-in portal is answering normally.".to_owned()
        } else {
            format!("All {n} sign-in portals are answering normally.")
        });
    }
    Some(explanation.to_owned())
}

/// Probe more often (every minute) while a portal is failing.
pub const FAILING_PROBE_INTERVAL_S: u32 = 60;

/// Delay before the next scheduled probe: `interval_s`, or at most
/// [`FAILING_PROBE_INTERVAL_S`] while a portal fails, spread by ±10 % using
/// `jitter` in `[0, 1]` (so many devices do not probe in step).
pub fn next_probe_delay(interval_s: u32, any_failing: bool, jitter: f64) -> std::time::Duration {
    let base = if any_failing {
        interval_s.min(FAILING_PROBE_INTERVAL_S)
    } else {
        interval_s
    };
    let j = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.5
    };
    std::time::Duration::from_secs_f64(f64::from(base.max(1)) * (0.9 + 0.2 * j))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    // ---- classify -------------------------------------------------------

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
        assert!(r.explanation.contains("60 minutes"), "{}", r.explanation);
        o.retry_after = Some("soon".into());
        let r = c(&o);
        assert_eq!(r.outcome, Outcome::ServiceUnavailable);
        assert_eq!(r.retry_after, None);
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
        let r = classify(&with_status(504), &th, Some(&off));
        assert_eq!(r.outcome, Outcome::Offline);
        assert_eq!(r.blame, Blame::Network);
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
    fn severity_and_health_table() {
        use Outcome::*;
        let all = [
            Healthy,
            Slow,
            GatewayTimeout,
            ServiceUnavailable,
            ServerError,
            Throttled,
            ClientError,
            RedirectLoop,
            Timeout,
            DnsFailure,
            ConnectFailure,
            TlsFailure,
            ProxyAuthRequired,
            CaptivePortal,
            Offline,
        ];
        for o in all {
            let json = serde_json::to_string(&o).unwrap();
            assert_eq!(json, format!("\"{}\"", o.as_str()));
            let back: Outcome = serde_json::from_str(&json).unwrap();
            assert_eq!(back, o);
            assert_eq!(o.is_healthy(), matches!(o, Healthy | Slow));
            let sev = o.severity();
            match o {
                Healthy => assert_eq!(sev, Severity::Green),
                Slow | Throttled => assert_eq!(sev, Severity::Amber),
                _ => assert_eq!(sev, Severity::Red),
            }
        }
        assert_eq!(
            serde_json::to_string(&Phase::FirstByte).unwrap(),
            "\"first_byte\""
        );
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

    #[test]
    fn days_until_rounds_down() {
        let n = now();
        assert_eq!(days_until(ts("2026-11-23T12:00:00Z"), n), 1);
        assert_eq!(days_until(ts("2026-11-23T11:59:59Z"), n), 0);
        assert_eq!(days_until(ts("2026-11-22T11:00:00Z"), n), -1);
    }

    // ---- connectivity ---------------------------------------------------

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

    // ---- Retry-After ----------------------------------------------------

    #[test]
    fn retry_after_delay_seconds() {
        let n = now();
        assert_eq!(parse_retry_after("0", n), Some(n));
        assert_eq!(
            parse_retry_after("120", n),
            Some(ts("2026-11-22T12:02:00Z"))
        );
        assert_eq!(
            parse_retry_after("  30 ", n),
            Some(ts("2026-11-22T12:00:30Z"))
        );
        assert_eq!(
            parse_retry_after("0007", n),
            Some(ts("2026-11-22T12:00:07Z"))
        );
        // Saturates instead of overflowing.
        assert_eq!(
            parse_retry_after("99999999999999999999999", n),
            Some(Timestamp::MAX)
        );
        assert_eq!(
            parse_retry_after("9223372036854775807", n),
            Some(Timestamp::MAX)
        );
    }

    #[test]
    fn retry_after_rejects_garbage() {
        let n = now();
        for bad in [
            "",
            "   ",
            "-5",
            "+5",
            "1.5",
            "10s",
            "soon",
            "1e3",
            "0x10",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08:49:37:00 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Funday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov 6 08:49:37",
            "Sun Nov 123 08:49:37 1994",
            "Nov  6 08:49:37 1994",
        ] {
            assert_eq!(parse_retry_after(bad, n), None, "{bad:?}");
        }
    }

    #[test]
    fn retry_after_http_date_three_forms() {
        let n = now();
        let want = ts("1994-11-06T08:49:37Z");
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", n),
            Some(want)
        );
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", n),
            Some(want)
        );
        assert_eq!(parse_retry_after("Sun Nov  6 08:49:37 1994", n), Some(want));
        assert_eq!(
            parse_retry_after("Sun Nov 16 08:49:37 1994", n),
            Some(ts("1994-11-16T08:49:37Z"))
        );
        // Future date.
        assert_eq!(
            parse_retry_after("Mon, 23 Nov 2026 00:00:00 GMT", n),
            Some(ts("2026-11-23T00:00:00Z"))
        );
        // Leap second clamps to :59.
        assert_eq!(
            parse_retry_after("Wed, 31 Dec 2025 23:59:60 GMT", n),
            Some(ts("2025-12-31T23:59:59Z"))
        );
        // Weekday is not cross-checked (lenient, like browsers).
        assert_eq!(
            parse_retry_after("Mon, 06 Nov 1994 08:49:37 GMT", n),
            Some(want)
        );
    }

    #[test]
    fn rfc850_two_digit_year_window() {
        let n = now(); // 2026
        assert_eq!(
            parse_http_date("Monday, 01-Jan-30 00:00:00 GMT", n),
            Some(ts("2030-01-01T00:00:00Z"))
        );
        // 2076 would be exactly 50 years ahead: still allowed.
        assert_eq!(
            parse_http_date("Monday, 01-Jan-76 00:00:00 GMT", n),
            Some(ts("2076-01-01T00:00:00Z"))
        );
        // 2077 is more than 50 years ahead: 1977.
        assert_eq!(
            parse_http_date("Saturday, 01-Jan-77 00:00:00 GMT", n),
            Some(ts("1977-01-01T00:00:00Z"))
        );
        assert_eq!(
            parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT", n),
            Some(ts("1994-11-06T08:49:37Z"))
        );
    }

    #[test]
    fn retry_after_delay_clamps_past_to_zero() {
        let n = now();
        assert_eq!(
            retry_after_delay("Sun, 06 Nov 1994 08:49:37 GMT", n),
            Some(SignedDuration::ZERO)
        );
        assert_eq!(
            retry_after_delay("90", n),
            Some(SignedDuration::from_secs(90))
        );
        assert_eq!(retry_after_delay("nope", n), None);
    }

    // ---- host summary, overview line, schedule ------------------------

    #[test]
    fn host_signals() {
        use Outcome::*;
        assert_eq!(Healthy.host_signal(), HostSignal::Healthy);
        assert_eq!(Slow.host_signal(), HostSignal::Healthy);
        for o in [
            GatewayTimeout,
            ServiceUnavailable,
            ServerError,
            Throttled,
            Timeout,
            ConnectFailure,
        ] {
            assert_eq!(o.host_signal(), HostSignal::Failing, "{o:?}");
        }
        for o in [
            ClientError,
            RedirectLoop,
            DnsFailure,
            TlsFailure,
            ProxyAuthRequired,
            CaptivePortal,
            Offline,
        ] {
            assert_eq!(o.host_signal(), HostSignal::Inconclusive, "{o:?}");
        }
    }

    #[test]
    fn host_health_groups_by_host_worst_wins() {
        let t = now();
        let h = host_health([
            (
                "https://MySignIns.microsoft.com/security-info",
                Outcome::Healthy,
                t,
            ),
            ("https://login.microsoftonline.com/", Outcome::Offline, t),
            (
                "https://mysignins.microsoft.com/other",
                Outcome::GatewayTimeout,
                t,
            ),
            ("not a url", Outcome::ServerError, t),
            ("https://mysignins.microsoft.com/x", Outcome::Slow, t),
        ]);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].host, "mysignins.microsoft.com");
        assert_eq!(h[0].signal, HostSignal::Failing);
        assert_eq!(h[0].outcome, Outcome::GatewayTimeout);
        assert_eq!(h[1].host, "login.microsoftonline.com");
        assert_eq!(h[1].signal, HostSignal::Inconclusive);
    }

    #[test]
    fn portal_summary_picks_the_worst() {
        assert_eq!(portal_summary([]), None);
        assert_eq!(
            portal_summary([
                ("A", Outcome::Healthy, "a ok"),
                ("B", Outcome::Healthy, "b ok")
            ])
            .unwrap(),
            "All 2 sign-in portals are answering normally."
        );
        assert_eq!(
            portal_summary([("A", Outcome::Healthy, "a ok")]).unwrap(),
            "The sign-in portal is answering normally."
        );
        assert_eq!(
            portal_summary([
                ("A", Outcome::Slow, "A is slow"),
                ("B", Outcome::GatewayTimeout, "B is answering 504"),
                ("C", Outcome::Throttled, "C throttles"),
            ])
            .unwrap(),
            "B is answering 504"
        );
        assert_eq!(
            portal_summary([
                ("A", Outcome::Healthy, "ok"),
                ("B", Outcome::Slow, "B is slow")
            ])
            .unwrap(),
            "B is slow"
        );
        let r = c(&with_status(504));
        assert!(r.explanation.contains("504"), "{}", r.explanation);
    }

    #[test]
    fn schedule_delay() {
        use std::time::Duration;
        assert_eq!(next_probe_delay(300, false, 0.5), Duration::from_secs(300));
        assert_eq!(next_probe_delay(300, false, 0.0), Duration::from_secs(270));
        assert_eq!(next_probe_delay(300, false, 1.0), Duration::from_secs(330));
        assert_eq!(next_probe_delay(300, true, 0.5), Duration::from_secs(60));
        assert_eq!(next_probe_delay(30, true, 0.5), Duration::from_secs(30));
        assert_eq!(next_probe_delay(300, false, 7.0), Duration::from_secs(330));
        assert_eq!(
            next_probe_delay(300, false, f64::NAN),
            Duration::from_secs(300)
        );
        assert_eq!(next_probe_delay(0, false, 0.5), Duration::from_secs(1));
    }
}
