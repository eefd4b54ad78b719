//! The window's colours and text size: a light and a dark palette whose every text and
//! control colour meets WCAG 2 contrast on the background it is drawn on (4.5:1 for
//! text, 3:1 for large text and for the boundaries of controls), checked by the tests
//! below over every pair the window draws; the system's light/dark preference unless
//! the user chose one (View menu); text size from 100 % to 200 % (egui's zoom).

use egui::{Color32, Stroke, Visuals};

/// Light, dark, or what the system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [Self::System, Self::Light, Self::Dark];

    /// The setting's stored value.
    pub fn id(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }

    pub fn to_egui(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Text size: egui's zoom, 100 % to 200 % in steps of 10 %.
pub const ZOOM_MIN: f32 = 1.0;
pub const ZOOM_MAX: f32 = 2.0;
pub const ZOOM_STEP: f32 = 0.1;

/// The next text size up or down, kept within 100–200 %.
pub fn zoom_step(now: f32, up: bool) -> f32 {
    let next = if up { now + ZOOM_STEP } else { now - ZOOM_STEP };
    ((next * 10.0).round() / 10.0).clamp(ZOOM_MIN, ZOOM_MAX)
}

/// The colours one theme draws with. Every `*_text` is meant for text on `bg` and on
/// `card`; `*_fill` for badges, whose text is `on_fill`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub dark: bool,
    /// The page.
    pub bg: Color32,
    /// Cards and grouped boxes.
    pub card: Color32,
    /// Text fields.
    pub field: Color32,
    pub text: Color32,
    /// Secondary text (the footer, hints, notes): still 4.5:1.
    pub muted: Color32,
    pub good_text: Color32,
    pub warn_text: Color32,
    pub bad_text: Color32,
    pub info_text: Color32,
    pub good_fill: Color32,
    pub warn_fill: Color32,
    pub bad_fill: Color32,
    pub info_fill: Color32,
    pub neutral_fill: Color32,
    /// Text on every `*_fill`.
    pub on_fill: Color32,
    /// Borders of controls and cards (3:1 against `bg`).
    pub border: Color32,
    /// The keyboard focus ring (3:1 against `bg` and `card`).
    pub focus: Color32,
    /// Buttons at rest.
    pub button: Color32,
}

pub const DARK: Palette = Palette {
    dark: true,
    bg: Color32::from_rgb(27, 27, 27),
    card: Color32::from_rgb(36, 36, 36),
    field: Color32::from_rgb(16, 16, 16),
    text: Color32::from_rgb(226, 226, 226),
    muted: Color32::from_rgb(178, 178, 178),
    good_text: Color32::from_rgb(110, 210, 140),
    warn_text: Color32::from_rgb(245, 180, 80),
    bad_text: Color32::from_rgb(255, 135, 125),
    info_text: Color32::from_rgb(135, 180, 255),
    good_fill: Color32::from_rgb(110, 210, 140),
    warn_fill: Color32::from_rgb(245, 180, 80),
    bad_fill: Color32::from_rgb(255, 135, 125),
    info_fill: Color32::from_rgb(135, 180, 255),
    neutral_fill: Color32::from_rgb(190, 190, 190),
    on_fill: Color32::from_rgb(12, 12, 12),
    border: Color32::from_rgb(120, 120, 120),
    focus: Color32::from_rgb(135, 180, 255),
    button: Color32::from_rgb(60, 60, 60),
};

pub const LIGHT: Palette = Palette {
    dark: false,
    bg: Color32::from_rgb(248, 248, 248),
    card: Color32::from_rgb(255, 255, 255),
    field: Color32::from_rgb(255, 255, 255),
    text: Color32::from_rgb(24, 24, 24),
    muted: Color32::from_rgb(84, 84, 84),
    good_text: Color32::from_rgb(20, 110, 50),
    warn_text: Color32::from_rgb(166, 82, 0),
    bad_text: Color32::from_rgb(175, 25, 25),
    info_text: Color32::from_rgb(25, 80, 170),
    good_fill: Color32::from_rgb(20, 110, 50),
    warn_fill: Color32::from_rgb(166, 82, 0),
    bad_fill: Color32::from_rgb(175, 25, 25),
    info_fill: Color32::from_rgb(25, 80, 170),
    neutral_fill: Color32::from_rgb(90, 90, 90),
    on_fill: Color32::from_rgb(255, 255, 255),
    border: Color32::from_rgb(130, 130, 130),
    focus: Color32::from_rgb(25, 80, 170),
    button: Color32::from_rgb(226, 226, 226),
};

