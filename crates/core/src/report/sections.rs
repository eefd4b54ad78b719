//! The report's sections, written once: what the Markdown, the HTML page and the
//! helpdesk window show, in that order, with every heading, column and sentence.
//! The renderers only draw them (see `section` for the shapes).

use super::lead::evidence_lead;
use super::model::{DeadlineInfo, JobEntry, Phases, PortalEntry, Report};
use super::section::{Block, Cell, Fact, List, MISSING, Section, SectionId, Table, Tone};
use super::times::{utc, utc_secs};
use super::wire::{OrUnknown, UNKNOWN, Wire};
use crate::fault::{Outcome, Phase, Severity};
use crate::phrase::plural;
use crate::readiness::{Verdict, methods_count, phishing_resistant_count};

/// The evidence section's title.
pub(super) const EVIDENCE_TITLE: &str = "Enrollment attempts during service problems";

/// Newest history lines shown per job (the JSON report has them all).
pub(super) const HISTORY_LINES: usize = 6;
/// Newest events shown (the JSON report has them all).
pub(super) const EVENT_LINES: usize = 40;

/// Every section of the report, in order; the evidence only when something was blocked.
pub fn sections(r: &Report) -> Vec<Section> {
    let mut out = vec![readiness(r)];
    if !r.evidence.is_empty() {
        out.push(evidence_section(r));
    }
    out.extend([
        methods(r),
        jobs(r),
        portals(r),
        incidents(r),
        events(r),
        about(r),
    ]);
    out
}

fn section(id: SectionId, heading: &str, blocks: Vec<Block>) -> Section {
    Section {
        id,
        heading: heading.to_owned(),
        blocks,
    }
}

/// Its table, or the sentence that says there is nothing to list.
fn table_or(rows: Vec<Vec<Cell>>, head: &[&str], none: &str) -> Block {
    if rows.is_empty() {
        Block::Text(none.to_owned())
    } else {
        Block::Table(Table {
            head: head.iter().map(|h| (*h).to_owned()).collect(),
            rows,
            note: None,
        })
    }
}

fn verdict_tone(verdict: OrUnknown<Verdict>) -> Tone {
    match verdict.known() {
        Some(Verdict::Ready) => Tone::Good,
        Some(Verdict::NotReady) => Tone::Warn,
        Some(Verdict::Overdue) | None => Tone::Bad,
    }
}

