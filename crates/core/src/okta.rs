//! Okta's MyAccount API: `GET {org}/idp/myaccount/authenticators?expand=enrollments`
//! → method kinds, Okta's error bodies, and the org authorization server's OIDC
//! discovery document. Pure: the caller fetches, this reads.
//!
//! The shapes are Okta's published ones (`okta.idp.yaml`, the MyAccount Management
//! API: the `Authenticator` and `AuthenticatorEnrollment` schemas and their
//! examples, which the tests read straight from the team's `shared/real/okta/`).
//!
//! Decisions:
//! * **Keys** (`AuthenticatorKey`): `okta_verify` → [`MethodKind::AuthenticatorApp`];
//!   `google_otp` → [`MethodKind::SoftwareOath`] (any TOTP code generator);
//!   `okta_email` → [`MethodKind::Email`] (recovery only: the catalogue's tier never
//!   lets it count); `okta_password` and `security_question` are not MFA (ignored);
//!   every other key (`custom_app`, `duo`, `external_idp`, `rsa_token`, …) is listed
//!   as unknown ("another Okta authenticator") and never counted.
//! * **WebAuthn** (`webauthn`): each enrollment is one method of one kind, its own
//!   name ("MacBook Touch ID", "YubiKey 5") its detail. Okta does not say whether it
//!   is a synced passkey, a platform authenticator or a security key, so the device is
//!   taken only from what the name plainly says: a hardware key's name (YubiKey,
//!   Titan, Feitian, Nitrokey, SoloKey, "security key") → [`MethodKind::SecurityKey`];
//!   "Windows Hello" → [`MethodKind::WindowsHello`]; anything else →
//!   [`MethodKind::Passkey`]. The passkey's failure domain is the phone, the most
//!   conservative choice: an enrollment of unknown device never satisfies the
//!   one-device rule beside a phone method, and never counts as a second device on
//!   its own (a "MacBook Touch ID" plus Okta Verify is still one device to the rule).
//! * **Phones** (`phone_number`): Okta enrolls a number for SMS or voice and the list
//!   does not say which, so each enrolled number is one [`MethodKind::PhoneSms`]
//!   (never also `PhoneVoice`: one number is one method).
//! * **Deep links**: per catalogue kind the authenticator's `id` is kept in
//!   [`MethodsPage::setup_ids`] when Okta lets it be enrolled (`enrollable` not
//!   false), so a missing method's setup button opens
//!   `{org}/idp/bootstrap/enroll-authenticator/{id}`.
//! * Enrollment links come as `_links` or `links` (the published examples use both
//!   spellings); neither is needed to count an enrollment. An enrollment id seen twice
//!   counts once. An authenticator without `_embedded` has no enrollments.
//! * Every text read (names, phone numbers, error summaries, ids) is external: one
//!   clean line of capped length ([`text::single_line_capped`]).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

use crate::graph::{IgnoredMethod, MethodsPage, RegisteredMethod, UnknownMethod};
use crate::methods::MethodKind;
use crate::text;
use crate::weburl;

/// The path (with its query) of the list MFA Ready reads.
pub const AUTHENTICATORS_PATH: &str = "/idp/myaccount/authenticators?expand=enrollments";
/// The `Accept` header the MyAccount API requires (without it: 406, E0000149).
pub const ACCEPT: &str = "application/json; okta-version=1.0.0";
/// The scopes MFA Ready asks Okta for.
pub const SCOPES: [&str; 3] = [
    "okta.myAccount.authenticators.read",
    "openid",
    "offline_access",
];
/// The scope the list needs (IT grants it to the app in Okta API Scopes).
pub const READ_SCOPE: &str = "okta.myAccount.authenticators.read";
/// Where the org authorization server describes itself.
pub const DISCOVERY_PATH: &str = "/.well-known/openid-configuration";

/// The longest name or detail kept, in characters.
const MAX_NAME_CHARS: usize = 100;
/// The longest error summary kept, in characters.
const MAX_SUMMARY_CHARS: usize = 500;
/// At most this many authenticators and enrollments per authenticator are read.
const MAX_ITEMS: usize = 200;

