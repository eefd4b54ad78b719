//! What the queue stores and reports: jobs, their history, the transitions an
//! attempt leads to, the outcomes a run reports, and the queue's errors.

use std::sync::{Arc, Mutex, MutexGuard};

use jiff::Timestamp;
use rusqlite::Row;

use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::queue::{
    self, ErrorClass, GiveUp, HistoryFact, JobError, JobKind, JobOutcome, JobState, Note, Payload,
};

use crate::services::store::{Store, StoreError};

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
    /// Processing a job panicked (a bug); the job counts an interruption.
    #[error("processing the job stopped unexpectedly: {0}")]
    Panicked(String),
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
    /// The final sentence in English (success note or what to do after a failure):
    /// `queue list --json` and rows written before the facts below were kept.
    pub outcome: Option<String>,
    /// How it ended, as facts (the window words them); `None` for an open job, or one
    /// that finished before they were kept.
    pub facts: Option<JobOutcome>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl Job {
    /// Whether the next attempt is a retry after the host failed it, which the
    /// retry budget charges. A job taken back after its owner stopped mid-attempt
    /// (a crash, a kill, a shutdown) with no failure from the host is not: that
    /// says nothing about the host, and charging it would hold a healthy host's
    /// jobs for minutes after a crash. (Interruptions have their own bound.)
    pub fn retries_a_failure(&self) -> bool {
        self.attempts > 0 && self.last_error.is_some()
    }

    /// Whether the sentence shows a countdown ("next try in 1 min 40 s"): a
    /// pending job with a timer, not one waiting for sign-in or a portal.
    pub fn shows_countdown(&self, now: Timestamp) -> bool {
        self.state == JobState::Pending
            && self.next_attempt_at > now
            && !self.last_error.as_ref().is_some_and(|e| {
                matches!(e.class, ErrorClass::SignInNeeded | ErrorClass::PortalDown)
            })
    }

    /// What the sentence is made of: the job as core sees it.
    pub fn view(&self) -> queue::JobView<'_> {
        queue::JobView {
            payload: &self.payload,
            state: self.state,
            attempts: self.attempts,
            next_attempt_at: self.next_attempt_at,
            last_error: self.last_error.as_ref(),
        }
    }

    /// The plain sentence in English (`queue list --json`'s `sentence`; people read
    /// it in their language from `ui::jobs`).
    pub fn sentence(&self, now: Timestamp) -> String {
        if let (JobState::Failed | JobState::Succeeded, Some(o)) = (self.state, &self.outcome) {
            return o.clone();
        }
        queue::sentence(&self.view(), now)
    }
}

/// One line of a job's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    pub at: Timestamp,
    pub state: JobState,
    pub attempt: u32,
    /// The English line as stored.
    pub detail: String,
    /// What it records, as facts; `None` for lines written before they were kept.
    pub fact: Option<HistoryFact>,
}

/// How a job changes after an attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Transition {
    Succeed {
        note: Note,
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
        give_up: GiveUp,
    },
}

/// What happened to a job in a run (for events and notifications).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Succeeded {
        id: i64,
        note: Note,
    },
    /// Back to `pending`, next try at `at` (the job's sentence is read from the store).
    Retrying {
        id: i64,
        at: Timestamp,
    },
    Held {
        id: i64,
        until: Timestamp,
    },
    Failed {
        id: i64,
        give_up: GiveUp,
    },
    /// A portal the user was waiting for is healthy again.
    PortalBack {
        id: i64,
        portal: String,
        url: String,
        method: MethodKind,
    },
    /// Lost a race (cancelled meanwhile, or claimed by another process).
    Skipped {
        id: i64,
    },
}

impl Outcome {
    /// The job it is about.
    pub fn id(&self) -> i64 {
        match self {
            Outcome::Succeeded { id, .. }
            | Outcome::Retrying { id, .. }
            | Outcome::Held { id, .. }
            | Outcome::Failed { id, .. }
            | Outcome::PortalBack { id, .. }
            | Outcome::Skipped { id } => *id,
        }
    }

    /// Whether the outcome may have changed what is registered (the window's
    /// verdict must then be refreshed from the store).
    pub fn changes_registrations(&self) -> bool {
        matches!(self, Outcome::Succeeded { .. })
    }
}

/// The store as the services share it.
pub type SharedStore = Arc<Mutex<Option<Store>>>;

/// Locks the shared store. A panic while the lock was held (a bug while
/// processing a job) poisons it; the store itself is still consistent, because
/// the transaction in progress rolled back when it was dropped during the
/// unwind, so the poison is cleared and the queue goes on.
pub fn lock_store(store: &SharedStore) -> MutexGuard<'_, Option<Store>> {
    match store.lock() {
        Ok(g) => g,
        Err(poisoned) => {
            store.clear_poison();
            poisoned.into_inner()
        }
    }
}

/// Runs `f` on the shared store (blocking: call from a blocking context).
pub fn with_store<R>(
    store: &SharedStore,
    f: impl FnOnce(&mut Store) -> Result<R, QueueError>,
) -> Result<R, QueueError> {
    let mut g = lock_store(store);
    f(g.as_mut().ok_or(QueueError::NoStore)?)
}

/// The helpdesk contact as one line, for give-up messages.
pub fn helpdesk_contact(policy: &mfa_ready_core::policy::Policy) -> Option<String> {
    policy.helpdesk.as_ref().map(|h| h.contact_line())
}

pub(crate) fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

pub(crate) fn from_ms(v: i64) -> Timestamp {
    Timestamp::from_millisecond(v).unwrap_or(Timestamp::UNIX_EPOCH)
}

pub(crate) const JOB_COLUMNS: &str = "id, kind, payload, idempotency_key, host, state, attempts, next_attempt_at, \
     needs_check, last_error_class, last_error_status, last_error_message, last_error_request_id, \
     outcome, created_at, updated_at, outcome_facts";

/// A stored row as a [`Job`]; the inner error names a row that cannot be read.
pub(crate) fn job_from_row(r: &Row<'_>) -> rusqlite::Result<Result<Job, QueueError>> {
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
            // Facts a newer version wrote and this one cannot read: the English stays.
            facts: r
                .get::<_, Option<String>>(16)?
                .and_then(|f| serde_json::from_str(&f).ok()),
            created_at: from_ms(r.get(14)?),
            updated_at: from_ms(r.get(15)?),
        })
    };
    Ok(build())
}

/// Facts as the store keeps them (JSON); `None` if they cannot be written, and the
/// English beside them is then what is shown.
pub(crate) fn facts_json<T: serde::Serialize>(facts: &T) -> Option<String> {
    serde_json::to_string(facts).ok()
}
