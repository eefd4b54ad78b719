//! Retry timing for the durable job queue.
//!
//! Uses "full jitter" from AWS' *Exponential Backoff And Jitter*:
//! `delay = U(0, min(cap, base · 2^attempt))`. The uniform draw is passed in
//! (this module draws no randomness and reads no clock).
//!
//! A server's `Retry-After` (RFC 9110 §10.2.3) wins when it asks for a later
//! time than the jittered delay, but is clamped to
//! [`BackoffPolicy::retry_after_max`] (1 h by default).
//!
//! A job gives up at `created_at + max_age` (72 h by default) or at the
//! enrollment deadline, whichever comes first. If the next attempt would fall
//! at or after that cut-off, [`next_attempt`] returns [`NextAttempt::GiveUp`]
//! rather than scheduling an attempt that could not count.

// HTTP-date parsing is shared with the probes (one parser).
use super::httpdate::parse_http_date;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use crate::duration::add_saturating;

/// Tunables for retry timing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackoffPolicy {
    /// Base of the exponential window (default 2 s).
    pub base: SignedDuration,
    /// Upper bound of the exponential window (default 10 min).
    pub cap: SignedDuration,
    /// Longest wait a `Retry-After` may impose (default 1 h).
    pub retry_after_max: SignedDuration,
    /// Give up this long after job creation (default 72 h).
    pub max_age: SignedDuration,
}

impl Default for BackoffPolicy {
    fn default() -> Self {
        Self {
            base: SignedDuration::from_secs(2),
            cap: SignedDuration::from_mins(10),
            retry_after_max: SignedDuration::from_hours(1),
            max_age: SignedDuration::from_hours(72),
        }
    }
}

/// A server-provided `Retry-After` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RetryAfter {
    /// `delta-seconds` form, relative to when the response was received.
    Seconds(u64),
    /// `HTTP-date` form: an absolute time.
    At(Timestamp),
}

impl RetryAfter {
    /// Parses a `Retry-After` header value (delta-seconds, IMF-fixdate,
    /// RFC 850 or asctime). `now` is needed only to resolve RFC 850 two-digit
    /// years. Returns `None` for anything else.
    pub fn parse(value: &str, now: Timestamp) -> Option<RetryAfter> {
        let v = value.trim();
        if v.is_empty() {
            return None;
        }
        if v.bytes().all(|b| b.is_ascii_digit()) {
            // Absurdly large values saturate; they get clamped later anyway.
            let secs = v.parse::<u64>().unwrap_or(u64::MAX);
            return Some(RetryAfter::Seconds(secs));
        }
        parse_http_date(v, now).map(RetryAfter::At)
    }

    /// The absolute time this value designates, relative to `now`
    /// (saturating at the end of representable time).
    pub fn resolve(self, now: Timestamp) -> Timestamp {
        match self {
            RetryAfter::At(t) => t,
            RetryAfter::Seconds(s) => {
                let secs = i64::try_from(s).unwrap_or(i64::MAX);
                add_saturating(now, SignedDuration::from_secs(secs))
            }
        }
    }
}

/// Why a job stopped being retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GiveUpReason {
    /// The job is older than [`BackoffPolicy::max_age`].
    MaxAgeExceeded,
    /// The enrollment deadline has passed (or would pass before the retry).
    DeadlineReached,
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextAttempt {
    /// Retry at this time.
    At(Timestamp),
    /// Stop retrying.
    GiveUp(GiveUpReason),
}

/// The exponential window `min(cap, base · 2^attempt)`, overflow-safe.
pub fn backoff_window(attempt: u32, policy: &BackoffPolicy) -> SignedDuration {
    let cap = policy.cap.max(SignedDuration::ZERO);
    let base = policy.base.max(SignedDuration::ZERO);
    let factor = match 1i32.checked_shl(attempt) {
        Some(f) if attempt < 31 => f,
        _ => return cap,
    };
    match base.checked_mul(factor) {
        Some(w) => w.min(cap),
        None => cap,
    }
}

