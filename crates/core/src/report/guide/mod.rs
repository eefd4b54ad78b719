//! The helpdesk guide built from a report: confirm the report, what to ask in
//! order, what to do for its verdict and for each failing portal's probe
//! outcome, its pending work, its evidence, and whether to issue a Temporary
//! Access Pass. Pure and deterministic: the same report and language give the same
//! guide. Steps are plain text (the window shows them as labels, never as markup),
//! whole sentences from the catalogue (`helpdesk.ftl`) in the helpdesk's language.

use jiff::SignedDuration;
use mfa_ready_i18n::{Catalog, tr};

use super::lead::evidence_lead;
use super::model::{JobEntry, PortalEntry, Report};
use super::terms;
use super::times::utc;
use super::wire::OrUnknown;
use crate::fault::{ErrorKind, Outcome, Phase};
use crate::feeds::Impact;
use crate::methods::MethodKind;
use crate::queue::{ErrorClass, JobState};
use crate::readiness::Verdict;

/// One step of the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideStep {
    /// Stable id: `confirm`, `ask`, `verdict:<verdict>`, `portal:<outcome>`,
    /// `jobs`, `evidence`, `tap`, `close` (the same in every language).
    pub id: String,
    pub title: String,
    /// What to say or do, in order.
    pub say: Vec<String>,
}

impl GuideStep {
    fn new(id: impl Into<String>, title: impl Into<String>, say: Vec<String>) -> Self {
        Self {
            id: id.into(),
            title: title.into(),
            say,
        }
    }
}

/// The guide for a report, in the catalogue's language.
pub fn guide(r: &Report, cat: &Catalog) -> Vec<GuideStep> {
    let mut steps = vec![confirm(r, cat), ask(r, cat), verdict(r, cat)];
    steps.extend(
        r.portals
            .iter()
            .filter(|p| !p.healthy || p.outcome.is(Outcome::Slow))
            .map(|p| portal(r, p, cat)),
    );
    steps.extend(jobs(r, cat));
    if !r.evidence.is_empty() {
        let code = r.support_code.as_str();
        steps.push(GuideStep::new(
            "evidence",
            tr!(cat, "guide-evidence-title"),
            vec![
                evidence_lead(r, cat),
                verify_in_logs(r, cat),
                tr!(cat, "guide-not-proof"),
                tr!(cat, "guide-attach", code = code),
            ],
        ));
    }
    steps.push(tap(r, cat));
    steps.push(close(r, cat));
    steps
}

/// Most ids of each kind the evidence step names (the report lists them all).
const LOG_IDS_SHOWN: usize = 6;

/// "Before you grant an extension, find … in the tenant's sign-in and audit logs":
/// the ids the provider and MFA Ready gave the blocked attempts, so the agent checks
/// them where the report cannot be edited.
fn verify_in_logs(r: &Report, cat: &Catalog) -> String {
    let mut request_ids: Vec<&str> = Vec::new();
    let mut client_ids: Vec<&str> = Vec::new();
    for e in &r.evidence {
        for (id, into) in [
            (e.request_id.as_deref(), &mut request_ids),
            (e.client_request_id.as_deref(), &mut client_ids),
        ] {
            if let Some(id) = id
                && !into.contains(&id)
            {
                into.push(id);
            }
        }
    }
    let list = |ids: &[&str]| {
        let shown: Vec<String> = ids
            .iter()
            .take(LOG_IDS_SHOWN)
            .map(|id| (*id).to_owned())
            .collect();
        let shown = terms::list(cat, &shown);
        match ids.len().saturating_sub(LOG_IDS_SHOWN) {
            0 => shown,
            more => tr!(cat, "guide-ids-more", ids = shown, count = more),
        }
    };
    match (request_ids.is_empty(), client_ids.is_empty()) {
        (true, true) => tr!(cat, "guide-logs-none"),
        (false, true) => tr!(cat, "guide-logs-request-ids", ids = list(&request_ids)),
        (true, false) => tr!(cat, "guide-logs-client-ids", ids = list(&client_ids)),
        (false, false) => tr!(
            cat,
            "guide-logs-both",
            request_ids = list(&request_ids),
            client_ids = list(&client_ids)
        ),
    }
}

