//! Issue 8 in the window, through AccessKit labels (egui_kittest): helpdesk mode
//! on a valid, a truncated and a future-schema report (File → Open report…),
//! the standalone viewer, "Share with helpdesk" (what is shown is what is
//! saved), "Book a helpdesk slot", "Remind me at login" and the outage advice.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jiff::Timestamp;
use mfa_ready::services::config::{self, Clock, LoadedPolicy, PolicySource};
use mfa_ready::services::health::HealthSnapshot;
use mfa_ready::services::protocol::{Command, Event, ServiceHandle, StoreSnapshot};
use mfa_ready::services::protocol::{ReportNotOpened, SavedFile};
use mfa_ready::services::queue::{Lease, Transition};
use mfa_ready::services::report::{Requester, gather, open_report};
use mfa_ready::services::store::{ProbeRow, Store};
use mfa_ready::ui::{AppInit, MfaReadyApp, ViewerApp};
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::PolicyOrigin;
use mfa_ready_core::queue::{ErrorClass, JobError, Payload, PhoneType};
use mfa_ready_core::report::Report;
use mfa_ready_i18n::{Catalog, Lang};

const POLICY: &str = r#"schema = 1
organization = "Contoso"
provider = "entra"

[enrollment]
deadline = 2026-12-15T17:00:00+01:00
min_methods = 2

[helpdesk]
name = "Contoso Service Desk"
phone = "+1 425 555 0100"
booking_url = "https://book.contoso.com/mfa"
"#;

/// The English catalogue (the tests' window speaks English unless told otherwise).
fn en() -> Catalog {
    Catalog::new(Lang::En)
}

fn now() -> Timestamp {
    "2026-12-13T12:00:00Z".parse().unwrap()
}

fn loaded(dir: &Path) -> LoadedPolicy {
    let path = dir.join("policy.toml");
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

/// A real report from a real store: a job that hit a 504.
fn make_report(dir: &Path, name: Option<&str>) -> Report {
    let data = dir.join("data");
    let mut s = Store::open(&data, now()).unwrap();
    let t = |m: i64| now() - jiff::SignedDuration::from_mins(m);
    let job = s
        .queue_mut()
        .enqueue(
            &Payload::RegisterPhone {
                phone_number: "+1 206 555 0100".into(),
                phone_type: PhoneType::Mobile,
            },
            "graph.microsoft.com",
            t(60),
        )
        .unwrap();
    let lease = Lease {
        owner: "me",
        until: t(59),
    };
    assert!(s.queue_mut().claim(job.id, &lease, t(60)).unwrap());
    let mut e = JobError::new(ErrorClass::Http, Some(504), "Gateway Timeout");
    e.request_id = Some("req-504-a".into());
    let retry = Transition::Retry {
        at: t(50),
        error: e,
        needs_check: true,
    };
    assert!(
        s.queue_mut()
            .finish(job.id, "me", &retry, &[], t(60))
            .unwrap()
    );
    let l = loaded(dir);
    let policy = l.result.as_ref().unwrap().clone();
    gather(
        &mut s,
        &l,
        &policy,
        &Requester {
            user_name: name,
            os: Os::Linux,
            device: None,
        },
        now(),
    )
    .unwrap()
}

struct Rig {
    harness: Harness<'static, MfaReadyApp>,
    commands: tokio::sync::mpsc::UnboundedReceiver<Command>,
    events: mpsc::Sender<Event>,
    dir: tempfile::TempDir,
}

fn rig() -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let (tx, commands) = tokio::sync::mpsc::unbounded_channel();
    let (events, events_rx) = mpsc::channel();
    let app = MfaReadyApp::new(AppInit {
        policy: loaded(dir.path()),
        snapshot: Ok(StoreSnapshot {
            registrations: Vec::new(),
            first_run: "2026-12-01T00:00:00Z".parse().unwrap(),
            page: None,
            recovered: None,
            db_path: "/tmp/x.sqlite3".into(),
            preferences: Vec::new(),
            setup_ids: Default::default(),
        }),
        clock: Clock::Fixed(now()),
        os: Os::Linux,
        tz: jiff::tz::TimeZone::UTC,
        services: ServiceHandle::new(tx),
        events: events_rx,
    });
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 1400.0))
        .build_ui_state(|ui, app: &mut MfaReadyApp| app.ui_root(ui), app);
    harness.run();
    Rig {
        harness,
        commands,
        events,
        dir,
    }
}

