//! The command line: subcommands run headless (`main` opens the window when there is none).
//!
//! Exit codes are a contract for IT's fleet scripts:
//! `status`: 0 ready, 1 not ready or overdue, 2 error. `policy check`: 0 valid, 2 invalid.
//! `probe`: 0 every portal healthy (slow counts), 1 any not, 2 error.
//! `enroll phone`, `verify`, `queue run`: 0 done, 3 queued (will be retried), 1 failed, 2 error.
//! `remind`, `calendar`, `report`, `autostart`: 0 done, 2 error.
//! Every other command: 0 done, 2 error. Errors are one line on stderr, prefixed `mfa-ready:`.

mod args;
mod check;
mod common;
mod device;
mod docs;
mod enroll;
mod helpdesk;
mod policy;
mod probe;
mod queue;
mod session;
mod status;
mod words;

use std::path::Path;

use crate::startup::EXIT_ERROR;

pub use args::{Cli, Command, MethodsAction, PolicyAction, ReportFormat, Switch};
pub use common::{CliError, CliResult};
pub use docs::{ENVIRONMENT, EXIT_CODES, render_manpage};
pub use session::Session;
pub use status::status_json;

/// Runs one command and prints its error, if any, as one line per line on stderr.
pub fn run(cmd: Command, policy_flag: Option<&Path>, data_flag: Option<&Path>) -> u8 {
    match run_command(cmd, policy_flag, data_flag) {
        Ok(code) => code,
        Err(CliError(msg)) => {
            for line in msg.lines() {
                eprintln!("mfa-ready: {line}");
            }
            EXIT_ERROR
        }
    }
}

/// Runs one headless command: the flags and environment are resolved once into a
/// [`Session`], which each command reads.
pub fn run_command(
    cmd: Command,
    policy_flag: Option<&Path>,
    data_flag: Option<&Path>,
) -> CliResult {
    // Described from the clap definition alone: no policy, no data folder.
    match cmd {
        Command::Completions { shell } => return docs::completions(shell),
        Command::Manpage => return docs::manpage(),
        _ => {}
    }
    let session = Session::new(policy_flag, data_flag)?;
    let s = &session;
    let now = s.now;
    match cmd {
        Command::Probe { json } => probe::run(s, json),
        Command::Device { json } => device::run(s, json),
        Command::Policy {
            action: PolicyAction::Check { file },
        } => status::policy_check(&file, now),
        Command::Policy {
            action: PolicyAction::Show { json },
        } => status::show_policy(s, json),
        Command::Policy {
            action: PolicyAction::Keygen { out, unencrypted },
        } => policy::keygen(&out, unencrypted),
        Command::Policy {
            action:
                PolicyAction::Sign {
                    key,
                    signer,
                    expires,
                    policy: file,
                },
        } => policy::sign(&key, &file, signer.as_deref(), expires.as_deref(), now),
        Command::Policy {
            action:
                PolicyAction::Verify {
                    policy: file,
                    pubkey,
                },
        } => policy::verify(&file, pubkey.as_ref()),
        Command::Check { json } => check::check(s, json),
        Command::Status { json } => status::status(s, json),
        Command::Methods { json, action } => status::methods(s, json, action),
        Command::Enroll {
            action: enroll::EnrollAction::Phone { number, phone_type },
        } => {
            let payload = enroll::phone_payload(&number, phone_type)?;
            enroll::try_now(s.catalog(), &payload, s.policy()?, s.store()?, s.clock, now)
        }
        Command::Verify => enroll::try_now(
            s.catalog(),
            &mfa_ready_core::queue::Payload::VerifyMethods,
            s.policy()?,
            s.store()?,
            s.clock,
            now,
        ),
        Command::Queue { action } => {
            let policy = s.loaded().result.as_ref().ok();
            queue::run(s.catalog(), action, policy, s.store()?, s.clock, now)
        }
        Command::Remind => helpdesk::remind(s),
        Command::Calendar { out } => helpdesk::calendar(s, &out),
        Command::Report {
            format,
            out,
            evidence,
            name,
        } => helpdesk::report(
            s,
            &helpdesk::ReportArgs {
                format,
                out: out.as_deref(),
                evidence,
                name: name.as_deref(),
            },
        ),
        Command::Autostart { switch } => helpdesk::autostart(s, switch),
        Command::Completions { shell } => docs::completions(shell),
        Command::Manpage => docs::manpage(),
    }
}
