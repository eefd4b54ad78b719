//! What a probe's verdict says to the user, as facts: which situation, about which
//! place, with which numbers. The window and the reports word it in the reader's
//! language (`explain.ftl`); [`Explanation::english`] is the English kept in the
//! `probe --json` and report contracts, and the tests keep the catalogue's English
//! equal to it.

use serde::{Deserialize, Serialize};

use super::observation::Phase;
use crate::duration::words;
use crate::phrase::plural;

/// Where a failure happened: the portal itself, or the host a redirect led to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The portal's display name ("My Sign-Ins").
    pub portal: String,
    /// The host the last redirect led to, when the failure happened there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirected_to: Option<String>,
}

impl Place {
    /// The portal itself.
    pub fn portal(name: &str) -> Self {
        Self {
            portal: name.to_owned(),
            redirected_to: None,
        }
    }

    /// Start of a sentence whose verb follows: "My Sign-Ins" or
    /// "My Sign-Ins redirected to login.example, which".
    fn subject(&self) -> String {
        match &self.redirected_to {
            None => self.portal.clone(),
            Some(host) => format!("{} redirected to {host}, which", self.portal),
        }
    }

    /// The place as an object: "My Sign-Ins" or "login.example (where My Sign-Ins redirected)".
    fn object(&self) -> String {
        match &self.redirected_to {
            None => self.portal.clone(),
            Some(host) => format!("{host} (where {} redirected)", self.portal),
        }
    }
}

/// What the server said about retrying (503 and 429 with a parsable `Retry-After`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Retry {
    /// The time it gave is already past (or a stale server clock): now.
    Now,
    /// In this many seconds from the probe.
    InSeconds(i64),
}

/// The situation one probe found, with what a sentence about it needs. The
/// snake_case ids are stored in reports (`portals[].says.id`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "id", rename_all = "snake_case")]
pub enum Explanation {
    /// 2xx within the slow threshold.
    Healthy { portal: String },
    /// 2xx above the slow threshold.
    Slow {
        portal: String,
        total_ms: u64,
        slow_ms: u64,
    },
    /// The connectivity check saw a captive portal.
    CaptivePortal { portal: String },
    /// The connectivity check found no internet.
    Offline { portal: String },
    /// A proxy answered 407.
    ProxySignIn407 { portal: String },
    /// A proxy asked for credentials on `CONNECT`.
    ProxySignIn { portal: String },
    /// The proxy would not connect.
    ProxyRefused { at: Place },
    /// A phase ran out of time.
    Timeout { at: Place, phase: Phase },
    /// The name could not be resolved.
    DnsFailed { at: Place },
    /// The connection was refused.
    Refused { at: Place },
    /// The connection was reset.
    Reset { at: Place },
    /// No route to the host.
    Unreachable { at: Place },
    /// Any other failure to connect.
    ConnectFailed { at: Place },
    /// The answer was not valid HTTP.
    NotHttp { at: Place },
    /// The check itself is misconfigured.
    Misconfigured { portal: String },
    /// A redirect to plain http, not followed.
    InsecureRedirect {
        portal: String,
        /// The insecure address, credentials removed; absent when unknown.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<String>,
    },
    /// The certificate's issuer is not trusted.
    TlsUntrusted { at: Place },
    /// The certificate has expired.
    TlsExpired { at: Place },
    /// The certificate names another host.
    TlsWrongHost { at: Place },
    /// Any other TLS failure.
    TlsFailed { at: Place },
    /// No answer and no error.
    NoAnswer { at: Place },
    /// Redirects that never end.
    RedirectLoop { portal: String, hops: u64 },
    /// A 3xx with nowhere to go.
    RedirectNowhere { at: Place, status: u16 },
    /// 504.
    GatewayTimeout { at: Place },
    /// 503.
    Unavailable {
        at: Place,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry: Option<Retry>,
    },
    /// 429.
    Throttled {
        at: Place,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry: Option<Retry>,
    },
    /// Another 5xx.
    ServerError { at: Place, status: u16 },
    /// Another 4xx.
    RequestRefused { at: Place, status: u16 },
    /// A status outside 2xx–5xx.
    UnexpectedStatus { at: Place, status: u16 },
}

