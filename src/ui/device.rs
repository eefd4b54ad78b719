//! "This computer": the checks the organisation requires (and the others, for
//! information), what to do about each in this OS's words with a way to its settings,
//! and which method can be set up here now. Read again when the window gains focus and
//! on "Check again".

use egui::RichText;
use mfa_ready_core::device::{DeviceSummary, Preflight, Status, settings_link};
use mfa_ready_i18n::tr;

use super::names;
use super::state::{Action, AppState};
use super::widgets::{self, Tone, card_ui, heading_ui};

/// Red for what keeps the verdict from ready; amber for a check nobody requires (advice)
/// or one required but not read; grey for what nobody asked and nobody could read.
fn tone(s: Status, required: bool, blocking: bool) -> Tone {
    match s {
        Status::Pass => Tone::Good,
        _ if blocking => Tone::Bad,
        Status::Fail => Tone::Warn,
        Status::Unknown if required => Tone::Warn,
        Status::Unknown => Tone::Neutral,
    }
}

/// The section; nothing until the computer was first read.
pub fn device_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let (Some(s), Some(policy)) = (state.device_summary(), state.valid_policy()) else {
        return;
    };
    let tr = &state.tr;
    let p = widgets::palette(ui);
    let org = policy.organization.as_str();
    card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            heading_ui(ui, &tr!(tr, "device-title"), 2);
            ui.label(RichText::new(tr!(tr, "device-os", os = s.os.as_str())).color(p.muted));
        });
        if s.checks.iter().any(|c| c.required) {
            let verdict = if s.meets_policy {
                tr!(tr, "device-meets", org = org)
            } else {
                tr!(tr, "device-does-not-meet", org = org)
            };
            ui.label(RichText::new(verdict).strong());
            if s.checks
                .iter()
                .any(|c| c.required && !c.blocking && c.status == Status::Unknown)
            {
                ui.label(RichText::new(tr!(tr, "device-warn-unknown")).color(p.muted));
            }
        }
        for c in &s.checks {
            ui.separator();
            ui.horizontal_wrapped(|ui| {
                widgets::pill_ui(
                    ui,
                    &names::device_status(tr, c.status),
                    tone(c.status, c.required, c.blocking),
                );
                ui.label(RichText::new(names::device_check(tr, c.id)).strong());
                let req = if c.required {
                    tr!(tr, "device-required", org = org)
                } else {
                    tr!(tr, "device-not-required")
                };
                ui.label(RichText::new(req).color(p.muted));
            });
            if let Some(fix) = c.fix {
                ui.label(names::device_fix(tr, fix, s.platform));
                if c.status == Status::Fail
                    && settings_link(c.id, s.platform).is_some()
                    && ui
                        .push_id(("settings", c.id.id()), |ui| {
                            ui.button(tr!(tr, "device-open-settings"))
                        })
                        .inner
                        .clicked()
                {
                    actions.push(Action::OpenSettings(c.id));
                }
            }
            egui::CollapsingHeader::new(tr!(tr, "device-details"))
                .id_salt(("device-evidence", c.id.id()))
                .show(ui, |ui| {
                    ui.label(RichText::new(&c.evidence).monospace().small());
                });
        }
        ui.separator();
        preflight_ui(state, ui, &s);
        if ui.button(tr!(tr, "device-check-again")).clicked() {
            actions.push(Action::CheckDevice);
        }
    });
}

/// Each method the policy allows that this computer decides: ready, or why not.
fn preflight_ui(state: &AppState, ui: &mut egui::Ui, s: &DeviceSummary) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    heading_ui(ui, &tr!(tr, "device-preflight-title"), 3);
    for e in s.preflight.iter().filter(|e| e.method.decided_by_device()) {
        ui.horizontal_wrapped(|ui| {
            let (text, tone) = match e.preflight {
                Preflight::Ready => (tr!(tr, "device-preflight-ready"), Tone::Good),
                Preflight::Unknown => (tr!(tr, "device-preflight-unknown"), Tone::Neutral),
                Preflight::Blocked(b) => (names::device_blocker(tr, b), Tone::Warn),
            };
            ui.label(RichText::new(names::method(tr, e.method)).strong());
            ui.label(RichText::new(text).color(tone.text(p)));
        });
    }
}
