//! Microsoft Graph `GET /me/authentication/methods` → method kinds, and
//! Graph error bodies.
//!
//! Decisions where the brief was silent:
//! * **FIDO2**: a `fido2AuthenticationMethod` is a [`MethodKind::Passkey`]
//!   when its `aaGuid` is Microsoft Authenticator's (iOS
//!   `90a3ccdf-635c-4729-a248-9b709135078f`, Android
//!   `de1e552d-db1d-4423-a619-566b625cdc84`), its `model` mentions
//!   "Authenticator", or its `passkeyType` is `synced` (a synced passkey is
//!   not a hardware key either). Everything else — including
//!   `passkeyType: deviceBound` with another AAGUID, e.g. a YubiKey — is a
//!   [`MethodKind::SecurityKey`].
//! * **Phones**: a `mobile` number counts as both [`MethodKind::PhoneSms`]
//!   and [`MethodKind::PhoneVoice`] (Entra can text or call it);
//!   `alternateMobile` and `office` count only as `PhoneVoice` (Entra does
//!   not send SMS to them); an unrecognised `phoneType` counts as
//!   `PhoneVoice`. `smsSignInState` is about SMS *sign-in* (first factor),
//!   not MFA, so it is ignored.
//! * `password` and `temporaryAccessPass` are listed as ignored.
//!   `passwordlessMicrosoftAuthenticator` (deprecated type) counts as
//!   [`MethodKind::AuthenticatorApp`]; `x509Certificate` counts as
//!   [`MethodKind::Certificate`]. Other types are reported as unknown.
//! * `detail` carries the phone number / e-mail unmasked; mask it with
//!   `mask` before display or logging.
//! * Every text read from an answer (details, error codes and messages, request
//!   ids) is external: it is made one clean line here ([`text::single_line`]), so
//!   no control character or bidi override reaches a terminal or the window.
//!
//! The generic REST API (provider `custom`, `assets/openapi/enrollment.yaml`)
//! answers in its own shapes; [`parse_custom_methods`] and [`parse_service_error`]
//! read them into the same types.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::methods::{MethodKind, SetupIds};
use crate::text;

/// The longest error message kept from an answer, in characters.
pub const MAX_MESSAGE_CHARS: usize = 500;

/// Microsoft Authenticator AAGUIDs (iOS, Android).
pub const AUTHENTICATOR_AAGUIDS: [&str; 2] = [
    "90a3ccdf-635c-4729-a248-9b709135078f",
    "de1e552d-db1d-4423-a619-566b625cdc84",
];

/// A registered method that counts towards MFA.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisteredMethod {
    /// Kinds this method provides (two for a mobile phone: SMS and voice).
    pub kinds: Vec<MethodKind>,
    /// Graph type without prefix/suffix, e.g. `fido2`, `phone`.
    pub graph_type: String,
    /// Graph `id` of the method.
    pub id: String,
    /// Human detail: device name, phone number, e-mail, key model.
    pub detail: Option<String>,
    /// `createdDateTime`, when present.
    pub created: Option<Timestamp>,
}

/// A method that exists but does not count (password, Temporary Access Pass).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IgnoredMethod {
    /// Graph type, e.g. `password`, `temporaryAccessPass`.
    pub graph_type: String,
    /// Graph `id`.
    pub id: String,
}

/// A method of a type this version does not know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnknownMethod {
    /// The full `@odata.type` (empty if absent).
    pub odata_type: String,
    /// Graph `id`, if present.
    pub id: Option<String>,
}

/// A parsed `/me/authentication/methods` page.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MethodsPage {
    /// Methods that count.
    pub methods: Vec<RegisteredMethod>,
    /// Methods that exist but do not count.
    pub ignored: Vec<IgnoredMethod>,
    /// Methods of unknown type (not fatal).
    pub unknown: Vec<UnknownMethod>,
    /// `@odata.nextLink`, if there are more pages.
    pub next_link: Option<String>,
    /// Per kind, the service's id to set it up with directly (Okta's authenticator
    /// ids; empty for Graph and the generic API).
    #[serde(default)]
    pub setup_ids: SetupIds,
}

