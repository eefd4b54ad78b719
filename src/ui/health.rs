//! The "Portal health" panel and the overview's one-line portal summary.
//!
//! Renders the last [`HealthSnapshot`](crate::services::health::HealthSnapshot)
//! the services sent; "Check now" only sends a command. The spinner shows while
//! a check runs (egui repaints for it); otherwise nothing here asks for repaints.

use egui::{Color32, RichText};
use egui_plot::{Legend, Line, Plot, PlotPoints, Points};
use mfa_ready_i18n::tr;

use crate::services::probe::ProbeResult;
use mfa_ready_core::fault::{PhaseTimings, Severity};

use super::names;
use super::panel::Panel;
use super::state::{Action, AppState, Page};
use super::widgets::{self, Tone, card_ui, heading_ui};

/// The "Portal health" page (no state of its own).
pub struct HealthPanel;

impl Panel for HealthPanel {
    fn page(&self) -> Page {
        Page::Health
    }

    fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        health_ui(state, ui, actions);
    }
}

fn severity_tone(s: Severity) -> Tone {
    match s {
        Severity::Green => Tone::Good,
        Severity::Amber => Tone::Warn,
        Severity::Red => Tone::Bad,
    }
}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Green => "green",
        Severity::Amber => "amber",
        Severity::Red => "red",
    }
}

fn local_time(state: &AppState, t: jiff::Timestamp) -> String {
    t.to_zoned(state.tz.clone())
        .strftime("%H:%M:%S")
        .to_string()
}

fn checking(state: &AppState) -> bool {
    state.health.checking || state.check_requested
}

/// One line on the overview: the worst portal's sentence, and a way to the panel.
pub fn overview_line_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let tr = &state.tr;
    let line = match &state.health.report {
        Some(r) => r.summary().map(|s| names::portal_summary(tr, &s)),
        None if checking(state) => Some(tr!(tr, "health-checking")),
        None => None,
    };
    let p = widgets::palette(ui);
    let colour = state
        .health
        .report
        .as_ref()
        .and_then(|r| {
            r.portals
                .iter()
                .map(|p| p.severity)
                .max_by_key(|s| *s as u8)
        })
        .map_or(p.neutral_fill, |s| severity_tone(s).fill(p));
    card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            traffic_light_ui(ui, colour, &tr!(tr, "health-status"));
            ui.label(line.unwrap_or_else(|| tr!(tr, "health-not-checked")));
            if ui.button(tr!(tr, "health-open")).clicked() {
                actions.push(Action::GoTo(Page::Health));
            }
        });
    });
    ui.add_space(6.0);
}

fn traffic_light_ui(ui: &mut egui::Ui, colour: Color32, label: &str) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 6.0, colour);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, label));
}

/// The panel.
pub fn health_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    ui.horizontal(|ui| {
        heading_ui(ui, &tr!(tr, "health-title"), 2);
        let busy = checking(state);
        if ui
            .add_enabled(!busy, egui::Button::new(tr!(tr, "health-check-now")))
            .clicked()
        {
            actions.push(Action::CheckNow);
        }
        if busy {
            ui.add(egui::Spinner::new());
            ui.label(tr!(tr, "health-checking-short"));
        }
        if ui.button(tr!(tr, "health-back")).clicked() {
            actions.push(Action::GoTo(Page::Overview));
        }
    });
    if let Some(e) = &state.health.store_error {
        ui.label(RichText::new(tr!(tr, "health-history-not-saved")).color(p.warn_text))
            .on_hover_text(e.to_string());
    }
    let Some(report) = state.health.report.clone() else {
        ui.label(tr!(tr, "health-none-yet"));
        return;
    };
    ui.label(tr!(
        tr,
        "health-checked-at",
        time = local_time(state, report.checked_at),
        connection = names::connection(tr, &report.connectivity)
    ));
    if let Some(c) = report.confirmation() {
        ui.label(RichText::new(names::confirmation(tr, &c)).strong());
    }
    ui.add_space(4.0);
    for p in &report.portals {
        portal_row_ui(state, ui, p);
        ui.add_space(4.0);
    }
    feeds_ui(state, ui, &report.feeds);
    ui.add_space(6.0);
    history_ui(state, ui);
}

fn portal_row_ui(state: &AppState, ui: &mut egui::Ui, p: &ProbeResult) {
    let tr = &state.tr;
    let pal = widgets::palette(ui);
    card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            traffic_light_ui(
                ui,
                severity_tone(p.severity).fill(pal),
                &tr!(
                    tr,
                    "health-light",
                    portal = p.name.clone(),
                    severity = severity_word(p.severity)
                ),
            );
            heading_ui(ui, &p.name, 3);
            ui.label(RichText::new(mfa_ready_core::fault::outcome(tr, p.outcome)).color(pal.muted));
        });
        ui.label(names::portal_explanation(tr, p));
        phase_bars_ui(state, ui, &p.phases_ms);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(tr!(
                    tr,
                    "health-last-checked",
                    time = local_time(state, p.checked_at)
                ))
                .color(pal.muted),
            );
            if let Some(id) = &p.request_id {
                ui.label(RichText::new(tr!(tr, "health-request-id", id = id.clone())).monospace());
            }
            if let Some(c) = &p.certificate {
                ui.label(
                    RichText::new(tr!(
                        tr,
                        "health-certificate",
                        issuer = c.issuer.clone(),
                        days = c.days_to_expiry.map_or("?".to_owned(), |d| d.to_string())
                    ))
                    .color(pal.muted),
                );
            }
        });
        // One id per portal: the same header text in every row would clash.
        egui::CollapsingHeader::new(tr!(tr, "health-technical"))
            .id_salt(("technical", p.name.as_str(), p.url.as_str()))
            .show(ui, |ui| {
                if let Some(route) = &p.proxy {
                    ui.label(mfa_ready_core::proxy::said(tr, route));
                }
                ui.label(RichText::new(&p.technical).monospace().small());
                if ui.small_button(tr!(tr, "health-copy")).clicked() {
                    ui.ctx().copy_text(p.technical.clone());
                }
            });
    });
}

