//! Deadlines that reach people, on the overview: outage-aware advice, "Add to
//! calendar", "Remind me at login", "Book a helpdesk slot" and "Share with
//! helpdesk". Owns the calendar's save-as field.

use egui::RichText;

use crate::services::runtime::Command;
use mfa_ready_core::advice::{self, OutageInput};
use mfa_ready_core::fault::Outcome;
use mfa_ready_core::ics;
use mfa_ready_core::readiness::Verdict;
use mfa_ready_core::report::probe_blocked;

use super::state::{Action, AppState};
use super::widgets::{self, card_ui};

/// The calendar's save-as field.
#[derive(Default)]
pub struct ReachPanel {
    calendar_open: bool,
    calendar_path: String,
}

/// The outage sentence, when a portal is failing and the deadline is close.
pub fn outage_advice(state: &AppState) -> Option<String> {
    let policy = state.valid_policy()?;
    let r = state.readiness()?;
    let (portal, since) = failing_portal(state)?;
    let contact = policy.helpdesk.as_ref().map(|h| h.contact_sentence());
    advice::outage_advice(&OutageInput {
        portal: &portal,
        failing_since: since,
        deadline: r.deadline.map(|d| d.at),
        ready: r.verdict == Verdict::Ready,
        helpdesk: contact.as_deref(),
        now: state.clock.now(),
    })
}

/// The first portal whose latest probes are failing (5xx, 429, timeouts), and
/// the first probe of that run of failures.
fn failing_portal(state: &AppState) -> Option<(String, jiff::Timestamp)> {
    let history = &state.health.history;
    let mut names: Vec<&str> = history.iter().map(|p| p.portal.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        let rows: Vec<_> = history.iter().filter(|p| p.portal == name).collect();
        let failing = |p: &&crate::services::store::ProbeRow| {
            probe_blocked(
                Outcome::from_id(&p.outcome),
                p.http_status,
                p.timed_out_phase.is_some(),
            )
        };
        if !rows.last().is_some_and(failing) {
            continue;
        }
        let since = rows
            .iter()
            .rev()
            .take_while(|p| failing(p))
            .last()
            .map(|p| p.at)?;
        return Some((name.to_owned(), since));
    }
    None
}

impl ReachPanel {
    /// The advice banner (above the overview), when there is one.
    pub fn advice_ui(state: &AppState, ui: &mut egui::Ui) {
        if let Some(text) = outage_advice(state) {
            widgets::banner_ui(ui, widgets::RED, |ui| {
                ui.label(RichText::new(text).strong());
            });
            ui.add_space(6.0);
        }
    }

    /// The card of tools under the overview.
    pub fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(policy) = state.valid_policy() else {
            return;
        };
        let deadline = state.readiness().and_then(|r| r.deadline);
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            ui.label(RichText::new("Don't miss your deadline").strong());
            ui.horizontal_wrapped(|ui| {
                if deadline.is_some() && ui.button("Add to calendar").clicked() {
                    self.calendar_open = !self.calendar_open;
                    if self.calendar_path.is_empty() {
                        self.calendar_path = default_calendar_path();
                    }
                }
                if let Some(on) = state.autostart {
                    let mut v = on;
                    let r = ui.checkbox(&mut v, "Remind me at login");
                    if r.changed() {
                        actions.push(Action::SetAutostart(v));
                    }
                }
                if let Some(url) = policy.helpdesk.as_ref().and_then(|h| h.booking_url.clone())
                    && ui.button("Book a helpdesk slot").clicked()
                {
                    actions.push(Action::Send(Command::OpenUrl {
                        url,
                        reason: "book a helpdesk slot".to_owned(),
                    }));
                }
                if ui.button("Share with helpdesk…").clicked() {
                    actions.push(Action::OpenShare);
                }
            });
            if self.calendar_open
                && let Some(d) = deadline
            {
                ui.horizontal(|ui| {
                    ui.label("Save the .ics file as:");
                    let field = ui.add(
                        egui::TextEdit::singleline(&mut self.calendar_path).desired_width(320.0),
                    );
                    widgets::set_accessible_label(ui, &field, "Save calendar file as");
                    if ui.button("Save").clicked() && !self.calendar_path.trim().is_empty() {
                        let text = ics::policy_calendar(policy, d.at, state.clock.now());
                        actions.push(Action::Send(Command::SaveFile {
                            path: std::path::PathBuf::from(self.calendar_path.trim()),
                            contents: text,
                            what: "the calendar file".to_owned(),
                        }));
                        self.calendar_open = false;
                    }
                });
            }
        });
    }
}

fn default_calendar_path() -> String {
    let name = "mfa-setup-deadline.ics";
    super::share::save_folder()
        .map_or_else(|| name.to_owned(), |d| d.join(name).display().to_string())
}
