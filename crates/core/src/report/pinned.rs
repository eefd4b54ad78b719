//! The JSON a report file holds, pinned to the byte: the testkit's samples and a
//! report `build` makes from every method kind, as `report --format json` writes
//! them, and the file an earlier build wrote, read back and written again. Pinned
//! before the report model was typed (issue 14), so a change of a field's type can
//! never change what a file says.

use jiff::{SignedDuration, Timestamp};

use super::build::{ReportInput, build};
use super::model::Report;
use super::read::parse;
use super::testkit;
use crate::methods::{MethodKind, Os};
use crate::readiness::{Registration, Source};

/// The text of a report file, exactly as `report --format json` writes it.
fn file_text(r: &Report) -> String {
    super::format::render(r, super::format::Format::Json, &testkit::en()).unwrap()
}

const POLICY: &str = "schema = 1\norganization = \"Contoso\"\n\
    [enrollment]\ndeadline = 2026-12-15T17:00:00+01:00\nmin_methods = 2\nmin_phishing_resistant = 1\n";

/// A report `build` makes: every method kind (each tier and device), both sources,
/// the deadline, and the outage sample's jobs, probes, incidents and events, so the
/// evidence is collected too.
pub(super) fn built() -> Report {
    let now = testkit::at(0);
    let policy = crate::policy::parse(POLICY, "policy.toml", now).unwrap_or_else(|e| panic!("{e}"));
    let registrations: Vec<Registration> = MethodKind::ALL
        .into_iter()
        .enumerate()
        .map(|(i, kind)| Registration {
            kind,
            source: if i % 2 == 0 {
                Source::Verified
            } else {
                Source::SelfAttested
            },
            registered_at: now - SignedDuration::from_hours(24),
        })
        .collect();
    let sample = testkit::outage();
    build(ReportInput {
        now,
        user_name: Some(" Jane Doe +1 206 555 0100 "),
        policy: &policy,
        policy_info: sample.policy.clone(),
        app: sample.app.clone(),
        os: sample.os.clone(),
        os_kind: Os::Windows,
        registrations: &registrations,
        first_run: now - SignedDuration::from_hours(24 * 3),
        jobs: sample.jobs.clone(),
        probes: sample.portals.clone(),
        open_incidents: sample.incidents.clone(),
        seen_incidents: sample.incidents.clone(),
        feeds_read_at: sample.feeds_read_at,
        events: sample.events.clone(),
        device: None,
    })
}

/// The pinned file beside the samples.
macro_rules! pinned {
    ($name:literal) => {
        include_str!(concat!(
            "../../../../tests/fixtures/report-pinned-",
            $name,
            ".json"
        ))
    };
}

#[test]
fn every_sample_writes_the_pinned_bytes() {
    for (name, report, pinned) in [
        ("ready", testkit::ready(), pinned!("ready")),
        ("outage", testkit::outage(), pinned!("outage")),
        ("overdue", testkit::overdue(), pinned!("overdue")),
        ("empty", testkit::empty(), pinned!("empty")),
        ("built", built(), pinned!("built")),
    ] {
        let text = file_text(&report);
        assert!(text == pinned, "{name}: the JSON changed:\n{text}");
        // And reads back as itself, genuine.
        let opened = parse(pinned.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(opened.code_matches, "{name}");
        assert_eq!(opened.report, report, "{name}");
    }
}

#[test]
fn the_built_sample_covers_what_it_claims() {
    let r = built();
    let text = file_text(&r);
    for needle in [
        "\"tier\": \"Phishing-resistant\"",
        "\"tier\": \"Strong\"",
        "\"tier\": \"Weak\"",
        "\"tier\": \"Recovery only\"",
        "\"device\": \"your phone\"",
        "\"device\": \"this computer\"",
        "\"device\": \"a hardware key\"",
        "\"device\": \"your phone number\"",
        "\"device\": \"your mailbox\"",
        "\"source\": \"verified\"",
        "\"source\": \"self_attested\"",
        "\"source\": \"organization\"",
        "\"source\": \"job\"",
        "\"source\": \"probe\"",
        "\"verdict\": \"ready\"",
        "\"counted\": false",
    ] {
        assert!(text.contains(needle), "{needle} not in:\n{text}");
    }
}

/// A file the build before issue 14 wrote (and before `error_kind` existed) reads
/// back and is written again to the very same bytes.
#[test]
fn an_older_file_is_written_again_byte_for_byte() {
    let file = include_str!("../../../../tests/fixtures/report-before-error-kind.json");
    let opened = parse(file.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert!(opened.code_matches);
    assert_eq!(file_text(&opened.report), file);
    let at: Timestamp = "2026-11-24T02:21:20.792837553Z".parse().unwrap_or_default();
    assert_eq!(opened.report.generated_at, at);
}
