//! How a report names its typed values in the reader's language (the catalogue's
//! `report.ftl` and `methods.ftl`): the verdict, the counts, the time left, a method and
//! where it lives, a portal's outcome, an incident's impact, lists and sentences. The
//! typed model is what makes this possible: a report written in one language reads in
//! another. A value a newer writer added reads as "unknown" (or as the writer worded
//! it, where the report holds its words).

use jiff::Timestamp;
use mfa_ready_i18n::{Catalog, tr};

use super::model::{MethodEntry, ReadinessInfo};
use super::wire::OrUnknown;
use crate::fault::Outcome;
use crate::feeds::Impact;
use crate::methods::{Device, Tier};
use crate::readiness::Source;

/// "unknown": a value this version does not know.
pub(super) fn unknown(cat: &Catalog) -> String {
    tr!(cat, "report-unknown")
}

pub(super) fn yes_no(cat: &Catalog, yes: bool) -> String {
    if yes {
        tr!(cat, "report-yes")
    } else {
        tr!(cat, "report-no")
    }
}

/// The verdict's badge ("Ready", "Bereit"); one this version does not know, as the
/// report's writer worded it.
pub(super) fn verdict(cat: &Catalog, x: &ReadinessInfo) -> String {
    match x.verdict.known() {
        Some(v) => cat.text(&format!("verdict-{}", v.id())),
        None => x.label.clone(),
    }
}

/// "1 of 2 methods".
pub(super) fn methods_count(cat: &Catalog, have: u32, need: u32) -> String {
    tr!(cat, "report-methods-count", have = have, need = need)
}

/// "0 of 1 phishing-resistant"; nothing when the policy asks for none.
pub(super) fn pr_count(cat: &Catalog, have: u32, need: u32) -> Option<String> {
    (need > 0).then(|| tr!(cat, "report-pr-count", have = have, need = need))
}

/// The time left at `now` before the deadline `at` ("20 hours left", "overdue by 2
/// days"), as `deadline::time_left_sentence` says it in English: the report's own
/// `time_left` is the writer's words, this is the reader's, from the same two moments.
pub(super) fn time_left(cat: &Catalog, at: Timestamp, now: Timestamp) -> String {
    let left = at.duration_since(now).as_secs();
    let secs = left.unsigned_abs();
    let (days, hours, minutes) = (secs / 86_400, (secs % 86_400) / 3600, (secs % 3600) / 60);
    // Two units at most, as `duration::words` has them; a whole message for each shape.
    match (left > 0, days, hours, minutes) {
        (true, 1.., 1.., _) if days < 30 => {
            tr!(cat, "report-left-days-hours", days = days, hours = hours)
        }
        (false, 1.., 1.., _) if days < 30 => {
            tr!(cat, "report-overdue-days-hours", days = days, hours = hours)
        }
        (true, 1.., _, _) => tr!(cat, "report-left-days", days = days),
        (false, 1.., _, _) => tr!(cat, "report-overdue-days", days = days),
        (true, 0, 1.., 1..) => tr!(
            cat,
            "report-left-hours-minutes",
            hours = hours,
            minutes = minutes
        ),
        (false, 0, 1.., 1..) => tr!(
            cat,
            "report-overdue-hours-minutes",
            hours = hours,
            minutes = minutes
        ),
        (true, 0, 1.., 0) => tr!(cat, "report-left-hours", hours = hours),
        (false, 0, 1.., 0) => tr!(cat, "report-overdue-hours", hours = hours),
        (true, 0, 0, 1..) => tr!(cat, "report-left-minutes", minutes = minutes),
        (false, 0, 0, 1..) => tr!(cat, "report-overdue-minutes", minutes = minutes),
        (true, 0, 0, 0) => tr!(cat, "report-left-seconds", seconds = secs),
        (false, 0, 0, 0) if secs > 0 => tr!(cat, "report-overdue-seconds", seconds = secs),
        (false, 0, 0, 0) => tr!(cat, "report-overdue-now"),
    }
}

/// The method's name in the reader's language; one this version does not know, as the
/// report names it.
pub(super) fn method(cat: &Catalog, m: &MethodEntry) -> String {
    match m.kind.known() {
        Some(kind) => cat.text(&format!("method-{}", kind.id())),
        None => m.name.clone(),
    }
}

pub(super) fn tier(cat: &Catalog, t: OrUnknown<Tier>) -> String {
    t.known()
        .map_or_else(|| unknown(cat), |t| cat.text(&format!("tier-{}", t.id())))
}

/// "your phone", "this computer".
pub(super) fn device(cat: &Catalog, d: OrUnknown<Device>) -> String {
    d.known()
        .map_or_else(|| unknown(cat), |d| cat.text(&format!("device-{}", d.id())))
}

