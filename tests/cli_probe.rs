//! `mfa-ready probe --json` on the built binary, against a local fault server.
//! Loopback only: portals, connectivity checks and feeds all point at 127.0.0.1
//! or at `.invalid` names that never resolve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

#[path = "support/faultserver.rs"]
mod faultserver;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use faultserver::{FaultServer, refused_addr};
use serde_json::Value;

fn policy(
    dir: &Path,
    portals: &[(&str, String, u32)],
    checks: &[(String, &str)],
) -> std::path::PathBuf {
    let mut text = String::from(
        "schema = 1\norganization = \"Lab\"\nprovider = \"custom\"\nstatus_feed = []\n",
    );
    if checks.is_empty() {
        text.push_str("connectivity_check = []\n");
    }
    for (name, url, slow) in portals {
        text.push_str(&format!(
            "\n[[portal]]\nname = \"{name}\"\nurl = \"{url}\"\nslow_ms = {slow}\ntimeout_ms = 4000\n"
        ));
    }
    for (url, expect) in checks {
        text.push_str(&format!(
            "\n[[connectivity_check]]\nurl = \"{url}\"\n{expect}\n"
        ));
    }
    let path = dir.join("policy.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn run_probe(policy: &Path, data: &Path, json: bool) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mfa-ready"));
    cmd.arg("probe");
    if json {
        cmd.arg("--json");
    }
    cmd.arg("--policy")
        .arg(policy)
        .arg("--data-dir")
        .arg(data)
        .env_remove("MFA_READY_POLICY")
        .env_remove("MFA_READY_DATA_DIR")
        .env_remove("MFA_READY_NOW");
    for v in [
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "NO_PROXY",
        "no_proxy",
    ] {
        cmd.env_remove(v);
    }
    cmd.output().unwrap()
}

fn history(data: &Path) -> Vec<(String, Option<i64>, Option<String>)> {
    let conn = rusqlite::Connection::open(data.join("mfa-ready.sqlite3")).unwrap();
    let mut stmt = conn
        .prepare("SELECT outcome, http_status, request_id FROM probe_results ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn good_checks(srv: &FaultServer) -> Vec<(String, &'static str)> {
    vec![
        (
            srv.http_url("/connecttest.txt"),
            "expect_body = \"Microsoft Connect Test\"",
        ),
        (srv.http_url("/generate_204"), "expect_status = 204"),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthy_portals_exit_0_with_the_json_contract_and_history() {
    let srv = FaultServer::plain().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = policy(
        dir.path(),
        &[
            ("Lab portal", srv.http_url("/ok"), 2000),
            ("Slow portal", srv.http_url("/delay/300"), 100),
        ],
        &good_checks(&srv),
    );
    let out = run_probe(&p, &data, true);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["checked_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(v["connectivity"]["outcome"], "online");
    assert!(v["feeds"].as_array().unwrap().is_empty());
    let portals = v["portals"].as_array().unwrap();
    assert_eq!(portals.len(), 2);
    let p0 = &portals[0];
    for key in [
        "name",
        "url",
        "outcome",
        "http_status",
        "phases_ms",
        "timed_out_phase",
        "request_id",
        "certificate",
        "explanation",
    ] {
        assert!(p0.get(key).is_some(), "missing {key} in {p0}");
    }
    for key in ["dns", "connect", "tls", "first_byte", "total"] {
        assert!(
            p0["phases_ms"].get(key).is_some(),
            "missing phases_ms.{key}"
        );
    }
    assert_eq!(p0["name"], "Lab portal");
    assert_eq!(p0["outcome"], "healthy");
    assert_eq!(p0["http_status"], 200);
    assert_eq!(p0["request_id"], "req-ok-1");
    assert!(p0["phases_ms"]["total"].as_f64().unwrap() > 0.0);
    assert!(p0["timed_out_phase"].is_null());
    // Slow counts as healthy for the exit code.
    assert_eq!(portals[1]["outcome"], "slow");
    let rows = history(&data);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0],
        ("healthy".into(), Some(200), Some("req-ok-1".into()))
    );
    assert_eq!(rows[1].0, "slow");

    // A second run appends to the history; the table form works too.
    let out = run_probe(&p, &data, false);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Lab portal") && text.contains("healthy"),
        "{text}"
    );
    assert_eq!(history(&data).len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_portal_exits_1() {
    let srv = FaultServer::plain().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = policy(
        dir.path(),
        &[
            ("My Sign-Ins", srv.http_url("/status/504"), 2000),
            ("Other", srv.http_url("/ok"), 2000),
        ],
        &good_checks(&srv),
    );
    let out = run_probe(&p, &data, true);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["portals"][0]["outcome"], "gateway_timeout");
    assert_eq!(v["portals"][0]["http_status"], 504);
    assert_eq!(v["portals"][0]["request_id"], "req-status-1");
    assert!(
        v["portals"][0]["explanation"]
            .as_str()
            .unwrap()
            .contains("My Sign-Ins"),
        "{v}"
    );
    assert_eq!(v["portals"][1]["outcome"], "healthy");
    assert_eq!(v["hosts"][0]["signal"], "failing");
    assert_eq!(history(&data)[0].0, "gateway_timeout");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn captive_portal_is_blamed_when_the_check_is_redirected() {
    let srv = FaultServer::plain().await;
    let dir = tempfile::tempdir().unwrap();
    let p = policy(
        dir.path(),
        &[("My Sign-Ins", "https://mysignins.invalid/".to_owned(), 2000)],
        &[(
            srv.http_url("/captive/connecttest.txt"),
            "expect_body = \"Microsoft Connect Test\"",
        )],
    );
    let out = run_probe(&p, &dir.path().join("data"), true);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["connectivity"]["outcome"], "captive_portal");
    assert_eq!(v["portals"][0]["outcome"], "captive_portal");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_finishes_quickly_and_says_offline() {
    // No network: names do not resolve, checks are refused. Nothing leaves 127.0.0.1.
    let refused = refused_addr().await;
    let dir = tempfile::tempdir().unwrap();
    let p = policy(
        dir.path(),
        &[
            (
                "My Sign-Ins",
                "https://mysignins.invalid/security-info".to_owned(),
                2000,
            ),
            (
                "Microsoft sign-in",
                format!("https://{refused}/").replace("https://", "https://"),
                2000,
            ),
        ],
        &[
            (
                format!("http://{refused}/connecttest.txt"),
                "expect_body = \"Microsoft Connect Test\"",
            ),
            (
                "http://connectivitycheck.invalid/generate_204".to_owned(),
                "expect_status = 204",
            ),
        ],
    );
    let start = Instant::now();
    let out = run_probe(&p, &dir.path().join("data"), true);
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["connectivity"]["outcome"], "offline");
    for portal in v["portals"].as_array().unwrap() {
        assert_eq!(portal["outcome"], "offline", "{portal}");
        assert!(
            portal["explanation"]
                .as_str()
                .unwrap()
                .contains("not connected")
        );
    }
}

#[test]
fn invalid_policy_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.toml");
    std::fs::write(
        &path,
        "schema = 1\norganization = \"Lab\"\nprobe_interval_s = 1\n",
    )
    .unwrap();
    let out = run_probe(&path, &dir.path().join("data"), true);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("policy.toml:3:") && err.contains("probe_interval_s"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}
