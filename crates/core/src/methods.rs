//! The method catalogue: stable ids and plain-language facts for every MFA method.
//!
//! Ids are a contract (policy files, `status --json`, the store): never rename one.
//! Strength tiers follow NIST SP 800-63B and Entra's authentication strengths.

use serde::{Deserialize, Serialize};

use super::provider::Provider;

/// One kind of second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodKind {
    AuthenticatorApp,
    Passkey,
    SecurityKey,
    WindowsHello,
    PlatformCredential,
    Certificate,
    SoftwareOath,
    HardwareOath,
    PhoneSms,
    PhoneVoice,
    Email,
}

/// How much a method protects against, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Cannot be relayed by a fake sign-in page (FIDO2 / WebAuthn, certificates).
    PhishingResistant,
    /// Something you have, but a code or push can be relayed by a phishing page.
    Strong,
    /// Tied to a phone number: SIM swap and interception risks.
    Weak,
    /// Account recovery only: never counts as a second factor.
    RecoveryOnly,
}

impl Tier {
    pub const ALL: [Tier; 4] = [
        Self::PhishingResistant,
        Self::Strong,
        Self::Weak,
        Self::RecoveryOnly,
    ];

    /// Stable id, as serialised.
    pub fn id(self) -> &'static str {
        match self {
            Self::PhishingResistant => "phishing_resistant",
            Self::Strong => "strong",
            Self::Weak => "weak",
            Self::RecoveryOnly => "recovery_only",
        }
    }

    /// Short label for badges.
    pub fn label(self) -> &'static str {
        match self {
            Self::PhishingResistant => "Phishing-resistant",
            Self::Strong => "Strong",
            Self::Weak => "Weak",
            Self::RecoveryOnly => "Recovery only",
        }
    }
}

/// Where a method lives: what you lose it with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Device {
    Phone,
    ThisComputer,
    HardwareKey,
    PhoneNumber,
    Mailbox,
}

impl Device {
    pub const ALL: [Device; 5] = [
        Self::Phone,
        Self::ThisComputer,
        Self::HardwareKey,
        Self::PhoneNumber,
        Self::Mailbox,
    ];

    /// Stable id, as serialised.
    pub fn id(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::ThisComputer => "this_computer",
            Self::HardwareKey => "hardware_key",
            Self::PhoneNumber => "phone_number",
            Self::Mailbox => "mailbox",
        }
    }

    /// Plain label ("your phone").
    pub fn label(self) -> &'static str {
        match self {
            Self::Phone => "your phone",
            Self::ThisComputer => "this computer",
            Self::HardwareKey => "a hardware key",
            Self::PhoneNumber => "your phone number",
            Self::Mailbox => "your mailbox",
        }
    }
}

/// One physical thing whose loss takes its methods with it.
///
/// A phone carries its apps *and* (usually) the SIM of its number, so
/// `Phone` and `PhoneNumber` are one point of failure. Each hardware token kind is
/// its own object (a FIDO2 key and an OATH token are two things in two pockets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FailureDomain {
    Phone,
    Computer,
    Token(MethodKind),
    Mailbox,
}

/// Operating systems a method can be set up on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Os {
    Windows,
    MacOs,
    Linux,
    Other,
}

impl Os {
    /// The OS this binary was built for.
    pub fn current() -> Self {
        if cfg!(target_os = "windows") {
            Self::Windows
        } else if cfg!(target_os = "macos") {
            Self::MacOs
        } else if cfg!(target_os = "linux") {
            Self::Linux
        } else {
            Self::Other
        }
    }
}

/// Facts about one method.
#[derive(Debug, Clone, Copy)]
pub struct MethodInfo {
    pub kind: MethodKind,
    pub name: &'static str,
    pub summary: &'static str,
    pub tier: Tier,
    pub device: Device,
    /// What the user needs at hand before starting.
    pub you_need: &'static str,
    /// 3–6 plain steps.
    pub steps: &'static [&'static str],
    /// Only this OS can hold it (Windows Hello, macOS Platform SSO); `None` = any.
    pub only_on: Option<Os>,
}

impl MethodKind {
    /// Set up on a phone (a passkey, an authenticator app, a code generator): the window
    /// offers its setup link as a QR code for the phone's camera.
    pub fn is_set_up_on_phone(self) -> bool {
        self.device() == Device::Phone
    }

    /// Every method, in catalogue order (strongest and most useful first).
    pub const ALL: [MethodKind; 11] = [
        Self::Passkey,
        Self::SecurityKey,
        Self::WindowsHello,
        Self::PlatformCredential,
        Self::Certificate,
        Self::AuthenticatorApp,
        Self::SoftwareOath,
        Self::HardwareOath,
        Self::PhoneSms,
        Self::PhoneVoice,
        Self::Email,
    ];

