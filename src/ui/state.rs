//! What the window shows and what its pages may ask for.
//!
//! Pages read an [`AppState`] and push [`Action`]s; `app` applies them (optimistic
//! changes, commands to the services thread). No page reaches back into the app.

use jiff::tz::TimeZone;

use crate::services::config::{Clock, LoadedPolicy};
use crate::services::protocol::Command;
use crate::services::protocol::{Problem, QueueSnapshot, ReportNotOpened, SavedFile, UserNotice};
use crate::services::store::Recovered;
use mfa_ready_core::methods::{MethodKind, Os};
use mfa_ready_core::policy::{Helpdesk, Policy};
use mfa_ready_core::readiness::{self, Readiness, Registration};

/// The wizard's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Overview,
    Methods,
    Summary,
    /// Portal health (reached from the overview; not a wizard step).
    Health,
}

impl Page {
    pub const ALL: [Page; 3] = [Page::Overview, Page::Methods, Page::Summary];

    pub fn id(self) -> &'static str {
        match self {
            Self::Overview => "overview",
            Self::Methods => "methods",
            Self::Summary => "summary",
            Self::Health => "health",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain([Self::Health])
            .find(|p| p.id() == id)
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Overview => "1  Overview",
            Self::Methods => "2  Methods",
            Self::Summary => "3  Done",
            Self::Health => "Portal health",
        }
    }

    pub fn next(self) -> Option<Self> {
        match self {
            Self::Overview => Some(Self::Methods),
            Self::Methods => Some(Self::Summary),
            Self::Summary | Self::Health => None,
        }
    }

    pub fn prev(self) -> Option<Self> {
        match self {
            Self::Overview => None,
            Self::Methods => Some(Self::Overview),
            Self::Summary => Some(Self::Methods),
            Self::Health => Some(Self::Overview),
        }
    }
}

/// What a page asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Send a command to the services thread.
    Send(Command),
    /// Go to a page (remembered across restarts).
    GoTo(Page),
    /// "I've set this up": shown at once, saved by the services.
    Mark(MethodKind),
    /// "Remove": shown at once, saved by the services.
    Unmark(MethodKind),
    /// Bring this method's card into view on the Methods page.
    FocusMethod(MethodKind),
    /// The focused card was scrolled to.
    FocusDone,
    /// "Check now" on the portal health page or the overview line.
    CheckNow,
    /// Cancel queued job `id` (shown at once; the services confirm with a snapshot).
    CancelJob(i64),
    /// Close in-app notice `i`.
    DismissNotice(usize),
    /// "Tell me when it's back" (true) or "No thanks" (false) for the failing portal.
    AnswerPortalFailing { watch: bool },
    /// "Remind me at login" switched (shown at once, done by the services).
    SetAutostart(bool),
    /// "Share with helpdesk…".
    OpenShare,
    /// Something was copied to the clipboard: say so.
    Copied(String),
}

/// A problem shown in a red banner until dismissed (`words::banner` says it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Banner {
    /// Something the services could not do.
    Service(Problem),
    /// The saved state could not be read at start (the technical detail).
    NoSavedState { detail: String },
    /// The services thread is gone: nothing is saved any more.
    ServicesStopped,
    /// A report handed over could not be opened.
    ReportNotOpened(ReportNotOpened),
}

/// An in-app notice (`words::notice` says it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// From the services: a job done or failed, a portal back, a reminder.
    Service(UserNotice),
    /// Something was copied to the clipboard: the sentence the copying panel wrote.
    Copied(String),
    /// A file the user chose was written.
    Saved { what: SavedFile, path: String },
}

impl Notice {
    /// The page to offer with it ("Open setup page"), if any.
    pub fn open(&self) -> Option<&str> {
        match self {
            Self::Service(n) => n.open(),
            Self::Copied(_) | Self::Saved { .. } => None,
        }
    }
}

/// The state the window renders, as last sent by the services plus the user's
/// optimistic changes.
pub struct AppState {
    pub policy: LoadedPolicy,
    pub registrations: Vec<Registration>,
    pub first_run: jiff::Timestamp,
    pub page: Page,
    pub clock: Clock,
    pub os: Os,
    pub tz: TimeZone,
    /// Problems to show in a banner until dismissed.
    pub errors: Vec<Banner>,
    /// The damaged database moved aside at start, if any.
    pub notice: Option<Recovered>,
    pub db_path: Option<String>,
    /// Card to bring into view on the methods page (from "Set up …" on the overview).
    pub focus_method: Option<MethodKind>,
    /// Portal health as last sent by the services.
    pub health: crate::services::health::HealthSnapshot,
    /// "Check now" was clicked and no check has started since (shows the spinner at once).
    pub check_requested: bool,
    /// The retry queue, as last sent by the services.
    pub queue: QueueSnapshot,
    /// In-app notices (job done or failed, portal back, reminders, saved, copied).
    pub notices: Vec<Notice>,
    /// A setup page whose portal seems to fail: (portal, url, method).
    pub portal_failing: Option<(String, String, MethodKind)>,
    /// Reminders at login: `None` until the services said (or when unavailable).
    pub autostart: Option<bool>,
}

impl AppState {
    /// The policy, when valid.
    pub fn valid_policy(&self) -> Option<&Policy> {
        self.policy.result.as_ref().ok()
    }

    /// The helpdesk to show: the policy's, or the one salvaged from a broken policy.
    pub fn helpdesk(&self) -> Option<&Helpdesk> {
        match &self.policy.result {
            Ok(p) => p.helpdesk.as_ref(),
            Err(_) => self.policy.salvaged_helpdesk.as_ref(),
        }
    }

    /// The verdict right now.
    pub fn readiness(&self) -> Option<Readiness> {
        let policy = self.valid_policy()?;
        Some(readiness::assess(&readiness::Input {
            policy,
            registered: &self.registrations,
            first_run: self.first_run,
            now: self.clock.now(),
            os: self.os,
        }))
    }

    pub fn is_registered(&self, kind: MethodKind) -> Option<&Registration> {
        self.registrations.iter().find(|r| r.kind == kind)
    }

    /// "Tue 15 Dec 2026, 17:00 CET" in the user's time zone.
    pub fn local_time(&self, t: jiff::Timestamp) -> String {
        super::widgets::local_time(t, &self.tz)
    }
}
