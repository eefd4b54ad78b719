//! `mfa-ready probe --json` on the built binary, against a local fault server.
//! Loopback only: portals, connectivity checks and feeds all point at 127.0.0.1
//! or at `.invalid` names that never resolve.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::faultserver;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use faultserver::{FaultServer, ProxyMode, ProxyServer, TestCa, refused_addr};
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
    run_probe_with(policy, data, json, &[])
}

/// `probe` with extra environment variables (a proxy, `MFA_READY_NOW`).
fn run_probe_with(policy: &Path, data: &Path, json: bool, env: &[(&str, &str)]) -> Output {
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
        .env_remove("MFA_READY_NOW")
        // The log filter is part of what is tested (stderr stays quiet).
        .env_remove("RUST_LOG");
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
    for (k, v) in env {
        cmd.env(k, v);
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

/// A portal behind TLS inspection (a certificate from a CA nobody trusts): the probe
/// says so in its own words, and stderr stays empty. The TLS verifier logs each refusal
/// at ERROR, and a fleet tool that captures stderr would file that as the app failing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_certificate_is_explained_and_stderr_stays_quiet() {
    let inspected = FaultServer::tls(&TestCa::new().leaf(&["127.0.0.1"], false)).await;
    let checks = FaultServer::plain().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("https://127.0.0.1:{}/ok", inspected.addr.port());
    let p = policy(
        dir.path(),
        &[("Security info API", url, 2000)],
        &good_checks(&checks),
    );
    for json in [true, false] {
        let out = run_probe(&p, &dir.path().join("data"), json);
        assert_eq!(out.status.code(), Some(1));
        let stdout = String::from_utf8_lossy(&out.stdout);
        if json {
            let v: Value = serde_json::from_str(&stdout).unwrap();
            assert_eq!(v["portals"][0]["outcome"], "tls_failure", "{v}");
        } else {
            assert!(stdout.contains("unknown issuer"), "{stdout}");
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.trim().is_empty(), "{stderr}");
    }
}

/// What a server echoes of the user (a login_hint in a redirect, a request id) is
/// masked in every output of `probe` and in the store, as in reports.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_echoing_the_user_is_masked_in_every_output() {
    let srv = FaultServer::plain().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = policy(
        dir.path(),
        &[("My Sign-Ins", srv.http_url("/pii"), 2000)],
        &good_checks(&srv),
    );
    for json in [true, false] {
        let out = run_probe(&p, &data, json);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        if json {
            let v: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(v["portals"][0]["outcome"], "gateway_timeout", "{v}");
        }
        let all = everything(&out, &data);
        for secret in [&b"jane.doe@contoso.com"[..], b"555 0123"] {
            assert!(
                !contains(&all, secret),
                "{} leaked: {}",
                String::from_utf8_lossy(secret),
                String::from_utf8_lossy(&out.stdout)
            );
        }
    }
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
    // One host key everywhere: the explicit port is part of it.
    assert_eq!(
        v["hosts"][0]["host"],
        format!("127.0.0.1:{}", srv.addr.port())
    );
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
            ("Microsoft sign-in", format!("https://{refused}/"), 2000),
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

// ---- issue 7 ----------------------------------------------------------------

/// Every byte the probe left behind: stdout, stderr and the SQLite files.
fn everything(out: &Output, data: &Path) -> Vec<u8> {
    let mut all = out.stdout.clone();
    all.extend_from_slice(&out.stderr);
    for f in [
        "mfa-ready.sqlite3",
        "mfa-ready.sqlite3-wal",
        "mfa-ready.sqlite3-shm",
    ] {
        if let Ok(bytes) = std::fs::read(data.join(f)) {
            all.extend_from_slice(&bytes);
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proxy_password_appears_in_no_output_and_no_file() {
    let refused = refused_addr().await;
    let auth = ProxyServer::start(ProxyMode::RequireAuth).await;
    let close = ProxyServer::start(ProxyMode::Close).await;
    let dir = tempfile::tempdir().unwrap();
    let p = policy(
        dir.path(),
        &[("My Sign-Ins", "https://mysignins.example/".to_owned(), 2000)],
        &[],
    );
    let proxies = [
        format!("http://user:s3cretpw@{}", auth.addr),
        format!("http://user:s3cretpw@{}", close.addr),
        format!("http://user:s3cretpw@{refused}"),
        format!("socks5://user:s3cretpw@{}", auth.addr),
        format!("https://user:s3cretpw@{}", auth.addr),
        "http://user:s3cretpw@127.0.0.1:notaport".to_owned(),
        format!("http://user:s3cret%2Fpw@{}", auth.addr),
    ];
    for (i, proxy) in proxies.iter().enumerate() {
        for json in [true, false] {
            let data = dir.path().join(format!("data-{i}-{json}"));
            let out = run_probe_with(&p, &data, json, &[("HTTPS_PROXY", proxy)]);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{proxy}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let all = everything(&out, &data);
            assert!(data.join("mfa-ready.sqlite3").exists());
            for secret in [&b"s3cret"[..], b"user:", b"dXNlcjpzM2NyZXRwdw"] {
                assert!(
                    !contains(&all, secret),
                    "{proxy} ({}): {}",
                    String::from_utf8_lossy(secret),
                    String::from_utf8_lossy(&out.stdout)
                );
            }
        }
    }
    assert!(
        !auth.connects.lock().unwrap().is_empty(),
        "the proxy was used"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feed_titles_cannot_clear_the_terminal() {
    let ca = TestCa::new();
    let dir = tempfile::tempdir().unwrap();
    let ca_path = ca.write_pem(dir.path());
    let srv = FaultServer::tls(&ca.leaf(&["127.0.0.1"], false)).await;
    let portal = FaultServer::plain().await;
    let text = format!(
        "schema = 1\norganization = \"Lab\"\nprovider = \"custom\"\nconnectivity_check = []\n\
         extra_root_certs = [{ca:?}]\n\n\
         [[portal]]\nname = \"Lab portal\"\nurl = \"{url}\"\ntimeout_ms = 4000\n\n\
         [[status_feed]]\nname = \"Vendor\"\nkind = \"statuspage\"\n\
         url = \"https://127.0.0.1:{port}/feed/statuspage-escapes\"\n",
        ca = ca_path.display().to_string(),
        url = portal.http_url("/status/504"),
        port = srv.addr.port(),
    );
    let p = dir.path().join("policy.toml");
    std::fs::write(&p, text).unwrap();
    for json in [false, true] {
        let out = run_probe(&p, &dir.path().join("data"), json);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            !stdout
                .chars()
                .any(|c| c != '\n' && c.is_control() || c == '\u{202e}'),
            "{stdout:?}"
        );
        if json {
            let v: Value = serde_json::from_str(&stdout).unwrap();
            assert_eq!(v["feeds"][0]["status"], "ok", "{v}");
            let title = v["feeds"][0]["incidents"][0]["title"].as_str().unwrap();
            assert_eq!(title, "[2J[HAll systems operational");
            assert!(!v.to_string().contains("\\u001b"), "{v}");
        } else {
            assert!(
                stdout.contains("  - [2J[HAll systems operational\n"),
                "{stdout}"
            );
            assert!(stdout.contains("provider confirms an incident"), "{stdout}");
            // `connectivity_check = []`: nothing was checked, so not "online".
            assert!(stdout.contains("connection: not checked"), "{stdout}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_follow_the_injected_clock_and_history_keeps_7_days() {
    let srv = FaultServer::plain().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = policy(
        dir.path(),
        &[("Lab portal", srv.http_url("/ok"), 2000)],
        &good_checks(&srv),
    );
    let stamps = || -> Vec<i64> {
        let conn = rusqlite::Connection::open(data.join("mfa-ready.sqlite3")).unwrap();
        let mut stmt = conn
            .prepare("SELECT at FROM probe_results ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let ms = |t: &str| t.parse::<jiff::Timestamp>().unwrap().as_millisecond();
    let day0 = "2026-11-01T08:00:00Z";
    let out = run_probe_with(&p, &data, true, &[("MFA_READY_NOW", day0)]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["checked_at"], day0);
    assert_eq!(v["portals"][0]["checked_at"], day0);
    assert_eq!(v["hosts"][0]["checked_at"], day0);
    assert_eq!(stamps(), vec![ms(day0)]);
    // Six days later the first result is still within the 7 days.
    let day6 = "2026-11-07T08:00:00Z";
    run_probe_with(&p, &data, true, &[("MFA_READY_NOW", day6)]);
    assert_eq!(stamps(), vec![ms(day0), ms(day6)]);
    // Eight days after the first, it is pruned; the second stays.
    let day8 = "2026-11-09T08:00:01Z";
    run_probe_with(&p, &data, false, &[("MFA_READY_NOW", day8)]);
    assert_eq!(stamps(), vec![ms(day6), ms(day8)]);
}
