//! Deadline math: which deadline is in force, how urgent it is, how to say the time left.
//!
//! Pure: `now` is always passed in.

use super::duration::words;
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

impl DeadlineSource {
    pub const ALL: [DeadlineSource; 2] = [Self::Organization, Self::Personal];

    /// The stable id (`status --json`'s `deadline_source`, a report's `deadline.source`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Personal => "personal",
        }
    }

    /// How a person is told whose deadline it is, the same to the user and to the
    /// helpdesk: the one wording of it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Organization => "organisation deadline",
            Self::Personal => "new-user deadline",
        }
    }
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

/// "12 days 4 hours left" or "overdue by 2 days".
pub fn time_left_sentence(deadline: Timestamp, now: Timestamp) -> String {
    let left = deadline.duration_since(now);
    if left.as_secs() > 0 {
        format!("{} left", words(left))
    } else {
        format!("overdue by {}", words(left))
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
