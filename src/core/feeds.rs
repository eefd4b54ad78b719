//! Vendor status feed parsers, mapped to one common shape.
//!
//! Three kinds are supported (see [`FeedKind`]). A feed that cannot be parsed
//! is always an error ([`FeedError`]), never "no incidents".
//!
//! Decisions where the brief was silent:
//! * Unknown enum *values* inside a well-formed feed (a new indicator or
//!   impact name) map to `Unknown` rather than failing: vendors add values.
//!   Missing *structure* (no `incidents` array, no `<channel>`, not an array)
//!   is an error.
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
    /// Google Workspace status dashboard `incidents.json`.
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
    /// The feed does not say, or says something unrecognised.
    Unknown,
}

impl Impact {
    fn from_statuspage(s: &str) -> Impact {
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

/// A successfully parsed feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedFeed {
    /// Overall status.
    pub overall: FeedStatus,
    /// Open incidents only.
    pub incidents: Vec<Incident>,
    /// Names of affected components/services (deduplicated, in feed order).
    pub components_affected: Vec<String>,
}

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

fn json_err(e: &serde_json::Error) -> FeedProblem {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => FeedProblem::Shape(e.to_string()),
        Category::Io | Category::Syntax | Category::Eof => FeedProblem::Syntax(e.to_string()),
    }
}

fn ts(s: Option<&str>) -> Option<Timestamp> {
    s.and_then(|s| s.trim().parse().ok())
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() && !v.iter().any(|x| x == s) {
        v.push(s.to_owned());
    }
}

fn overall_from_incidents(incidents: &[Incident]) -> Option<FeedStatus> {
    if incidents.iter().any(|i| i.impact.is_serious()) {
        Some(FeedStatus::Incident)
    } else if incidents.is_empty() {
        None
    } else {
        Some(FeedStatus::Degraded)
    }
}

mod statuspage {
    use super::*;

    #[derive(Deserialize)]
    struct Summary {
        status: Status,
        components: Vec<Component>,
        incidents: Vec<SpIncident>,
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
        let mut incidents = Vec::new();
        for i in s.incidents {
            let closed = i.resolved_at.is_some()
                || matches!(
                    i.status.as_deref(),
                    Some("resolved" | "postmortem" | "completed")
                );
            if closed {
                continue;
            }
            let latest = i
                .incident_updates
                .iter()
                .max_by_key(|u| ts(u.display_at.as_deref().or(u.created_at.as_deref())));
            let names: Vec<&str> = i.components.iter().map(|c| c.name.as_str()).collect();
            for n in &names {
                push_unique(&mut components_affected, n);
            }
            let last_update = ts(i.updated_at.as_deref()).or_else(|| {
                latest.and_then(|u| ts(u.display_at.as_deref().or(u.created_at.as_deref())))
            });
            incidents.push(Incident {
                title: i.name.trim().to_owned(),
                impact: i
                    .impact
                    .as_deref()
                    .map_or(Impact::Unknown, Impact::from_statuspage),
                started: ts(i.started_at.as_deref()).or_else(|| ts(i.created_at.as_deref())),
                last_update,
                updates_summary: non_empty(latest.and_then(|u| u.body.as_deref())),
                link: non_empty(i.shortlink.as_deref()),
                service: (!names.is_empty()).then(|| names.join(", ")),
            });
        }
        let indicator = Impact::from_statuspage(&s.status.indicator);
        let overall = match (overall_from_incidents(&incidents), indicator) {
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
            components_affected,
        })
    }
}

mod rss {
    use super::*;
    use jiff::civil::{Date, DateTime, Time};
    use roxmltree::{Document, Node};

