//! HTTP dates and `Retry-After` (RFC 9110 §5.6.7, §10.2.3): one parser for the probes
//! and the retry queue.
//!
//! Lenient as RFC 9110 §5.6.7 encourages ("recipients of timestamp values are encouraged
//! to be robust in parsing timestamps"): a weekday that does not match the date is not
//! cross-checked (like browsers), and a leap second clamps to :59. Pure: `now` is passed in.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// Parses a `Retry-After` value relative to `now`.
///
/// Accepts delay-seconds (`120`) and all three HTTP-date forms RFC 9110 requires
/// recipients to accept: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`).
/// Returns the instant to retry at (possibly in the past for stale dates);
/// huge delays saturate at the largest representable instant.
pub fn parse_retry_after(raw: &str, now: Timestamp) -> Option<Timestamp> {
    let v = raw.trim();
    if v.is_empty() {
        return None;
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = v.parse().unwrap_or(i64::MAX);
        return Some(
            now.checked_add(SignedDuration::from_secs(secs))
                .unwrap_or(Timestamp::MAX),
        );
    }
    parse_http_date(v, now)
}

/// Non-negative wait until the `Retry-After` instant (zero if already past).
pub fn retry_after_delay(raw: &str, now: Timestamp) -> Option<SignedDuration> {
    let at = parse_retry_after(raw, now)?;
    let d = at.duration_since(now);
    Some(if d.is_negative() {
        SignedDuration::ZERO
    } else {
        d
    })
}

/// Parses an HTTP-date in any of the three RFC 9110 forms. `now` is needed to
/// expand RFC 850's two-digit years.
pub fn parse_http_date(v: &str, now: Timestamp) -> Option<Timestamp> {
    let v = v.trim();
    if let Some((wday, rest)) = v.split_once(", ") {
        if wday.len() == 3 {
            imf_fixdate(wday, rest)
        } else {
            rfc850(wday, rest, now)
        }
    } else {
        asctime(v)
    }
}

const SHORT_DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month(s: &str) -> Option<i8> {
    MONTHS
        .iter()
        .position(|m| *m == s)
        .and_then(|i| i8::try_from(i + 1).ok())
}

fn digits<T: std::str::FromStr>(s: &str, len: usize) -> Option<T> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn hms(s: &str) -> Option<(i8, i8, i8)> {
    let mut it = s.split(':');
    let h = digits(it.next()?, 2)?;
    let m = digits(it.next()?, 2)?;
    let sec = digits(it.next()?, 2)?;
    if it.next().is_some() {
        return None;
    }
    Some((h, m, sec))
}

