//! Policy files through the built binary: an oversized file or an endless device
//! is refused with one clear line and exit 2, without reading it all (defect 10).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

/// Runs the binary; a run that does not end by itself is killed (it would be
/// reading without bound) and fails the test instead of hanging it.
fn run(args: &[&str], data: &Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mfa-ready"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("MFA_READY_NOW", "2026-11-22T09:00:00Z")
        .env_remove("MFA_READY_POLICY")
        .env_remove("MFA_READY_DATA_DIR")
        .env_remove("RUST_LOG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Generous: the bounded read takes milliseconds; an unbounded one never ends.
    let limit = std::time::Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mfa-ready {args:?} did not finish: it kept reading the policy");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A real, valid policy padded with comments to 2 MiB.
fn big_policy(dir: &Path) -> PathBuf {
    let path = dir.join("big-policy.toml");
    let mut text = include_str!("../fixtures/contoso-policy.toml").to_owned();
    while text.len() < 2 * 1024 * 1024 {
        text.push_str("# this line pads the policy past the size limit\n");
    }
    std::fs::write(&path, text).unwrap();
    path
}

#[track_caller]
fn assert_refused(out: &Output, file: &Path) {
    assert_eq!(out.status.code(), Some(2), "{}", stderr(out));
    let err = stderr(out);
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    assert!(
        err.contains(&format!(
            "{}: the policy is larger than 1024 KiB",
            file.display()
        )),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn an_oversized_policy_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let big = big_policy(dir.path());
    let check = run(&["policy", "check", big.to_str().unwrap()], &data);
    assert_refused(&check, &big);
    let status = run(&["--policy", big.to_str().unwrap(), "status"], &data);
    assert_refused(&status, &big);
    assert!(
        !data.join("mfa-ready.sqlite3").exists(),
        "nothing written for a refused policy"
    );
}

#[cfg(unix)]
#[test]
fn dev_zero_as_the_policy_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let zero = Path::new("/dev/zero");
    let check = run(&["policy", "check", "/dev/zero"], &data);
    assert_refused(&check, zero);
    let status = run(&["--policy", "/dev/zero", "status", "--json"], &data);
    assert_refused(&status, zero);
}

#[test]
fn a_policy_at_ordinary_size_still_checks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.toml");
    std::fs::write(&path, include_str!("../fixtures/contoso-policy.toml")).unwrap();
    let out = run(
        &["policy", "check", path.to_str().unwrap()],
        &dir.path().join("data"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
