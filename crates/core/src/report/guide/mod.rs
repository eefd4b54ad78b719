//! The helpdesk guide built from a report: confirm the report, what to ask in
//! order, what to do for its verdict and for each failing portal's probe
//! outcome, its pending work, its evidence, and whether to issue a Temporary
//! Access Pass. Pure and deterministic: the same report gives the same guide.
//! Steps are plain text (the window shows them as labels, never as markup).

use jiff::SignedDuration;

use super::lead::evidence_lead;
use super::model::{JobEntry, PortalEntry, Report};
use super::times::utc;
use super::wire::{OrUnknown, UNKNOWN};
use crate::fault::{ErrorKind, Outcome, Phase};
use crate::feeds::Impact;
use crate::methods::MethodKind;
use crate::phrase::plural;
use crate::queue::{ErrorClass, JobState};
use crate::readiness::{Verdict, methods_count, phishing_resistant_count};

/// One step of the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideStep {
    /// Stable id: `confirm`, `ask`, `verdict:<verdict>`, `portal:<outcome>`,
    /// `jobs`, `evidence`, `tap`, `close`.
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

/// The guide for a report.
pub fn guide(r: &Report) -> Vec<GuideStep> {
    let mut steps = vec![confirm(r), ask(r), verdict(r)];
    steps.extend(
        r.portals
            .iter()
            .filter(|p| !p.healthy || p.outcome.is(Outcome::Slow))
            .map(|p| portal(r, p)),
    );
    steps.extend(jobs(r));
    if !r.evidence.is_empty() {
        steps.push(GuideStep::new(
            "evidence",
            "Record the evidence of service problems",
            vec![
                evidence_lead(r),
                verify_in_logs(r),
                "The report is not proof on its own: the support code only confirms that you and the user opened the same file, and anyone can edit a report and compute a new code.".to_owned(),
                format!(
                    "Attach the report to the ticket (or paste what `mfa-ready report --evidence` prints) with the support code {}.",
                    r.support_code
                ),
            ],
        ));
    }
    steps.push(tap(r));
    steps.push(close(r));
    steps
}

/// Most ids of each kind the evidence step names (the report lists them all).
const LOG_IDS_SHOWN: usize = 6;

/// "Before you grant an extension, find … in the tenant's sign-in and audit logs":
/// the ids the provider and MFA Ready gave the blocked attempts, so the agent checks
/// them where the report cannot be edited.
fn verify_in_logs(r: &Report) -> String {
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
        let shown = ids
            .iter()
            .take(LOG_IDS_SHOWN)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        match ids.len().saturating_sub(LOG_IDS_SHOWN) {
            0 => shown,
            more => format!("{shown} … {more} more"),
        }
    };
    match (request_ids.is_empty(), client_ids.is_empty()) {
        (true, true) => "Before you grant an extension, find these attempts in the tenant's sign-in and audit logs by their time and the user (the report holds no request id for them).".to_owned(),
        (false, true) => format!(
            "Before you grant an extension, look up the request ids in the tenant's sign-in and audit logs: {}.",
            list(&request_ids)
        ),
        (true, false) => format!(
            "Before you grant an extension, look up the client-request-ids in the tenant's sign-in and audit logs: {}.",
            list(&client_ids)
        ),
        (false, false) => format!(
            "Before you grant an extension, look up the request ids ({}) and client-request-ids ({}) in the tenant's sign-in and audit logs.",
            list(&request_ids),
            list(&client_ids)
        ),
    }
}

fn confirm(r: &Report) -> GuideStep {
    let who = match &r.user_name {
        Some(name) => format!(
            "The report says it is from \"{}\" (typed by the user, not checked): confirm who you are speaking with as your identity process requires.",
            crate::text::echo(name)
        ),
        None => "The report gives no name: confirm who you are speaking with as your identity process requires.".to_owned(),
    };
    GuideStep::new(
        "confirm",
        format!("Confirm the report: support code {}", r.support_code),
        vec![
            format!(
                "Ask: \"Can you read me the support code at the top of your report?\" It must be {}; if it is not, you are looking at another report.",
                r.support_code
            ),
            who,
        ],
    )
}

