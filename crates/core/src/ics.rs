//! "Add to calendar": the deadline as an iCalendar file (RFC 5545).
//!
//! One VCALENDAR with one VEVENT (UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY,
//! DESCRIPTION with the setup link and the helpdesk contact) and one VALARM per
//! reminder step. Text is escaped (§3.3.11) and lines are folded at 75 octets
//! without splitting a UTF-8 character (§3.1); lines end in CRLF.
//!
//! The words (SUMMARY, DESCRIPTION, each alarm's DESCRIPTION) are the reader's
//! language's, from the catalogue (`reminders.ftl`), the deadline written by CLDR in
//! the reader's zone; the times the calendar reads are UTC.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use mfa_ready_i18n::{Catalog, tr};
use sha2::{Digest, Sha256};

use crate::policy::{Helpdesk, Policy};

/// What goes into the calendar file.
pub struct CalendarInput<'a> {
    pub organization: &'a str,
    pub deadline: Timestamp,
    /// The reader's zone: the deadline in the text is written in it.
    pub tz: &'a TimeZone,
    /// Reminder steps in days before the deadline (one VALARM each).
    pub days_before: &'a [u32],
    /// Where the user sets up their methods (https).
    pub setup_link: &'a str,
    /// The helpdesk, if the policy names one.
    pub helpdesk: Option<&'a Helpdesk>,
    /// When the file is made (DTSTAMP).
    pub now: Timestamp,
}

/// The calendar for `policy`'s deadline in force at `deadline`: its reminder
/// steps, its setup page and its helpdesk, worded from `tr` with the deadline in
/// `tz`. "Add to calendar" and `calendar`.
pub fn policy_calendar(
    tr: &Catalog,
    policy: &Policy,
    deadline: Timestamp,
    tz: &TimeZone,
    now: Timestamp,
) -> String {
    deadline_calendar(
        tr,
        &CalendarInput {
            organization: &policy.organization,
            deadline,
            tz,
            days_before: &policy.reminders.days_before,
            setup_link: &policy.setup_page(),
            helpdesk: policy.helpdesk.as_ref(),
            now,
        },
    )
}

/// The `.ics` text, its words from `tr`.
pub fn deadline_calendar(tr: &Catalog, input: &CalendarInput<'_>) -> String {
    let start = utc(input.deadline);
    let end = utc(input
        .deadline
        .checked_add(jiff::SignedDuration::from_mins(30))
        .unwrap_or(input.deadline));
    // Stable for the same organisation and deadline: importing the file again
    // updates the event instead of adding a second one.
    let digest = Sha256::digest(format!("{}\n{}", input.organization, start).as_bytes());
    let uid: String = digest.iter().take(10).map(|b| format!("{b:02x}")).collect();
    let local = input.deadline.to_zoned(input.tz.clone());
    let organization = input.organization.to_owned();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//MFA Ready//Deadline reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:mfa-deadline-{uid}@mfa-ready"),
        format!("DTSTAMP:{}", utc(input.now)),
        format!("DTSTART:{start}"),
        format!("DTEND:{end}"),
        format!(
            "SUMMARY:{}",
            escape(&tr!(
                tr,
                "calendar-summary",
                organization = organization.clone()
            ))
        ),
        format!("DESCRIPTION:{}", escape(&description(tr, input))),
        format!("URL:{}", input.setup_link),
        "TRANSP:TRANSPARENT".to_owned(),
    ];
    let day = tr.day(&local);
    for d in input.days_before {
        let alarm = tr!(
            tr,
            "calendar-alarm",
            organization = organization.clone(),
            days = *d,
            day = day.clone()
        );
        lines.extend([
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("TRIGGER;RELATED=START:-P{d}D"),
            format!("DESCRIPTION:{}", escape(&alarm)),
            "END:VALARM".to_owned(),
        ]);
    }
    lines.extend(["END:VEVENT".to_owned(), "END:VCALENDAR".to_owned()]);
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// The event's description: what to do by when and where, then who can help (the
/// helpdesk's name, then one line for each way to reach it).
fn description(tr: &Catalog, input: &CalendarInput<'_>) -> String {
    let local = input.deadline.to_zoned(input.tz.clone());
    let mut text = tr!(
        tr,
        "calendar-description",
        organization = input.organization.to_owned(),
        deadline = tr.date_time(&local),
        link = input.setup_link.to_owned()
    );
    let Some(desk) = input.helpdesk else {
        return text;
    };
    let name = desk.name.clone();
    let mut ways = Vec::new();
    if let Some(phone) = &desk.phone {
        ways.push(tr!(tr, "calendar-helpdesk-phone", phone = phone.clone()));
    }
    if let Some(email) = &desk.email {
        ways.push(tr!(tr, "calendar-helpdesk-email", email = email.clone()));
    }
    if let Some(url) = &desk.url {
        ways.push(tr!(tr, "calendar-helpdesk-web", url = url.clone()));
    }
    text.push('\n');
    if ways.is_empty() {
        text.push_str(&tr!(tr, "calendar-helpdesk-name", helpdesk = name));
    } else {
        text.push_str(&tr!(tr, "calendar-helpdesk", helpdesk = name));
        for way in ways {
            text.push('\n');
            text.push_str(&way);
        }
    }
    text
}

