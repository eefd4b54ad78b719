//! The result of one probe: the raw facts, classified, in the shape of the
//! `probe --json` contract.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use mfa_ready_core::mask;

use mfa_ready_core::fault::{
    Blame, CertificateInfo, Classification, ConnectivityObservation, Explanation, Outcome, Phase,
    PhaseTimings, ProbeObservation, Severity, Thresholds, TlsProblem, classify, judged_url,
};

/// Result of probing one portal. Field names are a contract with IT scripts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeResult {
    /// Portal display name.
    pub name: String,
    /// URL probed.
    pub url: String,
    /// Verdict.
    pub outcome: Outcome,
    /// Last HTTP status received.
    pub http_status: Option<u16>,
    /// Phase durations in ms.
    pub phases_ms: PhaseTimings,
    /// Phase that exceeded its deadline.
    pub timed_out_phase: Option<Phase>,
    /// Request id sent by the server.
    pub request_id: Option<String>,
    /// Leaf certificate of the last TLS connection (also when verification failed).
    pub certificate: Option<CertificateInfo>,
    /// One sentence for the user, in English (the contract).
    pub explanation: String,
    /// What it says, as facts, for the reader's language; absent when read back
    /// from JSON (the English above is all there is then).
    #[serde(skip)]
    pub says: Option<Explanation>,
    /// One line for the helpdesk.
    pub technical: String,
    /// When the server asked to retry (from Retry-After).
    pub retry_after: Option<Timestamp>,
    /// When the probe started.
    pub checked_at: Timestamp,
    /// Traffic light.
    pub severity: Severity,
    /// Likely side of the problem.
    pub blame: Blame,
    /// TLS problem sub-kind.
    pub tls_problem: Option<TlsProblem>,
    /// URLs requested in order (more than one when redirected).
    pub redirects: Vec<String>,
    /// The way the check went (a proxy or directly) and what chose it (issue 18).
    pub proxy: Option<mfa_ready_core::proxy::Route>,
    /// Raw facts, kept for re-classification; not serialised.
    #[serde(skip)]
    pub observation: ProbeObservation,
    /// Thresholds used; not serialised.
    #[serde(skip)]
    pub thresholds: Thresholds,
}

impl ProbeResult {
    /// Builds a result from raw facts.
    pub fn from_observation(
        observation: ProbeObservation,
        thresholds: Thresholds,
        connectivity: Option<&ConnectivityObservation>,
    ) -> Self {
        let c = classify(&observation, &thresholds, connectivity);
        Self::assemble(observation, thresholds, c)
    }

    /// Re-classifies with a connectivity verdict (e.g. once the connectivity check finished).
    pub fn reclassify(&mut self, connectivity: Option<&ConnectivityObservation>) {
        let c = classify(&self.observation, &self.thresholds, connectivity);
        *self = Self::assemble(std::mem::take(&mut self.observation), self.thresholds, c);
    }

    fn assemble(obs: ProbeObservation, thresholds: Thresholds, c: Classification) -> Self {
        Self {
            name: obs.portal_name.clone(),
            url: obs.url.clone(),
            outcome: c.outcome,
            http_status: obs.http_status,
            phases_ms: obs.phases,
            timed_out_phase: obs.timed_out_phase,
            // What the server sent can carry a user's phone or e-mail (a request id
            // echoing the sign-in name, a login_hint in a redirect): masked here, where
            // it enters every output (window, CLI, store, reports).
            request_id: obs.request_id.as_deref().map(mask::mask_text),
            certificate: obs.certificate.clone(),
            explanation: c.explanation,
            says: Some(c.says),
            technical: c.technical,
            retry_after: c.retry_after,
            checked_at: obs.started_at,
            severity: c.outcome.severity(),
            blame: c.blame,
            tls_problem: c.tls_problem,
            redirects: obs
                .redirect_chain
                .iter()
                .map(|u| mask::mask_text(u))
                .collect(),
            proxy: obs.route.clone(),
            observation: obs,
            thresholds,
        }
    }

    /// The URL whose host this result speaks about: the portal's own, or the
    /// host a redirect led to when the probe failed there
    /// ([`mfa_ready_core::fault::judged_url`]).
    pub fn judged_url(&self) -> &str {
        judged_url(&self.url, &self.redirects, self.outcome)
    }
}

/// Connectivity verdict plus every portal, classified with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeReport {
    /// OS-style connectivity check.
    pub connectivity: ConnectivityObservation,
    /// One result per target, in target order.
    pub portals: Vec<ProbeResult>,
}
