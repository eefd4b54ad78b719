//! The durable retry queue: jobs in SQLite (outbox style), the worker that
//! runs them, per-host circuit breakers, and the portal-health hook.
//!
//! * A job is written before its first attempt; every state change (with its
//!   history line) is one transaction. At start, `in_flight` jobs go back to
//!   `pending` ([`Store::recover_in_flight`]).
//! * The rules (what is retried, when, the sentence) are in `core::queue`.
//! * **Probe hook for issue 3** (live portal probes): after merging, call
//!   [`Worker::on_probe`]`(host, healthy, now)` for every probe result (healthy =
//!   answered below 500 in time; unhealthy = 5xx or timeout). It feeds the host's
//!   breaker and completes `resume_portal_step` jobs for that host when healthy.
//!   Until then, a `resume_portal_step` attempt runs a [`PortalProbe`]
//!   ([`HttpProbe`], a plain HTTPS GET) itself.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{OptionalExtension, Row, params};

use crate::core::backoff::BackoffPolicy;
use crate::core::breaker::{BreakerPolicy, BreakerSnapshot, Breakers, Decision};
use crate::core::mask;
use crate::core::methods::MethodKind;
use crate::core::queue::{
    self, AfterFailure, ErrorClass, FailureInput, JobError, JobKind, JobState, Payload,
};

use super::enroll::{self, BoxFut, CallError, EnrollmentService};
use super::store::{Store, StoreError};

/// A queue failure (the store).
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("queue: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("queue: stored job {id} is unreadable: {why}")]
    Corrupt { id: i64, why: String },
    #[error("the data directory could not be opened")]
    NoStore,
    #[error("the store lock was poisoned")]
    Poisoned,
}

/// One job as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: i64,
    pub kind: JobKind,
    pub payload: Payload,
    pub idempotency_key: String,
    pub host: String,
    pub state: JobState,
    pub attempts: u32,
    pub next_attempt_at: Timestamp,
    /// The last attempt may have taken effect: check before sending again.
    pub needs_check: bool,
    pub last_error: Option<JobError>,
    /// The final sentence (success note or what to do after a failure).
    pub outcome: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Job {
    /// Whether the sentence shows a countdown ("next try in 1 min 40 s"): a
    /// pending job with a timer, not one waiting for sign-in or a portal.
    pub fn shows_countdown(&self, now: Timestamp) -> bool {
        self.state == JobState::Pending
            && self.next_attempt_at > now
            && !self.last_error.as_ref().is_some_and(|e| {
                matches!(e.class, ErrorClass::SignInNeeded | ErrorClass::PortalDown)
            })
    }

    /// The plain sentence for the panel and `queue list`.
    pub fn sentence(&self, now: Timestamp) -> String {
        if let (JobState::Failed | JobState::Succeeded, Some(o)) = (self.state, &self.outcome) {
            return o.clone();
        }
        queue::sentence(
            &queue::JobView {
                payload: &self.payload,
                state: self.state,
                attempts: self.attempts,
                next_attempt_at: self.next_attempt_at,
                last_error: self.last_error.as_ref(),
            },
            now,
        )
    }
}

/// One line of a job's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    pub at: Timestamp,
    pub state: JobState,
    pub attempt: u32,
    pub detail: String,
}

fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

fn from_ms(v: i64) -> Timestamp {
    Timestamp::from_millisecond(v).unwrap_or(Timestamp::UNIX_EPOCH)
}

const JOB_COLUMNS: &str = "id, kind, payload, idempotency_key, host, state, attempts, next_attempt_at, \
     needs_check, last_error_class, last_error_status, last_error_message, last_error_request_id, \
     outcome, created_at, updated_at";

