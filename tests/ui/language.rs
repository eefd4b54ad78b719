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
            setup_ids: Default::default(),
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

/// Issue 16: every sentence the window shows comes from the catalogue. In the
/// pseudo-locale every catalogue letter is accented (but m, v, x), so an English word
/// left on any page (a core sentence, a service's text) shows up as plain ASCII. The
/// state is a busy one: a failing portal behind a redirect, a queued phone with an
/// error, a method that does not count, this computer failing a required check.
#[test]
fn no_english_is_left_on_any_page_in_the_pseudo_locale() {
    use mfa_ready::services::device::DeviceSnapshot;
    use mfa_ready::services::health::{HealthReport, HealthSnapshot};
    use mfa_ready::services::probe::ProbeResult;
    use mfa_ready::services::protocol::{Event, PendingJob, QueueSnapshot};
    use mfa_ready::services::queue::Job;
    use mfa_ready_core::device::{
        Bluetooth, Check, CheckId, DeviceFacts, DeviceReport, Platform, Status,
    };
    use mfa_ready_core::fault::{
        ConnectivityObservation, ConnectivityOutcome, ProbeObservation, Thresholds,
    };
    use mfa_ready_core::queue::{ErrorClass, JobError};
    use mfa_ready_core::readiness::{Registration, Source};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.toml");
    let text = POLICY.replace(
        "[helpdesk]",
        "[device]\nrequire = [\"disk_encryption\"]\n\n[helpdesk]",
    );
    std::fs::write(&path, text).unwrap();
    let policy = config::load_policy(
        PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(path),
        },
        None,
        now(),
    );
    assert!(policy.result.is_ok(), "{:?}", policy.result.err());
    let open = |page: &str| {
        let (tx, _commands) = tokio::sync::mpsc::unbounded_channel();
        let (events, events_rx) = mpsc::channel();
        let reg = |kind| Registration {
            kind,
            source: Source::SelfAttested,
            registered_at: "2026-12-02T00:00:00Z".parse().unwrap(),
        };
        let mut app = MfaReadyApp::new(AppInit {
            policy: policy.clone(),
            snapshot: Ok(StoreSnapshot {
                registrations: vec![
                    reg(mfa_ready_core::methods::MethodKind::AuthenticatorApp),
                    reg(mfa_ready_core::methods::MethodKind::Email),
                ],
                first_run: "2026-12-01T00:00:00Z".parse().unwrap(),
                page: Some(page.to_owned()),
                recovered: None,
                db_path: "/tmp/test.sqlite3".to_owned(),
                preferences: vec![(Preference::Language, "en-XA".to_owned())],
                setup_ids: Default::default(),
            }),
            clock: Clock::Fixed(now()),
            os: Os::Linux,
            tz: jiff::tz::TimeZone::UTC,
            services: ServiceHandle::new(tx),
            events: events_rx,
        });
        app.set_system_locales(vec!["en_US.UTF-8".to_owned()]);
        let probe = |name: &str, url: &str, status: u16, chain: Vec<String>| {
            ProbeResult::from_observation(
                ProbeObservation {
                    portal_name: name.into(),
                    url: url.into(),
                    started_at: now(),
                    http_status: Some(status),
                    retry_after: Some("120".into()),
                    redirect_chain: chain,
                    ..Default::default()
                },
                Thresholds::default(),
                None,
            )
        };
        events
            .send(Event::Health(HealthSnapshot {
                checking: false,
                report: Some(HealthReport {
                    checked_at: now(),
                    connectivity: ConnectivityObservation {
                        outcome: ConnectivityOutcome::Online,
                        checks: Vec::new(),
                    },
                    portals: vec![
                        probe(
                            "My Sign-Ins",
                            "https://mysignins.microsoft.com/",
                            503,
                            vec![
                                "https://mysignins.microsoft.com/".into(),
                                "https://login.example/".into(),
                            ],
                        ),
                        probe(
                            "Microsoft sign-in",
                            "https://login.microsoftonline.com/",
                            200,
                            Vec::new(),
                        ),
                    ],
                    feeds: Vec::new(),
                }),
                history: Vec::new(),
                store_error: None,
            }))
            .unwrap();
        // The Pending work card's job (a phone after two 504s), due a moment from now.
        let job = Job {
            next_attempt_at: "2026-12-11T09:31:40Z".parse().unwrap(),
            last_error: Some(JobError::new(ErrorClass::Http, Some(504), "GatewayTimeout")),
            created_at: now(),
            updated_at: now(),
            ..crate::pending::job()
        };
        events
            .send(Event::Queue(QueueSnapshot {
                jobs: vec![PendingJob {
                    job,
                    history: Vec::new(),
                }],
                open_total: 1,
            }))
            .unwrap();
        events
            .send(Event::Device(Box::new(DeviceSnapshot {
                report: DeviceReport {
                    platform: Platform::Linux,
                    os_name: "Debian GNU/Linux 12 (bookworm)".into(),
                    checks: vec![
                        Check::new(CheckId::OsSupported, Status::Pass, "debian 12"),
                        Check::new(CheckId::DiskEncryption, Status::Fail, "vda 254:0 plain"),
                        Check::new(CheckId::ScreenLock, Status::Unknown, "no session"),
                    ],
                },
                facts: DeviceFacts {
                    platform: Some(Platform::Linux),
                    bluetooth: Bluetooth::Off,
                    security_key: Some(false),
                    ..DeviceFacts::default()
                },
            })))
            .unwrap();
        let mut harness = Harness::builder()
            .with_size(egui::vec2(900.0, 700.0))
            .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
        harness.run();
        harness
    };
    // Data the organisation or the services gave, shown as it is: names, numbers,
    // addresses, product names, what was read (behind Details), HTTP's own words.
    let data = [
        "Contoso Service Desk",
        "Contoso",
        "My Sign-Ins",
        "Microsoft sign-in",
        "login.example",
        "Debian GNU/Linux 12 (bookworm)",
        "debian 12",
        "vda 254:0 plain",
        "no session",
        "Service Unavailable",
        "GatewayTimeout",
        "MFA Ready",
        "https://",
        "mysignins.microsoft.com",
        "login.microsoftonline.com",
        "contoso.onmicrosoft.com",
        "aka.ms",
        "UTC",
        "/tmp/test.sqlite3",
        // Dates are CLDR's (ICU4X), not the catalogue's: en-XA writes them as English.
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "December",
        "AM",
    ];
    let mut leaks = Vec::new();
    let mut seen = 0;
    let (mut redirect_said, mut device_said) = (false, false);
    for page in ["overview", "methods", "health", "summary"] {
        let harness = open(page);
        for n in harness.query_all_by(|n| n.label().is_some() || n.value().is_some()) {
            // A label's text is its value; a button's and a heading's their label.
            let Some(label) = n.accesskit_node().label().or_else(|| n.value()) else {
                continue;
            };
            seen += 1;
            // The portal's sentence names where the redirect led: it was drawn.
            redirect_said |= page == "health" && label.contains("login.example");
            device_said |= page == "overview" && label.contains("Debian GNU/Linux 12");
            // Links are shown as they are.
            let mut rest: String = label
                .split_whitespace()
                .filter(|w| !w.starts_with("https://"))
                .collect::<Vec<_>>()
                .join(" ");
            for d in data {
                rest = rest.replace(d, " ");
            }
            let english: Vec<&str> = rest
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 3 && w.chars().any(|c| !"mvxMVX".contains(c)))
                .collect();
            if !english.is_empty() {
                leaks.push(format!("{page}: {label:?} ({english:?})"));
            }
        }
    }
    leaks.sort();
    leaks.dedup();
    assert!(seen > 40, "{seen} labels");
    assert!(
        redirect_said && device_said,
        "the busy parts were not drawn: {redirect_said} {device_said}"
    );
    assert!(leaks.is_empty(), "English left:\n{}", leaks.join("\n"));
}