fn drain(rx: &mut tokio::sync::mpsc::UnboundedReceiver<Command>) -> Vec<Command> {
    let mut out = Vec::new();
    while let Ok(c) = rx.try_recv() {
        out.push(c);
    }
    out
}

impl Rig {
    /// Jane's report, saved as `file` in the rig's folder.
    fn saved_report(&self, file: &str) -> (Report, PathBuf) {
        let report = make_report(self.dir.path(), Some("Jane"));
        let path = self.dir.path().join(file);
        std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap()).unwrap();
        (report, path)
    }

    /// The reports the window asked the services to open since the last call.
    fn asked_to_open(&mut self) -> Vec<PathBuf> {
        drain(&mut self.commands)
            .into_iter()
            .filter_map(|c| match c {
                Command::OpenReport(p) => Some(p),
                _ => None,
            })
            .collect()
    }

    fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    /// A click after which a spinner keeps repainting (a report is being built).
    fn click_busy(&mut self, label: &str) {
        self.harness.get_by_label(label).click();
        self.harness.run_steps(3);
    }

    /// File → Open report…, type the path, Open; then plays the services'
    /// part with the real reader and hands the answer to the window.
    fn open_via_menu(&mut self, path: &Path) {
        self.click("File");
        // The entry's name includes its shortcut ("Open report… Ctrl+O").
        self.harness.get_by_label_contains("Open report…").click();
        self.harness.run();
        self.harness.get_by_label("Report file").click();
        self.harness.run();
        self.harness
            .get_by_label("Report file")
            .type_text(path.to_str().unwrap());
        self.harness.run();
        self.click("Open");
        assert_eq!(self.asked_to_open(), vec![path.to_owned()]);
        let answer = open_report(path)
            .map(Box::new)
            .map_err(ReportNotOpened::from);
        self.events.send(Event::ReportOpened(answer)).unwrap();
        self.harness.run();
    }
}

/// A file dropped on the window, as the desktop integration hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Dropping a report on the window asks the services to open it (once, the first
/// file only), and the answer shows the report as File → Open report… does.
#[test]
fn a_report_dropped_on_the_window_opens_in_helpdesk_mode() {
    let mut rig = rig();
    let (report, path) = rig.saved_report("dropped.json");
    let other = rig.dir.path().join("other.json");
    rig.harness.input_mut().dropped_files = vec![
        std::sync::Arc::new(Dropped(path.clone())),
        std::sync::Arc::new(Dropped(other)),
    ];
    rig.harness.run();
    assert_eq!(
        rig.asked_to_open(),
        vec![path.clone()],
        "the first dropped file, once"
    );
    let answer = open_report(&path)
        .map(Box::new)
        .map_err(ReportNotOpened::from);
    rig.events.send(Event::ReportOpened(answer)).unwrap();
    rig.harness.run();
    rig.harness
        .get_by_label(&format!("Support code {}", report.support_code));
    rig.harness.get_by_label(
        "Report from Sunday, 13 December 2026 at 12:00 UTC · name typed by the user: \"Jane\"",
    );
    assert!(rig.harness.state().viewer().is_some());
    // Later frames do not ask again.
    rig.harness.run();
    assert!(drain(&mut rig.commands).is_empty());
}

#[test]
fn helpdesk_mode_shows_the_report_read_only_with_its_guide() {
    let mut rig = rig();
    let (report, path) = rig.saved_report("jane.json");
    rig.open_via_menu(&path);
    rig.harness
        .get_by_label(&format!("Support code {}", report.support_code));
    rig.harness.get_by_label(
        "Report from Sunday, 13 December 2026 at 12:00 UTC · name typed by the user: \"Jane\"",
    );
    rig.harness
        .get_by_label_contains("does not prove the report is genuine");
    assert!(rig.harness.state().viewer().is_some());
    // The guide comes first; the other views are one click away.
    rig.harness.get_by_label("Helpdesk guide");
    rig.click("Service problems");
    rig.harness.get_by_label("Request id: req-504-a");
    rig.click("Pending work");
    rig.harness
        .get_by_label_contains("Adding your phone +1 206 ••• 0100");
    assert!(rig.harness.query_by_label_contains("555 0100").is_none());
    // Nothing was sent to the services while viewing.
    assert!(drain(&mut rig.commands).is_empty());
    rig.click("Close report");
    assert!(rig.harness.state().viewer().is_none());
}

