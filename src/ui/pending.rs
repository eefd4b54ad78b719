//! The "Pending work" panel: each queued job in a plain sentence with its
//! countdown and history, "Retry now" and "Cancel"; the sign-in and "Add phone
//! now" actions; notices (done, failed, portal back). Phone numbers are masked
//! everywhere but the form.

use egui::RichText;

use crate::services::protocol::Command;
use mfa_ready_core::mask::PhoneNumber;
use mfa_ready_core::provider::Provider;
use mfa_ready_core::queue::{JobState, PhoneType};

use super::state::{Action, AppState, Notice};
use super::widgets::{self, card_ui, set_accessible_label};
use super::words;

/// The "Add phone now" form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneForm {
    pub number: String,
    pub phone_type: PhoneType,
    pub error: Option<String>,
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

/// Notices and the "portal is failing" offer, as banners.
pub fn notices_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let mut dismiss = None;
    let mut open = None;
    for (i, n) in state.notices.iter().enumerate() {
        widgets::banner_ui(ui, widgets::BLUE, |ui| {
            ui.label(RichText::new(words::notice(n)).strong());
            if let Some(url) = n.open()
                && ui.button("Open setup page").clicked()
            {
                open = Some(url.to_owned());
                dismiss = Some(i);
            }
            if ui.small_button("Dismiss").clicked() {
                dismiss = Some(i);
            }
        });
    }
    if let Some(url) = open {
        actions.push(Action::Send(Command::OpenUrl {
            url,
            reason: "portal back".to_owned(),
        }));
    }
    if let Some(i) = dismiss {
        actions.push(Action::DismissNotice(i));
    }
    let mut watch = false;
    let mut close = false;
    if let Some((portal, _, method)) = &state.portal_failing {
        widgets::banner_ui(ui, widgets::AMBER, |ui| {
            ui.label(words::portal_failing(portal, *method));
            watch = ui.button("Tell me when it's back").clicked();
            close = ui.small_button("Dismiss").clicked();
        });
    }
    if watch || close {
        actions.push(Action::AnswerPortalFailing { watch });
    }
}

/// The panel: pending and recently finished jobs.
pub fn pending_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    if state.queue.jobs.is_empty() {
        return;
    }
    let now = state.clock.now();
    let mut retry = None;
    let mut cancel = None;
    card_ui(ui, |ui| {
        ui.label(RichText::new("Pending work").strong().size(17.0));
        for pj in &state.queue.jobs {
            let job = &pj.job;
            ui.separator();
            let color = match job.state {
                JobState::Succeeded => widgets::GREEN,
                JobState::Failed => widgets::RED,
                JobState::Cancelled => widgets::GREY,
                JobState::Pending | JobState::InFlight => widgets::AMBER,
            };
            ui.horizontal_wrapped(|ui| {
                widgets::pill_ui(ui, job.state.id(), color);
                ui.label(job.sentence(now));
            });
            if let Some(e) = &job.last_error
                && let Some(r) = &e.request_id
            {
                ui.label(
                    RichText::new(format!("Reference for your helpdesk: {r}"))
                        .small()
                        .weak(),
                );
            }
            ui.horizontal(|ui| {
                if job.state == JobState::Pending {
                    let b = ui.button("Retry now");
                    set_accessible_label(ui, &b, &format!("Retry now job {}", job.id));
                    if b.clicked() {
                        retry = Some(job.id);
                    }
                }
                if job.state.is_open() {
                    let b = ui.button("Cancel");
                    set_accessible_label(ui, &b, &format!("Cancel job {}", job.id));
                    if b.clicked() {
                        cancel = Some(job.id);
                    }
                }
            });
            egui::CollapsingHeader::new("History")
                .id_salt(("job-history", job.id))
                .show(ui, |ui| {
                    for h in &pj.history {
                        ui.label(
                            RichText::new(format!(
                                "{}  {}  attempt {}  {}",
                                h.at.to_zoned(state.tz.clone()).strftime("%H:%M:%S"),
                                h.state.id(),
                                h.attempt,
                                h.detail
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

/// "Sign in to check what's registered" and "Add phone now"; owns the form it shows.
#[derive(Debug, Default)]
pub struct EnrollPanel {
    phone_form: PhoneForm,
}

impl EnrollPanel {
    pub fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        enroll_actions_ui(&mut self.phone_form, state, ui, actions);
    }
}

fn enroll_actions_ui(
    form: &mut PhoneForm,
    state: &AppState,
    ui: &mut egui::Ui,
    actions: &mut Vec<Action>,
) {
    let Some(provider) = state.valid_policy().map(|p| p.provider) else {
        return;
    };
    let has_api = match provider {
        Provider::Entra => true,
        Provider::Custom => state
            .valid_policy()
            .is_some_and(|p| p.enrollment_api.is_some()),
        _ => false,
    };
    if !has_api {
        return;
    }
    // Signing in needs the organisation's app registration: without one the button
    // could only fail.
    let can_sign_in = provider == Provider::Entra
        && state
            .valid_policy()
            .is_some_and(|p| p.graph.client_id.is_some());
    ui.add_space(6.0);
    card_ui(ui, |ui| {
        ui.label(RichText::new("Check and add with your organisation's service").strong());
        ui.horizontal_wrapped(|ui| {
            if can_sign_in && ui.button("Sign in to check what's registered").clicked() {
                actions.push(Action::Send(Command::SignIn));
            }
            if ui.button("Check now").clicked() {
                actions.push(Action::Send(Command::VerifyMethods));
            }
        });
        ui.add_space(4.0);
        ui.label("Add phone now");
        ui.horizontal_wrapped(|ui| {
            let edit = ui.add(
                egui::TextEdit::singleline(&mut form.number)
                    .hint_text("+1 206 555 0100")
                    .desired_width(180.0),
            );
            set_accessible_label(ui, &edit, "Phone number");
            let combo = egui::ComboBox::from_id_salt("phone-type")
                .selected_text(form.phone_type.label())
                .show_ui(ui, |ui| {
                    for t in PhoneType::ALL {
                        ui.selectable_value(&mut form.phone_type, t, t.label());
                    }
                });
            set_accessible_label(ui, &combo.response, "Phone type");
            if ui.button("Add phone").clicked() {
                match PhoneNumber::parse(&form.number) {
                    Ok(_) => {
                        let number = std::mem::take(&mut form.number);
                        let phone_type = form.phone_type;
                        form.error = None;
                        actions.push(Action::Send(Command::EnrollPhone { number, phone_type }));
                    }
                    Err(e) => form.error = Some(e.to_string()),
                }
            }
        });
        if let Some(e) = &form.error {
            ui.label(RichText::new(e).color(widgets::AMBER));
        }
    });
}

/// Adds a notice unless the same one is shown already.
pub fn push_notice(list: &mut Vec<Notice>, n: Notice) {
    if !list.contains(&n) {
        list.push(n);
    }
}
