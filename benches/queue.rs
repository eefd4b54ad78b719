//! Benchmark (not a test): `cargo bench --bench queue`.
//!
//! 1. Durable enqueue (job row + history row, one transaction, WAL with
//!    synchronous=FULL, i.e. fsync) vs a raw SQLite insert + commit with the same
//!    pragmas, on the same disk, in one run: the ratio is the queue's overhead.
//! 2. Time to load 10 000 queued jobs at start (open + recover + list, and the
//!    panel snapshot with histories).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::time::{Duration, Instant};

use jiff::Timestamp;
use mfa_ready::core::queue::{Payload, PhoneType};
use mfa_ready::services::store::Store;
use mfa_ready::services::worker::QueueSnapshot;

const N: usize = 300;
const LOAD: usize = 10_000;

fn per_op(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e6 / n as f64
}

fn payload(i: usize) -> Payload {
    Payload::RegisterPhone {
        phone_number: format!("+1 206555{:04}", i % 10_000),
        phone_type: PhoneType::Mobile,
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::var_os("MFA_READY_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = tempfile::tempdir_in(&base)?;
    let now = Timestamp::now();

    // 1a. Durable enqueue.
    let mut store = Store::open(&dir.path().join("queue"), now)?;
    for i in 0..20 {
        store.enqueue(&payload(i), "graph.microsoft.com", now)?;
    }
    let t = Instant::now();
    for i in 0..N {
        store.enqueue(&payload(i), "graph.microsoft.com", now)?;
    }
    let durable = t.elapsed();

    // 1b. Raw insert + commit, same pragmas, same disk.
    let raw_path = dir.path().join("raw.sqlite3");
    let mut raw = rusqlite::Connection::open(&raw_path)?;
    raw.pragma_update(None, "journal_mode", "WAL")?;
    raw.pragma_update(None, "synchronous", "FULL")?;
    raw.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT")?;
    for i in 0..20 {
        raw.execute("INSERT INTO t(body) VALUES (?1)", [format!("warm {i}")])?;
    }
    let t = Instant::now();
    for i in 0..N {
        let tx = raw.transaction()?;
        tx.execute(
            "INSERT INTO t(body) VALUES (?1)",
            [format!("{{\"n\": {i}}}")],
        )?;
        tx.commit()?;
    }
    let rawd = t.elapsed();

    println!(
        "durable enqueue (fsync): {N} jobs, {:.1} µs/job",
        per_op(durable, N)
    );
    println!(
        "raw insert+commit:       {N} rows, {:.1} µs/row",
        per_op(rawd, N)
    );
    println!(
        "ratio durable/raw:       {:.2}",
        durable.as_secs_f64() / rawd.as_secs_f64()
    );

    // 2. 10 000 queued jobs at start.
    let load_dir = dir.path().join("load");
    drop(Store::open(&load_dir, now)?);
    {
        let mut c = rusqlite::Connection::open(load_dir.join("mfa-ready.sqlite3"))?;
        let tx = c.transaction()?;
        for i in 0..LOAD {
            let body = serde_json::to_string(&payload(i))?;
            tx.execute(
                "INSERT INTO jobs(kind, payload, idempotency_key, host, state, attempts, next_attempt_at, created_at, updated_at)
                 VALUES ('register_phone', ?1, ?2, 'graph.microsoft.com', ?3, 1, ?4, ?4, ?4)",
                rusqlite::params![body, format!("key-{i}"), if i % 10 == 0 { "in_flight" } else { "pending" }, now.as_millisecond()],
            )
            ?;
            tx.execute(
                "INSERT INTO job_history(job_id, at, state, attempt, detail) VALUES (last_insert_rowid(), ?1, 'pending', 0, 'queued')",
                [now.as_millisecond()],
            )
            ?;
        }
        tx.commit()?;
    }
    let t = Instant::now();
    let mut store = Store::open(&load_dir, now)?;
    let recovered = store.recover_in_flight(now)?;
    let open = store.open_jobs()?;
    let start = t.elapsed();
    let t = Instant::now();
    let snap = QueueSnapshot::read(&store, now)?;
    let shown = snap.jobs.len();
    let panel = t.elapsed();
    if open.len() != LOAD {
        return Err(format!("loaded {} jobs, expected {LOAD}", open.len()).into());
    }
    println!(
        "load {LOAD} queued jobs at start (open + recover {recovered} in-flight + list): {:.1} ms",
        start.as_secs_f64() * 1e3
    );
    println!(
        "panel snapshot ({shown} of {} open jobs, with histories): {:.1} ms",
        snap.open_total,
        panel.as_secs_f64() * 1e3
    );
    Ok(())
}
