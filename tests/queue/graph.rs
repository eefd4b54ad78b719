//! The queue against a mock Graph and a mock token endpoint (wiremock and a raw
//! tokio server on 127.0.0.1). Time is a controllable clock, never a sleep.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::{Arc, Mutex};

use jiff::{SignedDuration, Timestamp};
use mfa_ready::services::auth::{
    MemorySecrets, OAuthConfig, OAuthTokens, SecretStore, StaticToken, TokenSource,
};
use mfa_ready::services::enroll::{EnrollmentService, GraphClient};
use mfa_ready::services::http::BoxFut;
use mfa_ready::services::http::HttpTimeouts;
use mfa_ready::services::queue::{Outcome, PortalProbe, SharedStore, Worker, WorkerConfig};
use mfa_ready::services::store::Store;
use mfa_ready_core::breaker::BreakerSnapshot;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::queue::{ErrorClass, JobState, Payload, PhoneType};
use mfa_ready_core::readiness::Source;
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

type Clock = Arc<Mutex<Timestamp>>;

/// These tests queue no portal checks.
struct NoPortals;
impl PortalProbe for NoPortals {
    fn healthy<'a>(&'a self, _url: &'a str) -> BoxFut<'a, bool> {
        Box::pin(async { false })
    }
}

fn t0() -> Timestamp {
    "2026-11-22T09:00:00Z".parse().unwrap()
}

fn clock_fn(c: &Clock) -> Arc<dyn Fn() -> Timestamp + Send + Sync> {
    let c = Arc::clone(c);
    Arc::new(move || *c.lock().unwrap())
}

fn set(c: &Clock, t: Timestamp) {
    *c.lock().unwrap() = t;
}

struct Rig {
    _dir: tempfile::TempDir,
    store: SharedStore,
    clock: Clock,
    worker: Worker,
}

fn rig(base_url: &str, tokens: Arc<dyn TokenSource>) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let store: SharedStore = Arc::new(Mutex::new(Some(Store::open(dir.path(), t0()).unwrap())));
    let clock: Clock = Arc::new(Mutex::new(t0()));
    let timeouts = HttpTimeouts {
        connect: std::time::Duration::from_secs(2),
        total: std::time::Duration::from_secs(5),
    };
    let service: Arc<dyn EnrollmentService> =
        Arc::new(GraphClient::new(base_url, tokens, timeouts, clock_fn(&clock)).unwrap());
    let worker = Worker::new(WorkerConfig {
        store: Arc::clone(&store),
        service: Ok(service),
        probe: Arc::new(NoPortals),
        deadline: None,
        helpdesk: Some("Contoso Desk, +1 425 555 0100".into()),
        // Fixed draw: the jittered delay is exactly half the window.
        jitter: Box::new(|| 0.5),
        clock: clock_fn(&clock),
    })
    .unwrap();
    Rig {
        _dir: dir,
        store,
        clock,
        worker,
    }
}

fn token() -> Arc<dyn TokenSource> {
    Arc::new(StaticToken::new("test-token"))
}

fn phone() -> Payload {
    Payload::RegisterPhone {
        phone_number: "+1 2065550100".into(),
        phone_type: PhoneType::Mobile,
    }
}

fn job(r: &Rig, id: i64) -> mfa_ready::services::queue::Job {
    r.store
        .lock()
        .unwrap()
        .as_ref()
        .unwrap()
        .queue()
        .job(id)
        .unwrap()
        .unwrap()
}

async fn requests(server: &MockServer, m: &str, p: &str) -> Vec<Request> {
    server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == m && r.url.path() == p)
        .collect()
}

const METHODS: &str = "/v1.0/me/authentication/methods";
const PHONES: &str = "/v1.0/me/authentication/phoneMethods";

fn graph_error(code: &str) -> serde_json::Value {
    serde_json::json!({"error": {"code": code, "message": "upstream says no", "innerError": {"request-id": "req-123", "date": "2026-11-22T09:00:00"}}})
}

