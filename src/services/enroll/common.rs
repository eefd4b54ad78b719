//! What every enrollment client shares: the [`EnrollmentService`] trait (implemented
//! once, over [`Rest`]), [`CallError`] and [`ServiceSetupError`], the [`Base`] that
//! keeps a client's requests and its token on one origin, and how a failed answer
//! is read.

use jiff::Timestamp;
use url::Url;

use mfa_ready_core::backoff::RetryAfter;
use mfa_ready_core::graph::{self, MethodsPage, RegisteredMethod};
use mfa_ready_core::mask;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::queue::{ErrorClass, JobError, PhoneType};
use mfa_ready_core::weburl::{self, UrlError};

use crate::services::auth::{AuthError, ENV_GRAPH_TOKEN, ENV_OKTA_TOKEN, TokenSource};
use crate::services::http::{self, BodyError, BoxFut, HttpError, HttpTimeouts};

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
    #[error("not signed in to Okta: sign in from the window, or set {ENV_OKTA_TOKEN}")]
    OktaNotSignedIn,
    /// No `[okta] client_id`: the window has nothing to sign in to Okta with.
    #[error(
        "this organisation's policy has no Okta app for MFA Ready ([okta] client_id), so it cannot sign in: set up your methods in Okta's settings, or ask IT (scripts can set {ENV_OKTA_TOKEN})"
    )]
    NoOktaAppRegistration,
    /// The provider lists methods but adds no phone for an app.
    #[error("{0} does not let MFA Ready add a phone: add it in {0}'s own settings")]
    PhoneNotOffered(&'static str),
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
    pub(super) fn new(class: ErrorClass, status: Option<u16>, message: &str) -> Self {
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
pub(super) fn transport_error(e: &reqwest::Error, is_post: bool) -> CallError {
    let text = http::error_text(e);
    if proxy_wants_sign_in(e) {
        // Nothing reached the service: the network's proxy answered 407 to CONNECT.
        return CallError::new(
            ErrorClass::Http,
            Some(407),
            &format!("the network's proxy asked for a sign-in (407): {text}"),
        );
    }
    if e.is_connect() {
        // Through a proxy that could not be reached: the next try takes the next way.
        if let Some(url) = e.url() {
            crate::services::route::client_failed(url);
        }
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

/// The largest answer read from an enrollment service (a methods list of a few dozen
/// entries is a few kilobytes).
pub(super) const MAX_ANSWER_BYTES: usize = 4 * 1024 * 1024;

/// Reads an answer's body, refusing one larger than [`MAX_ANSWER_BYTES`] (never read
/// to its end).
pub(super) async fn body_capped(resp: reqwest::Response) -> Result<Vec<u8>, CallError> {
    http::read_capped(resp, MAX_ANSWER_BYTES)
        .await
        .map_err(|e| match e {
            BodyError::TooLarge => CallError::new(
                ErrorClass::Protocol,
                None,
                "the answer is larger than 4 MiB: not read",
            ),
            BodyError::Transport(e) => transport_error(&e, false),
        })
}

/// Whether the proxy refused the tunnel with 407 (hyper-util's "proxy authorization
/// required", somewhere in the error's chain).
fn proxy_wants_sign_in(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(err) = source {
        let text = err.to_string().to_ascii_lowercase();
        if text.contains("proxy authorization required")
            || text.contains("proxy authentication required")
        {
            return true;
        }
        source = err.source();
    }
    false
}

/// Reads `Retry-After` and the error body of a failed response.
pub(super) async fn status_error(
    resp: reqwest::Response,
    now: Timestamp,
    is_post: bool,
) -> CallError {
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
    let body = body_capped(resp).await.unwrap_or_default();
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
pub(super) struct Base {
    pub(super) url: Url,
    /// The URL as configured, without a trailing `/` (paths are appended to it).
    text: String,
}

impl Base {
    /// Checks `base_url` with the one URL rule and, when the tokens are bound to
    /// a service, that it is that service's origin.
    pub(super) fn new(
        base_url: &str,
        tokens: Option<&dyn TokenSource>,
    ) -> Result<Self, ServiceSetupError> {
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

    pub(super) fn client(
        &self,
        timeouts: HttpTimeouts,
    ) -> Result<reqwest::Client, ServiceSetupError> {
        Ok(http::client_for(&self.url, timeouts)?)
    }

    /// `base + path` (e.g. `/me/authentication/methods`).
    pub(super) fn join(&self, path: &str) -> Result<Url, CallError> {
        Url::parse(&format!("{}{path}", self.text))
            .map_err(|e| CallError::new(ErrorClass::Local, None, &format!("bad service URL: {e}")))
    }

    /// A URL the service pointed us to: followed only on the base's origin
    /// (parsed origins, never a string prefix: `http://host:1@evil/` is `evil`).
    pub(super) fn follow(&self, link: &str) -> Result<Url, CallError> {
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
    pub(super) fn check_token_target(&self, url: &Url) -> Result<(), CallError> {
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

    pub(super) fn host(&self) -> String {
        weburl::host_key_of(&self.url).unwrap_or_default()
    }
}

/// What differs between the two clients: where each sends its requests, and how it
/// lists and adds methods. [`EnrollmentService`] is implemented once, over this.
pub(super) trait Rest: Send + Sync {
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

pub(super) fn auth_error(e: AuthError) -> CallError {
    match e {
        AuthError::SignInNeeded(msg) => CallError::new(ErrorClass::SignInNeeded, Some(401), &msg),
        AuthError::Other(msg) => CallError::new(ErrorClass::Local, None, &msg),
        AuthError::Transient(msg) => CallError::new(ErrorClass::Connect, None, &msg),
    }
}

/// Masks a method's detail for display ("+1 206 ••• 0100", "j•••@contoso.com").
pub fn masked_detail(m: &RegisteredMethod) -> Option<String> {
    m.detail.as_deref().map(mask::mask_text)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;
    use crate::services::http::HttpTimeouts;
    use mfa_ready_core::queue::{Cause, Retry, classify};

    /// A proxy that wants a sign-in: every request gets 407.
    async fn proxy_407() -> std::net::SocketAddr {
        let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = l.local_addr().unwrap();
        tokio::spawn(async move {
            while let Ok((mut s, _)) = l.accept().await {
                let mut buf = [0u8; 1024];
                let _ = s.read(&mut buf).await;
                let _ = s
                    .write_all(
                        b"HTTP/1.1 407 Proxy Authentication Required\r\n\
                          Proxy-Authenticate: Negotiate\r\nContent-Length: 0\r\n\r\n",
                    )
                    .await;
            }
        });
        addr
    }

    #[tokio::test]
    async fn a_proxy_that_wants_a_sign_in_is_said_so_and_retried() {
        let proxy = proxy_407().await;
        let to = url::Url::parse(&format!("http://{proxy}")).unwrap();
        let client = http::http_client_via(
            HttpTimeouts::default(),
            false,
            Some(Arc::new(move |_| Some(to.clone()))),
        )
        .unwrap();
        let e = client
            .get("https://graph.example.test/v1.0/me")
            .send()
            .await
            .unwrap_err();
        let ce = transport_error(&e, false);
        assert_eq!(
            (ce.error.class, ce.error.status),
            (ErrorClass::Http, Some(407))
        );
        assert_eq!(ce.error.cause(), Cause::ProxySignIn);
        assert_eq!(ce.error.plain(), "your network's proxy needs a sign-in");
        assert_eq!(classify(ce.error.class, ce.error.status, false), Retry::Yes);
        assert!(!ce.maybe_applied, "nothing reached the service");
    }
}