fn ask(r: &Report) -> GuideStep {
    let mut q = Vec::new();
    if r.readiness.verdict.is(Verdict::Ready) {
        q.push("\"What are you trying to do: sign in, or add another method?\"".to_owned());
    } else {
        q.push("\"Do you have your phone with you, unlocked and online?\"".to_owned());
        if !r.methods.iter().any(|m| m.kind.is(MethodKind::SecurityKey)) {
            q.push("\"Do you have a security key (a small USB or NFC key from IT)?\"".to_owned());
        }
        q.push("\"Are you at the computer you use for work?\"".to_owned());
    }
    if r.portals.iter().any(|p| !p.healthy) {
        q.push("\"Where are you connected: office, home, a hotel or guest Wi-Fi, a phone hotspot? Is a VPN switched on?\"".to_owned());
    }
    let counted: Vec<&str> = r
        .methods
        .iter()
        .filter(|m| m.counted)
        .map(|m| m.name.as_str())
        .collect();
    if !counted.is_empty() {
        q.push(format!(
            "\"Do you still have {}?\" (a lost or replaced device takes its methods with it)",
            counted.join(" and ")
        ));
    }
    GuideStep::new("ask", "Ask, in this order", q)
}

fn verdict(r: &Report) -> GuideStep {
    let x = &r.readiness;
    let counts = match phishing_resistant_count(x.phishing_resistant, x.required_phishing_resistant)
    {
        Some(pr) => format!("{}, {pr}", methods_count(x.counted, x.required)),
        None => methods_count(x.counted, x.required),
    };
    let left = r
        .deadline
        .as_ref()
        .map_or_else(|| "no deadline".to_owned(), |d| d.time_left.clone());
    let mut say: Vec<String> = x.gaps.clone();
    if let Some(next) = &x.next_step {
        say.push(format!("Next: {next}"));
    }
    let title = match x.verdict.known() {
        Some(Verdict::Ready) => {
            say.push(format!(
                "They have {} methods ({} phishing-resistant) and {} requires {} ({} phishing-resistant): there is nothing to enrol.",
                x.counted, x.phishing_resistant, r.organization, x.required, x.required_phishing_resistant
            ));
            say.push("If they cannot sign in, the problem is not enrollment: look at the portal health and the sign-in logs.".to_owned());
            say.push("Suggest keeping methods on two different devices, so losing one is not a lock-out.".to_owned());
            "Ready: nothing to enrol".to_owned()
        }
        Some(Verdict::Overdue) => {
            say.push("Their sign-in may already be restricted. Add the next method with them now; if they cannot sign in to add it, see the Temporary Access Pass step.".to_owned());
            format!("Overdue ({left}): {counts}")
        }
        Some(Verdict::NotReady) if x.next_step.is_none() => {
            say.push("Nothing their policy accepts can close this on their computer: check the allowed methods with the identity team, or enrol them another way (a security key from IT, a Temporary Access Pass).".to_owned());
            format!("Not ready yet ({left}): {counts}")
        }
        Some(Verdict::NotReady) => {
            say.push("Walk them through the next step now if the portals work; if a portal is failing, MFA Ready keeps the request queued and retries it by itself.".to_owned());
            format!("Not ready yet ({left}): {counts}")
        }
        None => format!("{} ({left}): {counts}", x.label),
    };
    GuideStep::new(format!("verdict:{}", x.verdict.wire()), title, say)
}

/// The open incident to quote, if any feed reported one.
fn open_incident(r: &Report) -> Option<String> {
    r.incidents
        .iter()
        .find(|i| i.impact != Impact::None)
        .or_else(|| r.incidents.first())
        .map(|i| format!("{}: {} ({} impact)", i.feed, i.title, i.impact.id()))
}

/// What to do when the provider's side is failing.
fn provider_failing(r: &Report, p: &PortalEntry) -> Vec<String> {
    let mut say = match open_incident(r) {
        Some(inc) => vec![
            format!("The provider confirms it: \"{inc}\". Nothing on the user's side will fix it."),
            format!(
                "Record the support code {} in the ticket and use the extension process; the report lists every blocked attempt with its request id.",
                r.support_code
            ),
        ],
        None => vec![
            format!(
                "The provider's side is failing, but {}. Their attempts are recorded and queued requests are retried by themselves: nothing to do on their side.",
                if r.feeds_read_at.is_some() {
                    "no status feed reports an incident yet"
                } else {
                    "their device could not read any provider status feed, so whether the provider knows is unknown"
                }
            ),
            format!(
                "If it goes on, escalate to the identity team with the request id{}; if the deadline is close, use the extension process with the support code {}.",
                p.request_id
                    .as_deref()
                    .map_or_else(String::new, |id| format!(" {id}")),
                r.support_code
            ),
        ],
    };
    say.push("Ask them not to add the same method again by hand while it fails.".to_owned());
    say
}

