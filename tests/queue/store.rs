//! The store on real files: state survives reopening, damage is kept aside, never deleted.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::support;

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::Timestamp;
use mfa_ready::services::config::Clock;
use mfa_ready::services::protocol::Problem;
use mfa_ready::services::protocol::{Command, Event};
use mfa_ready::services::runtime::{Services, ServicesConfig};
use mfa_ready::services::store::{DB_FILE, RecoveryReason, Store};
use mfa_ready::ui::words;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::readiness::Source;
use support::Recorder;

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn corrupt_copies(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .contains(".corrupt-")
        })
        .collect();
    v.sort();
    v
}

#[test]
fn reopening_keeps_methods_first_run_page_and_events() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut s = Store::open(dir.path(), ts("2026-11-01T08:00:00Z")).unwrap();
        assert_eq!(
            s.first_run(ts("2026-11-01T08:00:00Z")).unwrap(),
            ts("2026-11-01T08:00:00Z")
        );
        s.mark(
            MethodKind::SecurityKey,
            Source::SelfAttested,
            ts("2026-11-02T08:00:00Z"),
        )
        .unwrap();
        s.mark(
            MethodKind::AuthenticatorApp,
            Source::Verified,
            ts("2026-11-03T08:00:00Z"),
        )
        .unwrap();
        s.set_setting("wizard_page", "methods").unwrap();
    }
    let mut s = Store::open(dir.path(), ts("2026-11-20T08:00:00Z")).unwrap();
    assert!(s.recovered().is_none());
    assert_eq!(
        s.first_run(ts("2026-11-20T08:00:00Z")).unwrap(),
        ts("2026-11-01T08:00:00Z")
    );
    let regs = s.registrations().unwrap();
    let kinds: Vec<_> = regs.iter().map(|r| (r.kind, r.source)).collect();
    assert_eq!(
        kinds,
        vec![
            (MethodKind::SecurityKey, Source::SelfAttested),
            (MethodKind::AuthenticatorApp, Source::Verified)
        ]
    );
    assert_eq!(regs[0].registered_at, ts("2026-11-02T08:00:00Z"));
    assert_eq!(
        s.setting("wizard_page").unwrap().as_deref(),
        Some("methods")
    );
    let events = s.recent_events(10).unwrap();
    assert_eq!(events.len(), 3, "{events:?}");
    assert_eq!(events[2].kind, "first_run");
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = b"this is not SQLite, it is a note someone saved over the database\n".repeat(100);
    std::fs::write(dir.path().join(DB_FILE), &garbage).unwrap();
    std::fs::write(dir.path().join(format!("{DB_FILE}-wal")), b"half a wal").unwrap();

    let mut s = Store::open(dir.path(), ts("2026-11-22T10:11:12Z")).unwrap();
    let rec = s
        .recovered()
        .cloned()
        .expect("the damaged file must be reported");
    assert!(
        matches!(rec.reason, RecoveryReason::NotADatabase(_)),
        "{rec:?}"
    );
    assert_eq!(
        rec.moved_to,
        dir.path()
            .join(format!("{DB_FILE}.corrupt-20261122T101112Z"))
    );
    // Every byte kept, companions too.
    assert_eq!(std::fs::read(&rec.moved_to).unwrap(), garbage);
    assert_eq!(
        std::fs::read(
            dir.path()
                .join(format!("{DB_FILE}.corrupt-20261122T101112Z-wal"))
        )
        .unwrap(),
        b"half a wal"
    );
    assert!(rec.sentence().contains(&rec.moved_to.display().to_string()));
    // And the fresh store works.
    s.mark(
        MethodKind::Passkey,
        Source::SelfAttested,
        ts("2026-11-22T10:12:00Z"),
    )
    .unwrap();
    assert_eq!(s.registrations().unwrap().len(), 1);
}

#[test]
fn a_database_from_a_newer_schema_is_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = rusqlite::Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.execute_batch("CREATE TABLE future(x INTEGER) STRICT; INSERT INTO future VALUES (42); PRAGMA user_version = 99;")
            .unwrap();
    }
    let s = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
    let rec = s.recovered().cloned().unwrap();
    assert_eq!(
        rec.reason,
        RecoveryReason::NewerSchema {
            found: 99,
            supported: mfa_ready::services::store::SCHEMA_VERSION
        }
    );
    let kept = rusqlite::Connection::open(&rec.moved_to).unwrap();
    let x: i64 = kept
        .query_row("SELECT x FROM future", [], |r| r.get(0))
        .unwrap();
    assert_eq!(x, 42);
}

