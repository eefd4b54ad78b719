//! The readiness report a user hands to the helpdesk (`mfa-ready report`,
//! "Share with helpdesk") and that the helpdesk opens in the window.
//!
//! By concern: `model` (the versioned JSON shape) and `wire` (how it spells the
//! values of closed sets), `build` (from what the app knows, masked), `privacy`
//! (masking of every free text), `evidence` (attempts the service blocked), `code`
//! (the support code), `sections` (what every presentation shows, in the shapes of
//! `section`), `markdown` and `html` (two of them; the helpdesk window is the third),
//! `format` (the formats a report is written in), `guide` (the helpdesk guide built
//! from a report), `read` (opening a report safely). What people read comes from the
//! catalogue (`report.ftl`, `helpdesk.ftl`) in the reader's language, the typed values
//! worded by `terms`; the JSON never changes with the language.
//!
//! Children import each other, never this file: it only re-exports.

mod build;
mod code;
mod device_section;
mod evidence;
mod format;
mod guide;
mod html;
mod html_css;
mod lead;
mod markdown;
mod model;
#[cfg(test)]
mod pinned;
mod privacy;
mod read;
mod section;
mod sections;
mod terms;
#[cfg(test)]
mod testkit;
mod times;
mod wire;

pub use build::{LOOKBACK, ReportInput, build, lookback_start};
pub use code::{canonical_json, code_matches, support_code};
pub use evidence::{blocked_total, classification, probe_blocked, service_blocked};
pub use format::{Format, render};
pub use guide::{GuideStep, guide};
pub use html::to_html;
pub use markdown::{evidence_markdown, to_markdown};
pub use model::*;
pub use privacy::{clean, redact_ips};
pub use read::{
    MAX_EVENTS, MAX_EVIDENCE, MAX_GAPS, MAX_HISTORY, MAX_INCIDENTS, MAX_JOBS, MAX_JSON_OBJECTS,
    MAX_JSON_VALUES, MAX_METHODS, MAX_NAME_CHARS, MAX_PORTALS, MAX_REPORT_BYTES, MAX_TEXT_CHARS,
    Omitted, Opened, ReadError, parse,
};
pub use section::{Block, Cell, Draw, Fact, List, MISSING, Section, SectionId, Style, Table, Tone};
pub use sections::{evidence_section, sections};
pub use wire::{OrUnknown, UNKNOWN, Wire};
