//! What is around the page: the menus (File, View), the title and the wizard's steps,
//! the footer (Back / Next, where the policy came from), the keyboard shortcuts, and the
//! "Open a report" dialog. The app decides what they do; these draw them and report
//! what was pressed as [`ChromeAction`]s.

use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use mfa_ready_i18n::tr;

use crate::services::config::{Clock, PolicySource};
use mfa_ready_core::policy::PolicyOrigin;

use super::state::{AppState, Page};
use super::theme::ThemeChoice;
use super::widgets::{self, Tone, heading_ui, set_accessible_label};

/// What the chrome asks the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChromeAction {
    GoTo(Page),
    OpenReportDialog,
    Share,
    CloseReport,
    Theme(ThemeChoice),
    TextLarger,
    TextSmaller,
    TextReset,
    CheckPortals,
    /// View → Language: a language, or `None` for the system's.
    Language(Option<mfa_ready_i18n::Lang>),
}

pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const CHECK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F5);
pub const LARGER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals);
pub const LARGER_PLUS: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
pub const SMALLER: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
pub const RESET: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);

/// The shortcuts pressed this frame (consumed, so no widget also sees them).
pub fn shortcuts(ctx: &egui::Context, has_policy: bool) -> Vec<ChromeAction> {
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        if i.consume_shortcut(&OPEN) {
            out.push(ChromeAction::OpenReportDialog);
        }
        if has_policy && i.consume_shortcut(&SAVE) {
            out.push(ChromeAction::Share);
        }
        if has_policy && i.consume_shortcut(&CHECK) {
            out.push(ChromeAction::CheckPortals);
        }
        if i.consume_shortcut(&LARGER) || i.consume_shortcut(&LARGER_PLUS) {
            out.push(ChromeAction::TextLarger);
        }
        if i.consume_shortcut(&SMALLER) {
            out.push(ChromeAction::TextSmaller);
        }
        if i.consume_shortcut(&RESET) {
            out.push(ChromeAction::TextReset);
        }
    });
    out
}

/// The menus, the title and the steps. `viewing` is true in helpdesk mode.
pub fn header_ui(state: &AppState, ui: &mut egui::Ui, viewing: bool, out: &mut Vec<ChromeAction>) {
    let tr = &state.tr;
    let has_policy = state.valid_policy().is_some();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr!(tr, "menu-file"), |ui| {
            if shortcut_button(ui, &tr!(tr, "menu-open-report"), &OPEN) {
                out.push(ChromeAction::OpenReportDialog);
            }
            if has_policy && shortcut_button(ui, &tr!(tr, "menu-share"), &SAVE) {
                out.push(ChromeAction::Share);
            }
            if viewing && ui.button(tr!(tr, "menu-close-report")).clicked() {
                out.push(ChromeAction::CloseReport);
            }
        });
        ui.menu_button(tr!(tr, "menu-view"), |ui| {
            for (choice, id) in [
                (ThemeChoice::System, "menu-theme-system"),
                (ThemeChoice::Light, "menu-theme-light"),
                (ThemeChoice::Dark, "menu-theme-dark"),
            ] {
                if ui.radio(state.theme == choice, tr.text(id)).clicked() {
                    out.push(ChromeAction::Theme(choice));
                }
            }
            ui.separator();
            ui.menu_button(tr!(tr, "menu-language"), |ui| {
                language_menu_ui(state, ui, out)
            });
            ui.separator();
            if shortcut_button(ui, &tr!(tr, "menu-text-larger"), &LARGER) {
                out.push(ChromeAction::TextLarger);
            }
            if shortcut_button(ui, &tr!(tr, "menu-text-smaller"), &SMALLER) {
                out.push(ChromeAction::TextSmaller);
            }
            if shortcut_button(ui, &tr!(tr, "menu-text-reset"), &RESET) {
                out.push(ChromeAction::TextReset);
            }
            if has_policy {
                ui.separator();
                if shortcut_button(ui, &tr!(tr, "menu-check-portals"), &CHECK) {
                    out.push(ChromeAction::CheckPortals);
                }
            }
        });
    });
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let title = state.valid_policy().map_or_else(
            || tr!(tr, "app-name"),
            |p| tr!(tr, "header-title", organization = p.organization.clone()),
        );
        heading_ui(ui, &title, 1);
        let pending = state.queue.open_count();
        if pending > 0 {
            let badge =
                widgets::pill_ui(ui, &tr!(tr, "pending-badge", count = pending), Tone::Warn)
                    .interact(egui::Sense::click());
            if badge.clicked() {
                out.push(ChromeAction::GoTo(Page::Overview));
            }
        }
    });
    if has_policy && !viewing {
        ui.horizontal(|ui| {
            for page in Page::STEPS {
                let selected = state.page == page;
                let text = tr!(
                    tr,
                    "page-step",
                    number = page.step().unwrap_or(0),
                    page = page.name(tr)
                );
                if ui.selectable_label(selected, text).clicked() {
                    out.push(ChromeAction::GoTo(page));
                }
            }
        });
    }
    ui.add_space(2.0);
}

/// A menu entry with its shortcut shown beside it; true when pressed.
fn shortcut_button(ui: &mut egui::Ui, text: &str, shortcut: &KeyboardShortcut) -> bool {
    ui.add(egui::Button::new(text).shortcut_text(ui.ctx().format_shortcut(shortcut)))
        .clicked()
}