/// Horizontal bars, one per phase, to scale with the total.
fn phase_bars_ui(state: &AppState, ui: &mut egui::Ui, t: &PhaseTimings) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    let total = t.total.unwrap_or(0.0).max(1.0);
    let phases = [
        (tr!(tr, "health-phase-dns"), t.dns, p.info_fill),
        (tr!(tr, "health-phase-connect"), t.connect, p.good_fill),
        (tr!(tr, "health-phase-tls"), t.tls, p.warn_fill),
        (
            tr!(tr, "health-phase-first-byte"),
            t.first_byte,
            Color32::from_rgb(150, 90, 190),
        ),
        (tr!(tr, "health-phase-total"), t.total, p.neutral_fill),
    ];
    let width = (ui.available_width() - 180.0).max(60.0);
    for (name, ms, colour) in phases {
        let Some(ms) = ms else { continue };
        ui.horizontal(|ui| {
            ui.add_sized([70.0, 14.0], egui::Label::new(RichText::new(name).small()));
            let w = ((ms / total) as f32 * width).clamp(1.0, width);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 10.0), egui::Sense::hover());
            let bar = egui::Rect::from_min_size(rect.min, egui::vec2(w, rect.height()));
            ui.painter().rect_filled(bar, 2.0, colour);
            ui.label(RichText::new(format!("{ms:.0} ms")).small().monospace());
        });
    }
}

fn feeds_ui(state: &AppState, ui: &mut egui::Ui, feeds: &[crate::services::health::FeedState]) {
    if feeds.is_empty() {
        return;
    }
    let tr = &state.tr;
    let p = widgets::palette(ui);
    card_ui(ui, |ui| {
        heading_ui(ui, &tr!(tr, "health-provider-status"), 3);
        for f in feeds {
            match &f.error {
                Some(e) => {
                    ui.label(
                        RichText::new(tr!(tr, "health-feed-unreadable", feed = f.name.clone()))
                            .color(p.warn_text),
                    )
                    .on_hover_text(e.clone());
                }
                None if f.incidents.is_empty() => {
                    ui.label(tr!(tr, "health-feed-quiet", feed = f.name.clone()));
                }
                None => {
                    ui.label(tr!(
                        tr,
                        "health-feed-incidents",
                        feed = f.name.clone(),
                        count = f.incidents.len()
                    ));
                    for i in &f.incidents {
                        let title = i.title.clone();
                        let impact = tr.text(&format!("health-impact-{}", i.impact.id()));
                        let at = |t: jiff::Timestamp| state.local_time(t);
                        let line = match (i.started, i.last_update) {
                            (Some(s), Some(u)) => tr!(
                                tr,
                                "health-incident-since-updated",
                                title = title,
                                impact = impact,
                                since = at(s),
                                updated = at(u)
                            ),
                            (Some(s), None) => tr!(
                                tr,
                                "health-incident-since",
                                title = title,
                                impact = impact,
                                since = at(s)
                            ),
                            _ => tr!(tr, "health-incident", title = title, impact = impact),
                        };
                        ui.label(format!("-  {line}"));
                        if let Some(link) = &i.link
                            && mfa_ready_core::policy::check_https(link, false).is_ok()
                        {
                            ui.hyperlink_to(tr!(tr, "health-incident-details"), link);
                        }
                    }
                }
            }
        }
    });
}

/// Latency (total ms) per portal and availability (share of healthy checks per hour).
fn history_ui(state: &AppState, ui: &mut egui::Ui) {
    let rows = &state.health.history;
    if rows.is_empty() {
        return;
    }
    let Some(first) = rows.first().map(|r| r.at) else {
        return;
    };
    let hours = |t: jiff::Timestamp| (t.as_millisecond() - first.as_millisecond()) as f64 / 3.6e6;
    let mut names: Vec<&str> = Vec::new();
    for r in rows {
        if !names.contains(&r.portal.as_str()) {
            names.push(&r.portal);
        }
    }
    let tr = &state.tr;
    heading_ui(ui, &tr!(tr, "health-history"), 3);
    let available = rows.iter().filter(|r| r.is_healthy()).count() as f64 / rows.len() as f64;
    ui.label(tr!(
        tr,
        "health-available",
        percent = (available * 100.0).round(),
        count = rows.len(),
        time = local_time(state, first)
    ));
    let bad = widgets::palette(ui).bad_fill;
    Plot::new("latency")
        .height(160.0)
        .legend(Legend::default())
        .x_axis_label("hours")
        .y_axis_label("total ms")
        .show(ui, |plot| {
            for name in &names {
                let pts: Vec<[f64; 2]> = rows
                    .iter()
                    .filter(|r| r.portal == *name)
                    .filter_map(|r| r.total_ms.map(|ms| [hours(r.at), ms]))
                    .collect();
                plot.line(Line::new(*name, PlotPoints::from(pts)));
                let failed: Vec<[f64; 2]> = rows
                    .iter()
                    .filter(|r| r.portal == *name && !r.is_healthy())
                    .map(|r| [hours(r.at), r.total_ms.unwrap_or(0.0)])
                    .collect();
                if !failed.is_empty() {
                    plot.points(
                        Points::new(format!("{name} failed"), PlotPoints::from(failed))
                            .color(bad)
                            .radius(3.0),
                    );
                }
            }
        });
}