#[test]
fn moving_aside_twice_in_one_second_keeps_both() {
    let dir = tempfile::tempdir().unwrap();
    let now = ts("2026-11-22T10:00:00Z");
    for content in [b"first".as_slice(), b"second".as_slice()] {
        let mut padded = content.to_vec();
        padded.resize(4096, b'x');
        std::fs::write(dir.path().join(DB_FILE), &padded).unwrap();
        let s = Store::open(dir.path(), now).unwrap();
        assert!(s.recovered().is_some());
        drop(s);
        std::fs::remove_file(dir.path().join(DB_FILE)).unwrap();
        let _ = std::fs::remove_file(dir.path().join(format!("{DB_FILE}-wal")));
        let _ = std::fs::remove_file(dir.path().join(format!("{DB_FILE}-shm")));
    }
    let copies: Vec<_> = corrupt_copies(dir.path())
        .into_iter()
        .filter(|p| {
            !p.to_string_lossy().ends_with("-wal") && !p.to_string_lossy().ends_with("-shm")
        })
        .collect();
    assert_eq!(copies.len(), 2, "{copies:?}");
    assert!(std::fs::read(&copies[0]).unwrap().starts_with(b"first"));
    assert!(std::fs::read(&copies[1]).unwrap().starts_with(b"second"));
}

#[test]
fn two_open_stores_share_the_file_safely() {
    let dir = tempfile::tempdir().unwrap();
    let now = ts("2026-11-22T10:00:00Z");
    let mut a = Store::open(dir.path(), now).unwrap();
    let mut b = Store::open(dir.path(), now).unwrap();
    a.mark(MethodKind::Passkey, Source::SelfAttested, now)
        .unwrap();
    b.mark(MethodKind::SecurityKey, Source::SelfAttested, now)
        .unwrap();
    assert_eq!(a.registrations().unwrap().len(), 2);
    assert_eq!(b.registrations().unwrap().len(), 2);
    b.unmark(MethodKind::Passkey, now).unwrap();
    assert_eq!(a.registrations().unwrap().len(), 1);
}

#[test]
fn a_data_dir_that_cannot_be_created_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    let err = Store::open(&file.join("data"), ts("2026-11-22T10:00:00Z"))
        .err()
        .expect("must fail");
    assert!(
        err.to_string().starts_with("cannot create data directory"),
        "{err}"
    );
    // Nothing was touched.
    assert_eq!(std::fs::read(&file).unwrap(), b"x");
}

#[test]
fn the_services_refuse_to_open_anything_but_https() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
    let (tx, rx) = mpsc::channel();
    let recorder = Arc::new(Recorder::default());
    let wakes = Arc::new(Mutex::new(0u32));
    let w = wakes.clone();
    let mut services = Services::start(
        ServicesConfig {
            store: Some(store),
            clock: Clock::Fixed(ts("2026-11-22T10:00:00Z")),
            opener: recorder.clone(),
            focus_listener: None,
            health: None,
            queue: None,
            helpdesk: None,
            device: None,
        },
        tx,
        Arc::new(move || *w.lock().unwrap() += 1),
    )
    .unwrap();
    for url in [
        "http://example.com/",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ] {
        services.handle.send(Command::OpenUrl {
            url: url.to_owned(),
            reason: "test".to_owned(),
        });
        match rx.recv_timeout(Duration::from_secs(5)).unwrap() {
            Event::Error(e) => {
                assert!(matches!(e, Problem::NotOpened(_)), "{e:?}");
                let said =
                    words::problem(&mfa_ready_i18n::Catalog::new(mfa_ready_i18n::Lang::En), &e);
                assert!(
                    said.text.starts_with("That page can't be opened safely"),
                    "{e:?}"
                );
                assert!(said.details.is_some_and(|d| d.contains(url)), "{e:?}");
            }
            other => panic!("expected an error for {url}, got {other:?}"),
        }
    }
    services.handle.send(Command::OpenUrl {
        url: "https://mysignins.microsoft.com/security-info".to_owned(),
        reason: "test".to_owned(),
    });
    assert!(matches!(
        rx.recv_timeout(Duration::from_secs(5)).unwrap(),
        Event::Snapshot(_)
    ));
    services.shutdown();
    assert_eq!(
        recorder.0.lock().unwrap().as_slice(),
        ["https://mysignins.microsoft.com/security-info"]
    );
    assert_eq!(*wakes.lock().unwrap(), 4, "one repaint per event");
}

