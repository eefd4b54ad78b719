//! The parser on Okta's published examples (`shared/real/okta/okta.idp.yaml`) and on
//! the edges the examples do not show.

use serde_json::json;

use super::examples::{example, example_bytes};
use super::*;

/// Okta's MyAccount API description, from `../shared/real/okta/` beside the project
/// (or `$MFA_READY_SHARED`).
fn yaml() -> String {
    let root = std::env::var("MFA_READY_SHARED").map_or_else(
        |_| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        std::path::PathBuf::from,
    );
    let path = root.join("real/okta/okta.idp.yaml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse_value(v: serde_json::Value) -> MethodsPage {
    parse_authenticators(&serde_json::to_vec(&v).unwrap()).unwrap()
}

#[test]
fn the_published_expand_example() {
    let page =
        parse_authenticators(&example_bytes(&yaml(), "ListAuthenticatorsExpandExample")).unwrap();
    // Email (recovery only), then two WebAuthn enrollments, each once, by its name.
    let got: Vec<(Vec<MethodKind>, &str, Option<&str>)> = page
        .methods
        .iter()
        .map(|m| (m.kinds.clone(), m.id.as_str(), m.detail.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                vec![MethodKind::Email],
                "eae3jiacDBMEjIC9V0g5",
                Some("s***q@example.com")
            ),
            (
                vec![MethodKind::Passkey],
                "fwf3jiatpzkqerFkA0g5",
                Some("MacBook Touch ID")
            ),
            (
                vec![MethodKind::SecurityKey],
                "fwf3jiaukymSFdBBS0g5",
                Some("YubiKey 5")
            ),
        ]
    );
    assert_eq!(
        page.methods[1].created,
        Some("2023-08-10T20:12:01Z".parse().unwrap())
    );
    assert_eq!(
        page.ignored,
        vec![IgnoredMethod {
            graph_type: "okta_password".into(),
            id: "lae9bw3rvnO03wAbx0g4".into()
        }]
    );
    assert!(page.unknown.is_empty());
    // Email is listed but never counts toward MFA.
    assert!(!MethodKind::Email.is_mfa());
    assert_eq!(
        page.kinds(),
        vec![
            MethodKind::Passkey,
            MethodKind::SecurityKey,
            MethodKind::Email
        ]
    );
    // Deep links: the WebAuthn authenticator sets up every WebAuthn kind.
    assert_eq!(
        page.setup_ids.get(MethodKind::SecurityKey),
        Some("aut3jiaiZukD4Ta0Z0g5")
    );
    assert_eq!(
        page.setup_ids.get(MethodKind::Passkey),
        Some("aut3jiaiZukD4Ta0Z0g5")
    );
    assert_eq!(
        page.setup_ids.get(MethodKind::Email),
        Some("aut3ji50IyerHHpCa0g5")
    );
    assert_eq!(page.setup_ids.get(MethodKind::AuthenticatorApp), None);
}

#[test]
fn the_published_list_without_enrollments_counts_nothing() {
    // No `_embedded`: the authenticators exist, nothing is enrolled.
    let page = parse_authenticators(&example_bytes(&yaml(), "ListAuthenticatorsExample")).unwrap();
    assert!(page.methods.is_empty(), "{page:?}");
    assert!(page.ignored.is_empty());
    assert_eq!(
        page.setup_ids.get(MethodKind::WindowsHello),
        Some("aut3jiaiZukD4Ta0Z0g5")
    );
}

#[test]
fn an_authenticator_okta_does_not_let_enroll_gives_no_deep_link() {
    let one = example(&yaml(), "AuthenticatorExampleSecurityKey");
    assert_eq!(one["enrollable"], json!(false));
    let page = parse_value(json!([one]));
    assert!(page.setup_ids.is_empty(), "{page:?}");
}

#[test]
fn the_published_enrollment_examples_use_the_other_link_spelling() {
    // `EnrollmentExampleSecurityKey` spells its links `_links`; the expand example `links`.
    let yaml = yaml();
    let enrollment = example(&yaml, "EnrollmentExampleSecurityKey");
    assert!(enrollment.get("_links").is_some());
    let mut auth = example(&yaml, "AuthenticatorExampleSecurityKey");
    auth["_embedded"] = json!({ "enrollments": [enrollment] });
    let page = parse_value(json!([auth]));
    assert_eq!(page.methods.len(), 1);
    assert_eq!(page.methods[0].kinds, vec![MethodKind::SecurityKey]);
    assert_eq!(page.methods[0].detail.as_deref(), Some("YubiKey 5"));
}

