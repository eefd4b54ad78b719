//! The window's words for what the services tell it: the one place where the ui
//! turns typed events, notices and errors into sentences (the localisation issue
//! moves them into Fluent catalogues). Each is one whole sentence with its facts
//! put in, never glued from fragments; a `detail` is a lower layer's technical
//! detail, quoted as it is. The desktop notifications of the window's queue are
//! worded here too ([`desktop_notice`], handed to the services by `gui`).
//!
//! Sentences that `core` owns (a job's note or give-up message, a reminder, why a
//! report file cannot be read) arrive already worded and are shown as they are.

use mfa_ready_core::methods::MethodKind;

use crate::services::notify::Notice as DesktopNotice;
use crate::services::protocol::{
    Problem, ReportNotOpened, SavedFile, StoreChange, StoreUnavailable, UserNotice,
};
use crate::services::report::ReportError;
use crate::services::store::{Recovered, RecoveryReason};

use super::state::{Banner, Notice};

/// What went wrong in the services, as the red banner says it.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::NotSaved { change, detail } => not_saved(*change, detail),
        Problem::QueueUnavailable => {
            "The retry queue is not available (the data directory could not be opened)."
                .to_owned()
        }
        Problem::QueueNotStarted { detail } => {
            format!("The retry queue could not start: {detail}")
        }
        Problem::QueueStartRetrying { detail } => {
            format!("The retry queue could not start ({detail}); it will try again.")
        }
        Problem::QueueRunRetrying { detail } => {
            format!("The retry queue could not run ({detail}); it will try again.")
        }
        Problem::QueueUnreadable { detail } => format!("Could not read the queue: {detail}"),
        Problem::RequestNotSaved { detail } => format!("Could not save the request: {detail}"),
        Problem::RetryNotSaved { detail } => format!("Could not retry: {detail}"),
        Problem::CancelNotSaved { detail } => format!("Could not cancel: {detail}"),
        Problem::NoEnrollmentService(Some(why)) => {
            format!("This can't be done from MFA Ready: {why}")
        }
        Problem::NoEnrollmentService(None) => "The enrollment service is not set up.".to_owned(),
        Problem::PhoneRejected(why) => format!("That phone number can't be used: {why}"),
        Problem::NotWatched(why) => format!("Not watched: {why}"),
        Problem::SignInNotConfigured => {
            "Signing in needs your organisation's app registration ([graph] client_id in the policy). Please contact your helpdesk."
                .to_owned()
        }
        Problem::SignInUnavailable(why) => why.to_string(),
        Problem::SignInIncomplete(why) => format!("Sign-in did not complete: {why}"),
        Problem::ChecksOff => {
            "Portal checks are off because the policy cannot be used.".to_owned()
        }
        Problem::NotOpened(why) => format!("Not opened: {why}"),
        Problem::BrowserFailed { url, detail } => {
            format!("Could not open your browser ({detail}). Open this address yourself: {url}")
        }
        Problem::NeedsValidPolicy => "This is not available without a valid policy.".to_owned(),
        Problem::ReportNeedsPolicy => "The report needs a valid policy.".to_owned(),
        Problem::ReportNotMade { detail } => format!("The report could not be made: {detail}"),
        Problem::FileNotSaved { what, path, detail } => match what {
            SavedFile::Report => format!("Could not save the report to {path}: {detail}"),
            SavedFile::Calendar => {
                format!("Could not save the calendar file to {path}: {detail}")
            }
        },
        Problem::AutostartUnavailable => {
            "Reminders at login cannot be set up on this computer.".to_owned()
        }
        Problem::AutostartProgramUnknown => {
            "Could not change reminders at login: cannot tell where this program is".to_owned()
        }
        Problem::AutostartNotChanged { detail } => {
            format!("Could not change reminders at login: {detail}")
        }
    }
}

fn not_saved(change: StoreChange, detail: &str) -> String {
    match change {
        StoreChange::Mark => format!("Could not save (mark method): {detail}"),
        StoreChange::Unmark => format!("Could not save (remove method): {detail}"),
        StoreChange::Page => format!("Could not save (remember page): {detail}"),
        StoreChange::Log => format!("Could not save (log): {detail}"),
    }
}

/// A red banner.
pub fn banner(b: &Banner) -> String {
    match b {
        Banner::Service(p) => problem(p),
        Banner::NoSavedState { detail } => format!("Your progress cannot be saved: {detail}"),
        Banner::ServicesStopped => {
            "The background service stopped: changes are not being saved. Restart MFA Ready."
                .to_owned()
        }
        Banner::ReportNotOpened(why) => report_not_opened(why),
    }
}

/// The banner for a window that starts without its saved state.
pub fn no_saved_state(e: &StoreUnavailable) -> Banner {
    Banner::NoSavedState {
        detail: e.to_string(),
    }
}

