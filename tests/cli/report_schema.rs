#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Every report MFA Ready writes validates against
//! `assets/schema/report.schema.json` (JSON Schema 2020-12), and the schema
//! is strict enough to refuse a report that is not one.

use boon::{Compiler, Draft, SchemaIndex, Schemas};
use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use mfa_ready_core::deadline::DeadlineSource;
use mfa_ready_core::fault::{ErrorKind, Outcome, Phase};
use mfa_ready_core::feeds::Impact;
use mfa_ready_core::methods::{MethodKind, Os};
use mfa_ready_core::policy::{self, EMBEDDED_DEFAULT, Policy, PolicyOrigin};
use mfa_ready_core::queue::{ErrorClass, JobKind, JobState};
use mfa_ready_core::readiness::{Registration, Source, Verdict};
use mfa_ready_core::report::{
    AppInfo, ErrorEntry, EventEntry, EvidenceSource, HistoryEntry, IncidentEntry, JobEntry, OsInfo,
    Phases, PolicyInfo, PortalEntry, Report, ReportInput, build,
};

const SCHEMA_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/schema/report.schema.json"
);
const META_2020_12: &str = "https://json-schema.org/draft/2020-12/schema";

const POLICY: &str = r#"schema = 1
organization = "Contoso"
provider = "entra"
tenant = "contoso.onmicrosoft.com"

[enrollment]
deadline = 2026-12-15T17:00:00+01:00
new_user_days = 14
min_methods = 2
min_phishing_resistant = 1

[helpdesk]
name = "Contoso Service Desk"
phone = "+1 425 555 0100"

[[portal]]
name = "My Sign-Ins"
url = "https://mysignins.microsoft.com/security-info"
"#;

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn schema() -> (Schemas, SchemaIndex) {
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    compiler.set_default_draft(Draft::V2020_12);
    compiler.enable_format_assertions();
    let idx = compiler
        .compile(SCHEMA_PATH, &mut schemas)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e:#}"));
    (schemas, idx)
}

fn assert_valid(value: &Value, what: &str) {
    let (schemas, idx) = schema();
    if let Err(e) = schemas.validate(value, idx) {
        panic!("{what} does not validate:\n{e:#}\n{value:#}");
    }
}

fn assert_invalid(value: &Value, what: &str) {
    let (schemas, idx) = schema();
    assert!(
        schemas.validate(value, idx).is_err(),
        "{what} validates although it should not"
    );
}

fn policy(text: &str, now: Timestamp) -> Policy {
    policy::parse(text, "policy.toml", now).unwrap_or_else(|e| panic!("{e}"))
}

fn info(path: Option<&str>) -> PolicyInfo {
    PolicyInfo {
        source: if path.is_some() {
            PolicyOrigin::Flag
        } else {
            PolicyOrigin::Embedded
        }
        .into(),
        path: path.map(str::to_owned),
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
        signed: path.is_some(),
        signer: path.map(|_| "Contoso IT 2026-11".to_owned()),
    }
}

fn input<'a>(now: Timestamp, policy: &'a Policy, regs: &'a [Registration]) -> ReportInput<'a> {
    ReportInput {
        feeds_read_at: Some(now),
        now,
        user_name: None,
        policy,
        policy_info: info(None),
        app: AppInfo {
            version: "0.9.0".into(),
            build: "x86_64-linux release".into(),
        },
        os: OsInfo {
            name: "Ubuntu".into(),
            version: "24.04".into(),
        },
        os_kind: Os::Linux,
        registrations: regs,
        first_run: now - SignedDuration::from_hours(24 * 30),
        jobs: Vec::new(),
        probes: Vec::new(),
        open_incidents: Vec::new(),
        seen_incidents: Vec::new(),
        events: Vec::new(),
        device: None,
    }
}

fn to_json(r: &Report) -> Value {
    serde_json::to_value(r).unwrap()
}

fn probe(name: &str, at: Timestamp, outcome: Outcome, status: Option<u16>) -> PortalEntry {
    PortalEntry {
        name: name.into(),
        url: "https://mysignins.microsoft.com/security-info".into(),
        at,
        outcome: outcome.into(),
        healthy: outcome.is_healthy(),
        explanation: format!("{name}: {}", outcome.as_str()),
        http_status: status,
        phases: Phases {
            dns_ms: Some(12.5),
            connect_ms: Some(20.0),
            tls_ms: Some(31.0),
            first_byte_ms: Some(30_000.0),
            total_ms: Some(30_070.25),
        },
        timed_out_phase: None,
        request_id: Some("ab12cd34-5555-4666-8777-888899990000".into()),
        cert_issuer: Some("DigiCert Global G2 TLS RSA SHA256 2020 CA1".into()),
        error_kind: None,
        says: None,
        proxy: None,
    }
}

