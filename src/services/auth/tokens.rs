//! Access tokens: what the enrollment clients ask for ([`TokenSource`]), a fixed
//! token for scripts ([`StaticToken`]) and the keychain session refreshed at the
//! token endpoint ([`OAuthTokens`]).
//!
//! Tokens are bound to where they were issued and where they may go: the
//! authority, the client id, the tenant and the origin of the enrollment service
//! (the policy's `[graph] base_url`, or for Okta the org `[okta] org_url`, which is
//! also the authority: Okta's org authorization server, its endpoints read from
//! OIDC discovery and held to the org's origin). The keychain entries are named by that
//! binding, so a policy that changes any of them never picks up another's tokens,
//! and [`TokenSource::resource`] tells a client which origin it may send them to.

use std::sync::Arc;

use sha2::{Digest, Sha256};
use url::Url;

use crate::services::http::{self, BoxFut, HttpTimeouts};
use mfa_ready_core::okta::{self, OidcEndpoints};
use mfa_ready_core::policy::Policy;
use mfa_ready_core::provider::Provider;
use mfa_ready_core::text;
use mfa_ready_core::weburl;

use super::secrets::{ENV_GRAPH_TOKEN, ENV_OKTA_TOKEN, KeychainStore, SecretError, SecretStore};

/// The delegated scopes MFA Ready asks Microsoft for.
pub const SCOPES: [&str; 2] = ["UserAuthenticationMethod.ReadWrite", "offline_access"];

/// Who issues the tokens, which decides where its endpoints are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idp {
    /// The Microsoft identity platform: `{authority}/{tenant}/oauth2/v2.0/…`.
    Entra,
    /// An Okta org authorization server: endpoints from
    /// `{authority}/.well-known/openid-configuration`, on the org's origin.
    Okta,
}

/// The entry names before tokens were bound (keyed by tenant only). Never read;
/// removed after a new sign-in.
const LEGACY_ENTRIES: [&str; 2] = ["graph-access-token", "graph-refresh-token"];

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
    /// The service the tokens are for: clients send them to this URL's origin
    /// only. `None` for a token that is not bound (given to a client directly).
    fn resource(&self) -> Option<&Url> {
        None
    }
}

/// A fixed token (env `MFA_READY_GRAPH_TOKEN`, `MFA_READY_OKTA_TOKEN`): cannot be
/// refreshed.
pub struct StaticToken {
    token: String,
    resource: Option<Url>,
    /// The variable it came from (named when it is refused).
    var: &'static str,
}

impl StaticToken {
    pub fn new(token: &str) -> Self {
        Self {
            token: token.trim().to_owned(),
            resource: None,
            var: ENV_GRAPH_TOKEN,
        }
    }

    /// From `MFA_READY_GRAPH_TOKEN`, if set and not empty.
    pub fn from_env() -> Option<Self> {
        Self::from_var(ENV_GRAPH_TOKEN)
    }

    /// From the variable `var` (`MFA_READY_OKTA_TOKEN`), if set and not empty.
    pub fn from_var(var: &'static str) -> Option<Self> {
        std::env::var(var)
            .ok()
            .filter(|t| !t.trim().is_empty())
            .map(|t| Self {
                var,
                ..Self::new(&t)
            })
    }

    /// The same token, to be sent to `resource`'s origin only.
    pub fn bound_to(mut self, resource: Url) -> Self {
        self.resource = Some(resource);
        self
    }
}

impl TokenSource for StaticToken {
    fn access_token(&self) -> BoxFut<'_, Result<String, AuthError>> {
        let t = self.token.clone();
        Box::pin(async move { Ok(t) })
    }

    fn refresh(&self) -> BoxFut<'_, Result<String, AuthError>> {
        let var = self.var;
        Box::pin(async move {
            Err(AuthError::SignInNeeded(format!(
                "the token in {var} was refused (expired?)"
            )))
        })
    }

    fn resource(&self) -> Option<&Url> {
        self.resource.as_ref()
    }
}

