//! The retry queue on the real services thread (issue 7): no lock is held while
//! jobs wait on the network (defect 4), a store error pauses the queue instead of
//! stopping it (defect 5), a failing probe of a portal holds the jobs for its
//! host (explicit port included), and verified methods reach the window (defect 11).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use mfa_ready::services::auth::StaticToken;
use mfa_ready::services::config::Clock;
use mfa_ready::services::health::HealthSettings;
use mfa_ready::services::notify::RecordingNotifier;
use mfa_ready::services::protocol::{Command, Event, UrlOpener};
use mfa_ready::services::protocol::{Problem, QueueSnapshot};
use mfa_ready::services::queue::service::QueueSetup;
use mfa_ready::services::runtime::{Services, ServicesConfig};
use mfa_ready::services::store::{DB_FILE, Store};
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::policy::{self, Policy};
use mfa_ready_core::queue::{ErrorClass, JobKind, JobState, Payload, PhoneType};
use mfa_ready_core::readiness::Source;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const METHODS: &str = "/v1.0/me/authentication/methods";

struct NoBrowser;
impl UrlOpener for NoBrowser {
    fn open(&self, _url: &str) -> std::io::Result<()> {
        Ok(())
    }
}

fn t0() -> Timestamp {
    "2026-11-22T09:00:00Z".parse().unwrap()
}

fn policy(extra: &str) -> Policy {
    let text = format!(
        "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\nstatus_feed = []\n\
         [helpdesk]\nname = \"Contoso Desk\"\n{extra}"
    );
    policy::parse(&text, "policy.toml", t0()).unwrap()
}

/// The queue with a fixed token (no keychain in tests).
fn setup(policy: Policy) -> QueueSetup {
    let mut s = QueueSetup::new(policy, Arc::new(RecordingNotifier::default()));
    s.tokens = Some(Arc::new(StaticToken::new("test-token")));
    s
}

fn start(
    store: Store,
    setup: QueueSetup,
    health: Option<HealthSettings>,
) -> (Services, Receiver<Event>) {
    let (etx, erx) = std::sync::mpsc::channel();
    let services = Services::start(
        ServicesConfig {
            store: Some(store),
            clock: Clock::Fixed(t0()),
            opener: Arc::new(NoBrowser),
            focus_listener: None,
            health,
            queue: Some(setup),
            helpdesk: None,
            device: None,
        },
        etx,
        Arc::new(|| {}),
    )
    .unwrap();
    (services, erx)
}

/// Waits (bounded) for an event the services thread sends.
fn wait_for(rx: &Receiver<Event>, within: Duration, mut f: impl FnMut(&Event) -> bool) -> Event {
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let e = rx
            .recv_timeout(left)
            .expect("the expected event never came");
        if f(&e) {
            return e;
        }
    }
}

fn phone(i: usize) -> Payload {
    Payload::RegisterPhone {
        phone_number: format!("+1 206555{i:04}"),
        phone_type: PhoneType::Mobile,
    }
}

fn queue_has(q: &QueueSnapshot, f: impl Fn(&mfa_ready::services::queue::Job) -> bool) -> bool {
    q.jobs.iter().any(|j| f(&j.job))
}

