//! "Add to calendar": the deadline as an iCalendar file (RFC 5545).
//!
//! One VCALENDAR with one VEVENT (UID, DTSTAMP, DTSTART/DTEND in UTC, SUMMARY,
//! DESCRIPTION with the setup link and the helpdesk contact) and one VALARM per
//! reminder step. Text is escaped (§3.3.11) and lines are folded at 75 octets
//! without splitting a UTF-8 character (§3.1); lines end in CRLF.

use jiff::Timestamp;
use sha2::{Digest, Sha256};

use crate::policy::Policy;

/// What goes into the calendar file.
pub struct CalendarInput<'a> {
    pub organization: &'a str,
    pub deadline: Timestamp,
    /// Reminder steps in days before the deadline (one VALARM each).
    pub days_before: &'a [u32],
    /// Where the user sets up their methods (https).
    pub setup_link: &'a str,
    /// The helpdesk contact sentence, if the policy names one.
    pub helpdesk: Option<&'a str>,
    /// When the file is made (DTSTAMP).
    pub now: Timestamp,
}

/// The calendar for `policy`'s deadline in force at `deadline`: its reminder
/// steps, its setup page and its helpdesk. "Add to calendar" and `calendar`.
pub fn policy_calendar(policy: &Policy, deadline: Timestamp, now: Timestamp) -> String {
    let contact = policy.helpdesk.as_ref().map(|h| h.contact_sentence());
    deadline_calendar(&CalendarInput {
        organization: &policy.organization,
        deadline,
        days_before: &policy.reminders.days_before,
        setup_link: &policy.setup_page(),
        helpdesk: contact.as_deref(),
        now,
    })
}

/// The `.ics` text.
pub fn deadline_calendar(input: &CalendarInput<'_>) -> String {
    let start = utc(input.deadline);
    let end = utc(input
        .deadline
        .checked_add(jiff::SignedDuration::from_mins(30))
        .unwrap_or(input.deadline));
    // Stable for the same organisation and deadline: importing the file again
    // updates the event instead of adding a second one.
    let digest = Sha256::digest(format!("{}\n{}", input.organization, start).as_bytes());
    let uid: String = digest.iter().take(10).map(|b| format!("{b:02x}")).collect();
    let mut description = format!(
        "Set up at least two sign-in methods for {} before this deadline, so that losing one \
         never locks you out.\nSet them up here: {}\nMFA Ready shows what is missing.",
        input.organization, input.setup_link
    );
    if let Some(h) = input.helpdesk {
        description.push_str(&format!("\nStuck? {h}"));
    }
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
            escape(&format!("MFA setup deadline ({})", input.organization))
        ),
        format!("DESCRIPTION:{}", escape(&description)),
        format!("URL:{}", input.setup_link),
        "TRANSP:TRANSPARENT".to_owned(),
    ];
    for d in input.days_before {
        let when = if *d == 1 {
            "tomorrow".to_owned()
        } else {
            format!("in {d} days")
        };
        lines.extend([
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("TRIGGER;RELATED=START:-P{d}D"),
            format!(
                "DESCRIPTION:{}",
                escape(&format!(
                    "MFA setup deadline for {} {when}",
                    input.organization
                ))
            ),
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
    use super::*;

    fn input<'a>(org: &'a str, days: &'a [u32]) -> CalendarInput<'a> {
        CalendarInput {
            organization: org,
            deadline: "2026-12-15T16:00:00Z".parse().unwrap(),
            days_before: days,
            setup_link: "https://mysignins.microsoft.com/security-info",
            helpdesk: Some("Call Contoso Service Desk at +1 425 555 0100."),
            now: "2026-11-23T10:00:00Z".parse().unwrap(),
        }
    }

    #[test]
    fn lines_are_crlf_folded_and_never_longer_than_75_octets() {
        let org =
            "Contoso, Ltd; a très long name for an organisation — with ünïcödé everywhere ✓✓✓";
        let text = deadline_calendar(&input(org, &[14, 7, 3, 1]));
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
        let a = deadline_calendar(&input("Contoso", &[7]));
        let b = deadline_calendar(&CalendarInput {
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
        let c = deadline_calendar(&CalendarInput {
            deadline: "2026-12-16T16:00:00Z".parse().unwrap(),
            ..input("Contoso", &[7])
        });
        assert_ne!(uid(&a), uid(&c));
    }

    #[test]
    fn escaping_covers_the_special_characters() {
        assert_eq!(escape("a\\b;c,d\ne\u{7}"), "a\\\\b\\;c\\,d\\ne");
    }
}
