//! Where things come from: the policy in force, the data directory, the clock.
//!
//! Policy, first found wins: `--policy FILE`, env `MFA_READY_POLICY`, the
//! system-wide location for this OS, `policy.toml` beside the executable, else
//! the embedded default. A file named by flag or env that cannot be read is an
//! error, never a silent fall-back. A policy is small: a file over
//! [`MAX_POLICY_BYTES`] (or a device such as `/dev/zero`) is refused with one
//! clear line, read no further than that.
//!
//! Every policy file then goes through [`crate::services::trust`]: with trusted keys on
//! this device it must be signed, and a user-level policy may not replace a signed
//! system policy. The system folder (`/etc/mfa-ready`, …) holds `policy.toml` and
//! `trusted_keys`; see [`system_dir`].

use std::path::{Path, PathBuf};

use crate::services::files::{CappedRead, read_text_capped};

use jiff::Timestamp;
use serde::Serialize;

use crate::services::trust::{self, PolicyTrust, SeenRecords, TrustError, TrustedKeys};
use mfa_ready_core::policy::PolicyOrigin;
use mfa_ready_core::policy::{self, Policy, PolicyErrors};

pub const ENV_POLICY: &str = "MFA_READY_POLICY";
pub const ENV_DATA_DIR: &str = "MFA_READY_DATA_DIR";
pub const ENV_NOW: &str = "MFA_READY_NOW";
/// Test hook: another system folder. Honoured only by debug builds (the tests'), so a
/// user of a release build cannot point the app at a folder of keys of their own.
pub const ENV_SYSTEM_DIR: &str = "MFA_READY_SYSTEM_DIR";

/// The largest policy file read (1 MiB; real ones are a few KiB).
pub const MAX_POLICY_BYTES: u64 = 1024 * 1024;

/// The policy's origin and file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicySource {
    pub origin: PolicyOrigin,
    pub path: Option<PathBuf>,
}

impl PolicySource {
    /// "built-in default" or "/etc/mfa-ready/policy.toml (system-wide)".
    pub fn describe(&self) -> String {
        let how = match self.origin {
            PolicyOrigin::Flag => "given with --policy",
            PolicyOrigin::Env => "from MFA_READY_POLICY",
            PolicyOrigin::System => "system-wide",
            PolicyOrigin::BesideExecutable => "beside the program",
            PolicyOrigin::Embedded => return "built-in default (no policy file found)".to_owned(),
        };
        match &self.path {
            Some(p) => format!("{} ({how})", p.display()),
            None => how.to_owned(),
        }
    }

    /// Short name for error locations: the file name, or `<embedded default>`.
    pub fn file_label(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<embedded default>".to_owned(),
        }
    }
}

/// Why the policy could not be loaded.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PolicyLoadError {
    #[error("{}: cannot read the policy: {message}", path.display())]
    Read { path: PathBuf, message: String },
    #[error(
        "{}: the policy is larger than {} KiB, so it was not read (is this the right file?)",
        path.display(),
        MAX_POLICY_BYTES / 1024
    )]
    TooLarge { path: PathBuf },
    #[error("{}: cannot read the policy: not UTF-8 text (save it as UTF-8)", path.display())]
    NotUtf8 { path: PathBuf },
    #[error("{0}")]
    Invalid(PolicyErrors),
    /// Trusted keys exist and the file's signature does not satisfy them.
    #[error("{0}")]
    Untrusted(TrustError),
}

/// The outcome of looking for and parsing the policy.
#[derive(Debug, Clone)]
pub struct LoadedPolicy {
    pub source: PolicySource,
    pub result: Result<Policy, PolicyLoadError>,
    /// The helpdesk contact salvaged from an invalid file, to show beside its errors.
    pub salvaged_helpdesk: Option<policy::Helpdesk>,
    /// Signed or not, and by whom (for the footer, `policy show`, `status --json`).
    pub trust: PolicyTrust,
}

impl LoadedPolicy {
    /// The organisation's rule for the language (none without a valid policy).
    pub fn language_rule(&self) -> mfa_ready_core::policy::LanguageRule {
        self.result
            .as_ref()
            .map(|p| p.language.clone())
            .unwrap_or_default()
    }

