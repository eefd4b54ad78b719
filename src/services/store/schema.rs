//! The schema: the migrations that take a database from any older version to
//! [`SCHEMA_VERSION`], each in one transaction with its `user_version` bump.

use rusqlite::Connection;

/// The schema this build writes. Each step in [`MIGRATIONS`] moves `user_version` up by one.
pub const SCHEMA_VERSION: i64 = 7;

/// Migration `i` takes the database from version `i` to `i + 1`.
pub(super) const MIGRATIONS: &[&str] = &[
    // 0 → 1: the foundation.
    "CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE methods (
        kind          TEXT PRIMARY KEY,
        source        TEXT NOT NULL CHECK (source IN ('self_attested', 'verified')),
        registered_at INTEGER NOT NULL,
        detail        TEXT
    ) STRICT;
    CREATE TABLE events (
        id     INTEGER PRIMARY KEY,
        at     INTEGER NOT NULL,
        kind   TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX events_at ON events(at);",
    // 1 → 2: portal probe history (issue 3).
    "CREATE TABLE probe_results (
        id              INTEGER PRIMARY KEY,
        at              INTEGER NOT NULL,
        portal          TEXT NOT NULL,
        url             TEXT NOT NULL,
        outcome         TEXT NOT NULL,
        http_status     INTEGER,
        dns_ms          REAL,
        connect_ms      REAL,
        tls_ms          REAL,
        first_byte_ms   REAL,
        total_ms        REAL,
        timed_out_phase TEXT,
        request_id      TEXT,
        explanation     TEXT NOT NULL DEFAULT '',
        technical       TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX probe_results_at ON probe_results(at);",
    // 2 → 3: the durable retry queue (issue 4). See `services::queue`.
    "CREATE TABLE jobs (
        id                    INTEGER PRIMARY KEY,
        kind                  TEXT NOT NULL
                              CHECK (kind IN ('verify_methods', 'register_phone', 'resume_portal_step')),
        payload               TEXT NOT NULL,
        idempotency_key       TEXT NOT NULL UNIQUE,
        host                  TEXT NOT NULL,
        state                 TEXT NOT NULL
                              CHECK (state IN ('pending', 'in_flight', 'succeeded', 'failed', 'cancelled')),
        attempts              INTEGER NOT NULL DEFAULT 0,
        next_attempt_at       INTEGER NOT NULL,
        needs_check           INTEGER NOT NULL DEFAULT 0,
        last_error_class      TEXT,
        last_error_status     INTEGER,
        last_error_message    TEXT,
        last_error_request_id TEXT,
        outcome               TEXT,
        created_at            INTEGER NOT NULL,
        updated_at            INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX jobs_due ON jobs(state, next_attempt_at);
    CREATE TABLE job_history (
        id      INTEGER PRIMARY KEY,
        job_id  INTEGER NOT NULL REFERENCES jobs(id),
        at      INTEGER NOT NULL,
        state   TEXT NOT NULL,
        attempt INTEGER NOT NULL,
        detail  TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX job_history_job ON job_history(job_id, id);
    CREATE TABLE breakers (
        host       TEXT PRIMARY KEY,
        snapshot   TEXT NOT NULL,
        updated_at INTEGER NOT NULL
    ) STRICT;",
    // 3 → 4: claims have an owner and a lease; interrupted claims are counted (issue 7).
    // See `services::queue::lease`.
    "ALTER TABLE jobs ADD COLUMN owner TEXT;
    ALTER TABLE jobs ADD COLUMN lease_until INTEGER;
    ALTER TABLE jobs ADD COLUMN interruptions INTEGER NOT NULL DEFAULT 0;",
    // 4 -> 5 (issue 8): reminders shown per deadline (claimed with INSERT OR
    // IGNORE, so two processes never show the same step), and vendor incidents
    // as the feeds reported them (for the report and its evidence).
    "CREATE TABLE reminders_shown (
        deadline INTEGER NOT NULL,
        step     TEXT NOT NULL,
        shown_at INTEGER NOT NULL,
        PRIMARY KEY (deadline, step)
    ) STRICT;
    CREATE TABLE incidents (
        feed       TEXT NOT NULL,
        title      TEXT NOT NULL,
        started    INTEGER NOT NULL DEFAULT 0,
        impact     TEXT NOT NULL,
        link       TEXT,
        first_seen INTEGER NOT NULL,
        last_seen  INTEGER NOT NULL,
        PRIMARY KEY (feed, title, started)
    ) STRICT;
    CREATE TABLE feed_checks (
        feed TEXT PRIMARY KEY,
        at   INTEGER NOT NULL
    ) STRICT;",
    // 5 -> 6 (issue 16): what the window words in the reader's language, as facts
    // beside the English kept for the contracts: each portal check's sentence (JSON of
    // `core::fault::Explanation`), how a finished job ended and what each history line
    // records (`core::queue::JobOutcome` / `HistoryFact`). Rows written before have
    // none and are shown as they were written.
    "ALTER TABLE probe_results ADD COLUMN says TEXT;
    ALTER TABLE jobs ADD COLUMN outcome_facts TEXT;
    ALTER TABLE job_history ADD COLUMN facts TEXT;",
    // 6 -> 7 (issue 18): the way each portal check went, a proxy or directly, and what
    // chose it (JSON of `core::proxy::Route`). Rows written before have none.
    "ALTER TABLE probe_results ADD COLUMN route TEXT;",
];

/// Brings the database to [`SCHEMA_VERSION`]. Several processes may start together on a
/// new data directory or after an upgrade (the window, `remind` and a fleet timer at
/// login), so each step reads `user_version` inside its own `BEGIN IMMEDIATE`
/// transaction, after the write lock is taken: a step another process already ran is
/// seen there and skipped, never run twice. `from` (read before the lock) only saves the
/// transaction when the database is already current.
pub(super) fn migrate(conn: &Connection, from: i64) -> rusqlite::Result<()> {
    if from >= SCHEMA_VERSION {
        return Ok(());
    }
    loop {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let step = (|| {
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if version >= SCHEMA_VERSION {
                return Ok(false);
            }
            let idx = usize::try_from(version).unwrap_or(usize::MAX);
            let Some(sql) = MIGRATIONS.get(idx) else {
                return Ok(false);
            };
            // One migration, one transaction, including the version bump.
            conn.execute_batch(sql)?;
            conn.execute_batch(&format!("PRAGMA user_version = {};", version + 1))?;
            Ok(true)
        })();
        match step {
            Ok(more) => {
                conn.execute_batch("COMMIT")?;
                if !more {
                    return Ok(());
                }
            }
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
    }
}
