//! The portal health keys: `probe_interval_s`, `extra_root_certs`,
//! `[[status_feed]]` and `[[connectivity_check]]`.

use toml::Spanned;

use crate::fault::Expectation;
use crate::provider::Provider;

use super::defaults::default_connectivity_checks;
use super::error::Checker;
use super::model::{
    ConnectivityCheckSpec, DEFAULT_PROBE_INTERVAL_S, PROBE_INTERVAL_RANGE_S, StatusFeed,
};
use super::raw::{RawConnectivityCheck, RawStatusFeed};
use super::urls;

pub(super) fn check_probe_interval(ck: &mut Checker<'_>, raw: Option<&Spanned<i64>>) -> u32 {
    let Some(v) = raw else {
        return DEFAULT_PROBE_INTERVAL_S;
    };
    match u32::try_from(*v.get_ref()) {
        Ok(n) if PROBE_INTERVAL_RANGE_S.contains(&n) => n,
        _ => {
            ck.err(
                v.span(),
                "probe_interval_s",
                format!(
                    "must be between {} and {} (seconds)",
                    PROBE_INTERVAL_RANGE_S.start(),
                    PROBE_INTERVAL_RANGE_S.end()
                ),
            );
            DEFAULT_PROBE_INTERVAL_S
        }
    }
}

pub(super) fn check_extra_root_certs(
    ck: &mut Checker<'_>,
    raw: Option<&Vec<Spanned<String>>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (i, c) in raw.into_iter().flatten().enumerate() {
        let path = c.get_ref().trim();
        if path.is_empty() {
            ck.err(
                c.span(),
                format!("extra_root_certs[{i}]"),
                "must be the path of a PEM file",
            );
        } else {
            out.push(path.to_owned());
        }
    }
    out
}

/// `[[status_feed]]`: the provider's feeds when the key is absent, none for `[]`.
pub(super) fn check_status_feeds(
    ck: &mut Checker<'_>,
    raw: Option<&Vec<Spanned<RawStatusFeed>>>,
    provider: Provider,
) -> Vec<StatusFeed> {
    let Some(list) = raw else {
        return provider.default_status_feeds();
    };
    let mut feeds = Vec::new();
    for (i, f) in list.iter().enumerate() {
        let f = f.get_ref();
        let name = f.name.get_ref().trim().to_owned();
        if name.is_empty() {
            ck.err(
                f.name.span(),
                format!("status_feed[{i}].name"),
                "must not be empty",
            );
        }
        let url = urls::service(ck, &f.url, &format!("status_feed[{i}].url"), false);
        feeds.push(StatusFeed {
            name,
            kind: *f.kind.get_ref(),
            url,
        });
    }
    feeds
}

