//! Helpdesk mode: a report someone handed over, read-only. The report's own
//! sections (`core::report::sections`, as its Markdown and HTML show them) under
//! tabs, and a guide built from it, under a banner with its support code first (in
//! its own label), then when it was made and the name the user typed, and what the
//! code does not prove. All in the helpdesk's language, whatever the user's was: the
//! report is typed data. Nothing here writes to a store or sends anything.

use egui::RichText;
use jiff::tz::TimeZone;
use mfa_ready_i18n::{Catalog, Lang, tr};

use mfa_ready_core::report::{
    Cell, Draw, Fact, GuideStep, List, MISSING, Opened, Section, SectionId, Style, Table, Tone,
    evidence_section, guide, sections,
};

use super::language::Languages;
use super::widgets::{self, card_ui};

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

    fn title(self, tr: &Catalog) -> String {
        match self {
            Self::Guide => tr!(tr, "viewer-tab-guide"),
            Self::Overview => tr!(tr, "viewer-tab-overview"),
            Self::Methods => tr!(tr, "viewer-tab-methods"),
            Self::Health => tr!(tr, "viewer-tab-health"),
            Self::Pending => tr!(tr, "viewer-tab-pending"),
            Self::Evidence => tr!(tr, "viewer-tab-evidence"),
        }
    }
}

/// The guide and the sections of a report in one language, built once: the report
/// never changes while open (again only when the window's language does).
struct Worded {
    lang: Lang,
    guide: Vec<GuideStep>,
    sections: Vec<Section>,
    /// The evidence section, also when nothing was blocked (it says so).
    evidence: Section,
}

impl Worded {
    fn new(opened: &Opened, tr: &Catalog) -> Self {
        Self {
            lang: tr.lang(),
            guide: guide(&opened.report, tr),
            sections: sections(&opened.report, tr),
            evidence: evidence_section(&opened.report, tr),
        }
    }
}

/// One opened report and the tab in view.
pub struct ReportViewer {
    pub opened: Opened,
    pub tab: ViewerTab,
    tz: TimeZone,
    worded: Worded,
}

impl ReportViewer {
    /// The report, worded in `tr`'s language.
    pub fn new(opened: Opened, tz: TimeZone, tr: &Catalog) -> Self {
        Self {
            worded: Worded::new(&opened, tr),
            opened,
            tab: ViewerTab::Guide,
            tz,
        }
    }

    /// "Support code XXXX-XXXX": shown first, in its own label, so nothing the
    /// report's own text says can stand in for it.
    pub fn code_text(&self, tr: &Catalog) -> String {
        tr!(
            tr,
            "viewer-code",
            code = self.opened.report.support_code.as_str()
        )
    }

    /// "Report from Sunday, 13 December 2026 at 10:00 CET · name typed by the user:
    /// "Jane"": in the helpdesk's zone and language; the name on one line, without
    /// control characters, capped (it is the user's text).
    pub fn banner_text(&self, tr: &Catalog) -> String {
        let r = &self.opened.report;
        let time = tr.date_time(&r.generated_at.to_zoned(self.tz.clone()));
        match r.user_name.as_deref() {
            Some(name) => tr!(
                tr,
                "viewer-from-name",
                time = time,
                name = mfa_ready_core::text::echo(name)
            ),
            None => tr!(tr, "viewer-from", time = time),
        }
    }

    /// The whole viewer, in `tr`'s language. Returns true when "Close report" was
    /// clicked.
    pub fn ui(&mut self, ui: &mut egui::Ui, tr: &Catalog) -> bool {
        if self.worded.lang != tr.lang() {
            self.worded = Worded::new(&self.opened, tr);
        }
        let mut close = false;
        widgets::banner_ui(ui, widgets::Tone::Info, |ui| {
            ui.label(
                RichText::new(self.code_text(tr))
                    .strong()
                    .monospace()
                    .size(18.0),
            );
            ui.label(RichText::new(self.banner_text(tr)).strong());
            if ui.small_button(tr!(tr, "viewer-close")).clicked() {
                close = true;
            }
            ui.label(RichText::new(tr!(tr, "viewer-code-meaning")).small());
        });
        if !self.opened.code_matches {
            widgets::banner_ui(ui, widgets::Tone::Warn, |ui| {
                ui.label(tr!(tr, "viewer-edited"));
            });
        }
        ui.horizontal_wrapped(|ui| {
            for tab in ViewerTab::ALL {
                if ui
                    .selectable_label(self.tab == tab, tab.title(tr))
                    .clicked()
                {
                    self.tab = tab;
                }
            }
        });
        ui.add_space(4.0);
        match self.tab {
            ViewerTab::Guide => guide_ui(ui, &self.worded.guide),
            ViewerTab::Overview => {
                self.tab_ui(
                    ui,
                    tr,
                    &[SectionId::Readiness, SectionId::Device, SectionId::About],
                );
            }
            ViewerTab::Methods => self.tab_ui(ui, tr, &[SectionId::Methods]),
            ViewerTab::Health => self.tab_ui(ui, tr, &[SectionId::Portals, SectionId::Incidents]),
            ViewerTab::Pending => self.tab_ui(ui, tr, &[SectionId::Jobs, SectionId::Events]),
            ViewerTab::Evidence => self.evidence_ui(ui, tr),
        }
        close
    }

