//! The helpdesk's one technical line for a probe.

use std::fmt::Write as _;

use super::connectivity::ConnectivityObservation;
use super::hosts::redirected_host;
use super::observation::{Outcome, ProbeObservation};
use crate::text::single_line;
use crate::weburl::{redact, redact_in_text};

/// `outcome=… url=… status=… error=… (detail) dns=…ms … connectivity=…`, on one
/// line, with no control characters and no `user:password@` in any URL.
pub(super) fn technical_line(
    obs: &ProbeObservation,
    outcome: Outcome,
    connectivity: Option<&ConnectivityObservation>,
) -> String {
    // A space in the URL (a policy may have one) is written as %20: the fields are
    // separated by spaces and read back (`read_error_kind`).
    let url = redact(&obs.url).replace(' ', "%20");
    let mut line = format!("outcome={} url={url}", outcome.as_str());
    if let Some(s) = obs.http_status {
        let _ = write!(line, " status={s}");
    }
    if let Some(p) = obs.timed_out_phase {
        let _ = write!(line, " timed_out_phase={}", p.as_str());
    }
    if let Some(e) = &obs.error {
        let _ = write!(line, " error={}", e.kind.as_str());
        if !e.detail.is_empty() {
            let _ = write!(line, " ({})", redact_in_text(&e.detail));
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
            let _ = write!(line, " last_url={}", redact(last));
        }
        if !outcome.is_healthy()
            && let Some(host) = redirected_host(&obs.url, &obs.redirect_chain)
        {
            let _ = write!(line, " failed_host={host}");
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
    if let Some(r) = &obs.route {
        if let Some(via) = &r.via {
            let _ = write!(line, " proxy={via}");
        }
        let _ = write!(line, " proxy_chosen_by={}", r.chosen_by.id());
        if let Some(t) = r.pac_trouble {
            let _ = write!(line, " pac={}", t.id());
        }
    }
    if let Some(d) = &obs.route_detail {
        let _ = write!(
            line,
            " proxy_detail=\"{}\"",
            crate::weburl::redact_in_text(d)
        );
    }
    if let Some(c) = connectivity {
        let _ = write!(line, " connectivity={}", c.outcome.as_str());
    }
    // Server-sent text (request ids, Retry-After, certificate names, error
    // details) must not carry terminal escapes or line breaks.
    single_line(&line)
}

/// The failure's kind (`tls_untrusted_issuer`, `dns`, …) of a stored technical line,
/// read back for the report: the one field a reader may branch on, since the
/// explanation beside it is prose (and will be translated).
pub fn read_error_kind(line: &str) -> Option<&str> {
    // Only the fields written before it, which are ours and hold no space; anything
    // after (request ids, Retry-After, certificate names) is the server's text, and
    // " error=dns" inside it must not count.
    for token in line.split(' ') {
        let (key, value) = token.split_once('=')?;
        match key {
            "outcome" | "url" | "status" | "timed_out_phase" => {}
            "error" => return (!value.is_empty()).then_some(value),
            _ => return None,
        }
    }
    None
}

/// The certificate issuer (`cert_issuer="…"`) of a stored technical line, when TLS
/// was judged.
pub fn read_cert_issuer(line: &str) -> Option<&str> {
    // The last one: the server's texts written before it (Retry-After, the request
    // id) could hold the same words; only the issuer itself comes after.
    let start = line.rfind(" cert_issuer=\"")? + " cert_issuer=\"".len();
    let rest = line.get(start..)?;
    rest.find('"').map(|end| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fault::{CertificateInfo, ErrorKind, Outcome, ProbeError, ProbeObservation};

    #[test]
    fn what_is_written_is_read_back() {
        let mut obs = ProbeObservation {
            // A query string that looks like a field must not be read as one.
            url: "https://portal.example/?x=1&error=dns".to_owned(),
            ..ProbeObservation::default()
        };
        obs.error = Some(ProbeError {
            kind: ErrorKind::TlsUntrustedIssuer,
            detail: "invalid peer certificate: UnknownIssuer error=tls_other".to_owned(),
        });
        obs.certificate = Some(CertificateInfo {
            issuer: "CN=Contoso Inspection CA".to_owned(),
            ..CertificateInfo::default()
        });
        // A server's Retry-After that imitates the issuer field, written before it.
        obs.retry_after = Some("1\" cert_issuer=\"CN=Fake".to_owned());
        let line = technical_line(&obs, Outcome::TlsFailure, None);
        assert_eq!(
            read_error_kind(&line),
            Some("tls_untrusted_issuer"),
            "{line}"
        );
        assert_eq!(
            read_cert_issuer(&line),
            Some("CN=Contoso Inspection CA"),
            "{line}"
        );
        // A space in the policy's URL, and a server's request id that looks like the
        // field, on a check that had no error.
        let spaced = technical_line(
            &ProbeObservation {
                url: "https://portal.example/my page error=dns".to_owned(),
                http_status: Some(504),
                request_id: Some("x error=dns".to_owned()),
                ..ProbeObservation::default()
            },
            Outcome::GatewayTimeout,
            None,
        );
        assert_eq!(read_error_kind(&spaced), None, "{spaced}");
        let healthy = technical_line(
            &ProbeObservation {
                url: "https://portal.example/".to_owned(),
                http_status: Some(200),
                ..ProbeObservation::default()
            },
            Outcome::Healthy,
            None,
        );
        assert_eq!(read_error_kind(&healthy), None, "{healthy}");
        assert_eq!(read_cert_issuer(&healthy), None, "{healthy}");
    }
}
