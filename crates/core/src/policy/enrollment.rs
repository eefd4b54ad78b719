//! `[enrollment]`: deadline, new-user days, how many methods, which ones.

use jiff::{SignedDuration, Timestamp};
use toml::Spanned;

use crate::methods::MethodKind;
use crate::provider::Provider;

use super::error::Checker;
use super::model::{DEFAULT_MIN_METHODS, Enrollment};
use super::raw::RawEnrollment;

/// Validates `[enrollment]`; the provider's defaults fill what is left out.
pub(super) fn check(
    ck: &mut Checker<'_>,
    raw: Option<&Spanned<RawEnrollment>>,
    provider: Provider,
    now: Timestamp,
) -> Enrollment {
    let mut out = Enrollment {
        deadline: None,
        new_user_days: None,
        min_methods: DEFAULT_MIN_METHODS,
        min_phishing_resistant: 0,
        allowed_methods: provider.default_methods(),
    };
    let Some(raw) = raw else {
        return out;
    };
    let table_span = raw.span();
    let raw = raw.get_ref();
    // Cross-field checks below only run when the fields they compare were valid,
    // so one mistake is reported once.
    let errors_before = ck.count();

    if let Some(d) = &raw.deadline {
        out.deadline = check_deadline(ck, d, now);
    }
    if let Some(n) = &raw.new_user_days {
        match u32::try_from(*n.get_ref()) {
            Ok(v) if (1..=365).contains(&v) => out.new_user_days = Some(v),
            _ => ck.err(
                n.span(),
                "enrollment.new_user_days",
                "must be between 1 and 365 (days)",
            ),
        }
    }
    let min_methods_span = raw
        .min_methods
        .as_ref()
        .map_or(table_span.clone(), Spanned::span);
    if let Some(m) = &raw.min_methods {
        match u32::try_from(*m.get_ref()) {
            Ok(0) | Err(_) => ck.err(m.span(), "enrollment.min_methods", "must be at least 1"),
            Ok(v) if v > 10 => ck.err(m.span(), "enrollment.min_methods", "must be at most 10"),
            Ok(v) => out.min_methods = v,
        }
    }
    let min_pr_span = raw
        .min_phishing_resistant
        .as_ref()
        .map_or(table_span, Spanned::span);
    if let Some(m) = &raw.min_phishing_resistant {
        check_min_phishing_resistant(ck, m, &mut out);
    }
    if let Some(list) = &raw.allowed_methods {
        out.allowed_methods = check_allowed_methods(ck, list);
    }

    if ck.count() == errors_before {
        check_enough_allowed(ck, &out, min_methods_span, min_pr_span);
    }
    out
}

fn check_deadline(
    ck: &mut Checker<'_>,
    d: &Spanned<toml::value::Datetime>,
    now: Timestamp,
) -> Option<Timestamp> {
    match datetime_to_timestamp(d.get_ref()) {
        Ok(ts) => {
            let five_years = SignedDuration::from_hours(5 * 366 * 24);
            if ts.duration_since(now) > five_years {
                ck.err(
                    d.span(),
                    "enrollment.deadline",
                    format!("{} is more than 5 years away: check the year", d.get_ref()),
                );
            }
            Some(ts)
        }
        Err(why) => {
            ck.err(d.span(), "enrollment.deadline", why.to_string());
            None
        }
    }
}

fn check_min_phishing_resistant(ck: &mut Checker<'_>, m: &Spanned<i64>, out: &mut Enrollment) {
    match u32::try_from(*m.get_ref()) {
        Err(_) => ck.err(m.span(), "enrollment.min_phishing_resistant", "must be 0 or more"),
        Ok(v) if v > out.min_methods => ck.err(
            m.span(),
            "enrollment.min_phishing_resistant",
            format!(
                "is {v}, more than enrollment.min_methods ({}): phishing-resistant methods are part of that count",
                out.min_methods
            ),
        ),
        Ok(v) => out.min_phishing_resistant = v,
    }
}

/// The listed method ids, in catalogue order (so lists look the same everywhere).
fn check_allowed_methods(
    ck: &mut Checker<'_>,
    list: &Spanned<Vec<Spanned<String>>>,
) -> Vec<MethodKind> {
    let mut kinds = Vec::new();
    for (i, item) in list.get_ref().iter().enumerate() {
        let id = item.get_ref().trim();
        let field = format!("enrollment.allowed_methods[{i}]");
        match MethodKind::from_id(id) {
            Some(kind) if kinds.contains(&kind) => {
                ck.err(item.span(), field, format!("\"{id}\" is listed twice"));
            }
            Some(kind) => kinds.push(kind),
            None => ck.err(
                item.span(),
                field,
                format!(
                    "unknown method \"{id}\"; known methods: {}",
                    MethodKind::all_ids()
                ),
            ),
        }
    }
    if list.get_ref().is_empty() {
        ck.err(
            list.span(),
            "enrollment.allowed_methods",
            "must list at least one method (or leave it out for the provider's defaults)",
        );
    }
    kinds.sort_by_key(|k| MethodKind::ALL.iter().position(|a| a == k));
    kinds
}

/// The required counts must be reachable with the allowed methods.
fn check_enough_allowed(
    ck: &mut Checker<'_>,
    out: &Enrollment,
    min_methods_span: std::ops::Range<usize>,
    min_pr_span: std::ops::Range<usize>,
) {
    let allowed_mfa = out.allowed_methods.iter().filter(|k| k.is_mfa()).count();
    let allowed_pr = out
        .allowed_methods
        .iter()
        .filter(|k| k.is_phishing_resistant())
        .count();
    if u32::try_from(allowed_mfa).unwrap_or(u32::MAX) < out.min_methods {
        ck.err(
            min_methods_span,
            "enrollment.min_methods",
            format!(
                "requires {} methods but only {allowed_mfa} MFA-capable methods are allowed (e-mail does not count)",
                out.min_methods
            ),
        );
    }
    if u32::try_from(allowed_pr).unwrap_or(u32::MAX) < out.min_phishing_resistant {
        ck.err(
            min_pr_span,
            "enrollment.min_phishing_resistant",
            format!(
                "requires {} phishing-resistant methods but only {allowed_pr} are allowed",
                out.min_phishing_resistant
            ),
        );
    }
}

