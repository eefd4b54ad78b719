//! The queue's tables (outbox style) behind one handle, [`QueueStore`]
//! (`store.queue()` to read, `store.queue_mut()` to write): writing jobs, reading
//! them for the panel and `queue list`, "Retry now" / "Cancel", and the breakers'
//! saved states. Claims, leases, results and recovery are in `lease.rs`, the fleet
//! rules' moves in `pacing.rs`: methods of the same handle.
//!
//! Every write transaction is `BEGIN IMMEDIATE`: a deferred one that reads first
//! cannot be upgraded while another process writes (`SQLITE_BUSY_SNAPSHOT` in WAL),
//! and fails at once instead of waiting for the lock.

use std::collections::BTreeMap;
use std::ops::Deref;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use mfa_ready_core::breaker::BreakerSnapshot;
use mfa_ready_core::mask;
use mfa_ready_core::queue::{ErrorClass, HistoryFact, JobKind, JobState, Payload};

use super::model::{
    HistoryRow, JOB_COLUMNS, Job, QueueError, facts_json, from_ms, job_from_row, ms,
};
use crate::services::store::Store;

/// Appends a history line: its English (`detail`; a note's or an error's words from
/// outside masked, our own fixed lines as they are) and the fact itself, masked alike.
pub(crate) fn history(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    now: Timestamp,
    state: JobState,
    attempt: u32,
    fact: &HistoryFact,
) -> rusqlite::Result<()> {
    let external = matches!(
        fact,
        HistoryFact::Done { .. }
            | HistoryFact::Retry { .. }
            | HistoryFact::Held { .. }
            | HistoryFact::Failed { .. }
    );
    let english = fact.english();
    let detail = if external {
        mask::mask_text(&english)
    } else {
        english
    };
    tx.prepare_cached(
        "INSERT INTO job_history(job_id, at, state, attempt, detail, facts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        ms(now),
        state.id(),
        attempt,
        detail,
        facts_json(&fact.clone().masked())
    ])
    .map(|_| ())
}

/// A write transaction that takes the write lock at once (see the module note).
pub(crate) fn write_tx(store: &mut Store) -> rusqlite::Result<rusqlite::Transaction<'_>> {
    store
        .conn_mut()
        .transaction_with_behavior(TransactionBehavior::Immediate)
}

/// The queue's tables in the store, behind one handle: jobs, their history, claims
/// and leases (`lease.rs`), the fleet rules' moves (`pacing.rs`) and the breakers.
/// [`Store::queue`] reads; [`Store::queue_mut`] also writes (each write one
/// `BEGIN IMMEDIATE` transaction).
pub struct QueueStore<S> {
    store: S,
}

impl Store {
    /// The queue's tables, to read.
    pub fn queue(&self) -> QueueStore<&Store> {
        QueueStore { store: self }
    }

    /// The queue's tables, to read and write.
    pub fn queue_mut(&mut self) -> QueueStore<&mut Store> {
        QueueStore { store: self }
    }
}

impl<S: Deref<Target = Store>> QueueStore<S> {
    /// The store's connection, for reads.
    pub(super) fn conn(&self) -> &rusqlite::Connection {
        self.store.conn()
    }
}

impl QueueStore<&mut Store> {
    /// A write transaction (see [`write_tx`]).
    pub(super) fn write(&mut self) -> rusqlite::Result<rusqlite::Transaction<'_>> {
        write_tx(self.store)
    }
}

