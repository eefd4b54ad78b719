//! The guide's tests, in English unless a test says otherwise.

use super::super::testkit;
use super::*;
use mfa_ready_i18n::Lang;

/// The guide in English, as the tests below read it.
fn guide(r: &Report) -> Vec<GuideStep> {
    super::guide(r, &testkit::en())
}

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
    assert!(says(ask, "Do you still have Authenticator app?"));
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
    assert!(!super::super::html::to_html(&r, &testkit::en()).contains("of 0 phishing-resistant"));
    assert!(
        !super::super::markdown::to_markdown(&r, &testkit::en()).contains("Phishing-resistant:")
    );
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
    // The window's own button, where it is.
    assert!(says(s, "\"Add phone\" under \"Add a phone number\""));
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
    let md = super::super::markdown::to_markdown(&r, &testkit::en());
    assert!(
        md.contains("Unknown: no provider status feed could be read from this device."),
        "{md}"
    );
    assert!(md.contains("Whether the provider reported an incident then is unknown"));
    assert!(!md.contains("None reported"));
    let html = super::super::html::to_html(&r, &testkit::en());
    assert!(html.contains("Unknown: no provider status feed could be read"));
    // Read an hour ago: the markdown says when.
    r.feeds_read_at = Some(testkit::at(-60));
    let md = super::super::markdown::to_markdown(&r, &testkit::en());
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

/// Issue 16: the helpdesk reads the guide in its own language; the steps' ids stay.
#[test]
fn the_guide_speaks_the_helpdesks_language() {
    let r = testkit::outage();
    let en = guide(&r);
    for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
        let theirs = super::guide(&r, &Catalog::new(lang));
        assert_eq!(
            theirs.iter().map(|s| &s.id).collect::<Vec<_>>(),
            en.iter().map(|s| &s.id).collect::<Vec<_>>()
        );
        for (a, b) in en.iter().zip(&theirs) {
            assert_ne!(a.title, b.title, "{lang:?}");
            assert!(b.title.contains(&r.support_code) == a.title.contains(&r.support_code));
        }
    }
    let de = super::guide(&r, &Catalog::new(Lang::De));
    assert_eq!(
        de[0].title,
        format!("Bericht bestätigen: Support-Code {}", r.support_code)
    );
    assert_eq!(
        step(&de, "portal:gateway_timeout").title,
        "My Sign-Ins: Gateway-Zeitüberschreitung"
    );
    assert!(
        step(&de, "verdict:not_ready")
            .title
            .starts_with("Noch nicht startklar (noch 20 Stunden): 1 von 2 Methoden"),
        "{:?}",
        step(&de, "verdict:not_ready")
    );
    assert!(says(step(&de, "close"), "„Startklar“"));
    let ja = super::guide(&r, &Catalog::new(Lang::Ja));
    assert!(says(
        step(&ja, "ask"),
        "「認証アプリ はまだお使いいただけますか？」"
    ));
    assert!(says(
        step(&ja, "tap"),
        "サービスが試行を 6 回ブロックしました"
    ));
}
