//! The "Portal health" panel under egui_kittest: reached from the overview,
//! one row per portal, "Check now" sends `Command::CheckNow`, and the spinner
//! shows until a result arrives.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::mpsc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use mfa_ready::services::config::{Clock, LoadedPolicy, PolicySource};
use mfa_ready::services::health::{HealthReport, HealthSnapshot};
use mfa_ready::services::probe::ProbeResult;
use mfa_ready::services::protocol::{Command, Event, ServiceHandle, StoreSnapshot};
use mfa_ready::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::fault::{
    ConnectivityObservation, ConnectivityOutcome, ProbeObservation, Thresholds,
};
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::Policy;
use mfa_ready_core::policy::PolicyOrigin;

fn now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().unwrap()
}

fn result(name: &str, url: &str, status: u16) -> ProbeResult {
    let obs = ProbeObservation {
        portal_name: name.into(),
        url: url.into(),
        started_at: now(),
        http_status: Some(status),
        request_id: Some(format!("req-{status}")),
        ..Default::default()
    };
    ProbeResult::from_observation(obs, Thresholds::default(), None)
}

fn snapshot(checking: bool) -> HealthSnapshot {
    HealthSnapshot {
        checking,
        report: Some(HealthReport {
            checked_at: now(),
            connectivity: ConnectivityObservation {
                outcome: ConnectivityOutcome::Online,
                checks: Vec::new(),
            },
            portals: vec![
                result("My Sign-Ins", "https://mysignins.microsoft.com/", 504),
                result(
                    "Microsoft sign-in",
                    "https://login.microsoftonline.com/",
                    200,
                ),
            ],
            feeds: Vec::new(),
        }),
        history: Vec::new(),
        store_error: None,
    }
}

struct Setup {
    app: MfaReadyApp,
    commands: tokio::sync::mpsc::UnboundedReceiver<Command>,
    events: mpsc::Sender<Event>,
}

fn setup() -> Setup {
    let (tx, commands) = tokio::sync::mpsc::unbounded_channel();
    let (events, events_rx) = mpsc::channel();
    let policy = Policy::embedded_default(now()).unwrap();
    let app = MfaReadyApp::new(AppInit {
        policy: LoadedPolicy {
            source: PolicySource {
                origin: PolicyOrigin::Embedded,
                path: None,
            },
            result: Ok(policy),
            salvaged_helpdesk: None,
            trust: Default::default(),
        },
        snapshot: Ok(StoreSnapshot {
            registrations: Vec::new(),
            first_run: now(),
            page: None,
            recovered: None,
            db_path: "/tmp/test.sqlite3".into(),
            preferences: Vec::new(),
            setup_ids: Default::default(),
        }),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: ServiceHandle::new(tx),
        events: events_rx,
    });
    Setup {
        app,
        commands,
        events,
    }
}

fn drain(rx: &mut tokio::sync::mpsc::UnboundedReceiver<Command>) -> Vec<Command> {
    let mut out = Vec::new();
    while let Ok(c) = rx.try_recv() {
        out.push(c);
    }
    out
}

#[test]
fn overview_line_and_panel_rows_and_check_now() {
    let Setup {
        app,
        mut commands,
        events,
    } = setup();
    events.send(Event::Health(snapshot(false))).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 1400.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();

    // The overview's one line is the failing portal's sentence.
    assert!(
        harness
            .query_by_label(
                "My Sign-Ins is answering 504 Gateway Timeout: the service is failing, not your connection."
            )
            .is_some(),
        "no 504 summary on the overview"
    );
    harness.get_by_label("Portal health").click();
    harness.run();
    assert!(drain(&mut commands).contains(&Command::SetPage("health".into())));

    // One row per portal, with traffic light, request id and sentence.
    harness.get_by_label("My Sign-Ins: not working");
    harness.get_by_label("Microsoft sign-in: working");
    assert!(harness.query_by_label("Request id req-504").is_some());
    assert!(harness.query_by_label("Request id req-200").is_some());
    assert!(
        harness
            .query_by_label_contains("not your connection")
            .is_some()
    );
    assert!(harness.query_by_label("Checking…").is_none());

    harness.get_by_label("Check now").click();
    // The spinner animates (repaints) while a check runs: step instead of settling.
    harness.run_steps(3);
    assert_eq!(drain(&mut commands), vec![Command::CheckNow]);
    // The spinner shows at once, before the services answer.
    assert!(harness.query_by_label("Checking…").is_some());

    // The services report the check as running, then finished.
    events.send(Event::Health(snapshot(true))).unwrap();
    harness.run_steps(3);
    assert!(harness.query_by_label("Checking…").is_some());
    let mut done = snapshot(false);
    if let Some(r) = done.report.as_mut() {
        r.portals[0] = result("My Sign-Ins", "https://mysignins.microsoft.com/", 200);
    }
    events.send(Event::Health(done)).unwrap();
    // Settles: once the result is in, nothing keeps repainting (idle means idle).
    harness.run();
    assert!(harness.query_by_label("Checking…").is_none());
    harness.get_by_label("My Sign-Ins: working");
}

#[test]
fn before_any_check_the_panel_says_so() {
    let Setup { app, .. } = setup();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 1400.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("have not been checked yet")
            .is_some()
    );
    harness.get_by_label("Portal health").click();
    harness.run();
    assert!(
        harness
            .query_by_label("No check has finished yet.")
            .is_some()
    );
}

/// Issue 18: a portal row's Technical details say which way the check went and why, as
/// a sentence in the window's words above the helpdesk's line.
#[test]
fn technical_details_say_which_proxy_was_used_and_why() {
    let Setup { app, events, .. } = setup();
    let mut snap = snapshot(false);
    if let Some(r) = snap.report.as_mut() {
        let obs = ProbeObservation {
            portal_name: "My Sign-Ins".into(),
            url: "https://mysignins.microsoft.com/".into(),
            started_at: now(),
            http_status: Some(200),
            via_proxy: true,
            route: Some(mfa_ready_core::proxy::Route::through(
                "proxy.contoso.com:8080",
                mfa_ready_core::proxy::ChosenBy::SystemPac,
            )),
            ..Default::default()
        };
        r.portals[0] = ProbeResult::from_observation(obs, Thresholds::default(), None);
    }
    events.send(Event::Health(snap)).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 1400.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    harness.get_by_label("Portal health").click();
    harness.run();
    let said = "Through proxy.contoso.com:8080, chosen by the system's PAC file.";
    assert!(
        harness.query_by_label(said).is_none(),
        "shown before Details opened"
    );
    let details = harness
        .get_all_by_label("Technical details")
        .next()
        .unwrap();
    details.click();
    harness.run();
    assert!(harness.query_by_label(said).is_some(), "no route sentence");
    assert!(
        harness
            .query_by_label_contains("proxy=proxy.contoso.com:8080 proxy_chosen_by=system_pac")
            .is_some(),
        "the helpdesk line names the proxy too"
    );
}