    /// The policy was refused by the trust rules (not merely invalid): nothing from the
    /// file may be shown, opened or reported.
    pub fn refused(&self) -> bool {
        matches!(self.result, Err(PolicyLoadError::Untrusted(_)))
    }
}

/// The system-wide folder for this OS, where administrators put `policy.toml` and
/// `trusted_keys`: `/etc/mfa-ready`, `%ProgramData%\MFA Ready`,
/// `/Library/Application Support/MFA Ready`. Debug builds honour [`ENV_SYSTEM_DIR`].
pub fn system_dir() -> PathBuf {
    if cfg!(debug_assertions)
        && let Some(dir) = std::env::var_os(ENV_SYSTEM_DIR).filter(|d| !d.is_empty())
    {
        return PathBuf::from(dir);
    }
    if cfg!(target_os = "windows") {
        let base = std::env::var_os("ProgramData")
            .map_or_else(|| PathBuf::from(r"C:\ProgramData"), PathBuf::from);
        base.join("MFA Ready")
    } else if cfg!(target_os = "macos") {
        PathBuf::from("/Library/Application Support/MFA Ready")
    } else {
        PathBuf::from("/etc/mfa-ready")
    }
}

/// The policy's file name, in the system folder and beside the program.
pub const POLICY_FILE: &str = "policy.toml";

/// The system-wide policy location for this OS.
pub fn system_policy_path() -> PathBuf {
    system_dir().join(POLICY_FILE)
}

/// Finds the policy in force. `flag` is `--policy`; `env` is `MFA_READY_POLICY`.
pub fn find_policy(flag: Option<&Path>, env: Option<&Path>) -> PolicySource {
    if let Some(p) = flag {
        return PolicySource {
            origin: PolicyOrigin::Flag,
            path: Some(p.to_owned()),
        };
    }
    if let Some(p) = env.filter(|p| !p.as_os_str().is_empty()) {
        return PolicySource {
            origin: PolicyOrigin::Env,
            path: Some(p.to_owned()),
        };
    }
    let system = system_policy_path();
    if system.is_file() {
        return PolicySource {
            origin: PolicyOrigin::System,
            path: Some(system),
        };
    }
    if let Some(beside) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join(POLICY_FILE)))
        .filter(|p| p.is_file())
    {
        return PolicySource {
            origin: PolicyOrigin::BesideExecutable,
            path: Some(beside),
        };
    }
    PolicySource {
        origin: PolicyOrigin::Embedded,
        path: None,
    }
}

/// Reads a policy file as text, at most [`MAX_POLICY_BYTES`]: a larger file or
/// an endless device is refused after that many bytes, never read to the end.
pub fn read_policy_file(path: &Path) -> Result<String, PolicyLoadError> {
    let path_buf = path.to_owned();
    read_text_capped(path, MAX_POLICY_BYTES).map_err(|e| match e {
        CappedRead::Io(e) => PolicyLoadError::Read {
            path: path_buf,
            message: e.to_string(),
        },
        CappedRead::TooLarge => PolicyLoadError::TooLarge { path: path_buf },
        CappedRead::NotUtf8 => PolicyLoadError::NotUtf8 { path: path_buf },
    })
}

/// Where this machine remembers the newest policy it accepted per signing key (only
/// administrators can write it: root or SYSTEM, as fleet tools run):
/// `/var/lib/mfa-ready`, `%ProgramData%\MFA Ready\state`,
/// `/Library/Application Support/MFA Ready/state`. Debug builds with
/// [`ENV_SYSTEM_DIR`] use its `state` folder.
pub fn machine_state_dir() -> PathBuf {
    if cfg!(debug_assertions) && std::env::var_os(ENV_SYSTEM_DIR).is_some_and(|d| !d.is_empty()) {
        return system_dir().join("state");
    }
    if cfg!(target_os = "linux") {
        PathBuf::from("/var/lib/mfa-ready")
    } else {
        system_dir().join("state")
    }
}

