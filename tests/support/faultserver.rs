//! Fault-injecting HTTP(S) test server, bound to 127.0.0.1 only.
//!
//! Routes (any host name, plain or TLS):
//! - `/ok` 200 with `x-ms-request-id: req-ok-1`
//! - `/status/NNN` that status (504, 500, 404, 407...)
//! - `/503-seconds` 503 with `Retry-After: 120`; `/503-date` 503 with an HTTP-date
//! - `/429` 429 with `Retry-After: 30`
//! - `/delay/MS` 200 after MS milliseconds
//! - `/hang` reads the request and never answers
//! - `/trickle` headers, then one body byte every 200 ms
//! - `/reset` reads the request and resets the connection (RST)
//! - `/loop/a` ↔ `/loop/b` redirect loop; `/redirect-ok` → `/ok`
//! - `/pii` → a 504 whose request id and redirect carry a user's e-mail and phone
//! - `/connecttest.txt` `Microsoft Connect Test`; `/generate_204` 204
//! - `/captive/...` 302 to a hotel login page; `/login-page` 200 HTML
//! - `/feed/statuspage`, `/feed/rss`, `/feed/rss-healthy`, `/feed/google`: the shared
//!   status-feed fixtures; `/feed/broken` invalid JSON; `/feed/empty` an empty body
//! - `/feed/google-cloud-real`: the real Google Cloud capture from `../shared/real/`
//!   (1.35 MB, more than the probes' 1 MiB body cap)
//! - `/feed/statuspage-escapes`: a Statuspage summary whose incident title, update
//!   and component carry terminal escapes; `/feed/maintenance`: a summary with a
//!   maintenance in progress and no `incidents` array
//! - `/goto/<url>` 302 to `<url>` (any host or scheme)
//! - `/bytes/N` 200 with a body of N bytes (Content-Length); `/stream/N` the same
//!   without Content-Length (ends when the connection closes); `/endless` a body
//!   that never ends. Body bytes written are counted in [`FaultServer::body_bytes`]
//! - `/barrier/N` answers 200 only once N requests to it are waiting (503 after 30 s):
//!   N probes can only all succeed if they run at the same time
//!
//! [`ProxyServer`] is a `CONNECT` proxy that demands auth (407), closes the
//! connection, or tunnels.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rcgen::{
    BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    date_time_ymd,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The HTTP-date sent by `/503-date`.
pub const RETRY_DATE: &str = "Thu, 01 Jan 2099 00:00:00 GMT";

/// A test certificate authority.
pub struct TestCa {
    /// CA certificate in PEM.
    pub pem: String,
    issuer: Issuer<'static, KeyPair>,
}

/// A server certificate chain and key.
pub struct ServerCert {
    /// Leaf certificate (DER).
    pub chain: Vec<CertificateDer<'static>>,
    /// Private key (PKCS#8 DER).
    pub key: Vec<u8>,
}

impl TestCa {
    /// A fresh CA named `MFA Ready Test CA`.
    pub fn new() -> Self {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, "MFA Ready Test CA");
        params.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        params.not_before = date_time_ymd(2020, 1, 1);
        params.not_after = date_time_ymd(2099, 1, 1);
        let key = KeyPair::generate().expect("key");
        let cert = params.self_signed(&key).expect("self-signed CA");
        Self {
            pem: cert.pem(),
            issuer: Issuer::new(params, key),
        }
    }

    /// Writes the CA PEM into `dir` and returns the path.
    pub fn write_pem(&self, dir: &Path) -> PathBuf {
        let path = dir.join("test-ca.pem");
        std::fs::write(&path, &self.pem).expect("write CA");
        path
    }

    /// A leaf for `names` signed by this CA; `expired` puts validity in 2020–2021.
    pub fn leaf(&self, names: &[&str], expired: bool) -> ServerCert {
        let (params, key) = leaf_params(names, expired);
        let cert = params.signed_by(&key, &self.issuer).expect("sign leaf");
        ServerCert {
            chain: vec![cert.der().clone()],
            key: key.serialize_der(),
        }
    }
}

