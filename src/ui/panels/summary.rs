//! Page 3: the summary to keep or hand to the helpdesk, and the helpdesk card (also on
//! the overview and the policy problem page).

use egui::RichText;
use mfa_ready_core::policy::Helpdesk;
use mfa_ready_core::readiness::{self, Readiness, Verdict};
use mfa_ready_i18n::tr;

use crate::services::protocol::Command;
use crate::ui::state::{Action, AppState, Copied, Page};
use crate::ui::widgets::{self, card_ui, heading_ui};

use crate::ui::panel::Panel;

/// The "Done" page (no state of its own).
pub struct SummaryPanel;

impl Panel for SummaryPanel {
    fn page(&self) -> Page {
        Page::Summary
    }

    fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &state.tr;
        let Some(r) = state.readiness() else {
            return;
        };
        let Some(policy) = state.valid_policy() else {
            return;
        };
        let p = widgets::palette(ui);
        card_ui(ui, |ui| {
            ui.horizontal(|ui| {
                widgets::state_icon_ui(ui, r.verdict, 28.0);
                let text = match r.verdict {
                    Verdict::Ready => tr!(tr, "summary-ready"),
                    _ => tr!(tr, "summary-not-ready"),
                };
                let l = ui.label(RichText::new(&text).strong());
                widgets::live_region(ui, &l, &text);
            });
        });
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            heading_ui(ui, &tr!(tr, "summary-methods-title"), 2);
            if state.registrations.is_empty() {
                ui.label(tr!(tr, "summary-none"));
            }
            for reg in &state.registrations {
                let info = reg.kind.info();
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(crate::ui::names::method(tr, reg.kind)).strong());
                    widgets::tier_badge_ui(ui, tr, info.tier);
                    ui.label(
                        RichText::new(tr!(
                            tr,
                            "summary-method-line",
                            device = crate::ui::names::device(tr, info.device),
                            how = crate::ui::names::source(tr, reg.source),
                            since = state.local_time(reg.registered_at)
                        ))
                        .color(p.muted),
                    );
                });
            }
            for t in &r.to_do {
                ui.label(
                    RichText::new(tr!(
                        tr,
                        "summary-missing",
                        gap = crate::ui::names::to_do(tr, t)
                    ))
                    .color(p.warn_text),
                );
            }
        });
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            heading_ui(ui, &tr!(tr, "summary-lost-title"), 2);
            ui.label(tr!(tr, "summary-lost"));
        });
        ui.add_space(6.0);
        if ui.button(tr!(tr, "summary-copy")).clicked() {
            actions.push(Action::Copy {
                text: summary_text(state, &r, &policy.organization),
                what: Copied::Summary,
            });
        }
        ui.add_space(6.0);
        helpdesk_ui(state, ui, policy.helpdesk.as_ref(), actions);
    }
}

/// The plain-text summary a user can paste to the helpdesk (no personal data in it).
/// A record for the helpdesk, in the report's words (issue 16 words it per language).
pub fn summary_text(state: &AppState, r: &Readiness, org: &str) -> String {
    let mut out = format!(
        "MFA Ready summary for {org}\nVerdict: {}\nMethods: {}",
        r.verdict.label(),
        readiness::methods_count(r.counted, r.required),
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
        out.push_str(&format!("Missing: {}\n", g.sentence(org)));
    }
    out
}

/// Who to call. `helpdesk` may come from a broken (but not a refused) policy.
pub fn helpdesk_ui(
    state: &AppState,
    ui: &mut egui::Ui,
    helpdesk: Option<&Helpdesk>,
    actions: &mut Vec<Action>,
) {
    let tr = &state.tr;
    card_ui(ui, |ui| {
        let Some(h) = helpdesk else {
            heading_ui(ui, &tr!(tr, "helpdesk-need-help"), 2);
            ui.label(tr!(tr, "helpdesk-contact"));
            return;
        };
        heading_ui(
            ui,
            &tr!(tr, "helpdesk-need-help-name", name = h.name.clone()),
            2,
        );
        if let Some(phone) = &h.phone {
            ui.label(tr!(tr, "helpdesk-phone", phone = phone.clone()));
        }
        if let Some(email) = &h.email {
            ui.label(tr!(tr, "helpdesk-email", email = email.clone()));
        }
        if let Some(url) = &h.url {
            let b = ui.button(tr!(tr, "helpdesk-open")).on_hover_text(url);
            if b.clicked() {
                actions.push(Action::Send(Command::OpenUrl {
                    url: url.clone(),
                    reason: "helpdesk".to_owned(),
                }));
            }
        }
    });
}
