//! The wizard's three pages and the helpdesk card.

use egui::RichText;

use crate::services::protocol::Command;
use mfa_ready_core::deadline::{self, Urgency};
use mfa_ready_core::methods::{MethodKind, Os};
use mfa_ready_core::policy::{Helpdesk, check_https};
use mfa_ready_core::readiness::{self, Readiness, Source};

use super::state::{Action, AppState, Page};
use super::widgets::{self, card_ui, set_accessible_label};

/// Page 1: where you stand.
pub fn overview_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(r) = state.readiness() else {
        return;
    };
    let Some(policy) = state.valid_policy().cloned() else {
        return;
    };

    card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            widgets::verdict_badge_ui(ui, r.verdict);
            let line = match r.verdict {
                mfa_ready_core::readiness::Verdict::Ready => {
                    "You can still sign in if you lose one method.".to_owned()
                }
                _ => "You are not protected against losing a method yet.".to_owned(),
            };
            ui.label(line);
        });
        ui.add_space(6.0);
        ui.label(
            RichText::new(readiness::methods_count(r.counted, r.required))
                .size(22.0)
                .strong(),
        );
        if let Some(count) =
            readiness::phishing_resistant_count(r.phishing_resistant, r.required_phishing_resistant)
        {
            ui.label(count);
        }
        ui.add_space(4.0);
        deadline_ui(state, ui, &r);
    });

    ui.add_space(6.0);
    super::health::overview_line_ui(state, ui, actions);

    if !r.gaps.is_empty() {
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            ui.label(RichText::new("What's missing").strong());
            for gap in &r.gaps {
                ui.label(format!("•  {}", gap.message));
            }
        });
    }

    if let Some(next) = &r.next_step {
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            ui.label(RichText::new("Your next step").strong());
            ui.label(&next.reason);
            let kind = next.method;
            if ui.button(format!("Set up {}", kind.name())).clicked() {
                actions.push(Action::FocusMethod(kind));
                actions.push(Action::GoTo(Page::Methods));
            }
        });
    }

    if !r.not_counted.is_empty() {
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            ui.label(RichText::new("Not counted").strong());
            for (_, why) in &r.not_counted {
                ui.label(format!("•  {why}"));
            }
        });
    }

    ui.add_space(6.0);
    let helpdesk = policy.helpdesk.clone();
    helpdesk_ui(ui, helpdesk.as_ref(), actions);
}

fn deadline_ui(state: &AppState, ui: &mut egui::Ui, r: &Readiness) {
    let now = state.clock.now();
    match r.deadline {
        None => {
            ui.label("No deadline is set, but don't wait: add your backup methods today.");
        }
        Some(d) => {
            let color = widgets::urgency_color(r.urgency);
            ui.label(
                RichText::new(format!(
                    "Deadline: {} ({})",
                    state.local_time(d.at),
                    d.source.label()
                ))
                .color(color),
            );
            let left = deadline::time_left_sentence(d.at, now);
            let text = match (r.urgency, r.verdict) {
                (_, mfa_ready_core::readiness::Verdict::Ready) => format!("{left} · you're done"),
                (Urgency::Passed, _) => format!("{left}: finish now, or call your helpdesk"),
                _ => left,
            };
            ui.label(RichText::new(text).color(color).strong().size(16.0));
        }
    }
}

/// Page 2: one card per allowed method.
pub fn methods_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(policy) = state.valid_policy().cloned() else {
        return;
    };
    let next = state
        .readiness()
        .and_then(|r| r.next_step)
        .map(|n| n.method);
    ui.label(format!(
        "{} accepts these methods. Set up at least {} on different devices; the ones marked \
         phishing-resistant protect you best.",
        policy.organization, policy.enrollment.min_methods
    ));
    ui.add_space(6.0);

    let kinds = mfa_ready_core::readiness::methods_to_show(&policy, &state.registrations);
    let focus = state.focus_method;
    if focus.is_some() {
        actions.push(Action::FocusDone);
    }
    for kind in kinds {
        let allowed = policy.allows(kind);
        let link = policy.setup_link(kind);
        let resp = method_card_ui(state, ui, kind, allowed, next == Some(kind), &link, actions);
        if focus == Some(kind) {
            resp.scroll_to_me(Some(egui::Align::TOP));
        }
        ui.add_space(6.0);
    }
}

