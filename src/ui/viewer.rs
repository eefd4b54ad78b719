//! Helpdesk mode: a report someone handed over, read-only. The report's own
//! sections (`core::report::sections`, as its Markdown and HTML show them) under
//! tabs, and a guide built from it, under a banner with its support code first (in
//! its own label), then when it was made and the name the user typed, and what the
//! code does not prove. Nothing here writes to a store or sends anything.

use egui::RichText;
use jiff::tz::TimeZone;

use mfa_ready_core::report::{
    Cell, Draw, Fact, GuideStep, List, MISSING, Opened, Section, SectionId, Style, Table, Tone,
    evidence_section, guide, sections,
};

use super::widgets::{self, card_ui};

/// What the support code is, and what it is not.
const CODE_MEANING: &str = "The support code confirms that you and the user opened the same file. \
    It does not prove the report is genuine: anyone can edit a report and compute a new code. \
    Before granting an extension, look up its request ids in the tenant's sign-in and audit logs.";

/// The viewer's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewerTab {
    Guide,
    Overview,
    Methods,
    Health,
    Pending,
    Evidence,
}

impl ViewerTab {
    const ALL: [ViewerTab; 6] = [
        Self::Guide,
        Self::Overview,
        Self::Methods,
        Self::Health,
        Self::Pending,
        Self::Evidence,
    ];

    fn title(self) -> &'static str {
        match self {
            Self::Guide => "Helpdesk guide",
            Self::Overview => "Overview",
            Self::Methods => "Methods",
            Self::Health => "Portal health",
            Self::Pending => "Pending work",
            Self::Evidence => "Service problems",
        }
    }
}

/// One opened report and the tab in view.
pub struct ReportViewer {
    pub opened: Opened,
    pub tab: ViewerTab,
    tz: TimeZone,
    /// The guide and the sections of this report, built once: the report never
    /// changes while open.
    guide: Vec<GuideStep>,
    sections: Vec<Section>,
    /// The evidence section, also when nothing was blocked (it says so).
    evidence: Section,
}

impl ReportViewer {
    pub fn new(opened: Opened, tz: TimeZone) -> Self {
        Self {
            guide: guide(&opened.report),
            sections: sections(&opened.report),
            evidence: evidence_section(&opened.report),
            opened,
            tab: ViewerTab::Guide,
            tz,
        }
    }

    fn time(&self, t: jiff::Timestamp) -> String {
        widgets::local_time(t, &self.tz)
    }

    /// "Support code XXXX-XXXX": shown first, in its own label, so nothing the
    /// report's own text says can stand in for it.
    pub fn code_text(&self) -> String {
        format!("Support code {}", self.opened.report.support_code)
    }

    /// "Report from Mon 23 Nov 2026, 10:00 CET · name typed by the user: "Jane"": the
    /// name on one line, without control characters, capped (it is the user's text).
    pub fn banner_text(&self) -> String {
        let r = &self.opened.report;
        let when = self.time(r.generated_at);
        match r.user_name.as_deref() {
            Some(name) => format!(
                "Report from {when} · name typed by the user: \"{}\"",
                mfa_ready_core::text::echo(name)
            ),
            None => format!("Report from {when} · no name given"),
        }
    }

    /// The whole viewer. Returns true when "Close report" was clicked.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut close = false;
        widgets::banner_ui(ui, widgets::Tone::Info, |ui| {
            ui.label(
                RichText::new(self.code_text())
                    .strong()
                    .monospace()
                    .size(18.0),
            );
            ui.label(RichText::new(self.banner_text()).strong());
            if ui.small_button("Close report").clicked() {
                close = true;
            }
            ui.label(RichText::new(CODE_MEANING).small());
        });
        if !self.opened.code_matches {
            widgets::banner_ui(ui, widgets::Tone::Warn, |ui| {
                ui.label(
                    "This file was changed after it was made: its contents do not match its \
                     support code, so you and the user may not be looking at the same report. \
                     Ask the user for the report again.",
                );
            });
        }
        ui.horizontal_wrapped(|ui| {
            for tab in ViewerTab::ALL {
                if ui.selectable_label(self.tab == tab, tab.title()).clicked() {
                    self.tab = tab;
                }
            }
        });
        ui.add_space(4.0);
        match self.tab {
            ViewerTab::Guide => guide_ui(ui, &self.guide),
            ViewerTab::Overview => self.tab_ui(ui, &[SectionId::Readiness, SectionId::About]),
            ViewerTab::Methods => self.tab_ui(ui, &[SectionId::Methods]),
            ViewerTab::Health => self.tab_ui(ui, &[SectionId::Portals, SectionId::Incidents]),
            ViewerTab::Pending => self.tab_ui(ui, &[SectionId::Jobs, SectionId::Events]),
            ViewerTab::Evidence => self.evidence_ui(ui),
        }
        close
    }

    /// The sections a tab shows, and what the reader left out of each.
    fn tab_ui(&self, ui: &mut egui::Ui, ids: &[SectionId]) {
        for s in self.sections.iter().filter(|s| ids.contains(&s.id)) {
            section_ui(ui, s, self.omitted(s.id));
        }
    }

    fn evidence_ui(&self, ui: &mut egui::Ui) {
        if !self.opened.report.evidence.is_empty() {
            ui.label(format!(
                "Before an extension or a Temporary Access Pass, find these request ids and \
                 client-request-ids in the tenant's sign-in and audit logs; quote support code {}.",
                self.opened.report.support_code
            ));
        }
        section_ui(ui, &self.evidence, self.opened.omitted.evidence);
    }

    /// How many entries of a section's list the reader left out.
    fn omitted(&self, id: SectionId) -> usize {
        let o = &self.opened.omitted;
        match id {
            SectionId::Readiness => o.gaps,
            SectionId::Evidence => o.evidence,
            SectionId::Methods => o.methods,
            SectionId::Jobs => o.jobs,
            SectionId::Portals => o.portals,
            SectionId::Incidents => o.incidents,
            SectionId::Events => o.events,
            SectionId::About => 0,
        }
    }
}

