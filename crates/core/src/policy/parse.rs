//! Text to [`Policy`]: raw TOML first, then one validator per section, then the
//! model. The top-level keys (`schema`, `organization`, `provider`, `tenant`) are
//! checked here.

use jiff::Timestamp;
use toml::Spanned;

use crate::provider::Provider;

use super::defaults::EMBEDDED_DEFAULT;
use super::error::{Checker, PolicyErrors};
use super::model::{LanguageRule, Policy, SCHEMA_VERSION};
use super::raw::{self, RawPolicy};
use super::{device, enrollment, helpdesk, network, okta, portals, probing, reminders, services};
use mfa_ready_i18n::Lang;

/// Parses and validates a policy. `file` is the name used in error messages.
pub fn parse(text: &str, file: &str, now: Timestamp) -> Result<Policy, PolicyErrors> {
    let raw = raw::deserialize(text, file)?;
    let mut ck = Checker::new(text, file);
    let mut top = check_top(&mut ck, &raw);
    let (okta_settings, tenant) = okta::check(&mut ck, raw.okta.as_ref(), top.provider, top.tenant);
    top.tenant = tenant;
    let provider_span = raw.provider.as_ref().map_or(0..0, Spanned::span);
    let enrollment = enrollment::check(&mut ck, raw.enrollment.as_ref(), top.provider, now);
    let helpdesk = raw.helpdesk.as_ref().map(|h| helpdesk::check(&mut ck, h));
    // An Okta org's default portal is on the org (a lab's loopback org included).
    let portal_domain = match &okta_settings {
        Some(o) if raw.portal.is_empty() => Some(o.org_url.clone()),
        _ => None,
    };
    let mut portals = portals::check(
        &mut ck,
        &raw.portal,
        top.provider,
        provider_span,
        top.tenant.as_deref(),
    );
    if let Some(org) = portal_domain {
        for p in &mut portals {
            p.url = format!("{org}/enduser/settings");
        }
    }
    let probe_interval_s = probing::check_probe_interval(&mut ck, raw.probe_interval_s.as_ref());
    let extra_root_certs = probing::check_extra_root_certs(&mut ck, raw.extra_root_certs.as_ref());
    let status_feeds = probing::check_status_feeds(&mut ck, raw.status_feed.as_ref(), top.provider);
    let connectivity_checks = probing::check_connectivity(&mut ck, raw.connectivity_check.as_ref());
    let graph = services::check_graph(&mut ck, raw.graph.as_ref(), top.provider);
    let enrollment_api =
        services::check_enrollment_api(&mut ck, raw.enrollment_api.as_ref(), top.provider);
    let reminders = reminders::check(&mut ck, raw.reminders.as_ref());
    let language = check_language(&mut ck, raw.language.as_ref());
    let device = device::check(&mut ck, raw.device.as_ref());
    let network = network::check(&mut ck, raw.network.as_ref());
    ck.finish()?;
    Ok(Policy {
        schema: SCHEMA_VERSION,
        organization: top.organization,
        provider: top.provider,
        tenant: top.tenant,
        enrollment,
        helpdesk,
        portals,
        probe_interval_s,
        extra_root_certs,
        status_feeds,
        connectivity_checks,
        graph,
        enrollment_api,
        okta: okta_settings,
        reminders,
        language,
        device,
        network,
    })
}

impl Policy {
    /// Parses the embedded default policy.
    pub fn embedded_default(now: Timestamp) -> Result<Self, PolicyErrors> {
        parse(EMBEDDED_DEFAULT, "<embedded default>", now)
    }
}

/// The top-level keys every other section depends on.
struct Top {
    organization: String,
    provider: Provider,
    tenant: Option<String>,
}

fn check_top(ck: &mut Checker<'_>, raw: &RawPolicy) -> Top {
    let schema = *raw.schema.get_ref();
    if schema != i64::from(SCHEMA_VERSION) {
        ck.err(
            raw.schema.span(),
            "schema",
            format!("unsupported schema {schema}: this version of MFA Ready reads schema {SCHEMA_VERSION}"),
        );
    }
    let organization = raw.organization.get_ref().trim().to_owned();
    if organization.is_empty() {
        ck.err(raw.organization.span(), "organization", "must not be empty");
    }
    let provider = raw
        .provider
        .as_ref()
        .map_or(Provider::Entra, |p| *p.get_ref());
    let tenant = raw.tenant.as_ref().map(|t| check_tenant(ck, t));
    let org_url = raw.okta.as_ref().and_then(|o| o.get_ref().org_url.as_ref());
    if provider == Provider::Okta && tenant.is_none() && org_url.is_none() {
        let span = raw.provider.as_ref().map_or(0..0, Spanned::span);
        ck.err(
            span,
            "tenant",
            "provider \"okta\" needs `tenant`, your Okta domain (e.g. \"contoso.okta.com\"), or [okta] org_url",
        );
    }
    Top {
        organization,
        provider,
        tenant,
    }
}

