//! The schedule: which reminder is due now, if any, and what it is about (its facts;
//! `words` says them). The rules are the module's (`reminders/mod.rs`).

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Zoned};
use serde::Serialize;

use crate::deadline::{Deadline, DeadlineSource};

/// `[reminders] days_before` when the policy says nothing.
pub const DEFAULT_DAYS_BEFORE: [u32; 4] = [14, 7, 3, 1];
/// `[reminders] quiet_hours` when the policy says nothing.
pub const DEFAULT_QUIET_HOURS: &str = "18:00-08:00";

/// Why `[reminders] quiet_hours` cannot be used (the text as written).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QuietHoursError {
    #[error("{0:?} is not of the form \"18:00-08:00\" (24-hour clock)")]
    Form(String),
    #[error("{0:?} starts and ends at the same time; leave `quiet_hours` out for the default")]
    Empty(String),
}

/// Local hours in which no reminder is shown (`"18:00-08:00"`; may wrap midnight).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct QuietHours {
    pub start: Time,
    pub end: Time,
}

impl QuietHours {
    /// Parses `"HH:MM-HH:MM"` (24-hour clock; start and end differ).
    pub fn parse(text: &str) -> Result<Self, QuietHoursError> {
        let bad = || QuietHoursError::Form(text.to_owned());
        let (a, b) = text.trim().split_once('-').ok_or_else(bad)?;
        let start = parse_hhmm(a).ok_or_else(bad)?;
        let end = parse_hhmm(b).ok_or_else(bad)?;
        if start == end {
            return Err(QuietHoursError::Empty(text.to_owned()));
        }
        Ok(Self { start, end })
    }

    /// Whether a local time of day is inside the quiet hours.
    pub fn contains(&self, t: Time) -> bool {
        if self.start < self.end {
            self.start <= t && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }

    /// When the quiet hours that contain `now` end (the next local `end` time).
    fn end_after(&self, now: &Zoned) -> Option<Timestamp> {
        let today = now.date().to_zoned(now.time_zone().clone()).ok()?;
        let at_end = today.with().time(self.end).build().ok()?;
        let at_end = if at_end.timestamp() > now.timestamp() {
            at_end
        } else {
            at_end.checked_add(1.day()).ok()?
        };
        Some(at_end.timestamp())
    }
}

impl std::fmt::Display for QuietHours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{:02}:{:02}-{:02}:{:02}",
            self.start.hour(),
            self.start.minute(),
            self.end.hour(),
            self.end.minute()
        )
    }
}

fn parse_hhmm(s: &str) -> Option<Time> {
    let (h, m) = s.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let h: i8 = h.parse().ok()?;
    let m: i8 = m.parse().ok()?;
    Time::new(h, m, 0, 0).ok()
}

/// The `[reminders]` section, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminders {
    /// Days before the deadline, largest first, no duplicates.
    pub days_before: Vec<u32>,
    pub quiet_hours: QuietHours,
    /// Whether `mfa-ready remind` starts at login unless the user turned it off.
    pub autostart: bool,
}

impl Default for Reminders {
    fn default() -> Self {
        Self {
            days_before: DEFAULT_DAYS_BEFORE.to_vec(),
            quiet_hours: QuietHours {
                start: Time::constant(18, 0, 0, 0),
                end: Time::constant(8, 0, 0, 0),
            },
            autostart: false,
        }
    }
}

/// One reminder step of a deadline, in time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Store key: `d14`, or `overdue-2026-12-16` (one per local day).
    pub key: String,
    pub at: Timestamp,
    /// Days before the deadline (0 for overdue).
    pub days_before: u32,
}

/// The steps before a deadline: `days` calendar days before it, at its local time.
pub fn steps(deadline: Timestamp, tz: &TimeZone, days_before: &[u32]) -> Vec<Step> {
    let local = deadline.to_zoned(tz.clone());
    let mut out: Vec<Step> = days_before
        .iter()
        .filter_map(|&d| {
            let at = local.checked_sub(i64::from(d).days()).ok()?;
            Some(Step {
                key: format!("d{d}"),
                at: at.timestamp(),
                days_before: d,
            })
        })
        .collect();
    out.sort_by_key(|s| s.at);
    out
}