#[tokio::test]
async fn gateway_timeouts_then_created_makes_exactly_one_phone() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .respond_with(ResponseTemplate::new(504).set_body_json(graph_error("GatewayTimeout")))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .and(body_json(
            serde_json::json!({"phoneNumber": "+1 2065550100", "phoneType": "mobile"}),
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(
            serde_json::json!({"id": "p1", "phoneNumber": "+1 2065550100", "phoneType": "mobile"}),
        ))
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": []})))
        .mount(&server)
        .await;

    let mut r = rig(&format!("{}/v1.0", server.uri()), token());
    let j = r.worker.enqueue(&phone()).unwrap();
    assert_eq!(
        j.state,
        JobState::Pending,
        "written before the first attempt"
    );

    // Attempt 1 at t0: 504 → retry after U(0, 2 s) = 1 s.
    let out = r.worker.run_due(10).await.unwrap();
    let Outcome::Retrying { at, .. } = &out[0] else {
        panic!("{out:?}")
    };
    assert_eq!(*at, t0() + SignedDuration::from_secs(1));
    let after1 = job(&r, j.id);
    assert_eq!(after1.attempts, 1);
    let err = after1.last_error.clone().unwrap();
    assert_eq!((err.class, err.status), (ErrorClass::Http, Some(504)));
    assert_eq!(
        err.request_id.as_deref(),
        Some("req-123"),
        "kept for helpdesk"
    );
    assert!(
        after1.needs_check,
        "a gateway timeout may have gone through"
    );

    // Not due yet: nothing is sent.
    assert!(r.worker.run_due(10).await.unwrap().is_empty());

    // Attempt 2 at t0+1 s: 504 → window 4 s → 2 s.
    set(&r.clock, *at);
    let out = r.worker.run_due(10).await.unwrap();
    let Outcome::Retrying { at: at2, .. } = &out[0] else {
        panic!("{out:?}")
    };
    assert_eq!(*at2, *at + SignedDuration::from_secs(2));
    assert_eq!(
        job(&r, j.id).sentence(*at),
        "Adding your phone +1 206 ••• 0100: the service timed out, next try in 2 s, attempt 3"
    );

    // Attempt 3: 201.
    set(&r.clock, *at2);
    let out = r.worker.run_due(10).await.unwrap();
    assert!(matches!(out[0], Outcome::Succeeded { .. }), "{out:?}");
    let done = job(&r, j.id);
    assert_eq!((done.state, done.attempts), (JobState::Succeeded, 3));
    assert_eq!(done.updated_at, *at2);

    let posts = requests(&server, "POST", PHONES).await;
    assert_eq!(posts.len(), 3, "exactly three POSTs, one created");
    for p in &posts {
        assert_eq!(
            p.headers.get("client-request-id").unwrap(),
            j.idempotency_key.as_str()
        );
        assert_eq!(
            p.headers.get("idempotency-key").unwrap(),
            j.idempotency_key.as_str()
        );
        assert_eq!(p.headers.get("authorization").unwrap(), "Bearer test-token");
    }
    // Before each resend the methods were checked, with the same request id.
    let gets = requests(&server, "GET", METHODS).await;
    assert_eq!(gets.len(), 2);
    assert!(
        gets.iter()
            .all(|g| g.headers.get("client-request-id").unwrap() == j.idempotency_key.as_str())
    );

    let store = r.store.lock().unwrap();
    let s = store.as_ref().unwrap();
    let hist = s.queue().job_history(j.id).unwrap();
    let states: Vec<&str> = hist.iter().map(|h| h.state.id()).collect();
    assert_eq!(
        states,
        [
            "pending",
            "in_flight",
            "pending",
            "in_flight",
            "pending",
            "in_flight",
            "succeeded"
        ]
    );
    assert_eq!(hist[1].at, t0());
    assert_eq!(hist[3].at, *at);
    let regs = s.registrations().unwrap();
    assert!(
        regs.iter()
            .any(|g| g.kind == MethodKind::PhoneSms && g.source == Source::Verified)
    );
}

#[tokio::test]
async fn retry_after_in_seconds_and_as_a_date_is_honoured() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "120"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    // 5 minutes after the second attempt's time, as an HTTP-date.
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("Retry-After", "Sun, 22 Nov 2026 09:07:00 GMT"),
        )
        .up_to_n_times(1)
        .with_priority(2)
        .mount(&server)
        .await;
    let mut r = rig(&format!("{}/v1.0", server.uri()), token());
    let j = r.worker.enqueue(&Payload::VerifyMethods).unwrap();
    let out = r.worker.run_due(10).await.unwrap();
    assert_eq!(
        out[0],
        Outcome::Retrying {
            id: j.id,
            at: "2026-11-22T09:02:00Z".parse().unwrap(),
        }
    );
    set(&r.clock, "2026-11-22T09:02:00Z".parse().unwrap());
    let out = r.worker.run_due(10).await.unwrap();
    let Outcome::Retrying { at, .. } = out[0] else {
        panic!("{out:?}")
    };
    assert_eq!(at, "2026-11-22T09:07:00Z".parse::<Timestamp>().unwrap());
}

