//! The wizard, driven through its AccessKit labels with egui_kittest.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::support;

use std::sync::Arc;
use std::sync::mpsc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use mfa_ready::services::config::{self, Clock, LoadedPolicy, PolicySource};
use mfa_ready::services::protocol::{Command, Event, ServiceHandle, StoreSnapshot};
use mfa_ready::services::protocol::{Problem, StoreChange};
use mfa_ready::services::runtime::{Services, ServicesConfig};
use mfa_ready::services::store::Store;
use mfa_ready::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::methods::{MethodKind, Os};
use mfa_ready_core::policy::PolicyOrigin;
use mfa_ready_core::readiness::{Registration, Source};
use support::Recorder;

const POLICY: &str = include_str!("../fixtures/contoso-policy.toml");

fn now() -> Timestamp {
    "2026-12-11T09:30:00Z".parse().unwrap()
}

fn loaded(text: &str, dir: &tempfile::TempDir) -> LoadedPolicy {
    let path = dir.path().join("policy.toml");
    std::fs::write(&path, text).unwrap();
    config::load_policy(
        PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(path),
        },
        None,
        now(),
    )
}

fn snapshot(regs: Vec<Registration>, page: Option<&str>) -> StoreSnapshot {
    StoreSnapshot {
        registrations: regs,
        first_run: "2026-12-01T00:00:00Z".parse().unwrap(),
        page: page.map(str::to_owned),
        recovered: None,
        db_path: "/tmp/test.sqlite3".to_owned(),
        preferences: Vec::new(),
        setup_ids: Default::default(),
    }
}

struct Rig {
    harness: Harness<'static, MfaReadyApp>,
    commands: tokio::sync::mpsc::UnboundedReceiver<Command>,
    events: mpsc::Sender<Event>,
    _dir: tempfile::TempDir,
}

fn rig_with(policy_text: &str, regs: Vec<Registration>, page: Option<&str>) -> Rig {
    rig_sized(policy_text, regs, page, egui::vec2(900.0, 700.0))
}

fn rig_sized(
    policy_text: &str,
    regs: Vec<Registration>,
    page: Option<&str>,
    size: egui::Vec2,
) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let (tx, commands) = tokio::sync::mpsc::unbounded_channel();
    let (events, events_rx) = mpsc::channel();
    let app = MfaReadyApp::new(AppInit {
        policy: loaded(policy_text, &dir),
        snapshot: Ok(snapshot(regs, page)),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: ServiceHandle::new(tx),
        events: events_rx,
    });
    let mut harness = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    Rig {
        harness,
        commands,
        events,
        _dir: dir,
    }
}

fn rig() -> Rig {
    rig_with(POLICY, Vec::new(), None)
}

/// Scrolls the control into view (as a user would), then clicks it.
fn press(harness: &mut Harness<'static, MfaReadyApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn drain(rx: &mut tokio::sync::mpsc::UnboundedReceiver<Command>) -> Vec<Command> {
    let mut out = Vec::new();
    while let Ok(c) = rx.try_recv() {
        out.push(c);
    }
    out
}

fn registration(kind: MethodKind, source: Source) -> Registration {
    Registration {
        kind,
        source,
        registered_at: "2026-12-02T00:00:00Z".parse().unwrap(),
    }
}

#[test]
fn overview_shows_the_state_its_checklist_deadline_and_helpdesk() {
    let r = rig();
    let h = &r.harness;
    // One state at a glance: the sentence, the deadline and what is left.
    h.get_by_label("2 things left before Tuesday 15 December");
    h.get_by_label("0 of 2 methods · 0 of 1 phishing-resistant");
    // The date from CLDR, in the window's language, with the zone said.
    h.get_by_label_contains("Deadline: Tuesday, 15 December 2026 at 16:00 ");
    h.get_by_label("4 days left");
    h.get_by_label("Add 2 more sign-in methods");
    h.get_by_label(
        "Add a phishing-resistant method (a passkey or a security key protects you best)",
    );
    // Each item has its one action: a phishing-resistant method that works on Linux.
    h.get_by_label(
        "Set up Passkey on your phone: Add a phishing-resistant method (a passkey or a security key protects you best)",
    );
    h.get_by_label("Need help? Contoso Service Desk");
    h.get_by_label("Phone: +1 425 555 0100");
    h.get_by_label("Policy: from a file");
    // The verdict is said once, in the hero, not again as a badge in the header.
    assert!(h.query_by_label_contains("Verdict").is_none());
}

