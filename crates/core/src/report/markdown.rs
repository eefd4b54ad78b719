//! The report as Markdown, to paste into a ticket (GitHub, GitLab, Jira's
//! Markdown): the header, then `sections` drawn as headings, facts, lists and short
//! tables. Every data string is escaped (it is external text).

use mfa_ready_i18n::{Catalog, tr};

use super::model::Report;
use super::section::{Cell, Draw, Fact, List, Section, Style, Table};
use super::sections::{evidence_section, sections};
use super::times::utc_said;

/// The whole report, in the catalogue's language.
pub fn to_markdown(r: &Report, cat: &Catalog) -> String {
    let mut out = header(r, cat);
    for s in sections(r, cat) {
        s.draw(&mut Markdown { out: &mut out, cat });
    }
    end(out)
}

/// Only the "Enrollment attempts during service problems" section
/// (`report --evidence`), under the report's header lines.
pub fn evidence_markdown(r: &Report, cat: &Catalog) -> String {
    let mut out = header(r, cat);
    evidence_section(r, cat).draw(&mut Markdown { out: &mut out, cat });
    end(out)
}

/// The text with one line break at its end.
fn end(mut out: String) -> String {
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `**Label:**`, the colon as the language writes it.
fn label(cat: &Catalog, label: &str) -> String {
    format!("**{}**", md(&tr!(cat, "report-label", label = label)))
}

fn header(r: &Report, cat: &Catalog) -> String {
    let title = tr!(cat, "report-title", organization = r.organization.as_str());
    let code = tr!(cat, "report-code", code = r.support_code.as_str());
    let mut out = format!(
        "# {}\n\n**{}** {}\n\n",
        md(&title),
        md(&code),
        md(&tr!(cat, "report-code-read-back"))
    );
    out.push_str(&format!(
        "- {} {}\n",
        label(cat, &tr!(cat, "report-generated")),
        md(&utc_said(cat, r.generated_at))
    ));
    if let Some(name) = &r.user_name {
        out.push_str(&format!(
            "- {} {}\n",
            label(cat, &tr!(cat, "report-user-name")),
            md(name)
        ));
    }
    out.push('\n');
    out
}

/// Sections as Markdown, appended to the text.
struct Markdown<'a> {
    out: &'a mut String,
    cat: &'a Catalog,
}

impl Draw for Markdown<'_> {
    fn heading(&mut self, s: &Section) {
        self.out.push_str(&format!("## {}\n\n", md(&s.heading)));
    }

    fn text(&mut self, text: &str) {
        self.out.push_str(&format!("{}\n\n", md(text)));
    }

    /// `- **Label:** value`, a line each.
    fn facts(&mut self, facts: &[Fact]) {
        for f in facts {
            self.out.push_str(&format!(
                "- {} {}\n",
                label(self.cat, &f.label),
                cell(&f.value)
            ));
        }
        self.out.push('\n');
    }

    fn list(&mut self, l: &List) {
        self.out
            .push_str(&format!("{}\n\n", label(self.cat, &l.title)));
        for line in l.note.iter().chain(&l.items) {
            self.out.push_str(&format!("- {}\n", md(line)));
        }
        self.out.push('\n');
    }

    /// A GFM table, under its note.
    fn table(&mut self, t: &Table) {
        if let Some(note) = &t.note {
            self.text(note);
        }
        let head: Vec<String> = t.head.iter().map(|h| md(h)).collect();
        self.out.push_str(&format!("| {} |\n", head.join(" | ")));
        self.out
            .push_str(&format!("|{}\n", "---|".repeat(head.len())));
        for row in &t.rows {
            let cells: Vec<String> = row.iter().map(cell).collect();
            self.out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        self.out.push('\n');
    }
}