#[tokio::test]
async fn bad_request_is_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(PHONES))
        .respond_with(
            ResponseTemplate::new(400).set_body_json(serde_json::json!({"error": {
                "code": "badRequest",
                "message": "+1 206 555 0199 is not valid for alice@contoso.com",
                "innerError": {"request-id": "req-400"}
            }})),
        )
        .mount(&server)
        .await;
    let mut r = rig(&format!("{}/v1.0", server.uri()), token());
    let j = r.worker.enqueue(&phone()).unwrap();
    let out = r.worker.run_due(10).await.unwrap();
    let Outcome::Failed { give_up, .. } = &out[0] else {
        panic!("{out:?}")
    };
    let message = give_up.english();
    assert!(
        message.contains("did not accept this phone number"),
        "{message}"
    );
    let failed = job(&r, j.id);
    assert_eq!(failed.state, JobState::Failed);
    // What the panel and the report show: the service's words masked, the helpdesk
    // contact whole (it was once masked too, leaving the user nobody to call).
    assert_eq!(
        failed.facts,
        Some(mfa_ready_core::queue::JobOutcome::GaveUp {
            give_up: give_up.clone()
        }),
        "the facts the window words are kept beside the English"
    );
    let outcome = failed.outcome.unwrap();
    assert_eq!(outcome, message);
    assert!(
        outcome.contains("Contoso Desk, +1 425 555 0100"),
        "{outcome}"
    );
    assert!(!outcome.contains("alice@contoso.com"), "{outcome}");
    assert!(!outcome.contains("206 555 0199"), "{outcome}");
    set(&r.clock, t0() + SignedDuration::from_hours(2));
    assert!(r.worker.run_due(10).await.unwrap().is_empty());
    assert_eq!(requests(&server, "POST", PHONES).await.len(), 1);
}

#[tokio::test]
async fn unauthorized_triggers_exactly_one_refresh() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .and(header("authorization", "Bearer old-access"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(graph_error("InvalidAuthenticationToken")),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .and(header("authorization", "Bearer new-access"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string(include_str!("../fixtures/graph-methods.json")),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/contoso.example/oauth2/v2.0/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "new-access", "refresh_token": "new-refresh", "token_type": "Bearer", "expires_in": 3600
        })))
        .expect(1)
        .mount(&server)
        .await;
    let config = OAuthConfig {
        authority: server.uri(),
        tenant: "contoso.example".into(),
        client_id: "client-1".into(),
        resource: format!("{}/v1.0", server.uri()),
        idp: mfa_ready::services::auth::Idp::Entra,
    };
    let secrets = Arc::new(MemorySecrets::default());
    secrets.set(&config.access_entry(), "old-access").unwrap();
    secrets.set(&config.refresh_entry(), "old-refresh").unwrap();
    let tokens = OAuthTokens::new(config.clone(), secrets.clone()).unwrap();
    let mut r = rig(&format!("{}/v1.0", server.uri()), Arc::new(tokens));
    let j = r.worker.enqueue(&Payload::VerifyMethods).unwrap();
    let out = r.worker.run_due(10).await.unwrap();
    assert!(matches!(out[0], Outcome::Succeeded { .. }), "{out:?}");
    assert_eq!(
        job(&r, j.id).attempts,
        1,
        "the refresh is part of the same attempt"
    );
    assert_eq!(
        secrets.get(&config.access_entry()).unwrap().as_deref(),
        Some("new-access")
    );
    assert_eq!(
        secrets.get(&config.refresh_entry()).unwrap().as_deref(),
        Some("new-refresh")
    );
    let token_calls = requests(&server, "POST", "/contoso.example/oauth2/v2.0/token").await;
    let form = String::from_utf8_lossy(&token_calls[0].body).into_owned();
    assert!(
        form.contains("grant_type=refresh_token") && form.contains("refresh_token=old-refresh"),
        "{form}"
    );
    // The verified kinds replaced nothing self-attested but are verified now.
    let store = r.store.lock().unwrap();
    let regs = store.as_ref().unwrap().registrations().unwrap();
    assert!(
        regs.iter()
            .any(|g| g.kind == MethodKind::AuthenticatorApp && g.source == Source::Verified)
    );
}

