//! The window's side of issue 8 on the services thread: deadline reminders
//! while the window runs (at start, then when the next step comes due), the
//! autostart switch (and the policy's default for it), building the report to
//! share, saving files the user chose, and opening a report handed over.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use jiff::tz::TimeZone;

use crate::services::autostart::{self, Autostart};
use crate::services::config::LoadedPolicy;
use crate::services::notify::Notifier;
use crate::services::protocol::{
    Command, Ctx, Event, NoticeWords, Problem, ReportNotOpened, SavedFile, UserNotice,
};
use crate::services::reminders;
use crate::services::report::{self as report_service, Requester};
use mfa_ready_core::methods::Os;
use mfa_ready_core::reminders::Reminder;

/// What the helpdesk features need (built by `gui` from the policy in force).
pub struct HelpdeskSetup {
    pub loaded: LoadedPolicy,
    pub os: Os,
    pub tz: TimeZone,
    pub notifier: Arc<dyn Notifier>,
    /// The words of the reminders' desktop notifications, in the window's language when
    /// one is shown (`gui` passes `ui::words::desktop_notice`, as to the queue).
    pub desktop_words: NoticeWords,
    /// This user's autostart entry; `None` turns the switch off (tests, no home).
    pub autostart: Option<Autostart>,
    /// What the entry starts (none when this program cannot tell where it is).
    pub login: Option<crate::services::autostart::LoginCommand>,
}

/// Runs the reminders and answers the helpdesk commands.
pub struct HelpdeskRuntime {
    setup: Arc<HelpdeskSetup>,
}

impl HelpdeskRuntime {
    /// Applies the autostart default, tells the window the switch's state and
    /// starts the reminder loop.
    pub(crate) fn start(setup: HelpdeskSetup, ctx: &Arc<Ctx>) -> Self {
        let setup = Arc::new(setup);
        let rt = Self {
            setup: Arc::clone(&setup),
        };
        let ctx2 = Arc::clone(ctx);
        tokio::spawn(async move {
            apply_autostart_default(&setup, &ctx2).await;
            reminder_loop(setup, ctx2).await;
        });
        rt
    }

    /// One helpdesk command.
    pub(crate) async fn handle(&self, cmd: Command, ctx: &Arc<Ctx>) {
        match cmd {
            Command::SetAutostart(on) => set_autostart(&self.setup, ctx, on).await,
            Command::BuildReport { user_name } => self.build_report(user_name, ctx).await,
            Command::SaveFile {
                path,
                contents,
                what,
            } => save_file(path, contents, what, ctx).await,
            Command::OpenReport(path) => {
                let opened = tokio::task::spawn_blocking(move || {
                    report_service::open_report(&path).map_err(ReportNotOpened::from)
                })
                .await
                .unwrap_or_else(|e| {
                    Err(ReportNotOpened::Other {
                        detail: e.to_string(),
                    })
                });
                ctx.emit(Event::ReportOpened(opened.map(Box::new)));
            }
            _ => {}
        }
    }

    async fn build_report(&self, user_name: Option<String>, ctx: &Arc<Ctx>) {
        let setup = Arc::clone(&self.setup);
        let now = ctx.clock.now();
        // This computer as it is now, for the report's `device` and its verdict.
        let device = match setup.loaded.result.as_ref() {
            Ok(policy) => Some(
                crate::services::device::read(
                    &crate::services::device::Host::from_env(),
                    &policy.device.min_os,
                )
                .await
                .summary(policy),
            ),
            Err(_) => None,
        };
        let built = ctx
            .store_op(move |s| {
                let Ok(policy) = setup.loaded.result.as_ref() else {
                    return Ok(None);
                };
                report_service::gather(
                    s,
                    &setup.loaded,
                    policy,
                    &Requester {
                        user_name: user_name.as_deref(),
                        os: setup.os,
                        device: device.as_ref(),
                    },
                    now,
                )
                .map(Some)
            })
            .await;
        match built {
            Ok(Some(r)) => ctx.emit(Event::ReportReady(Box::new(r))),
            Ok(None) => ctx.emit(Event::Error(Problem::ReportNeedsPolicy)),
            Err(e) => ctx.emit(Event::Error(Problem::ReportNotMade {
                detail: e.to_string(),
            })),
        }
    }
}

