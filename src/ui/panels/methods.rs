//! Page 2: one card per method the organisation accepts (and any registered one it
//! does not, so it can be removed). A method set up on a phone shows its setup link as a
//! QR code, with the link beside it, so the phone in the user's hand opens the page.

use egui::RichText;
use mfa_ready_core::device::{Blocker, Preflight};
use mfa_ready_core::methods::{MethodKind, Os};
use mfa_ready_core::policy::check_https;
use mfa_ready_core::readiness::Source;
use mfa_ready_i18n::tr;

use crate::services::protocol::Command;
use crate::ui::names;
use crate::ui::qr;
use crate::ui::state::{Action, AppState, Copied, Page};
use crate::ui::widgets::{self, Tone, set_accessible_label};

use crate::ui::panel::Panel;

/// The methods page (no state of its own).
pub struct MethodsPanel;

impl Panel for MethodsPanel {
    fn page(&self) -> Page {
        Page::Methods
    }

    fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(policy) = state.valid_policy().cloned() else {
            return;
        };
        let next = state
            .readiness()
            .and_then(|r| r.next_step)
            .map(|n| n.method);
        ui.label(tr!(
            state.tr,
            "methods-intro",
            organization = policy.organization.clone(),
            count = policy.enrollment.min_methods
        ));
        ui.add_space(6.0);
        let kinds = mfa_ready_core::readiness::methods_to_show(&policy, &state.registrations);
        let device = state.device_summary();
        let focus = state.focus_method;
        if focus.is_some() {
            actions.push(Action::FocusDone);
        }
        for kind in kinds {
            let card = Card {
                kind,
                allowed: policy.allows(kind),
                is_next: next == Some(kind),
                link: policy.setup_link_with(kind, &state.setup_ids),
                // What keeps it from working here now (another OS says so below already).
                blocker: match device.as_ref().map(|d| d.preflight_of(kind)) {
                    Some(Preflight::Blocked(b)) if b != Blocker::OtherOs => Some(b),
                    _ => None,
                },
            };
            let resp = card.ui(state, ui, actions);
            if focus == Some(kind) {
                resp.scroll_to_me(Some(egui::Align::TOP));
            }
            ui.add_space(6.0);
        }
    }
}

/// One method's card.
struct Card {
    kind: MethodKind,
    allowed: bool,
    is_next: bool,
    link: String,
    blocker: Option<Blocker>,
}

