//! The window: routes to the panel of the page in view, draws the chrome around it
//! (header, footer, notices, dialogs), applies what panels ask for, and drains the
//! services' events once per frame. Never blocks, never awaits.
//!
//! Layout, top to bottom in the order a keyboard user tabs through it: the header, the
//! page (scrolling), then the footer; notices float above the footer.

use std::sync::mpsc;

use egui::RichText;
use jiff::tz::TimeZone;
use mfa_ready_i18n::{Catalog, Lang, tr};

use crate::services::config::{Clock, LoadedPolicy, PolicyLoadError};
use crate::services::protocol::{
    Command, Event, Preference, Problem, ServiceHandle, StoreSnapshot, StoreUnavailable,
};
use mfa_ready_core::methods::Os;
use mfa_ready_core::methods::SetupIds;
use mfa_ready_core::queue::JobState;
use mfa_ready_core::readiness::{Registration, Source};

use super::chrome::{self, ChromeAction, DialogResult, OpenReportDialog};
use super::panels::{self, Panel};
use super::share::SharePanel;
use super::state::{Action, AppState, Banner, BrowserFailed, Notice, NoticeKey, Page};
use super::theme::{self, ThemeChoice};
use super::viewer::ReportViewer;
use super::{notices, pending, widgets, words};

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

/// The window: the state it renders, the panels (each owns its own state), the chrome's
/// dialogs, and the channels to the services thread.
pub struct MfaReadyApp {
    state: AppState,
    services: ServiceHandle,
    events: mpsc::Receiver<Event>,
    /// Every page's panel, the wizard's first.
    panels: Vec<Box<dyn Panel>>,
    /// "Share with helpdesk".
    share: SharePanel,
    /// Helpdesk mode: a report someone handed over, shown instead of the pages.
    viewer: Option<ReportViewer>,
    /// "Open a report", while its dialog is open.
    open_report: Option<OpenReportDialog>,
    /// Where the keyboard focus goes back to when a dialog closes.
    return_focus: Option<egui::Id>,
    /// What had the keyboard focus when this frame began (what opened a dialog).
    focus_at_start: Option<egui::Id>,
    /// Text size (egui's zoom factor), 1.0–2.0.
    zoom: f32,
    /// What was last applied to egui (theme, zoom, title), so it is set only on change.
    applied: Applied,
    /// The footer's height last frame (the page scrolls above it).
    footer_height: f32,
    /// Text to put on the clipboard at the end of the frame.
    copy_request: Option<String>,
    /// Keeps the services thread alive as long as the window (shut down on drop).
    owned_services: Option<crate::services::runtime::Services>,
    /// Print `first-frame <unix ms>` once (benchmark script).
    bench_first_frame: bool,
    /// Whether the window had the focus last frame: gaining it reads this computer again
    /// (the user may have turned Bluetooth on or plugged a key in meanwhile).
    was_focused: bool,
    /// Opened after the first frame: the services' start-up work waits for it.
    start_gate: Option<crate::services::runtime::StartGate>,
    /// The window's language, shared with the desktop notifications' words.
    shared_lang: Option<std::sync::Arc<std::sync::Mutex<Lang>>>,
}

#[derive(Default)]
struct Applied {
    /// The user's language choice last applied (`Some(None)`: as the system). The
    /// policy's rule and the system's languages are fixed once the window runs, so the
    /// language is worked out again only when the choice changes, not every frame.
    chosen: Option<Option<Lang>>,
    lang: Option<Lang>,
    theme: Option<ThemeChoice>,
    zoom: Option<f32>,
    title: String,
}