/// `language`: each tag must name a language MFA Ready speaks, exactly or by its region
/// falling away (`de-AT` is German); at least one in a list; no language twice.
fn check_language(ck: &mut Checker<'_>, raw: Option<&Spanned<raw::RawLanguage>>) -> LanguageRule {
    let Some(raw) = raw else {
        return LanguageRule::Any;
    };
    let span = raw.span();
    let shipped = Lang::SHIPPED
        .iter()
        .map(|l| l.tag())
        .collect::<Vec<_>>()
        .join(", ");
    let mut one = |tag: &str| -> Option<Lang> {
        let found = Lang::SHIPPED.into_iter().find(|l| matches_tag(tag, *l));
        if found.is_none() {
            ck.err(
                span.clone(),
                "language",
                format!(
                    "\"{}\" is not a language MFA Ready speaks ({shipped})",
                    crate::text::single_line_capped(tag, 40)
                ),
            );
        }
        found
    };
    match raw.get_ref() {
        raw::RawLanguage::One(tag) => one(tag).map_or(LanguageRule::Any, LanguageRule::Required),
        raw::RawLanguage::Many(tags) => {
            let mut list: Vec<Lang> = Vec::new();
            for tag in tags {
                if let Some(l) = one(tag)
                    && !list.contains(&l)
                {
                    list.push(l);
                }
            }
            if tags.is_empty() {
                ck.err(
                    span.clone(),
                    "language",
                    "must list at least one language (or leave it out)",
                );
            }
            LanguageRule::Allowed(list)
        }
    }
}

/// Whether `tag` (`de`, `de-AT`, `de_DE`) is a form of `lang`: its language part is `lang`'s.
fn matches_tag(tag: &str, lang: Lang) -> bool {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
    primary.eq_ignore_ascii_case(lang.tag())
}