/// The palette for egui's current visuals.
pub fn palette(visuals: &Visuals) -> &'static Palette {
    if visuals.dark_mode { &DARK } else { &LIGHT }
}

/// egui's visuals with this palette's colours: text, weak text (hints, small notes),
/// fills, borders and the focus ring.
pub fn visuals(p: &Palette) -> Visuals {
    let mut v = if p.dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    v.override_text_color = Some(p.text);
    v.weak_text_color = Some(p.muted);
    v.panel_fill = p.bg;
    v.window_fill = p.card;
    v.faint_bg_color = p.card;
    v.extreme_bg_color = p.field;
    v.text_edit_bg_color = Some(p.field);
    v.hyperlink_color = p.info_text;
    v.warn_fg_color = p.warn_text;
    v.error_fg_color = p.bad_text;
    v.window_stroke = Stroke::new(1.0, p.border);
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, p.border);
    v.widgets.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    for w in [
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke = Stroke::new(1.5, p.text);
        w.bg_fill = p.button;
        w.weak_bg_fill = p.button;
    }
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, p.border);
    // Focus shows as a thick ring in the focus colour, visible on every control.
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, p.focus);
    v.selection.stroke = Stroke::new(2.0, p.focus);
    v.selection.bg_fill = if p.dark {
        Color32::from_rgb(40, 70, 120)
    } else {
        Color32::from_rgb(200, 220, 250)
    };
    v
}

/// WCAG 2 relative luminance of an sRGB colour.
pub fn luminance(c: Color32) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG 2 contrast ratio (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wcag_formula_gives_the_known_ratios() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #777 on white is the textbook 4.48:1.
        let grey = Color32::from_rgb(0x77, 0x77, 0x77);
        assert!((contrast(grey, Color32::WHITE) - 4.48).abs() < 0.01);
    }

    /// Every text colour on every background it is drawn on, in both themes: 4.5:1;
    /// badge text on badge fills: 4.5:1; borders and the focus ring: 3:1.
    #[test]
    fn every_pair_the_window_draws_meets_wcag_aa_in_both_themes() {
        for p in [&DARK, &LIGHT] {
            let name = if p.dark { "dark" } else { "light" };
            let mut failures = Vec::new();
            let mut check = |what: &str, fg: Color32, bg: Color32, min: f64| {
                let c = contrast(fg, bg);
                if c < min {
                    failures.push(format!("{name}: {what} {c:.2}:1 < {min}:1"));
                }
            };
            for (bg_name, bg) in [("page", p.bg), ("card", p.card)] {
                for (what, fg) in [
                    ("text", p.text),
                    ("muted", p.muted),
                    ("good", p.good_text),
                    ("warn", p.warn_text),
                    ("bad", p.bad_text),
                    ("info", p.info_text),
                ] {
                    check(&format!("{what} on {bg_name}"), fg, bg, 4.5);
                }
                check(&format!("border on {bg_name}"), p.border, bg, 3.0);
                check(&format!("focus on {bg_name}"), p.focus, bg, 3.0);
            }
            check("text on field", p.text, p.field, 4.5);
            check("hint on field", p.muted, p.field, 4.5);
            check("button text", p.text, p.button, 4.5);
            for (what, fill) in [
                ("good", p.good_fill),
                ("warn", p.warn_fill),
                ("bad", p.bad_fill),
                ("info", p.info_fill),
                ("neutral", p.neutral_fill),
            ] {
                check(&format!("badge text on {what}"), p.on_fill, fill, 4.5);
            }
            assert!(failures.is_empty(), "{}", failures.join("\n"));
        }
    }

    #[test]
    fn egui_visuals_take_the_palette() {
        for p in [&DARK, &LIGHT] {
            let v = visuals(p);
            assert_eq!(v.dark_mode, p.dark);
            assert_eq!(v.text_color(), p.text);
            assert_eq!(v.weak_text_color(), p.muted);
            assert_eq!(v.text_edit_bg_color(), p.field);
            assert_eq!(palette(&v), p);
        }
    }

    #[test]
    fn text_size_steps_stay_within_100_and_200_percent() {
        assert_eq!(zoom_step(1.0, false), 1.0);
        assert_eq!(zoom_step(1.0, true), 1.1);
        assert_eq!(zoom_step(1.95, true), 2.0);
        assert_eq!(zoom_step(2.0, true), 2.0);
        assert_eq!(zoom_step(1.5, false), 1.4);
    }
}