/// Why an authenticators answer could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OktaParseError {
    /// The body is an Okta error, not a list.
    #[error("Okta returned an error: {0}")]
    Api(OktaError),
    /// Not JSON.
    #[error("the authenticators answer is not valid JSON: {0}")]
    Syntax(String),
    /// JSON, but not a list of authenticators.
    #[error("the authenticators answer has an unexpected shape: {0}")]
    Shape(String),
}

/// An Okta error body: `{errorCode, errorSummary, errorLink, errorId, errorCauses}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OktaError {
    /// `errorCode`, e.g. `E0000006`.
    pub code: String,
    /// `errorSummary`.
    pub summary: String,
    /// `errorId`: Okta Support's reference.
    pub id: Option<String>,
    /// `errorCauses[].errorSummary` (or the one string a 406 carries).
    pub causes: Vec<String>,
}

/// What an Okta error means for MFA Ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OktaErrorKind {
    /// `E0000015`: the org has not turned on the MyAccount API (or the feature the
    /// request needs): IT's configuration, not the user's sign-in.
    ApiNotEnabled,
    /// `E0000006`: access denied: the token lacks the scope (not granted to the app).
    AccessDenied,
    /// `E0000149`: the request was not acceptable (the `Accept` header).
    NotAcceptable,
    /// `E0000047`: rate limit.
    RateLimited,
    /// Any other code.
    Other,
}

impl OktaError {
    pub fn kind(&self) -> OktaErrorKind {
        match self.code.as_str() {
            "E0000015" => OktaErrorKind::ApiNotEnabled,
            "E0000006" => OktaErrorKind::AccessDenied,
            "E0000149" => OktaErrorKind::NotAcceptable,
            "E0000047" => OktaErrorKind::RateLimited,
            _ => OktaErrorKind::Other,
        }
    }
}

impl std::fmt::Display for OktaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.summary)?;
        if let Some(id) = &self.id {
            write!(f, " (errorId {id})")?;
        }
        Ok(())
    }
}

fn s<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A string field as one clean line of at most `max` characters.
fn line(v: &Value, key: &str, max: usize) -> Option<String> {
    s(v, key)
        .map(|t| text::single_line_capped(t, max))
        .filter(|t| !t.is_empty())
}

/// Parses an Okta error body. `None` when `bytes` is not one.
pub fn parse_error(bytes: &[u8]) -> Option<OktaError> {
    let v: Value = serde_json::from_slice(bytes).ok()?;
    error_from_value(&v)
}

fn error_from_value(v: &Value) -> Option<OktaError> {
    let code = line(v, "errorCode", 40)?;
    let causes = match v.get("errorCauses") {
        Some(Value::Array(items)) => items
            .iter()
            .take(10)
            .filter_map(|c| line(c, "errorSummary", MAX_SUMMARY_CHARS))
            .collect(),
        Some(Value::String(c)) if !c.trim().is_empty() => {
            vec![text::single_line_capped(c.trim(), MAX_SUMMARY_CHARS)]
        }
        _ => Vec::new(),
    };
    Some(OktaError {
        code,
        summary: line(v, "errorSummary", MAX_SUMMARY_CHARS).unwrap_or_default(),
        id: line(v, "errorId", MAX_NAME_CHARS),
        causes,
    })
}

/// What one Okta authenticator key is to the catalogue.
enum Key {
    /// Each enrollment is one method of this kind.
    Counts(MethodKind),
    /// WebAuthn: the kind comes from each enrollment's name.
    WebAuthn,
    /// Exists, never MFA (password, security question).
    Ignored,
    /// A key this version does not map.
    Unknown,
}

fn key(k: &str) -> Key {
    match k {
        "okta_verify" => Key::Counts(MethodKind::AuthenticatorApp),
        "google_otp" => Key::Counts(MethodKind::SoftwareOath),
        "phone_number" => Key::Counts(MethodKind::PhoneSms),
        "okta_email" => Key::Counts(MethodKind::Email),
        "webauthn" => Key::WebAuthn,
        "okta_password" | "security_question" => Key::Ignored,
        _ => Key::Unknown,
    }
}

