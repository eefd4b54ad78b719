//! The formats a report is written in, and the text of a report in one: the JSON
//! (the contract, what the helpdesk opens), Markdown for a ticket, HTML to print.

use std::path::Path;

use mfa_ready_i18n::Catalog;

use super::html::to_html;
use super::markdown::to_markdown;
use super::model::Report;

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
    Html,
}

impl Format {
    /// `json`, `md`, `html`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }

    /// From a file name's extension (`.json`, `.md`, `.markdown`, `.html`, `.htm`).
    pub fn from_path(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "json" => Some(Self::Json),
            "md" | "markdown" => Some(Self::Markdown),
            "html" | "htm" => Some(Self::Html),
            _ => None,
        }
    }
}

/// The report's text in `format`: Markdown and HTML in the catalogue's language (of
/// whoever saves them); the JSON as a file holds it (pretty, one final line break), the
/// same in every language.
pub fn render(report: &Report, format: Format, cat: &Catalog) -> Result<String, serde_json::Error> {
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(report)? + "\n",
        Format::Markdown => to_markdown(report, cat),
        Format::Html => to_html(report, cat),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_extensions() {
        assert_eq!(Format::from_path(Path::new("a.JSON")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("a.md")), Some(Format::Markdown));
        assert_eq!(Format::from_path(Path::new("a.htm")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("a.txt")), None);
        assert_eq!(Format::from_path(Path::new("md")), None);
    }

    #[test]
    fn each_format_is_its_renderer() {
        let r = super::super::testkit::ready();
        let en = super::super::testkit::en();
        assert_eq!(
            render(&r, Format::Markdown, &en).unwrap(),
            to_markdown(&r, &en)
        );
        assert_eq!(render(&r, Format::Html, &en).unwrap(), to_html(&r, &en));
        let json = render(&r, Format::Json, &en).unwrap();
        assert!(json.starts_with("{\n  \"report_schema\": 1,") && json.ends_with("}\n"));
    }

    /// Markdown and HTML speak the catalogue's language; the JSON never changes with it.
    #[test]
    fn the_json_is_the_same_in_every_language() {
        use mfa_ready_i18n::Lang;
        for r in [
            super::super::testkit::outage(),
            super::super::testkit::ready(),
            super::super::pinned::built(),
        ] {
            let en = render(&r, Format::Json, &Catalog::new(Lang::En)).unwrap();
            for lang in Lang::ALL {
                let cat = Catalog::new(lang);
                assert_eq!(render(&r, Format::Json, &cat).unwrap(), en, "{lang:?}");
            }
            let de = Catalog::new(Lang::De);
            assert_ne!(
                render(&r, Format::Markdown, &de).unwrap(),
                render(&r, Format::Markdown, &Catalog::new(Lang::En)).unwrap()
            );
        }
    }
}