fn confirm(r: &Report, cat: &Catalog) -> GuideStep {
    let code = r.support_code.as_str();
    let who = match &r.user_name {
        Some(name) => tr!(cat, "guide-confirm-name", name = crate::text::echo(name)),
        None => tr!(cat, "guide-confirm-no-name"),
    };
    GuideStep::new(
        "confirm",
        tr!(cat, "guide-confirm-title", code = code),
        vec![tr!(cat, "guide-confirm-ask", code = code), who],
    )
}

fn ask(r: &Report, cat: &Catalog) -> GuideStep {
    let mut q = Vec::new();
    if r.readiness.verdict.is(Verdict::Ready) {
        q.push(tr!(cat, "guide-ask-ready"));
    } else {
        q.push(tr!(cat, "guide-ask-phone"));
        if !r.methods.iter().any(|m| m.kind.is(MethodKind::SecurityKey)) {
            q.push(tr!(cat, "guide-ask-key"));
        }
        q.push(tr!(cat, "guide-ask-computer"));
    }
    if r.portals.iter().any(|p| !p.healthy) {
        q.push(tr!(cat, "guide-ask-network"));
    }
    let counted: Vec<String> = r
        .methods
        .iter()
        .filter(|m| m.counted)
        .map(|m| terms::method(cat, m))
        .collect();
    if !counted.is_empty() {
        let methods = terms::join(&counted, |head, next| {
            tr!(cat, "guide-and", head = head, next = next)
        });
        q.push(tr!(
            cat,
            "guide-ask-still-have",
            methods = methods,
            count = counted.len()
        ));
    }
    GuideStep::new("ask", tr!(cat, "guide-ask-title"), q)
}

fn verdict(r: &Report, cat: &Catalog) -> GuideStep {
    let x = &r.readiness;
    let methods = terms::methods_count(cat, x.counted, x.required);
    let counts = match terms::pr_count(cat, x.phishing_resistant, x.required_phishing_resistant) {
        Some(pr) => tr!(cat, "guide-counts", methods = methods, pr = pr),
        None => methods,
    };
    let left = r.deadline.as_ref().map_or_else(
        || tr!(cat, "guide-no-deadline"),
        |d| terms::time_left(cat, d.at, r.generated_at),
    );
    let mut say: Vec<String> = x.gaps.clone();
    if let Some(next) = &x.next_step {
        say.push(tr!(cat, "guide-next", step = next.as_str()));
    }
    let title = match x.verdict.known() {
        Some(Verdict::Ready) => {
            say.push(tr!(
                cat,
                "guide-ready-have",
                have = x.counted,
                pr_have = x.phishing_resistant,
                organization = r.organization.as_str(),
                need = x.required,
                pr_need = x.required_phishing_resistant
            ));
            say.push(tr!(cat, "guide-ready-not-enrollment"));
            say.push(tr!(cat, "guide-ready-two-devices"));
            tr!(cat, "guide-ready-title")
        }
        Some(Verdict::Overdue) => {
            say.push(tr!(cat, "guide-overdue"));
            tr!(cat, "guide-overdue-title", left = left, counts = counts)
        }
        Some(Verdict::NotReady) if x.next_step.is_none() => {
            say.push(tr!(cat, "guide-stuck"));
            tr!(cat, "guide-not-ready-title", left = left, counts = counts)
        }
        Some(Verdict::NotReady) => {
            say.push(tr!(cat, "guide-walk"));
            tr!(cat, "guide-not-ready-title", left = left, counts = counts)
        }
        None => tr!(
            cat,
            "guide-other-title",
            verdict = terms::verdict(cat, x),
            left = left,
            counts = counts
        ),
    };
    GuideStep::new(format!("verdict:{}", x.verdict.wire()), title, say)
}

/// The open incident to quote, if any feed reported one.
fn open_incident(r: &Report, cat: &Catalog) -> Option<String> {
    r.incidents
        .iter()
        .find(|i| i.impact != Impact::None)
        .or_else(|| r.incidents.first())
        .map(|i| {
            tr!(
                cat,
                "guide-incident",
                feed = i.feed.as_str(),
                title = i.title.as_str(),
                impact = terms::impact(cat, i.impact)
            )
        })
}

/// What to do when the provider's side is failing.
fn provider_failing(r: &Report, p: &PortalEntry, cat: &Catalog) -> Vec<String> {
    let code = r.support_code.as_str();
    let mut say = match open_incident(r, cat) {
        Some(incident) => vec![
            tr!(cat, "guide-provider-confirms", incident = incident),
            tr!(cat, "guide-provider-extension", code = code),
        ],
        None => vec![
            if r.feeds_read_at.is_some() {
                tr!(cat, "guide-provider-no-incident")
            } else {
                tr!(cat, "guide-provider-feeds-unknown")
            },
            match p.request_id.as_deref() {
                Some(id) => tr!(cat, "guide-escalate-id", id = id, code = code),
                None => tr!(cat, "guide-escalate", code = code),
            },
        ],
    };
    say.push(tr!(cat, "guide-not-again"));
    say
}

