//! Signing in to Microsoft Graph: OAuth 2.0 authorization code + PKCE through
//! the system browser and a one-shot loopback listener on 127.0.0.1 (RFC 8252),
//! tokens kept only in the OS keychain.
//!
//! * [`TokenSource`]: what the enrollment clients ask for a token.
//!   [`StaticToken`] (env `MFA_READY_GRAPH_TOKEN`, for scripts) and
//!   [`OAuthTokens`] (keychain + refresh at the token endpoint).
//! * [`SecretStore`]: the OS keychain ([`KeychainStore`], `keyring` crate) or, in
//!   tests, [`MemorySecrets`]. Nothing here writes a token to a file, the
//!   database or a log.
//! * [`sign_in`]: the browser flow.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::core::pkce::{self, AuthorizeRequest, Pkce};
use crate::core::policy::Policy;

use super::enroll::{BoxFut, HttpTimeouts, http_client};

/// Env var: an access token to use instead of signing in (scripts).
pub const ENV_GRAPH_TOKEN: &str = "MFA_READY_GRAPH_TOKEN";
/// The delegated scopes MFA Ready asks for.
pub const SCOPES: [&str; 2] = ["UserAuthenticationMethod.ReadWrite", "offline_access"];
/// Keychain service name.
pub const KEYCHAIN_SERVICE: &str = "mfa-ready";

const ACCESS: &str = "graph-access-token";
const REFRESH: &str = "graph-refresh-token";

/// Why no token could be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// The user must sign in (no token, or the refresh was refused).
    #[error("sign-in needed: {0}")]
    SignInNeeded(String),
    /// The token endpoint could not be reached (retry later).
    #[error("{0}")]
    Transient(String),
    /// Anything else (keychain unavailable, bad configuration).
    #[error("{0}")]
    Other(String),
}

/// Supplies access tokens.
pub trait TokenSource: Send + Sync {
    /// The current access token.
    fn access_token(&self) -> BoxFut<'_, Result<String, AuthError>>;
    /// A fresh access token (after a 401). Called at most once per request.
    fn refresh(&self) -> BoxFut<'_, Result<String, AuthError>>;
}

/// A fixed token (env `MFA_READY_GRAPH_TOKEN`): cannot be refreshed.
pub struct StaticToken(String);

impl StaticToken {
    pub fn new(token: &str) -> Self {
        Self(token.trim().to_owned())
    }

    /// From `MFA_READY_GRAPH_TOKEN`, if set and not empty.
    pub fn from_env() -> Option<Self> {
        std::env::var(ENV_GRAPH_TOKEN)
            .ok()
            .filter(|t| !t.trim().is_empty())
            .map(|t| Self::new(&t))
    }
}

impl TokenSource for StaticToken {
    fn access_token(&self) -> BoxFut<'_, Result<String, AuthError>> {
        let t = self.0.clone();
        Box::pin(async move { Ok(t) })
    }

    fn refresh(&self) -> BoxFut<'_, Result<String, AuthError>> {
        Box::pin(async {
            Err(AuthError::SignInNeeded(format!(
                "the token in {ENV_GRAPH_TOKEN} was refused (expired?)"
            )))
        })
    }
}

/// Where secrets live.
pub trait SecretStore: Send + Sync {
    fn get(&self, name: &str) -> Result<Option<String>, String>;
    fn set(&self, name: &str, value: &str) -> Result<(), String>;
    fn delete(&self, name: &str) -> Result<(), String>;
}

/// In memory (tests).
#[derive(Default)]
pub struct MemorySecrets(Mutex<HashMap<String, String>>);

impl SecretStore for MemorySecrets {
    fn get(&self, name: &str) -> Result<Option<String>, String> {
        let g = self
            .0
            .lock()
            .map_err(|_| "secret lock poisoned".to_owned())?;
        Ok(g.get(name).cloned())
    }
    fn set(&self, name: &str, value: &str) -> Result<(), String> {
        let mut g = self
            .0
            .lock()
            .map_err(|_| "secret lock poisoned".to_owned())?;
        g.insert(name.to_owned(), value.to_owned());
        Ok(())
    }
    fn delete(&self, name: &str) -> Result<(), String> {
        let mut g = self
            .0
            .lock()
            .map_err(|_| "secret lock poisoned".to_owned())?;
        g.remove(name);
        Ok(())
    }
}

