//! Durable local state: one SQLite file, `mfa-ready.sqlite3`, in the data directory.
//!
//! WAL journal, `synchronous=FULL`, STRICT tables, migrations by `user_version`.
//! A file that is not a valid database, or that comes from a newer schema, is moved
//! aside as `mfa-ready.sqlite3.corrupt-<timestamp>` (never deleted) and a fresh one
//! is started; [`Store::recovered`] tells the caller where the old one went.
//!
//! Times are stored as INTEGER Unix milliseconds (UTC).

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};

use crate::core::methods::MethodKind;
use crate::core::readiness::{Registration, Source};

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "mfa-ready.sqlite3";

/// The schema this build writes. Each step in [`MIGRATIONS`] moves `user_version` up by one.
pub const SCHEMA_VERSION: i64 = 4;

/// Migration `i` takes the database from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
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
];

/// One stored probe result (history for the chart and the helpdesk).
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeRow {
    pub at: Timestamp,
    pub portal: String,
    pub url: String,
    /// snake_case outcome (`healthy`, `gateway_timeout`, ...).
    pub outcome: String,
    pub http_status: Option<u16>,
    pub dns_ms: Option<f64>,
    pub connect_ms: Option<f64>,
    pub tls_ms: Option<f64>,
    pub first_byte_ms: Option<f64>,
    pub total_ms: Option<f64>,
    pub timed_out_phase: Option<String>,
    pub request_id: Option<String>,
    pub explanation: String,
    pub technical: String,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create data directory {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write to data directory {path}: {source}")]
    NotWritable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot move the damaged database {path} aside: {source}")]
    MoveAside {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("database {path} holds an unknown method id {kind:?}")]
    UnknownKind { path: PathBuf, kind: String },
}

/// Why a database file was moved aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryReason {
    NotADatabase(String),
    NewerSchema { found: i64, supported: i64 },
}

/// A damaged or too-new database that was kept aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovered {
    pub moved_to: PathBuf,
    pub reason: RecoveryReason,
}

impl Recovered {
    /// One plain sentence for the user.
    pub fn sentence(&self) -> String {
        let why = match &self.reason {
            RecoveryReason::NotADatabase(detail) => format!("was damaged ({detail})"),
            RecoveryReason::NewerSchema { found, supported } => format!(
                "was written by a newer MFA Ready (schema {found}, this one reads up to {supported})"
            ),
        };
        format!(
            "Your saved progress {why}. It was kept as {} and MFA Ready started fresh; your helpdesk can recover it.",
            self.moved_to.display()
        )
    }
}

/// One line of the append-only event log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub at: Timestamp,
    pub kind: String,
    pub detail: String,
}

/// The open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    recovered: Option<Recovered>,
}

fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

fn from_ms(v: i64) -> Timestamp {
    Timestamp::from_millisecond(v).unwrap_or(Timestamp::UNIX_EPOCH)
}

impl Store {
    /// Opens (or creates) the store in `data_dir`. `now` stamps a moved-aside file.
    pub fn open(data_dir: &Path, now: Timestamp) -> Result<Self, StoreError> {
        super::perms::create_private_dir(data_dir, DB_FILE).map_err(|source| {
            StoreError::CreateDir {
                path: data_dir.to_owned(),
                source,
            }
        })?;
        let path = data_dir.join(DB_FILE);
        // A file that is not SQLite at all is moved aside before SQLite opens it:
        // SQLite would delete the `-wal`/`-shm` beside it when it closes.
        let first = if has_foreign_header(&path) {
            Err(OpenFailure::Recoverable(RecoveryReason::NotADatabase(
                "the file does not start with the SQLite header".to_owned(),
            )))
        } else {
            Self::try_open(&path)
        };
        match first {
            Ok(conn) => Ok(Self {
                conn,
                path,
                recovered: None,
            }),
            Err(OpenFailure::Recoverable(reason)) => {
                let moved_to = move_aside(&path, now)?;
                tracing::warn!(?reason, moved_to = %moved_to.display(), "database moved aside");
                let conn = Self::try_open(&path).map_err(|f| match f {
                    OpenFailure::Fatal(e) => e,
                    OpenFailure::Recoverable(r) => StoreError::Sqlite {
                        path: path.clone(),
                        source: rusqlite::Error::InvalidParameterName(format!(
                            "fresh database still unusable: {r:?}"
                        )),
                    },
                })?;
                Ok(Self {
                    conn,
                    path,
                    recovered: Some(Recovered { moved_to, reason }),
                })
            }
            Err(OpenFailure::Fatal(e)) => Err(e),
        }
    }

