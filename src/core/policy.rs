//! The organisation policy: a TOML file IT ships with the build (schema 1).
//!
//! Parsing is pure: the caller reads the file and passes its text, its display
//! name and the current time. Every error names file, line, column and field:
//! `policy.toml:7:12: enrollment.min_methods: must be at least 1`.

use std::fmt;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::fault::Expectation;
use super::feeds::FeedKind;
use super::methods::MethodKind;

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The policy compiled into the binary, used when no file is found.
pub const EMBEDDED_DEFAULT: &str = include_str!("../../assets/policy/default.toml");

/// Identity provider preset: setup links, portals, default methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    Entra,
    Okta,
    Duo,
    Google,
    Custom,
}

impl Provider {
    pub fn id(self) -> &'static str {
        match self {
            Self::Entra => "entra",
            Self::Okta => "okta",
            Self::Duo => "duo",
            Self::Google => "google",
            Self::Custom => "custom",
        }
    }

    /// Human name of the provider.
    pub fn display_name(self) -> &'static str {
        match self {
            Self::Entra => "Microsoft Entra ID (Microsoft 365)",
            Self::Okta => "Okta",
            Self::Duo => "Cisco Duo",
            Self::Google => "Google Workspace",
            Self::Custom => "Your organisation's own service",
        }
    }

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

/// Probe every this many seconds when the policy says nothing.
pub const DEFAULT_PROBE_INTERVAL_S: u32 = 300;
/// Allowed range of `probe_interval_s`.
pub const PROBE_INTERVAL_RANGE_S: std::ops::RangeInclusive<u32> = 60..=86_400;

pub const DEFAULT_SLOW_MS: u32 = 2_000;
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;
pub const DEFAULT_MIN_METHODS: u32 = 2;

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
}

/// A vendor status feed (`[[status_feed]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusFeed {
    pub name: String,
    pub kind: FeedKind,
    /// Always https.
    pub url: String,
}

/// A captive-portal / connectivity check (`[[connectivity_check]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConnectivityCheckSpec {
    /// Plain http is allowed (the checks are plain http by design, and are never opened in a browser).
    pub url: String,
    pub expect: Expectation,
}

/// Default `[graph] authority`.
pub const DEFAULT_GRAPH_AUTHORITY: &str = "https://login.microsoftonline.com";
/// Default `[graph] base_url`.
pub const DEFAULT_GRAPH_BASE_URL: &str = "https://graph.microsoft.com/v1.0";

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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Portal {
    pub name: String,
    pub url: String,
    pub slow_ms: u32,
    pub timeout_ms: u32,
}

impl Policy {
    /// Is `kind` accepted by the organisation?
    pub fn allows(&self, kind: MethodKind) -> bool {
        self.enrollment.allowed_methods.contains(&kind)
    }

    /// The https page where the user sets up `kind`.
    pub fn setup_link(&self, kind: MethodKind) -> String {
        let custom = self.portals.first().map(|p| p.url.as_str());
        kind.setup_link(self.provider, self.tenant.as_deref(), custom)
    }

    /// Parses the embedded default policy.
    pub fn embedded_default(now: Timestamp) -> Result<Self, PolicyErrors> {
        parse(EMBEDDED_DEFAULT, "<embedded default>", now)
    }
}

/// One problem in a policy file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Dotted path of the field (`enrollment.min_methods`, `portal[1].url`); empty for syntax errors.
    pub field: String,
    pub message: String,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

/// All the problems found in a policy file (at least one).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct PolicyErrors(pub Vec<PolicyError>);

impl fmt::Display for PolicyErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl PolicyErrors {
    /// The first error (there is always one).
    pub fn first(&self) -> Option<&PolicyError> {
        self.0.first()
    }
}

