//! Deadlines that reach people and the report for the helpdesk (issue 8), on
//! the real binary: `remind` (once per step, also with two processes at once),
//! `calendar` (parsed back as iCalendar), `autostart` in a temporary home,
//! `report` in every format (masked, no token, support code stable and
//! sensitive, evidence exactly when the service failed), and `--open-report`
//! refusing bad files with exit 2.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jiff::Timestamp;
use mfa_ready::services::queue::{Lease, Transition};
use mfa_ready::services::store::Store;
use mfa_ready_core::queue::{ErrorClass, JobError, Payload, PhoneType};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-ready");
const TOKEN: &str = "secret-token-7d1f0c";

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

[reminders]
days_before = [14, 7, 3, 1]
quiet_hours = "22:00-06:00"
"#;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("policy.toml"), POLICY).unwrap();
        Self { dir }
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn cmd(&self, now: &str, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        // Not this machine's Bluetooth or security key (see commands.rs).
        c.env("MFA_READY_DEVICE_ROOT", "/nonexistent/mfa-ready-device")
            .env(
                "MFA_READY_DEVICE_BUS",
                "unix:path=/nonexistent/mfa-ready-bus",
            );
        c.args(args)
            .arg("--policy")
            .arg(self.dir.path().join("policy.toml"))
            .arg("--data-dir")
            .arg(self.data())
            .env("MFA_READY_NOW", now)
            .env("MFA_READY_GRAPH_TOKEN", TOKEN)
            .env("TZ", "Europe/Paris")
            // People's words in English unless a test asks for another language.
            .env("LC_ALL", "C")
            .env("HOME", self.dir.path().join("home"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("home/.config"))
            .env_remove("MFA_READY_POLICY")
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            // The debug build's stand-in for the desktop's notification service.
            .env("MFA_READY_NOTIFY_FILE", self.dir.path().join("notices.txt"));
        c
    }

    /// The notifications shown so far, one `title\tbody` line each.
    fn notices(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.path().join("notices.txt"))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    fn run(&self, now: &str, args: &[&str]) -> Output {
        self.cmd(now, args).output().unwrap()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn remind_shows_each_step_once_and_nothing_while_ready() {
    let env = Env::new();
    // 10 Dec 10:00 Paris: the 7-day step (8 Dec 17:00) is due, d14 was missed.
    let o = env.run("2026-12-10T09:00:00Z", &["remind"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let said = stdout(&o);
    assert!(
        said.starts_with("Reminder shown: MFA setup due in 5 days"),
        "{said}"
    );
    assert!(
        said.contains(
            "Contoso needs your backup sign-in methods by Tuesday, 15 December 2026 at 17:00 CET"
        ),
        "{said}"
    );
    let notices = env.notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(
        notices[0].starts_with("MFA setup due in 5 days") && notices[0].contains("\tContoso needs"),
        "{notices:?}"
    );
    // Again the same day: nothing (remembered in the store), not d14 either.
    let o = env.run("2026-12-10T12:00:00Z", &["remind"]);
    assert_eq!(stdout(&o), "No reminder is due.\n");
    assert_eq!(env.notices().len(), 1);
    // In quiet hours (23:30 Paris) the 3-day step waits...
    let o = env.run("2026-12-12T22:30:00Z", &["remind"]);
    assert_eq!(stdout(&o), "No reminder is due.\n");
    // ...and is shown at the next chance.
    let o = env.run("2026-12-13T07:00:00Z", &["remind"]);
    assert!(
        stdout(&o).starts_with("Reminder shown: MFA setup due in 2 days"),
        "{}",
        stdout(&o)
    );
    // Ready: never.
    for kind in ["authenticator_app", "security_key"] {
        let o = env.run("2026-12-13T07:01:00Z", &["methods", "mark", kind]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
    let o = env.run("2026-12-14T16:30:00Z", &["remind"]);
    assert_eq!(stdout(&o), "No reminder is due.\n");
}

/// At login with no notification service, nobody sees the reminder: `remind` says so
/// (exit 2) and keeps the step, so the next login shows it (it used to print
/// "Reminder shown" and use the step up).
#[test]
fn a_reminder_that_could_not_be_shown_is_not_used_up() {
    let env = Env::new();
    let o = env
        .cmd("2026-12-10T09:00:00Z", &["remind"])
        .env_remove("MFA_READY_NOTIFY_FILE")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("Reminder not shown: MFA setup due in 5 days"),
        "{}",
        stdout(&o)
    );
    assert!(stderr(&o).contains("tries again"), "{}", stderr(&o));
    // The next run shows it, once.
    let o = env.run("2026-12-10T09:05:00Z", &["remind"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("Reminder shown: MFA setup due in 5 days"),
        "{}",
        stdout(&o)
    );
    assert_eq!(env.notices().len(), 1);
    let o = env.run("2026-12-10T09:10:00Z", &["remind"]);
    assert_eq!(stdout(&o), "No reminder is due.\n");
}

#[test]
fn two_remind_processes_at_once_show_a_step_once() {
    let env = Env::new();
    // Create the store first so both start on the same file.
    let o = env.run("2026-12-16T08:00:00Z", &["status"]);
    assert!(o.status.code().is_some());
    let children: Vec<_> = (0..2)
        .map(|_| {
            env.cmd("2026-12-16T08:00:00Z", &["remind"])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outs: Vec<String> = children
        .into_iter()
        .map(|c| stdout(&c.wait_with_output().unwrap()))
        .collect();
    let shown: Vec<&String> = outs
        .iter()
        .filter(|s| s.starts_with("Reminder shown: MFA setup is overdue"))
        .collect();
    assert_eq!(shown.len(), 1, "{outs:?}");
    assert!(
        shown[0].contains("+1 425 555 0100"),
        "the helpdesk: {}",
        shown[0]
    );
}

#[test]
fn calendar_file_parses_back_with_an_alarm_per_step() {
    use icalendar::{Calendar, CalendarComponent, Component};
    let env = Env::new();
    let out = env.dir.path().join("deadline.ics");
    let o = env.run(
        "2026-12-01T09:00:00Z",
        &["calendar", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("\r\n"), "CRLF line ends");
    let cal: Calendar = text.parse().unwrap();
    let events: Vec<_> = cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 1);
    let e = events[0];
    assert_eq!(e.property_value("DTSTART"), Some("20261215T160000Z"));
    assert_eq!(e.property_value("DTSTAMP"), Some("20261201T090000Z"));
    assert!(e.get_uid().is_some_and(|u| u.ends_with("@mfa-ready")));
    let description = e.get_description().unwrap();
    assert!(
        description.contains("https://mysignins.microsoft.com/security-info"),
        "{description}"
    );
    assert!(description.contains("+1 425 555 0100"), "{description}");
    let alarms: Vec<_> = e
        .components()
        .iter()
        .filter(|c| c.component_kind() == "VALARM")
        .collect();
    assert!(
        alarms
            .iter()
            .all(|a| a.property_value("ACTION") == Some("DISPLAY"))
    );
    let triggers: Vec<String> = alarms
        .iter()
        .map(|a| a.property_value("TRIGGER").unwrap().to_owned())
        .collect();
    assert_eq!(triggers, ["-P14D", "-P7D", "-P3D", "-P1D"]);
}

/// Issue 16: the reminder (notification and line) and the calendar file speak the
/// command line's language, the deadline written as that locale writes it; the file
/// stays valid iCalendar.
#[test]
fn remind_and_calendar_speak_the_readers_language() {
    use icalendar::{Calendar, CalendarComponent, Component};
    let cases = [
        (
            "de_DE.UTF-8",
            "MFA-Einrichtung in 5 Tagen fällig",
            "Dienstag, 15. Dezember 2026 um 17:00 MEZ",
            "Frist für die MFA-Einrichtung (Contoso)",
            "Telefon: +1 425 555 0100",
        ),
        (
            "ja_JP.UTF-8",
            "MFA の設定期限まであと 5 日です",
            "2026年12月15日火曜日 17:00",
            "MFA の設定期限（Contoso）",
            "電話：+1 425 555 0100",
        ),
    ];
    for (lang, title, date, summary, phone) in cases {
        let env = Env::new();
        let o = env
            .cmd("2026-12-10T09:00:00Z", &["remind"])
            .env("LC_ALL", lang)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{lang}: {}", stderr(&o));
        let notices = env.notices();
        assert_eq!(notices.len(), 1, "{lang}: {notices:?}");
        assert!(notices[0].starts_with(&format!("{title}\t")), "{notices:?}");
        assert!(notices[0].contains(date), "{notices:?}");
        assert!(stdout(&o).contains(title), "{}", stdout(&o));

        let out = env.dir.path().join("deadline.ics");
        let o = env
            .cmd(
                "2026-12-01T09:00:00Z",
                &["calendar", "--out", out.to_str().unwrap()],
            )
            .env("LC_ALL", lang)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{lang}: {}", stderr(&o));
        let text = std::fs::read_to_string(&out).unwrap();
        let cal: Calendar = text.parse().unwrap();
        let Some(CalendarComponent::Event(e)) = cal.components.first() else {
            panic!("{lang}: no event in {text}");
        };
        assert_eq!(e.get_summary(), Some(summary), "{lang}");
        let description = e.get_description().unwrap();
        assert!(description.contains(date), "{lang}: {description}");
        assert!(description.contains(phone), "{lang}: {description}");
        assert_eq!(e.property_value("DTSTART"), Some("20261215T160000Z"));
    }
}

#[test]
fn autostart_entry_is_written_and_removed_in_the_users_home() {
    let env = Env::new();
    let entry = env
        .dir
        .path()
        .join("home/.config/autostart/mfa-ready-remind.desktop");
    let o = env.run("2026-12-01T09:00:00Z", &["autostart", "on"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.starts_with("[Desktop Entry]\nType=Application\n"),
        "{text}"
    );
    let exec = text.lines().find(|l| l.starts_with("Exec=")).unwrap();
    // The policy and data folder given by hand go along: at login, `remind` reads the
    // same store and deadline (it used to read the defaults).
    assert!(
        exec.ends_with(&format!(
            "mfa-ready\" remind --policy \"{}\" --data-dir \"{}\"",
            env.dir.path().join("policy.toml").display(),
            env.data().display()
        )),
        "{exec}"
    );
    let o = env.run("2026-12-01T09:00:00Z", &["autostart"]);
    assert!(
        stdout(&o).starts_with("Reminders at login are on"),
        "{}",
        stdout(&o)
    );
    let o = env.run("2026-12-01T09:00:00Z", &["autostart", "off"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!entry.exists());
    let o = env.run("2026-12-01T09:00:00Z", &["autostart"]);
    assert!(stdout(&o).starts_with("Reminders at login are off"));
}

/// Issue 13, item 12: an empty `MFA_READY_POLICY=` / `MFA_READY_DATA_DIR=` counts as
/// unset (it baked `--policy ""` into the entry, and reminders stopped), and a data
/// folder with a line break is refused instead of writing a second `Exec=` line.
#[test]
fn autostart_ignores_empty_variables_and_refuses_a_line_break() {
    let env = Env::new();
    let home = env.dir.path().join("home");
    let entry = home.join(".config/autostart/mfa-ready-remind.desktop");
    let run = |data: Option<&Path>| {
        let mut c = Command::new(BIN);
        // Not this machine's Bluetooth or security key (see commands.rs).
        c.env("MFA_READY_DEVICE_ROOT", "/nonexistent/mfa-ready-device")
            .env(
                "MFA_READY_DEVICE_BUS",
                "unix:path=/nonexistent/mfa-ready-bus",
            );
        c.args(["autostart", "on"]);
        if let Some(d) = data {
            c.arg("--data-dir").arg(d);
        }
        c.env("MFA_READY_NOW", "2026-12-01T09:00:00Z")
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("MFA_READY_POLICY", "")
            .env("MFA_READY_DATA_DIR", "")
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .output()
            .unwrap()
    };
    let o = run(None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&entry).unwrap();
    let exec: Vec<&str> = text.lines().filter(|l| l.starts_with("Exec=")).collect();
    assert_eq!(exec.len(), 1, "{text}");
    assert!(exec[0].ends_with("mfa-ready\" remind"), "{text}");
    std::fs::remove_file(&entry).unwrap();

    // A literal % is doubled in Exec (a lone one starts a field code such as %u).
    let percent = env.dir.path().join("100%u data");
    let o = run(Some(&percent));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(text.contains("100%%u data\"\n"), "{text}");
    std::fs::remove_file(&entry).unwrap();

    let evil = env.dir.path().join("data\nExec=/bin/sh -c pwned");
    let o = run(Some(&evil));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("line break"), "{}", stderr(&o));
    assert!(!entry.exists(), "nothing may be written");
}

/// A job that hit a 504 twice (with request ids), a phone number and an e-mail
/// address in the history, and a probe of the portal that saw the 504.
fn seed_outage(data: &Path) {
    let t = |s: &str| s.parse::<Timestamp>().unwrap();
    let mut s = Store::open(data, t("2026-12-10T08:00:00Z")).unwrap();
    let job = s
        .queue_mut()
        .enqueue(
            &Payload::RegisterPhone {
                phone_number: "+1 206 555 0100".into(),
                phone_type: PhoneType::Mobile,
            },
            "graph.microsoft.com",
            t("2026-12-10T08:00:00Z"),
        )
        .unwrap();
    for (i, at) in ["2026-12-10T08:00:01Z", "2026-12-10T08:05:00Z"]
        .iter()
        .enumerate()
    {
        let lease = Lease {
            owner: "me",
            until: t(at) + jiff::SignedDuration::from_secs(30),
        };
        assert!(s.queue_mut().claim(job.id, &lease, t(at)).unwrap());
        let mut e = JobError::new(
            ErrorClass::Http,
            Some(504),
            "Gateway Timeout; contact jane.doe@contoso.com or +1 206 555 0199",
        );
        e.request_id = Some(format!("req-{i}-9f1c"));
        let retry = Transition::Retry {
            at: t(at) + jiff::SignedDuration::from_mins(5),
            error: e,
            needs_check: true,
        };
        assert!(
            s.queue_mut()
                .finish(job.id, "me", &retry, &[], t(at))
                .unwrap()
        );
    }
    s.append_event(
        t("2026-12-10T08:06:00Z"),
        "note",
        "user jane.doe@contoso.com called from +1 (206) 555-0142 at 203.0.113.50",
    )
    .unwrap();
}

fn report(env: &Env, args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let o = env.run("2026-12-10T09:00:00Z", &all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn reports_mask_people_and_never_hold_the_token_in_any_format() {
    let env = Env::new();
    seed_outage(&env.data());
    for format in ["json", "md", "html"] {
        let text = report(&env, &["--format", format, "--name", "Jane"]);
        for secret in [
            TOKEN,
            "555 0100",
            "5550100",
            "555 0199",
            "555-0142",
            "jane.doe",
            "203.0.113.50",
        ] {
            assert!(!text.contains(secret), "{format} holds {secret:?}");
        }
        assert!(
            text.contains("+1 206 ••• 0100"),
            "{format}: the masked number"
        );
        assert!(
            text.contains("j•••@contoso.com"),
            "{format}: the masked address"
        );
        assert!(text.contains("Jane"), "{format}: the typed name");
        if format == "json" {
            assert_valid_against_the_schema(&text);
        }
    }
    // The SQLite file itself never holds the token either.
    let db = std::fs::read(env.data().join("mfa-ready.sqlite3")).unwrap();
    assert!(!String::from_utf8_lossy(&db).contains(TOKEN));
}

/// Every report the binary writes validates against `assets/schema/report.schema.json`.
fn assert_valid_against_the_schema(text: &str) {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.set_default_draft(boon::Draft::V2020_12);
    compiler.enable_format_assertions();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/schema/report.schema.json"
    );
    let idx = compiler.compile(path, &mut schemas).unwrap();
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    if let Err(e) = schemas.validate(&value, idx) {
        panic!("the report does not validate:\n{e:#}");
    }
}

#[test]
fn the_support_code_is_stable_and_changes_with_the_contents() {
    let env = Env::new();
    seed_outage(&env.data());
    let code = |text: &str| {
        let v: serde_json::Value = serde_json::from_str(text).unwrap();
        v["support_code"].as_str().unwrap().to_owned()
    };
    let a = code(&report(&env, &["--format", "json"]));
    let b = code(&report(&env, &["--format", "json"]));
    assert_eq!(a, b, "same report, same code");
    assert!(a.len() == 9 && a.as_bytes()[4] == b'-', "{a}");
    // The code is printed in every format.
    assert!(report(&env, &["--format", "md"]).contains(&a));
    assert!(report(&env, &["--format", "html"]).contains(&a));
    // Anything else in the report gives another code.
    let o = env.run("2026-12-10T09:00:00Z", &["methods", "mark", "passkey"]);
    assert_eq!(o.status.code(), Some(0));
    let c = code(&report(&env, &["--format", "json"]));
    assert_ne!(a, c);
    let d = code(&report(&env, &["--format", "json", "--name", "Jane"]));
    assert_ne!(c, d);
}

/// Issue 13, item 11: the code covers the state, not the moment: JSON, Markdown and
/// HTML saved a little apart from the same state carry one code, and the JSON opens
/// as genuine.
#[test]
fn json_markdown_and_html_saved_from_one_state_carry_one_code() {
    let env = Env::new();
    seed_outage(&env.data());
    let mut codes = Vec::new();
    for (now, format) in [
        ("2026-12-10T09:00:00Z", "json"),
        ("2026-12-10T09:00:40Z", "md"),
        ("2026-12-10T09:01:30Z", "html"),
    ] {
        let o = env.run(now, &["report", "--format", format]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let text = stdout(&o);
        if format == "json" {
            let opened = mfa_ready_core::report::parse(text.as_bytes()).unwrap();
            assert!(opened.code_matches);
            codes.push(opened.report.support_code);
        } else {
            assert!(text.contains(&codes[0]), "{format}: {codes:?}");
            codes.push(codes[0].clone());
        }
    }
    assert_eq!(codes[0], codes[2]);
}

#[test]
fn evidence_appears_exactly_when_the_service_failed() {
    let env = Env::new();
    // Nothing failed: no section, and `--evidence` says so.
    let o = env.run("2026-12-10T09:00:00Z", &["report", "--evidence"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("no enrollment attempt was blocked"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains("None: no attempt was blocked by the service"),
        "{}",
        stdout(&o)
    );
    let full = report(&env, &["--format", "md"]);
    assert!(!full.contains("Enrollment attempts during service problems"));
    let json: serde_json::Value =
        serde_json::from_str(&report(&env, &["--format", "json"])).unwrap();
    assert_eq!(json["evidence"].as_array().unwrap().len(), 0);

    seed_outage(&env.data());
    let ev = report(&env, &["--evidence"]);
    assert!(
        ev.contains("Enrollment attempts during service problems"),
        "{ev}"
    );
    assert!(ev.contains("504"), "{ev}");
    assert!(
        ev.contains("req-0-9f1c") && ev.contains("req-1-9f1c"),
        "{ev}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&report(&env, &["--format", "json"])).unwrap();
    let evidence = json["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), 2, "{evidence:?}");
    let key = json["jobs"][0]["client_request_id"].as_str().unwrap();
    assert_eq!(evidence[0]["client_request_id"].as_str(), Some(key));
    assert_eq!(evidence[0]["http_status"].as_u64(), Some(504));
}

#[test]
fn the_html_report_makes_no_external_request() {
    let env = Env::new();
    seed_outage(&env.data());
    let html = report(&env, &["--format", "html"]);
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "{}",
        &html[..40.min(html.len())]
    );
    assert!(!html.to_ascii_lowercase().contains("<script"));
    for attr in ["src=", "href=", "url("] {
        for (i, _) in html.match_indices(attr) {
            let value: String = html[i..].chars().take(80).collect();
            assert!(!value.contains("http"), "external reference: {value}");
        }
    }
}

#[test]
fn report_out_picks_the_format_from_the_extension() {
    let env = Env::new();
    let out = env.dir.path().join("r.json");
    let o = env.run(
        "2026-12-10T09:00:00Z",
        &["report", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["report_schema"], 1);
    assert!(stderr(&o).contains(v["support_code"].as_str().unwrap()));
    // No status feed was ever read here: the report never claims "no incidents".
    assert!(v.get("feeds_read_at").is_none(), "{v}");
    let md = env.dir.path().join("r.md");
    let o = env.run(
        "2026-12-10T09:00:00Z",
        &["report", "--out", md.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = std::fs::read_to_string(md).unwrap();
    assert!(
        md.contains("Unknown: no provider status feed could be read from this device."),
        "{md}"
    );
}

/// Issue 16: `report --format md|html` is written in the command line's language
/// (LC_ALL / LC_MESSAGES / LANG); the JSON is byte for byte the same in every one, with
/// the same support code.
#[test]
fn markdown_and_html_speak_the_command_lines_language_and_json_never_does() {
    let env = Env::new();
    seed_outage(&env.data());
    let run = |lang: &str, args: &[&str]| {
        let o = env
            .cmd("2026-12-10T09:00:00Z", &[&["report"], args].concat())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{lang}: {}", stderr(&o));
        stdout(&o)
    };
    let json = run("C", &["--format", "json"]);
    for lang in [
        "de_DE.UTF-8",
        "fr_FR.UTF-8",
        "es_ES.UTF-8",
        "ja_JP.UTF-8",
        "en-XA",
    ] {
        assert_eq!(run(lang, &["--format", "json"]), json, "{lang}");
    }
    let code = serde_json::from_str::<serde_json::Value>(&json).unwrap()["support_code"]
        .as_str()
        .unwrap()
        .to_owned();
    let md = run("de_DE.UTF-8", &["--format", "md"]);
    for part in [
        "# MFA-Bereitschaftsbericht: Contoso\n",
        &format!("**Support-Code: {code}**"),
        "## Bereitschaft\n",
        "## Registrierungsversuche während Störungen des Dienstes\n",
        "## Über diesen Bericht\n",
    ] {
        assert!(md.contains(part), "missing {part:?} in:\n{md}");
    }
    assert!(!md.contains("## Readiness"), "{md}");
    let html = run("de_DE.UTF-8", &["--format", "html"]);
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(html.contains(">Bereitschaft</h2>"));
    let html = run("ja_JP.UTF-8", &["--format", "html"]);
    assert!(html.contains("<html lang=\"ja\">"));
    assert!(html.contains(">準備状況</h2>"));
    assert!(html.contains(&code));
    let ev = run("ja_JP.UTF-8", &["--evidence"]);
    assert!(ev.contains("## サービス障害中の登録の試行\n"), "{ev}");
    // English as before.
    let md = run("C", &["--format", "md"]);
    assert!(md.contains("# MFA readiness report: Contoso\n") && md.contains("## Readiness\n"));
}

#[test]
fn open_report_refuses_bad_files_with_one_sentence_and_exit_2() {
    let env = Env::new();
    let out = env.dir.path().join("r.json");
    let o = env.run(
        "2026-12-10T09:00:00Z",
        &["report", "--out", out.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0));
    let good = std::fs::read_to_string(&out).unwrap();
    let cases = [
        (
            "truncated.json",
            good[..good.len() / 2].to_owned(),
            "cut short",
        ),
        (
            "future.json",
            good.replace("\"report_schema\": 1", "\"report_schema\": 7"),
            "newer MFA Ready",
        ),
        (
            "garbage.json",
            "<html>not a report</html>".to_owned(),
            "not an MFA Ready report",
        ),
    ];
    for (name, text, says) in cases {
        let p = env.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        let o = Command::new(BIN)
            .arg("--open-report")
            .arg(&p)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{name}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{name}: one sentence: {err}");
        assert!(err.contains(says), "{name}: {err}");
    }
    // Oversized: refused before it is read.
    let p = env.dir.path().join("huge.json");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(17 * 1024 * 1024).unwrap();
    let o = Command::new(BIN)
        .arg("--open-report")
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("16 MiB"), "{}", stderr(&o));
}

/// Issue 13, item 16: `--open-report` on a FIFO blocked forever. Anything that is not
/// a regular file is refused at once: one sentence, exit 2.
#[cfg(unix)]
#[test]
fn open_report_refuses_a_fifo_or_a_folder_at_once() {
    let env = Env::new();
    let fifo = env.dir.path().join("r.json");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for path in [fifo.as_path(), env.dir.path()] {
        let mut child = Command::new(BIN)
            .arg("--open-report")
            .arg(path)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > std::time::Duration::from_secs(20) {
                child.kill().unwrap();
                panic!("--open-report {} blocked", path.display());
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
        assert!(stderr(&o).contains("not a report file"), "{}", stderr(&o));
    }
}
