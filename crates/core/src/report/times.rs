//! How a report writes a moment: in UTC, in every format and in the guide (a helpdesk
//! and a user in two time zones read the same time), with the date as the reader's
//! language writes it (CLDR); the message around it says "UTC".

use jiff::Timestamp;
use jiff::tz::TimeZone;
use mfa_ready_i18n::{Catalog, tr};

/// `13 Dec 2026, 09:00` (the message or the column says UTC).
pub(super) fn utc(cat: &Catalog, t: Timestamp) -> String {
    cat.short_date_time(&t.to_zoned(TimeZone::UTC))
}

/// `13 Dec 2026, 09:00:05` (the column says UTC).
pub(super) fn utc_secs(cat: &Catalog, t: Timestamp) -> String {
    cat.short_date_time_secs(&t.to_zoned(TimeZone::UTC))
}

/// `13 Dec 2026, 09:00 UTC`: a moment on its own.
pub(super) fn utc_said(cat: &Catalog, t: Timestamp) -> String {
    tr!(cat, "report-utc", time = utc(cat, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_i18n::Lang;

    #[test]
    fn minutes_with_the_zone_and_seconds_without() {
        let t: Timestamp = "2026-12-13T09:00:05Z".parse().unwrap_or_default();
        let en = Catalog::new(Lang::En);
        assert_eq!(utc_said(&en, t), "13 Dec 2026, 09:00 UTC");
        assert_eq!(utc_secs(&en, t), "13 Dec 2026, 09:00:05");
        let de = Catalog::new(Lang::De);
        assert_eq!(utc_said(&de, t), "13.12.2026, 09:00 UTC");
        // A moment is said in UTC whatever the zone the reader's system is in.
        let late: Timestamp = "2026-12-13T23:30:00Z".parse().unwrap_or_default();
        assert_eq!(utc(&en, late), "13 Dec 2026, 23:30");
    }
}
