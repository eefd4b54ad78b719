//! `mfa-ready check [--json]`: the fleet check. One line for people, the exit code for
//! machines (0 ready, 1 not ready or overdue, 2 error); no display, no network.
//! `--json` is the `status` document plus the last probe summary and the queue's open
//! job count.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use crate::services::store::{ProbeRow, Store};
use crate::ui::names;
use mfa_ready_core::readiness::{Readiness, Verdict};
use mfa_ready_i18n::{Catalog, tr};

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
                line(session.catalog(), &v.readiness, &TimeZone::system())
            );
        }
        Ok(())
    })
}

/// "Ready: 3 methods, 1 phishing-resistant", "Not ready: add a security key by Tuesday
/// 15 December", "Overdue: add a security key (deadline was Tuesday 15 December)", in the
/// reader's language; with no step that would help here, the first thing left after the
/// date: "Not ready by Tuesday 15 December: Put a method on another device, …".
pub fn line(tr: &Catalog, r: &Readiness, tz: &TimeZone) -> String {
    let day = |t: Timestamp| tr.day(&t.to_zoned(tz.clone()));
    if r.verdict == Verdict::Ready {
        return tr!(
            tr,
            "cli-check-ready",
            count = r.counted,
            pr = r.phishing_resistant
        );
    }
    let overdue = r.verdict == Verdict::Overdue;
    let date = r.deadline.map(|d| day(d.at));
    let Some(next) = &r.next_step else {
        let todo = r
            .to_do
            .first()
            .map_or_else(|| tr!(tr, "cli-check-see-status"), |t| names::to_do(tr, t));
        return match (overdue, date) {
            (false, Some(date)) => tr!(tr, "cli-check-not-ready-by", date = date, todo = todo),
            (false, None) => tr!(tr, "cli-check-not-ready", todo = todo),
            (true, Some(date)) => tr!(tr, "cli-check-overdue-by", date = date, todo = todo),
            (true, None) => tr!(tr, "cli-check-overdue", todo = todo),
        };
    };
    let method = next.method.id();
    match (overdue, date) {
        (false, Some(date)) => tr!(
            tr,
            "cli-check-not-ready-step-by",
            method = method,
            date = date
        ),
        (false, None) => tr!(tr, "cli-check-not-ready-step", method = method),
        (true, Some(date)) => tr!(
            tr,
            "cli-check-overdue-step-by",
            method = method,
            date = date
        ),
        (true, None) => tr!(tr, "cli-check-overdue-step", method = method),
    }
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
    use mfa_ready_core::methods::MethodKind;
    use mfa_ready_i18n::Lang;

    fn not_ready() -> Readiness {
        Readiness {
            verdict: Verdict::NotReady,
            deadline: None,
            time_left: None,
            urgency: mfa_ready_core::deadline::Urgency::None,
            counted: 1,
            required: 2,
            phishing_resistant: 0,
            required_phishing_resistant: 0,
            not_counted: Vec::new(),
            gaps: Vec::new(),
            next_step: None,
            to_do: vec![mfa_ready_core::readiness::ToDo {
                gap: mfa_ready_core::readiness::GapKind::SingleDevice,
                missing: 1,
                method: None,
            }],
            progress: mfa_ready_core::readiness::Progress { done: 1, total: 3 },
        }
    }

    #[test]
    fn without_a_step_the_line_gives_what_is_left_after_the_date() {
        let en = Catalog::new(Lang::En);
        let mut r = not_ready();
        let tz = TimeZone::UTC;
        assert_eq!(
            line(&en, &r, &tz),
            "Not ready: Put a method on another device, so that losing your phone doesn't lock you out"
        );
        r.deadline = Some(mfa_ready_core::deadline::Deadline {
            at: "2026-12-15T16:00:00Z".parse().unwrap(),
            source: mfa_ready_core::deadline::DeadlineSource::Organization,
        });
        r.verdict = Verdict::Overdue;
        assert!(
            line(&en, &r, &tz).starts_with("Overdue (deadline was Tuesday 15 December): Put"),
            "{}",
            line(&en, &r, &tz)
        );
        r.verdict = Verdict::Ready;
        r.to_do.clear();
        assert_eq!(line(&en, &r, &tz), "Ready: 1 method, 0 phishing-resistant");
        r.counted = 3;
        assert_eq!(line(&en, &r, &tz), "Ready: 3 methods, 0 phishing-resistant");
    }

    /// The next step's method, with the article English gives it, in every language.
    #[test]
    fn the_next_step_names_the_method_to_add() {
        let mut r = not_ready();
        r.next_step = Some(mfa_ready_core::readiness::NextStep {
            method: MethodKind::SecurityKey,
            reason: String::new(),
            skipped: Vec::new(),
        });
        let tz = TimeZone::UTC;
        let en = Catalog::new(Lang::En);
        assert_eq!(line(&en, &r, &tz), "Not ready: add a security key");
        for (kind, add) in [
            (MethodKind::AuthenticatorApp, "add an authenticator app"),
            (MethodKind::WindowsHello, "add Windows Hello for Business"),
        ] {
            r.next_step.as_mut().unwrap().method = kind;
            assert_eq!(line(&en, &r, &tz), format!("Not ready: {add}"));
        }
        for lang in Lang::SHIPPED {
            let tr = Catalog::new(lang);
            for kind in MethodKind::ALL {
                r.next_step.as_mut().unwrap().method = kind;
                let said = line(&tr, &r, &tz);
                assert!(
                    !said.contains('…') && !said.contains('{'),
                    "{lang:?}: {said}"
                );
                if lang != Lang::En {
                    assert_ne!(said, line(&en, &r, &tz), "{lang:?} {kind:?}");
                }
            }
        }
    }
}