    fn child<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
        n.children()
            .find(|c| c.is_element() && c.tag_name().name() == name)
    }

    fn child_text(n: Node<'_, '_>, name: &str) -> Option<String> {
        child(n, name).and_then(|c| {
            let t: String = c
                .descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect();
            non_empty(Some(&t))
        })
    }

    /// Removes tags and collapses whitespace.
    pub(super) fn strip_html(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut in_tag = false;
        for ch in s.chars() {
            match ch {
                '<' => {
                    in_tag = true;
                    out.push(' ');
                }
                '>' if in_tag => in_tag = false,
                _ if !in_tag => out.push(ch),
                _ => {}
            }
        }
        let out = out
            .replace("&nbsp;", " ")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'");
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn rfc2822(s: &str) -> Option<Timestamp> {
        jiff::fmt::rfc2822::DateTimeParser::new()
            .relaxed_weekday(true)
            .parse_timestamp(s.trim())
            .ok()
    }

    /// "Starting at 05:00 UTC on 01 Jun 2026" → timestamp.
    pub(super) fn starting_at(desc: &str) -> Option<Timestamp> {
        let rest = &desc[desc.find("Starting at ")? + "Starting at ".len()..];
        let words: Vec<&str> = rest.split_whitespace().take(6).collect();
        let [hm, "UTC", "on", day, mon, year] = words.as_slice() else {
            return None;
        };
        let (h, m) = hm.split_once(':')?;
        let year = year.trim_end_matches([',', '.']);
        let mon = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ]
        .iter()
        .position(|x| mon.get(..3) == Some(*x))?;
        let date = Date::new(
            year.parse().ok()?,
            i8::try_from(mon + 1).ok()?,
            day.parse().ok()?,
        )
        .ok()?;
        let time = Time::new(h.parse().ok()?, m.parse().ok()?, 0, 0).ok()?;
        DateTime::from_parts(date, time)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp())
    }

    pub(super) fn parse(text: &str) -> Result<ParsedFeed, FeedProblem> {
        let doc = Document::parse(text).map_err(|e| FeedProblem::Syntax(e.to_string()))?;
        let root = doc.root_element();
        if root.tag_name().name() != "rss" {
            return Err(FeedProblem::Shape(format!(
                "root element is <{}>, expected <rss>",
                root.tag_name().name()
            )));
        }
        let channel = child(root, "channel")
            .ok_or_else(|| FeedProblem::Shape("<rss> has no <channel>".to_owned()))?;
        let mut incidents = Vec::new();
        let mut components_affected = Vec::new();
        for item in channel
            .children()
            .filter(|c| c.is_element() && c.tag_name().name() == "item")
        {
            let raw_title = child_text(item, "title")
                .ok_or_else(|| FeedProblem::Shape("an <item> has no <title>".to_owned()))?;
            if raw_title.starts_with("Resolved - ") {
                continue;
            }
            let title = raw_title
                .strip_prefix("Active - ")
                .unwrap_or(&raw_title)
                .trim()
                .to_owned();
            let desc = child_text(item, "description").map(|d| strip_html(&d));
            let categories: Vec<String> = item
                .children()
                .filter(|c| c.is_element() && c.tag_name().name() == "category")
                .filter_map(|c| c.text().map(|t| t.trim().to_owned()))
                .filter(|t| !t.is_empty())
                .collect();
            for c in &categories {
                push_unique(&mut components_affected, c);
            }
            incidents.push(Incident {
                title,
                impact: Impact::Unknown,
                started: desc.as_deref().and_then(starting_at),
                last_update: child_text(item, "pubDate").and_then(|d| rfc2822(&d)),
                updates_summary: desc.filter(|d| !d.is_empty()),
                link: child_text(item, "link"),
                service: (!categories.is_empty()).then(|| categories.join(", ")),
            });
        }
        Ok(ParsedFeed {
            overall: overall_from_incidents(&incidents).unwrap_or(FeedStatus::Operational),
            incidents,
            components_affected,
        })
    }
}

