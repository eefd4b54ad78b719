//! How a report writes a moment: in UTC, the same in every format and in the
//! guide (a helpdesk and a user in two time zones read the same text).

use jiff::Timestamp;

/// `2026-12-13 09:00 UTC`.
pub(super) fn utc(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// `2026-12-13 09:00:05` (the column says UTC).
pub(super) fn utc_secs(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M:%S").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_with_the_zone_and_seconds_without() {
        let t: Timestamp = "2026-12-13T09:00:05Z".parse().unwrap_or_default();
        assert_eq!(utc(t), "2026-12-13 09:00 UTC");
        assert_eq!(utc_secs(t), "2026-12-13 09:00:05");
    }
}