/// "verified by the service" / "marked as set up, not verified".
pub(super) fn source(cat: &Catalog, s: OrUnknown<Source>) -> String {
    s.known()
        .map_or_else(|| unknown(cat), |s| cat.text(&format!("source-{}", s.id())))
}

/// "gateway timeout", "Wi-Fi sign-in page (captive portal)".
pub(super) fn outcome(cat: &Catalog, o: OrUnknown<Outcome>) -> String {
    match o.known() {
        Some(o) => crate::fault::outcome(cat, o),
        None => tr!(cat, "report-outcome", outcome = o.wire()),
    }
}

/// "major", "maintenance".
pub(super) fn impact(cat: &Catalog, i: Impact) -> String {
    tr!(cat, "report-impact", impact = i.id())
}

/// "A, B, C", as the language lists things.
pub(super) fn list(cat: &Catalog, items: &[String]) -> String {
    join(items, |head, next| {
        tr!(cat, "report-list", head = head, next = next)
    })
}

/// Whole sentences one after the other (with a space, or none, as the language has it).
pub(super) fn sentences(cat: &Catalog, parts: &[String]) -> String {
    join(parts, |first, next| {
        tr!(cat, "report-sentences", first = first, next = next)
    })
}

/// The items folded left to right by `pair`.
pub(super) fn join(items: &[String], pair: impl Fn(String, String) -> String) -> String {
    let mut it = items.iter().cloned();
    let first = it.next().unwrap_or_default();
    it.fold(first, pair)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;
    use mfa_ready_i18n::Lang;

    /// English says the time left exactly as core's one wording does, at every shape
    /// (two units, one, seconds, the moment itself, overdue).
    #[test]
    fn the_time_left_in_english_is_cores_sentence() {
        let en = Catalog::new(Lang::En);
        let now: Timestamp = "2026-12-13T09:00:00Z".parse().unwrap_or_default();
        let mut secs: Vec<i64> = vec![0, 1, 2, 59, 60, 61, 119, 3600, 3601, 3660, 7320];
        secs.extend([86_400, 86_400 + 3600, 2 * 86_400 + 7200, 29 * 86_400 + 3600]);
        secs.extend([30 * 86_400 + 3600, 400 * 86_400]);
        for s in secs.clone() {
            for s in [s, -s] {
                let at = now + SignedDuration::from_secs(s);
                assert_eq!(
                    time_left(&en, at, now),
                    crate::deadline::time_left_sentence(at, now),
                    "{s} s"
                );
            }
        }
        let de = Catalog::new(Lang::De);
        let at = now + SignedDuration::from_hours(20);
        assert_eq!(time_left(&de, at, now), "noch 20 Stunden");
    }

    /// Every id built at run time here is in every shipped catalogue.
    #[test]
    fn every_method_tier_device_source_and_verdict_is_worded_in_every_language() {
        for lang in Lang::SHIPPED {
            let cat = Catalog::new(lang);
            let ids = crate::methods::MethodKind::ALL
                .iter()
                .map(|k| format!("method-{}", k.id()))
                .chain(Tier::ALL.iter().map(|t| format!("tier-{}", t.id())))
                .chain(Device::ALL.iter().map(|d| format!("device-{}", d.id())))
                .chain(
                    [Source::Verified, Source::SelfAttested]
                        .iter()
                        .map(|s| format!("source-{}", s.id())),
                )
                .chain(
                    crate::readiness::Verdict::ALL
                        .iter()
                        .map(|v| format!("verdict-{}", v.id())),
                );
            for id in ids {
                assert!(cat.has_own(&id), "{lang:?}: {id}");
            }
        }
    }

    /// Outcomes and impacts are each worded, never the fallback, for every value.
    #[test]
    fn every_outcome_and_impact_has_its_words() {
        let en = Catalog::new(Lang::En);
        for o in Outcome::ALL {
            assert_eq!(outcome(&en, o.into()), o.label(), "{o:?}");
        }
        assert_eq!(outcome(&en, OrUnknown::Unknown), "unknown");
        for i in Impact::ALL {
            assert_eq!(impact(&en, i), i.id(), "{i:?}");
        }
        let ja = Catalog::new(Lang::Ja);
        for o in Outcome::ALL {
            assert_ne!(outcome(&ja, o.into()), unknown(&ja), "{o:?}");
        }
    }

    #[test]
    fn lists_and_sentences_as_the_language_joins_them() {
        let en = Catalog::new(Lang::En);
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(list(&en, &items), "a, b, c");
        assert_eq!(sentences(&en, &items), "a b c");
        assert_eq!(list(&en, &[]), "");
        let ja = Catalog::new(Lang::Ja);
        assert_eq!(sentences(&ja, &items), "abc");
        assert_eq!(list(&ja, &items), "a、b、c");
    }
}
