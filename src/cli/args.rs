//! The command line's shape (clap): commands, flags and their help. Parsing only;
//! [`super::run`] carries them out.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use super::enroll;
use super::queue;

#[derive(Debug, Parser)]
#[command(
    name = "mfa-ready",
    version,
    about = "Get enrolled in several MFA methods before your organisation's deadline.",
    long_about = "Get enrolled in several MFA methods before your organisation's deadline.\n\n\
        With no command, opens the window. The commands below run without one, for scripts \
        and device-management tools.\n\n\
        Environment: MFA_READY_POLICY (policy file), MFA_READY_DATA_DIR (data directory), \
        MFA_READY_NOW (RFC 3339 time to use as 'now', for tests and what-ifs); see the man \
        page for the rest.\n\n\
        Exit codes: 0 success, 1 not ready / not healthy / failed, 2 error, 3 queued."
)]
pub struct Cli {
    /// Policy file to use (overrides MFA_READY_POLICY and the system-wide policy).
    #[arg(long, global = true, value_name = "FILE")]
    pub policy: Option<PathBuf>,

    /// Where to keep state (overrides MFA_READY_DATA_DIR; for portable installs and tests).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Open a readiness report someone handed over, read-only (helpdesk mode).
    #[arg(long, value_name = "FILE")]
    pub open_report: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The readiness verdict. Exit 0 ready, 1 not ready or overdue, 2 error.
    Status {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The methods this policy accepts, with what is registered; or mark/unmark one.
    Methods {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        action: Option<MethodsAction>,
    },
    /// Probe every sign-in portal once and store the results. Exit 0 all healthy, 1 any not, 2 error.
    Probe {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// This computer: the checks the policy requires (disk encryption, screen lock, …) and
    /// which method can be set up here now. Exit 0 meets the policy, 1 does not, 2 error.
    Device {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check or show the organisation policy.
    Policy {
        #[command(subcommand)]
        action: PolicyAction,
    },
    /// Register a method through the enrollment service. Exit 0 done, 3 queued, 1 failed, 2 error.
    Enroll {
        #[command(subcommand)]
        action: enroll::EnrollAction,
    },
    /// Ask the enrollment service what is registered now. Exit 0 done, 3 queued, 1 failed, 2 error.
    Verify,
    /// The durable retry queue.
    Queue {
        #[command(subcommand)]
        action: queue::QueueAction,
    },
    /// The fleet check: one line, exit 0 ready, 1 not ready or overdue, 2 error. No network.
    Check {
        /// Print the status document plus the last probe summary and open job count.
        #[arg(long)]
        json: bool,
    },
    /// Show the deadline reminder that is due, if any, and exit (run at login).
    Remind,
    /// Save the deadline as a calendar file (.ics) with one alarm per reminder step.
    Calendar {
        /// Where to write the .ics file (`-` for standard output).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// A readiness report to hand to the helpdesk (phone numbers and e-mails masked).
    Report {
        /// json, md or html (default: from --out's extension, else md).
        #[arg(long, value_enum)]
        format: Option<ReportFormat>,
        /// Write to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Only the "Enrollment attempts during service problems" section.
        #[arg(long)]
        evidence: bool,
        /// Your name, to put on the report (nothing else identifies you).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// Reminders at login: show whether they are on, or turn them on or off.
    Autostart {
        #[arg(value_enum)]
        switch: Option<Switch>,
    },
    /// Print the shell completion script for SHELL (e.g. `mfa-ready completions bash >
    /// ~/.local/share/bash-completion/completions/mfa-ready`).
    Completions {
        /// bash, zsh, fish, powershell or elvish.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (mfa-ready.1), generated from these commands, for packagers.
    #[command(hide = true)]
    Manpage,
}

/// `report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Json,
    Md,
    Html,
}

/// `autostart on|off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Switch {
    On,
    Off,
}

#[derive(Debug, Subcommand)]
pub enum MethodsAction {
    /// Record that a method is set up (e.g. `methods mark security_key`).
    Mark {
        /// Method id, as listed by `mfa-ready methods`.
        kind: String,
    },
    /// Remove a method.
    Unmark {
        /// Method id, as listed by `mfa-ready methods`.
        kind: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum PolicyAction {
    /// Validate a policy file. Exit 0 valid, 2 invalid (errors on stderr).
    Check {
        /// The policy file.
        file: PathBuf,
    },
    /// Show the policy in force and where it came from.
    Show {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Make a signing key pair: DIR/mfa-ready.key (0600) and DIR/mfa-ready.pub.
    /// The password comes from MFA_READY_KEY_PASSWORD, else it is asked for.
    Keygen {
        /// Folder for the two key files (created if missing; existing keys are never replaced).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Do not protect the secret key with a password (for an HSM-less CI secret store).
        #[arg(long)]
        unencrypted: bool,
    },
    /// Sign a policy: writes POLICY.minisig beside it. Exit 0 signed, 2 error.
    Sign {
        /// The secret key file (mfa-ready.key).
        #[arg(long, value_name = "SECRET_KEY_FILE")]
        key: PathBuf,
        /// Who signs, for the trusted comment (default: the user name).
        #[arg(long, value_name = "NAME")]
        signer: Option<String>,
        /// When the signed policy stops being valid: a date (2027-06-30, its start in UTC)
        /// or an RFC 3339 time. Devices then refuse it until a newer one is signed.
        #[arg(long, value_name = "DATE")]
        expires: Option<String>,
        /// The policy file.
        policy: PathBuf,
    },
    /// Check a policy's signature. Exit 0 valid, 2 not.
    Verify {
        /// The policy file (its signature is POLICY.minisig).
        policy: PathBuf,
        /// A public key file (mfa-ready.pub); default: this device's trusted keys.
        #[arg(long, value_name = "KEY")]
        pubkey: Option<PathBuf>,
    },
}