/// What to try when the user's network is in the way; `stopped` says where it stopped.
fn network_in_the_way(stopped: &str) -> Vec<String> {
    vec![
        stopped.to_owned(),
        "Ask them to switch the VPN off (or on), or to try a phone hotspot, then press Check again.".to_owned(),
        "If it only fails on the company network, call the network team.".to_owned(),
    ]
}

fn portal(r: &Report, p: &PortalEntry) -> GuideStep {
    let mut say = match p.outcome.known() {
        Some(Outcome::Slow) => vec!["It works, but slowly: ask them to wait for each page to finish loading and not to click twice.".to_owned()],
        Some(Outcome::CaptivePortal) => vec![
            "Their Wi-Fi wants its terms accepted first: ask them to open any web page (for example the company home page) and accept the Wi-Fi terms, then press Check again.".to_owned(),
            "If no sign-in page appears, a phone hotspot works too.".to_owned(),
        ],
        Some(Outcome::Offline) => vec!["The device is not online: check the Wi-Fi or the network cable, and that airplane mode is off.".to_owned()],
        Some(Outcome::TlsFailure) => tls(p),
        Some(Outcome::DnsFailure) => vec![
            "The portal's address cannot be looked up (DNS): check they are online, switch the VPN off or on, or try a phone hotspot.".to_owned(),
            "If it only fails on the company network, call the network team (DNS).".to_owned(),
        ],
        Some(Outcome::ProxyAuthRequired) => vec![
            "Their network's proxy wants a sign-in: ask them to open a browser and sign in to the proxy when asked, then press Check again.".to_owned(),
            "If no prompt appears, call the network team (proxy).".to_owned(),
        ],
        Some(Outcome::ConnectFailure) => vec![
            "The connection was refused or cut: a firewall, proxy or VPN may be blocking it. Try without the VPN or from another network.".to_owned(),
            "If colleagues on the same network can reach it, call the network team; otherwise treat it as the provider failing.".to_owned(),
        ],
        Some(Outcome::Throttled) => vec!["The service asked to slow down (429): ask them to wait a few minutes and try once; repeated clicks make it worse.".to_owned()],
        Some(Outcome::ClientError) => vec![
            "The portal refused the request: make sure they are signed in with their work account (not a personal one) and try a private browser window.".to_owned(),
            format!(
                "If it persists, escalate to the identity team with the request id {}.",
                p.request_id.as_deref().unwrap_or("(none given)")
            ),
        ],
        Some(Outcome::RedirectLoop) => vec!["The portal keeps redirecting: clear the site's cookies or use a private browser window; escalate if it persists.".to_owned()],
        Some(Outcome::Timeout) => match p.timed_out_phase.and_then(OrUnknown::known) {
            Some(Phase::Dns) => network_in_the_way(
                "It stopped while looking up the portal's address: most likely their network, not the provider.",
            ),
            Some(Phase::Connect) => network_in_the_way(
                "It stopped while connecting: most likely their network, not the provider.",
            ),
            Some(Phase::Tls) => network_in_the_way(
                "It stopped while setting up the secure connection: most likely their network, not the provider.",
            ),
            _ => provider_failing(r, p),
        },
        Some(Outcome::GatewayTimeout | Outcome::ServiceUnavailable | Outcome::ServerError) => {
            provider_failing(r, p)
        }
        Some(Outcome::Healthy) | None => vec!["Check the explanation below; if it persists, escalate with the request id.".to_owned()],
    };
    say.push(format!("The report says: {}", p.explanation));
    let mut facts = Vec::new();
    if let Some(s) = p.http_status {
        facts.push(format!("HTTP {s}"));
    }
    if let Some(id) = &p.request_id {
        facts.push(format!("request id {id}"));
    }
    if let Some(issuer) = &p.cert_issuer {
        facts.push(format!("certificate issuer {issuer}"));
    }
    if !facts.is_empty() {
        say.push(format!("For the ticket: {}.", facts.join(", ")));
    }
    GuideStep::new(
        format!("portal:{}", p.outcome.wire()),
        format!(
            "{}: {}",
            p.name,
            p.outcome.known().map_or(UNKNOWN, Outcome::label)
        ),
        say,
    )
}

