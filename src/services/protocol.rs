//! What the window and the services thread say to each other: [`Command`]s in,
//! [`Event`]s out, the data the events carry, and [`Ctx`], the services'
//! shared context that sends them.
//!
//! Defined apart from the code that runs them (`runtime`, `worker`), so that
//! both import this module and neither imports the other's caller.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;

use mfa_ready_core::mask::PhoneError;
use mfa_ready_core::methods::{MethodKind, SetupIds};
use mfa_ready_core::queue::{GiveUp, Note};
use mfa_ready_core::readiness::Registration;
use mfa_ready_core::reminders::Reminder;
use mfa_ready_core::report::ReadError;
use mfa_ready_core::weburl::UrlError;

use super::auth::{AuthError, SignInError};
use super::config::Clock;
use super::enroll::ServiceSetupError;
use super::health::HealthSnapshot;
use super::notify::Notice;
use super::queue::{HistoryRow, Job, lock_store};
use super::report::ReportError;
use super::store::{Recovered, Store, StoreError};

/// What the UI asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// "I've set this up".
    Mark(MethodKind),
    /// "Remove".
    Unmark(MethodKind),
    /// The wizard page the user is on, to resume there after a restart.
    SetPage(String),
    /// A choice the window remembers (theme, text size, language).
    SetPreference(Preference, String),
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
        phone_type: mfa_ready_core::queue::PhoneType,
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
    /// A portal probe result for a host key (the health checks send this): feeds
    /// the circuit breakers and completes `resume_portal_step` jobs when healthy.
    PortalHealth { host: String, healthy: bool },
    /// Reminders at login on (true) or off (false).
    SetAutostart(bool),
    /// "Share with helpdesk": build the report (answered with `ReportReady`).
    BuildReport { user_name: Option<String> },
    /// Write a file the user chose ("Save report", "Add to calendar").
    SaveFile {
        path: std::path::PathBuf,
        contents: String,
        /// What it is, for the confirmation.
        what: SavedFile,
    },
    /// Helpdesk mode: read a report someone handed over (answered with `ReportOpened`).
    OpenReport(std::path::PathBuf),
    /// Read this computer's checks again (at focus, "Check again"); answered with `Device`.
    CheckDevice,
    /// Open this OS's settings page for a check (the link is core's, never the window's).
    OpenSettings(mfa_ready_core::device::CheckId),
    /// Stop the services thread.
    Shutdown,
}

/// What the services tell the UI: data, never a sentence (`ui::words` says it).
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The stored state after a change: the UI replaces its copy.
    Snapshot(StoreSnapshot),
    /// Something failed: what, with its facts.
    Error(Problem),
    /// Another copy of the app asked this one to come to the front.
    FocusRequested,
    /// Portal health changed (a check started or finished).
    Health(HealthSnapshot),
    /// The retry queue after a change.
    Queue(QueueSnapshot),
    /// Something to tell the user (also a desktop notification).
    Notice(UserNotice),
    /// A setup page was opened but its portal seems to be failing: offer
    /// "Tell me when it's back".
    PortalFailing {
        portal: String,
        url: String,
        method: MethodKind,
    },
    /// Whether reminders at login are on.
    Autostart(bool),
    /// The report to share, built at the user's request.
    ReportReady(Box<mfa_ready_core::report::Report>),
    /// A file the user chose was written.
    Saved { what: SavedFile, path: String },
    /// A report handed over, opened read-only; or why not.
    ReportOpened(Result<Box<mfa_ready_core::report::Opened>, ReportNotOpened>),
    /// This computer, as just read.
    Device(Box<super::device::reader::DeviceSnapshot>),
}

/// A file the user saves from the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedFile {
    /// "Share with helpdesk": the report.
    Report,
    /// "Add to calendar": the `.ics` file.
    Calendar,
}