    fn try_open(path: &Path) -> Result<Connection, OpenFailure> {
        let sqlite = |source: rusqlite::Error| StoreError::Sqlite {
            path: path.to_owned(),
            source,
        };
        // Owner-only before SQLite opens it: its `-wal` and `-shm` take the same mode.
        super::perms::precreate_private_file(path).map_err(|e| {
            OpenFailure::Fatal(sqlite(rusqlite::Error::InvalidPath(
                format!("{}: {e}", path.display()).into(),
            )))
        })?;
        let classify = |e: rusqlite::Error| -> OpenFailure {
            match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
                    OpenFailure::Recoverable(RecoveryReason::NotADatabase(e.to_string()))
                }
                _ => OpenFailure::Fatal(sqlite(e)),
            }
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(classify)?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(classify)?;
        // The first real read: fails with NOTADB on a file that is not SQLite.
        let journal: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
            .map_err(classify)?;
        if !journal.eq_ignore_ascii_case("wal") {
            tracing::warn!(journal, "WAL journal mode not available");
        }
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(classify)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(classify)?;
        let check: String = conn
            .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
            .map_err(classify)?;
        if check != "ok" {
            return Err(OpenFailure::Recoverable(RecoveryReason::NotADatabase(
                check,
            )));
        }
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(classify)?;
        for suffix in ["-wal", "-shm"] {
            let side = path.with_file_name(format!("{DB_FILE}{suffix}"));
            if let Err(e) = super::perms::restrict_file(&side) {
                tracing::warn!(error = %e, "could not make {} private", side.display());
            }
        }
        if version > SCHEMA_VERSION {
            return Err(OpenFailure::Recoverable(RecoveryReason::NewerSchema {
                found: version,
                supported: SCHEMA_VERSION,
            }));
        }
        migrate(&conn, version).map_err(classify)?;
        Ok(conn)
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for the queue's tables (`services::queue`).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, for the queue's transactions (`services::queue`).
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Set when a damaged database was moved aside on open.
    pub fn recovered(&self) -> Option<&Recovered> {
        self.recovered.as_ref()
    }

    fn sqlite(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The first-run time, recorded now if this is the first run.
    ///
    /// Write transactions are `BEGIN IMMEDIATE`: a deferred one that reads first
    /// cannot be upgraded while another process writes, and fails without waiting.
    pub fn first_run(&mut self, now: Timestamp) -> Result<Timestamp, StoreError> {
        let path = self.path.clone();
        let sq = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sq)?;
        let existing: Option<String> = tx
            .query_row("SELECT value FROM meta WHERE key = 'first_run'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(sq)?;
        let value = match existing.and_then(|v| v.parse::<i64>().ok()) {
            Some(v) => from_ms(v),
            None => {
                tx.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('first_run', ?1)",
                    params![ms(now).to_string()],
                )
                .map_err(sq)?;
                tx.execute(
                    "INSERT INTO events(at, kind, detail) VALUES (?1, 'first_run', '')",
                    params![ms(now)],
                )
                .map_err(sq)?;
                now
            }
        };
        tx.commit().map_err(sq)?;
        Ok(value)
    }

