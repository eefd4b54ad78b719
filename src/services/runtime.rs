//! The services thread: a tokio runtime on a side thread that owns the store.
//!
//! The UI sends [`Command`]s through a [`ServiceHandle`] and never waits; the
//! services answer with [`Event`]s on a channel and call the waker (the UI passes
//! `ctx.request_repaint()`) whenever something changed. Nothing here knows egui.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;

use crate::core::methods::MethodKind;
use crate::core::policy::check_https;
use crate::core::readiness::{Registration, Source};

use super::config::Clock;
use super::store::Store;

/// What the UI asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// "I've set this up".
    Mark(MethodKind),
    /// "Remove".
    Unmark(MethodKind),
    /// The wizard page the user is on, to resume there after a restart.
    SetPage(String),
    /// Open a setup page in the browser (https only).
    OpenUrl { url: String, reason: String },
    /// Probe every portal now ("Check now"); ignored while a check is running.
    CheckNow,
    /// Queue: make job `id` due now ("Retry now").
    RetryJob(i64),
    /// Queue: cancel job `id`.
    CancelJob(i64),
    /// "Add phone now": the number as typed (validated again here) and its type.
    EnrollPhone {
        number: String,
        phone_type: crate::core::queue::PhoneType,
    },
    /// Ask the enrollment service what is registered (queued on failure).
    VerifyMethods,
    /// "Sign in to check what's registered": browser sign-in, then verify.
    SignIn,
    /// "Tell me when it's back": wait for a failing portal, then notify.
    WaitForPortal {
        portal: String,
        url: String,
        method: MethodKind,
    },
    /// A portal probe result (issue 3's probes send this): feeds the circuit
    /// breakers and completes `resume_portal_step` jobs when healthy.
    PortalHealth { host: String, healthy: bool },
    /// Stop the services thread.
    Shutdown,
}

/// What the services tell the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The stored state after a change: the UI replaces its copy.
    Snapshot(StoreSnapshot),
    /// Something failed; one plain sentence.
    Error(String),
    /// Another copy of the app asked this one to come to the front.
    FocusRequested,
    /// Portal health changed (a check started or finished).
    Health(super::health::HealthSnapshot),
    /// The retry queue after a change.
    Queue(super::worker::QueueSnapshot),
    /// Something to tell the user (also a desktop notification).
    Notice(super::worker::UserNotice),
    /// A setup page was opened but its portal seems to be failing: offer
    /// "Tell me when it's back".
    PortalFailing {
        portal: String,
        url: String,
        method: MethodKind,
    },
}

/// The part of the store the window shows.
#[derive(Debug, Clone, PartialEq)]
pub struct StoreSnapshot {
    pub registrations: Vec<Registration>,
    pub first_run: Timestamp,
    /// The wizard page to resume on.
    pub page: Option<String>,
    /// Set when a damaged database was moved aside at start.
    pub recovered: Option<String>,
    /// Where the database lives (shown to helpdesk).
    pub db_path: String,
}

/// Settings key for the wizard page.
pub const PAGE_KEY: &str = "wizard_page";

impl StoreSnapshot {
    /// Reads the snapshot; records the first run if this is it.
    pub fn read(store: &mut Store, now: Timestamp) -> Result<Self, super::store::StoreError> {
        let first_run = store.first_run(now)?;
        Ok(Self {
            registrations: store.registrations()?,
            first_run,
            page: store.setting(PAGE_KEY)?,
            recovered: store.recovered().map(|r| r.sentence()),
            db_path: store.path().display().to_string(),
        })
    }
}

/// The UI's end of the command channel. Cheap to clone; sending never blocks.
#[derive(Clone)]
pub struct ServiceHandle {
    tx: tokio::sync::mpsc::UnboundedSender<Command>,
}

impl ServiceHandle {
    /// A handle whose commands go to `tx` (the services thread, or a test).
    pub fn new(tx: tokio::sync::mpsc::UnboundedSender<Command>) -> Self {
        Self { tx }
    }

    /// Sends a command; returns false when the services thread is gone.
    pub fn send(&self, cmd: Command) -> bool {
        self.tx.send(cmd).is_ok()
    }
}

/// Called after every event is sent: the UI passes `ctx.request_repaint()`.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// Opens URLs in the system browser. A trait so tests can watch instead of launching one.
pub trait UrlOpener: Send + Sync {
    fn open(&self, url: &str) -> std::io::Result<()>;
}

/// The real one: the `open` crate, detached.
pub struct SystemBrowser;