impl Explanation {
    /// The id stored in reports (`gateway_timeout`).
    pub fn id(&self) -> &'static str {
        match self {
            Self::Healthy { .. } => "healthy",
            Self::Slow { .. } => "slow",
            Self::CaptivePortal { .. } => "captive_portal",
            Self::Offline { .. } => "offline",
            Self::ProxySignIn407 { .. } => "proxy_sign_in407",
            Self::ProxySignIn { .. } => "proxy_sign_in",
            Self::ProxyRefused { .. } => "proxy_refused",
            Self::Timeout { .. } => "timeout",
            Self::DnsFailed { .. } => "dns_failed",
            Self::Refused { .. } => "refused",
            Self::Reset { .. } => "reset",
            Self::Unreachable { .. } => "unreachable",
            Self::ConnectFailed { .. } => "connect_failed",
            Self::NotHttp { .. } => "not_http",
            Self::Misconfigured { .. } => "misconfigured",
            Self::InsecureRedirect { .. } => "insecure_redirect",
            Self::TlsUntrusted { .. } => "tls_untrusted",
            Self::TlsExpired { .. } => "tls_expired",
            Self::TlsWrongHost { .. } => "tls_wrong_host",
            Self::TlsFailed { .. } => "tls_failed",
            Self::NoAnswer { .. } => "no_answer",
            Self::RedirectLoop { .. } => "redirect_loop",
            Self::RedirectNowhere { .. } => "redirect_nowhere",
            Self::GatewayTimeout { .. } => "gateway_timeout",
            Self::Unavailable { .. } => "unavailable",
            Self::Throttled { .. } => "throttled",
            Self::ServerError { .. } => "server_error",
            Self::RequestRefused { .. } => "request_refused",
            Self::UnexpectedStatus { .. } => "unexpected_status",
        }
    }

    /// The place the sentence is about, when it names one.
    pub fn place(&self) -> Option<&Place> {
        match self {
            Self::ProxyRefused { at }
            | Self::Timeout { at, .. }
            | Self::DnsFailed { at }
            | Self::Refused { at }
            | Self::Reset { at }
            | Self::Unreachable { at }
            | Self::ConnectFailed { at }
            | Self::NotHttp { at }
            | Self::TlsUntrusted { at }
            | Self::TlsExpired { at }
            | Self::TlsWrongHost { at }
            | Self::TlsFailed { at }
            | Self::NoAnswer { at }
            | Self::RedirectNowhere { at, .. }
            | Self::GatewayTimeout { at }
            | Self::Unavailable { at, .. }
            | Self::Throttled { at, .. }
            | Self::ServerError { at, .. }
            | Self::RequestRefused { at, .. }
            | Self::UnexpectedStatus { at, .. } => Some(at),
            _ => None,
        }
    }

    /// Every text in it that came from outside (names, hosts, an address), for
    /// masking and size checks.
    pub fn texts_mut(&mut self) -> Vec<&mut String> {
        match self {
            Self::Healthy { portal }
            | Self::Slow { portal, .. }
            | Self::CaptivePortal { portal }
            | Self::Offline { portal }
            | Self::ProxySignIn407 { portal }
            | Self::ProxySignIn { portal }
            | Self::Misconfigured { portal }
            | Self::RedirectLoop { portal, .. } => vec![portal],
            Self::InsecureRedirect { portal, to } => {
                let mut v = vec![portal];
                v.extend(to.as_mut());
                v
            }
            Self::ProxyRefused { at }
            | Self::Timeout { at, .. }
            | Self::DnsFailed { at }
            | Self::Refused { at }
            | Self::Reset { at }
            | Self::Unreachable { at }
            | Self::ConnectFailed { at }
            | Self::NotHttp { at }
            | Self::TlsUntrusted { at }
            | Self::TlsExpired { at }
            | Self::TlsWrongHost { at }
            | Self::TlsFailed { at }
            | Self::NoAnswer { at }
            | Self::RedirectNowhere { at, .. }
            | Self::GatewayTimeout { at }
            | Self::Unavailable { at, .. }
            | Self::Throttled { at, .. }
            | Self::ServerError { at, .. }
            | Self::RequestRefused { at, .. }
            | Self::UnexpectedStatus { at, .. } => {
                let mut v = vec![&mut at.portal];
                v.extend(at.redirected_to.as_mut());
                v
            }
        }
    }

    /// The sentence in English: `probe --json`'s `explanation`, the store and the
    /// reports' `explanation` field.
    pub fn english(&self) -> String {
        match self {
            Self::Healthy { portal } => format!("{portal} is reachable and answering normally."),
            Self::Slow {
                portal,
                total_ms,
                slow_ms,
            } => format!("{portal} works but is slow ({total_ms} ms, above {slow_ms} ms)."),
            Self::CaptivePortal { portal } => format!(
                "Your network is showing a sign-in page (captive portal), so {portal} cannot be reached: sign in to the Wi-Fi first."
            ),
            Self::Offline { portal } => format!(
                "This device is not connected to the internet, so {portal} cannot be reached: check your Wi-Fi or network cable."
            ),
            Self::ProxySignIn407 { portal } => format!(
                "Your network's proxy asks for a sign-in (407 Proxy Authentication Required) before {portal} can be reached: this is your network, not {portal}."
            ),
            Self::ProxySignIn { portal } => {
                format!("Your network's proxy asks for a sign-in before {portal} can be reached.")
            }
            Self::ProxyRefused { at } => {
                format!("Your network's proxy would not connect to {}.", at.object())
            }
            Self::Timeout { at, phase } => {
                let (while_, tail) = match phase {
                    Phase::Dns => (
                        "looking up its address",
                        "your network's name lookup (DNS) is not answering.",
                    ),
                    Phase::Connect => (
                        "connecting",
                        "your network may be blocking it, or the service is down.",
                    ),
                    Phase::Tls => (
                        "setting up the secure connection",
                        "the secure connection could not be set up in time.",
                    ),
                    Phase::FirstByte => (
                        "waiting for its answer",
                        "the service is not answering, not your connection.",
                    ),
                    Phase::Transfer => (
                        "receiving the page",
                        "the page started arriving but stalled; the service or your connection is very slow.",
                    ),
                };
                format!("{} timed out while {while_}: {tail}", at.subject())
            }
            Self::DnsFailed { at } => format!(
                "The address of {} could not be looked up (DNS): check your network connection or VPN.",
                at.object()
            ),
            Self::Refused { at } => format!(
                "{} refused the connection: the service may be down, or a firewall is blocking it.",
                at.subject()
            ),
            Self::Reset { at } => format!(
                "The connection to {} was cut off (reset): a firewall or proxy on your network may be interfering, or the service is failing.",
                at.object()
            ),
            Self::Unreachable { at } => format!(
                "{} is unreachable from this network: check your connection or VPN.",
                at.subject()
            ),
            Self::ConnectFailed { at } => format!("Could not connect to {}.", at.object()),
            Self::NotHttp { at } => format!(
                "{} answered with something that is not a valid web response.",
                at.subject()
            ),
            Self::Misconfigured { portal } => {
                format!("{portal} could not be checked: the check itself is misconfigured.")
            }
            Self::InsecureRedirect { portal, to } => format!(
                "{portal} redirects to an insecure address ({}), which is not followed: the page cannot be loaded securely.",
                to.as_deref().unwrap_or("plain http")
            ),
            Self::TlsUntrusted { at } => format!(
                "The secure connection to {} is signed by an unknown issuer: your network may be inspecting encrypted traffic.",
                at.object()
            ),
            Self::TlsExpired { at } => format!(
                "{} presented an expired certificate: the service is misconfigured, or your device's clock is wrong.",
                at.subject()
            ),
            Self::TlsWrongHost { at } => format!(
                "{} presented a certificate for another name: something on your network may be redirecting it, or the service is misconfigured.",
                at.subject()
            ),
            Self::TlsFailed { at } => format!(
                "The secure connection to {} could not be set up.",
                at.object()
            ),
            Self::NoAnswer { at } => format!("{} did not answer.", at.subject()),
            Self::RedirectLoop { portal, hops } => format!(
                "{portal} keeps redirecting in a loop ({}), so the page never loads.",
                plural(*hops, "hop", "hops")
            ),
            Self::RedirectNowhere { at, status } => format!(
                "{} answered {} with nowhere to go.",
                at.subject(),
                status_words(*status)
            ),
            Self::GatewayTimeout { at } => format!(
                "{} is answering 504 Gateway Timeout: the service is failing, not your connection.",
                at.subject()
            ),
            Self::Unavailable { at, retry } => with_retry(
                format!(
                    "{} is answering 503 Service Unavailable: the service is down or overloaded, not your connection.",
                    at.subject()
                ),
                *retry,
            ),
            Self::Throttled { at, retry } => with_retry(
                format!(
                    "{} is answering 429 Too Many Requests: it is limiting requests, try again later.",
                    at.subject()
                ),
                *retry,
            ),
            Self::ServerError { at, status } => format!(
                "{} is answering {}: the service is failing, not your connection.",
                at.subject(),
                status_words(*status)
            ),
            Self::RequestRefused { at, status } => format!(
                "{} refused the request with {}.",
                at.subject(),
                status_words(*status)
            ),
            Self::UnexpectedStatus { at, status } => format!(
                "{} answered with an unexpected status {status}.",
                at.subject()
            ),
        }
    }
}

