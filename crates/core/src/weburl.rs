//! The one rule for URLs: which ones the app may connect to or open, the host key
//! that probes, breakers and health aggregation share, same-origin checks, and
//! URLs made safe to show (no user info).
//!
//! Every URL key of the policy (portals, feeds, connectivity checks, `[graph]`
//! authority and base_url, `[enrollment_api]`) is checked here once, with
//! [`service_url`]: https, or plain http only to a loopback host (labs and tests).
//! Pages opened in the user's browser that are not a service the app talks to
//! (helpdesk links) use [`browser_url`]: https only.

use url::Url;

/// Why a URL was refused. The message quotes the URL with its user info removed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("\"{0}\" is not a valid URL: {1}")]
    Invalid(String, String),
    #[error("\"{0}\" has no host")]
    NoHost(String),
    #[error("\"{0}\" must use https:// (plain http is allowed only for 127.0.0.1 and localhost)")]
    PlainHttp(String),
    #[error("\"{0}\" must use https://")]
    NotHttps(String),
}

/// A URL the app connects to: https, or http to `127.0.0.0/8`, `[::1]` or `localhost`.
pub fn service_url(url: &str) -> Result<Url, UrlError> {
    let parsed = parse_with_host(url)?;
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if is_loopback(&parsed) => Ok(parsed),
        "http" => Err(UrlError::PlainHttp(redact(url))),
        _ => Err(UrlError::NotHttps(redact(url))),
    }
}

/// A URL opened in the user's browser from outside a service check: https only.
pub fn browser_url(url: &str) -> Result<Url, UrlError> {
    let parsed = parse_with_host(url)?;
    if parsed.scheme() == "https" {
        Ok(parsed)
    } else {
        Err(UrlError::NotHttps(redact(url)))
    }
}

fn parse_with_host(url: &str) -> Result<Url, UrlError> {
    let parsed =
        Url::parse(url.trim()).map_err(|e| UrlError::Invalid(redact(url), e.to_string()))?;
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(UrlError::NoHost(redact(url)));
    }
    Ok(parsed)
}

/// Whether the URL's host is a loopback address or `localhost`.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The key of a host, shared by probes, circuit breakers and health aggregation:
/// the lower-case host (IPv6 in brackets), plus `:port` when the URL names a port
/// that is not its scheme's default. `https://x.com:443/` and `https://x.com/` are
/// one host; `https://x.com:8443/` is another. `None` for a URL without a host.
pub fn host_key(url: &str) -> Option<String> {
    Url::parse(url.trim()).ok().and_then(|u| host_key_of(&u))
}

/// [`host_key`] of a parsed URL.
pub fn host_key_of(url: &Url) -> Option<String> {
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())?
        .to_ascii_lowercase();
    Some(match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host,
    })
}

/// Whether two URLs share scheme, host and port (RFC 6454 origin). Never a
/// string-prefix comparison: `http://127.0.0.1:9999@evil/` has host `evil`.
pub fn same_origin(a: &Url, b: &Url) -> bool {
    let (oa, ob) = (a.origin(), b.origin());
    oa.is_tuple() && oa == ob
}

/// The URL as text with any `user:password@` removed, for messages, logs and
/// reports. Text that does not parse as a URL is returned with anything up to
/// an `@` after `://` removed, so a credential never survives either way.
pub fn redact(url: &str) -> String {
    if let Ok(mut u) = Url::parse(url.trim())
        && u.has_host()
    {
        if u.username().is_empty() && u.password().is_none() {
            return url.to_owned();
        }
        // Both setters only fail for URLs that cannot have credentials,
        // which `has_host` ruled out.
        let _ = u.set_username("");
        let _ = u.set_password(None);
        return u.to_string();
    }
    redact_loose(url)
}

