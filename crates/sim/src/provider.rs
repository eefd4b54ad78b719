//! The simulated provider: healthy, failing for the outage, healthy again; beyond
//! an optional capacity per 10 s it sheds with 503. It counts every request.

use super::config::FailMode;

/// Length of one load bucket (10 s).
pub const BUCKET_MS: i64 = 10_000;

/// Requests that reached the provider in one 10 s bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bucket {
    /// Health-schedule probes.
    pub probes: u32,
    /// Job requests (including "wait for portal" checks).
    pub jobs: u32,
    /// Of those, answered 503 because the provider was over capacity.
    pub shed: u32,
}

impl Bucket {
    /// Probes and job requests together.
    pub fn total(&self) -> u32 {
        self.probes + self.jobs
    }
}

/// What the provider answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Ok,
    /// An HTTP status; `retry_after_s` when the answer carried `Retry-After`.
    Status {
        status: u16,
        retry_after_s: Option<u64>,
    },
    /// Connection refused.
    Refused,
}

impl Answer {
    /// What the health check calls healthy (`core::fault::HostHealth`): an
    /// answer, but not 5xx nor 429 ("limiting requests" is failing too).
    pub fn healthy(self) -> bool {
        match self {
            Answer::Ok => true,
            Answer::Status { status, .. } => status < 500 && status != 429,
            Answer::Refused => false,
        }
    }
}

/// Who sent a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    Probe,
    Job,
}

/// The provider and its load record.
#[derive(Debug, Clone)]
pub struct Provider {
    outage: (i64, i64),
    mode: FailMode,
    /// Requests served per bucket before shedding (set once the steady rate is known).
    pub capacity_per_bucket: Option<u32>,
    pub buckets: Vec<Bucket>,
}

impl Provider {
    pub fn new(outage_start_ms: i64, outage_end_ms: i64, mode: FailMode, duration_ms: i64) -> Self {
        let n = usize::try_from(duration_ms / BUCKET_MS + 1).unwrap_or(0);
        Self {
            outage: (outage_start_ms, outage_end_ms),
            mode,
            capacity_per_bucket: None,
            buckets: vec![Bucket::default(); n],
        }
    }

    /// Whether the provider is in its outage at `t`.
    pub fn failing(&self, t: i64) -> bool {
        t >= self.outage.0 && t < self.outage.1
    }

    /// Answers one request sent at `t` and counts it.
    pub fn request(&mut self, t: i64, from: Sender) -> Answer {
        let failing = self.failing(t);
        let idx = usize::try_from(t / BUCKET_MS).unwrap_or(0);
        let cap = self.capacity_per_bucket;
        let Some(b) = self.buckets.get_mut(idx) else {
            return Answer::Ok;
        };
        let served = b.total() - b.shed;
        match from {
            Sender::Probe => b.probes += 1,
            Sender::Job => b.jobs += 1,
        }
        if failing {
            return match self.mode {
                FailMode::Gateway504 => Answer::Status {
                    status: 504,
                    retry_after_s: None,
                },
                FailMode::Refused => Answer::Refused,
                FailMode::TooMany { retry_after_s } => Answer::Status {
                    status: 429,
                    retry_after_s: Some(retry_after_s),
                },
            };
        }
        if cap.is_some_and(|c| served >= c) {
            b.shed += 1;
            return Answer::Status {
                status: 503,
                retry_after_s: None,
            };
        }
        Answer::Ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fails_in_the_window_and_sheds_beyond_capacity() {
        let mut p = Provider::new(20_000, 40_000, FailMode::Refused, 60_000);
        assert_eq!(p.request(0, Sender::Probe), Answer::Ok);
        assert_eq!(p.request(25_000, Sender::Job), Answer::Refused);
        assert_eq!(p.request(40_000, Sender::Job), Answer::Ok);
        p.capacity_per_bucket = Some(1);
        assert!(!p.request(41_000, Sender::Probe).healthy());
        assert_eq!(p.request(50_000, Sender::Probe), Answer::Ok);
        assert_eq!(
            p.buckets[4],
            Bucket {
                probes: 1,
                jobs: 1,
                shed: 1
            }
        );
        assert_eq!(p.buckets[0].total(), 1);
    }
}
