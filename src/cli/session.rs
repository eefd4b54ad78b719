//! One command's resolved inputs, as ripgrep turns its raw flags into resolved ones
//! once: the clock (`MFA_READY_NOW`) and "now", the policy in force (found, read,
//! verified and parsed at most once), and the data directory and its store. Commands
//! take a `&Session` instead of threading `--policy` / `--data-dir` through every call.

use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use mfa_ready_core::policy::Policy;

use crate::services::config::{Clock, LoadedPolicy, PolicyLoadError};
use crate::services::store::Store;

use super::common::CliError;

/// What every command that needs the policy, the store or the clock stands on.
pub struct Session {
    pub clock: Clock,
    /// The clock read once, at the start of the command.
    pub now: Timestamp,
    policy_flag: Option<PathBuf>,
    data_flag: Option<PathBuf>,
    loaded: OnceCell<LoadedPolicy>,
    catalog: OnceCell<mfa_ready_i18n::Catalog>,
}

impl Session {
    /// From `--policy`, `--data-dir` and the environment (`MFA_READY_NOW`, which fails
    /// here, before anything else, when it is not a usable time).
    pub fn new(policy_flag: Option<&Path>, data_flag: Option<&Path>) -> Result<Self, CliError> {
        let clock = crate::startup::clock_from_env()?;
        Ok(Self::with_clock(clock, policy_flag, data_flag))
    }

    /// With a clock given (tests).
    pub fn with_clock(clock: Clock, policy_flag: Option<&Path>, data_flag: Option<&Path>) -> Self {
        Self {
            clock,
            now: clock.now(),
            policy_flag: policy_flag.map(Path::to_path_buf),
            data_flag: data_flag.map(Path::to_path_buf),
            loaded: OnceCell::new(),
            catalog: OnceCell::new(),
        }
    }

    /// `--policy` as given (the login entry repeats it).
    pub fn policy_flag(&self) -> Option<&Path> {
        self.policy_flag.as_deref()
    }

    /// `--data-dir` as given (the login entry repeats it).
    pub fn data_flag(&self) -> Option<&Path> {
        self.data_flag.as_deref()
    }

    /// The policy in force, loaded on first use: where it came from, its signature, and
    /// the policy or why it cannot be used.
    pub fn loaded(&self) -> &LoadedPolicy {
        self.loaded.get_or_init(|| {
            crate::startup::load_policy(self.policy_flag(), self.data_flag(), self.now)
        })
    }

    /// The policy in force, or the reason it cannot be used (exit 2).
    pub fn policy(&self) -> Result<&Policy, CliError> {
        self.loaded().result.as_ref().map_err(|e| match e {
            PolicyLoadError::Invalid(errs) => CliError(format!("the policy is not valid:\n{errs}")),
            other => CliError(other.to_string()),
        })
    }

    /// The words for people, in the language of `LC_ALL` / `LC_MESSAGES` / `LANG` (the
    /// system's elsewhere), within what the policy allows. `--json` never uses it.
    /// Built once per command.
    pub fn catalog(&self) -> &mfa_ready_i18n::Catalog {
        self.catalog.get_or_init(|| {
            let locales = crate::services::locale::cli_locales();
            let lang = self.loaded().language_rule().choose(None, &locales);
            mfa_ready_i18n::Catalog::new(lang).with_region_from(&locales)
        })
    }

    /// The data directory (flag, environment, the OS's default).
    pub fn data_dir(&self) -> Result<PathBuf, CliError> {
        Ok(crate::startup::data_dir(self.data_flag())?)
    }

    /// Opens the store in the data directory, after checking it can be written. A
    /// damaged store moved aside is one warning on stderr.
    pub fn store(&self) -> Result<Store, CliError> {
        let dir = self.data_dir()?;
        crate::services::store::check_writable(&dir)?;
        let store = Store::open(&dir, self.now)?;
        if let Some(r) = store.recovered() {
            eprintln!("mfa-ready: warning: {}", r.sentence());
        }
        Ok(store)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_is_loaded_once_and_its_refusal_is_the_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy.toml");
        std::fs::write(&path, "schema = 1\norganization = \"Contoso\"\n").unwrap();
        let now: Timestamp = "2026-12-01T09:00:00Z".parse().unwrap();
        let s = Session::with_clock(Clock::Fixed(now), Some(&path), Some(dir.path()));
        assert_eq!(s.now, now);
        assert_eq!(s.policy().unwrap().organization, "Contoso");
        // Read once: a change to the file after the first read is not seen.
        std::fs::write(&path, "schema = 1\n").unwrap();
        assert_eq!(s.policy().unwrap().organization, "Contoso");
        let fresh = Session::with_clock(Clock::Fixed(now), Some(&path), Some(dir.path()));
        let err = fresh.policy().unwrap_err().0;
        assert!(err.starts_with("the policy is not valid:"), "{err}");
    }
}
