//! Every URL key of the policy goes through the one rule of `core::weburl`, here:
//! services the app talks to (portals, status feeds, `[graph]` authority and
//! base_url, `[enrollment_api]`) with [`weburl::service_url`] (https, or http to
//! loopback), pages opened in the browser (`[helpdesk] url`) with
//! [`weburl::browser_url`] (https only). Connectivity checks are the one documented
//! exception: they are plain http by design (a captive portal only intercepts http),
//! so they may use http to any host, and are never opened in a browser.

use toml::Spanned;

use crate::weburl::{self, UrlError};

use super::error::Checker;

/// Checks a service URL key; records a located error if it breaks the rule.
/// Returns the value trimmed (and without a trailing `/` when `trim_slash`).
pub(super) fn service(
    ck: &mut Checker<'_>,
    value: &Spanned<String>,
    field: &str,
    trim_slash: bool,
) -> String {
    if let Err(e) = weburl::service_url(value.get_ref()) {
        ck.err(value.span(), field, e.to_string());
    }
    trimmed(value.get_ref(), trim_slash)
}

/// Checks a page opened in the user's browser (https only).
pub(super) fn browser(ck: &mut Checker<'_>, value: &Spanned<String>, field: &str) -> String {
    if let Err(e) = weburl::browser_url(value.get_ref()) {
        ck.err(value.span(), field, e.to_string());
    }
    trimmed(value.get_ref(), false)
}

/// Checks a connectivity check URL: http or https, any host.
pub(super) fn connectivity(ck: &mut Checker<'_>, value: &Spanned<String>, field: &str) -> String {
    let url = trimmed(value.get_ref(), false);
    match weburl::service_url(&url) {
        Ok(_) | Err(UrlError::PlainHttp(_)) => {}
        Err(_) => ck.err(
            value.span(),
            field,
            format!(
                "\"{}\" must be an http:// or https:// URL with a host",
                weburl::redact(&url)
            ),
        ),
    }
    url
}

fn trimmed(value: &str, trim_slash: bool) -> String {
    let v = value.trim();
    if trim_slash {
        v.trim_end_matches('/').to_owned()
    } else {
        v.to_owned()
    }
}

/// The one URL rule with the shape older callers use: `allow_loopback_http` picks
/// [`weburl::service_url`] (true) or [`weburl::browser_url`] (false).
///
/// Kept so that code outside the policy compiles while it moves to `core::weburl`.
pub fn check_https(url: &str, allow_loopback_http: bool) -> Result<(), UrlError> {
    let checked = if allow_loopback_http {
        weburl::service_url(url)
    } else {
        weburl::browser_url(url)
    };
    checked.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_https_delegates_to_the_one_rule() {
        assert!(check_https("https://x.example/", false).is_ok());
        assert!(check_https("http://127.0.0.1:8080/", true).is_ok());
        assert!(check_https("http://127.0.0.1:8080/", false).is_err());
        let e = check_https("http://x.example/", true).unwrap_err();
        assert!(matches!(e, UrlError::PlainHttp(_)), "{e}");
        assert!(
            e.to_string().contains("only for 127.0.0.1 and localhost"),
            "{e}"
        );
        assert!(check_https("ftp://x.example/", true).is_err());
    }
}