    /// Stable id (policy files, JSON, store).
    pub fn id(self) -> &'static str {
        match self {
            Self::AuthenticatorApp => "authenticator_app",
            Self::Passkey => "passkey",
            Self::SecurityKey => "security_key",
            Self::WindowsHello => "windows_hello",
            Self::PlatformCredential => "platform_credential",
            Self::Certificate => "certificate",
            Self::SoftwareOath => "software_oath",
            Self::HardwareOath => "hardware_oath",
            Self::PhoneSms => "phone_sms",
            Self::PhoneVoice => "phone_voice",
            Self::Email => "email",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// All ids, comma separated, for error messages.
    pub fn all_ids() -> String {
        Self::ALL.map(Self::id).join(", ")
    }

    /// The catalogue entry.
    pub fn info(self) -> &'static MethodInfo {
        match self {
            Self::AuthenticatorApp => &AUTHENTICATOR_APP,
            Self::Passkey => &PASSKEY,
            Self::SecurityKey => &SECURITY_KEY,
            Self::WindowsHello => &WINDOWS_HELLO,
            Self::PlatformCredential => &PLATFORM_CREDENTIAL,
            Self::Certificate => &CERTIFICATE,
            Self::SoftwareOath => &SOFTWARE_OATH,
            Self::HardwareOath => &HARDWARE_OATH,
            Self::PhoneSms => &PHONE_SMS,
            Self::PhoneVoice => &PHONE_VOICE,
            Self::Email => &EMAIL,
        }
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn tier(self) -> Tier {
        self.info().tier
    }

    pub fn device(self) -> Device {
        self.info().device
    }

    /// Counts as a second factor (everything but recovery-only e-mail).
    pub fn is_mfa(self) -> bool {
        self.tier() != Tier::RecoveryOnly
    }

    pub fn is_phishing_resistant(self) -> bool {
        self.tier() == Tier::PhishingResistant
    }

    /// Can this method be set up from a machine running `os`?
    pub fn available_on(self, os: Os) -> bool {
        self.info().only_on.is_none_or(|only| only == os)
    }

    /// The physical thing this method is lost with.
    pub fn failure_domain(self) -> FailureDomain {
        match self.device() {
            Device::Phone | Device::PhoneNumber => FailureDomain::Phone,
            Device::ThisComputer => FailureDomain::Computer,
            Device::HardwareKey => FailureDomain::Token(self),
            Device::Mailbox => FailureDomain::Mailbox,
        }
    }

    /// Where the user sets this method up for `provider`: always an https URL.
    ///
    /// `tenant` is the policy's tenant (Entra: added as `?tenant=`; Okta: the org domain).
    /// `custom_portal` is the first portal of a `custom` provider policy.
    pub fn setup_link(
        self,
        provider: Provider,
        tenant: Option<&str>,
        custom_portal: Option<&str>,
    ) -> String {
        match provider {
            Provider::Entra => {
                let base = "https://mysignins.microsoft.com/security-info";
                match tenant {
                    Some(t) => format!("{base}?tenant={}", percent_encode_query(t)),
                    None => base.to_owned(),
                }
            }
            Provider::Okta => match tenant {
                Some(domain) => format!("https://{domain}/enduser/settings"),
                None => "https://help.okta.com/eu/en-us/content/topics/end-user/ov-settings.htm"
                    .to_owned(),
            },
            Provider::Duo => match self {
                Self::SecurityKey
                | Self::Passkey
                | Self::WindowsHello
                | Self::PlatformCredential => "https://guide.duo.com/security-keys".to_owned(),
                Self::HardwareOath => "https://guide.duo.com/tokens".to_owned(),
                _ => "https://guide.duo.com/add-device".to_owned(),
            },
            Provider::Google => match self {
                Self::Passkey | Self::WindowsHello | Self::PlatformCredential => {
                    "https://myaccount.google.com/signinoptions/passkeys".to_owned()
                }
                _ => "https://myaccount.google.com/signinoptions/two-step-verification".to_owned(),
            },
            Provider::Custom => custom_portal
                .map(str::to_owned)
                .unwrap_or_else(|| "https://example.invalid/".to_owned()),
        }
    }
}

/// Where a provider lets a missing method be set up directly: the service's own id of
/// the thing to enroll, per catalogue kind (Okta: the authenticator id of
/// `GET /idp/myaccount/authenticators`, for `/idp/bootstrap/enroll-authenticator/{id}`).
/// Given by the last successful list, with the service (`host[:port]`) that gave them:
/// another org's ids are never used. Empty when the service gives none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupIds {
    /// The host key of the service that gave the ids (`core::weburl::host_key`).
    #[serde(default)]
    service: Option<String>,
    #[serde(default)]
    ids: std::collections::BTreeMap<MethodKind, String>,
}

