//! `mfa-ready check [--json]`: the fleet check. One line for people, the exit code for
//! machines (0 ready, 1 not ready or overdue, 2 error); no display, no network.
//! `--json` is the `status` document plus the last probe summary and the queue's open
//! job count.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::services::store::{ProbeRow, Store};
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::readiness::{Readiness, Verdict};

use super::common::CliResult;
use super::session::Session;
use super::status::with_verdict;

/// How far back the last probe is looked for (the store keeps 7 days).
const PROBE_LOOKBACK: jiff::SignedDuration = jiff::SignedDuration::from_hours(7 * 24);

pub fn check(session: &Session, json: bool) -> CliResult {
    with_verdict(session, |v| {
        if json {
            let mut doc = v.json();
            doc["last_probe"] = last_probe(v.store, v.now)?;
            doc["queue"] = json!({ "open_jobs": open_jobs(v.store)? });
            println!("{}", serde_json::to_string_pretty(&doc)?);
        } else {
            println!(
                "{}",
                line(&v.readiness, &v.policy.organization, &TimeZone::system())
            );
        }
        Ok(())
    })
}

/// "Ready: 3 methods, 1 phishing-resistant", "Not ready: add a security key by Tue 15 Dec",
/// "Overdue: add a security key (deadline was Tue 15 Dec)"; with no step that would
/// help here, the first gap after the date: "Not ready by Tue 15 Dec: All your …".
/// In English, whatever the language (a contract for fleet scripts).
pub fn line(r: &Readiness, organization: &str, tz: &TimeZone) -> String {
    let day = |t: Timestamp| t.to_zoned(tz.clone()).strftime("%a %-d %b").to_string();
    let Some(next) = &r.next_step else {
        let gap = r.gaps.first().map_or_else(
            || "see mfa-ready status".to_owned(),
            |g| g.sentence(organization),
        );
        return match (r.verdict, r.deadline) {
            (Verdict::Ready, _) => ready_line(r),
            (Verdict::NotReady, Some(d)) => format!("Not ready by {}: {gap}", day(d.at)),
            (Verdict::NotReady, None) => format!("Not ready: {gap}"),
            (Verdict::Overdue, Some(d)) => format!("Overdue (deadline was {}): {gap}", day(d.at)),
            (Verdict::Overdue, None) => format!("Overdue: {gap}"),
        };
    };
    let what = format!("add {}", with_article(next.method));
    match r.verdict {
        Verdict::Ready => ready_line(r),
        Verdict::NotReady => match r.deadline {
            Some(d) => format!("Not ready: {what} by {}", day(d.at)),
            None => format!("Not ready: {what}"),
        },
        Verdict::Overdue => match r.deadline {
            Some(d) => format!("Overdue: {what} (deadline was {})", day(d.at)),
            None => format!("Overdue: {what}"),
        },
    }
}

fn ready_line(r: &Readiness) -> String {
    format!(
        "Ready: {}, {} phishing-resistant",
        mfa_ready_core::phrase::plural(r.counted, "method", "methods"),
        r.phishing_resistant
    )
}

/// "a security key", "an authenticator app", "Windows Hello for Business" (a name).
fn with_article(kind: MethodKind) -> String {
    let name = kind.name();
    let proper = name
        .split_whitespace()
        .skip(1)
        .any(|w| w.chars().next().is_some_and(char::is_uppercase));
    if proper {
        return name.to_owned();
    }
    let lower = mfa_ready_core::phrase::lower_first(name);
    let article = if lower.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {lower}")
}

/// The latest result per portal from the stored history, or null if none in 7 days.
fn last_probe(store: &Store, now: Timestamp) -> Result<Value, super::common::CliError> {
    let rows = store.probe_history(now - PROBE_LOOKBACK)?;
    let Some(latest) = rows.iter().map(|r| r.at).max() else {
        return Ok(Value::Null);
    };
    let mut last: Vec<&ProbeRow> = Vec::new();
    for row in rows.iter().rev() {
        if !last.iter().any(|r| r.url == row.url) {
            last.push(row);
        }
    }
    last.reverse();
    let healthy = last.iter().all(|r| r.is_healthy());
    Ok(json!({
        "checked_at": latest.to_string(),
        "healthy": healthy,
        "portals": last.iter().map(|r| json!({
            "name": r.portal,
            "url": r.url,
            "outcome": r.outcome_id(),
            "at": r.at.to_string(),
        })).collect::<Vec<_>>(),
    }))
}

fn open_jobs(store: &Store) -> Result<usize, super::common::CliError> {
    Ok(store.queue().open_jobs_page(0)?.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_and_names() {
        assert_eq!(with_article(MethodKind::SecurityKey), "a security key");
        assert_eq!(
            with_article(MethodKind::AuthenticatorApp),
            "an authenticator app"
        );
        assert_eq!(
            with_article(MethodKind::WindowsHello),
            "Windows Hello for Business"
        );
    }

    #[test]
    fn without_a_step_the_line_gives_the_gap_after_the_date() {
        let mut r = Readiness {
            verdict: Verdict::NotReady,
            deadline: None,
            time_left: None,
            urgency: mfa_ready_core::deadline::Urgency::None,
            counted: 1,
            required: 2,
            phishing_resistant: 0,
            required_phishing_resistant: 0,
            not_counted: Vec::new(),
            gaps: vec![mfa_ready_core::readiness::Gap::SingleDevice {
                device: mfa_ready_core::methods::Device::Phone,
                elsewhere: false,
            }],
            next_step: None,
            to_do: Vec::new(),
            progress: mfa_ready_core::readiness::Progress { done: 1, total: 3 },
        };
        let tz = TimeZone::UTC;
        assert_eq!(
            line(&r, "Contoso", &tz),
            "Not ready: All your methods are on your phone: if you lose it, you lose them all. \
             A method elsewhere would fix it, but none that Contoso accepts can be set up on \
             this computer: ask your helpdesk."
        );
        r.verdict = Verdict::Ready;
        r.gaps.clear();
        assert_eq!(
            line(&r, "Contoso", &tz),
            "Ready: 1 method, 0 phishing-resistant"
        );
    }
}