/// Something the services could not do, for the window to tell the user: what
/// happened, with its facts. There is no sentence here: `ui::words` says each.
/// A `detail` is a lower layer's error as text: technical detail, not the sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The OS's settings page for a device check did not open.
    SettingsNotOpened { detail: String },
    /// A change was not saved; the window is then sent what is really stored.
    NotSaved { change: StoreChange, detail: String },
    /// The data directory could not be opened, so the retry queue does not run.
    QueueUnavailable,
    /// The retry queue could not be set up.
    QueueNotStarted { detail: String },
    /// The retry queue could not start (the store is busy, …); it tries again.
    QueueStartRetrying { detail: String },
    /// The retry queue could not run (the store is busy, …); it tries again.
    QueueRunRetrying { detail: String },
    /// The queue could not be read for the panel.
    QueueUnreadable { detail: String },
    /// A new request (add a phone, check what is registered, wait for a portal)
    /// could not be written to the queue.
    RequestNotSaved { detail: String },
    /// "Retry now" could not be saved.
    RetryNotSaved { detail: String },
    /// "Cancel" could not be saved.
    CancelNotSaved { detail: String },
    /// The policy names no enrollment service this app can use: why, when known.
    NoEnrollmentService(Option<ServiceSetupError>),
    /// "Add phone now" with a number that cannot be used.
    PhoneRejected(PhoneError),
    /// "Tell me when it's back" for an address that breaks the URL rule.
    NotWatched(UrlError),
    /// Sign-in needs the organisation's app registration (`[graph] client_id`).
    SignInNotConfigured,
    /// Sign-in cannot start (the keychain, the policy's sign-in addresses).
    SignInUnavailable(AuthError),
    /// The browser sign-in did not complete.
    SignInIncomplete(SignInError),
    /// "Check now" while portal checks are off (no usable policy).
    ChecksOff,
    /// A page to open breaks the URL rule (https only).
    NotOpened(UrlError),
    /// The browser could not be started for `url`.
    BrowserFailed { url: String, detail: String },
    /// A helpdesk feature (reminders, reports, files) without a valid policy.
    NeedsValidPolicy,
    /// "Share with helpdesk" without a valid policy.
    ReportNeedsPolicy,
    /// The report could not be gathered.
    ReportNotMade { detail: String },
    /// A file the user chose could not be written.
    FileNotSaved {
        what: SavedFile,
        path: String,
        detail: String,
    },
    /// This computer has no place for a login entry (no home folder, tests).
    AutostartUnavailable,
    /// Reminders at login cannot be turned on: this program cannot tell where it is.
    AutostartProgramUnknown,
    /// The login entry could not be written or removed.
    AutostartNotChanged { detail: String },
}

/// Which change to the store was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreChange {
    /// "I've set this up".
    Mark,
    /// "Remove".
    Unmark,
    /// The wizard page, to resume there.
    Page,
    /// A line in the event log.
    Log,
    /// A choice the window remembers.
    Preference,
}

/// Why a report handed over could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportNotOpened {
    /// A folder, a pipe or a device.
    NotAFile,
    /// The file could not be read.
    Unreadable { path: String, detail: String },
    /// Read, but not a report this version shows (too large, cut short, newer, …).
    Read(ReadError),
    /// Anything else (the reading task stopped).
    Other { detail: String },
}

impl From<ReportError> for ReportNotOpened {
    fn from(e: ReportError) -> Self {
        match e {
            ReportError::NotAFile => Self::NotAFile,
            ReportError::Io { path, source } => Self::Unreadable {
                path,
                detail: source.to_string(),
            },
            ReportError::Read(r) => Self::Read(r),
            other => Self::Other {
                detail: other.to_string(),
            },
        }
    }
}

/// Why the window starts without the saved state (it says so in a banner). The
/// message is the technical detail; `ui::words` puts the sentence around it.
#[derive(Debug, thiserror::Error)]
pub enum StoreUnavailable {
    /// No data directory was given or found.
    #[error("no data directory: pass --data-dir DIR or set MFA_READY_DATA_DIR")]
    NoDataDir,
    /// The data directory could not be made or locked.
    #[error("cannot use data directory {}: {source}", dir.display())]
    DataDir {
        dir: std::path::PathBuf,
        source: std::io::Error,
    },
    /// The database could not be opened or read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The part of the store the window shows.
#[derive(Debug, Clone, PartialEq)]
pub struct StoreSnapshot {
    pub registrations: Vec<Registration>,
    pub first_run: Timestamp,
    /// The wizard page to resume on.
    pub page: Option<String>,
    /// Set when a damaged database was moved aside at start.
    pub recovered: Option<Recovered>,
    /// Where the database lives (shown to helpdesk).
    pub db_path: String,
    /// The choices the window remembers, as stored.
    pub preferences: Vec<(Preference, String)>,
    /// Per method, the service's id for a direct setup link (Okta), from the last list.
    pub setup_ids: SetupIds,
}

/// Settings key for the wizard page.
pub const PAGE_KEY: &str = "wizard_page";

/// A choice of the user's the window remembers across restarts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preference {
    /// `system`, `light` or `dark`.
    Theme,
    /// The text size, in percent (`100`–`200`).
    TextSize,
    /// A language tag (`de`), or empty for the system's.
    Language,
}

impl Preference {
    pub const ALL: [Preference; 3] = [Self::Theme, Self::TextSize, Self::Language];

    /// The settings key in the store.
    pub fn key(self) -> &'static str {
        match self {
            Self::Theme => "ui_theme",
            Self::TextSize => "ui_text_size",
            Self::Language => "ui_language",
        }
    }
}