/// Where to sign in, as which app, and for which service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthConfig {
    pub authority: String,
    /// Tenant id or domain; `organizations` when the policy names none.
    pub tenant: String,
    pub client_id: String,
    /// The enrollment service the tokens are for (`[graph] base_url`, `[okta]
    /// org_url`): they are filed under its origin and sent nowhere else.
    pub resource: String,
    /// Who issues them.
    pub idp: Idp,
}

impl OAuthConfig {
    /// From the policy: `tenant` and `[graph]` (Entra), or `[okta]` (the org is the
    /// authority and the resource); `None` without a `client_id`.
    pub fn from_policy(policy: &Policy) -> Option<Self> {
        if policy.provider == Provider::Okta {
            let o = policy.okta.as_ref()?;
            return Some(Self {
                authority: o.org_url.clone(),
                tenant: policy.tenant.clone().unwrap_or_else(|| {
                    weburl::host_key(&o.org_url).unwrap_or_else(|| o.org_url.clone())
                }),
                client_id: o.client_id.clone()?,
                resource: o.org_url.clone(),
                idp: Idp::Okta,
            });
        }
        Some(Self {
            authority: policy.graph.authority.clone(),
            tenant: policy
                .tenant
                .clone()
                .unwrap_or_else(|| "organizations".to_owned()),
            client_id: policy.graph.client_id.clone()?,
            resource: policy
                .enrollment_base_url()
                .unwrap_or(&policy.graph.base_url)
                .to_owned(),
            idp: Idp::Entra,
        })
    }

    /// The scopes asked for.
    pub fn scopes(&self) -> &'static [&'static str] {
        match self.idp {
            Idp::Entra => &SCOPES,
            Idp::Okta => &okta::SCOPES,
        }
    }

    /// The Microsoft token endpoint (Entra; Okta's comes from discovery).
    pub fn token_url(&self) -> String {
        format!(
            "{}/{}/oauth2/v2.0/token",
            self.authority.trim_end_matches('/'),
            self.tenant
        )
    }

    /// A short digest of what the tokens are bound to: the authority, the client
    /// id, the tenant and the resource's origin (each as parsed, so spelling
    /// variants of one URL agree).
    pub fn binding_key(&self) -> String {
        let authority = weburl::service_url(&self.authority).map_or_else(
            |_| self.authority.trim().to_owned(),
            |u| u.as_str().trim_end_matches('/').to_owned(),
        );
        let origin = Url::parse(self.resource.trim()).map_or_else(
            |_| self.resource.clone(),
            |u| u.origin().ascii_serialization(),
        );
        let mut parts = vec![authority.as_str(), &self.client_id, &self.tenant, &origin];
        if self.idp == Idp::Okta {
            parts.push("okta");
        }
        let digest = Sha256::digest(parts.join("\n").as_bytes());
        digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
    }

    fn entry_prefix(&self) -> &'static str {
        match self.idp {
            Idp::Entra => "graph",
            Idp::Okta => "okta",
        }
    }

    /// The keychain entry of the access token.
    pub fn access_entry(&self) -> String {
        format!(
            "{}-access-token.{}",
            self.entry_prefix(),
            self.binding_key()
        )
    }

    /// The keychain entry of the refresh token.
    pub fn refresh_entry(&self) -> String {
        format!(
            "{}-refresh-token.{}",
            self.entry_prefix(),
            self.binding_key()
        )
    }
}

/// Reads the org authorization server's endpoints from
/// `{authority}/.well-known/openid-configuration` (Okta): both must pass the one URL
/// rule and be on the authority's origin, or sign-in is refused.
pub async fn discover(http: &reqwest::Client, authority: &Url) -> Result<OidcEndpoints, AuthError> {
    let url = format!(
        "{}{}",
        authority.as_str().trim_end_matches('/'),
        okta::DISCOVERY_PATH
    );
    let resp = http
        .get(&url)
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .map_err(|e| unreachable(&e))?;
    let status = resp.status();
    if !status.is_success() {
        let msg = format!("the sign-in configuration answered {status}");
        return Err(if status.is_server_error() {
            AuthError::Transient(msg)
        } else {
            AuthError::Other(msg)
        });
    }
    let body = resp.bytes().await.map_err(|e| {
        AuthError::Transient(format!(
            "unexpected sign-in answer: {}",
            http::error_text(&e)
        ))
    })?;
    okta::parse_discovery(&body, authority).map_err(|e| AuthError::Other(e.to_string()))
}

