//! `mfa-ready`: with no command, the window; with one, the headless CLI.

use std::process::ExitCode;

use clap::Parser;
use mfa_ready::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    mfa_ready::startup::init_tracing(cli.command.is_none());
    let code = match cli.command {
        None if cli.open_report.is_some() => mfa_ready::gui::run_viewer(
            cli.open_report
                .as_deref()
                .unwrap_or(std::path::Path::new("")),
        ),
        None => mfa_ready::gui::run(cli.policy.as_deref(), cli.data_dir.as_deref()),
        Some(cmd) => mfa_ready::cli::run(cmd, cli.policy.as_deref(), cli.data_dir.as_deref()),
    };
    ExitCode::from(code)
}