fn check_tenant(ck: &mut Checker<'_>, t: &Spanned<String>) -> String {
    let value = t.get_ref().trim();
    if value.is_empty() {
        ck.err(
            t.span(),
            "tenant",
            "must not be empty (leave it out instead)",
        );
    } else if value.contains("://")
        || value.contains(['/', '\\', '@', '?', '#'])
        || value.contains(char::is_whitespace)
    {
        ck.err(
            t.span(),
            "tenant",
            "must be a bare domain such as \"contoso.onmicrosoft.com\" (no https://, no path)",
        );
    }
    value.to_owned()
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{VALID, assert_error, now, replace_line};
    use super::*;
    use crate::methods::MethodKind;

    #[test]
    fn parses_the_issue_example() {
        let p = parse(VALID, "policy.toml", now()).unwrap();
        assert_eq!(p.organization, "Contoso");
        assert_eq!(p.provider, Provider::Entra);
        assert_eq!(p.tenant.as_deref(), Some("contoso.onmicrosoft.com"));
        assert_eq!(
            p.enrollment.deadline,
            Some("2026-12-15T16:00:00Z".parse().unwrap())
        );
        assert_eq!(p.enrollment.new_user_days, Some(14));
        assert_eq!(p.enrollment.min_methods, 2);
        assert_eq!(p.enrollment.min_phishing_resistant, 1);
        assert_eq!(p.enrollment.allowed_methods.len(), 6);
        assert!(p.allows(MethodKind::SecurityKey));
        assert!(!p.allows(MethodKind::PhoneVoice));
        let h = p.helpdesk.as_ref().unwrap();
        assert_eq!(h.email.as_deref(), Some("servicedesk@contoso.com"));
        assert_eq!(p.portals.len(), 1);
        assert_eq!(p.portals[0].slow_ms, 2000);
        assert_eq!(
            p.setup_link(MethodKind::Passkey),
            "https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com"
        );
    }

    #[test]
    fn embedded_default_is_valid_and_as_specified() {
        let p = Policy::embedded_default(now()).unwrap();
        assert_eq!(p.provider, Provider::Entra);
        assert_eq!(p.enrollment.deadline, None);
        assert_eq!(p.enrollment.min_methods, 2);
        assert_eq!(p.enrollment.min_phishing_resistant, 0);
        assert_eq!(p.enrollment.allowed_methods, MethodKind::ALL.to_vec());
        assert!(!p.portals.is_empty());
        assert!(p.portals.iter().all(|p| p.url.starts_with("https://")));
    }

    #[test]
    fn minimal_policy_gets_provider_defaults() {
        let p = parse(
            "schema = 1\norganization = \"Fabrikam\"\nprovider = \"google\"\n",
            "p.toml",
            now(),
        )
        .unwrap();
        assert_eq!(p.enrollment.min_methods, 2);
        assert_eq!(
            p.enrollment.allowed_methods,
            Provider::Google.default_methods()
        );
        assert_eq!(p.portals.len(), 1);
        assert!(p.helpdesk.is_none());
        assert_eq!(p.enrollment_base_url(), None);
    }

    #[test]
    fn malformed_unknown_top_level_key() {
        let text = VALID.replace("tenant = ", "tennant = ");
        assert_error(&text, 4, "tennant", "unknown field `tennant`");
    }

    #[test]
    fn malformed_wrong_type_organization() {
        let text = replace_line(VALID, 2, "organization = 42");
        assert_error(&text, 2, "organization", "invalid type");
    }

    #[test]
    fn malformed_unknown_provider() {
        let text = replace_line(VALID, 3, "provider = \"azure\"");
        assert_error(&text, 3, "provider", "unknown variant `azure`");
    }

    #[test]
    fn malformed_schema_version() {
        let text = replace_line(VALID, 1, "schema = 2");
        assert_error(&text, 1, "schema", "unsupported schema 2");
    }

    #[test]
    fn malformed_missing_organization() {
        let text = replace_line(VALID, 2, "");
        let errs = parse(&text, "policy.toml", now()).unwrap_err();
        let e = errs.first().unwrap();
        assert!(e.message.contains("missing field `organization`"), "{e}");
        assert!(e.message.contains("required at the top of the file"), "{e}");
    }

    #[test]
    fn malformed_toml_syntax_names_the_line() {
        let text = replace_line(VALID, 9, "min_methods = = 2");
        let errs = parse(&text, "policy.toml", now()).unwrap_err();
        let e = errs.first().unwrap();
        assert_eq!(e.line, 9, "{e}");
        assert!(e.message.starts_with("not valid TOML"), "{e}");
    }

    #[test]
    fn malformed_okta_without_tenant() {
        let text = "schema = 1\norganization = \"X\"\nprovider = \"okta\"\n";
        assert_error(text, 3, "tenant", "needs `tenant`");
    }

    #[test]
    fn malformed_tenant_with_scheme() {
        let text = replace_line(VALID, 4, "tenant = \"https://contoso.onmicrosoft.com\"");
        assert_error(&text, 4, "tenant", "bare domain");
        // An Okta org is built from the tenant as https://{tenant}: no user info, query
        // or fragment may turn it into another host.
        for bad in [
            "ops@evil.example",
            "contoso.okta.com?x",
            "contoso.okta.com#x",
            "a\\\\b",
        ] {
            let text = replace_line(VALID, 4, &format!("tenant = \"{bad}\""));
            assert_error(&text, 4, "tenant", "bare domain");
        }
    }

    #[test]
    fn several_errors_are_all_reported() {
        let text = replace_line(
            &replace_line(VALID, 8, "new_user_days = 900"),
            15,
            "url = \"ftp://x\"",
        );
        let errs = parse(&text, "policy.toml", now()).unwrap_err();
        assert_eq!(errs.0.len(), 2, "{errs}");
        assert_eq!(errs.to_string().lines().count(), 2);
    }

    #[test]
    fn language_is_one_required_or_a_list_allowed() {
        let now: Timestamp = "2026-12-01T00:00:00Z".parse().unwrap();
        // A top-level key goes before the first table.
        let with = |line: &str| {
            parse(
                &VALID.replacen("\n", &format!("\n{line}\n"), 1),
                "p.toml",
                now,
            )
        };
        assert_eq!(with("").unwrap().language, LanguageRule::Any);
        assert_eq!(
            with("language = \"de-AT\"").unwrap().language,
            LanguageRule::Required(Lang::De)
        );
        assert_eq!(
            with("language = [\"ja\", \"en\", \"ja-JP\"]")
                .unwrap()
                .language,
            LanguageRule::Allowed(vec![Lang::Ja, Lang::En])
        );
        let errs = with("language = \"it\"").unwrap_err().to_string();
        assert!(
            errs.contains("language") && errs.contains("\"it\""),
            "{errs}"
        );
        assert!(with("language = []").is_err());
        assert!(with("language = 3").is_err());
    }

    #[test]
    fn the_language_is_the_required_one_else_the_choice_else_the_system() {
        let any = LanguageRule::Any;
        assert_eq!(any.choose(None, &["de_AT.UTF-8"]), Lang::De);
        assert_eq!(any.choose(Some(Lang::Ja), &["de_AT.UTF-8"]), Lang::Ja);
        assert_eq!(any.choose(None, &["it_IT.UTF-8"]), Lang::En);
        let required = LanguageRule::Required(Lang::Fr);
        assert_eq!(required.choose(Some(Lang::Ja), &["de"]), Lang::Fr);
        assert!(!required.user_may_choose());
        let allowed = LanguageRule::Allowed(vec![Lang::De, Lang::Ja]);
        assert_eq!(allowed.choose(Some(Lang::Fr), &["ja-JP"]), Lang::Ja);
        assert_eq!(
            allowed.choose(None, &["fr-FR"]),
            Lang::De,
            "the first allowed"
        );
        assert_eq!(allowed.choose(Some(Lang::De), &["ja-JP"]), Lang::De);
    }
}
