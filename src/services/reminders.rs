//! Deadline reminders on this computer: works out what `core::reminders` says
//! is due, claims it in the store (so two processes never show the same step)
//! and shows it as a desktop notification, in the words its caller gives (the
//! reader's language: this module words nothing). Used by `mfa-ready remind` (at
//! login, headless) and by the window at start.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::services::notify::{Notice, Notifier, NotifyError};
use crate::services::store::{Store, StoreError};
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::Policy;
use mfa_ready_core::readiness;
use mfa_ready_core::reminders::{self, Contact, Reminder};

/// What a reminder check did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checked {
    /// The reminder shown, if one was due and this process claimed it.
    pub shown: Option<Reminder>,
    /// A reminder that was due but could not be shown, and why; its step was given
    /// back, so the next check tries again.
    pub not_shown: Option<(Reminder, NotifyError)>,
    /// When to look again.
    pub next_check: Option<Timestamp>,
}

/// Where a reminder is seen besides the desktop notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// Only as the notification (`remind` at login): if that fails, nobody saw it.
    NotificationOnly,
    /// Also in the window, which shows it whatever the notification service does.
    AlsoInWindow,
}

/// How a due reminder reaches the person.
pub struct Delivery<'a> {
    pub notifier: &'a dyn Notifier,
    /// The notification's title and body in the reader's language (`remind`: the
    /// command line's catalogue; the window: its language at that moment).
    pub words: &'a dyn Fn(&Reminder) -> Notice,
    pub seen: Seen,
}

/// Shows the reminder due now, if any (see `core::reminders`).
pub fn check_and_notify(
    store: &mut Store,
    policy: &Policy,
    os: Os,
    tz: &TimeZone,
    delivery: &Delivery<'_>,
    now: Timestamp,
) -> Result<Checked, StoreError> {
    let first_run = store.first_run(now)?;
    let registrations = store.registrations()?;
    let r = readiness::assess(&readiness::Input {
        policy,
        registered: &registrations,
        first_run,
        now,
        os,
        // Reminders are about the methods and the date; this computer's checks are
        // the window's and `status`'s (reading them here would slow every login).
        device: None,
    });
    let Some(deadline) = r.deadline else {
        return Ok(Checked::default());
    };
    let shown = store.shown_reminders(deadline.at)?;
    let contact = policy.helpdesk.as_ref().map(|h| Contact {
        name: h.name.clone(),
        phone: h.phone.clone(),
        email: h.email.clone(),
        url: h.url.clone(),
    });
    let plan = reminders::plan(&reminders::Input {
        organization: &policy.organization,
        deadline,
        ready: r.verdict == readiness::Verdict::Ready,
        counted: r.counted,
        required: r.required,
        helpdesk: contact.as_ref(),
        settings: &policy.reminders,
        tz,
        shown: &shown,
        now,
    });
    let mut out = Checked {
        shown: None,
        not_shown: None,
        next_check: plan.next_check,
    };
    if let Some(reminder) = plan.show
        && store.claim_reminder(deadline.at, &reminder.key, &plan.mark, now)?
    {
        let shown = delivery.notifier.notify(&(delivery.words)(&reminder));
        match (shown, delivery.seen) {
            (Err(why), Seen::NotificationOnly) => {
                store.release_reminder(deadline.at, &reminder.key, &plan.mark, now)?;
                out.not_shown = Some((reminder, why));
            }
            _ => out.shown = Some(reminder),
        }
    }
    Ok(out)
}
