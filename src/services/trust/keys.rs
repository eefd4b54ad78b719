//! The public keys this device trusts: compiled in (`MFA_READY_TRUSTED_KEYS` at build
//! time, for IT's own builds) and the system-wide `trusted_keys` file.
//!
//! Fail closed: once keys are built in or a `trusted_keys` file exists, trust is
//! configured and every policy must verify. A key file that cannot be read or parsed, or
//! that someone other than an administrator could change (its owner, its mode, a link
//! on the way, a folder above it: [`super::owner`]), refuses every policy; it never
//! means "no keys, accept anything".
//!
//! File format: one minisign public key per line (the base64 line of a `.pub` file);
//! blank lines, `#` comments and `untrusted comment:` lines are skipped, so a
//! `minisign.pub` file, or several pasted together, works as it is.

use std::path::{Path, PathBuf};

use crate::services::files::{CappedRead, read_text_capped};

use super::owner::{Exposure, admin_only};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

/// Keys compiled into this build (whitespace, comma or semicolon separated).
pub const BUILT_IN: Option<&str> = option_env!("MFA_READY_TRUSTED_KEYS");

/// The file name in the system folder.
pub const TRUSTED_KEYS_FILE: &str = "trusted_keys";

/// Where the trusted keys live in `system_dir`.
pub fn trusted_keys_path(system_dir: &Path) -> PathBuf {
    system_dir.join(TRUSTED_KEYS_FILE)
}

/// A trusted_keys file is a handful of lines; anything larger is not one.
const MAX_KEYS_BYTES: u64 = 64 * 1024;

/// Where a trusted key came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    BuiltIn,
    File(PathBuf),
    /// `policy verify --pubkey FILE`.
    Given(PathBuf),
}

/// One trusted public key.
#[derive(Debug, Clone)]
pub struct TrustedKey {
    /// minisign's key ID (16 hex digits, as `minisign -V` prints it).
    pub id: String,
    pub source: KeySource,
    pub key: minisign_verify::PublicKey,
}

/// Why the keys this device trusts cannot be used. Trust that is configured but broken
/// refuses every policy: a key file nobody can read, or that others could have
/// written, says nothing about which policies IT signed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeysError {
    #[error("built-in trusted key {index}: {why}")]
    BuiltIn { index: usize, why: KeyParseError },
    /// Someone who is not an administrator could change the file (or it is not a file).
    #[error("{0}")]
    Exposed(Exposure),
    #[error("{}: cannot read it: {message}", path.display())]
    Unreadable { path: PathBuf, message: String },
    #[error("{}:{line}: {why}", path.display())]
    Malformed {
        path: PathBuf,
        line: usize,
        why: KeyParseError,
    },
    /// `policy verify --pubkey FILE` with a file that holds no key.
    #[error("{}: no public key in this file", path.display())]
    NoKey { path: PathBuf },
}

/// Why a line is not a minisign public key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyParseError {
    #[error("not a minisign public key (bad base64)")]
    Base64,
    /// Decoded, but not the 42 bytes of a public key.
    #[error("not a minisign public key (wrong length)")]
    Length(usize),
    /// What `minisign-verify` said.
    #[error("not a minisign public key ({0})")]
    Minisign(String),
}

/// The keys in force.
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys {
    pub keys: Vec<TrustedKey>,
    /// Trust is configured on this device (keys built in, or a trusted_keys file exists,
    /// even an empty or broken one): every policy file must then carry a valid signature.
    pub configured: bool,
    /// Configured but unusable: every policy is refused, with this reason.
    pub broken: Option<KeysError>,
}

impl TrustedKeys {
    /// The built-in keys and those of `system_dir/trusted_keys`.
    pub fn load(system_dir: &Path) -> Self {
        Self::from_parts(BUILT_IN, Some(&trusted_keys_path(system_dir)))
    }

