//! `mfa-ready device`, `status` and `check` on a fake computer (issue 17): the built
//! binary reads `MFA_READY_DEVICE_ROOT` (made by `dist/fake-device.sh`, the same tree
//! the screenshots use), and the policy's `[device]` decides the verdict and the exit
//! code. The JSON is the same in every language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const NOW: &str = "2026-12-11T09:30:00Z";

struct Machine {
    dir: tempfile::TempDir,
    root: PathBuf,
    policy: PathBuf,
}

/// A fake Debian laptop (`ready` or `plain`) and a policy requiring `require`; the
/// user has two methods, one phishing-resistant, on two devices (ready but for the
/// computer).
fn machine(mode: &str, device: &str) -> Machine {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    let made = Command::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("dist/fake-device.sh"))
        .arg(&root)
        .arg(mode)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let policy = dir.path().join("policy.toml");
    let text = include_str!("../fixtures/contoso-policy.toml")
        .replace("[helpdesk]", &format!("{device}\n\n[helpdesk]"));
    std::fs::write(&policy, text).unwrap();
    let m = Machine { dir, root, policy };
    for kind in ["authenticator_app", "security_key"] {
        let o = m.run(&["methods", "mark", kind], "C");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    m
}

impl Machine {
    fn run(&self, args: &[&str], lang: &str) -> Output {
        Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
            .arg("--policy")
            .arg(&self.policy)
            .arg("--data-dir")
            .arg(self.dir.path().join("data"))
            .args(args)
            .env("MFA_READY_NOW", NOW)
            .env("MFA_READY_DEVICE_ROOT", &self.root)
            // No bus to ask BlueZ on: Bluetooth stays what the tree says.
            .env("MFA_READY_DEVICE_BUS", "unix:path=/nonexistent")
            .env("XDG_CURRENT_DESKTOP", "GNOME")
            .env("LC_ALL", lang)
            .env_remove("MFA_READY_POLICY")
            .env_remove("MFA_READY_DATA_DIR")
            .output()
            .unwrap()
    }

    fn json(&self, args: &[&str]) -> (i32, Value) {
        let o = self.run(args, "C");
        let v = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stdout)));
        (o.status.code().unwrap(), v)
    }
}

const ALL: &str = "[device]\nrequire = [\"os_supported\", \"disk_encryption\", \"screen_lock\", \"firewall\", \"secure_boot\"]\nmin_os = { debian = \"12\", ubuntu = \"22.04\" }";

fn status_of<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap()
}

#[test]
fn a_computer_that_meets_every_requirement_passes_and_says_what_was_read() {
    let m = machine("ready", ALL);
    let (code, doc) = m.json(&["device", "--json"]);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(doc["meets_policy"], true);
    assert_eq!(doc["os"], "Debian GNU/Linux 12 (bookworm)");
    for id in [
        "os_supported",
        "disk_encryption",
        "screen_lock",
        "firewall",
        "secure_boot",
    ] {
        let c = status_of(&doc, id);
        assert_eq!(c["status"], "pass", "{c}");
        assert_eq!(c["required"], true);
        assert!(c["fix"].is_null());
    }
    assert_eq!(
        status_of(&doc, "disk_encryption")["evidence"],
        "/ on dm-0 (CRYPT-LUKS2-…)"
    );
    assert_eq!(doc["facts"]["security_key"], true);
    let key = doc["preflight"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["method"] == "security_key")
        .unwrap();
    assert_eq!(key["state"], "ready");
    let (code, status) = m.json(&["status", "--json"]);
    assert_eq!(
        (code, &status["verdict"]),
        (0, &Value::from("ready")),
        "{status:#}"
    );
    assert_eq!(status["device"]["meets_policy"], true);
}

#[test]
fn a_plain_disk_keeps_the_verdict_from_ready_everywhere() {
    let m = machine("plain", ALL);
    let (code, doc) = m.json(&["device", "--json"]);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(doc["meets_policy"], false);
    let disk = status_of(&doc, "disk_encryption");
    assert_eq!(disk["status"], "fail");
    assert_eq!(disk["blocking"], true);
    assert_eq!(disk["fix"], "encrypt_disk");
    assert_eq!(disk["evidence"], "/ on vda2 (254:2), not encrypted");

    let (code, status) = m.json(&["status", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(status["verdict"], "not_ready");
    let gaps = status["gaps"].as_array().unwrap();
    assert_eq!(gaps.len(), 1, "{gaps:?}");
    assert_eq!(gaps[0]["kind"], "device");
    assert_eq!(
        gaps[0]["message"],
        "This computer does not meet Contoso's requirements: Disk encryption."
    );
    let (code, check) = m.json(&["check", "--json"]);
    assert_eq!(
        (code, &check["device"]["meets_policy"]),
        (1, &Value::from(false))
    );
    let line = m.run(&["check"], "C");
    assert_eq!(line.status.code(), Some(1));
    let report = m.json(&["report", "--format", "json"]).1;
    assert_eq!(report["readiness"]["verdict"], "not_ready");
    assert_eq!(report["device"]["checks"][1]["status"], "fail");

    // The people's words follow the language; the JSON and the exit code never do.
    let de = m.run(&["device"], "de_DE.UTF-8");
    let de = String::from_utf8(de.stdout).unwrap();
    assert!(de.contains("Festplattenverschlüsselung"), "{de}");
    assert!(de.contains("erfüllt"), "{de}");
    for lang in ["de_DE.UTF-8", "ja_JP.UTF-8"] {
        let o = m.run(&["device", "--json"], lang);
        assert_eq!(o.status.code(), Some(1));
        assert_eq!(o.stdout, m.run(&["device", "--json"], "C").stdout, "{lang}");
    }
}

#[test]
fn a_check_that_cannot_be_read_warns_unless_the_policy_says_fail() {
    // No desktop session: the screen lock cannot be read.
    let read = |policy: &str| {
        let m = machine("ready", policy);
        let o = Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
            .arg("--policy")
            .arg(&m.policy)
            .arg("--data-dir")
            .arg(m.dir.path().join("data"))
            .args(["device", "--json"])
            .env("MFA_READY_NOW", NOW)
            .env("MFA_READY_DEVICE_ROOT", &m.root)
            .env("MFA_READY_DEVICE_BUS", "unix:path=/nonexistent")
            .env_remove("XDG_CURRENT_DESKTOP")
            .env("LC_ALL", "C")
            .env_remove("MFA_READY_POLICY")
            .env_remove("MFA_READY_DATA_DIR")
            .output()
            .unwrap();
        let doc: Value = serde_json::from_slice(&o.stdout).unwrap();
        (o.status.code().unwrap(), doc)
    };
    let (code, doc) = read("[device]\nrequire = [\"screen_lock\"]");
    assert_eq!(status_of(&doc, "screen_lock")["status"], "unknown");
    assert_eq!((code, &doc["meets_policy"]), (0, &Value::from(true)));
    let (code, doc) = read("[device]\nrequire = [\"screen_lock\"]\nunknown = \"fail\"");
    assert_eq!((code, &doc["meets_policy"]), (1, &Value::from(false)));
    assert_eq!(status_of(&doc, "screen_lock")["blocking"], true);
}
