//! Sample reports for the renderers' and the guide's unit tests: one ready,
//! one not ready during an outage (evidence, jobs, probes, incidents, events),
//! one overdue, one empty. Built as the model directly (not through `build`),
//! then sealed, so each test sees exactly these values.

use jiff::Timestamp;

use super::code::seal;
use super::model::{
    AppInfo, DeadlineInfo, ErrorEntry, EventEntry, EvidenceEntry, EvidenceSource, HistoryEntry,
    IncidentEntry, JobEntry, MethodEntry, OsInfo, Phases, PolicyInfo, PortalEntry, REPORT_SCHEMA,
    ReadinessInfo, Report,
};
use crate::deadline::DeadlineSource;
use crate::fault::{ErrorKind, Outcome};
use crate::feeds::Impact;
use crate::methods::{Device, MethodKind, Tier};
use crate::policy::PolicyOrigin;
use crate::queue::{ErrorClass, JobKind, JobState};
use crate::readiness::{Source, Verdict};

/// The English catalogue, in which the tests below read the reports.
pub(super) fn en() -> mfa_ready_i18n::Catalog {
    mfa_ready_i18n::Catalog::new(mfa_ready_i18n::Lang::En)
}

/// A fixed instant, `2026-12-13T09:00:00Z` plus `mins` minutes.
pub(super) fn at(mins: i64) -> Timestamp {
    let base: Timestamp = "2026-12-13T09:00:00Z"
        .parse()
        .unwrap_or(Timestamp::UNIX_EPOCH);
    base + jiff::SignedDuration::from_mins(mins)
}

fn method(kind: MethodKind, name: &str, tier: Tier, device: Device, source: Source) -> MethodEntry {
    MethodEntry {
        kind: kind.into(),
        name: name.into(),
        tier: tier.into(),
        device: device.into(),
        source: source.into(),
        registered_at: at(-3 * 24 * 60),
        counted: true,
    }
}

fn healthy_portal(name: &str, url: &str, mins: i64) -> PortalEntry {
    PortalEntry {
        name: name.into(),
        url: url.into(),
        at: at(mins),
        outcome: Outcome::Healthy.into(),
        healthy: true,
        explanation: format!("{name} is working normally."),
        http_status: Some(200),
        phases: Phases {
            dns_ms: Some(12.0),
            connect_ms: Some(20.5),
            tls_ms: Some(31.0),
            first_byte_ms: Some(180.0),
            total_ms: Some(245.0),
        },
        timed_out_phase: None,
        request_id: Some("5a1e0c2d-0000-4000-8000-00000000c0de".into()),
        cert_issuer: Some("DigiCert Global G2 TLS RSA SHA256 2020 CA1".into()),
        error_kind: None,
        says: None,
        proxy: None,
    }
}

fn base(verdict: Verdict, label: &str) -> Report {
    Report {
        report_schema: REPORT_SCHEMA,
        support_code: String::new(),
        generated_at: at(0),
        user_name: None,
        organization: "Contoso".into(),
        policy: PolicyInfo {
            source: PolicyOrigin::System.into(),
            path: Some("/etc/mfa-ready/policy.toml".into()),
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
            signed: true,
            signer: Some("Contoso IT policy 2026-11".into()),
        },
        app: AppInfo {
            version: "0.9.0".into(),
            build: "x86_64-linux release".into(),
        },
        os: OsInfo {
            name: "Ubuntu".into(),
            version: "24.04".into(),
        },
        readiness: ReadinessInfo {
            verdict: verdict.into(),
            label: label.into(),
            counted: 0,
            required: 2,
            phishing_resistant: 0,
            required_phishing_resistant: 1,
            gaps: Vec::new(),
            next_step: None,
            gap_facts: None,
        },
        methods: Vec::new(),
        deadline: None,
        jobs: Vec::new(),
        portals: Vec::new(),
        incidents: Vec::new(),
        feeds_read_at: Some(at(-5)),
        evidence: Vec::new(),
        events: Vec::new(),
        device: None,
    }
}

