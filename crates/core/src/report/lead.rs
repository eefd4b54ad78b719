//! The lead of the evidence section, in whole sentences: how many attempts the
//! service (not the user) blocked, when and how, the vendor incident open then, the
//! deadline, and what it supports. The guide's evidence step says it too.

use mfa_ready_i18n::{Catalog, tr};

use super::evidence::blocked_total;
use super::model::{EvidenceEntry, EvidenceSource, Report};
use super::terms;
use super::times::utc;

/// The lead of the evidence section, whole sentences: how many attempts the service
/// (not the user) blocked, when and how, the vendor incident then, and what it supports.
pub(super) fn evidence_lead(r: &Report, cat: &Catalog) -> String {
    let ev = &r.evidence;
    let (Some(first), Some(last)) = (
        ev.iter().map(|e| e.at).min(),
        ev.iter().map(|e| e.last_at.max(e.at)).max(),
    ) else {
        return tr!(cat, "report-lead-none");
    };
    // Rows of a source this version does not know count as checks, not as requests.
    let jobs = blocked_total(ev.iter().filter(|e| e.source.is(EvidenceSource::Job)));
    let probes = blocked_total(ev).saturating_sub(jobs);
    let how = classification_summary(ev, cat);
    let (from, to) = (utc(cat, first), utc(cat, last));
    let blocked = match (jobs > 0, probes > 0, first == last) {
        (true, false, true) => tr!(
            cat,
            "report-lead-attempts-at",
            attempts = jobs,
            time = from,
            how = how
        ),
        (true, false, false) => tr!(
            cat,
            "report-lead-attempts-between",
            attempts = jobs,
            from = from,
            to = to,
            how = how
        ),
        (false, _, true) => tr!(
            cat,
            "report-lead-checks-at",
            checks = probes,
            time = from,
            how = how
        ),
        (false, _, false) => tr!(
            cat,
            "report-lead-checks-between",
            checks = probes,
            from = from,
            to = to,
            how = how
        ),
        (true, true, true) => tr!(
            cat,
            "report-lead-both-at",
            attempts = jobs,
            checks = probes,
            time = from,
            how = how
        ),
        (true, true, false) => tr!(
            cat,
            "report-lead-both-between",
            attempts = jobs,
            checks = probes,
            from = from,
            to = to,
            how = how
        ),
    };
    let mut parts = vec![blocked, incident_sentence(r, cat)];
    if let Some(d) = &r.deadline {
        parts.push(tr!(
            cat,
            "report-lead-deadline",
            time = utc(cat, d.at),
            left = terms::time_left(cat, d.at, r.generated_at)
        ));
    }
    parts.push(tr!(cat, "report-lead-close"));
    terms::sentences(cat, &parts)
}

/// Whether a vendor incident was open while the attempts were blocked.
fn incident_sentence(r: &Report, cat: &Catalog) -> String {
    let total = blocked_total(&r.evidence);
    let during: Vec<&EvidenceEntry> = r.evidence.iter().filter(|e| e.incident.is_some()).collect();
    let Some(incident) = during.first().and_then(|e| e.incident.as_deref()) else {
        return if r.feeds_read_at.is_some() {
            tr!(cat, "report-lead-no-incident")
        } else {
            tr!(cat, "report-lead-incident-unknown")
        };
    };
    let in_incident = blocked_total(during.iter().copied());
    match (in_incident == total, total) {
        (true, 1) => tr!(cat, "report-lead-incident-one", incident = incident),
        (true, _) => tr!(
            cat,
            "report-lead-incident-all",
            total = total,
            incident = incident
        ),
        (false, _) => tr!(
            cat,
            "report-lead-incident-some",
            during = in_incident,
            total = total,
            incident = incident
        ),
    }
}

/// "5 × gateway timeout (504), 1 × timed out (no answer in time)", most frequent first.
fn classification_summary(ev: &[EvidenceEntry], cat: &Catalog) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for e in ev {
        let n = blocked_total([e]);
        match counts.iter_mut().find(|(c, _)| *c == e.classification) {
            Some((_, total)) => *total += n,
            None => counts.push((&e.classification, n)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let items: Vec<String> = counts
        .iter()
        .map(|(c, n)| tr!(cat, "report-times", count = *n, what = *c))
        .collect();
    terms::list(cat, &items)
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;

    #[test]
    fn the_evidence_lead_is_whole_sentences() {
        let en = Catalog::new(mfa_ready_i18n::Lang::En);
        let evidence_lead = |r: &Report| super::evidence_lead(r, &en);
        let r = testkit::outage();
        let lead = evidence_lead(&r);
        assert!(
            lead.starts_with(
                "The service, not the user, blocked 5 enrollment attempts and 1 portal check between 13 Dec 2026, 06:30 UTC and 13 Dec 2026, 08:58 UTC: 5 × gateway timeout (504), 1 × timed out (no answer in time)."
            ),
            "{lead}"
        );
        assert!(lead.contains(" 5 of 6 happened while the provider's status feed reported an incident (Azure status: Authentication failures in Europe)."), "{lead}");
        assert!(lead.contains(" The deadline in force is 14 Dec 2026, 05:00 UTC (20 hours left)."));
        assert!(lead.ends_with("Temporary Access Pass."));
        // One row for a run of 4 failing checks counts 4 in both sentences.
        let mut r = testkit::outage();
        r.evidence.retain(|e| e.source.is(EvidenceSource::Probe));
        r.evidence[0].count = 4;
        r.evidence[0].incident = Some("Azure status: Authentication failures".into());
        let lead = evidence_lead(&r);
        assert!(
            lead.starts_with(
                "The service, not the user, blocked 4 portal checks at 13 Dec 2026, 08:58 UTC"
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