fn utc(year: i16, month: i8, day: i8, (h, m, s): (i8, i8, i8)) -> Option<Timestamp> {
    // HTTP allows a leap second (60); clamp it rather than reject.
    let s = s.min(59);
    DateTime::new(year, month, day, h, m, s, 0)
        .ok()?
        .to_zoned(TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

// "06 Nov 1994 08:49:37 GMT"
fn imf_fixdate(wday: &str, rest: &str) -> Option<Timestamp> {
    if !SHORT_DAYS.contains(&wday) {
        return None;
    }
    let parts: Vec<&str> = rest.split(' ').collect();
    let [day, mon, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    utc(digits(year, 4)?, month(mon)?, digits(day, 2)?, hms(time)?)
}

// "06-Nov-94 08:49:37 GMT"
fn rfc850(wday: &str, rest: &str, now: Timestamp) -> Option<Timestamp> {
    if !LONG_DAYS.contains(&wday) {
        return None;
    }
    let parts: Vec<&str> = rest.split(' ').collect();
    let [date, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let dparts: Vec<&str> = date.split('-').collect();
    let [day, mon, yy] = dparts.as_slice() else {
        return None;
    };
    let yy: i16 = digits(yy, 2)?;
    // RFC 9110: a two-digit year more than 50 years in the future is the most
    // recent past year with the same last two digits.
    let this_year = now.to_zoned(TimeZone::UTC).year();
    let century = this_year - this_year.rem_euclid(100);
    let mut year = century + yy;
    if year > this_year + 50 {
        year -= 100;
    }
    utc(year, month(mon)?, digits(day, 2)?, hms(time)?)
}

// "Sun Nov  6 08:49:37 1994"
fn asctime(v: &str) -> Option<Timestamp> {
    let parts: Vec<&str> = v.split(' ').filter(|p| !p.is_empty()).collect();
    let [wday, mon, day, time, year] = parts.as_slice() else {
        return None;
    };
    if !SHORT_DAYS.contains(wday) || day.is_empty() || day.len() > 2 {
        return None;
    }
    // The day is space-padded ("Nov  6"), so exactly one or two spaces separate month and day.
    let day: i8 = day.parse().ok()?;
    utc(digits(year, 4)?, month(mon)?, day, hms(time)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn now() -> Timestamp {
        ts("2026-11-22T12:00:00Z")
    }

    #[test]
    fn retry_after_delay_seconds() {
        let n = now();
        assert_eq!(parse_retry_after("0", n), Some(n));
        assert_eq!(
            parse_retry_after("120", n),
            Some(ts("2026-11-22T12:02:00Z"))
        );
        assert_eq!(
            parse_retry_after("  30 ", n),
            Some(ts("2026-11-22T12:00:30Z"))
        );
        assert_eq!(
            parse_retry_after("0007", n),
            Some(ts("2026-11-22T12:00:07Z"))
        );
        // Saturates instead of overflowing.
        assert_eq!(
            parse_retry_after("99999999999999999999999", n),
            Some(Timestamp::MAX)
        );
        assert_eq!(
            parse_retry_after("9223372036854775807", n),
            Some(Timestamp::MAX)
        );
    }

    #[test]
    fn retry_after_rejects_garbage() {
        let n = now();
        for bad in [
            "",
            "   ",
            "-5",
            "+5",
            "1.5",
            "10s",
            "soon",
            "1e3",
            "0x10",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
            "Sun, 06 Nov 1994 08:49:37:00 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Funday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov 6 08:49:37",
            "Sun Nov 123 08:49:37 1994",
            "Nov  6 08:49:37 1994",
        ] {
            assert_eq!(parse_retry_after(bad, n), None, "{bad:?}");
        }
    }

    #[test]
    fn retry_after_http_date_three_forms() {
        let n = now();
        let want = ts("1994-11-06T08:49:37Z");
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", n),
            Some(want)
        );
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", n),
            Some(want)
        );
        assert_eq!(parse_retry_after("Sun Nov  6 08:49:37 1994", n), Some(want));
        assert_eq!(
            parse_retry_after("Sun Nov 16 08:49:37 1994", n),
            Some(ts("1994-11-16T08:49:37Z"))
        );
        // Future date.
        assert_eq!(
            parse_retry_after("Mon, 23 Nov 2026 00:00:00 GMT", n),
            Some(ts("2026-11-23T00:00:00Z"))
        );
        // Leap second clamps to :59.
        assert_eq!(
            parse_retry_after("Wed, 31 Dec 2025 23:59:60 GMT", n),
            Some(ts("2025-12-31T23:59:59Z"))
        );
        // Weekday is not cross-checked (lenient, like browsers).
        assert_eq!(
            parse_retry_after("Mon, 06 Nov 1994 08:49:37 GMT", n),
            Some(want)
        );
    }

    #[test]
    fn rfc850_two_digit_year_window() {
        let n = now(); // 2026
        assert_eq!(
            parse_http_date("Monday, 01-Jan-30 00:00:00 GMT", n),
            Some(ts("2030-01-01T00:00:00Z"))
        );
        // 2076 would be exactly 50 years ahead: still allowed.
        assert_eq!(
            parse_http_date("Monday, 01-Jan-76 00:00:00 GMT", n),
            Some(ts("2076-01-01T00:00:00Z"))
        );
        // 2077 is more than 50 years ahead: 1977.
        assert_eq!(
            parse_http_date("Saturday, 01-Jan-77 00:00:00 GMT", n),
            Some(ts("1977-01-01T00:00:00Z"))
        );
        assert_eq!(
            parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT", n),
            Some(ts("1994-11-06T08:49:37Z"))
        );
    }

    #[test]
    fn retry_after_delay_clamps_past_to_zero() {
        let n = now();
        assert_eq!(
            retry_after_delay("Sun, 06 Nov 1994 08:49:37 GMT", n),
            Some(SignedDuration::ZERO)
        );
        assert_eq!(
            retry_after_delay("90", n),
            Some(SignedDuration::from_secs(90))
        );
        assert_eq!(retry_after_delay("nope", n), None);
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,40}") {
            let _ = parse_retry_after(&s, now());
            let _ = retry_after_delay(&s, now());
        }
    }
}
