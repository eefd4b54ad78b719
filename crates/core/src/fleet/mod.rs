//! Fleet rules (issue 10): what keeps 50,000 copies of MFA Ready from making a
//! portal outage worse. Pure: time and draws are passed in.
//!
//! The other fleet rules live beside the rule they change: the probe back-off in
//! [`crate::fault::probe_delay`], jittered cool-downs and "a healthy probe
//! brings the trial forward" in [`crate::breaker`]. Here:
//!
//! * `release`: when a host's breaker closes, held jobs go a few at a time
//!   ([`release_delay`]), not all at once.
//! * `budget`: retries are at most a share of recent requests per host
//!   ([`RetryBudget`], as gRPC's and Finagle's retry budgets).
//!
//! The fleet simulator (`mfa_ready_sim`, `crates/sim`) drives these
//! with the breaker, the backoff and the queue rules for many devices at once.

mod budget;
mod release;

pub use budget::{BudgetPolicy, RetryBudget};
pub use release::{RELEASE_BURST, RELEASE_INTERVAL, release_delay};

use super::queue::{self, ErrorClass, JobError};

/// Whether a failed job request counts against its host's breaker: a failure
/// the queue would retry (timeout, connect, 429, 502–504, 500) that came from
/// the host itself, not "held by the breaker" or "the portal probe still
/// fails". Any other answer (a 4xx) shows the host is up. The `Worker` and the
/// simulator both ask this.
pub fn counts_against_host(error: &JobError) -> bool {
    matches!(
        queue::classify(error.class, error.status, true),
        queue::Retry::Yes
    ) && !matches!(
        error.class,
        ErrorClass::BreakerOpen | ErrorClass::PortalDown
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_counts_against_a_host() {
        let e = |c, s| JobError::new(c, s, "x");
        assert!(counts_against_host(&e(ErrorClass::Http, Some(504))));
        assert!(counts_against_host(&e(ErrorClass::Http, Some(429))));
        assert!(counts_against_host(&e(ErrorClass::Connect, None)));
        assert!(counts_against_host(&e(ErrorClass::Timeout, None)));
        assert!(!counts_against_host(&e(ErrorClass::Http, Some(404))));
        assert!(!counts_against_host(&e(ErrorClass::BreakerOpen, None)));
        assert!(!counts_against_host(&e(ErrorClass::PortalDown, None)));
    }
}