/// 20 jobs hang on a server that never answers; a probe result arrives (it used
/// to wait for the worker's lock inside the only command loop); then "I've set
/// this up": its snapshot arrives within 2 s (blocked, it would wait for the
/// requests' timeouts, tens of seconds; the margin is for a loaded CI machine).
#[test]
fn mark_answers_at_once_while_twenty_jobs_hang_on_the_network() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let accepted = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&accepted);
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming() {
            held.push(s);
            seen.fetch_add(1, Ordering::SeqCst);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), t0()).unwrap();
    for i in 0..20 {
        store.queue_mut().enqueue(&phone(i), &addr, t0()).unwrap();
    }
    let p = policy(&format!("[graph]\nbase_url = \"http://{addr}/v1.0\"\n"));
    let (mut services, erx) = start(store, setup(p), None);
    let deadline = Instant::now() + Duration::from_secs(20);
    while accepted.load(Ordering::SeqCst) == 0 {
        assert!(Instant::now() < deadline, "no job reached the server");
        std::thread::sleep(Duration::from_millis(10));
    }
    services.handle.send(Command::PortalHealth {
        host: addr.clone(),
        healthy: false,
    });
    let sent = Instant::now();
    services.handle.send(Command::Mark(MethodKind::SecurityKey));
    wait_for(
        &erx,
        Duration::from_secs(10),
        |e| matches!(e, Event::Snapshot(s) if s.registrations.iter().any(|r| r.kind == MethodKind::SecurityKey)),
    );
    let took = sent.elapsed();
    assert!(took < Duration::from_secs(2), "Mark took {took:?}");
    services.shutdown();
}

/// Another connection holds the write lock while the worker has a job to do:
/// the queue says so, pauses, and once the lock is gone runs the job (before,
/// one store error stopped the queue until restart).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_store_error_pauses_the_queue_and_then_it_goes_on() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": [
            {"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "id": "a"}
        ]})))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let p = policy(&format!("[graph]\nbase_url = \"{}/v1.0\"\n", server.uri()));
    let (mut services, erx) = start(Store::open(dir.path(), t0()).unwrap(), setup(p), None);
    // The worker is up and idle.
    wait_for(&erx, Duration::from_secs(20), |e| {
        matches!(e, Event::Queue(_))
    });
    let mut other = Store::open(dir.path(), t0()).unwrap();
    let job = other
        .queue_mut()
        .enqueue(&Payload::VerifyMethods, &server.address().to_string(), t0())
        .unwrap();
    let blocker = rusqlite::Connection::open(dir.path().join(DB_FILE)).unwrap();
    blocker
        .execute_batch(
            "BEGIN IMMEDIATE; INSERT INTO events(at, kind, detail) VALUES (0, 'test', 'lock');",
        )
        .unwrap();
    // Any news wakes the worker; the job it then finds cannot be claimed.
    services.handle.send(Command::PortalHealth {
        host: "elsewhere.example".into(),
        healthy: true,
    });
    wait_for(&erx, Duration::from_secs(30), |e| {
        matches!(e, Event::Error(Problem::QueueRunRetrying { .. }))
    });
    blocker.execute_batch("ROLLBACK").unwrap();
    wait_for(
        &erx,
        Duration::from_secs(30),
        |e| matches!(e, Event::Queue(q) if queue_has(q, |j| j.id == job.id && j.state == JobState::Succeeded)),
    );
    services.shutdown();
}

