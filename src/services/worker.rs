//! The queue inside the services thread: the worker loop (runs due jobs, sleeps
//! until the next one or until woken), the queue commands, notifications, and
//! the snapshots the "Pending work" panel renders.

use std::sync::Arc;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};

use crate::core::mask::PhoneNumber;
use crate::core::methods::MethodKind;
use crate::core::policy::{Policy, check_https};
use crate::core::queue::{ErrorClass, Payload};

use super::auth::{self, KeychainStore, OAuthConfig, OAuthTokens};
use super::enroll::{self, HttpTimeouts};
use super::notify::{Notice, Notifier};
use super::queue::{
    HistoryRow, HttpProbe, Job, Outcome, PortalProbe, QueueError, Worker, WorkerConfig, os_jitter,
    url_host,
};
use super::runtime::{Command, Ctx, Event};
use super::store::Store;

/// A job and its history, as the panel shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingJob {
    pub job: Job,
    pub history: Vec<HistoryRow>,
}

/// Open jobs (the first [`SNAPSHOT_OPEN_LIMIT`]) and those finished in the last day.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QueueSnapshot {
    pub jobs: Vec<PendingJob>,
    /// How many jobs are open in all (the badge), even beyond the limit.
    pub open_total: usize,
}

/// The panel shows at most this many open jobs (a 10 000-job backlog stays cheap).
pub const SNAPSHOT_OPEN_LIMIT: usize = 100;

impl QueueSnapshot {
    /// Reads the snapshot.
    pub fn read(store: &Store, now: Timestamp) -> Result<Self, QueueError> {
        let mut jobs = store.open_jobs()?;
        let open_total = jobs.len();
        jobs.truncate(SNAPSHOT_OPEN_LIMIT);
        jobs.extend(store.recent_finished(now - SignedDuration::from_hours(24))?);
        let jobs = jobs
            .into_iter()
            .map(|job| {
                let history = store.job_history(job.id)?;
                Ok(PendingJob { job, history })
            })
            .collect::<Result<_, QueueError>>()?;
        Ok(Self { jobs, open_total })
    }

    /// Jobs still to do (counting a local "Cancel" not yet confirmed).
    pub fn open_count(&self) -> usize {
        let shown = self.jobs.iter().filter(|j| j.job.state.is_open()).count();
        let hidden = self.open_total.saturating_sub(SNAPSHOT_OPEN_LIMIT);
        shown + hidden
    }
}

/// A message for the user; `open` is a page to offer ("Open setup page").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserNotice {
    pub title: String,
    pub body: String,
    pub open: Option<String>,
}

/// What the services need to run the queue.
pub struct QueueSetup {
    pub policy: Policy,
    pub notifier: Arc<dyn Notifier>,
    /// Checks a portal after "Open setup page" and for `resume_portal_step`.
    pub probe: Arc<dyn PortalProbe>,
}

impl QueueSetup {
    /// The real thing: desktop notifications, HTTPS probe-lite.
    pub fn new(policy: Policy, notifier: Arc<dyn Notifier>) -> Self {
        let loopback = policy.portals.iter().any(|p| p.url.starts_with("http://"));
        Self {
            policy,
            notifier,
            probe: Arc::new(HttpProbe::new(Duration::from_secs(10), loopback)),
        }
    }
}

/// The running queue.
pub struct QueueRuntime {
    worker: Arc<tokio::sync::Mutex<Worker>>,
    wake: Arc<tokio::sync::Notify>,
    service_host: String,
    policy: Policy,
    probe: Arc<dyn PortalProbe>,
    notifier: Arc<dyn Notifier>,
}

fn now_fn(ctx: &Ctx) -> Arc<dyn Fn() -> Timestamp + Send + Sync> {
    let clock = ctx.clock;
    Arc::new(move || clock.now())
}

impl QueueRuntime {
    /// Recovers interrupted jobs, builds the worker and starts its loop.
    pub(crate) fn start(setup: QueueSetup, ctx: &Arc<Ctx>) -> Option<Self> {
        let now = ctx.clock.now();
        let first_run = {
            let mut g = ctx.store.lock().ok()?;
            let store = g.as_mut()?;
            if let Err(e) = store.recover_in_flight(now) {
                tracing::error!(error = %e, "could not recover interrupted jobs");
            }
            store.first_run(now).ok()?
        };
        let policy = setup.policy;
        let service = enroll::service_for_policy(
            &policy,
            auth::token_source(&policy),
            HttpTimeouts::default(),
            now_fn(ctx),
        );
        let dl = crate::core::deadline::in_force(
            policy.enrollment.deadline,
            policy.enrollment.new_user_days,
            first_run,
        );
        let worker = Worker::new(WorkerConfig {
            store: Arc::clone(&ctx.store),
            service,
            probe: Arc::clone(&setup.probe),
            deadline: dl.map(|d| d.at),
            helpdesk: super::queue::helpdesk_contact(&policy),
            jitter: os_jitter(),
            clock: now_fn(ctx),
        });
        let worker = match worker {
            Ok(w) => w,
            Err(e) => {
                ctx.emit(Event::Error(format!(
                    "The retry queue could not start: {e}"
                )));
                return None;
            }
        };
        let service_host = worker.host_for(&Payload::VerifyMethods);
        let rt = Self {
            worker: Arc::new(tokio::sync::Mutex::new(worker)),
            wake: Arc::new(tokio::sync::Notify::new()),
            service_host,
            policy,
            probe: setup.probe,
            notifier: setup.notifier,
        };
        let (worker, wake, notifier, ctx2) = (
            Arc::clone(&rt.worker),
            Arc::clone(&rt.wake),
            Arc::clone(&rt.notifier),
            Arc::clone(ctx),
        );
        tokio::spawn(async move { worker_loop(worker, wake, notifier, ctx2).await });
        Some(rt)
    }

