//! The [`Worker`]: runs due jobs, one at a time, for the window's services thread
//! or one `queue run` / `enroll` / `verify` process.
//!
//! * Each attempt runs as its own task while the worker renews its lease, answers
//!   probe news ([`WorkerNews`]) and reports outcomes as they happen: no lock is
//!   held while a request waits on the network.
//! * Every store call runs on the blocking pool (SQLite may wait up to its busy
//!   timeout for another process's write lock; the async thread never does).
//! * A panic while processing a job (in the attempt, or while recording its
//!   result) is caught and counted as an interruption of that job
//!   (`lease.rs`): after three in a row the job fails with a plain message.
//! * Fleet rules (issue 10, `core::fleet`, `core::breaker`; the fleet simulator
//!   `mfa_ready_sim` (crates/sim) takes the same decisions with the same draws, checked by
//!   `tests/queue/fleet_trace.rs`): breaker cool-downs are spread by a draw; a retry
//!   waits for the host's retry budget; a healthy probe brings the trial
//!   forward; when a trial closes the breaker, held jobs go a few at a time.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};

use crate::services::enroll::{CallError, EnrollmentService, ServiceSetupError};
use crate::services::store::Store;
use mfa_ready_core::backoff::BackoffPolicy;
use mfa_ready_core::breaker::{BreakerPolicy, BreakerSnapshot, Breakers, Decision};
use mfa_ready_core::fleet::{BudgetPolicy, RetryBudget, counts_against_host, release_delay};
use mfa_ready_core::methods::{MethodKind, SetupIds};
use mfa_ready_core::queue::{
    self, AfterFailure, AfterInterruption, ErrorClass, FailureInput, JobError, JobKind, Note,
    Payload,
};
use mfa_ready_core::weburl;

use super::attempt::{self, Done, Tools};
use super::lease::{DEFAULT_LEASE, Lease, Recovery, process_owner};
use super::model::{Job, Outcome, QueueError, SharedStore, Transition, with_store};
use super::portal::PortalProbe;

/// A clock: the injected one (what the user sees) or the wall clock (leases).
pub type ClockFn = Arc<dyn Fn() -> Timestamp + Send + Sync>;

/// News for a running worker, delivered between and during attempts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerNews {
    /// A portal probe result for a host (healthy or failing; inconclusive
    /// results are not sent). Feeds the host's breaker; a healthy one completes
    /// the "Tell me when it's back" jobs waiting for it.
    Probe { host: String, healthy: bool },
}

/// When a worker has something to do next (see [`Worker::next_wake`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextWake {
    /// The first pending job's due time (the injected clock).
    pub due: Option<Timestamp>,
    /// How long until the first lease of a job in flight runs out (another
    /// process's, or ours if its result could not be recorded).
    pub lease_expiry: Option<Duration>,
}

