//! The browser sign-in: OAuth 2.0 authorization code + PKCE through the system
//! browser and a one-shot loopback listener on `127.0.0.1` (RFC 8252), the code
//! redeemed for tokens that go into the keychain.

use std::time::Duration;

use tokio::net::TcpListener;

use mfa_ready_core::pkce::{self, AuthorizeRequest, AuthorizeUrlError, EndpointRequest, Pkce};
use mfa_ready_core::weburl;

use crate::services::http::{self, HttpTimeouts};

use super::listener::{self, ListenError};
use super::tokens::{self, AuthError, Idp, OAuthConfig, OAuthTokens};

/// Why a sign-in did not complete.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignInError {
    #[error("cannot listen for the sign-in answer: {0}")]
    Listen(String),
    #[error("no randomness available: {0}")]
    Randomness(String),
    #[error(transparent)]
    AuthorizeUrl(#[from] AuthorizeUrlError),
    #[error("could not open your browser ({message}); open this address yourself: {url}")]
    Browser { message: String, url: String },
    /// Timed out, or the identity provider refused (state matched).
    #[error(transparent)]
    Redirect(#[from] ListenError),
    /// The code could not be redeemed.
    #[error(transparent)]
    Token(#[from] AuthError),
}

/// Random bytes from the OS.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], SignInError> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| SignInError::Randomness(e.to_string()))?;
    Ok(b)
}

/// A started sign-in: open `url` in the browser, then await [`PendingSignIn::finish`].
pub struct PendingSignIn {
    pub url: String,
    /// `http://127.0.0.1:PORT/`.
    pub redirect_uri: String,
    listener: TcpListener,
    state: String,
    pkce: Pkce,
}

/// What the browser brought back, ready to redeem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizationCode {
    pub code: String,
    pub verifier: String,
    pub redirect_uri: String,
}

/// Binds the loopback listener on `127.0.0.1` and builds the authorize URL (Okta:
/// at the `authorization_endpoint` its discovery names on the org's origin).
pub async fn start_sign_in(config: &OAuthConfig) -> Result<PendingSignIn, SignInError> {
    let listen = |e: std::io::Error| SignInError::Listen(e.to_string());
    let listener = TcpListener::bind("127.0.0.1:0").await.map_err(listen)?;
    let port = listener.local_addr().map_err(listen)?.port();
    let redirect_uri = pkce::loopback_redirect_uri(port);
    let pkce = Pkce::from_random(&random_bytes::<32>()?);
    let state = pkce::state_from_bytes(&random_bytes::<16>()?);
    let url = match config.idp {
        Idp::Entra => pkce::authorize_url(&AuthorizeRequest {
            authority: &config.authority,
            tenant: &config.tenant,
            client_id: &config.client_id,
            redirect_uri: &redirect_uri,
            scopes: config.scopes(),
            state: &state,
            code_challenge: &pkce.challenge,
        })?,
        Idp::Okta => {
            let endpoint = okta_authorize_endpoint(config).await?;
            pkce::endpoint_authorize_url(&EndpointRequest {
                endpoint: endpoint.as_str(),
                client_id: &config.client_id,
                redirect_uri: &redirect_uri,
                scopes: config.scopes(),
                state: &state,
                code_challenge: &pkce.challenge,
            })?
        }
    };
    Ok(PendingSignIn {
        url,
        redirect_uri,
        listener,
        state,
        pkce,
    })
}

/// Okta's `authorization_endpoint`, from the org's discovery document.
async fn okta_authorize_endpoint(config: &OAuthConfig) -> Result<url::Url, SignInError> {
    let authority = weburl::service_url(&config.authority)
        .map_err(|e| AuthError::Other(format!("the sign-in authority: {e}")))?;
    let client = http::client_for(&authority, HttpTimeouts::default())
        .map_err(|e| AuthError::Other(e.to_string()))?;
    Ok(tokens::discover(&client, &authority)
        .await?
        .authorization_endpoint)
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

    /// Waits up to `wait` for the browser's redirect with our `state`. Other
    /// requests are answered 400 and ignored; see `listener` for the limits.
    pub async fn finish(self, wait: Duration) -> Result<AuthorizationCode, SignInError> {
        let deadline = tokio::time::Instant::now() + wait;
        let code = listener::wait_for_redirect(&self.listener, &self.state, deadline).await?;
        Ok(AuthorizationCode {
            code,
            verifier: self.pkce.verifier,
            redirect_uri: self.redirect_uri,
        })
    }
}

/// The whole browser sign-in: listener, browser, code, tokens into the keychain.
pub async fn sign_in(
    config: &OAuthConfig,
    tokens: &OAuthTokens,
    open_browser: impl FnOnce(&str) -> std::io::Result<()>,
    wait: Duration,
) -> Result<(), SignInError> {
    let pending = start_sign_in(config).await?;
    open_browser(&pending.url).map_err(|e| SignInError::Browser {
        message: e.to_string(),
        url: pending.url.clone(),
    })?;
    let got = pending.finish(wait).await?;
    tokens
        .redeem_code(&got.code, &got.verifier, &got.redirect_uri)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

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
        s.write_all(format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes())
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
            resource: "https://graph.microsoft.com/v1.0".into(),
            idp: Idp::Entra,
        };
        let pending = start_sign_in(&config).await.unwrap();
        assert!(pending.url.starts_with(
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?"
        ));
        assert!(pending.url.contains("code_challenge_method=S256"));
        assert!(pending.url.contains("UserAuthenticationMethod.ReadWrite"));
        assert!(
            pending
                .url
                .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A")
        );
        let port: u16 = pending
            .redirect_uri
            .trim_start_matches("http://127.0.0.1:")
            .trim_end_matches('/')
            .parse()
            .unwrap();
        let state = pending.state().to_owned();
        let verifier = pending.verifier().to_owned();
        let task = tokio::spawn(pending.finish(Duration::from_secs(30)));
        let forged = get(port, "/?code=evil&state=forged").await;
        assert!(forged.starts_with("HTTP/1.1 400"), "{forged}");
        let wrong_path = get(port, &format!("/x?code=c&state={state}")).await;
        assert!(wrong_path.starts_with("HTTP/1.1 400"), "{wrong_path}");
        let ok = get(port, &format!("/?code=the-code&state={state}")).await;
        assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
        let got = task.await.unwrap().unwrap();
        assert_eq!(got.code, "the-code");
        assert_eq!(got.verifier, verifier);
        assert_eq!(pkce::challenge_s256(&got.verifier).len(), 43);
    }
}
