//! The report's sections, written once: what the Markdown, the HTML page and the
//! helpdesk window show, in that order, with every heading, column and sentence, each
//! from the catalogue in its reader's language (`report.ftl`). The renderers only draw
//! them (see `section` for the shapes).

use mfa_ready_i18n::{Catalog, tr};

use super::lead::evidence_lead;
use super::model::{JobEntry, Phases, PortalEntry, Report};
use super::section::{Block, Cell, Fact, List, MISSING, Section, SectionId, Table, Tone};
use super::terms;
use super::times::{utc, utc_said, utc_secs};
use super::wire::OrUnknown;
use crate::fault::{Outcome, Phase, Severity};
use crate::readiness::Verdict;

/// Newest history lines shown per job (the JSON report has them all).
pub(super) const HISTORY_LINES: usize = 6;
/// Newest events shown (the JSON report has them all).
pub(super) const EVENT_LINES: usize = 40;

/// Every section of the report, in order, in the catalogue's language; the evidence
/// only when something was blocked.
pub fn sections(r: &Report, cat: &Catalog) -> Vec<Section> {
    let mut out = vec![readiness(r, cat)];
    out.extend(super::device_section::device(r, cat));
    if !r.evidence.is_empty() {
        out.push(evidence_section(r, cat));
    }
    out.extend([
        methods(r, cat),
        jobs(r, cat),
        portals(r, cat),
        incidents(r, cat),
        events(r, cat),
        about(r, cat),
    ]);
    out
}

fn section(id: SectionId, heading: String, blocks: Vec<Block>) -> Section {
    Section {
        id,
        heading,
        blocks,
    }
}