async fn save_file(path: PathBuf, contents: String, what: SavedFile, ctx: &Arc<Ctx>) {
    let shown = path.display().to_string();
    let written = tokio::task::spawn_blocking(move || {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        crate::services::files::write_whole(&path, contents.as_bytes())
    })
    .await
    .unwrap_or_else(|e| Err(std::io::Error::other(e.to_string())));
    match written {
        Ok(()) => ctx.emit(Event::Saved { what, path: shown }),
        Err(e) => ctx.emit(Event::Error(Problem::FileNotSaved {
            what,
            path: shown,
            detail: e.to_string(),
        })),
    }
}

async fn set_autostart(setup: &HelpdeskSetup, ctx: &Arc<Ctx>, on: bool) {
    let Some(entry) = setup.autostart.clone() else {
        ctx.emit(Event::Error(Problem::AutostartUnavailable));
        return;
    };
    let login = setup.login.clone();
    let changed = tokio::task::spawn_blocking(move || match (on, login) {
        (true, Some(command)) => entry
            .enable(&command)
            .map_err(|e| Problem::AutostartNotChanged {
                detail: e.to_string(),
            }),
        (true, None) => Err(Problem::AutostartProgramUnknown),
        (false, _) => entry
            .disable()
            .map(|_| ())
            .map_err(|e| Problem::AutostartNotChanged {
                detail: e.to_string(),
            }),
    })
    .await
    .unwrap_or_else(|e| {
        Err(Problem::AutostartNotChanged {
            detail: e.to_string(),
        })
    });
    match changed {
        Ok(()) => {
            let value = if on { "on" } else { "off" };
            let _ = ctx
                .store_op(move |s| s.set_setting(autostart::SETTING, value))
                .await;
            ctx.emit(Event::Autostart(on));
        }
        Err(problem) => {
            ctx.emit(Event::Error(problem));
            ctx.emit(Event::Autostart(!on));
        }
    }
}

/// With no choice stored, the policy's `[reminders] autostart` decides; then
/// the window learns the switch's state.
async fn apply_autostart_default(setup: &HelpdeskSetup, ctx: &Arc<Ctx>) {
    let Some(entry) = setup.autostart.clone() else {
        return;
    };
    let wanted = setup
        .loaded
        .result
        .as_ref()
        .is_ok_and(|p| p.reminders.autostart);
    let choice = ctx
        .store_op(|s| s.setting(autostart::SETTING))
        .await
        .ok()
        .flatten();
    if choice.is_none() && wanted {
        set_autostart(setup, ctx, true).await;
        return;
    }
    let on = tokio::task::spawn_blocking(move || entry.is_enabled())
        .await
        .unwrap_or(false);
    ctx.emit(Event::Autostart(on));
}

/// Checks reminders at start, then again when the plan says (at most every 6 h,
/// at least a minute apart). Under a fixed clock, once.
async fn reminder_loop(setup: Arc<HelpdeskSetup>, ctx: Arc<Ctx>) {
    loop {
        let now = ctx.clock.now();
        let s2 = Arc::clone(&setup);
        let checked = ctx
            .store_op(move |s| {
                let Ok(policy) = s2.loaded.result.as_ref() else {
                    return Ok(None);
                };
                let words = |r: &Reminder| (s2.desktop_words)(&UserNotice::Reminder(r.clone()));
                let delivery = reminders::Delivery {
                    notifier: &*s2.notifier,
                    words: &words,
                    seen: reminders::Seen::AlsoInWindow,
                };
                reminders::check_and_notify(s, policy, s2.os, &s2.tz, &delivery, now).map(Some)
            })
            .await;
        let next = match checked {
            Ok(Some(c)) => {
                if let Some(r) = c.shown {
                    ctx.emit(Event::Notice(UserNotice::Reminder(r)));
                }
                c.next_check
            }
            Ok(None) => return,
            Err(e) => {
                tracing::warn!(error = %e, "could not check reminders");
                None
            }
        };
        if ctx.clock.is_fixed() {
            return;
        }
        let wait = next
            .map(|t| t.duration_since(ctx.clock.now()).as_secs().max(60))
            .unwrap_or(6 * 3600)
            .min(6 * 3600);
        tokio::time::sleep(Duration::from_secs(u64::try_from(wait).unwrap_or(3600))).await;
    }
}
