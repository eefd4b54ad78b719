//! The queue's service on the services thread: the one worker assembly
//! ([`QueueSetup`], also used by `queue run`, `enroll` and `verify`), the queue
//! commands ([`QueueService`]), and the worker task (runs due jobs, sleeps until
//! the next one or until woken, applies probe news), with the notices and
//! snapshots the "Pending work" panel renders. What it tells the window is data
//! (`Problem`, `UserNotice`); the window's words say it.
//!
//! The worker task owns the [`Worker`]; nothing else locks it. Commands reach it
//! through a wake-up and a news channel, so the command loop never waits for a
//! job that waits on the network.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};

use mfa_ready_core::mask::PhoneNumber;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::policy::{Policy, check_https};
use mfa_ready_core::queue::{ErrorClass, Payload};
use mfa_ready_core::weburl;

use crate::services::auth::{
    self, KeychainStore, OAuthConfig, OAuthTokens, SecretStore, TokenSource,
};
use crate::services::enroll::{self, ServiceSetupError};
use crate::services::health::{HealthSettings, RealProbe};
use crate::services::http::HttpTimeouts;
use crate::services::notify::Notifier;
use crate::services::protocol::{
    Command, Ctx, Event, NoticeWords, PendingJob, Problem, QueueSnapshot, SNAPSHOT_OPEN_LIMIT,
    StoreOpError, UserNotice,
};
use crate::services::store::Store;

use super::{
    ClockFn, Outcome, PortalProbe, QueueError, SharedStore, Worker, WorkerConfig, WorkerNews,
    helpdesk_contact, lock_store, os_jitter,
};

impl QueueSnapshot {
    /// Reads the snapshot: the first open jobs, the count of all, the recent ones.
    pub fn read(store: &Store, now: Timestamp) -> Result<Self, QueueError> {
        let limit = u32::try_from(SNAPSHOT_OPEN_LIMIT).unwrap_or(u32::MAX);
        let queue = store.queue();
        let (mut jobs, open_total) = queue.open_jobs_page(limit)?;
        jobs.extend(queue.recent_finished(now - SignedDuration::from_hours(24))?);
        let jobs = jobs
            .into_iter()
            .map(|job| {
                let history = queue.job_history(job.id)?;
                Ok(PendingJob { job, history })
            })
            .collect::<Result<_, QueueError>>()?;
        Ok(Self { jobs, open_total })
    }
}

/// Everything the queue needs, from the policy: the one assembly shared by the
/// window, `queue run`, `enroll` and `verify`.
pub struct QueueSetup {
    pub policy: Policy,
    /// Shows the queue's notices on the desktop (the window's services only).
    pub notifier: Arc<dyn Notifier>,
    /// The words for those notifications: `None` shows the notices in the window only.
    pub desktop_words: Option<NoticeWords>,
    /// Checks a portal after "Open setup page" and for `resume_portal_step`.
    pub probe: Arc<dyn PortalProbe>,
    /// Where sign-in keeps its tokens: `None` for the OS keychain (tests pass a
    /// memory store).
    pub secrets: Option<Arc<dyn SecretStore>>,
    /// The enrollment service's tokens: `None` for `MFA_READY_GRAPH_TOKEN` (Okta:
    /// `MFA_READY_OKTA_TOKEN`) or the sign-in session in `secrets` (tests pass a fixed
    /// token).
    pub tokens: Option<Arc<dyn TokenSource>>,
}

impl QueueSetup {
    /// [`QueueSetup::from_policy`] without a policy directory.
    pub fn new(policy: Policy, notifier: Arc<dyn Notifier>) -> Self {
        Self::from_policy(policy, None, notifier)
    }

    /// The real thing: the real portal probe (the health page's judgment; relative
    /// `extra_root_certs` resolved against `policy_dir`), the OS keychain.
    /// Reads the trust store: call at start-up.
    pub fn from_policy(
        policy: Policy,
        policy_dir: Option<&Path>,
        notifier: Arc<dyn Notifier>,
    ) -> Self {
        let probe = Arc::new(RealProbe::new(&HealthSettings::from_policy(
            &policy, policy_dir,
        )));
        Self {
            policy,
            notifier,
            desktop_words: None,
            probe,
            secrets: None,
            tokens: None,
        }
    }