/// Defect 7 of issue 7: the data directory was 0755 and the database 0644, with full
/// phone numbers in job payloads. Now the folder is 0700 and every file of the store,
/// the `-wal`, `-shm` and moved-aside copies included, 0600, whatever the umask.
#[cfg(unix)]
#[test]
fn the_store_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let mut store = Store::open(&dir, ts("2026-11-22T10:00:00Z")).unwrap();
        store
            .mark(
                MethodKind::PhoneSms,
                Source::SelfAttested,
                ts("2026-11-22T10:00:00Z"),
            )
            .unwrap();
        assert_eq!(mode(&dir), 0o700);
        for suffix in ["", "-wal", "-shm"] {
            let f = dir.join(format!("{DB_FILE}{suffix}"));
            assert!(
                f.exists(),
                "{} should exist while the store is open",
                f.display()
            );
            assert_eq!(mode(&f), 0o600, "{}", f.display());
        }
    }
    // A damaged file moved aside stays private too.
    std::fs::write(dir.join(DB_FILE), b"garbage that is not sqlite").unwrap();
    std::fs::set_permissions(dir.join(DB_FILE), std::fs::Permissions::from_mode(0o644)).unwrap();
    let _store = Store::open(&dir, ts("2026-11-22T11:00:00Z")).unwrap();
    let copies = corrupt_copies(&dir);
    assert!(!copies.is_empty());
    for c in copies {
        assert_eq!(mode(&c), 0o600, "{}", c.display());
    }
    // A store made by an older version (0755 folder, 0644 file) is tightened on open.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    drop(_store);
    std::fs::set_permissions(dir.join(DB_FILE), std::fs::Permissions::from_mode(0o644)).unwrap();
    let _store = Store::open(&dir, ts("2026-11-22T12:00:00Z")).unwrap();
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join(DB_FILE)), 0o600);
}