fn with_retry(what: String, retry: Option<Retry>) -> String {
    match retry {
        Some(Retry::InSeconds(secs)) => format!(
            "{what} It asks to retry in {}.",
            words(jiff::SignedDuration::from_secs(secs))
        ),
        Some(Retry::Now) => format!("{what} It says it can be retried now."),
        None => what,
    }
}

/// The status with HTTP's reason phrase when it has a common one ("503 Service
/// Unavailable", "599"), the same in every language.
pub(super) fn status_words(status: u16) -> String {
    match reason(status) {
        "" => status.to_string(),
        phrase => format!("{status} {phrase}"),
    }
}

/// The reason phrase of common statuses ("" for others). HTTP's own words, the same
/// in every language.
pub fn reason(status: u16) -> &'static str {
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

impl Explanation {
    /// One of each situation (and each variant of place, phase and retry), for the tests
    /// that hold every wording of it equal.
    pub fn samples() -> Vec<Explanation> {
        let here = Place::portal("My Sign-Ins");
        let there = Place {
            portal: "My Sign-Ins".to_owned(),
            redirected_to: Some("login.example".to_owned()),
        };
        let mut out = vec![
            Explanation::Healthy {
                portal: "My Sign-Ins".into(),
            },
            Explanation::Slow {
                portal: "My Sign-Ins".into(),
                total_ms: 4210,
                slow_ms: 3000,
            },
            Explanation::CaptivePortal {
                portal: "My Sign-Ins".into(),
            },
            Explanation::Offline {
                portal: "My Sign-Ins".into(),
            },
            Explanation::ProxySignIn407 {
                portal: "My Sign-Ins".into(),
            },
            Explanation::ProxySignIn {
                portal: "My Sign-Ins".into(),
            },
            Explanation::Misconfigured {
                portal: "My Sign-Ins".into(),
            },
            Explanation::InsecureRedirect {
                portal: "My Sign-Ins".into(),
                to: Some("http://login.example/".into()),
            },
            Explanation::InsecureRedirect {
                portal: "My Sign-Ins".into(),
                to: None,
            },
            Explanation::RedirectLoop {
                portal: "My Sign-Ins".into(),
                hops: 1,
            },
            Explanation::RedirectLoop {
                portal: "My Sign-Ins".into(),
                hops: 20,
            },
        ];
        for at in [here, there] {
            for phase in Phase::ALL {
                out.push(Explanation::Timeout {
                    at: at.clone(),
                    phase,
                });
            }
            for retry in [
                None,
                Some(Retry::Now),
                Some(Retry::InSeconds(1)),
                Some(Retry::InSeconds(90)),
                Some(Retry::InSeconds(7200)),
                Some(Retry::InSeconds(30 * 3600)),
            ] {
                out.push(Explanation::Unavailable {
                    at: at.clone(),
                    retry,
                });
                out.push(Explanation::Throttled {
                    at: at.clone(),
                    retry,
                });
            }
            let at2 = at.clone();
            out.extend([
                Explanation::ProxyRefused { at: at2.clone() },
                Explanation::DnsFailed { at: at2.clone() },
                Explanation::Refused { at: at2.clone() },
                Explanation::Reset { at: at2.clone() },
                Explanation::Unreachable { at: at2.clone() },
                Explanation::ConnectFailed { at: at2.clone() },
                Explanation::NotHttp { at: at2.clone() },
                Explanation::TlsUntrusted { at: at2.clone() },
                Explanation::TlsExpired { at: at2.clone() },
                Explanation::TlsWrongHost { at: at2.clone() },
                Explanation::TlsFailed { at: at2.clone() },
                Explanation::NoAnswer { at: at2.clone() },
                Explanation::RedirectNowhere {
                    at: at2.clone(),
                    status: 300,
                },
                Explanation::RedirectNowhere {
                    at: at2.clone(),
                    status: 399,
                },
                Explanation::GatewayTimeout { at: at2.clone() },
                Explanation::ServerError {
                    at: at2.clone(),
                    status: 500,
                },
                Explanation::ServerError {
                    at: at2.clone(),
                    status: 599,
                },
                Explanation::RequestRefused {
                    at: at2.clone(),
                    status: 403,
                },
                Explanation::RequestRefused {
                    at: at2.clone(),
                    status: 499,
                },
                Explanation::UnexpectedStatus {
                    at: at2,
                    status: 199,
                },
            ]);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_situation_has_a_sample_and_a_distinct_id() {
        let samples = Explanation::samples();
        let mut ids: Vec<_> = samples.iter().map(Explanation::id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 29, "{ids:?}");
    }

    #[test]
    fn the_json_shape_is_tagged_and_round_trips() {
        let e = Explanation::Unavailable {
            at: Place {
                portal: "My Sign-Ins".into(),
                redirected_to: Some("login.example".into()),
            },
            retry: Some(Retry::InSeconds(120)),
        };
        let json = serde_json::to_string(&e).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"id":"unavailable","at":{"portal":"My Sign-Ins","redirected_to":"login.example"},"retry":{"in_seconds":120}}"#
        );
        let back: Explanation = serde_json::from_str(&json).unwrap_or(Explanation::Healthy {
            portal: String::new(),
        });
        assert_eq!(back, e);
        for s in Explanation::samples() {
            let json = serde_json::to_value(&s).unwrap_or_default();
            assert_eq!(json["id"], s.id(), "{json}");
        }
    }

    #[test]
    fn english_names_the_redirect_target_as_subject_and_object() {
        let there = Place {
            portal: "My Sign-Ins".into(),
            redirected_to: Some("login.example".into()),
        };
        assert_eq!(
            Explanation::Refused { at: there.clone() }.english(),
            "My Sign-Ins redirected to login.example, which refused the connection: the service may be down, or a firewall is blocking it."
        );
        assert_eq!(
            Explanation::DnsFailed { at: there }.english(),
            "The address of login.example (where My Sign-Ins redirected) could not be looked up (DNS): check your network connection or VPN."
        );
        assert_eq!(
            Explanation::Throttled {
                at: Place::portal("X"),
                retry: Some(Retry::InSeconds(90)),
            }
            .english(),
            "X is answering 429 Too Many Requests: it is limiting requests, try again later. It asks to retry in 1 minute."
        );
    }
}
