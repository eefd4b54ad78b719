//! Deadline math: which deadline is in force, how urgent it is, how to say the time left.
//!
//! Pure: `now` is always passed in.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// How close the deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// No deadline, or more than 14 days left.
    None,
    /// 7 to 14 days left.
    Low,
    /// 3 to 7 days left.
    Medium,
    /// Less than 3 days left.
    High,
    /// The deadline has passed.
    Passed,
}

impl Urgency {
    pub fn id(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Passed => "passed",
        }
    }
}

/// Whose deadline is in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineSource {
    /// `enrollment.deadline` in the policy.
    Organization,
    /// First run + `enrollment.new_user_days`.
    Personal,
}

/// The deadline in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub at: Timestamp,
    pub source: DeadlineSource,
}

const DAY: i64 = 24 * 3600;

/// The earlier of the organisation's deadline and the personal one
/// (first run + `new_user_days` days).
pub fn in_force(
    org_deadline: Option<Timestamp>,
    new_user_days: Option<u32>,
    first_run: Timestamp,
) -> Option<Deadline> {
    let personal = new_user_days.and_then(|days| {
        first_run
            .checked_add(SignedDuration::from_secs(i64::from(days) * DAY))
            .ok()
    });
    match (org_deadline, personal) {
        (None, None) => None,
        (Some(at), None) => Some(Deadline {
            at,
            source: DeadlineSource::Organization,
        }),
        (None, Some(at)) => Some(Deadline {
            at,
            source: DeadlineSource::Personal,
        }),
        (Some(org), Some(personal)) if personal < org => Some(Deadline {
            at: personal,
            source: DeadlineSource::Personal,
        }),
        (Some(org), Some(_)) => Some(Deadline {
            at: org,
            source: DeadlineSource::Organization,
        }),
    }
}

/// Urgency of `deadline` at `now`: none > 14 days, low 7–14, medium 3–7, high < 3, passed.
pub fn urgency(deadline: Option<Timestamp>, now: Timestamp) -> Urgency {
    let Some(deadline) = deadline else {
        return Urgency::None;
    };
    let left = deadline.duration_since(now).as_secs();
    if left <= 0 {
        Urgency::Passed
    } else if left < 3 * DAY {
        Urgency::High
    } else if left < 7 * DAY {
        Urgency::Medium
    } else if left <= 14 * DAY {
        Urgency::Low
    } else {
        Urgency::None
    }
}

/// Says a span of time in words, two units at most: "12 days 4 hours",
/// "3 hours 20 minutes", "45 minutes", "less than a minute".
pub fn humanize(d: SignedDuration) -> String {
    let secs = d.as_secs().unsigned_abs();
    let days = secs / 86_400;
    let hours = (secs % 86_400) / 3600;
    let minutes = (secs % 3600) / 60;
    let unit = |n: u64, one: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {one}s")
        }
    };
    if days > 0 {
        if hours > 0 && days < 30 {
            format!("{} {}", unit(days, "day"), unit(hours, "hour"))
        } else {
            unit(days, "day")
        }
    } else if hours > 0 {
        if minutes > 0 {
            format!("{} {}", unit(hours, "hour"), unit(minutes, "minute"))
        } else {
            unit(hours, "hour")
        }
    } else if minutes > 0 {
        unit(minutes, "minute")
    } else {
        "less than a minute".to_owned()
    }
}

/// "12 days 4 hours left" or "overdue by 2 days".
pub fn time_left_sentence(deadline: Timestamp, now: Timestamp) -> String {
    let left = deadline.duration_since(now);
    if left.as_secs() > 0 {
        format!("{} left", humanize(left))
    } else {
        format!("overdue by {}", humanize(left))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn earlier_deadline_wins() {
        let org = ts("2026-12-15T16:00:00Z");
        let first = ts("2026-11-01T08:00:00Z");
        let d = in_force(Some(org), Some(14), first).unwrap();
        assert_eq!(d.source, DeadlineSource::Personal);
        assert_eq!(d.at, ts("2026-11-15T08:00:00Z"));

        let d = in_force(Some(org), Some(60), first).unwrap();
        assert_eq!(d.source, DeadlineSource::Organization);
        assert_eq!(d.at, org);

        assert_eq!(in_force(None, None, first), None);
        assert_eq!(
            in_force(None, Some(1), first).unwrap().at,
            ts("2026-11-02T08:00:00Z")
        );
        assert_eq!(
            in_force(Some(org), None, first).unwrap().source,
            DeadlineSource::Organization
        );
    }

    #[test]
    fn urgency_bands_and_edges() {
        let deadline = ts("2026-12-15T00:00:00Z");
        let at = |days: i64, secs: i64| {
            deadline
                .checked_sub(SignedDuration::from_secs(days * DAY + secs))
                .unwrap()
        };
        assert_eq!(urgency(None, at(0, 0)), Urgency::None);
        assert_eq!(urgency(Some(deadline), at(30, 0)), Urgency::None);
        assert_eq!(urgency(Some(deadline), at(14, 1)), Urgency::None);
        assert_eq!(urgency(Some(deadline), at(14, 0)), Urgency::Low);
        assert_eq!(urgency(Some(deadline), at(7, 0)), Urgency::Low);
        assert_eq!(urgency(Some(deadline), at(6, 86_399)), Urgency::Medium);
        assert_eq!(urgency(Some(deadline), at(3, 0)), Urgency::Medium);
        assert_eq!(urgency(Some(deadline), at(2, 86_399)), Urgency::High);
        assert_eq!(urgency(Some(deadline), at(0, 1)), Urgency::High);
        assert_eq!(urgency(Some(deadline), at(0, 0)), Urgency::Passed);
        assert_eq!(urgency(Some(deadline), at(-3, 0)), Urgency::Passed);
    }

    #[test]
    fn humanize_says_two_units() {
        let h = |s: i64| humanize(SignedDuration::from_secs(s));
        assert_eq!(h(12 * DAY + 4 * 3600 + 59), "12 days 4 hours");
        assert_eq!(h(DAY), "1 day");
        assert_eq!(h(40 * DAY + 3600), "40 days");
        assert_eq!(h(3 * 3600 + 20 * 60), "3 hours 20 minutes");
        assert_eq!(h(3600), "1 hour");
        assert_eq!(h(45 * 60 + 10), "45 minutes");
        assert_eq!(h(61), "1 minute");
        assert_eq!(h(59), "less than a minute");
        assert_eq!(h(-2 * DAY), "2 days");
    }

    #[test]
    fn time_left_sentence_before_and_after() {
        let d = ts("2026-12-15T00:00:00Z");
        assert_eq!(
            time_left_sentence(d, ts("2026-12-12T00:00:00Z")),
            "3 days left"
        );
        assert_eq!(
            time_left_sentence(d, ts("2026-12-17T06:00:00Z")),
            "overdue by 2 days 6 hours"
        );
    }
}
