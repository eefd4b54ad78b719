//! "Share with helpdesk": shows exactly what will be shared (the report as it
//! will be saved or copied, with its support code), then saves a file where the
//! user chooses or copies it. Owns its own state (name, format, path).

use egui::RichText;

use crate::services::protocol::{Command, SavedFile};
use crate::services::report::ReportError;
use mfa_ready_core::report::{Format, Report, render};

use mfa_ready_i18n::tr;

use super::state::{Action, AppState, Copied};
use super::{widgets, words};

/// How the dialog names a format.
fn label(tr: &mfa_ready_i18n::Catalog, f: Format) -> String {
    match f {
        Format::Markdown => tr!(tr, "share-format-markdown"),
        Format::Html => tr!(tr, "share-format-html"),
        Format::Json => tr!(tr, "share-format-json"),
    }
}

/// The dialog's state.
pub struct SharePanel {
    pub open: bool,
    pub name: String,
    pub format: Format,
    pub path: String,
    /// The report as last built by the services (what is shown is what is shared).
    pub report: Option<Report>,
    /// That report in `format`, in the window's language (Markdown and HTML are
    /// written in the language of whoever saves them): rendered when one of the three
    /// changes, not every frame (or why it could not be: then nothing is offered to
    /// save or copy).
    text: Result<String, ReportError>,
    /// The language `text` is in.
    text_lang: Option<mfa_ready_i18n::Lang>,
    /// A build was asked for and has not arrived.
    pub waiting: bool,
    downloads: Option<std::path::PathBuf>,
    /// The path this dialog filled in itself (replaced when the code or format
    /// changes; a path the user typed is kept).
    auto_path: String,
    /// The name field has been given the keyboard focus since the dialog opened.
    focused: bool,
}

impl Default for SharePanel {
    fn default() -> Self {
        Self {
            open: false,
            name: String::new(),
            format: Format::Markdown,
            path: String::new(),
            report: None,
            text: Ok(String::new()),
            text_lang: None,
            waiting: false,
            downloads: crate::services::files::save_folder(),
            auto_path: String::new(),
            focused: false,
        }
    }
}

impl SharePanel {
    /// Opens the dialog and asks for a fresh report.
    pub fn open(&mut self, actions: &mut Vec<Action>) {
        self.open = true;
        self.focused = false;
        self.request(actions);
    }

    fn request(&mut self, actions: &mut Vec<Action>) {
        self.waiting = true;
        let name = self.name.trim();
        actions.push(Action::Send(Command::BuildReport {
            user_name: (!name.is_empty()).then(|| name.to_owned()),
        }));
    }

    /// The services built the report; it is shown in the window's language.
    pub fn on_report(&mut self, r: Report, tr: &mfa_ready_i18n::Catalog) {
        self.waiting = false;
        self.text = render(&r, self.format, tr).map_err(ReportError::from);
        self.text_lang = Some(tr.lang());
        self.report = Some(r);
        self.refresh_path();
    }

    /// Puts the default file name (support code and format) in the field,
    /// unless the user typed their own.
    fn refresh_path(&mut self) {
        let Some(r) = &self.report else {
            return;
        };
        if self.path.is_empty() || self.path == self.auto_path {
            self.path = self.default_path(r);
            self.auto_path = self.path.clone();
        }
    }

    fn default_name_for(&self, r: &Report) -> String {
        format!("mfa-ready-report-{}.{}", r.support_code, self.format.id())
    }

    fn default_path(&self, r: &Report) -> String {
        let name = self.default_name_for(r);
        match &self.downloads {
            Some(d) => d.join(name).display().to_string(),
            None => name,
        }
    }

    /// The dialog (a window over the page), when open.
    /// The dialog (a window over the page), when open. Its first field takes the focus
    /// when it opens; Esc closes it (the app then gives the focus back).
    pub fn window_ui(&mut self, state: &AppState, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new(tr!(state.tr, "share-title"))
            .open(&mut open)
            .default_size([620.0, 520.0])
            .collapsible(false)
            .show(ctx, |ui| self.body_ui(state, ui, actions));
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            open = false;
        }
        self.open = open && self.open;
    }

    fn body_ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &state.tr;
        ui.label(tr!(tr, "share-intro"));
        ui.horizontal(|ui| {
            ui.label(tr!(tr, "share-name"));
            let r = ui.text_edit_singleline(&mut self.name);
            widgets::set_accessible_label(ui, &r, &tr!(tr, "share-name-label"));
            if !self.focused {
                r.request_focus();
                self.focused = true;
            }
            if ui.button(tr!(tr, "share-update")).clicked() {
                self.request(actions);
            }
        });
        let before = self.format;
        ui.horizontal_wrapped(|ui| {
            for f in [Format::Markdown, Format::Html, Format::Json] {
                ui.radio_value(&mut self.format, f, label(tr, f));
            }
        });
        if before != self.format || self.text_lang != Some(tr.lang()) {
            if let Some(r) = &self.report {
                self.text = render(r, self.format, tr).map_err(ReportError::from);
                self.text_lang = Some(tr.lang());
            }
            self.refresh_path();
        }
        let Some(r) = &self.report else {
            ui.spinner();
            return;
        };
        if self.waiting {
            ui.spinner();
        }
        ui.label(
            RichText::new(tr!(tr, "share-code", code = r.support_code.clone()))
                .size(18.0)
                .strong(),
        );
        let text = match &self.text {
            Ok(text) => text,
            Err(e) => {
                let said = words::report_not_rendered(tr, e);
                ui.label(said.text);
                if let Some(details) = &said.details {
                    crate::ui::notices::details_ui(tr, ui, details, actions);
                }
                return;
            }
        };
        egui::ScrollArea::vertical()
            .max_height(300.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.label(RichText::new(text).monospace().small());
            });
        ui.separator();
        ui.horizontal(|ui| {
            ui.label(tr!(tr, "share-save-as"));
            let field = ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(360.0));
            widgets::set_accessible_label(ui, &field, &tr!(tr, "share-save-as-label"));
        });
        ui.horizontal(|ui| {
            if ui.button(tr!(tr, "share-save")).clicked() && !self.path.trim().is_empty() {
                actions.push(Action::Send(Command::SaveFile {
                    path: std::path::PathBuf::from(self.path.trim()),
                    contents: text.clone(),
                    what: SavedFile::Report,
                }));
            }
            if ui.button(tr!(tr, "share-copy")).clicked() {
                actions.push(Action::Copy {
                    text: text.clone(),
                    what: Copied::Other,
                });
            }
        });
    }
}
