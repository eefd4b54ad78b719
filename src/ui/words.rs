//! The window's catalogue of what it tells people: every problem and notice the services
//! report, as a plain sentence (from the Fluent catalogue, `assets/i18n/<lang>/window.ftl`),
//! the one thing to do about it, and the technical detail (an error, an OS message, a
//! path) kept apart for the "Details" disclosure and for the helpdesk. No library error,
//! policy key, environment variable or path reaches the sentence.
//!
//! A queued job's note or give-up arrives as facts and `jobs` words it; a reminder arrives
//! as facts and `core::reminders` words it here, in the window's language.

use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::queue::{GiveUp, GiveUpWhy};
use mfa_ready_i18n::{Catalog, tr};

use crate::services::notify::Notice as DesktopNotice;
use crate::services::protocol::{
    Problem, ReportNotOpened, SavedFile, StoreUnavailable, UserNotice,
};
use crate::services::report::ReportError;
use crate::services::store::{Recovered, RecoveryReason};

use super::names;
use super::state::{Banner, Notice};

/// What the window says about something: the sentence, and the detail behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub text: String,
    /// For "Details" (copied for the helpdesk); never in the sentence.
    pub details: Option<String>,
}

impl Said {
    fn plain(text: String) -> Self {
        Self {
            text,
            details: None,
        }
    }

    fn with(text: String, details: impl Into<String>) -> Self {
        let d: String = details.into();
        Self {
            text,
            details: (!d.trim().is_empty()).then_some(d),
        }
    }
}

/// A problem in the services, as the window says it.
pub fn problem(tr: &Catalog, p: &Problem) -> Said {
    match p {
        Problem::NotSaved { change, detail } => Said::with(
            tr!(tr, "problem-not-saved"),
            format!("{change:?}: {detail}"),
        ),
        Problem::QueueUnavailable => Said::plain(tr!(tr, "problem-queue-unavailable")),
        Problem::SettingsNotOpened { detail } => {
            Said::with(tr!(tr, "problem-settings-not-opened"), detail.clone())
        }
        Problem::QueueNotStarted { detail } | Problem::QueueUnreadable { detail } => {
            Said::with(tr!(tr, "problem-queue-stopped"), detail.clone())
        }
        Problem::QueueStartRetrying { detail } | Problem::QueueRunRetrying { detail } => {
            Said::with(tr!(tr, "problem-queue"), detail.clone())
        }
        Problem::RequestNotSaved { detail } => {
            Said::with(tr!(tr, "problem-request-not-saved"), detail.clone())
        }
        Problem::RetryNotSaved { detail } => {
            Said::with(tr!(tr, "problem-retry-not-saved"), detail.clone())
        }
        Problem::CancelNotSaved { detail } => {
            Said::with(tr!(tr, "problem-cancel-not-saved"), detail.clone())
        }
        Problem::NoEnrollmentService(why) => Said::with(
            tr!(tr, "problem-no-service"),
            why.as_ref().map(ToString::to_string).unwrap_or_default(),
        ),
        Problem::PhoneRejected(why) => {
            Said::with(tr!(tr, "problem-phone-rejected"), why.to_string())
        }
        Problem::NotWatched(why) => Said::with(tr!(tr, "problem-not-watched"), why.to_string()),
        Problem::SignInNotConfigured => Said::plain(tr!(tr, "problem-sign-in-not-configured")),
        Problem::SignInUnavailable(why) => {
            Said::with(tr!(tr, "problem-sign-in-unavailable"), why.to_string())
        }
        Problem::SignInIncomplete(why) => {
            Said::with(tr!(tr, "problem-sign-in-incomplete"), why.to_string())
        }
        Problem::ChecksOff => Said::plain(tr!(tr, "problem-checks-off")),
        Problem::NotOpened(why) => Said::with(tr!(tr, "problem-not-opened"), why.to_string()),
        // Worded as a notice with the link and a QR code (`notices`), not as an error.
        Problem::BrowserFailed { url, detail } => {
            Said::with(tr!(tr, "notice-browser"), format!("{url}\n{detail}"))
        }
        Problem::NeedsValidPolicy | Problem::ReportNeedsPolicy => {
            Said::plain(tr!(tr, "problem-needs-policy"))
        }
        Problem::ReportNotMade { detail } => {
            Said::with(tr!(tr, "problem-report-not-made"), detail.clone())
        }
        Problem::FileNotSaved { what, path, detail } => {
            let text = match what {
                SavedFile::Report => tr!(tr, "problem-report-not-saved"),
                SavedFile::Calendar => tr!(tr, "problem-calendar-not-saved"),
            };
            Said::with(text, format!("{path}: {detail}"))
        }
        Problem::AutostartUnavailable | Problem::AutostartProgramUnknown => {
            Said::plain(tr!(tr, "problem-autostart-unavailable"))
        }
        Problem::AutostartNotChanged { detail } => {
            Said::with(tr!(tr, "problem-autostart-not-changed"), detail.clone())
        }
    }
}

