//! `policy keygen` and `policy sign`, with the `minisign` crate, so IT needs no other
//! tool. Files are minisign's own formats (`minisign -V` verifies our signatures and
//! `minisign -S` signatures verify here). The secret key is written `0600`, is never
//! printed, and is never overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::verify::signature_path;

/// The key file names `policy keygen` writes.
pub const SECRET_KEY_FILE: &str = "mfa-ready.key";
pub const PUBLIC_KEY_FILE: &str = "mfa-ready.pub";

/// Why keygen or signing failed.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    #[error("{}: already exists; not overwritten (move it away or choose another --out)", .0.display())]
    Exists(PathBuf),
    #[error("{}: {message}", path.display())]
    Io { path: PathBuf, message: String },
    #[error("{}: {message}", path.display())]
    Key { path: PathBuf, message: String },
    #[error("{0}")]
    Minisign(String),
}

/// What keygen wrote.
#[derive(Debug, Clone)]
pub struct KeyFiles {
    pub secret: PathBuf,
    pub public: PathBuf,
    /// The public key's base64 line (what goes into trusted_keys or MFA_READY_TRUSTED_KEYS).
    pub public_key: String,
    pub key_id: String,
}

/// How the secret key is protected.
pub enum Protection {
    /// A password: given (from the environment) or, when `None`, asked on the terminal.
    Password(Option<String>),
    Unencrypted,
}

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> SignError + '_ {
    move |e| SignError::Io {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

fn minisign_err(e: minisign::PError) -> SignError {
    SignError::Minisign(e.to_string())
}

/// Writes `mfa-ready.key` (0600) and `mfa-ready.pub` in `dir` (created if missing).
pub fn keygen(dir: &Path, protection: Protection) -> Result<KeyFiles, SignError> {
    let secret = dir.join(SECRET_KEY_FILE);
    let public = dir.join(PUBLIC_KEY_FILE);
    for p in [&secret, &public] {
        if p.exists() {
            return Err(SignError::Exists(p.clone()));
        }
    }
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    let pair = match protection {
        Protection::Password(p) => minisign::KeyPair::generate_encrypted_keypair(p),
        Protection::Unencrypted => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(minisign_err)?;
    let sk_box = pair
        .sk
        .to_box(Some("mfa-ready policy signing key"))
        .map_err(minisign_err)?;
    let pk_box = pair.pk.to_box().map_err(minisign_err)?;
    write_new(&secret, &sk_box.to_bytes(), true)?;
    write_new(&public, &pk_box.to_bytes(), false)?;
    Ok(KeyFiles {
        secret,
        public,
        public_key: pair.pk.to_base64(),
        key_id: format!("{:016X}", u64::from_le_bytes(keynum(pair.pk.keynum()))),
    })
}

fn keynum(bytes: &[u8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = *b;
    }
    out
}

/// Creates `path` (never replacing a file); `private` makes it 0600 on Unix.
fn write_new(path: &Path, bytes: &[u8], private: bool) -> Result<(), SignError> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(if private { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut f = opts.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            SignError::Exists(path.to_owned())
        } else {
            io_err(path)(e)
        }
    })?;
    f.write_all(bytes).map_err(io_err(path))?;
    f.sync_all().map_err(io_err(path))
}

/// Signs `policy` with the secret key file; writes `POLICY.minisig` (replaced whole,
/// through an exclusively created temporary file: `services::files::write_whole`) and
/// returns its path. `password` is used only when the
/// key is encrypted; `None` then asks on the terminal.
pub fn sign_file(
    key_file: &Path,
    password: Option<String>,
    policy: &Path,
    trusted_comment: &str,
) -> Result<PathBuf, SignError> {
    let key_text = std::fs::read_to_string(key_file).map_err(io_err(key_file))?;
    let key_error = |e: minisign::PError| SignError::Key {
        path: key_file.to_owned(),
        message: e.to_string(),
    };
    let sk = match minisign::SecretKeyBox::from_string(&key_text)
        .and_then(minisign::SecretKeyBox::into_unencrypted_secret_key)
    {
        Ok(sk) => sk,
        Err(_) => minisign::SecretKeyBox::from_string(&key_text)
            .and_then(|b| b.into_secret_key(password))
            .map_err(key_error)?,
    };
    let pk = minisign::PublicKey::from_secret_key(&sk).map_err(key_error)?;
    let data = std::fs::read(policy).map_err(io_err(policy))?;
    let sig = minisign::sign(
        Some(&pk),
        &sk,
        data.as_slice(),
        Some(trusted_comment),
        Some("signature from mfa-ready policy sign"),
    )
    .map_err(minisign_err)?;
    let out = signature_path(policy);
    crate::services::files::write_whole(&out, sig.to_string().as_bytes()).map_err(io_err(&out))?;
    Ok(out)
}