fn job_from_row(r: &Row<'_>) -> rusqlite::Result<Result<Job, QueueError>> {
    let id: i64 = r.get(0)?;
    let kind: String = r.get(1)?;
    let payload: String = r.get(2)?;
    let state: String = r.get(5)?;
    let class: Option<String> = r.get(9)?;
    let status: Option<i64> = r.get(10)?;
    let message: Option<String> = r.get(11)?;
    let request_id: Option<String> = r.get(12)?;
    let corrupt = |why: String| QueueError::Corrupt { id, why };
    let build = || -> Result<Job, QueueError> {
        let kind = JobKind::from_id(&kind).ok_or_else(|| corrupt(format!("kind {kind:?}")))?;
        let payload: Payload =
            serde_json::from_str(&payload).map_err(|e| corrupt(format!("payload: {e}")))?;
        let state = JobState::from_id(&state).ok_or_else(|| corrupt(format!("state {state:?}")))?;
        let last_error = class.map(|c| JobError {
            class: ErrorClass::from_id(&c).unwrap_or(ErrorClass::Local),
            status: status.and_then(|s| u16::try_from(s).ok()),
            message: message.unwrap_or_default(),
            request_id,
        });
        Ok(Job {
            id,
            kind,
            payload,
            idempotency_key: r.get(3)?,
            host: r.get(4)?,
            state,
            attempts: u32::try_from(r.get::<_, i64>(6)?).unwrap_or(0),
            next_attempt_at: from_ms(r.get(7)?),
            needs_check: r.get::<_, i64>(8)? != 0,
            last_error,
            outcome: r.get(13)?,
            created_at: from_ms(r.get(14)?),
            updated_at: from_ms(r.get(15)?),
        })
    };
    Ok(build())
}

fn history(
    tx: &rusqlite::Transaction<'_>,
    id: i64,
    now: Timestamp,
    state: JobState,
    attempt: u32,
    detail: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO job_history(job_id, at, state, attempt, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, ms(now), state.id(), attempt, mask::mask_text(detail)],
    )
    .map(|_| ())
}

/// How a job changes after an attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Transition {
    Succeed {
        note: String,
    },
    Retry {
        at: Timestamp,
        error: JobError,
        needs_check: bool,
    },
    /// Held without using up an attempt (breaker open, waiting for sign-in).
    Hold {
        at: Timestamp,
        error: JobError,
    },
    Fail {
        error: JobError,
        message: String,
    },
}

