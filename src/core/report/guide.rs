//! The helpdesk guide built from a report: what to ask, in order, and what to
//! do for its verdict and its probe outcomes.

use super::model::Report;

/// One step of the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideStep {
    pub title: String,
    pub say: Vec<String>,
}

/// The guide for a report.
pub fn guide(r: &Report) -> Vec<GuideStep> {
    vec![GuideStep {
        title: format!("Confirm the support code {}", r.support_code),
        say: Vec::new(),
    }]
}
