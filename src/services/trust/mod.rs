//! Signed policies: the one owner of what this device trusts and of the refusal rules.
//!
//! - [`keys`]: trusted public keys (built in with `MFA_READY_TRUSTED_KEYS`, and the
//!   system-wide `trusted_keys` file);
//! - [`owner`]: whether only administrators can change a file (owner, mode, links,
//!   folders; ACLs on Windows);
//! - [`verify`]: a policy's detached minisign signature (`policy.toml.minisig`);
//! - [`seen`]: the newest signing time accepted per key (no rollback);
//! - [`sign`]: `policy keygen` and `policy sign`;
//! - [`model`]: [`PolicyTrust`] (what the footer, `policy show`, `status --json` and
//!   reports say) and [`TrustError`] (why a policy is refused).
//!
//! The rules ([`check_policy`]), failing closed:
//! - no trust configured (no key built in, no `trusted_keys` file): every policy is used
//!   as it is ("unsigned policy");
//! - trust configured but unusable (a key file that cannot be read or parsed, or that
//!   someone other than an administrator could change): every policy is refused;
//! - otherwise a policy file must carry a valid signature by a trusted key, must not be
//!   older than the newest policy accepted here with that key, nor expired; and a
//!   user-level policy (`--policy`, `MFA_READY_POLICY`, beside the program) may not
//!   replace a system policy that is validly signed, unless it is that very file.

mod keys;
mod model;
mod owner;
mod seen;
pub mod sign;
mod verify;

use std::path::Path;

use jiff::Timestamp;

use mfa_ready_core::signature::{self, Stale};

// The surface, chosen: one path per item (`sign` is its own namespace for IT's commands).
pub use keys::{
    BUILT_IN, KeyParseError, KeySource, KeysError, TRUSTED_KEYS_FILE, TrustedKey, TrustedKeys,
    trusted_keys_path,
};
pub use model::{PolicyTrust, TrustError};
pub use owner::{AclError, Exposure, admin_only};
pub use seen::{SEEN_FILE, SeenRecords};
pub use verify::{Verified, signature_path, verify_detached};

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
/// when `user_level`). `seen` holds the newest signing time accepted per key; `now`
/// decides expiry. Recording a newly accepted time is the caller's, once the policy
/// is also valid ([`SeenRecords::record`]).
pub fn check_policy(
    keys: &TrustedKeys,
    policy: PolicyFile<'_>,
    user_level: bool,
    system: Option<PolicyFile<'_>>,
    seen: &SeenRecords,
    now: Timestamp,
) -> Result<PolicyTrust, TrustError> {
    if let Some(broken) = &keys.broken {
        return Err(TrustError::Keys(broken.clone()));
    }
    if !keys.required() {
        return Ok(PolicyTrust::unsigned(false));
    }
    if user_level
        && let Some(sys) = system
        && !same_file(sys.path, policy.path)
        && verify::verify_detached(sys.path, sys.text, keys).is_ok()
    {
        return Err(TrustError::Override {
            path: policy.path.to_owned(),
            system: sys.path.to_owned(),
        });
    }
    let v = verify::verify_detached(policy.path, policy.text, keys)?;
    let times = signature::times(&v.trusted_comment);
    let path = policy.path.to_owned();
    signature::judge(times, seen.newest(&v.key_id), now).map_err(|stale| match stale {
        Stale::Replaced { newer } => TrustError::Replaced { path, newer },
        Stale::Expired { at } => TrustError::Expired { path, at },
        Stale::Undated { newer } => TrustError::Undated { path, newer },
    })?;
    Ok(PolicyTrust {
        signed: true,
        signer: Some(v.trusted_comment),
        key_id: Some(v.key_id),
        required: true,
        signed_at: times.signed,
        expires_at: times.expires,
    })
}

/// The same file by two names (`--policy /etc/mfa-ready/policy.toml`, a link to it).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