// One card, top to bottom (title, badges, steps, link, buttons): long but linear,
// and splitting it would scatter one layout over several functions.
fn method_card_ui(
    state: &AppState,
    ui: &mut egui::Ui,
    kind: MethodKind,
    allowed: bool,
    is_next: bool,
    link: &str,
    actions: &mut Vec<Action>,
) -> egui::Response {
    let info = kind.info();
    let registered = state.is_registered(kind).copied();
    egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(info.name).strong().size(17.0));
                widgets::tier_badge_ui(ui, info.tier);
                if let Some(reg) = registered {
                    let how = match reg.source {
                        Source::Verified => "Set up (verified)",
                        Source::SelfAttested => "Set up",
                    };
                    widgets::pill_ui(ui, how, widgets::GREEN);
                } else if is_next {
                    widgets::pill_ui(ui, "Recommended next", widgets::BLUE);
                }
            });
            ui.label(info.summary);
            ui.label(
                RichText::new(format!(
                    "Lives on {}. You need: {}",
                    info.device.label(),
                    info.you_need
                ))
                .weak(),
            );
            if !allowed {
                ui.label(
                    RichText::new("Not accepted by your organisation: it doesn't count.")
                        .color(widgets::AMBER),
                );
            }
            if let Some(only) = info.only_on
                && only != state.os
            {
                let on = match only {
                    Os::Windows => "a Windows computer",
                    Os::MacOs => "a Mac",
                    Os::Linux | Os::Other => "another computer",
                };
                ui.label(
                    RichText::new(format!("Set this up on {on}; mark it here once done.")).weak(),
                );
            }
            egui::CollapsingHeader::new(format!("How to set up {}", info.name))
                .id_salt(("steps", kind.id()))
                .default_open(registered.is_none() && is_next)
                .show(ui, |ui| {
                    for (i, step) in info.steps.iter().enumerate() {
                        ui.label(format!("{}. {step}", i + 1));
                    }
                });
            ui.horizontal_wrapped(|ui| {
                let https = check_https(link, false).is_ok();
                let open = ui
                    .add_enabled(https, egui::Button::new("Open setup page"))
                    .on_hover_text(link);
                set_accessible_label(ui, &open, &format!("Open setup page for {}", info.name));
                if open.clicked() {
                    actions.push(Action::Send(Command::OpenUrl {
                        url: link.to_owned(),
                        reason: format!("set up {}", kind.id()),
                    }));
                }
                if registered.is_some() {
                    let remove = ui.button("Remove");
                    set_accessible_label(ui, &remove, &format!("Remove {}", info.name));
                    if remove.clicked() {
                        actions.push(Action::Unmark(kind));
                    }
                } else {
                    let done = ui.button("I've set this up");
                    set_accessible_label(ui, &done, &format!("I've set up {}", info.name));
                    if done.clicked() {
                        actions.push(Action::Mark(kind));
                    }
                }
            });
        })
        .response
}

/// Page 3: the summary to keep or hand to the helpdesk.
pub fn summary_ui(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(r) = state.readiness() else {
        return;
    };
    let Some(policy) = state.valid_policy().cloned() else {
        return;
    };
    card_ui(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            widgets::verdict_badge_ui(ui, r.verdict);
            let text = match r.verdict {
                mfa_ready_core::readiness::Verdict::Ready => {
                    "All done. Keep your backup methods safe and up to date."
                }
                _ => "Not finished yet: go back to Methods for the missing steps.",
            };
            ui.label(text);
        });
    });
    ui.add_space(6.0);
    card_ui(ui, |ui| {
        ui.label(RichText::new("Your sign-in methods").strong());
        if state.registrations.is_empty() {
            ui.label("None yet.");
        }
        for reg in state.registrations.clone() {
            let info = reg.kind.info();
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("•  {}", info.name));
                widgets::tier_badge_ui(ui, info.tier);
                ui.label(
                    RichText::new(format!(
                        "on {} · {} · since {}",
                        info.device.label(),
                        reg.source.label(),
                        state.local_time(reg.registered_at)
                    ))
                    .weak(),
                );
            });
        }
        for gap in &r.gaps {
            ui.label(RichText::new(format!("•  Missing: {}", gap.message)).color(widgets::AMBER));
        }
    });
    ui.add_space(6.0);
    card_ui(ui, |ui| {
        ui.label(RichText::new("If you lose your phone").strong());
        ui.label("Sign in with one of your other methods, then remove the lost phone's methods on the setup page and add the new phone. If none of your methods work, call your helpdesk: they can issue a Temporary Access Pass.");
    });
    ui.add_space(6.0);
    if ui.button("Copy summary").clicked() {
        ui.ctx()
            .copy_text(summary_text(state, &r, &policy.organization));
    }
    ui.add_space(6.0);
    let helpdesk = policy.helpdesk.clone();
    helpdesk_ui(ui, helpdesk.as_ref(), actions);
}

/// The plain-text summary a user can paste to the helpdesk (no personal data in it).
pub fn summary_text(state: &AppState, r: &Readiness, org: &str) -> String {
    let mut out = format!(
        "MFA Ready summary for {org}\nVerdict: {}\nMethods: {} of {}",
        r.verdict.label(),
        r.counted,
        r.required,
    );
    if let Some(count) =
        readiness::phishing_resistant_count(r.phishing_resistant, r.required_phishing_resistant)
    {
        out.push_str(&format!(" ({count})"));
    }
    out.push('\n');
    for reg in &state.registrations {
        out.push_str(&format!(
            "- {} ({}, on {}, {})\n",
            reg.kind.name(),
            reg.kind.tier().label(),
            reg.kind.device().label(),
            reg.source.id()
        ));
    }
    if let Some(d) = r.deadline {
        out.push_str(&format!("Deadline: {}\n", d.at));
    }
    for g in &r.gaps {
        out.push_str(&format!("Missing: {}\n", g.message));
    }
    out
}

/// Who to call. `helpdesk` may come from a broken policy (salvaged).
pub fn helpdesk_ui(ui: &mut egui::Ui, helpdesk: Option<&Helpdesk>, actions: &mut Vec<Action>) {
    card_ui(ui, |ui| {
        let Some(h) = helpdesk else {
            ui.label(RichText::new("Need help?").strong());
            ui.label("Contact your IT helpdesk.");
            return;
        };
        ui.label(RichText::new(format!("Need help? {}", h.name)).strong());
        if let Some(phone) = &h.phone {
            ui.label(format!("Phone: {phone}"));
        }
        if let Some(email) = &h.email {
            ui.label(format!("E-mail: {email}"));
        }
        if let Some(url) = &h.url {
            let b = ui.button("Open helpdesk page").on_hover_text(url);
            if b.clicked() {
                actions.push(Action::Send(Command::OpenUrl {
                    url: url.clone(),
                    reason: "helpdesk".to_owned(),
                }));
            }
        }
    });
}
