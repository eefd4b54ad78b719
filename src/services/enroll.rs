//! The enrollment services: Microsoft Graph (provider `entra`) and the generic
//! REST API (provider `custom`, `assets/openapi/enrollment.yaml`).
//!
//! Every request carries `client-request-id` and `Idempotency-Key`, both the
//! job's key, the same on every retry. Errors keep the service's code, message
//! and request id (for helpdesk), with phone numbers and e-mail addresses masked.
//! Tokens come from a [`TokenSource`]; they are never logged or stored here.

use std::sync::Arc;

use jiff::Timestamp;
use serde_json::json;
use url::Url;

use mfa_ready_core::backoff::RetryAfter;
use mfa_ready_core::graph::{self, MethodsPage, RegisteredMethod};
use mfa_ready_core::mask;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::policy::Policy;
use mfa_ready_core::provider::Provider;
use mfa_ready_core::queue::{ErrorClass, JobError, PhoneType};
use mfa_ready_core::weburl::{self, UrlError};

use super::auth::{AuthError, ENV_GRAPH_TOKEN, TokenSource};
use super::http::{self, HttpError};

// Where the shared client lives now; these paths keep working for callers.
use super::http::{BoxFut, HttpTimeouts};

/// How many `@odata.nextLink` pages are followed at most.
const MAX_PAGES: usize = 20;

/// Why no enrollment client could be set up.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ServiceSetupError {
    /// The base URL breaks the one URL rule (https, or http to loopback).
    #[error("{0}")]
    Url(#[from] UrlError),
    #[error(transparent)]
    Http(#[from] HttpError),
    /// The tokens were issued for another service than this one.
    #[error(
        "the sign-in is for {tokens}, not for {service}: MFA Ready will not send it there; sign in again"
    )]
    TokenOrigin { tokens: String, service: String },
    #[error("not signed in: sign in from the window, or set {ENV_GRAPH_TOKEN}")]
    NotSignedIn,
    /// No `[graph] client_id`: the window has nothing to sign in with either.
    #[error(
        "this organisation's policy has no app registration for MFA Ready ([graph] client_id), so it cannot sign in: register in the portal, or ask IT (scripts can set {ENV_GRAPH_TOKEN})"
    )]
    NoAppRegistration,
    #[error("this organisation's policy has no [enrollment_api]: register in the portal instead")]
    NoEnrollmentApi,
    #[error("{0} has no enrollment API MFA Ready can use: register in the portal instead")]
    Unsupported(&'static str),
}

/// A failed call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallError {
    pub error: JobError,
    pub retry_after: Option<RetryAfter>,
    /// The request may have reached the service (a POST may have taken effect).
    pub maybe_applied: bool,
}

impl CallError {
    fn new(class: ErrorClass, status: Option<u16>, message: &str) -> Self {
        Self {
            error: JobError::new(class, status, message),
            retry_after: None,
            maybe_applied: false,
        }
    }
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.error.plain())?;
        if !self.error.message.is_empty() {
            write!(f, " ({})", self.error.message)?;
        }
        if let Some(r) = &self.error.request_id {
            write!(f, " [request-id {r}]")?;
        }
        Ok(())
    }
}

/// An enrollment service: list what is registered, add a phone.
pub trait EnrollmentService: Send + Sync {
    /// The host the circuit breaker keys on (`core::weburl::host_key`).
    fn host(&self) -> String;
    /// The registered methods.
    fn list_methods<'a>(
        &'a self,
        request_id: &'a str,
    ) -> BoxFut<'a, Result<MethodsPage, CallError>>;
    /// Adds a phone (number in Graph form, `+1 2065550100`).
    fn register_phone<'a>(
        &'a self,
        request_id: &'a str,
        phone_number: &'a str,
        phone_type: PhoneType,
    ) -> BoxFut<'a, Result<(), CallError>>;
}

/// Whether a page already holds this phone number (digits compared).
pub fn has_phone(page: &MethodsPage, phone_number: &str) -> bool {
    let want: String = phone_number.chars().filter(char::is_ascii_digit).collect();
    page.methods.iter().any(|m| {
        m.kinds
            .iter()
            .any(|k| matches!(k, MethodKind::PhoneSms | MethodKind::PhoneVoice))
            && m.detail
                .as_deref()
                .is_some_and(|d| d.chars().filter(char::is_ascii_digit).collect::<String>() == want)
    })
}