impl<S: Deref<Target = Store>> QueueStore<S> {
    /// One job.
    pub fn job(&self, id: i64) -> Result<Option<Job>, QueueError> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = ?1"))?;
        let row = stmt.query_row(params![id], job_from_row).optional()?;
        row.transpose()
    }

    pub(crate) fn query_jobs(
        &self,
        sql_where: &str,
        p: impl rusqlite::Params,
    ) -> Result<Vec<Job>, QueueError> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {JOB_COLUMNS} FROM jobs {sql_where}"))?;
        let rows = stmt.query_map(p, job_from_row)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(r??);
        }
        Ok(out)
    }

    /// Every job, newest first.
    pub fn jobs(&self) -> Result<Vec<Job>, QueueError> {
        self.query_jobs("ORDER BY id DESC", [])
    }

    /// `pending` and `in_flight` jobs, oldest first.
    pub fn open_jobs(&self) -> Result<Vec<Job>, QueueError> {
        self.query_jobs(
            "WHERE state IN ('pending', 'in_flight') ORDER BY next_attempt_at, id",
            [],
        )
    }

    /// The first `limit` open jobs (as [`Store::open_jobs`]) and how many are open in all.
    pub fn open_jobs_page(&self, limit: u32) -> Result<(Vec<Job>, usize), QueueError> {
        let jobs = self.query_jobs(
            "WHERE state IN ('pending', 'in_flight') ORDER BY next_attempt_at, id LIMIT ?1",
            params![limit],
        )?;
        let total: i64 = self
            .conn()
            .prepare_cached("SELECT COUNT(*) FROM jobs WHERE state IN ('pending', 'in_flight')")?
            .query_row([], |r| r.get(0))?;
        Ok((jobs, usize::try_from(total).unwrap_or(0)))
    }

    /// Jobs finished since `since` (for the panel's recent list).
    pub fn recent_finished(&self, since: Timestamp) -> Result<Vec<Job>, QueueError> {
        self.query_jobs(
            "WHERE state IN ('succeeded', 'failed', 'cancelled') AND updated_at >= ?1 ORDER BY updated_at DESC LIMIT 20",
            params![ms(since)],
        )
    }

    /// Pending jobs due at `now`, oldest first.
    pub fn due_jobs(&self, now: Timestamp, limit: u32) -> Result<Vec<Job>, QueueError> {
        self.query_jobs(
            "WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2",
            params![ms(now), limit],
        )
    }

    /// The earliest time a pending job is due.
    pub fn next_due(&self) -> Result<Option<Timestamp>, QueueError> {
        let v: Option<i64> = self
            .conn()
            .prepare_cached("SELECT MIN(next_attempt_at) FROM jobs WHERE state = 'pending'")?
            .query_row([], |r| r.get(0))?;
        Ok(v.map(from_ms))
    }

    /// A job's history, oldest first.
    pub fn job_history(&self, id: i64) -> Result<Vec<HistoryRow>, QueueError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT at, state, attempt, detail, facts FROM job_history WHERE job_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            Ok(HistoryRow {
                at: from_ms(r.get(0)?),
                state: JobState::from_id(&r.get::<_, String>(1)?).unwrap_or(JobState::Pending),
                attempt: u32::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
                detail: r.get(3)?,
                fact: r
                    .get::<_, Option<String>>(4)?
                    .and_then(|f| serde_json::from_str(&f).ok()),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Pending jobs of `kind` keyed on `host` (the "Tell me when it's back" jobs
    /// a healthy probe completes), oldest first.
    pub fn waiting_jobs(&self, kind: JobKind, host: &str) -> Result<Vec<Job>, QueueError> {
        self.query_jobs(
            "WHERE state = 'pending' AND kind = ?1 AND host = ?2 ORDER BY id",
            params![kind.id(), host],
        )
    }

    /// Stored breaker states.
    pub fn breakers(&self) -> Result<BTreeMap<String, BreakerSnapshot>, QueueError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT host, snapshot FROM breakers")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = BTreeMap::new();
        for row in rows {
            let (host, snap) = row?;
            if let Ok(s) = serde_json::from_str(&snap) {
                out.insert(host, s);
            }
        }
        Ok(out)
    }
}

impl QueueStore<&mut Store> {
    /// Writes a new `pending` job, due now (outbox: before any attempt). One
    /// transaction, one fsync; the job is returned as written, not read back.
    pub fn enqueue(
        &mut self,
        payload: &Payload,
        host: &str,
        now: Timestamp,
    ) -> Result<Job, QueueError> {
        let key = uuid::Uuid::new_v4().to_string();
        let body = serde_json::to_string(payload).map_err(|e| QueueError::Corrupt {
            id: 0,
            why: e.to_string(),
        })?;
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO jobs(kind, payload, idempotency_key, host, state, attempts, next_attempt_at,
                              created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5, ?5)",
        )?
        .execute(params![payload.kind().id(), body, key, host, ms(now)])?;
        let id = tx.last_insert_rowid();
        history(&tx, id, now, JobState::Pending, 0, &HistoryFact::Queued)?;
        tx.commit()?;
        // What the row holds, to the millisecond (the store's resolution).
        let at = from_ms(ms(now));
        Ok(Job {
            id,
            kind: payload.kind(),
            payload: payload.clone(),
            idempotency_key: key,
            host: host.to_owned(),
            state: JobState::Pending,
            attempts: 0,
            next_attempt_at: at,
            needs_check: false,
            last_error: None,
            outcome: None,
            facts: None,
            created_at: at,
            updated_at: at,
        })
    }

    /// "Cancel": an open job becomes `cancelled`. False if it was not open. An
    /// attempt still in flight then finds its job cancelled and records nothing.
    pub fn cancel_job(&mut self, id: i64, now: Timestamp) -> Result<bool, QueueError> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE jobs SET state = 'cancelled', owner = NULL, lease_until = NULL, updated_at = ?2
             WHERE id = ?1 AND state IN ('pending', 'in_flight')",
            params![id, ms(now)],
        )?;
        if n == 1 {
            history(
                &tx,
                id,
                now,
                JobState::Cancelled,
                0,
                &HistoryFact::CancelledByYou,
            )?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    /// "Retry now": a pending (or failed) job becomes due now. False otherwise.
    pub fn retry_job_now(&mut self, id: i64, now: Timestamp) -> Result<bool, QueueError> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE jobs SET state = 'pending', next_attempt_at = ?2, outcome = NULL,
                outcome_facts = NULL, interruptions = 0, updated_at = ?2
             WHERE id = ?1 AND state IN ('pending', 'failed')",
            params![id, ms(now)],
        )?;
        if n == 1 {
            history(&tx, id, now, JobState::Pending, 0, &HistoryFact::RetryAsked)?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    /// Makes waiting jobs due now (after sign-in; `class` filters by last error).
    pub fn wake_jobs(&mut self, class: ErrorClass, now: Timestamp) -> Result<usize, QueueError> {
        let tx = self.write()?;
        let n = tx.execute(
            "UPDATE jobs SET next_attempt_at = ?1, updated_at = ?1
             WHERE state = 'pending' AND last_error_class = ?2",
            params![ms(now), class.id()],
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// Saves one host's breaker.
    pub fn save_breaker(
        &mut self,
        host: &str,
        snap: &BreakerSnapshot,
        now: Timestamp,
    ) -> Result<(), QueueError> {
        let json = serde_json::to_string(snap).map_err(|e| QueueError::Corrupt {
            id: 0,
            why: e.to_string(),
        })?;
        let tx = self.write()?;
        tx.prepare_cached(
            "INSERT INTO breakers(host, snapshot, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(host) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at",
        )?
        .execute(params![host, json, ms(now)])?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::queue::{Lease, Transition};
    use mfa_ready_core::queue::JobError;

    use crate::services::queue::testkit::{phone, store, t};

    fn lease() -> Lease<'static> {
        Lease {
            owner: "me",
            until: t("2026-11-22T09:00:30Z"),
        }
    }

    #[test]
    fn enqueue_returns_the_job_as_stored() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00.123456Z");
        let job = s
            .queue_mut()
            .enqueue(&phone(), "graph.microsoft.com", now)
            .unwrap();
        assert_eq!(Some(&job), s.queue().job(job.id).unwrap().as_ref());
        assert_eq!(s.queue().job_history(job.id).unwrap().len(), 1);
    }

    #[test]
    fn cancel_and_retry_now() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let a = s.queue_mut().enqueue(&phone(), "h", now).unwrap();
        assert!(s.queue_mut().cancel_job(a.id, now).unwrap());
        assert!(!s.queue_mut().cancel_job(a.id, now).unwrap());
        assert!(
            !s.queue_mut().retry_job_now(a.id, now).unwrap(),
            "cancelled stays cancelled"
        );
        assert!(s.queue().due_jobs(now, 10).unwrap().is_empty());
        let b = s.queue_mut().enqueue(&phone(), "h", now).unwrap();
        assert_ne!(a.idempotency_key, b.idempotency_key);
        s.queue_mut().claim(b.id, &lease(), now).unwrap();
        let later = t("2026-11-22T10:00:00Z");
        s.queue_mut()
            .finish(
                b.id,
                "me",
                &Transition::Retry {
                    at: later,
                    error: JobError::new(ErrorClass::Timeout, None, "x"),
                    needs_check: false,
                },
                &[],
                now,
            )
            .unwrap();
        assert!(s.queue_mut().retry_job_now(b.id, now).unwrap());
        assert_eq!(s.queue().due_jobs(now, 10).unwrap().len(), 1);
    }

    #[test]
    fn open_jobs_page_is_capped_and_counts_everything() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        for _ in 0..5 {
            s.queue_mut()
                .enqueue(&Payload::VerifyMethods, "h", now)
                .unwrap();
        }
        let done = s
            .queue_mut()
            .enqueue(&Payload::VerifyMethods, "h", now)
            .unwrap();
        s.queue_mut().cancel_job(done.id, now).unwrap();
        let (page, total) = s.queue().open_jobs_page(3).unwrap();
        assert_eq!((page.len(), total), (3, 5));
        assert_eq!(page, s.queue().open_jobs().unwrap()[..3].to_vec());
    }

    #[test]
    fn waiting_jobs_are_found_by_kind_and_host_key() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let wait = Payload::ResumePortalStep {
            portal: "Lab".into(),
            url: "http://127.0.0.1:8443/x".into(),
            method: mfa_ready_core::methods::MethodKind::Passkey,
        };
        let a = s.queue_mut().enqueue(&wait, "127.0.0.1:8443", now).unwrap();
        s.queue_mut().enqueue(&wait, "127.0.0.1", now).unwrap();
        s.queue_mut()
            .enqueue(&phone(), "127.0.0.1:8443", now)
            .unwrap();
        let found = s
            .queue()
            .waiting_jobs(JobKind::ResumePortalStep, "127.0.0.1:8443")
            .unwrap();
        assert_eq!(found, vec![a]);
    }

    #[test]
    fn strict_jobs_table_rejects_bad_states() {
        let (_d, s) = store();
        let err = s.conn().execute(
            "INSERT INTO jobs(kind, payload, idempotency_key, host, state, next_attempt_at, created_at, updated_at)
             VALUES ('register_phone', '{}', 'k', 'h', 'done', 0, 0, 0)",
            [],
        );
        assert!(err.is_err());
    }
}