/// A real probe of a portal on an explicit port answering 504 opens the breaker
/// of that host (`127.0.0.1:PORT`, the one host key): a phone added for the
/// enrollment service on the same host waits without a request being sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_probe_of_a_portal_on_a_port_holds_a_job_for_that_host() {
    use mfa_ready::services::probe::ConnectivityCheck;
    use mfa_ready_core::fault::Expectation;

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/portal"))
        .respond_with(ResponseTemplate::new(504))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/generate_204"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let p = policy(&format!(
        "[graph]\nbase_url = \"{uri}/v1.0\"\n[[portal]]\nname = \"Lab portal\"\nurl = \"{uri}/portal\"\n",
        uri = server.uri()
    ));
    let mut settings = HealthSettings::from_policy(&p, None);
    settings.probe.connectivity_checks = vec![ConnectivityCheck {
        url: format!("{}/generate_204", server.uri()),
        expect: Expectation::Status(204),
    }];
    settings.interval_s = 3600;
    let dir = tempfile::tempdir().unwrap();
    let (mut services, erx) = start(
        Store::open(dir.path(), t0()).unwrap(),
        setup(p),
        Some(settings),
    );
    wait_for(
        &erx,
        Duration::from_secs(20),
        |e| matches!(e, Event::Health(h) if !h.checking && h.report.as_ref().is_some_and(|r| !r.all_healthy())),
    );
    services.handle.send(Command::EnrollPhone {
        number: "+1 206 555 0100".into(),
        phone_type: PhoneType::Mobile,
    });
    let Event::Queue(q) = wait_for(
        &erx,
        Duration::from_secs(20),
        |e| matches!(e, Event::Queue(q) if queue_has(q, |j| j.kind == JobKind::RegisterPhone && j.last_error.is_some())),
    ) else {
        unreachable!()
    };
    let job = &q
        .jobs
        .iter()
        .find(|j| j.job.kind == JobKind::RegisterPhone)
        .unwrap()
        .job;
    assert_eq!(
        job.host,
        server.address().to_string(),
        "the host key keeps the port"
    );
    assert_eq!(job.state, JobState::Pending);
    assert_eq!(job.attempts, 0, "held, not tried");
    assert_eq!(
        job.last_error.as_ref().unwrap().class,
        ErrorClass::BreakerOpen
    );
    let posts = server
        .received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.method.as_str() == "POST")
        .count();
    assert_eq!(posts, 0, "nothing sent while the host fails");
    services.shutdown();
}

/// A job that learns what is registered refreshes the window's state: the
/// verified methods arrive in a store snapshot, without a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verified_methods_reach_the_window() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(METHODS))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": [
            {"@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod", "id": "a"},
            {"@odata.type": "#microsoft.graph.fido2AuthenticationMethod", "id": "k"}
        ]})))
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let p = policy(&format!("[graph]\nbase_url = \"{}/v1.0\"\n", server.uri()));
    let (mut services, erx) = start(Store::open(dir.path(), t0()).unwrap(), setup(p), None);
    services.handle.send(Command::VerifyMethods);
    let Event::Snapshot(s) = wait_for(
        &erx,
        Duration::from_secs(20),
        |e| matches!(e, Event::Snapshot(s) if !s.registrations.is_empty()),
    ) else {
        unreachable!()
    };
    let mut got: Vec<(&str, &str)> = s
        .registrations
        .iter()
        .map(|r| (r.kind.id(), r.source.id()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            (MethodKind::AuthenticatorApp.id(), Source::Verified.id()),
            (MethodKind::SecurityKey.id(), Source::Verified.id())
        ]
    );
    services.shutdown();
}

/// Issue 13, item 16: 200 idle connections to the single-window port kept a second
/// copy's request waiting behind them (2 s each, one at a time), so the window never
/// came forward. Each connection is served on its own, and the second copy hears
/// back at once.
#[test]
fn idle_connections_do_not_keep_the_window_from_coming_forward() {
    use mfa_ready::services::instance::{self, Instance};
    let dir = tempfile::tempdir().unwrap();
    let Instance::Primary { guard, listener } = instance::acquire(dir.path()).unwrap() else {
        panic!("first acquire must be primary");
    };
    let listener = listener.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (etx, erx) = std::sync::mpsc::channel();
    let services = Services::start(
        ServicesConfig {
            store: None,
            clock: Clock::Fixed(t0()),
            opener: Arc::new(NoBrowser),
            focus_listener: Some(listener),
            health: None,
            queue: None,
            helpdesk: None,
            device: None,
        },
        etx,
        Arc::new(|| {}),
    )
    .unwrap();
    let idle: Vec<std::net::TcpStream> = (0..200)
        .map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    let Instance::Secondary { focused } = instance::acquire(dir.path()).unwrap() else {
        panic!("second acquire must be secondary");
    };
    assert!(focused, "the first window answered");
    assert!(started.elapsed() < Duration::from_secs(3));
    wait_for(&erx, Duration::from_secs(3), |e| {
        matches!(e, Event::FocusRequested)
    });
    drop((idle, services, guard));
}