    /// Where tokens come from: the given source, the given secret store, or
    /// `MFA_READY_GRAPH_TOKEN` / `MFA_READY_OKTA_TOKEN` and the keychain.
    fn token_source(&self) -> Option<Arc<dyn TokenSource>> {
        if let Some(tokens) = &self.tokens {
            return Some(Arc::clone(tokens));
        }
        match &self.secrets {
            Some(secrets) => {
                let config = OAuthConfig::from_policy(&self.policy)?;
                let tokens = OAuthTokens::new(config, Arc::clone(secrets)).ok()?;
                Some(Arc::new(tokens))
            }
            None => auth::token_source(&self.policy),
        }
    }

    fn service(
        &self,
        clock: ClockFn,
    ) -> Result<Arc<dyn enroll::EnrollmentService>, ServiceSetupError> {
        enroll::enrollment_service(
            &self.policy,
            self.token_source(),
            HttpTimeouts::default(),
            clock,
        )
    }

    /// Why this policy has no enrollment service, if it has none.
    pub fn service_problem(&self, clock: ClockFn) -> Option<ServiceSetupError> {
        self.service(clock).err()
    }

    /// The deadline in force for a user first seen at `first_run`: the worker gives up there.
    pub fn deadline(&self, first_run: Timestamp) -> Option<Timestamp> {
        mfa_ready_core::deadline::in_force(
            self.policy.enrollment.deadline,
            self.policy.enrollment.new_user_days,
            first_run,
        )
        .map(|d| d.at)
    }

    /// The worker for this policy on `store`: the enrollment service, the probe,
    /// the deadline in force (its give-up time) and the helpdesk contact.
    pub fn worker(
        &self,
        store: SharedStore,
        clock: ClockFn,
        first_run: Timestamp,
    ) -> Result<Worker, QueueError> {
        Worker::new(WorkerConfig {
            store,
            service: self.service(Arc::clone(&clock)),
            probe: Arc::clone(&self.probe),
            deadline: self.deadline(first_run),
            helpdesk: helpdesk_contact(&self.policy),
            jitter: os_jitter(),
            clock,
        })
    }
}

/// The queue's service: the running queue, as the command loop sees it.
pub struct QueueService {
    news: tokio::sync::mpsc::UnboundedSender<WorkerNews>,
    wake: Arc<tokio::sync::Notify>,
    service_host: String,
    setup: Arc<QueueSetup>,
}

fn now_fn(ctx: &Ctx) -> ClockFn {
    let clock = ctx.clock;
    Arc::new(move || clock.now())
}

impl QueueService {
    /// Builds the worker and starts its task (which reads the first run for the
    /// deadline, then takes back interrupted jobs and runs what is due).
    pub(crate) fn start(setup: QueueSetup, ctx: &Arc<Ctx>) -> Option<Self> {
        if lock_store(&ctx.store).is_none() {
            return None;
        }
        // The deadline is set once the first run is known (`worker_task`).
        let worker = match setup.worker(Arc::clone(&ctx.store), now_fn(ctx), ctx.clock.now()) {
            Ok(w) => w,
            Err(e) => {
                ctx.emit(Event::Error(Problem::QueueNotStarted {
                    detail: e.to_string(),
                }));
                return None;
            }
        };
        let service_host = worker.host_for(&Payload::VerifyMethods);
        let (news, news_rx) = tokio::sync::mpsc::unbounded_channel();
        let (outcomes, outcomes_rx) = tokio::sync::mpsc::unbounded_channel();
        let rt = Self {
            news,
            wake: Arc::new(tokio::sync::Notify::new()),
            service_host,
            setup: Arc::new(setup),
        };
        let notifier = Arc::clone(&rt.setup.notifier);
        let desktop = rt
            .setup
            .desktop_words
            .clone()
            .map(|words| Desktop { notifier, words });
        tokio::spawn(reporter(outcomes_rx, desktop, Arc::clone(ctx)));
        tokio::spawn(worker_task(
            worker,
            Arc::clone(&rt.setup),
            Channels {
                news: news_rx,
                wake: Arc::clone(&rt.wake),
                outcomes,
            },
            Arc::clone(ctx),
        ));
        Some(rt)
    }