#[tokio::test]
async fn unauthorized_without_a_session_waits_for_sign_in() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(graph_error("InvalidAuthenticationToken")),
        )
        .mount(&server)
        .await;
    let mut r = rig(&format!("{}/v1.0", server.uri()), token());
    let j = r.worker.enqueue(&Payload::VerifyMethods).unwrap();
    let out = r.worker.run_due(10).await.unwrap();
    assert!(matches!(out[0], Outcome::Held { .. }), "{out:?}");
    let held = job(&r, j.id);
    assert_eq!(held.state, JobState::Pending);
    assert_eq!(
        held.last_error.as_ref().unwrap().class,
        ErrorClass::SignInNeeded
    );
    assert!(
        held.sentence(t0()).contains("waiting for you to sign in"),
        "{}",
        held.sentence(t0())
    );
    set(&r.clock, t0() + SignedDuration::from_hours(48));
    assert!(
        r.worker.run_due(10).await.unwrap().is_empty(),
        "waits, does not hammer"
    );
    assert_eq!(requests(&server, "GET", METHODS).await.len(), 1);
}

#[tokio::test]
async fn breaker_opens_after_five_failures_and_lets_one_trial_through() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let mut r = rig(&format!("{}/v1.0", server.uri()), token());
    let host = server.address().to_string();
    let a = r.worker.enqueue(&Payload::VerifyMethods).unwrap();
    for i in 0..5 {
        let out = r.worker.run_due(10).await.unwrap();
        assert!(
            matches!(out[0], Outcome::Retrying { .. }),
            "attempt {i}: {out:?}"
        );
        let next = job(&r, a.id).next_attempt_at;
        set(&r.clock, next);
    }
    let opened_at = *r.clock.lock().unwrap();
    assert!(
        matches!(r.worker.breaker(&host), BreakerSnapshot::Open { .. }),
        "{:?}",
        r.worker.breaker(&host)
    );
    assert_eq!(requests(&server, "GET", METHODS).await.len(), 5);

    // While open: a new job and the old one wait, nothing is sent.
    let b = r.worker.enqueue(&Payload::VerifyMethods).unwrap();
    let out = r.worker.run_due(10).await.unwrap();
    assert!(
        out.iter().all(|o| matches!(o, Outcome::Held { .. })),
        "{out:?}"
    );
    assert_eq!(requests(&server, "GET", METHODS).await.len(), 5);
    assert_eq!(job(&r, b.id).attempts, 0, "holding uses no attempt");
    assert_eq!(
        job(&r, b.id).last_error.unwrap().class,
        ErrorClass::BreakerOpen
    );

    // After the 60 s cool-down exactly one trial goes out; it fails and re-opens.
    set(&r.clock, opened_at + SignedDuration::from_secs(60));
    let out = r.worker.run_due(10).await.unwrap();
    assert_eq!(out.len(), 2, "{out:?}");
    assert_eq!(
        requests(&server, "GET", METHODS).await.len(),
        6,
        "one trial only"
    );
    let BreakerSnapshot::Open { cooldown, .. } = r.worker.breaker(&host) else {
        panic!("re-opened")
    };
    assert_eq!(
        cooldown,
        SignedDuration::from_secs(120),
        "cool-down doubles"
    );
}

