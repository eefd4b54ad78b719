//! What the window shows and what its panels may ask for.
//!
//! Panels read an [`AppState`] and push [`Action`]s; `app` applies them (optimistic
//! changes, commands to the services thread). No panel reaches back into the app.

use jiff::tz::TimeZone;
use mfa_ready_i18n::{Catalog, tr};

use crate::services::config::{Clock, LoadedPolicy};
use crate::services::protocol::Command;
use crate::services::protocol::{Problem, QueueSnapshot, ReportNotOpened, SavedFile, UserNotice};
use crate::services::store::Recovered;
use mfa_ready_core::methods::{MethodKind, Os, SetupIds};
use mfa_ready_core::policy::{Helpdesk, Policy};
use mfa_ready_core::provider::Provider;
use mfa_ready_core::readiness::{self, Readiness, Registration};

use super::theme::ThemeChoice;

/// The window's pages. The wizard's steps are [`Page::STEPS`], in order: a step's
/// number is its place there, so adding a page touches this list and its panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Overview,
    Methods,
    Summary,
    /// Portal health (reached from the overview; not a wizard step).
    Health,
}

impl Page {
    /// The wizard, in order.
    pub const STEPS: [Page; 3] = [Page::Overview, Page::Methods, Page::Summary];

    /// The stored id (the page to resume on).
    pub fn id(self) -> &'static str {
        match self {
            Self::Overview => "overview",
            Self::Methods => "methods",
            Self::Summary => "summary",
            Self::Health => "health",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::STEPS
            .into_iter()
            .chain([Self::Health])
            .find(|p| p.id() == id)
    }

    /// The page's name ("Overview").
    pub fn name(self, tr: &Catalog) -> String {
        match self {
            Self::Overview => tr!(tr, "page-overview"),
            Self::Methods => tr!(tr, "page-methods"),
            Self::Summary => tr!(tr, "page-summary"),
            Self::Health => tr!(tr, "page-health"),
        }
    }

    /// 1-based place in the wizard, if it is a step.
    pub fn step(self) -> Option<usize> {
        Self::STEPS.iter().position(|p| *p == self).map(|i| i + 1)
    }

    pub fn next(self) -> Option<Self> {
        let i = Self::STEPS.iter().position(|p| *p == self)?;
        Self::STEPS.get(i + 1).copied()
    }

    pub fn prev(self) -> Option<Self> {
        match Self::STEPS.iter().position(|p| *p == self) {
            Some(i) => i.checked_sub(1).and_then(|i| Self::STEPS.get(i).copied()),
            // A page off the wizard goes back to its start.
            None => Self::STEPS.first().copied(),
        }
    }
}

/// What was copied to the clipboard (the notice says which).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    Summary,
    Link,
    Other,
}

/// What a panel asks the app to do.
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
    /// Read this computer's checks again ("Check again" in This computer).
    CheckDevice,
    /// Open the OS's settings page for a check ("Open settings").
    OpenSettings(mfa_ready_core::device::CheckId),
    /// Cancel queued job `id` (shown at once; the services confirm with a snapshot).
    CancelJob(i64),
    /// Close the notice with this key.
    DismissNotice(NoticeKey),
    /// "Tell me when it's back" (true) or "No thanks" (false) for the failing portal.
    AnswerPortalFailing { watch: bool },
    /// "Remind me at login" switched (shown at once, done by the services).
    SetAutostart(bool),
    /// "Share with helpdesk…".
    OpenShare,
    /// Copy `text` to the clipboard and say what was copied.
    Copy { text: String, what: Copied },
}

/// A problem shown until dismissed (`words::banner` says it).
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
    /// The language asked for needs glyphs no font on this system has (said in English).
    FontMissing(mfa_ready_i18n::Lang),
}

/// An in-app notice (`words::notice` says it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// From the services: a job done or failed, a portal back, a reminder.
    Service(UserNotice),
    /// Something was copied to the clipboard.
    Copied(Copied),
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

    /// Notices that only confirm something clear themselves after a while; the rest
    /// stay until dismissed or until their cause is gone.
    pub fn expires(&self) -> bool {
        matches!(
            self,
            Self::Copied(_) | Self::Saved { .. } | Self::Service(UserNotice::JobDone { .. })
        )
    }
}

