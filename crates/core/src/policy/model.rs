//! The validated policy: what the rest of the app reads.
//!
//! Every value here passed its section's validator; URLs passed the one URL rule of
//! `core::weburl` (helpdesk pages: https only; services: https or loopback http).

use jiff::Timestamp;
use mfa_ready_i18n::Lang;
use serde::Serialize;

use crate::device::DeviceRule;
use crate::fault::Expectation;
use crate::feeds::FeedKind;
use crate::methods::{MethodKind, SetupIds, percent_encode_query};
use crate::provider::Provider;
use crate::proxy::ProxyRule;
use crate::reminders::Reminders;

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Probe every this many seconds when the policy says nothing.
pub const DEFAULT_PROBE_INTERVAL_S: u32 = 300;
/// Allowed range of `probe_interval_s`.
pub const PROBE_INTERVAL_RANGE_S: std::ops::RangeInclusive<u32> = 60..=86_400;

pub const DEFAULT_SLOW_MS: u32 = 2_000;
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;
pub const DEFAULT_MIN_METHODS: u32 = 2;

/// Default `[graph] authority`.
pub const DEFAULT_GRAPH_AUTHORITY: &str = "https://login.microsoftonline.com";
/// Default `[graph] base_url`.
pub const DEFAULT_GRAPH_BASE_URL: &str = "https://graph.microsoft.com/v1.0";

/// A validated policy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Policy {
    pub schema: u32,
    pub organization: String,
    pub provider: Provider,
    pub tenant: Option<String>,
    pub enrollment: Enrollment,
    pub helpdesk: Option<Helpdesk>,
    /// The portals in force: the policy's, or the provider's defaults.
    pub portals: Vec<Portal>,
    /// Seconds between scheduled portal probes (`probe_interval_s`).
    pub probe_interval_s: u32,
    /// Extra PEM root certificates trusted for probes (`extra_root_certs`), as written:
    /// relative paths are relative to the policy file.
    pub extra_root_certs: Vec<String>,
    /// Vendor status feeds in force: the policy's, or the provider's defaults.
    pub status_feeds: Vec<StatusFeed>,
    /// Connectivity checks run before blaming a portal: the policy's, or the OS ones.
    pub connectivity_checks: Vec<ConnectivityCheckSpec>,
    /// `[graph]`: Microsoft Graph sign-in and endpoint (provider `entra`).
    pub graph: GraphSettings,
    /// `[enrollment_api]`: the organisation's own enrollment service (provider `custom`).
    pub enrollment_api: Option<EnrollmentApi>,
    /// `[okta]`: the Okta org and its app registration; always set for provider
    /// `okta` (the org from `tenant` when the section is left out), never otherwise.
    pub okta: Option<OktaSettings>,
    /// `[reminders]`: deadline reminder steps, quiet hours, autostart default.
    pub reminders: Reminders,
    /// `language`: the languages the organisation allows, in its order (empty: any).
    pub language: LanguageRule,
    /// `[device]`: the posture checks required, OS minimums, how unknown counts.
    pub device: DeviceRule,
    /// `[network]`: IT's proxy rule (`proxy`: a URL, `"system"` or `"none"`).
    pub network: Network,
}

/// `[network]` (`policy show --json`: `{"proxy": "automatic" | "system" | "none" | the
/// URL without its `user:password@`}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Network {
    /// Which proxy requests take: see `core::proxy` for the order.
    pub proxy: ProxyRule,
}

/// The policy's `language` key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum LanguageRule {
    /// No key: the system's language, or the user's choice.
    #[default]
    Any,
    /// `language = "de"`: always this one; the user cannot change it.
    Required(Lang),
    /// `language = ["de", "en"]`: the user's or system's choice among these, else the first.
    Allowed(Vec<Lang>),
}

impl LanguageRule {
    /// The language to speak: the organisation's required one; else the user's choice
    /// when it is allowed; else the best allowed match for `system` (the system's or the
    /// environment's locales, most wanted first); English, or the first allowed, when
    /// nothing matches.
    pub fn choose<S: AsRef<str>>(&self, chosen: Option<Lang>, system: &[S]) -> Lang {
        if let Self::Required(l) = self {
            return *l;
        }
        let allowed = self.allowed();
        if let Some(l) = chosen.filter(|l| allowed.is_empty() || allowed.contains(l)) {
            return l;
        }
        mfa_ready_i18n::negotiate(system, &allowed)
    }

    /// Whether the user may choose (no language is required).
    pub fn user_may_choose(&self) -> bool {
        !matches!(self, Self::Required(_))
    }

    /// The languages that may be shown (empty: any shipped one).
    pub fn allowed(&self) -> Vec<Lang> {
        match self {
            Self::Any => Vec::new(),
            Self::Required(l) => vec![*l],
            Self::Allowed(list) => list.clone(),
        }
    }
}

/// As written: nothing, `"de"`, or `["de", "en"]` (`policy show --json`).
impl Serialize for LanguageRule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Any => s.serialize_none(),
            Self::Required(l) => s.serialize_str(l.tag()),
            Self::Allowed(list) => s.collect_seq(list.iter().map(|l| l.tag())),
        }
    }
}

impl Policy {
    /// Is `kind` accepted by the organisation?
    pub fn allows(&self, kind: MethodKind) -> bool {
        self.enrollment.allowed_methods.contains(&kind)
    }

    /// The page where the user sets up `kind`.
    pub fn setup_link(&self, kind: MethodKind) -> String {
        self.setup_link_with(kind, &SetupIds::default())
    }

