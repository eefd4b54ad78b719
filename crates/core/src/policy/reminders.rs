//! `[reminders]`: when deadline reminders are shown (`days_before`), when never
//! (`quiet_hours`), and whether they start at login by default (`autostart`).

use toml::Spanned;

use crate::reminders::{QuietHours, Reminders};

use super::error::Checker;
use super::raw::RawReminders;

/// Validates `[reminders]`; what is left out keeps its default
/// (`[14, 7, 3, 1]`, `"18:00-08:00"`, `false`).
pub(super) fn check(ck: &mut Checker<'_>, raw: Option<&Spanned<RawReminders>>) -> Reminders {
    let mut out = Reminders::default();
    let Some(raw) = raw else {
        return out;
    };
    let raw = raw.get_ref();
    if let Some(list) = &raw.days_before {
        out.days_before = check_days(ck, list);
    }
    if let Some(q) = &raw.quiet_hours {
        match QuietHours::parse(q.get_ref()) {
            Ok(v) => out.quiet_hours = v,
            Err(why) => ck.err(q.span(), "reminders.quiet_hours", why.to_string()),
        }
    }
    if let Some(a) = &raw.autostart {
        out.autostart = *a.get_ref();
    }
    out
}

fn check_days(ck: &mut Checker<'_>, list: &Spanned<Vec<Spanned<i64>>>) -> Vec<u32> {
    let mut days: Vec<u32> = Vec::new();
    for (i, d) in list.get_ref().iter().enumerate() {
        let field = format!("reminders.days_before[{i}]");
        match u32::try_from(*d.get_ref()) {
            Ok(v) if (1..=90).contains(&v) => {
                if days.contains(&v) {
                    ck.err(d.span(), field, format!("{v} is listed twice"));
                } else {
                    days.push(v);
                }
            }
            _ => ck.err(d.span(), field, "must be between 1 and 90 (days)"),
        }
    }
    if list.get_ref().is_empty() {
        ck.err(
            list.span(),
            "reminders.days_before",
            "must list at least one day (e.g. [14, 7, 3, 1])",
        );
    }
    days.sort_unstable_by(|a, b| b.cmp(a));
    days
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse;
    use super::super::testkit::{VALID, now};
    use jiff::civil::Time;

    fn with(section: &str) -> String {
        format!("{VALID}\n[reminders]\n{section}")
    }

    #[test]
    fn defaults_when_left_out() {
        let p = parse(VALID, "p.toml", now()).unwrap();
        assert_eq!(p.reminders.days_before, [14, 7, 3, 1]);
        assert_eq!(p.reminders.quiet_hours.to_string(), "18:00-08:00");
        assert!(!p.reminders.autostart);
    }

    #[test]
    fn values_are_read_and_sorted() {
        let text =
            with("days_before = [1, 10, 5]\nquiet_hours = \"22:30-06:15\"\nautostart = true\n");
        let p = parse(&text, "p.toml", now()).unwrap();
        assert_eq!(p.reminders.days_before, [10, 5, 1]);
        assert_eq!(p.reminders.quiet_hours.start, Time::constant(22, 30, 0, 0));
        assert!(p.reminders.autostart);
    }

    #[test]
    fn every_mistake_is_located_and_reported_at_once() {
        let text = with("days_before = [0, 7, 7]\nquiet_hours = \"late\"\nautostart = \"yes\"\n");
        // A wrong type stops serde first: fix it and see the rest together.
        let errs = parse(&text, "p.toml", now()).unwrap_err();
        assert_eq!(errs.0.len(), 1);
        assert_eq!(errs.0[0].field, "reminders.autostart");
        let text = with("days_before = [0, 7, 7]\nquiet_hours = \"late\"\n");
        let errs = parse(&text, "p.toml", now()).unwrap_err();
        let shown: Vec<String> = errs.0.iter().map(ToString::to_string).collect();
        let base = VALID.lines().count() + 3;
        assert_eq!(errs.0.len(), 3, "{shown:?}");
        assert_eq!(
            shown[0],
            format!("p.toml:{base}:16: reminders.days_before[0]: must be between 1 and 90 (days)")
        );
        assert_eq!(
            shown[1],
            format!("p.toml:{base}:22: reminders.days_before[2]: 7 is listed twice")
        );
        assert!(
            shown[2].starts_with(&format!("p.toml:{}:15: reminders.quiet_hours:", base + 1)),
            "{}",
            shown[2]
        );
        let errs = parse(&with("days_before = []\n"), "p.toml", now()).unwrap_err();
        assert!(errs.to_string().contains("at least one day"), "{errs}");
        let errs = parse(&with("sound = true\n"), "p.toml", now()).unwrap_err();
        assert!(errs.to_string().contains("unknown field `sound`"), "{errs}");
    }
}
