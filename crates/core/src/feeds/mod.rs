//! Vendor status feed parsers, mapped to one common shape.
//!
//! Three kinds are supported (see [`FeedKind`]). A feed that cannot be parsed
//! is always an error ([`FeedError`]), never "no incidents".
//!
//! Decisions where the brief was silent:
//! * Unknown enum *values* inside a well-formed feed (a new indicator or
//!   impact name) map to `Unknown` rather than failing: vendors add values.
//!   Missing *structure* (no `<channel>`, not an array, no Statuspage
//!   `status`) is an error. Missing *arrays* in a Statuspage summary
//!   (`components`, `incidents`, `scheduled_maintenances`) mean none: vendors
//!   drop empty arrays.
//! * Bad or missing timestamps in an incident become `None`.
//! * Overall status: an open incident of major/critical/unknown impact, or a
//!   Statuspage indicator of major/critical, gives `Incident`; minor or
//!   maintenance incidents, a minor/maintenance indicator or any
//!   non-operational component gives `Degraded`; otherwise `Operational`.
//!   An unrecognised Statuspage indicator with nothing else wrong gives
//!   `Unknown`.
//! * Azure RSS carries no severity: its incidents have `Impact::Unknown`.
//!   Titles lose an `Active - ` prefix; items titled `Resolved - ...` are
//!   dropped as not open. `started` comes from the description's
//!   "Starting at HH:MM UTC on DD Mon YYYY" when present; `pubDate` is
//!   `last_update`. HTML in descriptions is stripped.
//! * Google: `status_impact` SERVICE_OUTAGE → critical, SERVICE_DISRUPTION →
//!   major, SERVICE_INFORMATION → minor; when absent or unknown, `severity`
//!   high → major, medium/low → minor. Relative `uri`s are joined to
//!   `https://www.google.com/appsstatus/dashboard/`.
//! * Scheduled maintenances in progress or verifying are reported apart from
//!   incidents ([`Maintenance`], with their window) and make the feed
//!   `Degraded` (an incident or the page indicator may still say more).
//! * All text taken from a feed has control characters and bidi overrides
//!   removed ([`crate::text`]) before it leaves this module.
//!
//! By concern: `model` (the common shape), `common` (helpers), one file per
//! vendor format.

mod common;
mod google;
mod model;
mod rss;
mod statuspage;

pub use model::{
    FeedError, FeedKind, FeedProblem, FeedStatus, Impact, Incident, MAX_FEED_BYTES, Maintenance,
    MaintenanceState, ParsedFeed,
};

/// Parses a feed body of the given kind.
pub fn parse_feed(kind: FeedKind, bytes: &[u8]) -> Result<ParsedFeed, FeedError> {
    let err = |problem| FeedError { kind, problem };
    let text = std::str::from_utf8(bytes).map_err(|_| err(FeedProblem::NotUtf8))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(err(FeedProblem::Empty));
    }
    match kind {
        FeedKind::Statuspage => statuspage::parse(text),
        FeedKind::Rss => rss::parse(text),
        FeedKind::GoogleIncidents => google::parse(text),
    }
    .map_err(err)
}

#[cfg(test)]
mod tests;