    async fn emit_snapshot(ctx: &Ctx) {
        let now = ctx.clock.now();
        match ctx.store_op(move |s| QueueSnapshot::read(s, now)).await {
            Ok(s) => ctx.emit(Event::Queue(s)),
            Err(StoreOpError::NoStore) => {}
            Err(e) => ctx.emit(Event::Error(Problem::QueueUnreadable {
                detail: e.to_string(),
            })),
        }
    }

    async fn enqueue(&self, payload: Payload, host: String, ctx: &Ctx) {
        let now = ctx.clock.now();
        match ctx
            .store_op(move |s| s.queue_mut().enqueue(&payload, &host, now))
            .await
        {
            Ok(_) => self.wake.notify_one(),
            Err(e) => ctx.emit(Event::Error(Problem::RequestNotSaved {
                detail: e.to_string(),
            })),
        }
        Self::emit_snapshot(ctx).await;
    }

    /// Handles a queue command. Never waits for the worker or the network.
    pub(crate) async fn handle(&self, cmd: Command, ctx: &Arc<Ctx>) {
        let now = ctx.clock.now();
        match cmd {
            Command::RetryJob(id) => {
                if let Err(e) = ctx
                    .store_op(move |s| s.queue_mut().retry_job_now(id, now))
                    .await
                {
                    ctx.emit(Event::Error(Problem::RetryNotSaved {
                        detail: e.to_string(),
                    }));
                }
                self.wake.notify_one();
                Self::emit_snapshot(ctx).await;
            }
            Command::CancelJob(id) => {
                if let Err(e) = ctx
                    .store_op(move |s| s.queue_mut().cancel_job(id, now))
                    .await
                {
                    ctx.emit(Event::Error(Problem::CancelNotSaved {
                        detail: e.to_string(),
                    }));
                }
                Self::emit_snapshot(ctx).await;
            }
            Command::EnrollPhone { .. } if !enroll::adds_phones(&self.setup.policy) => {
                let why =
                    ServiceSetupError::PhoneNotOffered(self.setup.policy.provider.display_name());
                ctx.emit(Event::Error(Problem::NoEnrollmentService(Some(why))));
            }
            Command::EnrollPhone { number, phone_type } => match PhoneNumber::parse(&number) {
                Ok(p) if !self.service_host.is_empty() => {
                    let payload = Payload::RegisterPhone {
                        phone_number: p.to_graph(),
                        phone_type,
                    };
                    self.enqueue(payload, self.service_host.clone(), ctx).await;
                }
                Ok(_) => ctx.emit(Event::Error(self.no_service(ctx))),
                Err(e) => ctx.emit(Event::Error(Problem::PhoneRejected(e))),
            },
            Command::VerifyMethods => {
                if self.service_host.is_empty() {
                    ctx.emit(Event::Error(self.no_service(ctx)));
                } else {
                    let host = self.service_host.clone();
                    self.enqueue(Payload::VerifyMethods, host, ctx).await;
                }
            }
            Command::WaitForPortal {
                portal,
                url,
                method,
            } => {
                if let Err(e) = check_https(&url, true) {
                    ctx.emit(Event::Error(Problem::NotWatched(e)));
                    return;
                }
                let host = weburl::host_key(&url).unwrap_or_default();
                let payload = Payload::ResumePortalStep {
                    portal,
                    url,
                    method,
                };
                self.enqueue(payload, host, ctx).await;
            }
            Command::PortalHealth { host, healthy } => {
                // The worker applies it, even while a job waits on the network.
                let _ = self.news.send(WorkerNews::Probe { host, healthy });
            }
            Command::SignIn => self.sign_in(ctx),
            _ => {}
        }
    }

    fn no_service(&self, ctx: &Ctx) -> Problem {
        Problem::NoEnrollmentService(self.setup.service_problem(now_fn(ctx)))
    }