/// Ready: three methods, every portal healthy, nothing pending.
pub(super) fn ready() -> Report {
    let mut r = base(Verdict::Ready, "Ready");
    r.user_name = Some("Jane Doe".into());
    r.readiness.counted = 3;
    r.readiness.phishing_resistant = 1;
    r.methods = vec![
        method(
            MethodKind::Passkey,
            "Passkey",
            Tier::PhishingResistant,
            Device::ThisComputer,
            Source::Verified,
        ),
        method(
            MethodKind::AuthenticatorApp,
            "Microsoft Authenticator",
            Tier::Strong,
            Device::Phone,
            Source::Verified,
        ),
        method(
            MethodKind::PhoneSms,
            "Text message (SMS)",
            Tier::Weak,
            Device::PhoneNumber,
            Source::SelfAttested,
        ),
    ];
    r.deadline = Some(DeadlineInfo {
        at: at(2 * 24 * 60 + 7 * 60),
        source: DeadlineSource::Organization.into(),
        time_left: "2 days 7 hours left".into(),
        overdue: false,
    });
    r.portals = vec![healthy_portal(
        "My Sign-Ins",
        "https://mysignins.microsoft.com/security-info",
        -5,
    )];
    r.events = vec![EventEntry {
        at: at(-60),
        kind: "method_added".into(),
        detail: "Passkey added on this computer".into(),
    }];
    seal(&mut r);
    r
}

fn outage_job(id: i64) -> JobEntry {
    let history = (0..12)
        .map(|i| HistoryEntry {
            at: at(-180 + i * 15),
            state: JobState::Pending.into(),
            attempt: u32::try_from(i + 1).unwrap_or(0),
            detail: format!(
                "http 504: Gateway Timeout (request-id 7f3c9a2e-{i:04}); next try at 2026-12-13T09:00:00Z"
            ),
        })
        .collect();
    JobEntry {
        id,
        kind: JobKind::RegisterPhone.into(),
        what: "Adding your phone +1 206 ••• 0100".into(),
        state: JobState::Pending.into(),
        attempts: 12,
        client_request_id: Some("c0ffee00-1111-4222-8333-444455556666".into()),
        created_at: at(-180),
        updated_at: at(-15),
        last_error: Some(ErrorEntry {
            class: ErrorClass::Http.into(),
            status: Some(504),
            message: "Gateway Timeout".into(),
            request_id: Some("7f3c9a2e-0011".into()),
        }),
        history,
    }
}

/// Not ready during an outage: one method, the deadline in 20 hours, My
/// Sign-Ins answering 504 while Azure reports an incident, a pending job that
/// keeps hitting it, a failed one, and a long event log.
pub(super) fn outage() -> Report {
    let mut r = base(Verdict::NotReady, "Not ready yet");
    r.user_name = Some("Jane Doe".into());
    r.readiness.counted = 1;
    r.readiness.gaps = vec![
        "You have 1 of the 2 methods Contoso requires.".into(),
        "You have no phishing-resistant method; Contoso requires 1.".into(),
    ];
    r.readiness.next_step = Some("Add a passkey: it is phishing-resistant.".into());
    r.methods = vec![method(
        MethodKind::AuthenticatorApp,
        "Microsoft Authenticator",
        Tier::Strong,
        Device::Phone,
        Source::SelfAttested,
    )];
    r.deadline = Some(DeadlineInfo {
        at: at(20 * 60),
        source: DeadlineSource::Organization.into(),
        time_left: "20 hours left".into(),
        overdue: false,
    });
    let mut failed = outage_job(8);
    failed.what = "Adding your phone +1 206 ••• 0199".into();
    failed.state = JobState::Failed.into();
    failed.history.truncate(2);
    failed.attempts = 2;
    failed.client_request_id = None;
    r.jobs = vec![outage_job(7), failed];
    let mut sign_ins = healthy_portal(
        "My Sign-Ins",
        "https://mysignins.microsoft.com/security-info",
        -2,
    );
    sign_ins.outcome = Outcome::GatewayTimeout.into();
    sign_ins.healthy = false;
    sign_ins.http_status = Some(504);
    sign_ins.explanation =
        "My Sign-Ins answered 504 Gateway Timeout: the service is failing.".into();
    sign_ins.phases.first_byte_ms = Some(30_000.0);
    sign_ins.phases.total_ms = Some(30_070.0);
    sign_ins.request_id = Some("ab12cd34-5555-4666-8777-888899990000".into());
    let mut hotel = healthy_portal("Guest Wi-Fi check", "http://neverssl.com/", -2);
    hotel.outcome = Outcome::CaptivePortal.into();
    hotel.healthy = false;
    hotel.http_status = None;
    hotel.explanation = "Your network is showing a sign-in page (captive portal), so Guest Wi-Fi check cannot be reached: sign in to the Wi-Fi first.".into();
    hotel.request_id = None;
    hotel.cert_issuer = None;
    let mut inspected = healthy_portal("Security info API", "https://graph.microsoft.com/", -2);
    inspected.outcome = Outcome::TlsFailure.into();
    inspected.healthy = false;
    inspected.http_status = None;
    inspected.explanation = "The secure connection to Security info API is signed by an unknown issuer: your network may be inspecting encrypted traffic.".into();
    inspected.phases = Phases {
        dns_ms: Some(10.0),
        connect_ms: Some(15.0),
        ..Phases::default()
    };
    inspected.request_id = None;
    inspected.cert_issuer = Some("Fortinet FortiGate CA".into());
    inspected.error_kind = Some(ErrorKind::TlsUntrustedIssuer.into());
    r.portals = vec![sign_ins, hotel, inspected];
    r.incidents = vec![IncidentEntry {
        feed: "Azure status".into(),
        title: "Authentication failures in Europe".into(),
        impact: Impact::Major,
        started: Some(at(-240)),
        first_seen: at(-200),
        last_seen: at(-1),
        link: Some("https://status.azure.com/en-us/status".into()),
    }];
    r.evidence = (0..5)
        .map(|i| EvidenceEntry {
            at: at(-150 + i * 30),
            last_at: at(-150 + i * 30),
            count: 1,
            attempted: format!("Adding your phone +1 206 ••• 0100 (attempt {})", i + 2),
            source: EvidenceSource::Job.into(),
            classification: "gateway timeout (504)".into(),
            http_status: Some(504),
            request_id: Some(format!("7f3c9a2e-{:04}", i + 1)),
            client_request_id: Some("c0ffee00-1111-4222-8333-444455556666".into()),
            incident: Some("Azure status: Authentication failures in Europe".into()),
        })
        .chain(std::iter::once(EvidenceEntry {
            at: at(-2),
            last_at: at(-2),
            count: 1,
            attempted: "Reaching My Sign-Ins".into(),
            source: EvidenceSource::Probe.into(),
            classification: "timed out (no answer in time)".into(),
            http_status: None,
            request_id: None,
            client_request_id: None,
            incident: None,
        }))
        .collect();
    r.events = (0..55)
        .map(|i| EventEntry {
            at: at(-55 * 60 + i * 60),
            kind: "probe".into(),
            detail: format!("My Sign-Ins check {i}: gateway timeout"),
        })
        .collect();
    seal(&mut r);
    r
}

