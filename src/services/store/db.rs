//! The open database: where it lives, opening it (moving a damaged or too-new file
//! aside), and its errors.
//!
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
use rusqlite::{Connection, OpenFlags};

use super::schema::{SCHEMA_VERSION, migrate};
use crate::services::perms::{self, PrivateError};

/// Maps a failure to make or use the data directory.
fn dir_error(dir: &Path) -> impl Fn(PrivateError) -> StoreError + '_ {
    move |e| match e {
        PrivateError::Io { source, .. } => StoreError::CreateDir {
            path: dir.to_owned(),
            source,
        },
        other => StoreError::Refused(other),
    }
}

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "mfa-ready.sqlite3";
const WAL_FILE: &str = "mfa-ready.sqlite3-wal";
const SHM_FILE: &str = "mfa-ready.sqlite3-shm";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create data directory {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A link, another user's folder, something that is not a folder: refused.
    #[error("cannot use the data directory: {0}")]
    Refused(PrivateError),
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

/// The open database.
pub struct Store {
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    recovered: Option<Recovered>,
}

pub(crate) fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

pub(crate) fn from_ms(v: i64) -> Timestamp {
    Timestamp::from_millisecond(v).unwrap_or(Timestamp::UNIX_EPOCH)
}

impl Store {
    /// Opens (or creates) the store in `data_dir`. `now` stamps a moved-aside file.
    pub fn open(data_dir: &Path, now: Timestamp) -> Result<Self, StoreError> {
        perms::create_private_dir(data_dir).map_err(dir_error(data_dir))?;
        let path = data_dir.join(DB_FILE);
        // Never through a link: moving aside, chmod and SQLite itself would act on
        // whatever it points at.
        for name in [DB_FILE, WAL_FILE, SHM_FILE] {
            perms::refuse_link(&data_dir.join(name)).map_err(StoreError::Refused)?;
        }
        // A file that is not SQLite at all is moved aside before SQLite opens it:
        // SQLite would delete the `-wal`/`-shm` beside it when it closes.
        let first = if has_foreign_header(&path) {
            Err(OpenFailure::Recoverable(RecoveryReason::NotADatabase(
                "the file does not start with the SQLite header".to_owned(),
            )))
        } else {
            Self::try_open_patiently(&path)
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

    /// [`Self::try_open`], again while the database is busy. Opening (WAL mode, the
    /// quick check, migrations) may meet another process's lock in ways SQLite's busy
    /// handler does not wait for (switching to WAL, a WAL-index being recovered), and at
    /// login several processes open the same new store together. Up to 15 s in all.
    fn try_open_patiently(path: &Path) -> Result<Connection, OpenFailure> {
        let started = std::time::Instant::now();
        let mut pause = Duration::from_millis(20);
        loop {
            match Self::try_open(path) {
                Err(OpenFailure::Fatal(StoreError::Sqlite { source, .. }))
                    if is_busy(&source) && started.elapsed() < OPEN_PATIENCE =>
                {
                    tracing::debug!(error = %source, "store busy while opening; trying again");
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(500));
                }
                other => return other,
            }
        }
    }

    fn try_open(path: &Path) -> Result<Connection, OpenFailure> {
        let sqlite = |source: rusqlite::Error| StoreError::Sqlite {
            path: path.to_owned(),
            source,
        };
        // Owner-only before SQLite opens it: its `-wal` and `-shm` take the same mode.
        perms::precreate_private_file(path).map_err(|e| match e {
            PrivateError::Io { .. } => {
                OpenFailure::Fatal(sqlite(rusqlite::Error::InvalidPath(e.to_string().into())))
            }
            other => OpenFailure::Fatal(StoreError::Refused(other)),
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
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                // A link planted after the checks above is refused by SQLite itself.
                | OpenFlags::SQLITE_OPEN_NOFOLLOW,
        )
        .map_err(classify)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(classify)?;
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
            if let Err(e) = perms::restrict_file(&side) {
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

    /// A `BEGIN IMMEDIATE` write transaction (every write in the store starts
    /// here: a deferred one that reads first cannot be upgraded while another
    /// process writes) and the mapper that names this database in its errors.
    pub(super) fn write_tx(
        &mut self,
    ) -> Result<
        (
            rusqlite::Transaction<'_>,
            impl Fn(rusqlite::Error) -> StoreError + use<>,
        ),
        StoreError,
    > {
        let path = self.path.clone();
        let sq = move |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(&sq)?;
        Ok((tx, sq))
    }

    pub(super) fn sqlite(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
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

/// How long one statement waits for another process's lock (SQLite's busy handler).
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long opening keeps trying while the database is busy.
const OPEN_PATIENCE: Duration = Duration::from_secs(15);

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

enum OpenFailure {
    Recoverable(RecoveryReason),
    Fatal(StoreError),
}

/// Renames the database (and its `-wal` / `-shm` companions) to
/// `<name>.corrupt-<UTC timestamp>`; never deletes anything.
fn move_aside(path: &Path, now: Timestamp) -> Result<PathBuf, StoreError> {
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut target = path.with_file_name(format!("{DB_FILE}.corrupt-{stamp}"));
    let mut n = 1;
    while std::fs::symlink_metadata(&target).is_ok() {
        target = path.with_file_name(format!("{DB_FILE}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    std::fs::rename(path, &target).map_err(|source| StoreError::MoveAside {
        path: path.to_owned(),
        source,
    })?;
    if let Err(e) = perms::restrict_file(&target) {
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
            } else if let Err(e) = perms::restrict_file(&side_target) {
                tracing::warn!(error = %e, "could not make {} private", side_target.display());
            }
        }
    }
    Ok(target)
}

/// Checks that `dir` can be created and written, without leaving anything behind
/// but the directory itself.
pub fn check_writable(dir: &Path) -> Result<(), StoreError> {
    perms::create_private_dir(dir).map_err(dir_error(dir))?;
    // An exclusively created file with an unpredictable name: never someone's link.
    tempfile::Builder::new()
        .prefix(".mfa-ready-write-test-")
        .tempfile_in(dir)
        .map(drop)
        .map_err(|source| StoreError::NotWritable {
            path: dir.to_owned(),
            source,
        })
}