    /// Reads a free-form setting.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?1", params![key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.sqlite(e))
    }

    /// Writes a free-form setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO meta(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map(|_| ())
            .map_err(|e| self.sqlite(e))
    }

    /// All registered methods, in catalogue order.
    pub fn registrations(&self) -> Result<Vec<Registration>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT kind, source, registered_at FROM methods")
            .map_err(|e| self.sqlite(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (kind, source, at) = row.map_err(|e| self.sqlite(e))?;
            let Some(k) = MethodKind::from_id(&kind) else {
                return Err(StoreError::UnknownKind {
                    path: self.path.clone(),
                    kind,
                });
            };
            out.push(Registration {
                kind: k,
                source: Source::from_id(&source).unwrap_or(Source::SelfAttested),
                registered_at: from_ms(at),
            });
        }
        out.sort_by_key(|r| MethodKind::ALL.iter().position(|k| *k == r.kind));
        Ok(out)
    }

    /// Records that `kind` is set up. A verified registration is never downgraded
    /// to self-attested. Returns whether anything changed.
    pub fn mark(
        &mut self,
        kind: MethodKind,
        source: Source,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let path = self.path.clone();
        let sq = |e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sq)?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT source FROM methods WHERE kind = ?1",
                params![kind.id()],
                |r| r.get(0),
            )
            .optional()
            .map_err(sq)?;
        let changed = match existing.as_deref() {
            Some(s) if s == source.id() || s == Source::Verified.id() => false,
            _ => {
                tx.execute(
                    "INSERT INTO methods(kind, source, registered_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT(kind) DO UPDATE SET source = excluded.source",
                    params![kind.id(), source.id(), ms(now)],
                )
                .map_err(sq)?;
                tx.execute(
                    "INSERT INTO events(at, kind, detail) VALUES (?1, 'method_marked', ?2)",
                    params![ms(now), format!("{} ({})", kind.id(), source.id())],
                )
                .map_err(sq)?;
                true
            }
        };
        tx.commit().map_err(sq)?;
        Ok(changed)
    }

    /// Removes `kind`. Returns whether it was there.
    pub fn unmark(&mut self, kind: MethodKind, now: Timestamp) -> Result<bool, StoreError> {
        let path = self.path.clone();
        let sq = |e| StoreError::Sqlite {
            path: path.clone(),
            source: e,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sq)?;
        let n = tx
            .execute("DELETE FROM methods WHERE kind = ?1", params![kind.id()])
            .map_err(sq)?;
        if n > 0 {
            tx.execute(
                "INSERT INTO events(at, kind, detail) VALUES (?1, 'method_unmarked', ?2)",
                params![ms(now), kind.id()],
            )
            .map_err(sq)?;
        }
        tx.commit().map_err(sq)?;
        Ok(n > 0)
    }

    /// Appends to the event log.
    pub fn append_event(&self, now: Timestamp, kind: &str, detail: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO events(at, kind, detail) VALUES (?1, ?2, ?3)",
                params![ms(now), kind, detail],
            )
            .map(|_| ())
            .map_err(|e| self.sqlite(e))
    }

    /// The newest `limit` events, newest first.
    pub fn recent_events(&self, limit: u32) -> Result<Vec<EventRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, kind, detail FROM events ORDER BY id DESC LIMIT ?1")
            .map_err(|e| self.sqlite(e))?;
        let rows = stmt
            .query_map(params![limit], |r| {
                Ok(EventRow {
                    at: from_ms(r.get(0)?),
                    kind: r.get(1)?,
                    detail: r.get(2)?,
                })
            })
            .map_err(|e| self.sqlite(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sqlite(e))
    }
}