#[test]
fn a_truncated_or_future_report_is_one_clear_sentence() {
    let mut rig = rig();
    let report = make_report(rig.dir.path(), None);
    let good = serde_json::to_string_pretty(&report).unwrap();
    let truncated = rig.dir.path().join("cut.json");
    std::fs::write(&truncated, &good[..good.len() / 3]).unwrap();
    rig.open_via_menu(&truncated);
    assert!(
        rig.harness
            .query_all_by_label_contains("cut short")
            .next()
            .is_some()
    );
    assert!(rig.harness.state().viewer().is_none());

    let future = rig.dir.path().join("future.json");
    std::fs::write(
        &future,
        good.replace("\"report_schema\": 1", "\"report_schema\": 2"),
    )
    .unwrap();
    rig.open_via_menu(&future);
    assert!(
        rig.harness
            .query_all_by_label_contains("made by a newer MFA Ready")
            .next()
            .is_some()
    );
    assert!(rig.harness.state().viewer().is_none());
}

#[test]
fn the_standalone_viewer_names_whose_report_and_flags_an_edited_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = make_report(dir.path(), None);
    let path = dir.path().join("r.json");
    std::fs::write(&path, serde_json::to_string(&report).unwrap()).unwrap();
    let opened = open_report(&path).unwrap();
    assert!(opened.code_matches);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1000.0, 1200.0))
        .build_ui_state(
            |ui, app: &mut ViewerApp| app.ui_root(ui),
            ViewerApp::new(opened, jiff::tz::TimeZone::UTC, en()),
        );
    h.run();
    h.get_by_label_contains("· no name given");
    assert!(
        h.query_by_label_contains("changed after it was made")
            .is_none()
    );

    // Edited by hand after it was made: the code no longer matches.
    report.readiness.counted = 2;
    std::fs::write(&path, serde_json::to_string(&report).unwrap()).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1000.0, 1200.0))
        .build_ui_state(
            |ui, app: &mut ViewerApp| app.ui_root(ui),
            ViewerApp::new(open_report(&path).unwrap(), jiff::tz::TimeZone::UTC, en()),
        );
    h.run();
    h.get_by_label_contains("changed after it was made");
}

/// Issue 14: the viewer draws the report's own sections (those the Markdown and HTML
/// draw), tab by tab, and a value a newer writer added reads as unknown.
#[test]
fn the_viewer_shows_the_reports_sections_tab_by_tab() {
    use mfa_ready_core::report::{self, OrUnknown, Phases, PortalEntry};
    let dir = tempfile::tempdir().unwrap();
    let mut r = make_report(dir.path(), Some("Jane"));
    r.portals.push(PortalEntry {
        name: "My Sign-Ins".into(),
        url: "https://mysignins.microsoft.com/".into(),
        at: now(),
        outcome: OrUnknown::Unknown,
        healthy: false,
        explanation: "A check this version cannot name.".into(),
        http_status: Some(599),
        phases: Phases::default(),
        timed_out_phase: None,
        request_id: None,
        cert_issuer: None,
        error_kind: None,
        says: None,
        proxy: None,
    });
    r.support_code = report::support_code(&r);
    let path = dir.path().join("r.json");
    std::fs::write(
        &path,
        report::render(&r, report::Format::Json, &en()).unwrap(),
    )
    .unwrap();
    let opened = open_report(&path).unwrap();
    assert!(opened.code_matches);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1000.0, 2400.0))
        .build_ui_state(
            |ui, app: &mut ViewerApp| app.ui_root(ui),
            ViewerApp::new(opened, jiff::tz::TimeZone::UTC, en()),
        );
    h.run();
    let markdown = report::to_markdown(&r, &en());
    let tabs = [
        ("Overview", vec!["Readiness", "About this report"]),
        ("Methods", vec!["Methods"]),
        (
            "Portal health",
            vec![
                "Portal health (last check of each portal)",
                "Open vendor incidents",
            ],
        ),
        (
            "Pending work",
            vec!["Queue jobs", "Event log (last 14 days)"],
        ),
        (
            "Service problems",
            vec!["Enrollment attempts during service problems"],
        ),
    ];
    for (tab, headings) in tabs {
        h.get_by_label(tab).click();
        h.run();
        for heading in headings {
            // "Methods" is the tab's name and the section's heading.
            let shown = h.query_all_by_label(heading).count();
            assert_eq!(shown, 1 + usize::from(heading == tab), "{heading}");
            assert!(markdown.contains(&format!("## {heading}\n")), "{heading}");
        }
    }
    h.get_by_label("Overview").click();
    h.run();
    h.get_by_label("Methods: 0 of 2 methods");
    h.get_by_label("Deadline in force: 15 Dec 2026, 16:00 UTC (organisation deadline)");
    h.get_by_label(&format!(
        "Policy: --policy ({})",
        dir.path().join("policy.toml").display()
    ));
    h.get_by_label("Portal health").click();
    h.run();
    h.get_by_label("Portal: My Sign-Ins");
    h.get_by_label("unknown");
    h.get_by_label("HTTP: 599");
    h.get_by_label(
        "My Sign-Ins (https://mysignins.microsoft.com/): A check this version cannot name.",
    );
    h.get_by_label("Pending work").click();
    h.run();
    h.get_by_label("State: pending");
    h.get_by_label("Job 1 history (oldest first)");
}