impl Card {
    fn ui(&self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) -> egui::Response {
        let tr = &state.tr;
        let info = self.kind.info();
        let name = names::method(tr, self.kind);
        let registered = state.is_registered(self.kind).copied();
        let p = widgets::palette(ui);
        egui::Frame::new()
            .fill(p.card)
            .stroke(egui::Stroke::new(1.0, p.border))
            .corner_radius(egui::CornerRadius::same(6))
            .inner_margin(egui::Margin::same(10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    widgets::heading_ui(ui, &name, 3);
                    widgets::tier_badge_ui(ui, tr, info.tier);
                    if let Some(reg) = registered {
                        let how = match reg.source {
                            Source::Verified => tr!(tr, "method-verified"),
                            Source::SelfAttested => tr!(tr, "method-set-up"),
                        };
                        widgets::pill_ui(ui, &how, Tone::Good);
                    } else if self.is_next {
                        widgets::pill_ui(ui, &tr!(tr, "method-recommended"), Tone::Info);
                    }
                });
                ui.label(names::method_summary(tr, self.kind));
                ui.label(
                    RichText::new(tr!(
                        tr,
                        "method-lives-on",
                        device = names::device(tr, info.device),
                        need = names::method_you_need(tr, self.kind)
                    ))
                    .color(p.muted),
                );
                if !self.allowed {
                    ui.label(RichText::new(tr!(tr, "method-not-accepted")).color(p.warn_text));
                }
                if let Some(b) = self
                    .blocker
                    .filter(|_| registered.is_none() && self.allowed)
                {
                    ui.label(RichText::new(names::device_blocker(tr, b)).color(p.warn_text));
                }
                if let Some(only) = info.only_on
                    && only != state.os
                {
                    let elsewhere = match only {
                        Os::Windows => tr!(tr, "method-elsewhere-windows"),
                        Os::MacOs => tr!(tr, "method-elsewhere-mac"),
                        Os::Linux | Os::Other => tr!(tr, "method-elsewhere-other"),
                    };
                    ui.label(RichText::new(elsewhere).color(p.muted));
                }
                egui::CollapsingHeader::new(tr!(tr, "method-how", method = name.clone()))
                    .id_salt(("steps", self.kind.id()))
                    .default_open(registered.is_none() && self.is_next)
                    .show(ui, |ui| {
                        for (i, step) in names::method_steps(tr, self.kind).iter().enumerate() {
                            ui.label(format!("{}. {step}", i + 1));
                        }
                    });
                let https = check_https(&self.link, false).is_ok();
                if https && self.kind.is_set_up_on_phone() && registered.is_none() {
                    self.qr_ui(state, ui, actions);
                }
                self.buttons_ui(state, ui, https, registered.is_some(), actions);
            })
            .response
    }

    /// "Scan with your phone": the QR code and the link as text, with "Copy link".
    fn qr_ui(&self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &state.tr;
        let name = names::method(tr, self.kind);
        let name = name.as_str();
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            qr::qr_ui(
                ui,
                &self.link,
                qr::MIN_SIDE,
                &tr!(tr, "method-qr", method = name),
            );
            ui.add_space(8.0);
            ui.vertical(|ui| {
                ui.label(tr!(tr, "method-scan"));
                ui.label(RichText::new(&self.link).monospace());
                let copy = ui.button(tr!(tr, "method-copy-link"));
                set_accessible_label(
                    ui,
                    &copy,
                    &tr.attr("method-copy-link", "label", Some(&name_arg(name))),
                );
                if copy.clicked() {
                    actions.push(Action::Copy {
                        text: self.link.clone(),
                        what: Copied::Link,
                    });
                }
            });
        });
    }

    fn buttons_ui(
        &self,
        state: &AppState,
        ui: &mut egui::Ui,
        https: bool,
        registered: bool,
        actions: &mut Vec<Action>,
    ) {
        let tr = &state.tr;
        let name = names::method(tr, self.kind);
        let name = name.as_str();
        ui.horizontal_wrapped(|ui| {
            let open = ui
                .add_enabled(https, egui::Button::new(tr!(tr, "method-open")))
                .on_hover_text(&self.link);
            set_accessible_label(
                ui,
                &open,
                &tr.attr("method-open", "label", Some(&name_arg(name))),
            );
            if open.clicked() {
                actions.push(Action::Send(Command::OpenUrl {
                    url: self.link.clone(),
                    reason: format!("set up {}", self.kind.id()),
                }));
            }
            // The same place for both, so focus stays where it was after a click.
            if registered {
                let remove = ui.button(tr!(tr, "method-remove"));
                set_accessible_label(
                    ui,
                    &remove,
                    &tr.attr("method-remove", "label", Some(&name_arg(name))),
                );
                if remove.clicked() {
                    actions.push(Action::Unmark(self.kind));
                }
            } else {
                let done = ui.button(tr!(tr, "method-done"));
                set_accessible_label(
                    ui,
                    &done,
                    &tr.attr("method-done", "label", Some(&name_arg(name))),
                );
                if done.clicked() {
                    actions.push(Action::Mark(self.kind));
                }
            }
        });
    }
}

/// `$method` for a message's accessible-label attribute.
fn name_arg(name: &str) -> mfa_ready_i18n::FluentArgs<'static> {
    let mut args = mfa_ready_i18n::FluentArgs::new();
    args.set("method", name.to_owned());
    args
}
