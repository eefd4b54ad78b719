//! How the window names core's concepts in the user's language: methods (name, summary,
//! what you need, steps), where they live, their tier, how they are known, the verdict,
//! what a portal check found and what the status pages add.
//! The catalogue's `methods.ftl`; `core` keeps the same English for the command line and
//! the reports, and the tests below keep the two equal.

use mfa_ready_core::device::{self, Blocker, CheckId, Fix, Platform, Status};
use mfa_ready_core::fault::{self, ConnectivityObservation, PortalSummary};
use mfa_ready_core::methods::{Device, MethodKind, Tier};
use mfa_ready_core::readiness::{GapKind, Source, ToDo, Verdict};
use mfa_ready_i18n::{Catalog, Lang, tr};

use crate::services::health::Confirmation;
use crate::services::probe::ProbeResult;

pub fn method(tr: &Catalog, kind: MethodKind) -> String {
    tr.text(&format!("method-{}", kind.id()))
}

pub fn method_summary(tr: &Catalog, kind: MethodKind) -> String {
    tr.text(&format!("method-{}-summary", kind.id()))
}

pub fn method_you_need(tr: &Catalog, kind: MethodKind) -> String {
    tr.text(&format!("method-{}-you-need", kind.id()))
}

/// The method's steps, as many as the catalogue has.
pub fn method_steps(tr: &Catalog, kind: MethodKind) -> Vec<String> {
    (1..=kind.info().steps.len())
        .map(|n| tr.text(&format!("method-{}-step-{n}", kind.id())))
        .collect()
}

/// A method's name inside a sentence ("your security key"). English, French and Spanish
/// write a common noun in lower case mid-sentence; a name with a capital beyond its first
/// letter is a proper name ("Windows Hello for Business", "Text message (SMS)") and stays;
/// German nouns keep their capital and Japanese has no case.
pub fn method_in_sentence(tr: &Catalog, kind: MethodKind) -> String {
    let name = method(tr, kind);
    if matches!(tr.lang(), Lang::De | Lang::Ja) {
        return name;
    }
    mfa_ready_core::phrase::name_in_sentence(&name)
}

/// "your phone", "this computer", …
pub fn device(tr: &Catalog, device: Device) -> String {
    tr.text(&format!("device-{}", device.id()))
}

pub fn tier(tr: &Catalog, tier: Tier) -> String {
    tr.text(&format!("tier-{}", tier.id()))
}

/// "verified by the service" / "marked as set up, not verified".
pub fn source(tr: &Catalog, source: Source) -> String {
    tr.text(&format!("source-{}", source.id()))
}

pub fn verdict(tr: &Catalog, verdict: Verdict) -> String {
    tr.text(&format!("verdict-{}", verdict.id()))
}

/// "4 days left", "5 hours left", "Less than an hour left": the time before a deadline
/// (the window's hero and `mfa-ready status`).
pub fn time_left(tr: &Catalog, left: jiff::SignedDuration) -> String {
    let secs = left.as_secs();
    if secs >= 86_400 {
        tr!(tr, "hero-days-left", days = secs / 86_400)
    } else if secs >= 3_600 {
        tr!(tr, "hero-hours-left", hours = secs / 3_600)
    } else {
        tr!(tr, "hero-minutes-left")
    }
}

/// One thing left to do, as a sentence ("Add 1 more sign-in method").
pub fn to_do(tr: &Catalog, t: &ToDo) -> String {
    match t.gap {
        GapKind::TooFewMethods => tr!(tr, "checklist-more-methods", count = t.missing),
        GapKind::TooFewPhishingResistant => tr!(tr, "checklist-more-pr", count = t.missing),
        GapKind::SingleDevice => tr!(tr, "checklist-other-device"),
        GapKind::Device => tr!(tr, "checklist-device"),
    }
}

/// A portal's check in the reader's words: from its facts, or its stored English when
/// it was read back without them.
pub fn portal_explanation(tr: &Catalog, p: &ProbeResult) -> String {
    match &p.says {
        Some(says) => fault::explanation(tr, says),
        None => p.explanation.clone(),
    }
}

/// The overview's one line: every portal normal, or the worst portal's sentence.
pub fn portal_summary(tr: &Catalog, s: &PortalSummary<&ProbeResult>) -> String {
    match s {
        PortalSummary::AllNormal { portals } => tr!(tr, "portals-all-normal", count = *portals),
        PortalSummary::Worst(p) => portal_explanation(tr, p),
    }
}

/// The connection as the connectivity check found it ("online", "offline"), or that it
/// was not checked (the policy has none).
pub fn connection(tr: &Catalog, c: &ConnectivityObservation) -> String {
    let state = if c.checks.is_empty() {
        "not_checked"
    } else {
        c.outcome.as_str()
    };
    tr!(tr, "connection-state", state = state)
}

/// What the providers' status pages add to a failing portal.
pub fn confirmation(tr: &Catalog, c: &Confirmation) -> String {
    match c {
        Confirmation::Incident { feed } => tr!(tr, "feeds-confirm-incident", feed = feed.as_str()),
        Confirmation::Maintenance { feed } => tr!(tr, "feeds-maintenance", feed = feed.as_str()),
        Confirmation::FeedsUnreadable => tr!(tr, "feeds-unreadable"),
        Confirmation::OnlyYou => tr!(tr, "feeds-only-you"),
    }
}

/// A posture check's name ("Disk encryption").
pub fn device_check(tr: &Catalog, id: CheckId) -> String {
    device::said::check_name(tr, id)
}

/// "OK", "Not met", "Could not check".
pub fn device_status(tr: &Catalog, s: Status) -> String {
    device::said::status(tr, s)
}

/// What to do about a check, as this OS has it ("Turn on BitLocker (Settings → …)").
pub fn device_fix(tr: &Catalog, fix: Fix, platform: Platform) -> String {
    device::said::fix(tr, fix, platform)
}

/// Why a method cannot be set up here now, with what to do.
pub fn device_blocker(tr: &Catalog, b: Blocker) -> String {
    device::said::blocker(tr, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English catalogue says exactly what core says (one wording, two places that
    /// cannot drift), and every language has every method's words.
    #[test]
    fn the_english_catalogue_is_cores_english_and_every_language_has_it_all() {
        let en = Catalog::new(Lang::En);
        for kind in MethodKind::ALL {
            let info = kind.info();
            assert_eq!(method(&en, kind), info.name);
            assert_eq!(method_summary(&en, kind), info.summary);
            assert_eq!(method_you_need(&en, kind), info.you_need);
            assert_eq!(method_steps(&en, kind), info.steps);
        }
        for d in Device::ALL {
            assert_eq!(device(&en, d), d.label());
        }
        for t in Tier::ALL {
            assert_eq!(tier(&en, t), t.label());
        }
        for s in [Source::Verified, Source::SelfAttested] {
            assert_eq!(source(&en, s), s.label());
        }
        for v in Verdict::ALL {
            assert_eq!(verdict(&en, v), v.label());
        }
        for lang in Lang::SHIPPED {
            let tr = Catalog::new(lang);
            for kind in MethodKind::ALL {
                assert!(
                    tr.has_own(&format!("method-{}", kind.id())),
                    "{lang:?} lacks {kind:?}"
                );
                assert_eq!(method_steps(&tr, kind).len(), kind.info().steps.len());
            }
        }
    }
}