/// The kinds a deep link to this key's authenticator can set up.
fn setup_kinds(k: &str) -> &'static [MethodKind] {
    match key(k) {
        Key::Counts(MethodKind::PhoneSms) => &[MethodKind::PhoneSms, MethodKind::PhoneVoice],
        Key::Counts(MethodKind::AuthenticatorApp) => &[MethodKind::AuthenticatorApp],
        Key::Counts(MethodKind::SoftwareOath) => &[MethodKind::SoftwareOath],
        Key::Counts(MethodKind::Email) => &[MethodKind::Email],
        Key::WebAuthn => &[
            MethodKind::Passkey,
            MethodKind::SecurityKey,
            MethodKind::WindowsHello,
        ],
        _ => &[],
    }
}

/// The hardware keys a WebAuthn enrollment's name may plainly name (lowercase).
const HARDWARE_KEY_NAMES: [&str; 6] = [
    "yubikey",
    "titan",
    "feitian",
    "nitrokey",
    "solokey",
    "security key",
];

/// A WebAuthn enrollment's kind, from what its name plainly says (see the module doc).
pub fn webauthn_kind(name: Option<&str>) -> MethodKind {
    let lower = name.unwrap_or_default().to_lowercase();
    if HARDWARE_KEY_NAMES.iter().any(|n| lower.contains(n)) {
        MethodKind::SecurityKey
    } else if lower.contains("windows hello") {
        MethodKind::WindowsHello
    } else {
        MethodKind::Passkey
    }
}

/// An enrollment's detail: the phone number or e-mail address of its profile, else
/// its name, else its nickname.
fn detail(enrollment: &Value) -> Option<String> {
    let profile = enrollment.get("profile").unwrap_or(&Value::Null);
    line(profile, "phoneNumber", MAX_NAME_CHARS)
        .or_else(|| line(profile, "email", MAX_NAME_CHARS))
        .or_else(|| line(enrollment, "name", MAX_NAME_CHARS))
        .or_else(|| line(enrollment, "nickname", MAX_NAME_CHARS))
}

fn parse_time(v: &Value) -> Option<jiff::Timestamp> {
    s(v, "created").and_then(|t| t.parse().ok())
}

/// Parses `GET /idp/myaccount/authenticators?expand=enrollments`: a JSON array of
/// authenticators, each with its enrollments under `_embedded.enrollments`.
///
/// An Okta error body gives [`OktaParseError::Api`]; anything but an array gives
/// [`OktaParseError::Shape`]. Unknown keys are collected, never errors.
pub fn parse_authenticators(bytes: &[u8]) -> Result<MethodsPage, OktaParseError> {
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| OktaParseError::Syntax(e.to_string()))?;
    if let Some(err) = error_from_value(&v) {
        return Err(OktaParseError::Api(err));
    }
    let items = v
        .as_array()
        .ok_or_else(|| OktaParseError::Shape("not a list of authenticators".to_owned()))?;
    let mut page = MethodsPage::default();
    let mut seen: Vec<String> = Vec::new();
    for (i, auth) in items.iter().take(MAX_ITEMS).enumerate() {
        if !auth.is_object() {
            return Err(OktaParseError::Shape(format!(
                "authenticator [{i}] is not an object"
            )));
        }
        let k = line(auth, "key", 40).unwrap_or_default();
        let auth_id = line(auth, "id", MAX_NAME_CHARS);
        let enrollable = auth.get("enrollable").and_then(Value::as_bool) != Some(false);
        if enrollable && let Some(id) = &auth_id {
            for kind in setup_kinds(&k) {
                page.setup_ids.insert(*kind, id);
            }
        }
        let enrollments = auth
            .get("_embedded")
            .and_then(|e| e.get("enrollments"))
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        for e in enrollments.iter().take(MAX_ITEMS) {
            let id = line(e, "id", MAX_NAME_CHARS).unwrap_or_default();
            if !id.is_empty() {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id.clone());
            }
            add_enrollment(&mut page, &k, id, e);
        }
    }
    Ok(page)
}