    /// The sections a tab shows, and what the reader left out of each.
    fn tab_ui(&self, ui: &mut egui::Ui, tr: &Catalog, ids: &[SectionId]) {
        for s in self.worded.sections.iter().filter(|s| ids.contains(&s.id)) {
            section_ui(ui, tr, s, self.omitted(s.id));
        }
    }

    fn evidence_ui(&self, ui: &mut egui::Ui, tr: &Catalog) {
        if !self.opened.report.evidence.is_empty() {
            ui.label(tr!(
                tr,
                "viewer-evidence-intro",
                code = self.opened.report.support_code.as_str()
            ));
        }
        section_ui(ui, tr, &self.worded.evidence, self.opened.omitted.evidence);
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
            SectionId::About | SectionId::Device => 0,
        }
    }
}

/// One section as the report's other formats have it: its heading, then each block;
/// a table's rows as cards, each value beside its column's name.
fn section_ui(ui: &mut egui::Ui, tr: &Catalog, s: &Section, omitted: usize) {
    ui.add_space(6.0);
    s.draw(&mut Window { ui, tr, omitted });
}

/// Sections in the window; `omitted` entries the reader left out of the section's list.
struct Window<'a> {
    ui: &'a mut egui::Ui,
    tr: &'a Catalog,
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
        let tr = self.tr;
        card_ui(self.ui, |ui| {
            for f in facts {
                named_ui(ui, tr, &f.label, &f.value, false);
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
        let tr = self.tr;
        for row in &t.rows {
            card_ui(self.ui, |ui| {
                for (n, (head, cell)) in t.head.iter().zip(row).enumerate() {
                    // The first column names the row; a missing value says nothing.
                    if n == 0 || cell.text != MISSING {
                        named_ui(ui, tr, head, cell, n == 0);
                    }
                }
            });
        }
    }

    fn end(&mut self, _: &Section) {
        more_ui(self.ui, self.tr, self.omitted);
    }
}

/// "Request id: 7f3c…" in one label (a screen reader reads it whole); a state as a
/// coloured pill after its name.
fn named_ui(ui: &mut egui::Ui, tr: &Catalog, name: &str, cell: &Cell, strong: bool) {
    match cell.style {
        Style::Tone(tone) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr!(tr, "report-label", label = name)).strong());
                widgets::pill_ui(ui, &cell.text, tone_color(tone));
            });
        }
        Style::Id => {
            let text = tr!(tr, "viewer-named", name = name, value = cell.text.as_str());
            ui.label(RichText::new(text).monospace());
        }
        Style::Plain | Style::Number => {
            let text = tr!(tr, "viewer-named", name = name, value = cell.text.as_str());
            let text = RichText::new(text);
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
fn more_ui(ui: &mut egui::Ui, tr: &Catalog, omitted: usize) {
    if omitted > 0 {
        ui.label(tr!(tr, "viewer-more", count = omitted));
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

/// The standalone helpdesk window (`mfa-ready --open-report FILE`), in the language
/// of the helpdesk's system.
pub struct ViewerApp {
    viewer: Option<ReportViewer>,
    tr: Catalog,
    /// The font provider installed, and whether the language's glyphs were checked
    /// (Japanese needs a system font).
    languages: Languages,
    fonts_checked: bool,
}

impl ViewerApp {
    /// The window for `opened`, in `tr`'s language (`crate::gui` gives it the system's:
    /// [`ViewerApp::system_catalog`]).
    pub fn new(opened: Opened, tz: TimeZone, tr: Catalog) -> Self {
        Self {
            viewer: Some(ReportViewer::new(opened, tz, &tr)),
            tr,
            languages: Languages::default(),
            fonts_checked: false,
        }
    }

    /// The system-font provider installed at start speaks `lang`'s locale.
    pub fn font_provider_for(&mut self, lang: Lang) {
        self.languages.provider_installed_for(lang);
    }

    /// The catalogue of the language the system asks for (no policy applies here: the
    /// helpdesk's window has no store and no services), with the system's region.
    pub fn system_catalog(system_locales: &[String]) -> Catalog {
        Catalog::new(mfa_ready_i18n::negotiate(system_locales, &[]))
            .with_region_from(system_locales)
    }

    /// The language the window speaks (tests).
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// The whole window; also used by UI tests.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        self.check_fonts(ui.ctx());
        let tr = &self.tr;
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| match &mut self.viewer {
                    Some(v) => {
                        if v.ui(ui, tr) {
                            self.viewer = None;
                        }
                    }
                    None => {
                        ui.heading(tr!(tr, "viewer-closed"));
                        ui.label(tr!(tr, "viewer-closed-hint"));
                    }
                });
        });
    }

    /// A language whose glyphs no font on this computer has is shown in English (as the
    /// main window does), once, at the first frame.
    fn check_fonts(&mut self, ctx: &egui::Context) {
        if std::mem::replace(&mut self.fonts_checked, true) || !self.tr.lang().needs_cjk_font() {
            return;
        }
        if !self.languages.ensure_fonts(ctx, self.tr.lang()) {
            self.tr = Catalog::new(Lang::En);
        }
    }
}

impl eframe::App for ViewerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }
}
