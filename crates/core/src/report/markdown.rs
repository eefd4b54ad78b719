//! The report as Markdown, to paste into a ticket (GitHub, GitLab, Jira's
//! Markdown): headings, short tables, every data string escaped (it is
//! external text). Also the plain-text pieces the HTML shares: times, phases,
//! the evidence's lead sentence.

use jiff::Timestamp;

use super::evidence::blocked_total;
use super::model::{EvidenceEntry, EvidenceSource, Phases, Report};
use super::wire::OrUnknown;
use crate::fault::Phase;
use crate::readiness::Source;

/// Newest history lines shown per job in Markdown.
const MD_HISTORY_LINES: usize = 20;
/// Newest events shown in Markdown.
const MD_EVENT_LINES: usize = 100;

/// The section title, the same in every format.
pub(super) const EVIDENCE_TITLE: &str = "Enrollment attempts during service problems";

/// The whole report.
pub fn to_markdown(r: &Report) -> String {
    let mut out = header(r);
    verdict(&mut out, r);
    if !r.evidence.is_empty() {
        evidence(&mut out, r);
    }
    methods(&mut out, r);
    jobs(&mut out, r);
    portals(&mut out, r);
    incidents(&mut out, r);
    events(&mut out, r);
    about(&mut out, r);
    out
}

/// Only the "Enrollment attempts during service problems" section
/// (`report --evidence`), under the report's header lines.
pub fn evidence_markdown(r: &Report) -> String {
    let mut out = header(r);
    if r.evidence.is_empty() {
        out.push_str(&format!(
            "## {EVIDENCE_TITLE}\n\nNone: no attempt was blocked by the service in the last 14 days.\n"
        ));
    } else {
        evidence(&mut out, r);
    }
    out
}

fn header(r: &Report) -> String {
    let mut out = format!(
        "# MFA readiness report: {}\n\n**Support code: {}** (read it back to confirm the right report)\n\n",
        md(&r.organization),
        md(&r.support_code)
    );
    out.push_str(&format!("- **Generated:** {}\n", utc(r.generated_at)));
    if let Some(name) = &r.user_name {
        out.push_str(&format!("- **Name given by the user:** {}\n", md(name)));
    }
    out.push('\n');
    out
}

fn verdict(out: &mut String, r: &Report) {
    let x = &r.readiness;
    out.push_str("## Readiness\n\n");
    table(
        out,
        &[
            "Verdict",
            "Methods",
            "Phishing-resistant",
            "Deadline in force",
            "Time left",
        ],
        vec![vec![
            format!("**{}**", md(&x.label)),
            format!("{} of {}", x.counted, x.required),
            if x.required_phishing_resistant > 0 {
                format!(
                    "{} of {}",
                    x.phishing_resistant, x.required_phishing_resistant
                )
            } else {
                format!("{} (none required)", x.phishing_resistant)
            },
            r.deadline.as_ref().map_or_else(
                || "none".to_owned(),
                |d| format!("{} ({})", utc(d.at), d.source.wire()),
            ),
            r.deadline
                .as_ref()
                .map_or_else(|| "—".to_owned(), |d| md(&d.time_left)),
        ]],
    );
    if let Some(next) = &x.next_step {
        out.push_str(&format!("**Next step:** {}\n\n", md(next)));
    }
    if !x.gaps.is_empty() {
        out.push_str("**Gaps:**\n\n");
        for g in &x.gaps {
            out.push_str(&format!("- {}\n", md(g)));
        }
        out.push('\n');
    }
}

