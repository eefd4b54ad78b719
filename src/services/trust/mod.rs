//! Signed policies: the one owner of what this device trusts and of the refusal rules.
//!
//! - [`keys`]: trusted public keys (built in with `MFA_READY_TRUSTED_KEYS`, and the
//!   system-wide `trusted_keys` file when only administrators can write it);
//! - [`verify`]: a policy's detached minisign signature (`policy.toml.minisig`);
//! - [`sign`]: `policy keygen` and `policy sign`;
//! - [`model`]: [`PolicyTrust`] (what the footer, `policy show`, `status --json` and
//!   reports say) and [`TrustError`] (why a policy is refused).
//!
//! The rules ([`check_policy`]): with no trusted key, every policy is used as it is
//! ("unsigned policy"). With trusted keys, a policy file must carry a valid signature by
//! one of them, and a user-level policy (`--policy`, `MFA_READY_POLICY`, beside the
//! program) may not replace a system policy that is validly signed.

pub mod keys;
pub mod model;
pub mod sign;
pub mod verify;

use std::path::Path;

pub use keys::{KeySource, TrustedKey, TrustedKeys};
pub use model::{PolicyTrust, TrustError};

/// A policy file and the exact bytes read from it.
#[derive(Debug, Clone, Copy)]
pub struct PolicyFile<'a> {
    pub path: &'a Path,
    pub text: &'a [u8],
}

/// Whether `policy` may be used, and what to say about its signature.
///
/// `user_level` is true for `--policy`, `MFA_READY_POLICY` and beside the program;
/// `system` is the system-wide policy file when one exists (read by the caller only
/// when `user_level`).
pub fn check_policy(
    keys: &TrustedKeys,
    policy: PolicyFile<'_>,
    user_level: bool,
    system: Option<PolicyFile<'_>>,
) -> Result<PolicyTrust, TrustError> {
    if keys.is_empty() {
        return Ok(PolicyTrust::unsigned(false));
    }
    if user_level
        && let Some(sys) = system
        && verify::verify_detached(sys.path, sys.text, keys).is_ok()
    {
        return Err(TrustError::Override {
            path: policy.path.to_owned(),
            system: sys.path.to_owned(),
        });
    }
    let v = verify::verify_detached(policy.path, policy.text, keys)?;
    Ok(PolicyTrust {
        signed: true,
        signer: Some(v.trusted_comment),
        key_id: Some(v.key_id),
        required: true,
    })
}

#[cfg(test)]
mod tests;
