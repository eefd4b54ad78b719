//! The services thread: a tokio runtime on a side thread that owns the store.
//!
//! The UI sends [`Command`]s through a [`ServiceHandle`] and never waits; the
//! services answer with [`Event`]s on a channel and call the waker (the UI passes
//! `ctx.request_repaint()`) whenever something changed. Nothing here knows egui.

use std::sync::Arc;
use std::sync::mpsc;

use mfa_ready_core::policy::check_https;
use mfa_ready_core::readiness::Source;
use mfa_ready_core::weburl;

use super::config::Clock;
use super::protocol::{Ctx, Problem, StoreChange};
use super::store::Store;

use super::protocol::{Command, Event, PAGE_KEY, ServiceHandle, UrlOpener, Waker};

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
    pub queue: Option<super::queue::service::QueueSetup>,
    /// Reminders, autostart, reports (issue 8); `None` runs without them.
    pub helpdesk: Option<super::helpdesk::HelpdeskSetup>,
    /// This computer's checks (issue 17); `None` runs without them.
    pub device: Option<super::device::DeviceSetup>,
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
        Self::spawn(config, events, waker, None)
    }

    /// Starts the thread, but its work (probes, feeds, the queue, reminders) waits until
    /// [`StartGate::open`] is called (or the gate is dropped): the window opens the gate
    /// after its first frame, so start-up work does not compete with that frame for the
    /// CPU. Commands sent before wait in the channel.
    pub fn start_gated(
        config: ServicesConfig,
        events: mpsc::Sender<Event>,
        waker: Waker,
    ) -> std::io::Result<(Self, StartGate)> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let services = Self::spawn(config, events, waker, Some(rx))?;
        Ok((services, StartGate(tx)))
    }

    fn spawn(
        config: ServicesConfig,
        events: mpsc::Sender<Event>,
        waker: Waker,
        gate: Option<tokio::sync::oneshot::Receiver<()>>,
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
                    runtime.block_on(async move {
                        if let Some(gate) = gate {
                            // Opened, or dropped with the window: either way, go on.
                            let _ = gate.await;
                        }
                        run(config, rx, self_tx, events, waker).await;
                    });
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

/// Lets a gated services thread begin its work (see [`Services::start_gated`]).
pub struct StartGate(tokio::sync::oneshot::Sender<()>);

impl StartGate {
    pub fn open(self) {
        let _ = self.0.send(());
    }
}

impl Drop for Services {
    fn drop(&mut self) {
        self.shutdown();
    }
}

async fn run(
    config: ServicesConfig,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<Command>,
    self_tx: tokio::sync::mpsc::UnboundedSender<Command>,
    events: mpsc::Sender<Event>,
    waker: Waker,
) {
    let ctx = Arc::new(Ctx::new(
        config.store,
        config.clock,
        config.opener,
        events,
        waker,
    ));
    if let Some(listener) = config.focus_listener {
        let ctx = Arc::clone(&ctx);
        tokio::spawn(async move { focus_server(listener, ctx).await });
    }
    let queue = config
        .queue
        .and_then(|setup| super::queue::service::QueueService::start(setup, &ctx));
    let feed_queue = queue.is_some().then_some(self_tx);
    let health = config
        .health
        .map(|settings| spawn_health(settings, &ctx, feed_queue));
    let helpdesk = config
        .helpdesk
        .map(|setup| super::helpdesk::HelpdeskRuntime::start(setup, &ctx));
    let device = config
        .device
        .map(|setup| super::device::DeviceService::start(setup, &ctx));
    let parts = Parts {
        ctx,
        queue,
        health,
        helpdesk,
        device,
    };
    while let Some(cmd) = rx.recv().await {
        if cmd == Command::Shutdown {
            break;
        }
        parts.handle(cmd).await;
    }
}

/// Starts the health schedule. Each finished check also feeds the retry queue
/// (through `feed_queue`, when it runs): its circuit breakers and the "Tell me
/// when it's back" jobs learn from the probes.
fn spawn_health(
    settings: super::health::HealthSettings,
    ctx: &Arc<Ctx>,
    feed_queue: Option<tokio::sync::mpsc::UnboundedSender<Command>>,
) -> tokio::sync::mpsc::UnboundedSender<()> {
    let ctx = Arc::clone(ctx);
    // A snapshot with `checking == false` comes once per finished check (two checks
    // may share `checked_at` under a fixed clock, so no de-duplication on it).
    super::health::spawn(
        settings.with_clock(ctx.clock),
        Arc::clone(&ctx.store),
        Arc::new(move |snapshot: super::health::HealthSnapshot| {
            if let (Some(tx), false, Some(report)) =
                (&feed_queue, snapshot.checking, &snapshot.report)
            {
                for (host, healthy) in probe_verdicts(report) {
                    let _ = tx.send(Command::PortalHealth { host, healthy });
                }
            }
            ctx.emit(Event::Health(snapshot));
        }),
    )
}

/// What the command loop dispatches to.
struct Parts {
    ctx: Arc<Ctx>,
    queue: Option<super::queue::service::QueueService>,
    /// "Check now" for the health schedule, when it runs.
    health: Option<tokio::sync::mpsc::UnboundedSender<()>>,
    helpdesk: Option<super::helpdesk::HelpdeskRuntime>,
    device: Option<super::device::DeviceService>,
}

impl Parts {
    /// One command. Store work runs on the blocking pool; nothing here waits
    /// for the network or for the queue's worker.
    async fn handle(&self, cmd: Command) {
        let ctx = &self.ctx;
        match cmd {
            Command::Shutdown => {}
            Command::CheckNow => match &self.health {
                Some(tx) => {
                    let _ = tx.send(());
                }
                None => ctx.emit(Event::Error(Problem::ChecksOff)),
            },
            Command::RetryJob(_)
            | Command::CancelJob(_)
            | Command::EnrollPhone { .. }
            | Command::VerifyMethods
            | Command::SignIn
            | Command::WaitForPortal { .. }
            | Command::PortalHealth { .. } => match &self.queue {
                Some(q) => q.handle(cmd, ctx).await,
                None => ctx.emit(Event::Error(Problem::QueueUnavailable)),
            },
            Command::Mark(kind) => {
                ctx.with_store(StoreChange::Mark, move |s, now| {
                    s.mark(kind, Source::SelfAttested, now).map(|_| ())
                })
                .await;
            }
            Command::Unmark(kind) => {
                ctx.with_store(StoreChange::Unmark, move |s, now| {
                    s.unmark(kind, now).map(|_| ())
                })
                .await;
            }
            Command::SetPage(page) => {
                ctx.with_store(StoreChange::Page, move |s, _| {
                    s.set_setting(PAGE_KEY, &page)
                })
                .await;
            }
            Command::SetPreference(pref, value) => {
                ctx.with_store(StoreChange::Preference, move |s, _| {
                    s.set_setting(pref.key(), &value)
                })
                .await;
            }
            Command::OpenUrl { url, reason } => self.open_url(url, reason).await,
            Command::CheckDevice => {
                if let Some(d) = &self.device {
                    d.check(ctx);
                }
            }
            Command::OpenSettings(check) => {
                if let Err(detail) = super::device::open_settings(check) {
                    ctx.emit(Event::Error(Problem::SettingsNotOpened { detail }));
                }
            }
            Command::SetAutostart(_)
            | Command::BuildReport { .. }
            | Command::SaveFile { .. }
            | Command::OpenReport(_) => match &self.helpdesk {
                Some(h) => h.handle(cmd, ctx).await,
                None => ctx.emit(Event::Error(Problem::NeedsValidPolicy)),
            },
        }
    }

    /// "Open setup page": the browser, a check of the portal, a line in the log.
    async fn open_url(&self, url: String, reason: String) {
        let ctx = &self.ctx;
        if let Err(e) = check_https(&url, false) {
            ctx.emit(Event::Error(Problem::NotOpened(e)));
            return;
        }
        match ctx.opener.open(&url) {
            Ok(()) => {
                if let Some(q) = &self.queue {
                    q.check_portal(&url, &reason, ctx);
                }
                let detail = format!("{reason}: {url}");
                ctx.with_store(StoreChange::Log, move |s, now| {
                    s.append_event(now, "setup_page_opened", &detail)
                })
                .await;
            }
            Err(e) => ctx.emit(Event::Error(Problem::BrowserFailed {
                url,
                detail: e.to_string(),
            })),
        }
    }
}

/// What a finished check says about each portal host, by the one host key
/// (`core::weburl::host_key`, as the queue keys its jobs and breakers) and the one
/// judgment (`core::fault::Outcome::host_signal`): `false` when any result for the
/// host is failing (5xx, 429, timeout, refused or reset), `true` when all are
/// usable. Hosts with only inconclusive results (offline, captive portal, proxy,
/// DNS, TLS inspection) say nothing about the provider and are left out.
pub fn probe_verdicts(report: &super::health::HealthReport) -> Vec<(String, bool)> {
    use mfa_ready_core::fault::HostSignal;
    let mut out: Vec<(String, bool)> = Vec::new();
    for p in &report.portals {
        let healthy = match p.outcome.host_signal() {
            HostSignal::Healthy => true,
            HostSignal::Failing => false,
            HostSignal::Inconclusive => continue,
        };
        // The host that answered: after a redirect, that one, not the portal's own.
        let Some(host) = weburl::host_key(p.judged_url()) else {
            continue;
        };
        match out.iter_mut().find(|(h, _)| *h == host) {
            Some((_, h)) => *h = *h && healthy,
            None => out.push((host, healthy)),
        }
    }
    out
}

/// Accepts "focus" requests from a second copy of the app (`instance::serve_focus`).
async fn focus_server(listener: std::net::TcpListener, ctx: Arc<Ctx>) {
    if listener.set_nonblocking(true).is_err() {
        return;
    }
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    super::instance::serve_focus(listener, move || ctx.emit(Event::FocusRequested)).await;
}