/// Issue 16: the helpdesk reads a user's report in its own language. The standalone
/// viewer speaks the system's (negotiated); its banner, tabs and guide and the report's
/// own sections come from the catalogue, the file being the same JSON in every language.
#[test]
fn the_viewer_reads_a_report_in_the_helpdesks_language() {
    use mfa_ready_core::report::{self, Format};
    assert_eq!(
        ViewerApp::system_catalog(&["de_AT.UTF-8".to_owned()]).lang(),
        Lang::De
    );
    assert_eq!(
        ViewerApp::system_catalog(&["pt-BR".to_owned()]).lang(),
        Lang::En
    );
    let dir = tempfile::tempdir().unwrap();
    let r = make_report(dir.path(), Some("Jane"));
    let json = report::render(&r, Format::Json, &Catalog::new(Lang::De)).unwrap();
    for lang in Lang::ALL {
        let theirs = report::render(&r, Format::Json, &Catalog::new(lang)).unwrap();
        assert_eq!(theirs, json, "{lang:?}");
    }
    let path = dir.path().join("r.json");
    std::fs::write(&path, &json).unwrap();
    let viewer = |lang: Lang| {
        let mut h = Harness::builder()
            .with_size(egui::vec2(1000.0, 2400.0))
            .build_ui_state(
                |ui, app: &mut ViewerApp| app.ui_root(ui),
                ViewerApp::new(
                    open_report(&path).unwrap(),
                    jiff::tz::TimeZone::UTC,
                    Catalog::new(lang),
                ),
            );
        h.run();
        h
    };
    let mut h = viewer(Lang::De);
    h.get_by_label(&format!("Support-Code {}", r.support_code));
    let banner = h.get_by_label_contains("Bericht vom ");
    let banner = banner.value().unwrap_or_default();
    assert!(
        banner.contains("13. Dezember 2026")
            && banner.ends_with("· vom Benutzer eingegebener Name: „Jane“"),
        "{banner}"
    );
    h.get_by_label_contains("beweist nicht, dass der Bericht echt ist");
    h.get_by_label("Helpdesk-Leitfaden");
    h.get_by_label(&format!(
        "1. Bericht bestätigen: Support-Code {}",
        r.support_code
    ));
    let tabs = [
        ("Übersicht", vec!["Bereitschaft", "Über diesen Bericht"]),
        ("Methoden", vec!["Methoden"]),
        (
            "Portalstatus",
            vec![
                "Portalstatus (letzte Prüfung je Portal)",
                "Offene Störungen bei Anbietern",
            ],
        ),
        (
            "Ausstehende Vorgänge",
            vec![
                "Vorgänge in der Warteschlange",
                "Ereignisprotokoll (letzte 14 Tage)",
            ],
        ),
        (
            "Störungen des Dienstes",
            vec!["Registrierungsversuche während Störungen des Dienstes"],
        ),
    ];
    for (tab, headings) in tabs {
        h.get_by_label(tab).click();
        h.run();
        for heading in headings {
            let shown = h.query_all_by_label(heading).count();
            assert_eq!(shown, 1 + usize::from(heading == tab), "{heading}");
        }
    }
    h.get_by_label("Übersicht").click();
    h.run();
    h.get_by_label("Methoden: 0 von 2 Methoden");
    h.get_by_label("Geltende Frist: 15.12.2026, 16:00 UTC (Frist der Organisation)");
    for english in [
        "Readiness",
        "About this report",
        "Helpdesk guide",
        "Close report",
    ] {
        assert!(h.query_by_label(english).is_none(), "{english}");
    }
    h.get_by_label("Ausstehende Vorgänge").click();
    h.run();
    h.get_by_label("Verlauf von Vorgang 1 (älteste zuerst)");

    // Japanese, drawn with the system's font (CI installs one).
    let mut h = viewer(Lang::Ja);
    h.get_by_label(&format!("サポート コード {}", r.support_code));
    h.get_by_label("ヘルプデスク ガイド");
    h.get_by_label("概要").click();
    h.run();
    h.get_by_label("準備状況");
    h.get_by_label("このレポートについて");
    h.get_by_label("サインイン方法：0 / 2 個の方法");
}

