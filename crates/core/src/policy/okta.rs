//! `[okta]` (provider `okta`): the org's address `org_url` and MFA Ready's app
//! `client_id` (an OIDC native app: PKCE, no secret), and how the org agrees with the
//! top-level `tenant`: either may be left out (`org_url` is then `https://{tenant}`,
//! `tenant` the org's host); given both, they must name the same org.

use toml::Spanned;

use crate::provider::Provider;
use crate::weburl;

use super::error::Checker;
use super::model::OktaSettings;
use super::raw::RawOkta;
use super::urls;

/// Validates `[okta]` against the provider and `tenant` (as the top-level check read
/// it). Returns the settings (provider `okta` only) and the tenant in force.
pub(super) fn check(
    ck: &mut Checker<'_>,
    raw: Option<&Spanned<RawOkta>>,
    provider: Provider,
    tenant: Option<String>,
) -> (Option<OktaSettings>, Option<String>) {
    if let Some(raw) = raw
        && provider != Provider::Okta
    {
        ck.err(
            raw.span(),
            "okta",
            format!(
                "[okta] applies to provider \"okta\" only (this policy's provider is \"{}\")",
                provider.id()
            ),
        );
    }
    let r = raw.map(Spanned::get_ref);
    let client_id = r.and_then(|r| r.client_id.as_ref()).map(|id| {
        let v = id.get_ref().trim();
        if v.is_empty() || v.contains(char::is_whitespace) {
            ck.err(
                id.span(),
                "okta.client_id",
                "must be the Okta app's client id, e.g. \"0oa1b2c3d4e5f6g7h8i9\"",
            );
        }
        v.to_owned()
    });
    let org_url = r
        .and_then(|r| r.org_url.as_ref())
        .map(|v| check_org_url(ck, v, tenant.as_deref()));
    if provider != Provider::Okta {
        return (None, tenant);
    }
    let (org_url, tenant) = match (org_url, tenant) {
        (Some((url, host)), tenant) => (Some(url), tenant.or(host)),
        (None, Some(t)) => (Some(format!("https://{t}")), Some(t)),
        // The top-level check already said that one of them is needed.
        (None, None) => (None, None),
    };
    let settings = org_url.map(|org_url| OktaSettings { org_url, client_id });
    (settings, tenant)
}

