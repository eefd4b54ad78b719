//! The enrollment services: Microsoft Graph (provider `entra`) and the generic
//! REST API (provider `custom`, `assets/openapi/enrollment.yaml`).
//!
//! Every request carries `client-request-id` and `Idempotency-Key`, both the
//! job's key, the same on every retry. Errors keep the service's code, message
//! and request id (for helpdesk), with phone numbers and e-mail addresses masked.
//! Tokens come from a [`TokenSource`]; they are never logged or stored here.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use serde_json::json;

use crate::core::backoff::RetryAfter;
use crate::core::graph::{self, MethodsPage, RegisteredMethod};
use crate::core::mask;
use crate::core::methods::MethodKind;
use crate::core::policy::{Policy, Provider, check_https};
use crate::core::queue::{ErrorClass, JobError, PhoneType};

use super::auth::{AuthError, TokenSource};

/// A boxed future (object-safe async trait methods).
pub type BoxFut<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

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
    /// The host the circuit breaker keys on.
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

/// Timeouts for enrollment calls.
#[derive(Debug, Clone, Copy)]
pub struct HttpTimeouts {
    pub connect: Duration,
    pub total: Duration,
}

impl Default for HttpTimeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            total: Duration::from_secs(30),
        }
    }
}

/// An HTTP client: TLS always verified (OS trust store); plain http only when
/// `allow_loopback_http` (the policy allowed a loopback URL, for tests and labs).
pub fn http_client(
    timeouts: HttpTimeouts,
    allow_loopback_http: bool,
) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .connect_timeout(timeouts.connect)
        .timeout(timeouts.total)
        .https_only(!allow_loopback_http)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("mfa-ready/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| format!("cannot set up HTTPS: {e}"))
}

fn is_http_url(url: &str) -> bool {
    url.trim_start().starts_with("http://")
}