fn tls(p: &PortalEntry) -> Vec<String> {
    let issuer = p.cert_issuer.as_deref().map_or_else(String::new, |i| {
        format!(" (the certificate comes from \"{i}\")")
    });
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
            format!("Their network is inspecting encrypted traffic (TLS inspection){issuer}, so the portal cannot be trusted from there."),
            "Ask them to try without the VPN or from another network (a phone hotspot); if it persists, call the network team: the portal must be excluded from TLS inspection.".to_owned(),
        ]
    } else if is(ErrorKind::TlsExpired, &["expired"]) {
        vec![
            "Ask them to check the computer's date and time; if they are right, the provider's certificate expired: escalate to the identity team.".to_owned(),
        ]
    } else {
        vec![
            format!("The secure connection could not be set up{issuer}: something on the network may be redirecting it."),
            "Ask them to try without the VPN or from another network; if it persists, call the network team.".to_owned(),
        ]
    }
}

fn jobs(r: &Report) -> Option<GuideStep> {
    let say: Vec<String> = r
        .jobs
        .iter()
        .filter_map(|j| {
            let err = j
                .last_error
                .as_ref()
                .map_or_else(String::new, |e| format!(" (last error: {})", e.summary()));
            match j.state.known() {
                Some(JobState::Pending | JobState::InFlight) => Some(format!(
                    "\"{}\" is queued after {} {}{err}: MFA Ready retries it by itself; ask them not to start it again by hand.",
                    j.what,
                    j.attempts,
                    if j.attempts == 1 { "try" } else { "tries" }
                )),
                Some(JobState::Failed) => Some(failed_job(j, &err)),
                _ => None,
            }
        })
        .collect();
    (!say.is_empty()).then(|| GuideStep::new("jobs", "Pending work", say))
}

/// A failed job cannot be retried in the window (only a waiting one can): say how to
/// start it again, and whether trying again unchanged could work at all.
fn failed_job(j: &JobEntry, err: &str) -> String {
    let refused = j.last_error.as_ref().is_some_and(|e| {
        e.class.is(ErrorClass::Http)
            && matches!(e.status, Some(400..=499))
            && !matches!(e.status, Some(408 | 429))
    });
    if refused {
        format!(
            "\"{}\" failed{err}: the service refused it, so sending it again unchanged will not help. Check the details with them (for a phone, the number) and start it again, or add the method with them in the portal.",
            j.what
        )
    } else {
        format!(
            "\"{}\" failed{err}: MFA Ready has stopped trying. Once the portal works again, start it again with them (a phone: \"Add phone now\" under Pending work) or add the method in the portal.",
            j.what
        )
    }
}

fn tap(r: &Report) -> GuideStep {
    let urgent = r.deadline.as_ref().filter(|d| {
        d.overdue || d.at.duration_since(r.generated_at) < SignedDuration::from_hours(24)
    });
    let blocked = super::evidence::blocked_total(&r.evidence);
    if let (Some(d), true) = (urgent, blocked > 0) {
        return GuideStep::new(
            "tap",
            "Issue a Temporary Access Pass (or an extension)",
            vec![
                format!(
                    "The deadline is {} ({}) and the service blocked {}: they could not enrol in time through no fault of their own.",
                    utc(d.at),
                    d.time_left,
                    plural(blocked, "attempt", "attempts")
                ),
                format!(
                    "After your identity check and once the sign-in or audit logs show the blocked attempts (see the evidence step), issue a Temporary Access Pass so they can add their methods once the portal works, or grant an extension; note the support code {}.",
                    r.support_code
                ),
            ],
        );
    }
    let mut devices: Vec<&str> = r
        .methods
        .iter()
        .filter(|m| m.counted)
        .map(|m| m.device.wire())
        .collect();
    devices.sort_unstable();
    devices.dedup();
    let (title, say) = match devices.as_slice() {
        [] => (
            "Temporary Access Pass: not on these grounds",
            vec!["They have no working method yet, and the report shows no attempt blocked by the service near the deadline: help them add a method now; if their sign-in is already blocked, follow your late-enrollment process.".to_owned()],
        ),
        [only] => (
            "Temporary Access Pass: only if they lost their only method",
            vec![format!(
                "Every method they have is on one device ({only}). If they lost or replaced it, verify their identity and issue a Temporary Access Pass so they can register new methods."
            )],
        ),
        _ => (
            "Temporary Access Pass: not needed",
            vec!["Their methods are on more than one device: if they lost one, they can sign in with another and add a replacement. Issue one only if they lost every device.".to_owned()],
        ),
    };
    GuideStep::new("tap", title, say)
}