// ---------------------------------------------------------------------------
// Raw (as written) structures.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    schema: Spanned<i64>,
    organization: Spanned<String>,
    provider: Option<Spanned<Provider>>,
    tenant: Option<Spanned<String>>,
    enrollment: Option<Spanned<RawEnrollment>>,
    helpdesk: Option<Spanned<RawHelpdesk>>,
    #[serde(default)]
    portal: Vec<Spanned<RawPortal>>,
    probe_interval_s: Option<Spanned<i64>>,
    extra_root_certs: Option<Vec<Spanned<String>>>,
    status_feed: Option<Vec<Spanned<RawStatusFeed>>>,
    connectivity_check: Option<Vec<Spanned<RawConnectivityCheck>>>,
    graph: Option<Spanned<RawGraph>>,
    enrollment_api: Option<Spanned<RawEnrollmentApi>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatusFeed {
    name: Spanned<String>,
    kind: Spanned<FeedKind>,
    url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGraph {
    client_id: Option<Spanned<String>>,
    authority: Option<Spanned<String>>,
    base_url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConnectivityCheck {
    url: Spanned<String>,
    expect_body: Option<Spanned<String>>,
    expect_status: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnrollmentApi {
    base_url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEnrollment {
    deadline: Option<Spanned<toml::value::Datetime>>,
    new_user_days: Option<Spanned<i64>>,
    min_methods: Option<Spanned<i64>>,
    min_phishing_resistant: Option<Spanned<i64>>,
    allowed_methods: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHelpdesk {
    name: Spanned<String>,
    url: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPortal {
    name: Spanned<String>,
    url: Spanned<String>,
    slow_ms: Option<Spanned<i64>>,
    timeout_ms: Option<Spanned<i64>>,
}

/// Collects located errors while validating.
struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    errors: Vec<PolicyError>,
}

impl Checker<'_> {
    fn err(
        &mut self,
        span: std::ops::Range<usize>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        let (line, column) = line_col(self.text, span.start);
        self.errors.push(PolicyError {
            file: self.file.to_owned(),
            line,
            column,
            field: field.into(),
            message: message.into(),
        });
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

/// Turns serde_path_to_error's path into our dotted field path, dropping
/// `toml::Spanned`'s private segments.
fn clean_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if key.starts_with("$__") {
                    continue;
                }
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Enum { variant } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(variant);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// Makes toml's serde messages plain: "unknown field `foo`, expected one of …".
fn clean_message(msg: &str) -> String {
    let msg = msg.trim();
    let msg = msg.strip_suffix('\n').unwrap_or(msg);
    msg.replace("$__toml_private_datetime", "datetime")
        .replace("expected i64", "expected a whole number")
        .replace("expected a sequence", "expected a list")
}

/// Parses and validates a policy. `file` is the name used in error messages.
pub fn parse(text: &str, file: &str, now: Timestamp) -> Result<Policy, PolicyErrors> {
    let mut ck = Checker {
        text,
        file,
        errors: Vec::new(),
    };

    let de = match toml::Deserializer::parse(text) {
        Ok(de) => de,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            ck.err(
                span,
                "",
                format!("not valid TOML: {}", clean_message(e.message())),
            );
            return Err(PolicyErrors(ck.errors));
        }
    };
    let raw: RawPolicy = match serde_path_to_error::deserialize(de) {
        Ok(raw) => raw,
        Err(e) => {
            let field = clean_path(e.path());
            let inner = e.into_inner();
            let span = inner.span().unwrap_or(0..0);
            let mut message = clean_message(inner.message());
            if message.starts_with("missing field") && field.is_empty() {
                message = format!("{message} (required at the top of the file)");
            }
            ck.err(span, field, message);
            return Err(PolicyErrors(ck.errors));
        }
    };

    // schema
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

    let tenant = match &raw.tenant {
        Some(t) => {
            let value = t.get_ref().trim();
            if value.is_empty() {
                ck.err(
                    t.span(),
                    "tenant",
                    "must not be empty (leave it out instead)",
                );
            } else if value.contains("://")
                || value.contains('/')
                || value.contains(char::is_whitespace)
            {
                ck.err(
                    t.span(),
                    "tenant",
                    "must be a bare domain such as \"contoso.onmicrosoft.com\" (no https://, no path)",
                );
            }
            Some(value.to_owned())
        }
        None => None,
    };
    if provider == Provider::Okta && tenant.is_none() {
        let span = raw.provider.as_ref().map_or(0..0, Spanned::span);
        ck.err(
            span,
            "tenant",
            "provider \"okta\" needs `tenant`, your Okta domain (e.g. \"contoso.okta.com\")",
        );
    }

    let enrollment = check_enrollment(&mut ck, raw.enrollment.as_ref(), provider, now);

    let helpdesk = raw.helpdesk.as_ref().map(|h| {
        let h = h.get_ref();
        let name = h.name.get_ref().trim().to_owned();
        if name.is_empty() {
            ck.err(h.name.span(), "helpdesk.name", "must not be empty");
        }
        let url = h.url.as_ref().map(|u| {
            if let Err(msg) = check_https(u.get_ref(), false) {
                ck.err(u.span(), "helpdesk.url", msg);
            }
            u.get_ref().trim().to_owned()
        });
        let phone = h.phone.as_ref().map(|p| {
            let digits = p.get_ref().chars().filter(char::is_ascii_digit).count();
            let ok_chars = p
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c));
            if !ok_chars || !(3..=20).contains(&digits) {
                ck.err(
                    p.span(),
                    "helpdesk.phone",
                    "must be a phone number such as \"+1 425 555 0100\"",
                );
            }
            p.get_ref().trim().to_owned()
        });
        let email = h.email.as_ref().map(|e| {
            let v = e.get_ref().trim();
            let valid = v.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !v.contains(char::is_whitespace)
            });
            if !valid {
                ck.err(
                    e.span(),
                    "helpdesk.email",
                    "must be an e-mail address such as \"servicedesk@contoso.com\"",
                );
            }
            v.to_owned()
        });
        Helpdesk {
            name,
            url,
            phone,
            email,
        }
    });

    let mut portals = Vec::new();
    for (i, p) in raw.portal.iter().enumerate() {
        let p = p.get_ref();
        let name = p.name.get_ref().trim().to_owned();
        if name.is_empty() {
            ck.err(
                p.name.span(),
                format!("portal[{i}].name"),
                "must not be empty",
            );
        }
        if let Err(msg) = check_https(p.url.get_ref(), true) {
            ck.err(p.url.span(), format!("portal[{i}].url"), msg);
        }
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
        portals.push(Portal {
            name,
            url: p.url.get_ref().trim().to_owned(),
            slow_ms,
            timeout_ms,
        });
    }
    if portals.is_empty() {
        if provider == Provider::Custom {
            let span = raw.provider.as_ref().map_or(0..0, Spanned::span);
            ck.err(
                span,
                "portal",
                "provider \"custom\" needs at least one [[portal]] (its first one is the setup page)",
            );
        }
        portals = provider.default_portals(tenant.as_deref());
    }

    let probe_interval_s = match &raw.probe_interval_s {
        Some(v) => match u32::try_from(*v.get_ref()) {
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
        },
        None => DEFAULT_PROBE_INTERVAL_S,
    };

    let mut extra_root_certs = Vec::new();
    for (i, c) in raw.extra_root_certs.iter().flatten().enumerate() {
        let path = c.get_ref().trim();
        if path.is_empty() {
            ck.err(
                c.span(),
                format!("extra_root_certs[{i}]"),
                "must be the path of a PEM file",
            );
        } else {
            extra_root_certs.push(path.to_owned());
        }
    }

    let status_feeds = match &raw.status_feed {
        None => provider.default_status_feeds(),
        Some(list) => {
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
                if let Err(msg) = check_https(f.url.get_ref(), false) {
                    ck.err(f.url.span(), format!("status_feed[{i}].url"), msg);
                }
                feeds.push(StatusFeed {
                    name,
                    kind: *f.kind.get_ref(),
                    url: f.url.get_ref().trim().to_owned(),
                });
            }
            feeds
        }
    };

    let connectivity_checks = match &raw.connectivity_check {
        None => default_connectivity_checks(),
        Some(list) => {
            let mut checks = Vec::new();
            for (i, c) in list.iter().enumerate() {
                let span = c.span();
                let c = c.get_ref();
                let url = c.url.get_ref().trim().to_owned();
                match url::Url::parse(&url) {
                    Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => {}
                    _ => ck.err(
                        c.url.span(),
                        format!("connectivity_check[{i}].url"),
                        format!("\"{url}\" must be an http:// or https:// URL with a host"),
                    ),
                }
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
    };
    let graph = check_graph(&mut ck, raw.graph.as_ref(), provider);
    let enrollment_api = check_enrollment_api(&mut ck, raw.enrollment_api.as_ref(), provider);

    if !ck.errors.is_empty() {
        return Err(PolicyErrors(ck.errors));
    }
    Ok(Policy {
        schema: SCHEMA_VERSION,
        organization,
        provider,
        tenant,
        enrollment,
        helpdesk,
        portals,
        probe_interval_s,
        extra_root_certs,
        status_feeds,
        connectivity_checks,
        graph,
        enrollment_api,
    })
}

fn check_graph(
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
    for (field, value, slot) in [
        ("graph.authority", &r.authority, &mut g.authority),
        ("graph.base_url", &r.base_url, &mut g.base_url),
    ] {
        if let Some(v) = value {
            if let Err(msg) = check_https(v.get_ref(), true) {
                ck.err(v.span(), field, msg);
            }
            *slot = v.get_ref().trim().trim_end_matches('/').to_owned();
        }
    }
    g
}

fn check_enrollment_api(
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
    let url = &raw.get_ref().base_url;
    if let Err(msg) = check_https(url.get_ref(), true) {
        ck.err(url.span(), "enrollment_api.base_url", msg);
    }
    Some(EnrollmentApi {
        base_url: url.get_ref().trim().trim_end_matches('/').to_owned(),
    })
}

fn check_enrollment(
    ck: &mut Checker<'_>,
    raw: Option<&Spanned<RawEnrollment>>,
    provider: Provider,
    now: Timestamp,
) -> Enrollment {
    let mut out = Enrollment {
        deadline: None,
        new_user_days: None,
        min_methods: DEFAULT_MIN_METHODS,
        min_phishing_resistant: 0,
        allowed_methods: provider.default_methods(),
    };
    let Some(raw) = raw else {
        return out;
    };
    let table_span = raw.span();
    let raw = raw.get_ref();
    // Cross-field checks below only run when the fields they compare were valid,
    // so one mistake is reported once.
    let errors_before = ck.errors.len();

    if let Some(d) = &raw.deadline {
        match datetime_to_timestamp(d.get_ref()) {
            Ok(ts) => {
                let five_years = SignedDuration::from_hours(5 * 366 * 24);
                if ts.duration_since(now) > five_years {
                    ck.err(
                        d.span(),
                        "enrollment.deadline",
                        format!("{} is more than 5 years away: check the year", d.get_ref()),
                    );
                }
                out.deadline = Some(ts);
            }
            Err(msg) => ck.err(d.span(), "enrollment.deadline", msg),
        }
    }

    if let Some(n) = &raw.new_user_days {
        match u32::try_from(*n.get_ref()) {
            Ok(v) if (1..=365).contains(&v) => out.new_user_days = Some(v),
            _ => ck.err(
                n.span(),
                "enrollment.new_user_days",
                "must be between 1 and 365 (days)",
            ),
        }
    }

    let mut min_methods_span = table_span.clone();
    if let Some(m) = &raw.min_methods {
        min_methods_span = m.span();
        match u32::try_from(*m.get_ref()) {
            Ok(0) | Err(_) => ck.err(m.span(), "enrollment.min_methods", "must be at least 1"),
            Ok(v) if v > 10 => ck.err(m.span(), "enrollment.min_methods", "must be at most 10"),
            Ok(v) => out.min_methods = v,
        }
    }

    let mut min_pr_span = table_span.clone();
    if let Some(m) = &raw.min_phishing_resistant {
        min_pr_span = m.span();
        match u32::try_from(*m.get_ref()) {
            Err(_) => ck.err(m.span(), "enrollment.min_phishing_resistant", "must be 0 or more"),
            Ok(v) if v > out.min_methods => ck.err(
                m.span(),
                "enrollment.min_phishing_resistant",
                format!(
                    "is {v}, more than enrollment.min_methods ({}): phishing-resistant methods are part of that count",
                    out.min_methods
                ),
            ),
            Ok(v) => out.min_phishing_resistant = v,
        }
    }

    if let Some(list) = &raw.allowed_methods {
        let mut kinds = Vec::new();
        for (i, item) in list.get_ref().iter().enumerate() {
            let id = item.get_ref().trim();
            match MethodKind::from_id(id) {
                Some(kind) if kinds.contains(&kind) => ck.err(
                    item.span(),
                    format!("enrollment.allowed_methods[{i}]"),
                    format!("\"{id}\" is listed twice"),
                ),
                Some(kind) => kinds.push(kind),
                None => ck.err(
                    item.span(),
                    format!("enrollment.allowed_methods[{i}]"),
                    format!(
                        "unknown method \"{id}\"; known methods: {}",
                        MethodKind::all_ids()
                    ),
                ),
            }
        }
        if list.get_ref().is_empty() {
            ck.err(
                list.span(),
                "enrollment.allowed_methods",
                "must list at least one method (or leave it out for the provider's defaults)",
            );
        }
        out.allowed_methods = kinds;
        // Keep catalogue order so lists look the same everywhere.
        out.allowed_methods
            .sort_by_key(|k| MethodKind::ALL.iter().position(|a| a == k));
    }

    if ck.errors.len() > errors_before {
        return out;
    }
    let allowed_mfa = out.allowed_methods.iter().filter(|k| k.is_mfa()).count();
    let allowed_pr = out
        .allowed_methods
        .iter()
        .filter(|k| k.is_phishing_resistant())
        .count();
    if u32::try_from(allowed_mfa).unwrap_or(u32::MAX) < out.min_methods {
        ck.err(
            min_methods_span,
            "enrollment.min_methods",
            format!(
                "requires {} methods but only {allowed_mfa} MFA-capable methods are allowed (e-mail does not count)",
                out.min_methods
            ),
        );
    }
    if u32::try_from(allowed_pr).unwrap_or(u32::MAX) < out.min_phishing_resistant {
        ck.err(
            min_pr_span,
            "enrollment.min_phishing_resistant",
            format!(
                "requires {} phishing-resistant methods but only {allowed_pr} are allowed",
                out.min_phishing_resistant
            ),
        );
    }
    out
}

/// A TOML datetime as an instant: it must carry a date, a time and a UTC offset.
fn datetime_to_timestamp(dt: &toml::value::Datetime) -> Result<Timestamp, String> {
    if dt.date.is_none() || dt.time.is_none() {
        return Err(format!(
            "{dt} needs a date and a time, e.g. 2026-12-15T17:00:00+01:00"
        ));
    }
    if dt.offset.is_none() {
        return Err(format!(
            "{dt} has no UTC offset: write it as e.g. {dt}+01:00 or {dt}Z so every time zone agrees"
        ));
    }
    dt.to_string()
        .parse::<Timestamp>()
        .map_err(|e| format!("{dt} is not a valid date and time: {e}"))
}

/// Best effort: the `[helpdesk]` contact of a policy that failed validation, so the
/// user who sees the errors also sees whom to call. Only well-formed values are kept
/// (an `url` must be https).
pub fn salvage_helpdesk(text: &str) -> Option<Helpdesk> {
    let table: toml::Table = toml::from_str(text).ok()?;
    let hd = table.get("helpdesk")?.as_table()?;
    let get = |k: &str| {
        hd.get(k)
            .and_then(toml::Value::as_str)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let name = get("name").unwrap_or_else(|| "Your IT helpdesk".to_owned());
    let url = get("url").filter(|u| check_https(u, false).is_ok());
    let phone = get("phone");
    let email = get("email").filter(|e| e.contains('@'));
    if url.is_none() && phone.is_none() && email.is_none() {
        return None;
    }
    Some(Helpdesk {
        name,
        url,
        phone,
        email,
    })
}

/// Checks that `url` is an absolute https URL with a host. With `allow_loopback_http`,
/// `http://127.0.0.1`, `http://[::1]` and `http://localhost` pass too (labs and tests).
pub fn check_https(url: &str, allow_loopback_http: bool) -> Result<(), String> {
    let parsed =
        url::Url::parse(url.trim()).map_err(|e| format!("\"{url}\" is not a valid URL: {e}"))?;
    let host = parsed.host_str().unwrap_or("");
    if host.is_empty() {
        return Err(format!("\"{url}\" has no host"));
    }
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if allow_loopback_http && is_loopback_host(host) => Ok(()),
        "http" if allow_loopback_http => Err(format!(
            "\"{url}\" must use https:// (plain http is allowed only for 127.0.0.1 and localhost)"
        )),
        _ => Err(format!("\"{url}\" must use https://")),
    }
}

fn is_loopback_host(host: &str) -> bool {
    host == "localhost"
        || host == "[::1]"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-11-22T09:00:00Z".parse().unwrap()
    }

    const VALID: &str = r#"schema = 1
organization = "Contoso"
provider = "entra"
tenant = "contoso.onmicrosoft.com"

[enrollment]
deadline = 2026-12-15T17:00:00+01:00
new_user_days = 14
min_methods = 2
min_phishing_resistant = 1
allowed_methods = ["authenticator_app", "passkey", "security_key", "windows_hello", "phone_sms", "software_oath"]

[helpdesk]
name = "Contoso Service Desk"
url = "https://help.contoso.com/mfa"
phone = "+1 425 555 0100"
email = "servicedesk@contoso.com"

[[portal]]
name = "My Sign-Ins (security info)"
url = "https://mysignins.microsoft.com/security-info"
slow_ms = 2000
timeout_ms = 10000
"#;

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
    }

    /// Asserts the policy fails with an error at `line` naming `field` and containing `needle`.
    #[track_caller]
    fn assert_error(text: &str, line: usize, field: &str, needle: &str) -> PolicyError {
        let errs = match parse(text, "policy.toml", now()) {
            Ok(_) => panic!("expected an error for field {field}"),
            Err(e) => e,
        };
        let found = errs
            .0
            .iter()
            .find(|e| e.field == field)
            .unwrap_or_else(|| panic!("no error for field {field:?} in:\n{errs}"));
        assert_eq!(found.line, line, "wrong line in: {found}");
        assert!(
            found.message.contains(needle),
            "message {:?} lacks {needle:?}",
            found.message
        );
        let shown = found.to_string();
        assert!(
            shown.starts_with(&format!("policy.toml:{line}:{}: {field}: ", found.column)),
            "{shown}"
        );
        found.clone()
    }

    fn replace_line(text: &str, line_no: usize, new: &str) -> String {
        text.lines()
            .enumerate()
            .map(|(i, l)| if i + 1 == line_no { new } else { l })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn min_methods_zero_names_line_and_column() {
        let text = replace_line(VALID, 9, "min_methods = 0");
        let e = assert_error(&text, 9, "enrollment.min_methods", "must be at least 1");
        assert_eq!(e.column, 15);
        assert_eq!(
            e.to_string(),
            "policy.toml:9:15: enrollment.min_methods: must be at least 1"
        );
    }

    #[test]
    fn malformed_unknown_top_level_key() {
        let text = VALID.replace("tenant = ", "tennant = ");
        assert_error(&text, 4, "tennant", "unknown field `tennant`");
    }

    #[test]
    fn malformed_unknown_key_in_enrollment() {
        let text = replace_line(VALID, 8, "new_users_days = 14");
        assert_error(&text, 8, "enrollment.new_users_days", "unknown field");
    }

    #[test]
    fn malformed_wrong_type_min_methods() {
        let text = replace_line(VALID, 9, "min_methods = \"two\"");
        assert_error(&text, 9, "enrollment.min_methods", "invalid type");
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
    fn malformed_unknown_method_id() {
        let text = VALID.replace("\"phone_sms\"", "\"sms\"");
        let e = assert_error(
            &text,
            11,
            "enrollment.allowed_methods[4]",
            "unknown method \"sms\"",
        );
        assert!(
            e.message.contains("phone_sms"),
            "lists the known ids: {}",
            e.message
        );
    }

    #[test]
    fn malformed_duplicate_method() {
        let text = VALID.replace("\"software_oath\"]", "\"passkey\"]");
        assert_error(&text, 11, "enrollment.allowed_methods[5]", "listed twice");
    }

    #[test]
    fn malformed_phishing_resistant_above_min_methods() {
        let text = replace_line(VALID, 10, "min_phishing_resistant = 3");
        assert_error(
            &text,
            10,
            "enrollment.min_phishing_resistant",
            "more than enrollment.min_methods",
        );
    }

    #[test]
    fn malformed_more_required_than_allowed() {
        let text = replace_line(
            &replace_line(
                VALID,
                11,
                "allowed_methods = [\"authenticator_app\", \"email\"]",
            ),
            10,
            "min_phishing_resistant = 0",
        );
        assert_error(&text, 9, "enrollment.min_methods", "only 1 MFA-capable");
    }

    #[test]
    fn malformed_more_phishing_resistant_required_than_allowed() {
        let text = replace_line(
            VALID,
            11,
            "allowed_methods = [\"authenticator_app\", \"phone_sms\"]",
        );
        assert_error(
            &text,
            10,
            "enrollment.min_phishing_resistant",
            "only 0 are allowed",
        );
    }

    #[test]
    fn malformed_http_helpdesk_url() {
        let text = replace_line(VALID, 15, "url = \"http://help.contoso.com/mfa\"");
        assert_error(&text, 15, "helpdesk.url", "must use https://");
    }

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
    fn malformed_new_user_days_out_of_range() {
        let text = replace_line(VALID, 8, "new_user_days = 0");
        assert_error(&text, 8, "enrollment.new_user_days", "between 1 and 365");
        let text = replace_line(VALID, 8, "new_user_days = 366");
        assert_error(&text, 8, "enrollment.new_user_days", "between 1 and 365");
    }

    #[test]
    fn malformed_deadline_too_far() {
        let text = replace_line(VALID, 7, "deadline = 2036-12-15T17:00:00+01:00");
        assert_error(&text, 7, "enrollment.deadline", "more than 5 years away");
    }

    #[test]
    fn malformed_deadline_without_offset() {
        let text = replace_line(VALID, 7, "deadline = 2026-12-15T17:00:00");
        assert_error(&text, 7, "enrollment.deadline", "no UTC offset");
    }

    #[test]
    fn malformed_deadline_date_only() {
        let text = replace_line(VALID, 7, "deadline = 2026-12-15");
        assert_error(&text, 7, "enrollment.deadline", "needs a date and a time");
    }

    #[test]
    fn malformed_deadline_as_string() {
        let text = replace_line(VALID, 7, "deadline = \"next friday\"");
        assert_error(&text, 7, "enrollment.deadline", "invalid type");
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
    fn malformed_helpdesk_email() {
        let text = replace_line(VALID, 17, "email = \"servicedesk\"");
        assert_error(&text, 17, "helpdesk.email", "must be an e-mail address");
    }

    #[test]
    fn malformed_helpdesk_phone() {
        let text = replace_line(VALID, 16, "phone = \"call us\"");
        assert_error(&text, 16, "helpdesk.phone", "must be a phone number");
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
    fn malformed_okta_without_tenant() {
        let text = "schema = 1\norganization = \"X\"\nprovider = \"okta\"\n";
        assert_error(text, 3, "tenant", "needs `tenant`");
    }

    #[test]
    fn malformed_custom_without_portal() {
        let text = "schema = 1\norganization = \"X\"\nprovider = \"custom\"\n";
        assert_error(text, 3, "portal", "at least one [[portal]]");
    }

    #[test]
    fn malformed_tenant_with_scheme() {
        let text = replace_line(VALID, 4, "tenant = \"https://contoso.onmicrosoft.com\"");
        assert_error(&text, 4, "tenant", "bare domain");
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
    fn one_mistake_is_reported_once() {
        let text = replace_line(VALID, 9, "min_methods = 0");
        let errs = parse(&text, "policy.toml", now()).unwrap_err();
        assert_eq!(errs.0.len(), 1, "{errs}");
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("abc", 0), (1, 1));
        assert_eq!(line_col("a\nbc", 3), (2, 2));
        assert_eq!(line_col("é\nx", 3), (2, 1));
        assert_eq!(line_col("éx", 2), (1, 2));
        assert_eq!(line_col("x", 99), (1, 2));
    }

    // ---- issue 3: probes, feeds, connectivity checks -------------------

    const PROBING: &str = r#"schema = 1
organization = "Contoso"
provider = "custom"
probe_interval_s = 120
extra_root_certs = ["/etc/contoso/inspection-ca.pem"]

[[portal]]
name = "Lab portal"
url = "http://127.0.0.1:8080/ok"

[[status_feed]]
name = "Contoso status"
kind = "statuspage"
url = "https://status.contoso.com/api/v2/summary.json"

[[connectivity_check]]
url = "http://127.0.0.1:8080/connecttest.txt"
expect_body = "Microsoft Connect Test"

[[connectivity_check]]
url = "http://127.0.0.1:8080/generate_204"
expect_status = 204
"#;

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
            Expectation::Body("Microsoft Connect Test".into())
        );
        assert_eq!(p.connectivity_checks[1].expect, Expectation::Status(204));
    }

    #[test]
    fn probing_defaults_come_from_the_provider() {
        let p = parse(VALID, "policy.toml", now()).unwrap();
        assert_eq!(p.probe_interval_s, DEFAULT_PROBE_INTERVAL_S);
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
        for provider in [Provider::Entra, Provider::Duo, Provider::Google] {
            for f in provider.default_status_feeds() {
                assert!(check_https(&f.url, false).is_ok(), "{}", f.url);
            }
        }
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
    fn malformed_connectivity_check() {
        let text = replace_line(PROBING, 17, "url = \"ftp://x/\"");
        assert_error(&text, 17, "connectivity_check[0].url", "http://");
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
    }

    #[test]
    fn graph_errors_are_located() {
        let base = VALID.lines().count();
        let text = format!("{VALID}\n[graph]\nbase_url = \"http://graph.example.com\"\n");
        assert_error(&text, base + 3, "graph.base_url", "must use https://");
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