    fn emit_snapshot(ctx: &Ctx) {
        let now = ctx.clock.now();
        let snap = ctx
            .store
            .lock()
            .ok()
            .and_then(|g| g.as_ref().map(|s| QueueSnapshot::read(s, now)));
        match snap {
            Some(Ok(s)) => ctx.emit(Event::Queue(s)),
            Some(Err(e)) => ctx.emit(Event::Error(format!("Could not read the queue: {e}"))),
            None => {}
        }
    }

    fn store_op<R>(
        ctx: &Ctx,
        f: impl FnOnce(&mut Store) -> Result<R, QueueError>,
    ) -> Result<R, String> {
        let mut g = ctx
            .store
            .lock()
            .map_err(|_| "the store lock was poisoned".to_owned())?;
        let s = g
            .as_mut()
            .ok_or_else(|| "the data directory could not be opened".to_owned())?;
        f(s).map_err(|e| e.to_string())
    }

    fn enqueue(&self, payload: &Payload, host: &str, ctx: &Ctx) {
        let now = ctx.clock.now();
        match Self::store_op(ctx, |s| s.enqueue(payload, host, now)) {
            Ok(_) => self.wake.notify_one(),
            Err(e) => ctx.emit(Event::Error(format!("Could not save the request: {e}"))),
        }
        Self::emit_snapshot(ctx);
    }

    /// Handles a queue command.
    pub(crate) async fn handle(&self, cmd: Command, ctx: &Arc<Ctx>) {
        let now = ctx.clock.now();
        match cmd {
            Command::RetryJob(id) => {
                if let Err(e) = Self::store_op(ctx, |s| s.retry_job_now(id, now)) {
                    ctx.emit(Event::Error(format!("Could not retry: {e}")));
                }
                self.wake.notify_one();
                Self::emit_snapshot(ctx);
            }
            Command::CancelJob(id) => {
                if let Err(e) = Self::store_op(ctx, |s| s.cancel_job(id, now)) {
                    ctx.emit(Event::Error(format!("Could not cancel: {e}")));
                }
                Self::emit_snapshot(ctx);
            }
            Command::EnrollPhone { number, phone_type } => match PhoneNumber::parse(&number) {
                Ok(p) if !self.service_host.is_empty() => self.enqueue(
                    &Payload::RegisterPhone {
                        phone_number: p.to_graph(),
                        phone_type,
                    },
                    &self.service_host,
                    ctx,
                ),
                Ok(_) => ctx.emit(Event::Error(self.no_service_message())),
                Err(e) => ctx.emit(Event::Error(format!(
                    "That phone number can't be used: {e}"
                ))),
            },
            Command::VerifyMethods => {
                if self.service_host.is_empty() {
                    ctx.emit(Event::Error(self.no_service_message()));
                } else {
                    self.enqueue(&Payload::VerifyMethods, &self.service_host, ctx);
                }
            }
            Command::WaitForPortal {
                portal,
                url,
                method,
            } => {
                if let Err(e) = check_https(&url, true) {
                    ctx.emit(Event::Error(format!("Not watched: {e}")));
                    return;
                }
                let host = url_host(&url);
                self.enqueue(
                    &Payload::ResumePortalStep {
                        portal,
                        url,
                        method,
                    },
                    &host,
                    ctx,
                );
            }
            Command::PortalHealth { host, healthy } => {
                let outcomes = self.worker.lock().await.on_probe(&host, healthy, now);
                match outcomes {
                    Ok(o) => report(&o, &*self.notifier, ctx),
                    Err(e) => ctx.emit(Event::Error(format!("Queue: {e}"))),
                }
                Self::emit_snapshot(ctx);
            }
            Command::SignIn => self.sign_in(ctx),
            _ => {}
        }
    }

    fn no_service_message(&self) -> String {
        match enroll::service_for_policy(
            &self.policy,
            auth::token_source(&self.policy),
            HttpTimeouts::default(),
            Arc::new(Timestamp::now),
        ) {
            Err(e) => format!("This can't be done from MFA Ready: {e}"),
            Ok(_) => "The enrollment service is not set up.".to_owned(),
        }
    }

