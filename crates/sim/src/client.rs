//! One simulated device: its health schedule and its queue, step by step as
//! `services::health`'s schedule and `services::queue::Worker` do them, with
//! every decision taken by `core`.

use jiff::{SignedDuration, Timestamp};

use mfa_ready_core::backoff::{BackoffPolicy, RetryAfter};
use mfa_ready_core::breaker::{BreakerPolicy, BreakerSnapshot, Breakers, Decision, NO_SPREAD};
use mfa_ready_core::fault::{ProbeSchedule, next_probe_delay};
use mfa_ready_core::fleet::{BudgetPolicy, RetryBudget, counts_against_host, release_delay};
use mfa_ready_core::queue::{
    AfterFailure, ErrorClass, FailureInput, JobError, JobKind, after_failure,
};

use super::config::Rules;
use super::provider::{Answer, Provider, Sender};
use super::rng::Rng;

/// The provider's host (one breaker per device).
pub const HOST: &str = "mysignins.microsoft.com";

/// The simulated clock's origin.
pub fn origin() -> Timestamp {
    Timestamp::from_second(1_780_000_000).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// Simulated milliseconds → a timestamp for `core`.
pub fn ts(ms: i64) -> Timestamp {
    origin()
        .checked_add(SignedDuration::from_millis(ms))
        .unwrap_or(Timestamp::MAX)
}

/// A timestamp from `core` → simulated milliseconds (rounded up, so a wait
/// never ends before the time `core` asked for).
pub fn ms_of(t: Timestamp) -> i64 {
    let d = t.duration_since(origin());
    let whole = d.as_millis() as i64;
    if SignedDuration::from_millis(whole) < d {
        whole + 1
    } else {
        whole
    }
}

/// Where a simulated job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SimState {
    /// Not created yet (its creation is the first due time).
    Planned,
    Pending,
    Succeeded,
    Failed,
}

/// One queued job.
#[derive(Debug, Clone, PartialEq)]
pub struct SimJob {
    pub kind: JobKind,
    pub created_ms: i64,
    pub attempts: u32,
    pub next_ms: i64,
    pub state: SimState,
    /// Held by the breaker or the budget (not an attempt).
    pub held: bool,
    pub finished_ms: Option<i64>,
}

/// One decision, for the trace test (`tests/queue/fleet.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TraceEntry {
    /// A scheduled probe and when the next one is due.
    Probe {
        at_ms: i64,
        healthy: bool,
        next_ms: i64,
    },
    /// A job request (`trial`: the breaker's half-open trial).
    Sent {
        at_ms: i64,
        job: usize,
        attempt: u32,
        trial: bool,
    },
    /// Held without an attempt until `until_ms`.
    Held {
        at_ms: i64,
        job: usize,
        until_ms: i64,
    },
    /// Retry at `next_ms`.
    Retry {
        at_ms: i64,
        job: usize,
        next_ms: i64,
    },
    Succeeded {
        at_ms: i64,
        job: usize,
    },
    Failed {
        at_ms: i64,
        job: usize,
    },
}

/// What a client asks the engine to schedule: `(time, job index)`, `None` = probe.
pub type Wake = (i64, Option<usize>);

/// One device.
#[derive(Debug, Clone)]
pub struct Client {
    /// Draws for the queue (breaker spreads, backoff, release), in the order
    /// `services::queue::Worker` draws them from its jitter source.
    rng: Rng,
    /// Draws for the health schedule's jitter (`services::health::spawn_with_draws`).
    schedule_rng: Rng,
    rules: Rules,
    interval_s: u32,
    breakers: Breakers,
    budget: RetryBudget,
    backoff: BackoffPolicy,
    /// The health schedule's state (the failing streak).
    schedule: ProbeSchedule,
    pub jobs: Vec<SimJob>,
    /// The device believes the portal is down.
    down: bool,
    /// First time after `recovery_ms` the device saw the portal healthy again.
    pub back_seen_ms: Option<i64>,
    recovery_ms: i64,
    pub trace: Option<Vec<TraceEntry>>,
}

impl Client {
    /// A device; its two streams are [`Client::streams`] of `seed` and `id`.
    pub fn new(seed: u64, id: u32, rules: Rules, interval_s: u32, recovery_ms: i64) -> Self {
        let (_, schedule_rng, rng) = Self::streams(seed, id);
        Self {
            rng,
            schedule_rng,
            rules,
            interval_s,
            breakers: Breakers::new(BreakerPolicy::default()),
            budget: RetryBudget::new(BudgetPolicy::default()),
            backoff: BackoffPolicy::default(),
            schedule: ProbeSchedule::default(),
            jobs: Vec::new(),
            down: false,
            back_seen_ms: None,
            recovery_ms,
            trace: None,
        }
    }

