//! Deadlines that reach people, on the overview: outage-aware advice, "Add to
//! calendar", "Remind me at login", "Book a helpdesk slot" and "Share with
//! helpdesk". Owns the calendar's save-as field.

use egui::RichText;

use crate::services::protocol::Command;
use crate::services::protocol::SavedFile;
use mfa_ready_core::advice::{self, OutageInput};
use mfa_ready_core::ics;
use mfa_ready_core::readiness::Verdict;

use super::state::{Action, AppState};
use super::widgets::{self, card_ui};
use mfa_ready_i18n::tr;

/// The calendar's save-as field.
#[derive(Default)]
pub struct ReachPanel {
    calendar_open: bool,
    calendar_path: String,
}

/// The outage advice in the window's language, when a portal is failing and the
/// deadline is close.
pub fn outage_advice(state: &AppState) -> Option<String> {
    let policy = state.valid_policy()?;
    let r = state.readiness()?;
    let (portal, since) = advice::failing_portal(&state.health.history)?;
    let facts = advice::outage_advice(&OutageInput {
        portal,
        failing_since: since,
        deadline: r.deadline.map(|d| d.at),
        ready: r.verdict == Verdict::Ready,
        helpdesk: policy.helpdesk.as_ref(),
        now: state.clock.now(),
    })?;
    Some(super::readiness_words::outage(&state.tr, &facts))
}

impl ReachPanel {
    /// The advice banner (above the overview), when there is one.
    pub fn advice_ui(state: &AppState, ui: &mut egui::Ui) {
        if let Some(text) = outage_advice(state) {
            widgets::banner_ui(ui, widgets::Tone::Bad, |ui| {
                ui.label(RichText::new(text).strong());
            });
        }
    }

    /// The card of tools under the overview.
    pub fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(policy) = state.valid_policy() else {
            return;
        };
        let tr = &state.tr;
        let deadline = state.readiness().and_then(|r| r.deadline);
        card_ui(ui, |ui| {
            widgets::heading_ui(ui, &tr!(tr, "tools-title"), 2);
            ui.horizontal_wrapped(|ui| {
                if deadline.is_some() && ui.button(tr!(tr, "tools-calendar")).clicked() {
                    self.calendar_open = !self.calendar_open;
                    if self.calendar_path.is_empty() {
                        self.calendar_path = default_calendar_path();
                    }
                }
                if let Some(on) = state.autostart {
                    let mut v = on;
                    let r = ui.checkbox(&mut v, tr!(tr, "tools-remind"));
                    if r.changed() {
                        actions.push(Action::SetAutostart(v));
                    }
                }
                if let Some(url) = policy.helpdesk.as_ref().and_then(|h| h.booking_url.clone())
                    && ui.button(tr!(tr, "tools-book")).clicked()
                {
                    actions.push(Action::Send(Command::OpenUrl {
                        url,
                        reason: "book a helpdesk slot".to_owned(),
                    }));
                }
                if ui.button(tr!(tr, "tools-share")).clicked() {
                    actions.push(Action::OpenShare);
                }
            });
            if self.calendar_open
                && let Some(d) = deadline
            {
                ui.horizontal(|ui| {
                    ui.label(tr!(tr, "tools-calendar-save-as"));
                    let field = ui.add(
                        egui::TextEdit::singleline(&mut self.calendar_path).desired_width(320.0),
                    );
                    widgets::set_accessible_label(
                        ui,
                        &field,
                        &tr!(tr, "tools-calendar-save-as-label"),
                    );
                    if ui.button(tr!(tr, "tools-calendar-save")).clicked()
                        && !self.calendar_path.trim().is_empty()
                    {
                        let text =
                            ics::policy_calendar(tr, policy, d.at, &state.tz, state.clock.now());
                        actions.push(Action::Send(Command::SaveFile {
                            path: std::path::PathBuf::from(self.calendar_path.trim()),
                            contents: text,
                            what: SavedFile::Calendar,
                        }));
                        self.calendar_open = false;
                    }
                });
            }
        });
        ui.add_space(6.0);
    }
}

fn default_calendar_path() -> String {
    let name = "mfa-setup-deadline.ics";
    crate::services::files::save_folder()
        .map_or_else(|| name.to_owned(), |d| d.join(name).display().to_string())
}