/// `[[connectivity_check]]`: the OS checks when the key is absent, none for `[]`.
pub(super) fn check_connectivity(
    ck: &mut Checker<'_>,
    raw: Option<&Vec<Spanned<RawConnectivityCheck>>>,
) -> Vec<ConnectivityCheckSpec> {
    let Some(list) = raw else {
        return default_connectivity_checks();
    };
    let mut checks = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let span = c.span();
        let c = c.get_ref();
        let url = urls::connectivity(ck, &c.url, &format!("connectivity_check[{i}].url"));
        let expect = match (&c.expect_body, &c.expect_status) {
            (Some(b), None) => Expectation::Body(b.get_ref().clone()),
            (None, Some(st)) => match u16::try_from(*st.get_ref()) {
                Ok(code) if (100..=599).contains(&code) => Expectation::Status(code),
                _ => {
                    ck.err(
                        st.span(),
                        format!("connectivity_check[{i}].expect_status"),
                        "must be an HTTP status between 100 and 599",
                    );
                    Expectation::Status(204)
                }
            },
            _ => {
                ck.err(
                    span,
                    format!("connectivity_check[{i}]"),
                    "needs exactly one of expect_body (the exact text) or expect_status (e.g. 204)",
                );
                Expectation::Status(204)
            }
        };
        checks.push(ConnectivityCheckSpec { url, expect });
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{PROBING, VALID, assert_error, now, replace_line};
    use crate::feeds::FeedKind;
    use crate::policy::{StatusFeed, default_connectivity_checks, parse};

    #[test]
    fn probing_keys_parse() {
        let p = parse(PROBING, "policy.toml", now()).unwrap();
        assert_eq!(p.probe_interval_s, 120);
        assert_eq!(p.extra_root_certs, vec!["/etc/contoso/inspection-ca.pem"]);
        assert_eq!(
            p.status_feeds,
            vec![StatusFeed {
                name: "Contoso status".into(),
                kind: FeedKind::Statuspage,
                url: "https://status.contoso.com/api/v2/summary.json".into(),
            }]
        );
        assert_eq!(p.connectivity_checks.len(), 2);
        assert_eq!(
            p.connectivity_checks[0].expect,
            super::Expectation::Body("Microsoft Connect Test".into())
        );
        assert_eq!(
            p.connectivity_checks[1].expect,
            super::Expectation::Status(204)
        );
    }

    #[test]
    fn probing_defaults_come_from_the_provider() {
        let p = parse(VALID, "policy.toml", now()).unwrap();
        assert_eq!(p.probe_interval_s, super::DEFAULT_PROBE_INTERVAL_S);
        assert!(p.extra_root_certs.is_empty());
        assert_eq!(p.status_feeds.len(), 1);
        assert_eq!(p.status_feeds[0].kind, FeedKind::Rss);
        assert_eq!(
            p.status_feeds[0].url,
            "https://rssfeed.azure.status.microsoft/en-us/status/feed/"
        );
        assert_eq!(p.connectivity_checks, default_connectivity_checks());
        assert_eq!(
            p.connectivity_checks[0].url,
            "http://www.msftconnecttest.com/connecttest.txt"
        );
    }

    #[test]
    fn empty_lists_switch_feeds_and_checks_off() {
        let text = "schema = 1\norganization = \"C\"\nstatus_feed = []\nconnectivity_check = []\n";
        let p = parse(text, "p.toml", now()).unwrap();
        assert!(p.status_feeds.is_empty());
        assert!(p.connectivity_checks.is_empty());
    }

    #[test]
    fn malformed_probe_interval() {
        for bad in [
            "probe_interval_s = 5",
            "probe_interval_s = -1",
            "probe_interval_s = 100000",
        ] {
            let text = replace_line(PROBING, 4, bad);
            assert_error(&text, 4, "probe_interval_s", "between 60 and 86400");
        }
        let text = replace_line(PROBING, 4, "probe_interval_s = \"often\"");
        assert_error(&text, 4, "probe_interval_s", "whole number");
    }

    #[test]
    fn malformed_extra_root_certs() {
        let text = replace_line(PROBING, 5, "extra_root_certs = [\"  \"]");
        assert_error(&text, 5, "extra_root_certs[0]", "PEM");
        let text = replace_line(PROBING, 5, "extra_root_certs = \"/x.pem\"");
        assert_error(&text, 5, "extra_root_certs", "list");
    }

    #[test]
    fn malformed_status_feed() {
        let text = replace_line(PROBING, 14, "url = \"http://status.contoso.com/x\"");
        assert_error(&text, 14, "status_feed[0].url", "https://");
        let text = replace_line(PROBING, 13, "kind = \"atom\"");
        assert_error(&text, 13, "status_feed[0].kind", "unknown variant");
        let text = replace_line(PROBING, 12, "name = \"\"");
        assert_error(&text, 12, "status_feed[0].name", "must not be empty");
        let text = replace_line(PROBING, 12, "nam = \"x\"");
        assert_error(&text, 12, "status_feed[0].nam", "unknown field");
    }

    #[test]
    fn status_feeds_take_loopback_http_like_portals() {
        let text = replace_line(PROBING, 14, "url = \"http://127.0.0.1:9000/summary.json\"");
        let p = parse(&text, "policy.toml", now()).unwrap();
        assert_eq!(p.status_feeds[0].url, "http://127.0.0.1:9000/summary.json");
    }

    #[test]
    fn malformed_connectivity_check() {
        let text = replace_line(PROBING, 17, "url = \"ftp://x/\"");
        assert_error(&text, 17, "connectivity_check[0].url", "http://");
        let text = replace_line(PROBING, 17, "url = \"http://\"");
        assert_error(&text, 17, "connectivity_check[0].url", "with a host");
        let text = replace_line(PROBING, 22, "expect_status = 1000");
        assert_error(
            &text,
            22,
            "connectivity_check[1].expect_status",
            "100 and 599",
        );
        let text = replace_line(PROBING, 22, "expect_body = \"x\"\nexpect_status = 204");
        let e = assert_error(&text, 20, "connectivity_check[1]", "exactly one");
        assert!(e.column >= 1);
    }

    #[test]
    fn connectivity_checks_may_be_plain_http_anywhere() {
        // Captive portals only intercept plain http: the README's example stays valid.
        let text = replace_line(
            PROBING,
            17,
            "url = \"http://www.msftconnecttest.com/connecttest.txt\"",
        );
        let p = parse(&text, "policy.toml", now()).unwrap();
        assert_eq!(
            p.connectivity_checks[0].url,
            "http://www.msftconnecttest.com/connecttest.txt"
        );
    }
}
