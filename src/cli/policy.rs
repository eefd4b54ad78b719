//! `policy keygen`, `policy sign` and `policy verify`: IT signs its policy with this
//! program alone. The crypto and the files are `services::trust`'s; this file reads
//! the flags and the password, and prints.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::services::config;
use crate::services::trust::sign::{self, Protection};
use crate::services::trust::{TrustedKeys, trusted_keys_path, verify_detached};

use super::common::{CliError, CliResult, EXIT_OK};

/// The secret key's password for scripts (never a flag: flags show in process lists).
pub const ENV_KEY_PASSWORD: &str = "MFA_READY_KEY_PASSWORD";

fn password_from_env() -> Option<String> {
    std::env::var(ENV_KEY_PASSWORD)
        .ok()
        .filter(|p| !p.is_empty())
}

/// A password asked on the terminal fails without one (a script, a CI job) with the
/// OS's "No such device or address": say what to do instead.
fn password_hint(e: sign::SignError, asked_on_terminal: bool) -> CliError {
    if asked_on_terminal && !has_terminal() {
        CliError(format!(
            "{e} (there is no terminal to ask for the key's password: set {ENV_KEY_PASSWORD} for scripts)"
        ))
    } else {
        CliError(e.to_string())
    }
}

/// Whether a password can be asked: minisign reads it from the controlling terminal.
fn has_terminal() -> bool {
    if cfg!(unix) {
        std::fs::File::open("/dev/tty").is_ok()
    } else {
        std::io::IsTerminal::is_terminal(&std::io::stdin())
    }
}

/// `policy keygen --out DIR [--unencrypted]`.
pub fn keygen(out: &Path, unencrypted: bool) -> CliResult {
    let protection = if unencrypted {
        Protection::Unencrypted
    } else {
        // From the environment, or asked twice on the terminal.
        Protection::Password(password_from_env())
    };
    let asks = matches!(protection, Protection::Password(None));
    let files = sign::keygen(out, protection).map_err(|e| password_hint(e, asks))?;
    println!(
        "Secret key:  {} (keep it offline; never share it)",
        files.secret.display()
    );
    println!("Public key:  {}", files.public.display());
    println!("Key ID:      {}", files.key_id);
    println!();
    println!("Trust it on devices with one line in the system trusted_keys file");
    println!("({}):", trusted_keys_path(&config::system_dir()).display());
    println!("{}", files.public_key);
    println!("or build with MFA_READY_TRUSTED_KEYS={}", files.public_key);
    Ok(EXIT_OK)
}

/// The trusted comment: who signed, when, which file, and until when
/// (`core::signature::comment`, which the app reads back to order and expire policies).
pub fn trusted_comment(
    signer: Option<&str>,
    policy: &Path,
    now: Timestamp,
    expires: Option<Timestamp>,
) -> String {
    let who = signer
        .map(str::to_owned)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_owned());
    let file = policy
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    mfa_ready_core::signature::comment(&who, now, expires, &file)
}

/// `--expires`: an RFC 3339 time, or a date (`2027-06-30`, meaning its start, UTC).
/// It must come after the signing time.
pub fn parse_expiry(value: &str, now: Timestamp) -> Result<Timestamp, CliError> {
    let v = value.trim();
    let at = v
        .parse::<Timestamp>()
        .ok()
        .or_else(|| {
            v.parse::<jiff::civil::Date>()
                .ok()
                .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
                .map(|z| z.timestamp())
        })
        .ok_or_else(|| {
            CliError(format!(
                "--expires: \"{}\" is not a date such as 2027-06-30 or a time such as 2027-06-30T00:00:00Z",
                mfa_ready_core::text::single_line(&v.chars().take(60).collect::<String>())
            ))
        })?;
    if at <= now {
        return Err(CliError(format!(
            "--expires: {} is not after the signing time {}",
            mfa_ready_core::signature::rfc3339(at),
            mfa_ready_core::signature::rfc3339(now)
        )));
    }
    Ok(at)
}

/// `policy sign --key SECRET_KEY_FILE POLICY [--signer NAME] [--expires DATE]`.
pub fn sign(
    key: &Path,
    policy: &Path,
    signer: Option<&str>,
    expires: Option<&str>,
    now: Timestamp,
) -> CliResult {
    let expires = expires.map(|e| parse_expiry(e, now)).transpose()?;
    // Never sign what the app would refuse to read.
    let text = config::read_policy_file(policy)?;
    mfa_ready_core::policy::parse(&text, &policy.display().to_string(), now).map_err(|errs| {
        CliError(format!(
            "{}: not signed, the policy is not valid:\n{errs}",
            policy.display()
        ))
    })?;
    let comment = trusted_comment(signer, policy, now, expires);
    let password = password_from_env();
    let asks = password.is_none();
    let sig =
        sign::sign_file(key, password, policy, &comment).map_err(|e| password_hint(e, asks))?;
    println!("{}: signed ({comment})", sig.display());
    Ok(EXIT_OK)
}

/// `policy verify POLICY [--pubkey KEY]`: against the given key, or this device's
/// trusted keys. Exit 0 valid, 2 not.
pub fn verify(policy: &Path, pubkey: Option<&PathBuf>) -> CliResult {
    let keys = match pubkey {
        Some(p) => TrustedKeys::from_public_key_file(p)?,
        None => {
            let keys = TrustedKeys::load(&config::system_dir());
            if let Some(broken) = keys.broken {
                return Err(CliError(format!(
                    "{broken}; no policy can be trusted until this is fixed"
                )));
            }
            if keys.is_empty() {
                return Err(CliError(format!(
                    "no trusted keys on this device: pass --pubkey mfa-ready.pub, or list keys in {}",
                    trusted_keys_path(&config::system_dir()).display()
                )));
            }
            keys
        }
    };
    let text = config::read_policy_file(policy)?;
    let v = verify_detached(policy, text.as_bytes(), &keys)?;
    println!(
        "{}: signature valid, key {}; trusted comment: {}",
        policy.display(),
        v.key_id,
        v.trusted_comment
    );
    Ok(EXIT_OK)
}