/// Reads, checks the signature of, and validates the policy from `source`, with the
/// trusted keys and system policy of this device's system folder. `data_dir` keeps the
/// user's record of the newest policy accepted (beside the machine's).
///
/// Expiry is judged at the later of `now` and this computer's clock, so a what-if time
/// in the past (`MFA_READY_NOW`) never brings an expired policy back (`check_trust`).
pub fn load_policy(source: PolicySource, data_dir: Option<&Path>, now: Timestamp) -> LoadedPolicy {
    let dir = system_dir();
    let seen = SeenRecords {
        machine: Some(machine_state_dir()),
        user: data_dir.map(Path::to_path_buf),
    };
    load_policy_with(source, &TrustedKeys::load(&dir), &dir, &seen, now)
}

/// [`load_policy`] with the trusted keys, system folder and records given.
pub fn load_policy_with(
    source: PolicySource,
    keys: &TrustedKeys,
    system_dir: &Path,
    seen: &SeenRecords,
    now: Timestamp,
) -> LoadedPolicy {
    let mut trust = PolicyTrust::unsigned(keys.required());
    let text = match &source.path {
        None => Ok(policy::EMBEDDED_DEFAULT.to_owned()),
        Some(path) => read_policy_file(path),
    };
    let (result, salvaged_helpdesk) = match text {
        Err(e) => (Err(e), None),
        Ok(text) => match check_trust(&source, &text, keys, system_dir, seen, now) {
            // Nothing from a refused file is shown: only the signed system policy's
            // helpdesk, when that is why the file was refused.
            Err((e, system_text)) => (
                Err(PolicyLoadError::Untrusted(e)),
                system_text.as_deref().and_then(policy::salvage_helpdesk),
            ),
            Ok(t) => {
                trust = t;
                match policy::parse(&text, &source.file_label(), now) {
                    Ok(p) => {
                        if let (Some(id), Some(at)) = (&trust.key_id, trust.signed_at) {
                            seen.record(id, at);
                        }
                        (Ok(p), None)
                    }
                    // The file passed the trust rules (signed, or no trust configured
                    // here): its helpdesk may be shown beside its errors.
                    Err(errs) => (
                        Err(PolicyLoadError::Invalid(errs)),
                        policy::salvage_helpdesk(&text),
                    ),
                }
            }
        },
    };
    LoadedPolicy {
        source,
        result,
        salvaged_helpdesk,
        trust,
    }
}

/// The trust rules for a policy file's text. On refusal, also the signed system
/// policy's text when that is why (its helpdesk may be shown).
fn check_trust(
    source: &PolicySource,
    text: &str,
    keys: &TrustedKeys,
    system_dir: &Path,
    seen: &SeenRecords,
    now: Timestamp,
) -> Result<PolicyTrust, (TrustError, Option<String>)> {
    let Some(path) = source.path.as_deref() else {
        // The embedded default is part of the build IT signed or chose; but trust that
        // is configured and broken refuses it too (it is no way around the refusal).
        if let Some(broken) = &keys.broken {
            return Err((TrustError::Keys(broken.clone()), None));
        }
        return Ok(PolicyTrust::unsigned(keys.required()));
    };
    let user_level = matches!(
        source.origin,
        PolicyOrigin::Flag | PolicyOrigin::Env | PolicyOrigin::BesideExecutable
    );
    let system_path = system_dir.join(POLICY_FILE);
    let system_text = (user_level && keys.required() && system_path.is_file())
        .then(|| read_policy_file(&system_path).ok())
        .flatten();
    let system = system_text.as_deref().map(|t| trust::PolicyFile {
        path: &system_path,
        text: t.as_bytes(),
    });
    let file = trust::PolicyFile {
        path,
        text: text.as_bytes(),
    };
    let expiry_now = now.max(Timestamp::now());
    trust::check_policy(keys, file, user_level, system, seen, expiry_now).map_err(|e| {
        let from_system = matches!(e, TrustError::Override { .. });
        (e, system_text.clone().filter(|_| from_system))
    })
}

/// The data directory: `--data-dir`, `MFA_READY_DATA_DIR`, else the OS's local data dir.
pub fn data_dir(flag: Option<&Path>, env: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_owned());
    }
    if let Some(p) = env.filter(|p| !p.as_os_str().is_empty()) {
        return Some(p.to_owned());
    }
    directories::ProjectDirs::from("", "", "MFA Ready").map(|d| d.data_local_dir().to_owned())
}