impl Store {
    /// Appends probe results to the history, in one transaction.
    pub fn insert_probe_results(&mut self, rows: &[ProbeRow]) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sq = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sq)?;
        {
            let mut stmt = tx
                .prepare(
                    "INSERT INTO probe_results(at, portal, url, outcome, http_status, dns_ms, connect_ms,
                         tls_ms, first_byte_ms, total_ms, timed_out_phase, request_id, explanation, technical)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                )
                .map_err(sq)?;
            for r in rows {
                stmt.execute(params![
                    ms(r.at),
                    r.portal,
                    r.url,
                    r.outcome,
                    r.http_status,
                    r.dns_ms,
                    r.connect_ms,
                    r.tls_ms,
                    r.first_byte_ms,
                    r.total_ms,
                    r.timed_out_phase,
                    r.request_id,
                    r.explanation,
                    r.technical
                ])
                .map_err(sq)?;
            }
        }
        tx.commit().map_err(sq)
    }

    /// Probe results measured at or after `since`, oldest first.
    pub fn probe_history(&self, since: Timestamp) -> Result<Vec<ProbeRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT at, portal, url, outcome, http_status, dns_ms, connect_ms, tls_ms,
                        first_byte_ms, total_ms, timed_out_phase, request_id, explanation, technical
                 FROM probe_results WHERE at >= ?1 ORDER BY at, id",
            )
            .map_err(|e| self.sqlite(e))?;
        let rows = stmt
            .query_map(params![ms(since)], |r| {
                Ok(ProbeRow {
                    at: from_ms(r.get(0)?),
                    portal: r.get(1)?,
                    url: r.get(2)?,
                    outcome: r.get(3)?,
                    http_status: r.get(4)?,
                    dns_ms: r.get(5)?,
                    connect_ms: r.get(6)?,
                    tls_ms: r.get(7)?,
                    first_byte_ms: r.get(8)?,
                    total_ms: r.get(9)?,
                    timed_out_phase: r.get(10)?,
                    request_id: r.get(11)?,
                    explanation: r.get(12)?,
                    technical: r.get(13)?,
                })
            })
            .map_err(|e| self.sqlite(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sqlite(e))
    }

    /// Deletes probe results older than `before`; returns how many.
    pub fn prune_probe_results(&self, before: Timestamp) -> Result<usize, StoreError> {
        self.conn
            .execute(
                "DELETE FROM probe_results WHERE at < ?1",
                params![ms(before)],
            )
            .map_err(|e| self.sqlite(e))
    }
}

/// True when `path` exists, is not empty, and does not start with SQLite's magic.
fn has_foreign_header(path: &Path) -> bool {
    use std::io::Read;
    const MAGIC: &[u8; 16] = b"SQLite format 3\0";
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = [0u8; 16];
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(_) => return false,
        }
    }
    n > 0 && head.get(..n) != MAGIC.get(..n)
}

enum OpenFailure {
    Recoverable(RecoveryReason),
    Fatal(StoreError),
}

fn migrate(conn: &Connection, from: i64) -> rusqlite::Result<()> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        let idx = usize::try_from(version).unwrap_or(usize::MAX);
        let Some(sql) = MIGRATIONS.get(idx) else {
            break;
        };
        // One migration, one transaction, including the version bump.
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {sql}; PRAGMA user_version = {}; COMMIT;",
            version + 1
        ))
        .inspect_err(|_| {
            let _ = conn.execute_batch("ROLLBACK");
        })?;
        version += 1;
    }
    Ok(())
}

