//! Signing in to Microsoft Graph or an Okta org: OAuth 2.0 authorization code +
//! PKCE through the system browser and a one-shot loopback listener on 127.0.0.1
//! (RFC 8252), tokens kept only in the OS keychain.
//!
//! * `tokens`: [`TokenSource`], what the enrollment clients ask for a token:
//!   [`StaticToken`] (env `MFA_READY_GRAPH_TOKEN` / `MFA_READY_OKTA_TOKEN`, for
//!   scripts) and
//!   [`OAuthTokens`] (keychain + refresh at the token endpoint), bound to the
//!   authority, client id, tenant and enrollment service origin.
//! * `secrets`: [`SecretStore`], the OS keychain ([`KeychainStore`], `keyring`
//!   crate) or, in tests, [`MemorySecrets`]. Nothing here writes a token to a
//!   file, the database or a log.
//! * `signin`: [`sign_in`], the browser flow; `listener`: the loopback listener.
//!
//! Children import each other, never this file: it only re-exports.

mod listener;
mod secrets;
mod signin;
mod tokens;

pub use listener::{ListenError, MAX_CONNECTIONS, MAX_HEAD_BYTES, PER_CONNECTION};
pub use secrets::{
    ENV_GRAPH_TOKEN, ENV_OKTA_TOKEN, KEYCHAIN_SERVICE, KeychainStore, MemorySecrets, SecretError,
    SecretStore,
};
pub use signin::{
    AuthorizationCode, PendingSignIn, SignInError, random_bytes, sign_in, start_sign_in,
};
pub use tokens::{
    AuthError, Idp, OAuthConfig, OAuthTokens, SCOPES, StaticToken, TokenSource, discover,
    keychain_tokens, token_source,
};