/// Maps a transport error. `is_post`: a POST may have reached the service.
fn transport_error(e: &reqwest::Error, is_post: bool) -> CallError {
    let text = http::error_text(e);
    if e.is_connect() {
        return CallError::new(
            ErrorClass::Connect,
            None,
            &format!("cannot connect: {text}"),
        );
    }
    let mut ce = if e.is_timeout() {
        CallError::new(ErrorClass::Timeout, None, "no answer in time")
    } else {
        // Connection reset / closed mid-answer: treat like a timeout (retryable, ambiguous).
        CallError::new(
            ErrorClass::Timeout,
            None,
            &format!("the connection broke: {text}"),
        )
    };
    ce.maybe_applied = is_post;
    ce
}

/// Reads `Retry-After` and the error body of a failed response.
async fn status_error(resp: reqwest::Response, now: Timestamp, is_post: bool) -> CallError {
    let status = resp.status().as_u16();
    let retry_after = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| RetryAfter::parse(v, now));
    let header_request_id = resp
        .headers()
        .get("request-id")
        .and_then(|v| v.to_str().ok())
        .map(mfa_ready_core::text::single_line);
    let body = resp.bytes().await.unwrap_or_default();
    // External text: core::graph makes it one clean line.
    let mut ce = match graph::parse_service_error(&body) {
        Some(g) => {
            let mut ce = CallError::new(
                ErrorClass::Http,
                Some(status),
                &format!("{}: {}", g.code, g.message),
            );
            ce.error.request_id = g.request_id;
            ce
        }
        None => CallError::new(ErrorClass::Http, Some(status), &format!("HTTP {status}")),
    };
    if ce.error.request_id.is_none() {
        ce.error.request_id = header_request_id;
    }
    ce.retry_after = retry_after;
    // A gateway timeout may have let the request through.
    ce.maybe_applied = is_post && status == 504;
    ce
}

/// Where a client sends its requests, and the one origin that may see its token.
struct Base {
    url: Url,
    /// The URL as configured, without a trailing `/` (paths are appended to it).
    text: String,
}

impl Base {
    /// Checks `base_url` with the one URL rule and, when the tokens are bound to
    /// a service, that it is that service's origin.
    fn new(base_url: &str, tokens: Option<&dyn TokenSource>) -> Result<Self, ServiceSetupError> {
        let url = weburl::service_url(base_url)?;
        if let Some(bound) = tokens.and_then(TokenSource::resource)
            && !weburl::same_origin(bound, &url)
        {
            return Err(ServiceSetupError::TokenOrigin {
                tokens: bound.origin().ascii_serialization(),
                service: url.origin().ascii_serialization(),
            });
        }
        Ok(Self {
            url,
            text: base_url.trim().trim_end_matches('/').to_owned(),
        })
    }

    fn client(&self, timeouts: HttpTimeouts) -> Result<reqwest::Client, ServiceSetupError> {
        Ok(http::client_for(&self.url, timeouts)?)
    }

    /// `base + path` (e.g. `/me/authentication/methods`).
    fn join(&self, path: &str) -> Result<Url, CallError> {
        Url::parse(&format!("{}{path}", self.text))
            .map_err(|e| CallError::new(ErrorClass::Local, None, &format!("bad service URL: {e}")))
    }

    /// A URL the service pointed us to: followed only on the base's origin
    /// (parsed origins, never a string prefix: `http://host:1@evil/` is `evil`).
    fn follow(&self, link: &str) -> Result<Url, CallError> {
        match Url::parse(link.trim()) {
            Ok(u) if weburl::same_origin(&self.url, &u) => Ok(u),
            _ => Err(CallError::new(
                ErrorClass::Protocol,
                None,
                &format!(
                    "the next page is on another site ({}): not followed",
                    weburl::redact(&mfa_ready_core::text::single_line(link))
                ),
            )),
        }
    }

    /// Refuses to attach a token to a request for another origin.
    fn check_token_target(&self, url: &Url) -> Result<(), CallError> {
        if weburl::same_origin(&self.url, url) {
            Ok(())
        } else {
            Err(CallError::new(
                ErrorClass::Local,
                None,
                "refusing to send the sign-in token to another site",
            ))
        }
    }

    fn host(&self) -> String {
        weburl::host_key_of(&self.url).unwrap_or_default()
    }
}

/// What differs between the two clients: where each sends its requests, and how it
/// lists and adds methods. [`EnrollmentService`] is implemented once, over this.
trait Rest: Send + Sync {
    fn base(&self) -> &Base;
    fn list(&self, request_id: &str)
    -> impl Future<Output = Result<MethodsPage, CallError>> + Send;
    fn add_phone(
        &self,
        request_id: &str,
        phone_number: &str,
        phone_type: PhoneType,
    ) -> impl Future<Output = Result<(), CallError>> + Send;
}

