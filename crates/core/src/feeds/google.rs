//! Google status dashboards' `incidents.json` (Workspace and Cloud).

use serde::Deserialize;

use super::common::{json_err, line, overall_from_open, paragraphs, push_unique, ts};
use super::model::{FeedProblem, FeedStatus, Impact, Incident, ParsedFeed};

const DASHBOARD: &str = "https://www.google.com/appsstatus/dashboard/";

#[derive(Deserialize)]
struct GIncident {
    #[allow(dead_code)]
    id: String,
    #[serde(default)]
    begin: Option<String>,
    #[serde(default)]
    end: Option<String>,
    #[serde(default)]
    modified: Option<String>,
    #[serde(default)]
    external_desc: Option<String>,
    #[serde(default)]
    most_recent_update: Option<GUpdate>,
    #[serde(default)]
    status_impact: Option<String>,
    #[serde(default)]
    severity: Option<String>,
    #[serde(default)]
    service_name: Option<String>,
    #[serde(default)]
    affected_products: Vec<Product>,
    #[serde(default)]
    uri: Option<String>,
}

#[derive(Deserialize)]
struct GUpdate {
    #[serde(default)]
    when: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
struct Product {
    title: String,
}

fn impact(status_impact: Option<&str>, severity: Option<&str>) -> Impact {
    match status_impact {
        Some("SERVICE_OUTAGE") => Impact::Critical,
        Some("SERVICE_DISRUPTION") => Impact::Major,
        Some("SERVICE_INFORMATION") => Impact::Minor,
        _ => match severity {
            Some("high") => Impact::Major,
            Some("medium" | "low") => Impact::Minor,
            _ => Impact::Unknown,
        },
    }
}

fn link(uri: Option<&str>) -> Option<String> {
    let uri = line(uri)?;
    if uri.starts_with("https://") || uri.starts_with("http://") {
        return Some(uri);
    }
    url::Url::parse(DASHBOARD)
        .and_then(|b| b.join(&uri))
        .ok()
        .map(String::from)
}

pub(super) fn parse(text: &str) -> Result<ParsedFeed, FeedProblem> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_err(&e))?;
    if !value.is_array() {
        return Err(FeedProblem::Shape(
            "expected a JSON array of incidents".to_owned(),
        ));
    }
    let all: Vec<GIncident> = serde_json::from_value(value).map_err(|e| json_err(&e))?;
    let mut incidents = Vec::new();
    let mut components_affected = Vec::new();
    for g in all {
        if line(g.end.as_deref()).is_some() {
            continue;
        }
        let service = line(g.service_name.as_deref()).or_else(|| {
            let t: Vec<String> = g
                .affected_products
                .iter()
                .filter_map(|p| line(Some(&p.title)))
                .collect();
            (!t.is_empty()).then(|| t.join(", "))
        });
        if let Some(s) = &service {
            push_unique(&mut components_affected, s);
        }
        let update = g.most_recent_update.as_ref();
        incidents.push(Incident {
            title: line(g.external_desc.as_deref())
                .unwrap_or_else(|| "Untitled incident".to_owned()),
            impact: impact(g.status_impact.as_deref(), g.severity.as_deref()),
            started: ts(g.begin.as_deref()),
            last_update: ts(update.and_then(|u| u.when.as_deref()))
                .or_else(|| ts(g.modified.as_deref())),
            updates_summary: paragraphs(update.and_then(|u| u.text.as_deref())),
            link: link(g.uri.as_deref()),
            service,
        });
    }
    Ok(ParsedFeed {
        overall: overall_from_open(&incidents, &[]).unwrap_or(FeedStatus::Operational),
        incidents,
        maintenances: Vec::new(),
        components_affected,
    })
}