    fn sign_in(&self, ctx: &Arc<Ctx>) {
        let Some(config) = OAuthConfig::from_policy(&self.setup.policy) else {
            ctx.emit(Event::Error(Problem::SignInNotConfigured));
            return;
        };
        let secrets: Arc<dyn SecretStore> = match &self.setup.secrets {
            Some(s) => Arc::clone(s),
            None => Arc::new(KeychainStore::new(&config.tenant)),
        };
        let tokens = match OAuthTokens::new(config.clone(), secrets) {
            Ok(t) => t,
            Err(e) => {
                ctx.emit(Event::Error(Problem::SignInUnavailable(e)));
                return;
            }
        };
        let ctx = Arc::clone(ctx);
        let wake = Arc::clone(&self.wake);
        let host = self.service_host.clone();
        tokio::spawn(async move {
            let opener = Arc::clone(&ctx.opener);
            let result = auth::sign_in(
                &config,
                &tokens,
                |url| opener.open(url),
                Duration::from_secs(300),
            )
            .await;
            if let Err(e) = result {
                ctx.emit(Event::Error(Problem::SignInIncomplete(e)));
                return;
            }
            let now = ctx.clock.now();
            let woken = ctx
                .store_op(move |s| {
                    let mut queue = s.queue_mut();
                    queue.wake_jobs(ErrorClass::SignInNeeded, now)?;
                    queue.enqueue(&Payload::VerifyMethods, &host, now)
                })
                .await;
            if let Err(e) = woken {
                ctx.emit(Event::Error(Problem::RequestNotSaved {
                    detail: e.to_string(),
                }));
            }
            wake.notify_one();
            Self::emit_snapshot(&ctx).await;
        });
    }

    /// After "Open setup page": if the portal seems to fail, offer to wait for it.
    pub(crate) fn check_portal(&self, url: &str, reason: &str, ctx: &Arc<Ctx>) {
        // `reason` is "set up <method id>" (see ui::pages).
        let Some(method) = reason.strip_prefix("set up ").and_then(MethodKind::from_id) else {
            return;
        };
        let host = weburl::host_key(url).unwrap_or_default();
        let portal = self
            .setup
            .policy
            .portals
            .iter()
            .find(|p| weburl::host_key(&p.url).as_deref() == Some(host.as_str()))
            .map_or_else(|| host.clone(), |p| p.name.clone());
        let probe = Arc::clone(&self.setup.probe);
        let (ctx, url) = (Arc::clone(ctx), url.to_owned());
        tokio::spawn(async move {
            if !probe.healthy(&url).await {
                ctx.emit(Event::PortalFailing {
                    portal,
                    url,
                    method,
                });
            }
        });
    }
}

/// The notice for an outcome the user should hear about (succeeded, portal
/// back, failed).
fn notice_for(o: &Outcome) -> Option<UserNotice> {
    Some(match o {
        Outcome::Succeeded { note, .. } => UserNotice::JobDone { note: note.clone() },
        Outcome::PortalBack {
            portal,
            url,
            method,
            ..
        } => UserNotice::PortalBack {
            portal: portal.clone(),
            url: url.clone(),
            method: *method,
        },
        Outcome::Failed { give_up, .. } => UserNotice::JobFailed {
            give_up: give_up.clone(),
        },
        _ => return None,
    })
}

/// Where the queue's notices go besides the window, and their words there.
struct Desktop {
    notifier: Arc<dyn Notifier>,
    words: NoticeWords,
}

/// Tells the user about outcomes as they come (notices, desktop
/// notifications) and refreshes the window: the queue panel after every batch,
/// and the stored state (the verdict) after anything that may have changed
/// what is registered.
async fn reporter(
    mut outcomes: tokio::sync::mpsc::UnboundedReceiver<Outcome>,
    desktop: Option<Desktop>,
    ctx: Arc<Ctx>,
) {
    while let Some(first) = outcomes.recv().await {
        let mut batch = vec![first];
        while let Ok(o) = outcomes.try_recv() {
            batch.push(o);
        }
        for notice in batch.iter().filter_map(notice_for) {
            if let Some(d) = &desktop {
                // Not shown on the desktop (logged): the window shows it all the same.
                let _ = d.notifier.notify(&(d.words)(&notice));
            }
            ctx.emit(Event::Notice(notice));
        }
        if batch.iter().any(Outcome::changes_registrations) {
            ctx.emit_store_snapshot().await;
        }
        QueueService::emit_snapshot(&ctx).await;
    }
}

/// The pause after the `failures`th store error in a row: 1 s doubling to 1 min.
fn store_pause(failures: u32) -> Duration {
    Duration::from_secs(1u64 << failures.saturating_sub(1).min(6)).min(Duration::from_secs(60))
}