/// `org_url`: the one service rule, an origin (no path, query or fragment), the same
/// host as `tenant` when both are given. Returns the URL without a trailing `/` and
/// its host key (`host[:port]`, the tenant it implies).
fn check_org_url(
    ck: &mut Checker<'_>,
    value: &Spanned<String>,
    tenant: Option<&str>,
) -> (String, Option<String>) {
    let errors_before = ck.count();
    let url = urls::service(ck, value, "okta.org_url", true);
    if ck.count() != errors_before {
        return (url, None);
    }
    let Ok(parsed) = weburl::service_url(&url) else {
        return (url, None);
    };
    if parsed.path() != "/" || parsed.query().is_some() || parsed.fragment().is_some() {
        ck.err(
            value.span(),
            "okta.org_url",
            "must be the Okta org's address without a path, e.g. \"https://contoso.okta.com\"",
        );
        return (url, None);
    }
    let host = weburl::host_key_of(&parsed);
    if let (Some(t), Some(h)) = (tenant, host.as_deref())
        && !t.eq_ignore_ascii_case(h)
    {
        ck.err(
            value.span(),
            "okta.org_url",
            format!(
                "is on {h} but `tenant` is \"{t}\": both must name the same Okta org (or leave one out)"
            ),
        );
    }
    (url, host)
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{assert_error, now};
    use crate::methods::{MethodKind, SetupIds};
    use crate::policy::parse;

    const HEAD: &str = "schema = 1\norganization = \"Contoso\"\nprovider = \"okta\"\n";

    #[test]
    fn tenant_alone_is_the_org_as_before() {
        let p = parse(
            &format!("{HEAD}tenant = \"contoso.okta.com\"\n"),
            "p.toml",
            now(),
        )
        .unwrap();
        let okta = p.okta.as_ref().unwrap();
        assert_eq!(okta.org_url, "https://contoso.okta.com");
        assert_eq!(okta.client_id, None);
        assert_eq!(p.enrollment_base_url(), Some("https://contoso.okta.com"));
        assert_eq!(
            p.setup_link(MethodKind::SecurityKey),
            "https://contoso.okta.com/enduser/settings"
        );
        assert_eq!(
            p.portals[0].url,
            "https://contoso.okta.com/enduser/settings"
        );
    }

    #[test]
    fn org_url_alone_gives_the_tenant_and_deep_links() {
        let text = format!(
            "{HEAD}\n[okta]\norg_url = \"https://Contoso.okta.com/\"\nclient_id = \"0oa1b2c3\"\n"
        );
        let p = parse(&text, "p.toml", now()).unwrap();
        assert_eq!(p.tenant.as_deref(), Some("contoso.okta.com"));
        let okta = p.okta.as_ref().unwrap();
        assert_eq!(okta.org_url, "https://Contoso.okta.com");
        assert_eq!(okta.client_id.as_deref(), Some("0oa1b2c3"));
        let mut ids = SetupIds::default();
        ids.insert(MethodKind::SecurityKey, "aut3jiaiZukD4Ta0Z0g5");
        // Ids another org gave are never used: the settings page instead.
        let other = ids.clone().from_service("fabrikam.okta.com");
        assert_eq!(
            p.setup_link_with(MethodKind::SecurityKey, &other),
            "https://Contoso.okta.com/enduser/settings"
        );
        let ids = ids.from_service("contoso.okta.com");
        assert_eq!(
            p.setup_link_with(MethodKind::SecurityKey, &ids),
            "https://Contoso.okta.com/idp/bootstrap/enroll-authenticator/aut3jiaiZukD4Ta0Z0g5"
        );
        assert_eq!(
            p.setup_link_with(MethodKind::AuthenticatorApp, &ids),
            "https://Contoso.okta.com/enduser/settings"
        );
        // A loopback org for labs and tests: its portal is the org's, not https://127.0.0.1.
        let lab = parse(
            &format!("{HEAD}\n[okta]\norg_url = \"http://127.0.0.1:8080\"\n"),
            "p.toml",
            now(),
        )
        .unwrap();
        assert_eq!(lab.tenant.as_deref(), Some("127.0.0.1:8080"));
        assert_eq!(lab.portals[0].url, "http://127.0.0.1:8080/enduser/settings");
    }

    #[test]
    fn both_must_agree() {
        let text = format!(
            "{HEAD}tenant = \"contoso.okta.com\"\n\n[okta]\norg_url = \"https://contoso.okta.com\"\n"
        );
        assert!(parse(&text, "p.toml", now()).is_ok());
        let text = format!(
            "{HEAD}tenant = \"contoso.okta.com\"\n\n[okta]\norg_url = \"https://fabrikam.okta.com\"\n"
        );
        assert_error(&text, 7, "okta.org_url", "same Okta org");
    }

    #[test]
    fn okta_errors_are_located() {
        let at = |body: &str| format!("{HEAD}\n[okta]\n{body}\n");
        assert_error(
            &at("org_url = \"http://contoso.okta.com\""),
            6,
            "okta.org_url",
            "https",
        );
        assert_error(
            &at("org_url = \"https://contoso.okta.com/oauth2/default\""),
            6,
            "okta.org_url",
            "without a path",
        );
        assert_error(
            &at("org_url = \"https://contoso.okta.com\"\nclient_id = \" \""),
            7,
            "okta.client_id",
            "client id",
        );
        assert_error(&at("scopes = \"x\""), 6, "okta.scopes", "unknown field");
        // Neither tenant nor org_url: the message the policy always gave.
        assert_error(&at("client_id = \"0oa1\""), 3, "tenant", "needs `tenant`");
        let entra = "schema = 1\norganization = \"C\"\nprovider = \"entra\"\n\n[okta]\norg_url = \"https://contoso.okta.com\"\n";
        assert_error(entra, 5, "okta", "provider \"okta\" only");
    }
}
