//! Dates and times in the reader's locale, from CLDR through ICU4X: "Dienstag, 15.
//! Dezember 2026 um 17:00 MEZ", "2026年12月15日火曜日 17:00 GMT+1". The zone is always said
//! (its short name where the locale has one, else the offset). No month or day names are
//! written here.

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{MDE, YMD, YMDE, zone::SpecificShort};
use icu_datetime::options::TimePrecision;
use icu_locale_core::Locale;
use icu_time::zone::{IanaParser, UtcOffset, ZoneNameTimestamp};
use icu_time::{DateTime, Time, TimeZone, TimeZoneInfo, ZonedDateTime};

use super::Lang;

/// The locale dates are formatted in: the language's, with the region the system asks for
/// when it speaks that language (`en-US` writes 5:00 PM, `en-GB` 17:00); English without a
/// region is British English, as the catalogue is.
pub(crate) fn locale_for<S: AsRef<str>>(lang: Lang, system: &[S]) -> Locale {
    let base = match lang {
        Lang::En | Lang::Pseudo => "en-GB",
        other => other.tag(),
    };
    let wanted = system.iter().find_map(|s| {
        let tag = s
            .as_ref()
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        let l: Locale = tag.parse().ok()?;
        let same = l.id.language.as_str() == base.split('-').next().unwrap_or_default();
        (same && l.id.region.is_some()).then_some(l)
    });
    wanted.unwrap_or_else(|| base.parse().unwrap_or(Locale::UNKNOWN))
}

/// The moment, its date with the weekday, the time (hours and minutes) and the zone.
pub(crate) fn date_time(locale: &Locale, z: &jiff::Zoned) -> String {
    let fields = YMDE::long().with_time_hm().with_zone(SpecificShort);
    let formatted = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), fields)
        .ok()
        .zip(to_icu(z))
        .map(|(f, zdt)| f.format(&zdt).to_string());
    tidy(formatted.unwrap_or_else(|| z.strftime("%Y-%m-%d %H:%M %Z").to_string()))
}

/// The moment's date and time, without its zone, for text that names the zone itself
/// ("{ $time } UTC"): the medium date and the time to the minute, or to the second
/// ("13 Dec 2026, 09:00", "13.12.2026, 09:00", "2026/12/13 9:00").
pub(crate) fn short_date_time(locale: &Locale, z: &jiff::Zoned, seconds: bool) -> String {
    let precision = if seconds {
        TimePrecision::Second
    } else {
        TimePrecision::Minute
    };
    let fields = YMD::medium().with_time(precision);
    let hms = |v: i8| u8::try_from(v).ok();
    let moment = Date::try_new_gregorian(z.year().into(), month(z), day_of(z))
        .ok()
        .zip(
            hms(z.hour())
                .zip(hms(z.minute()))
                .zip(hms(z.second()))
                .and_then(|((h, m), s)| Time::try_new(h, m, s, 0).ok()),
        )
        .map(|(date, time)| DateTime { date, time });
    let formatted = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), fields)
        .ok()
        .zip(moment)
        .map(|(f, dt)| f.format(&dt).to_string());
    let fallback = if seconds {
        "%Y-%m-%d %H:%M:%S"
    } else {
        "%Y-%m-%d %H:%M"
    };
    tidy(formatted.unwrap_or_else(|| z.strftime(fallback).to_string()))
}

/// The day: weekday, day and month, no year ("Tuesday 15 December").
pub(crate) fn day(locale: &Locale, z: &jiff::Zoned) -> String {
    let formatted =
        FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), MDE::long())
            .ok()
            .zip(Date::try_new_gregorian(z.year().into(), month(z), day_of(z)).ok())
            .map(|(f, d)| f.format(&d).to_string());
    tidy(formatted.unwrap_or_else(|| z.strftime("%Y-%m-%d").to_string()))
}

fn month(z: &jiff::Zoned) -> u8 {
    u8::try_from(z.month()).unwrap_or(1)
}

fn day_of(z: &jiff::Zoned) -> u8 {
    u8::try_from(z.day()).unwrap_or(1)
}

/// jiff's moment as ICU4X's, through ICU4X's stable API.
fn to_icu(
    z: &jiff::Zoned,
) -> Option<ZonedDateTime<Gregorian, TimeZoneInfo<icu_time::zone::models::AtTime>>> {
    let date = Date::try_new_gregorian(z.year().into(), month(z), day_of(z)).ok()?;
    let hms = |v: i8| u8::try_from(v).ok();
    let time = Time::try_new(hms(z.hour())?, hms(z.minute())?, hms(z.second())?, 0).ok()?;
    let zone = z
        .time_zone()
        .iana_name()
        .map_or(TimeZone::UNKNOWN, |name| IanaParser::new().parse(name));
    let zone = zone
        .with_offset(UtcOffset::try_from_seconds(z.offset().seconds()).ok())
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(
            z.timestamp().as_second(),
        ));
    Some(ZonedDateTime { date, time, zone })
}

/// CLDR puts a narrow no-break space before "PM"; egui's font has only the ordinary one.
fn tidy(s: String) -> String {
    s.replace('\u{202F}', "\u{A0}")
}
