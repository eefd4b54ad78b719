//! Azure status RSS 2.0 (an item per active incident).

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};
use roxmltree::{Document, Node};

use super::common::{line, overall_from_open, push_unique};
use super::model::{FeedProblem, FeedStatus, Impact, Incident, ParsedFeed};
use crate::text::single_line;

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
        line(Some(&t))
    })
}

/// Removes tags and collapses whitespace (control characters go too).
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
    single_line(&out.split_whitespace().collect::<Vec<_>>().join(" "))
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
    let doc =
        Document::parse(text).map_err(|e| FeedProblem::Syntax(single_line(&e.to_string())))?;
    let root = doc.root_element();
    if root.tag_name().name() != "rss" {
        return Err(FeedProblem::Shape(format!(
            "root element is <{}>, expected <rss>",
            single_line(root.tag_name().name())
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
        let title = line(raw_title.strip_prefix("Active - ")).unwrap_or_else(|| raw_title.clone());
        let desc = child_text(item, "description").map(|d| strip_html(&d));
        let categories: Vec<String> = item
            .children()
            .filter(|c| c.is_element() && c.tag_name().name() == "category")
            .filter_map(|c| line(c.text()))
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
        overall: overall_from_open(&incidents, &[]).unwrap_or(FeedStatus::Operational),
        incidents,
        maintenances: Vec::new(),
        components_affected,
    })
}
