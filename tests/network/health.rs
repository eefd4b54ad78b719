//! The probe schedule on the services thread: a check at start, "Check now",
//! results in the history, and a repaint (waker call) when a result arrives.
//! Loopback only.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::faultserver;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use faultserver::FaultServer;
use mfa_ready::services::config::Clock;
use mfa_ready::services::health::{HealthSettings, HealthSnapshot};
use mfa_ready::services::probe::{ConnectivityCheck, PortalTarget, ProbeConfig};
use mfa_ready::services::protocol::Problem;
use mfa_ready::services::protocol::{Command, Event};
use mfa_ready::services::runtime::{Services, ServicesConfig, SystemBrowser};
use mfa_ready::services::store::Store;
use mfa_ready::ui::words;
use mfa_ready_core::fault::{Expectation, Outcome};

fn next_health(rx: &std::sync::mpsc::Receiver<Event>) -> HealthSnapshot {
    loop {
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(Event::Health(h)) => return h,
            Ok(_) => continue,
            Err(e) => panic!("no health event: {e}"),
        }
    }
}

#[test]
fn schedule_checks_at_start_and_on_check_now() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let srv = rt.block_on(FaultServer::plain());
    let dir = tempfile::tempdir().unwrap();
    let now = jiff::Timestamp::now();
    let store = Store::open(dir.path(), now).unwrap();
    let settings = HealthSettings {
        targets: vec![
            PortalTarget::new("Lab portal", srv.http_url("/ok")),
            PortalTarget::new("Broken portal", srv.http_url("/status/503")),
        ],
        probe: ProbeConfig {
            connectivity_checks: vec![ConnectivityCheck {
                url: srv.http_url("/generate_204"),
                expect: Expectation::Status(204),
            }],
            ..ProbeConfig::default()
        },
        feeds: Vec::new(),
        interval_s: 3600,
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let wakes = Arc::new(AtomicUsize::new(0));
    let w = wakes.clone();
    let mut services = Services::start(
        ServicesConfig {
            store: Some(store),
            clock: Clock::System,
            opener: Arc::new(SystemBrowser),
            focus_listener: None,
            health: Some(settings),
            queue: None,
            helpdesk: None,
            device: None,
        },
        tx,
        Arc::new(move || {
            w.fetch_add(1, Ordering::SeqCst);
        }),
    )
    .unwrap();

    // At start: "checking", then the result, each with a repaint.
    let first = next_health(&rx);
    assert!(first.checking);
    let done = next_health(&rx);
    assert!(!done.checking);
    let report = done.report.expect("a report");
    assert_eq!(report.portals[0].outcome, Outcome::Healthy);
    assert_eq!(report.portals[1].outcome, Outcome::ServiceUnavailable);
    assert_eq!(done.history.len(), 2);
    // The waker runs right after each event is sent: wait for it, don't race it.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while wakes.load(Ordering::SeqCst) < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(wakes.load(Ordering::SeqCst) >= 2);
    let accepted = srv.accepted.load(Ordering::SeqCst);

    // Nothing more happens by itself for a while (the next run is an hour away,
    // or a minute while failing): idle means idle.
    assert!(rx.recv_timeout(Duration::from_millis(500)).is_err());
    assert_eq!(srv.accepted.load(Ordering::SeqCst), accepted);

    // "Check now" runs another check; history grows.
    assert!(services.handle.send(Command::CheckNow));
    assert!(next_health(&rx).checking);
    let again = next_health(&rx);
    assert!(!again.checking);
    assert_eq!(again.history.len(), 4);
    assert!(srv.accepted.load(Ordering::SeqCst) > accepted);
    services.shutdown();
}

#[test]
fn check_now_without_a_policy_says_why() {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut services = Services::start(
        ServicesConfig {
            store: None,
            clock: Clock::System,
            opener: Arc::new(SystemBrowser),
            focus_listener: None,
            health: None,
            queue: None,
            helpdesk: None,
            device: None,
        },
        tx,
        Arc::new(|| {}),
    )
    .unwrap();
    assert!(services.handle.send(Command::CheckNow));
    match rx.recv_timeout(Duration::from_secs(5)) {
        Ok(Event::Error(e)) => {
            assert_eq!(e, Problem::ChecksOff);
            assert!(
                words::problem(&mfa_ready_i18n::Catalog::new(mfa_ready_i18n::Lang::En), &e)
                    .text
                    .contains("Portal checks are off"),
                "{e:?}"
            );
        }
        other => panic!("unexpected {other:?}"),
    }
    services.shutdown();
}

#[test]
fn checks_are_stamped_with_the_injected_clock() {
    // MFA_READY_NOW reaches the services thread as `Clock::Fixed`: the health
    // schedule stamps its report, every result and the history with it.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let srv = rt.block_on(FaultServer::plain());
    let dir = tempfile::tempdir().unwrap();
    let fixed: jiff::Timestamp = "2031-03-04T05:06:07Z".parse().unwrap();
    let store = Store::open(dir.path(), fixed).unwrap();
    let settings = HealthSettings {
        targets: vec![PortalTarget::new("Lab portal", srv.http_url("/ok"))],
        probe: ProbeConfig {
            connectivity_checks: Vec::new(),
            ..ProbeConfig::default()
        },
        feeds: Vec::new(),
        interval_s: 3600,
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let mut services = Services::start(
        ServicesConfig {
            store: Some(store),
            clock: Clock::Fixed(fixed),
            opener: Arc::new(SystemBrowser),
            focus_listener: None,
            health: Some(settings),
            queue: None,
            helpdesk: None,
            device: None,
        },
        tx,
        Arc::new(|| {}),
    )
    .unwrap();
    assert!(next_health(&rx).checking);
    let done = next_health(&rx);
    let report = done.report.expect("a report");
    assert_eq!(report.checked_at, fixed);
    assert_eq!(report.portals[0].checked_at, fixed);
    assert_eq!(report.hosts()[0].checked_at, fixed);
    assert_eq!(done.history.len(), 1, "{:?}", done.store_error);
    assert_eq!(done.history[0].at, fixed);
    services.shutdown();
}