/// Tokens from the keychain (or a test store), refreshed at the token endpoint.
pub struct OAuthTokens {
    config: OAuthConfig,
    secrets: Arc<dyn SecretStore>,
    http: reqwest::Client,
    /// The authority as checked (Okta: the org, where discovery is read).
    authority: Url,
    resource: Url,
    access_entry: String,
    refresh_entry: String,
    /// Okta's token endpoint once discovery named it.
    token_endpoint: std::sync::Mutex<Option<Url>>,
}

impl OAuthTokens {
    /// Checks the authority and the resource with the one URL rule (https, or
    /// http to loopback) and sets up the client for the token endpoint.
    pub fn new(config: OAuthConfig, secrets: Arc<dyn SecretStore>) -> Result<Self, AuthError> {
        let bad = |what: &str, e: weburl::UrlError| AuthError::Other(format!("{what}: {e}"));
        let authority =
            weburl::service_url(&config.authority).map_err(|e| bad("the sign-in authority", e))?;
        let resource =
            weburl::service_url(&config.resource).map_err(|e| bad("the enrollment service", e))?;
        let http = http::client_for(&authority, HttpTimeouts::default())
            .map_err(|e| AuthError::Other(e.to_string()))?;
        Ok(Self {
            access_entry: config.access_entry(),
            refresh_entry: config.refresh_entry(),
            config,
            secrets,
            http,
            authority,
            resource,
            token_endpoint: std::sync::Mutex::new(None),
        })
    }

    /// Where codes and refresh tokens are redeemed: Microsoft's endpoint, or the one
    /// Okta's discovery names (read once, then kept).
    async fn token_url(&self) -> Result<String, AuthError> {
        if self.config.idp == Idp::Entra {
            return Ok(self.config.token_url());
        }
        let known = self.token_endpoint.lock().ok().and_then(|g| g.clone());
        if let Some(url) = known {
            return Ok(url.into());
        }
        let found = discover(&self.http, &self.authority).await?.token_endpoint;
        if let Ok(mut g) = self.token_endpoint.lock() {
            *g = Some(found.clone());
        }
        Ok(found.into())
    }

    /// Whether a refresh token is stored (the user signed in before).
    pub fn has_session(&self) -> bool {
        matches!(self.secrets.get(&self.refresh_entry), Ok(Some(_)))
    }

    /// Forgets the tokens.
    pub fn sign_out(&self) -> Result<(), SecretError> {
        self.secrets.delete(&self.access_entry)?;
        self.secrets.delete(&self.refresh_entry)
    }

    async fn token_request(&self, form: &[(&str, &str)]) -> Result<String, AuthError> {
        let token_url = self.token_url().await?;
        let resp = self
            .http
            .post(token_url)
            .form(form)
            .send()
            .await
            .map_err(|e| unreachable(&e))?;
        let status = resp.status();
        let body: serde_json::Value = resp.json().await.map_err(|e| {
            AuthError::Transient(format!(
                "unexpected sign-in answer: {}",
                http::error_text(&e)
            ))
        })?;
        if !status.is_success() {
            // The service's error code is external text: one clean, short line.
            let code = body
                .get("error")
                .and_then(|v| v.as_str())
                .map(text::single_line)
                .filter(|c| !c.is_empty() && c.len() <= 64)
                .unwrap_or_else(|| "error".to_owned());
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
        let stored = |e: SecretError| AuthError::Other(e.to_string());
        self.secrets
            .set(&self.access_entry, access)
            .map_err(stored)?;
        if let Some(r) = body.get("refresh_token").and_then(|v| v.as_str()) {
            self.secrets.set(&self.refresh_entry, r).map_err(stored)?;
        }
        Ok(access.to_owned())
    }

    /// Trades an authorization code for tokens (after the browser sign-in).
    pub async fn redeem_code(
        &self,
        code: &str,
        verifier: &str,
        redirect_uri: &str,
    ) -> Result<(), AuthError> {
        let scope = self.config.scopes().join(" ");
        self.token_request(&[
            ("client_id", &self.config.client_id),
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier),
            ("scope", &scope),
        ])
        .await?;
        // Tokens filed by tenant only (before they were bound) must not linger.
        for legacy in LEGACY_ENTRIES {
            if let Err(e) = self.secrets.delete(legacy) {
                tracing::debug!(error = %e, "could not remove an old keychain entry");
            }
        }
        Ok(())
    }
}