/// The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service).
///
/// Each call runs on its own short-lived thread: the Linux backend drives its
/// own async runtime, which must not start inside the services' one.
pub struct KeychainStore {
    /// The account the secrets are filed under (the tenant).
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

fn keychain_message(e: &keyring::Error) -> String {
    match e {
        keyring::Error::NoStorageAccess(_) | keyring::Error::PlatformFailure(_) => format!(
            "the system keychain is not available ({e}), so MFA Ready cannot keep you signed in; \
             on Linux start a Secret Service (GNOME Keyring or KWallet), or set {ENV_GRAPH_TOKEN} for scripts"
        ),
        other => format!("keychain: {other}"),
    }
}

impl SecretStore for KeychainStore {
    fn get(&self, name: &str) -> Result<Option<String>, String> {
        match self.run(name, |e| e.get_password()) {
            Ok(v) => Ok(Some(v)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(keychain_message(&e)),
        }
    }
    fn set(&self, name: &str, value: &str) -> Result<(), String> {
        let v = value.to_owned();
        self.run(name, move |e| e.set_password(&v))
            .map_err(|e| keychain_message(&e))
    }
    fn delete(&self, name: &str) -> Result<(), String> {
        match self.run(name, |e| e.delete_credential()) {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(keychain_message(&e)),
        }
    }
}

/// Where to sign in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthConfig {
    pub authority: String,
    /// Tenant id or domain; `organizations` when the policy names none.
    pub tenant: String,
    pub client_id: String,
}

impl OAuthConfig {
    /// From the policy's `tenant` and `[graph]`; `None` without a `client_id`.
    pub fn from_policy(policy: &Policy) -> Option<Self> {
        Some(Self {
            authority: policy.graph.authority.clone(),
            tenant: policy
                .tenant
                .clone()
                .unwrap_or_else(|| "organizations".to_owned()),
            client_id: policy.graph.client_id.clone()?,
        })
    }

    pub fn token_url(&self) -> String {
        format!(
            "{}/{}/oauth2/v2.0/token",
            self.authority.trim_end_matches('/'),
            self.tenant
        )
    }
}

/// Tokens from the keychain (or a test store), refreshed at the token endpoint.
pub struct OAuthTokens {
    config: OAuthConfig,
    secrets: Arc<dyn SecretStore>,
    http: reqwest::Client,
}

impl OAuthTokens {
    pub fn new(config: OAuthConfig, secrets: Arc<dyn SecretStore>) -> Result<Self, String> {
        let loopback = config.authority.starts_with("http://");
        Ok(Self {
            http: http_client(HttpTimeouts::default(), loopback)?,
            config,
            secrets,
        })
    }

    /// Whether a refresh token is stored (the user signed in before).
    pub fn has_session(&self) -> bool {
        matches!(self.secrets.get(REFRESH), Ok(Some(_)))
    }

    /// Forgets the tokens.
    pub fn sign_out(&self) -> Result<(), String> {
        self.secrets.delete(ACCESS)?;
        self.secrets.delete(REFRESH)
    }

    async fn token_request(&self, form: &[(&str, &str)]) -> Result<String, AuthError> {
        let resp = self
            .http
            .post(self.config.token_url())
            .form(form)
            .send()
            .await
            .map_err(|e| AuthError::Transient(format!("cannot reach the sign-in service: {e}")))?;
        let status = resp.status();
        let body: serde_json::Value = resp
            .json()
            .await
            .map_err(|e| AuthError::Transient(format!("unexpected sign-in answer: {e}")))?;
        if !status.is_success() {
            let code = body
                .get("error")
                .and_then(|v| v.as_str())
                .unwrap_or("error");
            let msg = format!("the sign-in service answered {status} ({code})");
            return Err(if status.is_server_error() {
                AuthError::Transient(msg)
            } else {
                AuthError::SignInNeeded(msg)
            });
        }
        let access = body
            .get("access_token")
            .and_then(|v| v.as_str())
            .ok_or_else(|| AuthError::Other("the sign-in answer has no access_token".into()))?;
        self.secrets.set(ACCESS, access).map_err(AuthError::Other)?;
        if let Some(r) = body.get("refresh_token").and_then(|v| v.as_str()) {
            self.secrets.set(REFRESH, r).map_err(AuthError::Other)?;
        }
        Ok(access.to_owned())
    }

