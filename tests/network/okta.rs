//! Okta's MyAccount API and sign-in against servers on 127.0.0.1 (wiremock), answering
//! with Okta's published example bodies, read straight from the team's
//! `shared/real/okta/okta.idp.yaml`: the list with its enrollments, every error the
//! client judges (401 E0000015, 403 E0000006, 406, 429 with `X-Rate-Limit-Reset`,
//! 5xx) through the queue's worker, and the whole browser sign-in through the org's
//! OIDC discovery with PKCE checked by the fake token endpoint.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::Timestamp;
use mfa_ready::services::auth::{
    self, AuthError, Idp, MemorySecrets, OAuthConfig, OAuthTokens, SecretStore, SignInError,
    StaticToken, TokenSource,
};
use mfa_ready::services::enroll::{EnrollmentService, OktaClient};
use mfa_ready::services::http::{BoxFut, HttpTimeouts};
use mfa_ready::services::queue::{Outcome, PortalProbe, SharedStore, Worker, WorkerConfig};
use mfa_ready::services::store::Store;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::pkce;
use mfa_ready_core::policy;
use mfa_ready_core::queue::{ErrorClass, GiveUpWhy, Note, Payload};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::okta_examples::example_bytes;

const LIST: &str = "/idp/myaccount/authenticators";
const ACCEPT: &str = "application/json; okta-version=1.0.0";

/// Okta's MyAccount API description, from the team's `shared/` folder.
fn yaml() -> String {
    let p = crate::faultserver::shared_dir().join("real/okta/okta.idp.yaml");
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn t0() -> Timestamp {
    "2026-11-22T09:00:00Z".parse().unwrap()
}

fn now() -> Arc<dyn Fn() -> Timestamp + Send + Sync> {
    Arc::new(t0)
}

/// A token for the server's origin that counts its refreshes (a refresh hands out
/// `fresh-token`).
struct Counting {
    refreshes: AtomicUsize,
    resource: url::Url,
}

impl TokenSource for Counting {
    fn access_token(&self) -> BoxFut<'_, Result<String, AuthError>> {
        Box::pin(async { Ok("okta-token".to_owned()) })
    }
    fn refresh(&self) -> BoxFut<'_, Result<String, AuthError>> {
        self.refreshes.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { Ok("fresh-token".to_owned()) })
    }
    fn resource(&self) -> Option<&url::Url> {
        Some(&self.resource)
    }
}

fn counting(server: &MockServer) -> Arc<Counting> {
    Arc::new(Counting {
        refreshes: AtomicUsize::new(0),
        resource: url::Url::parse(&server.uri()).unwrap(),
    })
}

struct NoPortals;
impl PortalProbe for NoPortals {
    fn healthy<'a>(&'a self, _url: &'a str) -> BoxFut<'a, bool> {
        Box::pin(async { false })
    }
}

struct Rig {
    _dir: tempfile::TempDir,
    store: SharedStore,
    worker: Worker,
}

fn rig(server: &MockServer, tokens: Arc<dyn TokenSource>) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let store: SharedStore = Arc::new(Mutex::new(Some(Store::open(dir.path(), t0()).unwrap())));
    let service: Arc<dyn EnrollmentService> =
        Arc::new(OktaClient::new(&server.uri(), tokens, HttpTimeouts::default(), now()).unwrap());
    let worker = Worker::new(WorkerConfig {
        store: Arc::clone(&store),
        service: Ok(service),
        probe: Arc::new(NoPortals),
        deadline: None,
        helpdesk: Some("Contoso Desk, +1 425 555 0100".into()),
        jitter: Box::new(|| 0.5),
        clock: now(),
    })
    .unwrap();
    Rig {
        _dir: dir,
        store,
        worker,
    }
}

/// Mounts one answer for the list.
async fn answer(server: &MockServer, template: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(LIST))
        .respond_with(template)
        .mount(server)
        .await;
}

