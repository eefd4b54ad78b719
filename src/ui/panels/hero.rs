//! The top of the overview, in the spirit of Google's Security Checkup: one large state
//! (icon, colour, a sentence that screen readers announce when it changes), progress
//! towards ready, and the checklist of what is left, each item with its one action.
//! Ready is said quietly: a tick, "You're ready", and what the user has.

use egui::RichText;
use mfa_ready_core::deadline::DeadlineSource;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::readiness::GapKind;
use mfa_ready_core::readiness::{Readiness, Verdict};
use mfa_ready_i18n::{Catalog, tr};

use crate::ui::state::{Action, AppState, Page};
use crate::ui::widgets::{self, Tone, card_ui, heading_ui};

/// The state's sentence: "You're ready", "2 things left before Friday 15 December",
/// "Overdue: your organisation's deadline passed 3 days ago".
pub fn hero_sentence(tr: &Catalog, r: &Readiness, state: &AppState) -> String {
    match r.verdict {
        Verdict::Ready => tr!(tr, "hero-ready"),
        Verdict::Overdue => {
            let days = r
                .time_left
                .map_or(0, |left| (-left.as_secs()).max(0) / 86_400);
            match r.deadline.map(|d| d.source) {
                Some(DeadlineSource::Personal) => tr!(tr, "hero-overdue-personal", days = days),
                _ => tr!(tr, "hero-overdue", days = days),
            }
        }
        Verdict::NotReady => {
            let count = r.things_left().max(1);
            match r.deadline {
                Some(d) => tr!(tr, "hero-left", count = count, date = day(state, d.at)),
                None => tr!(tr, "hero-left-no-deadline", count = count),
            }
        }
    }
}

/// "Friday 15 December" in the user's time zone.
fn day(state: &AppState, t: jiff::Timestamp) -> String {
    state.tr.day(&t.to_zoned(state.tz.clone()))
}

/// The hero card.
pub fn hero_ui(state: &AppState, ui: &mut egui::Ui, r: &Readiness) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    let tone = widgets::verdict_tone(r.verdict);
    card_ui(ui, |ui| {
        ui.horizontal(|ui| {
            widgets::state_icon_ui(ui, r.verdict, 52.0);
            ui.add_space(8.0);
            ui.vertical(|ui| {
                let sentence = hero_sentence(tr, r, state);
                let big = ui.label(
                    RichText::new(&sentence)
                        .size(24.0)
                        .strong()
                        .color(tone.text(p)),
                );
                widgets::make_heading(ui, &big, &sentence, 2);
                widgets::live_region(ui, &big, &sentence);
                let detail = match r.verdict {
                    Verdict::Ready => tr!(tr, "hero-ready-detail"),
                    Verdict::NotReady => tr!(tr, "hero-not-ready-detail"),
                    Verdict::Overdue => tr!(tr, "hero-overdue-detail"),
                };
                ui.label(detail);
                deadline_line_ui(state, ui, r);
            });
        });
        ui.add_space(6.0);
        progress_ui(tr, ui, r);
    });
}

fn deadline_line_ui(state: &AppState, ui: &mut egui::Ui, r: &Readiness) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    let Some(d) = r.deadline else {
        if r.verdict != Verdict::Ready {
            ui.label(RichText::new(tr!(tr, "hero-no-deadline")).color(p.muted));
        }
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr!(tr, "hero-deadline", date = state.local_time(d.at))).color(p.muted),
        );
        if r.verdict == Verdict::NotReady
            && let Some(left) = r.time_left
        {
            ui.label(
                RichText::new(crate::ui::names::time_left(tr, left))
                    .strong()
                    .color(widgets::urgency_tone(r.urgency).text(p)),
            );
        }
    });
    if d.source == DeadlineSource::Personal && r.verdict == Verdict::NotReady {
        ui.label(RichText::new(tr!(tr, "hero-personal-deadline")).color(p.muted));
    }
}