/// Overdue with no method at all; nothing failed.
pub(super) fn overdue() -> Report {
    let mut r = base(Verdict::Overdue, "Overdue");
    r.readiness.gaps = vec!["You have 0 of the 2 methods Contoso requires.".into()];
    r.readiness.next_step = Some("Add Microsoft Authenticator on your phone.".into());
    r.deadline = Some(DeadlineInfo {
        at: at(-2 * 24 * 60),
        source: DeadlineSource::Personal.into(),
        time_left: "overdue by 2 days".into(),
        overdue: true,
    });
    seal(&mut r);
    r
}

/// Nothing known: embedded policy, no methods, no deadline, no probes.
pub(super) fn empty() -> Report {
    let mut r = base(Verdict::NotReady, "Not ready yet");
    r.policy = PolicyInfo {
        source: PolicyOrigin::Embedded.into(),
        path: None,
        sha256: "0".repeat(64),
        signed: false,
        signer: None,
    };
    seal(&mut r);
    r
}

/// Hostile text in every free field the renderers print.
pub(super) const HOSTILE: &str =
    "<script>alert('x')</script> | `rm -rf` & \"q\" *b* [l](http://evil.example/)";

/// The outage sample with hostile text in its free fields.
pub(super) fn hostile() -> Report {
    let mut r = outage();
    let h = || HOSTILE.to_owned();
    r.organization = h();
    r.user_name = Some(h());
    r.readiness.gaps = vec![h()];
    r.readiness.next_step = Some(h());
    r.methods[0].name = h();
    r.jobs[0].what = h();
    r.jobs[0].history[11].detail = h();
    r.portals[0].name = h();
    r.portals[0].explanation = h();
    r.portals[0].cert_issuer = Some(h());
    r.incidents[0].title = h();
    r.incidents[0].link = Some("http://evil.example/\"><script>x</script>".into());
    r.evidence[0].attempted = h();
    r.evidence[0].incident = Some(h());
    if let Some(e) = r.events.last_mut() {
        e.detail = h();
    }
    r.policy.signer = Some(h());
    seal(&mut r);
    r
}