/// A red banner.
pub fn banner(tr: &Catalog, b: &Banner) -> Said {
    match b {
        Banner::Service(p) => problem(tr, p),
        Banner::NoSavedState { detail } => {
            Said::with(tr!(tr, "problem-no-saved-state"), detail.clone())
        }
        Banner::ServicesStopped => Said::plain(tr!(tr, "problem-services-stopped")),
        Banner::ReportNotOpened(why) => report_not_opened(tr, why),
        // In English: the language asked for cannot be drawn.
        Banner::FontMissing(lang) => Said::with(
            mfa_ready_i18n::Catalog::new(mfa_ready_i18n::Lang::En).text("notice-font-missing"),
            format!(
                "no installed font has the glyphs of \"{}\" (asked through the system's font fallback)",
                lang.tag()
            ),
        ),
    }
}

/// The banner for a window that starts without its saved state.
pub fn no_saved_state(e: &StoreUnavailable) -> Banner {
    Banner::NoSavedState {
        detail: e.to_string(),
    }
}

/// Why a report handed over is not shown. (Why a file is not a report this version
/// reads is `core::report::read`'s sentence, which is about the file, not the user.)
pub fn report_not_opened(tr: &Catalog, why: &ReportNotOpened) -> Said {
    match why {
        ReportNotOpened::NotAFile => Said::plain(tr!(tr, "problem-report-not-a-file")),
        ReportNotOpened::Unreadable { path, detail } => Said::with(
            tr!(tr, "problem-report-not-opened"),
            format!("{path}: {detail}"),
        ),
        // Why the file is not a report this version reads: `core::report::read`'s plain
        // sentence about the file (cut short, made by a newer version, too large).
        ReportNotOpened::Read(e) => Said::plain(e.to_string()),
        ReportNotOpened::Other { detail } => {
            Said::with(tr!(tr, "problem-report-not-opened"), detail.clone())
        }
    }
}

/// The share dialog's note when the report cannot be shown in the chosen format.
pub fn report_not_rendered(tr: &Catalog, e: &ReportError) -> Said {
    Said::with(tr!(tr, "problem-report-not-rendered"), e.to_string())
}

/// The notice after a damaged or too-new database was moved aside at start: where the
/// copy is goes to Details (the helpdesk needs it; the user does not).
pub fn recovered(tr: &Catalog, r: &Recovered) -> Said {
    let kept = r.moved_to.display().to_string();
    match &r.reason {
        RecoveryReason::NotADatabase(detail) => {
            Said::with(tr!(tr, "notice-recovered"), format!("{kept}\n{detail}"))
        }
        RecoveryReason::NewerSchema { found, supported } => Said::with(
            tr!(tr, "notice-recovered-newer"),
            format!("{kept}\nschema {found}, this version reads up to {supported}"),
        ),
    }
}

/// An in-app notice.
pub fn notice(tr: &Catalog, n: &Notice) -> Said {
    match n {
        // What the organisation must change: the service's own words (Okta's code, the
        // org) behind Details, for IT; the sentence stays plain.
        Notice::Service(
            n @ UserNotice::JobFailed {
                give_up:
                    GiveUp {
                        why:
                            GiveUpWhy::ApiOff { service, .. }
                            | GiveUpWhy::ScopeNotGranted { service, .. },
                        ..
                    },
            },
        ) => Said::with(user_notice(tr, n), service.clone()),
        Notice::Service(n) => Said::plain(user_notice(tr, n)),
        Notice::Copied(what) => Said::plain(match what {
            super::state::Copied::Summary => tr!(tr, "notice-copied-summary"),
            super::state::Copied::Link => tr!(tr, "notice-copied-link"),
            super::state::Copied::Other => tr!(tr, "notice-copied"),
        }),
        Notice::Saved { what, path } => {
            let file = std::path::Path::new(path)
                .file_name()
                .map_or_else(|| path.clone(), |f| f.to_string_lossy().into_owned());
            let text = match what {
                SavedFile::Report => tr!(tr, "notice-saved-report", file = file),
                SavedFile::Calendar => tr!(tr, "notice-saved-calendar", file = file),
            };
            Said::with(text, path.clone())
        }
    }
}

