//! What every command shares: the one-line error, the exit codes, and method ids from
//! the command line. (The policy, store and clock of a command are its `Session`'s.)

use mfa_ready_core::methods::MethodKind;

pub(super) use crate::startup::{EXIT_ERROR, EXIT_FAILED, EXIT_NOT_READY, EXIT_OK, EXIT_QUEUED};

/// A failure that ends the command with exit 2 and one line on stderr.
#[derive(Debug)]
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(e: E) -> Self {
        Self(e.to_string())
    }
}

pub type CliResult = Result<u8, CliError>;

/// A method id as typed, or the list of known ones.
pub fn parse_kind(id: &str) -> Result<MethodKind, CliError> {
    MethodKind::from_id(id).ok_or_else(|| {
        CliError(format!(
            "unknown method \"{id}\"; known methods: {}",
            MethodKind::all_ids()
        ))
    })
}
