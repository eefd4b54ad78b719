//! The window: a three-page wizard (Overview → Methods → Summary).
//!
//! Renders from the state it holds, sends commands to the services thread and
//! drains its events once per frame. Never blocks, never awaits.

use std::sync::mpsc;

use egui::{Color32, RichText};
use jiff::tz::TimeZone;

use crate::services::config::{Clock, LoadedPolicy, PolicyLoadError};
use crate::services::protocol::StoreUnavailable;
use crate::services::protocol::{Command, Event, ServiceHandle, StoreSnapshot};
use mfa_ready_core::methods::Os;
use mfa_ready_core::queue::JobState;
use mfa_ready_core::readiness::{Registration, Source};

use super::pending::EnrollPanel;
use super::reach::ReachPanel;
use super::share::SharePanel;
use super::state::{Action, AppState, Banner, Notice, Page};
use super::viewer::ReportViewer;
use super::{health, pages, pending, widgets, words};

/// What the window starts from. Built by `main` (or a test) before the first frame.
pub struct AppInit {
    pub policy: LoadedPolicy,
    /// The stored state, or why it could not be read.
    pub snapshot: Result<StoreSnapshot, StoreUnavailable>,
    pub clock: Clock,
    pub os: Os,
    /// The user's time zone, for showing deadlines.
    pub tz: TimeZone,
    pub services: ServiceHandle,
    pub events: mpsc::Receiver<Event>,
}

/// The window: the state it renders, the panels that own their own state, and
/// the channels to the services thread. Routes and applies actions; pages render.
pub struct MfaReadyApp {
    state: AppState,
    services: ServiceHandle,
    events: mpsc::Receiver<Event>,
    /// "Sign in" and "Add phone now" (owns the phone form).
    enroll_panel: EnrollPanel,
    /// Calendar, reminders at login, booking, advice.
    reach: ReachPanel,
    /// "Share with helpdesk".
    share: SharePanel,
    /// Helpdesk mode: a report someone handed over, shown instead of the pages.
    viewer: Option<ReportViewer>,
    /// "Open report…": the path being typed, while the dialog is open.
    open_report: Option<String>,
    /// Keeps the services thread alive as long as the window (shut down on drop).
    owned_services: Option<crate::services::runtime::Services>,
    /// Print `first-frame <unix ms>` once (benchmark script).
    bench_first_frame: bool,
}

impl MfaReadyApp {
    pub fn new(init: AppInit) -> Self {
        let now = init.clock.now();
        let (registrations, first_run, page, notice, db_path, errors) = match init.snapshot {
            Ok(s) => (
                s.registrations,
                s.first_run,
                s.page
                    .as_deref()
                    .and_then(Page::from_id)
                    .unwrap_or(Page::Overview),
                s.recovered,
                Some(s.db_path),
                Vec::new(),
            ),
            Err(e) => (
                Vec::new(),
                now,
                Page::Overview,
                None,
                None,
                vec![words::no_saved_state(&e)],
            ),
        };
        Self {
            state: AppState {
                policy: init.policy,
                registrations,
                first_run,
                page,
                clock: init.clock,
                os: init.os,
                tz: init.tz,
                errors,
                notice,
                db_path,
                focus_method: None,
                health: Default::default(),
                check_requested: false,
                queue: Default::default(),
                notices: Vec::new(),
                portal_failing: None,
                autostart: None,
            },
            services: init.services,
            events: init.events,
            enroll_panel: EnrollPanel::default(),
            reach: ReachPanel::default(),
            share: SharePanel::default(),
            viewer: None,
            open_report: None,
            owned_services: None,
            bench_first_frame: false,
        }
    }

    /// Ties the services thread's lifetime to the window's.
    pub fn own_services(&mut self, services: crate::services::runtime::Services) {
        self.owned_services = Some(services);
    }

    /// Prints `first-frame <unix ms>` on stderr after the first frame (benchmarks).
    pub fn set_bench_first_frame(&mut self, on: bool) {
        self.bench_first_frame = on;
    }

    /// What the window shows (read-only; for tests and the pages).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The report being viewed in helpdesk mode, if any (tests).
    pub fn viewer(&self) -> Option<&ReportViewer> {
        self.viewer.as_ref()
    }