/// Removes `user:pass@` from every `scheme://user:pass@host` inside free text.
pub fn redact_in_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '/' | '"' | '\'' | '>' | ')'))
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(at) => out.push_str(&authority[at + 1..]),
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// Every `scheme://…` in `text` without its query string and fragment (`?token=…`,
/// `#access_token=…`): scheme, host and path only, for reports. Punctuation that
/// ends a sentence or a bracket after the URL stays; nothing else changes, so text
/// without a query reads exactly as before.
pub fn without_queries(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
            .unwrap_or(tail.len());
        let token = &tail[..end];
        let url = token.trim_end_matches([')', ']', '.', ',', ';', ':', '!']);
        let cut = url.find(['?', '#']).unwrap_or(url.len());
        out.push_str(&url[..cut]);
        out.push_str(&token[url.len()..]);
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

fn redact_loose(url: &str) -> String {
    redact_in_text(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Issue 13, item 15: `?token=…` survived into reports.
    #[test]
    fn queries_and_fragments_are_dropped_from_urls_in_text() {
        for (input, want) in [
            (
                "https://login.contoso.com/cb?token=abc&x=1",
                "https://login.contoso.com/cb",
            ),
            (
                "see https://a.example/p/q?code=s3cret#frag, then (https://b.example/?t=1).",
                "see https://a.example/p/q, then (https://b.example/).",
            ),
            ("https://x.example/#access_token=abc", "https://x.example/"),
            ("http://127.0.0.1:8080/a?b", "http://127.0.0.1:8080/a"),
        ] {
            assert_eq!(without_queries(input), want, "{input}");
        }
        for keep in [
            "https://mysignins.microsoft.com/security-info",
            "https://mysignins.microsoft.com",
            "no url? here # none",
            "Reaching https://x.example/path.",
        ] {
            assert_eq!(without_queries(keep), keep);
        }
    }

    #[test]
    fn https_passes_everywhere() {
        assert!(service_url("https://mysignins.microsoft.com/security-info").is_ok());
        assert!(browser_url("https://help.contoso.com/mfa").is_ok());
    }

    #[test]
    fn plain_http_only_to_loopback() {
        for ok in [
            "http://127.0.0.1:8080/x",
            "http://127.1.2.3/",
            "http://[::1]:9/",
            "http://localhost:3000/",
            "http://LOCALHOST/",
        ] {
            assert!(service_url(ok).is_ok(), "{ok}");
            assert!(browser_url(ok).is_err(), "{ok}");
        }
        for bad in [
            "http://example.com/",
            "http://127.0.0.1.nip.io/",
            "http://10.0.0.1/",
            "http://localhost.evil.com/",
        ] {
            assert!(
                matches!(service_url(bad), Err(UrlError::PlainHttp(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn other_schemes_and_hostless_urls_are_refused() {
        assert!(matches!(
            service_url("ftp://example.com/"),
            Err(UrlError::NotHttps(_))
        ));
        assert!(matches!(
            service_url("file:///etc/passwd"),
            Err(UrlError::NoHost(_) | UrlError::NotHttps(_))
        ));
        assert!(matches!(
            service_url("not a url"),
            Err(UrlError::Invalid(..))
        ));
        assert!(service_url("javascript:alert(1)").is_err());
    }

    #[test]
    fn host_key_keeps_non_default_ports_only() {
        assert_eq!(
            host_key("https://Graph.Microsoft.com/v1.0").as_deref(),
            Some("graph.microsoft.com")
        );
        assert_eq!(
            host_key("https://graph.microsoft.com:443/v1.0").as_deref(),
            Some("graph.microsoft.com")
        );
        assert_eq!(
            host_key("https://portal.example:8443/").as_deref(),
            Some("portal.example:8443")
        );
        assert_eq!(
            host_key("http://127.0.0.1:8080/v1.0").as_deref(),
            Some("127.0.0.1:8080")
        );
        assert_eq!(host_key("http://[::1]:9/").as_deref(), Some("[::1]:9"));
        assert_eq!(host_key("nonsense"), None);
    }

    #[test]
    fn same_origin_compares_parsed_origins() {
        let base = Url::parse("http://127.0.0.1:9999/v1.0/me").unwrap();
        let next_ok = Url::parse("http://127.0.0.1:9999/v1.0/me?$skiptoken=x").unwrap();
        let sneaky = Url::parse("http://127.0.0.1:9999@evil.example/v1.0/me").unwrap();
        let other_port = Url::parse("http://127.0.0.1:9998/v1.0/me").unwrap();
        let other_scheme = Url::parse("https://127.0.0.1:9999/v1.0/me").unwrap();
        assert!(same_origin(&base, &next_ok));
        assert!(!same_origin(&base, &sneaky));
        assert!(!same_origin(&base, &other_port));
        assert!(!same_origin(&base, &other_scheme));
    }

    #[test]
    fn redact_removes_credentials() {
        assert_eq!(
            redact("http://alice:s3cret@proxy.corp:3128"),
            "http://proxy.corp:3128/"
        );
        assert_eq!(
            redact("https://portal.example/x"),
            "https://portal.example/x"
        );
        assert_eq!(
            redact_in_text("proxy http://bob:hunter2@10.1.1.1:8080 refused; see https://x.io/a"),
            "proxy http://10.1.1.1:8080 refused; see https://x.io/a"
        );
        assert!(!redact("http://u:p@ss@host/").contains("p@ss"));
    }

    #[test]
    fn errors_never_quote_a_password() {
        let e = service_url("http://user:topsecret@example.com/").unwrap_err();
        assert!(!e.to_string().contains("topsecret"), "{e}");
    }

    proptest! {
        #[test]
        fn redact_in_text_drops_any_password(
            user in "[a-z]{1,8}",
            pass in "[A-Za-z0-9]{6,12}",
            host in "[a-z]{1,10}\\.[a-z]{2,3}",
            prefix in "[ -~]{0,20}",
        ) {
            let text = format!("{prefix} http://{user}:{pass}@{host}:8080/x");
            let out = redact_in_text(&text);
            let leaked = format!(":{pass}@");
            prop_assert!(!out.contains(&leaked), "{}", out);
            prop_assert!(out.contains(&host));
        }
    }
}
