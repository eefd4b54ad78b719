//! What the trust check says about a policy ([`PolicyTrust`]) and why it refuses one
//! ([`TrustError`]). Shared by the other `trust` files; imports none of them.

use std::path::PathBuf;

use jiff::Timestamp;
use serde::Serialize;

use super::keys::KeysError;

/// Whether the policy in force is signed, and by whom. Small and serialisable so the
/// window's footer, `policy show`, `status --json` and reports all say the same.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PolicyTrust {
    /// A trusted key's valid signature covers the policy file.
    pub signed: bool,
    /// The signature's trusted comment (signer and time), when signed.
    pub signer: Option<String>,
    /// The signing key's ID as minisign prints it (16 hex digits), when signed.
    pub key_id: Option<String>,
    /// Trusted keys exist on this device, so unsigned policies are refused.
    pub required: bool,
    /// When it was signed, from the trusted comment (orders policies of one key).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed_at: Option<Timestamp>,
    /// When it stops being valid, from the trusted comment (`policy sign --expires`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
}

impl PolicyTrust {
    /// No trusted keys on this device: the policy is used as it is.
    pub fn unsigned(required: bool) -> Self {
        Self {
            required,
            ..Self::default()
        }
    }

    /// "signed: signer: Contoso IT; signed: 2026-12-01T09:00:00Z" or "unsigned policy".
    pub fn label(&self) -> String {
        match (&self.signer, self.signed) {
            (Some(s), true) => format!("signed: {s}"),
            (None, true) => "signed".to_owned(),
            (_, false) => "unsigned policy".to_owned(),
        }
    }
}

/// Why a policy file is refused. Each message names the file and says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrustError {
    #[error(
        "{}: refused: it is not signed ({} is missing) and this device accepts signed policies only",
        path.display(),
        sig.display()
    )]
    Unsigned { path: PathBuf, sig: PathBuf },
    #[error("{}: refused: cannot read the signature: {message}", sig.display())]
    ReadSignature { sig: PathBuf, message: String },
    #[error("{}: refused: not a minisign signature ({reason})", sig.display())]
    BadSignatureFile { sig: PathBuf, reason: String },
    #[error(
        "{}: refused: signed with key {key_id}, which this device does not trust",
        path.display()
    )]
    UntrustedKey { path: PathBuf, key_id: String },
    #[error(
        "{}: refused: the signature does not match: the policy or the signature's trusted comment was changed after it was signed with key {key_id}",
        path.display()
    )]
    Mismatch { path: PathBuf, key_id: String },
    #[error(
        "{}: refused: a user-level policy cannot override the signed system policy {}",
        path.display(),
        system.display()
    )]
    Override { path: PathBuf, system: PathBuf },
    /// The trusted keys are configured but cannot be used: every policy is refused.
    #[error("{0}; no policy can be trusted until this is fixed")]
    Keys(KeysError),
    /// An older policy of the same key (a rollback).
    #[error(
        "{}: refused: this policy was replaced by a newer one signed on {}",
        path.display(),
        day_time(*newer)
    )]
    Replaced { path: PathBuf, newer: Timestamp },
    #[error("{}: refused: this policy expired on {}", path.display(), day_time(*at))]
    Expired { path: PathBuf, at: Timestamp },
    /// No signing time, after a dated policy of the same key was used here.
    #[error(
        "{}: refused: its signature has no signing time, and a newer one signed on {} with the same key was used here before",
        path.display(),
        day_time(*newer)
    )]
    Undated { path: PathBuf, newer: Timestamp },
}

/// "2026-12-05 09:00 UTC".
fn day_time(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(PolicyTrust::unsigned(false).label(), "unsigned policy");
        let t = PolicyTrust {
            signed: true,
            signer: Some("signer: IT".into()),
            key_id: Some("0123456789ABCDEF".into()),
            required: true,
            ..PolicyTrust::default()
        };
        assert_eq!(t.label(), "signed: signer: IT");
    }
}