impl TokenSource for OAuthTokens {
    fn access_token(&self) -> BoxFut<'_, Result<String, AuthError>> {
        Box::pin(async move {
            // An unavailable keychain means no session: wait for sign-in, say why.
            let stored = self
                .secrets
                .get(&self.access_entry)
                .map_err(|e| AuthError::SignInNeeded(e.to_string()))?;
            match stored {
                Some(t) => Ok(t),
                None => self.refresh().await,
            }
        })
    }

    fn refresh(&self) -> BoxFut<'_, Result<String, AuthError>> {
        Box::pin(async move {
            let stored = self
                .secrets
                .get(&self.refresh_entry)
                .map_err(|e| AuthError::SignInNeeded(e.to_string()))?;
            let Some(refresh) = stored else {
                return Err(AuthError::SignInNeeded("you have not signed in yet".into()));
            };
            let scope = self.config.scopes().join(" ");
            self.token_request(&[
                ("client_id", &self.config.client_id),
                ("grant_type", "refresh_token"),
                ("refresh_token", &refresh),
                ("scope", &scope),
            ])
            .await
        })
    }

    fn resource(&self) -> Option<&Url> {
        Some(&self.resource)
    }
}

/// The sign-in service could not be reached: a retry later may work. A proxy that could
/// not be connected to is skipped next time (`services::route`).
fn unreachable(e: &reqwest::Error) -> AuthError {
    if e.is_connect()
        && let Some(url) = e.url()
    {
        crate::services::route::client_failed(url);
    }
    AuthError::Transient(format!(
        "cannot reach the sign-in service: {}",
        http::error_text(e)
    ))
}

/// The keychain session for `config` (filed under its tenant, named by its binding).
pub fn keychain_tokens(config: &OAuthConfig) -> Result<OAuthTokens, AuthError> {
    OAuthTokens::new(config.clone(), Arc::new(KeychainStore::new(&config.tenant)))
}