fn overdue_key(day: Date) -> String {
    format!("overdue-{day}")
}

/// What the caller knows.
pub struct Input<'a> {
    pub organization: &'a str,
    pub deadline: Deadline,
    pub ready: bool,
    /// Methods counted / required (for the sentence).
    pub counted: u32,
    pub required: u32,
    /// The helpdesk, named in overdue reminders.
    pub helpdesk: Option<&'a Contact>,
    pub settings: &'a Reminders,
    pub tz: &'a TimeZone,
    /// Keys already shown for this deadline.
    pub shown: &'a [String],
    pub now: Timestamp,
}

/// How to reach the helpdesk (the policy's `[helpdesk]`): what an overdue reminder
/// names when it says who can help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
}

/// How close the deadline is when a reminder is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// A day or more left: this many calendar days away in the user's zone (at least 1).
    InDays(i64),
    /// Less than a day left: this many whole hours (at least 1).
    InHours(i64),
    /// Less than an hour left.
    WithinAnHour,
    /// The deadline has passed.
    Overdue,
}

/// A notification to show, as facts: [`Reminder::title`] and [`Reminder::body`] say it
/// in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// The step's store key (`d3`, `overdue-2026-12-16`).
    pub key: String,
    pub due: Due,
    pub organization: String,
    /// Whose deadline: the organisation's, or the user's own as a new user.
    pub source: DeadlineSource,
    /// The deadline in the user's zone.
    pub deadline: Zoned,
    /// Methods counted / required.
    pub counted: u32,
    pub required: u32,
    /// Who can help, named once overdue.
    pub helpdesk: Option<Contact>,
}

/// What to do now.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub show: Option<Reminder>,
    /// Keys to record as shown with it (the shown one and any older ones it replaces).
    pub mark: Vec<String>,
    /// When to look again (a step comes due, quiet hours end, the next day overdue).
    pub next_check: Option<Timestamp>,
}

/// The reminder due at `input.now`, if any. See the module notes for the rules.
pub fn plan(input: &Input<'_>) -> Plan {
    if input.ready {
        return Plan::default();
    }
    let now = input.now;
    let local_now = now.to_zoned(input.tz.clone());
    let shown = |k: &str| input.shown.iter().any(|s| s == k);
    let all = steps(input.deadline.at, input.tz, &input.settings.days_before);
    let mut due: Vec<Step> = all
        .iter()
        .filter(|s| s.at <= now && s.at < input.deadline.at && !shown(&s.key))
        .cloned()
        .collect();
    let overdue = now >= input.deadline.at;
    if overdue {
        let key = overdue_key(local_now.date());
        if !shown(&key) {
            due.push(Step {
                key,
                at: now,
                days_before: 0,
            });
        }
    }
    let upcoming = all.iter().map(|s| s.at).find(|at| *at > now);
    let tomorrow = overdue
        .then(|| local_now.date().tomorrow().ok())
        .flatten()
        .and_then(|d| d.to_zoned(input.tz.clone()).ok())
        .map(|z| z.timestamp());
    let mut next_check = [upcoming, tomorrow, (!overdue).then_some(input.deadline.at)]
        .into_iter()
        .flatten()
        .min();
    let Some(latest) = due.last().cloned() else {
        return Plan {
            next_check,
            ..Plan::default()
        };
    };
    let quiet = &input.settings.quiet_hours;
    if quiet.contains(local_now.time()) {
        next_check = quiet.end_after(&local_now).or(next_check);
        return Plan {
            next_check,
            ..Plan::default()
        };
    }
    Plan {
        show: Some(reminder(input, &latest)),
        mark: due.into_iter().map(|s| s.key).collect(),
        next_check,
    }
}