    fn sign_in(&self, ctx: &Arc<Ctx>) {
        let Some(config) = OAuthConfig::from_policy(&self.policy) else {
            ctx.emit(Event::Error(
                "Signing in needs your organisation's app registration ([graph] client_id in the policy). Please contact your helpdesk."
                    .to_owned(),
            ));
            return;
        };
        let tokens =
            match OAuthTokens::new(config.clone(), Arc::new(KeychainStore::new(&config.tenant))) {
                Ok(t) => t,
                Err(e) => {
                    ctx.emit(Event::Error(e.to_string()));
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
            match result {
                Ok(()) => {
                    let now = ctx.clock.now();
                    let _ = Self::store_op(&ctx, |s| {
                        s.wake_jobs(ErrorClass::SignInNeeded, now)?;
                        s.enqueue(&Payload::VerifyMethods, &host, now)
                    });
                    wake.notify_one();
                    Self::emit_snapshot(&ctx);
                }
                Err(e) => ctx.emit(Event::Error(format!("Sign-in did not complete: {e}"))),
            }
        });
    }

    /// After "Open setup page": if the portal seems to fail, offer to wait for it.
    pub(crate) fn check_portal(&self, url: &str, reason: &str, ctx: &Arc<Ctx>) {
        // `reason` is "set up <method id>" (see ui::pages).
        let Some(method) = reason.strip_prefix("set up ").and_then(MethodKind::from_id) else {
            return;
        };
        let host = url_host(url);
        let portal = self
            .policy
            .portals
            .iter()
            .find(|p| url_host(&p.url) == host)
            .map_or_else(|| host.clone(), |p| p.name.clone());
        let probe = Arc::clone(&self.probe);
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

/// Notifications for outcomes: succeeded, portal back, failed.
fn report(outcomes: &[Outcome], notifier: &dyn Notifier, ctx: &Ctx) {
    for o in outcomes {
        let notice = match o {
            Outcome::Succeeded { note, .. } => UserNotice {
                title: "Done".to_owned(),
                body: note.clone(),
                open: None,
            },
            Outcome::PortalBack {
                portal,
                url,
                method,
                ..
            } => UserNotice {
                title: format!("{portal} is back"),
                body: format!(
                    "{portal} is back: continue adding your {}",
                    method.name().to_lowercase()
                ),
                open: Some(url.clone()),
            },
            Outcome::Failed { message, .. } => UserNotice {
                title: "Could not finish".to_owned(),
                body: message.clone(),
                open: None,
            },
            _ => continue,
        };
        notifier.notify(&Notice {
            title: format!("MFA Ready: {}", notice.title),
            body: notice.body.clone(),
        });
        ctx.emit(Event::Notice(notice));
    }
}

async fn worker_loop(
    worker: Arc<tokio::sync::Mutex<Worker>>,
    wake: Arc<tokio::sync::Notify>,
    notifier: Arc<dyn Notifier>,
    ctx: Arc<Ctx>,
) {
    QueueRuntime::emit_snapshot(&ctx);
    loop {
        let (outcomes, next) = {
            let mut w = worker.lock().await;
            let outcomes = w.run_due(20).await;
            (outcomes, w.next_due())
        };
        let idle = match outcomes {
            Ok(o) => {
                if !o.is_empty() {
                    report(&o, &*notifier, &ctx);
                    QueueRuntime::emit_snapshot(&ctx);
                }
                o.is_empty()
            }
            Err(e) => {
                tracing::error!(error = %e, "queue run failed");
                ctx.emit(Event::Error(format!("The retry queue stopped: {e}")));
                return;
            }
        };
        let now = ctx.clock.now();
        let sleep = match next {
            Ok(Some(at)) if !ctx.clock.is_fixed() => {
                let secs = at.duration_since(now).as_secs_f64().max(0.0);
                Some(Duration::from_secs_f64(secs.min(3600.0)))
            }
            // Nothing due, or a fixed clock (tests): wait to be woken.
            _ => None,
        };
        match sleep {
            Some(d) if d.is_zero() && idle => {
                // Due but nothing ran (held elsewhere): don't spin.
                tokio::select! {
                    () = tokio::time::sleep(Duration::from_secs(1)) => {}
                    () = wake.notified() => {}
                }
            }
            Some(d) if d.is_zero() => {
                // Something is still due (more than one batch): go on, but yield.
                tokio::task::yield_now().await;
            }
            Some(d) => {
                tokio::select! {
                    () = tokio::time::sleep(d) => {}
                    () = wake.notified() => {}
                }
            }
            None => wake.notified().await,
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
            store.enqueue(&Payload::VerifyMethods, "h", now).unwrap();
        }
        let snap = QueueSnapshot::read(&store, now).unwrap();
        assert_eq!(snap.jobs.len(), SNAPSHOT_OPEN_LIMIT);
        assert_eq!(snap.open_total, SNAPSHOT_OPEN_LIMIT + 5);
        assert_eq!(snap.open_count(), SNAPSHOT_OPEN_LIMIT + 5);
        assert_eq!(snap.jobs[0].history.len(), 1, "with its history");
    }
}
