//! The report as Markdown, to paste into a ticket.

use super::model::Report;

/// The whole report.
pub fn to_markdown(r: &Report) -> String {
    format!("# MFA readiness report: {}\n\nSupport code: {}\n", r.organization, r.support_code)
}

/// Only the "Enrollment attempts during service problems" section (`report --evidence`).
pub fn evidence_markdown(r: &Report) -> String {
    format!("Support code: {}\n", r.support_code)
}
