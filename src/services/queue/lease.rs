//! Claims, leases, results and recovery: who may send a job, and what happens
//! when its sender stops.
//!
//! * A claim (`pending` → `in_flight`) records its **owner** (one id per process,
//!   [`process_owner`]) and a **lease** (`lease_until`) that the owner renews while
//!   the request runs (every third of [`DEFAULT_LEASE`]). Only the owner records
//!   the attempt's result ([`QueueStore::finish`]).
//! * Another process (the window, a second `queue run`, an `enroll` still waiting
//!   for its answer) leaves a job alone while its lease runs. An expired lease means
//!   its owner stopped mid-attempt: [`QueueStore::recover_expired`] puts the job back,
//!   due now and checking first whether the last try went through.
//! * Interrupted claims are counted (`interruptions`); the [`MAX_INTERRUPTIONS`]th
//!   in a row fails the job with a plain message and the helpdesk contact, so a job
//!   whose processing crashes the app can never become a crash loop. A result
//!   recorded by its owner resets the count.
//!
//! Leases are wall-clock times, never the injected clock: they coordinate real
//! processes, and a what-if `MFA_READY_NOW` must not make a lease eternal or
//! expired. Every write here is one `BEGIN IMMEDIATE` transaction.

use std::ops::Deref;
use std::sync::OnceLock;
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, params};

use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::queue::{
    AfterInterruption, ErrorClass, GiveUp, HistoryFact, JobError, JobKind, JobOutcome, JobState,
    MAX_INTERRUPTIONS, after_interruption,
};

use super::model::{QueueError, Transition, facts_json, from_ms, ms};
use super::sql::{QueueStore, history};
use crate::services::store::Store;

/// How long a claim stays ours without renewal.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(30);

/// This process's owner id: the pid and 64 random bits (pids are reused).
pub fn process_owner() -> &'static str {
    static OWNER: OnceLock<String> = OnceLock::new();
    OWNER.get_or_init(|| {
        let mut b = [0u8; 8];
        // Without OS randomness the time keeps two processes with a reused pid apart.
        if getrandom::fill(&mut b).is_err() {
            b = Timestamp::now().as_nanosecond().to_le_bytes()[..8]
                .try_into()
                .unwrap_or_default();
        }
        format!("{}-{:016x}", std::process::id(), u64::from_le_bytes(b))
    })
}

/// A claim's owner and how long it holds (wall clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lease<'a> {
    pub owner: &'a str,
    pub until: Timestamp,
}

/// What [`QueueStore::recover_expired`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recovery {
    /// Jobs back to `pending`, to be checked and retried.
    pub requeued: usize,
    /// Jobs that failed after too many interruptions: id and why.
    pub failed: Vec<(i64, GiveUp)>,
}

/// A job's claim as stored (tests and diagnostics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimInfo {
    pub owner: Option<String>,
    pub lease_until: Option<Timestamp>,
    pub interruptions: u32,
}

impl<S: Deref<Target = Store>> QueueStore<S> {
    /// When the first lease of a job in flight runs out (wall clock), if any.
    pub fn next_lease_expiry(&self) -> Result<Option<Timestamp>, QueueError> {
        let v: Option<i64> = self
            .conn()
            .prepare_cached(
                "SELECT MIN(COALESCE(lease_until, 0)) FROM jobs WHERE state = 'in_flight'",
            )?
            .query_row([], |r| r.get(0))?;
        Ok(v.map(from_ms))
    }

    /// A job's owner, lease and interruption count.
    pub fn claim_info(&self, id: i64) -> Result<Option<ClaimInfo>, QueueError> {
        let row = self
            .conn()
            .prepare_cached("SELECT owner, lease_until, interruptions FROM jobs WHERE id = ?1")?
            .query_row(params![id], |r| {
                Ok(ClaimInfo {
                    owner: r.get(0)?,
                    lease_until: r.get::<_, Option<i64>>(1)?.map(from_ms),
                    interruptions: u32::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
                })
            })
            .optional()?;
        Ok(row)
    }
}