/// `20261215T160000Z`.
fn utc(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// TEXT escaping (RFC 5545 §3.3.11); control characters are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut octets = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if octets + n > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::*;
    use mfa_ready_i18n::Lang;

    static PARIS: LazyLock<TimeZone> = LazyLock::new(|| TimeZone::get("Europe/Paris").unwrap());
    static DESK: LazyLock<Helpdesk> = LazyLock::new(|| Helpdesk {
        name: "Contoso Service Desk".into(),
        url: None,
        phone: Some("+1 425 555 0100".into()),
        email: Some("servicedesk@contoso.com".into()),
        booking_url: None,
    });

    fn input<'a>(org: &'a str, days: &'a [u32]) -> CalendarInput<'a> {
        CalendarInput {
            organization: org,
            deadline: "2026-12-15T16:00:00Z".parse().unwrap(),
            tz: &PARIS,
            days_before: days,
            setup_link: "https://mysignins.microsoft.com/security-info",
            helpdesk: Some(&DESK),
            now: "2026-11-23T10:00:00Z".parse().unwrap(),
        }
    }

    fn english(input: &CalendarInput<'_>) -> String {
        deadline_calendar(&Catalog::new(Lang::En), input)
    }

    /// The file's text with its lines unfolded and its TEXT unescaped, for reading.
    fn readable(text: &str) -> String {
        text.replace("\r\n ", "")
            .replace("\\n", "\n")
            .replace("\\,", ",")
            .replace("\\;", ";")
    }

    #[test]
    fn lines_are_crlf_folded_and_never_longer_than_75_octets() {
        let org =
            "Contoso, Ltd; a très long name for an organisation — with ünïcödé everywhere ✓✓✓";
        let text = english(&input(org, &[14, 7, 3, 1]));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
            assert!(!line.contains('\n'));
        }
        // Unfolded, the summary is whole and escaped.
        let unfolded = text.replace("\r\n ", "");
        assert!(
            unfolded.contains("SUMMARY:MFA setup deadline (Contoso\\, Ltd\\; a très long name for an organisation — with ünïcödé everywhere ✓✓✓)"),
            "{unfolded}"
        );
        assert_eq!(unfolded.matches("BEGIN:VALARM").count(), 4);
        assert!(unfolded.contains("TRIGGER;RELATED=START:-P14D"));
        assert!(unfolded.contains("DTSTART:20261215T160000Z"));
        assert!(unfolded.contains("DTSTAMP:20261123T100000Z"));
    }

    #[test]
    fn the_uid_is_stable_per_deadline() {
        let a = english(&input("Contoso", &[7]));
        let b = english(&CalendarInput {
            now: "2026-11-30T10:00:00Z".parse().unwrap(),
            ..input("Contoso", &[7])
        });
        let uid = |t: &str| {
            t.lines()
                .find(|l| l.starts_with("UID:"))
                .unwrap()
                .to_owned()
        };
        assert_eq!(uid(&a), uid(&b));
        let c = english(&CalendarInput {
            deadline: "2026-12-16T16:00:00Z".parse().unwrap(),
            ..input("Contoso", &[7])
        });
        assert_ne!(uid(&a), uid(&c));
    }

    #[test]
    fn escaping_covers_the_special_characters() {
        assert_eq!(escape("a\\b;c,d\ne\u{7}"), "a\\\\b\\;c\\,d\\ne");
    }

    #[test]
    fn english_says_what_it_said_with_the_deadline_and_every_way_to_the_helpdesk() {
        let text = readable(&english(&input("Contoso", &[3, 1])));
        assert!(
            text.contains("SUMMARY:MFA setup deadline (Contoso)\r\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "DESCRIPTION:Set up at least two sign-in methods for Contoso by Tuesday, \
                 15 December 2026 at 17:00 CET, so that losing one never locks you out.\n\
                 Set them up here: https://mysignins.microsoft.com/security-info\n\
                 MFA Ready shows what is missing.\n\
                 Stuck? Contact Contoso Service Desk:\n\
                 Phone: +1 425 555 0100\n\
                 E-mail: servicedesk@contoso.com\r\n"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "DESCRIPTION:MFA setup deadline for Contoso in 3 days, on Tuesday 15 December\r\n"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "DESCRIPTION:MFA setup deadline for Contoso tomorrow, Tuesday 15 December\r\n"
            ),
            "{text}"
        );
        // A helpdesk known by its name only is named, with nothing after a colon.
        let named = Helpdesk {
            name: "IT".into(),
            url: None,
            phone: None,
            email: None,
            booking_url: None,
        };
        let text = readable(&english(&CalendarInput {
            helpdesk: Some(&named),
            ..input("Contoso", &[1])
        }));
        assert!(text.contains("Stuck? Contact IT.\r\n"), "{text}");
    }

    #[test]
    fn german_and_japanese_calendars_speak_the_readers_language() {
        let de = readable(&deadline_calendar(
            &Catalog::new(Lang::De),
            &input("Contoso", &[3, 1]),
        ));
        assert!(
            de.contains("SUMMARY:Frist für die MFA-Einrichtung (Contoso)"),
            "{de}"
        );
        assert!(
            de.contains("Dienstag, 15. Dezember 2026 um 17:00 MEZ"),
            "{de}"
        );
        assert!(de.contains("Telefon: +1 425 555 0100"), "{de}");
        assert!(de.contains("in 3 Tagen, am Dienstag, 15. Dezember"), "{de}");
        assert!(de.contains("morgen, am Dienstag, 15. Dezember"), "{de}");
        let ja = readable(&deadline_calendar(
            &Catalog::new(Lang::Ja),
            &input("Contoso", &[3, 1]),
        ));
        assert!(ja.contains("SUMMARY:MFA の設定期限（Contoso）"), "{ja}");
        assert!(ja.contains("2026年12月15日火曜日 17:00 GMT+1"), "{ja}");
        assert!(ja.contains("電話：+1 425 555 0100"), "{ja}");
        assert!(ja.contains("3 日後"), "{ja}");
        assert!(ja.contains("明日"), "{ja}");
        // Still a valid file: CRLF, folded within 75 octets, never inside a character.
        let raw = deadline_calendar(&Catalog::new(Lang::Ja), &input("Contoso", &[3, 1]));
        for line in raw.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
    }
}