impl NextWake {
    /// How long to wait from `now`: `None` when nothing will come due by
    /// itself. A fixed clock (tests, `MFA_READY_NOW`) never reaches a later due time.
    pub fn wait(&self, now: Timestamp, fixed_clock: bool) -> Option<Duration> {
        let due = self.due.and_then(|at| {
            if fixed_clock && at > now {
                return None;
            }
            let secs = at.duration_since(now).as_secs_f64().max(0.0);
            Some(Duration::from_secs_f64(secs))
        });
        match (due, self.lease_expiry) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// How a [`Worker`] is set up.
pub struct WorkerConfig {
    pub store: SharedStore,
    /// The enrollment service, or why this policy has none (jobs that need one fail
    /// with it).
    pub service: Result<Arc<dyn EnrollmentService>, ServiceSetupError>,
    pub probe: Arc<dyn PortalProbe>,
    pub deadline: Option<Timestamp>,
    pub helpdesk: Option<String>,
    /// Uniform draws in [0, 1) for the jitter.
    pub jitter: Box<dyn FnMut() -> f64 + Send + Sync>,
    pub clock: ClockFn,
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

/// Runs due jobs. One per services thread or `queue run` process.
pub struct Worker {
    store: SharedStore,
    tools: Tools,
    breakers: Breakers,
    pub backoff: BackoffPolicy,
    deadline: Option<Timestamp>,
    helpdesk: Option<String>,
    jitter: Box<dyn FnMut() -> f64 + Send + Sync>,
    /// Retry budgets per host (in memory: a restart starts afresh).
    budgets: std::collections::BTreeMap<String, RetryBudget>,
    clock: ClockFn,
    /// Leases are wall-clock times (see `lease.rs`).
    wall: ClockFn,
    owner: String,
    lease: Duration,
}

/// The text of a caught panic.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_owned())
}

/// Whether a job is held by its host's breaker (portal checks are not).
fn gated(job: &Job) -> bool {
    job.kind != JobKind::ResumePortalStep && !job.host.is_empty()
}

/// How a job's result changes it, and what to report.
struct Decided {
    transition: Transition,
    verified: Vec<MethodKind>,
    portal_back: bool,
    /// The setup ids a list gave (kept for direct setup links).
    setup_ids: Option<SetupIds>,
}

impl Worker {
    pub fn new(config: WorkerConfig) -> Result<Self, QueueError> {
        let snap = with_store(&config.store, |s| s.queue().breakers())?;
        Ok(Self {
            store: config.store,
            tools: Tools {
                service: config.service,
                probe: config.probe,
            },
            breakers: Breakers::from_snapshot(BreakerPolicy::default(), snap),
            backoff: BackoffPolicy::default(),
            deadline: config.deadline,
            helpdesk: config.helpdesk,
            jitter: config.jitter,
            budgets: std::collections::BTreeMap::new(),
            clock: config.clock,
            wall: Arc::new(Timestamp::now),
            owner: process_owner().to_owned(),
            lease: DEFAULT_LEASE,
        })
    }

    /// Claims as `owner` instead of this process's id (tests: two workers in one process).
    pub fn with_owner(mut self, owner: &str) -> Self {
        owner.clone_into(&mut self.owner);
        self
    }

    /// Claims hold for `lease` without renewal (renewed every third of it).
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease = lease.max(Duration::from_millis(30));
        self
    }

    /// The wall clock leases are measured with (tests).
    pub fn with_wall_clock(mut self, wall: ClockFn) -> Self {
        self.wall = wall;
        self
    }

    /// The deadline in force: retries give up there.
    pub fn set_deadline(&mut self, deadline: Option<Timestamp>) {
        self.deadline = deadline;
    }

    /// Who this worker claims as.
    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// The host a new job of this payload is keyed on (the one host key).
    pub fn host_for(&self, payload: &Payload) -> String {
        match payload {
            Payload::ResumePortalStep { url, .. } => weburl::host_key(url).unwrap_or_default(),
            _ => self
                .tools
                .service
                .as_ref()
                .map(|s| s.host())
                .unwrap_or_default(),
        }
    }

    /// Writes a job (before any attempt).
    pub fn enqueue(&self, payload: &Payload) -> Result<Job, QueueError> {
        let host = self.host_for(payload);
        let now = (self.clock)();
        with_store(&self.store, |s| s.queue_mut().enqueue(payload, &host, now))
    }

    /// The breaker state of a host (tests, the panel).
    pub fn breaker(&self, host: &str) -> BreakerSnapshot {
        self.breakers.state(host)
    }

    /// When there is something to do next: the first pending job's due time
    /// and the first lease of a job in flight that runs out.
    pub async fn next_wake(&self) -> Result<NextWake, QueueError> {
        let (due, lease) = self
            .blocking(|s| Ok((s.queue().next_due()?, s.queue().next_lease_expiry()?)))
            .await?;
        let wall = (self.wall)();
        Ok(NextWake {
            due,
            lease_expiry: lease.map(|at| {
                let left = at.duration_since(wall).as_secs_f64().max(0.0);
                // Just after the expiry, so that the recovery sees it expired.
                Duration::from_secs_f64(left) + Duration::from_millis(5)
            }),
        })
    }

    /// Runs `f` on the store on the blocking pool; a panic there is an error.
    async fn blocking<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<R, QueueError> + Send + 'static,
    ) -> Result<R, QueueError> {
        let store = Arc::clone(&self.store);
        match tokio::task::spawn_blocking(move || with_store(&store, f)).await {
            Ok(r) => r,
            Err(e) if e.is_panic() => Err(QueueError::Panicked(panic_text(&*e.into_panic()))),
            Err(e) => Err(QueueError::Panicked(e.to_string())),
        }
    }