impl SetupIds {
    /// The id to set `kind` up with, if the service gave one.
    pub fn get(&self, kind: MethodKind) -> Option<&str> {
        self.ids.get(&kind).map(String::as_str)
    }

    /// Records `id` for `kind`; the first id given for a kind stays.
    pub fn insert(&mut self, kind: MethodKind, id: &str) {
        if !id.is_empty() {
            self.ids.entry(kind).or_insert_with(|| id.to_owned());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The kinds and ids, in catalogue order.
    pub fn iter(&self) -> impl Iterator<Item = (MethodKind, &str)> {
        self.ids.iter().map(|(k, v)| (*k, v.as_str()))
    }

    /// The same ids, as given by the service at `host` (its host key).
    pub fn from_service(mut self, host: &str) -> Self {
        self.service = Some(host.to_owned());
        self
    }

    /// The ids when they came from the service at `host`, else none.
    pub fn for_service(&self, host: Option<&str>) -> Option<&Self> {
        (self.service.as_deref() == host && host.is_some()).then_some(self)
    }
}

impl std::fmt::Display for MethodKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Percent-encodes a query value or a path segment (RFC 3986 unreserved characters pass).
pub fn percent_encode_query(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

static AUTHENTICATOR_APP: MethodInfo = MethodInfo {
    kind: MethodKind::AuthenticatorApp,
    name: "Authenticator app",
    summary: "Approve sign-ins on your phone by typing the number shown on screen.",
    tier: Tier::Strong,
    device: Device::Phone,
    you_need: "Your smartphone with the organisation's authenticator app (e.g. Microsoft Authenticator) installed.",
    steps: &[
        "Install the authenticator app on your phone from the App Store or Google Play.",
        "Open the setup page below on this computer and choose \"Add sign-in method\", then \"Authenticator app\".",
        "In the app, tap \"+\" and scan the QR code shown on the setup page.",
        "Approve the test notification by typing the number shown on screen.",
    ],
    only_on: None,
};

static PASSKEY: MethodInfo = MethodInfo {
    kind: MethodKind::Passkey,
    name: "Passkey on your phone",
    summary: "A device-bound passkey kept in your authenticator app: nothing to type, and fake sites can't use it.",
    tier: Tier::PhishingResistant,
    device: Device::Phone,
    you_need: "Your smartphone with the authenticator app, Bluetooth switched on, and its screen lock set.",
    steps: &[
        "Open the setup page below and choose \"Add sign-in method\", then \"Passkey in Microsoft Authenticator\" (or your provider's passkey option).",
        "When asked, scan the QR code with your phone's camera.",
        "Unlock your phone with its PIN, fingerprint or face to create the passkey.",
        "Give the passkey a name you will recognise, such as \"My work phone\".",
    ],
    only_on: None,
};

static SECURITY_KEY: MethodInfo = MethodInfo {
    kind: MethodKind::SecurityKey,
    name: "Security key",
    summary: "A small FIDO2 USB or NFC key: the strongest backup, and it works when your phone is lost.",
    tier: Tier::PhishingResistant,
    device: Device::HardwareKey,
    you_need: "A FIDO2 security key (ask your helpdesk; many organisations hand them out) and a free USB port or NFC.",
    steps: &[
        "Open the setup page below and choose \"Add sign-in method\", then \"Security key\".",
        "Choose USB or NFC, then insert or tap your key when asked.",
        "Set a PIN for the key (at least 4 digits) if it doesn't have one yet.",
        "Touch the key's button, then give it a name like \"Blue key\".",
        "Keep the key on your key ring or somewhere safe, apart from your phone.",
    ],
    only_on: None,
};

static WINDOWS_HELLO: MethodInfo = MethodInfo {
    kind: MethodKind::WindowsHello,
    name: "Windows Hello for Business",
    summary: "Sign in to this Windows PC with your face, fingerprint or PIN.",
    tier: Tier::PhishingResistant,
    device: Device::ThisComputer,
    you_need: "This Windows computer, joined to your organisation, and a PIN (a camera or fingerprint reader is optional).",
    steps: &[
        "Open Windows Settings → Accounts → Sign-in options.",
        "Under \"PIN (Windows Hello)\" choose \"Set up\" and confirm with your current sign-in.",
        "Choose a PIN you don't use anywhere else.",
        "Optionally add face or fingerprint recognition on the same page.",
    ],
    only_on: Some(Os::Windows),
};

static PLATFORM_CREDENTIAL: MethodInfo = MethodInfo {
    kind: MethodKind::PlatformCredential,
    name: "Mac Platform SSO",
    summary: "Your Mac itself becomes a phishing-resistant credential, unlocked with Touch ID or your password.",
    tier: Tier::PhishingResistant,
    device: Device::ThisComputer,
    you_need: "This Mac, managed by your organisation, with the Company Portal app.",
    steps: &[
        "Look for the \"Registration Required\" notification on your Mac and click \"Register\".",
        "Sign in with your work account when the Company Portal asks.",
        "Confirm with Touch ID or your Mac password.",
    ],
    only_on: Some(Os::MacOs),
};

static CERTIFICATE: MethodInfo = MethodInfo {
    kind: MethodKind::Certificate,
    name: "Smart card / certificate",
    summary: "A smart card or certificate issued by your organisation.",
    tier: Tier::PhishingResistant,
    device: Device::HardwareKey,
    you_need: "A smart card issued by your organisation and a card reader.",
    steps: &[
        "Ask your helpdesk for a smart card if you don't have one.",
        "Insert the card into the reader and enter its PIN when asked.",
        "Open the setup page below to confirm the card is linked to your account.",
    ],
    only_on: None,
};

static SOFTWARE_OATH: MethodInfo = MethodInfo {
    kind: MethodKind::SoftwareOath,
    name: "Code generator app (TOTP)",
    summary: "Any app that shows a 6-digit code that changes every 30 seconds.",
    tier: Tier::Strong,
    device: Device::Phone,
    you_need: "A code generator app on your phone (Microsoft Authenticator, Google Authenticator, or similar).",
    steps: &[
        "Open the setup page below and choose \"Add sign-in method\", then \"Authenticator app\" → \"I want to use a different authenticator app\".",
        "In your code app, add an account and scan the QR code.",
        "Type the 6-digit code from the app into the setup page to confirm.",
    ],
    only_on: None,
};

static HARDWARE_OATH: MethodInfo = MethodInfo {
    kind: MethodKind::HardwareOath,
    name: "Hardware code token",
    summary: "A key-fob token with a small screen that shows a code.",
    tier: Tier::Strong,
    device: Device::HardwareKey,
    you_need: "An OATH hardware token from your helpdesk, with its serial number.",
    steps: &[
        "Get a token from your helpdesk: they assign it to your account.",
        "Open the setup page below and find the token under \"Hardware token\".",
        "Press the token's button and type the code shown to activate it.",
    ],
    only_on: None,
};

static PHONE_SMS: MethodInfo = MethodInfo {
    kind: MethodKind::PhoneSms,
    name: "Text message (SMS)",
    summary: "A code sent by text message to your mobile number.",
    tier: Tier::Weak,
    device: Device::PhoneNumber,
    you_need: "A mobile phone number that can receive text messages.",
    steps: &[
        "Open the setup page below and choose \"Add sign-in method\", then \"Phone\".",
        "Enter your mobile number with its country code and choose \"Receive a code\".",
        "Type the code from the text message into the setup page.",
    ],
    only_on: None,
};

static PHONE_VOICE: MethodInfo = MethodInfo {
    kind: MethodKind::PhoneVoice,
    name: "Phone call",
    summary: "An automated call to your phone; press # to approve.",
    tier: Tier::Weak,
    device: Device::PhoneNumber,
    you_need: "A phone number you can answer (mobile or office).",
    steps: &[
        "Open the setup page below and choose \"Add sign-in method\", then \"Phone\" or \"Office phone\".",
        "Enter the number with its country code and choose \"Call me\".",
        "Answer the call and press # when asked.",
    ],
    only_on: None,
};

static EMAIL: MethodInfo = MethodInfo {
    kind: MethodKind::Email,
    name: "Recovery e-mail",
    summary: "A personal e-mail address for password reset. It does not count as a sign-in method.",
    tier: Tier::RecoveryOnly,
    device: Device::Mailbox,
    you_need: "A personal e-mail address (not your work one).",
    steps: &[
        "Open the setup page below and choose \"Add sign-in method\", then \"Email\".",
        "Enter a personal e-mail address and choose \"Next\".",
        "Type the code sent to that mailbox.",
    ],
    only_on: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for kind in MethodKind::ALL {
            assert!(seen.insert(kind.id()), "duplicate id {}", kind.id());
            assert_eq!(MethodKind::from_id(kind.id()), Some(kind));
            assert_eq!(
                kind.info().kind,
                kind,
                "catalogue entry of {kind} points elsewhere"
            );
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.id()));
        }
        assert_eq!(MethodKind::from_id("sms"), None);
        assert_eq!(MethodKind::from_id(""), None);
    }

