//! kittest: the "Pending work" panel shows a queued job with its countdown,
//! masks the phone number, and Cancel works; the "Add phone now" form validates.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use mfa_ready::services::config::{Clock, LoadedPolicy, PolicyLoadError, PolicySource};
use mfa_ready::services::protocol::{Command, Event, ServiceHandle, StoreSnapshot};
use mfa_ready::services::protocol::{PendingJob, QueueSnapshot};
use mfa_ready::services::queue::Job;
use mfa_ready::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::Policy;
use mfa_ready_core::policy::PolicyOrigin;
use mfa_ready_core::queue::{ErrorClass, JobError, JobKind, JobState, Payload, PhoneType};

fn t0() -> Timestamp {
    "2026-11-22T09:00:00Z".parse().unwrap()
}

pub(crate) fn job() -> Job {
    Job {
        id: 7,
        kind: JobKind::RegisterPhone,
        payload: Payload::RegisterPhone {
            phone_number: "+1 2065550100".into(),
            phone_type: PhoneType::Mobile,
        },
        idempotency_key: "k".into(),
        host: "graph.microsoft.com".into(),
        state: JobState::Pending,
        attempts: 2,
        next_attempt_at: "2026-11-22T09:01:40Z".parse().unwrap(),
        needs_check: false,
        last_error: Some(JobError {
            request_id: Some("req-9".into()),
            ..JobError::new(ErrorClass::Http, Some(504), "GatewayTimeout")
        }),
        outcome: None,
        facts: None,
        created_at: t0(),
        updated_at: t0(),
    }
}

/// The built-in policy: Entra, without an app registration for MFA Ready.
fn new_app() -> (
    MfaReadyApp,
    tokio::sync::mpsc::UnboundedReceiver<Command>,
    std::sync::mpsc::Sender<Event>,
) {
    app_with(Policy::embedded_default(t0()).map_err(PolicyLoadError::Invalid))
}

/// A policy whose organisation registered MFA Ready (`[graph] client_id`): signing in,
/// checking what is registered and adding a phone can work.
fn connected_app() -> (
    MfaReadyApp,
    tokio::sync::mpsc::UnboundedReceiver<Command>,
    std::sync::mpsc::Sender<Event>,
) {
    let text = format!(
        "{}\n[graph]\nclient_id = \"00000000-1111-2222-3333-444444444444\"\n",
        mfa_ready_core::policy::EMBEDDED_DEFAULT
    );
    app_with(
        mfa_ready_core::policy::parse(&text, "policy.toml", t0()).map_err(PolicyLoadError::Invalid),
    )
}

