//! Benchmark (not a test): `cargo bench --bench queue`.
//!
//! 1. Durable enqueue (job row + history row, one `BEGIN IMMEDIATE` transaction,
//!    WAL with synchronous=FULL, i.e. one fsync) vs a raw SQLite insert + commit
//!    with the same pragmas, on the same disk. The two sides alternate in rounds
//!    (the order flips every round) and the medians are printed, so disk and
//!    machine noise hits both sides alike and the ratio repeats from run to run.
//! 2. Start with 10 000 queued jobs, 1 000 of them in flight from a crash: open
//!    (with its integrity check), take back the expired claims, and the queue
//!    panel (first 100 open jobs and the count), as the window and `queue run`
//!    do; then listing every open job (`queue list`). Medians of several runs on
//!    fresh copies of the same database, with the time of each step.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::path::Path;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use mfa_ready::services::protocol::QueueSnapshot;
use mfa_ready::services::store::{DB_FILE, Store};
use mfa_ready_core::queue::{Payload, PhoneType};

const ROUNDS: usize = 21;
const PER_ROUND: usize = 30;
const LOAD: usize = 10_000;
const LOAD_RUNS: usize = 9;

fn payload(i: usize) -> Payload {
    Payload::RegisterPhone {
        phone_number: format!("+1 206555{:04}", i % 10_000),
        phone_type: PhoneType::Mobile,
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn micros_per(d: Duration, n: usize) -> f64 {
    d.as_secs_f64() * 1e6 / n as f64
}

fn raw_connection(path: &Path) -> rusqlite::Result<rusqlite::Connection> {
    let raw = rusqlite::Connection::open(path)?;
    raw.pragma_update(None, "journal_mode", "WAL")?;
    raw.pragma_update(None, "synchronous", "FULL")?;
    raw.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT")?;
    Ok(raw)
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn durable_side(store: &mut Store, n: &mut usize, now: Timestamp) -> Res<Duration> {
    let t = Instant::now();
    for _ in 0..PER_ROUND {
        store
            .queue_mut()
            .enqueue(&payload(*n), "graph.microsoft.com", now)?;
        *n += 1;
    }
    Ok(t.elapsed())
}

fn raw_side(raw: &mut rusqlite::Connection, n: usize) -> rusqlite::Result<Duration> {
    let t = Instant::now();
    for i in 0..PER_ROUND {
        let tx = raw.transaction()?;
        tx.prepare_cached("INSERT INTO t(body) VALUES (?1)")?
            .execute([format!("{{\"n\": {}}}", n + i)])?;
        tx.commit()?;
    }
    Ok(t.elapsed())
}

fn enqueue_vs_raw(dir: &Path, now: Timestamp) -> Result<(), Box<dyn std::error::Error>> {
    let mut store = Store::open(&dir.join("queue"), now)?;
    let mut raw = raw_connection(&dir.join("raw.sqlite3"))?;
    let mut n = 0;
    // Warm both files and caches.
    durable_side(&mut store, &mut n, now)?;
    raw_side(&mut raw, n)?;
    let (mut durable, mut plain, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let (d, r) = if round % 2 == 0 {
            let d = durable_side(&mut store, &mut n, now)?;
            (d, raw_side(&mut raw, n)?)
        } else {
            let r = raw_side(&mut raw, n)?;
            (durable_side(&mut store, &mut n, now)?, r)
        };
        durable.push(micros_per(d, PER_ROUND));
        plain.push(micros_per(r, PER_ROUND));
        ratios.push(d.as_secs_f64() / r.as_secs_f64());
    }
    let (d, r) = (median(&mut durable), median(&mut plain));
    println!("durable enqueue (fsync): median {d:.1} µs/job ({ROUNDS} rounds of {PER_ROUND})");
    println!("raw insert+commit:       median {r:.1} µs/row");
    println!(
        "ratio durable/raw:       {:.2} (median of per-round ratios; ratio of medians {:.2})",
        median(&mut ratios),
        d / r
    );
    Ok(())
}

/// A database with `LOAD` queued jobs, one in ten claimed by a process that stopped.
fn backlog(dir: &Path, now: Timestamp) -> Result<(), Box<dyn std::error::Error>> {
    drop(Store::open(dir, now)?);
    let mut c = rusqlite::Connection::open(dir.join(DB_FILE))?;
    let tx = c.transaction()?;
    for i in 0..LOAD {
        let body = serde_json::to_string(&payload(i))?;
        let state = if i % 10 == 0 { "in_flight" } else { "pending" };
        tx.execute(
            "INSERT INTO jobs(kind, payload, idempotency_key, host, state, attempts, next_attempt_at,
                created_at, updated_at, owner, lease_until)
             VALUES ('register_phone', ?1, ?2, 'graph.microsoft.com', ?3, 1, ?4, ?4, ?4, 'gone', ?4)",
            rusqlite::params![body, format!("key-{i}"), state, now.as_millisecond()],
        )?;
        tx.execute(
            "INSERT INTO job_history(job_id, at, state, attempt, detail)
             VALUES (last_insert_rowid(), ?1, 'pending', 0, 'queued')",
            [now.as_millisecond()],
        )?;
    }
    tx.commit()?;
    c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    Ok(())
}

fn load_at_start(dir: &Path, now: Timestamp) -> Result<(), Box<dyn std::error::Error>> {
    let pristine = dir.join("pristine");
    backlog(&pristine, now)?;
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;
    // Start: open (with its integrity check), take back expired claims, and the
    // queue panel (the first 100 open jobs and the count). Listing every open
    // job (`queue list`) is timed apart.
    let (mut window, mut with_list) = (Vec::new(), Vec::new());
    let (mut t_open, mut t_recover, mut t_panel, mut t_list) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut recovered, mut shown, mut total) = (0, 0, 0);
    for run in 0..LOAD_RUNS {
        let copy = dir.join(format!("load-{run}"));
        std::fs::create_dir_all(&copy)?;
        std::fs::copy(pristine.join(DB_FILE), copy.join(DB_FILE))?;
        let t = Instant::now();
        let mut store = Store::open(&copy, now)?;
        t_open.push(ms(t));
        let t1 = Instant::now();
        recovered = store.queue_mut().recover_expired(now, now, None)?.requeued;
        t_recover.push(ms(t1));
        let t2 = Instant::now();
        let snap = QueueSnapshot::read(&store, now)?;
        t_panel.push(ms(t2));
        window.push(ms(t));
        (shown, total) = (snap.jobs.len(), snap.open_total);
        let t3 = Instant::now();
        let open = store.queue().open_jobs()?;
        t_list.push(ms(t3));
        if open.len() != LOAD {
            return Err(format!("loaded {} jobs, expected {LOAD}", open.len()).into());
        }
        with_list.push(ms(t));
    }
    println!(
        "start with {LOAD} queued jobs (open + recover {recovered} in-flight + panel {shown} of {total}): median {:.1} ms of {LOAD_RUNS}",
        median(&mut window)
    );
    println!(
        "start, then list all {LOAD} open jobs: median {:.1} ms",
        median(&mut with_list)
    );
    println!(
        "  medians: open {:.1} ms (incl. quick_check), recover {:.1} ms, panel {:.1} ms, list all {:.1} ms",
        median(&mut t_open),
        median(&mut t_recover),
        median(&mut t_panel),
        median(&mut t_list)
    );
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::var_os("MFA_READY_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = tempfile::tempdir_in(&base)?;
    let now = Timestamp::now();
    enqueue_vs_raw(dir.path(), now)?;
    load_at_start(dir.path(), now)?;
    Ok(())
}
