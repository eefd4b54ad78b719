//! What a policy gets when it leaves a key out: the provider's methods, portals
//! and status feeds, the operating systems' connectivity checks, and the policy
//! compiled into the binary.

use crate::fault::Expectation;
use crate::feeds::FeedKind;
use crate::methods::MethodKind;
use crate::provider::Provider;

use super::model::{
    ConnectivityCheckSpec, DEFAULT_SLOW_MS, DEFAULT_TIMEOUT_MS, Portal, StatusFeed,
};

/// The policy compiled into the binary, used when no file is found.
pub const EMBEDDED_DEFAULT: &str = include_str!("../../../../assets/policy/default.toml");

impl Provider {
    /// Methods the provider supports, used when the policy lists none.
    pub fn default_methods(self) -> Vec<MethodKind> {
        use MethodKind::*;
        match self {
            Self::Entra | Self::Custom => MethodKind::ALL.to_vec(),
            Self::Okta => vec![
                AuthenticatorApp,
                Passkey,
                SecurityKey,
                WindowsHello,
                SoftwareOath,
                HardwareOath,
                PhoneSms,
                PhoneVoice,
                Email,
            ],
            Self::Duo => vec![
                AuthenticatorApp,
                Passkey,
                SecurityKey,
                WindowsHello,
                PlatformCredential,
                HardwareOath,
                PhoneSms,
                PhoneVoice,
            ],
            Self::Google => vec![
                AuthenticatorApp,
                Passkey,
                SecurityKey,
                SoftwareOath,
                PhoneSms,
                PhoneVoice,
                Email,
            ],
        }
    }

    /// Registration portals probed when the policy lists none.
    pub fn default_portals(self, tenant: Option<&str>) -> Vec<Portal> {
        let p = |name: &str, url: String| Portal {
            name: name.to_owned(),
            url,
            slow_ms: DEFAULT_SLOW_MS,
            timeout_ms: DEFAULT_TIMEOUT_MS,
        };
        match self {
            Self::Entra => vec![
                p(
                    "My Sign-Ins (security info)",
                    "https://mysignins.microsoft.com/security-info".to_owned(),
                ),
                p(
                    "Microsoft sign-in",
                    "https://login.microsoftonline.com/".to_owned(),
                ),
            ],
            Self::Okta => match tenant {
                Some(domain) => vec![p(
                    "Okta end-user settings",
                    format!("https://{domain}/enduser/settings"),
                )],
                None => Vec::new(),
            },
            Self::Duo => vec![p("Duo", "https://duo.com/".to_owned())],
            Self::Google => vec![p(
                "Google 2-Step Verification",
                "https://myaccount.google.com/signinoptions/two-step-verification".to_owned(),
            )],
            Self::Custom => Vec::new(),
        }
    }

    /// Vendor status feeds read when the policy lists none (`[[status_feed]]`).
    pub fn default_status_feeds(self) -> Vec<StatusFeed> {
        let f = |name: &str, kind, url: &str| StatusFeed {
            name: name.to_owned(),
            kind,
            url: url.to_owned(),
        };
        match self {
            Self::Entra => vec![f(
                "Azure status",
                FeedKind::Rss,
                "https://rssfeed.azure.status.microsoft/en-us/status/feed/",
            )],
            Self::Duo => vec![f(
                "Duo status",
                FeedKind::Statuspage,
                "https://status.duo.com/api/v2/summary.json",
            )],
            Self::Google => vec![f(
                "Google Workspace status",
                FeedKind::GoogleIncidents,
                "https://www.google.com/appsstatus/dashboard/incidents.json",
            )],
            Self::Okta | Self::Custom => Vec::new(),
        }
    }
}

/// The operating systems' own connectivity checks, used when the policy lists none
/// (`[[connectivity_check]]`): Windows' and Android's.
pub fn default_connectivity_checks() -> Vec<ConnectivityCheckSpec> {
    vec![
        ConnectivityCheckSpec {
            url: "http://www.msftconnecttest.com/connecttest.txt".to_owned(),
            expect: Expectation::Body("Microsoft Connect Test".to_owned()),
        },
        ConnectivityCheckSpec {
            url: "http://connectivitycheck.gstatic.com/generate_204".to_owned(),
            expect: Expectation::Status(204),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::weburl;

    #[test]
    fn provider_defaults_pass_the_url_rule() {
        for provider in Provider::ALL {
            for f in provider.default_status_feeds() {
                assert!(weburl::browser_url(&f.url).is_ok(), "{}", f.url);
            }
            for p in provider.default_portals(Some("contoso.okta.com")) {
                assert!(weburl::browser_url(&p.url).is_ok(), "{}", p.url);
                assert!(p.slow_ms < p.timeout_ms);
            }
            let methods = provider.default_methods();
            assert!(
                methods.iter().filter(|k| k.is_mfa()).count() >= 2,
                "{provider:?}"
            );
        }
        assert!(Provider::Okta.default_portals(None).is_empty());
    }

    #[test]
    fn default_feeds_per_provider() {
        let duo = Provider::Duo.default_status_feeds();
        assert_eq!(duo[0].url, "https://status.duo.com/api/v2/summary.json");
        assert_eq!(duo[0].kind, FeedKind::Statuspage);
        let g = Provider::Google.default_status_feeds();
        assert_eq!(
            g[0].url,
            "https://www.google.com/appsstatus/dashboard/incidents.json"
        );
        assert_eq!(g[0].kind, FeedKind::GoogleIncidents);
        assert!(Provider::Custom.default_status_feeds().is_empty());
    }
}
