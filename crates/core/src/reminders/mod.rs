//! Deadline reminders: which desktop notification is due now, if any, and its words.
//!
//! Pure: the deadline in force, the user's time zone, the quiet hours, what was
//! already shown and `now` are passed in. The caller (`services::reminders`)
//! claims the plan's keys in the store before showing anything, so a step is
//! never shown twice, even by two processes at once.
//!
//! Rules (issue 8):
//! * While not ready, one notification at each step (`days_before`, e.g. 14, 7,
//!   3 and 1 days before the deadline, at the deadline's local wall-clock time:
//!   DST-correct, a "day" is a calendar day in the user's zone).
//! * Once overdue, one at start, at most one per local calendar day (the step
//!   key carries the date), so a user who starts the computer each morning is
//!   told each morning and never twice in a day.
//! * Never while ready. Never in quiet hours: a step due then waits for their end.
//! * Steps missed (quiet hours, computer off) are shown once at the next chance,
//!   not several at once: the most urgent due step is shown and every due step
//!   is marked shown with it.
//!
//! By concern: `schedule` decides what is due and what it is about (a [`Reminder`]'s
//! facts: how close the deadline is, whose it is, the methods counted); `words` says
//! those facts in the reader's language, from the catalogue (`reminders.ftl`), as
//! whole sentences with the deadline written by CLDR.

mod schedule;
mod words;

pub use schedule::{
    Contact, DEFAULT_DAYS_BEFORE, DEFAULT_QUIET_HOURS, Due, Input, Plan, QuietHours,
    QuietHoursError, Reminder, Reminders, Step, plan, steps,
};