/// One section as the report's other formats have it: its heading, then each block;
/// a table's rows as cards, each value beside its column's name.
fn section_ui(ui: &mut egui::Ui, s: &Section, omitted: usize) {
    ui.add_space(6.0);
    s.draw(&mut Window { ui, omitted });
}

/// Sections in the window; `omitted` entries the reader left out of the section's list.
struct Window<'a> {
    ui: &'a mut egui::Ui,
    omitted: usize,
}

impl Draw for Window<'_> {
    fn heading(&mut self, s: &Section) {
        self.ui.label(RichText::new(&s.heading).strong().size(16.0));
    }

    fn text(&mut self, text: &str) {
        self.ui.label(text);
    }

    fn facts(&mut self, facts: &[Fact]) {
        card_ui(self.ui, |ui| {
            for f in facts {
                named_ui(ui, &f.label, &f.value, false);
            }
        });
    }

    fn list(&mut self, l: &List) {
        card_ui(self.ui, |ui| {
            ui.label(RichText::new(&l.title).strong());
            if let Some(note) = &l.note {
                ui.label(RichText::new(note).small().italics());
            }
            for item in &l.items {
                ui.label(RichText::new(format!("•  {item}")).small());
            }
        });
    }

    fn table(&mut self, t: &Table) {
        if let Some(note) = &t.note {
            self.ui.label(RichText::new(note).small().italics());
        }
        for row in &t.rows {
            card_ui(self.ui, |ui| {
                for (n, (head, cell)) in t.head.iter().zip(row).enumerate() {
                    // The first column names the row; a missing value says nothing.
                    if n == 0 || cell.text != MISSING {
                        named_ui(ui, head, cell, n == 0);
                    }
                }
            });
        }
    }

    fn end(&mut self, _: &Section) {
        more_ui(self.ui, self.omitted);
    }
}

/// "Request id: 7f3c…" in one label (a screen reader reads it whole); a state as a
/// coloured pill after its name.
fn named_ui(ui: &mut egui::Ui, name: &str, cell: &Cell, strong: bool) {
    match cell.style {
        Style::Tone(tone) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("{name}:")).strong());
                widgets::pill_ui(ui, &cell.text, tone_color(tone));
            });
        }
        Style::Id => {
            ui.label(RichText::new(format!("{name}: {}", cell.text)).monospace());
        }
        Style::Plain | Style::Number => {
            let text = RichText::new(format!("{name}: {}", cell.text));
            ui.label(if strong { text.strong() } else { text });
        }
    }
}

fn tone_color(tone: Tone) -> widgets::Tone {
    match tone {
        Tone::Good => widgets::Tone::Good,
        Tone::Warn => widgets::Tone::Warn,
        Tone::Bad => widgets::Tone::Bad,
    }
}

/// "… 12 more" under a list the reader cut (nothing when it cut none).
fn more_ui(ui: &mut egui::Ui, omitted: usize) {
    if omitted > 0 {
        ui.label(format!("… {omitted} more"));
    }
}

fn guide_ui(ui: &mut egui::Ui, steps: &[GuideStep]) {
    for (n, step) in steps.iter().enumerate() {
        card_ui(ui, |ui| {
            ui.label(RichText::new(format!("{}. {}", n + 1, step.title)).strong());
            for line in &step.say {
                ui.label(format!("•  {line}"));
            }
        });
    }
}

/// The standalone helpdesk window (`mfa-ready --open-report FILE`).
pub struct ViewerApp {
    viewer: Option<ReportViewer>,
}

impl ViewerApp {
    pub fn new(opened: Opened, tz: TimeZone) -> Self {
        Self {
            viewer: Some(ReportViewer::new(opened, tz)),
        }
    }

    /// The whole window; also used by UI tests.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| match &mut self.viewer {
                    Some(v) => {
                        if v.ui(ui) {
                            self.viewer = None;
                        }
                    }
                    None => {
                        ui.heading("The report is closed.");
                        ui.label(
                            "Close this window, or open another report with --open-report FILE.",
                        );
                    }
                });
        });
    }
}

impl eframe::App for ViewerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }
}