    fn lease_until(&self) -> Timestamp {
        let wall = (self.wall)();
        let lease = SignedDuration::try_from(self.lease).unwrap_or(SignedDuration::from_secs(30));
        wall.checked_add(lease).unwrap_or(wall)
    }

    async fn save_breaker(&self, host: &str, now: Timestamp) {
        let snap = self.breakers.state(host);
        let host = host.to_owned();
        if let Err(e) = self
            .blocking(move |s| s.queue_mut().save_breaker(&host, &snap, now))
            .await
        {
            tracing::warn!(error = %e, "could not save the breaker state");
        }
    }

    /// Takes back jobs whose owner stopped mid-attempt (expired leases).
    pub async fn recover(&self) -> Result<Recovery, QueueError> {
        let (wall, now, helpdesk) = ((self.wall)(), (self.clock)(), self.helpdesk.clone());
        self.blocking(move |s| {
            s.queue_mut()
                .recover_expired(wall, now, helpdesk.as_deref())
        })
        .await
    }

    /// Applies news (a probe result). Feeds the breaker; when healthy,
    /// completes the `resume_portal_step` jobs waiting for this host.
    pub async fn on_news(&mut self, news: WorkerNews) -> Result<Vec<Outcome>, QueueError> {
        let WorkerNews::Probe { host, healthy } = news;
        let now = (self.clock)();
        self.on_probe(&host, healthy, now).await
    }

    /// See [`Worker::on_news`].
    pub async fn on_probe(
        &mut self,
        host: &str,
        healthy: bool,
        now: Timestamp,
    ) -> Result<Vec<Outcome>, QueueError> {
        let host = host.to_lowercase();
        let draw = (self.jitter)();
        self.breakers.record_probe_drawn(&host, now, healthy, draw);
        self.save_breaker(&host, now).await;
        if !healthy {
            return Ok(Vec::new());
        }
        self.bring_held_forward(&host, now).await?;
        let h = host.clone();
        let waiting = self
            .blocking(move |s| s.queue().waiting_jobs(JobKind::ResumePortalStep, &h))
            .await?;
        let mut out = Vec::new();
        for job in waiting {
            if self.claim(&job, now).await? {
                out.push(self.portal_back(&job, now).await?);
            }
        }
        Ok(out)
    }

    async fn claim(&self, job: &Job, now: Timestamp) -> Result<bool, QueueError> {
        let (id, owner, until) = (job.id, self.owner.clone(), self.lease_until());
        self.blocking(move |s| {
            s.queue_mut().claim(
                id,
                &Lease {
                    owner: &owner,
                    until,
                },
                now,
            )
        })
        .await
    }

    async fn finish(
        &self,
        id: i64,
        transition: Transition,
        verified: Vec<MethodKind>,
        now: Timestamp,
    ) -> Result<bool, QueueError> {
        let owner = self.owner.clone();
        self.blocking(move |s| {
            s.queue_mut()
                .finish(id, &owner, &transition, &verified, now)
        })
        .await
    }

    /// Completes a claimed `resume_portal_step` job: its portal is back.
    async fn portal_back(&self, job: &Job, now: Timestamp) -> Result<Outcome, QueueError> {
        let Payload::ResumePortalStep {
            portal,
            url,
            method,
        } = &job.payload
        else {
            return Ok(Outcome::Skipped { id: job.id });
        };
        let note = Note::PortalBack {
            portal: portal.clone(),
            method: *method,
        };
        if !self
            .finish(job.id, Transition::Succeed { note }, Vec::new(), now)
            .await?
        {
            return Ok(Outcome::Skipped { id: job.id });
        }
        Ok(Outcome::PortalBack {
            id: job.id,
            portal: portal.clone(),
            url: url.clone(),
            method: *method,
        })
    }

    /// Runs every job due now (at most `limit`), one after the other, after
    /// taking back jobs whose owner stopped. Returns what happened to each.
    pub async fn run_due(&mut self, limit: u32) -> Result<Vec<Outcome>, QueueError> {
        let mut out = Vec::new();
        self.serve_due(limit, None, &mut |o| out.push(o)).await?;
        Ok(out)
    }