    /// Trades an authorization code for tokens (after [`sign_in`]).
    pub async fn redeem_code(
        &self,
        code: &str,
        verifier: &str,
        redirect_uri: &str,
    ) -> Result<(), AuthError> {
        let scope = SCOPES.join(" ");
        self.token_request(&[
            ("client_id", &self.config.client_id),
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier),
            ("scope", &scope),
        ])
        .await
        .map(|_| ())
    }
}

impl TokenSource for OAuthTokens {
    fn access_token(&self) -> BoxFut<'_, Result<String, AuthError>> {
        Box::pin(async move {
            // An unavailable keychain means no session: wait for sign-in, say why.
            match self.secrets.get(ACCESS).map_err(AuthError::SignInNeeded)? {
                Some(t) => Ok(t),
                None => self.refresh().await,
            }
        })
    }

    fn refresh(&self) -> BoxFut<'_, Result<String, AuthError>> {
        Box::pin(async move {
            let Some(refresh) = self.secrets.get(REFRESH).map_err(AuthError::SignInNeeded)? else {
                return Err(AuthError::SignInNeeded("you have not signed in yet".into()));
            };
            let scope = SCOPES.join(" ");
            self.token_request(&[
                ("client_id", &self.config.client_id),
                ("grant_type", "refresh_token"),
                ("refresh_token", &refresh),
                ("scope", &scope),
            ])
            .await
        })
    }
}

/// The token source for this policy: `MFA_READY_GRAPH_TOKEN` if set, else the
/// keychain session. `None` when neither can work (no client id configured).
pub fn token_source(policy: &Policy) -> Option<Arc<dyn TokenSource>> {
    if let Some(t) = StaticToken::from_env() {
        return Some(Arc::new(t));
    }
    let config = OAuthConfig::from_policy(policy)?;
    let store = Arc::new(KeychainStore::new(&config.tenant));
    OAuthTokens::new(config, store)
        .ok()
        .map(|t| Arc::new(t) as Arc<dyn TokenSource>)
}

/// Random bytes from the OS.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], String> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| format!("no randomness available: {e}"))?;
    Ok(b)
}

/// A started sign-in: open `url` in the browser, then await [`PendingSignIn::finish`].
pub struct PendingSignIn {
    pub url: String,
    pub redirect_uri: String,
    listener: tokio::net::TcpListener,
    state: String,
    pkce: Pkce,
}

/// Binds the loopback listener and builds the authorize URL.
pub async fn start_sign_in(config: &OAuthConfig) -> Result<PendingSignIn, String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| format!("cannot listen for the sign-in answer: {e}"))?;
    let port = listener
        .local_addr()
        .map_err(|e| format!("cannot listen for the sign-in answer: {e}"))?
        .port();
    let redirect_uri = format!("http://localhost:{port}/");
    let pkce = Pkce::from_random(&random_bytes::<32>()?);
    let state = pkce::state_from_bytes(&random_bytes::<16>()?);
    let url = pkce::authorize_url(&AuthorizeRequest {
        authority: &config.authority,
        tenant: &config.tenant,
        client_id: &config.client_id,
        redirect_uri: &redirect_uri,
        scopes: &SCOPES,
        state: &state,
        code_challenge: &pkce.challenge,
    })
    .map_err(|e| e.to_string())?;
    Ok(PendingSignIn {
        url,
        redirect_uri,
        listener,
        state,
        pkce,
    })
}

impl PendingSignIn {
    /// The `state` sent (tests).
    pub fn state(&self) -> &str {
        &self.state
    }

    /// The verifier (to redeem the code).
    pub fn verifier(&self) -> &str {
        &self.pkce.verifier
    }