/// `MFA_READY_NOW` holds something the clock cannot be set to. The value is echoed
/// only as [`mfa_ready_core::text::echo`] makes it (no terminal escapes, capped).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClockError {
    /// Not an RFC 3339 time.
    #[error(
        "{ENV_NOW}: \"{value}\" is not an RFC 3339 time such as 2026-12-01T09:00:00Z ({reason})"
    )]
    NotATime { value: String, reason: String },
    /// A time, but outside the years every date computation can handle.
    #[error(
        "{ENV_NOW}: \"{value}\" is not a time MFA Ready can use: give one between the years {EARLIEST_YEAR} and {LATEST_YEAR}, such as 2026-12-01T09:00:00Z"
    )]
    OutOfRange { value: String },
}

/// The earliest year `MFA_READY_NOW` may name: deadlines, look-backs and reminder
/// steps are computed from it, and near the ends of what a timestamp can hold
/// (years -9999 and 9999) that arithmetic would overflow.
pub const EARLIEST_YEAR: i16 = 1900;
/// The latest year `MFA_READY_NOW` may name (see [`EARLIEST_YEAR`]).
pub const LATEST_YEAR: i16 = 9000;

/// The clock: the system's, or a fixed instant from `MFA_READY_NOW` (tests, helpdesk what-ifs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(Timestamp),
}