fn cell(c: &Cell) -> String {
    match c.style {
        Style::Plain | Style::Number => md(&c.text),
        Style::Id => code(&c.text),
        // Markdown has no colour; the words say it (and the window's fonts, which
        // show the shared text, have no emoji).
        Style::Tone(_) => format!("**{}**", md(&c.text)),
    }
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

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;
    use mfa_ready_i18n::Lang;

    const EVIDENCE_TITLE: &str = "Enrollment attempts during service problems";

    /// The report in English, as the tests below read it.
    fn to_markdown(r: &Report) -> String {
        super::to_markdown(r, &testkit::en())
    }

    fn evidence_markdown(r: &Report) -> String {
        super::evidence_markdown(r, &testkit::en())
    }

    fn sections(r: &Report) -> Vec<Section> {
        super::super::sections::sections(r, &testkit::en())
    }

    #[test]
    fn outage_report_has_every_section_and_the_support_code_on_top() {
        let r = testkit::outage();
        let text = to_markdown(&r);
        assert!(text.starts_with("# MFA readiness report: Contoso\n"));
        // Every section, in order.
        let mut from = 0;
        for s in sections(&r) {
            let heading = format!("\n## {}\n", md(&s.heading));
            let at = text[from..].find(&heading);
            assert!(
                at.is_some(),
                "missing {heading:?} after byte {from} in:\n{text}"
            );
            from += at.unwrap_or(0) + heading.len();
        }
        let md = text;
        let first_lines: String = md.lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(first_lines.contains(&r.support_code), "{first_lines}");
        for fact in [
            "Jane Doe",
            "- **Verdict:** **Not ready yet**",
            "- **Methods:** 1 of 2 methods",
            "- **Time left:** 20 hours left",
            "- **Next step:** Add a passkey",
            // The method named as the reader's language names its kind.
            "| Authenticator app | `authenticator_app` |",
            "marked as set up, not verified",
            "`c0ffee00-1111-4222-8333-444455556666`",
            "`ab12cd34-5555-4666-8777-888899990000`",
            "| **gateway timeout** |",
            "Fortinet FortiGate CA",
            "first byte 30000 ms",
            "Authentication failures in Europe",
            "x86\\_64-linux release",
            "Ubuntu 24.04",
            "`9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`",
            "yes, by Contoso IT policy 2026-11",
            "/etc/mfa-ready/policy.toml",
            "**Job 7 history (oldest first):**\n\n- … 6 older lines not shown\n",
            "The newest 40 of 55 events are shown; the JSON report has them all.",
        ] {
            assert!(md.contains(fact), "missing {fact:?} in:\n{md}");
        }
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
        assert!(ev.contains("**Generated:** 13 Dec 2026, 09:00 UTC"), "{ev}");
        assert!(ev.contains(&format!("## {EVIDENCE_TITLE}")));
        assert!(ev.contains("The service, not the user, blocked 5 enrollment attempts"));
        assert!(ev.contains("Temporary Access Pass"));
        assert!(ev.contains("| 13 Dec 2026, 06:30:00 | Adding your phone +1 206 ••• 0100 (attempt 2) | gateway timeout (504) | 504 | `7f3c9a2e-0001` | `c0ffee00-1111-4222-8333-444455556666` | Azure status: Authentication failures in Europe |"), "{ev}");
        // Only that section.
        for other in ["## Methods", "## Queue jobs", "## Event log"] {
            assert!(!ev.contains(other), "{other}");
        }
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
            assert!([4, 7, 8].contains(&cells), "{cells} separators in {line:?}");
        }
        assert_eq!(md("a\nb\r\n# c"), r"a b  \# c");
        assert_eq!(md("&amp; & x"), r"\&amp; & x");
    }

    #[test]
    fn no_name_means_nothing_about_who() {
        let md = to_markdown(&testkit::empty());
        assert!(!md.contains("Name given"));
        assert!(md.contains("No method registered yet."));
        assert!(md.contains("- **Deadline in force:** none\n"), "{md}");
        assert!(md.contains("- **Policy:** embedded default\n"), "{md}");
        assert!(md.contains("- **Signed:** no"));
    }

    /// Issue 16: what is missing reads in the saver's language when the report holds
    /// it as facts; a report without them keeps the sentences as written.
    #[test]
    fn the_gaps_read_in_the_readers_language_from_their_facts() {
        use crate::readiness::Gap;
        let mut r = testkit::outage();
        r.readiness.gaps = vec![
            Gap::TooFewMethods {
                required: 2,
                have: 1,
            }
            .sentence("Contoso"),
        ];
        let de = super::to_markdown(&r, &Catalog::new(Lang::De));
        assert!(
            de.contains("Contoso requires 2 sign-in methods and you have 1."),
            "{de}"
        );
        r.readiness.gap_facts = Some(vec![Gap::TooFewMethods {
            required: 2,
            have: 1,
        }]);
        let de = super::to_markdown(&r, &Catalog::new(Lang::De));
        assert!(
            de.contains("Contoso verlangt 2 Anmeldemethoden, Sie haben 1."),
            "{de}"
        );
        assert!(!de.contains("Contoso requires"), "{de}");
        let en = super::to_markdown(&r, &Catalog::new(Lang::En));
        assert!(
            en.contains("Contoso requires 2 sign-in methods and you have 1."),
            "{en}"
        );
    }

    /// Issue 16: a portal check whose facts the report holds reads in the saver's
    /// language; one from an older writer (English only) reads as it was written.
    #[test]
    fn a_portal_sentence_with_its_facts_reads_in_the_readers_language() {
        use crate::fault::{Explanation, Place};
        let mut r = testkit::outage();
        let english = r.portals[0].explanation.clone();
        let de = super::to_markdown(&r, &Catalog::new(Lang::De));
        assert!(de.contains(&english), "an older report keeps its words");
        r.portals[0].says = Some(Explanation::GatewayTimeout {
            at: Place::portal("My Sign-Ins"),
        });
        let de = super::to_markdown(&r, &Catalog::new(Lang::De));
        assert!(!de.contains(&english), "{de}");
        assert!(
            de.contains("My Sign-Ins antwortet mit 504 Gateway Timeout"),
            "{de}"
        );
        let en = super::to_markdown(&r, &Catalog::new(Lang::En));
        assert!(
            en.contains(
                "My Sign-Ins is answering 504 Gateway Timeout: the service is failing, not your connection."
            ),
            "{en}"
        );
    }

    /// Issue 16: Markdown is written in the language of whoever saves it: the header,
    /// every heading, label and sentence from the catalogue, dates as it writes them;
    /// the support code and the report's own data as they are.
    #[test]
    fn german_and_japanese_markdown_say_it_in_their_language() {
        let r = testkit::outage();
        let de = super::to_markdown(&r, &Catalog::new(Lang::De));
        for part in [
            "# MFA-Bereitschaftsbericht: Contoso\n",
            &format!("**Support-Code: {}**", r.support_code),
            "- **Erstellt:** 13.12.2026, 09:00 UTC\n",
            "- **Vom Benutzer angegebener Name:** Jane Doe\n",
            "## Bereitschaft\n",
            "- **Bewertung:** **Noch nicht startklar**\n",
            "- **Methoden:** 1 von 2 Methoden\n",
            "- **Verbleibende Zeit:** noch 20 Stunden\n",
            "## Registrierungsversuche während Störungen des Dienstes\n",
            "Der Dienst, nicht der Benutzer, hat zwischen 13.12.2026, 06:30 UTC und 13.12.2026, 08:58 UTC 5 Registrierungsversuche und 1 Portalprüfung blockiert",
            "| Zeit (UTC) | Versucht | Einordnung |",
            "## Methoden\n",
            "| Authenticator-App | `authenticator_app` |",
            "## Vorgänge in der Warteschlange\n",
            "**Verlauf von Vorgang 7 (älteste zuerst):**\n\n- … 6 ältere Zeilen nicht angezeigt\n",
            "## Portalstatus (letzte Prüfung je Portal)\n",
            "| **Gateway-Zeitüberschreitung** |",
            "## Offene Störungen bei Anbietern\n",
            "## Ereignisprotokoll (letzte 14 Tage)\n",
            "## Über diesen Bericht\n",
            "- **Signiert:** ja, von Contoso IT policy 2026-11\n",
        ] {
            assert!(de.contains(part), "missing {part:?} in:\n{de}");
        }
        for english in ["Readiness", "Time left", "Queue jobs", "About this report"] {
            assert!(!de.contains(english), "{english:?} in:\n{de}");
        }
        let ja = super::to_markdown(&r, &Catalog::new(Lang::Ja));
        for part in [
            "# MFA 準備状況レポート：Contoso\n",
            &format!("**サポート コード：{}**", r.support_code),
            "- **作成日時：** 2026/12/13 9:00 UTC\n",
            "## 準備状況\n",
            "- **判定：** **未完了**\n",
            "## サービス障害中の登録の試行\n",
            "## サインイン方法\n",
            "| 認証アプリ | `authenticator_app` |",
            "## キューのタスク\n",
            "## ポータルの状態（各ポータルの最終確認）\n",
            "## ベンダーの未解決インシデント\n",
            "## イベント ログ（過去 14 日間）\n",
            "## このレポートについて\n",
        ] {
            assert!(ja.contains(part), "missing {part:?} in:\n{ja}");
        }
        // The evidence alone too.
        let ev = super::evidence_markdown(&r, &Catalog::new(Lang::De));
        assert!(ev.contains("## Registrierungsversuche während Störungen des Dienstes\n"));
        let none = super::evidence_markdown(&testkit::ready(), &Catalog::new(Lang::Ja));
        assert!(none.contains("なし：過去 14 日間に"), "{none}");
    }
}