fn close(r: &Report) -> GuideStep {
    let mut say = vec![format!(
        "Write the support code {} in the ticket.",
        r.support_code
    )];
    if !r.readiness.verdict.is(Verdict::Ready) {
        say.push("Once they add a method, MFA Ready's verdict updates by itself; ask them to check it says Ready.".to_owned());
    }
    say.push(
        "If anything changed since, ask for a new report: it will have a new support code."
            .to_owned(),
    );
    GuideStep::new("close", "Before you hang up", say)
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;

    fn step<'a>(steps: &'a [GuideStep], id: &str) -> &'a GuideStep {
        steps
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no step {id} in {steps:#?}"))
    }

    fn says(s: &GuideStep, needle: &str) -> bool {
        s.say.iter().any(|l| l.contains(needle))
    }

    #[test]
    fn outage_guide_in_order() {
        let r = testkit::outage();
        let g = guide(&r);
        let ids: Vec<&str> = g.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "confirm",
                "ask",
                "verdict:not_ready",
                "portal:gateway_timeout",
                "portal:captive_portal",
                "portal:tls_failure",
                "jobs",
                "evidence",
                "tap",
                "close"
            ]
        );
        assert!(g[0].title.contains(&r.support_code));
        assert!(says(&g[0], "Jane Doe"));
        let ask = step(&g, "ask");
        assert_eq!(
            ask.say[0],
            "\"Do you have your phone with you, unlocked and online?\""
        );
        assert!(ask.say[1].contains("Do you have a security key"));
        assert!(says(ask, "Is a VPN switched on?"));
        assert!(says(ask, "Do you still have Microsoft Authenticator?"));
        let v = step(&g, "verdict:not_ready");
        assert!(
            v.title.starts_with("Not ready yet (20 hours left)"),
            "{}",
            v.title
        );
        assert!(says(v, "Next: Add a passkey"));
        assert!(
            v.title.ends_with("0 of 1 phishing-resistant"),
            "{}",
            v.title
        );
        assert_eq!(guide(&r), g, "not deterministic");
        // A policy that asks for no phishing-resistant method: no "0 of 0" count.
        let mut r = r;
        r.readiness.required_phishing_resistant = 0;
        let g = guide(&r);
        let v = step(&g, "verdict:not_ready");
        assert!(!v.title.contains("phishing-resistant"), "{}", v.title);
        assert!(!super::super::html::to_html(&r).contains("of 0 phishing-resistant"));
        assert!(!super::super::markdown::to_markdown(&r).contains("Phishing-resistant:"));
    }

    /// Issue 13, item 10: the report cannot prove itself; the agent checks the ids
    /// where they cannot be edited.
    #[test]
    fn the_evidence_step_sends_the_agent_to_the_tenants_logs() {
        let r = testkit::outage();
        let g = guide(&r);
        let s = step(&g, "evidence");
        assert!(says(s, "in the tenant's sign-in and audit logs"), "{s:?}");
        assert!(says(s, "7f3c9a2e-0001"), "{s:?}");
        assert!(says(s, "c0ffee00-1111-4222-8333-444455556666"), "{s:?}");
        assert!(says(s, "not proof on its own"), "{s:?}");
        assert!(says(step(&g, "tap"), "sign-in or audit logs"));
        // Many ids: a few, then how many more.
        let mut r = testkit::outage();
        for (i, e) in r.evidence.iter_mut().enumerate() {
            e.client_request_id = Some(format!("client-{i}"));
        }
        let extra = r.evidence[0].clone();
        for i in 0..10 {
            let mut e = extra.clone();
            e.request_id = Some(format!("more-{i}"));
            r.evidence.push(e);
        }
        let g = guide(&r);
        assert!(
            says(step(&g, "evidence"), "… 9 more"),
            "{:?}",
            step(&g, "evidence")
        );
    }

    #[test]
    fn no_step_means_no_walk_through() {
        let mut r = testkit::outage();
        r.readiness.next_step = None;
        let g = guide(&r);
        let v = step(&g, "verdict:not_ready");
        assert!(
            says(v, "Nothing their policy accepts can close this"),
            "{v:?}"
        );
        assert!(!says(v, "Walk them through the next step"));
    }

    #[test]
    fn a_failed_job_is_started_again_not_retried() {
        // The window has "Retry now" only for a waiting job; a failed one is started
        // again, and one the service refused must change first.
        let mut r = testkit::outage();
        let g = guide(&r);
        let s = step(&g, "jobs");
        assert!(says(s, "MFA Ready has stopped trying"), "{s:?}");
        assert!(says(s, "Add phone now"));
        assert!(!says(s, "press Retry"));
        let e = r.jobs[1].last_error.as_mut().unwrap();
        e.status = Some(400);
        e.message = "Invalid phone number".into();
        let g = guide(&r);
        let s = step(&g, "jobs");
        assert!(says(s, "the service refused it"), "{s:?}");
        assert!(says(s, "Check the details with them"));
    }

    #[test]
    fn captive_portal_says_accept_the_wifi_terms() {
        let g = guide(&testkit::outage());
        let s = step(&g, "portal:captive_portal");
        assert_eq!(
            s.title,
            "Guest Wi-Fi check: Wi-Fi sign-in page (captive portal)"
        );
        assert!(says(s, "open any web page"));
        assert!(says(s, "accept the Wi-Fi terms"));
    }

    #[test]
    fn tls_inspection_says_try_without_vpn_or_call_the_network_team() {
        let g = guide(&testkit::outage());
        let s = step(&g, "portal:tls_failure");
        assert!(says(s, "TLS inspection"));
        assert!(says(s, "Fortinet FortiGate CA"));
        assert!(says(s, "try without the VPN"));
        assert!(says(s, "call the network team"));
        // An expired certificate is not inspection.
        let mut r = testkit::outage();
        r.portals[2].error_kind = Some(ErrorKind::TlsExpired.into());
        let g = guide(&r);
        let s = step(&g, "portal:tls_failure");
        assert!(!says(s, "TLS inspection"));
        assert!(says(s, "date and time"));
    }

    #[test]
    fn the_tls_advice_follows_the_kind_not_the_wording() {
        // A translated explanation changes nothing.
        let mut r = testkit::outage();
        r.portals[2].explanation =
            "Die sichere Verbindung wird von einem unbekannten Aussteller signiert.".into();
        let g = guide(&r);
        assert!(says(step(&g, "portal:tls_failure"), "TLS inspection"));
        // A report written before `error_kind` existed: the English words decide.
        for (explanation, inspection, date) in [
            (
                "… is signed by an unknown issuer: your network may be inspecting …",
                true,
                false,
            ),
            (
                "Security info API presented an expired certificate.",
                false,
                true,
            ),
            ("The secure connection failed.", false, false),
        ] {
            let mut r = testkit::outage();
            r.portals[2].error_kind = None;
            r.portals[2].explanation = explanation.into();
            let g = guide(&r);
            let s = step(&g, "portal:tls_failure");
            assert_eq!(says(s, "TLS inspection"), inspection, "{explanation}");
            assert_eq!(says(s, "date and time"), date, "{explanation}");
        }
    }

    #[test]
    fn gateway_timeout_with_an_incident_points_to_the_extension_process() {
        let r = testkit::outage();
        let g = guide(&r);
        let s = step(&g, "portal:gateway_timeout");
        assert_eq!(s.title, "My Sign-Ins: gateway timeout");
        assert!(says(
            s,
            "The provider confirms it: \"Azure status: Authentication failures in Europe (major impact)\""
        ));
        assert!(says(
            s,
            &format!("Record the support code {}", r.support_code)
        ));
        assert!(says(s, "extension process"));
        assert!(says(s, "request id ab12cd34-5555-4666-8777-888899990000"));
        // Without an incident: no "confirms", escalate with the request id.
        let mut r = testkit::outage();
        r.incidents.clear();
        let g = guide(&r);
        let s = step(&g, "portal:gateway_timeout");
        assert!(!says(s, "confirms"));
        assert!(says(
            s,
            "escalate to the identity team with the request id ab12cd34"
        ));
        assert!(says(s, "no status feed reports an incident yet"));
        // No feed was ever read: unknown, never "no incident".
        r.feeds_read_at = None;
        r.evidence.iter_mut().for_each(|e| e.incident = None);
        let g = guide(&r);
        let s = step(&g, "portal:gateway_timeout");
        assert!(says(s, "whether the provider knows is unknown"), "{s:?}");
        assert!(!says(s, "no status feed reports"));
        let md = super::super::markdown::to_markdown(&r);
        assert!(
            md.contains("Unknown: no provider status feed could be read from this device."),
            "{md}"
        );
        assert!(md.contains("Whether the provider reported an incident then is unknown"));
        assert!(!md.contains("None reported"));
        let html = super::super::html::to_html(&r);
        assert!(html.contains("Unknown: no provider status feed could be read"));
        // Read an hour ago: the markdown says when.
        r.feeds_read_at = Some(testkit::at(-60));
        let md = super::super::markdown::to_markdown(&r);
        assert!(
            md.contains("None reported by the status feeds (last read "),
            "{md}"
        );
    }

    #[test]
    fn timeouts_split_between_network_and_provider() {
        let mut r = testkit::outage();
        r.portals[0].outcome = Outcome::Timeout.into();
        r.portals[0].timed_out_phase = Some(Phase::Dns.into());
        let g = guide(&r);
        assert!(says(
            step(&g, "portal:timeout"),
            "most likely their network"
        ));
        r.portals[0].timed_out_phase = Some(Phase::FirstByte.into());
        let g = guide(&r);
        assert!(says(step(&g, "portal:timeout"), "The provider confirms it"));
    }

    #[test]
    fn ready_verdict_says_nothing_to_enrol() {
        let g = guide(&testkit::ready());
        let s = step(&g, "verdict:ready");
        assert_eq!(s.title, "Ready: nothing to enrol");
        assert!(says(
            s,
            "They have 3 methods (1 phishing-resistant) and Contoso requires 2 (1 phishing-resistant)"
        ));
        assert!(
            !g.iter()
                .any(|s| s.id.starts_with("portal:") || s.id == "evidence" || s.id == "jobs")
        );
        let ask = step(&g, "ask");
        assert!(ask.say[0].contains("sign in, or add another method"));
        assert_eq!(step(&g, "tap").title, "Temporary Access Pass: not needed");
    }

    #[test]
    fn temporary_access_pass_when_urgent_and_blocked_or_the_only_device_is_lost() {
        // Deadline in 20 hours and blocked attempts: issue one.
        let g = guide(&testkit::outage());
        let s = step(&g, "tap");
        assert_eq!(s.title, "Issue a Temporary Access Pass (or an extension)");
        assert!(says(s, "the service blocked 6 attempts"));
        // A row standing for a run of 4 failing checks counts 4, as the evidence says.
        let mut r = testkit::outage();
        r.evidence.truncate(1);
        r.evidence[0].count = 4;
        let g = guide(&r);
        assert!(says(step(&g, "tap"), "the service blocked 4 attempts"));
        // The same outage three days before the deadline: only if the only device is lost.
        let mut r = testkit::outage();
        if let Some(d) = r.deadline.as_mut() {
            d.at = testkit::at(3 * 24 * 60);
        }
        let g = guide(&r);
        let s = step(&g, "tap");
        assert_eq!(
            s.title,
            "Temporary Access Pass: only if they lost their only method"
        );
        assert!(says(s, "(your phone)"));
        // Overdue without evidence: not on these grounds.
        let g = guide(&testkit::overdue());
        assert_eq!(
            step(&g, "tap").title,
            "Temporary Access Pass: not on these grounds"
        );
        assert!(
            step(&g, "verdict:overdue")
                .title
                .starts_with("Overdue (overdue by 2 days)")
        );
    }
}