impl Store {
    /// Writes a new `pending` job, due now (outbox: before any attempt).
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
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "INSERT INTO jobs(kind, payload, idempotency_key, host, state, attempts, next_attempt_at,
                              created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'pending', 0, ?5, ?5, ?5)",
            params![payload.kind().id(), body, key, host, ms(now)],
        )?;
        let id = tx.last_insert_rowid();
        history(&tx, id, now, JobState::Pending, 0, "queued")?;
        tx.commit()?;
        self.job(id)?.ok_or(QueueError::Corrupt {
            id,
            why: "vanished after insert".into(),
        })
    }

    /// One job.
    pub fn job(&self, id: i64) -> Result<Option<Job>, QueueError> {
        let row = self
            .conn()
            .query_row(
                &format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = ?1"),
                params![id],
                job_from_row,
            )
            .optional()?;
        row.transpose()
    }

    fn query_jobs(
        &self,
        sql_where: &str,
        p: impl rusqlite::Params,
    ) -> Result<Vec<Job>, QueueError> {
        let mut stmt = self
            .conn()
            .prepare(&format!("SELECT {JOB_COLUMNS} FROM jobs {sql_where}"))?;
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
        let v: Option<i64> = self.conn().query_row(
            "SELECT MIN(next_attempt_at) FROM jobs WHERE state = 'pending'",
            [],
            |r| r.get(0),
        )?;
        Ok(v.map(from_ms))
    }

    /// A job's history, oldest first.
    pub fn job_history(&self, id: i64) -> Result<Vec<HistoryRow>, QueueError> {
        let mut stmt = self.conn().prepare(
            "SELECT at, state, attempt, detail FROM job_history WHERE job_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            Ok(HistoryRow {
                at: from_ms(r.get(0)?),
                state: JobState::from_id(&r.get::<_, String>(1)?).unwrap_or(JobState::Pending),
                attempt: u32::try_from(r.get::<_, i64>(2)?).unwrap_or(0),
                detail: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// After a crash: `in_flight` jobs go back to `pending`, due now. Returns how many.
    pub fn recover_in_flight(&mut self, now: Timestamp) -> Result<usize, QueueError> {
        let tx = self.conn_mut().transaction()?;
        let ids: Vec<(i64, i64)> = {
            let mut stmt = tx.prepare("SELECT id, attempts FROM jobs WHERE state = 'in_flight'")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        for (id, attempts) in &ids {
            // The interrupted attempt may have reached the service: check first.
            tx.execute(
                "UPDATE jobs SET state = 'pending', needs_check = 1, next_attempt_at = ?2, updated_at = ?2
                 WHERE id = ?1",
                params![id, ms(now)],
            )?;
            history(
                &tx,
                *id,
                now,
                JobState::Pending,
                u32::try_from(*attempts).unwrap_or(0),
                "interrupted (MFA Ready stopped during an attempt); will check and retry",
            )?;
        }
        tx.commit()?;
        Ok(ids.len())
    }

    /// `pending` → `in_flight`, attempts + 1. False if the job is not pending
    /// (cancelled meanwhile, or taken by another worker).
    pub fn claim(&mut self, id: i64, now: Timestamp) -> Result<bool, QueueError> {
        let tx = self.conn_mut().transaction()?;
        let n = tx.execute(
            "UPDATE jobs SET state = 'in_flight', attempts = attempts + 1, updated_at = ?2
             WHERE id = ?1 AND state = 'pending'",
            params![id, ms(now)],
        )?;
        if n == 1 {
            let attempts: i64 = tx.query_row(
                "SELECT attempts FROM jobs WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )?;
            history(
                &tx,
                id,
                now,
                JobState::InFlight,
                u32::try_from(attempts).unwrap_or(0),
                "sending",
            )?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    /// Applies the result of an attempt (one transaction). `verified` kinds
    /// become verified registrations in the same transaction.
    pub fn finish(
        &mut self,
        id: i64,
        transition: &Transition,
        verified: &[MethodKind],
        now: Timestamp,
    ) -> Result<(), QueueError> {
        let tx = self.conn_mut().transaction()?;
        let attempts: i64 = tx.query_row(
            "SELECT attempts FROM jobs WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )?;
        let attempt = u32::try_from(attempts).unwrap_or(0);
        let set_error = |e: &JobError| {
            (
                e.class.id().to_owned(),
                e.status.map(i64::from),
                e.message.clone(),
                e.request_id.clone(),
            )
        };
        match transition {
            Transition::Succeed { note } => {
                tx.execute(
                    "UPDATE jobs SET state = 'succeeded', needs_check = 0, outcome = ?2, updated_at = ?3
                     WHERE id = ?1 AND state = 'in_flight'",
                    params![id, note, ms(now)],
                )?;
                history(&tx, id, now, JobState::Succeeded, attempt, note)?;
                for k in verified {
                    tx.execute(
                        "INSERT INTO methods(kind, source, registered_at) VALUES (?1, 'verified', ?2)
                         ON CONFLICT(kind) DO UPDATE SET source = 'verified'",
                        params![k.id(), ms(now)],
                    )?;
                }
                if !verified.is_empty() {
                    let ids: Vec<&str> = verified.iter().map(|k| k.id()).collect();
                    tx.execute(
                        "INSERT INTO events(at, kind, detail) VALUES (?1, 'methods_verified', ?2)",
                        params![ms(now), ids.join(",")],
                    )?;
                }
            }
            Transition::Retry {
                at,
                error,
                needs_check,
            } => {
                let (c, s, m, r) = set_error(error);
                tx.execute(
                    "UPDATE jobs SET state = 'pending', next_attempt_at = ?2, needs_check = ?3,
                        last_error_class = ?4, last_error_status = ?5, last_error_message = ?6,
                        last_error_request_id = ?7, updated_at = ?8
                     WHERE id = ?1 AND state = 'in_flight'",
                    params![id, ms(*at), i64::from(*needs_check), c, s, m, r, ms(now)],
                )?;
                history(
                    &tx,
                    id,
                    now,
                    JobState::Pending,
                    attempt,
                    &format!("{}; next try at {at}", detail_of(error)),
                )?;
            }
            Transition::Hold { at, error } => {
                let (c, s, m, r) = set_error(error);
                // Not an attempt: give the claimed attempt back.
                tx.execute(
                    "UPDATE jobs SET state = 'pending', attempts = MAX(attempts - 1, 0), next_attempt_at = ?2,
                        last_error_class = ?3, last_error_status = ?4, last_error_message = ?5,
                        last_error_request_id = ?6, updated_at = ?7
                     WHERE id = ?1 AND state = 'in_flight'",
                    params![id, ms(*at), c, s, m, r, ms(now)],
                )?;
                history(
                    &tx,
                    id,
                    now,
                    JobState::Pending,
                    attempt.saturating_sub(1),
                    &format!("held: {}", detail_of(error)),
                )?;
            }
            Transition::Fail { error, message } => {
                let (c, s, m, r) = set_error(error);
                tx.execute(
                    "UPDATE jobs SET state = 'failed', last_error_class = ?2, last_error_status = ?3,
                        last_error_message = ?4, last_error_request_id = ?5, outcome = ?6, updated_at = ?7
                     WHERE id = ?1 AND state = 'in_flight'",
                    params![id, c, s, m, r, mask::mask_text(message), ms(now)],
                )?;
                history(&tx, id, now, JobState::Failed, attempt, &detail_of(error))?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// "Cancel": an open job becomes `cancelled`. False if it was not open.
    pub fn cancel_job(&mut self, id: i64, now: Timestamp) -> Result<bool, QueueError> {
        let tx = self.conn_mut().transaction()?;
        let n = tx.execute(
            "UPDATE jobs SET state = 'cancelled', updated_at = ?2
             WHERE id = ?1 AND state IN ('pending', 'in_flight')",
            params![id, ms(now)],
        )?;
        if n == 1 {
            history(&tx, id, now, JobState::Cancelled, 0, "cancelled by you")?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    /// "Retry now": a pending (or failed) job becomes due now. False otherwise.
    pub fn retry_job_now(&mut self, id: i64, now: Timestamp) -> Result<bool, QueueError> {
        let tx = self.conn_mut().transaction()?;
        let n = tx.execute(
            "UPDATE jobs SET state = 'pending', next_attempt_at = ?2, outcome = NULL, updated_at = ?2
             WHERE id = ?1 AND state IN ('pending', 'failed')",
            params![id, ms(now)],
        )?;
        if n == 1 {
            history(
                &tx,
                id,
                now,
                JobState::Pending,
                0,
                "retry now, as you asked",
            )?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    /// Makes waiting jobs due now (after sign-in; `class` filters by last error).
    pub fn wake_jobs(&mut self, class: ErrorClass, now: Timestamp) -> Result<usize, QueueError> {
        let n = self.conn().execute(
            "UPDATE jobs SET next_attempt_at = ?1, updated_at = ?1
             WHERE state = 'pending' AND last_error_class = ?2",
            params![ms(now), class.id()],
        )?;
        Ok(n)
    }

    /// Stored breaker states.
    pub fn breakers(&self) -> Result<BTreeMap<String, BreakerSnapshot>, QueueError> {
        let mut stmt = self.conn().prepare("SELECT host, snapshot FROM breakers")?;
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

    /// Saves one host's breaker.
    pub fn save_breaker(
        &self,
        host: &str,
        snap: &BreakerSnapshot,
        now: Timestamp,
    ) -> Result<(), QueueError> {
        let json = serde_json::to_string(snap).unwrap_or_default();
        self.conn().execute(
            "INSERT INTO breakers(host, snapshot, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(host) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at",
            params![host, json, ms(now)],
        )?;
        Ok(())
    }
}

fn detail_of(e: &JobError) -> String {
    let mut s = match e.status {
        Some(st) => format!("{} {st}: {}", e.class.id(), e.message),
        None => format!("{}: {}", e.class.id(), e.message),
    };
    if let Some(r) = &e.request_id {
        s.push_str(&format!(" (request-id {r})"));
    }
    s
}

/// Checks whether a portal answers (the "probe-lite"; issue 3 brings the real probes).
pub trait PortalProbe: Send + Sync {
    /// True when the portal answered below 500 in time.
    fn healthy<'a>(&'a self, url: &'a str) -> BoxFut<'a, bool>;
}

/// An HTTPS GET of the portal page (plain http only for loopback, tests and labs).
pub struct HttpProbe {
    http: Option<reqwest::Client>,
}

impl HttpProbe {
    pub fn new(timeout: Duration, allow_loopback_http: bool) -> Self {
        Self {
            http: enroll::http_client(
                enroll::HttpTimeouts {
                    connect: timeout,
                    total: timeout,
                },
                allow_loopback_http,
            )
            .ok(),
        }
    }
}

impl PortalProbe for HttpProbe {
    fn healthy<'a>(&'a self, url: &'a str) -> BoxFut<'a, bool> {
        Box::pin(async move {
            let Some(http) = &self.http else {
                return false;
            };
            match http.get(url).send().await {
                Ok(r) => r.status().as_u16() < 500,
                Err(_) => false,
            }
        })
    }
}

/// The store as the services share it.
pub type SharedStore = Arc<Mutex<Option<Store>>>;

/// What happened to a job in a run (for events and notifications).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Succeeded {
        id: i64,
        note: String,
    },
    Retrying {
        id: i64,
        at: Timestamp,
        sentence: String,
    },
    Held {
        id: i64,
        until: Timestamp,
    },
    Failed {
        id: i64,
        message: String,
    },
    /// A portal the user was waiting for is healthy again.
    PortalBack {
        id: i64,
        portal: String,
        url: String,
        method: MethodKind,
    },
    /// Lost a race (cancelled meanwhile).
    Skipped {
        id: i64,
    },
}

/// Runs due jobs. One per services thread or `queue run` process.
pub struct Worker {
    store: SharedStore,
    service: Option<Arc<dyn EnrollmentService>>,
    /// Why there is no service (shown on jobs that need one).
    no_service: String,
    probe: Arc<dyn PortalProbe>,
    breakers: Breakers,
    pub backoff: BackoffPolicy,
    deadline: Option<Timestamp>,
    helpdesk: Option<String>,
    jitter: Box<dyn FnMut() -> f64 + Send + Sync>,
    clock: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

/// How a [`Worker`] is set up.
pub struct WorkerConfig {
    pub store: SharedStore,
    pub service: Result<Arc<dyn EnrollmentService>, String>,
    pub probe: Arc<dyn PortalProbe>,
    pub deadline: Option<Timestamp>,
    pub helpdesk: Option<String>,
    /// Uniform draws in [0, 1) for the jitter.
    pub jitter: Box<dyn FnMut() -> f64 + Send + Sync>,
    pub clock: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

/// A jitter source from the OS's randomness.
pub fn os_jitter() -> Box<dyn FnMut() -> f64 + Send + Sync> {
    Box::new(|| {
        let mut b = [0u8; 8];
        if getrandom::fill(&mut b).is_err() {
            return 0.5;
        }
        // 53 random bits → [0, 1).
        (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64
    })
}

impl Worker {
    pub fn new(config: WorkerConfig) -> Result<Self, QueueError> {
        let (service, no_service) = match config.service {
            Ok(s) => (Some(s), String::new()),
            Err(e) => (None, e),
        };
        let snap = {
            let g = config.store.lock().map_err(|_| QueueError::Poisoned)?;
            g.as_ref().ok_or(QueueError::NoStore)?.breakers()?
        };
        Ok(Self {
            store: config.store,
            service,
            no_service,
            probe: config.probe,
            breakers: Breakers::from_snapshot(BreakerPolicy::default(), snap),
            backoff: BackoffPolicy::default(),
            deadline: config.deadline,
            helpdesk: config.helpdesk,
            jitter: config.jitter,
            clock: config.clock,
        })
    }

    /// The host a new job of this payload is keyed on.
    pub fn host_for(&self, payload: &Payload) -> String {
        match payload {
            Payload::ResumePortalStep { url, .. } => url_host(url),
            _ => self.service.as_ref().map(|s| s.host()).unwrap_or_default(),
        }
    }

    fn with_store<R>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<R, QueueError>,
    ) -> Result<R, QueueError> {
        let mut g = self.store.lock().map_err(|_| QueueError::Poisoned)?;
        f(g.as_mut().ok_or(QueueError::NoStore)?)
    }

    /// Writes a job (before any attempt).
    pub fn enqueue(&self, payload: &Payload) -> Result<Job, QueueError> {
        let host = self.host_for(payload);
        let now = (self.clock)();
        self.with_store(|s| s.enqueue(payload, &host, now))
    }

    /// The breaker state of a host (tests, the panel).
    pub fn breaker(&self, host: &str) -> BreakerSnapshot {
        self.breakers.state(host)
    }

    fn save_breaker(&self, host: &str, now: Timestamp) {
        let snap = self.breakers.state(host);
        if let Err(e) = self.with_store(|s| s.save_breaker(host, &snap, now)) {
            tracing::warn!(error = %e, "could not save the breaker state");
        }
    }

    /// **Issue 3 hook**: a portal probe result. Feeds the breaker; when
    /// healthy, completes the `resume_portal_step` jobs waiting for this host.
    pub fn on_probe(
        &mut self,
        host: &str,
        healthy: bool,
        now: Timestamp,
    ) -> Result<Vec<Outcome>, QueueError> {
        let host = host.to_lowercase();
        self.breakers.record_probe(&host, now, healthy);
        self.save_breaker(&host, now);
        if !healthy {
            return Ok(Vec::new());
        }
        let waiting: Vec<Job> = self
            .with_store(|s| s.open_jobs())?
            .into_iter()
            .filter(|j| {
                j.kind == JobKind::ResumePortalStep
                    && j.host == host
                    && j.state == JobState::Pending
            })
            .collect();
        let mut out = Vec::new();
        for job in waiting {
            if self.with_store(|s| s.claim(job.id, now))? {
                out.push(self.portal_back(&job, now)?);
            }
        }
        Ok(out)
    }

    fn portal_back(&self, job: &Job, now: Timestamp) -> Result<Outcome, QueueError> {
        let Payload::ResumePortalStep {
            portal,
            url,
            method,
        } = &job.payload
        else {
            return Ok(Outcome::Skipped { id: job.id });
        };
        let note = format!(
            "{portal} is back: continue adding your {}",
            method.name().to_lowercase()
        );
        self.with_store(|s| s.finish(job.id, &Transition::Succeed { note }, &[], now))?;
        Ok(Outcome::PortalBack {
            id: job.id,
            portal: portal.clone(),
            url: url.clone(),
            method: *method,
        })
    }

    /// Runs every job due now (at most `limit`), one after the other.
    pub async fn run_due(&mut self, limit: u32) -> Result<Vec<Outcome>, QueueError> {
        let now = (self.clock)();
        let due = self.with_store(|s| s.due_jobs(now, limit))?;
        let mut out = Vec::new();
        for job in due {
            out.push(self.run_job(job).await?);
        }
        Ok(out)
    }

    /// Claims and attempts one job, and records the result.
    pub async fn run_job(&mut self, job: Job) -> Result<Outcome, QueueError> {
        let now = (self.clock)();
        // Jobs for a host with an open breaker wait without sending anything.
        let host = job.host.clone();
        let gated = job.kind != JobKind::ResumePortalStep && !host.is_empty();
        let mut trial = false;
        if gated {
            match self.breakers.allow(&host, now) {
                Decision::Allow => {}
                Decision::AllowTrial => trial = true,
                Decision::Wait(until) => {
                    if !self.with_store(|s| s.claim(job.id, now))? {
                        return Ok(Outcome::Skipped { id: job.id });
                    }
                    let error = JobError::new(
                        ErrorClass::BreakerOpen,
                        None,
                        &format!("{host} is failing; waiting"),
                    );
                    self.with_store(|s| {
                        s.finish(job.id, &Transition::Hold { at: until, error }, &[], now)
                    })?;
                    return Ok(Outcome::Held { id: job.id, until });
                }
            }
        }
        if !self.with_store(|s| s.claim(job.id, now))? {
            return Ok(Outcome::Skipped { id: job.id });
        }
        if trial {
            self.save_breaker(&host, now);
        }
        let attempts = job.attempts + 1;
        let result = self.attempt(&job).await;
        let now = (self.clock)();
        let (transition, verified) = match result {
            Ok((note, verified)) => {
                if gated {
                    self.breakers.record_success(&host, now);
                    self.save_breaker(&host, now);
                }
                if job.kind == JobKind::ResumePortalStep {
                    self.breakers.record_probe(&host, now, true);
                    self.save_breaker(&host, now);
                    return self.portal_back_claimed(&job, now);
                }
                (Transition::Succeed { note }, verified)
            }
            Err(ce) => {
                let counts_for_breaker = matches!(
                    queue::classify(ce.error.class, ce.error.status, true),
                    queue::Retry::Yes
                ) && !matches!(
                    ce.error.class,
                    ErrorClass::BreakerOpen | ErrorClass::PortalDown
                );
                if gated && counts_for_breaker {
                    self.breakers.record_failure(&host, now);
                    self.save_breaker(&host, now);
                } else if gated {
                    // A definite answer (4xx): the host is up.
                    self.breakers.record_success(&host, now);
                    self.save_breaker(&host, now);
                }
                if job.kind == JobKind::ResumePortalStep {
                    self.breakers.record_probe(&host, now, false);
                    self.save_breaker(&host, now);
                }
                let decision = queue::after_failure(
                    &FailureInput {
                        now,
                        created_at: job.created_at,
                        attempts,
                        kind: job.kind,
                        error: &ce.error,
                        retry_after: ce.retry_after,
                        deadline: self.deadline,
                        jitter_draw: (self.jitter)(),
                        helpdesk: self.helpdesk.as_deref(),
                    },
                    &self.backoff,
                );
                let t = match decision {
                    AfterFailure::RetryAt(at) => Transition::Retry {
                        at,
                        error: ce.error,
                        needs_check: job.needs_check || ce.maybe_applied,
                    },
                    AfterFailure::WaitForSignIn => Transition::Hold {
                        // Far future: woken by sign-in ("Retry now" also works).
                        at: now
                            .checked_add(jiff::SignedDuration::from_hours(24 * 365))
                            .unwrap_or(now),
                        error: JobError {
                            class: ErrorClass::SignInNeeded,
                            ..ce.error
                        },
                    },
                    AfterFailure::Fail(message) => Transition::Fail {
                        error: ce.error,
                        message,
                    },
                };
                (t, Vec::new())
            }
        };
        self.with_store(|s| s.finish(job.id, &transition, &verified, now))?;
        let updated = self.with_store(|s| s.job(job.id))?;
        Ok(match transition {
            Transition::Succeed { note } => Outcome::Succeeded { id: job.id, note },
            Transition::Retry { at, .. } => Outcome::Retrying {
                id: job.id,
                at,
                sentence: updated.map(|j| j.sentence(now)).unwrap_or_default(),
            },
            Transition::Hold { at, .. } => Outcome::Held {
                id: job.id,
                until: at,
            },
            Transition::Fail { message, .. } => Outcome::Failed {
                id: job.id,
                message,
            },
        })
    }

    fn portal_back_claimed(&self, job: &Job, now: Timestamp) -> Result<Outcome, QueueError> {
        self.portal_back(job, now)
    }

    /// One attempt. Ok: the success note and kinds to mark verified.
    async fn attempt(&self, job: &Job) -> Result<(String, Vec<MethodKind>), CallError> {
        let key = job.idempotency_key.as_str();
        match &job.payload {
            Payload::ResumePortalStep { url, portal, .. } => {
                if self.probe.healthy(url).await {
                    Ok((String::new(), Vec::new()))
                } else {
                    Err(CallError {
                        error: JobError::new(
                            ErrorClass::PortalDown,
                            None,
                            &format!("{portal} is still failing"),
                        ),
                        retry_after: None,
                        maybe_applied: false,
                    })
                }
            }
            Payload::VerifyMethods => {
                let svc = self.service()?;
                let page = svc.list_methods(key).await?;
                let kinds = page.kinds();
                let names: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
                let note = if names.is_empty() {
                    "Checked: no sign-in methods are registered yet".to_owned()
                } else {
                    format!("Checked: verified {}", names.join(", "))
                };
                Ok((note, kinds))
            }
            Payload::RegisterPhone {
                phone_number,
                phone_type,
            } => {
                let svc = self.service()?;
                let masked = mask::mask_phone(phone_number);
                if job.needs_check {
                    // The last POST may have arrived: look before sending again.
                    let page = svc.list_methods(key).await?;
                    if enroll::has_phone(&page, phone_number) {
                        return Ok((
                            format!(
                                "Your phone {masked} is registered (the earlier try went through)"
                            ),
                            page.kinds(),
                        ));
                    }
                }
                svc.register_phone(key, phone_number, *phone_type).await?;
                let kinds = if *phone_type == queue::PhoneType::Mobile {
                    vec![MethodKind::PhoneSms, MethodKind::PhoneVoice]
                } else {
                    vec![MethodKind::PhoneVoice]
                };
                Ok((format!("Your phone {masked} was added"), kinds))
            }
        }
    }

    fn service(&self) -> Result<&Arc<dyn EnrollmentService>, CallError> {
        self.service.as_ref().ok_or_else(|| CallError {
            error: JobError::new(ErrorClass::Local, None, &self.no_service),
            retry_after: None,
            maybe_applied: false,
        })
    }

    /// The next time something is due, if anything.
    pub fn next_due(&self) -> Result<Option<Timestamp>, QueueError> {
        self.with_store(|s| s.next_due())
    }
}

/// The helpdesk contact as one line, for give-up messages.
pub fn helpdesk_contact(policy: &crate::core::policy::Policy) -> Option<String> {
    policy.helpdesk.as_ref().map(|h| {
        let mut parts = vec![h.name.clone()];
        parts.extend(h.phone.clone());
        parts.extend(h.email.clone());
        parts.extend(h.url.clone());
        parts.join(", ")
    })
}

/// `host[:port]`, lowercased.
pub fn url_host(url: &str) -> String {
    // One definition: the breakers are keyed by what the clients report as their host.
    crate::core::weburl::host_key(url).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::readiness::Source;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path(), t("2026-11-22T09:00:00Z")).unwrap();
        (dir, s)
    }

    fn phone() -> Payload {
        Payload::RegisterPhone {
            phone_number: "+1 2065550100".into(),
            phone_type: queue::PhoneType::Mobile,
        }
    }

    #[test]
    fn enqueue_claim_finish_and_history() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let job = s.enqueue(&phone(), "graph.microsoft.com", now).unwrap();
        assert_eq!(job.state, JobState::Pending);
        assert_eq!(job.attempts, 0);
        assert_eq!(s.due_jobs(now, 10).unwrap().len(), 1);
        assert!(s.claim(job.id, now).unwrap());
        assert!(!s.claim(job.id, now).unwrap(), "cannot claim twice");
        let error = JobError::new(ErrorClass::Timeout, None, "no answer for +1 206 555 0100");
        let at = t("2026-11-22T09:01:00Z");
        s.finish(
            job.id,
            &Transition::Retry {
                at,
                error,
                needs_check: true,
            },
            &[],
            now,
        )
        .unwrap();
        let j = s.job(job.id).unwrap().unwrap();
        assert_eq!(
            (j.state, j.attempts, j.next_attempt_at, j.needs_check),
            (JobState::Pending, 1, at, true)
        );
        assert!(s.due_jobs(now, 10).unwrap().is_empty());
        let h = s.job_history(job.id).unwrap();
        assert_eq!(h.len(), 3);
        assert!(h.iter().all(|r| !r.detail.contains("555 0100")), "{h:?}");
        // Same key across attempts.
        assert_eq!(j.idempotency_key, job.idempotency_key);
    }

    #[test]
    fn in_flight_jobs_come_back_after_a_crash() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let a = s.enqueue(&phone(), "h", now).unwrap();
        let b = s.enqueue(&Payload::VerifyMethods, "h", now).unwrap();
        assert!(s.claim(a.id, now).unwrap());
        assert_eq!(s.recover_in_flight(now).unwrap(), 1);
        let a = s.job(a.id).unwrap().unwrap();
        assert_eq!(a.state, JobState::Pending);
        assert!(a.needs_check);
        assert_eq!(s.job(b.id).unwrap().unwrap().state, JobState::Pending);
    }

    #[test]
    fn cancel_and_retry_now() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        let a = s.enqueue(&phone(), "h", now).unwrap();
        assert!(s.cancel_job(a.id, now).unwrap());
        assert!(!s.cancel_job(a.id, now).unwrap());
        assert!(
            !s.retry_job_now(a.id, now).unwrap(),
            "cancelled stays cancelled"
        );
        assert!(s.due_jobs(now, 10).unwrap().is_empty());
        let b = s.enqueue(&phone(), "h", now).unwrap();
        assert_ne!(a.idempotency_key, b.idempotency_key);
        s.claim(b.id, now).unwrap();
        let later = t("2026-11-22T10:00:00Z");
        s.finish(
            b.id,
            &Transition::Retry {
                at: later,
                error: JobError::new(ErrorClass::Timeout, None, "x"),
                needs_check: false,
            },
            &[],
            now,
        )
        .unwrap();
        assert!(s.retry_job_now(b.id, now).unwrap());
        assert_eq!(s.due_jobs(now, 10).unwrap().len(), 1);
    }

    #[test]
    fn success_marks_methods_verified_in_the_same_transaction() {
        let (_d, mut s) = store();
        let now = t("2026-11-22T09:00:00Z");
        s.mark(MethodKind::PhoneSms, Source::SelfAttested, now)
            .unwrap();
        let a = s.enqueue(&Payload::VerifyMethods, "h", now).unwrap();
        s.claim(a.id, now).unwrap();
        s.finish(
            a.id,
            &Transition::Succeed { note: "ok".into() },
            &[MethodKind::PhoneSms, MethodKind::Passkey],
            now,
        )
        .unwrap();
        let regs = s.registrations().unwrap();
        assert_eq!(regs.len(), 2);
        assert!(regs.iter().all(|r| r.source == Source::Verified));
        assert_eq!(s.job(a.id).unwrap().unwrap().state, JobState::Succeeded);
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