/// A value's label, or [`UNKNOWN`] for one a newer writer added.
fn label<T: Wire>(v: OrUnknown<T>, label: fn(T) -> &'static str) -> &'static str {
    v.known().map_or(UNKNOWN, label)
}

/// "2026-12-15 16:00 UTC (organisation deadline)".
fn deadline_at(d: &DeadlineInfo) -> String {
    format!(
        "{} ({})",
        utc(d.at),
        label(d.source, crate::deadline::DeadlineSource::label)
    )
}

fn readiness(r: &Report) -> Section {
    let x = &r.readiness;
    let mut facts = vec![
        Fact::new("Verdict", Cell::tone(&x.label, verdict_tone(x.verdict))),
        Fact::new("Methods", Cell::text(methods_count(x.counted, x.required))),
    ];
    if let Some(count) =
        phishing_resistant_count(x.phishing_resistant, x.required_phishing_resistant)
    {
        facts.push(Fact::new("Phishing-resistant", Cell::text(count)));
    }
    match &r.deadline {
        Some(d) => {
            facts.push(Fact::new("Deadline in force", Cell::text(deadline_at(d))));
            facts.push(Fact::new("Time left", Cell::text(&d.time_left)));
        }
        None => facts.push(Fact::new("Deadline in force", Cell::text("none"))),
    }
    if let Some(next) = &x.next_step {
        facts.push(Fact::new("Next step", Cell::text(next)));
    }
    let mut blocks = vec![Block::Facts(facts)];
    if !x.gaps.is_empty() {
        blocks.push(Block::List(List {
            title: "Gaps".to_owned(),
            note: None,
            items: x.gaps.clone(),
        }));
    }
    section(SectionId::Readiness, "Readiness", blocks)
}

/// The evidence section; when nothing was blocked, the sentence that says so (what
/// `report --evidence` prints then).
pub fn evidence_section(r: &Report) -> Section {
    let rows = r
        .evidence
        .iter()
        .map(|e| {
            vec![
                Cell::text(utc_secs(e.at)),
                Cell::text(&e.attempted),
                Cell::text(&e.classification),
                Cell::number(e.http_status),
                Cell::id(e.request_id.as_deref()),
                Cell::id(e.client_request_id.as_deref()),
                Cell::text(e.incident.as_deref().unwrap_or("none reported")),
            ]
        })
        .collect();
    let table = table_or(
        rows,
        &[
            "Time (UTC)",
            "Attempted",
            "Classification",
            "HTTP",
            "Request id",
            "client-request-id",
            "Vendor incident at that moment",
        ],
        "None: no attempt was blocked by the service in the last 14 days.",
    );
    let blocks = match table {
        Block::Table(_) => vec![Block::Text(evidence_lead(r)), table],
        none => vec![none],
    };
    section(SectionId::Evidence, EVIDENCE_TITLE, blocks)
}

fn methods(r: &Report) -> Section {
    let rows = r
        .methods
        .iter()
        .map(|m| {
            vec![
                Cell::text(&m.name),
                Cell::id(Some(m.kind.wire())),
                Cell::text(label(m.tier, crate::methods::Tier::label)),
                Cell::text(label(m.device, crate::methods::Device::label)),
                Cell::text(label(m.source, crate::readiness::Source::label)),
                Cell::text(utc(m.registered_at)),
                Cell::text(if m.counted { "yes" } else { "no" }),
            ]
        })
        .collect();
    let head = [
        "Method",
        "Kind",
        "Tier",
        "Device",
        "Confirmed",
        "Since",
        "Counts",
    ];
    let table = table_or(rows, &head, "No method registered yet.");
    section(SectionId::Methods, "Methods", vec![table])
}

/// "http 504: Gateway Timeout (request id 7f3c…)".
fn last_error(j: &JobEntry) -> Cell {
    match &j.last_error {
        None => Cell::missing(),
        Some(e) => Cell::text(match &e.request_id {
            Some(id) => format!("{} (request id {id})", e.summary()),
            None => e.summary(),
        }),
    }
}

fn jobs(r: &Report) -> Section {
    let rows = r
        .jobs
        .iter()
        .map(|j| {
            vec![
                Cell::number(Some(j.id)),
                Cell::text(&j.what),
                Cell::id(Some(j.state.wire())),
                Cell::number(Some(j.attempts)),
                Cell::id(j.client_request_id.as_deref()),
                Cell::text(utc(j.updated_at)),
                last_error(j),
            ]
        })
        .collect();
    let head = [
        "Job",
        "What",
        "State",
        "Attempts",
        "client-request-id",
        "Updated (UTC)",
        "Last error",
    ];
    let mut blocks = vec![table_or(rows, &head, "No queued work.")];
    blocks.extend(r.jobs.iter().filter(|j| !j.history.is_empty()).map(history));
    section(SectionId::Jobs, "Queue jobs", blocks)
}

/// A job's newest history lines, oldest first.
fn history(j: &JobEntry) -> Block {
    let (older, shown) = newest(&j.history, HISTORY_LINES);
    Block::List(List {
        title: format!("Job {} history (oldest first)", j.id),
        note: (older > 0)
            .then(|| format!("… {} not shown", plural(older, "older line", "older lines"))),
        items: shown
            .iter()
            .map(|h| {
                format!(
                    "{} · {} · attempt {} · {}",
                    utc_secs(h.at),
                    h.state.wire(),
                    h.attempt,
                    h.detail
                )
            })
            .collect(),
    })
}

/// The outcome in words, coloured by how bad it is.
fn outcome(p: &PortalEntry) -> Cell {
    let tone = match p.outcome.known().map(Outcome::severity) {
        Some(Severity::Green) => Tone::Good,
        Some(Severity::Amber) => Tone::Warn,
        Some(Severity::Red) => Tone::Bad,
        None if p.healthy => Tone::Good,
        None => Tone::Bad,
    };
    Cell::tone(label(p.outcome, Outcome::label), tone)
}

fn portals(r: &Report) -> Section {
    let rows = r
        .portals
        .iter()
        .map(|p| {
            vec![
                Cell::text(&p.name),
                Cell::text(utc(p.at)),
                outcome(p),
                Cell::number(p.http_status),
                Cell::text(phases_text(&p.phases, p.timed_out_phase)),
                Cell::id(p.request_id.as_deref()),
                Cell::text(p.cert_issuer.as_deref().unwrap_or(MISSING)),
            ]
        })
        .collect();
    let head = [
        "Portal",
        "Checked (UTC)",
        "Outcome",
        "HTTP",
        "Phases",
        "Request id",
        "Certificate issuer",
    ];
    let mut blocks = vec![table_or(
        rows,
        &head,
        "No portal was checked in the last 14 days.",
    )];
    if !r.portals.is_empty() {
        blocks.push(Block::Facts(
            r.portals
                .iter()
                .map(|p| {
                    Fact::new(
                        format!("{} ({})", p.name, p.url),
                        Cell::text(&p.explanation),
                    )
                })
                .collect(),
        ));
    }
    section(
        SectionId::Portals,
        "Portal health (last check of each portal)",
        blocks,
    )
}

/// The sentence for "no open incident": never a plain "none" when no feed was read.
fn no_incidents(r: &Report) -> String {
    match r.feeds_read_at {
        Some(at) => format!("None reported by the status feeds (last read {}).", utc(at)),
        None => "Unknown: no provider status feed could be read from this device.".to_owned(),
    }
}

fn incidents(r: &Report) -> Section {
    let rows = r
        .incidents
        .iter()
        .map(|i| {
            vec![
                Cell::text(&i.feed),
                Cell::text(&i.title),
                Cell::text(i.impact.id()),
                Cell::text(i.started.map_or_else(|| MISSING.to_owned(), utc)),
                Cell::text(utc(i.last_seen)),
                // An address as text, never a link: no format makes a request.
                Cell::id(i.link.as_deref()),
            ]
        })
        .collect();
    let head = [
        "Feed",
        "Incident",
        "Impact",
        "Started (UTC)",
        "Last seen (UTC)",
        "Link",
    ];
    let table = table_or(rows, &head, &no_incidents(r));
    section(SectionId::Incidents, "Open vendor incidents", vec![table])
}

fn events(r: &Report) -> Section {
    let (older, shown) = newest(&r.events, EVENT_LINES);
    let rows = shown
        .iter()
        .map(|e| {
            vec![
                Cell::text(utc_secs(e.at)),
                Cell::text(&e.kind),
                Cell::text(&e.detail),
            ]
        })
        .collect();
    let mut table = table_or(rows, &["Time (UTC)", "Event", "Detail"], "No events.");
    if let Block::Table(t) = &mut table
        && older > 0
    {
        t.note = Some(format!(
            "The newest {} of {} events are shown; the JSON report has them all.",
            shown.len(),
            r.events.len()
        ));
    }
    section(SectionId::Events, "Event log (last 14 days)", vec![table])
}

fn about(r: &Report) -> Section {
    let p = &r.policy;
    let source = p.source.wire();
    let policy = match &p.path {
        Some(path) => format!("{source} ({path})"),
        None => source.to_owned(),
    };
    let signed = match (p.signed, &p.signer) {
        (true, Some(s)) => format!("yes, by {s}"),
        (true, None) => "yes".to_owned(),
        (false, _) => "no".to_owned(),
    };
    let facts = vec![
        Fact::new("Policy", Cell::text(policy)),
        Fact::new("Policy SHA-256", Cell::id(Some(&p.sha256))),
        Fact::new("Signed", Cell::text(signed)),
        Fact::new(
            "MFA Ready",
            Cell::text(format!("{} ({})", r.app.version, r.app.build)),
        ),
        Fact::new(
            "Operating system",
            Cell::text(format!("{} {}", r.os.name, r.os.version)),
        ),
        Fact::new("Report schema", Cell::number(Some(r.report_schema))),
    ];
    section(
        SectionId::About,
        "About this report",
        vec![Block::Facts(facts)],
    )
}

/// The newest `n` of a list kept oldest first: (how many were left out, the rest).
fn newest<T>(items: &[T], n: usize) -> (usize, &[T]) {
    let older = items.len().saturating_sub(n);
    (older, &items[older..])
}

/// "DNS 12 ms · connect 20 ms · TLS 31 ms · first byte 180 ms · total 245 ms", with
/// the phase that timed out.
fn phases_text(p: &Phases, timed_out: Option<OrUnknown<Phase>>) -> String {
    let mut parts: Vec<String> = [
        (Phase::Dns.label(), p.dns_ms),
        (Phase::Connect.label(), p.connect_ms),
        (Phase::Tls.label(), p.tls_ms),
        (Phase::FirstByte.label(), p.first_byte_ms),
        ("total", p.total_ms),
    ]
    .into_iter()
    .filter_map(|(name, ms)| ms.map(|ms| format!("{name} {ms:.0} ms")))
    .collect();
    if let Some(phase) = timed_out {
        parts.push(match phase.known() {
            Some(phase) => format!("timed out in {}", phase.label()),
            None => "timed out in a phase this version does not know".to_owned(),
        });
    }
    if parts.is_empty() {
        MISSING.to_owned()
    } else {
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;

    fn ids(r: &Report) -> Vec<SectionId> {
        sections(r).iter().map(|s| s.id).collect()
    }

    fn facts(s: &Section) -> Vec<(String, String)> {
        s.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Facts(f) => Some(f),
                _ => None,
            })
            .flatten()
            .map(|f| (f.label.clone(), f.value.text.clone()))
            .collect()
    }

    #[test]
    fn every_section_in_order_and_the_evidence_only_when_something_was_blocked() {
        use SectionId::*;
        assert_eq!(
            ids(&testkit::outage()),
            [
                Readiness, Evidence, Methods, Jobs, Portals, Incidents, Events, About
            ]
        );
        for r in [testkit::ready(), testkit::empty(), testkit::overdue()] {
            assert_eq!(
                ids(&r),
                [Readiness, Methods, Jobs, Portals, Incidents, Events, About]
            );
        }
        let none = evidence_section(&testkit::ready());
        assert_eq!(
            none.blocks,
            [Block::Text(
                "None: no attempt was blocked by the service in the last 14 days.".into()
            )]
        );
    }

    #[test]
    fn the_readiness_facts_say_it_once_each() {
        let r = testkit::outage();
        let s = &sections(&r)[0];
        let f = facts(s);
        assert_eq!(
            f,
            [
                ("Verdict".into(), "Not ready yet".into()),
                ("Methods".into(), "1 of 2 methods".into()),
                (
                    "Phishing-resistant".into(),
                    "0 of 1 phishing-resistant".into()
                ),
                (
                    "Deadline in force".into(),
                    "2026-12-14 05:00 UTC (organisation deadline)".into()
                ),
                ("Time left".into(), "20 hours left".into()),
                (
                    "Next step".into(),
                    "Add a passkey: it is phishing-resistant.".into()
                ),
            ]
        );
        let Some(Block::Facts(first)) = s.blocks.first() else {
            panic!("{s:?}")
        };
        assert_eq!(
            first[0].value.style,
            super::super::section::Style::Tone(Tone::Warn)
        );
        // None required: no "0 of 0"; no deadline: says so.
        let mut r = testkit::empty();
        r.readiness.required_phishing_resistant = 0;
        let f = facts(&sections(&r)[0]);
        assert!(!f.iter().any(|(l, _)| l == "Phishing-resistant"), "{f:?}");
        assert!(f.contains(&("Deadline in force".into(), "none".into())));
    }

    #[test]
    fn methods_say_how_they_are_known_and_values_this_version_does_not_know_say_unknown() {
        let mut r = testkit::ready();
        let s = sections(&r);
        let Some(Block::Table(t)) = s[1].blocks.first() else {
            panic!("{:?}", s[1])
        };
        assert_eq!(t.rows[0][4].text, "verified by the service");
        assert_eq!(t.rows[2][4].text, "marked as set up, not verified");
        assert_eq!(t.rows[0][3].text, "this computer");
        r.methods[0].tier = OrUnknown::Unknown;
        r.portals[0].outcome = OrUnknown::Unknown;
        r.portals[0].timed_out_phase = Some(OrUnknown::Unknown);
        let s = sections(&r);
        let Some(Block::Table(t)) = s[1].blocks.first() else {
            panic!("{:?}", s[1])
        };
        assert_eq!(t.rows[0][2].text, UNKNOWN);
        let Some(Block::Table(p)) = s[3].blocks.first() else {
            panic!("{:?}", s[3])
        };
        assert_eq!(p.rows[0][2], Cell::tone(UNKNOWN, Tone::Good));
        assert!(
            p.rows[0][4]
                .text
                .ends_with("timed out in a phase this version does not know")
        );
    }

    #[test]
    fn long_histories_and_logs_show_the_newest_and_say_how_many_went() {
        let r = testkit::outage();
        let s = sections(&r);
        let jobs = &s[3];
        let Some(Block::List(h)) = jobs.blocks.get(1) else {
            panic!("{jobs:?}")
        };
        assert_eq!(h.title, "Job 7 history (oldest first)");
        assert_eq!(h.note.as_deref(), Some("… 6 older lines not shown"));
        assert_eq!(h.items.len(), HISTORY_LINES);
        assert!(h.items[5].contains("request-id 7f3c9a2e-0011"), "{h:?}");
        let Some(Block::Table(e)) = s[6].blocks.first() else {
            panic!("{:?}", s[6])
        };
        assert_eq!(
            e.note.as_deref(),
            Some("The newest 40 of 55 events are shown; the JSON report has them all.")
        );
        assert_eq!(e.rows.len(), EVENT_LINES);
        assert_eq!(e.rows[39][2].text, "My Sign-Ins check 54: gateway timeout");
    }

    #[test]
    fn no_incident_is_never_said_when_no_feed_was_read() {
        let mut r = testkit::ready();
        r.feeds_read_at = None;
        let s = sections(&r);
        assert_eq!(
            s[4].blocks,
            [Block::Text(
                "Unknown: no provider status feed could be read from this device.".into()
            )]
        );
        r.feeds_read_at = Some(testkit::at(-60));
        let s = sections(&r);
        assert_eq!(
            s[4].blocks,
            [Block::Text(
                "None reported by the status feeds (last read 2026-12-13 08:00 UTC).".into()
            )]
        );
    }

    #[test]
    fn about_names_the_policy_its_hash_and_signer() {
        let f = facts(
            sections(&testkit::outage())
                .last()
                .unwrap_or_else(|| panic!()),
        );
        assert_eq!(
            f[0],
            (
                "Policy".into(),
                "system-wide (/etc/mfa-ready/policy.toml)".into()
            )
        );
        assert_eq!(
            f[2],
            ("Signed".into(), "yes, by Contoso IT policy 2026-11".into())
        );
        assert_eq!(
            f[3],
            ("MFA Ready".into(), "0.9.0 (x86_64-linux release)".into())
        );
        let f = facts(
            sections(&testkit::empty())
                .last()
                .unwrap_or_else(|| panic!()),
        );
        assert_eq!(f[0], ("Policy".into(), "embedded default".into()));
        assert_eq!(f[2], ("Signed".into(), "no".into()));
    }
}