impl Default for TestCa {
    fn default() -> Self {
        Self::new()
    }
}

fn leaf_params(names: &[&str], expired: bool) -> (CertificateParams, KeyPair) {
    let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    let mut params = CertificateParams::new(names.clone()).expect("params");
    params.distinguished_name.push(
        DnType::CommonName,
        names.first().cloned().unwrap_or_default(),
    );
    if expired {
        params.not_before = date_time_ymd(2020, 1, 1);
        params.not_after = date_time_ymd(2021, 1, 1);
    } else {
        params.not_before = date_time_ymd(2020, 1, 1);
        params.not_after = date_time_ymd(2098, 1, 1);
    }
    (params, KeyPair::generate().expect("key"))
}

/// A self-signed leaf, not under any trusted CA.
pub fn self_signed(names: &[&str]) -> ServerCert {
    let (params, key) = leaf_params(names, false);
    let cert = params.self_signed(&key).expect("self-signed");
    ServerCert {
        chain: vec![cert.der().clone()],
        key: key.serialize_der(),
    }
}

/// A self-signed certificate that is itself a CA (basic constraints CA:TRUE), as
/// `openssl req -x509` makes by default, presented as the server's own.
pub fn self_signed_ca(names: &[&str]) -> ServerCert {
    let (mut params, key) = leaf_params(names, false);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let cert = params.self_signed(&key).expect("self-signed CA");
    ServerCert {
        chain: vec![cert.der().clone()],
        key: key.serialize_der(),
    }
}

/// Running fault server; stops when dropped.
pub struct FaultServer {
    /// Bound address (127.0.0.1:port).
    pub addr: SocketAddr,
    /// Connections accepted so far.
    pub accepted: Arc<AtomicUsize>,
    /// Head of the last request received.
    pub last_request: Arc<std::sync::Mutex<String>>,
    /// Body bytes written by `/bytes`, `/stream` and `/endless` so far.
    pub body_bytes: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

/// State shared by the connections of one server.
#[derive(Default)]
struct Shared {
    last: std::sync::Mutex<String>,
    body_bytes: AtomicUsize,
    /// Requests that reached `/barrier/N`.
    at_barrier: AtomicUsize,
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FaultServer {
    /// Plain HTTP server.
    pub async fn plain() -> Self {
        Self::start(None).await
    }

    /// HTTPS server presenting `cert`.
    pub async fn tls(cert: &ServerCert) -> Self {
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_no_client_auth()
        .with_single_cert(
            cert.chain.clone(),
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(cert.key.clone())),
        )
        .expect("server config");
        Self::start(Some(tokio_rustls::TlsAcceptor::from(Arc::new(config)))).await
    }

    async fn start(tls: Option<tokio_rustls::TlsAcceptor>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let accepted = Arc::new(AtomicUsize::new(0));
        let counter = accepted.clone();
        let last_request: Arc<std::sync::Mutex<String>> = Arc::default();
        let last = last_request.clone();
        let body_bytes = Arc::new(AtomicUsize::new(0));
        let shared = Arc::new(Shared::default());
        let task = tokio::spawn({
            let shared = shared.clone();
            let body_bytes = body_bytes.clone();
            async move {
                loop {
                    let Ok((stream, _)) = listener.accept().await else {
                        continue;
                    };
                    counter.fetch_add(1, Ordering::SeqCst);
                    let tls = tls.clone();
                    let (shared, last, body_bytes) =
                        (shared.clone(), last.clone(), body_bytes.clone());
                    tokio::spawn(async move {
                        let ctx = Ctx {
                            shared,
                            last,
                            body_bytes,
                        };
                        match tls {
                            None => serve(stream, ctx).await,
                            Some(acceptor) => {
                                let Ok(tls_stream) = acceptor.accept(stream).await else {
                                    return;
                                };
                                serve_tls(tls_stream, ctx).await;
                            }
                        }
                    });
                }
            }
        });
        Self {
            addr,
            accepted,
            last_request,
            body_bytes,
            task,
        }
    }