fn app_with(
    result: Result<Policy, PolicyLoadError>,
) -> (
    MfaReadyApp,
    tokio::sync::mpsc::UnboundedReceiver<Command>,
    std::sync::mpsc::Sender<Event>,
) {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let (etx, erx) = std::sync::mpsc::channel();
    let app = MfaReadyApp::new(AppInit {
        policy: LoadedPolicy {
            source: PolicySource {
                origin: PolicyOrigin::Embedded,
                path: None,
            },
            result,
            salvaged_helpdesk: None,
            trust: Default::default(),
        },
        snapshot: Ok(StoreSnapshot {
            registrations: Vec::new(),
            first_run: t0(),
            page: None,
            recovered: None,
            db_path: "/tmp/x".into(),
            preferences: Vec::new(),
            setup_ids: Default::default(),
        }),
        clock: Clock::Fixed(t0()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: ServiceHandle::new(tx),
        events: erx,
    });
    (app, rx, etx)
}

/// The harness for these tests (missing glyphs fail the test, as they should).
fn builder() -> egui_kittest::HarnessBuilder<MfaReadyApp> {
    Harness::builder()
}

fn commands(rx: &mut tokio::sync::mpsc::UnboundedReceiver<Command>) -> Vec<Command> {
    let mut v = Vec::new();
    while let Ok(c) = rx.try_recv() {
        v.push(c);
    }
    v
}

#[test]
fn panel_shows_the_countdown_and_cancel_works() {
    let (app, mut rx, events) = new_app();
    events
        .send(Event::Queue(QueueSnapshot {
            jobs: vec![PendingJob {
                job: job(),
                history: Vec::new(),
            }],
            open_total: 1,
        }))
        .unwrap();
    let mut harness = builder()
        .with_size(egui::vec2(900.0, 1400.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();

    harness.get_by_label("1 task waiting");
    harness.get_by_label(
        "Adding your phone +1 206 ••• 0100: the service timed out, next try in 1 min 40 s, attempt 3",
    );
    harness.get_by_label_contains("req-9");
    assert!(
        harness.query_by_label_contains("555 0100").is_none(),
        "the number is masked"
    );

    harness.get_by_label("Cancel task 7").click();
    harness.run();
    assert_eq!(commands(&mut rx), vec![Command::CancelJob(7)]);
    harness.get_by_label("Adding your phone +1 206 ••• 0100: cancelled");
    assert!(
        harness.query_by_label("1 task waiting").is_none(),
        "badge gone"
    );
    assert!(harness.query_by_label("Cancel task 7").is_none());
}

#[test]
fn retry_now_sends_the_job_id() {
    let (app, mut rx, events) = new_app();
    events
        .send(Event::Queue(QueueSnapshot {
            jobs: vec![PendingJob {
                job: job(),
                history: Vec::new(),
            }],
            open_total: 1,
        }))
        .unwrap();
    let mut harness = builder()
        .with_size(egui::vec2(900.0, 1400.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    harness.get_by_label("Retry now: task 7").click();
    harness.run();
    assert_eq!(commands(&mut rx), vec![Command::RetryJob(7)]);
}

/// The built-in policy has no app registration ([graph] client_id): signing in, checking
/// and adding a phone could only fail, so none is offered; one quiet line says who can
/// turn them on. With a registration, all three are there.
#[test]
fn controls_of_a_service_the_policy_did_not_connect_are_not_shown() {
    let (app, _rx, _events) = new_app();
    assert!(
        app.state()
            .valid_policy()
            .is_some_and(|p| p.graph.client_id.is_none())
    );
    let mut harness = builder()
        .with_size(egui::vec2(900.0, 1600.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    for gone in [
        "Sign in to check what's registered",
        "Check what's registered",
        "Add phone",
        "Phone number",
    ] {
        assert!(harness.query_by_label(gone).is_none(), "{gone} is offered");
    }
    harness.get_by_label(
        "Your IT department can connect MFA Ready to your account so it checks this for you.",
    );

    let (app, _rx, _events) = connected_app();
    let mut harness = builder()
        .with_size(egui::vec2(900.0, 1600.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    harness.get_by_label("Sign in to check what's registered");
    harness.get_by_label("Check what's registered");
    harness.get_by_label("Phone number");
    assert!(
        harness
            .query_by_label_contains("Your IT department can connect")
            .is_none()
    );
}

/// Okta's MyAccount API lists methods but adds no phone for an app: with `[okta]
/// client_id` the window offers signing in and checking, never "Add phone now".
#[test]
fn okta_offers_sign_in_and_check_but_no_phone() {
    let text = "schema = 1\norganization = \"Contoso\"\nprovider = \"okta\"\n\n[okta]\norg_url = \"https://contoso.okta.com\"\nclient_id = \"0oa1b2c3\"\n";
    let (app, mut rx, _events) = app_with(
        mfa_ready_core::policy::parse(text, "policy.toml", t0()).map_err(PolicyLoadError::Invalid),
    );
    let mut harness = builder()
        .with_size(egui::vec2(900.0, 1600.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    harness.get_by_label("Check what's registered");
    for gone in ["Add phone", "Phone number"] {
        assert!(harness.query_by_label(gone).is_none(), "{gone} is offered");
    }
    harness
        .get_by_label("Sign in to check what's registered")
        .click();
    harness.run();
    assert!(
        commands(&mut rx).contains(&Command::SignIn),
        "signing in to Okta is sent"
    );
}

#[test]
fn add_phone_form_validates_before_sending() {
    let (app, mut rx, _events) = connected_app();
    let mut harness = builder()
        .with_size(egui::vec2(900.0, 1600.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    assert!(
        harness.query_by_label_contains("waiting").is_none(),
        "no badge when idle"
    );
    harness.get_by_label("Phone number").click();
    harness.run();
    harness
        .get_by_label("Phone number")
        .type_text("206 555 0100");
    harness.run();
    harness.get_by_label("Add phone").click();
    harness.run();
    assert!(
        commands(&mut rx).is_empty(),
        "nothing sent for an invalid number"
    );
    harness.get_by_label_contains("country code");

    // A fresh window: a valid number is sent as typed, with its type.
    let (app, mut rx, _events) = connected_app();
    let mut harness = builder()
        .with_size(egui::vec2(900.0, 1600.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    harness.get_by_label("Phone number").click();
    harness.run();
    harness
        .get_by_label("Phone number")
        .type_text("+1 206 555 0100");
    harness.run();
    harness.get_by_label("Add phone").click();
    harness.run();
    assert_eq!(
        commands(&mut rx),
        vec![Command::EnrollPhone {
            number: "+1 206 555 0100".into(),
            phone_type: PhoneType::Mobile
        }]
    );
}
