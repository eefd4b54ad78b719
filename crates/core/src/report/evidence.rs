//! "Enrollment attempts during service problems": the attempts that the
//! service blocked (5xx, 429, timeouts), from the queue's history and the
//! portal probes, each with the vendor incident open at that moment. What an
//! IT admin needs to grant an extension or a Temporary Access Pass.

use jiff::Timestamp;

use crate::duration::add_saturating;
use crate::fault::Outcome;
use crate::queue::ErrorClass;

use super::model::{EvidenceEntry, EvidenceSource, IncidentEntry, JobEntry, PortalEntry};

/// Whether an answer means the service (not the user's side) blocked the attempt.
pub fn service_blocked(class: Option<ErrorClass>, status: Option<u16>, timed_out: bool) -> bool {
    timed_out || class == Some(ErrorClass::Timeout) || status.is_some_and(|s| s >= 500 || s == 429)
}

/// Whether a stored portal check was blocked by the service (5xx, 429 or a
/// timeout; a usable answer never is). The evidence and the overview's outage
/// sentence both ask this. `None`: an outcome this version does not know.
pub fn probe_blocked(
    outcome: Option<Outcome>,
    http_status: Option<u16>,
    timed_out_phase: bool,
) -> bool {
    !outcome.is_some_and(Outcome::is_healthy)
        && service_blocked(
            None,
            http_status,
            timed_out_phase || outcome_timed_out(outcome),
        )
}

/// Whether the outcome itself says nothing came back in time (a timeout here, or
/// the gateway's).
fn outcome_timed_out(outcome: Option<Outcome>) -> bool {
    matches!(outcome, Some(Outcome::Timeout | Outcome::GatewayTimeout))
}

/// "gateway timeout (504)", "rate limited (429)", "server error (500)", "timed out".
pub fn classification(status: Option<u16>, timed_out: bool) -> String {
    match status {
        Some(504) => "gateway timeout (504)".to_owned(),
        Some(503) => "service unavailable (503)".to_owned(),
        Some(502) => "bad gateway (502)".to_owned(),
        Some(429) => "rate limited (429)".to_owned(),
        Some(s) if s >= 500 => format!("server error ({s})"),
        Some(s) if timed_out => format!("timed out after answering {s}"),
        _ => "timed out (no answer in time)".to_owned(),
    }
}

/// How many attempts and checks the rows stand for: a row for a run of failing
/// checks counts each one (`count`), so every sentence gives the same figure.
pub fn blocked_total<'a>(rows: impl IntoIterator<Item = &'a EvidenceEntry>) -> usize {
    rows.into_iter()
        .map(|e| usize::try_from(e.count.max(1)).unwrap_or(1))
        .sum()
}

/// The attempts the service blocked, oldest first.
pub fn collect(
    jobs: &[JobEntry],
    probes: &[PortalEntry],
    incidents: &[IncidentEntry],
) -> Vec<EvidenceEntry> {
    let mut out = Vec::new();
    for j in jobs {
        for h in &j.history {
            let Some(e) = crate::queue::parse_history_detail(&h.detail) else {
                continue;
            };
            let timed_out = e.class == ErrorClass::Timeout;
            if !service_blocked(Some(e.class), e.status, timed_out) {
                continue;
            }
            out.push(EvidenceEntry {
                at: h.at,
                last_at: h.at,
                count: 1,
                attempted: format!("{} (attempt {})", j.what, h.attempt),
                source: EvidenceSource::Job.into(),
                classification: classification(e.status, timed_out),
                http_status: e.status,
                request_id: e.request_id,
                client_request_id: j.client_request_id.clone(),
                incident: incident_at(incidents, h.at),
            });
        }
    }
    // Portal checks run every few minutes: a run of failures of one portal with
    // the same classification is one row ("12 checks until …"), not dozens.
    let mut sorted: Vec<&PortalEntry> = probes.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name).then(a.at.cmp(&b.at)));
    let mut run: Option<(EvidenceEntry, u32, Timestamp)> = None;
    let flush = |run: &mut Option<(EvidenceEntry, u32, Timestamp)>,
                 out: &mut Vec<EvidenceEntry>| {
        if let Some((mut e, n, last)) = run.take() {
            e.count = n;
            e.last_at = last;
            if n > 1 {
                e.attempted = format!(
                    "{} ({n} checks until {})",
                    e.attempted,
                    last.strftime("%H:%M UTC")
                );
            }
            out.push(e);
        }
    };
    for p in sorted {
        let outcome = p.outcome.known();
        if p.healthy || !probe_blocked(outcome, p.http_status, p.timed_out_phase.is_some()) {
            flush(&mut run, &mut out);
            continue;
        }
        let timed_out = p.timed_out_phase.is_some() || outcome_timed_out(outcome);
        let classification = classification(p.http_status, timed_out);
        let attempted = format!("Reaching {}", p.name);
        if let Some((e, n, last)) = run.as_mut()
            && e.attempted == attempted
            && e.classification == classification
        {
            *n += 1;
            *last = p.at;
            continue;
        }
        flush(&mut run, &mut out);
        run = Some((
            EvidenceEntry {
                at: p.at,
                last_at: p.at,
                count: 1,
                attempted,
                source: EvidenceSource::Probe.into(),
                classification,
                http_status: p.http_status,
                request_id: p.request_id.clone(),
                client_request_id: None,
                incident: incident_at(incidents, p.at),
            },
            1,
            p.at,
        ));
    }
    flush(&mut run, &mut out);
    out.sort_by_key(|e| e.at);
    out
}