fn evidence(out: &mut String, r: &Report) {
    out.push_str(&format!(
        "## {EVIDENCE_TITLE}\n\n{}\n\n",
        md(&evidence_lead(r))
    ));
    let rows = r
        .evidence
        .iter()
        .map(|e| {
            vec![
                utc_secs(e.at),
                md(&e.attempted),
                md(&e.classification),
                opt_num(e.http_status),
                opt_code(e.request_id.as_deref()),
                opt_code(e.client_request_id.as_deref()),
                e.incident
                    .as_deref()
                    .map_or_else(|| "none reported".to_owned(), md),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Time (UTC)",
            "Attempted",
            "Classification",
            "HTTP",
            "Request id",
            "client-request-id",
            "Vendor incident at that moment",
        ],
        rows,
    );
}

fn methods(out: &mut String, r: &Report) {
    out.push_str("## Methods\n\n");
    if r.methods.is_empty() {
        out.push_str("No method registered yet.\n\n");
        return;
    }
    let rows = r
        .methods
        .iter()
        .map(|m| {
            vec![
                md(&m.name),
                code(m.kind.wire()),
                md(m.tier.wire()),
                md(m.device.wire()),
                source_label(m.source).to_owned(),
                utc(m.registered_at),
                if m.counted { "yes" } else { "no" }.to_owned(),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Method",
            "Kind",
            "Tier",
            "Device",
            "Confirmed",
            "Since",
            "Counts",
        ],
        rows,
    );
}

fn jobs(out: &mut String, r: &Report) {
    out.push_str("## Queue jobs\n\n");
    if r.jobs.is_empty() {
        out.push_str("No queued work.\n\n");
        return;
    }
    let rows = r
        .jobs
        .iter()
        .map(|j| {
            vec![
                j.id.to_string(),
                md(&j.what),
                code(j.state.wire()),
                j.attempts.to_string(),
                opt_code(j.client_request_id.as_deref()),
                utc(j.updated_at),
                j.last_error.as_ref().map_or_else(
                    || "—".to_owned(),
                    |e| {
                        let mut s = md(&e.summary());
                        if let Some(id) = &e.request_id {
                            s.push_str(&format!(" (request id {})", code(id)));
                        }
                        s
                    },
                ),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Job",
            "What",
            "State",
            "Attempts",
            "client-request-id",
            "Updated (UTC)",
            "Last error",
        ],
        rows,
    );
    for j in r.jobs.iter().filter(|j| !j.history.is_empty()) {
        out.push_str(&format!("**Job {} history** (oldest first):\n\n", j.id));
        let (older, shown) = newest(&j.history, MD_HISTORY_LINES);
        if older > 0 {
            out.push_str(&format!(
                "- … {older} older {}\n",
                plural(older, "line", "lines")
            ));
        }
        for h in shown {
            out.push_str(&format!(
                "- {} · {} · attempt {} · {}\n",
                utc_secs(h.at),
                md(h.state.wire()),
                h.attempt,
                md(&h.detail)
            ));
        }
        out.push('\n');
    }
}

fn portals(out: &mut String, r: &Report) {
    out.push_str("## Portal health (last check of each portal)\n\n");
    if r.portals.is_empty() {
        out.push_str("No portal was checked in the last 14 days.\n\n");
        return;
    }
    let rows = r
        .portals
        .iter()
        .map(|p| {
            vec![
                md(&p.name),
                utc(p.at),
                format!(
                    "{}{}",
                    if p.healthy { "✅ " } else { "❌ " },
                    code(p.outcome.wire())
                ),
                opt_num(p.http_status),
                md(&phases_text(&p.phases, p.timed_out_phase)),
                opt_code(p.request_id.as_deref()),
                p.cert_issuer.as_deref().map_or_else(|| "—".to_owned(), md),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Portal",
            "Checked (UTC)",
            "Outcome",
            "HTTP",
            "Phases",
            "Request id",
            "Certificate issuer",
        ],
        rows,
    );
    for p in &r.portals {
        out.push_str(&format!(
            "- **{}** ({}): {}\n",
            md(&p.name),
            md(&p.url),
            md(&p.explanation)
        ));
    }
    out.push('\n');
}

/// The sentence for "no open incident": never a plain "none" when no feed was read.
pub(super) fn no_incidents(r: &Report) -> String {
    match r.feeds_read_at {
        Some(at) => format!("None reported by the status feeds (last read {}).", utc(at)),
        None => "Unknown: no provider status feed could be read from this device.".to_owned(),
    }
}

fn incidents(out: &mut String, r: &Report) {
    out.push_str("## Open vendor incidents\n\n");
    if r.incidents.is_empty() {
        out.push_str(&format!("{}\n\n", no_incidents(r)));
        return;
    }
    let rows = r
        .incidents
        .iter()
        .map(|i| {
            vec![
                md(&i.feed),
                md(&i.title),
                md(i.impact.id()),
                i.started.map_or_else(|| "—".to_owned(), utc),
                utc(i.last_seen),
                i.link.as_deref().map_or_else(|| "—".to_owned(), md),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Feed",
            "Incident",
            "Impact",
            "Started (UTC)",
            "Last seen (UTC)",
            "Link",
        ],
        rows,
    );
}

fn events(out: &mut String, r: &Report) {
    out.push_str("## Event log (last 14 days)\n\n");
    if r.events.is_empty() {
        out.push_str("No events.\n\n");
        return;
    }
    let (older, shown) = newest(&r.events, MD_EVENT_LINES);
    if older > 0 {
        out.push_str(&format!(
            "… {older} older {} not shown (the JSON report has them all).\n\n",
            plural(older, "event", "events")
        ));
    }
    let rows = shown
        .iter()
        .map(|e| vec![utc_secs(e.at), md(&e.kind), md(&e.detail)])
        .collect();
    table(out, &["Time (UTC)", "Event", "Detail"], rows);
}

fn about(out: &mut String, r: &Report) {
    let p = &r.policy;
    out.push_str("## About this report\n\n");
    out.push_str(&format!(
        "- **Policy:** {}{}\n- **Policy SHA-256:** {}\n- **Signed:** {}\n",
        md(p.source.wire()),
        p.path
            .as_deref()
            .map_or_else(String::new, |path| format!(" ({})", md(path))),
        code(&p.sha256),
        match (p.signed, &p.signer) {
            (true, Some(s)) => format!("yes, by {}", md(s)),
            (true, None) => "yes".to_owned(),
            (false, _) => "no".to_owned(),
        }
    ));
    out.push_str(&format!(
        "- **MFA Ready:** {} ({})\n- **Operating system:** {} {}\n- **Report schema:** {}\n",
        md(&r.app.version),
        md(&r.app.build),
        md(&r.os.name),
        md(&r.os.version),
        r.report_schema
    ));
}

/// A GFM table; cells are already escaped.
fn table(out: &mut String, head: &[&str], rows: Vec<Vec<String>>) {
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(head.len())));
    for row in rows {
        let cells: Vec<String> = row
            .into_iter()
            .map(|c| if c.is_empty() { "—".to_owned() } else { c })
            .collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push('\n');
}

/// Escapes external text for Markdown: every character that could start
/// emphasis, code, a link, raw HTML or a table cell is backslash-escaped, and
/// line breaks become spaces so a value cannot start a new block.
pub(super) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            // `&amp;` and friends would turn into other characters.
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            '\r' | '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An id in a code span when it is plainly an id, escaped text otherwise.
fn code(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | ':' | '/'))
    {
        format!("`{s}`")
    } else {
        md(s)
    }
}

fn opt_code(s: Option<&str>) -> String {
    s.map_or_else(|| "—".to_owned(), code)
}

fn opt_num(n: Option<u16>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

/// "verified" or "self-attested" for a method's source.
pub(super) fn source_label(source: OrUnknown<Source>) -> &'static str {
    match source.known() {
        Some(Source::Verified) => "verified",
        Some(Source::SelfAttested) => "self-attested",
        None => "unknown",
    }
}

/// `2026-12-13 09:00 UTC`.
pub(super) fn utc(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// `2026-12-13 09:00:05` (the column says UTC).
pub(super) fn utc_secs(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M:%S").to_string()
}

/// "1 line" / "3 lines" without the number: the word only.
pub(super) fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

/// The newest `n` of a list kept oldest first: (how many were left out, the rest).
pub(super) fn newest<T>(items: &[T], n: usize) -> (usize, &[T]) {
    let older = items.len().saturating_sub(n);
    (older, &items[older..])
}

/// "DNS 12 ms · connect 20 ms · TLS 31 ms · first byte 180 ms · total 245 ms",
/// with the phase that timed out.
pub(super) fn phases_text(p: &Phases, timed_out: Option<OrUnknown<Phase>>) -> String {
    let parts = phase_parts(p, timed_out);
    if parts.is_empty() {
        "—".to_owned()
    } else {
        parts.join(" · ")
    }
}

/// Each measured phase ("DNS 12 ms") and the one that timed out, if any.
pub fn phase_parts(p: &Phases, timed_out: Option<OrUnknown<Phase>>) -> Vec<String> {
    let mut parts: Vec<String> = [
        ("DNS", p.dns_ms),
        ("connect", p.connect_ms),
        ("TLS", p.tls_ms),
        ("first byte", p.first_byte_ms),
        ("total", p.total_ms),
    ]
    .into_iter()
    .filter_map(|(name, ms)| ms.map(|ms| format!("{name} {ms:.0} ms")))
    .collect();
    if let Some(phase) = timed_out {
        parts.push(format!(
            "timed out in {}",
            phase.known().map_or("an unknown phase", Phase::label)
        ));
    }
    parts
}

/// The lead sentence of the evidence section, in plain text: how many
/// attempts, when, that the service (not the user) blocked them, how, the
/// vendor incident, and what it supports.
pub fn evidence_lead(r: &Report) -> String {
    let ev = &r.evidence;
    let (Some(first), Some(last)) = (
        ev.iter().map(|e| e.at).min(),
        ev.iter().map(|e| e.last_at.max(e.at)).max(),
    ) else {
        return "No attempt was blocked by the service in the last 14 days.".to_owned();
    };
    let count = |source| blocked_total(ev.iter().filter(|e| e.source.is(source)));
    let (jobs, probes) = (count(EvidenceSource::Job), count(EvidenceSource::Probe));
    let total = jobs + probes;
    let what = match (jobs, probes) {
        (j, 0) => format!("{j} enrollment {}", plural(j, "attempt", "attempts")),
        (0, p) => format!("{p} portal {}", plural(p, "check", "checks")),
        (j, p) => format!(
            "{j} enrollment {} and {p} portal {}",
            plural(j, "attempt", "attempts"),
            plural(p, "check", "checks")
        ),
    };
    let when = if first == last {
        format!("at {}", utc(first))
    } else {
        format!("between {} and {}", utc(first), utc(last))
    };
    let verb = if total == 1 { "was" } else { "were" };
    let mut s = format!(
        "{what} {when} {verb} blocked by the service, not by the user: {}.",
        classification_summary(ev)
    );
    let during: Vec<&EvidenceEntry> = ev.iter().filter(|e| e.incident.is_some()).collect();
    if let Some(inc) = during.first().and_then(|e| e.incident.as_deref()) {
        let in_incident = blocked_total(during.iter().copied());
        let how_many = if in_incident == total {
            if total == 1 {
                "It".to_owned()
            } else {
                format!("All {total}")
            }
        } else {
            format!("{in_incident} of {total}")
        };
        s.push_str(&format!(
            " {how_many} happened while the provider's status feed reported an incident ({inc})."
        ));
    } else if r.feeds_read_at.is_some() {
        s.push_str(" No provider status feed reported an incident at those times.");
    } else {
        s.push_str(" Whether the provider reported an incident then is unknown: no status feed could be read from this device.");
    }
    if let Some(d) = &r.deadline {
        s.push_str(&format!(
            " The deadline in force is {} ({}).",
            utc(d.at),
            d.time_left
        ));
    }
    s.push_str(
        " Each row has the provider's request id to trace it. This supports granting an extension or a Temporary Access Pass.",
    );
    s
}

/// "5 × gateway timeout (504), 1 × timed out (no answer in time)", most frequent first.
fn classification_summary(ev: &[EvidenceEntry]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for e in ev {
        match counts.iter_mut().find(|(c, _)| *c == e.classification) {
            Some((_, n)) => *n += usize::try_from(e.count.max(1)).unwrap_or(1),
            None => counts.push((
                &e.classification,
                usize::try_from(e.count.max(1)).unwrap_or(1),
            )),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
        .iter()
        .map(|(c, n)| format!("{n} × {c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;

    #[test]
    fn outage_report_has_every_section_and_the_support_code_on_top() {
        let r = testkit::outage();
        let md = to_markdown(&r);
        for heading in [
            "# MFA readiness report: Contoso",
            "## Readiness",
            "## Enrollment attempts during service problems",
            "## Methods",
            "## Queue jobs",
            "## Portal health",
            "## Open vendor incidents",
            "## Event log (last 14 days)",
            "## About this report",
        ] {
            assert!(md.contains(heading), "missing {heading:?} in:\n{md}");
        }
        let first_lines: String = md.lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(first_lines.contains(&r.support_code), "{first_lines}");
        for fact in [
            "Jane Doe",
            "Not ready yet",
            "1 of 2",
            "20 hours left",
            "Add a passkey",
            "Microsoft Authenticator",
            "self-attested",
            "`c0ffee00-1111-4222-8333-444455556666`",
            "`ab12cd34-5555-4666-8777-888899990000`",
            "Fortinet FortiGate CA",
            "first byte 30000 ms",
            "Authentication failures in Europe",
            "x86\\_64-linux release",
            "Ubuntu 24.04",
            "`9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`",
            "yes, by Contoso IT policy 2026-11",
            "/etc/mfa-ready/policy.toml",
        ] {
            assert!(md.contains(fact), "missing {fact:?} in:\n{md}");
        }
    }

    #[test]
    fn long_histories_and_logs_show_the_newest_lines() {
        let mut r = testkit::outage();
        r.jobs[0].history = r.jobs[0]
            .history
            .iter()
            .cycle()
            .take(MD_HISTORY_LINES + 3)
            .cloned()
            .collect();
        let md = to_markdown(&r);
        assert!(md.contains("- … 3 older lines"), "{md}");
        let mut r = testkit::outage();
        r.events = r
            .events
            .iter()
            .cycle()
            .take(MD_EVENT_LINES + 1)
            .cloned()
            .collect();
        assert!(to_markdown(&r).contains("… 1 older event not shown"));
    }

    #[test]
    fn evidence_section_exactly_when_there_is_evidence() {
        for r in [testkit::ready(), testkit::empty(), testkit::overdue()] {
            assert!(!to_markdown(&r).contains(EVIDENCE_TITLE));
        }
        let r = testkit::outage();
        assert_eq!(to_markdown(&r).matches(EVIDENCE_TITLE).count(), 1);
    }

    #[test]
    fn evidence_reads_as_a_case_for_an_extension() {
        let r = testkit::outage();
        let ev = evidence_markdown(&r);
        assert!(ev.contains(&r.support_code));
        assert!(ev.contains("Jane Doe"));
        assert!(ev.contains("**Generated:** 2026-12-13 09:00 UTC"));
        assert!(ev.contains(&format!("## {EVIDENCE_TITLE}")));
        assert!(
            ev.contains(
                "5 enrollment attempts and 1 portal check between 2026-12-13 06:30 UTC and 2026-12-13 08:58 UTC were blocked by the service, not by the user: 5 × gateway timeout (504), 1 × timed out (no answer in time)."
            ),
            "{ev}"
        );
        assert!(ev.contains("5 of 6 happened while the provider's status feed reported an incident (Azure status: Authentication failures in Europe)."), "{ev}");
        assert!(ev.contains("Temporary Access Pass"));
        assert!(ev.contains("| 2026-12-13 06:30:00 | Adding your phone +1 206 ••• 0100 (attempt 2) | gateway timeout (504) | 504 | `7f3c9a2e-0001` | `c0ffee00-1111-4222-8333-444455556666` | Azure status: Authentication failures in Europe |"), "{ev}");
        // Only that section.
        for other in ["## Methods", "## Queue jobs", "## Event log"] {
            assert!(!ev.contains(other), "{other}");
        }
        // One row for a run of 4 failing checks counts 4 in both sentences.
        let mut r = testkit::outage();
        r.evidence.retain(|e| e.source.is(EvidenceSource::Probe));
        r.evidence[0].count = 4;
        r.evidence[0].incident = Some("Azure status: Authentication failures".into());
        let ev = evidence_markdown(&r);
        assert!(ev.contains("4 portal checks"), "{ev}");
        assert!(ev.contains("All 4 happened while"), "{ev}");
        // Without evidence it says so instead of printing an empty table.
        let none = evidence_markdown(&testkit::ready());
        assert!(none.contains("None: no attempt was blocked"), "{none}");
        assert!(!none.contains("| Time (UTC)"));
    }

    #[test]
    fn hostile_text_is_escaped() {
        let r = testkit::hostile();
        let text = to_markdown(&r);
        assert!(!text.contains("<script>"), "raw HTML in:\n{text}");
        assert!(!text.contains("`rm -rf`"), "raw code span in:\n{text}");
        assert!(!text.contains("[l](http"), "raw link in:\n{text}");
        assert!(
            text.contains(
                r#"\<script\>alert('x')\</script\> \| \`rm -rf\` & "q" \*b\* \[l\](http://evil.example/)"#
            ),
            "{text}"
        );
        // Every table row keeps its column count although the data holds `|`.
        for line in text.lines().filter(|l| l.starts_with('|')) {
            let unescaped = line.replace(r"\|", "");
            let cells = unescaped.matches('|').count();
            assert!(
                [4, 6, 7, 8].contains(&cells),
                "{cells} separators in {line:?}"
            );
        }
        assert_eq!(md("a\nb\r\n# c"), r"a b  \# c");
        assert_eq!(md("&amp; & x"), r"\&amp; & x");
    }

    #[test]
    fn no_name_means_nothing_about_who() {
        let md = to_markdown(&testkit::empty());
        assert!(!md.contains("Name given"));
        assert!(md.contains("No method registered yet."));
        assert!(
            md.contains("| **Not ready yet** | 0 of 2 | 0 of 1 | none | — |"),
            "{md}"
        );
        assert!(md.contains("- **Policy:** embedded default\n"), "{md}");
        assert!(md.contains("- **Signed:** no"));
    }
}
