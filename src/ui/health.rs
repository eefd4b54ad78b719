//! The "Portal health" panel and the overview's one-line portal summary.
//!
//! Renders the last [`HealthSnapshot`](crate::services::health::HealthSnapshot)
//! the services sent; "Check now" only sends a command. The spinner shows while
//! a check runs (egui repaints for it); otherwise nothing here asks for repaints.

use egui::{Color32, RichText};
use egui_plot::{Legend, Line, Plot, PlotPoints, Points};

use crate::services::health::connectivity_label;
use crate::services::probe::ProbeResult;
use mfa_ready_core::fault::{PhaseTimings, Severity};

use super::state::{Action, AppState, Page};
use super::widgets::{self, card_ui, set_accessible_label};

fn severity_color(s: Severity) -> Color32 {
    match s {
        Severity::Green => widgets::GREEN,
        Severity::Amber => widgets::AMBER,
        Severity::Red => widgets::RED,
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
    let line = match &state.health.report {
        Some(r) => r.summary(),
        None if checking(state) => Some("Checking the sign-in portals...".to_owned()),
        None => None,
    };
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
        .map_or(widgets::GREY, severity_color);
    card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            traffic_light_ui(ui, colour, "Portal status");
            ui.label(
                line.unwrap_or_else(|| "The sign-in portals have not been checked yet.".to_owned()),
            );
            if ui.button("Portal health").clicked() {
                actions.push(Action::GoTo(Page::Health));
            }
        });
    });
}

fn traffic_light_ui(ui: &mut egui::Ui, colour: Color32, label: &str) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    ui.painter().circle_filled(rect.center(), 6.0, colour);
    set_accessible_label(ui, &response, label);
}

/// The panel.
pub fn health_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.heading("Portal health");
        let busy = checking(state);
        if ui
            .add_enabled(!busy, egui::Button::new("Check now"))
            .clicked()
        {
            actions.push(Action::CheckNow);
        }
        if busy {
            ui.add(egui::Spinner::new());
            ui.label("Checking...");
        }
        if ui.button("Back to overview").clicked() {
            actions.push(Action::GoTo(Page::Overview));
        }
    });
    if let Some(e) = &state.health.store_error {
        ui.label(RichText::new(format!("History not saved: {e}")).color(widgets::AMBER));
    }
    let Some(report) = state.health.report.clone() else {
        ui.label("No check has finished yet.");
        return;
    };
    ui.label(format!(
        "Checked at {}, your connection: {}",
        local_time(state, report.checked_at),
        connectivity_label(report.connectivity.outcome).replace('_', " ")
    ));
    if let Some(c) = report.confirmation() {
        ui.label(RichText::new(c).strong());
    }
    ui.add_space(4.0);
    for p in &report.portals {
        portal_row_ui(state, ui, p);
        ui.add_space(4.0);
    }
    feeds_ui(ui, &report.feeds);
    ui.add_space(6.0);
    history_ui(state, ui);
}

fn portal_row_ui(state: &AppState, ui: &mut egui::Ui, p: &ProbeResult) {
    card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            traffic_light_ui(
                ui,
                severity_color(p.severity),
                &format!("{}: {}", p.name, severity_word(p.severity)),
            );
            ui.label(RichText::new(&p.name).strong());
            ui.label(RichText::new(p.outcome.as_str()).monospace().weak());
        });
        ui.label(&p.explanation);
        phase_bars_ui(ui, &p.phases_ms);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("Last checked {}", local_time(state, p.checked_at)))
                    .small()
                    .weak(),
            );
            if let Some(id) = &p.request_id {
                ui.label(
                    RichText::new(format!("Request id {id}"))
                        .small()
                        .monospace(),
                );
            }
            if let Some(c) = &p.certificate {
                ui.label(
                    RichText::new(format!(
                        "Certificate from {} ({} days left)",
                        c.issuer,
                        c.days_to_expiry.map_or("?".to_owned(), |d| d.to_string())
                    ))
                    .small()
                    .weak(),
                );
            }
        });
        // One id per portal: the same header text in every row would clash.
        egui::CollapsingHeader::new("Technical details")
            .id_salt(("technical", p.name.as_str(), p.url.as_str()))
            .show(ui, |ui| {
                ui.label(RichText::new(&p.technical).monospace().small());
                if ui.small_button("Copy").clicked() {
                    ui.ctx().copy_text(p.technical.clone());
                }
            });
    });
}

/// Horizontal bars, one per phase, to scale with the total.
fn phase_bars_ui(ui: &mut egui::Ui, t: &PhaseTimings) {
    let total = t.total.unwrap_or(0.0).max(1.0);
    let phases = [
        ("DNS", t.dns, widgets::BLUE),
        ("Connect", t.connect, widgets::GREEN),
        ("TLS", t.tls, widgets::AMBER),
        ("First byte", t.first_byte, Color32::from_rgb(140, 70, 170)),
        ("Total", t.total, widgets::GREY),
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

fn feeds_ui(ui: &mut egui::Ui, feeds: &[crate::services::health::FeedState]) {
    if feeds.is_empty() {
        return;
    }
    card_ui(ui, |ui| {
        ui.label(RichText::new("Provider status").strong());
        for f in feeds {
            match &f.error {
                Some(e) => {
                    ui.label(
                        RichText::new(format!("{}: could not be read ({e})", f.name))
                            .color(widgets::AMBER),
                    );
                }
                None if f.incidents.is_empty() => {
                    ui.label(format!("{}: no open incidents", f.name));
                }
                None => {
                    ui.label(format!(
                        "{}: {} open incident(s)",
                        f.name,
                        f.incidents.len()
                    ));
                    for i in &f.incidents {
                        let started = i.started.map_or(String::new(), |t| {
                            format!(" since {}", t.strftime("%d %b %H:%M UTC"))
                        });
                        let updated = i.last_update.map_or(String::new(), |t| {
                            format!(", updated {}", t.strftime("%d %b %H:%M UTC"))
                        });
                        ui.label(format!("-  {} ({:?}){started}{updated}", i.title, i.impact));
                        if let Some(link) = &i.link
                            && mfa_ready_core::policy::check_https(link, false).is_ok()
                        {
                            ui.hyperlink_to("Details", link);
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
    ui.label(RichText::new("History").strong());
    let available = rows.iter().filter(|r| r.is_healthy()).count() as f64 / rows.len() as f64;
    ui.label(format!(
        "Available in {:.0} % of {} checks since {}",
        available * 100.0,
        rows.len(),
        local_time(state, first)
    ));
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
                            .color(widgets::RED)
                            .radius(3.0),
                    );
                }
            }
        });
}