#[test]
fn marking_methods_updates_count_and_verdict_and_saves() {
    let mut r = rig();
    r.harness.get_by_label("Next: Methods ›").click();
    r.harness.run();
    assert!(matches!(drain(&mut r.commands).as_slice(), [Command::SetPage(p)] if p == "methods"));

    r.harness.get_by_label("I've set up Security key").click();
    r.harness.run();
    assert_eq!(
        drain(&mut r.commands),
        vec![Command::Mark(MethodKind::SecurityKey)]
    );
    // The card flips to "Remove" at once.
    r.harness.get_by_label("Remove Security key");
    assert!(
        r.harness
            .query_by_label("I've set up Security key")
            .is_none()
    );

    r.harness.get_by_label("1  Overview").click();
    r.harness.run();
    r.harness
        .get_by_label("1 thing left before Tuesday 15 December");
    r.harness
        .get_by_label("1 of 2 methods · 1 of 1 phishing-resistant");

    r.harness.get_by_label("2  Methods").click();
    r.harness.run();
    press(&mut r.harness, "I've set up Authenticator app");
    assert!(drain(&mut r.commands).contains(&Command::Mark(MethodKind::AuthenticatorApp)));
    r.harness.get_by_label("1  Overview").click();
    r.harness.run();
    r.harness.get_by_label("You're ready");
    r.harness.get_by_label("What you have");

    r.harness.get_by_label("2  Methods").click();
    r.harness.run();
    drain(&mut r.commands);
    press(&mut r.harness, "Remove Authenticator app");
    assert_eq!(
        drain(&mut r.commands),
        vec![Command::Unmark(MethodKind::AuthenticatorApp)]
    );
    r.harness.get_by_label("1  Overview").click();
    r.harness.run();
    assert!(r.harness.query_by_label("You're ready").is_none());
}

#[test]
fn one_phone_is_not_enough() {
    let r = rig_with(
        POLICY,
        vec![
            registration(MethodKind::AuthenticatorApp, Source::SelfAttested),
            registration(MethodKind::PhoneSms, Source::SelfAttested),
            registration(MethodKind::Passkey, Source::SelfAttested),
        ],
        None,
    );
    r.harness
        .get_by_label("3 of 2 methods · 1 of 1 phishing-resistant");
    r.harness.get_by_label(
        "Put a method on another device, so that losing your phone doesn't lock you out",
    );
    r.harness
        .get_by_label("1 thing left before Tuesday 15 December");
    assert!(r.harness.query_by_label("You're ready").is_none());
}

#[test]
fn setup_button_is_present_labelled_and_opens_the_https_page() {
    let mut r = rig_with(POLICY, Vec::new(), Some("methods"));
    for kind in [
        "Passkey on your phone",
        "Security key",
        "Windows Hello for Business",
        "Authenticator app",
        "Code generator app (TOTP)",
        "Text message (SMS)",
    ] {
        r.harness
            .get_by_label(&format!("Open setup page for {kind}"));
    }
    // Not allowed by this policy: no card.
    assert!(
        r.harness
            .query_by_label("Open setup page for Phone call")
            .is_none()
    );

    r.harness
        .get_by_label("Open setup page for Security key")
        .click();
    r.harness.run();
    let cmds = drain(&mut r.commands);
    assert_eq!(
        cmds,
        vec![Command::OpenUrl {
            url: "https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com"
                .to_owned(),
            reason: "set up security_key".to_owned(),
        }]
    );
}

#[test]
fn resumes_on_the_saved_page() {
    let r = rig_with(POLICY, Vec::new(), Some("methods"));
    r.harness
        .get_by_label("Open setup page for Passkey on your phone");
    assert!(r.harness.query_by_label_contains("things left").is_none());
    let r = rig_with(POLICY, Vec::new(), Some("summary"));
    r.harness.get_by_label("Your sign-in methods");
    r.harness.get_by_label("Copy summary");
}

#[test]
fn a_bad_policy_shows_its_error_and_the_helpdesk() {
    let bad = POLICY.replace("min_methods = 2", "min_methods = 0");
    let r = rig_with(&bad, Vec::new(), None);
    r.harness
        .get_by_label("Your organisation's policy can't be used");
    r.harness
        .get_by_label_contains("policy.toml:8:15: enrollment.min_methods: must be at least 1");
    r.harness.get_by_label("Phone: +1 425 555 0100");
    // No wizard to click through on a bad policy.
    assert!(r.harness.query_by_label("2  Methods").is_none());
    assert!(r.harness.query_by_label_contains("Verdict").is_none());
}

#[test]
fn snapshots_from_the_services_replace_the_shown_state() {
    let mut r = rig_with(POLICY, Vec::new(), Some("methods"));
    r.events
        .send(Event::Snapshot(snapshot(
            vec![registration(MethodKind::SecurityKey, Source::Verified)],
            Some("methods"),
        )))
        .unwrap();
    r.harness.run();
    r.harness.get_by_label("Set up (verified)");
    r.harness.get_by_label("Remove Security key");

    r.events
        .send(Event::Error(Problem::NotSaved {
            change: StoreChange::Mark,
            detail: "disk full".to_owned(),
        }))
        .unwrap();
    r.harness.run();
    // A plain sentence; the technical detail behind "Details".
    let sentence =
        "Your change could not be saved. Try again; if it keeps failing, restart MFA Ready.";
    r.harness.get_by_label(sentence);
    assert!(r.harness.query_by_label_contains("disk full").is_none());
    r.harness.get_by_label("Details").click();
    r.harness.run();
    r.harness.get_by_label_contains("disk full");
    r.harness
        .get_by_label(&format!("Dismiss: {sentence}"))
        .click();
    r.harness.run();
    assert!(r.harness.query_by_label(sentence).is_none());
}

