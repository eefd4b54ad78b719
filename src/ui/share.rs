//! "Share with helpdesk": shows exactly what will be shared (the report as it
//! will be saved or copied, with its support code), then saves a file where the
//! user chooses or copies it. Owns its own state (name, format, path).

use egui::RichText;

use crate::services::protocol::{Command, SavedFile};
use crate::services::report::ReportError;
use mfa_ready_core::report::{Format, Report, render};

use super::state::Action;
use super::{widgets, words};

/// How the dialog names a format.
fn label(f: Format) -> &'static str {
    match f {
        Format::Markdown => "Text (Markdown, for a ticket)",
        Format::Html => "Web page (HTML, prints on A4)",
        Format::Json => "Data (JSON)",
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
    /// That report in `format`: rendered when either changes, not every frame (or
    /// why it could not be: then nothing is offered to save or copy).
    text: Result<String, ReportError>,
    /// A build was asked for and has not arrived.
    pub waiting: bool,
    downloads: Option<std::path::PathBuf>,
    /// The path this dialog filled in itself (replaced when the code or format
    /// changes; a path the user typed is kept).
    auto_path: String,
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
            waiting: false,
            downloads: crate::services::files::save_folder(),
            auto_path: String::new(),
        }
    }
}

impl SharePanel {
    /// Opens the dialog and asks for a fresh report.
    pub fn open(&mut self, actions: &mut Vec<Action>) {
        self.open = true;
        self.request(actions);
    }

    fn request(&mut self, actions: &mut Vec<Action>) {
        self.waiting = true;
        let name = self.name.trim();
        actions.push(Action::Send(Command::BuildReport {
            user_name: (!name.is_empty()).then(|| name.to_owned()),
        }));
    }

    /// The services built the report.
    pub fn on_report(&mut self, r: Report) {
        self.waiting = false;
        self.text = render(&r, self.format).map_err(ReportError::from);
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
    pub fn window_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new("Share with helpdesk")
            .open(&mut open)
            .default_size([620.0, 520.0])
            .collapsible(false)
            .show(ctx, |ui| self.body_ui(ui, actions));
        self.open = open && self.open;
    }

    fn body_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.label(
            "This is exactly what the helpdesk will get. Phone numbers and e-mail addresses \
             are masked; no passwords, tokens or IP addresses are included.",
        );
        ui.horizontal(|ui| {
            ui.label("Your name (optional):");
            let r = ui.text_edit_singleline(&mut self.name);
            widgets::set_accessible_label(ui, &r, "Your name");
            if ui.button("Update").clicked() {
                self.request(actions);
            }
        });
        let before = self.format;
        ui.horizontal_wrapped(|ui| {
            for f in [Format::Markdown, Format::Html, Format::Json] {
                ui.radio_value(&mut self.format, f, label(f));
            }
        });
        if before != self.format {
            if let Some(r) = &self.report {
                self.text = render(r, self.format).map_err(ReportError::from);
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
            RichText::new(format!("Support code {}", r.support_code))
                .size(18.0)
                .strong(),
        );
        let text = match &self.text {
            Ok(text) => text,
            Err(e) => {
                ui.label(words::report_not_rendered(e));
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
            ui.label("Save as:");
            let field = ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(360.0));
            widgets::set_accessible_label(ui, &field, "Save report as");
        });
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() && !self.path.trim().is_empty() {
                actions.push(Action::Send(Command::SaveFile {
                    path: std::path::PathBuf::from(self.path.trim()),
                    contents: text.clone(),
                    what: SavedFile::Report,
                }));
            }
            if ui.button("Copy").clicked() {
                ui.ctx().copy_text(text.clone());
                actions.push(Action::Copied(format!(
                    "The report (support code {}) is on the clipboard.",
                    r.support_code
                )));
            }
        });
    }
}