    #[test]
    fn tiers_follow_nist_and_entra_strengths() {
        use MethodKind::*;
        for k in [
            Passkey,
            SecurityKey,
            WindowsHello,
            PlatformCredential,
            Certificate,
        ] {
            assert_eq!(k.tier(), Tier::PhishingResistant, "{k}");
        }
        for k in [AuthenticatorApp, SoftwareOath, HardwareOath] {
            assert_eq!(k.tier(), Tier::Strong, "{k}");
        }
        for k in [PhoneSms, PhoneVoice] {
            assert_eq!(k.tier(), Tier::Weak, "{k}");
        }
        assert_eq!(Email.tier(), Tier::RecoveryOnly);
        assert!(!Email.is_mfa());
        assert!(MethodKind::ALL.iter().filter(|k| k.is_mfa()).count() == 10);
    }

    #[test]
    fn devices_are_as_documented() {
        use MethodKind::*;
        assert_eq!(AuthenticatorApp.device(), Device::Phone);
        assert_eq!(Passkey.device(), Device::Phone);
        assert_eq!(SoftwareOath.device(), Device::Phone);
        assert_eq!(SecurityKey.device(), Device::HardwareKey);
        assert_eq!(HardwareOath.device(), Device::HardwareKey);
        assert_eq!(WindowsHello.device(), Device::ThisComputer);
        assert_eq!(PlatformCredential.device(), Device::ThisComputer);
        assert_eq!(PhoneSms.device(), Device::PhoneNumber);
        assert_eq!(Email.device(), Device::Mailbox);
    }