/// Files one enrollment of an authenticator with key `k`.
fn add_enrollment(page: &mut MethodsPage, k: &str, id: String, e: &Value) {
    let kind = match key(k) {
        Key::Counts(kind) => kind,
        Key::WebAuthn => webauthn_kind(line(e, "name", MAX_NAME_CHARS).as_deref()),
        Key::Ignored => {
            page.ignored.push(IgnoredMethod {
                graph_type: k.to_owned(),
                id,
            });
            return;
        }
        Key::Unknown => {
            page.unknown.push(UnknownMethod {
                odata_type: k.to_owned(),
                id: Some(id).filter(|i| !i.is_empty()),
            });
            return;
        }
    };
    page.methods.push(RegisteredMethod {
        kinds: vec![kind],
        graph_type: k.to_owned(),
        id,
        detail: detail(e),
        created: parse_time(e),
    });
}

/// `X-Rate-Limit-Reset` (Okta: when the limit resets, in seconds since the epoch) as
/// the time to retry at. `None` when it is not such a number.
pub fn rate_limit_reset(value: &str) -> Option<crate::backoff::RetryAfter> {
    let secs: i64 = value.trim().parse().ok()?;
    jiff::Timestamp::from_second(secs)
        .ok()
        .map(crate::backoff::RetryAfter::At)
}

/// The org authorization server's endpoints MFA Ready signs in with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcEndpoints {
    pub authorization_endpoint: Url,
    pub token_endpoint: Url,
}

/// Why a discovery document cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiscoveryError {
    #[error("the sign-in configuration is not valid JSON: {0}")]
    Syntax(String),
    #[error("the sign-in configuration has no {0}")]
    Missing(&'static str),
    /// The endpoint breaks the one URL rule (https, or http to loopback).
    #[error("the sign-in configuration's {field} is not usable: {why}")]
    Url { field: &'static str, why: String },
    /// The endpoint is not on the org's origin: a token never goes elsewhere.
    #[error("the sign-in configuration's {field} ({url}) is not on {org}: refused")]
    OtherOrigin {
        field: &'static str,
        url: String,
        org: String,
    },
}

/// Reads `GET {org}/.well-known/openid-configuration`: the `authorization_endpoint`
/// and `token_endpoint`, each under the one URL rule and on `org`'s origin, and an
/// `issuer` that is the org itself.
pub fn parse_discovery(bytes: &[u8], org: &Url) -> Result<OidcEndpoints, DiscoveryError> {
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| DiscoveryError::Syntax(e.to_string()))?;
    let endpoint = |field: &'static str| -> Result<Url, DiscoveryError> {
        let raw = s(&v, field).ok_or(DiscoveryError::Missing(field))?;
        let url = weburl::service_url(raw).map_err(|e| DiscoveryError::Url {
            field,
            why: e.to_string(),
        })?;
        if !weburl::same_origin(org, &url) {
            return Err(DiscoveryError::OtherOrigin {
                field,
                url: weburl::redact(&text::single_line_capped(raw, 200)),
                org: org.origin().ascii_serialization(),
            });
        }
        Ok(url)
    };
    let endpoints = OidcEndpoints {
        authorization_endpoint: endpoint("authorization_endpoint")?,
        token_endpoint: endpoint("token_endpoint")?,
    };
    // OpenID Connect Discovery §4.3: the issuer is the org itself (the org
    // authorization server), not a look-alike that copied its endpoints.
    let issuer = endpoint("issuer")?;
    if !issuer.path().trim_matches('/').is_empty() {
        return Err(DiscoveryError::OtherOrigin {
            field: "issuer",
            url: weburl::redact(issuer.as_str()),
            org: org.origin().ascii_serialization(),
        });
    }
    Ok(endpoints)
}

#[cfg(test)]
mod examples;

#[cfg(test)]
mod tests;