impl<T: Rest> EnrollmentService for T {
    fn host(&self) -> String {
        self.base().host()
    }

    fn list_methods<'a>(
        &'a self,
        request_id: &'a str,
    ) -> BoxFut<'a, Result<MethodsPage, CallError>> {
        Box::pin(self.list(request_id))
    }

    fn register_phone<'a>(
        &'a self,
        request_id: &'a str,
        phone_number: &'a str,
        phone_type: PhoneType,
    ) -> BoxFut<'a, Result<(), CallError>> {
        Box::pin(self.add_phone(request_id, phone_number, phone_type))
    }
}

/// Microsoft Graph.
pub struct GraphClient {
    http: reqwest::Client,
    base: Base,
    tokens: Arc<dyn TokenSource>,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

impl GraphClient {
    pub fn new(
        base_url: &str,
        tokens: Arc<dyn TokenSource>,
        timeouts: HttpTimeouts,
        now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<Self, ServiceSetupError> {
        let base = Base::new(base_url, Some(tokens.as_ref()))?;
        Ok(Self {
            http: base.client(timeouts)?,
            base,
            tokens,
            now,
        })
    }

    /// Sends with the access token (to the base's origin only); on 401
    /// refreshes once and sends again.
    async fn send(
        &self,
        url: &Url,
        build: impl Fn(&str) -> reqwest::RequestBuilder,
        is_post: bool,
    ) -> Result<reqwest::Response, CallError> {
        self.base.check_token_target(url)?;
        let token = self.tokens.access_token().await.map_err(auth_error)?;
        let resp = build(&token)
            .send()
            .await
            .map_err(|e| transport_error(&e, is_post))?;
        if resp.status().as_u16() != 401 {
            return Ok(resp);
        }
        tracing::info!("access token refused; refreshing once");
        let token = self.tokens.refresh().await.map_err(auth_error)?;
        build(&token)
            .send()
            .await
            .map_err(|e| transport_error(&e, is_post))
    }

    /// A failed answer; a 401 after the refresh means: sign in again.
    async fn failed(&self, resp: reqwest::Response, is_post: bool) -> CallError {
        let s = resp.status().as_u16();
        let mut e = status_error(resp, (self.now)(), is_post).await;
        if s == 401 {
            e.error.class = ErrorClass::SignInNeeded;
        }
        e
    }
}

impl Rest for GraphClient {
    fn base(&self) -> &Base {
        &self.base
    }

    async fn list(&self, request_id: &str) -> Result<MethodsPage, CallError> {
        let mut url = self.base.join("/me/authentication/methods")?;
        let mut all = MethodsPage::default();
        // Follow @odata.nextLink, but only on the same origin, and not forever.
        for _ in 0..MAX_PAGES {
            let resp = self
                .send(
                    &url,
                    |t| {
                        self.http
                            .get(url.clone())
                            .bearer_auth(t)
                            .header("client-request-id", request_id)
                            .header("Idempotency-Key", request_id)
                    },
                    false,
                )
                .await?;
            if !resp.status().is_success() {
                return Err(self.failed(resp, false).await);
            }
            let body = resp.bytes().await.map_err(|e| transport_error(&e, false))?;
            let page = graph::parse_methods(&body).map_err(|e| {
                CallError::new(
                    ErrorClass::Protocol,
                    None,
                    &format!("unexpected answer: {e}"),
                )
            })?;
            all.methods.extend(page.methods);
            all.ignored.extend(page.ignored);
            all.unknown.extend(page.unknown);
            match page.next_link {
                Some(next) => url = self.base.follow(&next)?,
                None => return Ok(all),
            }
        }
        Ok(all)
    }

