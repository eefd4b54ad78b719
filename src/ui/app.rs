//! The window: a three-page wizard (Overview → Methods → Summary).
//!
//! Renders from the state it holds, sends commands to the services thread and
//! drains its events once per frame. Never blocks, never awaits.

use std::sync::mpsc;

use egui::{Color32, RichText};
use jiff::tz::TimeZone;

use crate::core::methods::{MethodKind, Os};
use crate::core::policy::{Helpdesk, Policy};
use crate::core::readiness::{self, Readiness, Registration, Source};
use crate::services::config::{Clock, LoadedPolicy, PolicyLoadError};
use crate::services::runtime::{Command, Event, ServiceHandle, StoreSnapshot};

use super::{pages, widgets};

/// The wizard's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Overview,
    Methods,
    Summary,
    /// Portal health (reached from the overview; not a wizard step).
    Health,
}

impl Page {
    pub const ALL: [Page; 3] = [Page::Overview, Page::Methods, Page::Summary];

    pub fn id(self) -> &'static str {
        match self {
            Self::Overview => "overview",
            Self::Methods => "methods",
            Self::Summary => "summary",
            Self::Health => "health",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain([Self::Health])
            .find(|p| p.id() == id)
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Overview => "1  Overview",
            Self::Methods => "2  Methods",
            Self::Summary => "3  Done",
            Self::Health => "Portal health",
        }
    }

    fn next(self) -> Option<Self> {
        match self {
            Self::Overview => Some(Self::Methods),
            Self::Methods => Some(Self::Summary),
            Self::Summary | Self::Health => None,
        }
    }

    fn prev(self) -> Option<Self> {
        match self {
            Self::Overview => None,
            Self::Methods => Some(Self::Overview),
            Self::Summary => Some(Self::Methods),
            Self::Health => Some(Self::Overview),
        }
    }
}

/// What the window starts from. Built by `main` (or a test) before the first frame.
pub struct AppInit {
    pub policy: LoadedPolicy,
    /// The stored state, or why it could not be read.
    pub snapshot: Result<StoreSnapshot, String>,
    pub clock: Clock,
    pub os: Os,
    /// The user's time zone, for showing deadlines.
    pub tz: TimeZone,
    pub services: ServiceHandle,
    pub events: mpsc::Receiver<Event>,
}