/// A notice from the services, as the window shows it.
pub fn user_notice(tr: &Catalog, n: &UserNotice) -> String {
    match n {
        UserNotice::JobDone { note } => super::jobs::note(tr, note),
        UserNotice::JobFailed { give_up } => super::jobs::give_up(tr, give_up),
        UserNotice::PortalBack { portal, method, .. } => portal_back(tr, portal, *method),
        UserNotice::Reminder(r) => r.body(tr),
    }
}

fn portal_back(tr: &Catalog, portal: &str, method: MethodKind) -> String {
    tr!(
        tr,
        "notice-portal-back",
        portal = portal.to_owned(),
        method = names::method_in_sentence(tr, method)
    )
}

/// A notice as a desktop notification (title and body): what `gui` hands the window's
/// queue service, so the desktop and the window say the same.
pub fn desktop_notice(tr: &Catalog, n: &UserNotice) -> DesktopNotice {
    let app = tr!(tr, "app-name");
    let (title, body) = match n {
        UserNotice::JobDone { .. } => (
            format!("{app}: {}", tr!(tr, "notice-job-done-title")),
            user_notice(tr, n),
        ),
        UserNotice::JobFailed { .. } => (
            format!("{app}: {}", tr!(tr, "notice-job-failed-title")),
            user_notice(tr, n),
        ),
        UserNotice::PortalBack { portal, method, .. } => (
            format!(
                "{app}: {}",
                tr!(tr, "notice-portal-back-title", portal = portal.to_owned())
            ),
            portal_back(tr, portal, *method),
        ),
        UserNotice::Reminder(r) => (r.title(tr), r.body(tr)),
    };
    DesktopNotice { title, body }
}