impl Clock {
    /// From the value of `MFA_READY_NOW`, if set.
    pub fn from_env_value(value: Option<&str>) -> Result<Self, ClockError> {
        let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return Ok(Self::System);
        };
        let echo = mfa_ready_core::text::echo;
        let t = v.parse::<Timestamp>().map_err(|e| ClockError::NotATime {
            value: echo(v),
            reason: echo(&e.to_string()),
        })?;
        let year = t.to_zoned(jiff::tz::TimeZone::UTC).year();
        if !(EARLIEST_YEAR..=LATEST_YEAR).contains(&year) {
            return Err(ClockError::OutOfRange { value: echo(v) });
        }
        Ok(Self::Fixed(t))
    }

    pub fn now(self) -> Timestamp {
        match self {
            Self::System => Timestamp::now(),
            Self::Fixed(t) => t,
        }
    }

    pub fn is_fixed(self) -> bool {
        matches!(self, Self::Fixed(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_env_and_env_beats_defaults() {
        let flag = Path::new("/a/flag.toml");
        let env = Path::new("/b/env.toml");
        let s = find_policy(Some(flag), Some(env));
        assert_eq!(s.origin, PolicyOrigin::Flag);
        assert_eq!(s.path.as_deref(), Some(flag));
        let s = find_policy(None, Some(env));
        assert_eq!(s.origin, PolicyOrigin::Env);
        let s = find_policy(None, Some(Path::new("")));
        assert_ne!(s.origin, PolicyOrigin::Env);
    }

    #[test]
    fn missing_flag_file_is_an_error_not_a_fallback() {
        let source = find_policy(Some(Path::new("/nonexistent/mfa/policy.toml")), None);
        let loaded = load_policy(source, None, Timestamp::UNIX_EPOCH);
        let err = loaded.result.unwrap_err().to_string();
        assert!(
            err.starts_with("/nonexistent/mfa/policy.toml: cannot read the policy"),
            "{err}"
        );
    }

    #[test]
    fn invalid_policy_keeps_the_helpdesk_contact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy.toml");
        std::fs::write(
            &path,
            "schema = 1\norganization = \"Contoso\"\n[enrollment]\nmin_methods = 0\n[helpdesk]\nname = \"Contoso Desk\"\nphone = \"+1 425 555 0100\"\n",
        )
        .unwrap();
        let loaded = load_policy(
            find_policy(Some(&path), None),
            None,
            "2026-11-22T00:00:00Z".parse().unwrap(),
        );
        let err = loaded.result.unwrap_err().to_string();
        assert!(
            err.contains("policy.toml:4:15: enrollment.min_methods: must be at least 1"),
            "{err}"
        );
        let hd = loaded.salvaged_helpdesk.unwrap();
        assert_eq!(hd.name, "Contoso Desk");
        assert_eq!(hd.phone.as_deref(), Some("+1 425 555 0100"));
    }

    #[test]
    fn clock_from_env() {
        assert_eq!(Clock::from_env_value(None), Ok(Clock::System));
        assert_eq!(Clock::from_env_value(Some("  ")), Ok(Clock::System));
        assert_eq!(
            Clock::from_env_value(Some("2026-12-01T09:00:00Z")),
            Ok(Clock::Fixed("2026-12-01T09:00:00Z".parse().unwrap()))
        );
        let err = Clock::from_env_value(Some("tomorrow"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("MFA_READY_NOW: \"tomorrow\""), "{err}");
    }

    #[test]
    fn a_clock_outside_the_usable_years_is_refused_in_one_sentence() {
        for v in [
            "-009999-01-10T00:00:00Z",
            "9999-12-30T00:00:00Z",
            "1899-12-31T23:59:59Z",
            "9001-01-01T00:00:00Z",
        ] {
            let err = Clock::from_env_value(Some(v)).unwrap_err();
            assert!(matches!(err, ClockError::OutOfRange { .. }), "{v}: {err}");
            let msg = err.to_string();
            assert!(msg.contains("is not a time MFA Ready can use"), "{msg}");
            assert_eq!(msg.lines().count(), 1);
        }
        for ok in ["1900-01-01T00:00:00Z", "9000-12-31T23:59:59Z"] {
            assert!(Clock::from_env_value(Some(ok)).is_ok(), "{ok}");
        }
    }

    #[test]
    fn a_bad_clock_is_echoed_without_escapes_and_capped() {
        let evil = format!("\x1b]0;owned\x07\x1b[2J{}", "9".repeat(100_000));
        let msg = Clock::from_env_value(Some(&evil)).unwrap_err().to_string();
        assert!(!msg.contains('\x1b') && !msg.contains('\x07'), "{msg:?}");
        assert!(msg.len() < 600, "{} bytes", msg.len());
    }

    #[test]
    fn an_oversized_policy_is_refused_without_reading_it_all() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.toml");
        let mut text = "schema = 1\norganization = \"Contoso\"\n".to_owned();
        text.push_str(&"# padding\n".repeat(2 * 1024 * 1024 / 10));
        std::fs::write(&big, &text).unwrap();
        let loaded = load_policy(find_policy(Some(&big), None), None, Timestamp::UNIX_EPOCH);
        let err = loaded.result.unwrap_err();
        assert!(matches!(err, PolicyLoadError::TooLarge { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            format!(
                "{}: the policy is larger than 1024 KiB, so it was not read (is this the right file?)",
                big.display()
            )
        );
        // Exactly at the limit is fine (as far as size goes).
        let edge = dir.path().join("edge.toml");
        std::fs::write(&edge, vec![b'#'; MAX_POLICY_BYTES as usize]).unwrap();
        assert_eq!(
            read_policy_file(&edge).map(|t| t.len()).ok(),
            Some(MAX_POLICY_BYTES as usize)
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_endless_device_is_refused() {
        let err = read_policy_file(Path::new("/dev/zero")).unwrap_err();
        assert!(matches!(err, PolicyLoadError::TooLarge { .. }), "{err}");
    }

    #[test]
    fn a_policy_that_is_not_utf8_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("latin1.toml");
        std::fs::write(&path, b"organization = \"Caf\xe9\"\n").unwrap();
        let err = read_policy_file(&path).unwrap_err().to_string();
        assert!(
            err.ends_with("cannot read the policy: not UTF-8 text (save it as UTF-8)"),
            "{err}"
        );
    }

    #[test]
    fn data_dir_precedence() {
        let d = data_dir(Some(Path::new("/x")), Some(Path::new("/y")));
        assert_eq!(d.as_deref(), Some(Path::new("/x")));
        let d = data_dir(None, Some(Path::new("/y")));
        assert_eq!(d.as_deref(), Some(Path::new("/y")));
    }
}
