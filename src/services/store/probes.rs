//! Portal-probe history: what the Portal health chart and the helpdesk read.

use jiff::Timestamp;
use mfa_ready_core::fault::{Explanation, Outcome};
use mfa_ready_core::proxy::Route;
use rusqlite::params;

use super::db::{Store, StoreError, from_ms, ms};

/// How a row with an outcome this version does not know is written back.
const UNKNOWN_OUTCOME: &str = "unknown";

/// One stored probe result (history for the chart and the helpdesk).
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeRow {
    pub at: Timestamp,
    pub portal: String,
    pub url: String,
    /// What the check found; `None` for an outcome this version does not know (a
    /// newer one wrote the row). Stored as its snake_case id (`healthy`, …).
    pub outcome: Option<Outcome>,
    pub http_status: Option<u16>,
    pub dns_ms: Option<f64>,
    pub connect_ms: Option<f64>,
    pub tls_ms: Option<f64>,
    pub first_byte_ms: Option<f64>,
    pub total_ms: Option<f64>,
    pub timed_out_phase: Option<String>,
    pub request_id: Option<String>,
    pub explanation: String,
    /// What `explanation` says, as facts; `None` for rows written before it was
    /// stored, or by a newer version with a situation this one does not know.
    pub says: Option<Explanation>,
    pub technical: String,
    /// The way the check went and what chose it; `None` for rows written before.
    pub route: Option<Route>,
}

impl ProbeRow {
    /// Healthy (or only slow); an outcome this version does not know is no success.
    pub fn is_healthy(&self) -> bool {
        self.outcome.is_some_and(Outcome::is_healthy)
    }

    /// The outcome's id as stored and as `check --json` writes it.
    pub fn outcome_id(&self) -> &'static str {
        self.outcome.map_or(UNKNOWN_OUTCOME, Outcome::as_str)
    }
}

impl mfa_ready_core::advice::PortalCheck for ProbeRow {
    fn portal(&self) -> &str {
        &self.portal
    }
    fn at(&self) -> Timestamp {
        self.at
    }
    fn blocked(&self) -> bool {
        mfa_ready_core::report::probe_blocked(
            self.outcome,
            self.http_status,
            self.timed_out_phase.is_some(),
        )
    }
}

impl Store {
    /// Appends probe results to the history, in one transaction.
    pub fn insert_probe_results(&mut self, rows: &[ProbeRow]) -> Result<(), StoreError> {
        let (tx, sq) = self.write_tx()?;
        {
            let mut stmt = tx
                .prepare(
                    "INSERT INTO probe_results(at, portal, url, outcome, http_status, dns_ms, connect_ms,
                         tls_ms, first_byte_ms, total_ms, timed_out_phase, request_id, explanation, technical, says, route)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                )
                .map_err(&sq)?;
            for r in rows {
                stmt.execute(params![
                    ms(r.at),
                    r.portal,
                    r.url,
                    r.outcome_id(),
                    r.http_status,
                    r.dns_ms,
                    r.connect_ms,
                    r.tls_ms,
                    r.first_byte_ms,
                    r.total_ms,
                    r.timed_out_phase,
                    r.request_id,
                    r.explanation,
                    r.technical,
                    r.says.as_ref().and_then(|s| serde_json::to_string(s).ok()),
                    r.route.as_ref().and_then(|s| serde_json::to_string(s).ok())
                ])
                .map_err(&sq)?;
            }
        }
        tx.commit().map_err(&sq)
    }

    /// Probe results measured at or after `since`, oldest first.
    pub fn probe_history(&self, since: Timestamp) -> Result<Vec<ProbeRow>, StoreError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT at, portal, url, outcome, http_status, dns_ms, connect_ms, tls_ms,
                        first_byte_ms, total_ms, timed_out_phase, request_id, explanation, technical, says, route
                 FROM probe_results WHERE at >= ?1 ORDER BY at, id",
            )
            .map_err(|e| self.sqlite(e))?;
        let rows = stmt
            .query_map(params![ms(since)], |r| {
                Ok(ProbeRow {
                    at: from_ms(r.get(0)?),
                    portal: r.get(1)?,
                    url: r.get(2)?,
                    outcome: Outcome::from_id(&r.get::<_, String>(3)?),
                    http_status: r.get(4)?,
                    dns_ms: r.get(5)?,
                    connect_ms: r.get(6)?,
                    tls_ms: r.get(7)?,
                    first_byte_ms: r.get(8)?,
                    total_ms: r.get(9)?,
                    timed_out_phase: r.get(10)?,
                    request_id: r.get(11)?,
                    explanation: r.get(12)?,
                    technical: r.get(13)?,
                    says: r
                        .get::<_, Option<String>>(14)?
                        .and_then(|json| serde_json::from_str(&json).ok()),
                    route: r
                        .get::<_, Option<String>>(15)?
                        .and_then(|json| serde_json::from_str(&json).ok()),
                })
            })
            .map_err(|e| self.sqlite(e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sqlite(e))
    }

    /// Deletes probe results older than `before`; returns how many.
    pub fn prune_probe_results(&self, before: Timestamp) -> Result<usize, StoreError> {
        self.conn
            .execute(
                "DELETE FROM probe_results WHERE at < ?1",
                params![ms(before)],
            )
            .map_err(|e| self.sqlite(e))
    }
}