fn incident(now: Timestamp) -> IncidentEntry {
    IncidentEntry {
        feed: "Azure status".into(),
        title: "Authentication failures in Europe".into(),
        impact: Impact::Major,
        started: Some(now - SignedDuration::from_hours(5)),
        first_seen: now - SignedDuration::from_hours(4),
        last_seen: now,
        link: Some("https://status.azure.com/en-us/status".into()),
    }
}

/// Nothing known: the embedded policy, no method, no probe, no job.
fn empty_report() -> Report {
    let now = ts("2026-12-13T09:00:00Z");
    let p = policy(EMBEDDED_DEFAULT, now);
    build(input(now, &p, &[]))
}

/// Not ready, 16 hours before the deadline, during an outage: a job that
/// keeps hitting 504s, probes with phases (504, timeout, captive portal, TLS
/// inspection), an open incident, events and a name with a phone number.
fn outage_report() -> Report {
    let now = ts("2026-12-15T00:00:00Z");
    let p = policy(POLICY, now);
    let regs = [Registration {
        kind: MethodKind::AuthenticatorApp,
        source: Source::SelfAttested,
        registered_at: now - SignedDuration::from_hours(48),
    }];
    let mut inp = input(now, &p, &regs);
    inp.user_name = Some("  Jane Doe +1 206 555 0100 ");
    inp.policy_info = info(Some("/etc/mfa-ready/policy.toml"));
    // A new user's 14 days would end later than the organisation's deadline.
    inp.first_run = now - SignedDuration::from_hours(48);
    let history = (0..5)
        .map(|i| HistoryEntry {
            at: now - SignedDuration::from_mins(150 - i * 30),
            state: JobState::Pending.into(),
            attempt: u32::try_from(i + 1).unwrap(),
            detail: format!(
                "http 504: Gateway Timeout (request-id 7f3c9a2e-{i:04}); next try at 2026-12-15T00:30:00Z"
            ),
        })
        .chain(std::iter::once(HistoryEntry {
            at: now - SignedDuration::from_mins(5),
            state: JobState::Pending.into(),
            attempt: 6,
            detail: "timeout: no answer in 30 s".into(),
        }))
        .collect();
    inp.jobs = vec![JobEntry {
        id: 7,
        kind: JobKind::RegisterPhone.into(),
        what: "Adding your phone +1 206 555 0100".into(),
        state: JobState::Pending.into(),
        attempts: 6,
        client_request_id: Some("c0ffee00-1111-4222-8333-444455556666".into()),
        created_at: now - SignedDuration::from_hours(3),
        updated_at: now - SignedDuration::from_mins(5),
        last_error: Some(ErrorEntry {
            class: ErrorClass::Timeout.into(),
            status: None,
            message: "no answer in 30 s from 203.0.113.9".into(),
            request_id: None,
        }),
        history,
    }];
    let mut timed_out = probe(
        "My Sign-Ins",
        now - SignedDuration::from_mins(2),
        Outcome::Timeout,
        None,
    );
    timed_out.timed_out_phase = Some(Phase::FirstByte.into());
    timed_out.phases.total_ms = None;
    timed_out.request_id = None;
    let mut captive = probe(
        "Guest check",
        now - SignedDuration::from_mins(3),
        Outcome::CaptivePortal,
        None,
    );
    captive.phases = Phases::default();
    captive.cert_issuer = None;
    let mut tls = probe(
        "Graph",
        now - SignedDuration::from_mins(3),
        Outcome::TlsFailure,
        None,
    );
    tls.cert_issuer = Some("Fortinet FortiGate CA".into());
    tls.error_kind = Some(ErrorKind::TlsUntrustedIssuer.into());
    inp.probes = vec![
        probe(
            "My Sign-Ins",
            now - SignedDuration::from_mins(40),
            Outcome::GatewayTimeout,
            Some(504),
        ),
        timed_out,
        captive,
        tls,
    ];
    inp.open_incidents = vec![incident(now)];
    inp.seen_incidents = vec![incident(now)];
    inp.events = (0..30)
        .map(|i| EventEntry {
            at: now - SignedDuration::from_hours(i * 10),
            kind: "probe".into(),
            detail: format!("check {i}: gateway timeout"),
        })
        .collect();
    build(inp)
}