impl UrlOpener for SystemBrowser {
    fn open(&self, url: &str) -> std::io::Result<()> {
        open::that_detached(url)
    }
}

/// Everything the services thread needs.
pub struct ServicesConfig {
    /// `None` when the store could not be opened: commands that need it report an error.
    pub store: Option<Store>,
    pub clock: Clock,
    pub opener: Arc<dyn UrlOpener>,
    /// The single-instance listener (another copy connects to ask for focus).
    pub focus_listener: Option<std::net::TcpListener>,
    /// Portal probes and status feeds; `None` turns the schedule off (no valid policy).
    pub health: Option<super::health::HealthSettings>,
    /// The retry queue and enrollment services; `None` runs without them.
    pub queue: Option<super::worker::QueueSetup>,
}

/// A running services thread.
pub struct Services {
    pub handle: ServiceHandle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Services {
    /// Starts the thread. Events go to `events`; `waker` runs after each.
    pub fn start(
        config: ServicesConfig,
        events: mpsc::Sender<Event>,
        waker: Waker,
    ) -> std::io::Result<Self> {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .thread_name("mfa-ready-services")
            .build()?;
        let thread = std::thread::Builder::new()
            .name("mfa-ready-services".to_owned())
            .spawn({
                let self_tx = tx.clone();
                move || {
                    runtime.block_on(run(config, rx, self_tx, events, waker));
                }
            })?;
        Ok(Self {
            handle: ServiceHandle::new(tx),
            thread: Some(thread),
        })
    }

    /// Asks the thread to stop and waits for it (pending writes finish first).
    pub fn shutdown(&mut self) {
        self.handle.send(Command::Shutdown);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Services {
    fn drop(&mut self) {
        self.shutdown();
    }
}

pub(crate) struct Ctx {
    pub(crate) store: Arc<Mutex<Option<Store>>>,
    pub(crate) clock: Clock,
    pub(crate) opener: Arc<dyn UrlOpener>,
    events: mpsc::Sender<Event>,
    waker: Waker,
}

impl Ctx {
    pub(crate) fn emit(&self, event: Event) {
        if self.events.send(event).is_ok() {
            (self.waker)();
        }
    }

    /// Runs `f` on the store off the async threads, then emits a fresh snapshot.
    async fn with_store<F>(&self, what: &'static str, f: F)
    where
        F: FnOnce(&mut Store, Timestamp) -> Result<(), super::store::StoreError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        let now = self.clock.now();
        let result = tokio::task::spawn_blocking(move || {
            let mut guard = store
                .lock()
                .map_err(|_| "the store lock was poisoned".to_owned())?;
            let store = guard
                .as_mut()
                .ok_or_else(|| "the data directory could not be opened".to_owned())?;
            f(store, now).map_err(|e| e.to_string())?;
            StoreSnapshot::read(store, now).map_err(|e| e.to_string())
        })
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r);
        match result {
            Ok(snapshot) => self.emit(Event::Snapshot(snapshot)),
            Err(e) => {
                tracing::error!(what, error = %e, "store operation failed");
                self.emit(Event::Error(format!("Could not save ({what}): {e}")));
                // Resend what is really stored so the window does not show unsaved state.
                let store = Arc::clone(&self.store);
                if let Ok(Some(Ok(snapshot))) = tokio::task::spawn_blocking(move || {
                    store
                        .lock()
                        .ok()
                        .and_then(|mut g| g.as_mut().map(|s| StoreSnapshot::read(s, now)))
                })
                .await
                {
                    self.emit(Event::Snapshot(snapshot));
                }
            }
        }
    }
}

async fn run(
    config: ServicesConfig,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<Command>,
    self_tx: tokio::sync::mpsc::UnboundedSender<Command>,
    events: mpsc::Sender<Event>,
    waker: Waker,
) {
    let ctx = Arc::new(Ctx {
        store: Arc::new(Mutex::new(config.store)),
        clock: config.clock,
        opener: config.opener,
        events,
        waker,
    });

    if let Some(listener) = config.focus_listener {
        let ctx = Arc::clone(&ctx);
        tokio::spawn(async move { focus_server(listener, ctx).await });
    }

    let queue = config
        .queue
        .and_then(|setup| super::worker::QueueRuntime::start(setup, &ctx));
    let feed_queue = queue.is_some();
    let health = config.health.map(|settings| {
        let ctx = Arc::clone(&ctx);
        // Each finished check also feeds the retry queue: its circuit breakers and
        // the "Tell me when it's back" jobs (issue 4) learn from the probes (issue 3).
        // A snapshot with `checking == false` comes once per finished check (two
        // checks may share `checked_at` under a fixed clock).
        super::health::spawn(
            settings.with_clock(ctx.clock),
            Arc::clone(&ctx.store),
            Arc::new(move |snapshot: super::health::HealthSnapshot| {
                if let (true, false, Some(report)) =
                    (feed_queue, snapshot.checking, &snapshot.report)
                {
                    for (host, healthy) in probe_verdicts(report) {
                        let _ = self_tx.send(Command::PortalHealth { host, healthy });
                    }
                }
                ctx.emit(Event::Health(snapshot));
            }),
        )
    });

    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Shutdown => break,
            Command::CheckNow => match &health {
                Some(tx) => {
                    let _ = tx.send(());
                }
                None => ctx.emit(Event::Error(
                    "Portal checks are off because the policy cannot be used.".to_owned(),
                )),
            },
            Command::RetryJob(_)
            | Command::CancelJob(_)
            | Command::EnrollPhone { .. }
            | Command::VerifyMethods
            | Command::SignIn
            | Command::WaitForPortal { .. }
            | Command::PortalHealth { .. } => match &queue {
                Some(q) => q.handle(cmd, &ctx).await,
                None => ctx.emit(Event::Error(
                    "The retry queue is not available (the data directory could not be opened)."
                        .to_owned(),
                )),
            },
            Command::Mark(kind) => {
                ctx.with_store("mark method", move |s, now| {
                    s.mark(kind, Source::SelfAttested, now).map(|_| ())
                })
                .await;
            }
            Command::Unmark(kind) => {
                ctx.with_store("remove method", move |s, now| {
                    s.unmark(kind, now).map(|_| ())
                })
                .await;
            }
            Command::SetPage(page) => {
                ctx.with_store("remember page", move |s, _| s.set_setting(PAGE_KEY, &page))
                    .await;
            }
            Command::OpenUrl { url, reason } => {
                if let Err(msg) = check_https(&url, false) {
                    ctx.emit(Event::Error(format!("Not opened: {msg}")));
                    continue;
                }
                match ctx.opener.open(&url) {
                    Ok(()) => {
                        if let Some(q) = &queue {
                            q.check_portal(&url, &reason, &ctx);
                        }
                        let detail = format!("{reason}: {url}");
                        ctx.with_store("log", move |s, now| {
                            s.append_event(now, "setup_page_opened", &detail)
                        })
                        .await;
                    }
                    Err(e) => ctx.emit(Event::Error(format!(
                        "Could not open your browser ({e}). Open this address yourself: {url}"
                    ))),
                }
            }
        }
    }
}