    #[test]
    fn phone_apps_and_phone_number_share_one_failure_domain() {
        use MethodKind::*;
        assert_eq!(AuthenticatorApp.failure_domain(), PhoneSms.failure_domain());
        assert_eq!(SoftwareOath.failure_domain(), PhoneVoice.failure_domain());
        assert_ne!(SecurityKey.failure_domain(), HardwareOath.failure_domain());
        assert_ne!(
            WindowsHello.failure_domain(),
            AuthenticatorApp.failure_domain()
        );
    }

    #[test]
    fn every_method_has_three_to_six_steps_and_plain_text() {
        for kind in MethodKind::ALL {
            let info = kind.info();
            assert!(
                (3..=6).contains(&info.steps.len()),
                "{kind} has {} steps",
                info.steps.len()
            );
            assert!(!info.name.is_empty() && !info.summary.is_empty() && !info.you_need.is_empty());
        }
    }

    #[test]
    fn platform_only_methods() {
        assert!(MethodKind::WindowsHello.available_on(Os::Windows));
        assert!(!MethodKind::WindowsHello.available_on(Os::Linux));
        assert!(MethodKind::PlatformCredential.available_on(Os::MacOs));
        assert!(!MethodKind::PlatformCredential.available_on(Os::Windows));
        assert!(MethodKind::SecurityKey.available_on(Os::Linux));
    }

    #[test]
    fn setup_links_are_https_and_carry_the_tenant() {
        for provider in [
            Provider::Entra,
            Provider::Okta,
            Provider::Duo,
            Provider::Google,
            Provider::Custom,
        ] {
            for kind in MethodKind::ALL {
                let link = kind.setup_link(provider, None, Some("https://mfa.example.org/"));
                assert!(link.starts_with("https://"), "{provider:?} {kind}: {link}");
            }
        }
        assert_eq!(
            MethodKind::SecurityKey.setup_link(
                Provider::Entra,
                Some("contoso.onmicrosoft.com"),
                None
            ),
            "https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com"
        );
        assert_eq!(
            MethodKind::Passkey.setup_link(Provider::Entra, Some("a b&c"), None),
            "https://mysignins.microsoft.com/security-info?tenant=a%20b%26c"
        );
        assert_eq!(
            MethodKind::AuthenticatorApp.setup_link(Provider::Okta, Some("contoso.okta.com"), None),
            "https://contoso.okta.com/enduser/settings"
        );
        assert_eq!(
            MethodKind::PhoneSms.setup_link(
                Provider::Custom,
                None,
                Some("https://mfa.contoso.com/enroll")
            ),
            "https://mfa.contoso.com/enroll"
        );
    }
}
