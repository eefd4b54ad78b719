//! Signed policies and the fleet check on the built binary: `policy keygen`,
//! `policy sign`, `policy verify`; a system folder with `trusted_keys` and a signed
//! `policy.toml` (the debug-build hook `MFA_READY_SYSTEM_DIR` stands for /etc/mfa-ready);
//! every refusal exits 2 naming the file and why; `check` exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const POLICY: &str = include_str!("../fixtures/contoso-policy.toml");
const EARLY: &str = "2026-12-01T09:00:00Z";
const LATE: &str = "2026-12-20T09:00:00Z";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        let env = Self {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir_all(env.system()).unwrap();
        env
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Stands for /etc/mfa-ready.
    fn system(&self) -> PathBuf {
        self.path("etc-mfa-ready")
    }

    fn cmd(&self, now: &str) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_mfa-ready"));
        c.arg("--data-dir")
            .arg(self.path("data"))
            .env("MFA_READY_NOW", now)
            .env("MFA_READY_SYSTEM_DIR", self.system())
            .env_remove("MFA_READY_POLICY")
            .env_remove("MFA_READY_DATA_DIR")
            .env_remove("MFA_READY_KEY_PASSWORD")
            .env_remove("RUST_LOG");
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(EARLY).args(args).output().unwrap()
    }

    /// `policy keygen --unencrypted` into `name`; returns the key folder.
    fn keygen(&self, name: &str) -> PathBuf {
        let out = self.path(name);
        let o = self.run(&[
            "policy",
            "keygen",
            "--unencrypted",
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        out
    }

    fn sign(&self, keys: &Path, policy: &Path) {
        let o = self.run(&[
            "policy",
            "sign",
            "--signer",
            "Contoso IT",
            "--key",
            keys.join("mfa-ready.key").to_str().unwrap(),
            policy.to_str().unwrap(),
        ]);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
    }

    /// Trusts `keys` system-wide (a root-only-writable file: 0644 in a 0755 folder).
    fn trust(&self, keys: &Path) {
        let pubfile = std::fs::read_to_string(keys.join("mfa-ready.pub")).unwrap();
        let path = self.system().join("trusted_keys");
        std::fs::write(&path, format!("# Contoso IT\n{pubfile}")).unwrap();
        set_mode(&path, 0o644);
        set_mode(&self.system(), 0o755);
    }

    /// A signed system policy.
    fn system_policy(&self, keys: &Path) -> PathBuf {
        let p = self.system().join("policy.toml");
        std::fs::write(&p, POLICY).unwrap();
        self.sign(keys, &p);
        p
    }
}

#[cfg(unix)]
fn set_mode(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_p: &Path, _mode: u32) {}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", stdout(o), stderr(o)))
}

/// Without a terminal (a script, a CI job) and without MFA_READY_KEY_PASSWORD, the
/// password cannot be asked: the error says what to set instead of only the OS's
/// "No such device or address". `setsid` takes the controlling terminal away, so the
/// test never waits on a prompt when run from one.
#[cfg(target_os = "linux")]
#[test]
fn keygen_without_a_terminal_or_password_says_what_to_set() {
    let env = Env::new();
    let out = env.path("keys");
    let o = Command::new("setsid")
        .arg(env!("CARGO_BIN_EXE_mfa-ready"))
        .args(["policy", "keygen", "--out", out.to_str().unwrap()])
        .env_remove("MFA_READY_KEY_PASSWORD")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("set MFA_READY_KEY_PASSWORD for scripts"),
        "{err}"
    );
    assert!(!out.join("mfa-ready.key").exists(), "no half-made key");
}

