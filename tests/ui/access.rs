//! The window for a keyboard and a screen reader, through AccessKit as Orca reads it:
//! section titles are headings, the state sentence is a polite live region, Tab goes
//! through the page before the footer, dialogs take the focus, close on Esc and give it
//! back, the shortcuts work, phone methods show their link as a QR code, a browser that
//! did not open is a link to copy or scan (not an error), the window is named after the
//! page, and 200 % text cuts nothing off.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::mpsc;

use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiff::Timestamp;
use mfa_ready::services::config::{self, Clock, LoadedPolicy, PolicySource};
use mfa_ready::services::protocol::{Command, Event, Problem, ServiceHandle, StoreSnapshot};
use mfa_ready::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::methods::{MethodKind, Os};
use mfa_ready_core::policy::PolicyOrigin;
use mfa_ready_core::readiness::{Registration, Source};

const POLICY: &str = include_str!("../fixtures/contoso-policy.toml");

fn now() -> Timestamp {
    "2026-12-11T09:30:00Z".parse().unwrap()
}

struct Rig {
    harness: Harness<'static, MfaReadyApp>,
    commands: tokio::sync::mpsc::UnboundedReceiver<Command>,
    events: mpsc::Sender<Event>,
    _dir: tempfile::TempDir,
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

fn loaded(dir: &tempfile::TempDir) -> LoadedPolicy {
    let path = dir.path().join("policy.toml");
    std::fs::write(&path, POLICY).unwrap();
    config::load_policy(
        PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(path),
        },
        None,
        now(),
    )
}

fn rig(page: Option<&str>) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let (tx, commands) = tokio::sync::mpsc::unbounded_channel();
    let (events, events_rx) = mpsc::channel();
    let app = MfaReadyApp::new(AppInit {
        policy: loaded(&dir),
        snapshot: Ok(snapshot(Vec::new(), page)),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: ServiceHandle::new(tx),
        events: events_rx,
    });
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    Rig {
        harness,
        commands,
        events,
        _dir: dir,
    }
}

fn drain(rx: &mut tokio::sync::mpsc::UnboundedReceiver<Command>) -> Vec<Command> {
    let mut out = Vec::new();
    while let Ok(c) = rx.try_recv() {
        out.push(c);
    }
    out
}

fn registration(kind: MethodKind) -> Registration {
    Registration {
        kind,
        source: Source::SelfAttested,
        registered_at: "2026-12-02T00:00:00Z".parse().unwrap(),
    }
}

/// The label of the node that has the keyboard focus, if any.
fn focused(h: &Harness<'static, MfaReadyApp>) -> Option<String> {
    h.query_by(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label().or_else(|| n.value()))
}

/// Tabs until the focus is on a control whose name starts with `label` (at most `max`
/// presses); the names passed on the way.
fn tab_to(h: &mut Harness<'static, MfaReadyApp>, label: &str, max: usize) -> Vec<String> {
    let mut seen = Vec::new();
    for _ in 0..max {
        h.key_press(egui::Key::Tab);
        h.run();
        let f = focused(h).unwrap_or_default();
        seen.push(f.clone());
        if f.starts_with(label) {
            return seen;
        }
    }
    panic!("Tab never reached {label:?}; went through {seen:?}");
}

#[test]
fn section_titles_are_headings_a_screen_reader_can_jump_between() {
    let r = rig(None);
    let level = |label: &str| -> Option<usize> {
        r.harness
            .query_by_role_and_label(Role::Heading, label)
            .unwrap_or_else(|| panic!("no heading {label:?}"))
            .accesskit_node()
            .level()
    };
    assert_eq!(level("MFA Ready · Contoso"), Some(1));
    assert_eq!(level("2 things left before Tuesday 15 December"), Some(2));
    assert_eq!(level("What's left"), Some(2));
    assert_eq!(level("Don't miss your deadline"), Some(2));
    assert_eq!(level("Need help? Contoso Service Desk"), Some(2));
    let r = rig(Some("methods"));
    let card = r
        .harness
        .query_by_role_and_label(Role::Heading, "Security key")
        .unwrap();
    assert_eq!(card.accesskit_node().level(), Some(3));
}