    /// The report built for "Share with helpdesk", if any (tests).
    pub fn shared_report(&self) -> Option<&mfa_ready_core::report::Report> {
        self.share.report.as_ref()
    }

    /// Carries out what the pages asked for, in order.
    fn apply(&mut self, actions: Vec<Action>) {
        for action in actions {
            match action {
                Action::Send(cmd) => self.send(cmd),
                Action::GoTo(page) => self.go_to(page),
                Action::Mark(kind) => {
                    if self.state.is_registered(kind).is_none() {
                        self.state.registrations.push(Registration {
                            kind,
                            source: Source::SelfAttested,
                            registered_at: self.state.clock.now(),
                        });
                    }
                    self.send(Command::Mark(kind));
                }
                Action::Unmark(kind) => {
                    self.state.registrations.retain(|r| r.kind != kind);
                    self.send(Command::Unmark(kind));
                }
                Action::FocusMethod(kind) => self.state.focus_method = Some(kind),
                Action::FocusDone => self.state.focus_method = None,
                Action::CheckNow => {
                    self.state.check_requested = true;
                    self.send(Command::CheckNow);
                }
                Action::CancelJob(id) => {
                    if let Some(pj) = self.state.queue.jobs.iter_mut().find(|j| j.job.id == id) {
                        pj.job.state = JobState::Cancelled;
                    }
                    self.send(Command::CancelJob(id));
                }
                Action::DismissNotice(i) => {
                    if i < self.state.notices.len() {
                        self.state.notices.remove(i);
                    }
                }
                Action::SetAutostart(on) => {
                    self.state.autostart = Some(on);
                    self.send(Command::SetAutostart(on));
                }
                Action::OpenShare => {
                    let mut more = Vec::new();
                    self.share.open(&mut more);
                    self.apply(more);
                }
                Action::Copied(text) => {
                    pending::push_notice(&mut self.state.notices, Notice::Copied(text));
                }
                Action::AnswerPortalFailing { watch } => {
                    if let Some((portal, url, method)) = self.state.portal_failing.take()
                        && watch
                    {
                        self.send(Command::WaitForPortal {
                            portal,
                            url,
                            method,
                        });
                    }
                }
            }
        }
    }

    fn go_to(&mut self, page: Page) {
        if self.state.page != page {
            self.state.page = page;
            self.send(Command::SetPage(page.id().to_owned()));
        }
    }

    fn send(&mut self, cmd: Command) {
        if !self.services.send(cmd) {
            self.show_error(Banner::ServicesStopped);
        }
    }

    /// Shows a problem in a banner, once.
    fn show_error(&mut self, banner: Banner) {
        if !self.state.errors.contains(&banner) {
            self.state.errors.push(banner);
        }
    }

    /// Applies what the services sent. Returns true when a focus was requested.
    fn drain_events(&mut self) -> bool {
        let mut focus = false;
        while let Ok(event) = self.events.try_recv() {
            match event {
                Event::Snapshot(s) => {
                    self.state.registrations = s.registrations;
                    self.state.first_run = s.first_run;
                    self.state.db_path = Some(s.db_path);
                }
                Event::Error(problem) => self.show_error(Banner::Service(problem)),
                Event::FocusRequested => focus = true,
                Event::Health(h) => {
                    if h.checking || h.report.is_some() {
                        self.state.check_requested = false;
                    }
                    self.state.health = h;
                }
                Event::Queue(q) => self.state.queue = q,
                Event::Notice(n) => {
                    pending::push_notice(&mut self.state.notices, Notice::Service(n));
                }
                Event::PortalFailing {
                    portal,
                    url,
                    method,
                } => self.state.portal_failing = Some((portal, url, method)),
                Event::Autostart(on) => self.state.autostart = Some(on),
                Event::ReportReady(r) => self.share.on_report(*r),
                Event::Saved { what, path } => {
                    pending::push_notice(&mut self.state.notices, Notice::Saved { what, path });
                }
                Event::ReportOpened(Ok(opened)) => {
                    self.viewer = Some(ReportViewer::new(*opened, self.state.tz.clone()));
                }
                Event::ReportOpened(Err(why)) => self.show_error(Banner::ReportNotOpened(why)),
            }
        }
        focus
    }