/// Renames the database (and its `-wal` / `-shm` companions) to
/// `<name>.corrupt-<UTC timestamp>`; never deletes anything.
fn move_aside(path: &Path, now: Timestamp) -> Result<PathBuf, StoreError> {
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut target = path.with_file_name(format!("{DB_FILE}.corrupt-{stamp}"));
    let mut n = 1;
    while target.exists() {
        target = path.with_file_name(format!("{DB_FILE}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    std::fs::rename(path, &target).map_err(|source| StoreError::MoveAside {
        path: path.to_owned(),
        source,
    })?;
    if let Err(e) = super::perms::restrict_file(&target) {
        tracing::warn!(error = %e, "could not make {} private", target.display());
    }
    for suffix in ["-wal", "-shm"] {
        let side = path.with_file_name(format!("{DB_FILE}{suffix}"));
        if side.exists() {
            let side_target = target.with_file_name(format!(
                "{}{suffix}",
                target
                    .file_name()
                    .map(|s| s.to_string_lossy())
                    .unwrap_or_default()
            ));
            // Best effort: the main file is what matters, and it is already safe.
            if let Err(e) = std::fs::rename(&side, &side_target) {
                tracing::warn!(error = %e, "could not move {} aside", side.display());
            } else if let Err(e) = super::perms::restrict_file(&side_target) {
                tracing::warn!(error = %e, "could not make {} private", side_target.display());
            }
        }
    }
    Ok(target)
}

/// Checks that `dir` can be created and written, without leaving anything behind
/// but the directory itself.
pub fn check_writable(dir: &Path) -> Result<(), StoreError> {
    super::perms::create_private_dir(dir, DB_FILE).map_err(|source| StoreError::CreateDir {
        path: dir.to_owned(),
        source,
    })?;
    let probe = dir.join(format!(".mfa-ready-write-test-{}", std::process::id()));
    std::fs::write(&probe, b"ok").map_err(|source| StoreError::NotWritable {
        path: dir.to_owned(),
        source,
    })?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn fresh_store_has_schema_and_pragmas() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let v: i64 = store
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let sync: i64 = store
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "synchronous=FULL");
        assert!(store.recovered().is_none());
    }

    #[test]
    fn strict_tables_reject_wrong_types() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let err = store.conn.execute(
            "INSERT INTO methods(kind, source, registered_at) VALUES ('passkey', 'verified', 'yesterday')",
            [],
        );
        assert!(
            err.is_err(),
            "STRICT table accepted text in an INTEGER column"
        );
    }

    #[test]
    fn mark_unmark_and_verified_is_not_downgraded() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let now = ts("2026-11-22T10:05:00Z");
        assert!(
            store
                .mark(MethodKind::Passkey, Source::Verified, now)
                .unwrap()
        );
        assert!(
            !store
                .mark(MethodKind::Passkey, Source::SelfAttested, now)
                .unwrap()
        );
        let regs = store.registrations().unwrap();
        assert_eq!(regs.len(), 1);
        assert_eq!(regs[0].source, Source::Verified);
        assert_eq!(regs[0].registered_at, now);
        assert!(store.unmark(MethodKind::Passkey, now).unwrap());
        assert!(!store.unmark(MethodKind::Passkey, now).unwrap());
        assert!(store.registrations().unwrap().is_empty());
        let kinds: Vec<String> = store
            .recent_events(10)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds, vec!["method_unmarked", "method_marked"]);
    }

    #[test]
    fn first_run_is_recorded_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let first = store.first_run(ts("2026-11-01T08:00:00Z")).unwrap();
        assert_eq!(first, ts("2026-11-01T08:00:00Z"));
        let again = store.first_run(ts("2026-11-20T08:00:00Z")).unwrap();
        assert_eq!(again, first);
    }

    fn row(at: &str, outcome: &str) -> ProbeRow {
        ProbeRow {
            at: ts(at),
            portal: "My Sign-Ins".into(),
            url: "https://mysignins.microsoft.com/".into(),
            outcome: outcome.into(),
            http_status: Some(504),
            dns_ms: Some(1.5),
            connect_ms: None,
            tls_ms: Some(20.0),
            first_byte_ms: Some(200.0),
            total_ms: Some(230.0),
            timed_out_phase: None,
            request_id: Some("req-1".into()),
            explanation: "x".into(),
            technical: "y".into(),
        }
    }

    #[test]
    fn probe_history_round_trip_and_prune() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let a = row("2026-11-10T10:00:00Z", "healthy");
        let b = row("2026-11-22T10:00:00Z", "gateway_timeout");
        store.insert_probe_results(&[a.clone(), b.clone()]).unwrap();
        assert_eq!(
            store.probe_history(ts("2026-01-01T00:00:00Z")).unwrap(),
            vec![a, b.clone()]
        );
        assert_eq!(
            store
                .prune_probe_results(ts("2026-11-15T10:00:00Z"))
                .unwrap(),
            1
        );
        assert_eq!(
            store.probe_history(ts("2026-01-01T00:00:00Z")).unwrap(),
            vec![b]
        );
    }

    #[test]
    fn version_1_database_is_migrated_keeping_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.execute_batch("PRAGMA user_version = 1;").unwrap();
            conn.execute(
                "INSERT INTO methods(kind, source, registered_at) VALUES ('passkey', 'verified', 1)",
                [],
            )
            .unwrap();
        }
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        assert!(store.recovered().is_none());
        assert_eq!(store.registrations().unwrap().len(), 1);
        store
            .insert_probe_results(&[row("2026-11-22T10:00:00Z", "healthy")])
            .unwrap();
        let err = store.conn.execute(
            "INSERT INTO probe_results(at, portal, url, outcome) VALUES ('now', 'a', 'b', 'c')",
            [],
        );
        assert!(err.is_err(), "probe_results must be STRICT");
    }
}
