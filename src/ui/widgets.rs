//! Small shared pieces: tones and badges in the theme's checked colours, cards, headings
//! and live regions for screen readers, accessible labels, the state icons.

use egui::accesskit::{Live, Role};
use egui::{Color32, CornerRadius, Margin, RichText, Stroke};

use mfa_ready_core::deadline::Urgency;
use mfa_ready_core::methods::Tier;
use mfa_ready_core::readiness::Verdict;

use super::theme::{self, Palette};

/// The palette of the theme in use.
pub fn palette(ui: &egui::Ui) -> &'static Palette {
    theme::palette(ui.visuals())
}

/// What a colour means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Warn,
    Bad,
    Info,
    Neutral,
}

impl Tone {
    /// For text on the page or a card.
    pub fn text(self, p: &Palette) -> Color32 {
        match self {
            Self::Good => p.good_text,
            Self::Warn => p.warn_text,
            Self::Bad => p.bad_text,
            Self::Info => p.info_text,
            Self::Neutral => p.muted,
        }
    }

    /// For a badge's or an icon's fill (text on it is `p.on_fill`).
    pub fn fill(self, p: &Palette) -> Color32 {
        match self {
            Self::Good => p.good_fill,
            Self::Warn => p.warn_fill,
            Self::Bad => p.bad_fill,
            Self::Info => p.info_fill,
            Self::Neutral => p.neutral_fill,
        }
    }
}

pub fn verdict_tone(v: Verdict) -> Tone {
    match v {
        Verdict::Ready => Tone::Good,
        Verdict::NotReady => Tone::Warn,
        Verdict::Overdue => Tone::Bad,
    }
}

pub fn urgency_tone(u: Urgency) -> Tone {
    match u {
        Urgency::None => Tone::Good,
        Urgency::Low => Tone::Info,
        Urgency::Medium => Tone::Warn,
        Urgency::High | Urgency::Passed => Tone::Bad,
    }
}

pub fn tier_tone(t: Tier) -> Tone {
    match t {
        Tier::PhishingResistant => Tone::Good,
        Tier::Strong => Tone::Info,
        Tier::Weak => Tone::Warn,
        Tier::RecoveryOnly => Tone::Neutral,
    }
}

/// Text on a coloured pill (contrast checked for every tone, both themes).
pub fn pill_ui(ui: &mut egui::Ui, text: &str, tone: Tone) -> egui::Response {
    let p = palette(ui);
    egui::Frame::new()
        .fill(tone.fill(p))
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(RichText::new(text).color(p.on_fill).strong());
        })
        .response
}

pub fn tier_badge_ui(ui: &mut egui::Ui, tr: &mfa_ready_i18n::Catalog, t: Tier) {
    pill_ui(ui, &super::names::tier(tr, t), tier_tone(t));
}

/// A bordered card.
pub fn card_ui<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let p = palette(ui);
    egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(1.0, p.border))
        .inner_margin(Margin::same(10))
        .corner_radius(CornerRadius::same(6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// A coloured strip inside a page (the outage advice): a border and a light fill in the
/// tone, the text in the tone's text colour on the card.
pub fn banner_ui(ui: &mut egui::Ui, tone: Tone, add: impl FnOnce(&mut egui::Ui)) {
    let p = palette(ui);
    egui::Frame::new()
        .stroke(Stroke::new(1.5, tone.fill(p)))
        .fill(p.card)
        .corner_radius(CornerRadius::same(6))
        .inner_margin(Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(add);
        });
    ui.add_space(6.0);
}

/// A section title: larger, and a heading for screen readers (AccessKit `Heading` with
/// its level), so a screen-reader user can jump from section to section.
pub fn heading_ui(ui: &mut egui::Ui, text: &str, level: usize) -> egui::Response {
    let size = match level {
        1 => 22.0,
        2 => 18.0,
        _ => 16.0,
    };
    let r = ui.label(RichText::new(text).strong().size(size));
    make_heading(ui, &r, text, level);
    r
}

/// Turns a label into a heading of `level` for screen readers. A heading's text is its
/// name (egui gives a plain label's text as its value).
pub fn make_heading(ui: &egui::Ui, response: &egui::Response, text: &str, level: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        node.set_label(text);
        node.clear_value();
    });
}

/// Marks a label showing `text` as a polite live region: a screen reader announces its
/// new text when it changes (the verdict going from "Not ready" to "Ready"). The text is
/// also its name, which is what AccessKit watches.
pub fn live_region(ui: &egui::Ui, response: &egui::Response, text: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_live(Live::Polite);
        node.set_label(text);
    });
}

/// Gives `response` an accessible name different from its visible text
/// (e.g. "Open setup page for Security key" on a card's "Open setup page").
pub fn set_accessible_label(ui: &egui::Ui, response: &egui::Response, label: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(label);
    });
}

/// The hero's state icon, drawn (egui's fonts have no check mark): a filled circle with
/// a tick (ready), an exclamation mark (not ready) or a clock (overdue).
pub fn state_icon_ui(ui: &mut egui::Ui, verdict: Verdict, size: f32) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    // Decorative: the sentence beside it says the same, so screen readers skip it.
    let p = palette(ui);
    let fill = verdict_tone(verdict).fill(p);
    let ink = Stroke::new(size * 0.1, p.on_fill);
    let painter = ui.painter_at(rect);
    let c = rect.center();
    let r = size * 0.5;
    painter.circle_filled(c, r, fill);
    let at = |x: f32, y: f32| egui::pos2(c.x + x * r, c.y + y * r);
    match verdict {
        Verdict::Ready => {
            painter.line_segment([at(-0.45, 0.0), at(-0.12, 0.35)], ink);
            painter.line_segment([at(-0.12, 0.35), at(0.48, -0.35)], ink);
        }
        Verdict::NotReady => {
            painter.line_segment([at(0.0, -0.5), at(0.0, 0.15)], ink);
            painter.circle_filled(at(0.0, 0.45), size * 0.07, p.on_fill);
        }
        Verdict::Overdue => {
            painter.circle_stroke(c, r * 0.62, ink);
            painter.line_segment([c, at(0.0, -0.42)], ink);
            painter.line_segment([c, at(0.3, 0.12)], ink);
        }
    }
    response
}
