//! The HTTP client the enrollment services and sign-in share: TLS always
//! verified (OS trust store), no redirects followed, plain http only to a loopback
//! host the policy named (labs and tests), each request through the proxy
//! `services::route` chose for its URL, and the boxed-future type of the
//! object-safe service traits.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock, RwLock};
use std::time::Duration;

use url::Url;

use mfa_ready_core::weburl;

/// A boxed future (object-safe async trait methods).
pub type BoxFut<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Timeouts for enrollment and token calls.
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

/// Why no client could be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    /// The TLS backend or the platform trust store could not be set up.
    #[error("cannot set up HTTPS: {0}")]
    Setup(String),
}

/// The app's one TLS crypto provider: ring, for the probes (`services::probe::tls`) and
/// for reqwest, which is built with `rustls-no-provider` so that aws-lc-rs is not
/// compiled in as a second one.
pub fn crypto_provider() -> std::sync::Arc<rustls::crypto::CryptoProvider> {
    std::sync::Arc::new(rustls::crypto::ring::default_provider())
}

/// reqwest takes the process-wide default provider: make it ours, once.
fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Err only when another thread installed it first (the same provider).
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// Chooses the proxy for a URL: `Some(http://[user:password@]host:port)`, or `None` for
/// directly. Installed by `services::route::for_policy`.
pub type ProxyChooser = Arc<dyn Fn(&Url) -> Option<Url> + Send + Sync>;

fn chooser_slot() -> &'static RwLock<Option<ProxyChooser>> {
    static SLOT: OnceLock<RwLock<Option<ProxyChooser>>> = OnceLock::new();
    SLOT.get_or_init(|| RwLock::new(None))
}

/// Makes every client built from now on ask `chooser` for each connection's proxy.
pub fn set_proxy_chooser(chooser: ProxyChooser) {
    if let Ok(mut slot) = chooser_slot().write() {
        *slot = Some(chooser);
    }
}

/// The installed chooser, if any.
fn installed_chooser() -> Option<ProxyChooser> {
    chooser_slot().read().ok().and_then(|c| c.clone())
}

/// A client that never uses a proxy (a PAC file is fetched directly, as browsers do):
/// TLS verified, plain http allowed (the caller allows it only to loopback).
pub fn direct_client(timeouts: HttpTimeouts) -> Result<reqwest::Client, HttpError> {
    install_crypto_provider();
    reqwest::Client::builder()
        .connect_timeout(timeouts.connect)
        .timeout(timeouts.total)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("mfa-ready/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| HttpError::Setup(e.to_string()))
}

/// An HTTP client: TLS always verified (OS trust store); plain http only when
/// `allow_loopback_http` (the policy allowed a loopback URL, for tests and labs); each
/// connection through the proxy the installed chooser names.
pub fn http_client(
    timeouts: HttpTimeouts,
    allow_loopback_http: bool,
) -> Result<reqwest::Client, HttpError> {
    http_client_via(timeouts, allow_loopback_http, installed_chooser())
}

/// [`http_client`] with the proxy chooser given (`None`: reqwest's own reading of the
/// proxy environment variables, for a process that installed none).
pub fn http_client_via(
    timeouts: HttpTimeouts,
    allow_loopback_http: bool,
    chooser: Option<ProxyChooser>,
) -> Result<reqwest::Client, HttpError> {
    install_crypto_provider();
    let builder = match chooser {
        Some(choose) => {
            reqwest::Client::builder().proxy(reqwest::Proxy::custom(move |url| choose(url)))
        }
        None => reqwest::Client::builder(),
    };
    builder
        .connect_timeout(timeouts.connect)
        .timeout(timeouts.total)
        .https_only(!allow_loopback_http)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("mfa-ready/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| HttpError::Setup(e.to_string()))
}

/// The client for a service at `url` (already checked with
/// [`weburl::service_url`]): plain http is allowed only when `url` itself is
/// loopback http.
pub fn client_for(url: &Url, timeouts: HttpTimeouts) -> Result<reqwest::Client, HttpError> {
    http_client(timeouts, allows_plain_http(url))
}

/// Whether `url` is the one kind of plain http the app speaks: to a loopback host.
pub fn allows_plain_http(url: &Url) -> bool {
    url.scheme() == "http" && weburl::is_loopback(url)
}

/// Why [`read_capped`] gave no body.
#[derive(Debug)]
pub enum BodyError {
    /// Larger than the cap: refused, never read to its end.
    TooLarge,
    /// The connection failed while reading.
    Transport(reqwest::Error),
}

/// Reads an answer's body of at most `max` bytes: one that says or turns out to be
/// larger is refused as soon as that is known.
pub async fn read_capped(mut resp: reqwest::Response, max: usize) -> Result<Vec<u8>, BodyError> {
    if resp.content_length().is_some_and(|n| n > max as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Transport)? {
        body.extend_from_slice(&chunk);
        if body.len() > max {
            return Err(BodyError::TooLarge);
        }
    }
    Ok(body)
}

/// A transport error as text, without any user info of a URL inside it.
pub fn error_text(e: &reqwest::Error) -> String {
    weburl::redact_in_text(&e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_loopback() {
        let ok = |u: &str| allows_plain_http(&Url::parse(u).unwrap());
        assert!(ok("http://127.0.0.1:9/"));
        assert!(ok("http://localhost:9/"));
        assert!(!ok("https://127.0.0.1:9/"), "https needs no exception");
        assert!(!ok("http://graph.example.com/"));
        assert!(
            client_for(
                &Url::parse("https://x.example/").unwrap(),
                HttpTimeouts::default()
            )
            .is_ok()
        );
    }

    #[tokio::test]
    async fn an_https_only_client_refuses_plain_http() {
        let c = client_for(
            &Url::parse("https://graph.example.com/").unwrap(),
            HttpTimeouts::default(),
        )
        .unwrap();
        // Never sent: reqwest refuses the scheme before connecting.
        let err = c.get("http://127.0.0.1:9/").send().await.unwrap_err();
        assert!(err.is_builder(), "{err}");
    }
}