/// The offer after "Open setup page" when the portal seems to fail.
pub fn portal_failing(tr: &Catalog, portal: &str, method: MethodKind) -> String {
    tr!(
        tr,
        "notice-portal-failing",
        portal = portal.to_owned(),
        method = names::method_in_sentence(tr, method)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::protocol::StoreChange;
    use mfa_ready_i18n::Lang;
    use std::path::PathBuf;

    #[test]
    fn a_problem_is_a_plain_sentence_with_the_detail_apart() {
        let tr = Catalog::new(Lang::En);
        let s = problem(
            &tr,
            &Problem::NotSaved {
                change: StoreChange::Mark,
                detail: "database /home/a/.local/share/mfa-ready/x: disk full".into(),
            },
        );
        assert_eq!(
            s.text,
            "Your change could not be saved. Try again; if it keeps failing, restart MFA Ready."
        );
        assert!(s.details.unwrap().contains("disk full"));
        let s = problem(
            &tr,
            &Problem::BrowserFailed {
                url: "https://aka.ms/mysecurityinfo".into(),
                detail: "Launcher \"gio\" \"open\" failed with ExitStatus(unix_wait_status(512))"
                    .into(),
            },
        );
        assert_eq!(
            s.text,
            "Your browser didn't open. Copy the link, or scan it with your phone."
        );
        assert!(!s.text.contains("gio") && s.details.unwrap().contains("ExitStatus"));
        let s = problem(&tr, &Problem::SignInNotConfigured);
        assert!(
            !s.text.contains("client_id") && !s.text.contains('['),
            "{}",
            s.text
        );
    }

    #[test]
    fn no_sentence_carries_a_path_a_key_or_a_library_error() {
        let tr = Catalog::new(Lang::En);
        let r = Recovered {
            moved_to: PathBuf::from("/d/mfa-ready.sqlite3.corrupt-1"),
            reason: RecoveryReason::NotADatabase("file is not a database".into()),
        };
        let s = recovered(&tr, &r);
        assert!(
            !s.text.contains("/d/") && !s.text.contains("database"),
            "{}",
            s.text
        );
        assert!(
            s.details
                .unwrap()
                .contains("/d/mfa-ready.sqlite3.corrupt-1")
        );
        let back = UserNotice::PortalBack {
            portal: "My Sign-Ins".into(),
            url: "https://mysignins.microsoft.com/".into(),
            method: MethodKind::SecurityKey,
        };
        assert_eq!(
            user_notice(&tr, &back),
            "My Sign-Ins is back: continue adding your security key."
        );
        let desktop = desktop_notice(&tr, &back);
        assert_eq!(desktop.title, "MFA Ready: My Sign-Ins is back");
        assert_eq!(
            desktop.body,
            user_notice(&tr, &back),
            "the desktop says the same"
        );
    }

    /// A reminder arrives as facts and is said in the window's language: the toast and the
    /// desktop notification say the same, the deadline as the locale writes it.
    #[test]
    fn a_reminder_is_said_in_the_windows_language() {
        use mfa_ready_core::deadline::DeadlineSource;
        use mfa_ready_core::reminders::{Due, Reminder};
        let reminder = UserNotice::Reminder(Reminder {
            key: "d3".into(),
            due: Due::InDays(2),
            organization: "Contoso".into(),
            source: DeadlineSource::Organization,
            deadline: "2026-12-15T17:00[Europe/Berlin]".parse().unwrap(),
            counted: 1,
            required: 2,
            helpdesk: None,
        });
        for (lang, title, date) in [
            (
                Lang::En,
                "MFA setup due in 2 days",
                "Tuesday, 15 December 2026 at 17:00 CET",
            ),
            (
                Lang::De,
                "MFA-Einrichtung in 2 Tagen fällig",
                "Dienstag, 15. Dezember 2026 um 17:00 MEZ",
            ),
            (
                Lang::Ja,
                "MFA の設定期限まであと 2 日です",
                "2026年12月15日火曜日 17:00 GMT+1",
            ),
        ] {
            let tr = Catalog::new(lang);
            let desktop = desktop_notice(&tr, &reminder);
            assert_eq!(desktop.title, title, "{lang:?}");
            assert!(desktop.body.contains(date), "{lang:?}: {}", desktop.body);
            assert_eq!(desktop.body, user_notice(&tr, &reminder), "{lang:?}");
        }
    }

    /// Only a queue that retries on its own says so; one that stopped says what to do.
    #[test]
    fn the_queue_promises_a_retry_only_where_it_retries() {
        let tr = Catalog::new(Lang::En);
        let detail = || "database is locked".to_owned();
        for p in [
            Problem::QueueStartRetrying { detail: detail() },
            Problem::QueueRunRetrying { detail: detail() },
        ] {
            assert!(problem(&tr, &p).text.contains("It will try again"), "{p:?}");
        }
        for p in [
            Problem::QueueNotStarted { detail: detail() },
            Problem::QueueUnreadable { detail: detail() },
        ] {
            let s = problem(&tr, &p);
            assert!(!s.text.contains("try again"), "{}", s.text);
            assert!(s.text.contains("open it again"), "{}", s.text);
            assert_eq!(s.details.as_deref(), Some("database is locked"));
        }
    }

    /// What IT must change in Okta: a plain sentence in every language, Okta's code and
    /// the org behind Details only.
    #[test]
    fn an_org_setting_is_said_plainly_with_okta_s_code_behind_details() {
        use mfa_ready_core::queue::JobKind;
        let service = "E0000015: You do not have permission (contoso.okta.com)".to_owned();
        for why in [
            GiveUpWhy::ApiOff {
                service: service.clone(),
                reference: Some("oae1".into()),
            },
            GiveUpWhy::ScopeNotGranted {
                service: service.clone(),
                reference: None,
            },
        ] {
            let give_up = GiveUp::new(JobKind::VerifyMethods, why, Some("Contoso Desk"));
            let n = Notice::Service(UserNotice::JobFailed {
                give_up: give_up.clone(),
            });
            for lang in Lang::SHIPPED {
                let tr = Catalog::new(lang);
                let s = notice(&tr, &n);
                for technical in [
                    "E0000015",
                    "contoso.okta.com",
                    "okta.myAccount",
                    "MFA_READY_",
                ] {
                    assert!(!s.text.contains(technical), "{lang:?}: {}", s.text);
                }
                assert!(s.text.contains("Contoso Desk"), "{lang:?}: {}", s.text);
                assert_eq!(s.details.as_deref(), Some(service.as_str()), "{lang:?}");
            }
            // The English is core's (what `queue list --json` keeps).
            let en = notice(&Catalog::new(Lang::En), &n).text;
            assert_eq!(en, give_up.english());
        }
    }

    #[test]
    fn one_method_needed_is_said_in_the_singular() {
        let tr = Catalog::new(Lang::En);
        assert_eq!(
            mfa_ready_i18n::tr!(tr, "progress-methods", have = 1, need = 1),
            "1 of 1 method"
        );
        assert_eq!(
            mfa_ready_i18n::tr!(tr, "progress-methods", have = 1, need = 2),
            "1 of 2 methods"
        );
    }
}