#[test]
fn idle_means_idle() {
    let mut r = rig();
    // `run` steps until egui asks for no more repaints; a busy loop would exceed its step budget.
    let steps = r.harness.run();
    assert!(steps <= 2, "still repainting after {steps} steps");
    let out = r.harness.output();
    assert!(
        out.viewport_output
            .values()
            .all(|v| v.repaint_delay > std::time::Duration::from_secs(1)),
        "a repaint is scheduled while nothing changes"
    );
}

#[test]
fn keyboard_reaches_and_presses_the_buttons() {
    let mut r = rig_with(POLICY, Vec::new(), Some("methods"));
    // Tab moves focus through the controls; Enter presses the focused one.
    let mut found = false;
    for _ in 0..60 {
        r.harness.key_press(egui::Key::Tab);
        r.harness.run();
        if r.harness
            .query_by_label("I've set up Passkey on your phone")
            .is_some_and(|n| n.is_focused())
        {
            found = true;
            break;
        }
    }
    assert!(found, "Tab never reached the first card's button");
    r.harness.key_press(egui::Key::Enter);
    r.harness.run();
    assert!(drain(&mut r.commands).contains(&Command::Mark(MethodKind::Passkey)));
}

/// The window opens the gate after its first frame: until then the services thread does
/// no work (commands wait in the channel, nothing is lost); a dropped gate lets it go on.
#[test]
fn gated_services_wait_for_the_first_frame_and_lose_no_command() {
    for open_it in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("data"), now()).unwrap();
        let (events_tx, events_rx) = mpsc::channel();
        let (mut services, gate) = Services::start_gated(
            ServicesConfig {
                store: Some(store),
                clock: Clock::Fixed(now()),
                opener: Arc::new(Recorder::default()),
                focus_listener: None,
                health: None,
                queue: None,
                helpdesk: None,
                device: None,
            },
            events_tx,
            Arc::new(|| {}),
        )
        .unwrap();
        services.handle.send(Command::Mark(MethodKind::SecurityKey));
        assert!(
            events_rx
                .recv_timeout(std::time::Duration::from_millis(300))
                .is_err(),
            "no work before the gate opens"
        );
        if open_it {
            gate.open();
        } else {
            drop(gate);
        }
        let event = events_rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the command waited and then ran");
        let Event::Snapshot(snap) = event else {
            panic!("expected the saved state, got {event:?}");
        };
        assert_eq!(snap.registrations.len(), 1, "open_it={open_it}");
        services.shutdown();
    }
}

#[test]
fn the_real_services_thread_saves_clicks_to_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut store = Store::open(&data, now()).unwrap();
    let snap = StoreSnapshot::read(&mut store, now()).unwrap();
    let (events_tx, events_rx) = mpsc::channel();
    let recorder = Arc::new(Recorder::default());
    let mut services = Services::start(
        ServicesConfig {
            store: Some(store),
            clock: Clock::Fixed(now()),
            opener: recorder.clone(),
            focus_listener: None,
            health: None,
            queue: None,
            helpdesk: None,
            device: None,
        },
        events_tx,
        Arc::new(|| {}),
    )
    .unwrap();
    let app = MfaReadyApp::new(AppInit {
        policy: loaded(POLICY, &dir),
        snapshot: Ok(snap),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: services.handle.clone(),
        events: events_rx,
    });
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    harness.get_by_label("2  Methods").click();
    harness.run();
    harness.get_by_label("I've set up Security key").click();
    harness.run();
    harness
        .get_by_label("Open setup page for Security key")
        .click();
    harness.run();
    // Stop the services: pending writes finish first.
    services.shutdown();

    let reopened = Store::open(&data, now()).unwrap();
    let regs = reopened.registrations().unwrap();
    assert_eq!(regs.len(), 1);
    assert_eq!(regs[0].kind, MethodKind::SecurityKey);
    assert_eq!(
        reopened.setting("wizard_page").unwrap().as_deref(),
        Some("methods")
    );
    let events: Vec<String> = reopened
        .recent_events(10)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert!(
        events.contains(&"setup_page_opened".to_owned()),
        "{events:?}"
    );
    assert_eq!(
        recorder.0.lock().unwrap().as_slice(),
        ["https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com"]
    );
}

#[test]
fn readable_at_800_by_600() {
    let r = rig_sized(
        POLICY,
        Vec::new(),
        Some("methods"),
        egui::vec2(800.0, 600.0),
    );
    let harness = r.harness;
    // Every control on the page fits inside the window horizontally (text wraps, nothing is cut off).
    for label in [
        "Next: Done ›",
        "‹ Back",
        "Open setup page for Passkey on your phone",
        "I've set up Passkey on your phone",
    ] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            rect.min.x >= 0.0 && rect.max.x <= 800.0 && rect.max.y <= 600.0,
            "{label} at {rect:?} is outside 800×600"
        );
    }
}