impl MethodsPage {
    /// All kinds the user has, sorted and deduplicated.
    pub fn kinds(&self) -> Vec<MethodKind> {
        let mut k: Vec<MethodKind> = self
            .methods
            .iter()
            .flat_map(|m| m.kinds.iter().copied())
            .collect();
        k.sort();
        k.dedup();
        k
    }
}

/// A Graph error response body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GraphError {
    /// `error.code`, e.g. `GatewayTimeout`.
    pub code: String,
    /// `error.message`.
    pub message: String,
    /// `error.innerError.request-id`.
    pub request_id: Option<String>,
    /// `error.innerError.client-request-id`.
    pub client_request_id: Option<String>,
    /// `error.innerError.date` (Graph sends UTC without a zone designator).
    pub date: Option<Timestamp>,
}

impl std::fmt::Display for GraphError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)?;
        if let Some(r) = &self.request_id {
            write!(f, " (request-id {r})")?;
        }
        Ok(())
    }
}

/// Why a methods response could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphParseError {
    /// The body is a Graph error, not a methods list.
    #[error("Graph returned an error: {0}")]
    Api(GraphError),
    /// Not JSON.
    #[error("methods response is not valid JSON: {0}")]
    Syntax(String),
    /// JSON, but not a methods collection.
    #[error("methods response has an unexpected shape: {0}")]
    Shape(String),
}

fn s<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A string field as one clean line (external text), `None` when absent or empty.
fn owned(v: &Value, key: &str) -> Option<String> {
    s(v, key).map(text::single_line).filter(|s| !s.is_empty())
}