    /// Waits for the browser's redirect. Requests with a wrong `state` or path
    /// are answered 400 and ignored; the first valid one yields the code.
    pub async fn finish(self, wait: Duration) -> Result<(String, String, String), String> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let accepted = tokio::time::timeout_at(deadline, self.listener.accept())
                .await
                .map_err(|_| "sign-in timed out: the browser did not come back".to_owned())?;
            let Ok((mut stream, _)) = accepted else {
                continue;
            };
            let mut buf = vec![0u8; 8192];
            let n = match tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf)).await
            {
                Ok(Ok(n)) => n,
                _ => continue,
            };
            let head = String::from_utf8_lossy(buf.get(..n).unwrap_or_default()).into_owned();
            let target = head
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("GET "))
                .and_then(|l| l.split(' ').next())
                .unwrap_or("");
            match pkce::validate_redirect(target, "/", &self.state) {
                Ok(code) => {
                    let _ = stream
                        .write_all(page(200, "You are signed in. You can close this tab and go back to MFA Ready.").as_bytes())
                        .await;
                    return Ok((code, self.pkce.verifier, self.redirect_uri));
                }
                Err(
                    e @ (pkce::RedirectError::AccessDenied { .. }
                    | pkce::RedirectError::Authorization { .. }),
                ) => {
                    let _ = stream
                        .write_all(
                            page(400, "Sign-in did not complete. Go back to MFA Ready.").as_bytes(),
                        )
                        .await;
                    return Err(e.to_string());
                }
                Err(e) => {
                    tracing::warn!(error = %e, "ignored a loopback request");
                    let _ = stream
                        .write_all(page(400, "This request was not expected.").as_bytes())
                        .await;
                }
            }
        }
    }
}

fn page(status: u16, text: &str) -> String {
    let reason = if status == 200 { "OK" } else { "Bad Request" };
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>MFA Ready</title><p style=\"font:16px sans-serif\">{text}</p>"
    );
    format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

/// The whole browser sign-in: listener, browser, code, tokens into the keychain.
pub async fn sign_in(
    config: &OAuthConfig,
    tokens: &OAuthTokens,
    open_browser: impl FnOnce(&str) -> std::io::Result<()>,
    wait: Duration,
) -> Result<(), String> {
    let pending = start_sign_in(config).await?;
    open_browser(&pending.url).map_err(|e| {
        format!(
            "could not open your browser ({e}); open this address yourself: {}",
            pending.url
        )
    })?;
    let (code, verifier, redirect) = pending.finish(wait).await?;
    tokens
        .redeem_code(&code, &verifier, &redirect)
        .await
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_matches_rfc7636_appendix_b() {
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert_eq!(
            pkce::challenge_s256(verifier),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    async fn get(port: u16, target: &str) -> String {
        let mut s = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        s.write_all(format!("GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n").as_bytes())
            .await
            .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).await.unwrap();
        out
    }

    #[tokio::test]
    async fn loopback_listener_accepts_only_the_expected_state() {
        let config = OAuthConfig {
            authority: "https://login.microsoftonline.com".into(),
            tenant: "contoso.onmicrosoft.com".into(),
            client_id: "11111111-2222-3333-4444-555555555555".into(),
        };
        let pending = start_sign_in(&config).await.unwrap();
        assert!(pending.url.starts_with(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?"
        ));
        assert!(pending.url.contains("code_challenge_method=S256"));
        assert!(pending.url.contains("UserAuthenticationMethod.ReadWrite"));
        let port: u16 = pending
            .redirect_uri
            .trim_start_matches("http://localhost:")
            .trim_end_matches('/')
            .parse()
            .unwrap();
        let state = pending.state().to_owned();
        let verifier = pending.verifier().to_owned();
        let task = tokio::spawn(pending.finish(Duration::from_secs(10)));
        let forged = get(port, "/?code=evil&state=forged").await;
        assert!(forged.starts_with("HTTP/1.1 400"), "{forged}");
        let wrong_path = get(port, &format!("/x?code=c&state={state}")).await;
        assert!(wrong_path.starts_with("HTTP/1.1 400"), "{wrong_path}");
        let ok = get(port, &format!("/?code=the-code&state={state}")).await;
        assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
        let (code, v, _) = task.await.unwrap().unwrap();
        assert_eq!(code, "the-code");
        assert_eq!(v, verifier);
        assert_eq!(pkce::challenge_s256(&v).len(), 43);
    }

    #[tokio::test]
    async fn static_token_cannot_refresh() {
        let t = StaticToken::new(" abc ");
        assert_eq!(t.access_token().await.unwrap(), "abc");
        assert!(matches!(t.refresh().await, Err(AuthError::SignInNeeded(_))));
    }
}
