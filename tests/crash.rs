//! Crash test on the real binary: `queue run` against a slow mock Graph, killed
//! with SIGKILL at random points, restarted; at the end every job succeeded and
//! every phone was created exactly once on the server. None lost.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mfa_ready::core::queue::{JobState, Payload, PhoneType};
use mfa_ready::services::store::Store;

const BIN: &str = env!("CARGO_BIN_EXE_mfa-ready");
const JOBS: usize = 30;
const KILLS: usize = 22;

/// Creates on receipt, answers after `delay`. GET lists what was created.
fn slow_graph(delay: Duration) -> (String, Arc<Mutex<BTreeMap<String, usize>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let created: Arc<Mutex<BTreeMap<String, usize>>> = Arc::default();
    let c = Arc::clone(&created);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let c = Arc::clone(&c);
            std::thread::spawn(move || {
                let _ = s.set_read_timeout(Some(Duration::from_secs(5)));
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                let (head, body) = loop {
                    let n = match s.read(&mut chunk) {
                        Ok(0) | Err(_) => return,
                        Ok(n) => n,
                    };
                    buf.extend_from_slice(&chunk[..n]);
                    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
                        continue;
                    };
                    let head = String::from_utf8_lossy(&buf[..end]).to_string();
                    let len = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .and_then(|v| v.trim().parse::<usize>().ok())
                        })
                        .unwrap_or(0);
                    if buf.len() >= end + 4 + len {
                        break (head, buf[end + 4..end + 4 + len].to_vec());
                    }
                };
                let (status, reply) = if head.starts_with("POST ") {
                    let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                    let number = v["phoneNumber"].as_str().unwrap_or("").to_owned();
                    *c.lock().unwrap().entry(number.clone()).or_default() += 1;
                    (
                        "201 Created",
                        serde_json::json!({"id": number, "phoneNumber": number, "phoneType": "mobile"}),
                    )
                } else {
                    let list: Vec<serde_json::Value> = c
                        .lock()
                        .unwrap()
                        .keys()
                        .map(|n| serde_json::json!({"@odata.type": "#microsoft.graph.phoneAuthenticationMethod", "id": n, "phoneNumber": n, "phoneType": "mobile"}))
                        .collect();
                    ("200 OK", serde_json::json!({ "value": list }))
                };
                std::thread::sleep(delay);
                let body = reply.to_string();
                let _ = s.write_all(
                    format!(
                        "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                );
            });
        }
    });
    (format!("http://{addr}"), created)
}

/// A small deterministic PRNG (xorshift) for the kill points.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn killed_queue_runs_lose_nothing_and_duplicate_nothing() {
    let started = Instant::now();
    let (uri, created) = slow_graph(Duration::from_millis(60));
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let policy = dir.path().join("policy.toml");
    std::fs::write(
        &policy,
        format!("schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\n[graph]\nbase_url = \"{uri}/v1.0\"\n"),
    )
    .unwrap();
    let host = uri.trim_start_matches("http://").to_owned();
    let numbers: Vec<String> = (0..JOBS).map(|i| format!("+1 206555{i:04}")).collect();
    {
        let mut store = Store::open(&data, jiff::Timestamp::now()).unwrap();
        for n in &numbers {
            store
                .enqueue(
                    &Payload::RegisterPhone {
                        phone_number: n.clone(),
                        phone_type: PhoneType::Mobile,
                    },
                    &host,
                    jiff::Timestamp::now(),
                )
                .unwrap();
        }
    }
    let spawn = || {
        std::process::Command::new(BIN)
            .args([
                "queue",
                "run",
                "--until-empty",
                "--max-wait",
                "30",
                "--data-dir",
            ])
            .arg(&data)
            .arg("--policy")
            .arg(&policy)
            .env("MFA_READY_GRAPH_TOKEN", "test-token")
            .env_remove("MFA_READY_NOW")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut kills = 0;
    let mut runs = 0;
    while kills < KILLS {
        runs += 1;
        assert!(
            runs < 200,
            "the queue finished before {KILLS} kills ({kills} so far)"
        );
        let mut child = spawn();
        std::thread::sleep(Duration::from_millis(20 + rng.below(250)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            kills += 1;
        }
        let _ = child.wait();
    }
    // Let it finish.
    let status = spawn().wait().unwrap();
    assert_eq!(status.code(), Some(0));

    let store = Store::open(&data, jiff::Timestamp::now()).unwrap();
    let jobs = store.jobs().unwrap();
    assert_eq!(jobs.len(), JOBS, "none lost, none added");
    for j in &jobs {
        assert_eq!(
            j.state,
            JobState::Succeeded,
            "job {}: {:?}",
            j.id,
            j.last_error
        );
    }
    let created = created.lock().unwrap();
    for n in &numbers {
        assert_eq!(
            created.get(n).copied(),
            Some(1),
            "{n} created exactly once: {created:?}"
        );
    }
    assert_eq!(created.len(), JOBS);
    assert!(started.elapsed() < Duration::from_secs(110), "bounded");
    eprintln!(
        "crash test: {kills} kills in {runs} runs, {:?}",
        started.elapsed()
    );
}
