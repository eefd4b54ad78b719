//! What every command shares: the one-line error, the policy and store as a command
//! needs them, and method ids from the command line.

use std::path::Path;

use jiff::Timestamp;

use crate::services::config::{LoadedPolicy, PolicyLoadError};
use crate::services::store::Store;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::policy::Policy;

pub use crate::startup::{EXIT_ERROR, EXIT_FAILED, EXIT_NOT_READY, EXIT_OK, EXIT_QUEUED};

/// The policy in force (as `startup::load_policy`).
pub fn load_policy(flag: Option<&Path>, data_flag: Option<&Path>, now: Timestamp) -> LoadedPolicy {
    crate::startup::load_policy(flag, data_flag, now)
}

/// A failure that ends the command with exit 2 and one line on stderr.
#[derive(Debug)]
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(e: E) -> Self {
        Self(e.to_string())
    }
}

pub type CliResult = Result<u8, CliError>;

/// The policy in force, or the reason it cannot be used.
pub fn valid_policy(loaded: &LoadedPolicy) -> Result<&Policy, CliError> {
    loaded.result.as_ref().map_err(|e| match e {
        PolicyLoadError::Invalid(errs) => CliError(format!("the policy is not valid:\n{errs}")),
        other => CliError(other.to_string()),
    })
}

/// Opens the store in the data directory, after checking it can be written.
pub fn open_store(flag: Option<&Path>, now: Timestamp) -> Result<Store, CliError> {
    let dir = crate::startup::data_dir(flag)?;
    crate::services::store::check_writable(&dir)?;
    let store = Store::open(&dir, now)?;
    if let Some(r) = store.recovered() {
        eprintln!("mfa-ready: warning: {}", r.sentence());
    }
    Ok(store)
}

/// A method id as typed, or the list of known ones.
pub fn parse_kind(id: &str) -> Result<MethodKind, CliError> {
    MethodKind::from_id(id).ok_or_else(|| {
        CliError(format!(
            "unknown method \"{id}\"; known methods: {}",
            MethodKind::all_ids()
        ))
    })
}