#[test]
fn the_state_sentence_is_a_polite_live_region_and_its_change_is_its_new_name() {
    let mut r = rig(None);
    let live: Vec<String> = r
        .harness
        .query_all_by(|n| n.live() == Live::Polite)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(
        live.contains(&"2 things left before Tuesday 15 December".to_owned()),
        "{live:?}"
    );
    // The services report two methods set up: the same live node now says so.
    r.events
        .send(Event::Snapshot(snapshot(
            vec![
                registration(MethodKind::SecurityKey),
                registration(MethodKind::AuthenticatorApp),
            ],
            None,
        )))
        .unwrap();
    r.harness.run();
    let live: Vec<String> = r
        .harness
        .query_all_by(|n| n.live() == Live::Polite)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(live.contains(&"You're ready".to_owned()), "{live:?}");
}

#[test]
fn tab_goes_through_the_page_before_the_footer() {
    let mut r = rig(None);
    let order = tab_to(&mut r.harness, "Next: Methods ›", 80);
    let page_control = order
        .iter()
        .position(|l| l.starts_with("Set up Passkey on your phone:"))
        .unwrap_or_else(|| panic!("no checklist action before the footer: {order:?}"));
    let footer = order.len() - 1;
    assert!(page_control < footer, "{order:?}");
    // The steps in the header come before the page.
    let header = order.iter().position(|l| l == "2  Methods").unwrap();
    assert!(header < page_control, "{order:?}");
}

#[test]
fn the_share_dialog_takes_the_focus_closes_on_escape_and_gives_it_back() {
    let mut r = rig(None);
    tab_to(&mut r.harness, "Share with helpdesk…", 80);
    r.harness.key_press(egui::Key::Enter);
    r.harness.run_steps(3);
    assert!(
        drain(&mut r.commands)
            .iter()
            .any(|c| matches!(c, Command::BuildReport { .. }))
    );
    assert_eq!(focused(&r.harness).as_deref(), Some("Your name"));
    r.harness.key_press(egui::Key::Escape);
    r.harness.run_steps(3);
    assert!(
        r.harness.query_by_label("Your name").is_none(),
        "still open"
    );
    assert_eq!(
        focused(&r.harness).as_deref(),
        Some("Share with helpdesk…"),
        "the focus went back to what opened it"
    );
}

#[test]
fn ctrl_o_opens_a_report_dialog_that_takes_the_focus_and_esc_closes_it() {
    let mut r = rig(None);
    tab_to(&mut r.harness, "Set up Passkey on your phone", 80);
    r.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    r.harness.run();
    assert_eq!(focused(&r.harness).as_deref(), Some("Report file"));
    r.harness.key_press(egui::Key::Escape);
    r.harness.run();
    assert!(r.harness.query_by_label("Report file").is_none());
    assert!(
        focused(&r.harness).is_some_and(|f| f.starts_with("Set up Passkey on your phone:")),
        "{:?}",
        focused(&r.harness)
    );
}

#[test]
fn shortcuts_check_the_portals_and_size_the_text_within_100_and_200_percent() {
    let mut r = rig(None);
    r.harness.key_press(egui::Key::F5);
    r.harness.run_steps(3);
    assert!(drain(&mut r.commands).contains(&Command::CheckNow));
    for _ in 0..15 {
        r.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
        r.harness.run();
    }
    assert!((r.harness.state().zoom() - 2.0).abs() < 1e-6);
    let saved = drain(&mut r.commands);
    assert!(saved.contains(&Command::SetPreference(
        mfa_ready::services::protocol::Preference::TextSize,
        "200".into()
    )));
    r.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num0);
    r.harness.run();
    assert!((r.harness.state().zoom() - 1.0).abs() < 1e-6);
    r.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Minus);
    r.harness.run();
    assert!(
        (r.harness.state().zoom() - 1.0).abs() < 1e-6,
        "never below 100 %"
    );
}

