//! A job's history, line by line, as facts ([`HistoryFact`], kept beside each line so
//! the window words it) and as the English line the store has always kept
//! (`job_history.detail`; reports read an attempt's error back from it with
//! [`parse_history_detail`]).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::{mask, phrase};

use super::job::{ErrorClass, JobError};
use super::outcome::Note;

/// What one line of a job's history records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum HistoryFact {
    /// Written, before any attempt.
    Queued,
    /// An attempt claimed it and is sending.
    Sending,
    /// "Cancel".
    CancelledByYou,
    /// "Retry now" (the window or `queue retry`).
    RetryAsked,
    /// Its owner stopped mid-attempt; it will be checked and retried.
    Interrupted,
    /// Interrupted this many times in a row: no more tries.
    StoppedAfterInterruptions { count: u32 },
    /// It succeeded.
    Done { note: Note },
    /// An attempt failed; the next is at `at`.
    Retry { error: JobError, at: Timestamp },
    /// Held without sending (an open breaker, waiting for sign-in or a portal).
    Held { error: JobError },
    /// The attempt that failed it for good.
    Failed { error: JobError },
}

/// The line the interrupted job's history gets (the store writes it for many jobs at once).
pub const INTERRUPTED: &str =
    "interrupted (MFA Ready stopped during an attempt); will check and retry";

impl HistoryFact {
    /// The fact with what came from outside masked (an error's message and reference),
    /// as the English line is.
    pub fn masked(self) -> Self {
        let mask = |e: JobError| JobError {
            message: mask::mask_text(&e.message),
            request_id: e.request_id.as_deref().map(mask::mask_text),
            ..e
        };
        match self {
            Self::Retry { error, at } => Self::Retry {
                error: mask(error),
                at,
            },
            Self::Held { error } => Self::Held { error: mask(error) },
            Self::Failed { error } => Self::Failed { error: mask(error) },
            other => other,
        }
    }

    /// The English line (`job_history.detail`).
    pub fn english(&self) -> String {
        match self {
            Self::Queued => "queued".to_owned(),
            Self::Sending => "sending".to_owned(),
            Self::CancelledByYou => "cancelled by you".to_owned(),
            Self::RetryAsked => "retry now, as you asked".to_owned(),
            Self::Interrupted => INTERRUPTED.to_owned(),
            Self::StoppedAfterInterruptions { count } => format!(
                "interrupted {} in a row; stopped trying",
                phrase::plural(*count, "time", "times")
            ),
            Self::Done { note } => note.english(),
            Self::Retry { error, at } => {
                format!("{}; next try at {at}", error.history_detail())
            }
            Self::Held { error } => format!("held: {}", error.history_detail()),
            Self::Failed { error } => error.history_detail(),
        }
    }
}

/// Reads a job history line written from [`JobError::history_detail`] (a retry's
/// "…; next try at …" or a failure). Lines that are not an attempt's error
/// ("held: …", notes) give `None`.
pub fn parse_history_detail(detail: &str) -> Option<JobError> {
    let (head, rest) = detail.split_once(':')?;
    let mut words = head.split(' ');
    let class = ErrorClass::from_id(words.next()?)?;
    let status = match words.next() {
        Some(w) => Some(w.parse::<u16>().ok()?),
        None => None,
    };
    if words.next().is_some() {
        return None;
    }
    let rest = rest.split("; next try at ").next().unwrap_or(rest).trim();
    let (message, request_id) = match rest.rsplit_once(" (request-id ") {
        Some((m, r)) if r.ends_with(')') => (m, Some(r.trim_end_matches(')').to_owned())),
        _ => (rest, None),
    };
    Some(JobError {
        class,
        status,
        message: message.to_owned(),
        request_id,
    })
}
