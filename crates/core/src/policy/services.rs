//! The enrollment service keys: `[graph]` (provider `entra`) and
//! `[enrollment_api]` (provider `custom`). Their URLs follow the one service rule
//! (https, or http to loopback for labs), the same rule sign-in applies.

use toml::Spanned;

use crate::provider::Provider;

use super::error::Checker;
use super::model::{EnrollmentApi, GraphSettings};
use super::raw::{RawEnrollmentApi, RawGraph};
use super::urls;

pub(super) fn check_graph(
    ck: &mut Checker<'_>,
    raw: Option<&Spanned<RawGraph>>,
    provider: Provider,
) -> GraphSettings {
    let mut g = GraphSettings::default();
    let Some(raw) = raw else {
        return g;
    };
    if provider != Provider::Entra {
        ck.err(
            raw.span(),
            "graph",
            format!(
                "[graph] applies to provider \"entra\" only (this policy's provider is \"{}\")",
                provider.id()
            ),
        );
    }
    let r = raw.get_ref();
    if let Some(id) = &r.client_id {
        let v = id.get_ref().trim();
        if v.is_empty() || v.contains(char::is_whitespace) {
            ck.err(
                id.span(),
                "graph.client_id",
                "must be the app registration's application (client) id, e.g. \"00000000-0000-0000-0000-000000000000\"",
            );
        }
        g.client_id = Some(v.to_owned());
    }
    if let Some(v) = &r.authority {
        g.authority = urls::service(ck, v, "graph.authority", true);
    }
    if let Some(v) = &r.base_url {
        g.base_url = urls::service(ck, v, "graph.base_url", true);
    }
    g
}

pub(super) fn check_enrollment_api(
    ck: &mut Checker<'_>,
    raw: Option<&Spanned<RawEnrollmentApi>>,
    provider: Provider,
) -> Option<EnrollmentApi> {
    let raw = raw?;
    if provider != Provider::Custom {
        ck.err(
            raw.span(),
            "enrollment_api",
            format!(
                "[enrollment_api] applies to provider \"custom\" only (this policy's provider is \"{}\")",
                provider.id()
            ),
        );
    }
    let base_url = urls::service(ck, &raw.get_ref().base_url, "enrollment_api.base_url", true);
    Some(EnrollmentApi { base_url })
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{VALID, assert_error, now};
    use crate::policy::{GraphSettings, parse};

    #[test]
    fn graph_defaults_and_overrides() {
        let p = parse(VALID, "policy.toml", now()).unwrap();
        assert_eq!(p.graph, GraphSettings::default());
        assert_eq!(p.graph.authority, "https://login.microsoftonline.com");
        assert_eq!(p.graph.base_url, "https://graph.microsoft.com/v1.0");
        assert_eq!(p.enrollment_api, None);
        let text = format!(
            "{VALID}\n[graph]\nclient_id = \"11111111-2222-3333-4444-555555555555\"\nauthority = \"http://127.0.0.1:9999/\"\nbase_url = \"https://graph.microsoft.us/v1.0\"\n"
        );
        let p = parse(&text, "policy.toml", now()).unwrap();
        assert_eq!(
            p.graph.client_id.as_deref(),
            Some("11111111-2222-3333-4444-555555555555")
        );
        assert_eq!(p.graph.authority, "http://127.0.0.1:9999");
        assert_eq!(p.graph.base_url, "https://graph.microsoft.us/v1.0");
        assert_eq!(
            p.enrollment_base_url(),
            Some("https://graph.microsoft.us/v1.0")
        );
    }

    #[test]
    fn graph_errors_are_located() {
        let base = VALID.lines().count();
        let text = format!("{VALID}\n[graph]\nbase_url = \"http://graph.example.com\"\n");
        assert_error(&text, base + 3, "graph.base_url", "must use https://");
        let text = format!("{VALID}\n[graph]\nauthority = \"http://login.example.com\"\n");
        assert_error(&text, base + 3, "graph.authority", "only for 127.0.0.1");
        let text = format!("{VALID}\n[graph]\nclient_id = \"\"\n");
        assert_error(&text, base + 3, "graph.client_id", "client) id");
        let text = format!("{VALID}\n[graph]\nscopes = \"x\"\n");
        assert_error(&text, base + 3, "graph.scopes", "unknown field");
        let text = format!("{VALID}\n[enrollment_api]\nbase_url = \"https://x.example\"\n");
        assert_error(
            &text,
            base + 2,
            "enrollment_api",
            "provider \"custom\" only",
        );
    }

    #[test]
    fn custom_provider_takes_an_enrollment_api() {
        let text = "schema = 1\norganization = \"Fabrikam\"\nprovider = \"custom\"\n[[portal]]\nname = \"Fabrikam MFA\"\nurl = \"https://mfa.fabrikam.example/setup\"\n[enrollment_api]\nbase_url = \"https://mfa.fabrikam.example/api/v1/\"\n";
        let p = parse(text, "policy.toml", now()).unwrap();
        assert_eq!(
            p.enrollment_base_url(),
            Some("https://mfa.fabrikam.example/api/v1")
        );
        assert_eq!(
            p.enrollment_api.map(|a| a.base_url).as_deref(),
            Some("https://mfa.fabrikam.example/api/v1")
        );
        let bad = text.replace(
            "https://mfa.fabrikam.example/api",
            "ftp://mfa.fabrikam.example/api",
        );
        assert_error(&bad, 8, "enrollment_api.base_url", "https");
        let graph = format!("{text}[graph]\nclient_id = \"x\"\n");
        assert_error(&graph, 9, "graph", "provider \"entra\" only");
    }
}
