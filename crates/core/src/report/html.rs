//! The report as one self-contained HTML page (inline CSS, no scripts, no
//! external requests: nothing is a link, URLs are shown as text) that prints
//! on one or two A4 pages: the header with the support code, then `sections`
//! drawn as headings, facts, lists and tables. Every data string is HTML-escaped.

use mfa_ready_i18n::{Catalog, tr};

use super::html_css::CSS;
use super::model::Report;
use super::section::{Cell, Draw, Fact, List, Section, SectionId, Style, Table, Tone};
use super::sections::sections;
use super::times::utc;

/// The whole report, in the catalogue's language (the page says which: `<html lang>`).
pub fn to_html(r: &Report, cat: &Catalog) -> String {
    let mut out = String::with_capacity(16 * 1024);
    let title = tr!(
        cat,
        "report-html-title",
        organization = r.organization.as_str(),
        code = r.support_code.as_str()
    );
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        esc(cat.lang().tag()),
        esc(&title)
    ));
    header(&mut out, r, cat);
    // Landmarks (issue 19): the header (banner), the sections inside <main>, each a
    // region named by its heading, and "About this report" as the page's footer.
    out.push_str("<main>\n");
    let mut main_open = true;
    for s in sections(r, cat) {
        if s.id == SectionId::About && main_open {
            out.push_str("</main>\n");
            main_open = false;
        }
        s.draw(&mut Html(&mut out));
    }
    if main_open {
        out.push_str("</main>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn header(out: &mut String, r: &Report, cat: &Catalog) {
    let time = utc(cat, r.generated_at);
    let meta = match r.user_name.as_deref() {
        Some(name) => tr!(cat, "report-html-meta-name", time = time, name = name),
        None => tr!(cat, "report-html-meta", time = time),
    };
    out.push_str(&format!(
        "<header class=\"top\">\n<div><h1>{}</h1><p class=\"org\">{}</p>\n\
         <p class=\"meta\">{}</p></div>\n\
         <div class=\"code\"><span>{}</span><strong>{}</strong></div>\n</header>\n",
        esc(&tr!(cat, "report-html-heading")),
        esc(&r.organization),
        esc(&meta),
        esc(&tr!(cat, "report-code-label")),
        esc(&r.support_code)
    ));
}

/// Sections as HTML, appended to the page: each in a `<section>`, the last one
/// ("About this report") as the page's `<footer>`.
struct Html<'a>(&'a mut String);

/// The id of a section's heading, which names its region.
fn section_anchor(id: SectionId) -> &'static str {
    match id {
        SectionId::Readiness => "readiness",
        SectionId::Device => "device",
        SectionId::Evidence => "evidence",
        SectionId::Methods => "methods",
        SectionId::Jobs => "jobs",
        SectionId::Portals => "portals",
        SectionId::Incidents => "incidents",
        SectionId::Events => "events",
        SectionId::About => "about",
    }
}

fn tag(s: &Section) -> &'static str {
    if s.id == SectionId::About {
        "footer"
    } else {
        "section"
    }
}

impl Draw for Html<'_> {
    fn heading(&mut self, s: &Section) {
        match tag(s) {
            "section" => {
                let id = section_anchor(s.id);
                self.0.push_str(&format!(
                    "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>\n",
                    esc(&s.heading)
                ));
            }
            t => self
                .0
                .push_str(&format!("<{t}>\n<h2>{}</h2>\n", esc(&s.heading))),
        }
    }

    fn text(&mut self, text: &str) {
        self.0.push_str(&format!("<p>{}</p>\n", esc(text)));
    }

    fn facts(&mut self, facts: &[Fact]) {
        self.0.push_str("<dl class=\"facts\">\n");
        for f in facts {
            self.0.push_str(&format!(
                "<dt>{}</dt><dd{}>{}</dd>\n",
                esc(&f.label),
                class(f.value.style),
                cell(&f.value)
            ));
        }
        self.0.push_str("</dl>\n");
    }

    fn list(&mut self, l: &List) {
        self.0
            .push_str(&format!("<h3>{}</h3>\n<ul>\n", esc(&l.title)));
        if let Some(note) = &l.note {
            self.0
                .push_str(&format!("<li class=\"older\">{}</li>\n", esc(note)));
        }
        for item in &l.items {
            self.0.push_str(&format!("<li>{}</li>\n", esc(item)));
        }
        self.0.push_str("</ul>\n");
    }

    fn table(&mut self, t: &Table) {
        if let Some(note) = &t.note {
            self.0
                .push_str(&format!("<p class=\"older\">{}</p>\n", esc(note)));
        }
        self.0.push_str("<table>\n<thead><tr>");
        for h in &t.head {
            self.0.push_str(&format!("<th>{}</th>", esc(h)));
        }
        self.0.push_str("</tr></thead>\n<tbody>\n");
        for row in &t.rows {
            self.0.push_str("<tr>");
            for c in row {
                self.0
                    .push_str(&format!("<td{}>{}</td>", class(c.style), cell(c)));
            }
            self.0.push_str("</tr>\n");
        }
        self.0.push_str("</tbody>\n</table>\n");
    }

    fn end(&mut self, s: &Section) {
        self.0.push_str(&format!("</{}>\n", tag(s)));
    }
}

