//! The formats a report is written in, and the text of a report in one: the JSON
//! (the contract, what the helpdesk opens), Markdown for a ticket, HTML to print.

use std::path::Path;

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

/// The report's text in `format`; the JSON as a file holds it (pretty, one final
/// line break).
pub fn render(report: &Report, format: Format) -> Result<String, serde_json::Error> {
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(report)? + "\n",
        Format::Markdown => to_markdown(report),
        Format::Html => to_html(report),
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
        assert_eq!(render(&r, Format::Markdown).unwrap(), to_markdown(&r));
        assert_eq!(render(&r, Format::Html).unwrap(), to_html(&r));
        let json = render(&r, Format::Json).unwrap();
        assert!(json.starts_with("{\n  \"report_schema\": 1,") && json.ends_with("}\n"));
    }
}