/// Ready with every method, verified, and a healthy portal.
fn ready_report() -> Report {
    let now = ts("2026-12-01T09:00:00Z");
    let p = policy(POLICY, now);
    let regs: Vec<Registration> = MethodKind::ALL
        .into_iter()
        .map(|kind| Registration {
            kind,
            source: Source::Verified,
            registered_at: now - SignedDuration::from_hours(24),
        })
        .collect();
    let mut inp = input(now, &p, &regs);
    inp.user_name = Some("Jane");
    inp.probes = vec![probe(
        "My Sign-Ins",
        now - SignedDuration::from_mins(1),
        Outcome::Healthy,
        Some(200),
    )];
    build(inp)
}

/// Overdue: the deadline passed and no method.
fn overdue_report() -> Report {
    let now = ts("2026-12-20T09:00:00Z");
    let p = policy(POLICY, now);
    build(input(now, &p, &[]))
}

#[test]
fn the_schema_is_2020_12_and_valid_against_its_metaschema() {
    let text = std::fs::read_to_string(SCHEMA_PATH).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["$schema"], META_2020_12);
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    let meta = compiler.compile(META_2020_12, &mut schemas).unwrap();
    if let Err(e) = schemas.validate(&doc, meta) {
        panic!("the schema is not a valid 2020-12 schema:\n{e:#}");
    }
    let _ = schema();
}

#[test]
fn every_report_state_validates() {
    let cases = [
        ("empty", empty_report()),
        ("outage", outage_report()),
        ("ready", ready_report()),
        ("overdue", overdue_report()),
    ];
    for (what, r) in &cases {
        assert_valid(&to_json(r), what);
    }
    // The samples cover what they claim to (else the test proves little).
    let [(_, empty), (_, outage), (_, ready), (_, overdue)] = &cases;
    assert!(empty.methods.is_empty() && empty.deadline.is_none() && empty.policy.path.is_none());
    assert!(empty.user_name.is_none());
    assert!(outage.readiness.verdict.is(Verdict::NotReady));
    assert!(
        outage
            .deadline
            .as_ref()
            .is_some_and(|d| d.source.is(DeadlineSource::Organization) && !d.overdue)
    );
    assert!(!outage.evidence.is_empty(), "no evidence collected");
    assert!(outage.evidence.iter().any(|e| e.incident.is_some()));
    assert!(
        outage
            .evidence
            .iter()
            .any(|e| e.source.is(EvidenceSource::Probe))
    );
    assert!(!outage.jobs.is_empty() && !outage.incidents.is_empty());
    assert!(outage.portals.len() >= 3);
    assert!(outage.portals.iter().any(|p| p.timed_out_phase.is_some()));
    assert!(outage.readiness.next_step.is_some() && !outage.readiness.gaps.is_empty());
    assert!(ready.readiness.verdict.is(Verdict::Ready));
    assert_eq!(ready.methods.len(), MethodKind::ALL.len());
    assert!(
        ready.methods.iter().any(|m| !m.counted),
        "e-mail never counts"
    );
    assert!(overdue.readiness.verdict.is(Verdict::Overdue));
    assert!(overdue.deadline.as_ref().is_some_and(|d| d.overdue));
}

#[test]
fn every_report_written_round_trips_through_its_json_text() {
    // What `report --format json` writes is text: validate the parsed text too.
    let r = outage_report();
    let text = serde_json::to_string_pretty(&r).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_valid(&value, "outage (as text)");
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(back, r);
}

/// A change that makes a report invalid.
type Mutation = Box<dyn Fn(&mut Value)>;