fn reminder(input: &Input<'_>, step: &Step) -> Reminder {
    let d = input.deadline;
    let deadline = d.at.to_zoned(input.tz.clone());
    let due = if step.days_before == 0 {
        Due::Overdue
    } else {
        due_in(&input.now.to_zoned(input.tz.clone()), &deadline)
    };
    Reminder {
        key: step.key.clone(),
        due,
        organization: input.organization.to_owned(),
        source: d.source,
        deadline,
        counted: input.counted,
        required: input.required,
        helpdesk: input.helpdesk.cloned(),
    }
}

/// How far off a deadline still ahead is: calendar days in the user's zone (as the steps
/// count them, so the 3-day step says 3 across a DST change), or hours within a day.
fn due_in(now: &Zoned, deadline: &Zoned) -> Due {
    let secs = deadline.timestamp().as_second() - now.timestamp().as_second();
    if secs >= 86_400 {
        let days = now
            .date()
            .until(deadline.date())
            .map_or(secs / 86_400, |span| i64::from(span.get_days()));
        Due::InDays(days.max(1))
    } else if secs >= 3_600 {
        Due::InHours(secs / 3_600)
    } else {
        Due::WithinAnHour
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_i18n::{Catalog, Lang};

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    struct Case {
        deadline: Timestamp,
        tz: TimeZone,
        settings: Reminders,
        ready: bool,
        helpdesk: Contact,
    }

    impl Case {
        fn new(deadline: &str, zone: &str) -> Self {
            Self {
                deadline: ts(deadline),
                tz: tz(zone),
                settings: Reminders::default(),
                ready: false,
                helpdesk: Contact {
                    name: "Contoso Service Desk".into(),
                    phone: Some("+1 425 555 0100".into()),
                    email: None,
                    url: None,
                },
            }
        }

        fn plan(&self, now: Timestamp, shown: &[String]) -> Plan {
            plan(&Input {
                organization: "Contoso",
                deadline: Deadline {
                    at: self.deadline,
                    source: DeadlineSource::Organization,
                },
                ready: self.ready,
                counted: 1,
                required: 2,
                helpdesk: Some(&self.helpdesk),
                settings: &self.settings,
                tz: &self.tz,
                shown,
                now,
            })
        }

        /// Walks time from `from` to `to` in `step` minutes, like a process that
        /// looks every few minutes, recording what it shows.
        fn walk(&self, from: &str, to: &str, minutes: i64) -> Vec<(Timestamp, String)> {
            let mut shown: Vec<String> = Vec::new();
            let mut out = Vec::new();
            let mut now = ts(from);
            while now <= ts(to) {
                let p = self.plan(now, &shown);
                if let Some(r) = p.show {
                    out.push((now, r.key));
                    shown.extend(p.mark);
                }
                now += jiff::SignedDuration::from_mins(minutes);
            }
            out
        }
    }

    #[test]
    fn quiet_hours_parse_wrap_and_refuse_nonsense() {
        let q = QuietHours::parse("18:00-08:00").unwrap();
        assert!(q.contains(Time::constant(23, 0, 0, 0)));
        assert!(q.contains(Time::constant(7, 59, 0, 0)));
        assert!(!q.contains(Time::constant(8, 0, 0, 0)));
        assert!(!q.contains(Time::constant(17, 59, 0, 0)));
        let day = QuietHours::parse("12:00-13:30").unwrap();
        assert!(day.contains(Time::constant(12, 30, 0, 0)));
        assert!(!day.contains(Time::constant(13, 30, 0, 0)));
        assert_eq!(day.to_string(), "12:00-13:30");
        for bad in [
            "",
            "18-08",
            "18:00",
            "25:00-08:00",
            "18:00-08:60",
            "8:00-9:00",
        ] {
            assert!(QuietHours::parse(bad).is_err(), "{bad}");
        }
        let same = QuietHours::parse("08:00-08:00").unwrap_err();
        assert_eq!(same, QuietHoursError::Empty("08:00-08:00".into()));
        assert!(same.to_string().contains("same time"), "{same}");
        assert_eq!(
            QuietHours::parse("18-08").unwrap_err().to_string(),
            "\"18-08\" is not of the form \"18:00-08:00\" (24-hour clock)"
        );
    }

    #[test]
    fn one_notification_per_step_at_the_deadlines_local_time() {
        // Deadline Tue 15 Dec 2026 17:00 Paris (16:00 UTC).
        let c = Case::new("2026-12-15T16:00:00Z", "Europe/Paris");
        let shown = c.walk("2026-11-25T00:00:00Z", "2026-12-15T15:59:00Z", 10);
        let keys: Vec<&str> = shown.iter().map(|(_, k)| k.as_str()).collect();
        assert_eq!(keys, ["d14", "d7", "d3", "d1"]);
        // Each at the deadline's local time, 17:00 Paris, on its day.
        let times: Vec<String> = shown
            .iter()
            .map(|(t, _)| t.to_zoned(c.tz.clone()).strftime("%F %H:%M").to_string())
            .collect();
        assert_eq!(
            times,
            [
                "2026-12-01 17:00",
                "2026-12-08 17:00",
                "2026-12-12 17:00",
                "2026-12-14 17:00"
            ]
        );
    }

    #[test]
    fn a_step_across_a_dst_change_keeps_its_local_time() {
        // Deadline Mon 2 Nov 2026 10:00 New York (EST, after the 1 Nov change);
        // the 7-day step is 26 Oct 10:00 EDT: 167 or 169 hours, not 168.
        let c = Case::new("2026-11-02T15:00:00Z", "America/New_York");
        let s = steps(c.deadline, &c.tz, &[7, 1]);
        assert_eq!(s[0].at, ts("2026-10-26T14:00:00Z"), "10:00 EDT");
        assert_eq!(s[1].at, ts("2026-11-01T15:00:00Z"), "10:00 EST");
        // Berlin's spring change: 29 Mar 2026 (deadline 2 Apr 09:00 CEST).
        let c = Case::new("2026-04-02T07:00:00Z", "Europe/Berlin");
        let s = steps(c.deadline, &c.tz, &[7]);
        assert_eq!(s[0].at, ts("2026-03-26T08:00:00Z"), "09:00 CET");
        let shown = c.walk("2026-03-20T00:00:00Z", "2026-04-02T06:59:00Z", 15);
        assert_eq!(shown.len(), 4);
        assert_eq!(shown[1].0, ts("2026-03-26T08:00:00Z"));
        // 167 hours before the deadline, the 7-day step still says 7 days (calendar days).
        let p = c.plan(ts("2026-03-26T08:00:00Z"), &["d14".to_owned()]);
        assert_eq!(p.show.map(|r| r.due), Some(Due::InDays(7)));
    }

    #[test]
    fn quiet_hours_delay_a_step_to_their_end_in_the_users_zone() {
        // Deadline 23:30 Tokyo: every step falls in 18:00-08:00 and shows at 08:00.
        let c = Case::new("2026-12-15T14:30:00Z", "Asia/Tokyo");
        let shown = c.walk("2026-11-30T00:00:00Z", "2026-12-15T14:29:00Z", 5);
        let local: Vec<String> = shown
            .iter()
            .map(|(t, k)| format!("{k} {}", t.to_zoned(c.tz.clone()).strftime("%F %H:%M")))
            .collect();
        assert_eq!(
            local,
            [
                "d14 2026-12-02 08:00",
                "d7 2026-12-09 08:00",
                "d3 2026-12-13 08:00",
                "d1 2026-12-15 08:00"
            ]
        );
        // In quiet hours the plan says when to look again: their end.
        let p = c.plan(ts("2026-12-01T14:30:00Z"), &[]);
        assert_eq!(p.show, None);
        assert_eq!(p.next_check, Some(ts("2026-12-01T23:00:00Z")), "08:00 JST");
    }

    #[test]
    fn missed_steps_are_shown_once_not_several_at_once() {
        // The computer was off from 20 Nov to 13 Dec: d14, d7 and d3 are missed.
        let c = Case::new("2026-12-15T16:00:00Z", "Europe/Paris");
        let p = c.plan(ts("2026-12-13T09:00:00Z"), &[]);
        let r = p.show.unwrap();
        assert_eq!(r.key, "d3", "the most urgent of the missed steps");
        assert_eq!(p.mark, ["d14", "d7", "d3"]);
        assert_eq!(
            r.due,
            Due::InDays(2),
            "13 Dec 10:00 Paris, deadline 15 Dec 17:00"
        );
        assert_eq!((r.counted, r.required), (1, 2));
        let en = Catalog::new(Lang::En);
        let (title, body) = (r.title(&en), r.body(&en));
        assert!(title.starts_with("MFA setup due in 2 days"), "{title}");
        assert!(
            body.contains("Tuesday, 15 December 2026 at 17:00 CET"),
            "{body}"
        );
        assert!(body.contains("1 of the 2"), "{body}");
        // Once marked, nothing more until d1.
        let p = c.plan(ts("2026-12-13T09:05:00Z"), &p.mark);
        assert_eq!(p.show, None);
        assert_eq!(p.next_check, Some(ts("2026-12-14T16:00:00Z")));
    }

    #[test]
    fn overdue_once_a_day_at_start_with_the_helpdesk() {
        let c = Case::new("2026-12-15T16:00:00Z", "Europe/Paris");
        let all: Vec<String> = ["d14", "d7", "d3", "d1"].map(String::from).to_vec();
        let p = c.plan(ts("2026-12-16T08:30:00Z"), &all);
        let r = p.show.clone().unwrap();
        assert_eq!(r.key, "overdue-2026-12-16");
        assert_eq!(r.due, Due::Overdue);
        assert_eq!(r.helpdesk.as_ref(), Some(&c.helpdesk));
        let en = Catalog::new(Lang::En);
        assert_eq!(r.title(&en), "MFA setup is overdue");
        let body = r.body(&en);
        assert!(body.contains("+1 425 555 0100"), "{body}");
        // The same day again: nothing; it says to look again tomorrow (local midnight).
        let mut shown = all.clone();
        shown.extend(p.mark);
        let again = c.plan(ts("2026-12-16T15:00:00Z"), &shown);
        assert_eq!(again.show, None);
        assert_eq!(again.next_check, Some(ts("2026-12-16T23:00:00Z")));
        // The next morning: one more.
        let next = c.plan(ts("2026-12-17T07:30:00Z"), &shown);
        assert_eq!(next.show.unwrap().key, "overdue-2026-12-17");
    }

    #[test]
    fn never_while_ready() {
        let mut c = Case::new("2026-12-15T16:00:00Z", "Europe/Paris");
        c.ready = true;
        assert!(
            c.walk("2026-11-25T00:00:00Z", "2026-12-20T00:00:00Z", 60)
                .is_empty()
        );
        assert_eq!(c.plan(ts("2026-12-16T09:00:00Z"), &[]), Plan::default());
    }

    #[test]
    fn a_deadline_closer_than_the_first_step_shows_only_the_latest() {
        // First run 2 days before the deadline: d14, d7 and d3 are past at once.
        let c = Case::new("2026-12-15T16:00:00Z", "Europe/Paris");
        let p = c.plan(ts("2026-12-13T15:00:00Z"), &[]);
        assert_eq!(p.show.unwrap().key, "d3");
        // Switched on the deadline's day: hours, then less than an hour.
        let p = c.plan(ts("2026-12-15T10:30:00Z"), &[]);
        assert_eq!(
            p.show.map(|r| (r.key, r.due)),
            Some(("d1".into(), Due::InHours(5)))
        );
        let p = c.plan(ts("2026-12-15T15:30:00Z"), &[]);
        assert_eq!(p.show.map(|r| r.due), Some(Due::WithinAnHour));
        // A custom list, and a zone far from UTC.
        let mut c = Case::new("2027-01-10T03:00:00Z", "Pacific/Auckland");
        c.settings.days_before = vec![2];
        let shown = c.walk("2027-01-01T00:00:00Z", "2027-01-10T02:59:00Z", 30);
        assert_eq!(shown.len(), 1);
        let local = shown[0].0.to_zoned(c.tz.clone());
        assert_eq!(local.strftime("%F %H:%M").to_string(), "2027-01-08 16:00");
    }
}
