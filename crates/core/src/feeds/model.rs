//! The common shape every vendor feed is mapped to, and what can be wrong with one.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// Which parser to use for a feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedKind {
    /// Atlassian Statuspage API v2 `/api/v2/summary.json`.
    Statuspage,
    /// Azure status RSS 2.0 (an item per active incident).
    Rss,
    /// Google status dashboards' `incidents.json` (Workspace and Cloud share the format).
    GoogleIncidents,
}

impl fmt::Display for FeedKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FeedKind::Statuspage => "statuspage",
            FeedKind::Rss => "rss",
            FeedKind::GoogleIncidents => "google_incidents",
        })
    }
}

/// How bad an incident is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// No impact stated.
    None,
    /// Minor impact.
    Minor,
    /// Major impact.
    Major,
    /// Critical impact.
    Critical,
    /// Planned maintenance.
    Maintenance,
    /// The feed does not say, or says something unrecognised (also what a report
    /// written by a newer version reads as, when it names an impact this one does not know).
    #[serde(other)]
    Unknown,
}

impl Impact {
    pub const ALL: [Impact; 6] = [
        Self::None,
        Self::Minor,
        Self::Major,
        Self::Critical,
        Self::Maintenance,
        Self::Unknown,
    ];

    /// The impact a stored id names; [`Impact::Unknown`] for one this version does not know.
    pub fn from_id(id: &str) -> Impact {
        Self::ALL
            .into_iter()
            .find(|i| i.id() == id)
            .unwrap_or(Impact::Unknown)
    }

    /// The snake_case id (as serialised).
    pub fn id(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Minor => "minor",
            Self::Major => "major",
            Self::Critical => "critical",
            Self::Maintenance => "maintenance",
            Self::Unknown => "unknown",
        }
    }
}

/// The overall state a feed reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedStatus {
    /// All good.
    Operational,
    /// Something is degraded or under maintenance.
    Degraded,
    /// A significant incident is open.
    Incident,
    /// The feed parsed but its status could not be interpreted.
    Unknown,
}

/// One open incident, whatever the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incident {
    /// Headline.
    pub title: String,
    /// Severity.
    pub impact: Impact,
    /// When the incident began, if known.
    pub started: Option<Timestamp>,
    /// When it was last updated, if known.
    pub last_update: Option<Timestamp>,
    /// Text of the latest update.
    pub updates_summary: Option<String>,
    /// Link to the incident page.
    pub link: Option<String>,
    /// Affected service or components.
    pub service: Option<String>,
}

/// Where an open scheduled maintenance stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaintenanceState {
    /// The work is being done.
    InProgress,
    /// The work is done and being checked.
    Verifying,
}

/// A scheduled maintenance that is open now (in progress or verifying): reported
/// apart from incidents, with its planned window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Maintenance {
    /// Headline.
    pub title: String,
    /// In progress or verifying.
    pub state: MaintenanceState,
    /// Planned start of the window, if known.
    pub window_start: Option<Timestamp>,
    /// Planned end of the window, if known.
    pub window_end: Option<Timestamp>,
    /// Text of the latest update.
    pub updates_summary: Option<String>,
    /// Link to the maintenance page.
    pub link: Option<String>,
    /// Affected service or components.
    pub service: Option<String>,
}

/// A successfully parsed feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedFeed {
    /// Overall status.
    pub overall: FeedStatus,
    /// Open incidents only.
    pub incidents: Vec<Incident>,
    /// Scheduled maintenances open now (not planned ones, not completed ones).
    #[serde(default)]
    pub maintenances: Vec<Maintenance>,
    /// Names of affected components/services (deduplicated, in feed order).
    pub components_affected: Vec<String>,
}

/// Largest feed body read (8 MiB), separate from the probes' 1 MiB: Google
/// Cloud's live `incidents.json` is well over 1 MiB. A larger feed is reported as
/// too large, not as a parse error.
pub const MAX_FEED_BYTES: usize = 8 * 1024 * 1024;

/// What was wrong with a feed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeedProblem {
    /// No bytes (or only whitespace).
    #[error("the body is empty")]
    Empty,
    /// Not valid UTF-8.
    #[error("the body is not valid UTF-8")]
    NotUtf8,
    /// Not syntactically valid JSON / XML.
    #[error("syntax error: {0}")]
    Syntax(String),
    /// Valid syntax but not the expected document.
    #[error("unexpected document: {0}")]
    Shape(String),
}

/// A feed that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} status feed could not be parsed: {problem}")]
pub struct FeedError {
    /// Which parser was used.
    pub kind: FeedKind,
    /// What was wrong.
    pub problem: FeedProblem,
}
