//! The "Pending work" list: each queued job in a plain sentence with its countdown and
//! history, "Retry now" and "Cancel"; and the organisation's service card ("Sign in",
//! "Check what's registered", "Add a phone number"), showing only what the policy
//! connected, with one quiet line where nothing is. Phone numbers are masked everywhere
//! but the form.

use egui::RichText;
use mfa_ready_core::mask::{PhoneError, PhoneNumber};
use mfa_ready_core::queue::{JobState, PhoneType};
use mfa_ready_i18n::{FluentArgs, tr};

use crate::services::protocol::Command;

use super::jobs;
use super::state::{Action, AppState, Notice, Posted};
use super::widgets::{self, Tone, card_ui, heading_ui, set_accessible_label};

/// The "Add a phone number" form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneForm {
    pub number: String,
    pub phone_type: PhoneType,
    /// Why the number cannot be added (worded when drawn, in the window's language).
    pub error: Option<PhoneError>,
}

impl Default for PhoneForm {
    fn default() -> Self {
        Self {
            number: String::new(),
            phone_type: PhoneType::Mobile,
            error: None,
        }
    }
}

fn state_tone(s: JobState) -> Tone {
    match s {
        JobState::Succeeded => Tone::Good,
        JobState::Failed => Tone::Bad,
        JobState::Cancelled => Tone::Neutral,
        JobState::Pending | JobState::InFlight => Tone::Warn,
    }
}

fn id_arg(id: i64) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    a.set("id", id);
    a
}

/// The list: pending and recently finished jobs.
pub fn pending_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    if state.queue.jobs.is_empty() {
        return;
    }
    let tr = &state.tr;
    let now = state.clock.now();
    let mut retry = None;
    let mut cancel = None;
    let p = widgets::palette(ui);
    card_ui(ui, |ui| {
        heading_ui(ui, &tr!(tr, "pending-title"), 2);
        for pj in &state.queue.jobs {
            let job = &pj.job;
            ui.separator();
            ui.horizontal_wrapped(|ui| {
                widgets::pill_ui(
                    ui,
                    &tr!(tr, "pending-state", state = job.state.id()),
                    state_tone(job.state),
                );
                ui.label(jobs::sentence(tr, job, now));
            });
            if let Some(e) = &job.last_error
                && let Some(r) = &e.request_id
            {
                ui.label(
                    RichText::new(tr!(tr, "pending-reference", id = r.clone())).color(p.muted),
                );
            }
            ui.horizontal(|ui| {
                if job.state == JobState::Pending {
                    let b = ui.button(tr!(tr, "pending-retry"));
                    set_accessible_label(
                        ui,
                        &b,
                        &tr.attr("pending-retry", "label", Some(&id_arg(job.id))),
                    );
                    if b.clicked() {
                        retry = Some(job.id);
                    }
                }
                if job.state.is_open() {
                    let b = ui.button(tr!(tr, "pending-cancel"));
                    set_accessible_label(
                        ui,
                        &b,
                        &tr.attr("pending-cancel", "label", Some(&id_arg(job.id))),
                    );
                    if b.clicked() {
                        cancel = Some(job.id);
                    }
                }
            });
            egui::CollapsingHeader::new(tr!(tr, "pending-history"))
                .id_salt(("job-history", job.id))
                .show(ui, |ui| {
                    for h in &pj.history {
                        ui.label(
                            RichText::new(tr!(
                                tr,
                                "pending-history-line",
                                time =
                                    h.at.to_zoned(state.tz.clone())
                                        .strftime("%H:%M:%S")
                                        .to_string(),
                                state = tr!(tr, "pending-state", state = h.state.id()),
                                attempt = h.attempt,
                                detail = jobs::history_detail(tr, h, &state.tz)
                            ))
                            .small()
                            .monospace(),
                        );
                    }
                });
        }
    });
    ui.add_space(6.0);
    if let Some(id) = retry {
        actions.push(Action::Send(Command::RetryJob(id)));
    }
    if let Some(id) = cancel {
        actions.push(Action::CancelJob(id));
    }
}

/// The organisation's service: sign in, check what's registered, add a phone number.
/// Owns the phone form.
#[derive(Debug, Default)]
pub struct EnrollPanel {
    phone_form: PhoneForm,
}

impl EnrollPanel {
    pub fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &state.tr;
        let offer = state.service();
        let p = widgets::palette(ui);
        if !offer.any() {
            // Nothing to press that could work: say who can turn it on.
            ui.label(RichText::new(tr!(tr, "service-off")).color(p.muted));
            ui.add_space(6.0);
            return;
        }
        let form = &mut self.phone_form;
        card_ui(ui, |ui| {
            heading_ui(ui, &tr!(tr, "service-title"), 2);
            ui.horizontal_wrapped(|ui| {
                if offer.sign_in && ui.button(tr!(tr, "service-sign-in")).clicked() {
                    actions.push(Action::Send(Command::SignIn));
                }
                if offer.check && ui.button(tr!(tr, "service-check")).clicked() {
                    actions.push(Action::Send(Command::VerifyMethods));
                }
            });
            if !offer.add_phone {
                return;
            }
            ui.add_space(4.0);
            ui.label(tr!(tr, "service-add-phone"));
            ui.horizontal_wrapped(|ui| {
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut form.number)
                        .hint_text(RichText::new("+1 206 555 0100").color(p.muted))
                        .desired_width(180.0),
                );
                set_accessible_label(ui, &edit, &tr!(tr, "service-phone-number"));
                let combo = egui::ComboBox::from_id_salt("phone-type")
                    .selected_text(jobs::phone_type(tr, form.phone_type))
                    .show_ui(ui, |ui| {
                        for t in PhoneType::ALL {
                            ui.selectable_value(&mut form.phone_type, t, jobs::phone_type(tr, t));
                        }
                    });
                set_accessible_label(ui, &combo.response, &tr!(tr, "service-phone-type"));
                if ui.button(tr!(tr, "service-phone-add")).clicked() {
                    match PhoneNumber::parse(&form.number) {
                        Ok(_) => {
                            let number = std::mem::take(&mut form.number);
                            let phone_type = form.phone_type;
                            form.error = None;
                            actions.push(Action::Send(Command::EnrollPhone { number, phone_type }));
                        }
                        Err(e) => form.error = Some(e),
                    }
                }
            });
            if let Some(e) = &form.error {
                ui.label(RichText::new(jobs::phone_error(tr, e)).color(p.warn_text));
            }
        });
        ui.add_space(6.0);
    }
}

/// Adds a notice unless the same one is shown already.
pub fn push_notice(list: &mut Vec<Posted>, n: Notice, at: f64) {
    if !list.iter().any(|p| p.notice == n) {
        list.push(Posted { notice: n, at });
    }
}