/// External text as one clean line of at most `max` characters.
fn clean(s: &str, max: usize) -> String {
    let line = text::single_line(s);
    match line.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

fn parse_time(t: &str) -> Option<Timestamp> {
    t.parse::<Timestamp>().ok().or_else(|| {
        t.parse::<jiff::civil::DateTime>()
            .ok()
            .and_then(|dt| dt.to_zoned(jiff::tz::TimeZone::UTC).ok())
            .map(|z| z.timestamp())
    })
}

/// Parses a Graph error body. Returns `None` if `bytes` is not one.
pub fn parse_graph_error(bytes: &[u8]) -> Option<GraphError> {
    let v: Value = serde_json::from_slice(bytes).ok()?;
    error_from_value(&v)
}

fn error_from_value(v: &Value) -> Option<GraphError> {
    let e = v.get("error")?;
    if !e.is_object() {
        return None;
    }
    let inner = e
        .get("innerError")
        .or_else(|| e.get("innererror"))
        .unwrap_or(&Value::Null);
    Some(GraphError {
        code: owned(e, "code").map_or_else(|| "unknown".to_owned(), |c| clean(&c, 100)),
        message: s(e, "message")
            .map(|m| clean(m, MAX_MESSAGE_CHARS))
            .unwrap_or_default(),
        request_id: owned(inner, "request-id"),
        client_request_id: owned(inner, "client-request-id"),
        date: s(inner, "date").and_then(parse_time),
    })
}

fn fido2_kind(item: &Value) -> MethodKind {
    let aaguid = s(item, "aaGuid").map(str::to_ascii_lowercase);
    let in_authenticator = aaguid
        .as_deref()
        .is_some_and(|a| AUTHENTICATOR_AAGUIDS.contains(&a))
        || s(item, "model").is_some_and(|m| m.to_ascii_lowercase().contains("authenticator"));
    let synced = s(item, "passkeyType").is_some_and(|p| p.eq_ignore_ascii_case("synced"));
    if in_authenticator || synced {
        MethodKind::Passkey
    } else {
        MethodKind::SecurityKey
    }
}

fn phone_kinds(item: &Value) -> Vec<MethodKind> {
    match s(item, "phoneType") {
        Some("mobile") => vec![MethodKind::PhoneSms, MethodKind::PhoneVoice],
        _ => vec![MethodKind::PhoneVoice],
    }
}

enum Class {
    Counts(Vec<MethodKind>, Option<String>),
    Ignored,
    Unknown,
}

fn classify(short: &str, item: &Value) -> Class {
    let display = || owned(item, "displayName");
    match short {
        "fido2" => Class::Counts(
            vec![fido2_kind(item)],
            display().or_else(|| owned(item, "model")),
        ),
        "microsoftAuthenticator" | "passwordlessMicrosoftAuthenticator" => {
            Class::Counts(vec![MethodKind::AuthenticatorApp], display())
        }
        "phone" => Class::Counts(phone_kinds(item), owned(item, "phoneNumber")),
        "softwareOath" => Class::Counts(vec![MethodKind::SoftwareOath], None),
        "hardwareOath" => {
            let dev = item.get("device").unwrap_or(&Value::Null);
            let detail = display()
                .or_else(|| owned(dev, "displayName"))
                .or_else(|| owned(dev, "serialNumber"))
                .or_else(|| owned(item, "serialNumber"));
            Class::Counts(vec![MethodKind::HardwareOath], detail)
        }
        "windowsHelloForBusiness" => Class::Counts(vec![MethodKind::WindowsHello], display()),
        "platformCredential" => Class::Counts(vec![MethodKind::PlatformCredential], display()),
        "email" => Class::Counts(vec![MethodKind::Email], owned(item, "emailAddress")),
        "x509Certificate" => Class::Counts(vec![MethodKind::Certificate], display()),
        "password" | "temporaryAccessPass" => Class::Ignored,
        _ => Class::Unknown,
    }
}

/// Parses one page of `GET /me/authentication/methods`.
///
/// A Graph error body gives [`GraphParseError::Api`]; a body without a
/// `value` array gives [`GraphParseError::Shape`]. Unknown method types are
/// collected in [`MethodsPage::unknown`], not errors.
pub fn parse_methods(bytes: &[u8]) -> Result<MethodsPage, GraphParseError> {
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| GraphParseError::Syntax(e.to_string()))?;
    if let Some(err) = error_from_value(&v) {
        return Err(GraphParseError::Api(err));
    }
    let items = v
        .get("value")
        .and_then(Value::as_array)
        .ok_or_else(|| GraphParseError::Shape("no `value` array".to_owned()))?;
    let mut page = MethodsPage {
        next_link: owned(&v, "@odata.nextLink"),
        ..MethodsPage::default()
    };
    for item in items {
        let odata_type = s(item, "@odata.type").unwrap_or_default();
        let id = owned(item, "id");
        let short = odata_type
            .strip_prefix("#microsoft.graph.")
            .and_then(|t| t.strip_suffix("AuthenticationMethod"));
        let (Some(short), Some(id_str)) = (short, id.clone()) else {
            page.unknown.push(UnknownMethod {
                odata_type: text::single_line(odata_type),
                id,
            });
            continue;
        };
        match classify(short, item) {
            Class::Counts(kinds, detail) => page.methods.push(RegisteredMethod {
                kinds,
                graph_type: short.to_owned(),
                id: id_str,
                detail,
                created: s(item, "createdDateTime").and_then(parse_time),
            }),
            Class::Ignored => page.ignored.push(IgnoredMethod {
                graph_type: short.to_owned(),
                id: id_str,
            }),
            Class::Unknown => page.unknown.push(UnknownMethod {
                odata_type: text::single_line(odata_type),
                id: Some(id_str),
            }),
        }
    }
    Ok(page)
}

/// An error body from either service: Graph's `{"error": {"code", "message",
/// "innerError": {…}}}` or the generic API's `{"error": {"code", "message",
/// "request_id"}}`. `None` when the body is neither.
pub fn parse_service_error(bytes: &[u8]) -> Option<GraphError> {
    let v: Value = serde_json::from_slice(bytes).ok()?;
    let mut e = error_from_value(&v)?;
    if e.request_id.is_none() {
        e.request_id = v.get("error").and_then(|x| owned(x, "request_id"));
    }
    Some(e)
}

