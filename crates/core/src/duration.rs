//! The one way durations are said to people: [`words`] for deadlines and waits in
//! sentences ("3 hours 20 minutes"), [`days_or_hours`] where one rough unit reads
//! better (a typed length the catalogue words: "your deadline is in 2 days"),
//! [`compact`] for countdowns that tick ("1 min 40 s"). And [`add_saturating`]: a
//! moment plus a span that never overflows.

use jiff::{SignedDuration, Timestamp};

/// `t + d`, held at the earliest or latest instant a timestamp can hold instead of
/// overflowing (a clock near either end must never panic a computation).
pub fn add_saturating(t: Timestamp, d: SignedDuration) -> Timestamp {
    match t.checked_add(d) {
        Ok(r) => r,
        Err(_) if d.is_negative() => Timestamp::MIN,
        Err(_) => Timestamp::MAX,
    }
}

/// Says a span of time in words, two units at most: "12 days 4 hours",
/// "3 hours 20 minutes", "45 minutes", "40 seconds"; zero is "less than a minute".
pub fn words(d: SignedDuration) -> String {
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
    } else if secs > 0 {
        unit(secs, "second")
    } else {
        "less than a minute".to_owned()
    }
}

/// A length in one rough unit, for a sentence the catalogue words ("your deadline is in
/// 2 days"): whole days from a day on, else whole hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DaysOrHours {
    /// At least 1.
    Days(i64),
    /// 1 to 23.
    Hours(i64),
}

/// One rough unit, rounded down, at least an hour: 5 hours, 1 day, 2 days (a length;
/// the sign is the caller's, a negative span reads as an hour).
pub fn days_or_hours(d: SignedDuration) -> DaysOrHours {
    let hours = d.as_secs() / 3600;
    match hours / 24 {
        0 => DaysOrHours::Hours(hours.max(1)),
        days => DaysOrHours::Days(days),
    }
}

/// A countdown: "1 min 40 s", "3 h 5 min", "12 s"; zero or less is "now".
pub fn compact(d: SignedDuration) -> String {
    let secs = d.as_secs();
    if secs <= 0 {
        return "now".to_owned();
    }
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s} s"),
        (h, 0, _) => format!("{h} h"),
        (h, m, _) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_or_hours_is_one_unit_rounded_down_at_least_an_hour() {
        let h = |n| SignedDuration::from_hours(n);
        assert_eq!(days_or_hours(h(0)), DaysOrHours::Hours(1));
        assert_eq!(days_or_hours(h(1)), DaysOrHours::Hours(1));
        assert_eq!(days_or_hours(h(5)), DaysOrHours::Hours(5));
        assert_eq!(days_or_hours(h(23)), DaysOrHours::Hours(23));
        assert_eq!(days_or_hours(h(24)), DaysOrHours::Days(1));
        assert_eq!(days_or_hours(h(30)), DaysOrHours::Days(1));
        assert_eq!(days_or_hours(h(59)), DaysOrHours::Days(2));
        assert_eq!(days_or_hours(h(-5)), DaysOrHours::Hours(1));
    }

    #[test]
    fn words_says_two_units_at_most() {
        let s = SignedDuration::from_secs;
        assert_eq!(words(s(12 * 86_400 + 4 * 3600 + 59)), "12 days 4 hours");
        assert_eq!(words(s(3 * 3600 + 20 * 60)), "3 hours 20 minutes");
        assert_eq!(words(s(3600)), "1 hour");
        assert_eq!(words(s(86_400)), "1 day");
        assert_eq!(words(s(61)), "1 minute");
        assert_eq!(words(s(45 * 60)), "45 minutes");
        assert_eq!(words(s(59)), "59 seconds");
        assert_eq!(words(s(1)), "1 second");
        assert_eq!(words(s(0)), "less than a minute");
        assert_eq!(words(s(-2 * 86_400)), "2 days");
        assert_eq!(words(s(40 * 86_400 + 3600)), "40 days");
    }

    #[test]
    fn compact_ticks() {
        let s = SignedDuration::from_secs;
        assert_eq!(compact(s(100)), "1 min 40 s");
        assert_eq!(compact(s(12)), "12 s");
        assert_eq!(compact(s(120)), "2 min");
        assert_eq!(compact(s(3700)), "1 h 1 min");
        assert_eq!(compact(s(7200)), "2 h");
        assert_eq!(compact(s(-3)), "now");
    }
}