/// What to try when the user's network is in the way; `stopped` says where it stopped.
fn network_in_the_way(stopped: String, cat: &Catalog) -> Vec<String> {
    vec![
        stopped,
        tr!(cat, "guide-network-switch"),
        tr!(cat, "guide-network-team"),
    ]
}

fn portal(r: &Report, p: &PortalEntry, cat: &Catalog) -> GuideStep {
    let mut say = match p.outcome.known() {
        Some(Outcome::Slow) => vec![tr!(cat, "guide-slow")],
        Some(Outcome::CaptivePortal) => {
            vec![tr!(cat, "guide-captive"), tr!(cat, "guide-captive-hotspot")]
        }
        Some(Outcome::Offline) => vec![tr!(cat, "guide-offline")],
        Some(Outcome::TlsFailure) => tls(p, cat),
        Some(Outcome::DnsFailure) => vec![tr!(cat, "guide-dns"), tr!(cat, "guide-dns-team")],
        Some(Outcome::ProxyAuthRequired) => {
            vec![tr!(cat, "guide-proxy"), tr!(cat, "guide-proxy-team")]
        }
        Some(Outcome::ConnectFailure) => {
            vec![tr!(cat, "guide-connect"), tr!(cat, "guide-connect-team")]
        }
        Some(Outcome::Throttled) => vec![tr!(cat, "guide-throttled")],
        Some(Outcome::ClientError) => vec![
            tr!(cat, "guide-client"),
            match p.request_id.as_deref() {
                Some(id) => tr!(cat, "guide-client-escalate-id", id = id),
                None => tr!(cat, "guide-client-escalate"),
            },
        ],
        Some(Outcome::RedirectLoop) => vec![tr!(cat, "guide-redirect")],
        Some(Outcome::Timeout) => match p.timed_out_phase.and_then(OrUnknown::known) {
            Some(Phase::Dns) => network_in_the_way(tr!(cat, "guide-stopped-dns"), cat),
            Some(Phase::Connect) => network_in_the_way(tr!(cat, "guide-stopped-connect"), cat),
            Some(Phase::Tls) => network_in_the_way(tr!(cat, "guide-stopped-tls"), cat),
            _ => provider_failing(r, p, cat),
        },
        Some(Outcome::GatewayTimeout | Outcome::ServiceUnavailable | Outcome::ServerError) => {
            provider_failing(r, p, cat)
        }
        Some(Outcome::Healthy) | None => vec![tr!(cat, "guide-other-outcome")],
    };
    say.push(tr!(
        cat,
        "guide-report-says",
        explanation = p.explanation.as_str()
    ));
    let mut facts = Vec::new();
    if let Some(s) = p.http_status {
        facts.push(tr!(cat, "guide-fact-http", status = s));
    }
    if let Some(id) = &p.request_id {
        facts.push(tr!(cat, "guide-fact-request-id", id = id.as_str()));
    }
    if let Some(issuer) = &p.cert_issuer {
        facts.push(tr!(cat, "guide-fact-issuer", issuer = issuer.as_str()));
    }
    if !facts.is_empty() {
        say.push(tr!(
            cat,
            "guide-for-ticket",
            facts = terms::list(cat, &facts)
        ));
    }
    GuideStep::new(
        format!("portal:{}", p.outcome.wire()),
        tr!(
            cat,
            "guide-portal-title",
            portal = p.name.as_str(),
            outcome = terms::outcome(cat, p.outcome)
        ),
        say,
    )
}