/// A raw server: creates the phone, then drops the connection without answering.
#[tokio::test]
async fn lost_response_is_found_on_retry_without_a_second_create() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let phones: Arc<Mutex<Vec<String>>> = Arc::default();
    let creates = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    {
        let phones = Arc::clone(&phones);
        let creates = Arc::clone(&creates);
        tokio::spawn(async move {
            loop {
                let (mut s, _) = listener.accept().await.unwrap();
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                // Read headers and body (Content-Length).
                loop {
                    let n = s.read(&mut chunk).await.unwrap_or(0);
                    if n == 0 {
                        break;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let len = text
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap())
                            })
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + len {
                            break;
                        }
                    }
                }
                let text = String::from_utf8_lossy(&buf).to_string();
                if text.starts_with("POST ") {
                    creates.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    phones.lock().unwrap().push("+1 2065550100".into());
                    drop(s); // the answer never arrives
                    continue;
                }
                let list: Vec<serde_json::Value> = phones
                    .lock()
                    .unwrap()
                    .iter()
                    .map(|p| serde_json::json!({"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "id": "p1", "phoneNumber": p, "phoneType": "mobile"}))
                    .collect();
                let body = serde_json::json!({"value": list}).to_string();
                let resp = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = s.write_all(resp.as_bytes()).await;
            }
        });
    }
    let mut r = rig(&format!("http://{addr}/v1.0"), token());
    let j = r.worker.enqueue(&phone()).unwrap();
    let out = r.worker.run_due(10).await.unwrap();
    let Outcome::Retrying { at, .. } = out[0] else {
        panic!("{out:?}")
    };
    assert!(job(&r, j.id).needs_check);
    set(&r.clock, at);
    let out = r.worker.run_due(10).await.unwrap();
    let Outcome::Succeeded { note, .. } = &out[0] else {
        panic!("{out:?}")
    };
    assert!(
        matches!(note, mfa_ready_core::queue::Note::PhoneThere { .. }),
        "{note:?}"
    );
    assert!(
        note.english().contains("earlier try went through"),
        "{note:?}"
    );
    assert_eq!(creates.load(std::sync::atomic::Ordering::SeqCst), 1);
    assert_eq!(job(&r, j.id).state, JobState::Succeeded);
}

#[tokio::test]
async fn custom_api_lists_and_registers_with_the_same_headers() {
    use mfa_ready::services::enroll::CustomClient;
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/methods"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "methods": [{"kind": "authenticator_app", "id": "a1", "detail": "Pixel 9"}]
        })))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v1/phones"))
        .and(body_json(
            serde_json::json!({"phone_number": "+1 2065550100", "phone_type": "office"}),
        ))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "30"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v1/phones"))
        .respond_with(ResponseTemplate::new(201))
        .with_priority(2)
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let store: SharedStore = Arc::new(Mutex::new(Some(Store::open(dir.path(), t0()).unwrap())));
    let clock: Clock = Arc::new(Mutex::new(t0()));
    let service: Arc<dyn EnrollmentService> = Arc::new(
        CustomClient::new(
            &format!("{}/api/v1", server.uri()),
            None,
            HttpTimeouts::default(),
            clock_fn(&clock),
        )
        .unwrap(),
    );
    let mut worker = Worker::new(WorkerConfig {
        store: Arc::clone(&store),
        service: Ok(service),
        probe: Arc::new(NoPortals),
        deadline: None,
        helpdesk: None,
        jitter: Box::new(|| 0.0),
        clock: clock_fn(&clock),
    })
    .unwrap();
    let v = worker.enqueue(&Payload::VerifyMethods).unwrap();
    let p = worker
        .enqueue(&Payload::RegisterPhone {
            phone_number: "+1 2065550100".into(),
            phone_type: PhoneType::Office,
        })
        .unwrap();
    let out = worker.run_due(10).await.unwrap();
    assert!(matches!(out[0], Outcome::Succeeded { .. }), "{out:?}");
    let Outcome::Retrying { at, .. } = out[1] else {
        panic!("{out:?}")
    };
    assert_eq!(
        at,
        t0() + SignedDuration::from_secs(30),
        "Retry-After honoured"
    );
    set(&clock, at);
    let out = worker.run_due(10).await.unwrap();
    assert!(matches!(out[0], Outcome::Succeeded { .. }), "{out:?}");
    let posts = requests(&server, "POST", "/api/v1/phones").await;
    assert_eq!(posts.len(), 2);
    for r in &posts {
        assert_eq!(
            r.headers.get("idempotency-key").unwrap(),
            p.idempotency_key.as_str()
        );
    }
    let gets = requests(&server, "GET", "/api/v1/methods").await;
    assert_eq!(
        gets[0].headers.get("client-request-id").unwrap(),
        v.idempotency_key.as_str()
    );
    let s = store.lock().unwrap();
    let regs = s.as_ref().unwrap().registrations().unwrap();
    let kinds: Vec<MethodKind> = regs.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        vec![MethodKind::AuthenticatorApp, MethodKind::PhoneVoice]
    );
}