impl QueueStore<&mut Store> {
    /// `pending` → `in_flight` under `lease`, attempts + 1. False if the job is
    /// not pending (cancelled meanwhile, or claimed by another worker).
    pub fn claim(
        &mut self,
        id: i64,
        lease: &Lease<'_>,
        now: Timestamp,
    ) -> Result<bool, QueueError> {
        let tx = self.write()?;
        let attempts: Option<i64> = tx
            .prepare_cached(
                "UPDATE jobs SET state = 'in_flight', attempts = attempts + 1, owner = ?2,
                    lease_until = ?3, updated_at = ?4
                 WHERE id = ?1 AND state = 'pending' RETURNING attempts",
            )?
            .query_row(params![id, lease.owner, ms(lease.until), ms(now)], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(a) = attempts {
            let attempt = u32::try_from(a).unwrap_or(0);
            history(
                &tx,
                id,
                now,
                JobState::InFlight,
                attempt,
                &HistoryFact::Sending,
            )?;
        }
        tx.commit()?;
        Ok(attempts.is_some())
    }

    /// Extends our lease on a job in flight. False when it is no longer ours
    /// (it expired and another process took the job back, or it was cancelled).
    pub fn renew(&mut self, id: i64, lease: &Lease<'_>) -> Result<bool, QueueError> {
        let tx = self.write()?;
        let n = tx
            .prepare_cached(
                "UPDATE jobs SET lease_until = ?3 WHERE id = ?1 AND state = 'in_flight' AND owner = ?2",
            )?
            .execute(params![id, lease.owner, ms(lease.until)])?;
        tx.commit()?;
        Ok(n == 1)
    }

    /// Records the result of `owner`'s attempt (one transaction). `verified`
    /// kinds become verified registrations in the same transaction. False (and
    /// nothing written) when the job is no longer `owner`'s claim.
    pub fn finish(
        &mut self,
        id: i64,
        owner: &str,
        transition: &Transition,
        verified: &[MethodKind],
        now: Timestamp,
    ) -> Result<bool, QueueError> {
        let tx = self.write()?;
        let attempts: Option<i64> = tx
            .prepare_cached(
                "SELECT attempts FROM jobs WHERE id = ?1 AND state = 'in_flight' AND owner = ?2",
            )?
            .query_row(params![id, owner], |r| r.get(0))
            .optional()?;
        let Some(attempts) = attempts else {
            return Ok(false);
        };
        let attempt = u32::try_from(attempts).unwrap_or(0);
        apply(&tx, id, attempt, transition, now)?;
        if let Transition::Succeed { .. } = transition {
            record_verified(&tx, verified, now)?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// `owner`'s attempt was interrupted (processing it panicked): the job goes
    /// back to `pending`, due now and checked first, or fails after
    /// [`MAX_INTERRUPTIONS`] in a row. `None` when the job is no longer ours.
    pub fn interrupt(
        &mut self,
        id: i64,
        owner: &str,
        now: Timestamp,
        helpdesk: Option<&str>,
    ) -> Result<Option<AfterInterruption>, QueueError> {
        let tx = self.write()?;
        let row: Option<(String, i64, i64)> = tx
            .prepare_cached(
                "SELECT kind, attempts, interruptions FROM jobs
                 WHERE id = ?1 AND state = 'in_flight' AND owner = ?2",
            )?
            .query_row(params![id, owner], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        let Some((kind, attempts, interruptions)) = row else {
            return Ok(None);
        };
        let after = requeue_interrupted(&tx, id, &kind, attempts, interruptions, now, helpdesk)?;
        tx.commit()?;
        Ok(Some(after))
    }

    /// Takes back every `in_flight` job whose lease expired at `wall` (or that has
    /// none: written by an older version). `now` stamps the change.
    pub fn recover_expired(
        &mut self,
        wall: Timestamp,
        now: Timestamp,
        helpdesk: Option<&str>,
    ) -> Result<Recovery, QueueError> {
        let tx = self.write()?;
        let expired = "state = 'in_flight' AND (lease_until IS NULL OR lease_until <= ?1)";
        let last = i64::from(MAX_INTERRUPTIONS) - 1;
        // The jobs about to fail are few: each gets its own sentence.
        let poisoned: Vec<(i64, String, i64, i64)> = {
            let mut stmt = tx.prepare_cached(&format!(
                "SELECT id, kind, attempts, interruptions FROM jobs WHERE {expired} AND interruptions >= ?2"
            ))?;
            let rows = stmt.query_map(params![ms(wall), last], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?;
            rows.collect::<Result<_, _>>()?
        };
        let mut out = Recovery::default();
        for (id, kind, attempts, interruptions) in poisoned {
            if let AfterInterruption::Fail(m) =
                requeue_interrupted(&tx, id, &kind, attempts, interruptions, now, helpdesk)?
            {
                out.failed.push((id, m));
            }
        }
        // The rest in two statements, however many there are (a backlog at start).
        let line = HistoryFact::Interrupted;
        tx.prepare_cached(&format!(
            "INSERT INTO job_history(job_id, at, state, attempt, detail, facts)
             SELECT id, ?3, 'pending', attempts, ?4, ?5 FROM jobs WHERE {expired} AND interruptions < ?2"
        ))?
        .execute(params![
            ms(wall),
            last,
            ms(now),
            line.english(),
            facts_json(&line)
        ])?;
        out.requeued = tx
            .prepare_cached(&format!(
                "UPDATE jobs SET state = 'pending', needs_check = 1, next_attempt_at = ?3, updated_at = ?3,
                    interruptions = interruptions + 1, owner = NULL, lease_until = NULL
                 WHERE {expired} AND interruptions < ?2"
            ))?
            .execute(params![ms(wall), last, ms(now)])?;
        tx.commit()?;
        Ok(out)
    }
}

/// An interrupted claim: back to `pending` (checked first) or, after too many
/// interruptions in a row, `failed`.
fn requeue_interrupted(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    kind: &str,
    attempts: i64,
    interruptions: i64,
    now: Timestamp,
    helpdesk: Option<&str>,
) -> Result<AfterInterruption, QueueError> {
    let kind = JobKind::from_id(kind).ok_or_else(|| QueueError::Corrupt {
        id,
        why: format!("kind {kind:?}"),
    })?;
    let count = u32::try_from(interruptions).unwrap_or(0).saturating_add(1);
    let attempt = u32::try_from(attempts).unwrap_or(0);
    let after = after_interruption(kind, count, helpdesk);
    match &after {
        AfterInterruption::RetryNow => {
            tx.prepare_cached(
                "UPDATE jobs SET state = 'pending', needs_check = 1, next_attempt_at = ?2, updated_at = ?2,
                    interruptions = ?3, owner = NULL, lease_until = NULL
                 WHERE id = ?1",
            )?
            .execute(params![id, ms(now), count])?;
            history(
                tx,
                id,
                now,
                JobState::Pending,
                attempt,
                &HistoryFact::Interrupted,
            )?;
        }
        AfterInterruption::Fail(give_up) => {
            let e = JobError::new(ErrorClass::Local, None, "interrupted too many times");
            let outcome = JobOutcome::GaveUp {
                give_up: give_up.clone(),
            };
            tx.prepare_cached(
                "UPDATE jobs SET state = 'failed', outcome = ?2, outcome_facts = ?7, updated_at = ?3,
                    interruptions = ?4, last_error_class = ?5, last_error_status = NULL,
                    last_error_message = ?6, last_error_request_id = NULL, owner = NULL,
                    lease_until = NULL
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                outcome.english(),
                ms(now),
                count,
                e.class.id(),
                e.message,
                facts_json(&outcome)
            ])?;
            history(
                tx,
                id,
                now,
                JobState::Failed,
                attempt,
                &HistoryFact::StoppedAfterInterruptions { count },
            )?;
        }
    }
    Ok(after)
}

/// The error columns of a transition's error.
fn error_columns(e: &JobError) -> (&'static str, Option<i64>, &str, Option<&str>) {
    (
        e.class.id(),
        e.status.map(i64::from),
        e.message.as_str(),
        e.request_id.as_deref(),
    )
}

/// Writes one transition of a job we hold (the caller checked the claim).
fn apply(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    attempt: u32,
    transition: &Transition,
    now: Timestamp,
) -> Result<(), QueueError> {
    // Every result clears the claim and the run of interruptions.
    const RELEASE: &str = "owner = NULL, lease_until = NULL, interruptions = 0";
    match transition {
        Transition::Succeed { note } => {
            let outcome = JobOutcome::Done { note: note.clone() };
            tx.prepare_cached(&format!(
                "UPDATE jobs SET state = 'succeeded', needs_check = 0, outcome = ?2, outcome_facts = ?4,
                    updated_at = ?3, {RELEASE}
                 WHERE id = ?1"
            ))?
            .execute(params![id, note.english(), ms(now), facts_json(&outcome)])?;
            let done = HistoryFact::Done { note: note.clone() };
            history(tx, id, now, JobState::Succeeded, attempt, &done)?;
        }
        Transition::Retry {
            at,
            error,
            needs_check,
        } => {
            let (c, s, m, r) = error_columns(error);
            tx.prepare_cached(&format!(
                "UPDATE jobs SET state = 'pending', next_attempt_at = ?2, needs_check = ?3,
                    last_error_class = ?4, last_error_status = ?5, last_error_message = ?6,
                    last_error_request_id = ?7, updated_at = ?8, {RELEASE}
                 WHERE id = ?1"
            ))?
            .execute(params![
                id,
                ms(*at),
                i64::from(*needs_check),
                c,
                s,
                m,
                r,
                ms(now)
            ])?;
            let line = HistoryFact::Retry {
                error: error.clone(),
                at: *at,
            };
            history(tx, id, now, JobState::Pending, attempt, &line)?;
        }
        Transition::Hold { at, error } => {
            let (c, s, m, r) = error_columns(error);
            // Not an attempt: give the claimed attempt back.
            tx.prepare_cached(&format!(
                "UPDATE jobs SET state = 'pending', attempts = MAX(attempts - 1, 0), next_attempt_at = ?2,
                    last_error_class = ?3, last_error_status = ?4, last_error_message = ?5,
                    last_error_request_id = ?6, updated_at = ?7, {RELEASE}
                 WHERE id = ?1"
            ))?
            .execute(params![id, ms(*at), c, s, m, r, ms(now)])?;
            let line = HistoryFact::Held {
                error: error.clone(),
            };
            history(
                tx,
                id,
                now,
                JobState::Pending,
                attempt.saturating_sub(1),
                &line,
            )?;
        }
        Transition::Fail { error, give_up } => {
            let (c, s, m, r) = error_columns(error);
            let outcome = JobOutcome::GaveUp {
                give_up: give_up.clone(),
            };
            tx.prepare_cached(&format!(
                "UPDATE jobs SET state = 'failed', last_error_class = ?2, last_error_status = ?3,
                    last_error_message = ?4, last_error_request_id = ?5, outcome = ?6, updated_at = ?7,
                    outcome_facts = ?8, {RELEASE}
                 WHERE id = ?1"
            ))?
            // The give-up's service words are masked in core, the helpdesk's phone and
            // e-mail are not (the user must be able to call).
            .execute(params![
                id,
                c,
                s,
                m,
                r,
                outcome.english(),
                ms(now),
                facts_json(&outcome)
            ])?;
            let line = HistoryFact::Failed {
                error: error.clone(),
            };
            history(tx, id, now, JobState::Failed, attempt, &line)?;
        }
    }
    Ok(())
}

/// Verified kinds become verified registrations (with an event line).
fn record_verified(
    tx: &rusqlite::Transaction<'_>,
    verified: &[MethodKind],
    now: Timestamp,
) -> Result<(), QueueError> {
    for k in verified {
        tx.prepare_cached(
            "INSERT INTO methods(kind, source, registered_at) VALUES (?1, 'verified', ?2)
             ON CONFLICT(kind) DO UPDATE SET source = 'verified'",
        )?
        .execute(params![k.id(), ms(now)])?;
    }
    if !verified.is_empty() {
        let ids: Vec<&str> = verified.iter().map(|k| k.id()).collect();
        tx.execute(
            "INSERT INTO events(at, kind, detail) VALUES (?1, 'methods_verified', ?2)",
            params![ms(now), ids.join(",")],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_core::queue::{Note, Payload};
    use mfa_ready_core::readiness::Source;

    use crate::services::queue::testkit::{phone, store, t};

    fn lease(owner: &str, until: &str) -> (String, Timestamp) {
        (owner.to_owned(), t(until))
    }

    fn claim(s: &mut Store, id: i64, (owner, until): &(String, Timestamp)) -> bool {
        s.queue_mut()
            .claim(
                id,
                &Lease {
                    owner,
                    until: *until,
                },
                t("2026-11-22T09:00:00Z"),
            )
            .unwrap()
    }

    #[test]
    fn enqueue_claim_finish_and_history() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let job = s
            .queue_mut()
            .enqueue(&phone(), "graph.microsoft.com", now)
            .unwrap();
        assert_eq!((job.state, job.attempts), (JobState::Pending, 0));
        assert_eq!(s.queue().due_jobs(now, 10).unwrap().len(), 1);
        let me = lease("me", "2026-11-22T09:00:30Z");
        assert!(claim(&mut s, job.id, &me));
        assert!(!claim(&mut s, job.id, &me), "cannot claim twice");
        let info = s.queue().claim_info(job.id).unwrap().unwrap();
        assert_eq!(info.owner.as_deref(), Some("me"));
        assert_eq!(info.lease_until, Some(me.1));
        let error = JobError::new(ErrorClass::Timeout, None, "no answer for +1 206 555 0100");
        let at = t("2026-11-22T09:01:00Z");
        let retry = Transition::Retry {
            at,
            error,
            needs_check: true,
        };
        assert!(
            s.queue_mut()
                .finish(job.id, "me", &retry, &[], now)
                .unwrap()
        );
        let j = s.queue().job(job.id).unwrap().unwrap();
        assert_eq!(
            (j.state, j.attempts, j.next_attempt_at, j.needs_check),
            (JobState::Pending, 1, at, true)
        );
        assert_eq!(s.queue().claim_info(job.id).unwrap().unwrap().owner, None);
        assert!(s.queue().due_jobs(now, 10).unwrap().is_empty());
        let h = s.queue().job_history(job.id).unwrap();
        assert_eq!(h.len(), 3);
        assert!(h.iter().all(|r| !r.detail.contains("555 0100")), "{h:?}");
        assert_eq!(
            j.idempotency_key, job.idempotency_key,
            "same key across attempts"
        );
    }

    #[test]
    fn only_the_owner_records_a_result_or_renews() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let job = s
            .queue_mut()
            .enqueue(&Payload::VerifyMethods, "h", now)
            .unwrap();
        assert!(claim(&mut s, job.id, &lease("a", "2026-11-22T09:00:30Z")));
        let done = Transition::Succeed {
            note: Note::Checked {
                methods: Vec::new(),
                others: 0,
            },
        };
        assert!(!s.queue_mut().finish(job.id, "b", &done, &[], now).unwrap());
        let later = Lease {
            owner: "b",
            until: t("2026-11-22T09:05:00Z"),
        };
        assert!(!s.queue_mut().renew(job.id, &later).unwrap());
        let j = s.queue().job(job.id).unwrap().unwrap();
        assert_eq!(j.state, JobState::InFlight);
        assert_eq!(
            s.queue().job_history(job.id).unwrap().len(),
            2,
            "nothing written"
        );
        assert!(
            s.queue_mut()
                .renew(
                    job.id,
                    &Lease {
                        owner: "a",
                        ..later
                    }
                )
                .unwrap()
        );
        assert_eq!(
            s.queue().claim_info(job.id).unwrap().unwrap().lease_until,
            Some(later.until)
        );
        assert!(s.queue_mut().finish(job.id, "a", &done, &[], now).unwrap());
    }

    #[test]
    fn recovery_takes_only_expired_leases() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let live = s.queue_mut().enqueue(&phone(), "h", now).unwrap();
        let dead = s.queue_mut().enqueue(&phone(), "h", now).unwrap();
        let old = s
            .queue_mut()
            .enqueue(&Payload::VerifyMethods, "h", now)
            .unwrap();
        let idle = s
            .queue_mut()
            .enqueue(&Payload::VerifyMethods, "h", now)
            .unwrap();
        assert!(claim(&mut s, live.id, &lease("a", "2026-11-22T09:01:00Z")));
        assert!(claim(&mut s, dead.id, &lease("b", "2026-11-22T09:00:10Z")));
        assert!(claim(&mut s, old.id, &lease("c", "2026-11-22T09:01:00Z")));
        // An in-flight job from a version without leases.
        s.conn()
            .execute(
                "UPDATE jobs SET owner = NULL, lease_until = NULL WHERE id = ?1",
                [old.id],
            )
            .unwrap();
        let wall = t("2026-11-22T09:00:20Z");
        let r = s.queue_mut().recover_expired(wall, now, None).unwrap();
        assert_eq!(
            r,
            Recovery {
                requeued: 2,
                failed: Vec::new()
            }
        );
        assert_eq!(
            s.queue().job(live.id).unwrap().unwrap().state,
            JobState::InFlight
        );
        for id in [dead.id, old.id] {
            let j = s.queue().job(id).unwrap().unwrap();
            assert_eq!((j.state, j.needs_check), (JobState::Pending, true));
            assert_eq!(s.queue().claim_info(id).unwrap().unwrap().interruptions, 1);
            let h = s.queue().job_history(id).unwrap();
            assert!(h.last().unwrap().detail.starts_with("interrupted"), "{h:?}");
        }
        assert_eq!(
            s.queue().job(idle.id).unwrap().unwrap().state,
            JobState::Pending
        );
        assert_eq!(
            s.queue()
                .claim_info(idle.id)
                .unwrap()
                .unwrap()
                .interruptions,
            0
        );
        assert_eq!(
            s.queue().next_lease_expiry().unwrap(),
            Some(t("2026-11-22T09:01:00Z"))
        );
    }

    #[test]
    fn three_interruptions_in_a_row_fail_the_job_with_the_helpdesk() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let job = s.queue_mut().enqueue(&phone(), "h", now).unwrap();
        let wall = t("2026-11-22T10:00:00Z");
        // Interrupted, then a result by its owner: the run starts again.
        assert!(claim(&mut s, job.id, &lease("a", "2026-11-22T09:00:30Z")));
        assert_eq!(
            s.queue_mut()
                .interrupt(job.id, "a", now, Some("Contoso Desk"))
                .unwrap(),
            Some(AfterInterruption::RetryNow)
        );
        assert!(claim(&mut s, job.id, &lease("a", "2026-11-22T09:00:30Z")));
        let retry = Transition::Retry {
            at: now,
            error: JobError::new(ErrorClass::Timeout, None, "x"),
            needs_check: false,
        };
        assert!(s.queue_mut().finish(job.id, "a", &retry, &[], now).unwrap());
        assert_eq!(
            s.queue().claim_info(job.id).unwrap().unwrap().interruptions,
            0
        );
        // Three in a row: a panic caught, then twice a process that stopped.
        assert!(claim(&mut s, job.id, &lease("a", "2026-11-22T09:00:30Z")));
        assert_eq!(
            s.queue_mut()
                .interrupt(job.id, "a", now, Some("Contoso Desk"))
                .unwrap(),
            Some(AfterInterruption::RetryNow)
        );
        for round in 2..=3 {
            assert!(claim(&mut s, job.id, &lease("b", "2026-11-22T09:00:30Z")));
            let r = s
                .queue_mut()
                .recover_expired(wall, now, Some("Contoso Desk"))
                .unwrap();
            if round < 3 {
                assert_eq!(r.requeued, 1);
            } else {
                assert_eq!(r.requeued, 0);
                assert_eq!(r.failed.len(), 1);
                assert!(r.failed[0].1.english().contains("Contoso Desk"), "{r:?}");
            }
        }
        let j = s.queue().job(job.id).unwrap().unwrap();
        assert_eq!(j.state, JobState::Failed);
        assert!(
            j.sentence(now).contains("stopped 3 times in a row"),
            "{}",
            j.sentence(now)
        );
        assert!(j.sentence(now).contains("Contoso Desk"));
        assert!(
            s.queue().due_jobs(wall, 10).unwrap().is_empty(),
            "never loops"
        );
        assert_eq!(
            s.queue_mut().recover_expired(wall, now, None).unwrap(),
            Recovery::default()
        );
    }

    #[test]
    fn success_marks_methods_verified_in_the_same_transaction() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        s.mark(MethodKind::PhoneSms, Source::SelfAttested, now)
            .unwrap();
        let a = s
            .queue_mut()
            .enqueue(&Payload::VerifyMethods, "h", now)
            .unwrap();
        assert!(claim(&mut s, a.id, &lease("me", "2026-11-22T09:00:30Z")));
        s.queue_mut()
            .finish(
                a.id,
                "me",
                &Transition::Succeed {
                    note: Note::Checked {
                        methods: Vec::new(),
                        others: 0,
                    },
                },
                &[MethodKind::PhoneSms, MethodKind::Passkey],
                now,
            )
            .unwrap();
        let regs = s.registrations().unwrap();
        assert_eq!(regs.len(), 2);
        assert!(regs.iter().all(|r| r.source == Source::Verified));
        assert_eq!(
            s.queue().job(a.id).unwrap().unwrap().state,
            JobState::Succeeded
        );
    }

    #[test]
    fn the_process_owner_is_stable_and_names_the_pid() {
        assert_eq!(process_owner(), process_owner());
        assert!(
            process_owner().starts_with(&format!("{}-", std::process::id())),
            "{}",
            process_owner()
        );
    }
}
