//! A retry budget per host, as gRPC (`retryThrottling`) and Finagle
//! (`RetryBudget`) do: retries may be at most a share of the requests a device
//! sent recently, plus a small floor so a quiet device can still retry.
//!
//! Why: a queue whose jobs all fail retries each on its own backoff, and a
//! device with several jobs (or a `queue run` with many) multiplies its load on
//! a failing host before the breaker opens. The budget bounds retries to
//! `min_retries + ratio × first tries` within `window`. A retry that does not
//! fit waits until the oldest retry in the window ages out
//! ([`RetryBudget::next_free`]); it is not an attempt and uses up nothing.

use std::collections::VecDeque;

use jiff::{SignedDuration, Timestamp};

/// Tunables of a [`RetryBudget`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BudgetPolicy {
    /// How far back requests count (default 10 min).
    pub window: SignedDuration,
    /// Retries always allowed within a window (default 5).
    pub min_retries: u32,
    /// Extra retries per first try within the window (default 0.2, Finagle's).
    pub ratio: f64,
}

impl Default for BudgetPolicy {
    fn default() -> Self {
        Self {
            window: SignedDuration::from_mins(10),
            min_retries: 5,
            ratio: 0.2,
        }
    }
}

/// Recent first tries and retries of one host.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RetryBudget {
    policy: BudgetPolicy,
    firsts: VecDeque<Timestamp>,
    retries: VecDeque<Timestamp>,
}

impl RetryBudget {
    /// An empty budget.
    pub fn new(policy: BudgetPolicy) -> Self {
        Self {
            policy,
            firsts: VecDeque::new(),
            retries: VecDeque::new(),
        }
    }

    fn expire(&mut self, now: Timestamp) {
        let since = now
            .checked_sub(self.policy.window)
            .unwrap_or(Timestamp::MIN);
        while self.firsts.front().is_some_and(|t| *t <= since) {
            self.firsts.pop_front();
        }
        while self.retries.front().is_some_and(|t| *t <= since) {
            self.retries.pop_front();
        }
    }

    fn allowed(&self) -> f64 {
        f64::from(self.policy.min_retries) + self.policy.ratio * self.firsts.len() as f64
    }

    /// Whether a retry may be sent now.
    pub fn can_retry(&mut self, now: Timestamp) -> bool {
        self.expire(now);
        (self.retries.len() as f64) < self.allowed()
    }

    /// When a retry will fit if it does not now (`now` if it does).
    pub fn next_free(&mut self, now: Timestamp) -> Timestamp {
        if self.can_retry(now) {
            return now;
        }
        // The budget frees when enough of the oldest retries age out.
        let over = (self.retries.len() as f64 - self.allowed())
            .floor()
            .max(0.0) as usize;
        self.retries
            .get(over)
            .and_then(|t| t.checked_add(self.policy.window).ok())
            .map_or(now, |t| t.max(now))
    }

    /// Records a request sent now (`retry`: not the job's first try).
    pub fn record(&mut self, now: Timestamp, retry: bool) {
        self.expire(now);
        if retry {
            self.retries.push_back(now);
        } else {
            self.firsts.push_back(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> Timestamp {
        Timestamp::UNIX_EPOCH + SignedDuration::from_secs(1_800_000_000 + secs)
    }

    #[test]
    fn floor_then_share_of_first_tries() {
        let mut b = RetryBudget::new(BudgetPolicy::default());
        for i in 0..5 {
            assert!(b.can_retry(at(i)));
            b.record(at(i), true);
        }
        assert!(!b.can_retry(at(5)), "the floor is 5 retries per 10 min");
        // Ten first tries earn two more retries.
        for i in 0..10 {
            b.record(at(6 + i), false);
        }
        assert!(b.can_retry(at(20)));
        b.record(at(20), true);
        assert!(b.can_retry(at(21)));
        b.record(at(21), true);
        assert!(!b.can_retry(at(22)));
    }

    #[test]
    fn retries_age_out_of_the_window() {
        let mut b = RetryBudget::new(BudgetPolicy::default());
        for i in 0..5 {
            b.record(at(i * 10), true);
        }
        assert!(!b.can_retry(at(100)));
        // The oldest retry (t = 0) leaves the window at 600 s.
        assert_eq!(b.next_free(at(100)), at(600));
        assert!(!b.can_retry(at(599)));
        assert!(b.can_retry(at(600)));
        assert_eq!(b.next_free(at(600)), at(600));
    }

    #[test]
    fn retries_stay_within_budget_over_a_long_outage() {
        // A device whose every request fails, retrying whenever allowed:
        // at most 5 retries per 10 min window, whatever it tries.
        let mut b = RetryBudget::new(BudgetPolicy::default());
        let mut sent = Vec::new();
        let mut now = at(0);
        for _ in 0..200 {
            now = b.next_free(now);
            b.record(now, true);
            sent.push(now);
            now += SignedDuration::from_secs(1);
        }
        for (i, t) in sent.iter().enumerate() {
            let in_window = sent[i..]
                .iter()
                .filter(|u| **u < *t + SignedDuration::from_mins(10))
                .count();
            assert!(in_window <= 5, "{in_window} retries in the window from {t}");
        }
    }
}
