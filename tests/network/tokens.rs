//! Where tokens may go, against real servers on 127.0.0.1 (wiremock): Graph's
//! `@odata.nextLink` is followed by parsed origin only, tokens are filed under
//! authority + client id + tenant + the enrollment service's origin and never sent
//! to another origin, and answers' text reaches the job without control characters.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::Arc;

use jiff::Timestamp;
use mfa_ready::services::auth::{
    AuthError, Idp, MemorySecrets, OAuthConfig, OAuthTokens, SecretStore, StaticToken, TokenSource,
};
use mfa_ready::services::enroll::{
    CustomClient, EnrollmentService, GraphClient, ServiceSetupError,
};
use mfa_ready::services::http::HttpTimeouts;
use mfa_ready_core::queue::{ErrorClass, PhoneType};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const METHODS: &str = "/me/authentication/methods";

fn now() -> Arc<dyn Fn() -> Timestamp + Send + Sync> {
    Arc::new(|| "2026-11-22T09:00:00Z".parse().unwrap())
}

fn token() -> Arc<dyn TokenSource> {
    Arc::new(StaticToken::new("secret-token"))
}

fn page(next: Option<&str>, id: &str) -> serde_json::Value {
    let mut v = serde_json::json!({"value": [{
        "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
        "id": id, "displayName": "Pixel 9"
    }]});
    if let Some(n) = next {
        v["@odata.nextLink"] = serde_json::Value::String(n.to_owned());
    }
    v
}

/// A server that counts what reaches it (the "evil" side).
async fn trap() -> MockServer {
    let evil = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(None, "evil")))
        .mount(&evil)
        .await;
    evil
}

/// `http://127.0.0.1:PORT@evil/…` starts with the base URL's text but its host
/// is `evil`: the token must not go there.
#[tokio::test]
async fn a_next_link_with_the_base_as_user_info_is_not_followed() {
    let graph = MockServer::start().await;
    let evil = trap().await;
    let sneaky = format!("{}@{}{METHODS}?$skiptoken=2", graph.uri(), evil.address());
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(Some(&sneaky), "a")))
        .mount(&graph)
        .await;
    // A base URL without a path, so the old string-prefix check matched.
    let client = GraphClient::new(&graph.uri(), token(), HttpTimeouts::default(), now()).unwrap();
    let err = client.list_methods("req-1").await.unwrap_err();
    assert_eq!(err.error.class, ErrorClass::Protocol, "{err}");
    assert!(err.error.message.contains("another site"), "{err}");
    assert!(
        evil.received_requests().await.unwrap().is_empty(),
        "the token went to another origin"
    );
}

#[tokio::test]
async fn a_next_link_on_the_same_origin_is_followed() {
    let graph = MockServer::start().await;
    let next = format!("{}/v1.0{METHODS}?$skiptoken=2", graph.uri());
    Mock::given(method("GET"))
        .and(path(format!("/v1.0{METHODS}")))
        .and(wiremock::matchers::query_param("$skiptoken", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(None, "b")))
        .with_priority(1)
        .mount(&graph)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/v1.0{METHODS}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(Some(&next), "a")))
        .with_priority(2)
        .mount(&graph)
        .await;
    let client = GraphClient::new(
        &format!("{}/v1.0", graph.uri()),
        token(),
        HttpTimeouts::default(),
        now(),
    )
    .unwrap();
    let all = client.list_methods("req-1").await.unwrap();
    let ids: Vec<&str> = all.methods.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    let reqs = graph.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 2);
    assert!(
        reqs.iter()
            .all(|r| r.headers.get("authorization").unwrap() == "Bearer secret-token")
    );
}

fn config(idp: &MockServer, client_id: &str, resource: &str) -> OAuthConfig {
    OAuthConfig {
        authority: idp.uri(),
        tenant: "contoso.example".into(),
        client_id: client_id.into(),
        resource: resource.into(),
        idp: Idp::Entra,
    }
}

/// Signs in (through the token endpoint, as after the browser) under `config`.
async fn signed_in(config: &OAuthConfig, secrets: &Arc<MemorySecrets>) -> OAuthTokens {
    let tokens = OAuthTokens::new(config.clone(), secrets.clone()).unwrap();
    tokens
        .redeem_code("code", "verifier", "http://127.0.0.1:1/")
        .await
        .unwrap();
    tokens
}

async fn idp() -> MockServer {
    let idp = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/contoso.example/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "access-A", "refresh_token": "refresh-A", "token_type": "Bearer"
        })))
        .mount(&idp)
        .await;
    idp
}

