//! Atlassian Statuspage API v2 `/api/v2/summary.json`.
//!
//! Vendors drop empty arrays: a summary without `components`, `incidents` or
//! `scheduled_maintenances` has none of them (only `status` is required).
//! Scheduled maintenances that are `in_progress` or `verifying` are open and
//! reported as maintenance with their window; `scheduled` (future) and
//! `completed` ones are not.

use serde::Deserialize;

use super::common::{json_err, line, overall_from_open, paragraphs, push_unique, ts};
use super::model::{
    FeedProblem, FeedStatus, Impact, Incident, Maintenance, MaintenanceState, ParsedFeed,
};

#[derive(Deserialize)]
struct Summary {
    status: Status,
    #[serde(default)]
    components: Vec<Component>,
    #[serde(default)]
    incidents: Vec<SpIncident>,
    #[serde(default)]
    scheduled_maintenances: Vec<SpIncident>,
}

#[derive(Deserialize)]
struct Status {
    indicator: String,
}

#[derive(Deserialize)]
struct Component {
    name: String,
    status: String,
    #[serde(default)]
    group: Option<bool>,
}

/// An incident or a scheduled maintenance (same fields, plus the window).
#[derive(Deserialize)]
struct SpIncident {
    name: String,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    impact: Option<String>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    updated_at: Option<String>,
    #[serde(default)]
    started_at: Option<String>,
    #[serde(default)]
    resolved_at: Option<String>,
    #[serde(default)]
    shortlink: Option<String>,
    #[serde(default)]
    scheduled_for: Option<String>,
    #[serde(default)]
    scheduled_until: Option<String>,
    #[serde(default)]
    incident_updates: Vec<Update>,
    #[serde(default)]
    components: Vec<IncComponent>,
}

#[derive(Deserialize)]
struct Update {
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    display_at: Option<String>,
    #[serde(default)]
    created_at: Option<String>,
}

#[derive(Deserialize)]
struct IncComponent {
    name: String,
}

impl SpIncident {
    fn latest_update(&self) -> Option<&Update> {
        self.incident_updates
            .iter()
            .max_by_key(|u| ts(u.display_at.as_deref().or(u.created_at.as_deref())))
    }

    fn title(&self, fallback: &str) -> String {
        line(Some(&self.name)).unwrap_or_else(|| fallback.to_owned())
    }

    /// Safe component names, also recorded in `affected`.
    fn service(&self, affected: &mut Vec<String>) -> Option<String> {
        let names: Vec<String> = self
            .components
            .iter()
            .filter_map(|c| line(Some(&c.name)))
            .collect();
        for n in &names {
            push_unique(affected, n);
        }
        (!names.is_empty()).then(|| names.join(", "))
    }

    fn to_incident(&self, affected: &mut Vec<String>) -> Incident {
        let latest = self.latest_update();
        let last_update = ts(self.updated_at.as_deref()).or_else(|| {
            latest.and_then(|u| ts(u.display_at.as_deref().or(u.created_at.as_deref())))
        });
        Incident {
            title: self.title("Untitled incident"),
            impact: self
                .impact
                .as_deref()
                .map_or(Impact::Unknown, Impact::from_statuspage),
            started: ts(self.started_at.as_deref()).or_else(|| ts(self.created_at.as_deref())),
            last_update,
            updates_summary: paragraphs(latest.and_then(|u| u.body.as_deref())),
            link: line(self.shortlink.as_deref()),
            service: self.service(affected),
        }
    }

    fn to_maintenance(&self, state: MaintenanceState, affected: &mut Vec<String>) -> Maintenance {
        Maintenance {
            title: self.title("Scheduled maintenance"),
            state,
            window_start: ts(self.scheduled_for.as_deref())
                .or_else(|| ts(self.started_at.as_deref())),
            window_end: ts(self.scheduled_until.as_deref()),
            updates_summary: paragraphs(self.latest_update().and_then(|u| u.body.as_deref())),
            link: line(self.shortlink.as_deref()),
            service: self.service(affected),
        }
    }
}

pub(super) fn parse(text: &str) -> Result<ParsedFeed, FeedProblem> {
    let s: Summary = serde_json::from_str(text).map_err(|e| json_err(&e))?;
    let mut components_affected = Vec::new();
    let mut degraded_component = false;
    for c in s.components.iter().filter(|c| c.group != Some(true)) {
        if c.status != "operational" {
            degraded_component = true;
            push_unique(&mut components_affected, &c.name);
        }
    }
    let incidents: Vec<Incident> = s
        .incidents
        .iter()
        .filter(|i| {
            i.resolved_at.is_none()
                && !matches!(
                    i.status.as_deref(),
                    Some("resolved" | "postmortem" | "completed")
                )
        })
        .map(|i| i.to_incident(&mut components_affected))
        .collect();
    let maintenances: Vec<Maintenance> = s
        .scheduled_maintenances
        .iter()
        .filter_map(|m| {
            let state = match m.status.as_deref() {
                Some("in_progress") => MaintenanceState::InProgress,
                Some("verifying") => MaintenanceState::Verifying,
                _ => return None,
            };
            Some(m.to_maintenance(state, &mut components_affected))
        })
        .collect();
    let indicator = Impact::from_statuspage(&s.status.indicator);
    let overall = match (overall_from_open(&incidents, &maintenances), indicator) {
        (Some(FeedStatus::Incident), _) | (_, Impact::Major | Impact::Critical) => {
            FeedStatus::Incident
        }
        (Some(o), _) => o,
        (None, Impact::Minor | Impact::Maintenance) => FeedStatus::Degraded,
        (None, _) if degraded_component => FeedStatus::Degraded,
        (None, Impact::None) => FeedStatus::Operational,
        (None, _) => FeedStatus::Unknown,
    };
    Ok(ParsedFeed {
        overall,
        incidents,
        maintenances,
        components_affected,
    })
}
