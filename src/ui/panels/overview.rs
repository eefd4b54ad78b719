//! Page 1: where you stand. The hero and the checklist first (they fit a 900×700
//! window without scrolling), then what helps: outage advice, pending work, the portals,
//! the organisation's service (only what it connected), the deadline tools, the
//! helpdesk.

use egui::RichText;
use mfa_ready_i18n::tr;

use crate::ui::pending::{self, EnrollPanel};
use crate::ui::reach::ReachPanel;
use crate::ui::readiness_words;
use crate::ui::state::{Action, AppState, Page};
use crate::ui::widgets::{self, card_ui, heading_ui};

use super::hero::{checklist_ui, hero_ui};
use crate::ui::panel::Panel;

/// The overview, with the panels it owns (the calendar's save-as field, the phone form).
#[derive(Default)]
pub struct OverviewPanel {
    reach: ReachPanel,
    enroll: EnrollPanel,
}

impl Panel for OverviewPanel {
    fn page(&self) -> Page {
        Page::Overview
    }

    fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(r) = state.readiness() else {
            return;
        };
        hero_ui(state, ui, &r);
        ui.add_space(6.0);
        checklist_ui(state, ui, &r, actions);
        ui.add_space(6.0);
        ReachPanel::advice_ui(state, ui);
        pending::pending_ui(state, ui, actions);
        crate::ui::health::overview_line_ui(state, ui, actions);
        ui.add_space(6.0);
        crate::ui::device::device_ui(state, ui, actions);
        self.enroll.ui(state, ui, actions);
        self.reach.ui(state, ui, actions);
        not_counted_ui(state, ui, &r);
        ui.add_space(6.0);
        super::summary::helpdesk_ui(state, ui, state.helpdesk(), actions);
    }
}

/// Registered methods that do not count, each with why, in the window's language.
fn not_counted_ui(state: &AppState, ui: &mut egui::Ui, r: &mfa_ready_core::readiness::Readiness) {
    if r.not_counted.is_empty() {
        return;
    }
    let Some(policy) = state.valid_policy() else {
        return;
    };
    let p = widgets::palette(ui);
    ui.add_space(6.0);
    card_ui(ui, |ui| {
        heading_ui(ui, &tr!(state.tr, "checklist-not-counted-title"), 3);
        for n in &r.not_counted {
            let why = readiness_words::not_counted(&state.tr, n, &policy.organization);
            ui.label(RichText::new(why).color(p.muted));
        }
    });
}
