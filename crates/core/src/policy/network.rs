//! `[network]`: IT's proxy rule, `proxy = "http://proxy.contoso.com:8080"`, `"system"`
//! (the operating system's settings only) or `"none"` (always direct). Without it the
//! environment's proxy variables come first, then the system's settings (`core::proxy`).

use toml::Spanned;

use crate::proxy::ProxyRule;

use super::error::Checker;
use super::model::Network;
use super::raw::RawNetwork;

/// Validates `[network]`.
pub(super) fn check(ck: &mut Checker<'_>, raw: Option<&Spanned<RawNetwork>>) -> Network {
    let mut out = Network::default();
    let Some(proxy) = raw.and_then(|r| r.get_ref().proxy.as_ref()) else {
        return out;
    };
    match ProxyRule::parse(proxy.get_ref()) {
        Ok(rule) => out.proxy = rule,
        Err(e) => ck.err(proxy.span(), "network.proxy", e.to_string()),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{VALID, assert_error, now};
    use crate::policy::parse;
    use crate::proxy::ProxyRule;

    #[test]
    fn the_proxy_rule_is_read_and_located() {
        let p = parse(VALID, "policy.toml", now()).unwrap();
        assert_eq!(p.network.proxy, ProxyRule::Automatic);
        let text = format!("{VALID}\n[network]\nproxy = \"system\"\n");
        assert_eq!(
            parse(&text, "policy.toml", now()).unwrap().network.proxy,
            ProxyRule::System
        );
        let text =
            format!("{VALID}\n[network]\nproxy = \"http://ops:s3cret@proxy.contoso.com:8080\"\n");
        let p = parse(&text, "policy.toml", now()).unwrap();
        let shown = serde_json::to_string(&p.network).unwrap();
        assert_eq!(shown, r#"{"proxy":"http://proxy.contoso.com:8080/"}"#);
        let base = VALID.lines().count();
        let text = format!("{VALID}\n[network]\nproxy = \"https://proxy.contoso.com:8443\"\n");
        assert_error(&text, base + 3, "network.proxy", "only http:// proxies");
        let text = format!("{VALID}\n[network]\nproxy = \"automatic\"\n");
        assert_error(&text, base + 3, "network.proxy", "\"system\", \"none\"");
        let text = format!("{VALID}\n[network]\nproxies = \"none\"\n");
        assert_error(&text, base + 3, "network.proxies", "unknown field");
    }
}