    /// A device's streams: set-up (start time, job), health schedule, queue.
    pub fn streams(seed: u64, id: u32) -> (Rng, Rng, Rng) {
        let base = u64::from(id) * 3;
        (
            Rng::new(seed, base),
            Rng::new(seed, base + 1),
            Rng::new(seed, base + 2),
        )
    }

    fn fleet(&self) -> bool {
        self.rules == Rules::Fleet
    }

    /// A draw for a spread (the middle under the legacy rules: no spread).
    fn spread(&mut self) -> f64 {
        if self.fleet() {
            self.rng.draw()
        } else {
            NO_SPREAD
        }
    }

    fn log(&mut self, e: TraceEntry) {
        if let Some(t) = &mut self.trace {
            t.push(e);
        }
    }

    fn observe(&mut self, now: i64, healthy: bool) {
        if !healthy {
            self.down = true;
        } else if self.down {
            self.down = false;
            if now >= self.recovery_ms && self.back_seen_ms.is_none() {
                self.back_seen_ms = Some(now);
            }
        }
    }

    /// A scheduled health check (`services::health` schedule + `Worker::on_probe`).
    /// Returns what to wake, the next probe included.
    pub fn probe(&mut self, now: i64, provider: &mut Provider) -> Vec<Wake> {
        let healthy = provider.request(now, Sender::Probe).healthy();
        self.observe(now, healthy);
        let mut wakes = self.on_probe(now, healthy);
        let jitter = self.schedule_rng.draw();
        let delay = if self.fleet() {
            // No vendor feed in the simulation: no hint.
            self.schedule
                .after_check(self.interval_s, !healthy, None, jitter)
        } else {
            next_probe_delay(self.interval_s, !healthy, jitter)
        };
        let next = now + delay.as_millis() as i64;
        self.log(TraceEntry::Probe {
            at_ms: now,
            healthy,
            next_ms: next,
        });
        wakes.push((next, None));
        wakes
    }

    /// `Worker::on_probe`: feeds the breaker; when healthy, "wait for portal"
    /// jobs are done, and (fleet rules) held jobs may go when the trial may.
    fn on_probe(&mut self, now: i64, healthy: bool) -> Vec<Wake> {
        let draw = self.spread();
        if self.fleet() {
            self.breakers
                .record_probe_drawn(HOST, ts(now), healthy, draw);
        } else {
            self.breakers.record_probe(HOST, ts(now), healthy);
        }
        let mut wakes = Vec::new();
        if !healthy {
            return wakes;
        }
        for i in 0..self.jobs.len() {
            let j = &self.jobs[i];
            if j.kind == JobKind::ResumePortalStep && j.state == SimState::Pending {
                self.finish(i, now, SimState::Succeeded);
            }
        }
        if let (true, BreakerSnapshot::Open { until, .. }) =
            (self.fleet(), self.breakers.state(HOST))
        {
            let until = ms_of(until);
            for (i, j) in self.jobs.iter_mut().enumerate() {
                if j.state == SimState::Pending && j.held && j.next_ms > until {
                    j.next_ms = until;
                    wakes.push((until, Some(i)));
                }
            }
        }
        wakes
    }

    fn finish(&mut self, i: usize, now: i64, state: SimState) {
        if let Some(j) = self.jobs.get_mut(i) {
            j.state = state;
            j.finished_ms = Some(now);
        }
        let e = if state == SimState::Succeeded {
            TraceEntry::Succeeded { at_ms: now, job: i }
        } else {
            TraceEntry::Failed { at_ms: now, job: i }
        };
        self.log(e);
    }

    fn hold(&mut self, i: usize, now: i64, until: i64) -> Vec<Wake> {
        if let Some(j) = self.jobs.get_mut(i) {
            j.held = true;
            j.next_ms = until;
        }
        self.log(TraceEntry::Held {
            at_ms: now,
            job: i,
            until_ms: until,
        });
        vec![(until, Some(i))]
    }