impl MfaReadyApp {
    pub fn new(init: AppInit) -> Self {
        let now = init.clock.now();
        let mut theme = ThemeChoice::System;
        let mut zoom = 1.0;
        let mut chosen_lang = None;
        let mut setup_ids = SetupIds::default();
        let (registrations, first_run, page, notice, db_path, errors) = match init.snapshot {
            Ok(s) => {
                for (pref, value) in &s.preferences {
                    match pref {
                        Preference::Theme => {
                            theme = ThemeChoice::from_id(value).unwrap_or_default();
                        }
                        Preference::TextSize => {
                            zoom = value.parse::<f32>().map_or(1.0, |pct| {
                                (pct / 100.0).clamp(theme::ZOOM_MIN, theme::ZOOM_MAX)
                            });
                        }
                        Preference::Language => {
                            chosen_lang = super::language::from_stored(value);
                        }
                    }
                }
                setup_ids = s.setup_ids;
                (
                    s.registrations,
                    s.first_run,
                    s.page
                        .as_deref()
                        .and_then(Page::from_id)
                        .unwrap_or(Page::Overview),
                    s.recovered,
                    Some(s.db_path),
                    Vec::new(),
                )
            }
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
                setup_ids,
                first_run,
                page,
                clock: init.clock,
                os: init.os,
                tz: init.tz,
                tr: Catalog::new(Lang::En),
                errors,
                notice,
                db_path,
                focus_method: None,
                health: Default::default(),
                check_requested: false,
                queue: Default::default(),
                notices: Vec::new(),
                portal_failing: None,
                browser_failed: None,
                autostart: None,
                device: None,
                theme,
                languages: super::language::Languages::new(chosen_lang, Vec::new()),
            },
            services: init.services,
            events: init.events,
            panels: panels::all(),
            share: SharePanel::default(),
            viewer: None,
            open_report: None,
            return_focus: None,
            focus_at_start: None,
            zoom,
            applied: Applied::default(),
            footer_height: 64.0,
            copy_request: None,
            owned_services: None,
            bench_first_frame: false,
            start_gate: None,
            shared_lang: None,
            was_focused: true,
        }
    }

    /// The system's preferred languages (most wanted first), for "As the system".
    pub fn set_system_locales(&mut self, locales: Vec<String>) {
        self.state.tr = Catalog::new(self.state.tr.lang()).with_region_from(&locales);
        self.state.languages.system = locales;
        // Worked out again at the next frame.
        self.applied.chosen = None;
    }

    /// The system-font provider installed at start speaks `lang`'s locale (no second
    /// enumeration of the system's fonts when the window speaks it).
    pub fn font_provider_for(&mut self, lang: Lang) {
        self.state.languages.provider_installed_for(lang);
    }

    /// Kept up to date with the language the window speaks (the desktop notifications
    /// the services show are worded in it).
    pub fn share_language(&mut self, shared: std::sync::Arc<std::sync::Mutex<Lang>>) {
        self.shared_lang = Some(shared);
    }

    /// Ties the services thread's lifetime to the window's.
    pub fn own_services(&mut self, services: crate::services::runtime::Services) {
        self.owned_services = Some(services);
    }

    /// The services' start-up work begins after the first frame (see
    /// `Services::start_gated`).
    pub fn start_services_after_first_frame(&mut self, gate: crate::services::runtime::StartGate) {
        self.start_gate = Some(gate);
    }

    /// Prints `first-frame <unix ms>` on stderr after the first frame (benchmarks).
    pub fn set_bench_first_frame(&mut self, on: bool) {
        self.bench_first_frame = on;
    }

    /// What the window shows (read-only; for tests and the panels).
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

    /// The window's title: its accessible name ("MFA Ready · Overview").
    pub fn window_title(&self) -> String {
        let tr = &self.state.tr;
        let page = if self.viewer.is_some() {
            tr!(tr, "menu-open-report").trim_end_matches('…').to_owned()
        } else {
            self.state.page.name(tr)
        };
        tr!(tr, "window-title", page = page)
    }

    /// The text size (1.0 = 100 %).
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Carries out what the panels asked for, in order.
    fn apply(&mut self, actions: Vec<Action>, now: f64) {
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
                Action::CheckDevice => self.send(Command::CheckDevice),
                Action::OpenSettings(check) => self.send(Command::OpenSettings(check)),
                Action::CancelJob(id) => {
                    if let Some(pj) = self.state.queue.jobs.iter_mut().find(|j| j.job.id == id) {
                        pj.job.state = JobState::Cancelled;
                    }
                    self.send(Command::CancelJob(id));
                }
                Action::DismissNotice(key) => self.dismiss(key),
                Action::SetAutostart(on) => {
                    self.state.autostart = Some(on);
                    self.send(Command::SetAutostart(on));
                }
                Action::OpenShare => {
                    if self.return_focus.is_none() {
                        self.return_focus = self.focus_at_start;
                    }
                    let mut more = Vec::new();
                    self.share.open(&mut more);
                    self.apply(more, now);
                }
                Action::Copy { text, what } => {
                    self.copy_request = Some(text);
                    pending::push_notice(&mut self.state.notices, Notice::Copied(what), now);
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

    fn dismiss(&mut self, key: NoticeKey) {
        match key {
            NoticeKey::Banner(i) if i < self.state.errors.len() => {
                self.state.errors.remove(i);
            }
            NoticeKey::Notice(i) if i < self.state.notices.len() => {
                self.state.notices.remove(i);
            }
            NoticeKey::PortalFailing => self.state.portal_failing = None,
            NoticeKey::BrowserFailed => self.state.browser_failed = None,
            NoticeKey::Recovered => self.state.notice = None,
            NoticeKey::Banner(_) | NoticeKey::Notice(_) => {}
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

    /// Shows a problem, once.
    fn show_error(&mut self, banner: Banner) {
        if !self.state.errors.contains(&banner) {
            self.state.errors.push(banner);
        }
    }

    /// Applies what the services sent. Returns true when a focus was requested.
    fn drain_events(&mut self, now: f64) -> bool {
        let mut focus = false;
        while let Ok(event) = self.events.try_recv() {
            match event {
                Event::Snapshot(s) => {
                    self.state.registrations = s.registrations;
                    self.state.setup_ids = s.setup_ids;
                    self.state.first_run = s.first_run;
                    self.state.db_path = Some(s.db_path);
                }
                // Not an error to the person: the link is offered to copy or to scan.
                Event::Error(Problem::BrowserFailed { url, detail }) => {
                    self.state.browser_failed = Some(BrowserFailed { url, detail });
                }
                Event::Error(problem) => self.show_error(Banner::Service(problem)),
                Event::FocusRequested => focus = true,
                Event::Health(h) => {
                    if h.checking || h.report.is_some() {
                        self.state.check_requested = false;
                    }
                    // The "seems to be failing" offer goes when its portal answers again.
                    if let (Some((portal, _, _)), Some(report)) =
                        (&self.state.portal_failing, &h.report)
                        && report
                            .portals
                            .iter()
                            .any(|p| &p.name == portal && p.outcome.is_healthy())
                    {
                        self.state.portal_failing = None;
                    }
                    self.state.health = h;
                }
                Event::Queue(q) => self.state.queue = q,
                Event::Notice(n) => {
                    pending::push_notice(&mut self.state.notices, Notice::Service(n), now);
                }
                Event::PortalFailing {
                    portal,
                    url,
                    method,
                } => self.state.portal_failing = Some((portal, url, method)),
                Event::Autostart(on) => self.state.autostart = Some(on),
                Event::ReportReady(r) => self.share.on_report(*r, &self.state.tr),
                Event::Saved { what, path } => {
                    pending::push_notice(
                        &mut self.state.notices,
                        Notice::Saved { what, path },
                        now,
                    );
                }
                Event::ReportOpened(Ok(opened)) => {
                    self.viewer = Some(ReportViewer::new(
                        *opened,
                        self.state.tz.clone(),
                        &self.state.tr,
                    ));
                }
                Event::ReportOpened(Err(why)) => self.show_error(Banner::ReportNotOpened(why)),
                Event::Device(d) => self.state.device = Some(*d),
            }
        }
        focus
    }

    /// Theme, text size and the window's title, set on egui when they change.
    fn apply_looks(&mut self, ctx: &egui::Context) {
        self.apply_language(ctx);
        if self.applied.theme != Some(self.state.theme) {
            ctx.set_visuals_of(egui::Theme::Dark, theme::visuals(&theme::DARK));
            ctx.set_visuals_of(egui::Theme::Light, theme::visuals(&theme::LIGHT));
            ctx.set_theme(self.state.theme.to_egui());
            // Our own text-size keys keep it within 100–200 %.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
            self.applied.theme = Some(self.state.theme);
        }
        if self.applied.zoom != Some(self.zoom) {
            ctx.set_zoom_factor(self.zoom);
            self.applied.zoom = Some(self.zoom);
        }
        let title = self.window_title();
        // The window's accessible name (the root node is rebuilt every frame).
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(title.clone());
        });
        if self.applied.title != title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.applied.title = title;
        }
    }

    /// Speaks the language the rule gives, once its glyphs can be drawn; else English,
    /// with a notice (in English) that says why.
    fn apply_language(&mut self, ctx: &egui::Context) {
        let chosen = self.state.languages.chosen;
        if self.applied.chosen == Some(chosen) {
            return;
        }
        self.applied.chosen = Some(chosen);
        let want = self.state.languages.wanted(&self.state.language_rule());
        if self.applied.lang == Some(want) {
            return;
        }
        self.applied.lang = Some(want);
        let speak = if self.state.languages.ensure_fonts(ctx, want) {
            want
        } else {
            self.show_error(Banner::FontMissing(want));
            Lang::En
        };
        if self.state.tr.lang() != speak {
            self.state.tr = Catalog::new(speak).with_region_from(&self.state.languages.system);
        }
        if let Some(shared) = &self.shared_lang
            && let Ok(mut l) = shared.lock()
        {
            *l = speak;
        }
    }

    fn chrome(&mut self, ctx: &egui::Context, actions: Vec<ChromeAction>, now: f64) {
        for a in actions {
            match a {
                ChromeAction::GoTo(page) => self.go_to(page),
                ChromeAction::OpenReportDialog => {
                    self.return_focus = self.focus_at_start.or_else(|| ctx.memory(|m| m.focused()));
                    self.open_report = Some(OpenReportDialog::default());
                }
                ChromeAction::Share => {
                    self.return_focus = self.focus_at_start.or_else(|| ctx.memory(|m| m.focused()));
                    self.apply(vec![Action::OpenShare], now);
                }
                ChromeAction::CloseReport => self.viewer = None,
                ChromeAction::Language(choice) => {
                    self.state.languages.chosen = choice;
                    self.send(Command::SetPreference(
                        Preference::Language,
                        super::language::stored(choice),
                    ));
                }
                ChromeAction::Theme(t) => {
                    self.state.theme = t;
                    self.send(Command::SetPreference(Preference::Theme, t.id().to_owned()));
                }
                ChromeAction::TextLarger | ChromeAction::TextSmaller | ChromeAction::TextReset => {
                    self.zoom = match a {
                        ChromeAction::TextLarger => theme::zoom_step(self.zoom, true),
                        ChromeAction::TextSmaller => theme::zoom_step(self.zoom, false),
                        _ => 1.0,
                    };
                    let pct = (self.zoom * 100.0).round() as u32;
                    self.send(Command::SetPreference(
                        Preference::TextSize,
                        pct.to_string(),
                    ));
                }
                ChromeAction::CheckPortals => self.apply(vec![Action::CheckNow], now),
            }
        }
    }

    /// The whole window; also used directly by UI tests.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let now = ctx.input(|i| i.time);
        self.focus_at_start = ctx.memory(|m| m.focused());
        if self.drain_events(now) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
        self.expire_notices(&ctx, now);
        let focused = ctx.input(|i| i.viewport().focused.unwrap_or(true));
        if focused && !self.was_focused {
            self.send(Command::CheckDevice);
        }
        self.was_focused = focused;
        self.apply_looks(&ctx);
        let mut chrome_actions = chrome::shortcuts(&ctx, self.state.valid_policy().is_some());
        self.dropped_files(&ctx);

        let viewing = self.viewer.is_some();
        egui::Panel::top("header").show(ui, |ui| {
            chrome::header_ui(&self.state, ui, viewing, &mut chrome_actions);
        });
        let mut actions = Vec::new();
        let mut footer_top = ctx.content_rect().bottom();
        egui::CentralPanel::default().show(ui, |ui| {
            let page_height = (ui.available_height() - self.footer_height).max(80.0);
            egui::ScrollArea::vertical()
                .id_salt("page")
                .max_height(page_height)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.add_space(4.0);
                    if let Some(v) = &mut self.viewer {
                        if v.ui(ui, &self.state.tr) {
                            self.viewer = None;
                        }
                    } else {
                        self.page_ui(ui, &mut actions);
                    }
                });
            // The footer after the page, so Tab reaches the page's controls first.
            let before = ui.cursor().top();
            footer_top = before;
            ui.separator();
            chrome::footer_ui(&self.state, ui, viewing, &mut chrome_actions);
            ui.add_space(4.0);
            self.footer_height = ui.cursor().top() - before;
        });
        notices::toasts_ui(&self.state, &ctx, footer_top, &mut actions);
        self.share.window_ui(&self.state, &ctx, &mut actions);
        self.open_report_ui(&ctx);
        self.apply(actions, now);
        self.chrome(&ctx, chrome_actions, now);
        self.copy_out(&ctx);
        self.restore_focus(&ctx);
        self.schedule_repaints(&ctx);
    }

    /// The page in view; what it asks for is applied after it is drawn.
    fn page_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let state = &self.state;
        if let Err(e) = &state.policy.result {
            policy_error_ui(state, ui, e, actions);
            return;
        }
        if let Some(panel) = self.panels.iter_mut().find(|p| p.page() == state.page) {
            panel.ui(state, ui, actions);
        }
    }

    /// Confirmations clear themselves after a while.
    fn expire_notices(&mut self, ctx: &egui::Context, now: f64) {
        self.state
            .notices
            .retain(|p| !p.notice.expires() || now - p.at < notices::CONFIRMATION_SECONDS);
        if let Some(next) = self
            .state
            .notices
            .iter()
            .filter(|p| p.notice.expires())
            .map(|p| p.at + notices::CONFIRMATION_SECONDS - now)
            .reduce(f64::min)
        {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(next.max(0.05)));
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

    /// "Open a report": a path field (the report is read by the services).
    fn open_report_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = &mut self.open_report else {
            return;
        };
        match dialog.ui(&self.state, ctx) {
            DialogResult::Stay => {}
            DialogResult::Close => self.open_report = None,
            DialogResult::Open(path) => {
                self.open_report = None;
                self.send(Command::OpenReport(path));
            }
        }
    }

    /// When every dialog is closed, the focus goes back to what opened the last one.
    fn restore_focus(&mut self, ctx: &egui::Context) {
        if self.open_report.is_none()
            && !self.share.open
            && let Some(id) = self.return_focus.take()
        {
            ctx.memory_mut(|m| m.request_focus(id));
        }
    }

    fn copy_out(&mut self, ctx: &egui::Context) {
        if let Some(text) = self.copy_request.take() {
            ctx.copy_text(text);
        }
    }

    fn schedule_repaints(&self, ctx: &egui::Context) {
        let clock_runs = !self.state.clock.is_fixed();
        // A pending job's countdown ticks in seconds, only while one is shown.
        let now = self.state.clock.now();
        if clock_runs
            && self.state.page == Page::Overview
            && self
                .state
                .queue
                .jobs
                .iter()
                .any(|j| j.job.shows_countdown(now))
        {
            ctx.request_repaint_after(std::time::Duration::from_secs(1));
        }
        // A countdown in minutes needs a repaint now and then, not a busy loop.
        if clock_runs
            && self.state.valid_policy().is_some_and(|p| {
                p.enrollment.deadline.is_some() || p.enrollment.new_user_days.is_some()
            })
        {
            ctx.request_repaint_after(std::time::Duration::from_secs(30));
        }
    }
}