    /// As [`Worker::run_due`], reporting each outcome as soon as it is known and
    /// applying `news` while attempts wait on the network.
    pub async fn serve_due(
        &mut self,
        limit: u32,
        mut news: Option<&mut tokio::sync::mpsc::UnboundedReceiver<WorkerNews>>,
        report: &mut (dyn FnMut(Outcome) + Send),
    ) -> Result<(), QueueError> {
        let recovered = self.recover().await?;
        if recovered.requeued > 0 {
            tracing::warn!(
                jobs = recovered.requeued,
                "took back jobs whose owner stopped mid-attempt"
            );
        }
        for (id, give_up) in recovered.failed {
            report(Outcome::Failed { id, give_up });
        }
        // Probe results that already arrived decide the gates below.
        while let Some(n) = news.as_deref_mut().and_then(|rx| rx.try_recv().ok()) {
            for o in self.on_news(n).await? {
                report(o);
            }
        }
        let now = (self.clock)();
        let due = self
            .blocking(move |s| s.queue().due_jobs(now, limit))
            .await?;
        for job in due {
            let o = self.drive(job, &mut news, report).await?;
            report(o);
        }
        Ok(())
    }

    /// Claims and attempts one job, and records the result.
    pub async fn run_job(&mut self, job: Job) -> Result<Outcome, QueueError> {
        self.drive(job, &mut None, &mut |_| {}).await
    }

    /// The breaker's word on a job: `Ok(trial)` to go ahead, `Err(until)` to wait.
    fn gate(&mut self, job: &Job, now: Timestamp) -> Result<bool, Timestamp> {
        if !gated(job) {
            return Ok(false);
        }
        match self.breakers.allow(&job.host, now) {
            Decision::Allow => Ok(false),
            Decision::AllowTrial => Ok(true),
            Decision::Wait(until) => Err(until),
        }
    }

    /// One job from claim to recorded result (see the module notes).
    async fn drive(
        &mut self,
        job: Job,
        news: &mut Option<&mut tokio::sync::mpsc::UnboundedReceiver<WorkerNews>>,
        report: &mut (dyn FnMut(Outcome) + Send),
    ) -> Result<Outcome, QueueError> {
        let now = (self.clock)();
        if let Some(until) = self.over_budget(&job, now) {
            return self.hold_for_breaker(&job, until, now).await;
        }
        let trial = match self.gate(&job, now) {
            Ok(trial) => trial,
            Err(until) => return self.hold_for_breaker(&job, until, now).await,
        };
        if !self.claim(&job, now).await? {
            return Ok(Outcome::Skipped { id: job.id });
        }
        // A first try earns budget, a retry after a failure spends it; a job
        // taken back after a crash does neither (see `Job::retries_a_failure`).
        if !job.host.is_empty() && (job.attempts == 0 || job.retries_a_failure()) {
            self.budget(&job.host).record(now, job.attempts > 0);
        }
        if trial {
            self.save_breaker(&job.host, now).await;
        }
        let mut task = tokio::spawn(attempt::run(self.tools.clone(), job.clone()));
        let period = self.lease / 3;
        let mut renew = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        let joined = loop {
            tokio::select! {
                joined = &mut task => break joined,
                _ = renew.tick() => self.renew(job.id).await,
                got = next_news(news) => match got {
                    Some(n) => match self.on_news(n).await {
                        Ok(outcomes) => outcomes.into_iter().for_each(&mut *report),
                        Err(e) => tracing::warn!(error = %e, "could not apply a probe result"),
                    },
                    None => *news = None,
                },
            }
        };
        let result = match joined {
            Ok(result) => result,
            Err(e) => {
                let why = if e.is_panic() {
                    panic_text(&*e.into_panic())
                } else {
                    e.to_string()
                };
                return self.interrupted(&job, &why).await;
            }
        };
        let outcome = match self.complete(&job, result).await {
            Err(QueueError::Panicked(why)) => self.interrupted(&job, &why).await,
            other => other,
        }?;
        if trial && matches!(outcome, Outcome::Succeeded { .. }) {
            self.release_held(&job.host).await?;
        }
        Ok(outcome)
    }

    fn budget(&mut self, host: &str) -> &mut RetryBudget {
        self.budgets
            .entry(host.to_owned())
            .or_insert_with(|| RetryBudget::new(BudgetPolicy::default()))
    }

