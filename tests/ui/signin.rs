//! Defect 11 of issue 7, in the window: verified methods reach it without a
//! restart. The real services thread, a loopback Graph (and identity provider),
//! and the window driven through its AccessKit labels with egui_kittest.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::support;

use std::io::{Read, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use mfa_ready::services::auth::{MemorySecrets, StaticToken};
use mfa_ready::services::config::{self, Clock, PolicySource};
use mfa_ready::services::notify::RecordingNotifier;
use mfa_ready::services::protocol::StoreSnapshot;
use mfa_ready::services::queue::service::QueueSetup;
use mfa_ready::services::runtime::{Services, ServicesConfig};
use mfa_ready::services::store::Store;
use mfa_ready::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::PolicyOrigin;
use support::Recorder;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn now() -> Timestamp {
    "2026-12-11T09:30:00Z".parse().unwrap()
}

fn policy_text(server: &str) -> String {
    format!(
        "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\ntenant = \"contoso.example\"\n\
         status_feed = []\n\
         [enrollment]\ndeadline = 2026-12-15T17:00:00+01:00\nmin_methods = 2\nmin_phishing_resistant = 1\n\
         [helpdesk]\nname = \"Contoso Service Desk\"\n\
         [graph]\nclient_id = \"client-1\"\nauthority = \"{server}\"\nbase_url = \"{server}/v1.0\"\n"
    )
}

/// Graph lists an Authenticator app and a security key: enough to be ready.
async fn graph(server: &MockServer) {
    Mock::given(method("GET"))
        .and(path("/v1.0/me/authentication/methods"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": [
            {"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "id": "a"},
            {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "k"}
        ]})))
        .mount(server)
        .await;
}

struct Window {
    harness: Harness<'static, MfaReadyApp>,
    opened: Arc<Recorder>,
    _dir: tempfile::TempDir,
}

/// The window on the real services thread, with the queue set up by `tweak`.
fn window(server: &str, tweak: impl FnOnce(&mut QueueSetup)) -> Window {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("policy.toml");
    std::fs::write(&file, policy_text(server)).unwrap();
    let loaded = config::load_policy(
        PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(file),
        },
        None,
        now(),
    );
    let mut setup = QueueSetup::new(
        loaded.result.clone().unwrap(),
        Arc::new(RecordingNotifier::default()),
    );
    tweak(&mut setup);
    let mut store = Store::open(&dir.path().join("data"), now()).unwrap();
    let snapshot = StoreSnapshot::read(&mut store, now()).unwrap();
    let opened = Arc::new(Recorder::default());
    let (etx, erx) = std::sync::mpsc::channel();
    let services = Services::start(
        ServicesConfig {
            store: Some(store),
            clock: Clock::Fixed(now()),
            opener: opened.clone(),
            focus_listener: None,
            health: None,
            queue: Some(setup),
            helpdesk: None,
            device: None,
        },
        etx,
        Arc::new(|| {}),
    )
    .unwrap();
    let mut app = MfaReadyApp::new(AppInit {
        policy: loaded,
        snapshot: Ok(snapshot),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: services.handle.clone(),
        events: erx,
    });
    app.own_services(services);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 900.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    // Frames, not `run()`: the services send events while the window runs.
    harness.run_steps(3);
    Window {
        harness,
        opened,
        _dir: dir,
    }
}

fn press(h: &mut Harness<'static, MfaReadyApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run_steps(2);
    h.get_by_label(label).click();
    h.run_steps(2);
}

/// Runs frames (the window drains the services' events) until `label` shows.
fn wait_for_label(h: &mut Harness<'static, MfaReadyApp>, label: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while h.query_by_label(label).is_none() {
        assert!(Instant::now() < deadline, "\"{label}\" never showed");
        std::thread::sleep(Duration::from_millis(20));
        h.run_steps(2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checking_what_is_registered_changes_the_verdict_in_the_window() {
    let server = MockServer::start().await;
    graph(&server).await;
    let mut w = window(&server.uri(), |s| {
        s.tokens = Some(Arc::new(StaticToken::new("test-token")));
    });
    w.harness.get_by_label_contains("things left before");
    w.harness
        .get_by_label("0 of 2 methods · 0 of 1 phishing-resistant");
    press(&mut w.harness, "Check what's registered");
    wait_for_label(&mut w.harness, "You're ready");
    w.harness
        .get_by_label("2 of 2 methods · 1 of 1 phishing-resistant");
}

/// Reads the query parameter `name` of a URL.
fn param(url: &str, name: &str) -> String {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("no {name} in {url}"))
}

/// The browser's part of the sign-in: the identity provider redirects back to
/// the app's loopback listener with the code and the state it was given.
fn redirect_back(authorize_url: &str, code: &str) -> String {
    let redirect = url::Url::parse(&param(authorize_url, "redirect_uri")).unwrap();
    let state = param(authorize_url, "state");
    let mut s = std::net::TcpStream::connect(("127.0.0.1", redirect.port().unwrap())).unwrap();
    write!(
        s,
        "GET {}?code={code}&state={state} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        redirect.path()
    )
    .unwrap();
    let mut answer = String::new();
    let _ = s.read_to_string(&mut answer);
    answer
}

/// Issue 7's scenario end to end: "Sign in to check what's registered" with a
/// loopback identity provider (PKCE, the code redeemed), Graph called with the
/// token, and the overview's verdict changes without a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_changes_the_verdict_in_the_window() {
    let server = MockServer::start().await;
    graph(&server).await;
    Mock::given(method("POST"))
        .and(path("/contoso.example/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "access-1", "refresh_token": "refresh-1",
            "token_type": "Bearer", "expires_in": 3600
        })))
        .mount(&server)
        .await;
    let mut w = window(&server.uri(), |s| {
        s.secrets = Some(Arc::new(MemorySecrets::default()));
    });
    w.harness.get_by_label_contains("things left before");
    press(&mut w.harness, "Sign in to check what's registered");
    let deadline = Instant::now() + Duration::from_secs(20);
    let url = loop {
        if let Some(u) = w.opened.0.lock().unwrap().first().cloned() {
            break u;
        }
        assert!(Instant::now() < deadline, "the browser was never opened");
        std::thread::sleep(Duration::from_millis(20));
        w.harness.run_steps(2);
    };
    assert!(url.starts_with(&server.uri()), "{url}");
    let answer = redirect_back(&url, "the-code");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    wait_for_label(&mut w.harness, "You're ready");
    w.harness
        .get_by_label("2 of 2 methods · 1 of 1 phishing-resistant");
    let graph_calls: Vec<_> = server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.url.path() == "/v1.0/me/authentication/methods")
        .collect();
    assert_eq!(
        graph_calls[0].headers.get("authorization").unwrap(),
        "Bearer access-1"
    );
}