#[test]
fn phone_methods_show_their_setup_link_as_a_qr_code_big_enough_to_scan() {
    let r = rig(Some("methods"));
    for phone in [
        "Passkey on your phone",
        "Authenticator app",
        "Code generator app (TOTP)",
    ] {
        let label = format!("QR code: the setup page for {phone}");
        let qr = r.harness.get_by_role_and_label(Role::Image, &label);
        let rect = qr.rect();
        assert!(
            rect.width() >= 168.0 && rect.height() >= 168.0,
            "{phone}: {rect:?}"
        );
    }
    // A security key is set up at the computer: no code to scan.
    assert!(
        r.harness
            .query_by_label_contains("QR code: the setup page for Security key")
            .is_none()
    );
    // The link as text beside it, and a way to copy it.
    assert!(
        r.harness
            .query_all_by_label("Copy the setup link for Passkey on your phone")
            .next()
            .is_some()
    );
}

#[test]
fn a_browser_that_did_not_open_is_a_link_to_copy_or_scan_not_an_error() {
    let mut r = rig(None);
    let url = "https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com";
    r.events
        .send(Event::Error(Problem::BrowserFailed {
            url: url.to_owned(),
            detail: "Launcher \"gio\" \"open\" failed with ExitStatus(unix_wait_status(512))"
                .to_owned(),
        }))
        .unwrap();
    r.harness.run();
    r.harness
        .get_by_label("Your browser didn't open. Copy the link, or scan it with your phone.");
    r.harness
        .get_by_role_and_label(Role::Image, "QR code of the link");
    r.harness.get_by_label(url);
    // No launcher, exit status or library wording in what the user reads.
    for word in ["gio", "ExitStatus", "Launcher"] {
        assert!(r.harness.query_by_label_contains(word).is_none(), "{word}");
    }
    r.harness.get_by_label("Copy link").click();
    r.harness.run();
    r.harness.get_by_label("Copied the link.");
    // The technical detail is there for the helpdesk, behind Details.
    r.harness.get_by_label("Details").click();
    r.harness.run();
    r.harness.get_by_label_contains("ExitStatus");
}

#[test]
fn the_window_is_named_after_the_page() {
    let mut r = rig(None);
    assert_eq!(r.harness.state().window_title(), "MFA Ready · Overview");
    // The window's own node carries the name (what AT-SPI gives the frame).
    let window = r.harness.root();
    assert_eq!(window.accesskit_node().role(), Role::Window);
    assert_eq!(
        window.accesskit_node().label().as_deref(),
        Some("MFA Ready · Overview")
    );
    let titles = |h: &Harness<'static, MfaReadyApp>| -> Vec<String> {
        h.output()
            .viewport_output
            .values()
            .flat_map(|v| v.commands.iter())
            .filter_map(|c| match c {
                egui::ViewportCommand::Title(t) => Some(t.clone()),
                _ => None,
            })
            .collect()
    };
    r.harness.get_by_label("2  Methods").click();
    r.harness.run();
    assert_eq!(r.harness.state().window_title(), "MFA Ready · Methods");
    let sent = titles(&r.harness);
    assert!(
        sent.is_empty() || sent.contains(&"MFA Ready · Methods".to_owned()),
        "{sent:?}"
    );
}

/// At 200 % text size in a 900×700 window nothing runs off the side: every control and
/// line of text lies within the window's width (the page scrolls down, as it should).
#[test]
fn two_hundred_percent_text_cuts_nothing_off_at_900_by_700() {
    for page in [None, Some("methods"), Some("summary")] {
        let mut r = rig(page);
        for _ in 0..10 {
            r.harness
                .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Equals);
            r.harness.run();
        }
        assert!((r.harness.state().zoom() - 2.0).abs() < 1e-6);
        let screen = r.harness.ctx.content_rect();
        let mut outside = Vec::new();
        for n in r.harness.query_all_by(|n| {
            matches!(
                n.role(),
                Role::Button | Role::Label | Role::Heading | Role::CheckBox
            )
        }) {
            let rect = n.rect();
            if rect.max.x > screen.max.x + 0.5 || rect.min.x < screen.min.x - 0.5 {
                outside.push(format!(
                    "{:?} {rect:?}",
                    n.accesskit_node().label().or_else(|| n.value())
                ));
            }
        }
        assert!(
            outside.is_empty(),
            "{page:?} at 200 %: {outside:#?} outside {screen:?}"
        );
    }
}