/// Why `[enrollment] deadline` is not an instant (the value as written).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("{0} needs a date and a time, e.g. 2026-12-15T17:00:00+01:00")]
    Incomplete(String),
    #[error("{0} has no UTC offset: write it as e.g. {0}+01:00 or {0}Z so every time zone agrees")]
    NoOffset(String),
    #[error("{value} is not a valid date and time: {why}")]
    Invalid { value: String, why: String },
}

/// A TOML datetime as an instant: it must carry a date, a time and a UTC offset.
fn datetime_to_timestamp(dt: &toml::value::Datetime) -> Result<Timestamp, DeadlineError> {
    if dt.date.is_none() || dt.time.is_none() {
        return Err(DeadlineError::Incomplete(dt.to_string()));
    }
    if dt.offset.is_none() {
        return Err(DeadlineError::NoOffset(dt.to_string()));
    }
    dt.to_string()
        .parse::<Timestamp>()
        .map_err(|e| DeadlineError::Invalid {
            value: dt.to_string(),
            why: e.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{VALID, assert_error, now, replace_line};
    use crate::policy::parse;

    #[test]
    fn min_methods_zero_names_line_and_column() {
        let text = replace_line(VALID, 9, "min_methods = 0");
        let e = assert_error(&text, 9, "enrollment.min_methods", "must be at least 1");
        assert_eq!(e.column, 15);
        assert_eq!(
            e.to_string(),
            "policy.toml:9:15: enrollment.min_methods: must be at least 1"
        );
    }

    #[test]
    fn malformed_unknown_key_in_enrollment() {
        let text = replace_line(VALID, 8, "new_users_days = 14");
        assert_error(&text, 8, "enrollment.new_users_days", "unknown field");
    }

    #[test]
    fn malformed_wrong_type_min_methods() {
        let text = replace_line(VALID, 9, "min_methods = \"two\"");
        assert_error(&text, 9, "enrollment.min_methods", "invalid type");
    }

    #[test]
    fn malformed_unknown_method_id() {
        let text = VALID.replace("\"phone_sms\"", "\"sms\"");
        let e = assert_error(
            &text,
            11,
            "enrollment.allowed_methods[4]",
            "unknown method \"sms\"",
        );
        assert!(
            e.message.contains("phone_sms"),
            "lists the known ids: {}",
            e.message
        );
    }

    #[test]
    fn malformed_duplicate_method() {
        let text = VALID.replace("\"software_oath\"]", "\"passkey\"]");
        assert_error(&text, 11, "enrollment.allowed_methods[5]", "listed twice");
    }

    #[test]
    fn malformed_phishing_resistant_above_min_methods() {
        let text = replace_line(VALID, 10, "min_phishing_resistant = 3");
        assert_error(
            &text,
            10,
            "enrollment.min_phishing_resistant",
            "more than enrollment.min_methods",
        );
    }

    #[test]
    fn malformed_more_required_than_allowed() {
        let text = replace_line(
            &replace_line(
                VALID,
                11,
                "allowed_methods = [\"authenticator_app\", \"email\"]",
            ),
            10,
            "min_phishing_resistant = 0",
        );
        assert_error(&text, 9, "enrollment.min_methods", "only 1 MFA-capable");
    }

    #[test]
    fn malformed_more_phishing_resistant_required_than_allowed() {
        let text = replace_line(
            VALID,
            11,
            "allowed_methods = [\"authenticator_app\", \"phone_sms\"]",
        );
        assert_error(
            &text,
            10,
            "enrollment.min_phishing_resistant",
            "only 0 are allowed",
        );
    }

    #[test]
    fn malformed_new_user_days_out_of_range() {
        let text = replace_line(VALID, 8, "new_user_days = 0");
        assert_error(&text, 8, "enrollment.new_user_days", "between 1 and 365");
        let text = replace_line(VALID, 8, "new_user_days = 366");
        assert_error(&text, 8, "enrollment.new_user_days", "between 1 and 365");
    }

    #[test]
    fn malformed_deadline_too_far() {
        let text = replace_line(VALID, 7, "deadline = 2036-12-15T17:00:00+01:00");
        assert_error(&text, 7, "enrollment.deadline", "more than 5 years away");
    }

    #[test]
    fn malformed_deadline_without_offset() {
        let text = replace_line(VALID, 7, "deadline = 2026-12-15T17:00:00");
        assert_error(&text, 7, "enrollment.deadline", "no UTC offset");
    }

    #[test]
    fn malformed_deadline_date_only() {
        let text = replace_line(VALID, 7, "deadline = 2026-12-15");
        assert_error(&text, 7, "enrollment.deadline", "needs a date and a time");
    }

    #[test]
    fn malformed_deadline_as_string() {
        let text = replace_line(VALID, 7, "deadline = \"next friday\"");
        assert_error(&text, 7, "enrollment.deadline", "invalid type");
    }

    #[test]
    fn one_mistake_is_reported_once() {
        let text = replace_line(VALID, 9, "min_methods = 0");
        let errs = parse(&text, "policy.toml", now()).unwrap_err();
        assert_eq!(errs.0.len(), 1, "{errs}");
    }
}
