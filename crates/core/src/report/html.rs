//! The report as one self-contained HTML page (inline CSS, no scripts, no
//! external requests: nothing is a link, URLs are shown as text) that prints
//! on one or two A4 pages. Every data string is HTML-escaped.

use super::html_css::CSS;
use super::markdown::{
    EVIDENCE_TITLE, evidence_lead, newest, no_incidents, phases_text, plural, source_label, utc,
    utc_secs,
};
use super::model::Report;
use super::wire::OrUnknown;
use crate::readiness::{Verdict, phishing_resistant_count};

/// Newest history lines shown per job.
const HISTORY_LINES: usize = 6;
/// Newest events shown.
const EVENT_LINES: usize = 40;

/// The whole report.
pub fn to_html(r: &Report) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>MFA readiness report · {} · {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        esc(&r.organization),
        esc(&r.support_code)
    ));
    header(&mut out, r);
    verdict(&mut out, r);
    if !r.evidence.is_empty() {
        evidence(&mut out, r);
    }
    methods(&mut out, r);
    jobs(&mut out, r);
    portals(&mut out, r);
    incidents(&mut out, r);
    events(&mut out, r);
    footer(&mut out, r);
    out.push_str("</body>\n</html>\n");
    out
}

fn header(out: &mut String, r: &Report) {
    out.push_str(&format!(
        "<header class=\"top\">\n<div><h1>MFA readiness report</h1><p class=\"org\">{}</p>\n\
         <p class=\"meta\">Generated {}{}</p></div>\n\
         <div class=\"code\"><span>Support code</span><strong>{}</strong></div>\n</header>\n",
        esc(&r.organization),
        esc(&utc(r.generated_at)),
        r.user_name
            .as_deref()
            .map_or_else(String::new, |n| format!(" · for {}", esc(n))),
        esc(&r.support_code)
    ));
}

/// `ok` (green) when ready, `warn` (amber) when not ready yet,
/// `bad` (red) when overdue or unknown.
fn badge_class(verdict: OrUnknown<Verdict>) -> &'static str {
    match verdict.known() {
        Some(Verdict::Ready) => "ok",
        Some(Verdict::NotReady) => "warn",
        Some(Verdict::Overdue) | None => "bad",
    }
}

fn verdict(out: &mut String, r: &Report) {
    let x = &r.readiness;
    out.push_str(&format!(
        "<section class=\"verdict\">\n<span class=\"badge {}\">{}</span>\n\
         <span class=\"fact\"><b>{}</b> of {} methods</span>\n",
        badge_class(x.verdict),
        esc(&x.label),
        x.counted,
        x.required,
    ));
    if let Some(count) =
        phishing_resistant_count(x.phishing_resistant, x.required_phishing_resistant)
    {
        out.push_str(&format!("<span class=\"fact\">{}</span>\n", esc(&count)));
    }
    match &r.deadline {
        Some(d) => out.push_str(&format!(
            "<span class=\"fact\">Deadline <b>{}</b> ({}): <b>{}</b></span>\n",
            esc(&utc(d.at)),
            esc(d.source.wire()),
            esc(&d.time_left)
        )),
        None => out.push_str("<span class=\"fact\">No deadline in force</span>\n"),
    }
    out.push_str("</section>\n");
    if let Some(next) = &x.next_step {
        out.push_str(&format!("<p><b>Next step:</b> {}</p>\n", esc(next)));
    }
    if !x.gaps.is_empty() {
        out.push_str("<ul>\n");
        for g in &x.gaps {
            out.push_str(&format!("<li>{}</li>\n", esc(g)));
        }
        out.push_str("</ul>\n");
    }
}