/// The generic API's `{"methods": [{"kind": "phone_sms", "id": "…", "detail":
/// "+1 2065550100"}]}`. Unknown kinds are collected, not errors.
pub fn parse_custom_methods(bytes: &[u8]) -> Result<MethodsPage, GraphParseError> {
    let v: Value =
        serde_json::from_slice(bytes).map_err(|e| GraphParseError::Syntax(e.to_string()))?;
    let items = v
        .get("methods")
        .and_then(Value::as_array)
        .ok_or_else(|| GraphParseError::Shape("no \"methods\" array".to_owned()))?;
    let mut page = MethodsPage::default();
    for (i, item) in items.iter().enumerate() {
        let kind = s(item, "kind")
            .ok_or_else(|| GraphParseError::Shape(format!("methods[{i}] has no \"kind\"")))?;
        match MethodKind::from_id(kind) {
            Some(k) => page.methods.push(RegisteredMethod {
                kinds: vec![k],
                graph_type: kind.to_owned(),
                id: owned(item, "id").unwrap_or_default(),
                detail: owned(item, "detail"),
                created: None,
            }),
            None => page.unknown.push(UnknownMethod {
                odata_type: text::single_line(kind),
                id: None,
            }),
        }
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const METHODS: &[u8] = include_bytes!("../../../tests/fixtures/graph-methods.json");
    const ERR504: &[u8] = include_bytes!("../../../tests/fixtures/graph-error-504.json");

    #[test]
    fn methods_fixture() {
        let p = parse_methods(METHODS).unwrap();
        assert_eq!(
            p.ignored,
            vec![IgnoredMethod {
                graph_type: "password".into(),
                id: "28c10230-6103-485e-b985-444c60001490".into()
            }]
        );
        assert!(p.unknown.is_empty());
        assert_eq!(p.next_link, None);
        assert_eq!(p.methods.len(), 2);
        let app = &p.methods[0];
        assert_eq!(app.kinds, vec![MethodKind::AuthenticatorApp]);
        assert_eq!(app.id, "6a1c2b07-5b4e-4c2f-9a3e-2f0d9b1e7c11");
        assert_eq!(app.detail.as_deref(), Some("Pixel 9"));
        assert_eq!(app.created, Some("2025-03-14T08:21:00Z".parse().unwrap()));
        let phone = &p.methods[1];
        assert_eq!(
            phone.kinds,
            vec![MethodKind::PhoneSms, MethodKind::PhoneVoice]
        );
        assert_eq!(phone.detail.as_deref(), Some("+1 2065550100"));
        assert_eq!(phone.created, None);
        assert_eq!(
            p.kinds(),
            vec![
                MethodKind::AuthenticatorApp,
                MethodKind::PhoneSms,
                MethodKind::PhoneVoice
            ]
        );
    }

    fn one(item: Value) -> MethodsPage {
        parse_methods(json!({ "value": [item] }).to_string().as_bytes()).unwrap()
    }

    fn kinds_of(item: Value) -> Vec<MethodKind> {
        let p = one(item);
        assert_eq!(p.methods.len(), 1, "{p:?}");
        p.methods[0].kinds.clone()
    }

    #[test]
    fn fido2_passkey_vs_security_key() {
        let t = "#microsoft.graph.fido2AuthenticationMethod";
        assert_eq!(
            kinds_of(
                json!({"@odata.type": t, "id": "1", "aaGuid": "90A3CCDF-635C-4729-A248-9B709135078F"})
            ),
            vec![MethodKind::Passkey]
        );
        assert_eq!(
            kinds_of(
                json!({"@odata.type": t, "id": "1", "model": "Microsoft Authenticator - Android"})
            ),
            vec![MethodKind::Passkey]
        );
        assert_eq!(
            kinds_of(json!({"@odata.type": t, "id": "1", "passkeyType": "synced"})),
            vec![MethodKind::Passkey]
        );
        let yubi = one(
            json!({"@odata.type": t, "id": "1", "passkeyType": "deviceBound",
            "aaGuid": "cb69481e-8ff7-4039-93ec-0a2729a154a8", "model": "YubiKey 5 Series",
            "displayName": "Blue key"}),
        );
        assert_eq!(yubi.methods[0].kinds, vec![MethodKind::SecurityKey]);
        assert_eq!(yubi.methods[0].detail.as_deref(), Some("Blue key"));
        assert_eq!(
            kinds_of(json!({"@odata.type": t, "id": "1"})),
            vec![MethodKind::SecurityKey]
        );
    }

    #[test]
    fn phone_types() {
        let t = "#microsoft.graph.phoneAuthenticationMethod";
        assert_eq!(
            kinds_of(json!({"@odata.type": t, "id": "1", "phoneType": "alternateMobile"})),
            vec![MethodKind::PhoneVoice]
        );
        assert_eq!(
            kinds_of(json!({"@odata.type": t, "id": "1", "phoneType": "office"})),
            vec![MethodKind::PhoneVoice]
        );
    }

    #[test]
    fn other_types() {
        let cases = [
            ("softwareOath", MethodKind::SoftwareOath),
            ("hardwareOath", MethodKind::HardwareOath),
            ("windowsHelloForBusiness", MethodKind::WindowsHello),
            ("platformCredential", MethodKind::PlatformCredential),
            ("email", MethodKind::Email),
            ("x509Certificate", MethodKind::Certificate),
            (
                "passwordlessMicrosoftAuthenticator",
                MethodKind::AuthenticatorApp,
            ),
        ];
        for (short, kind) in cases {
            let t = format!("#microsoft.graph.{short}AuthenticationMethod");
            assert_eq!(kinds_of(json!({"@odata.type": t, "id": "x"})), vec![kind]);
        }
        let p = one(
            json!({"@odata.type": "#microsoft.graph.emailAuthenticationMethod",
                          "id": "e", "emailAddress": "kim@contoso.com"}),
        );
        assert_eq!(p.methods[0].detail.as_deref(), Some("kim@contoso.com"));
        let p = one(
            json!({"@odata.type": "#microsoft.graph.hardwareOathAuthenticationMethod",
                          "id": "h", "device": {"serialNumber": "SN123"}}),
        );
        assert_eq!(p.methods[0].detail.as_deref(), Some("SN123"));
    }

    #[test]
    fn tap_ignored_unknown_reported() {
        let body = json!({
            "@odata.nextLink": "https://graph.microsoft.com/v1.0/me/authentication/methods?$skiptoken=x",
            "value": [
                {"@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethod", "id": "t"},
                {"@odata.type": "#microsoft.graph.qrCodePinAuthenticationMethod", "id": "q"},
                {"@odata.type": "#microsoft.graph.somethingElse", "id": "s"},
                {"id": "no-type"},
                {"@odata.type": "#microsoft.graph.emailAuthenticationMethod"}
            ]
        });
        let p = parse_methods(body.to_string().as_bytes()).unwrap();
        assert!(p.methods.is_empty());
        assert_eq!(p.ignored.len(), 1);
        assert_eq!(p.ignored[0].graph_type, "temporaryAccessPass");
        assert_eq!(p.unknown.len(), 4);
        assert_eq!(
            p.unknown[0].odata_type,
            "#microsoft.graph.qrCodePinAuthenticationMethod"
        );
        assert_eq!(p.unknown[2].odata_type, "");
        assert_eq!(p.unknown[3].id, None);
        assert!(p.next_link.is_some_and(|l| l.contains("skiptoken")));
    }

    #[test]
    fn error_fixture() {
        let e = parse_graph_error(ERR504).unwrap();
        assert_eq!(e.code, "GatewayTimeout");
        assert!(
            e.message
                .starts_with("The server, while acting as a gateway")
        );
        assert_eq!(
            e.request_id.as_deref(),
            Some("4f3c2b1a-0d9e-4f8a-b7c6-5e4d3c2b1a09")
        );
        assert_eq!(e.client_request_id, e.request_id);
        assert_eq!(e.date, Some("2026-06-01T05:31:09Z".parse().unwrap()));
        assert!(e.to_string().contains("request-id 4f3c2b1a"));
        match parse_methods(ERR504) {
            Err(GraphParseError::Api(api)) => assert_eq!(api, e),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_bodies() {
        assert!(parse_graph_error(METHODS).is_none());
        assert!(parse_graph_error(b"<html>").is_none());
        assert!(parse_graph_error(br#"{"error":"invalid_grant"}"#).is_none());
        let e = parse_graph_error(br#"{"error":{"innererror":{"date":"2026-06-01T05:31:09Z"}}}"#)
            .unwrap();
        assert_eq!(e.code, "unknown");
        assert!(e.date.is_some());
        assert!(matches!(
            parse_methods(b"<html>"),
            Err(GraphParseError::Syntax(_))
        ));
        assert!(matches!(
            parse_methods(b"{\"value\": {}}"),
            Err(GraphParseError::Shape(_))
        ));
        assert!(matches!(
            parse_methods(&METHODS[..METHODS.len() / 2]),
            Err(GraphParseError::Syntax(_))
        ));
        assert_eq!(parse_methods(b"{\"value\": []}").unwrap().kinds(), vec![]);
    }

    #[test]
    fn external_text_is_one_clean_line() {
        let e = parse_graph_error(
            "{\"error\":{\"code\":\"Bad\\u001b[2J\",\"message\":\"line one\\r\\nforged line\\u001b[31m \\u202eevil\",\"innerError\":{\"request-id\":\"r\\u0007-1\"}}}".as_bytes(),
        )
        .unwrap();
        assert_eq!(e.code, "Bad[2J");
        assert_eq!(e.message, "line one forged line[31m evil");
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
        let long = "x".repeat(10_000);
        let e = parse_graph_error(
            json!({"error": {"code": "c", "message": long}})
                .to_string()
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(e.message.chars().count(), MAX_MESSAGE_CHARS + 1);
        let p = one(
            json!({"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            "id": "a", "displayName": "Pixel\u{1b}]0;owned\u{7}\n9"}),
        );
        assert_eq!(p.methods[0].detail.as_deref(), Some("Pixel]0;owned 9"));
    }

    #[test]
    fn custom_methods_parse() {
        let page = parse_custom_methods(
            br#"{"methods":[{"kind":"phone_sms","id":"p1","detail":"+1 2065550100"},{"kind":"holo"}]}"#,
        )
        .unwrap();
        assert_eq!(page.kinds(), vec![MethodKind::PhoneSms]);
        assert_eq!(page.methods[0].detail.as_deref(), Some("+1 2065550100"));
        assert_eq!(page.unknown.len(), 1);
        assert!(matches!(
            parse_custom_methods(br#"{"methods":[{"id":"x"}]}"#),
            Err(GraphParseError::Shape(_))
        ));
        assert!(matches!(
            parse_custom_methods(b"<html>"),
            Err(GraphParseError::Syntax(_))
        ));
        let page = parse_custom_methods(
            "{\"methods\":[{\"kind\":\"email\",\"detail\":\"k@x.io\\u001b[2J\"}]}".as_bytes(),
        )
        .unwrap();
        assert_eq!(page.methods[0].detail.as_deref(), Some("k@x.io[2J"));
    }

    #[test]
    fn service_errors_of_both_shapes() {
        let e = parse_service_error(
            br#"{"error":{"code":"bad_number","message":"no","request_id":"r1"}}"#,
        )
        .unwrap();
        assert_eq!(e.code, "bad_number");
        assert_eq!(e.message, "no");
        assert_eq!(e.request_id.as_deref(), Some("r1"));
        let g = parse_service_error(ERR504).unwrap();
        assert_eq!(g, parse_graph_error(ERR504).unwrap());
        assert!(parse_service_error(b"<html>").is_none());
    }
}
