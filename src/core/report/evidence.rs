//! "Enrollment attempts during service problems": the attempts that the
//! service blocked (5xx, 429, timeouts), from the queue's history and the
//! portal probes, each with the vendor incident open at that moment. What an
//! IT admin needs to grant an extension or a Temporary Access Pass.

use jiff::Timestamp;

use crate::core::queue::ErrorClass;

use super::model::{EvidenceEntry, IncidentEntry, JobEntry, PortalEntry};

/// Whether an answer means the service (not the user's side) blocked the attempt.
pub fn service_blocked(class: Option<ErrorClass>, status: Option<u16>, timed_out: bool) -> bool {
    timed_out || class == Some(ErrorClass::Timeout) || status.is_some_and(|s| s >= 500 || s == 429)
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

/// The attempts the service blocked, oldest first.
pub fn collect(
    jobs: &[JobEntry],
    probes: &[PortalEntry],
    incidents: &[IncidentEntry],
) -> Vec<EvidenceEntry> {
    let mut out = Vec::new();
    for j in jobs {
        for h in &j.history {
            let Some(e) = crate::core::queue::parse_history_detail(&h.detail) else {
                continue;
            };
            let timed_out = e.class == ErrorClass::Timeout;
            if !service_blocked(Some(e.class), e.status, timed_out) {
                continue;
            }
            out.push(EvidenceEntry {
                at: h.at,
                attempted: format!("{} (attempt {})", j.what, h.attempt),
                source: "job".into(),
                classification: classification(e.status, timed_out),
                http_status: e.status,
                request_id: e.request_id,
                client_request_id: j.client_request_id.clone(),
                incident: incident_at(incidents, h.at),
            });
        }
    }
    for p in probes {
        let timed_out = p.timed_out_phase.is_some() || p.outcome.contains("timeout");
        if p.healthy || !service_blocked(None, p.http_status, timed_out) {
            continue;
        }
        out.push(EvidenceEntry {
            at: p.at,
            attempted: format!("Reaching {}", p.name),
            source: "probe".into(),
            classification: classification(p.http_status, timed_out),
            http_status: p.http_status,
            request_id: p.request_id.clone(),
            client_request_id: None,
            incident: incident_at(incidents, p.at),
        });
    }
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
            from - slack <= at && at <= i.last_seen + slack
        })
        .map(|i| format!("{}: {}", i.feed, i.title))
}