/// Back / Next, then where the policy came from, in words (the file is in the tooltip).
pub fn footer_ui(state: &AppState, ui: &mut egui::Ui, viewing: bool, out: &mut Vec<ChromeAction>) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    if state.valid_policy().is_some() && !viewing {
        ui.horizontal(|ui| {
            if let Some(prev) = state.page.prev()
                && state.page != prev
                && ui.button(tr!(tr, "nav-back")).clicked()
            {
                out.push(ChromeAction::GoTo(prev));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if let Some(next) = state.page.next()
                    && ui
                        .button(tr!(tr, "nav-next", page = next.name(tr)))
                        .clicked()
                {
                    out.push(ChromeAction::GoTo(next));
                }
            });
        });
    }
    ui.horizontal_wrapped(|ui| {
        let source =
            ui.label(RichText::new(policy_words(state, &state.policy.source)).color(p.muted));
        if let Some(path) = &state.policy.source.path {
            source.on_hover_text(path.display().to_string());
        }
        // Signed or not (issue 9); nothing to say about a refused file.
        if state.valid_policy().is_some() {
            let t = &state.policy.trust;
            let (text, colour) = if t.signed {
                (tr!(tr, "footer-signed"), p.muted)
            } else if t.required {
                (tr!(tr, "footer-unsigned-required"), p.warn_text)
            } else {
                (tr!(tr, "footer-unsigned"), p.muted)
            };
            let l = ui.label(RichText::new(format!("· {text}")).color(colour));
            if let Some(signer) = &t.signer {
                l.on_hover_text(signer.clone());
            }
        }
        if let Clock::Fixed(t) = state.clock {
            ui.label(
                RichText::new(format!(
                    "· {}",
                    tr!(tr, "footer-clock-fixed", time = state.local_time(t))
                ))
                .color(p.warn_text),
            );
        }
    });
}

/// "Policy: set by your organisation", … (where it came from, without the path).
fn policy_words(state: &AppState, source: &PolicySource) -> String {
    let tr = &state.tr;
    match source.origin {
        PolicyOrigin::Embedded => tr!(tr, "footer-policy-built-in"),
        PolicyOrigin::System => tr!(tr, "footer-policy-system"),
        PolicyOrigin::Flag | PolicyOrigin::Env | PolicyOrigin::BesideExecutable => {
            tr!(tr, "footer-policy-file")
        }
    }
}

/// The "Open a report" dialog's state: the path being typed, and whether the field
/// has been given the keyboard focus yet.
#[derive(Debug, Default)]
pub struct OpenReportDialog {
    pub path: String,
    focused: bool,
}

/// What the dialog did this frame.
pub enum DialogResult {
    /// Still open.
    Stay,
    /// "Open" with this path.
    Open(std::path::PathBuf),
    /// Closed (Esc, the close button).
    Close,
}

impl OpenReportDialog {
    /// Draws the dialog. Its field takes the focus when it opens; Esc closes it.
    pub fn ui(&mut self, state: &AppState, ctx: &egui::Context) -> DialogResult {
        let tr = &state.tr;
        let mut open = true;
        let mut go = false;
        let p = theme_muted(ctx);
        egui::Window::new(tr!(tr, "open-report-title"))
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(tr!(tr, "open-report-intro"));
                ui.horizontal(|ui| {
                    let field =
                        ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(360.0));
                    set_accessible_label(ui, &field, &tr!(tr, "open-report-file"));
                    if !self.focused {
                        field.request_focus();
                        self.focused = true;
                    }
                    let enter = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
                    go = ui.button(tr!(tr, "open-report-open")).clicked() || enter;
                });
                ui.label(RichText::new(tr!(tr, "open-report-drop")).color(p));
            });
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) || !open {
            return DialogResult::Close;
        }
        if go && !self.path.trim().is_empty() {
            return DialogResult::Open(std::path::PathBuf::from(self.path.trim()));
        }
        DialogResult::Stay
    }
}

fn theme_muted(ctx: &egui::Context) -> egui::Color32 {
    super::theme::palette(&ctx.global_style().visuals).muted
}

/// View → Language: "As the system (Deutsch)", then each language the organisation allows,
/// named in itself; only the required one, greyed, when the organisation requires one.
fn language_menu_ui(state: &AppState, ui: &mut egui::Ui, out: &mut Vec<ChromeAction>) {
    use mfa_ready_i18n::Lang;
    let tr = &state.tr;
    let rule = state.language_rule();
    if !rule.user_may_choose() {
        let lang = state.languages.wanted(&rule);
        ui.add_enabled(false, egui::RadioButton::new(true, lang.endonym()));
        ui.label(tr!(tr, "menu-language-required"));
        return;
    }
    let system = state.languages.system_language(&rule);
    let as_system = tr!(tr, "menu-language-system", language = system.endonym());
    if ui
        .radio(state.languages.chosen.is_none(), as_system)
        .clicked()
    {
        out.push(ChromeAction::Language(None));
    }
    let allowed = rule.allowed();
    let list = if allowed.is_empty() {
        Lang::SHIPPED.to_vec()
    } else {
        allowed
    };
    for lang in list {
        if ui
            .radio(state.languages.chosen == Some(lang), lang.endonym())
            .clicked()
        {
            out.push(ChromeAction::Language(Some(lang)));
        }
    }
}
