//! The raw facts of one probe and the vocabulary of its verdict: phases, outcomes,
//! severities, blame, low-level failure kinds, timings and certificates.

use jiff::Timestamp;
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
    pub const ALL: [Phase; 5] = [
        Phase::Dns,
        Phase::Connect,
        Phase::Tls,
        Phase::FirstByte,
        Phase::Transfer,
    ];

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

    /// Its name beside a measurement ("DNS 12 ms", "first byte 180 ms").
    pub fn label(self) -> &'static str {
        match self {
            Phase::Dns => "DNS",
            Phase::Connect => "connect",
            Phase::Tls => "TLS",
            Phase::FirstByte => "first byte",
            Phase::Transfer => "transfer",
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
    /// Redirects that loop, never end, or lead where the probe will not follow
    /// (a downgrade from https to plain http).
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
    pub const ALL: [Outcome; 15] = [
        Outcome::Healthy,
        Outcome::Slow,
        Outcome::GatewayTimeout,
        Outcome::ServiceUnavailable,
        Outcome::ServerError,
        Outcome::Throttled,
        Outcome::ClientError,
        Outcome::RedirectLoop,
        Outcome::Timeout,
        Outcome::DnsFailure,
        Outcome::ConnectFailure,
        Outcome::TlsFailure,
        Outcome::ProxyAuthRequired,
        Outcome::CaptivePortal,
        Outcome::Offline,
    ];

    /// The outcome a stored id (`probe_results.outcome`) names, if this version knows it.
    pub fn from_id(id: &str) -> Option<Outcome> {
        Self::ALL.into_iter().find(|o| o.as_str() == id)
    }

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

    /// A few plain words for it, for a title or a badge ("gateway timeout").
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Healthy => "healthy",
            Outcome::Slow => "slow",
            Outcome::GatewayTimeout => "gateway timeout",
            Outcome::ServiceUnavailable => "service unavailable",
            Outcome::ServerError => "server error",
            Outcome::Throttled => "rate limited",
            Outcome::ClientError => "refused the request",
            Outcome::RedirectLoop => "redirect loop",
            Outcome::Timeout => "timed out",
            Outcome::DnsFailure => "address lookup (DNS) failed",
            Outcome::ConnectFailure => "could not connect",
            Outcome::TlsFailure => "secure connection failed",
            Outcome::ProxyAuthRequired => "proxy sign-in needed",
            Outcome::CaptivePortal => "Wi-Fi sign-in page (captive portal)",
            Outcome::Offline => "device offline",
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
    /// A redirect to a URL the probe will not follow: from https to plain http, or
    /// plain http to a host that is not loopback.
    InsecureRedirect,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 14] = [
        ErrorKind::Dns,
        ErrorKind::ConnectionRefused,
        ErrorKind::ConnectionReset,
        ErrorKind::Unreachable,
        ErrorKind::ConnectOther,
        ErrorKind::TlsUntrustedIssuer,
        ErrorKind::TlsExpired,
        ErrorKind::TlsWrongHost,
        ErrorKind::TlsOther,
        ErrorKind::ProxyAuthRequired,
        ErrorKind::Proxy,
        ErrorKind::Protocol,
        ErrorKind::Config,
        ErrorKind::InsecureRedirect,
    ];

    /// The snake_case name used in JSON and technical lines.
    pub fn as_str(self) -> &'static str {
        match self {
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
            ErrorKind::InsecureRedirect => "insecure_redirect",
        }
    }
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
    /// Which way the last request went (a proxy or directly) and what chose it.
    #[serde(default)]
    pub route: Option<crate::proxy::Route>,
    /// What went wrong deciding it (a PAC file's error, settings that could not be
    /// read, proxies left out): the technical line only.
    #[serde(default)]
    pub route_detail: Option<String>,
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn days_until_rounds_down() {
        let n: Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
        assert_eq!(days_until(ts("2026-11-23T12:00:00Z"), n), 1);
        assert_eq!(days_until(ts("2026-11-23T11:59:59Z"), n), 0);
        assert_eq!(days_until(ts("2026-11-22T11:00:00Z"), n), -1);
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }
}