    /// The page where the user sets up `kind`, straight to it when the service's last
    /// list gave its id (`ids`): Okta's `{org_url}/idp/bootstrap/enroll-authenticator/{id}`,
    /// else its end-user settings `{org_url}/enduser/settings`.
    pub fn setup_link_with(&self, kind: MethodKind, ids: &SetupIds) -> String {
        if let (Provider::Okta, Some(okta)) = (self.provider, &self.okta) {
            // Ids another org gave (the policy changed since) are not this org's.
            let org = crate::weburl::host_key(&okta.org_url);
            let id = ids.for_service(org.as_deref()).and_then(|i| i.get(kind));
            return match id {
                Some(id) => format!(
                    "{}/idp/bootstrap/enroll-authenticator/{}",
                    okta.org_url,
                    percent_encode_query(id)
                ),
                None => format!("{}/enduser/settings", okta.org_url),
            };
        }
        let custom = self.portals.first().map(|p| p.url.as_str());
        kind.setup_link(self.provider, self.tenant.as_deref(), custom)
    }

    /// The page where methods are set up in general (reminders, calendar): the
    /// first portal's, else the provider's page for an authenticator app.
    pub fn setup_page(&self) -> String {
        self.portals.first().map_or_else(
            || self.setup_link(MethodKind::AuthenticatorApp),
            |p| p.url.clone(),
        )
    }

    /// The root URL of the enrollment service this policy talks to, if any:
    /// `[graph] base_url` for `entra`, `[enrollment_api] base_url` for `custom`,
    /// `[okta] org_url` for `okta`. Tokens are bound to this URL's origin.
    pub fn enrollment_base_url(&self) -> Option<&str> {
        match self.provider {
            Provider::Entra => Some(&self.graph.base_url),
            Provider::Custom => self.enrollment_api.as_ref().map(|a| a.base_url.as_str()),
            Provider::Okta => self.okta.as_ref().map(|o| o.org_url.as_str()),
            Provider::Duo | Provider::Google => None,
        }
    }
}

/// A vendor status feed (`[[status_feed]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusFeed {
    pub name: String,
    pub kind: FeedKind,
    /// https, or http to a loopback host (labs and tests).
    pub url: String,
}

/// A captive-portal / connectivity check (`[[connectivity_check]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConnectivityCheckSpec {
    /// Plain http is allowed (the checks are plain http by design, and are never opened in a browser).
    pub url: String,
    pub expect: Expectation,
}

/// `[graph]`: where and as which app to talk to Microsoft Graph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GraphSettings {
    /// The app registration's application (client) id; needed to sign in.
    pub client_id: Option<String>,
    /// Sign-in authority (sovereign clouds: `https://login.microsoftonline.us`, …).
    pub authority: String,
    /// Graph root (`https://graph.microsoft.us/v1.0`, …).
    pub base_url: String,
}

impl Default for GraphSettings {
    fn default() -> Self {
        Self {
            client_id: None,
            authority: DEFAULT_GRAPH_AUTHORITY.to_owned(),
            base_url: DEFAULT_GRAPH_BASE_URL.to_owned(),
        }
    }
}

/// `[okta]`: the Okta org MFA Ready reads the MyAccount API of, and its app there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OktaSettings {
    /// The org's address without a trailing `/` (`https://contoso.okta.com`; http to
    /// loopback for labs): `https://{tenant}` when left out.
    pub org_url: String,
    /// The OIDC native app's client id (PKCE, no secret); needed to sign in.
    pub client_id: Option<String>,
}

/// `[enrollment_api]`: see `assets/openapi/enrollment.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnrollmentApi {
    /// Root of the API, e.g. `https://mfa.contoso.com/api/v1`.
    pub base_url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Enrollment {
    pub deadline: Option<Timestamp>,
    pub new_user_days: Option<u32>,
    pub min_methods: u32,
    pub min_phishing_resistant: u32,
    /// The methods in force: the policy's, or the provider's defaults.
    pub allowed_methods: Vec<MethodKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Helpdesk {
    pub name: String,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// `booking_url`: where the user books a helpdesk slot (https only).
    pub booking_url: Option<String>,
}

impl Helpdesk {
    /// The contact as one compact line: "Contoso Service Desk, +1 425 555 0100,
    /// servicedesk@contoso.com, https://help.contoso.com/mfa" (name first, then
    /// phone, e-mail and page, each when given). For lists and give-up messages
    /// ("please contact your helpdesk (…)").
    pub fn contact_line(&self) -> String {
        let mut parts = vec![self.name.as_str()];
        parts.extend(self.phone.as_deref());
        parts.extend(self.email.as_deref());
        parts.extend(self.url.as_deref());
        parts.join(", ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Portal {
    pub name: String,
    pub url: String,
    pub slow_ms: u32,
    pub timeout_ms: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desk(phone: bool, email: bool, url: bool) -> Helpdesk {
        Helpdesk {
            name: "Contoso Service Desk".into(),
            phone: phone.then(|| "+1 425 555 0100".into()),
            email: email.then(|| "servicedesk@contoso.com".into()),
            url: url.then(|| "https://help.contoso.com/mfa".into()),
            booking_url: None,
        }
    }

    #[test]
    fn contact_line_lists_what_is_given() {
        assert_eq!(
            desk(true, true, true).contact_line(),
            "Contoso Service Desk, +1 425 555 0100, servicedesk@contoso.com, https://help.contoso.com/mfa"
        );
        assert_eq!(
            desk(true, false, false).contact_line(),
            "Contoso Service Desk, +1 425 555 0100"
        );
        assert_eq!(
            desk(false, false, false).contact_line(),
            "Contoso Service Desk"
        );
    }
}