    /// Keys from a built-in list and an optional trusted_keys file (tests pass their own).
    pub fn from_parts(built_in: Option<&str>, file: Option<&Path>) -> Self {
        let mut out = Self::default();
        if let Some(list) = built_in.filter(|l| !l.trim().is_empty()) {
            out.configured = true;
            for (i, word) in list
                .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                .filter(|w| !w.is_empty())
                .enumerate()
            {
                match parse_key(word, KeySource::BuiltIn) {
                    Ok(k) => out.keys.push(k),
                    Err(why) => {
                        out.broken
                            .get_or_insert(KeysError::BuiltIn { index: i + 1, why });
                    }
                }
            }
        }
        if let Some(path) = file {
            out.add_file(path);
        }
        out
    }

    /// Only the keys of a `.pub` file (or a bare base64 key), for `policy verify --pubkey`.
    pub fn from_public_key_file(path: &Path) -> Result<Self, KeysError> {
        let text = read_capped(path).map_err(|e| KeysError::Unreadable {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        let mut out = Self {
            configured: true,
            ..Self::default()
        };
        for (n, line) in key_lines(&text) {
            let k = parse_key(line, KeySource::Given(path.to_owned())).map_err(|why| {
                KeysError::Malformed {
                    path: path.to_owned(),
                    line: n,
                    why,
                }
            })?;
            out.keys.push(k);
        }
        if out.keys.is_empty() {
            return Err(KeysError::NoKey {
                path: path.to_owned(),
            });
        }
        Ok(out)
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Whether policy files must be signed on this device.
    pub fn required(&self) -> bool {
        self.configured || self.broken.is_some() || !self.keys.is_empty()
    }

    /// The trusted key with this ID.
    pub fn find(&self, id: &str) -> Option<&TrustedKey> {
        self.keys.iter().find(|k| k.id == id)
    }

    /// The system `trusted_keys` file. Absent (nothing at all at that name): no file
    /// trust. Anything else configures trust, and must be a file only administrators
    /// can change, readable, with a valid key on every line that is not a comment.
    fn add_file(&mut self, path: &Path) {
        match std::fs::symlink_metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(e) => {
                self.configured = true;
                self.broken.get_or_insert(KeysError::Unreadable {
                    path: path.to_owned(),
                    message: e.to_string(),
                });
                return;
            }
            Ok(_) => self.configured = true,
        }
        if let Err(exposure) = admin_only(path) {
            self.broken.get_or_insert(KeysError::Exposed(exposure));
            return;
        }
        let text = match read_capped(path) {
            Ok(t) => t,
            Err(e) => {
                self.broken.get_or_insert(KeysError::Unreadable {
                    path: path.to_owned(),
                    message: e.to_string(),
                });
                return;
            }
        };
        for (n, line) in key_lines(&text) {
            match parse_key(line, KeySource::File(path.to_owned())) {
                Ok(k) => self.keys.push(k),
                Err(why) => {
                    self.broken.get_or_insert(KeysError::Malformed {
                        path: path.to_owned(),
                        line: n,
                        why,
                    });
                }
            }
        }
    }
}

/// The lines that should hold keys, with their 1-based line numbers.
fn key_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| {
            !l.is_empty() && !l.starts_with('#') && !l.starts_with("untrusted comment:")
        })
}

fn read_capped(path: &Path) -> std::io::Result<String> {
    read_text_capped(path, MAX_KEYS_BYTES).map_err(|e| match e {
        CappedRead::Io(e) => e,
        CappedRead::TooLarge => std::io::Error::other("larger than 64 KiB: not a key file"),
        CappedRead::NotUtf8 => std::io::Error::other("not UTF-8 text"),
    })
}

fn parse_key(b64: &str, source: KeySource) -> Result<TrustedKey, KeyParseError> {
    let bytes = BASE64.decode(b64).map_err(|_| KeyParseError::Base64)?;
    let id = key_id_of(&bytes, 42).ok_or(KeyParseError::Length(bytes.len()))?;
    let key = minisign_verify::PublicKey::from_base64(b64)
        .map_err(|e| KeyParseError::Minisign(e.to_string()))?;
    Ok(TrustedKey { id, source, key })
}

