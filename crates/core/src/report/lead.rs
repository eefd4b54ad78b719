//! The lead of the evidence section, in whole sentences: how many attempts the
//! service (not the user) blocked, when and how, the vendor incident open then, the
//! deadline, and what it supports. The guide's evidence step says it too.

use super::evidence::blocked_total;
use super::model::{EvidenceEntry, EvidenceSource, Report};
use super::times::utc;
use crate::phrase::plural;

/// The lead of the evidence section, whole sentences: how many attempts the service
/// (not the user) blocked, when and how, the vendor incident then, and what it supports.
pub(super) fn evidence_lead(r: &Report) -> String {
    let ev = &r.evidence;
    let (Some(first), Some(last)) = (
        ev.iter().map(|e| e.at).min(),
        ev.iter().map(|e| e.last_at.max(e.at)).max(),
    ) else {
        return "No attempt was blocked by the service in the last 14 days.".to_owned();
    };
    // Rows of a source this version does not know count as checks, not as requests.
    let jobs = blocked_total(ev.iter().filter(|e| e.source.is(EvidenceSource::Job)));
    let probes = blocked_total(ev).saturating_sub(jobs);
    let attempts = plural(jobs, "enrollment attempt", "enrollment attempts");
    let checks = plural(probes, "portal check", "portal checks");
    let how = classification_summary(ev);
    let (from, to) = (utc(first), utc(last));
    let at = &from;
    let mut s = match (jobs > 0, probes > 0, first == last) {
        (true, false, true) => {
            format!("The service, not the user, blocked {attempts} at {at}: {how}.")
        }
        (true, false, false) => {
            format!("The service, not the user, blocked {attempts} between {from} and {to}: {how}.")
        }
        (false, _, true) => format!("The service, not the user, blocked {checks} at {at}: {how}."),
        (false, _, false) => {
            format!("The service, not the user, blocked {checks} between {from} and {to}: {how}.")
        }
        (true, true, true) => {
            format!("The service, not the user, blocked {attempts} and {checks} at {at}: {how}.")
        }
        (true, true, false) => format!(
            "The service, not the user, blocked {attempts} and {checks} between {from} and {to}: {how}."
        ),
    };
    s.push(' ');
    s.push_str(&incident_sentence(r));
    if let Some(d) = &r.deadline {
        s.push_str(&format!(
            " The deadline in force is {} ({}).",
            utc(d.at),
            d.time_left
        ));
    }
    s.push_str(
        " Each row has the provider's request id to trace it. This supports granting an extension or a Temporary Access Pass.",
    );
    s
}

/// Whether a vendor incident was open while the attempts were blocked.
fn incident_sentence(r: &Report) -> String {
    let total = blocked_total(&r.evidence);
    let during: Vec<&EvidenceEntry> = r.evidence.iter().filter(|e| e.incident.is_some()).collect();
    let Some(incident) = during.first().and_then(|e| e.incident.as_deref()) else {
        return if r.feeds_read_at.is_some() {
            "No provider status feed reported an incident at those times.".to_owned()
        } else {
            "Whether the provider reported an incident then is unknown: no status feed could be read from this device.".to_owned()
        };
    };
    let in_incident = blocked_total(during.iter().copied());
    match (in_incident == total, total) {
        (true, 1) => format!(
            "It happened while the provider's status feed reported an incident ({incident})."
        ),
        (true, _) => format!(
            "All {total} happened while the provider's status feed reported an incident ({incident})."
        ),
        (false, _) => format!(
            "{in_incident} of {total} happened while the provider's status feed reported an incident ({incident})."
        ),
    }
}

/// "5 × gateway timeout (504), 1 × timed out (no answer in time)", most frequent first.
fn classification_summary(ev: &[EvidenceEntry]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for e in ev {
        let n = blocked_total([e]);
        match counts.iter_mut().find(|(c, _)| *c == e.classification) {
            Some((_, total)) => *total += n,
            None => counts.push((&e.classification, n)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
        .iter()
        .map(|(c, n)| format!("{n} × {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;

    #[test]
    fn the_evidence_lead_is_whole_sentences() {
        let r = testkit::outage();
        let lead = evidence_lead(&r);
        assert!(
            lead.starts_with(
                "The service, not the user, blocked 5 enrollment attempts and 1 portal check between 2026-12-13 06:30 UTC and 2026-12-13 08:58 UTC: 5 × gateway timeout (504), 1 × timed out (no answer in time)."
            ),
            "{lead}"
        );
        assert!(lead.contains(" 5 of 6 happened while the provider's status feed reported an incident (Azure status: Authentication failures in Europe)."), "{lead}");
        assert!(lead.contains(" The deadline in force is 2026-12-14 05:00 UTC (20 hours left)."));
        assert!(lead.ends_with("Temporary Access Pass."));
        // One row for a run of 4 failing checks counts 4 in both sentences.
        let mut r = testkit::outage();
        r.evidence.retain(|e| e.source.is(EvidenceSource::Probe));
        r.evidence[0].count = 4;
        r.evidence[0].incident = Some("Azure status: Authentication failures".into());
        let lead = evidence_lead(&r);
        assert!(
            lead.starts_with(
                "The service, not the user, blocked 4 portal checks at 2026-12-13 08:58 UTC"
            ),
            "{lead}"
        );
        assert!(lead.contains("All 4 happened while"), "{lead}");
        r.evidence[0].count = 1;
        assert!(evidence_lead(&r).contains(" It happened while"));
        // No feed read: unknown, never "none".
        r.evidence[0].incident = None;
        r.feeds_read_at = None;
        assert!(
            evidence_lead(&r).contains("Whether the provider reported an incident then is unknown")
        );
        r.feeds_read_at = Some(testkit::at(0));
        assert!(
            evidence_lead(&r)
                .contains("No provider status feed reported an incident at those times.")
        );
    }
}