    /// `Worker::run_job` for job `i`, due at `now`.
    pub fn run_job(&mut self, i: usize, now: i64, provider: &mut Provider) -> Vec<Wake> {
        let Some(job) = self.jobs.get(i).cloned() else {
            return Vec::new();
        };
        if job.state == SimState::Planned
            && let Some(j) = self.jobs.get_mut(i)
        {
            j.state = SimState::Pending;
        }
        let gated = job.kind != JobKind::ResumePortalStep;
        // The simulation has no crashes, so every job tried before failed: the
        // same as the Worker's `Job::retries_a_failure`.
        let retry = job.attempts > 0;
        // Fleet rule: a retry waits for the host's retry budget (not an attempt).
        if self.fleet() && retry && !self.budget.can_retry(ts(now)) {
            let until = ms_of(self.budget.next_free(ts(now)));
            return self.hold(i, now, until.max(now + 1));
        }
        let mut trial = false;
        if gated {
            match self.breakers.allow(HOST, ts(now)) {
                Decision::Allow => {}
                Decision::AllowTrial => trial = true,
                Decision::Wait(until) => return self.hold(i, now, ms_of(until)),
            }
        }
        if self.fleet() {
            self.budget.record(ts(now), retry);
        }
        let attempts = job.attempts + 1;
        if let Some(j) = self.jobs.get_mut(i) {
            j.attempts = attempts;
            j.held = false;
        }
        self.log(TraceEntry::Sent {
            at_ms: now,
            job: i,
            attempt: attempts,
            trial,
        });
        let answer = provider.request(now, Sender::Job);
        let ok = if gated {
            answer == Answer::Ok
        } else {
            answer.healthy()
        };
        if ok {
            return self.succeeded(i, now, gated, trial);
        }
        self.failed(i, now, &job, attempts, answer)
    }

    fn succeeded(&mut self, i: usize, now: i64, gated: bool, trial: bool) -> Vec<Wake> {
        self.observe(now, true);
        if gated {
            self.breakers.record_success(HOST, ts(now));
        } else {
            let d = self.spread();
            self.breakers.record_probe_drawn(HOST, ts(now), true, d);
        }
        self.finish(i, now, SimState::Succeeded);
        if !(trial && self.fleet()) {
            return Vec::new();
        }
        // Fleet rule: the trial closed the breaker; held jobs go a few at a time.
        let mut held: Vec<usize> = (0..self.jobs.len())
            .filter(|&k| self.jobs[k].state == SimState::Pending && self.jobs[k].held)
            .collect();
        held.sort_by_key(|&k| (self.jobs[k].created_ms, k));
        let mut wakes = Vec::new();
        for (n, k) in held.into_iter().enumerate() {
            let d = self.rng.draw();
            let at = now + release_delay(n, d).as_millis() as i64;
            if let Some(j) = self.jobs.get_mut(k) {
                j.next_ms = at;
            }
            wakes.push((at, Some(k)));
        }
        wakes
    }

    fn failed(
        &mut self,
        i: usize,
        now: i64,
        job: &SimJob,
        attempts: u32,
        answer: Answer,
    ) -> Vec<Wake> {
        self.observe(now, answer.healthy());
        let gated = job.kind != JobKind::ResumePortalStep;
        let (error, retry_after) = match (gated, answer) {
            (false, _) => (
                JobError::new(ErrorClass::PortalDown, None, "still failing"),
                None,
            ),
            (
                true,
                Answer::Status {
                    status,
                    retry_after_s,
                },
            ) => (
                JobError::new(ErrorClass::Http, Some(status), "service error"),
                retry_after_s.map(RetryAfter::Seconds),
            ),
            (true, _) => (JobError::new(ErrorClass::Connect, None, "refused"), None),
        };
        let draw = self.spread();
        if gated && counts_against_host(&error) {
            self.breakers.record_failure_drawn(HOST, ts(now), draw);
        } else if gated {
            self.breakers.record_success(HOST, ts(now));
        } else {
            self.breakers.record_probe_drawn(HOST, ts(now), false, draw);
        }
        let decision = after_failure(
            &FailureInput {
                now: ts(now),
                created_at: ts(job.created_ms),
                attempts,
                kind: job.kind,
                error: &error,
                retry_after,
                deadline: None,
                jitter_draw: self.rng.draw(),
                helpdesk: None,
            },
            &self.backoff,
        );
        match decision {
            AfterFailure::RetryAt(at) => {
                let next = ms_of(at);
                if let Some(j) = self.jobs.get_mut(i) {
                    j.next_ms = next;
                }
                self.log(TraceEntry::Retry {
                    at_ms: now,
                    job: i,
                    next_ms: next,
                });
                vec![(next, Some(i))]
            }
            AfterFailure::WaitForSignIn | AfterFailure::Fail(_) => {
                self.finish(i, now, SimState::Failed);
                Vec::new()
            }
        }
    }
}