/// Issue 13, item 10: a name with a line break and a fake "support code" cannot pass
/// for the banner: the real code comes first in its own label, the name is one line.
#[test]
fn a_name_cannot_spoof_the_support_code() {
    let dir = tempfile::tempdir().unwrap();
    // A hand-made file (the app itself would have cleaned the name), sealed as a
    // forger would: the code is unkeyed.
    let mut report = make_report(dir.path(), None);
    report.user_name = Some("Jane\n\u{1b}[2JSupport code AAAA-AAAA (genuine)".into());
    report.support_code = mfa_ready_core::report::support_code(&report);
    let path = dir.path().join("r.json");
    std::fs::write(&path, serde_json::to_string(&report).unwrap()).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1000.0, 1200.0))
        .build_ui_state(
            |ui, app: &mut ViewerApp| app.ui_root(ui),
            ViewerApp::new(open_report(&path).unwrap(), jiff::tz::TimeZone::UTC, en()),
        );
    h.run();
    let real = format!("Support code {}", report.support_code);
    let code = h.get_by_label(&real);
    let name = h.get_by_label_contains("name typed by the user");
    // A label's text is its AccessKit value.
    let label = name.value().unwrap_or_default();
    assert!(
        !label.contains('\n') && !label.contains('\u{1b}'),
        "{label:?}"
    );
    assert!(
        code.rect().min.y <= name.rect().min.y,
        "the real code comes first"
    );
    assert!(h.query_by_label("Support code AAAA-AAAA").is_none());
    // The fake shows only inside quotes, as what the user typed.
    for n in h.query_all_by_label_contains("Support code AAAA") {
        let l = n.value().unwrap_or_default();
        assert!(
            l.contains("typed by the user") && l.contains("\"Jane"),
            "{l:?}"
        );
        assert!(!l.contains('\n'), "{l:?}");
    }
}

/// Issue 13, item 9: a sealed report with a 15 MiB name and a list longer than the
/// reader keeps: the viewer shows short labels and says how many rows it left out.
#[test]
fn a_huge_report_shows_capped_text_and_how_many_rows_went() {
    let dir = tempfile::tempdir().unwrap();
    let mut report = make_report(dir.path(), None);
    report.user_name = Some("A".repeat(15 * 1024 * 1024));
    let row = report.evidence[0].clone();
    report.evidence = vec![row; mfa_ready_core::report::MAX_EVIDENCE + 3];
    report.support_code = mfa_ready_core::report::support_code(&report);
    let path = dir.path().join("big.json");
    std::fs::write(&path, serde_json::to_string(&report).unwrap()).unwrap();
    let opened = open_report(&path).unwrap();
    assert!(opened.code_matches, "a genuine report stays genuine");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1000.0, 1200.0))
        .build_ui_state(
            |ui, app: &mut ViewerApp| app.ui_root(ui),
            ViewerApp::new(opened, jiff::tz::TimeZone::UTC, en()),
        );
    h.run();
    let name = h.get_by_label_contains("name typed by the user");
    assert!(name.value().unwrap_or_default().len() < 400);
    h.get_by_label("Service problems").click();
    h.run();
    h.get_by_label("… 3 more");
}

