//! Probe benchmark (not a test): `cargo bench --bench probe`.
//!
//! 1. Wall time of 20 concurrent probes vs 1 probe of a local endpoint that
//!    answers after 200 ms (ratio ≈ 1 means the probes really run concurrently),
//!    and how far the measured first byte lands from the injected 200 ms. These
//!    are figures, not tests: `tests/network/probe.rs` asserts only order and bounds a
//!    loaded machine cannot break.
//! 2. Our `total` vs `curl -w '%{time_total}'` against the same local endpoints
//!    (HTTPS with a test CA, fresh connection each time), median of N runs.
//!
//! Everything runs on 127.0.0.1. Skips the curl part if curl is not installed.
//!
//! Figures on the 2-core dev box (shared with two other builds), issue 3:
//! 1 probe 201.8 ms, 20 concurrent 210.4 ms, ratio 1.04;
//! `/ok` total ours 0.94 ms vs curl 3.57 ms (−2.63 ms), first byte +0.05 ms;
//! `/delay/200` total ours 202.61 ms vs curl 204.67 ms (−2.07 ms), first byte +0.19 ms.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

#[path = "../tests/support/faultserver.rs"]
mod faultserver;

use std::process::Command;
use std::time::{Duration, Instant};

use faultserver::{FaultServer, TestCa};
use mfa_ready::services::probe::{PortalTarget, ProbeConfig, Prober};

const HOST: &str = "portal.test";
const RUNS: usize = 15;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let ca = TestCa::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let ca_path = ca.write_pem(dir.path());
    let srv = FaultServer::tls(&ca.leaf(&[HOST], false)).await;
    let port = srv.addr.port();
    let cfg = ProbeConfig {
        extra_root_certs: vec![ca_path.clone()],
        resolve_overrides: [(HOST.to_string(), srv.addr)].into_iter().collect(),
        connectivity_checks: Vec::new(),
        ..ProbeConfig::default()
    };
    let prober = Prober::new(cfg);
    let target = |path: &str| PortalTarget::new("Bench", format!("https://{HOST}:{port}{path}"));

    // Warm-up.
    let _ = prober.probe(&target("/ok")).await;

    // 1. 20 concurrent vs 1, and the first byte of a 200 ms delay.
    concurrency(&prober, &target("/delay/200")).await;

    // 2. total vs curl.
    let curl_ok = Command::new("curl").arg("--version").output().is_ok();
    if !curl_ok {
        println!("curl not found: skipping comparison");
        return;
    }
    for path in ["/ok", "/delay/200"] {
        let mut ours = Vec::new();
        let mut ours_fb = Vec::new();
        let mut theirs = Vec::new();
        let mut theirs_fb = Vec::new();
        for _ in 0..RUNS {
            let r = prober.probe(&target(path)).await;
            ours.push(r.phases_ms.total.unwrap_or(f64::NAN));
            ours_fb.push(r.phases_ms.first_byte.unwrap_or(f64::NAN));
            let url = format!("https://{HOST}:{port}{path}");
            let resolve = format!("{HOST}:{port}:127.0.0.1");
            let ca_arg = ca_path.clone();
            let out = tokio::task::spawn_blocking(move || {
                Command::new("curl")
                    .args(["-s", "-o", "/dev/null", "--cacert"])
                    .arg(ca_arg)
                    .args([
                        "--resolve",
                        &resolve,
                        "-w",
                        "%{time_appconnect} %{time_starttransfer} %{time_total}",
                        &url,
                    ])
                    .output()
            })
            .await
            .expect("join")
            .expect("curl");
            let text = String::from_utf8_lossy(&out.stdout).to_string();
            let v: Vec<f64> = text
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            if v.len() == 3 {
                theirs_fb.push((v[1] - v[0]) * 1000.0);
                theirs.push(v[2] * 1000.0);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        if theirs.is_empty() {
            println!("{path}: curl gave no timings");
            continue;
        }
        let (o, c) = (median(ours), median(theirs));
        let (ofb, cfb) = (median(ours_fb), median(theirs_fb));
        println!(
            "{path}: median total ours {o:.2} ms vs curl {c:.2} ms (diff {:+.2} ms); first byte ours {ofb:.2} ms vs curl starttransfer-appconnect {cfb:.2} ms (diff {:+.2} ms); n={RUNS}",
            o - c,
            ofb - cfb
        );
    }
}

/// Figure 1: 20 concurrent probes vs 1, and where the first byte lands.
async fn concurrency(prober: &Prober, one: &PortalTarget) {
    let twenty: Vec<PortalTarget> = (0..20).map(|_| one.clone()).collect();
    let mut singles = Vec::new();
    let mut batches = Vec::new();
    let mut first_bytes = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let r = prober.probe(one).await;
        singles.push(t.elapsed().as_secs_f64() * 1000.0);
        first_bytes.push(r.phases_ms.first_byte.unwrap_or(f64::NAN));
        let t = Instant::now();
        let r = prober.probe_all(&twenty).await;
        batches.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(r.iter().all(|r| r.outcome.is_healthy()));
    }
    let (s, b) = (median(singles), median(batches));
    println!(
        "concurrency: 1 probe {s:.1} ms, 20 concurrent {b:.1} ms, ratio {:.2} (serial would be 20.0)",
        b / s
    );
    let fb = median(first_bytes);
    println!(
        "first byte of /delay/200: median {fb:.1} ms ({:+.1} ms over the injected 200 ms)",
        fb - 200.0
    );
}
