//! `[[portal]]`: the registration pages that are probed (and, for `custom`, the
//! setup page). https, or http to loopback for labs.

use toml::Spanned;

use crate::provider::Provider;

use super::error::Checker;
use super::model::{DEFAULT_SLOW_MS, DEFAULT_TIMEOUT_MS, Portal};
use super::raw::RawPortal;
use super::urls;

/// Validates the portals; the provider's defaults when none are listed.
/// `provider_span` locates the "custom needs a portal" error.
pub(super) fn check(
    ck: &mut Checker<'_>,
    raw: &[Spanned<RawPortal>],
    provider: Provider,
    provider_span: std::ops::Range<usize>,
    tenant: Option<&str>,
) -> Vec<Portal> {
    let portals: Vec<Portal> = raw
        .iter()
        .enumerate()
        .map(|(i, p)| check_one(ck, i, p.get_ref()))
        .collect();
    if !portals.is_empty() {
        return portals;
    }
    if provider == Provider::Custom {
        ck.err(
            provider_span,
            "portal",
            "provider \"custom\" needs at least one [[portal]] (its first one is the setup page)",
        );
    }
    provider.default_portals(tenant)
}

fn check_one(ck: &mut Checker<'_>, i: usize, p: &RawPortal) -> Portal {
    let name = p.name.get_ref().trim().to_owned();
    if name.is_empty() {
        ck.err(
            p.name.span(),
            format!("portal[{i}].name"),
            "must not be empty",
        );
    }
    let url = urls::service(ck, &p.url, &format!("portal[{i}].url"), false);
    let timeout_ms = match &p.timeout_ms {
        Some(t) => match u32::try_from(*t.get_ref()) {
            Ok(v) if (100..=120_000).contains(&v) => v,
            _ => {
                ck.err(
                    t.span(),
                    format!("portal[{i}].timeout_ms"),
                    "must be between 100 and 120000 (milliseconds)",
                );
                DEFAULT_TIMEOUT_MS
            }
        },
        None => DEFAULT_TIMEOUT_MS,
    };
    let slow_ms = match &p.slow_ms {
        Some(s) => match u32::try_from(*s.get_ref()) {
            Ok(v) if v >= 1 && v < timeout_ms => v,
            _ => {
                ck.err(
                    s.span(),
                    format!("portal[{i}].slow_ms"),
                    format!("must be at least 1 and less than timeout_ms ({timeout_ms})"),
                );
                DEFAULT_SLOW_MS
            }
        },
        None => DEFAULT_SLOW_MS.min(timeout_ms.saturating_sub(1)).max(1),
    };
    Portal {
        name,
        url,
        slow_ms,
        timeout_ms,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{VALID, assert_error, now, replace_line};
    use crate::policy::parse;

    #[test]
    fn malformed_http_portal_url() {
        let text = replace_line(VALID, 21, "url = \"http://mysignins.microsoft.com/\"");
        assert_error(
            &text,
            21,
            "portal[0].url",
            "only for 127.0.0.1 and localhost",
        );
    }

    #[test]
    fn loopback_http_portal_is_allowed_for_labs() {
        let text = replace_line(VALID, 21, "url = \"http://127.0.0.1:8080/security-info\"");
        let p = parse(&text, "policy.toml", now()).unwrap();
        assert_eq!(p.portals[0].url, "http://127.0.0.1:8080/security-info");
        let text = replace_line(VALID, 21, "url = \"http://localhost:8080/\"");
        assert!(parse(&text, "policy.toml", now()).is_ok());
    }

    #[test]
    fn malformed_not_a_url() {
        let text = replace_line(VALID, 21, "url = \"mysignins\"");
        assert_error(&text, 21, "portal[0].url", "not a valid URL");
    }

    #[test]
    fn a_portal_url_error_never_quotes_a_password() {
        let text = replace_line(VALID, 21, "url = \"http://admin:hunter2@portal.example/\"");
        let e = assert_error(&text, 21, "portal[0].url", "must use https://");
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }

    #[test]
    fn malformed_slow_not_below_timeout() {
        let text = replace_line(VALID, 22, "slow_ms = 20000");
        assert_error(
            &text,
            22,
            "portal[0].slow_ms",
            "less than timeout_ms (10000)",
        );
    }

    #[test]
    fn malformed_timeout_out_of_range() {
        let text = replace_line(VALID, 23, "timeout_ms = -5");
        assert_error(&text, 23, "portal[0].timeout_ms", "between 100 and 120000");
    }

    #[test]
    fn malformed_unknown_key_in_portal() {
        let text = replace_line(VALID, 22, "slowms = 2000");
        assert_error(&text, 22, "portal[0].slowms", "unknown field");
    }

    #[test]
    fn malformed_custom_without_portal() {
        let text = "schema = 1\norganization = \"X\"\nprovider = \"custom\"\n";
        assert_error(text, 3, "portal", "at least one [[portal]]");
    }
}
