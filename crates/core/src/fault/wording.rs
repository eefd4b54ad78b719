//! The sentences for low-level failures, HTTP reason phrases and waits.

use super::observation::{Blame, ErrorKind, Outcome, ProbeError, TlsProblem};
use crate::weburl::redact;

/// An outcome with its blame and sentence, before the connectivity check is applied.
pub(super) struct Base {
    pub(super) outcome: Outcome,
    pub(super) blame: Blame,
    pub(super) explanation: String,
    pub(super) tls_problem: Option<TlsProblem>,
}

pub(super) fn base(outcome: Outcome, blame: Blame, explanation: String) -> Base {
    Base {
        outcome,
        blame,
        explanation,
        tls_problem: None,
    }
}

/// Who a sentence is about: the portal, or the host a redirect led to.
pub(super) struct Who<'a> {
    /// The portal's display name.
    pub(super) name: &'a str,
    /// Host key of the host the last redirect led to, when not the portal's own.
    pub(super) elsewhere: Option<String>,
}

impl Who<'_> {
    /// Start of a sentence whose verb follows: "My Sign-Ins" or
    /// "My Sign-Ins redirected to login.example, which".
    pub(super) fn subject(&self) -> String {
        match &self.elsewhere {
            None => self.name.to_owned(),
            Some(host) => format!("{} redirected to {host}, which", self.name),
        }
    }

    /// The place as an object: "My Sign-Ins" or "login.example (where My Sign-Ins redirected)".
    pub(super) fn object(&self) -> String {
        match &self.elsewhere {
            None => self.name.to_owned(),
            Some(host) => format!("{host} (where {} redirected)", self.name),
        }
    }
}

/// The verdict for a failure below HTTP. `last_url` is the last URL requested
/// (named when a redirect was refused).
pub(super) fn classify_error(err: &ProbeError, who: &Who<'_>, last_url: Option<&str>) -> Base {
    let (subject, object, name) = (who.subject(), who.object(), who.name);
    match err.kind {
        ErrorKind::TlsUntrustedIssuer
        | ErrorKind::TlsExpired
        | ErrorKind::TlsWrongHost
        | ErrorKind::TlsOther => tls_failure(err.kind, &subject, &object),
        ErrorKind::Dns => base(
            Outcome::DnsFailure,
            Blame::Network,
            format!(
                "The address of {object} could not be looked up (DNS): check your network connection or VPN."
            ),
        ),
        ErrorKind::ConnectionRefused => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!(
                "{subject} refused the connection: the service may be down, or a firewall is blocking it."
            ),
        ),
        ErrorKind::ConnectionReset => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!(
                "The connection to {object} was cut off (reset): a firewall or proxy on your network may be interfering, or the service is failing."
            ),
        ),
        ErrorKind::Unreachable => base(
            Outcome::ConnectFailure,
            Blame::Network,
            format!("{subject} is unreachable from this network: check your connection or VPN."),
        ),
        ErrorKind::ConnectOther => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!("Could not connect to {object}."),
        ),
        ErrorKind::ProxyAuthRequired => base(
            Outcome::ProxyAuthRequired,
            Blame::Network,
            format!("Your network's proxy asks for a sign-in before {name} can be reached."),
        ),
        ErrorKind::Proxy => base(
            Outcome::ConnectFailure,
            Blame::Network,
            format!("Your network's proxy would not connect to {object}."),
        ),
        ErrorKind::Protocol => base(
            Outcome::ServerError,
            Blame::Unknown,
            format!("{subject} answered with something that is not a valid web response."),
        ),
        ErrorKind::Config => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            format!("{name} could not be checked: the check itself is misconfigured."),
        ),
        ErrorKind::InsecureRedirect => base(
            Outcome::RedirectLoop,
            Blame::Provider,
            format!(
                "{name} redirects to an insecure address ({}), which is not followed: the page cannot be loaded securely.",
                last_url.map_or_else(|| "plain http".to_owned(), redact)
            ),
        ),
    }
}

fn tls_failure(kind: ErrorKind, subject: &str, object: &str) -> Base {
    let (problem, blame, explanation) = match kind {
        ErrorKind::TlsUntrustedIssuer => (
            TlsProblem::UntrustedIssuer,
            Blame::Network,
            format!(
                "The secure connection to {object} is signed by an unknown issuer: your network may be inspecting encrypted traffic."
            ),
        ),
        ErrorKind::TlsExpired => (
            TlsProblem::Expired,
            Blame::Provider,
            format!(
                "{subject} presented an expired certificate: the service is misconfigured, or your device's clock is wrong."
            ),
        ),
        ErrorKind::TlsWrongHost => (
            TlsProblem::WrongHost,
            Blame::Unknown,
            format!(
                "{subject} presented a certificate for another name: something on your network may be redirecting it, or the service is misconfigured."
            ),
        ),
        _ => (
            TlsProblem::Other,
            Blame::Unknown,
            format!("The secure connection to {object} could not be set up."),
        ),
    };
    Base {
        tls_problem: Some(problem),
        ..base(Outcome::TlsFailure, blame, explanation)
    }
}

/// The reason phrase of common statuses ("" for others).
pub(super) fn reason(status: u16) -> &'static str {
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