    /// The whole window; also used directly by UI tests.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        if self.drain_events() {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Focus);
        }

        self.dropped_files(ui.ctx());
        egui::Panel::top("header").show(ui, |ui| self.header_ui(ui));
        egui::Panel::bottom("footer").show(ui, |ui| self.footer_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(4.0);
                    self.banners_ui(ui);
                    let mut actions = Vec::new();
                    if let Some(v) = &mut self.viewer {
                        if v.ui(ui) {
                            self.viewer = None;
                        }
                    } else {
                        self.page_ui(ui, &mut actions);
                    }
                    self.apply(actions);
                });
        });
        let mut actions = Vec::new();
        self.share.window_ui(ui.ctx(), &mut actions);
        self.open_report_ui(ui.ctx());
        self.apply(actions);

        // A pending job's countdown ticks in seconds, only while one is shown.
        let now = self.state.clock.now();
        if !self.state.clock.is_fixed()
            && self.state.page == Page::Overview
            && self
                .state
                .queue
                .jobs
                .iter()
                .any(|j| j.job.shows_countdown(now))
        {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }

        // A countdown in minutes needs a repaint now and then, not a busy loop.
        if !self.state.clock.is_fixed()
            && self.state.valid_policy().is_some_and(|p| {
                p.enrollment.deadline.is_some() || p.enrollment.new_user_days.is_some()
            })
        {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(30));
        }
    }

    /// The page in view; what it asks for is applied after it is drawn.
    fn page_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let state = &self.state;
        match &state.policy.result {
            Err(e) => policy_error_ui(state, ui, e, actions),
            Ok(_) => match state.page {
                Page::Overview => {
                    pending::notices_ui(state, ui, actions);
                    ReachPanel::advice_ui(state, ui);
                    pending::pending_ui(state, ui, actions);
                    pages::overview_ui(state, ui, actions);
                    self.reach.ui(state, ui, actions);
                    self.enroll_panel.ui(state, ui, actions);
                }
                Page::Methods => pages::methods_ui(state, ui, actions),
                Page::Summary => pages::summary_ui(state, ui, actions),
                Page::Health => health::health_ui(state, ui, actions),
            },
        }
    }

    /// A report dropped on the window opens in helpdesk mode.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.send(Command::OpenReport(path));
        }
    }

    /// "Open report…": a path field (the report is read by the services).
    fn open_report_ui(&mut self, ctx: &egui::Context) {
        let Some(path) = &mut self.open_report else {
            return;
        };
        let mut open = true;
        let mut go = false;
        egui::Window::new("Open a report")
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label("A report a user saved with \"Share with helpdesk\" (.json). It opens read-only; nothing is sent or saved.");
                ui.horizontal(|ui| {
                    let field = ui.add(egui::TextEdit::singleline(path).desired_width(360.0));
                    widgets::set_accessible_label(ui, &field, "Report file");
                    go = ui.button("Open").clicked();
                });
                ui.label(RichText::new("You can also drop the file on this window.").small().weak());
            });
        if go && !path.trim().is_empty() {
            let p = std::path::PathBuf::from(path.trim());
            self.open_report = None;
            self.send(Command::OpenReport(p));
        } else if !open {
            self.open_report = None;
        }
    }

    fn header_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open report…").clicked() {
                    self.open_report = Some(String::new());
                }
                if self.state.valid_policy().is_some()
                    && ui.button("Share with helpdesk…").clicked()
                {
                    self.apply(vec![Action::OpenShare]);
                }
                if self.viewer.is_some() && ui.button("Close report").clicked() {
                    self.viewer = None;
                }
            });
        });
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let org = self
                .state
                .valid_policy()
                .map_or("MFA Ready".to_owned(), |p| {
                    format!("MFA Ready · {}", p.organization)
                });
            ui.heading(org);
            if let Some(r) = self.state.readiness() {
                ui.add_space(8.0);
                widgets::verdict_badge_ui(ui, r.verdict);
            }
            let pending = self.state.queue.open_count();
            if pending > 0 {
                let badge =
                    widgets::pill_ui(ui, &format!("Pending work: {pending}"), widgets::AMBER)
                        .interact(egui::Sense::click());
                if badge.clicked() {
                    self.go_to(Page::Overview);
                }
            }
        });
        if self.state.valid_policy().is_some() {
            ui.horizontal(|ui| {
                for page in Page::ALL {
                    let selected = self.state.page == page;
                    if ui.selectable_label(selected, page.title()).clicked() {
                        self.go_to(page);
                    }
                }
            });
        }
        ui.add_space(4.0);
    }

    fn footer_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(4.0);
        if self.state.valid_policy().is_some() {
            ui.horizontal(|ui| {
                if let Some(prev) = self.state.page.prev()
                    && ui.button("‹ Back").clicked()
                {
                    self.go_to(prev);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if let Some(next) = self.state.page.next()
                        && ui
                            .button(format!(
                                "Next: {} ›",
                                next.title().trim_start_matches(char::is_numeric).trim()
                            ))
                            .clicked()
                    {
                        self.go_to(next);
                    }
                });
            });
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(format!("Policy: {}", self.state.policy.source.describe()))
                    .small()
                    .weak(),
            );
            // Signer or "unsigned policy" (issue 9); nothing to say about a refused file.
            if self.state.valid_policy().is_some() {
                let trust = &self.state.policy.trust;
                ui.label(RichText::new(format!("· {}", trust.label())).small().color(
                    if trust.signed || !trust.required {
                        ui.visuals().weak_text_color()
                    } else {
                        widgets::AMBER
                    },
                ));
            }
            if let Clock::Fixed(t) = self.state.clock {
                ui.label(
                    RichText::new(format!("· Clock fixed at {t} (MFA_READY_NOW)"))
                        .small()
                        .color(widgets::AMBER),
                );
            }
        });
        ui.add_space(4.0);
    }

    fn banners_ui(&mut self, ui: &mut egui::Ui) {
        let mut dismiss = None;
        for (i, e) in self.state.errors.iter().enumerate() {
            widgets::banner_ui(ui, Color32::from_rgb(200, 40, 40), |ui| {
                ui.label(RichText::new(words::banner(e)).strong());
                if ui.small_button("Dismiss").clicked() {
                    dismiss = Some(i);
                }
            });
        }
        if let Some(i) = dismiss {
            self.state.errors.remove(i);
        }
        let mut clear_notice = false;
        if let Some(r) = &self.state.notice {
            widgets::banner_ui(ui, widgets::AMBER, |ui| {
                ui.label(words::recovered(r));
                if ui.small_button("Got it").clicked() {
                    clear_notice = true;
                }
            });
        }
        if clear_notice {
            self.state.notice = None;
        }
    }
}

