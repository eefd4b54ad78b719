//! The public keys this device trusts: compiled in (`MFA_READY_TRUSTED_KEYS` at build
//! time, for IT's own builds) and the system-wide `trusted_keys` file, which counts only
//! when nobody but its owner can write it (and its folder).
//!
//! File format: one minisign public key per line (the base64 line of a `.pub` file);
//! blank lines, `#` comments and `untrusted comment:` lines are skipped, so a
//! `minisign.pub` file, or several pasted together, works as it is.

use std::path::{Path, PathBuf};

use crate::services::files::{CappedRead, read_text_capped};

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

/// The keys in force, and warnings about keys that were not taken (shown to the user).
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys {
    pub keys: Vec<TrustedKey>,
    pub warnings: Vec<String>,
}

impl TrustedKeys {
    /// The built-in keys and those of `system_dir/trusted_keys`.
    pub fn load(system_dir: &Path) -> Self {
        Self::from_parts(BUILT_IN, Some(&trusted_keys_path(system_dir)))
    }

    /// Keys from a built-in list and an optional trusted_keys file (tests pass their own).
    pub fn from_parts(built_in: Option<&str>, file: Option<&Path>) -> Self {
        let mut out = Self::default();
        if let Some(list) = built_in {
            for (i, word) in list
                .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
                .filter(|w| !w.is_empty())
                .enumerate()
            {
                match parse_key(word, KeySource::BuiltIn) {
                    Ok(k) => out.keys.push(k),
                    Err(why) => out
                        .warnings
                        .push(format!("built-in trusted key {} ignored: {why}", i + 1)),
                }
            }
        }
        if let Some(path) = file {
            out.add_file(path);
        }
        out
    }

    /// Only the keys of a `.pub` file (or a bare base64 key), for `policy verify --pubkey`.
    pub fn from_public_key_file(path: &Path) -> Result<Self, String> {
        let text = read_capped(path)
            .map_err(|e| format!("{}: cannot read the public key: {e}", path.display()))?;
        let mut out = Self::default();
        for (n, line) in key_lines(&text) {
            let k = parse_key(line, KeySource::Given(path.to_owned()))
                .map_err(|why| format!("{}:{n}: {why}", path.display()))?;
            out.keys.push(k);
        }
        if out.keys.is_empty() {
            return Err(format!("{}: no public key in this file", path.display()));
        }
        Ok(out)
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The trusted key with this ID.
    pub fn find(&self, id: &str) -> Option<&TrustedKey> {
        self.keys.iter().find(|k| k.id == id)
    }

    fn add_file(&mut self, path: &Path) {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
            Err(e) => {
                self.warnings
                    .push(format!("{}: ignored: cannot read it: {e}", path.display()));
                return;
            }
        };
        if let Some(why) = writable_by_others(path, &meta) {
            self.warnings.push(format!(
                "{}: ignored: {why}; only administrators may be able to change the keys this device trusts",
                path.display()
            ));
            return;
        }
        let text = match read_capped(path) {
            Ok(t) => t,
            Err(e) => {
                self.warnings
                    .push(format!("{}: ignored: cannot read it: {e}", path.display()));
                return;
            }
        };
        for (n, line) in key_lines(&text) {
            match parse_key(line, KeySource::File(path.to_owned())) {
                Ok(k) => self.keys.push(k),
                Err(why) => self
                    .warnings
                    .push(format!("{}:{n}: key ignored: {why}", path.display())),
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

fn parse_key(b64: &str, source: KeySource) -> Result<TrustedKey, String> {
    let bytes = BASE64
        .decode(b64)
        .map_err(|_| "not a minisign public key (bad base64)".to_owned())?;
    let id = key_id_of(&bytes, 42)
        .ok_or_else(|| "not a minisign public key (wrong length)".to_owned())?;
    let key = minisign_verify::PublicKey::from_base64(b64)
        .map_err(|e| format!("not a minisign public key ({e})"))?;
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

/// Why others than the owner could change the file, if they can.
#[cfg(unix)]
fn writable_by_others(path: &Path, meta: &std::fs::Metadata) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o022 != 0 {
        return Some(format!(
            "group or others can write it (mode {mode:04o}; make it 0644)"
        ));
    }
    let dir = path.parent()?;
    let dir_mode = std::fs::metadata(dir).ok()?.permissions().mode() & 0o7777;
    // A writable folder lets others replace the file, unless it is sticky (/tmp-like)
    // and they do not own the file.
    if dir_mode & 0o022 != 0 && dir_mode & 0o1000 == 0 {
        return Some(format!(
            "group or others can write its folder {} (mode {dir_mode:04o}; make it 0755)",
            dir.display()
        ));
    }
    None
}

/// Windows: the MSI sets the folder's ACL (Administrators and SYSTEM write, Users
/// read); the app does not inspect ACLs (see dist/README.md).
#[cfg(not(unix))]
fn writable_by_others(_path: &Path, _meta: &std::fs::Metadata) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    // From minisign's own test vectors (public key of a throwaway key pair).
    const KEY: &str = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";

    #[test]
    fn built_in_list_and_its_separators() {
        let k = TrustedKeys::from_parts(Some(&format!(" {KEY},{KEY}; bogus ")), None);
        assert_eq!(k.keys.len(), 2);
        assert_eq!(k.keys[0].id, "E7620F1842B4E81F");
        assert_eq!(k.warnings.len(), 1, "{:?}", k.warnings);
        assert!(k.warnings[0].contains("built-in trusted key 3 ignored"));
        assert!(TrustedKeys::from_parts(None, None).is_empty());
    }

    #[test]
    fn a_pub_file_with_comments_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(TRUSTED_KEYS_FILE);
        std::fs::write(
            &path,
            format!(
                "# Contoso IT, 2026\nuntrusted comment: minisign public key\n{KEY}\n\nnot-a-key\n"
            ),
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert_eq!(k.keys.len(), 1, "{:?}", k.warnings);
        assert!(k.find("E7620F1842B4E81F").is_some());
        assert_eq!(k.warnings.len(), 1);
        assert!(
            k.warnings[0].contains("trusted_keys:5: key ignored"),
            "{:?}",
            k.warnings
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_world_writable_file_or_folder_is_ignored_with_the_reason() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(TRUSTED_KEYS_FILE);
        std::fs::write(&path, format!("{KEY}\n")).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.is_empty());
        assert!(
            k.warnings[0].ends_with(
                "trusted_keys: ignored: group or others can write it (mode 0666; make it 0644); only administrators may be able to change the keys this device trusts"
            ),
            "{:?}",
            k.warnings
        );
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let k = TrustedKeys::from_parts(None, Some(&path));
        assert!(k.is_empty());
        assert!(
            k.warnings[0].contains("can write its folder"),
            "{:?}",
            k.warnings
        );
    }
}