/// The bar towards ready, its text the counts, its accessible name the percentage.
fn progress_ui(tr: &Catalog, ui: &mut egui::Ui, r: &Readiness) {
    let text = if r.required_phishing_resistant > 0 {
        tr!(
            tr,
            "progress-methods-pr",
            have = r.counted,
            need = r.required,
            pr_have = r.phishing_resistant,
            pr_need = r.required_phishing_resistant
        )
    } else {
        tr!(tr, "progress-methods", have = r.counted, need = r.required)
    };
    let fraction = r.progress.fraction();
    let p = widgets::palette(ui);
    // The counts beside the bar, not on it: text over the coloured fill would not read.
    let bar = ui.add(
        egui::ProgressBar::new(fraction)
            .fill(widgets::verdict_tone(r.verdict).fill(p))
            .desired_height(10.0),
    );
    // The track's edge, so the part still to go is visible on a light card too.
    ui.painter().rect_stroke(
        bar.rect,
        egui::CornerRadius::same(5),
        egui::Stroke::new(1.0, p.border),
        egui::StrokeKind::Inside,
    );
    ui.label(RichText::new(&text).color(p.muted));
    let percent = (fraction * 100.0).round() as u32;
    let label = format!("{} {text}", tr!(tr, "progress-label", percent = percent));
    ui.ctx().accesskit_node_builder(bar.id, |node| {
        node.set_role(egui::accesskit::Role::ProgressIndicator);
        node.set_label(label);
        node.set_numeric_value(f64::from(fraction) * 100.0);
        node.set_min_numeric_value(0.0);
        node.set_max_numeric_value(100.0);
    });
}

/// The checklist: what is left, each with its action; or, when ready, what the user has.
pub fn checklist_ui(state: &AppState, ui: &mut egui::Ui, r: &Readiness, actions: &mut Vec<Action>) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    card_ui(ui, |ui| {
        if r.verdict == Verdict::Ready {
            heading_ui(ui, &tr!(tr, "checklist-done-title"), 2);
            for reg in &state.registrations {
                if r.not_counted.iter().any(|n| n.kind == reg.kind) {
                    continue;
                }
                ui.label(tr!(
                    tr,
                    "checklist-have",
                    method = crate::ui::names::method(tr, reg.kind),
                    device = crate::ui::names::device(tr, reg.kind.device())
                ));
            }
            return;
        }
        heading_ui(ui, &tr!(tr, "checklist-title"), 2);
        for (i, t) in r.to_do.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                let (dot, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().circle_stroke(
                    dot.center(),
                    4.5,
                    egui::Stroke::new(1.5, Tone::Warn.text(p)),
                );
                let item = crate::ui::names::to_do(tr, t);
                ui.label(&item);
                // No method makes this computer meet the policy: This computer, below,
                // says what to do.
                if t.gap != GapKind::Device {
                    action_ui(tr, ui, i, t.method, &item, actions);
                }
            });
        }
        let methods_left: Vec<_> = r
            .to_do
            .iter()
            .filter(|t| t.gap != GapKind::Device)
            .collect();
        if !methods_left.is_empty() && methods_left.iter().all(|t| t.method.is_none()) {
            ui.label(RichText::new(tr!(tr, "checklist-nothing-here")).color(p.warn_text));
        }
        // Why the step chosen is not a stronger one: what this computer lacks for it.
        for (kind, blocker) in r.next_step.iter().flat_map(|n| &n.skipped) {
            ui.label(
                RichText::new(tr!(
                    tr,
                    "checklist-skipped",
                    method = crate::ui::names::method(tr, *kind),
                    why = crate::ui::names::device_blocker(tr, *blocker)
                ))
                .color(p.muted),
            );
        }
    });
}

/// The item's one action: set up the method that closes it, or choose one.
fn action_ui(
    tr: &Catalog,
    ui: &mut egui::Ui,
    index: usize,
    method: Option<MethodKind>,
    item: &str,
    actions: &mut Vec<Action>,
) {
    let (text, target) = match method {
        Some(m) => (
            tr!(
                tr,
                "checklist-set-up",
                method = crate::ui::names::method(tr, m)
            ),
            Some(m),
        ),
        None => (tr!(tr, "checklist-choose"), None),
    };
    let b = ui.push_id(("to-do", index), |ui| ui.button(text)).inner;
    // Two items may offer the same method: the name says which item it is for.
    if let Some(m) = method {
        let mut args = mfa_ready_i18n::FluentArgs::new();
        args.set("method", crate::ui::names::method(tr, m));
        args.set("item", item.to_owned());
        widgets::set_accessible_label(ui, &b, &tr.attr("checklist-set-up", "label", Some(&args)));
    }
    if b.clicked() {
        if let Some(m) = target {
            actions.push(Action::FocusMethod(m));
        }
        actions.push(Action::GoTo(Page::Methods));
    }
}
