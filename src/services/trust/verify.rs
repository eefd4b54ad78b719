//! Checks a policy's detached signature (`policy.toml.minisig`) against the trusted
//! keys, over exactly the bytes that will be parsed (read once, so nothing can change
//! between the check and the use).

use std::path::{Path, PathBuf};

use crate::services::files::{CappedRead, read_text_capped};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::keys::{TrustedKeys, key_id_of};
use super::model::TrustError;

/// A signature file is four short lines; anything larger is not one.
const MAX_SIG_BYTES: u64 = 8 * 1024;

/// A valid signature by a trusted key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    pub key_id: String,
    /// The trusted comment, made safe to print (no control characters).
    pub trusted_comment: String,
}

/// `policy.toml` → `policy.toml.minisig`.
pub fn signature_path(policy: &Path) -> PathBuf {
    let mut name = policy.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

/// Verifies `text` (the content of `path`) with the signature beside it.
pub fn verify_detached(
    path: &Path,
    text: &[u8],
    keys: &TrustedKeys,
) -> Result<Verified, TrustError> {
    let sig_path = signature_path(path);
    let sig_text = match read_signature(&sig_path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(TrustError::Unsigned {
                path: path.to_owned(),
                sig: sig_path,
            });
        }
        Err(e) => {
            return Err(TrustError::ReadSignature {
                sig: sig_path,
                message: e.to_string(),
            });
        }
    };
    let bad = |reason: &str| TrustError::BadSignatureFile {
        sig: sig_path.clone(),
        reason: reason.to_owned(),
    };
    let signature =
        minisign_verify::Signature::decode(&sig_text).map_err(|e| bad(&e.to_string()))?;
    let key_id = signature_key_id(&sig_text).ok_or_else(|| bad("no key ID"))?;
    let Some(key) = keys.find(&key_id) else {
        return Err(TrustError::UntrustedKey {
            path: path.to_owned(),
            key_id,
        });
    };
    match key.key.verify(text, &signature, false) {
        Ok(()) => Ok(Verified {
            key_id,
            trusted_comment: mfa_ready_core::text::single_line(signature.trusted_comment()),
        }),
        Err(minisign_verify::Error::UnexpectedAlgorithm) => Err(bad(
            "a legacy signature; sign again with `mfa-ready policy sign` or `minisign -S`",
        )),
        Err(_) => Err(TrustError::Mismatch {
            path: path.to_owned(),
            key_id,
        }),
    }
}

fn read_signature(path: &Path) -> std::io::Result<String> {
    read_text_capped(path, MAX_SIG_BYTES).map_err(|e| match e {
        CappedRead::Io(e) => e,
        CappedRead::TooLarge => std::io::Error::other("larger than 8 KiB: not a signature"),
        CappedRead::NotUtf8 => std::io::Error::other("not UTF-8 text"),
    })
}

/// The key ID on the signature's second line (74 bytes: algorithm, key ID, signature).
fn signature_key_id(sig_text: &str) -> Option<String> {
    let line = sig_text.lines().nth(1)?.trim();
    key_id_of(&BASE64.decode(line).ok()?, 74)
}