#[test]
fn keygen_sign_verify_round_trip_with_a_password_from_the_environment() {
    let env = Env::new();
    let keys = env.path("keys");
    let o = env
        .cmd(EARLY)
        .env("MFA_READY_KEY_PASSWORD", "correct horse battery staple")
        .args(["policy", "keygen", "--out", keys.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let secret = std::fs::read_to_string(keys.join("mfa-ready.key")).unwrap();
    assert!(
        !stdout(&o).contains(secret.lines().nth(1).unwrap()),
        "secret key printed"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(keys.join("mfa-ready.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let policy = env.path("policy.toml");
    std::fs::write(&policy, POLICY).unwrap();
    let sign = |password: &str| {
        env.cmd(EARLY)
            .env("MFA_READY_KEY_PASSWORD", password)
            .args(["policy", "sign", "--signer", "Contoso IT", "--key"])
            .arg(keys.join("mfa-ready.key"))
            .arg(&policy)
            .output()
            .unwrap()
    };
    let o = sign("wrong");
    assert_eq!(code(&o), 2);
    assert!(!env.path("policy.toml.minisig").exists());
    let o = sign("correct horse battery staple");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let sig = std::fs::read_to_string(env.path("policy.toml.minisig")).unwrap();
    assert!(
        sig.contains(
            "trusted comment: signer: Contoso IT; signed: 2026-12-01T09:00:00Z; file: policy.toml"
        ),
        "{sig}"
    );
    let o = env.run(&[
        "policy",
        "verify",
        policy.to_str().unwrap(),
        "--pubkey",
        keys.join("mfa-ready.pub").to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("signature valid"), "{}", stdout(&o));

    // Without --pubkey: this device's trusted keys (none yet, then the system file).
    let o = env.run(&["policy", "verify", policy.to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("no trusted keys on this device"),
        "{}",
        stderr(&o)
    );
    env.trust(&keys);
    let o = env.run(&["policy", "verify", policy.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));

    // keygen never replaces a key.
    let o = env.run(&[
        "policy",
        "keygen",
        "--unencrypted",
        "--out",
        keys.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("already exists; not overwritten"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(keys.join("mfa-ready.key")).unwrap(),
        secret
    );
}

#[test]
fn a_signed_system_policy_shows_its_signer_everywhere() {
    let env = Env::new();
    let keys = env.keygen("keys");
    env.trust(&keys);
    env.system_policy(&keys);
    let o = env.run(&["status", "--json"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["policy"]["source"], "system");
    assert_eq!(v["policy"]["signed"], true);
    let signer = v["policy"]["signer"].as_str().unwrap();
    assert!(
        signer.starts_with("signer: Contoso IT; signed: 2026-12-01T09:00:00Z"),
        "{signer}"
    );
    let o = env.run(&["policy", "show"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Signature:     signed: signer: Contoso IT"),
        "{}",
        stdout(&o)
    );
    // The helpdesk report says so too (issue 8).
    let o = env.run(&["report", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["policy"]["signed"], true);
    assert_eq!(v["policy"]["source"], "system-wide");
    assert!(
        v["policy"]["signer"]
            .as_str()
            .is_some_and(|s| s.starts_with("signer: Contoso IT")),
        "{v}"
    );
}

#[test]
fn one_tampered_byte_is_refused_with_exit_2_and_the_reason() {
    let env = Env::new();
    let keys = env.keygen("keys");
    env.trust(&keys);
    let p = env.system_policy(&keys);
    std::fs::write(&p, POLICY.replace("min_methods = 2", "min_methods = 1")).unwrap();
    for args in [&["status", "--json"][..], &["check"], &["policy", "show"]] {
        let o = env.run(args);
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(
            stderr(&o).contains(&format!(
                "{}: refused: the signature does not match",
                p.display()
            )),
            "{}",
            stderr(&o)
        );
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn a_policy_signed_by_another_key_is_refused() {
    let env = Env::new();
    let trusted = env.keygen("trusted");
    let other = env.keygen("other");
    env.trust(&trusted);
    env.system_policy(&other);
    let o = env.run(&["status"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("which this device does not trust"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_missing_signature_is_refused_when_keys_exist() {
    let env = Env::new();
    let keys = env.keygen("keys");
    env.trust(&keys);
    let p = env.system().join("policy.toml");
    std::fs::write(&p, POLICY).unwrap();
    let o = env.run(&["status", "--json"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(
            "policy.toml.minisig is missing) and this device accepts signed policies only"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_user_level_policy_cannot_override_a_signed_system_policy() {
    let env = Env::new();
    let keys = env.keygen("keys");
    env.trust(&keys);
    let system = env.system_policy(&keys);
    // Even a validly signed user-level file is refused, by flag and by environment.
    let user = env.path("mine.toml");
    std::fs::write(&user, POLICY.replace("min_methods = 2", "min_methods = 1")).unwrap();
    env.sign(&keys, &user);
    let expect = format!(
        "{}: refused: a user-level policy cannot override the signed system policy {}",
        user.display(),
        system.display()
    );
    let o = env.run(&["--policy", user.to_str().unwrap(), "status"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains(&expect), "{}", stderr(&o));
    let o = env
        .cmd(EARLY)
        .env("MFA_READY_POLICY", &user)
        .args(["status"])
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains(&expect), "{}", stderr(&o));
}

#[test]
fn an_edited_trusted_comment_is_refused() {
    let env = Env::new();
    let keys = env.keygen("keys");
    env.trust(&keys);
    let p = env.system_policy(&keys);
    let sig = env.system().join("policy.toml.minisig");
    let text = std::fs::read_to_string(&sig).unwrap();
    std::fs::write(&sig, text.replace("signer: Contoso IT", "signer: The CEO")).unwrap();
    let o = env.run(&["status"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(&format!(
            "{}: refused: the signature does not match",
            p.display()
        )),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn a_world_writable_trusted_keys_file_is_ignored_with_a_warning() {
    let env = Env::new();
    let keys = env.keygen("keys");
    env.trust(&keys);
    set_mode(&env.system().join("trusted_keys"), 0o666);
    // An unsigned policy works as if no key were trusted, and the warning says why.
    let user = env.path("policy.toml");
    std::fs::write(&user, POLICY).unwrap();
    let o = env.run(&["--policy", user.to_str().unwrap(), "status", "--json"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "trusted_keys: ignored: group or others can write it (mode 0666; make it 0644)"
        ),
        "{}",
        stderr(&o)
    );
    let v = json(&o);
    assert_eq!(v["policy"]["signed"], false);
    assert_eq!(v["policy"]["signer"], Value::Null);
}

#[test]
fn without_trusted_keys_an_unsigned_policy_works_as_before() {
    let env = Env::new();
    let user = env.path("policy.toml");
    std::fs::write(&user, POLICY).unwrap();
    let o = env.run(&["--policy", user.to_str().unwrap(), "status", "--json"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["policy"]["signed"], false);
    assert_eq!(v["policy"]["signer"], Value::Null);
    let o = env.run(&["--policy", user.to_str().unwrap(), "policy", "show"]);
    assert!(
        stdout(&o).contains("Signature:     unsigned policy (no trusted keys on this device)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn check_exit_codes_ready_not_ready_overdue_and_broken() {
    let env = Env::new();
    let user = env.path("policy.toml");
    std::fs::write(&user, POLICY).unwrap();
    let p = user.to_str().unwrap();
    let run = |now: &str, args: &[&str]| {
        env.cmd(now)
            .arg("--policy")
            .arg(p)
            .args(args)
            .output()
            .unwrap()
    };

    let o = run(EARLY, &["check"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let line = stdout(&o);
    assert!(line.starts_with("Not ready: add a "), "{line}");
    assert!(line.contains(" by Tue 15 Dec"), "{line}");
    assert_eq!(line.lines().count(), 1, "{line}");

    assert_eq!(
        code(&run(EARLY, &["methods", "mark", "authenticator_app"])),
        0
    );
    let o = run(LATE, &["check"]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).starts_with("Overdue: add a "), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("(deadline was Tue 15 Dec)"),
        "{}",
        stdout(&o)
    );

    assert_eq!(code(&run(EARLY, &["methods", "mark", "security_key"])), 0);
    let o = run(EARLY, &["check"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "Ready: 2 methods, 1 phishing-resistant\n");

    let o = run(EARLY, &["check", "--json"]);
    assert_eq!(code(&o), 0);
    let v = json(&o);
    assert_eq!(v["verdict"], "ready");
    assert_eq!(v["queue"]["open_jobs"], 0);
    assert_eq!(v["last_probe"], Value::Null);
    assert_eq!(v["policy"]["signed"], false);

    std::fs::write(
        &user,
        "schema = 1\norganization = \"Contoso\"\n[enrollment]\nmin_methods = 0\n",
    )
    .unwrap();
    let o = run(EARLY, &["check"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("enrollment.min_methods: must be at least 1"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}
