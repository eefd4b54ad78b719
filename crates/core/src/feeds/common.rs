//! Helpers shared by the parsers: timestamps, safe text, de-duplication, the
//! overall status.
//!
//! Every piece of text taken from a feed passes through [`line`] or
//! [`paragraphs`] (defect 8: an incident title must not be able to clear a
//! terminal or reorder what the window shows).

use jiff::Timestamp;

use super::model::{FeedProblem, FeedStatus, Impact, Incident, Maintenance};
use crate::text::{multi_line, single_line};

/// A serde_json error as a problem; its message may quote the feed, so it is made safe.
pub(super) fn json_err(e: &serde_json::Error) -> FeedProblem {
    use serde_json::error::Category;
    let text = single_line(&e.to_string());
    match e.classify() {
        Category::Data => FeedProblem::Shape(text),
        Category::Io | Category::Syntax | Category::Eof => FeedProblem::Syntax(text),
    }
}

/// An RFC 3339 timestamp, or `None`.
pub(super) fn ts(s: Option<&str>) -> Option<Timestamp> {
    s.and_then(|s| s.trim().parse().ok())
}

/// One line of feed text, safe to print; `None` when nothing is left.
pub(super) fn line(s: Option<&str>) -> Option<String> {
    s.map(single_line).filter(|s| !s.is_empty())
}

/// Several lines of feed text (update bodies), safe to print; `None` when empty.
pub(super) fn paragraphs(s: Option<&str>) -> Option<String> {
    s.map(multi_line).filter(|s| !s.is_empty())
}

/// Appends a safe copy of `s` unless empty or already present.
pub(super) fn push_unique(v: &mut Vec<String>, s: &str) {
    let s = single_line(s);
    if !s.is_empty() && !v.contains(&s) {
        v.push(s);
    }
}

/// `Incident` when any open incident is serious, `Degraded` when there are only
/// minor ones or maintenance is in progress, `None` when nothing is open.
pub(super) fn overall_from_open(
    incidents: &[Incident],
    maintenances: &[Maintenance],
) -> Option<FeedStatus> {
    if incidents.iter().any(|i| i.impact.is_serious()) {
        Some(FeedStatus::Incident)
    } else if incidents.is_empty() && maintenances.is_empty() {
        None
    } else {
        Some(FeedStatus::Degraded)
    }
}

impl Impact {
    pub(super) fn from_statuspage(s: &str) -> Impact {
        match s {
            "none" => Impact::None,
            "minor" => Impact::Minor,
            "major" => Impact::Major,
            "critical" => Impact::Critical,
            "maintenance" => Impact::Maintenance,
            _ => Impact::Unknown,
        }
    }

    fn is_serious(self) -> bool {
        matches!(self, Impact::Major | Impact::Critical | Impact::Unknown)
    }
}