fn tls(p: &PortalEntry, cat: &Catalog) -> Vec<String> {
    let issuer = p.cert_issuer.as_deref();
    // The failure's kind when the report carries it; the English explanation's words
    // only for reports written before it did.
    let e = p.explanation.to_ascii_lowercase();
    let is = |kind: ErrorKind, words: &[&str]| match p.error_kind {
        Some(k) => k.is(kind),
        None => words.iter().any(|w| e.contains(w)),
    };
    if is(
        ErrorKind::TlsUntrustedIssuer,
        &["unknown issuer", "inspect"],
    ) {
        vec![
            match issuer {
                Some(i) => tr!(cat, "guide-tls-inspection-issuer", issuer = i),
                None => tr!(cat, "guide-tls-inspection"),
            },
            tr!(cat, "guide-tls-inspection-next"),
        ]
    } else if is(ErrorKind::TlsExpired, &["expired"]) {
        vec![tr!(cat, "guide-tls-expired")]
    } else {
        vec![
            match issuer {
                Some(i) => tr!(cat, "guide-tls-other-issuer", issuer = i),
                None => tr!(cat, "guide-tls-other"),
            },
            tr!(cat, "guide-tls-other-next"),
        ]
    }
}

fn jobs(r: &Report, cat: &Catalog) -> Option<GuideStep> {
    let say: Vec<String> = r
        .jobs
        .iter()
        .filter_map(|j| {
            let what = j.what.as_str();
            let error = j.last_error.as_ref().map(super::model::ErrorEntry::summary);
            match j.state.known() {
                Some(JobState::Pending | JobState::InFlight) => Some(match error {
                    Some(error) => tr!(
                        cat,
                        "guide-job-queued-error",
                        what = what,
                        attempts = j.attempts,
                        error = error
                    ),
                    None => tr!(cat, "guide-job-queued", what = what, attempts = j.attempts),
                }),
                Some(JobState::Failed) => Some(failed_job(j, error, cat)),
                _ => None,
            }
        })
        .collect();
    (!say.is_empty()).then(|| GuideStep::new("jobs", tr!(cat, "guide-jobs-title"), say))
}

/// A failed job cannot be retried in the window (only a waiting one can): say how to
/// start it again, and whether trying again unchanged could work at all.
fn failed_job(j: &JobEntry, error: Option<String>, cat: &Catalog) -> String {
    let refused = j.last_error.as_ref().is_some_and(|e| {
        e.class.is(ErrorClass::Http)
            && matches!(e.status, Some(400..=499))
            && !matches!(e.status, Some(408 | 429))
    });
    let what = j.what.as_str();
    match (refused, error) {
        (true, Some(error)) => tr!(cat, "guide-job-refused-error", what = what, error = error),
        (true, None) => tr!(cat, "guide-job-refused", what = what),
        (false, Some(error)) => tr!(cat, "guide-job-stopped-error", what = what, error = error),
        (false, None) => tr!(cat, "guide-job-stopped", what = what),
    }
}

fn tap(r: &Report, cat: &Catalog) -> GuideStep {
    let urgent = r.deadline.as_ref().filter(|d| {
        d.overdue || d.at.duration_since(r.generated_at) < SignedDuration::from_hours(24)
    });
    let blocked = super::evidence::blocked_total(&r.evidence);
    if let (Some(d), true) = (urgent, blocked > 0) {
        return GuideStep::new(
            "tap",
            tr!(cat, "guide-tap-urgent-title"),
            vec![
                tr!(
                    cat,
                    "guide-tap-urgent",
                    time = utc(cat, d.at),
                    left = terms::time_left(cat, d.at, r.generated_at),
                    count = blocked
                ),
                tr!(cat, "guide-tap-urgent-how", code = r.support_code.as_str()),
            ],
        );
    }
    let mut devices: Vec<_> = r
        .methods
        .iter()
        .filter(|m| m.counted)
        .map(|m| m.device)
        .collect();
    devices.sort_unstable_by_key(|d| d.wire());
    devices.dedup();
    let (title, say) = match devices.as_slice() {
        [] => (tr!(cat, "guide-tap-none-title"), tr!(cat, "guide-tap-none")),
        [only] => (
            tr!(cat, "guide-tap-one-title"),
            tr!(cat, "guide-tap-one", device = terms::device(cat, *only)),
        ),
        _ => (tr!(cat, "guide-tap-many-title"), tr!(cat, "guide-tap-many")),
    };
    GuideStep::new("tap", title, vec![say])
}

fn close(r: &Report, cat: &Catalog) -> GuideStep {
    let mut say = vec![tr!(cat, "guide-close-code", code = r.support_code.as_str())];
    if !r.readiness.verdict.is(Verdict::Ready) {
        say.push(tr!(cat, "guide-close-verdict"));
    }
    say.push(tr!(cat, "guide-close-new-report"));
    GuideStep::new("close", tr!(cat, "guide-close-title"), say)
}

#[cfg(test)]
mod tests;