fn evidence(out: &mut String, r: &Report) {
    out.push_str(&format!(
        "<section>\n<h2>{EVIDENCE_TITLE}</h2>\n<p class=\"lead\">{}</p>\n",
        esc(&evidence_lead(r))
    ));
    let rows = r
        .evidence
        .iter()
        .map(|e| {
            vec![
                Cell::text(&utc_secs(e.at)),
                Cell::text(&e.attempted),
                Cell::text(&e.classification),
                Cell::num(e.http_status),
                Cell::id(e.request_id.as_deref()),
                Cell::id(e.client_request_id.as_deref()),
                Cell::text(e.incident.as_deref().unwrap_or("none reported")),
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
    out.push_str("</section>\n");
}

fn methods(out: &mut String, r: &Report) {
    out.push_str("<section>\n<h2>Methods</h2>\n");
    if r.methods.is_empty() {
        out.push_str("<p class=\"none\">No method registered yet.</p>\n</section>\n");
        return;
    }
    let rows = r
        .methods
        .iter()
        .map(|m| {
            vec![
                Cell::text(&m.name),
                Cell::id(Some(m.kind.wire())),
                Cell::text(m.tier.wire()),
                Cell::text(m.device.wire()),
                Cell::text(source_label(m.source)),
                Cell::text(&utc(m.registered_at)),
                Cell::text(if m.counted { "yes" } else { "no" }),
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
    out.push_str("</section>\n");
}

fn jobs(out: &mut String, r: &Report) {
    out.push_str("<section>\n<h2>Queue jobs</h2>\n");
    if r.jobs.is_empty() {
        out.push_str("<p class=\"none\">No queued work.</p>\n</section>\n");
        return;
    }
    let rows = r
        .jobs
        .iter()
        .map(|j| {
            let last_error = j.last_error.as_ref().map_or_else(
                || "—".to_owned(),
                |e| {
                    let mut s = e.summary();
                    if let Some(id) = &e.request_id {
                        s.push_str(&format!(" (request id {id})"));
                    }
                    s
                },
            );
            let (older, shown) = newest(&j.history, HISTORY_LINES);
            let mut what = esc(&j.what);
            if !shown.is_empty() {
                what.push_str("<ul class=\"hist\">");
                if older > 0 {
                    what.push_str(&format!(
                        "<li class=\"older\">… {older} older {}</li>",
                        plural(older, "line", "lines")
                    ));
                }
                for h in shown {
                    what.push_str(&format!(
                        "<li>{} · {} · attempt {} · {}</li>",
                        esc(&utc_secs(h.at)),
                        esc(h.state.wire()),
                        h.attempt,
                        esc(&h.detail)
                    ));
                }
                what.push_str("</ul>");
            }
            vec![
                Cell::num(Some(j.id)),
                Cell(what, ""),
                Cell::text(j.state.wire()),
                Cell::num(Some(j.attempts)),
                Cell::id(j.client_request_id.as_deref()),
                Cell::text(&utc(j.updated_at)),
                Cell::text(&last_error),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Job",
            "What (history, oldest first)",
            "State",
            "Tries",
            "client-request-id",
            "Updated",
            "Last error",
        ],
        rows,
    );
    out.push_str("</section>\n");
}

fn portals(out: &mut String, r: &Report) {
    out.push_str("<section>\n<h2>Portal health (last check of each portal)</h2>\n");
    if r.portals.is_empty() {
        out.push_str(
            "<p class=\"none\">No portal was checked in the last 14 days.</p>\n</section>\n",
        );
        return;
    }
    let rows = r
        .portals
        .iter()
        .map(|p| {
            let outcome = format!(
                "<span class=\"{}\">{}</span>",
                if p.healthy { "ok-t" } else { "bad-t" },
                esc(p.outcome.wire())
            );
            vec![
                Cell(
                    format!(
                        "{}<br><span class=\"id\">{}</span>",
                        esc(&p.name),
                        esc(&p.url)
                    ),
                    "",
                ),
                Cell::text(&utc(p.at)),
                Cell(format!("{outcome}<br>{}", esc(&p.explanation)), ""),
                Cell::num(p.http_status),
                Cell::text(&phases_text(&p.phases, p.timed_out_phase)),
                Cell::id(p.request_id.as_deref()),
                Cell::text(p.cert_issuer.as_deref().unwrap_or("—")),
            ]
        })
        .collect();
    table(
        out,
        &[
            "Portal",
            "Checked",
            "Outcome",
            "HTTP",
            "Phases",
            "Request id",
            "Certificate issuer",
        ],
        rows,
    );
    out.push_str("</section>\n");
}

fn incidents(out: &mut String, r: &Report) {
    out.push_str("<section>\n<h2>Open vendor incidents</h2>\n");
    if r.incidents.is_empty() {
        out.push_str(&format!(
            "<p class=\"none\">{}</p>\n</section>\n",
            esc(&no_incidents(r))
        ));
        return;
    }
    let rows = r
        .incidents
        .iter()
        .map(|i| {
            vec![
                Cell::text(&i.feed),
                Cell::text(&i.title),
                Cell::text(i.impact.id()),
                Cell::text(&i.started.map_or_else(|| "—".to_owned(), utc)),
                Cell::text(&utc(i.last_seen)),
                // Shown as text, never a link: the page makes no request.
                Cell::id(i.link.as_deref()),
            ]
        })
        .collect();
    table(
        out,
        &["Feed", "Incident", "Impact", "Started", "Last seen", "Link"],
        rows,
    );
    out.push_str("</section>\n");
}

fn events(out: &mut String, r: &Report) {
    out.push_str("<section>\n<h2>Event log (last 14 days)</h2>\n");
    if r.events.is_empty() {
        out.push_str("<p class=\"none\">No events.</p>\n</section>\n");
        return;
    }
    let (older, shown) = newest(&r.events, EVENT_LINES);
    if older > 0 {
        out.push_str(&format!(
            "<p class=\"older\">The newest {} events; {older} older {} in the JSON report.</p>\n",
            shown.len(),
            plural(older, "event is", "events are")
        ));
    }
    let rows = shown
        .iter()
        .map(|e| {
            vec![
                Cell::text(&utc_secs(e.at)),
                Cell::text(&e.kind),
                Cell::text(&e.detail),
            ]
        })
        .collect();
    table(out, &["Time (UTC)", "Event", "Detail"], rows);
    out.push_str("</section>\n");
}

fn footer(out: &mut String, r: &Report) {
    let p = &r.policy;
    let signed = match (p.signed, &p.signer) {
        (true, Some(s)) => format!("yes, by {s}"),
        (true, None) => "yes".to_owned(),
        (false, _) => "no".to_owned(),
    };
    out.push_str(&format!(
        "<footer>\n<dl>\n<dt>Policy</dt><dd>{}{}</dd>\n\
         <dt>Policy SHA-256</dt><dd class=\"id\">{}</dd>\n<dt>Signed</dt><dd>{}</dd>\n\
         <dt>MFA Ready</dt><dd>{} ({})</dd>\n<dt>Operating system</dt><dd>{} {}</dd>\n\
         <dt>Report</dt><dd>schema {} · support code {}</dd>\n</dl>\n</footer>\n",
        esc(p.source.wire()),
        p.path.as_deref().map_or_else(String::new, |path| format!(
            " · <span class=\"id\">{}</span>",
            esc(path)
        )),
        esc(&p.sha256),
        esc(&signed),
        esc(&r.app.version),
        esc(&r.app.build),
        esc(&r.os.name),
        esc(&r.os.version),
        r.report_schema,
        esc(&r.support_code)
    ));
}

/// One table cell: its HTML (already escaped) and its class.
struct Cell(String, &'static str);

impl Cell {
    fn text(s: &str) -> Self {
        Cell(esc(s), "")
    }

    fn id(s: Option<&str>) -> Self {
        match s {
            Some(s) => Cell(esc(s), "id"),
            None => Cell("—".to_owned(), ""),
        }
    }

    fn num<N: std::fmt::Display>(n: Option<N>) -> Self {
        match n {
            Some(n) => Cell(n.to_string(), "num"),
            None => Cell("—".to_owned(), ""),
        }
    }
}

fn table(out: &mut String, head: &[&str], rows: Vec<Vec<Cell>>) {
    out.push_str("<table>\n<thead><tr>");
    for h in head {
        out.push_str(&format!("<th>{}</th>", esc(h)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        out.push_str("<tr>");
        for Cell(html, class) in row {
            let html = if html.is_empty() {
                "—".to_owned()
            } else {
                html
            };
            if class.is_empty() {
                out.push_str(&format!("<td>{html}</td>"));
            } else {
                out.push_str(&format!("<td class=\"{class}\">{html}</td>"));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Escapes text for HTML content and attribute values; drops control
/// characters other than line breaks and tabs.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;

    /// Every value of a `src=` or `href=` attribute (any quoting, any case).
    fn attribute_values(html: &str, attr: &str) -> Vec<String> {
        let lower = html.to_ascii_lowercase();
        let needle = format!("{attr}=");
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(i) = lower[from..].find(&needle) {
            let start = from + i + needle.len();
            let rest = &lower[start..];
            let value = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
                _ => rest.split([' ', '>']).next().unwrap_or(""),
            };
            out.push(value.to_owned());
            from = start;
        }
        out
    }

    fn assert_self_contained(html: &str) {
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "script in:\n{html}");
        for attr in ["src", "href"] {
            for v in attribute_values(html, attr) {
                assert!(!v.contains("http"), "{attr}={v:?} in:\n{html}");
            }
        }
        assert!(!lower.contains("url("), "CSS url() in:\n{html}");
        assert!(!lower.contains("@import"));
        assert!(!lower.contains("<img") && !lower.contains("<link") && !lower.contains("<iframe"));
    }

    #[test]
    fn outage_page_has_every_section_and_the_code_on_top() {
        let r = testkit::outage();
        let html = to_html(&r);
        for part in [
            "<h1>MFA readiness report</h1>",
            "<p class=\"org\">Contoso</p>",
            "<h2>Enrollment attempts during service problems</h2>",
            "<h2>Methods</h2>",
            "<h2>Queue jobs</h2>",
            "<h2>Portal health (last check of each portal)</h2>",
            "<h2>Open vendor incidents</h2>",
            "<h2>Event log (last 14 days)</h2>",
            "<footer>",
            "<span class=\"badge warn\">Not ready yet</span>",
            "for Jane Doe",
            "20 hours left",
            "Add a passkey",
            "self-attested",
            "Fortinet FortiGate CA",
            "first byte 30000 ms",
            "c0ffee00-1111-4222-8333-444455556666",
            "ab12cd34-5555-4666-8777-888899990000",
            "Authentication failures in Europe",
            "https://status.azure.com/en-us/status",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "yes, by Contoso IT policy 2026-11",
            "x86_64-linux release",
            "Ubuntu 24.04",
            "@page { size: A4; margin: 14mm }",
            "5 enrollment attempts and 1 portal check between",
        ] {
            assert!(html.contains(part), "missing {part:?}");
        }
        let code = format!(
            "<div class=\"code\"><span>Support code</span><strong>{}</strong>",
            r.support_code
        );
        let at = html.find(&code).unwrap_or(usize::MAX);
        assert!(
            at < html.find("<h2>").unwrap_or(0),
            "the support code is not on top"
        );
        assert_self_contained(&html);
    }

    #[test]
    fn long_histories_and_logs_are_cut_to_the_newest() {
        let html = to_html(&testkit::outage());
        // Job 7 has 12 history lines: the newest 6 and a note.
        assert!(
            html.contains("<li class=\"older\">… 6 older lines</li>"),
            "{html}"
        );
        assert!(html.contains("request-id 7f3c9a2e-0011"));
        assert!(!html.contains("request-id 7f3c9a2e-0005)"));
        // 55 events: the newest 40 and a note.
        assert!(html.contains("The newest 40 events; 15 older events are in the JSON report."));
        assert!(html.contains("My Sign-Ins check 54"));
        assert!(!html.contains("My Sign-Ins check 14:"));
        assert!(html.contains("My Sign-Ins check 15:"));
    }

    #[test]
    fn badge_colour_follows_the_verdict() {
        assert!(to_html(&testkit::ready()).contains("<span class=\"badge ok\">Ready</span>"));
        assert!(to_html(&testkit::overdue()).contains("<span class=\"badge bad\">Overdue</span>"));
        assert!(to_html(&testkit::empty()).contains("<span class=\"badge warn\">"));
    }

    #[test]
    fn evidence_section_exactly_when_there_is_evidence() {
        for r in [testkit::ready(), testkit::empty(), testkit::overdue()] {
            let html = to_html(&r);
            assert!(!html.contains(EVIDENCE_TITLE));
            assert!(html.contains(&r.support_code));
            assert_self_contained(&html);
        }
        assert_eq!(
            to_html(&testkit::outage()).matches(EVIDENCE_TITLE).count(),
            1
        );
    }

    #[test]
    fn hostile_text_is_escaped_and_nothing_links_out() {
        let html = to_html(&testkit::hostile());
        assert_self_contained(&html);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("\"><script>"));
        assert!(html.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | `rm -rf` &amp; &quot;q&quot;"
        ));
        assert!(html.contains("http://evil.example/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"));
        assert_eq!(esc("a\u{7}b\nc"), "ab c");
    }

    #[test]
    fn the_self_containment_check_can_fail() {
        assert!(
            std::panic::catch_unwind(|| assert_self_contained("<a href=\"https://x\">")).is_err()
        );
        assert!(std::panic::catch_unwind(|| assert_self_contained("<img SRC=http://x>")).is_err());
        assert!(std::panic::catch_unwind(|| assert_self_contained("<SCRIPT>")).is_err());
    }
}