#[test]
fn share_with_helpdesk_saves_exactly_what_it_shows() {
    let mut rig = rig();
    rig.click_busy("Share with helpdesk…");
    let sent = drain(&mut rig.commands);
    assert_eq!(sent, vec![Command::BuildReport { user_name: None }]);
    let report = make_report(rig.dir.path(), None);
    let code = report.support_code.clone();
    rig.events
        .send(Event::ReportReady(Box::new(report.clone())))
        .unwrap();
    rig.harness.run();
    rig.harness.get_by_label(&format!("Support code {code}"));
    rig.harness
        .get_by_label_contains("# MFA readiness report: Contoso");
    assert_eq!(rig.harness.state().shared_report(), Some(&report));
    rig.click("Save");
    let saved: Vec<Command> = drain(&mut rig.commands);
    match saved.as_slice() {
        [
            Command::SaveFile {
                path,
                contents,
                what,
            },
        ] => {
            assert!(
                path.to_string_lossy()
                    .ends_with(&format!("mfa-ready-report-{code}.md"))
            );
            assert_eq!(
                contents,
                &mfa_ready_core::report::to_markdown(&report, &en())
            );
            assert_eq!(*what, SavedFile::Report);
        }
        other => panic!("{other:?}"),
    }
    // Your name: asks for a new report with it.
    rig.harness.get_by_label("Your name").click();
    rig.harness.run_steps(2);
    rig.harness.get_by_label("Your name").type_text("Jane");
    rig.harness.run_steps(2);
    rig.click_busy("Update");
    assert_eq!(
        drain(&mut rig.commands),
        vec![Command::BuildReport {
            user_name: Some("Jane".into())
        }]
    );
}

#[test]
fn booking_autostart_and_outage_advice_on_the_overview() {
    let mut rig = rig();
    rig.click("Book a helpdesk slot");
    assert!(drain(&mut rig.commands).contains(&Command::OpenUrl {
        url: "https://book.contoso.com/mfa".into(),
        reason: "book a helpdesk slot".into()
    }));
    // The switch appears once the services said where it stands.
    assert!(rig.harness.query_by_label("Remind me at login").is_none());
    rig.events.send(Event::Autostart(false)).unwrap();
    rig.harness.run();
    rig.click("Remind me at login");
    assert_eq!(drain(&mut rig.commands), vec![Command::SetAutostart(true)]);

    // My Sign-Ins has answered 504 for 3 hours; the deadline is in 2 days.
    let row = |mins: i64, outcome: &str, status: u16| ProbeRow {
        at: now() - jiff::SignedDuration::from_mins(mins),
        portal: "My Sign-Ins".into(),
        url: "https://mysignins.microsoft.com/security-info".into(),
        outcome: mfa_ready_core::fault::Outcome::from_id(outcome),
        http_status: Some(status),
        dns_ms: None,
        connect_ms: None,
        tls_ms: None,
        first_byte_ms: None,
        total_ms: None,
        timed_out_phase: None,
        request_id: None,
        explanation: String::new(),
        says: None,
        technical: String::new(),
        route: None,
    };
    let history = vec![
        row(240, "healthy", 200),
        row(180, "gateway_timeout", 504),
        row(60, "gateway_timeout", 504),
        row(5, "gateway_timeout", 504),
    ];
    rig.events
        .send(Event::Health(HealthSnapshot {
            checking: false,
            report: None,
            history,
            store_error: None,
        }))
        .unwrap();
    rig.harness.run();
    rig.harness.get_by_label(
        "My Sign-Ins has been failing for 3 h and your deadline is in 2 days. Your attempts are \
         recorded; if it is still down tomorrow morning, call Contoso Service Desk at +1 425 555 0100.",
    );
}