    /// Fleet rule: a retry over its host's budget waits until the budget frees
    /// (held like a breaker wait, class `breaker_open`: not an attempt; the
    /// error classes are a contract, so no new class for it).
    fn over_budget(&mut self, job: &Job, now: Timestamp) -> Option<Timestamp> {
        if job.host.is_empty() || !job.retries_a_failure() {
            return None;
        }
        let budget = self.budget(&job.host);
        if budget.can_retry(now) {
            return None;
        }
        let free = budget.next_free(now);
        // Never due again at the same instant (a millisecond is the store's grain).
        let next_ms = now
            .checked_add(SignedDuration::from_millis(1))
            .unwrap_or(now);
        Some(free.max(next_ms))
    }

    /// Fleet rule: the trial closed the breaker; the jobs it held go a few at a
    /// time ([`release_delay`]), oldest first, instead of all at once.
    async fn release_held(&mut self, host: &str) -> Result<(), QueueError> {
        let now = (self.clock)();
        let h = host.to_owned();
        let held = self.blocking(move |s| s.queue().held_jobs(&h)).await?;
        if held.is_empty() {
            return Ok(());
        }
        let moves: Vec<(i64, Timestamp)> = held
            .into_iter()
            .enumerate()
            .map(|(i, (id, _))| {
                let at = now.checked_add(release_delay(i, (self.jitter)()));
                (id, at.unwrap_or(now))
            })
            .collect();
        self.blocking(move |s| s.queue_mut().reschedule(&moves, now))
            .await
    }

    /// Fleet rule: a healthy probe brought the breaker's trial forward; held
    /// jobs due later become due then (one of them will be the trial).
    async fn bring_held_forward(&mut self, host: &str, now: Timestamp) -> Result<(), QueueError> {
        let BreakerSnapshot::Open { until, .. } = self.breakers.state(host) else {
            return Ok(());
        };
        let h = host.to_owned();
        let held = self.blocking(move |s| s.queue().held_jobs(&h)).await?;
        let moves: Vec<(i64, Timestamp)> = held
            .into_iter()
            .filter(|(_, due)| *due > until)
            .map(|(id, _)| (id, until))
            .collect();
        if moves.is_empty() {
            return Ok(());
        }
        self.blocking(move |s| s.queue_mut().reschedule(&moves, now))
            .await
    }

    async fn renew(&self, id: i64) {
        let (owner, until) = (self.owner.clone(), self.lease_until());
        let renewed = self
            .blocking(move |s| {
                s.queue_mut().renew(
                    id,
                    &Lease {
                        owner: &owner,
                        until,
                    },
                )
            })
            .await;
        match renewed {
            Ok(true) => {}
            Ok(false) => tracing::warn!(
                job = id,
                "the job is no longer ours (lease lost or cancelled)"
            ),
            Err(e) => tracing::warn!(job = id, error = %e, "could not renew the lease"),
        }
    }

    /// Open breaker: the job waits without sending anything (not an attempt).
    async fn hold_for_breaker(
        &mut self,
        job: &Job,
        until: Timestamp,
        now: Timestamp,
    ) -> Result<Outcome, QueueError> {
        if !self.claim(job, now).await? {
            return Ok(Outcome::Skipped { id: job.id });
        }
        let error = JobError::new(
            ErrorClass::BreakerOpen,
            None,
            &format!("{} is failing; waiting", job.host),
        );
        let held = Transition::Hold { at: until, error };
        if !self.finish(job.id, held, Vec::new(), now).await? {
            return Ok(Outcome::Skipped { id: job.id });
        }
        Ok(Outcome::Held { id: job.id, until })
    }

    /// The attempt (or recording its result) panicked: count an interruption.
    async fn interrupted(&self, job: &Job, why: &str) -> Result<Outcome, QueueError> {
        tracing::error!(job = job.id, why, "processing a job stopped unexpectedly");
        let now = (self.clock)();
        let (id, owner, helpdesk) = (job.id, self.owner.clone(), self.helpdesk.clone());
        let after = self
            .blocking(move |s| {
                s.queue_mut()
                    .interrupt(id, &owner, now, helpdesk.as_deref())
            })
            .await?;
        Ok(match after {
            None => Outcome::Skipped { id },
            Some(AfterInterruption::Fail(give_up)) => Outcome::Failed { id, give_up },
            Some(AfterInterruption::RetryNow) => Outcome::Retrying { id, at: now },
        })
    }

