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
        MFA_READY_NOW (RFC 3339 time to use as 'now', for tests and what-ifs)."
)]
pub struct Cli {
    /// Policy file to use (overrides MFA_READY_POLICY and the system-wide policy).
    #[arg(long, global = true, value_name = "FILE")]
    pub policy: Option<PathBuf>,

    /// Where to keep state (overrides MFA_READY_DATA_DIR; for portable installs and tests).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

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
}
