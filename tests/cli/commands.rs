//! The headless CLI on the built binary: exit codes, JSON contract, MFA_READY_NOW.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

/// The shared Contoso fixture plus a 14-day personal deadline for new users.
fn policy() -> String {
    include_str!("../fixtures/contoso-policy.toml")
        .replace("min_methods = 2\n", "new_user_days = 14\nmin_methods = 2\n")
}

struct Env {
    dir: tempfile::TempDir,
    policy: PathBuf,
    data: PathBuf,
}

impl Env {
    fn new() -> Self {
        Self::with_policy(&policy())
    }

    fn with_policy(text: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let policy = dir.path().join("policy.toml");
        std::fs::write(&policy, text).unwrap();
        let data = dir.path().join("data");
        Self { dir, policy, data }
    }

    fn cmd(&self, now: &str) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_mfa-ready"));
        // Not this machine's Bluetooth or security key: the verdict and the next step
        // must not depend on what is plugged in where the tests run.
        c.env("MFA_READY_DEVICE_ROOT", "/nonexistent/mfa-ready-device")
            .env(
                "MFA_READY_DEVICE_BUS",
                "unix:path=/nonexistent/mfa-ready-bus",
            );
        c.arg("--policy")
            .arg(&self.policy)
            .arg("--data-dir")
            .arg(&self.data)
            .env("MFA_READY_NOW", now)
            // English unless a test asks for another language.
            .env("LC_ALL", "C")
            .env_remove("MFA_READY_POLICY")
            .env_remove("MFA_READY_DATA_DIR")
            .env_remove("RUST_LOG");
        c
    }

    fn run(&self, now: &str, args: &[&str]) -> Output {
        self.cmd(now).args(args).output().unwrap()
    }

    fn db(&self) -> PathBuf {
        self.data.join("mfa-ready.sqlite3")
    }
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)))
}

const EARLY: &str = "2026-12-01T09:00:00Z";