/// Runs one `verify` job; its outcome and the error it stored.
async fn verify(r: &mut Rig) -> (Outcome, Option<mfa_ready_core::queue::JobError>) {
    let j = r.worker.enqueue(&Payload::VerifyMethods).unwrap();
    let out = r.worker.run_due(10).await.unwrap();
    let stored = r
        .store
        .lock()
        .unwrap()
        .as_ref()
        .unwrap()
        .queue()
        .job(j.id)
        .unwrap()
        .unwrap();
    (out[0].clone(), stored.last_error)
}

#[tokio::test]
async fn the_published_list_is_read_with_the_api_version_and_the_token_only_there() {
    let okta = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(query_param("expand", "enrollments"))
        .and(header("accept", ACCEPT))
        .and(header("authorization", "Bearer okta-token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_bytes(example_bytes(&yaml(), "ListAuthenticatorsExpandExample")),
        )
        .expect(1)
        .mount(&okta)
        .await;
    let tokens = counting(&okta);
    let mut r = rig(&okta, tokens.clone());
    let (out, _) = verify(&mut r).await;
    let Outcome::Succeeded { .. } = out else {
        panic!("{out:?}")
    };
    let store = r.store.lock().unwrap();
    let store = store.as_ref().unwrap();
    let kinds: Vec<MethodKind> = store
        .registrations()
        .unwrap()
        .iter()
        .map(|g| g.kind)
        .collect();
    // MacBook Touch ID (a passkey of unknown device), YubiKey 5 (a security key), the
    // recovery e-mail (listed, never counted): each enrollment once.
    assert_eq!(
        kinds,
        [
            MethodKind::Passkey,
            MethodKind::SecurityKey,
            MethodKind::Email
        ]
    );
    // The deep links' ids are kept for the setup buttons.
    let ids = store.setup_ids().unwrap();
    assert_eq!(
        ids.get(MethodKind::SecurityKey),
        Some("aut3jiaiZukD4Ta0Z0g5")
    );
    assert_eq!(ids.get(MethodKind::AuthenticatorApp), None);
    assert_eq!(tokens.refreshes.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn another_okta_authenticator_is_said_and_not_counted() {
    let okta = MockServer::start().await;
    let mut list = crate::okta_examples::example(&yaml(), "ListAuthenticatorsExpandExample");
    list.as_array_mut().unwrap().push(serde_json::json!({
        "id": "autDuo1", "key": "duo", "name": "Duo Security", "enrollable": true,
        "_embedded": {"enrollments": [{"id": "duoEnr1", "name": "Duo Push"}]}
    }));
    answer(&okta, ResponseTemplate::new(200).set_body_json(list)).await;
    let mut r = rig(&okta, counting(&okta));
    let (out, _) = verify(&mut r).await;
    let Outcome::Succeeded { note, .. } = out else {
        panic!("{out:?}")
    };
    assert_eq!(
        note,
        Note::checked(
            vec![
                MethodKind::Passkey,
                MethodKind::SecurityKey,
                MethodKind::Email
            ],
            1
        )
    );
    assert!(
        note.english()
            .contains("1 other sign-in method was not counted")
    );
}

#[tokio::test]
async fn the_org_is_the_host_the_breaker_keys_on_and_tokens_go_nowhere_else() {
    let okta = MockServer::start().await;
    let client =
        OktaClient::new(&okta.uri(), counting(&okta), HttpTimeouts::default(), now()).unwrap();
    assert_eq!(client.host(), okta.address().to_string());
    let other = MockServer::start().await;
    let refused = OktaClient::new(
        &other.uri(),
        counting(&okta),
        HttpTimeouts::default(),
        now(),
    );
    assert!(refused.is_err(), "a token for one org went to another");
    // Okta adds no phone for an app: refused before anything is sent.
    let e = client
        .register_phone(
            "r",
            "+1 2065550100",
            mfa_ready_core::queue::PhoneType::Mobile,
        )
        .await
        .unwrap_err();
    assert!(e.error.message.contains("Okta"), "{e}");
    assert!(okta.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn api_not_enabled_is_for_it_not_a_sign_in_loop() {
    let okta = MockServer::start().await;
    answer(
        &okta,
        ResponseTemplate::new(401).set_body_json(serde_json::json!({
            "errorCode": "E0000015",
            "errorSummary": "You do not have permission to access the feature you are requesting",
            "errorLink": "E0000015", "errorId": "oaeOff123", "errorCauses": []
        })),
    )
    .await;
    let tokens = counting(&okta);
    let mut r = rig(&okta, tokens.clone());
    let (out, err) = verify(&mut r).await;
    let Outcome::Failed { give_up, .. } = out else {
        panic!("{out:?}")
    };
    assert_eq!(
        give_up.why,
        GiveUpWhy::ApiOff {
            service: format!(
                "E0000015: You do not have permission to access the feature you are requesting ({})",
                okta.address()
            ),
            reference: Some("oaeOff123".into())
        }
    );
    assert!(
        !give_up.english().contains("E0000015"),
        "{}",
        give_up.english()
    );
    assert_eq!(err.unwrap().class, ErrorClass::ApiOff);
    assert_eq!(
        tokens.refreshes.load(Ordering::SeqCst),
        0,
        "no refresh for E0000015"
    );
    assert_eq!(okta.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_refused_token_is_refreshed_once_then_the_user_signs_in() {
    let okta = MockServer::start().await;
    answer(&okta, ResponseTemplate::new(401)).await;
    let tokens = counting(&okta);
    let mut r = rig(&okta, tokens.clone());
    let (out, err) = verify(&mut r).await;
    assert!(matches!(out, Outcome::Held { .. }), "{out:?}");
    assert_eq!(err.unwrap().class, ErrorClass::SignInNeeded);
    assert_eq!(tokens.refreshes.load(Ordering::SeqCst), 1);
    let sent: Vec<String> = okta
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|q| {
            q.headers
                .get("authorization")
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(sent, ["Bearer okta-token", "Bearer fresh-token"]);
}

#[tokio::test]
async fn access_denied_is_a_scope_not_granted() {
    let okta = MockServer::start().await;
    answer(
        &okta,
        ResponseTemplate::new(403).set_body_bytes(example_bytes(&yaml(), "ErrorAccessDenied")),
    )
    .await;
    let mut r = rig(&okta, counting(&okta));
    let (out, err) = verify(&mut r).await;
    let Outcome::Failed { give_up, .. } = out else {
        panic!("{out:?}")
    };
    assert!(
        matches!(&give_up.why, GiveUpWhy::ScopeNotGranted { reference: Some(r), .. } if r == "sampleNUSD_8fdkFd8fs8SDBK"),
        "{give_up:?}"
    );
    // Not Microsoft's consent sentence.
    assert!(!give_up.english().contains("UserAuthenticationMethod"));
    assert_eq!(err.unwrap().class, ErrorClass::ScopeMissing);
}

#[tokio::test]
async fn not_acceptable_is_a_protocol_error() {
    let okta = MockServer::start().await;
    answer(
        &okta,
        ResponseTemplate::new(406).set_body_bytes(example_bytes(&yaml(), "ErrorNotAcceptable")),
    )
    .await;
    let mut r = rig(&okta, counting(&okta));
    let (out, err) = verify(&mut r).await;
    assert!(matches!(out, Outcome::Failed { .. }), "{out:?}");
    let err = err.unwrap();
    assert_eq!((err.class, err.status), (ErrorClass::Protocol, Some(406)));
    assert!(err.message.starts_with("E0000149"), "{}", err.message);
}

#[tokio::test]
async fn rate_limited_waits_for_the_reset_time() {
    let okta = MockServer::start().await;
    let reset = t0().as_second() + 150;
    answer(
        &okta,
        ResponseTemplate::new(429)
            .insert_header("X-Rate-Limit-Reset", reset.to_string().as_str())
            .set_body_bytes(example_bytes(&yaml(), "ErrorTooManyRequests")),
    )
    .await;
    let mut r = rig(&okta, counting(&okta));
    let (out, err) = verify(&mut r).await;
    let Outcome::Retrying { at, .. } = out else {
        panic!("{out:?}")
    };
    assert_eq!(at, "2026-11-22T09:02:30Z".parse::<Timestamp>().unwrap());
    let err = err.unwrap();
    assert_eq!((err.class, err.status), (ErrorClass::Http, Some(429)));
}

#[tokio::test]
async fn okta_unavailable_is_queued() {
    let okta = MockServer::start().await;
    answer(
        &okta,
        ResponseTemplate::new(503).set_body_string("<html>down</html>"),
    )
    .await;
    let mut r = rig(&okta, counting(&okta));
    let (out, err) = verify(&mut r).await;
    let Outcome::Retrying { at, .. } = out else {
        panic!("{out:?}")
    };
    assert!(at > t0(), "{at}");
    assert_eq!(err.unwrap().status, Some(503));
}

/// One request to the loopback listener, the whole answer.
async fn get(port: u16, target: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    s.write_all(format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out
}

/// The org's discovery document, its endpoints on `origin` unless told otherwise.
async fn discovery(okta: &MockServer, token_endpoint: &str) {
    Mock::given(method("GET"))
        .and(path("/.well-known/openid-configuration"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "issuer": okta.uri(),
            "authorization_endpoint": format!("{}/oauth2/v1/authorize", okta.uri()),
            "token_endpoint": token_endpoint,
        })))
        .mount(okta)
        .await;
}

fn okta_policy(okta: &MockServer) -> policy::Policy {
    let text = format!(
        "schema = 1\norganization = \"Contoso lab\"\nprovider = \"okta\"\n\n[okta]\norg_url = \"{}\"\nclient_id = \"okta-app\"\n",
        okta.uri()
    );
    policy::parse(&text, "lab.toml", t0()).expect("a loopback org for labs")
}

#[tokio::test]
async fn the_whole_sign_in_through_the_orgs_discovery_with_pkce() {
    let okta = MockServer::start().await;
    discovery(&okta, &format!("{}/oauth2/v1/token", okta.uri())).await;
    // The fake token endpoint redeems the code only with the verifier of the
    // challenge the browser was sent.
    let challenge = Arc::new(Mutex::new(String::new()));
    let expected = Arc::clone(&challenge);
    Mock::given(method("POST"))
        .and(path("/oauth2/v1/token"))
        .respond_with(move |req: &Request| {
            let form: HashMap<String, String> = url::form_urlencoded::parse(&req.body)
                .into_owned()
                .collect();
            let verifier = form.get("code_verifier").cloned().unwrap_or_default();
            let pkce_ok = pkce::challenge_s256(&verifier) == *expected.lock().unwrap();
            let ok = pkce_ok
                && form.get("grant_type").map(String::as_str) == Some("authorization_code")
                && form.get("code").map(String::as_str) == Some("okta-code")
                && form.get("client_id").map(String::as_str) == Some("okta-app");
            if ok {
                ResponseTemplate::new(200).set_body_json(serde_json::json!({
                    "access_token": "okta-access", "refresh_token": "okta-refresh",
                    "token_type": "Bearer", "expires_in": 3600,
                    "scope": "okta.myAccount.authenticators.read openid offline_access"
                }))
            } else {
                ResponseTemplate::new(400)
                    .set_body_json(serde_json::json!({"error": "invalid_grant"}))
            }
        })
        .expect(1)
        .mount(&okta)
        .await;
    Mock::given(method("GET"))
        .and(path(LIST))
        .and(header("authorization", "Bearer okta-access"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_bytes(example_bytes(&yaml(), "ListAuthenticatorsExpandExample")),
        )
        .mount(&okta)
        .await;

    let policy = okta_policy(&okta);
    let config = OAuthConfig::from_policy(&policy).unwrap();
    assert_eq!(config.idp, Idp::Okta);
    let secrets = Arc::new(MemorySecrets::default());
    let tokens = OAuthTokens::new(config.clone(), secrets.clone()).unwrap();
    let seen = Arc::clone(&challenge);
    let origin = okta.uri();
    let forged = Arc::new(Mutex::new(String::new()));
    let forged_seen = Arc::clone(&forged);
    let browser = move |authorize: &str| -> std::io::Result<()> {
        assert!(
            authorize.starts_with(&format!("{origin}/oauth2/v1/authorize?")),
            "{authorize}"
        );
        let u = url::Url::parse(authorize).unwrap();
        let q: HashMap<String, String> = u.query_pairs().into_owned().collect();
        assert_eq!(q["response_type"], "code");
        assert_eq!(q["client_id"], "okta-app");
        assert_eq!(q["code_challenge_method"], "S256");
        assert_eq!(
            q["scope"],
            "okta.myAccount.authenticators.read openid offline_access"
        );
        *seen.lock().unwrap() = q["code_challenge"].clone();
        let redirect = url::Url::parse(&q["redirect_uri"]).unwrap();
        assert_eq!(redirect.host_str(), Some("127.0.0.1"));
        let (port, state) = (redirect.port().unwrap(), q["state"].clone());
        let forged_seen = Arc::clone(&forged_seen);
        tokio::spawn(async move {
            // A forged redirect first: refused, and the sign-in keeps waiting.
            *forged_seen.lock().unwrap() = get(port, "/?code=evil&state=forged").await;
            get(port, &format!("/?code=okta-code&state={state}")).await
        });
        Ok(())
    };
    auth::sign_in(&config, &tokens, browser, Duration::from_secs(60))
        .await
        .unwrap();
    assert!(
        forged.lock().unwrap().starts_with("HTTP/1.1 400"),
        "{}",
        forged.lock().unwrap()
    );

    // Filed under the Okta binding only.
    assert!(config.access_entry().starts_with("okta-access-token."));
    assert_eq!(
        secrets.get(&config.access_entry()).unwrap().as_deref(),
        Some("okta-access")
    );
    assert_eq!(
        secrets.get(&config.refresh_entry()).unwrap().as_deref(),
        Some("okta-refresh")
    );
    assert!(
        secrets.names().iter().all(|n| n.starts_with("okta-")),
        "{:?}",
        secrets.names()
    );

    let client = OktaClient::new(
        &policy.okta.as_ref().unwrap().org_url,
        Arc::new(tokens) as Arc<dyn TokenSource>,
        HttpTimeouts::default(),
        now(),
    )
    .unwrap();
    let page = client.list_methods("req-1").await.unwrap();
    assert_eq!(page.methods.len(), 3);
}

#[tokio::test]
async fn a_token_endpoint_off_the_org_is_refused_before_the_browser_opens() {
    let okta = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    discovery(&okta, &format!("{}/oauth2/v1/token", elsewhere.uri())).await;
    let config = OAuthConfig::from_policy(&okta_policy(&okta)).unwrap();
    let tokens = OAuthTokens::new(config.clone(), Arc::new(MemorySecrets::default())).unwrap();
    let opened = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&opened);
    let browser = move |_: &str| -> std::io::Result<()> {
        count.fetch_add(1, Ordering::SeqCst);
        Ok(())
    };
    let e = auth::sign_in(&config, &tokens, browser, Duration::from_secs(5))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, SignInError::Token(AuthError::Other(m)) if m.contains("token_endpoint")),
        "{e}"
    );
    assert_eq!(opened.load(Ordering::SeqCst), 0);
    assert!(elsewhere.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_script_token_is_bound_to_the_org() {
    // `MFA_READY_OKTA_TOKEN` is read by `token_source`; here its binding: the token of
    // a policy's org goes to that org and nowhere else.
    let okta = MockServer::start().await;
    let policy = okta_policy(&okta);
    let org = url::Url::parse(&policy.okta.as_ref().unwrap().org_url).unwrap();
    let bound: Arc<dyn TokenSource> = Arc::new(StaticToken::new("script").bound_to(org));
    let other = MockServer::start().await;
    assert!(
        OktaClient::new(
            &other.uri(),
            Arc::clone(&bound),
            HttpTimeouts::default(),
            now()
        )
        .is_err()
    );
    assert!(OktaClient::new(&okta.uri(), bound, HttpTimeouts::default(), now()).is_ok());
}