fn policy_error_ui(
    state: &AppState,
    ui: &mut egui::Ui,
    err: &PolicyLoadError,
    actions: &mut Vec<Action>,
) {
    ui.heading("Your organisation's policy can't be used");
    let text = err.to_string();
    if state.policy.refused() {
        // A file that failed verification supplies nothing: not its helpdesk, not its
        // links, not its wording. What IT needs is behind Details.
        ui.label("Your organisation's policy on this computer could not be verified. Ask your IT department.");
        ui.add_space(6.0);
        egui::CollapsingHeader::new("Details for IT")
            .id_salt("policy-refusal-details")
            .show(ui, |ui| {
                for line in text.lines() {
                    ui.label(RichText::new(line).monospace());
                }
                if ui.button("Copy the details").clicked() {
                    ui.ctx().copy_text(text.clone());
                }
            });
    } else {
        ui.label(
            "MFA Ready needs your organisation's policy to know which sign-in methods and deadlines apply. \
             The policy file has problems, so nothing has been changed. Please contact your helpdesk and \
             tell them what is shown below.",
        );
        ui.add_space(6.0);
        widgets::card_ui(ui, |ui| {
            ui.label(RichText::new("Problems found").strong());
            for line in text.lines() {
                ui.label(RichText::new(line).monospace());
            }
            if ui.button("Copy the problems").clicked() {
                ui.ctx().copy_text(text.clone());
            }
        });
    }
    ui.add_space(6.0);
    pages::helpdesk_ui(ui, state.helpdesk(), actions);
}

impl eframe::App for MfaReadyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
        if self.bench_first_frame {
            self.bench_first_frame = false;
            let ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis());
            eprintln!("first-frame {ms}");
        }
    }
}