/// minisign's key ID from a decoded key or signature line of `len` bytes:
/// bytes 2..10, read little-endian, printed as 16 upper-case hex digits.
pub fn key_id_of(bytes: &[u8], len: usize) -> Option<String> {
    if bytes.len() != len {
        return None;
    }
    let id: [u8; 8] = bytes.get(2..10)?.try_into().ok()?;
    Some(format!("{:016X}", u64::from_le_bytes(id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    // From minisign's own test vectors (public key of a throwaway key pair).
    const KEY: &str = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";

    #[test]
    fn built_in_list_and_its_separators() {
        let k = TrustedKeys::from_parts(Some(&format!(" {KEY},{KEY}; ")), None);
        assert_eq!(k.keys.len(), 2);
        assert_eq!(k.keys[0].id, "E7620F1842B4E81F");
        assert!(k.broken.is_none() && k.required());
        let none = TrustedKeys::from_parts(None, None);
        assert!(none.is_empty() && !none.required());
        assert!(!TrustedKeys::from_parts(Some("  "), None).required());
    }

    #[test]
    fn a_bad_built_in_key_breaks_trust_instead_of_being_skipped() {
        let k = TrustedKeys::from_parts(Some(&format!("{KEY} bogus")), None);
        assert!(k.required());
        let err = k.broken.unwrap().to_string();
        assert!(
            err.starts_with("built-in trusted key 2: not a minisign public key"),
            "{err}"
        );
    }

    /// A folder and file as IT lays them out: 0755 and 0644.
    fn keys_file(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(TRUSTED_KEYS_FILE);
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        (dir, path)
    }

    #[test]
    fn a_pub_file_with_comments_is_read() {
        let (_dir, path) = keys_file(&format!(
            "# Contoso IT, 2026\nuntrusted comment: minisign public key\n{KEY}\n\n"
        ));
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert_eq!(k.keys.len(), 1, "{:?}", k.broken);
        assert!(k.broken.is_none());
        assert!(k.find("E7620F1842B4E81F").is_some());
    }

    #[test]
    fn a_malformed_line_breaks_trust() {
        let (_dir, path) = keys_file(&format!("# Contoso IT\n{KEY}\n\nnot-a-key\n"));
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.required());
        let err = k.broken.unwrap().to_string();
        assert!(
            err.ends_with("trusted_keys:4: not a minisign public key (bad base64)"),
            "{err}"
        );
    }

    #[test]
    fn an_empty_file_or_a_directory_still_configures_trust() {
        let (dir, path) = keys_file("# no keys yet\n");
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.required() && k.is_empty() && k.broken.is_none());
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.required());
        assert!(
            k.broken
                .unwrap()
                .to_string()
                .ends_with("trusted_keys: it is not a file"),
        );
        drop(dir);
    }

    #[cfg(unix)]
    #[test]
    fn a_world_writable_file_or_folder_breaks_trust_with_the_reason() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, path) = keys_file(&format!("{KEY}\n"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.is_empty() && k.required());
        let err = k.broken.unwrap().to_string();
        assert!(
            err.ends_with("trusted_keys: group or others can write it (mode 0666; make it 0644)"),
            "{err}"
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.is_empty() && k.required());
        assert!(
            k.broken
                .unwrap()
                .to_string()
                .contains("can write its folder"),
        );
    }

    /// A name that exists but cannot be read (a link through a plain file fails with
    /// ENOTDIR, not NotFound) stands in for a file this user may not read; the CLI tests
    /// run the real case: a 0600 root file, read by another user.
    #[cfg(unix)]
    #[test]
    fn a_keys_file_that_cannot_be_read_breaks_trust() {
        let (dir, path) = keys_file(&format!("{KEY}\n"));
        std::fs::remove_file(&path).unwrap();
        // A link through a regular file: reading it fails with ENOTDIR, not NotFound.
        let blocker = dir.path().join("plain");
        std::fs::write(&blocker, "x").unwrap();
        std::os::unix::fs::symlink(blocker.join("keys"), &path).unwrap();
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.required());
        assert!(k.broken.is_some(), "an unreadable keys file must refuse");
    }
}
