//! The window in the user's language (issue 16): the system's, a choice in View →
//! Language (remembered), the organisation's required one; Japanese drawn with a system
//! font; the pseudo-locale (40 % longer) cutting nothing off at 900×700.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::mpsc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiff::Timestamp;
use mfa_ready::services::config::{self, Clock, LoadedPolicy, PolicySource};
use mfa_ready::services::protocol::{Command, Preference, ServiceHandle, StoreSnapshot};
use mfa_ready::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::PolicyOrigin;

const POLICY: &str = include_str!("../fixtures/contoso-policy.toml");

fn now() -> Timestamp {
    "2026-12-11T09:30:00Z".parse().unwrap()
}

struct Rig {
    harness: Harness<'static, MfaReadyApp>,
    commands: tokio::sync::mpsc::UnboundedReceiver<Command>,
    _dir: tempfile::TempDir,
}

/// The window with `policy_extra` added at the policy's top, a stored language choice
/// (or none) and the system's locales.
fn rig(policy_extra: &str, stored: Option<&str>, system: &[&str], page: Option<&str>) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.toml");
    let text = POLICY.replacen('\n', &format!("\n{policy_extra}\n"), 1);
    std::fs::write(&path, text).unwrap();
    let policy: LoadedPolicy = config::load_policy(
        PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(path),
        },
        None,
        now(),
    );
    assert!(policy.result.is_ok(), "{:?}", policy.result.err());
    let (tx, commands) = tokio::sync::mpsc::unbounded_channel();
    let (_events, events_rx) = mpsc::channel();
    let mut app = MfaReadyApp::new(AppInit {
        policy,
        snapshot: Ok(StoreSnapshot {
            registrations: Vec::new(),
            first_run: "2026-12-01T00:00:00Z".parse().unwrap(),
            page: page.map(str::to_owned),
            recovered: None,
            db_path: "/tmp/test.sqlite3".to_owned(),
            preferences: stored
                .map(|v| vec![(Preference::Language, v.to_owned())])
                .unwrap_or_default(),
        }),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: ServiceHandle::new(tx),
        events: events_rx,
    });
    app.set_system_locales(system.iter().map(|s| (*s).to_owned()).collect());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(900.0, 700.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    Rig {
        harness,
        commands,
        _dir: dir,
    }
}

fn headings(h: &Harness<'static, MfaReadyApp>) -> Vec<String> {
    h.query_all_by_role(Role::Heading)
        .filter_map(|n| n.accesskit_node().label())
        .collect()
}

#[test]
fn the_system_language_is_spoken_and_falls_back_along_the_tag() {
    let r = rig("", None, &["de_AT.UTF-8"], None);
    assert!(
        headings(&r.harness)
            .iter()
            .any(|h| h.contains("Übersicht") || h.contains("Frist") || h.contains("Noch")),
        "{:?}",
        headings(&r.harness)
    );
    let r = rig("", None, &["it_IT.UTF-8"], None);
    assert!(
        r.harness.query_by_label("Overview").is_some()
            || headings(&r.harness).iter().any(|h| h.contains("left")),
        "Italian is not shipped: English; {:?}",
        headings(&r.harness)
    );
}

#[test]
fn a_choice_in_the_view_menu_is_spoken_at_once_and_remembered() {
    let mut r = rig("", None, &["en_US.UTF-8"], None);
    r.harness.get_by_label("View").click();
    r.harness.run();
    r.harness.get_by_label("Language").click();
    r.harness.run();
    // The system's entry names the system's language in itself.
    assert!(
        r.harness
            .query_by_label("As the system (English)")
            .is_some()
    );
    r.harness.get_by_label("Français").click();
    r.harness.run();
    r.harness.run();
    let sent: Vec<Command> = std::iter::from_fn(|| r.commands.try_recv().ok()).collect();
    assert!(
        sent.contains(&Command::SetPreference(Preference::Language, "fr".into())),
        "{sent:?}"
    );
    assert!(
        r.harness.query_by_label("Affichage").is_some(),
        "the View menu is now French"
    );
    // Started again with what was stored: still French.
    let r = rig("", Some("fr"), &["en_US.UTF-8"], None);
    assert!(r.harness.query_by_label("Affichage").is_some());
}

#[test]
fn the_organisation_can_require_a_language_the_user_cannot_change() {
    let mut r = rig("language = \"de\"", Some("ja"), &["fr_FR.UTF-8"], None);
    r.harness.get_by_label("Ansicht").click();
    r.harness.run();
    r.harness.get_by_label("Sprache").click();
    r.harness.run();
    assert!(
        r.harness
            .query_by_label("Von Ihrer Organisation festgelegt")
            .is_some()
    );
    assert!(
        r.harness.query_by_label("Français").is_none(),
        "no other choice"
    );
    // A list: the user's choice within it, else the system's, else the first.
    let r = rig(
        "language = [\"es\", \"ja\"]",
        Some("fr"),
        &["de_DE.UTF-8"],
        None,
    );
    assert_eq!(
        r.harness.state().state().tr.lang(),
        mfa_ready_i18n::Lang::Es
    );
}

/// Japanese needs glyphs egui does not ship: the system's font (CI installs
/// fonts-ipafont-gothic) is found through the system-font provider, told "ja".
#[test]
fn japanese_is_drawn_with_a_system_font_never_boxes() {
    let mut r = rig("", Some("ja"), &["en_US.UTF-8"], None);
    r.harness.run();
    assert_eq!(
        r.harness.state().state().tr.lang(),
        mfa_ready_i18n::Lang::Ja
    );
    let drawn = r
        .harness
        .ctx
        .fonts_mut(|f| f.has_glyphs(&egui::FontId::proportional(14.0), "概要セキュリティ情報"));
    assert!(drawn, "a Japanese font was found and installed");
    assert!(
        r.harness.state().state().errors.is_empty(),
        "{:?}",
        r.harness.state().state().errors
    );
}

/// The pseudo-locale is 40 % longer than English: at 900×700 nothing runs off the side on
/// any page.
#[test]
fn the_pseudo_locale_cuts_nothing_off_at_900_by_700() {
    for page in [None, Some("methods"), Some("summary")] {
        let r = rig("", Some("en-XA"), &["en_US.UTF-8"], page);
        assert_eq!(
            r.harness.state().state().tr.lang(),
            mfa_ready_i18n::Lang::Pseudo
        );
        let screen = r.harness.ctx.content_rect();
        let mut outside = Vec::new();
        let mut checked = 0;
        for n in r.harness.query_all_by(|n| {
            matches!(
                n.role(),
                Role::Button | Role::Label | Role::Heading | Role::CheckBox
            )
        }) {
            checked += 1;
            let rect = n.rect();
            if rect.max.x > screen.max.x + 0.5 || rect.min.x < screen.min.x - 0.5 {
                outside.push(format!(
                    "{:?} {rect:?}",
                    n.accesskit_node().label().or_else(|| n.value())
                ));
            }
        }
        assert!(checked > 10, "{page:?}: {checked} nodes");
        assert!(
            outside.is_empty(),
            "{page:?}: {outside:#?} outside {screen:?}"
        );
    }
}