/// Same tenant, same keychain: another app registration or another service
/// does not find the first one's tokens.
#[tokio::test]
async fn tokens_are_filed_by_authority_client_tenant_and_service_origin() {
    let idp = idp().await;
    let secrets = Arc::new(MemorySecrets::default());
    let a = config(&idp, "app-A", "https://graph.microsoft.com/v1.0");
    let tokens_a = signed_in(&a, &secrets).await;
    assert_eq!(tokens_a.access_token().await.unwrap(), "access-A");
    assert!(
        secrets
            .names()
            .iter()
            .all(|n| n.ends_with(&a.binding_key())),
        "{:?}",
        secrets.names()
    );
    let before = idp.received_requests().await.unwrap().len();

    for other in [
        config(&idp, "app-B", "https://graph.microsoft.com/v1.0"),
        config(&idp, "app-A", "https://graph.microsoft.us/v1.0"),
        OAuthConfig {
            tenant: "fabrikam.example".into(),
            ..a.clone()
        },
    ] {
        let tokens = OAuthTokens::new(other.clone(), secrets.clone()).unwrap();
        assert!(!tokens.has_session(), "{other:?}");
        let got = tokens.access_token().await;
        assert!(
            matches!(got, Err(AuthError::SignInNeeded(_))),
            "{other:?}: {got:?}"
        );
    }
    assert_eq!(
        idp.received_requests().await.unwrap().len(),
        before,
        "no refresh token of another binding was sent anywhere"
    );
}

#[tokio::test]
async fn a_new_sign_in_removes_tokens_filed_by_tenant_only() {
    let idp = idp().await;
    let secrets = Arc::new(MemorySecrets::default());
    secrets.set("graph-access-token", "old").unwrap();
    secrets.set("graph-refresh-token", "old").unwrap();
    let a = config(&idp, "app-A", "https://graph.microsoft.com/v1.0");
    let _ = signed_in(&a, &secrets).await;
    assert_eq!(secrets.names(), [a.access_entry(), a.refresh_entry()]);
}

/// Tokens for one service never reach another: the client refuses to be built,
/// and the other service sees nothing.
#[tokio::test]
async fn tokens_are_never_sent_to_another_origin() {
    let idp = idp().await;
    let graph = MockServer::start().await;
    let evil = trap().await;
    let secrets = Arc::new(MemorySecrets::default());
    let bound = config(&idp, "app-A", &format!("{}/v1.0", graph.uri()));
    let tokens: Arc<dyn TokenSource> = Arc::new(signed_in(&bound, &secrets).await);

    let err = GraphClient::new(
        &format!("{}/v1.0", evil.uri()),
        Arc::clone(&tokens),
        HttpTimeouts::default(),
        now(),
    )
    .err()
    .expect("a client for another origin with these tokens");
    assert!(
        matches!(err, ServiceSetupError::TokenOrigin { .. }),
        "{err}"
    );
    let err = CustomClient::new(
        &format!("{}/api", evil.uri()),
        Some(Arc::clone(&tokens)),
        HttpTimeouts::default(),
        now(),
    )
    .err()
    .expect("a custom client for another origin with these tokens");
    assert!(
        matches!(err, ServiceSetupError::TokenOrigin { .. }),
        "{err}"
    );
    assert!(evil.received_requests().await.unwrap().is_empty());

    // The service they were issued for gets them.
    Mock::given(method("GET"))
        .and(path(format!("/v1.0{METHODS}")))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(None, "a")))
        .mount(&graph)
        .await;
    let client = GraphClient::new(
        &format!("{}/v1.0/", graph.uri()),
        tokens,
        HttpTimeouts::default(),
        now(),
    )
    .unwrap();
    assert_eq!(client.list_methods("r").await.unwrap().methods.len(), 1);
}

/// Defect 8 on the enrollment side: a server's error text reaches the job as one
/// clean line.
#[tokio::test]
async fn error_bodies_reach_the_job_without_control_characters() {
    let api = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/phones"))
        .respond_with(ResponseTemplate::new(400).set_body_string(
            "{\"error\":{\"code\":\"bad_number\\u001b[2J\",\"message\":\"no\\r\\nFAKE: call +1 900\\u001b]0;x\\u0007\",\"request_id\":\"r\\u0008-1\"}}",
        ))
        .mount(&api)
        .await;
    let client = CustomClient::new(
        &format!("{}/api", api.uri()),
        None,
        HttpTimeouts::default(),
        now(),
    )
    .unwrap();
    let err = client
        .register_phone("req-1", "+1 2065550100", PhoneType::Mobile)
        .await
        .unwrap_err();
    assert_eq!(err.error.status, Some(400));
    assert_eq!(err.error.request_id.as_deref(), Some("r-1"));
    let shown = err.to_string();
    assert!(!shown.chars().any(char::is_control), "{shown:?}");
    assert!(
        shown.contains("bad_number[2J: no FAKE: call +1 900]0;x"),
        "{shown}"
    );
}