/// The token source for this policy: `MFA_READY_GRAPH_TOKEN` (Okta:
/// `MFA_READY_OKTA_TOKEN`) if set, bound to the policy's enrollment service, else the
/// keychain session. `None` when neither can work (no client id configured).
pub fn token_source(policy: &Policy) -> Option<Arc<dyn TokenSource>> {
    let from_env = match policy.provider {
        Provider::Okta => StaticToken::from_var(ENV_OKTA_TOKEN),
        _ => StaticToken::from_env(),
    };
    if let Some(t) = from_env {
        let resource = policy
            .enrollment_base_url()
            .and_then(|u| weburl::service_url(u).ok());
        return Some(Arc::new(match resource {
            Some(r) => t.bound_to(r),
            None => t,
        }));
    }
    let config = OAuthConfig::from_policy(policy)?;
    keychain_tokens(&config)
        .ok()
        .map(|t| Arc::new(t) as Arc<dyn TokenSource>)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> OAuthConfig {
        OAuthConfig {
            authority: "https://login.microsoftonline.com".into(),
            tenant: "contoso.onmicrosoft.com".into(),
            client_id: "11111111-2222-3333-4444-555555555555".into(),
            resource: "https://graph.microsoft.com/v1.0".into(),
            idp: Idp::Entra,
        }
    }

    #[tokio::test]
    async fn static_token_cannot_refresh() {
        let t = StaticToken::new(" abc ");
        assert_eq!(t.access_token().await.unwrap(), "abc");
        assert!(matches!(t.refresh().await, Err(AuthError::SignInNeeded(_))));
        assert!(t.resource().is_none());
        let url = Url::parse("https://graph.microsoft.com/v1.0").unwrap();
        assert_eq!(
            StaticToken::new("x").bound_to(url.clone()).resource(),
            Some(&url)
        );
    }

    #[test]
    fn the_binding_covers_authority_client_tenant_and_resource_origin() {
        let base = config();
        let key = base.binding_key();
        assert_eq!(key.len(), 24);
        // Spelling variants of the same URLs are one binding.
        let same = OAuthConfig {
            authority: "https://LOGIN.microsoftonline.com/".into(),
            resource: "https://graph.microsoft.com:443/beta".into(),
            ..base.clone()
        };
        assert_eq!(same.binding_key(), key);
        let changes = [
            OAuthConfig {
                authority: "https://login.microsoftonline.us".into(),
                ..base.clone()
            },
            OAuthConfig {
                client_id: "other-app".into(),
                ..base.clone()
            },
            OAuthConfig {
                tenant: "fabrikam.onmicrosoft.com".into(),
                ..base.clone()
            },
            OAuthConfig {
                resource: "https://graph.microsoft.us/v1.0".into(),
                ..base.clone()
            },
        ];
        for c in changes {
            assert_ne!(c.binding_key(), key, "{c:?}");
            assert_ne!(c.access_entry(), base.access_entry());
        }
        assert!(base.access_entry().starts_with("graph-access-token."));
        assert!(base.refresh_entry().starts_with("graph-refresh-token."));
    }

    #[test]
    fn an_okta_org_is_its_own_authority_and_binding() {
        let text = "schema = 1\norganization = \"C\"\nprovider = \"okta\"\n\n[okta]\norg_url = \"https://contoso.okta.com\"\nclient_id = \"0oa1\"\n";
        let policy =
            mfa_ready_core::policy::parse(text, "p.toml", jiff::Timestamp::UNIX_EPOCH).unwrap();
        let okta = OAuthConfig::from_policy(&policy).unwrap();
        assert_eq!(okta.idp, Idp::Okta);
        assert_eq!(okta.authority, "https://contoso.okta.com");
        assert_eq!(okta.resource, "https://contoso.okta.com");
        assert_eq!(okta.tenant, "contoso.okta.com");
        assert_eq!(
            okta.scopes(),
            [
                "okta.myAccount.authenticators.read",
                "openid",
                "offline_access"
            ]
        );
        assert!(okta.access_entry().starts_with("okta-access-token."));
        assert!(okta.refresh_entry().starts_with("okta-refresh-token."));
        // The same fields issued by Microsoft are another binding.
        let entra = OAuthConfig {
            idp: Idp::Entra,
            ..okta.clone()
        };
        assert_ne!(entra.binding_key(), okta.binding_key());
        // Without the app, nothing to sign in with.
        let bare = text.replace("client_id = \"0oa1\"\n", "");
        let policy =
            mfa_ready_core::policy::parse(&bare, "p.toml", jiff::Timestamp::UNIX_EPOCH).unwrap();
        assert_eq!(OAuthConfig::from_policy(&policy), None);
    }

    #[test]
    fn oauth_tokens_follow_the_url_rule() {
        let secrets: Arc<dyn SecretStore> =
            Arc::new(super::super::secrets::MemorySecrets::default());
        let lab = OAuthConfig {
            authority: "http://127.0.0.1:9999".into(),
            resource: "http://127.0.0.1:9998/v1.0".into(),
            ..config()
        };
        assert!(OAuthTokens::new(lab, Arc::clone(&secrets)).is_ok());
        let plain = OAuthConfig {
            authority: "http://login.example.com".into(),
            ..config()
        };
        assert!(matches!(
            OAuthTokens::new(plain, Arc::clone(&secrets)),
            Err(AuthError::Other(_))
        ));
        let t = OAuthTokens::new(config(), secrets).unwrap();
        assert_eq!(
            t.resource().map(Url::as_str),
            Some("https://graph.microsoft.com/v1.0")
        );
        assert!(!t.has_session());
    }
}