/// The class attribute of a value's cell: monospace for an id, right-aligned for a number.
fn class(style: Style) -> &'static str {
    match style {
        Style::Id => " class=\"id\"",
        Style::Number => " class=\"num\"",
        Style::Plain | Style::Tone(_) => "",
    }
}

/// A value's HTML: escaped, a coloured badge for a state.
fn cell(c: &Cell) -> String {
    match c.style {
        Style::Plain | Style::Number | Style::Id => esc(&c.text),
        Style::Tone(tone) => {
            let class = match tone {
                Tone::Good => "ok",
                Tone::Warn => "warn",
                Tone::Bad => "bad",
            };
            format!("<span class=\"badge {class}\">{}</span>", esc(&c.text))
        }
    }
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
    use mfa_ready_i18n::Lang;

    const EVIDENCE_TITLE: &str = "Enrollment attempts during service problems";

    /// The page in English, as the tests below read it.
    fn to_html(r: &Report) -> String {
        super::to_html(r, &testkit::en())
    }

    fn sections(r: &Report) -> Vec<Section> {
        super::super::sections::sections(r, &testkit::en())
    }

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
        // Every section, in order; the last as the footer.
        let mut from = 0;
        for s in sections(&r) {
            let heading = format!(">{}</h2>", esc(&s.heading));
            let at = html[from..].find(&heading);
            assert!(at.is_some(), "missing {heading:?} after byte {from}");
            from += at.unwrap_or(0) + heading.len();
        }
        for part in [
            "<h1>MFA readiness report</h1>",
            "<p class=\"org\">Contoso</p>",
            "<footer>\n<h2>About this report</h2>",
            "<dt>Verdict</dt><dd><span class=\"badge warn\">Not ready yet</span></dd>",
            "<dt>Methods</dt><dd>1 of 2 methods</dd>",
            "for Jane Doe",
            "20 hours left",
            "Add a passkey",
            "marked as set up, not verified",
            "Fortinet FortiGate CA",
            "first byte 30000 ms",
            "c0ffee00-1111-4222-8333-444455556666",
            "ab12cd34-5555-4666-8777-888899990000",
            "<span class=\"badge bad\">gateway timeout</span>",
            "Authentication failures in Europe",
            "https://status.azure.com/en-us/status",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "yes, by Contoso IT policy 2026-11",
            "x86_64-linux release",
            "Ubuntu 24.04",
            "@page { size: A4; margin: 14mm }",
            "The service, not the user, blocked 5 enrollment attempts and 1 portal check between",
        ] {
            assert!(html.contains(part), "missing {part:?}");
        }
        let code = format!(
            "<div class=\"code\"><span>Support code</span><strong>{}</strong>",
            r.support_code
        );
        let at = html.find(&code).unwrap_or(usize::MAX);
        assert!(
            at < html.find("<h2").unwrap_or(0),
            "the support code is not on top"
        );
        assert_self_contained(&html);
    }

    /// Issue 19: landmarks, as axe-core's best-practice rules ask (`landmark-one-main`,
    /// `region`): the header, one <main> holding every section, each section a region
    /// named by its heading, and the footer after <main>; nothing outside them.
    #[test]
    fn the_page_is_made_of_landmarks() {
        for r in [testkit::outage(), testkit::ready()] {
            let html = to_html(&r);
            let body = html
                .split_once("<body>\n")
                .map(|(_, b)| b)
                .unwrap_or_default();
            assert!(body.starts_with("<header class=\"top\">"), "{body}");
            assert_eq!(html.matches("<main>").count(), 1);
            let main_at = html.find("<main>").unwrap_or(0);
            let main_end = html.find("</main>").unwrap_or(0);
            let footer = html.find("<footer>").unwrap_or(0);
            assert!(html.find("</header>").unwrap_or(usize::MAX) < main_at);
            assert!(main_end < footer && footer < html.find("</body>").unwrap_or(0));
            let inside = &html[main_at..main_end];
            let opened = inside.matches("<section aria-labelledby=\"").count();
            assert!(opened >= 4, "{opened} sections");
            assert_eq!(opened, inside.matches("</section>").count());
            for label in attribute_values(inside, "aria-labelledby") {
                assert!(
                    inside.contains(&format!("<h2 id=\"{label}\">")),
                    "no heading names {label}"
                );
            }
            // Between the landmarks there is nothing but white space.
            let outside = format!(
                "{}{}",
                &html[html.find("</header>").unwrap_or(0) + 9..main_at],
                &html[main_end + 7..footer]
            );
            assert!(outside.trim().is_empty(), "{outside:?}");
        }
    }

    #[test]
    fn long_histories_and_logs_are_cut_to_the_newest() {
        let html = to_html(&testkit::outage());
        // Job 7 has 12 history lines: the newest 6 and a note.
        assert!(
            html.contains("<h3>Job 7 history (oldest first)</h3>\n<ul>\n<li class=\"older\">… 6 older lines not shown</li>"),
            "{html}"
        );
        assert!(html.contains("request-id 7f3c9a2e-0011"));
        assert!(!html.contains("request-id 7f3c9a2e-0005)"));
        // 55 events: the newest 40 and a note.
        assert!(html.contains(
            "<p class=\"older\">The newest 40 of 55 events are shown; the JSON report has them all.</p>"
        ));
        assert!(html.contains("My Sign-Ins check 54"));
        assert!(!html.contains("My Sign-Ins check 14:"));
        assert!(html.contains("My Sign-Ins check 15:"));
    }

    #[test]
    fn badge_colour_follows_the_verdict() {
        assert!(to_html(&testkit::ready()).contains("<span class=\"badge ok\">Ready</span>"));
        assert!(to_html(&testkit::overdue()).contains("<span class=\"badge bad\">Overdue</span>"));
        assert!(
            to_html(&testkit::empty()).contains("<span class=\"badge warn\">Not ready yet</span>")
        );
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

    /// Issue 16: the page is written in the language of whoever saves it, and says so.
    #[test]
    fn german_and_japanese_pages_say_it_in_their_language() {
        let r = testkit::outage();
        let de = super::to_html(&r, &Catalog::new(Lang::De));
        assert!(de.contains("<html lang=\"de\">"), "{de}");
        for part in [
            "<title>MFA-Bereitschaftsbericht · Contoso · ",
            "<h1>MFA-Bereitschaftsbericht</h1>",
            "<p class=\"meta\">Erstellt am 13.12.2026, 09:00 UTC · für Jane Doe</p>",
            "<span>Support-Code</span>",
            ">Bereitschaft</h2>",
            "<dt>Bewertung</dt><dd><span class=\"badge warn\">Noch nicht startklar</span></dd>",
            ">Registrierungsversuche während Störungen des Dienstes</h2>",
            "<th>Zeit (UTC)</th>",
            "<h3>Verlauf von Vorgang 7 (älteste zuerst)</h3>",
            "<span class=\"badge bad\">Gateway-Zeitüberschreitung</span>",
            "<footer>\n<h2>Über diesen Bericht</h2>",
        ] {
            assert!(de.contains(part), "missing {part:?}");
        }
        assert_self_contained(&de);
        let ja = super::to_html(&r, &Catalog::new(Lang::Ja));
        assert!(ja.contains("<html lang=\"ja\">"));
        for part in [
            "<h1>MFA 準備状況レポート</h1>",
            "<span>サポート コード</span>",
            ">準備状況</h2>",
            ">サインイン方法</h2>",
            "<footer>\n<h2>このレポートについて</h2>",
        ] {
            assert!(ja.contains(part), "missing {part:?}");
        }
        assert!(to_html(&r).contains("<html lang=\"en\">"));
    }
}