/// A notice and when it was posted (egui's clock, seconds), for the ones that expire.
#[derive(Debug, Clone, PartialEq)]
pub struct Posted {
    pub notice: Notice,
    pub at: f64,
}

/// Which notice an action is about: each source keeps its own list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKey {
    Banner(usize),
    Notice(usize),
    PortalFailing,
    BrowserFailed,
    Recovered,
}

/// The browser did not open this link: offer it to copy and as a QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrowserFailed {
    pub url: String,
    /// What the OS said (behind Details).
    pub detail: String,
}

/// The state the window renders, as last sent by the services plus the user's
/// optimistic changes and choices.
pub struct AppState {
    pub policy: LoadedPolicy,
    pub registrations: Vec<Registration>,
    /// Per method, the service's id for a direct setup link (Okta), from the last list.
    pub setup_ids: SetupIds,
    pub first_run: jiff::Timestamp,
    pub page: Page,
    pub clock: Clock,
    pub os: Os,
    pub tz: TimeZone,
    /// Every sentence the window shows comes from here.
    pub tr: Catalog,
    /// Problems shown until dismissed.
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
    pub notices: Vec<Posted>,
    /// A setup page whose portal seems to fail: (portal, url, method).
    pub portal_failing: Option<(String, String, MethodKind)>,
    /// The browser did not open a link.
    pub browser_failed: Option<BrowserFailed>,
    /// Reminders at login: `None` until the services said (or when unavailable).
    pub autostart: Option<bool>,
    /// This computer, as last read (none until the first read finishes).
    pub device: Option<crate::services::device::DeviceSnapshot>,
    pub theme: ThemeChoice,
    /// The user's language choice, the system's languages, a missing font.
    pub languages: super::language::Languages,
}

impl AppState {
    /// The organisation's rule for the language (none without a valid policy).
    pub fn language_rule(&self) -> mfa_ready_core::policy::LanguageRule {
        self.policy.language_rule()
    }

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
        let device = self.device_summary();
        Some(readiness::assess(&readiness::Input {
            policy,
            registered: &self.registrations,
            first_run: self.first_run,
            now: self.clock.now(),
            os: self.os,
            device: device.as_ref(),
        }))
    }

    /// This computer against the policy: every check and each allowed method's
    /// pre-flight (none until the device was read, or without a valid policy).
    pub fn device_summary(&self) -> Option<mfa_ready_core::device::DeviceSummary> {
        Some(self.device.as_ref()?.summary(self.valid_policy()?))
    }

    pub fn is_registered(&self, kind: MethodKind) -> Option<&Registration> {
        self.registrations.iter().find(|r| r.kind == kind)
    }

    /// "Tue 15 Dec 2026, 17:00 CET" in the user's time zone.
    pub fn local_time(&self, t: jiff::Timestamp) -> String {
        self.tr.date_time(&t.to_zoned(self.tz.clone()))
    }

    /// What the organisation connected MFA Ready to: an enrollment service it can call
    /// (offer "Check what's registered" and "Add a phone number"), and whether signing
    /// in is possible. Controls for a service that is not there are not shown.
    pub fn service(&self) -> ServiceOffer {
        let Some(p) = self.valid_policy() else {
            return ServiceOffer::default();
        };
        match p.provider {
            Provider::Entra => {
                let sign_in = p.graph.client_id.is_some();
                ServiceOffer {
                    check: sign_in,
                    add_phone: sign_in,
                    sign_in,
                }
            }
            Provider::Okta => {
                // Okta's MyAccount API lists methods; it adds no phone for an app.
                let sign_in = p.okta.as_ref().is_some_and(|o| o.client_id.is_some());
                ServiceOffer {
                    check: sign_in,
                    add_phone: false,
                    sign_in,
                }
            }
            Provider::Custom => {
                let api = p.enrollment_api.is_some();
                ServiceOffer {
                    check: api,
                    add_phone: api,
                    sign_in: false,
                }
            }
            _ => ServiceOffer::default(),
        }
    }
}

/// Which of the enrollment service's controls can work under this policy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ServiceOffer {
    pub check: bool,
    pub add_phone: bool,
    pub sign_in: bool,
}

impl ServiceOffer {
    pub fn any(self) -> bool {
        self.check || self.add_phone || self.sign_in
    }
}