/// "Azure status: Authentication failures in Europe" for an incident seen
/// around `at` (between its start or first sighting and its last sighting).
fn incident_at(incidents: &[IncidentEntry], at: Timestamp) -> Option<String> {
    let slack = jiff::SignedDuration::from_mins(15);
    incidents
        .iter()
        .find(|i| {
            let from = i.started.unwrap_or(i.first_seen).min(i.first_seen);
            add_saturating(from, -slack) <= at && at <= add_saturating(i.last_seen, slack)
        })
        .map(|i| format!("{}: {}", i.feed, i.title))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe(min: i64, status: u16) -> PortalEntry {
        PortalEntry {
            name: "My Sign-Ins".into(),
            url: "https://mysignins.microsoft.com".into(),
            at: "2026-12-13T09:00:00Z".parse::<Timestamp>().unwrap()
                + jiff::SignedDuration::from_mins(min),
            outcome: if status == 200 {
                Outcome::Healthy
            } else {
                Outcome::GatewayTimeout
            }
            .into(),
            healthy: status == 200,
            explanation: String::new(),
            http_status: Some(status),
            phases: Default::default(),
            timed_out_phase: None,
            request_id: None,
            cert_issuer: None,
            error_kind: None,
            says: None,
            proxy: None,
        }
    }

    /// Issue 13, item 10: each blocked attempt of a job keeps the provider's request id
    /// and the job's client-request-id, to be looked up in the tenant's logs.
    #[test]
    fn a_blocked_attempt_keeps_both_ids() {
        let at: Timestamp = "2026-12-13T09:00:00Z".parse().unwrap();
        let job = JobEntry {
            id: 1,
            kind: crate::queue::JobKind::RegisterPhone.into(),
            what: "Adding your phone".into(),
            state: crate::queue::JobState::Pending.into(),
            attempts: 2,
            client_request_id: Some("c0ffee00-1111".into()),
            created_at: at,
            updated_at: at,
            last_error: None,
            history: vec![super::super::model::HistoryEntry {
                at,
                state: crate::queue::JobState::Pending.into(),
                attempt: 1,
                detail: "http 504: Gateway Timeout (request-id 7f3c-01); next try at 2026-12-13T09:01:00Z".into(),
            }],
        };
        let mut p = probe(0, 504);
        p.request_id = Some("probe-req-1".into());
        let e = collect(&[job], &[p], &[]);
        assert_eq!(e.len(), 2, "{e:?}");
        let j = e.iter().find(|e| e.source.is(EvidenceSource::Job)).unwrap();
        assert_eq!(j.request_id.as_deref(), Some("7f3c-01"));
        assert_eq!(j.client_request_id.as_deref(), Some("c0ffee00-1111"));
        let p = e
            .iter()
            .find(|e| e.source.is(EvidenceSource::Probe))
            .unwrap();
        assert_eq!(p.request_id.as_deref(), Some("probe-req-1"));
    }

    #[test]
    fn a_run_of_failing_checks_is_one_row_and_a_healthy_check_ends_it() {
        let probes: Vec<PortalEntry> = [0, 5, 10, 15]
            .map(|m| probe(m, 504))
            .into_iter()
            .chain([probe(20, 200), probe(25, 503)])
            .collect();
        let e = collect(&[], &probes, &[]);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(
            e[0].attempted,
            "Reaching My Sign-Ins (4 checks until 09:15 UTC)"
        );
        assert_eq!(e[0].classification, "gateway timeout (504)");
        assert_eq!((e[0].count, e[0].last_at), (4, probes[3].at));
        assert_eq!(e[1].attempted, "Reaching My Sign-Ins");
        assert_eq!(e[1].http_status, Some(503));
    }
}