    /// Records an attempt's result. A panic while deciding it is returned as
    /// [`QueueError::Panicked`] (the caller counts an interruption).
    async fn complete(
        &mut self,
        job: &Job,
        result: Result<Done, CallError>,
    ) -> Result<Outcome, QueueError> {
        let now = (self.clock)();
        let decided = std::panic::catch_unwind(AssertUnwindSafe(|| self.decide(job, result, now)))
            .map_err(|p| QueueError::Panicked(panic_text(&*p)))?;
        if gated(job) || job.kind == JobKind::ResumePortalStep {
            self.save_breaker(&job.host, now).await;
        }
        if decided.portal_back {
            return self.portal_back(job, now).await;
        }
        let transition = decided.transition.clone();
        if !self
            .finish(job.id, decided.transition, decided.verified, now)
            .await?
        {
            return Ok(Outcome::Skipped { id: job.id });
        }
        if let Some(ids) = decided.setup_ids {
            // Only for direct setup links: a failure to keep them is not the job's.
            if let Err(e) = self
                .blocking(move |s| s.set_setup_ids(&ids).map_err(QueueError::from))
                .await
            {
                tracing::warn!(error = %e, "the setup links' ids were not kept");
            }
        }
        let id = job.id;
        Ok(match transition {
            Transition::Succeed { note } => Outcome::Succeeded { id, note },
            Transition::Retry { at, .. } => Outcome::Retrying { id, at },
            Transition::Hold { at, .. } => Outcome::Held { id, until: at },
            Transition::Fail { give_up, .. } => Outcome::Failed { id, give_up },
        })
    }

    /// The breakers learn from the result; the job's next state is decided.
    fn decide(&mut self, job: &Job, result: Result<Done, CallError>, now: Timestamp) -> Decided {
        let host = job.host.as_str();
        match result {
            Ok((note, verified, setup_ids)) => {
                if gated(job) {
                    self.breakers.record_success(host, now);
                }
                let portal_back = job.kind == JobKind::ResumePortalStep;
                if portal_back {
                    let draw = (self.jitter)();
                    self.breakers.record_probe_drawn(host, now, true, draw);
                }
                Decided {
                    transition: Transition::Succeed { note },
                    verified,
                    portal_back,
                    setup_ids,
                }
            }
            Err(ce) => {
                // One draw per failure, used or not (the simulator draws alike):
                // it spreads the cool-down if the breaker opens.
                let draw = (self.jitter)();
                if gated(job) && counts_against_host(&ce.error) {
                    self.breakers.record_failure_drawn(host, now, draw);
                } else if gated(job) {
                    // A definite answer (4xx): the host is up.
                    self.breakers.record_success(host, now);
                }
                if job.kind == JobKind::ResumePortalStep {
                    self.breakers.record_probe_drawn(host, now, false, draw);
                }
                Decided {
                    transition: self.after_failure(job, ce, now),
                    verified: Vec::new(),
                    portal_back: false,
                    setup_ids: None,
                }
            }
        }
    }

    fn after_failure(&mut self, job: &Job, ce: CallError, now: Timestamp) -> Transition {
        let decision = queue::after_failure(
            &FailureInput {
                now,
                created_at: job.created_at,
                attempts: job.attempts + 1,
                kind: job.kind,
                error: &ce.error,
                retry_after: ce.retry_after,
                deadline: self.deadline,
                jitter_draw: (self.jitter)(),
                helpdesk: self.helpdesk.as_deref(),
            },
            &self.backoff,
        );
        match decision {
            AfterFailure::RetryAt(at) => Transition::Retry {
                at,
                error: ce.error,
                needs_check: job.needs_check || ce.maybe_applied,
            },
            AfterFailure::WaitForSignIn => Transition::Hold {
                // Far future: woken by sign-in ("Retry now" also works).
                at: now
                    .checked_add(SignedDuration::from_hours(24 * 365))
                    .unwrap_or(now),
                error: JobError {
                    class: ErrorClass::SignInNeeded,
                    ..ce.error
                },
            },
            AfterFailure::Fail(give_up) => Transition::Fail {
                error: ce.error,
                give_up,
            },
        }
    }
}

/// The next piece of news, or never when there is no channel.
async fn next_news(
    news: &mut Option<&mut tokio::sync::mpsc::UnboundedReceiver<WorkerNews>>,
) -> Option<WorkerNews> {
    match news {
        Some(rx) => rx.recv().await,
        None => std::future::pending().await,
    }
}
