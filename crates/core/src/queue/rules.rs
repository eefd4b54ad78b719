//! What is retried, when, and when a job gives up: the rules over an error's
//! class and status, the backoff, and the interruption bound.

use jiff::Timestamp;

use crate::backoff::{self, BackoffPolicy, NextAttempt, RetryAfter};

use super::job::{ErrorClass, JobError, JobKind};
use super::outcome::{GiveUp, GiveUpWhy};

/// Whether a failure is worth another try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Back off and try again.
    Yes,
    /// 401: refresh the token once; if that fails, wait for sign-in.
    RefreshToken,
    /// Give up now (`failed`).
    No,
}

/// The rule: timeouts, connect failures, 429, 502, 503, 504 are retried;
/// 500 only for idempotent calls; 401 refreshes; 407 (the network's proxy, not the
/// service) is retried like a connect failure; every other 4xx is final.
pub fn classify(class: ErrorClass, status: Option<u16>, idempotent: bool) -> Retry {
    match class {
        ErrorClass::Timeout | ErrorClass::Connect => Retry::Yes,
        ErrorClass::BreakerOpen | ErrorClass::PortalDown => Retry::Yes,
        ErrorClass::SignInNeeded => Retry::RefreshToken,
        ErrorClass::Protocol
        | ErrorClass::Local
        | ErrorClass::ApiOff
        | ErrorClass::ScopeMissing => Retry::No,
        ErrorClass::Http => match status {
            Some(s) => classify_status(s, idempotent),
            None => Retry::No,
        },
    }
}

/// The HTTP part of [`classify`].
pub fn classify_status(status: u16, idempotent: bool) -> Retry {
    match status {
        407 | 429 | 502 | 503 | 504 => Retry::Yes,
        500 if idempotent => Retry::Yes,
        401 => Retry::RefreshToken,
        _ => Retry::No,
    }
}

/// What to do with a job after a failed attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterFailure {
    /// Back to `pending`, next attempt at this time.
    RetryAt(Timestamp),
    /// `pending`, waiting for the user to sign in (no timer).
    WaitForSignIn,
    /// `failed`, with why (what the user is told).
    Fail(GiveUp),
}

/// Everything [`after_failure`] needs.
#[derive(Debug, Clone, Copy)]
pub struct FailureInput<'a> {
    pub now: Timestamp,
    pub created_at: Timestamp,
    /// Attempts made so far, including the one that just failed (≥ 1).
    pub attempts: u32,
    pub kind: JobKind,
    pub error: &'a JobError,
    pub retry_after: Option<RetryAfter>,
    /// The enrollment deadline, if any.
    pub deadline: Option<Timestamp>,
    /// A uniform draw in [0, 1).
    pub jitter_draw: f64,
    /// "Contoso Service Desk, +1 425 555 0100" or none.
    pub helpdesk: Option<&'a str>,
}

/// A job whose claim was interrupted this many times in a row (the process
/// stopped mid-attempt, or processing the job panicked) fails instead of being
/// tried again: a poison job never becomes a crash loop.
pub const MAX_INTERRUPTIONS: u32 = 3;

/// What to do with a job whose attempt was interrupted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterInterruption {
    /// Back to `pending`, due now, checking first whether the last try went through.
    RetryNow,
    /// `failed`, with why.
    Fail(GiveUp),
}

/// Decides an interrupted job's fate. `interruptions` counts this one too.
pub fn after_interruption(
    kind: JobKind,
    interruptions: u32,
    helpdesk: Option<&str>,
) -> AfterInterruption {
    if interruptions < MAX_INTERRUPTIONS {
        return AfterInterruption::RetryNow;
    }
    AfterInterruption::Fail(GiveUp::new(
        kind,
        GiveUpWhy::Interrupted {
            count: interruptions,
        },
        helpdesk,
    ))
}

/// Decides a failed job's fate: retry (when), wait for sign-in, or fail.
pub fn after_failure(input: &FailureInput<'_>, policy: &BackoffPolicy) -> AfterFailure {
    match classify(
        input.error.class,
        input.error.status,
        input.kind.idempotent(),
    ) {
        Retry::No => AfterFailure::Fail(GiveUp::refused(input.kind, input.error, input.helpdesk)),
        Retry::RefreshToken => AfterFailure::WaitForSignIn,
        Retry::Yes => {
            let exp = input.attempts.saturating_sub(1);
            match backoff::next_attempt(
                input.now,
                input.created_at,
                exp,
                input.jitter_draw,
                input.retry_after,
                input.deadline,
                policy,
            ) {
                NextAttempt::At(t) => AfterFailure::RetryAt(t),
                NextAttempt::GiveUp(reason) => AfterFailure::Fail(GiveUp::stopped(
                    input.kind,
                    reason,
                    input.error,
                    input.helpdesk,
                )),
            }
        }
    }
}