/// How the worker task hears from the command loop and reports.
struct Channels {
    news: tokio::sync::mpsc::UnboundedReceiver<WorkerNews>,
    wake: Arc<tokio::sync::Notify>,
    outcomes: tokio::sync::mpsc::UnboundedSender<Outcome>,
}

/// The first run (for the deadline in force), read again after a pause while
/// the store cannot be written (another process holds its lock).
async fn first_run(ctx: &Ctx) -> Timestamp {
    let mut failures = 0u32;
    loop {
        let now = ctx.clock.now();
        match ctx.store_op(move |s| s.first_run(now)).await {
            Ok(t) => return t,
            Err(e) => {
                failures = failures.saturating_add(1);
                tracing::error!(error = %e, failures, "the retry queue could not start; trying again");
                if failures == 1 {
                    ctx.emit(Event::Error(Problem::QueueStartRetrying {
                        detail: e.to_string(),
                    }));
                }
                tokio::time::sleep(store_pause(failures)).await;
            }
        }
    }
}

/// The worker's loop: run what is due, then sleep until the next due time, a
/// lease that runs out, a wake-up or news. A store error is logged and the loop
/// goes on after a pause; it never stops the queue until restart.
async fn worker_task(mut worker: Worker, setup: Arc<QueueSetup>, ch: Channels, ctx: Arc<Ctx>) {
    let Channels {
        mut news,
        wake,
        outcomes,
    } = ch;
    worker.set_deadline(setup.deadline(first_run(&ctx).await));
    QueueService::emit_snapshot(&ctx).await;
    let mut failures = 0u32;
    loop {
        let mut ran = 0usize;
        let result = {
            let mut report = |o: Outcome| {
                ran += 1;
                let _ = outcomes.send(o);
            };
            worker.serve_due(20, Some(&mut news), &mut report).await
        };
        let next = match result {
            Ok(()) => worker.next_wake().await,
            Err(e) => Err(e),
        };
        let wait = match next {
            Ok(next) => {
                failures = 0;
                next.wait(ctx.clock.now(), ctx.clock.is_fixed())
            }
            Err(e) => {
                failures = failures.saturating_add(1);
                tracing::error!(error = %e, failures, "the retry queue could not run; trying again");
                if failures == 1 {
                    ctx.emit(Event::Error(Problem::QueueRunRetrying {
                        detail: e.to_string(),
                    }));
                }
                Some(store_pause(failures))
            }
        };
        let wait = match wait {
            // Due but nothing ran (held elsewhere): don't spin.
            Some(d) if d.is_zero() && ran == 0 => Some(Duration::from_secs(1)),
            other => other,
        };
        if wait.is_some_and(|d| d.is_zero()) {
            // More than one batch is due: go on, but let the others run.
            tokio::task::yield_now().await;
            continue;
        }
        let sleep = async {
            match wait {
                Some(d) => tokio::time::sleep(d).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            () = sleep => {}
            () = wake.notified() => {}
            got = news.recv() => match got {
                Some(n) => match worker.on_news(n).await {
                    Ok(done) => done.into_iter().for_each(|o| { let _ = outcomes.send(o); }),
                    Err(e) => tracing::warn!(error = %e, "could not apply a probe result"),
                },
                // The services are stopping.
                None => return,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_is_capped_but_counts_everything() {
        let dir = tempfile::tempdir().unwrap();
        let now: Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
        let mut store = Store::open(dir.path(), now).unwrap();
        for _ in 0..(SNAPSHOT_OPEN_LIMIT + 5) {
            store
                .queue_mut()
                .enqueue(&Payload::VerifyMethods, "h", now)
                .unwrap();
        }
        let snap = QueueSnapshot::read(&store, now).unwrap();
        assert_eq!(snap.jobs.len(), SNAPSHOT_OPEN_LIMIT);
        assert_eq!(snap.open_total, SNAPSHOT_OPEN_LIMIT + 5);
        assert_eq!(snap.open_count(), SNAPSHOT_OPEN_LIMIT + 5);
        assert_eq!(snap.jobs[0].history.len(), 1, "with its history");
    }

    #[test]
    fn store_errors_pause_longer_each_time_up_to_a_minute() {
        let pauses: Vec<u64> = (1..=9).map(|n| store_pause(n).as_secs()).collect();
        assert_eq!(pauses, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
    }
}