/// Why a report handed over is not shown.
pub fn report_not_opened(why: &ReportNotOpened) -> String {
    match why {
        ReportNotOpened::NotAFile => {
            "This is not a report file (it is a folder, a pipe or a device); save the report as a file and open that."
                .to_owned()
        }
        ReportNotOpened::Unreadable { path, detail } => format!("{path}: {detail}"),
        // `core::report::read` words these (the terminal's `--open-report` says the same).
        ReportNotOpened::Read(e) => e.to_string(),
        ReportNotOpened::Other { detail } => detail.clone(),
    }
}

/// The share dialog's note when the report cannot be shown in the chosen format.
pub fn report_not_rendered(e: &ReportError) -> String {
    format!("The report could not be shown in this format, so it cannot be saved or copied: {e}")
}

/// The amber banner after a damaged or too-new database was moved aside at start.
pub fn recovered(r: &Recovered) -> String {
    let kept = r.moved_to.display();
    match &r.reason {
        RecoveryReason::NotADatabase(detail) => format!(
            "Your saved progress was damaged ({detail}). It was kept as {kept} and MFA Ready started fresh; your helpdesk can recover it."
        ),
        RecoveryReason::NewerSchema { found, supported } => format!(
            "Your saved progress was written by a newer MFA Ready (schema {found}, this one reads up to {supported}). It was kept as {kept} and MFA Ready started fresh; your helpdesk can recover it."
        ),
    }
}

/// An in-app notice.
pub fn notice(n: &Notice) -> String {
    match n {
        Notice::Service(n) => user_notice(n),
        Notice::Copied(sentence) => sentence.clone(),
        Notice::Saved { what, path } => match what {
            SavedFile::Report => format!("Saved the report to {path}"),
            SavedFile::Calendar => format!("Saved the calendar file to {path}"),
        },
    }
}

/// A notice from the services, as the window shows it.
pub fn user_notice(n: &UserNotice) -> String {
    match n {
        UserNotice::JobDone { note } => note.clone(),
        UserNotice::JobFailed { message } => message.clone(),
        UserNotice::PortalBack { portal, method, .. } => portal_back(portal, *method),
        UserNotice::Reminder { body, .. } => body.clone(),
    }
}

fn portal_back(portal: &str, method: MethodKind) -> String {
    format!(
        "{portal} is back: continue adding your {}",
        method.name().to_lowercase()
    )
}

/// A notice as a desktop notification (title and body): what `gui` hands the
/// window's queue service, so the desktop and the window say the same.
pub fn desktop_notice(n: &UserNotice) -> DesktopNotice {
    let (title, body) = match n {
        UserNotice::JobDone { note } => ("MFA Ready: Done".to_owned(), note.clone()),
        UserNotice::JobFailed { message } => {
            ("MFA Ready: Could not finish".to_owned(), message.clone())
        }
        UserNotice::PortalBack { portal, method, .. } => (
            format!("MFA Ready: {portal} is back"),
            portal_back(portal, *method),
        ),
        UserNotice::Reminder { title, body } => (title.clone(), body.clone()),
    };
    DesktopNotice { title, body }
}

/// The offer after "Open setup page" when the portal seems to fail.
pub fn portal_failing(portal: &str, method: MethodKind) -> String {
    format!(
        "{portal} seems to be failing right now, so adding your {} may not work.",
        method.name().to_lowercase()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn sentences_read_as_before() {
        assert_eq!(
            problem(&Problem::NotSaved {
                change: StoreChange::Mark,
                detail: "disk full".into()
            }),
            "Could not save (mark method): disk full"
        );
        assert_eq!(
            problem(&Problem::NotOpened(
                mfa_ready_core::weburl::browser_url("http://x.example/").unwrap_err()
            )),
            "Not opened: \"http://x.example/\" must use https://"
        );
        let back = UserNotice::PortalBack {
            portal: "My Sign-Ins".into(),
            url: "https://mysignins.microsoft.com/".into(),
            method: MethodKind::SecurityKey,
        };
        assert_eq!(
            user_notice(&back),
            "My Sign-Ins is back: continue adding your security key"
        );
        let desktop = desktop_notice(&back);
        assert_eq!(desktop.title, "MFA Ready: My Sign-Ins is back");
        assert_eq!(
            desktop.body,
            user_notice(&back),
            "the desktop says the same"
        );
        assert_eq!(
            recovered(&Recovered {
                moved_to: PathBuf::from("/d/mfa-ready.sqlite3.corrupt-1"),
                reason: RecoveryReason::NotADatabase("file is not a database".into()),
            }),
            "Your saved progress was damaged (file is not a database). It was kept as /d/mfa-ready.sqlite3.corrupt-1 and MFA Ready started fresh; your helpdesk can recover it."
        );
    }

    #[test]
    fn the_window_and_the_terminal_say_the_same_about_a_recovered_store() {
        for reason in [
            RecoveryReason::NotADatabase("x".into()),
            RecoveryReason::NewerSchema {
                found: 9,
                supported: 3,
            },
        ] {
            let r = Recovered {
                moved_to: PathBuf::from("kept"),
                reason,
            };
            assert_eq!(recovered(&r), r.sentence());
        }
    }
}
