//! The durable retry queue's rules: job kinds, states, error classes, what is
//! retried and when (`rules`), and what happened to a job as typed facts (`status`,
//! `outcome`, `history`): the window and the command line word those in the reader's
//! language (`ui::jobs`); the English here is what the store's text columns and
//! `queue list --json` keep saying (a contract, and older rows hold it), and a test of
//! the app holds the English catalogue to it.
//!
//! Pure: the clock and the jitter draw are passed in. The store and the worker
//! live in `services::queue`.
//!
//! Decisions where the issue was silent:
//! * A job's *attempt* counter counts requests actually tried (a job held by an
//!   open breaker or waiting for sign-in does not use up an attempt).
//! * The backoff exponent is `attempts - 1` (the first retry waits up to 2 s).
//! * 401 → refresh the token once in the same attempt; if that fails the job
//!   moves to `pending` with class `sign_in_needed` and waits (no backoff
//!   growth) until the user signs in ([`ErrorClass::SignInNeeded`]).
//! * 403 and every other 4xx (400, 404, 409, 422 …) fail at once.

mod history;
mod job;
mod outcome;
mod rules;
mod status;
#[cfg(test)]
mod tests;

pub use history::{HistoryFact, parse_history_detail};
pub use job::{ErrorClass, JobError, JobKind, JobState, Payload, PhoneType};
pub use outcome::{GiveUp, GiveUpWhy, JobOutcome, Note};
pub use rules::{
    AfterFailure, AfterInterruption, FailureInput, MAX_INTERRUPTIONS, Retry, after_failure,
    after_interruption, classify, classify_status,
};
pub use status::{Cause, JobView, Status, sentence};
