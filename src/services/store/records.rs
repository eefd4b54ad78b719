//! What the wizard keeps: the first-run time, settings (the page to resume on),
//! the registered methods, and the append-only event log.

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use mfa_ready_core::methods::{MethodKind, SetupIds};
use mfa_ready_core::readiness::{Registration, Source};

use super::db::{Store, StoreError, from_ms, ms};

/// The `meta` key of [`Store::setup_ids`].
const SETUP_IDS_KEY: &str = "setup_ids";

/// One line of the append-only event log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub at: Timestamp,
    pub kind: String,
    pub detail: String,
}

impl Store {
    /// The first-run time, recorded now if this is the first run.
    ///
    /// Write transactions are `BEGIN IMMEDIATE`: a deferred one that reads first
    /// cannot be upgraded while another process writes, and fails without waiting.
    pub fn first_run(&mut self, now: Timestamp) -> Result<Timestamp, StoreError> {
        let (tx, sq) = self.write_tx()?;
        let existing: Option<String> = tx
            .query_row("SELECT value FROM meta WHERE key = 'first_run'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(&sq)?;
        let value = match existing.and_then(|v| v.parse::<i64>().ok()) {
            Some(v) => from_ms(v),
            None => {
                tx.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('first_run', ?1)",
                    params![ms(now).to_string()],
                )
                .map_err(&sq)?;
                tx.execute(
                    "INSERT INTO events(at, kind, detail) VALUES (?1, 'first_run', '')",
                    params![ms(now)],
                )
                .map_err(&sq)?;
                now
            }
        };
        tx.commit().map_err(&sq)?;
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

    /// Per method, the service's id to set it up with directly (Okta's authenticator
    /// ids), as the last successful list gave them: empty when none was kept or what
    /// was kept cannot be read (the links then fall back to the settings page).
    pub fn setup_ids(&self) -> Result<SetupIds, StoreError> {
        Ok(self
            .setting(SETUP_IDS_KEY)?
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default())
    }

    /// Keeps the ids of the last successful list (one `meta` row, JSON), replacing
    /// what an earlier list gave.
    pub fn set_setup_ids(&self, ids: &SetupIds) -> Result<(), StoreError> {
        let json = serde_json::to_string(ids).unwrap_or_else(|_| "{}".to_owned());
        self.set_setting(SETUP_IDS_KEY, &json)
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
        let (tx, sq) = self.write_tx()?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT source FROM methods WHERE kind = ?1",
                params![kind.id()],
                |r| r.get(0),
            )
            .optional()
            .map_err(&sq)?;
        let changed = match existing.as_deref() {
            Some(s) if s == source.id() || s == Source::Verified.id() => false,
            _ => {
                tx.execute(
                    "INSERT INTO methods(kind, source, registered_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT(kind) DO UPDATE SET source = excluded.source",
                    params![kind.id(), source.id(), ms(now)],
                )
                .map_err(&sq)?;
                tx.execute(
                    "INSERT INTO events(at, kind, detail) VALUES (?1, 'method_marked', ?2)",
                    params![ms(now), format!("{} ({})", kind.id(), source.id())],
                )
                .map_err(&sq)?;
                true
            }
        };
        tx.commit().map_err(&sq)?;
        Ok(changed)
    }

    /// Removes `kind`. Returns whether it was there.
    pub fn unmark(&mut self, kind: MethodKind, now: Timestamp) -> Result<bool, StoreError> {
        let (tx, sq) = self.write_tx()?;
        let n = tx
            .execute("DELETE FROM methods WHERE kind = ?1", params![kind.id()])
            .map_err(&sq)?;
        if n > 0 {
            tx.execute(
                "INSERT INTO events(at, kind, detail) VALUES (?1, 'method_unmarked', ?2)",
                params![ms(now), kind.id()],
            )
            .map_err(&sq)?;
        }
        tx.commit().map_err(&sq)?;
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
