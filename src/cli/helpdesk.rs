//! Deadlines that reach people and the report for the helpdesk (issue 8):
//! `remind`, `calendar`, `report`, `autostart`.

use std::io::Write;
use std::path::Path;

use jiff::tz::TimeZone;

use crate::services::autostart::{self, Autostart};
use crate::services::notify::{self, Notice};
use crate::services::reminders;
use crate::services::report::{Requester, gather};
use mfa_ready_core::ics;
use mfa_ready_core::methods::Os;
use mfa_ready_core::reminders::Reminder;
use mfa_ready_core::report::{self, Format, render};
use mfa_ready_i18n::tr;

use super::args::{ReportFormat, Switch};
use super::common::{CliError, CliResult, EXIT_OK};
use super::session::Session;

/// `remind`: shows the reminder due now (a desktop notification, and a line
/// on stdout), and exits. No window, no instance lock. Its words are in the
/// language of `LC_ALL` / `LC_MESSAGES` / `LANG`.
pub fn remind(session: &Session) -> CliResult {
    let now = session.now;
    let policy = session.policy()?;
    let mut store = session.store()?;
    let tr = session.catalog();
    let words = |r: &Reminder| Notice {
        title: r.title(tr),
        body: r.body(tr),
    };
    let notifier = notify::desktop();
    let checked = reminders::check_and_notify(
        &mut store,
        policy,
        Os::current(),
        &TimeZone::system(),
        &reminders::Delivery {
            notifier: &*notifier,
            words: &words,
            seen: reminders::Seen::NotificationOnly,
        },
        now,
    )?;
    if let Some((r, why)) = checked.not_shown {
        // Nobody saw it: say so (exit 2), and the next run tries again.
        let n = words(&r);
        println!(
            "{}",
            tr!(tr, "cli-reminder-not-shown", title = n.title, body = n.body)
        );
        return Err(CliError(format!(
            "the reminder could not be shown as a notification ({why}); the next `mfa-ready remind` tries again"
        )));
    }
    match checked.shown.as_ref().map(words) {
        Some(n) => println!(
            "{}",
            tr!(tr, "cli-reminder-shown", title = n.title, body = n.body)
        ),
        None => println!("{}", tr!(tr, "cli-reminder-none")),
    }
    Ok(EXIT_OK)
}

/// `calendar --out FILE`: the deadline as an `.ics` file.
pub fn calendar(session: &Session, out: &Path) -> CliResult {
    let now = session.now;
    let policy = session.policy()?;
    let mut store = session.store()?;
    let first_run = store.first_run(now)?;
    let Some(deadline) = mfa_ready_core::deadline::in_force(
        policy.enrollment.deadline,
        policy.enrollment.new_user_days,
        first_run,
    ) else {
        return Err(CliError(
            "the policy sets no deadline, so there is nothing to put in a calendar".into(),
        ));
    };
    let text = ics::policy_calendar(
        session.catalog(),
        policy,
        deadline.at,
        &TimeZone::system(),
        now,
    );
    write_out(Some(out), &text)?;
    if out != Path::new("-") {
        let path = out.display().to_string();
        eprintln!(
            "{}",
            tr!(session.catalog(), "cli-calendar-saved", path = path)
        );
    }
    Ok(EXIT_OK)
}

/// `report` flags.
pub struct ReportArgs<'a> {
    pub format: Option<ReportFormat>,
    pub out: Option<&'a Path>,
    pub evidence: bool,
    pub name: Option<&'a str>,
}

/// `report`: the readiness report in the chosen format, to stdout or a file.
pub fn report(session: &Session, args: &ReportArgs<'_>) -> CliResult {
    let now = session.now;
    let loaded = session.loaded();
    let policy = session.policy()?;
    let mut store = session.store()?;
    let device = super::device::summary(policy);
    let r = gather(
        &mut store,
        loaded,
        policy,
        &Requester {
            user_name: args.name,
            os: Os::current(),
            device: device.as_ref(),
        },
        now,
    )?;
    let format = match args.format {
        Some(ReportFormat::Json) => Format::Json,
        Some(ReportFormat::Html) => Format::Html,
        Some(ReportFormat::Md) => Format::Markdown,
        None => args
            .out
            .and_then(Format::from_path)
            .unwrap_or(Format::Markdown),
    };
    let text = if args.evidence {
        if format != Format::Markdown {
            return Err(CliError(
                "--evidence prints Markdown (the section to paste into a ticket); leave out --format or use --format md"
                    .into(),
            ));
        }
        if r.evidence.is_empty() {
            eprintln!(
                "mfa-ready: no enrollment attempt was blocked by the service in the last 14 days"
            );
        }
        report::evidence_markdown(&r, session.catalog())
    } else {
        // Markdown and HTML in the command line's language; the JSON in none.
        render(&r, format, session.catalog())?
    };
    write_out(args.out, &text)?;
    if let Some(out) = args.out {
        let (path, code) = (out.display().to_string(), r.support_code.clone());
        eprintln!(
            "{}",
            tr!(
                session.catalog(),
                "cli-report-saved",
                path = path,
                code = code
            )
        );
    }
    Ok(EXIT_OK)
}

/// `autostart [on|off]`.
pub fn autostart(session: &Session, switch: Option<Switch>) -> CliResult {
    let entry = Autostart::for_this_user()?;
    let store = session.store()?;
    let tr = session.catalog();
    match switch {
        None => {
            let id = if entry.is_enabled() {
                "cli-autostart-on"
            } else {
                "cli-autostart-off"
            };
            println!("{}", tr.text_with(id, &entry_args(&entry)));
        }
        Some(Switch::On) => {
            let command = crate::startup::login_command(session.policy_flag(), session.data_flag())
                .ok_or_else(|| CliError("cannot tell where this program is".into()))?;
            entry.enable(&command)?;
            store.set_setting(autostart::SETTING, "on")?;
            println!("{}", tr.text_with("cli-autostart-on", &entry_args(&entry)));
        }
        Some(Switch::Off) => {
            entry.disable()?;
            store.set_setting(autostart::SETTING, "off")?;
            println!("{}", tr!(tr, "cli-autostart-turned-off"));
        }
    }
    Ok(EXIT_OK)
}

fn write_out(out: Option<&Path>, text: &str) -> Result<(), CliError> {
    match out {
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            Ok(())
        }
        Some(p) if p == Path::new("-") => write_out(None, text),
        Some(p) => crate::services::files::write_whole(p, text.as_bytes())
            .map_err(|e| CliError(format!("{}: {e}", p.display()))),
    }
}

/// The autostart entry, for the sentences that name it.
fn entry_args(entry: &Autostart) -> mfa_ready_i18n::FluentArgs<'static> {
    let mut args = mfa_ready_i18n::FluentArgs::new();
    args.set("entry", entry.describe());
    args
}
