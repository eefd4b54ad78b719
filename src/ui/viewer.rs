//! Helpdesk mode: a report someone handed over, read-only. The same overview,
//! methods, portal health and pending work, a guide panel built from the
//! report, under a banner with its support code first (in its own label), then
//! when it was made and the name the user typed, and what the code does not prove.
//! Nothing here writes to a store or sends anything.

use egui::RichText;
use jiff::tz::TimeZone;

use mfa_ready_core::fault::Outcome;
use mfa_ready_core::readiness::{Source, Verdict, phishing_resistant_count};
use mfa_ready_core::report::{GuideStep, Opened, UNKNOWN, evidence_lead, guide, phase_parts};

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
    /// The guide for this report, built once: the report never changes while open.
    guide: Vec<GuideStep>,
}

impl ReportViewer {
    pub fn new(opened: Opened, tz: TimeZone) -> Self {
        Self {
            guide: guide(&opened.report),
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
        widgets::banner_ui(ui, widgets::BLUE, |ui| {
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
            widgets::banner_ui(ui, widgets::AMBER, |ui| {
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
            ViewerTab::Overview => self.overview_ui(ui),
            ViewerTab::Methods => self.methods_ui(ui),
            ViewerTab::Health => self.health_ui(ui),
            ViewerTab::Pending => self.pending_ui(ui),
            ViewerTab::Evidence => self.evidence_ui(ui),
        }
        close
    }

    fn overview_ui(&self, ui: &mut egui::Ui) {
        let r = &self.opened.report;
        card_ui(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let v = r.readiness.verdict.known().unwrap_or(Verdict::NotReady);
                widgets::pill_ui(ui, &r.readiness.label, widgets::verdict_color(v));
                ui.label(format!("{} · {}", r.organization, r.os.name));
            });
            ui.label(
                RichText::new(format!(
                    "{} of {} methods",
                    r.readiness.counted, r.readiness.required
                ))
                .size(20.0)
                .strong(),
            );
            if let Some(count) = phishing_resistant_count(
                r.readiness.phishing_resistant,
                r.readiness.required_phishing_resistant,
            ) {
                ui.label(count);
            }
            match &r.deadline {
                Some(d) => {
                    let color = if d.overdue {
                        widgets::RED
                    } else {
                        widgets::AMBER
                    };
                    ui.label(
                        RichText::new(format!(
                            "Deadline {} ({}): {}",
                            self.time(d.at),
                            d.source.wire(),
                            d.time_left
                        ))
                        .color(color),
                    );
                }
                None => {
                    ui.label("No deadline is set.");
                }
            }
        });
        if !r.readiness.gaps.is_empty() {
            card_ui(ui, |ui| {
                ui.label(RichText::new("What's missing").strong());
                for g in &r.readiness.gaps {
                    ui.label(format!("•  {g}"));
                }
                more_ui(ui, self.opened.omitted.gaps);
            });
        }
        if let Some(n) = &r.readiness.next_step {
            card_ui(ui, |ui| {
                ui.label(RichText::new("Their next step").strong());
                ui.label(n);
            });
        }
        card_ui(ui, |ui| {
            ui.label(RichText::new("About this report").strong());
            let path = r.policy.path.as_deref().unwrap_or("built in");
            ui.label(format!(
                "Policy: {} ({}) · SHA-256 {}",
                path,
                r.policy.source.wire(),
                r.policy.sha256.get(..16).unwrap_or(&r.policy.sha256)
            ));
            ui.label(format!(
                "MFA Ready {} ({}) on {} {}",
                r.app.version, r.app.build, r.os.name, r.os.version
            ));
        });
    }

    fn methods_ui(&self, ui: &mut egui::Ui) {
        let r = &self.opened.report;
        if r.methods.is_empty() {
            ui.label("No method is registered.");
        }
        for m in &r.methods {
            card_ui(ui, |ui| {
                ui.label(RichText::new(&m.name).strong());
                let how = if m.source.is(Source::Verified) {
                    "verified by the service"
                } else {
                    "the user said so"
                };
                ui.label(format!(
                    "{} · {} · {how} · since {}",
                    m.tier.wire(),
                    m.device.wire(),
                    self.time(m.registered_at)
                ));
                if !m.counted {
                    ui.label(RichText::new("Not counted by the policy").color(widgets::AMBER));
                }
            });
        }
        more_ui(ui, self.opened.omitted.methods);
    }

    fn health_ui(&self, ui: &mut egui::Ui) {
        let r = &self.opened.report;
        if r.portals.is_empty() {
            ui.label("No portal check is in the report.");
        }
        for p in &r.portals {
            card_ui(ui, |ui| {
                let color = if p.healthy {
                    widgets::GREEN
                } else {
                    widgets::RED
                };
                ui.horizontal_wrapped(|ui| {
                    let outcome = p.outcome.known().map_or(UNKNOWN, Outcome::label);
                    widgets::pill_ui(ui, outcome, color);
                    ui.label(RichText::new(&p.name).strong());
                    ui.label(self.time(p.at));
                });
                ui.label(&p.explanation);
                let phases = phase_parts(&p.phases, p.timed_out_phase).join(" · ");
                if !phases.is_empty() {
                    ui.label(RichText::new(phases).small());
                }
                if let Some(id) = &p.request_id {
                    ui.label(
                        RichText::new(format!("request id {id}"))
                            .small()
                            .monospace(),
                    );
                }
                if let Some(issuer) = &p.cert_issuer {
                    ui.label(RichText::new(format!("certificate issuer {issuer}")).small());
                }
            });
        }
        more_ui(ui, self.opened.omitted.portals);
        for i in &r.incidents {
            card_ui(ui, |ui| {
                ui.label(RichText::new(format!("{}: {}", i.feed, i.title)).strong());
                ui.label(format!(
                    "{} impact · seen since {}",
                    i.impact.id(),
                    self.time(i.first_seen)
                ));
            });
        }
        more_ui(ui, self.opened.omitted.incidents);
    }

    fn pending_ui(&self, ui: &mut egui::Ui) {
        let r = &self.opened.report;
        if r.jobs.is_empty() {
            ui.label("No queued work.");
        }
        for j in &r.jobs {
            card_ui(ui, |ui| {
                ui.label(RichText::new(format!("{} · {}", j.what, j.state.wire())).strong());
                if let Some(e) = &j.last_error {
                    ui.label(format!("last error: {}", e.summary()));
                }
                for h in j.history.iter().rev().take(HISTORY_SHOWN) {
                    ui.label(
                        RichText::new(format!(
                            "{}  {}  {}",
                            self.time(h.at),
                            h.state.wire(),
                            h.detail
                        ))
                        .small(),
                    );
                }
                let older = j.history.len().saturating_sub(HISTORY_SHOWN);
                if older > 0 {
                    ui.label(RichText::new(format!("… {older} older")).small());
                }
            });
        }
        more_ui(ui, self.opened.omitted.jobs);
    }

    fn evidence_ui(&self, ui: &mut egui::Ui) {
        let r = &self.opened.report;
        if r.evidence.is_empty() {
            ui.label("No enrollment attempt was blocked by the service in the report's 14 days.");
            return;
        }
        // The same lead as the report's own section (counts every check of a run).
        ui.label(format!(
            "{} Before an extension or a Temporary Access Pass, find these request ids and \
             client-request-ids in the tenant's sign-in and audit logs; quote support code {}.",
            evidence_lead(r),
            r.support_code
        ));
        for e in &r.evidence {
            card_ui(ui, |ui| {
                ui.label(RichText::new(format!("{} · {}", self.time(e.at), e.attempted)).strong());
                ui.label(&e.classification);
                let ids = [
                    e.request_id.as_ref().map(|i| format!("request-id {i}")),
                    e.client_request_id
                        .as_ref()
                        .map(|i| format!("client-request-id {i}")),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                if !ids.is_empty() {
                    ui.label(RichText::new(ids).small().monospace());
                }
                if let Some(i) = &e.incident {
                    ui.label(format!("Vendor incident open then: {i}"));
                }
            });
        }
        more_ui(ui, self.opened.omitted.evidence);
    }
}

/// Newest history lines shown per job.
const HISTORY_SHOWN: usize = 6;

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