/// The full-jitter delay `U(0, window)` for a draw in `[0, 1)`.
///
/// Draws outside `[0, 1)` are clamped; NaN counts as 0.
pub fn jittered_delay(attempt: u32, jitter_draw: f64, policy: &BackoffPolicy) -> SignedDuration {
    let draw = if jitter_draw.is_nan() {
        0.0
    } else {
        jitter_draw.clamp(0.0, 1.0)
    };
    let window = backoff_window(attempt, policy);
    let delay = window.as_secs_f64() * draw;
    // `try_from_secs_f64` only fails on NaN/overflow, which the clamp rules out.
    SignedDuration::try_from_secs_f64(delay)
        .unwrap_or(window)
        .min(window)
}

/// Decides when to retry a job after its `attempt`-th failure
/// (`attempt` is 0 after the first failure).
pub fn next_attempt(
    now: Timestamp,
    created_at: Timestamp,
    attempt: u32,
    jitter_draw: f64,
    retry_after: Option<RetryAfter>,
    deadline: Option<Timestamp>,
    policy: &BackoffPolicy,
) -> NextAttempt {
    let age_limit = add_saturating(created_at, policy.max_age);
    let (limit, reason) = match deadline {
        Some(d) if d <= age_limit => (d, GiveUpReason::DeadlineReached),
        _ => (age_limit, GiveUpReason::MaxAgeExceeded),
    };
    if now >= limit {
        return NextAttempt::GiveUp(reason);
    }
    let mut at = add_saturating(now, jittered_delay(attempt, jitter_draw, policy));
    if let Some(ra) = retry_after {
        let ra_max = add_saturating(now, policy.retry_after_max.max(SignedDuration::ZERO));
        let ra_at = ra.resolve(now).min(ra_max);
        at = at.max(ra_at);
    }
    if at >= limit {
        return NextAttempt::GiveUp(reason);
    }
    NextAttempt::At(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    const NOW: &str = "2026-06-01T10:00:00Z";

    #[test]
    fn window_grows_and_caps() {
        let p = BackoffPolicy::default();
        assert_eq!(backoff_window(0, &p), SignedDuration::from_secs(2));
        assert_eq!(backoff_window(1, &p), SignedDuration::from_secs(4));
        assert_eq!(backoff_window(8, &p), SignedDuration::from_secs(512));
        assert_eq!(backoff_window(9, &p), SignedDuration::from_mins(10));
        assert_eq!(backoff_window(30, &p), SignedDuration::from_mins(10));
        assert_eq!(backoff_window(31, &p), SignedDuration::from_mins(10));
        assert_eq!(backoff_window(u32::MAX, &p), SignedDuration::from_mins(10));
    }

    #[test]
    fn huge_base_does_not_overflow() {
        let p = BackoffPolicy {
            base: SignedDuration::MAX,
            cap: SignedDuration::MAX,
            ..BackoffPolicy::default()
        };
        assert_eq!(backoff_window(5, &p), SignedDuration::MAX);
    }

    #[test]
    fn jitter_scales_window() {
        let p = BackoffPolicy::default();
        assert_eq!(jittered_delay(3, 0.0, &p), SignedDuration::ZERO);
        assert_eq!(jittered_delay(3, 0.5, &p), SignedDuration::from_secs(8));
        assert_eq!(jittered_delay(20, 0.5, &p), SignedDuration::from_mins(5));
        assert_eq!(jittered_delay(3, f64::NAN, &p), SignedDuration::ZERO);
        assert_eq!(jittered_delay(3, -4.0, &p), SignedDuration::ZERO);
        assert_eq!(jittered_delay(3, 7.0, &p), SignedDuration::from_secs(16));
    }

    #[test]
    fn next_attempt_basic() {
        let now = ts(NOW);
        let p = BackoffPolicy::default();
        let r = next_attempt(now, now, 2, 0.25, None, None, &p);
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T10:00:02Z")));
    }

    #[test]
    fn retry_after_wins_when_later() {
        let now = ts(NOW);
        let p = BackoffPolicy::default();
        let r = next_attempt(now, now, 0, 0.5, Some(RetryAfter::Seconds(120)), None, &p);
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T10:02:00Z")));
        // Earlier Retry-After loses to the jittered delay.
        let r = next_attempt(now, now, 20, 0.5, Some(RetryAfter::Seconds(1)), None, &p);
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T10:05:00Z")));
        // Past HTTP-date is ignored.
        let past = RetryAfter::At(ts("2026-06-01T09:00:00Z"));
        let r = next_attempt(now, now, 0, 0.5, Some(past), None, &p);
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T10:00:01Z")));
    }

    #[test]
    fn retry_after_clamped_to_one_hour() {
        let now = ts(NOW);
        let p = BackoffPolicy::default();
        let r = next_attempt(
            now,
            now,
            0,
            0.0,
            Some(RetryAfter::Seconds(u64::MAX)),
            None,
            &p,
        );
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T11:00:00Z")));
        let far = RetryAfter::At(ts("2030-01-01T00:00:00Z"));
        let r = next_attempt(now, now, 0, 0.0, Some(far), None, &p);
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T11:00:00Z")));
    }

    #[test]
    fn gives_up_after_72h() {
        let created = ts("2026-05-29T10:00:00Z");
        let p = BackoffPolicy::default();
        let r = next_attempt(ts(NOW), created, 3, 0.5, None, None, &p);
        assert_eq!(r, NextAttempt::GiveUp(GiveUpReason::MaxAgeExceeded));
        // One minute before the cut-off, a 5-minute delay would cross it.
        let r = next_attempt(ts("2026-06-01T09:59:00Z"), created, 20, 0.5, None, None, &p);
        assert_eq!(r, NextAttempt::GiveUp(GiveUpReason::MaxAgeExceeded));
        // ... but a short one still fits.
        let r = next_attempt(ts("2026-06-01T09:59:00Z"), created, 0, 0.5, None, None, &p);
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T09:59:01Z")));
    }

    #[test]
    fn gives_up_at_deadline_when_earlier() {
        let now = ts(NOW);
        let p = BackoffPolicy::default();
        let deadline = Some(ts("2026-06-01T10:00:30Z"));
        let r = next_attempt(now, now, 0, 0.5, None, deadline, &p);
        assert_eq!(r, NextAttempt::At(ts("2026-06-01T10:00:01Z")));
        let r = next_attempt(now, now, 10, 0.5, None, deadline, &p);
        assert_eq!(r, NextAttempt::GiveUp(GiveUpReason::DeadlineReached));
        let r = next_attempt(now, now, 0, 0.0, None, Some(now), &p);
        assert_eq!(r, NextAttempt::GiveUp(GiveUpReason::DeadlineReached));
        // A deadline later than the age limit: the age limit reason wins.
        let created = ts("2026-05-29T10:00:00Z");
        let r = next_attempt(
            now,
            created,
            0,
            0.0,
            None,
            Some(ts("2027-01-01T00:00:00Z")),
            &p,
        );
        assert_eq!(r, NextAttempt::GiveUp(GiveUpReason::MaxAgeExceeded));
    }

    proptest! {
        #[test]
        fn delay_within_window(attempt in any::<u32>(), draw in 0.0f64..1.0) {
            let p = BackoffPolicy::default();
            let d = jittered_delay(attempt, draw, &p);
            prop_assert!(d >= SignedDuration::ZERO);
            prop_assert!(d <= backoff_window(attempt, &p));
            prop_assert!(d <= p.cap);
        }

        #[test]
        fn next_attempt_never_before_now_nor_after_limit(
            attempt in any::<u32>(),
            draw in any::<f64>(),
            ra in proptest::option::of(any::<u64>()),
            age_secs in 0i64..400_000,
            deadline_secs in proptest::option::of(-1000i64..400_000),
        ) {
            let now = ts(NOW);
            let created = now - SignedDuration::from_secs(age_secs);
            let deadline = deadline_secs.map(|s| now + SignedDuration::from_secs(s));
            let p = BackoffPolicy::default();
            match next_attempt(now, created, attempt, draw, ra.map(RetryAfter::Seconds), deadline, &p) {
                NextAttempt::At(t) => {
                    prop_assert!(t >= now);
                    prop_assert!(t <= now + SignedDuration::from_hours(1));
                    prop_assert!(t < created + p.max_age);
                    if let Some(d) = deadline { prop_assert!(t < d); }
                }
                NextAttempt::GiveUp(_) => {}
            }
        }
    }
}