    /// `http://127.0.0.1:port{path}`.
    pub fn http_url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

type Last = Arc<std::sync::Mutex<String>>;

/// What one connection's handler can see of its server.
struct Ctx {
    shared: Arc<Shared>,
    last: Last,
    body_bytes: Arc<AtomicUsize>,
}

async fn serve(mut stream: TcpStream, ctx: Ctx) {
    let Some(path) = read_request(&mut stream, &ctx.last).await else {
        return;
    };
    if path == "/reset" {
        let _ = stream.set_zero_linger();
        drop(stream);
        return;
    }
    respond(&mut stream, &path, &ctx).await;
}

async fn serve_tls(mut stream: tokio_rustls::server::TlsStream<TcpStream>, ctx: Ctx) {
    let Some(path) = read_request(&mut stream, &ctx.last).await else {
        return;
    };
    if path == "/reset" {
        let _ = stream.get_ref().0.set_zero_linger();
        drop(stream);
        return;
    }
    respond(&mut stream, &path, &ctx).await;
}

/// Reads a request head; returns the path.
async fn read_request<S: AsyncRead + Unpin>(stream: &mut S, last: &Last) -> Option<String> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 || buf.len() > 64 * 1024 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let text = String::from_utf8_lossy(&buf);
    if let Ok(mut g) = last.lock() {
        *g = text.to_string();
    }
    let target = text.lines().next()?.split_whitespace().nth(1)?.to_owned();
    // Absolute-form (through a plain proxy): keep the path only.
    let path = match target
        .split_once("://")
        .filter(|_| !target.starts_with('/'))
    {
        Some((_, rest)) => rest
            .find('/')
            .map(|i| rest[i..].to_owned())
            .unwrap_or_else(|| "/".into()),
        None => target,
    };
    Some(path)
}

async fn write_simple<S: AsyncWrite + Unpin>(
    s: &mut S,
    status: u16,
    reason: &str,
    extra: &[(&str, String)],
    body: &str,
) {
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = s.write_all(head.as_bytes()).await;
    let _ = s.write_all(body.as_bytes()).await;
    let _ = s.flush().await;
    let _ = s.shutdown().await;
}

/// Writes `len` bytes of body (`None`: forever), counting them; stops when the
/// client goes away.
async fn write_body<S: AsyncWrite + Unpin>(s: &mut S, len: Option<usize>, ctx: &Ctx) {
    let chunk = vec![b'x'; 64 * 1024];
    let mut left = len.unwrap_or(usize::MAX);
    while left > 0 {
        let n = left.min(chunk.len());
        if s.write_all(&chunk[..n]).await.is_err() {
            return;
        }
        ctx.body_bytes.fetch_add(n, Ordering::SeqCst);
        left -= n;
    }
    let _ = s.flush().await;
    let _ = s.shutdown().await;
}

/// The team's `shared/` folder: `../shared` beside the project (as in CI), or
/// `$MFA_READY_SHARED` (a git worktree elsewhere). Panics when it is missing:
/// a test that needs it must never pass without it.
pub fn shared_dir() -> PathBuf {
    let dir = std::env::var_os("MFA_READY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    assert!(
        dir.join("fixtures").is_dir(),
        "{} is missing: the team's shared/ folder must sit beside the project \
         (or set MFA_READY_SHARED to it)",
        dir.display()
    );
    dir
}

/// The real Google Cloud `incidents.json` capture, read from `shared/real/`.
pub fn google_cloud_real() -> Vec<u8> {
    let path = shared_dir().join("real/google/gcp-incidents-20220703-moritalous.json");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A Statuspage summary whose texts carry terminal escapes and a bidi override.
pub const STATUSPAGE_ESCAPES: &str = r#"{"status":{"indicator":"major"},
  "components":[{"name":"Push\u001b[31m","status":"major_outage"}],
  "incidents":[{"name":"\u001b[2J\u001b[HAll systems operational\u202e","impact":"major",
    "status":"investigating",
    "incident_updates":[{"body":"fine\u001b]0;pwned\u0007","display_at":"2026-06-01T01:00:00Z"}],
    "components":[{"name":"Push\u001b[31m"}]}]}"#;

/// A Statuspage summary without `incidents`, with a maintenance in progress.
pub const STATUSPAGE_MAINTENANCE: &str = r#"{"status":{"indicator":"maintenance"},
  "components":[{"name":"Push","status":"under_maintenance"}],
  "scheduled_maintenances":[{"name":"Push service upgrade","status":"in_progress",
    "impact":"maintenance","scheduled_for":"2026-06-01T05:00:00Z",
    "scheduled_until":"2026-06-01T07:00:00Z","components":[{"name":"Push"}]}]}"#;

