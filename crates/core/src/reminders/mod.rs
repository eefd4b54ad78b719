//! Deadline reminders: which desktop notification is due now, if any.
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
//! `schedule` decides what is due (a folder, so that its words can live beside it).

mod schedule;

pub use schedule::{
    DEFAULT_DAYS_BEFORE, DEFAULT_QUIET_HOURS, Input, Plan, QuietHours, QuietHoursError, Reminder,
    Reminders, Step, plan, steps,
};