/// `n` real processes marking a method (alternately a passkey and a security key) on
/// `data` at once, started together; the failures, each with its exit code and line.
fn mark_together(data: &std::path::Path, system: &std::path::Path, n: usize) -> Vec<String> {
    let children: Vec<_> = (0..n)
        .map(|i| {
            std::process::Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
                .arg("--data-dir")
                .arg(data)
                .args(["methods", "mark"])
                .arg(if i % 2 == 0 {
                    "passkey"
                } else {
                    "security_key"
                })
                .env("MFA_READY_NOW", "2026-12-01T09:00:00Z")
                .env("MFA_READY_SYSTEM_DIR", system)
                .env_remove("MFA_READY_POLICY")
                .env_remove("MFA_READY_DATA_DIR")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    children
        .into_iter()
        .filter_map(|child| {
            let out = child.wait_with_output().unwrap();
            (!out.status.success()).then(|| {
                format!(
                    "{:?}: {}",
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr).trim()
                )
            })
        })
        .collect()
}

/// Issue 13, item 8: at login the window, `remind` and a fleet timer may start together
/// on a new profile. 20 real processes marking a method on a new data directory at once,
/// 10 rounds: every one succeeds (before: 157 of 200 exited 2 with "table meta already
/// exists" or "duplicate column name: owner"), and the store ends at the current schema.
#[test]
fn twenty_processes_starting_together_on_a_new_data_directory_all_succeed() {
    let root = tempfile::tempdir().unwrap();
    let system = root.path().join("no-system-policy");
    std::fs::create_dir(&system).unwrap();
    let mut failures = Vec::new();
    for round in 0..10 {
        let data = root.path().join(format!("round-{round}"));
        failures.extend(
            mark_together(&data, &system, 20)
                .into_iter()
                .map(|f| format!("round {round}: {f}")),
        );
        let store = Store::open(&data, ts("2026-12-01T09:00:00Z")).unwrap();
        assert!(store.recovered().is_none(), "round {round}");
        assert_eq!(store.registrations().unwrap().len(), 2, "round {round}");
    }
    assert!(
        failures.is_empty(),
        "{} of 200 failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Issue 13, item 7: a data directory or database file that is a link is refused with a
/// sentence, and what it points at is never moved, chmod-ed or written; an open data
/// directory of the user's is tightened to 0700.
#[cfg(unix)]
#[test]
fn links_for_the_store_are_refused_and_an_open_data_directory_is_tightened() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;

    // A database file that is a link to a victim file (not SQLite, so the old code
    // "moved it aside" and chmod-ed the victim).
    let data = root.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let victim = root.path().join("victim.txt");
    std::fs::write(&victim, "someone's notes").unwrap();
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::os::unix::fs::symlink(&victim, data.join(DB_FILE)).unwrap();
    let err = Store::open(&data, ts("2026-12-01T09:00:00Z"))
        .err()
        .expect("refused");
    assert!(
        err.to_string().contains("is a link to another place"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "someone's notes");
    assert_eq!(mode(&victim), 0o644);
    assert!(corrupt_copies(&data).is_empty());

    // The data directory itself a link.
    let real = root.path().join("real");
    std::fs::create_dir(&real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o755)).unwrap();
    let linked = root.path().join("linked");
    std::os::unix::fs::symlink(&real, &linked).unwrap();
    let err = Store::open(&linked, ts("2026-12-01T09:00:00Z"))
        .err()
        .expect("refused");
    assert!(
        err.to_string().contains("is a link to another place"),
        "{err}"
    );
    assert_eq!(mode(&real), 0o755);
    assert!(std::fs::read_dir(&real).unwrap().next().is_none());

    // A 0777 data directory of the user's is made 0700.
    let open = root.path().join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    Store::open(&open, ts("2026-12-01T09:00:00Z")).unwrap();
    assert_eq!(mode(&open), 0o700);
}

/// Issue 16: the 5 → 6 migration (each check's facts, `probe_results.says`), and issue
/// 18's 6 → 7 (the way each check went, `probe_results.route`), run by 12 real processes
/// at once on a version-5 database with history: every process succeeds, the old rows
/// keep their English sentence (with no facts, which the window reads as that sentence),
/// and new rows keep their facts and their way.
#[test]
fn twelve_processes_upgrading_a_version_5_database_together_keep_its_history() {
    use mfa_ready::services::store::{ProbeRow, SCHEMA_VERSION};
    use mfa_ready_core::fault::{Explanation, Outcome, Place};
    let root = tempfile::tempdir().unwrap();
    let system = root.path().join("no-system-policy");
    std::fs::create_dir(&system).unwrap();
    let data = root.path().join("data");
    let row = |says: Option<Explanation>| {
        ProbeRow {
        at: ts("2026-12-01T08:00:00Z"),
        portal: "My Sign-Ins".into(),
        url: "https://mysignins.microsoft.com/".into(),
        outcome: Some(Outcome::GatewayTimeout),
        http_status: Some(504),
        dns_ms: Some(3.0),
        connect_ms: Some(10.0),
        tls_ms: Some(20.0),
        first_byte_ms: Some(30000.0),
        total_ms: Some(30033.0),
        timed_out_phase: None,
        request_id: None,
        explanation: "My Sign-Ins is answering 504 Gateway Timeout: the service is failing, not your connection.".into(),
        says,
        technical: "status 504".into(),
        route: None,
    }
    };
    {
        let mut s = Store::open(&data, ts("2026-12-01T08:00:00Z")).unwrap();
        s.insert_probe_results(&[row(None)]).unwrap();
    }
    {
        // Back to version 5 as it shipped: none of the facts columns.
        let conn = rusqlite::Connection::open(data.join(DB_FILE)).unwrap();
        conn.execute_batch(
            "ALTER TABLE probe_results DROP COLUMN says;
             ALTER TABLE probe_results DROP COLUMN route;
             ALTER TABLE jobs DROP COLUMN outcome_facts;
             ALTER TABLE job_history DROP COLUMN facts;
             PRAGMA user_version = 5;",
        )
        .unwrap();
    }
    let failures = mark_together(&data, &system, 12);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let version: i64 = rusqlite::Connection::open(data.join(DB_FILE))
        .unwrap()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, 7);
    let mut s = Store::open(&data, ts("2026-12-01T09:00:00Z")).unwrap();
    assert!(s.recovered().is_none());
    assert_eq!(s.registrations().unwrap().len(), 2);
    let history = s.probe_history(ts("2026-11-01T00:00:00Z")).unwrap();
    assert_eq!(history, vec![row(None)]);
    let says = Explanation::GatewayTimeout {
        at: Place::portal("My Sign-Ins"),
    };
    let route = mfa_ready_core::proxy::Route::through(
        "proxy.contoso.com:8080",
        mfa_ready_core::proxy::ChosenBy::SystemPac,
    );
    let new = ProbeRow {
        at: ts("2026-12-01T09:00:00Z"),
        route: Some(route.clone()),
        ..row(Some(says.clone()))
    };
    s.insert_probe_results(std::slice::from_ref(&new)).unwrap();
    let history = s.probe_history(ts("2026-11-01T00:00:00Z")).unwrap();
    assert_eq!(history, vec![row(None), new]);
    assert_eq!(history[1].says, Some(says));
    assert_eq!(history[1].route, Some(route));
}