    async fn add_phone(
        &self,
        request_id: &str,
        phone_number: &str,
        phone_type: PhoneType,
    ) -> Result<(), CallError> {
        let url = self.base.join("/me/authentication/phoneMethods")?;
        let body = json!({ "phoneNumber": phone_number, "phoneType": phone_type.id() });
        let resp = self
            .send(
                &url,
                |t| {
                    self.http
                        .post(url.clone())
                        .bearer_auth(t)
                        .header("client-request-id", request_id)
                        .header("Idempotency-Key", request_id)
                        .json(&body)
                },
                true,
            )
            .await?;
        if resp.status().is_success() {
            return Ok(());
        }
        Err(self.failed(resp, true).await)
    }
}

fn auth_error(e: AuthError) -> CallError {
    match e {
        AuthError::SignInNeeded(msg) => CallError::new(ErrorClass::SignInNeeded, Some(401), &msg),
        AuthError::Other(msg) => CallError::new(ErrorClass::Local, None, &msg),
        AuthError::Transient(msg) => CallError::new(ErrorClass::Connect, None, &msg),
    }
}

/// The generic REST API for organisations that run their own enrollment
/// service (`assets/openapi/enrollment.yaml`).
pub struct CustomClient {
    http: reqwest::Client,
    base: Base,
    tokens: Option<Arc<dyn TokenSource>>,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

impl CustomClient {
    pub fn new(
        base_url: &str,
        tokens: Option<Arc<dyn TokenSource>>,
        timeouts: HttpTimeouts,
        now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<Self, ServiceSetupError> {
        let base = Base::new(base_url, tokens.as_deref())?;
        Ok(Self {
            http: base.client(timeouts)?,
            base,
            tokens,
            now,
        })
    }

    /// Sends, with the token when there is one (to the base's origin only).
    async fn send(
        &self,
        url: &Url,
        rb: reqwest::RequestBuilder,
        is_post: bool,
    ) -> Result<reqwest::Response, CallError> {
        let rb = match &self.tokens {
            Some(t) => {
                self.base.check_token_target(url)?;
                rb.bearer_auth(t.access_token().await.map_err(auth_error)?)
            }
            None => rb,
        };
        rb.send().await.map_err(|e| transport_error(&e, is_post))
    }
}

impl Rest for CustomClient {
    fn base(&self) -> &Base {
        &self.base
    }

    async fn list(&self, request_id: &str) -> Result<MethodsPage, CallError> {
        let url = self.base.join("/methods")?;
        let rb = self
            .http
            .get(url.clone())
            .header("client-request-id", request_id)
            .header("Idempotency-Key", request_id);
        let resp = self.send(&url, rb, false).await?;
        if !resp.status().is_success() {
            return Err(status_error(resp, (self.now)(), false).await);
        }
        let body = resp.bytes().await.map_err(|e| transport_error(&e, false))?;
        graph::parse_custom_methods(&body).map_err(|e| {
            CallError::new(
                ErrorClass::Protocol,
                None,
                &format!("unexpected answer: {e}"),
            )
        })
    }