/// Maps a transport error. `sent`: the request body had been handed over.
fn transport_error(e: &reqwest::Error, is_post: bool) -> CallError {
    if e.is_connect() {
        return CallError::new(ErrorClass::Connect, None, &format!("cannot connect: {e}"));
    }
    let mut ce = if e.is_timeout() {
        CallError::new(ErrorClass::Timeout, None, "no answer in time")
    } else {
        // Connection reset / closed mid-answer: treat like a timeout (retryable, ambiguous).
        CallError::new(
            ErrorClass::Timeout,
            None,
            &format!("the connection broke: {e}"),
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
        .map(str::to_owned);
    let body = resp.bytes().await.unwrap_or_default();
    let mut ce = match graph::parse_graph_error(&body).or_else(|| parse_custom_error(&body)) {
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

/// `{"error": {"code", "message", "request_id"}}` from the generic API.
fn parse_custom_error(bytes: &[u8]) -> Option<graph::GraphError> {
    let v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let e = v.get("error")?;
    Some(graph::GraphError {
        code: e.get("code")?.as_str()?.to_owned(),
        message: e
            .get("message")
            .and_then(|m| m.as_str())
            .unwrap_or("")
            .to_owned(),
        request_id: e
            .get("request_id")
            .and_then(|m| m.as_str())
            .map(str::to_owned),
        client_request_id: None,
        date: None,
    })
}

/// Microsoft Graph.
pub struct GraphClient {
    http: reqwest::Client,
    base_url: String,
    tokens: Arc<dyn TokenSource>,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

impl GraphClient {
    pub fn new(
        base_url: &str,
        tokens: Arc<dyn TokenSource>,
        timeouts: HttpTimeouts,
        now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<Self, String> {
        check_https(base_url, true)?;
        Ok(Self {
            http: http_client(timeouts, is_http_url(base_url))?,
            base_url: base_url.trim_end_matches('/').to_owned(),
            tokens,
            now,
        })
    }

    /// Sends with the access token; on 401 refreshes once and sends again.
    async fn send(
        &self,
        build: impl Fn(&str) -> reqwest::RequestBuilder,
        is_post: bool,
    ) -> Result<reqwest::Response, CallError> {
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

    async fn list(&self, request_id: &str) -> Result<MethodsPage, CallError> {
        let mut url = format!("{}/me/authentication/methods", self.base_url);
        let mut all = MethodsPage::default();
        // Follow @odata.nextLink, but only on the same origin, and not forever.
        for _ in 0..20 {
            let u = url.clone();
            let resp = self
                .send(
                    |t| {
                        self.http
                            .get(&u)
                            .bearer_auth(t)
                            .header("client-request-id", request_id)
                            .header("Idempotency-Key", request_id)
                    },
                    false,
                )
                .await?;
            if !resp.status().is_success() {
                let s = resp.status().as_u16();
                let mut e = status_error(resp, (self.now)(), false).await;
                if s == 401 {
                    e.error.class = ErrorClass::SignInNeeded;
                }
                return Err(e);
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
                Some(next) if next.starts_with(&self.base_url) => url = next,
                _ => return Ok(all),
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
        let url = format!("{}/me/authentication/phoneMethods", self.base_url);
        let body = json!({ "phoneNumber": phone_number, "phoneType": phone_type.id() });
        let resp = self
            .send(
                |t| {
                    self.http
                        .post(&url)
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
        let s = resp.status().as_u16();
        let mut e = status_error(resp, (self.now)(), true).await;
        if s == 401 {
            e.error.class = ErrorClass::SignInNeeded;
        }
        Err(e)
    }
}

fn auth_error(e: AuthError) -> CallError {
    match e {
        AuthError::SignInNeeded(msg) => CallError::new(ErrorClass::SignInNeeded, Some(401), &msg),
        AuthError::Other(msg) => CallError::new(ErrorClass::Local, None, &msg),
        AuthError::Transient(msg) => CallError::new(ErrorClass::Connect, None, &msg),
    }
}

/// The key a host is known by (breakers, probe results): lower-case `host[:port]`.
pub fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(p) => format!("{h}:{p}"),
                None => h.to_owned(),
            })
        })
        .unwrap_or_default()
        .to_lowercase()
}

impl EnrollmentService for GraphClient {
    fn host(&self) -> String {
        host_of(&self.base_url)
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

/// The generic REST API for organisations that run their own enrollment
/// service (`assets/openapi/enrollment.yaml`).
pub struct CustomClient {
    http: reqwest::Client,
    base_url: String,
    tokens: Option<Arc<dyn TokenSource>>,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

impl CustomClient {
    pub fn new(
        base_url: &str,
        tokens: Option<Arc<dyn TokenSource>>,
        timeouts: HttpTimeouts,
        now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<Self, String> {
        check_https(base_url, true)?;
        Ok(Self {
            http: http_client(timeouts, is_http_url(base_url))?,
            base_url: base_url.trim_end_matches('/').to_owned(),
            tokens,
            now,
        })
    }

    async fn auth(
        &self,
        rb: reqwest::RequestBuilder,
    ) -> Result<reqwest::RequestBuilder, CallError> {
        match &self.tokens {
            Some(t) => Ok(rb.bearer_auth(t.access_token().await.map_err(auth_error)?)),
            None => Ok(rb),
        }
    }

    async fn list(&self, request_id: &str) -> Result<MethodsPage, CallError> {
        let rb = self
            .http
            .get(format!("{}/methods", self.base_url))
            .header("client-request-id", request_id)
            .header("Idempotency-Key", request_id);
        let resp = self
            .auth(rb)
            .await?
            .send()
            .await
            .map_err(|e| transport_error(&e, false))?;
        if !resp.status().is_success() {
            return Err(status_error(resp, (self.now)(), false).await);
        }
        let body = resp.bytes().await.map_err(|e| transport_error(&e, false))?;
        parse_custom_methods(&body).map_err(|e| {
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
        let rb = self
            .http
            .post(format!("{}/phones", self.base_url))
            .header("client-request-id", request_id)
            .header("Idempotency-Key", request_id)
            .json(&json!({ "phone_number": phone_number, "phone_type": phone_type.id() }));
        let resp = self
            .auth(rb)
            .await?
            .send()
            .await
            .map_err(|e| transport_error(&e, true))?;
        if resp.status().is_success() {
            return Ok(());
        }
        Err(status_error(resp, (self.now)(), true).await)
    }
}

/// `{"methods": [{"kind": "phone_sms", "id": "…", "detail": "+1 2065550100"}]}`.
pub fn parse_custom_methods(bytes: &[u8]) -> Result<MethodsPage, String> {
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    let items = v
        .get("methods")
        .and_then(|m| m.as_array())
        .ok_or("no \"methods\" array")?;
    let mut page = MethodsPage::default();
    for (i, item) in items.iter().enumerate() {
        let kind = item
            .get("kind")
            .and_then(|k| k.as_str())
            .ok_or_else(|| format!("methods[{i}] has no \"kind\""))?;
        match MethodKind::from_id(kind) {
            Some(k) => page.methods.push(RegisteredMethod {
                kinds: vec![k],
                graph_type: kind.to_owned(),
                id: item
                    .get("id")
                    .and_then(|x| x.as_str())
                    .unwrap_or_default()
                    .to_owned(),
                detail: item
                    .get("detail")
                    .and_then(|x| x.as_str())
                    .map(str::to_owned),
                created: None,
            }),
            None => page.unknown.push(graph::UnknownMethod {
                odata_type: kind.to_owned(),
                id: None,
            }),
        }
    }
    Ok(page)
}

impl EnrollmentService for CustomClient {
    fn host(&self) -> String {
        host_of(&self.base_url)
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

/// The enrollment service this policy uses, if any.
pub fn service_for_policy(
    policy: &Policy,
    tokens: Option<Arc<dyn TokenSource>>,
    timeouts: HttpTimeouts,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
) -> Result<Arc<dyn EnrollmentService>, String> {
    match policy.provider {
        Provider::Entra => {
            let tokens = tokens.ok_or_else(|| {
                "not signed in: sign in from the window, or set MFA_READY_GRAPH_TOKEN".to_owned()
            })?;
            Ok(Arc::new(GraphClient::new(
                &policy.graph.base_url,
                tokens,
                timeouts,
                now,
            )?))
        }
        Provider::Custom => {
            let api = policy.enrollment_api.as_ref().ok_or_else(|| {
                "this organisation's policy has no [enrollment_api]: register in the portal instead"
                    .to_owned()
            })?;
            Ok(Arc::new(CustomClient::new(
                &api.base_url,
                tokens,
                timeouts,
                now,
            )?))
        }
        other => Err(format!(
            "{} has no enrollment API MFA Ready can use: register in the portal instead",
            other.display_name()
        )),
    }
}

/// Masks a method's detail for display ("+1 206 ••• 0100", "j•••@contoso.com").
pub fn masked_detail(m: &RegisteredMethod) -> Option<String> {
    m.detail.as_deref().map(mask::mask_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_methods_parse_and_phone_lookup() {
        let page = parse_custom_methods(
            br#"{"methods":[{"kind":"phone_sms","id":"p1","detail":"+1 2065550100"},{"kind":"holo"}]}"#,
        )
        .unwrap();
        assert_eq!(page.kinds(), vec![MethodKind::PhoneSms]);
        assert_eq!(page.unknown.len(), 1);
        assert!(has_phone(&page, "+1 206 555 0100"));
        assert!(!has_phone(&page, "+1 206 555 0101"));
        assert!(parse_custom_methods(br#"{"methods":[{"id":"x"}]}"#).is_err());
    }

    #[test]
    fn custom_error_body_is_read() {
        let e = parse_custom_error(
            br#"{"error":{"code":"bad_number","message":"no","request_id":"r1"}}"#,
        )
        .unwrap();
        assert_eq!(e.code, "bad_number");
        assert_eq!(e.request_id.as_deref(), Some("r1"));
    }

    #[test]
    fn hosts_include_ports() {
        assert_eq!(host_of("http://127.0.0.1:8080/v1.0"), "127.0.0.1:8080");
        assert_eq!(
            host_of("https://Graph.Microsoft.com/v1.0"),
            "graph.microsoft.com"
        );
    }

    #[test]
    fn plain_http_is_refused_off_loopback() {
        let now: Arc<dyn Fn() -> Timestamp + Send + Sync> = Arc::new(Timestamp::now);
        let tokens: Arc<dyn TokenSource> = Arc::new(super::super::auth::StaticToken::new("t"));
        assert!(
            GraphClient::new(
                "http://graph.example.com",
                tokens,
                HttpTimeouts::default(),
                now
            )
            .is_err()
        );
    }
}