/// What a finished check says about each portal host, keyed like the queue keys its
/// breakers (`host[:port]`): `false` when any result for the host is failing (5xx, 429,
/// timeout, refused or reset), `true` when all are usable. Hosts with only inconclusive
/// results (offline, captive portal, proxy, DNS, TLS inspection) say nothing about the
/// provider and are left out.
pub fn probe_verdicts(report: &super::health::HealthReport) -> Vec<(String, bool)> {
    use crate::core::fault::HostSignal;
    let mut out: Vec<(String, bool)> = Vec::new();
    for p in &report.portals {
        let healthy = match p.outcome.host_signal() {
            HostSignal::Healthy => true,
            HostSignal::Failing => false,
            HostSignal::Inconclusive => continue,
        };
        let host = super::queue::url_host(&p.url);
        match out.iter_mut().find(|(h, _)| *h == host) {
            Some((_, h)) => *h = *h && healthy,
            None => out.push((host, healthy)),
        }
    }
    out
}

/// Accepts "focus" requests from a second copy of the app.
async fn focus_server(listener: std::net::TcpListener, ctx: Arc<Ctx>) {
    use tokio::io::AsyncReadExt;
    if listener.set_nonblocking(true).is_err() {
        return;
    }
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    loop {
        let Ok((mut stream, _)) = listener.accept().await else {
            continue;
        };
        let mut buf = [0u8; 16];
        let read =
            tokio::time::timeout(std::time::Duration::from_secs(2), stream.read(&mut buf)).await;
        if let Ok(Ok(n)) = read
            && buf
                .get(..n)
                .is_some_and(|b| b.starts_with(super::instance::FOCUS_REQUEST))
        {
            ctx.emit(Event::FocusRequested);
        }
    }
}