#[test]
fn the_published_error_examples() {
    let yaml = yaml();
    let denied = parse_error(&example_bytes(&yaml, "ErrorAccessDenied")).unwrap();
    assert_eq!(denied.kind(), OktaErrorKind::AccessDenied);
    assert_eq!(denied.id.as_deref(), Some("sampleNUSD_8fdkFd8fs8SDBK"));
    assert!(denied.summary.starts_with("You don't have permission"));
    let not_acceptable = parse_error(&example_bytes(&yaml, "ErrorNotAcceptable")).unwrap();
    assert_eq!(not_acceptable.kind(), OktaErrorKind::NotAcceptable);
    let limited = parse_error(&example_bytes(&yaml, "ErrorTooManyRequests")).unwrap();
    assert_eq!(limited.kind(), OktaErrorKind::RateLimited);
    let missing = parse_error(&example_bytes(&yaml, "ErrorResourceNotFound")).unwrap();
    assert_eq!(missing.kind(), OktaErrorKind::Other);
    assert_eq!(missing.code, "E0000007");
    // An error body where a list was expected is the error, not a shape problem.
    let e = parse_authenticators(&example_bytes(&yaml, "ErrorAccessDenied")).unwrap_err();
    assert!(
        matches!(e, OktaParseError::Api(ref o) if o.code == "E0000006"),
        "{e}"
    );
}

#[test]
fn api_not_enabled_and_a_406_cause_string() {
    let off = parse_error(
        br#"{"errorCode":"E0000015","errorSummary":"You do not have permission to access the feature you are requesting","errorLink":"E0000015","errorId":"oae123","errorCauses":[]}"#,
    )
    .unwrap();
    assert_eq!(off.kind(), OktaErrorKind::ApiNotEnabled);
    assert_eq!(
        off.to_string(),
        "E0000015: You do not have permission to access the feature you are requesting (errorId oae123)"
    );
    let e406 = parse_error(
        br#"{"errorCode":"E0000149","errorSummary":"x","errorCauses":"Missing Accept header"}"#,
    )
    .unwrap();
    assert_eq!(e406.causes, vec!["Missing Accept header".to_owned()]);
    assert_eq!(parse_error(b"{\"error\":\"x\"}"), None);
    assert_eq!(parse_error(b"not json"), None);
}

#[test]
fn every_mapped_key_and_the_unknown_ones() {
    let auth = |key: &str, enrollment: serde_json::Value| {
        json!({"id": format!("aut-{key}"), "key": key, "name": key,
               "_embedded": {"enrollments": [enrollment]}})
    };
    let page = parse_value(json!([
        auth("okta_verify", json!({"id": "e1", "name": "Pixel 9"})),
        auth(
            "google_otp",
            json!({"id": "e2", "name": "Google Authenticator"})
        ),
        auth(
            "phone_number",
            json!({"id": "e3", "name": "Phone", "profile": {"phoneNumber": "+1 206 555 0100"}})
        ),
        auth("security_question", json!({"id": "e4"})),
        auth("duo", json!({"id": "e5", "name": "Duo"})),
        auth(
            "webauthn",
            json!({"id": "e6", "name": "Windows Hello on LAPTOP-7"})
        ),
        auth("webauthn", json!({"id": "e7", "name": "Blue Security Key"})),
    ]));
    let kinds: Vec<Vec<MethodKind>> = page.methods.iter().map(|m| m.kinds.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            vec![MethodKind::AuthenticatorApp],
            vec![MethodKind::SoftwareOath],
            vec![MethodKind::PhoneSms],
            vec![MethodKind::WindowsHello],
            vec![MethodKind::SecurityKey],
        ]
    );
    assert_eq!(page.methods[2].detail.as_deref(), Some("+1 206 555 0100"));
    assert_eq!(page.ignored.len(), 1);
    assert_eq!(
        page.unknown,
        vec![UnknownMethod {
            odata_type: "duo".into(),
            id: Some("e5".into())
        }]
    );
    assert_eq!(
        page.setup_ids.get(MethodKind::PhoneVoice),
        Some("aut-phone_number")
    );
    assert_eq!(
        page.setup_ids.get(MethodKind::PhoneSms),
        Some("aut-phone_number")
    );
}

