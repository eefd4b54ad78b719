//! What a failure below HTTP says: its outcome, blame and [`Explanation`].

use super::explain::{Explanation, Place};
use super::observation::{Blame, ErrorKind, Outcome, ProbeError, TlsProblem};
use crate::weburl::redact;

/// An outcome with its blame and explanation, before the connectivity check is applied.
pub(super) struct Base {
    pub(super) outcome: Outcome,
    pub(super) blame: Blame,
    pub(super) says: Explanation,
    pub(super) tls_problem: Option<TlsProblem>,
}

pub(super) fn base(outcome: Outcome, blame: Blame, says: Explanation) -> Base {
    Base {
        outcome,
        blame,
        says,
        tls_problem: None,
    }
}

/// The verdict for a failure below HTTP. `last_url` is the last URL requested
/// (named when a redirect was refused).
pub(super) fn classify_error(err: &ProbeError, at: &Place, last_url: Option<&str>) -> Base {
    let at = at.clone();
    let portal = at.portal.clone();
    match err.kind {
        ErrorKind::TlsUntrustedIssuer
        | ErrorKind::TlsExpired
        | ErrorKind::TlsWrongHost
        | ErrorKind::TlsOther => tls_failure(err.kind, at),
        ErrorKind::Dns => base(
            Outcome::DnsFailure,
            Blame::Network,
            Explanation::DnsFailed { at },
        ),
        ErrorKind::ConnectionRefused => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            Explanation::Refused { at },
        ),
        ErrorKind::ConnectionReset => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            Explanation::Reset { at },
        ),
        ErrorKind::Unreachable => base(
            Outcome::ConnectFailure,
            Blame::Network,
            Explanation::Unreachable { at },
        ),
        ErrorKind::ConnectOther => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            Explanation::ConnectFailed { at },
        ),
        ErrorKind::ProxyAuthRequired => base(
            Outcome::ProxyAuthRequired,
            Blame::Network,
            Explanation::ProxySignIn { portal },
        ),
        ErrorKind::Proxy => base(
            Outcome::ConnectFailure,
            Blame::Network,
            Explanation::ProxyRefused { at },
        ),
        ErrorKind::Protocol => base(
            Outcome::ServerError,
            Blame::Unknown,
            Explanation::NotHttp { at },
        ),
        ErrorKind::Config => base(
            Outcome::ConnectFailure,
            Blame::Unknown,
            Explanation::Misconfigured { portal },
        ),
        ErrorKind::InsecureRedirect => base(
            Outcome::RedirectLoop,
            Blame::Provider,
            Explanation::InsecureRedirect {
                portal,
                to: last_url.map(redact),
            },
        ),
    }
}

fn tls_failure(kind: ErrorKind, at: Place) -> Base {
    let (problem, blame, says) = match kind {
        ErrorKind::TlsUntrustedIssuer => (
            TlsProblem::UntrustedIssuer,
            Blame::Network,
            Explanation::TlsUntrusted { at },
        ),
        ErrorKind::TlsExpired => (
            TlsProblem::Expired,
            Blame::Provider,
            Explanation::TlsExpired { at },
        ),
        ErrorKind::TlsWrongHost => (
            TlsProblem::WrongHost,
            Blame::Unknown,
            Explanation::TlsWrongHost { at },
        ),
        _ => (
            TlsProblem::Other,
            Blame::Unknown,
            Explanation::TlsFailed { at },
        ),
    };
    Base {
        tls_problem: Some(problem),
        ..base(Outcome::TlsFailure, blame, says)
    }
}