fn policy_error_ui(
    state: &AppState,
    ui: &mut egui::Ui,
    err: &PolicyLoadError,
    actions: &mut Vec<Action>,
) {
    let tr = &state.tr;
    widgets::heading_ui(ui, &tr!(tr, "policy-cannot-use"), 2);
    let text = err.to_string();
    if state.policy.refused() {
        // A file that failed verification supplies nothing: not its helpdesk, not its
        // links, not its wording. What IT needs is behind Details.
        ui.label(tr!(tr, "policy-refused"));
        ui.add_space(6.0);
        egui::CollapsingHeader::new(tr!(tr, "policy-details-for-it"))
            .id_salt("policy-refusal-details")
            .show(ui, |ui| {
                for line in text.lines() {
                    ui.label(RichText::new(line).monospace());
                }
                if ui.button(tr!(tr, "policy-copy-details")).clicked() {
                    actions.push(Action::Copy {
                        text: text.clone(),
                        what: super::state::Copied::Other,
                    });
                }
            });
    } else {
        ui.label(tr!(tr, "policy-invalid"));
        ui.add_space(6.0);
        widgets::card_ui(ui, |ui| {
            widgets::heading_ui(ui, &tr!(tr, "policy-problems"), 3);
            for line in text.lines() {
                ui.label(RichText::new(line).monospace());
            }
            if ui.button(tr!(tr, "policy-copy-problems")).clicked() {
                actions.push(Action::Copy {
                    text: text.clone(),
                    what: super::state::Copied::Other,
                });
            }
        });
    }
    ui.add_space(6.0);
    panels::helpdesk_ui(state, ui, state.helpdesk(), actions);
}

impl eframe::App for MfaReadyApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
        if let Some(gate) = self.start_gate.take() {
            gate.open();
        }
        if self.bench_first_frame {
            self.bench_first_frame = false;
            let ms = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis());
            eprintln!("first-frame {ms}");
        }
    }
}