#[test]
fn duplicates_count_once_and_texts_are_cleaned() {
    let e = json!({"id": "fwf1", "name": "YubiKey\u{1b}[31m 5\u{202e}\nx", "_links": {}});
    let page = parse_value(json!([
        {"id": "a", "key": "webauthn", "_embedded": {"enrollments": [e.clone(), e]}},
        {"id": "a", "key": "webauthn", "_embedded": {"enrollments": [{"id": "fwf1", "name": "again"}]}},
    ]));
    assert_eq!(page.methods.len(), 1, "{page:?}");
    let detail = page.methods[0].detail.as_deref().unwrap();
    assert!(
        !detail.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{detail:?}"
    );
    let long = "n".repeat(5000);
    let page = parse_value(
        json!([{"key": "webauthn", "_embedded": {"enrollments": [{"id": "x", "name": long}]}}]),
    );
    assert!(page.methods[0].detail.as_deref().unwrap().chars().count() <= 101);
}

#[test]
fn webauthn_names_are_read_plainly() {
    for (name, kind) in [
        (Some("YubiKey 5 NFC"), MethodKind::SecurityKey),
        (Some("Google Titan"), MethodKind::SecurityKey),
        (Some("Feitian ePass"), MethodKind::SecurityKey),
        (Some("Nitrokey 3"), MethodKind::SecurityKey),
        (Some("SoloKey"), MethodKind::SecurityKey),
        (Some("Windows Hello"), MethodKind::WindowsHello),
        (Some("MacBook Touch ID"), MethodKind::Passkey),
        (Some("iCloud Keychain"), MethodKind::Passkey),
        (None, MethodKind::Passkey),
    ] {
        assert_eq!(webauthn_kind(name), kind, "{name:?}");
    }
    // The unknown-device guess lives on the phone: with a phone method it is one device.
    assert_eq!(
        MethodKind::Passkey.failure_domain(),
        MethodKind::AuthenticatorApp.failure_domain()
    );
}

#[test]
fn shapes_that_are_not_a_list() {
    assert!(matches!(
        parse_authenticators(b"{\"a\":1}"),
        Err(OktaParseError::Shape(_))
    ));
    assert!(matches!(
        parse_authenticators(b"[1]"),
        Err(OktaParseError::Shape(_))
    ));
    assert!(matches!(
        parse_authenticators(b"<html>"),
        Err(OktaParseError::Syntax(_))
    ));
    assert_eq!(parse_authenticators(b"[]").unwrap(), MethodsPage::default());
}

#[test]
fn discovery_endpoints_must_be_on_the_org() {
    let org = Url::parse("https://contoso.okta.com").unwrap();
    let good = br#"{"issuer":"https://contoso.okta.com","authorization_endpoint":"https://contoso.okta.com/oauth2/v1/authorize","token_endpoint":"https://contoso.okta.com/oauth2/v1/token"}"#;
    let ep = parse_discovery(good, &org).unwrap();
    assert_eq!(
        ep.token_endpoint.as_str(),
        "https://contoso.okta.com/oauth2/v1/token"
    );
    let elsewhere = br#"{"authorization_endpoint":"https://contoso.okta.com/oauth2/v1/authorize","token_endpoint":"https://evil.example/token"}"#;
    assert!(matches!(
        parse_discovery(elsewhere, &org),
        Err(DiscoveryError::OtherOrigin {
            field: "token_endpoint",
            ..
        })
    ));
    let plain = br#"{"authorization_endpoint":"http://contoso.okta.com/a","token_endpoint":"https://contoso.okta.com/t"}"#;
    assert!(matches!(
        parse_discovery(plain, &org),
        Err(DiscoveryError::Url { .. })
    ));
    assert!(matches!(
        parse_discovery(b"{}", &org),
        Err(DiscoveryError::Missing("authorization_endpoint"))
    ));
    let no_issuer = br#"{"authorization_endpoint":"https://contoso.okta.com/a","token_endpoint":"https://contoso.okta.com/t"}"#;
    assert!(matches!(
        parse_discovery(no_issuer, &org),
        Err(DiscoveryError::Missing("issuer"))
    ));
    for issuer in [
        "https://evil.example",
        "https://contoso.okta.com/oauth2/default",
    ] {
        let doc = format!(
            r#"{{"issuer":"{issuer}","authorization_endpoint":"https://contoso.okta.com/a","token_endpoint":"https://contoso.okta.com/t"}}"#
        );
        assert!(
            matches!(
                parse_discovery(doc.as_bytes(), &org),
                Err(DiscoveryError::OtherOrigin {
                    field: "issuer",
                    ..
                })
            ),
            "{issuer}"
        );
    }
}

#[test]
fn the_rate_limit_reset_is_an_epoch_second() {
    assert_eq!(
        rate_limit_reset(" 1764900000 "),
        Some(crate::backoff::RetryAfter::At(
            jiff::Timestamp::from_second(1_764_900_000).unwrap()
        ))
    );
    assert_eq!(rate_limit_reset("soon"), None);
    assert_eq!(rate_limit_reset(""), None);
}