#[test]
fn reports_that_are_not_reports_fail() {
    let base = to_json(&outage_report());
    let mutations: Vec<(&str, Mutation)> = vec![
        (
            "an extra top-level field",
            Box::new(|v| v["token"] = json!("eyJ0eXAi")),
        ),
        (
            "an extra nested field",
            Box::new(|v| v["methods"][0]["phone"] = json!("+1 206 555 0100")),
        ),
        (
            "an extra field in phases",
            Box::new(|v| v["portals"][0]["phases"]["ip"] = json!("203.0.113.9")),
        ),
        (
            "report_schema 2",
            Box::new(|v| v["report_schema"] = json!(2)),
        ),
        (
            "report_schema \"1\"",
            Box::new(|v| v["report_schema"] = json!("1")),
        ),
        (
            "a lower-case support code",
            Box::new(|v| v["support_code"] = json!("abcd-efgh")),
        ),
        (
            "a support code with I, L, O or U",
            Box::new(|v| v["support_code"] = json!("ABCD-EFGU")),
        ),
        (
            "a missing nullable field",
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("deadline");
            }),
        ),
        (
            "a missing nested field",
            Box::new(|v| {
                v["jobs"][0]
                    .as_object_mut()
                    .unwrap()
                    .remove("client_request_id");
            }),
        ),
        (
            "a time that is not a date-time",
            Box::new(|v| v["generated_at"] = json!("yesterday")),
        ),
        (
            "an unknown verdict",
            Box::new(|v| v["readiness"]["verdict"] = json!("fine")),
        ),
        (
            "an HTTP status over 65535",
            Box::new(|v| v["evidence"][0]["http_status"] = json!(70000)),
        ),
        (
            "a negative count",
            Box::new(|v| v["readiness"]["counted"] = json!(-1)),
        ),
        (
            "an upper-case policy hash",
            Box::new(|v| {
                v["policy"]["sha256"] =
                    json!("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")
            }),
        ),
        (
            "an unknown outcome",
            Box::new(|v| v["portals"][0]["outcome"] = json!("fine")),
        ),
        (
            "a string where an object goes",
            Box::new(|v| v["policy"] = json!("system-wide")),
        ),
    ];
    for (what, mutate) in mutations {
        let mut v = base.clone();
        mutate(&mut v);
        assert_ne!(v, base, "{what}: the mutation did nothing");
        assert_invalid(&v, what);
    }
}

/// Issue 16 and 17's additions validate too, filled in: a portal check's facts
/// (`says`), the gaps as facts (`gap_facts`) and this computer (`device`), built the
/// way the services build them.
#[test]
fn a_report_with_facts_and_a_device_validates() {
    use mfa_ready_core::device::{
        Bluetooth, Check, CheckId, DeviceFacts, DeviceReport, DeviceRule, Platform, Status,
        summarize,
    };
    use mfa_ready_core::fault::{Explanation, Place, Retry};
    let now = ts("2026-12-15T00:00:00Z");
    let mut p = policy(POLICY, now);
    p.device = DeviceRule {
        require: vec![CheckId::DiskEncryption],
        ..DeviceRule::default()
    };
    let report = DeviceReport {
        platform: Platform::Linux,
        os_name: "Debian GNU/Linux 12 (bookworm)".into(),
        checks: vec![
            Check::new(CheckId::OsSupported, Status::Pass, "debian 12"),
            Check::new(
                CheckId::DiskEncryption,
                Status::Fail,
                "/ on vda (254:0), not encrypted",
            ),
            Check::new(CheckId::ScreenLock, Status::Unknown, "no desktop session"),
        ],
    };
    let facts = DeviceFacts {
        platform: Some(Platform::Linux),
        bluetooth: Bluetooth::Off,
        security_key: Some(false),
        ..DeviceFacts::default()
    };
    let device = summarize(&report, &facts, &p.device, &p.enrollment.allowed_methods);
    let mut i = input(now, &p, &[]);
    i.device = Some(device);
    let mut probe = probe("My Sign-Ins", now, Outcome::ServiceUnavailable, Some(503));
    probe.says = Some(Explanation::Unavailable {
        at: Place {
            portal: "My Sign-Ins".into(),
            redirected_to: Some("login.example".into()),
        },
        retry: Some(Retry::InSeconds(600)),
    });
    i.probes = vec![probe];
    let r = build(i);
    assert!(r.readiness.gap_facts.as_ref().is_some_and(|g| g.len() >= 2));
    assert!(r.device.as_ref().is_some_and(|d| !d.meets_policy));
    assert!(r.portals[0].says.is_some());
    let json = to_json(&r);
    assert_valid(&json, "facts and device");
    assert_eq!(json["device"]["checks"][1]["status"], "fail");
    assert_eq!(json["portals"][0]["says"]["id"], "unavailable");
}