impl StoreSnapshot {
    /// Reads the snapshot; records the first run if this is it.
    pub fn read(store: &mut Store, now: Timestamp) -> Result<Self, StoreError> {
        let first_run = store.first_run(now)?;
        Ok(Self {
            registrations: store.registrations()?,
            first_run,
            page: store.setting(PAGE_KEY)?,
            recovered: store.recovered().cloned(),
            db_path: store.path().display().to_string(),
            preferences: Preference::ALL
                .into_iter()
                .map(|p| Ok(store.setting(p.key())?.map(|v| (p, v))))
                .collect::<Result<Vec<_>, StoreError>>()?
                .into_iter()
                .flatten()
                .collect(),
            setup_ids: store.setup_ids()?,
        })
    }
}

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
    /// Jobs still to do (counting a local "Cancel" not yet confirmed).
    pub fn open_count(&self) -> usize {
        let shown = self.jobs.iter().filter(|j| j.job.state.is_open()).count();
        let hidden = self.open_total.saturating_sub(SNAPSHOT_OPEN_LIMIT);
        shown + hidden
    }
}

/// Something to tell the user (in the window, and as a desktop notification): what
/// happened, with its facts; `ui::words` says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserNotice {
    /// A queued job finished: what it did (`ui::jobs` words it, as `queue list` does).
    JobDone { note: Note },
    /// A queued job gave up: why, and whom to contact.
    JobFailed { give_up: GiveUp },
    /// A portal the user was waiting for answers again: offer its setup page.
    PortalBack {
        portal: String,
        url: String,
        method: MethodKind,
    },
    /// A deadline reminder that came due: its facts (`core::reminders` words them in the
    /// reader's language; `remind` shows the same).
    Reminder(Reminder),
}

/// How a notice reads as a desktop notification. Given by whoever shows notices to a
/// person (the window passes `ui::words::desktop_notice` in its language): the services
/// word nothing.
pub type NoticeWords = Arc<dyn Fn(&UserNotice) -> Notice + Send + Sync>;

impl UserNotice {
    /// The page to offer with it ("Open setup page"), if any.
    pub fn open(&self) -> Option<&str> {
        match self {
            Self::PortalBack { url, .. } => Some(url),
            _ => None,
        }
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

/// Why a store operation of the services thread failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreOpError {
    #[error("the data directory could not be opened")]
    NoStore,
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Queue(#[from] super::queue::QueueError),
    #[error("the store task stopped: {0}")]
    Task(String),
    #[error("{0}")]
    Report(#[from] super::report::ReportError),
}

/// What the services share: the store, the clock, the browser, the way out.
pub(crate) struct Ctx {
    pub(crate) store: Arc<Mutex<Option<Store>>>,
    pub(crate) clock: Clock,
    pub(crate) opener: Arc<dyn UrlOpener>,
    events: mpsc::Sender<Event>,
    waker: Waker,
}

impl Ctx {
    pub(crate) fn new(
        store: Option<Store>,
        clock: Clock,
        opener: Arc<dyn UrlOpener>,
        events: mpsc::Sender<Event>,
        waker: Waker,
    ) -> Self {
        Self {
            store: Arc::new(Mutex::new(store)),
            clock,
            opener,
            events,
            waker,
        }
    }

    pub(crate) fn emit(&self, event: Event) {
        if self.events.send(event).is_ok() {
            (self.waker)();
        }
    }

    /// Runs `f` on the store on the blocking pool (never on the async thread:
    /// SQLite may wait for another process's write lock).
    pub(crate) async fn store_op<R, E>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<R, E> + Send + 'static,
    ) -> Result<R, StoreOpError>
    where
        R: Send + 'static,
        E: Into<StoreOpError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tokio::task::spawn_blocking(move || {
            let mut guard = lock_store(&store);
            let s = guard.as_mut().ok_or(StoreOpError::NoStore)?;
            f(s).map_err(Into::into)
        })
        .await
        .map_err(|e| StoreOpError::Task(e.to_string()))?
    }

    /// Sends what the window shows of the store (after anything that changed it).
    pub(crate) async fn emit_store_snapshot(&self) {
        let now = self.clock.now();
        match self.store_op(move |s| StoreSnapshot::read(s, now)).await {
            Ok(snapshot) => self.emit(Event::Snapshot(snapshot)),
            Err(StoreOpError::NoStore) => {}
            Err(e) => tracing::error!(error = %e, "could not read the store"),
        }
    }

    /// Runs `f` on the store, then emits a fresh snapshot (or the error and
    /// what is really stored, so the window does not show unsaved state).
    pub(crate) async fn with_store<F>(&self, change: StoreChange, f: F)
    where
        F: FnOnce(&mut Store, Timestamp) -> Result<(), StoreError> + Send + 'static,
    {
        let now = self.clock.now();
        let result = self
            .store_op(move |s| {
                f(s, now)?;
                StoreSnapshot::read(s, now)
            })
            .await;
        match result {
            Ok(snapshot) => self.emit(Event::Snapshot(snapshot)),
            Err(e) => {
                tracing::error!(?change, error = %e, "store operation failed");
                self.emit(Event::Error(Problem::NotSaved {
                    change,
                    detail: e.to_string(),
                }));
                self.emit_store_snapshot().await;
            }
        }
    }
}