#[test]
fn status_json_has_the_contract_fields_and_exit_1_when_not_ready() {
    let env = Env::new();
    let out = env.run(EARLY, &["status", "--json"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let v = json(&out);
    for key in [
        "verdict",
        "deadline",
        "urgency",
        "methods",
        "gaps",
        "next_step",
        "policy",
    ] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    assert_eq!(v["verdict"], "not_ready");
    // The personal deadline (first run + 14 days) is earlier than the org's.
    assert_eq!(v["deadline"], "2026-12-15T09:00:00Z");
    assert_eq!(v["deadline_source"], "personal");
    // Exactly 14 days left: the low band is 7 to 14 days inclusive.
    assert_eq!(v["urgency"], "low");
    assert_eq!(v["methods"], serde_json::json!([]));
    assert_eq!(v["gaps"][0]["kind"], "too_few_methods");
    assert!(
        v["gaps"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Contoso requires 2")
    );
    assert!(v["next_step"]["method"].as_str().is_some());
    assert_eq!(v["policy"]["source"], "flag");
    assert_eq!(v["policy"]["organization"], "Contoso");
    assert_eq!(v["policy"]["path"], env.policy.display().to_string());
    assert_eq!(v["first_run"], "2026-12-01T09:00:00Z");
}

#[test]
fn marking_two_methods_on_two_devices_makes_status_exit_0() {
    let env = Env::new();
    let out = env.run(EARLY, &["methods", "mark", "security_key"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "security_key: marked as set up\n"
    );
    let out = env.run(EARLY, &["methods", "mark", "authenticator_app"]);
    assert_eq!(code(&out), 0);

    let out = env.run(EARLY, &["status", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["verdict"], "ready");
    assert_eq!(v["next_step"], Value::Null);
    let methods = v["methods"].as_array().unwrap();
    assert_eq!(methods.len(), 2);
    let m = &methods[0];
    assert_eq!(m["kind"], "security_key");
    assert_eq!(m["tier"], "phishing_resistant");
    assert_eq!(m["device"], "hardware_key");
    assert_eq!(m["source"], "self_attested");
    assert_eq!(m["registered_at"], "2026-12-01T09:00:00Z");

    let text = env.run(EARLY, &["status"]);
    assert_eq!(code(&text), 0);
    assert!(String::from_utf8_lossy(&text.stdout).starts_with("Contoso: READY\n"));
    // Ready after the deadline: met, not "overdue by 4 days".
    let text = env.run("2026-12-20T09:00:00Z", &["status"]);
    let said = String::from_utf8_lossy(&text.stdout).into_owned();
    assert!(said.contains("met: you are ready"), "{said}");
    assert!(!said.contains("overdue"), "{said}");

    let out = env.run(EARLY, &["methods", "unmark", "security_key"]);
    assert_eq!(code(&out), 0);
    assert_eq!(code(&env.run(EARLY, &["status"])), 1);
}

#[test]
fn mfa_ready_now_moves_the_clock_through_urgency_to_overdue() {
    let env = Env::with_policy(include_str!("../fixtures/contoso-policy.toml"));
    env.run(EARLY, &["methods", "mark", "authenticator_app"]);
    let at = |now: &str| json(&env.run(now, &["status", "--json"]));
    assert_eq!(at("2026-11-20T00:00:00Z")["urgency"], "none");
    assert_eq!(at("2026-12-05T00:00:00Z")["urgency"], "low");
    assert_eq!(at("2026-12-10T00:00:00Z")["urgency"], "medium");
    let v = at("2026-12-14T00:00:00Z");
    assert_eq!(v["urgency"], "high");
    assert_eq!(v["verdict"], "not_ready");
    assert_eq!(v["time_left_seconds"], 40 * 3600);
    let out = env.run("2026-12-16T00:00:00Z", &["status", "--json"]);
    assert_eq!(code(&out), 1);
    let v = json(&out);
    assert_eq!(v["verdict"], "overdue");
    assert_eq!(v["urgency"], "passed");
    assert!(v["time_left_seconds"].as_i64().unwrap() < 0);
}

#[test]
fn a_bad_clock_is_one_line_exit_2_and_nothing_written() {
    let env = Env::new();
    let out = env.run("next tuesday", &["methods", "mark", "passkey"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("mfa-ready: MFA_READY_NOW: \"next tuesday\""),
        "{err}"
    );
    assert!(!env.db().exists(), "nothing may be written");
}

/// Issue 13, item 13: a clock the parser accepts but the date arithmetic cannot use
/// made `report` panic (exit 101). Every command says so in one sentence, exit 2.
#[test]
fn a_clock_at_the_ends_of_time_is_one_sentence_and_exit_2_for_every_command() {
    // Without a deadline, `report` reached the look-back and panicked; with one, the
    // policy check used to stop first (with a sentence about the deadline's year).
    for env in [
        Env::with_policy("schema = 1\norganization = \"Contoso\"\n"),
        Env::new(),
    ] {
        every_command_refuses_the_ends_of_time(&env);
    }
}

fn every_command_refuses_the_ends_of_time(env: &Env) {
    let ics = env.dir.path().join("d.ics");
    let commands: [&[&str]; 9] = [
        &["report"],
        &["report", "--format", "md"],
        &["status", "--json"],
        &["check"],
        &["methods"],
        &["remind"],
        &["calendar", "--out", ics.to_str().unwrap()],
        &["queue", "list"],
        &["enroll", "phone", "--number", "+1 206 555 0100"],
    ];
    for now in [
        "-009999-01-10T00:00:00Z",
        "9999-12-30T00:00:00Z",
        "0001-01-01T00:00:00Z",
    ] {
        for args in commands {
            let out = env.run(now, args);
            let err = stderr(&out);
            assert_eq!(code(&out), 2, "{now} {args:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{now} {args:?}: {err}");
            assert!(
                err.contains("is not a time MFA Ready can use"),
                "{now} {args:?}: {err}"
            );
        }
    }
    assert!(!env.db().exists(), "nothing may be written");
}

/// Issue 13, item 14: what a person typed is echoed without terminal escapes and
/// capped, for the clock and for a phone number.
#[test]
fn escapes_and_huge_values_are_not_echoed_raw() {
    let env = Env::new();
    let evil = format!("\x1b]0;owned\x07\x1b[2J\x1b[31m{}", "7".repeat(100_000));
    let out = env.run(&evil, &["status"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
    assert!(err.len() < 1000, "{} bytes echoed", err.len());
    let out = env.run(
        "2026-12-10T09:00:00Z",
        &["enroll", "phone", "--number", &evil],
    );
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(err.contains("is not a phone number"), "{err:?}");
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
    assert!(err.len() < 1000, "{} bytes echoed", err.len());
}

#[test]
fn an_unknown_method_is_one_line_exit_2_and_nothing_written() {
    let env = Env::new();
    let out = env.run(EARLY, &["methods", "mark", "sms"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("mfa-ready: unknown method \"sms\"; known methods: "),
        "{err}"
    );
    assert!(err.contains("phone_sms"));
    assert!(!env.db().exists(), "nothing may be written");
}

#[test]
fn an_unwritable_data_dir_is_one_line_exit_2() {
    let env = Env::new();
    let blocker = env.dir.path().join("not-a-dir");
    std::fs::write(&blocker, b"x").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
        .args(["--policy", env.policy.to_str().unwrap(), "--data-dir"])
        .arg(blocker.join("data"))
        .args(["methods", "mark", "passkey"])
        .env("MFA_READY_NOW", EARLY)
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("mfa-ready: cannot create data directory"),
        "{err}"
    );
}

#[test]
fn policy_check_valid_and_invalid() {
    let env = Env::new();
    let out = env.run(EARLY, &["policy", "check", env.policy.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("valid (Contoso, provider entra"));

    let bad = env.dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        policy()
            .replace("min_methods = 2", "min_methods = 0")
            .replace("\"phone_sms\"", "\"sms\""),
    )
    .unwrap();
    let out = env.run(EARLY, &["policy", "check", bad.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let b = bad.display();
    assert!(
        err.contains(&format!(
            "{b}:9:15: enrollment.min_methods: must be at least 1"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("{b}:11:")), "{err}");
    assert!(
        err.contains("enrollment.allowed_methods[4]: unknown method \"sms\""),
        "{err}"
    );

    let out = env.run(EARLY, &["policy", "check", "/nonexistent/policy.toml"]);
    assert_eq!(code(&out), 2);
}

/// Root certificates the policy names must be usable, or every https check on the
/// fleet would fail with "could not be set up": `policy check` says which and why.
#[test]
fn policy_check_reads_the_extra_root_certificates() {
    let env = Env::new();
    let dir = env.dir.path();
    let ca = rcgen::CertificateParams::new(Vec::<String>::new())
        .unwrap()
        .self_signed(&rcgen::KeyPair::generate().unwrap())
        .unwrap();
    std::fs::write(dir.join("inspection-ca.pem"), ca.pem()).unwrap();
    std::fs::write(dir.join("not-a-cert.pem"), "schema = 1\n").unwrap();
    let with_roots = |roots: &str| {
        let p = dir.join("roots.toml");
        std::fs::write(
            &p,
            policy().replacen("\n", &format!("\nextra_root_certs = [{roots}]\n"), 1),
        )
        .unwrap();
        p
    };
    // Relative to the policy's folder, as the app reads them.
    let good = with_roots("\"inspection-ca.pem\"");
    let out = env.run(EARLY, &["policy", "check", good.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let bad = with_roots("\"missing.pem\", \"not-a-cert.pem\"");
    let out = env.run(EARLY, &["policy", "check", bad.to_str().unwrap()]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert!(
        err.contains("roots.toml: extra_root_certs: cannot read extra root")
            && err.contains("missing.pem"),
        "{err}"
    );
    assert!(
        err.contains("no certificate in") && err.contains("not-a-cert.pem"),
        "{err}"
    );
}

#[test]
fn status_with_a_bad_policy_exits_2_and_writes_nothing() {
    let env = Env::with_policy(&policy().replace("schema = 1", "schema = 7"));
    let out = env.run(EARLY, &["status", "--json"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("policy.toml:1:10: schema: unsupported schema 7"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
    assert!(!env.db().exists());
}

#[test]
fn policy_show_names_its_source() {
    let env = Env::new();
    let out = env.run(EARLY, &["policy", "show", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["source"], "flag");
    assert_eq!(v["policy"]["organization"], "Contoso");
    assert_eq!(v["policy"]["enrollment"]["min_phishing_resistant"], 1);
    assert_eq!(
        v["policy"]["enrollment"]["deadline"],
        "2026-12-15T16:00:00Z"
    );

    // From the environment instead of the flag.
    let out = Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
        .args(["policy", "show", "--json"])
        .env("MFA_READY_POLICY", &env.policy)
        .output()
        .unwrap();
    assert_eq!(json(&out)["source"], "env");

    let text = env.run(EARLY, &["policy", "show"]);
    let s = String::from_utf8_lossy(&text.stdout);
    assert!(s.contains("(given with --policy)"), "{s}");
    assert!(s.contains("Contoso Service Desk"), "{s}");
}

#[test]
fn methods_json_lists_the_catalogue_for_this_policy() {
    let env = Env::new();
    env.run(EARLY, &["methods", "mark", "phone_voice"]);
    let out = env.run(EARLY, &["methods", "--json"]);
    assert_eq!(code(&out), 0);
    let v = json(&out);
    let methods = v["methods"].as_array().unwrap();
    let ids: Vec<&str> = methods
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "passkey",
            "security_key",
            "windows_hello",
            "authenticator_app",
            "software_oath",
            "phone_sms",
            "phone_voice"
        ]
    );
    let voice = methods.iter().find(|m| m["kind"] == "phone_voice").unwrap();
    assert_eq!(voice["allowed"], false);
    assert_eq!(voice["registered"], true);
    let key = methods
        .iter()
        .find(|m| m["kind"] == "security_key")
        .unwrap();
    assert_eq!(key["registered"], false);
    assert_eq!(
        key["setup_link"],
        "https://mysignins.microsoft.com/security-info?tenant=contoso.onmicrosoft.com"
    );
    assert!(key["steps"].as_array().unwrap().len() >= 3);
}

#[test]
fn concurrent_cli_writers_do_not_corrupt_or_fail() {
    let env = Env::new();
    assert_eq!(code(&env.run(EARLY, &["status"])), 1);
    let spawn = |kind: &'static str, env: &Env| {
        let policy: PathBuf = env.policy.clone();
        let data: PathBuf = env.data.clone();
        std::thread::spawn(move || {
            let mut codes = Vec::new();
            for i in 0..8 {
                let action = if i % 2 == 0 { "mark" } else { "unmark" };
                let out = Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
                    .arg("--policy")
                    .arg(&policy)
                    .arg("--data-dir")
                    .arg(&data)
                    .args(["methods", action, kind])
                    .output()
                    .unwrap();
                codes.push((code(&out), stderr(&out)));
            }
            codes
        })
    };
    let a = spawn("passkey", &env);
    let b = spawn("security_key", &env);
    for (c, err) in a.join().unwrap().into_iter().chain(b.join().unwrap()) {
        assert_eq!(c, 0, "{err}");
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM events WHERE kind LIKE 'method_%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 16);
}

#[test]
fn help_lists_the_commands() {
    let out = Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(code(&out), 0);
    let s = String::from_utf8_lossy(&out.stdout);
    for cmd in ["status", "methods", "policy"] {
        assert!(s.contains(cmd), "{s}");
    }
    // A usage error is exit 2 too.
    let out = Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
        .arg("frobnicate")
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
}

/// The `status --json` example in README.md is the contract IT's scripts read: every
/// field it shows, at every level, must be in the real output with the same JSON type
/// (or null where the example has a value and this state has none, and vice versa).
#[test]
fn status_json_has_every_field_the_readme_promises() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("`status --json`")
        .and_then(|i| readme[i..].find("```json").map(|j| i + j + "```json".len()))
        .expect("README shows a status --json example");
    let end = start + readme[start..].find("```").unwrap();
    let promised: Value = serde_json::from_str(&readme[start..end])
        .unwrap_or_else(|e| panic!("README's status --json example is not JSON: {e}"));

    // A state where every optional part is present: one method marked, a next step,
    // a gap, a deadline and a helpdesk.
    let env = Env::new();
    assert_eq!(
        code(&env.run(EARLY, &["methods", "mark", "authenticator_app"])),
        0
    );
    let out = env.run(EARLY, &["status", "--json"]);
    let actual = json(&out);

    fn compare(path: &str, promised: &Value, actual: &Value, missing: &mut Vec<String>) {
        match (promised, actual) {
            (Value::Object(p), Value::Object(a)) => {
                for (k, pv) in p {
                    match a.get(k) {
                        None => missing.push(format!("{path}.{k} is missing")),
                        Some(av) => compare(&format!("{path}.{k}"), pv, av, missing),
                    }
                }
            }
            (Value::Array(p), Value::Array(a)) => {
                if let (Some(pv), Some(av)) = (p.first(), a.first()) {
                    compare(&format!("{path}[0]"), pv, av, missing);
                } else if !p.is_empty() {
                    missing.push(format!(
                        "{path} is empty in this state; test needs an element"
                    ));
                }
            }
            (Value::Null, _) | (_, Value::Null) => {}
            (p, a) if std::mem::discriminant(p) == std::mem::discriminant(a) => {}
            (p, a) => missing.push(format!("{path}: README shows {p}, output has {a}")),
        }
    }
    let mut missing = Vec::new();
    compare("$", &promised, &actual, &mut missing);
    assert!(missing.is_empty(), "{}\n{actual:#}", missing.join("\n"));
    // Spot-check values, not only shapes.
    assert_eq!(actual["methods"][0]["kind"], "authenticator_app");
    assert_eq!(actual["methods"][0]["counts"], true);
    assert_eq!(actual["counted"], 1);
    assert_eq!(actual["required"], 2);
    assert_eq!(actual["checked_at"], EARLY);
    assert_eq!(actual["helpdesk"]["name"], "Contoso Service Desk");
    assert!(actual["time_left_seconds"].as_i64().unwrap() > 0);
}

/// Issue 16: the language of people's output follows LC_ALL / LC_MESSAGES / LANG; what
/// scripts read never does. `status --json`, `check --json`, `methods --json`,
/// `policy show --json` and `queue list --json` are byte for byte the same, with the same
/// exit code, in every language.
#[test]
fn json_and_exit_codes_are_the_same_in_every_language() {
    let env = Env::new();
    assert_eq!(code(&env.run(EARLY, &["methods", "mark", "passkey"])), 0);
    seed_jobs(&env.data);
    for args in [
        &["status", "--json"][..],
        &["check", "--json"],
        &["methods", "--json"],
        &["policy", "show", "--json"],
        &["queue", "list", "--json"],
    ] {
        let mut seen: Vec<(String, Output)> = Vec::new();
        for lang in [
            "C",
            "de_DE.UTF-8",
            "fr_FR.UTF-8",
            "es_ES.UTF-8",
            "ja_JP.UTF-8",
            "en-XA",
        ] {
            let out = in_language(&env, lang, args);
            if let Some((first_lang, first)) = seen.first() {
                assert_eq!(
                    out.stdout, first.stdout,
                    "{args:?}: {lang} differs from {first_lang}"
                );
                assert_eq!(code(&out), code(first), "{args:?} {lang}");
            } else {
                json(&out);
            }
            seen.push((lang.to_owned(), out));
        }
    }
}

/// The command run with `LANG=lang` (and no LC_ALL / LC_MESSAGES).
fn in_language(env: &Env, lang: &str, args: &[&str]) -> Output {
    env.cmd(EARLY)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .unwrap()
}

/// Three jobs as the queue leaves them: one waiting after a 504, one that gave up on a
/// 400, one that added a phone.
fn seed_jobs(data: &std::path::Path) {
    use mfa_ready::services::queue::{Lease, Transition};
    use mfa_ready::services::store::Store;
    use mfa_ready_core::queue::{ErrorClass, GiveUp, JobError, JobKind, Note, Payload, PhoneType};
    let t = |s: &str| s.parse::<jiff::Timestamp>().unwrap();
    let mut s = Store::open(data, t(EARLY)).unwrap();
    let phone = Payload::RegisterPhone {
        phone_number: "+1 206 555 0100".into(),
        phone_type: PhoneType::Mobile,
    };
    let lease = Lease {
        owner: "me",
        until: t("2026-12-01T09:00:30Z"),
    };
    let mut error = JobError::new(ErrorClass::Http, Some(504), "Gateway Timeout");
    error.request_id = Some("req-1".into());
    let bad = JobError::new(ErrorClass::Http, Some(400), "Invalid phone number");
    let endings = [
        Transition::Retry {
            at: t("2026-12-01T09:01:40Z"),
            error,
            needs_check: false,
        },
        Transition::Fail {
            give_up: GiveUp::refused(JobKind::RegisterPhone, &bad, Some("Contoso Service Desk")),
            error: bad,
        },
        Transition::Succeed {
            note: Note::phone_added("+1 206 555 0100"),
        },
    ];
    for ending in endings {
        let job = s
            .queue_mut()
            .enqueue(&phone, "graph.microsoft.com", t(EARLY))
            .unwrap();
        assert!(s.queue_mut().claim(job.id, &lease, t(EARLY)).unwrap());
        assert!(
            s.queue_mut()
                .finish(job.id, "me", &ending, &[], t(EARLY))
                .unwrap()
        );
    }
}

/// The command's stdout with `LANG=lang`, after checking it exited 0.
fn said(env: &Env, lang: &str, args: &[&str]) -> String {
    let out = in_language(env, lang, args);
    assert_eq!(code(&out), 0, "{lang} {args:?}: {}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// Issue 16: `queue list` speaks the command line's language, the number masked; in
/// English it says what `--json`'s `sentence` keeps.
#[test]
fn queue_list_speaks_the_command_lines_language() {
    let env = Env::new();
    seed_jobs(&env.data);
    let said = |lang: &str, args: &[&str]| said(&env, lang, args);
    let english = said("C", &["queue", "list"]);
    for job in json(&env.run(EARLY, &["queue", "list", "--json"]))["jobs"]
        .as_array()
        .unwrap()
    {
        let sentence = job["sentence"].as_str().unwrap();
        assert!(english.contains(sentence), "{sentence} not in\n{english}");
    }
    assert!(
        english.contains("the service timed out, next try in 1 min 40 s, attempt 2"),
        "{english}"
    );
    let german = said("de_DE.UTF-8", &["queue", "list"]);
    for part in [
        "Wartet",
        "Ihr Telefon +1 206 ••• 0100 wird hinzugefügt: der Dienst hat nicht rechtzeitig \
         geantwortet, nächster Versuch in 1 Min. 40 Sek., Versuch 2",
        "Der Dienst hat diese Telefonnummer nicht angenommen (Invalid phone number). Prüfen Sie \
         die Nummer und versuchen Sie es erneut, oder wenden Sie sich an Ihren Helpdesk \
         (Contoso Service Desk).",
        "Ihr Telefon +1 206 ••• 0100 wurde hinzugefügt",
    ] {
        assert!(german.contains(part), "missing {part:?} in:\n{german}");
    }
    assert!(!german.contains("Adding your phone"), "{german}");
    let japanese = said("ja_JP.UTF-8", &["queue", "list"]);
    assert!(
        japanese.contains("電話 +1 206 ••• 0100 を追加しています："),
        "{japanese}"
    );
    assert!(!japanese.contains("555 0100"), "masked: {japanese}");
}

/// Issue 16: `methods`, `policy show` and `check` speak the command line's language; the
/// English `policy show` keeps its columns.
#[test]
fn methods_policy_show_and_check_speak_the_command_lines_language() {
    let env = Env::new();
    let said = |lang: &str, args: &[&str]| said(&env, lang, args);
    let methods = said("de_DE.UTF-8", &["methods"]);
    assert!(methods.contains("Sicherheitsschlüssel"), "{methods}");
    assert!(methods.contains("nicht eingerichtet"), "{methods}");
    let policy = said("de_DE.UTF-8", &["policy", "show"]);
    assert!(
        policy
            .lines()
            .any(|l| l.starts_with("Organisation:") && l.ends_with(" Contoso")),
        "{policy}"
    );
    assert!(policy.contains("(mit --policy angegeben)"), "{policy}");
    let check = in_language(&env, "fr_FR.UTF-8", &["check"]);
    let check = String::from_utf8(check.stdout).unwrap();
    assert!(
        check.starts_with("Pas encore prêt\u{a0}: ajoutez "),
        "{check}"
    );
    let english = said("C", &["policy", "show"]);
    assert!(english.starts_with("Policy:        "), "{english}");
    assert!(english.contains("\nOrganization:  Contoso\n"), "{english}");
}