/// Its table, or the sentence that says there is nothing to list.
fn table_or(rows: Vec<Vec<Cell>>, head: Vec<String>, none: String) -> Block {
    if rows.is_empty() {
        Block::Text(none)
    } else {
        Block::Table(Table {
            head,
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

fn readiness(r: &Report, cat: &Catalog) -> Section {
    let x = &r.readiness;
    let mut facts = vec![
        Fact::new(
            tr!(cat, "report-f-verdict"),
            Cell::tone(terms::verdict(cat, x), verdict_tone(x.verdict)),
        ),
        Fact::new(
            tr!(cat, "report-f-methods"),
            Cell::text(terms::methods_count(cat, x.counted, x.required)),
        ),
    ];
    if let Some(count) = terms::pr_count(cat, x.phishing_resistant, x.required_phishing_resistant) {
        facts.push(Fact::new(
            tr!(cat, "report-f-phishing-resistant"),
            Cell::text(count),
        ));
    }
    match &r.deadline {
        Some(d) => {
            let at = tr!(
                cat,
                "report-deadline-at",
                time = utc(cat, d.at),
                source = d.source.wire()
            );
            facts.push(Fact::new(tr!(cat, "report-f-deadline"), Cell::text(at)));
            facts.push(Fact::new(
                tr!(cat, "report-f-time-left"),
                Cell::text(terms::time_left(cat, d.at, r.generated_at)),
            ));
        }
        None => facts.push(Fact::new(
            tr!(cat, "report-f-deadline"),
            Cell::text(tr!(cat, "report-deadline-none")),
        )),
    }
    if let Some(next) = &x.next_step {
        facts.push(Fact::new(tr!(cat, "report-f-next-step"), Cell::text(next)));
    }
    let mut blocks = vec![Block::Facts(facts)];
    if !x.gaps.is_empty() {
        // In the reader's words when the report holds the facts; else as written.
        let items = match &x.gap_facts {
            Some(facts) if facts.len() == x.gaps.len() => facts
                .iter()
                .map(|g| crate::readiness::said::gap(cat, g, &r.organization))
                .collect(),
            _ => x.gaps.clone(),
        };
        blocks.push(Block::List(List {
            title: tr!(cat, "report-gaps"),
            note: None,
            items,
        }));
    }
    section(SectionId::Readiness, tr!(cat, "report-h-readiness"), blocks)
}

/// The evidence section; when nothing was blocked, the sentence that says so (what
/// `report --evidence` prints then).
pub fn evidence_section(r: &Report, cat: &Catalog) -> Section {
    let rows = r
        .evidence
        .iter()
        .map(|e| {
            vec![
                Cell::text(utc_secs(cat, e.at)),
                Cell::text(&e.attempted),
                Cell::text(&e.classification),
                Cell::number(e.http_status),
                Cell::id(e.request_id.as_deref()),
                Cell::id(e.client_request_id.as_deref()),
                Cell::text(
                    e.incident
                        .clone()
                        .unwrap_or_else(|| tr!(cat, "report-incident-none-reported")),
                ),
            ]
        })
        .collect();
    let head = vec![
        tr!(cat, "report-col-time"),
        tr!(cat, "report-col-attempted"),
        tr!(cat, "report-col-classification"),
        tr!(cat, "report-col-http"),
        tr!(cat, "report-col-request-id"),
        tr!(cat, "report-col-client-request-id"),
        tr!(cat, "report-col-incident-then"),
    ];
    let table = table_or(rows, head, tr!(cat, "report-evidence-none"));
    let blocks = match table {
        Block::Table(_) => vec![Block::Text(evidence_lead(r, cat)), table],
        none => vec![none],
    };
    section(SectionId::Evidence, tr!(cat, "report-h-evidence"), blocks)
}

fn methods(r: &Report, cat: &Catalog) -> Section {
    let rows = r
        .methods
        .iter()
        .map(|m| {
            vec![
                Cell::text(terms::method(cat, m)),
                Cell::id(Some(m.kind.wire())),
                Cell::text(terms::tier(cat, m.tier)),
                Cell::text(terms::device(cat, m.device)),
                Cell::text(terms::source(cat, m.source)),
                Cell::text(utc_said(cat, m.registered_at)),
                Cell::text(terms::yes_no(cat, m.counted)),
            ]
        })
        .collect();
    let head = vec![
        tr!(cat, "report-col-method"),
        tr!(cat, "report-col-kind"),
        tr!(cat, "report-col-tier"),
        tr!(cat, "report-col-device"),
        tr!(cat, "report-col-confirmed"),
        tr!(cat, "report-col-since"),
        tr!(cat, "report-col-counts"),
    ];
    let table = table_or(rows, head, tr!(cat, "report-methods-none"));
    section(
        SectionId::Methods,
        tr!(cat, "report-h-methods"),
        vec![table],
    )
}

/// "http 504: Gateway Timeout (request id 7f3c…)".
fn last_error(j: &JobEntry, cat: &Catalog) -> Cell {
    match &j.last_error {
        None => Cell::missing(),
        Some(e) => Cell::text(match &e.request_id {
            Some(id) => tr!(
                cat,
                "report-last-error",
                error = e.summary(),
                id = id.as_str()
            ),
            None => e.summary(),
        }),
    }
}

fn jobs(r: &Report, cat: &Catalog) -> Section {
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
                Cell::text(utc(cat, j.updated_at)),
                last_error(j, cat),
            ]
        })
        .collect();
    let head = vec![
        tr!(cat, "report-col-job"),
        tr!(cat, "report-col-what"),
        tr!(cat, "report-col-state"),
        tr!(cat, "report-col-attempts"),
        tr!(cat, "report-col-client-request-id"),
        tr!(cat, "report-col-updated"),
        tr!(cat, "report-col-last-error"),
    ];
    let mut blocks = vec![table_or(rows, head, tr!(cat, "report-jobs-none"))];
    blocks.extend(
        r.jobs
            .iter()
            .filter(|j| !j.history.is_empty())
            .map(|j| history(j, cat)),
    );
    section(SectionId::Jobs, tr!(cat, "report-h-jobs"), blocks)
}

/// A job's newest history lines, oldest first.
fn history(j: &JobEntry, cat: &Catalog) -> Block {
    let (older, shown) = newest(&j.history, HISTORY_LINES);
    Block::List(List {
        // The job's number as it is stored, never grouped ("1234", not "1,234").
        title: tr!(cat, "report-history", id = j.id.to_string()),
        note: (older > 0).then(|| tr!(cat, "report-history-older", count = older)),
        items: shown
            .iter()
            .map(|h| {
                tr!(
                    cat,
                    "report-history-line",
                    time = utc_secs(cat, h.at),
                    state = h.state.wire(),
                    attempt = h.attempt,
                    detail = h.detail.as_str()
                )
            })
            .collect(),
    })
}

/// The outcome in words, coloured by how bad it is.
fn outcome(p: &PortalEntry, cat: &Catalog) -> Cell {
    let tone = match p.outcome.known().map(Outcome::severity) {
        Some(Severity::Green) => Tone::Good,
        Some(Severity::Amber) => Tone::Warn,
        Some(Severity::Red) => Tone::Bad,
        None if p.healthy => Tone::Good,
        None => Tone::Bad,
    };
    Cell::tone(terms::outcome(cat, p.outcome), tone)
}

fn portals(r: &Report, cat: &Catalog) -> Section {
    let rows = r
        .portals
        .iter()
        .map(|p| {
            vec![
                Cell::text(&p.name),
                Cell::text(utc(cat, p.at)),
                outcome(p, cat),
                Cell::number(p.http_status),
                Cell::text(phases_text(&p.phases, p.timed_out_phase, cat)),
                Cell::id(p.request_id.as_deref()),
                Cell::text(p.cert_issuer.as_deref().unwrap_or(MISSING)),
            ]
        })
        .collect();
    let head = vec![
        tr!(cat, "report-col-portal"),
        tr!(cat, "report-col-checked"),
        tr!(cat, "report-col-outcome"),
        tr!(cat, "report-col-http"),
        tr!(cat, "report-col-phases"),
        tr!(cat, "report-col-request-id"),
        tr!(cat, "report-col-issuer"),
    ];
    let mut blocks = vec![table_or(rows, head, tr!(cat, "report-portals-none"))];
    if !r.portals.is_empty() {
        blocks.push(Block::Facts(
            r.portals
                .iter()
                .map(|p| {
                    Fact::new(
                        tr!(
                            cat,
                            "report-portal",
                            name = p.name.as_str(),
                            url = p.url.as_str()
                        ),
                        Cell::text(&{
                            let mut said = match &p.says {
                                Some(says) => crate::fault::explanation(cat, says),
                                None => p.explanation.clone(),
                            };
                            if let Some(route) = &p.proxy {
                                said.push(' ');
                                said.push_str(&crate::proxy::said(cat, route));
                            }
                            said
                        }),
                    )
                })
                .collect(),
        ));
    }
    section(SectionId::Portals, tr!(cat, "report-h-portals"), blocks)
}

/// The sentence for "no open incident": never a plain "none" when no feed was read.
fn no_incidents(r: &Report, cat: &Catalog) -> String {
    match r.feeds_read_at {
        Some(at) => tr!(cat, "report-incidents-none", time = utc(cat, at)),
        None => tr!(cat, "report-incidents-unknown"),
    }
}

fn incidents(r: &Report, cat: &Catalog) -> Section {
    let rows = r
        .incidents
        .iter()
        .map(|i| {
            vec![
                Cell::text(&i.feed),
                Cell::text(&i.title),
                Cell::text(terms::impact(cat, i.impact)),
                Cell::text(
                    i.started
                        .map_or_else(|| MISSING.to_owned(), |t| utc(cat, t)),
                ),
                Cell::text(utc(cat, i.last_seen)),
                // An address as text, never a link: no format makes a request.
                Cell::id(i.link.as_deref()),
            ]
        })
        .collect();
    let head = vec![
        tr!(cat, "report-col-feed"),
        tr!(cat, "report-col-incident"),
        tr!(cat, "report-col-impact"),
        tr!(cat, "report-col-started"),
        tr!(cat, "report-col-last-seen"),
        tr!(cat, "report-col-link"),
    ];
    let table = table_or(rows, head, no_incidents(r, cat));
    section(
        SectionId::Incidents,
        tr!(cat, "report-h-incidents"),
        vec![table],
    )
}

fn events(r: &Report, cat: &Catalog) -> Section {
    let (older, shown) = newest(&r.events, EVENT_LINES);
    let rows = shown
        .iter()
        .map(|e| {
            vec![
                Cell::text(utc_secs(cat, e.at)),
                Cell::text(&e.kind),
                Cell::text(&e.detail),
            ]
        })
        .collect();
    let head = vec![
        tr!(cat, "report-col-time"),
        tr!(cat, "report-col-event"),
        tr!(cat, "report-col-detail"),
    ];
    let mut table = table_or(rows, head, tr!(cat, "report-events-none"));
    if let Block::Table(t) = &mut table
        && older > 0
    {
        t.note = Some(tr!(
            cat,
            "report-events-newest",
            shown = shown.len(),
            total = r.events.len()
        ));
    }
    section(SectionId::Events, tr!(cat, "report-h-events"), vec![table])
}

fn about(r: &Report, cat: &Catalog) -> Section {
    let p = &r.policy;
    let source = tr!(
        cat,
        "report-policy-source",
        source = p.source.known().map_or("unknown", |o| o.id())
    );
    let policy = match &p.path {
        Some(path) => tr!(
            cat,
            "report-policy-file",
            source = source,
            path = path.as_str()
        ),
        None => source,
    };
    let signed = match (p.signed, &p.signer) {
        (true, Some(s)) => tr!(cat, "report-signed-by", signer = s.as_str()),
        (signed, _) => terms::yes_no(cat, signed),
    };
    let facts = vec![
        Fact::new(tr!(cat, "report-f-policy"), Cell::text(policy)),
        Fact::new(tr!(cat, "report-f-policy-hash"), Cell::id(Some(&p.sha256))),
        Fact::new(tr!(cat, "report-f-signed"), Cell::text(signed)),
        Fact::new(
            tr!(cat, "report-f-app"),
            Cell::text(tr!(
                cat,
                "report-app-version",
                version = r.app.version.as_str(),
                build = r.app.build.as_str()
            )),
        ),
        Fact::new(
            tr!(cat, "report-f-os"),
            Cell::text(format!("{} {}", r.os.name, r.os.version)),
        ),
        Fact::new(
            tr!(cat, "report-f-schema"),
            Cell::number(Some(r.report_schema)),
        ),
    ];
    section(
        SectionId::About,
        tr!(cat, "report-h-about"),
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
fn phases_text(p: &Phases, timed_out: Option<OrUnknown<Phase>>, cat: &Catalog) -> String {
    let ms = |v: f64| format!("{v:.0}");
    let mut parts: Vec<String> = [
        p.dns_ms.map(|v| tr!(cat, "report-phase-dns", ms = ms(v))),
        p.connect_ms
            .map(|v| tr!(cat, "report-phase-connect", ms = ms(v))),
        p.tls_ms.map(|v| tr!(cat, "report-phase-tls", ms = ms(v))),
        p.first_byte_ms
            .map(|v| tr!(cat, "report-phase-first-byte", ms = ms(v))),
        p.total_ms
            .map(|v| tr!(cat, "report-phase-total", ms = ms(v))),
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(phase) = timed_out {
        parts.push(tr!(cat, "report-timed-out", phase = phase.wire()));
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
    use super::super::wire::UNKNOWN;
    use super::*;
    use mfa_ready_i18n::Lang;

    /// The sections in English, as the tests below read them.
    fn sections(r: &Report) -> Vec<Section> {
        super::sections(r, &testkit::en())
    }

    fn evidence_section(r: &Report) -> Section {
        super::evidence_section(r, &testkit::en())
    }

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
                    "14 Dec 2026, 05:00 UTC (organisation deadline)".into()
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
                "None reported by the status feeds (last read 13 Dec 2026, 08:00 UTC).".into()
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

    /// Every heading, label, column and sentence the sections write comes from the
    /// catalogue: in German and Japanese none of the English ones is left.
    #[test]
    fn the_sections_speak_the_readers_language() {
        let r = testkit::outage();
        let english = sections(&r);
        for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
            let cat = Catalog::new(lang);
            let theirs = super::sections(&r, &cat);
            assert_eq!(
                theirs.iter().map(|s| s.id).collect::<Vec<_>>(),
                english.iter().map(|s| s.id).collect::<Vec<_>>()
            );
            for (en, s) in english.iter().zip(&theirs) {
                assert_ne!(en.heading, s.heading, "{lang:?}");
            }
        }
        // Word by word in German and Japanese (French and Spanish share a few with
        // English: "Verdict", "Portal").
        for lang in [Lang::De, Lang::Ja] {
            let theirs = super::sections(&r, &Catalog::new(lang));
            for (en, s) in english.iter().zip(&theirs) {
                for (a, b) in en.blocks.iter().zip(&s.blocks) {
                    match (a, b) {
                        (Block::Table(a), Block::Table(b)) => {
                            for (x, y) in a.head.iter().zip(&b.head) {
                                // Some words are the same in some languages.
                                let same = ["HTTP", "client-request-id", "Portal", "Link"];
                                if !same.contains(&x.as_str()) {
                                    assert_ne!(x, y, "{lang:?}");
                                }
                            }
                        }
                        (Block::Facts(a), Block::Facts(b)) => {
                            for (x, y) in a.iter().zip(b) {
                                if x.label != "MFA Ready" && !x.label.contains("(http") {
                                    assert_ne!(x.label, y.label, "{lang:?}");
                                }
                            }
                        }
                        (Block::List(a), Block::List(b)) => assert_ne!(a.title, b.title),
                        (Block::Text(a), Block::Text(b)) => assert_ne!(a, b, "{lang:?}"),
                        (a, b) => panic!("{lang:?}: {a:?} against {b:?}"),
                    }
                }
            }
        }
        let de = super::sections(&r, &Catalog::new(Lang::De));
        let f = facts(&de[0]);
        assert_eq!(f[0], ("Bewertung".into(), "Noch nicht startklar".into()));
        assert_eq!(f[1], ("Methoden".into(), "1 von 2 Methoden".into()));
        assert_eq!(
            f[3],
            (
                "Geltende Frist".into(),
                "14.12.2026, 05:00 UTC (Frist der Organisation)".into()
            )
        );
        assert_eq!(f[4], ("Verbleibende Zeit".into(), "noch 20 Stunden".into()));
        let ja = super::sections(&r, &Catalog::new(Lang::Ja));
        assert_eq!(ja[0].heading, "準備状況");
        let Some(Block::Table(m)) = ja[2].blocks.first() else {
            panic!("{:?}", ja[2])
        };
        assert_eq!(m.rows[0][0].text, "認証アプリ");
        assert_eq!(m.rows[0][5].text, "2026/12/10 9:00 UTC");
    }
}