    async fn add_phone(
        &self,
        request_id: &str,
        phone_number: &str,
        phone_type: PhoneType,
    ) -> Result<(), CallError> {
        let url = self.base.join("/phones")?;
        let rb = self
            .http
            .post(url.clone())
            .header("client-request-id", request_id)
            .header("Idempotency-Key", request_id)
            .json(&json!({ "phone_number": phone_number, "phone_type": phone_type.id() }));
        let resp = self.send(&url, rb, true).await?;
        if resp.status().is_success() {
            return Ok(());
        }
        Err(status_error(resp, (self.now)(), true).await)
    }
}

/// The enrollment service this policy uses, if any.
pub fn enrollment_service(
    policy: &Policy,
    tokens: Option<Arc<dyn TokenSource>>,
    timeouts: HttpTimeouts,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
) -> Result<Arc<dyn EnrollmentService>, ServiceSetupError> {
    match policy.provider {
        Provider::Entra => {
            let tokens = tokens.ok_or(if policy.graph.client_id.is_none() {
                ServiceSetupError::NoAppRegistration
            } else {
                ServiceSetupError::NotSignedIn
            })?;
            Ok(Arc::new(GraphClient::new(
                &policy.graph.base_url,
                tokens,
                timeouts,
                now,
            )?))
        }
        Provider::Custom => {
            let api = policy
                .enrollment_api
                .as_ref()
                .ok_or(ServiceSetupError::NoEnrollmentApi)?;
            Ok(Arc::new(CustomClient::new(
                &api.base_url,
                tokens,
                timeouts,
                now,
            )?))
        }
        other => Err(ServiceSetupError::Unsupported(other.display_name())),
    }
}

/// Masks a method's detail for display ("+1 206 ••• 0100", "j•••@contoso.com").
pub fn masked_detail(m: &RegisteredMethod) -> Option<String> {
    m.detail.as_deref().map(mask::mask_text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::auth::StaticToken;

    fn now_fn() -> Arc<dyn Fn() -> Timestamp + Send + Sync> {
        Arc::new(|| Timestamp::UNIX_EPOCH)
    }

    #[test]
    fn phone_lookup_compares_digits() {
        let page = graph::parse_custom_methods(
            br#"{"methods":[{"kind":"phone_sms","id":"p1","detail":"+1 2065550100"},{"kind":"holo"}]}"#,
        )
        .unwrap();
        assert!(has_phone(&page, "+1 206 555 0100"));
        assert!(!has_phone(&page, "+1 206 555 0101"));
    }

    #[test]
    fn hosts_are_the_one_host_key() {
        let tokens: Arc<dyn TokenSource> = Arc::new(StaticToken::new("t"));
        let host = |u: &str| {
            GraphClient::new(u, Arc::clone(&tokens), HttpTimeouts::default(), now_fn())
                .unwrap()
                .host()
        };
        assert_eq!(host("http://127.0.0.1:8080/v1.0"), "127.0.0.1:8080");
        assert_eq!(
            host("https://Graph.Microsoft.com/v1.0"),
            "graph.microsoft.com"
        );
        assert_eq!(
            host("https://graph.microsoft.com:443/v1.0"),
            "graph.microsoft.com"
        );
    }

    #[test]
    fn plain_http_is_refused_off_loopback() {
        let tokens: Arc<dyn TokenSource> = Arc::new(StaticToken::new("t"));
        let r = GraphClient::new(
            "http://graph.example.com",
            tokens,
            HttpTimeouts::default(),
            now_fn(),
        );
        assert!(matches!(
            r,
            Err(ServiceSetupError::Url(UrlError::PlainHttp(_)))
        ));
    }

    #[test]
    fn bound_tokens_go_to_their_origin_only() {
        let bound = |u: &str| -> Arc<dyn TokenSource> {
            Arc::new(StaticToken::new("t").bound_to(Url::parse(u).unwrap()))
        };
        let ok = GraphClient::new(
            "https://graph.microsoft.com/v1.0",
            bound("https://graph.microsoft.com/beta"),
            HttpTimeouts::default(),
            now_fn(),
        );
        assert!(ok.is_ok());
        let other = GraphClient::new(
            "https://graph.microsoft.us/v1.0",
            bound("https://graph.microsoft.com/v1.0"),
            HttpTimeouts::default(),
            now_fn(),
        );
        let Err(e) = other else {
            panic!("a token for graph.microsoft.com went to graph.microsoft.us")
        };
        assert!(matches!(e, ServiceSetupError::TokenOrigin { .. }), "{e}");
        let custom = CustomClient::new(
            "https://mfa.example.org/api",
            Some(bound("https://graph.microsoft.com/v1.0")),
            HttpTimeouts::default(),
            now_fn(),
        );
        assert!(custom.is_err());
    }

    #[test]
    fn next_links_are_followed_on_the_same_origin_only() {
        let base = Base::new("http://127.0.0.1:9999/v1.0", None).unwrap();
        assert!(
            base.follow("http://127.0.0.1:9999/v1.0/me/x?$skiptoken=1")
                .is_ok()
        );
        for evil in [
            "http://127.0.0.1:9999@evil.example/v1.0/me",
            "http://127.0.0.1:99990/v1.0",
            "http://127.0.0.1:9998/v1.0",
            "https://127.0.0.1:9999/v1.0",
            "/v1.0/relative",
        ] {
            let e = base.follow(evil).unwrap_err();
            assert_eq!(e.error.class, ErrorClass::Protocol, "{evil}");
        }
    }

    #[test]
    fn without_an_app_registration_it_does_not_say_sign_in_from_the_window() {
        let text =
            "schema = 1\norganization = \"C\"\nprovider = \"entra\"\ntenant = \"c.example\"\n";
        let policy = mfa_ready_core::policy::parse(text, "p.toml", Timestamp::UNIX_EPOCH).unwrap();
        let e = enrollment_service(
            &policy,
            None,
            HttpTimeouts::default(),
            Arc::new(|| Timestamp::UNIX_EPOCH),
        )
        .err()
        .unwrap();
        assert!(matches!(e, ServiceSetupError::NoAppRegistration), "{e}");
        assert!(!e.to_string().contains("from the window"), "{e}");
    }

    #[test]
    fn setup_errors_read_as_before() {
        assert_eq!(
            ServiceSetupError::NotSignedIn.to_string(),
            "not signed in: sign in from the window, or set MFA_READY_GRAPH_TOKEN"
        );
        assert_eq!(
            ServiceSetupError::Unsupported(Provider::Okta.display_name()).to_string(),
            "Okta has no enrollment API MFA Ready can use: register in the portal instead"
        );
    }
}