mod google {
    use super::*;

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
        let uri = non_empty(uri)?;
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
            if non_empty(g.end.as_deref()).is_some() {
                continue;
            }
            let service = non_empty(g.service_name.as_deref()).or_else(|| {
                let t: Vec<&str> = g
                    .affected_products
                    .iter()
                    .map(|p| p.title.as_str())
                    .collect();
                (!t.is_empty()).then(|| t.join(", "))
            });
            if let Some(s) = &service {
                push_unique(&mut components_affected, s);
            }
            let update = g.most_recent_update.as_ref();
            incidents.push(Incident {
                title: non_empty(g.external_desc.as_deref())
                    .unwrap_or_else(|| "Untitled incident".to_owned()),
                impact: impact(g.status_impact.as_deref(), g.severity.as_deref()),
                started: ts(g.begin.as_deref()),
                last_update: ts(update.and_then(|u| u.when.as_deref()))
                    .or_else(|| ts(g.modified.as_deref())),
                updates_summary: non_empty(update.and_then(|u| u.text.as_deref())),
                link: link(g.uri.as_deref()),
                service,
            });
        }
        Ok(ParsedFeed {
            overall: overall_from_incidents(&incidents).unwrap_or(FeedStatus::Operational),
            incidents,
            components_affected,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SP: &[u8] = include_bytes!("../../tests/fixtures/statuspage-summary.json");
    const RSS: &[u8] = include_bytes!("../../tests/fixtures/azure-status.rss");
    const RSS_OK: &[u8] = include_bytes!("../../tests/fixtures/azure-status-healthy.rss");
    const GOOG: &[u8] = include_bytes!("../../tests/fixtures/google-incidents.json");

    fn t(s: &str) -> Option<Timestamp> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn statuspage_fixture() {
        let f = parse_feed(FeedKind::Statuspage, SP).unwrap();
        assert_eq!(f.overall, FeedStatus::Incident);
        assert_eq!(
            f.components_affected,
            vec!["Self-service enrollment portal", "Push delivery"]
        );
        assert_eq!(f.incidents.len(), 1);
        let i = &f.incidents[0];
        assert_eq!(
            i.title,
            "Users unable to register MFA methods (504 Gateway Timeout)"
        );
        assert_eq!(i.impact, Impact::Major);
        assert_eq!(i.started, t("2026-06-01T05:00:00Z"));
        assert_eq!(i.last_update, t("2026-06-01T09:12:44Z"));
        assert_eq!(
            i.updates_summary.as_deref(),
            Some("We are failing over the enrollment service to healthy infrastructure.")
        );
        assert_eq!(i.link.as_deref(), Some("https://stspg.test/abc123"));
        assert_eq!(i.service.as_deref(), Some("Self-service enrollment portal"));
    }

    fn sp(indicator: &str, comp: &str, incidents: &str) -> Vec<u8> {
        format!(
            r#"{{"status":{{"indicator":"{indicator}"}},
                "components":[{{"name":"A","status":"{comp}"}},{{"name":"G","status":"major_outage","group":true}}],
                "incidents":{incidents}}}"#
        )
        .into_bytes()
    }

    #[test]
    fn statuspage_overall_rules() {
        let p = |i, c, inc| parse_feed(FeedKind::Statuspage, &sp(i, c, inc)).unwrap();
        let healthy = p("none", "operational", "[]");
        assert_eq!(healthy.overall, FeedStatus::Operational);
        assert!(healthy.components_affected.is_empty(), "groups are skipped");
        assert_eq!(
            p("none", "degraded_performance", "[]").overall,
            FeedStatus::Degraded
        );
        assert_eq!(
            p("minor", "operational", "[]").overall,
            FeedStatus::Degraded
        );
        assert_eq!(
            p("critical", "operational", "[]").overall,
            FeedStatus::Incident
        );
        assert_eq!(p("shiny", "operational", "[]").overall, FeedStatus::Unknown);
        let minor_inc = r#"[{"name":"x","impact":"minor","status":"investigating"}]"#;
        assert_eq!(
            p("none", "operational", minor_inc).overall,
            FeedStatus::Degraded
        );
        let resolved = r#"[{"name":"x","impact":"critical","status":"resolved"},
                          {"name":"y","impact":"critical","resolved_at":"2026-06-01T00:00:00Z"}]"#;
        let f = p("none", "operational", resolved);
        assert!(f.incidents.is_empty());
        assert_eq!(f.overall, FeedStatus::Operational);
    }

    #[test]
    fn statuspage_latest_update_by_time_not_position() {
        let inc = r#"[{"name":"x","impact":"major","incident_updates":[
            {"body":"old","display_at":"2026-06-01T01:00:00Z"},
            {"body":"new","display_at":"2026-06-01T02:00:00Z"}]}]"#;
        let f = parse_feed(FeedKind::Statuspage, &sp("major", "operational", inc)).unwrap();
        assert_eq!(f.incidents[0].updates_summary.as_deref(), Some("new"));
        assert_eq!(f.incidents[0].last_update, t("2026-06-01T02:00:00Z"));
        assert_eq!(f.incidents[0].started, None);
    }

    #[test]
    fn rss_fixture() {
        let f = parse_feed(FeedKind::Rss, RSS).unwrap();
        assert_eq!(f.overall, FeedStatus::Incident);
        assert_eq!(f.components_affected, vec!["Microsoft Entra ID"]);
        let i = &f.incidents[0];
        assert_eq!(
            i.title,
            "Microsoft Entra ID: MFA registration and My Sign-Ins returning 504 errors"
        );
        assert_eq!(i.impact, Impact::Unknown);
        assert_eq!(i.started, t("2026-06-01T05:00:00Z"));
        assert_eq!(i.last_update, t("2026-06-01T09:10:00Z"));
        assert!(
            i.updates_summary
                .as_deref()
                .is_some_and(|s| s.starts_with("Starting at 05:00 UTC"))
        );
        assert_eq!(
            i.link.as_deref(),
            Some("https://azure.status.microsoft/en-us/status/")
        );
        assert_eq!(i.service.as_deref(), Some("Microsoft Entra ID"));
    }

    #[test]
    fn rss_healthy_fixture() {
        let f = parse_feed(FeedKind::Rss, RSS_OK).unwrap();
        assert_eq!(f.overall, FeedStatus::Operational);
        assert!(f.incidents.is_empty());
        assert!(f.components_affected.is_empty());
    }

    #[test]
    fn rss_html_resolved_and_cdata() {
        let body = r#"<rss version="2.0"><channel><title>x</title>
            <item><title>Resolved - Old thing</title></item>
            <item><title>Active - New thing</title>
              <description><![CDATA[<p>Starting at 23:30 UTC on 31 May 2026, <b>some</b> users&nbsp;saw errors.</p>]]></description>
            </item></channel></rss>"#;
        let f = parse_feed(FeedKind::Rss, body.as_bytes()).unwrap();
        assert_eq!(f.incidents.len(), 1);
        let i = &f.incidents[0];
        assert_eq!(i.title, "New thing");
        assert_eq!(i.started, t("2026-05-31T23:30:00Z"));
        assert_eq!(
            i.updates_summary.as_deref(),
            Some("Starting at 23:30 UTC on 31 May 2026, some users saw errors.")
        );
        assert_eq!(i.last_update, None);
    }

    #[test]
    fn google_fixture() {
        let f = parse_feed(FeedKind::GoogleIncidents, GOOG).unwrap();
        assert_eq!(f.overall, FeedStatus::Incident);
        assert_eq!(f.incidents.len(), 1, "the ended Gmail incident is dropped");
        assert_eq!(f.components_affected, vec!["Google Workspace Accounts"]);
        let i = &f.incidents[0];
        assert_eq!(
            i.title,
            "Users may be unable to turn on 2-Step Verification"
        );
        assert_eq!(i.impact, Impact::Major);
        assert_eq!(i.started, t("2026-06-01T05:10:00Z"));
        assert_eq!(i.last_update, t("2026-06-01T08:40:00Z"));
        assert_eq!(
            i.updates_summary.as_deref(),
            Some("Mitigation is in progress.")
        );
        assert_eq!(
            i.link.as_deref(),
            Some("https://www.google.com/appsstatus/dashboard/incidents/Xq2LrT9mKd8vFw3nPa1b")
        );
        assert_eq!(i.service.as_deref(), Some("Google Workspace Accounts"));
    }

    #[test]
    fn google_variants() {
        let p = |s: &str| parse_feed(FeedKind::GoogleIncidents, s.as_bytes()).unwrap();
        assert_eq!(p("[]").overall, FeedStatus::Operational);
        let f = p(
            r#"[{"id":"a","status_impact":"SERVICE_INFORMATION","end":null,
                      "affected_products":[{"title":"Gmail"},{"title":"Drive"}]}]"#,
        );
        assert_eq!(f.overall, FeedStatus::Degraded);
        assert_eq!(f.incidents[0].impact, Impact::Minor);
        assert_eq!(f.incidents[0].service.as_deref(), Some("Gmail, Drive"));
        assert_eq!(f.incidents[0].title, "Untitled incident");
        let f = p(r#"[{"id":"a","status_impact":"SERVICE_OUTAGE","severity":"low"}]"#);
        assert_eq!(f.incidents[0].impact, Impact::Critical);
        let f = p(r#"[{"id":"a","severity":"high"}]"#);
        assert_eq!(f.incidents[0].impact, Impact::Major);
    }

    fn problem(kind: FeedKind, body: &[u8]) -> FeedProblem {
        match parse_feed(kind, body) {
            Err(e) => {
                assert_eq!(e.kind, kind);
                e.problem
            }
            Ok(f) => panic!("{kind} parsed {:?} as {f:?}", String::from_utf8_lossy(body)),
        }
    }

    #[test]
    fn empty_inputs_are_errors() {
        for k in [
            FeedKind::Statuspage,
            FeedKind::Rss,
            FeedKind::GoogleIncidents,
        ] {
            assert_eq!(problem(k, b""), FeedProblem::Empty);
            assert_eq!(problem(k, b" \n\t"), FeedProblem::Empty);
            assert_eq!(problem(k, b"\xff\xfe"), FeedProblem::NotUtf8);
        }
    }

    #[test]
    fn truncated_inputs_are_errors() {
        for (k, body) in [
            (FeedKind::Statuspage, SP),
            (FeedKind::Rss, RSS),
            (FeedKind::GoogleIncidents, GOOG),
        ] {
            for cut in [1, body.len() / 3, body.len() / 2, body.len() - 10] {
                assert!(
                    matches!(
                        problem(k, &body[..cut]),
                        FeedProblem::Syntax(_) | FeedProblem::Shape(_)
                    ),
                    "{k} cut at {cut}"
                );
            }
        }
    }

    #[test]
    fn wrong_format_is_error() {
        assert!(matches!(problem(FeedKind::Rss, SP), FeedProblem::Syntax(_)));
        assert!(matches!(
            problem(FeedKind::Rss, GOOG),
            FeedProblem::Syntax(_)
        ));
        assert!(matches!(
            problem(FeedKind::Statuspage, RSS),
            FeedProblem::Syntax(_)
        ));
        assert!(matches!(
            problem(FeedKind::Statuspage, GOOG),
            FeedProblem::Shape(_)
        ));
        assert!(matches!(
            problem(FeedKind::GoogleIncidents, SP),
            FeedProblem::Shape(_)
        ));
        assert!(matches!(
            problem(FeedKind::GoogleIncidents, RSS),
            FeedProblem::Syntax(_)
        ));
        assert!(matches!(
            problem(FeedKind::Statuspage, b"{}"),
            FeedProblem::Shape(_)
        ));
        // A status.json (no incidents array) is not a summary.
        assert!(matches!(
            problem(
                FeedKind::Statuspage,
                br#"{"status":{"indicator":"none"},"components":[]}"#
            ),
            FeedProblem::Shape(_)
        ));
        assert!(matches!(
            problem(FeedKind::GoogleIncidents, b"[{\"nope\":1}]"),
            FeedProblem::Shape(_)
        ));
        assert!(matches!(
            problem(FeedKind::GoogleIncidents, b"null"),
            FeedProblem::Shape(_)
        ));
        // Atom, or RSS without a channel.
        let atom = br#"<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>"#;
        assert_eq!(
            problem(FeedKind::Rss, atom),
            FeedProblem::Shape("root element is <feed>, expected <rss>".into())
        );
        assert!(matches!(
            problem(FeedKind::Rss, b"<rss version=\"2.0\"></rss>"),
            FeedProblem::Shape(_)
        ));
        assert!(matches!(
            problem(FeedKind::Rss, b"<html><body>502 Bad Gateway</body></html>"),
            FeedProblem::Shape(_)
        ));
        assert!(matches!(
            problem(
                FeedKind::Rss,
                b"<rss><channel><item></item></channel></rss>"
            ),
            FeedProblem::Shape(_)
        ));
    }

    #[test]
    fn rss_rejects_entity_expansion() {
        let bomb = br#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>"#;
        // DTDs are refused outright (no entity expansion, no XXE).
        assert!(matches!(
            problem(FeedKind::Rss, bomb),
            FeedProblem::Syntax(_)
        ));
    }

    #[test]
    fn error_message_names_kind() {
        let e = parse_feed(FeedKind::GoogleIncidents, b"{}").unwrap_err();
        assert_eq!(
            e.to_string(),
            "google_incidents status feed could not be parsed: unexpected document: expected a JSON array of incidents"
        );
    }

    proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200), k in 0u8..3) {
            let kind = [FeedKind::Statuspage, FeedKind::Rss, FeedKind::GoogleIncidents][usize::from(k)];
            let _ = parse_feed(kind, &bytes);
        }

        #[test]
        fn starting_at_never_panics(s in "\\PC{0,60}") {
            let _ = rss::starting_at(&format!("Starting at {s}"));
            let _ = rss::strip_html(&s);
        }
    }
}
