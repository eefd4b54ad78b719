//! Where tokens live: the OS keychain ([`KeychainStore`]) or, in tests,
//! [`MemorySecrets`]. Nothing here writes a token to a file, the database or a log.

use std::collections::HashMap;
use std::sync::Mutex;

/// Env var: an access token to use instead of signing in (scripts; the stand-in
/// for the keychain where there is none).
pub const ENV_GRAPH_TOKEN: &str = "MFA_READY_GRAPH_TOKEN";

/// Env var: an Okta access token to use instead of signing in (scripts), sent only to
/// the policy's `[okta] org_url`.
pub const ENV_OKTA_TOKEN: &str = "MFA_READY_OKTA_TOKEN";

/// Keychain service name.
pub const KEYCHAIN_SERVICE: &str = "mfa-ready";

/// Why a secret could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretError {
    /// No keychain to talk to (no Secret Service on Linux, a locked keychain, …).
    #[error(
        "the system keychain is not available ({0}), so MFA Ready cannot keep you signed in; \
         on Linux start a Secret Service (GNOME Keyring or KWallet), or set {ENV_GRAPH_TOKEN} for scripts"
    )]
    Unavailable(String),
    /// Anything else the keychain said.
    #[error("keychain: {0}")]
    Other(String),
}

/// Where secrets live.
pub trait SecretStore: Send + Sync {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError>;
    fn set(&self, name: &str, value: &str) -> Result<(), SecretError>;
    fn delete(&self, name: &str) -> Result<(), SecretError>;
}

/// In memory (tests).
#[derive(Default)]
pub struct MemorySecrets(Mutex<HashMap<String, String>>);

impl MemorySecrets {
    fn map(&self) -> Result<std::sync::MutexGuard<'_, HashMap<String, String>>, SecretError> {
        self.0
            .lock()
            .map_err(|_| SecretError::Other("secret lock poisoned".to_owned()))
    }

    /// The names of the stored secrets, sorted (tests look at what was filed where).
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .map()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        names.sort();
        names
    }
}

impl SecretStore for MemorySecrets {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        Ok(self.map()?.get(name).cloned())
    }
    fn set(&self, name: &str, value: &str) -> Result<(), SecretError> {
        self.map()?.insert(name.to_owned(), value.to_owned());
        Ok(())
    }
    fn delete(&self, name: &str) -> Result<(), SecretError> {
        self.map()?.remove(name);
        Ok(())
    }
}

/// The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service).
///
/// Each call runs on its own short-lived thread: the Linux backend drives its
/// own async runtime, which must not start inside the services' one.
pub struct KeychainStore {
    /// The account the secrets are filed under (the tenant). The entry names
    /// carry the full binding (see `OAuthConfig::binding_key`).
    account: String,
}

impl KeychainStore {
    pub fn new(account: &str) -> Self {
        Self {
            account: account.to_owned(),
        }
    }

    fn run<T: Send + 'static>(
        &self,
        name: &str,
        f: impl FnOnce(keyring::Entry) -> Result<T, keyring::Error> + Send + 'static,
    ) -> Result<T, keyring::Error> {
        let user = format!("{}:{name}", self.account);
        std::thread::spawn(move || {
            let entry = keyring::Entry::new(KEYCHAIN_SERVICE, &user)?;
            f(entry)
        })
        .join()
        .unwrap_or_else(|_| {
            Err(keyring::Error::PlatformFailure(
                "the keychain thread failed".into(),
            ))
        })
    }
}

fn keychain_error(e: &keyring::Error) -> SecretError {
    match e {
        keyring::Error::NoStorageAccess(_) | keyring::Error::PlatformFailure(_) => {
            SecretError::Unavailable(e.to_string())
        }
        other => SecretError::Other(other.to_string()),
    }
}

impl SecretStore for KeychainStore {
    fn get(&self, name: &str) -> Result<Option<String>, SecretError> {
        match self.run(name, |e| e.get_password()) {
            Ok(v) => Ok(Some(v)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keychain_error(&e)),
        }
    }
    fn set(&self, name: &str, value: &str) -> Result<(), SecretError> {
        let v = value.to_owned();
        self.run(name, move |e| e.set_password(&v))
            .map_err(|e| keychain_error(&e))
    }
    fn delete(&self, name: &str) -> Result<(), SecretError> {
        match self.run(name, |e| e.delete_credential()) {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keychain_error(&e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_secrets_round_trip() {
        let m = MemorySecrets::default();
        assert_eq!(m.get("a").unwrap(), None);
        m.set("a", "1").unwrap();
        m.set("b", "2").unwrap();
        assert_eq!(m.get("a").unwrap().as_deref(), Some("1"));
        assert_eq!(m.names(), ["a", "b"]);
        m.delete("a").unwrap();
        m.delete("missing").unwrap();
        assert_eq!(m.names(), ["b"]);
    }

    #[test]
    fn an_unavailable_keychain_says_what_to_do() {
        let e = keychain_error(&keyring::Error::PlatformFailure("no dbus".into()));
        let text = e.to_string();
        assert!(
            text.contains("Secret Service") && text.contains(ENV_GRAPH_TOKEN),
            "{text}"
        );
    }
}
