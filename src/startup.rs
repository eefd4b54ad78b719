//! Start-up shared by the window and the commands: the clock (`MFA_READY_NOW`), the
//! policy in force, the data directory, logging, and the process exit codes.
//!
//! Both `gui` and `cli` build on this; neither imports the other (`main` chooses).

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::services::config::{self, Clock, LoadedPolicy};

/// Exit codes (a contract for IT's fleet scripts).
pub const EXIT_OK: u8 = 0;
pub const EXIT_NOT_READY: u8 = 1;
pub const EXIT_ERROR: u8 = 2;
/// `enroll phone`, `verify`, `queue run`: the job failed for good.
pub const EXIT_FAILED: u8 = 1;
/// `enroll phone`, `verify`, `queue run`: queued, will be retried.
pub const EXIT_QUEUED: u8 = 3;

/// Why the process cannot start its work.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StartupError {
    /// `MFA_READY_NOW` is not an RFC 3339 time.
    #[error("{0}")]
    Clock(String),
    /// No data directory could be found.
    #[error("no data directory: pass --data-dir DIR or set MFA_READY_DATA_DIR")]
    NoDataDir,
}

/// Reads `MFA_READY_NOW`.
pub fn clock_from_env() -> Result<Clock, StartupError> {
    let value = std::env::var(config::ENV_NOW).ok();
    Clock::from_env_value(value.as_deref()).map_err(|e| StartupError::Clock(e.to_string()))
}

/// What "Reminders at login" runs: this program's `remind`, with the policy and data
/// folder chosen by hand (flag, else environment), so it reads the same store.
pub fn login_command(
    policy_flag: Option<&Path>,
    data_flag: Option<&Path>,
) -> Option<crate::services::autostart::LoginCommand> {
    let exe = crate::services::autostart::program()?;
    Some(crate::services::autostart::LoginCommand {
        exe,
        policy: policy_flag
            .map(Path::to_path_buf)
            .or_else(|| env_path(config::ENV_POLICY)),
        data_dir: data_flag
            .map(Path::to_path_buf)
            .or_else(|| env_path(config::ENV_DATA_DIR)),
    })
}

/// A path from the environment; an empty variable (`MFA_READY_POLICY=`) counts as
/// unset, so it never becomes `--policy ""` in the login entry.
fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Finds and loads the policy in force (flag, env, system, beside the program, embedded).
/// `data_flag` names the data directory that keeps the user's record of the newest
/// signed policy accepted (no rollback).
pub fn load_policy(flag: Option<&Path>, data_flag: Option<&Path>, now: Timestamp) -> LoadedPolicy {
    let env = env_path(config::ENV_POLICY);
    let data = data_dir(data_flag).ok();
    config::load_policy(
        config::find_policy(flag, env.as_deref()),
        data.as_deref(),
        now,
    )
}

/// Resolves the data directory (flag, env, OS default).
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, StartupError> {
    let env = env_path(config::ENV_DATA_DIR);
    config::data_dir(flag, env.as_deref()).ok_or(StartupError::NoDataDir)
}

/// Logs to stderr, never stdout. Our own warnings only by default (winit and wgpu are
/// chatty about software rendering and odd displays); `RUST_LOG=mfa_ready=debug` for more.
/// The platform verifier logs every certificate it refuses at ERROR: a refusal is a
/// probe result the user is told about in plain words, and a fleet tool would file
/// that line as the app failing, so it is off unless asked for.
pub fn init_tracing(gui: bool) {
    let default = if gui {
        "error,mfa_ready=warn,rustls_platform_verifier=off"
    } else {
        "error,rustls_platform_verifier=off"
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour only on a terminal: fleet tools keep stderr in log files.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
}