/// The app state, rendered every frame.
pub struct MfaReadyApp {
    pub(crate) policy: LoadedPolicy,
    pub(crate) registrations: Vec<Registration>,
    pub(crate) first_run: jiff::Timestamp,
    pub(crate) page: Page,
    pub(crate) clock: Clock,
    pub(crate) os: Os,
    pub(crate) tz: TimeZone,
    pub(crate) services: ServiceHandle,
    events: mpsc::Receiver<Event>,
    /// Problems to show in a banner until dismissed.
    pub(crate) errors: Vec<String>,
    /// The damaged-database notice, if any.
    pub(crate) notice: Option<String>,
    pub(crate) db_path: Option<String>,
    /// Card to bring into view on the methods page (from "Set up …" on the overview).
    pub(crate) focus_method: Option<MethodKind>,
    /// Portal health as last sent by the services.
    pub(crate) health: crate::services::health::HealthSnapshot,
    /// "Check now" was clicked and no check has started since (shows the spinner at once).
    pub(crate) check_requested: bool,
    /// Keeps the services thread alive as long as the window (shut down on drop).
    owned_services: Option<crate::services::runtime::Services>,
    /// Print `first-frame <unix ms>` once (benchmark script).
    bench_first_frame: bool,
    /// The retry queue, as last sent by the services.
    pub(crate) queue: crate::services::worker::QueueSnapshot,
    /// In-app notices (job done or failed, portal back).
    pub(crate) notices: Vec<crate::services::worker::UserNotice>,
    /// A setup page whose portal seems to fail: (portal, url, method).
    pub(crate) portal_failing: Option<(String, String, MethodKind)>,
    /// The "Add phone now" form.
    pub(crate) phone_form: super::pending::PhoneForm,
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
                vec![format!("Your progress cannot be saved: {e}")],
            ),
        };
        Self {
            policy: init.policy,
            registrations,
            first_run,
            page,
            clock: init.clock,
            os: init.os,
            tz: init.tz,
            services: init.services,
            events: init.events,
            errors,
            notice,
            db_path,
            focus_method: None,
            health: Default::default(),
            check_requested: false,
            owned_services: None,
            bench_first_frame: false,
            queue: Default::default(),
            notices: Vec::new(),
            portal_failing: None,
            phone_form: Default::default(),
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

    /// The policy, when valid.
    pub(crate) fn valid_policy(&self) -> Option<&Policy> {
        self.policy.result.as_ref().ok()
    }

    /// The helpdesk to show: the policy's, or the one salvaged from a broken policy.
    pub(crate) fn helpdesk(&self) -> Option<&Helpdesk> {
        match &self.policy.result {
            Ok(p) => p.helpdesk.as_ref(),
            Err(_) => self.policy.salvaged_helpdesk.as_ref(),
        }
    }

    /// The verdict right now.
    pub(crate) fn readiness(&self) -> Option<Readiness> {
        let policy = self.valid_policy()?;
        Some(readiness::assess(&readiness::Input {
            policy,
            registered: &self.registrations,
            first_run: self.first_run,
            now: self.clock.now(),
            os: self.os,
        }))
    }

    pub(crate) fn is_registered(&self, kind: MethodKind) -> Option<&Registration> {
        self.registrations.iter().find(|r| r.kind == kind)
    }

    /// "I've set this up": shown at once, saved by the services.
    pub(crate) fn mark(&mut self, kind: MethodKind) {
        if self.is_registered(kind).is_none() {
            self.registrations.push(Registration {
                kind,
                source: Source::SelfAttested,
                registered_at: self.clock.now(),
            });
        }
        self.send(Command::Mark(kind));
    }

    /// "Remove": shown at once, saved by the services.
    pub(crate) fn unmark(&mut self, kind: MethodKind) {
        self.registrations.retain(|r| r.kind != kind);
        self.send(Command::Unmark(kind));
    }

    pub(crate) fn go_to(&mut self, page: Page) {
        if self.page != page {
            self.page = page;
            self.send(Command::SetPage(page.id().to_owned()));
        }
    }

    pub(crate) fn send(&mut self, cmd: Command) {
        if !self.services.send(cmd) {
            let msg =
                "The background service stopped: changes are not being saved. Restart MFA Ready."
                    .to_owned();
            if !self.errors.contains(&msg) {
                self.errors.push(msg);
            }
        }
    }

    /// Applies what the services sent. Returns true when a focus was requested.
    fn drain_events(&mut self) -> bool {
        let mut focus = false;
        while let Ok(event) = self.events.try_recv() {
            match event {
                Event::Snapshot(s) => {
                    self.registrations = s.registrations;
                    self.first_run = s.first_run;
                    self.db_path = Some(s.db_path);
                }
                Event::Error(e) => {
                    if !self.errors.contains(&e) {
                        self.errors.push(e);
                    }
                }
                Event::FocusRequested => focus = true,
                Event::Health(h) => {
                    if h.checking || h.report.is_some() {
                        self.check_requested = false;
                    }
                    self.health = h;
                }
                Event::Queue(q) => self.queue = q,
                Event::Notice(n) => super::pending::push_notice(&mut self.notices, n),
                Event::PortalFailing {
                    portal,
                    url,
                    method,
                } => self.portal_failing = Some((portal, url, method)),
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

        egui::Panel::top("header").show(ui, |ui| self.header_ui(ui));
        egui::Panel::bottom("footer").show(ui, |ui| self.footer_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(4.0);
                    self.banners_ui(ui);
                    match &self.policy.result {
                        Err(e) => {
                            let e = e.clone();
                            self.policy_error_ui(ui, &e);
                        }
                        Ok(_) => match self.page {
                            Page::Overview => {
                                super::pending::notices_ui(self, ui);
                                super::pending::pending_ui(self, ui);
                                pages::overview_ui(self, ui);
                                super::pending::enroll_actions_ui(self, ui);
                            }
                            Page::Methods => pages::methods_ui(self, ui),
                            Page::Summary => pages::summary_ui(self, ui),
                            Page::Health => super::health::health_ui(self, ui),
                        },
                    }
                });
        });

        // A pending job's countdown ticks in seconds, only while one is shown.
        let now = self.clock.now();
        if !self.clock.is_fixed()
            && self.page == Page::Overview
            && self.queue.jobs.iter().any(|j| j.job.shows_countdown(now))
        {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }

        // A countdown in minutes needs a repaint now and then, not a busy loop.
        if !self.clock.is_fixed()
            && self.valid_policy().is_some_and(|p| {
                p.enrollment.deadline.is_some() || p.enrollment.new_user_days.is_some()
            })
        {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(30));
        }
    }

    fn header_ui(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let org = self.valid_policy().map_or("MFA Ready".to_owned(), |p| {
                format!("MFA Ready · {}", p.organization)
            });
            ui.heading(org);
            if let Some(r) = self.readiness() {
                ui.add_space(8.0);
                widgets::verdict_badge_ui(ui, r.verdict);
            }
            let pending = self.queue.open_count();
            if pending > 0 {
                let badge =
                    widgets::pill_ui(ui, &format!("Pending work: {pending}"), widgets::AMBER)
                        .interact(egui::Sense::click());
                if badge.clicked() {
                    self.go_to(Page::Overview);
                }
            }
        });
        if self.valid_policy().is_some() {
            ui.horizontal(|ui| {
                for page in Page::ALL {
                    let selected = self.page == page;
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
        if self.valid_policy().is_some() {
            ui.horizontal(|ui| {
                if let Some(prev) = self.page.prev()
                    && ui.button("‹ Back").clicked()
                {
                    self.go_to(prev);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if let Some(next) = self.page.next()
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
                RichText::new(format!("Policy: {}", self.policy.source.describe()))
                    .small()
                    .weak(),
            );
            if let Clock::Fixed(t) = self.clock {
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
        for (i, e) in self.errors.iter().enumerate() {
            widgets::banner_ui(ui, Color32::from_rgb(200, 40, 40), |ui| {
                ui.label(RichText::new(e).strong());
                if ui.small_button("Dismiss").clicked() {
                    dismiss = Some(i);
                }
            });
        }
        if let Some(i) = dismiss {
            self.errors.remove(i);
        }
        let mut clear_notice = false;
        if let Some(n) = &self.notice {
            widgets::banner_ui(ui, widgets::AMBER, |ui| {
                ui.label(n);
                if ui.small_button("Got it").clicked() {
                    clear_notice = true;
                }
            });
        }
        if clear_notice {
            self.notice = None;
        }
    }

    fn policy_error_ui(&mut self, ui: &mut egui::Ui, err: &PolicyLoadError) {
        ui.heading("Your organisation's policy can't be used");
        ui.label(
            "MFA Ready needs your organisation's policy to know which sign-in methods and deadlines apply. \
             The policy file has problems, so nothing has been changed. Please contact your helpdesk and \
             tell them what is shown below.",
        );
        ui.add_space(6.0);
        widgets::card_ui(ui, |ui| {
            ui.label(RichText::new("Problems found").strong());
            let text = err.to_string();
            for line in text.lines() {
                ui.label(RichText::new(line).monospace());
            }
            if ui.button("Copy the problems").clicked() {
                ui.ctx().copy_text(text);
            }
        });
        ui.add_space(6.0);
        let helpdesk = self.helpdesk().cloned();
        pages::helpdesk_ui(self, ui, helpdesk.as_ref());
    }
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