/// Waits until `n` requests are at the barrier (or 30 s); true when they all came.
async fn barrier(ctx: &Ctx, n: usize) -> bool {
    ctx.shared.at_barrier.fetch_add(1, Ordering::SeqCst);
    let give_up = Instant::now() + Duration::from_secs(30);
    while Instant::now() < give_up {
        if ctx.shared.at_barrier.load(Ordering::SeqCst) >= n {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

/// One arm per route: a long table, not long logic.
async fn respond<S: AsyncRead + AsyncWrite + Unpin>(s: &mut S, path: &str, ctx: &Ctx) {
    if respond_more(s, path, ctx).await {
        return;
    }
    let rid = |v: &str| vec![("x-ms-request-id", v.to_owned())];
    match path {
        "/ok" | "/" => write_simple(s, 200, "OK", &rid("req-ok-1"), "ok").await,
        "/503-seconds" => {
            write_simple(
                s,
                503,
                "Service Unavailable",
                &[("Retry-After", "120".into())],
                "down",
            )
            .await
        }
        "/503-date" => {
            write_simple(
                s,
                503,
                "Service Unavailable",
                &[("Retry-After", RETRY_DATE.into())],
                "down",
            )
            .await
        }
        "/429" => {
            write_simple(
                s,
                429,
                "Too Many Requests",
                &[("Retry-After", "30".into())],
                "slow down",
            )
            .await
        }
        "/hang" => {
            // Never answer; wait until the client gives up.
            let mut b = [0u8; 64];
            let _ = tokio::time::timeout(Duration::from_secs(60), s.read(&mut b)).await;
        }
        "/trickle" => {
            let head = "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n";
            if s.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            let _ = s.flush().await;
            for _ in 0..1000 {
                tokio::time::sleep(Duration::from_millis(200)).await;
                if s.write_all(b"x").await.is_err() || s.flush().await.is_err() {
                    return;
                }
            }
        }
        "/loop/a" => write_simple(s, 302, "Found", &[("Location", "/loop/b".into())], "").await,
        "/loop/b" => write_simple(s, 302, "Found", &[("Location", "/loop/a".into())], "").await,
        "/redirect-ok" => write_simple(s, 302, "Found", &[("Location", "/ok".into())], "").await,
        // A server that echoes the user: a login_hint in the redirect, then a 504 whose
        // request id carries an e-mail address and a phone number.
        "/pii" => {
            let to = "/pii-504?login_hint=jane.doe@contoso.com";
            write_simple(s, 302, "Found", &[("Location", to.into())], "").await;
        }
        "/pii-504?login_hint=jane.doe@contoso.com" => {
            let id = rid("jane.doe@contoso.com +1 206 555 0123");
            write_simple(s, 504, "Gateway Timeout", &id, "").await;
        }
        "/connecttest.txt" => write_simple(s, 200, "OK", &[], "Microsoft Connect Test").await,
        "/generate_204" => write_simple(s, 204, "No Content", &[], "").await,
        "/feed/statuspage" => {
            write_simple(
                s,
                200,
                "OK",
                &[],
                include_str!("../fixtures/statuspage-summary.json"),
            )
            .await
        }
        "/feed/rss" => {
            write_simple(
                s,
                200,
                "OK",
                &[],
                include_str!("../fixtures/azure-status.rss"),
            )
            .await
        }
        "/feed/rss-healthy" => {
            write_simple(
                s,
                200,
                "OK",
                &[],
                include_str!("../fixtures/azure-status-healthy.rss"),
            )
            .await
        }
        "/feed/google" => {
            write_simple(
                s,
                200,
                "OK",
                &[],
                include_str!("../fixtures/google-incidents.json"),
            )
            .await
        }
        "/feed/broken" => write_simple(s, 200, "OK", &[], "{\"incidents\": [").await,
        "/feed/empty" => write_simple(s, 200, "OK", &[], "").await,
        "/login-page" => {
            write_simple(
                s,
                200,
                "OK",
                &[("Content-Type", "text/html".into())],
                "<html>Welcome to Hotel Wi-Fi: please sign in</html>",
            )
            .await
        }
        p if p.starts_with("/captive/") => {
            write_simple(
                s,
                302,
                "Found",
                &[("Location", "http://login.hotel.test/login-page".into())],
                "",
            )
            .await
        }
        p if p.starts_with("/delay/") => {
            let ms: u64 = p["/delay/".len()..].parse().unwrap_or(200);
            tokio::time::sleep(Duration::from_millis(ms)).await;
            write_simple(s, 200, "OK", &rid("req-delay-1"), "ok").await
        }
        p if p.starts_with("/status/") => {
            let code: u16 = p["/status/".len()..].parse().unwrap_or(500);
            write_simple(s, code, "Injected", &rid("req-status-1"), "injected").await
        }
        _ => write_simple(s, 404, "Not Found", &[], "no such route").await,
    }
}

/// The routes added for issue 7; false when `path` is not one of them.
async fn respond_more<S: AsyncRead + AsyncWrite + Unpin>(s: &mut S, path: &str, ctx: &Ctx) -> bool {
    let num = |prefix: &str| {
        path.strip_prefix(prefix)
            .and_then(|n| n.parse::<usize>().ok())
    };
    if let Some(to) = path.strip_prefix("/goto/") {
        write_simple(s, 302, "Found", &[("Location", to.to_owned())], "").await;
    } else if let Some(n) = num("/bytes/") {
        let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {n}\r\nConnection: close\r\n\r\n");
        if s.write_all(head.as_bytes()).await.is_ok() {
            write_body(s, Some(n), ctx).await;
        }
    } else if let Some(n) = num("/stream/") {
        let head = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n";
        if s.write_all(head.as_bytes()).await.is_ok() {
            write_body(s, Some(n), ctx).await;
        }
    } else if path == "/endless" {
        let head = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n";
        if s.write_all(head.as_bytes()).await.is_ok() {
            write_body(s, None, ctx).await;
        }
    } else if let Some(n) = num("/barrier/") {
        if barrier(ctx, n).await {
            write_simple(s, 200, "OK", &[], "all here").await;
        } else {
            write_simple(s, 503, "Service Unavailable", &[], "alone").await;
        }
    } else if path == "/feed/google-cloud-real" {
        let body = google_cloud_real();
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = s.write_all(head.as_bytes()).await;
        let _ = s.write_all(&body).await;
        let _ = s.shutdown().await;
    } else if path == "/feed/statuspage-escapes" {
        write_simple(s, 200, "OK", &[], STATUSPAGE_ESCAPES).await;
    } else if path == "/feed/maintenance" {
        write_simple(s, 200, "OK", &[], STATUSPAGE_MAINTENANCE).await;
    } else {
        return false;
    }
    true
}

/// How the test proxy behaves.
#[derive(Clone, Copy, Debug)]
pub enum ProxyMode {
    /// Answer every request with 407.
    RequireAuth,
    /// Read the request, then close the connection without a word.
    Close,
    /// Accept `CONNECT` and tunnel to this address, whatever host was asked.
    TunnelTo(SocketAddr),
    /// A forward proxy for one upstream, whatever host was asked: `CONNECT` is tunnelled,
    /// an absolute-form request (`GET http://host/path`) is passed on in origin-form.
    /// With `Some(header)`, anything without that `Proxy-Authorization` gets 407.
    Forward(SocketAddr, Option<&'static str>),
}

/// A `CONNECT` proxy on 127.0.0.1; stops when dropped.
pub struct ProxyServer {
    /// Bound address.
    pub addr: SocketAddr,
    /// `CONNECT` targets received, in order.
    pub connects: Arc<std::sync::Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl Drop for ProxyServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl ProxyServer {
    /// Starts the proxy.
    pub async fn start(mode: ProxyMode) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let connects: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
        let log = connects.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    continue;
                };
                let log = log.clone();
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut byte = [0u8; 1];
                    while !buf.ends_with(b"\r\n\r\n") {
                        match stream.read(&mut byte).await {
                            Ok(1) => buf.push(byte[0]),
                            _ => return,
                        }
                    }
                    let text = String::from_utf8_lossy(&buf).to_string();
                    let target = text
                        .lines()
                        .next()
                        .and_then(|l| l.split_whitespace().nth(1))
                        .unwrap_or_default()
                        .to_owned();
                    if let Ok(mut g) = log.lock() {
                        g.push(target);
                    }
                    match mode {
                        ProxyMode::RequireAuth => {
                            let _ = stream
                                .write_all(
                                    b"HTTP/1.1 407 Proxy Authentication Required\r\n\
                                      Proxy-Authenticate: Basic realm=\"corp\"\r\n\
                                      Content-Length: 0\r\n\r\n",
                                )
                                .await;
                        }
                        ProxyMode::Close => drop(stream),
                        ProxyMode::Forward(up, auth) => {
                            let authorized = auth.is_none_or(|want| {
                                text.lines().any(|l| {
                                    l.split_once(':').is_some_and(|(k, v)| {
                                        k.eq_ignore_ascii_case("proxy-authorization")
                                            && v.trim() == want
                                    })
                                })
                            });
                            if !authorized {
                                let _ = stream
                                    .write_all(
                                        b"HTTP/1.1 407 Proxy Authentication Required\r\n\
                                          Proxy-Authenticate: Basic realm=\"corp\"\r\n\
                                          Content-Length: 0\r\n\r\n",
                                    )
                                    .await;
                                return;
                            }
                            let Ok(mut upstream) = TcpStream::connect(up).await else {
                                let _ = stream.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
                                return;
                            };
                            if text.starts_with("CONNECT ") {
                                if stream
                                    .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                                    .await
                                    .is_err()
                                {
                                    return;
                                }
                            } else {
                                // GET http://host:port/path HTTP/1.1 -> GET /path HTTP/1.1
                                let mut lines = text.split("\r\n");
                                let first = lines.next().unwrap_or_default();
                                let mut parts = first.split_whitespace();
                                let (method, uri, version) = (
                                    parts.next().unwrap_or("GET"),
                                    parts.next().unwrap_or("/"),
                                    parts.next().unwrap_or("HTTP/1.1"),
                                );
                                let path = uri
                                    .split_once("://")
                                    .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
                                    .unwrap_or("/");
                                let rest: Vec<&str> = lines
                                    .filter(|l| !l.to_ascii_lowercase().starts_with("proxy-"))
                                    .collect();
                                let head =
                                    format!("{method} {path} {version}\r\n{}", rest.join("\r\n"));
                                if upstream.write_all(head.as_bytes()).await.is_err() {
                                    return;
                                }
                            }
                            let _ = tokio::io::copy_bidirectional(&mut stream, &mut upstream).await;
                        }
                        ProxyMode::TunnelTo(up) => {
                            let Ok(mut upstream) = TcpStream::connect(up).await else {
                                let _ = stream.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
                                return;
                            };
                            if stream
                                .write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                                .await
                                .is_err()
                            {
                                return;
                            }
                            let _ = tokio::io::copy_bidirectional(&mut stream, &mut upstream).await;
                        }
                    }
                });
            }
        });
        Self {
            addr,
            connects,
            task,
        }
    }
}

/// A port on 127.0.0.1 with nothing listening (connection refused).
pub async fn refused_addr() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = l.local_addr().expect("addr");
    drop(l);
    addr
}
