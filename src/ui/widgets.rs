//! Small shared pieces: badges, cards, banners, colours that work in light and dark.

use egui::{Color32, CornerRadius, Margin, RichText, Stroke};

use mfa_ready_core::deadline::Urgency;
use mfa_ready_core::methods::Tier;
use mfa_ready_core::readiness::Verdict;

pub const GREEN: Color32 = Color32::from_rgb(30, 140, 70);
pub const AMBER: Color32 = Color32::from_rgb(200, 120, 0);
pub const RED: Color32 = Color32::from_rgb(200, 40, 40);
pub const BLUE: Color32 = Color32::from_rgb(40, 100, 190);
pub const GREY: Color32 = Color32::from_rgb(110, 110, 110);

/// "Tue 15 Dec 2026, 17:00 CET": a moment as the window shows it, in `tz`.
pub fn local_time(t: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> String {
    t.to_zoned(tz.clone())
        .strftime("%a %-d %b %Y, %H:%M %Z")
        .to_string()
}

pub fn verdict_color(v: Verdict) -> Color32 {
    match v {
        Verdict::Ready => GREEN,
        Verdict::NotReady => AMBER,
        Verdict::Overdue => RED,
    }
}

pub fn urgency_color(u: Urgency) -> Color32 {
    match u {
        Urgency::None => GREEN,
        Urgency::Low => BLUE,
        Urgency::Medium => AMBER,
        Urgency::High | Urgency::Passed => RED,
    }
}

pub fn tier_color(t: Tier) -> Color32 {
    match t {
        Tier::PhishingResistant => GREEN,
        Tier::Strong => BLUE,
        Tier::Weak => AMBER,
        Tier::RecoveryOnly => GREY,
    }
}

/// White text on a coloured pill.
pub fn pill_ui(ui: &mut egui::Ui, text: &str, fill: Color32) -> egui::Response {
    egui::Frame::new()
        .fill(fill)
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(Color32::WHITE).strong());
        })
        .response
}

/// The verdict as a badge; its accessible label is "Verdict: Ready" etc.
pub fn verdict_badge_ui(ui: &mut egui::Ui, v: Verdict) {
    pill_ui(ui, &format!("Verdict: {}", v.label()), verdict_color(v));
}

pub fn tier_badge_ui(ui: &mut egui::Ui, t: Tier) {
    pill_ui(ui, t.label(), tier_color(t));
}

/// A bordered card.
pub fn card_ui<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    egui::Frame::group(ui.style())
        .inner_margin(Margin::same(10))
        .corner_radius(CornerRadius::same(6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A coloured strip across the page for errors and notices.
pub fn banner_ui(ui: &mut egui::Ui, color: Color32, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .stroke(Stroke::new(1.5, color))
        .fill(color.gamma_multiply(0.12))
        .corner_radius(CornerRadius::same(6))
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(add);
        });
    ui.add_space(6.0);
}

/// Gives `response` an accessible name different from its visible text
/// (e.g. "Open setup page for Security key" on a card's "Open setup page").
pub fn set_accessible_label(ui: &egui::Ui, response: &egui::Response, label: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(label);
    });
}
