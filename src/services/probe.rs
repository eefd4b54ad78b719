//! Live portal reachability probes (IO side).
//!
//! Every probe opens a fresh connection (no pooling: a reused connection would
//! hide DNS and TLS problems) and times each phase like curl's `-w`: DNS,
//! TCP connect (plus proxy `CONNECT`), TLS handshake, first byte (response
//! headers) and total. Each phase has its own deadline and the target's
//! `timeout_ms` bounds the whole probe, so a probe never hangs.
//!
//! The raw facts go into a [`ProbeObservation`] which
//! [`crate::core::fault::classify`] turns into an outcome and sentences.

use std::collections::HashMap;
use std::error::Error as StdError;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, Request, Uri, header};
use http_body_util::{BodyExt, Empty};
use hyper_util::rt::TokioIo;
use jiff::Timestamp;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::task::JoinSet;

use crate::core::fault::{
    Blame, CertificateInfo, CheckObservation, Classification, ConnectivityObservation,
    ConnectivityOutcome, ErrorKind, Expectation, Outcome, Phase, PhaseTimings, ProbeError,
    ProbeObservation, Severity, Thresholds, TlsProblem, assess_check, classify, combine_checks,
    days_until,
};

/// `User-Agent` sent with every request.
pub const USER_AGENT: &str = concat!("mfa-ready/", env!("CARGO_PKG_VERSION"));

/// Largest body read per response; the rest is not downloaded.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// A portal to probe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalTarget {
    /// Display name used in sentences ("My Sign-Ins").
    pub name: String,
    /// URL to GET (`https://` or `http://`).
    pub url: String,
    /// A 2xx slower than this (ms, total) is reported as slow.
    pub slow_ms: u64,
    /// Upper bound for the whole probe, redirects included (ms).
    pub timeout_ms: u64,
}

impl PortalTarget {
    /// A target with default thresholds (slow above 3 s, give up after 20 s).
    pub fn new(name: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            url: url.into(),
            slow_ms: 3_000,
            timeout_ms: 20_000,
        }
    }
}

/// Per-phase deadlines. The target's `timeout_ms` caps them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseTimeouts {
    /// Name resolution.
    pub dns: Duration,
    /// TCP connect, including a proxy `CONNECT`.
    pub connect: Duration,
    /// TLS handshake.
    pub tls: Duration,
    /// Request sent until response headers.
    pub first_byte: Duration,
    /// Reading the body.
    pub transfer: Duration,
}

impl Default for PhaseTimeouts {
    fn default() -> Self {
        Self {
            dns: Duration::from_secs(5),
            connect: Duration::from_secs(5),
            tls: Duration::from_secs(5),
            first_byte: Duration::from_secs(10),
            transfer: Duration::from_secs(10),
        }
    }
}

/// Proxy settings, usually read from the environment with [`ProxyConfig::from_env`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProxyConfig {
    /// Proxy for `https://` URLs (`http://[user:pass@]host:port`).
    pub https_proxy: Option<String>,
    /// Proxy for `http://` URLs (connectivity checks).
    pub http_proxy: Option<String>,
    /// Hosts that bypass the proxy (`NO_PROXY` syntax: `*`, `example.com`,
    /// `.example.com`, `host:port`, IP addresses).
    pub no_proxy: Vec<String>,
}

/// A parsed proxy address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProxyEndpoint {
    /// Proxy host name or IP.
    pub host: String,
    /// Proxy port.
    pub port: u16,
    /// `Proxy-Authorization` value built from user info in the URL.
    pub authorization: Option<String>,
}

impl ProxyConfig {
    /// Reads `HTTPS_PROXY`/`https_proxy`, `HTTP_PROXY`/`http_proxy` and
    /// `NO_PROXY`/`no_proxy` from the process environment.
    pub fn from_env() -> Self {
        Self::from_lookup(|k| std::env::var(k).ok())
    }

    /// Same as [`ProxyConfig::from_env`] with an explicit variable lookup (for tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Self {
        let pick = |a: &str, b: &str| {
            get(a)
                .or_else(|| get(b))
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let no_proxy = pick("NO_PROXY", "no_proxy")
            .map(|v| {
                v.split(',')
                    .map(|s| s.trim().to_ascii_lowercase())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        Self {
            https_proxy: pick("HTTPS_PROXY", "https_proxy"),
            http_proxy: pick("HTTP_PROXY", "http_proxy"),
            no_proxy,
        }
    }

    /// Whether `host:port` bypasses the proxy according to `no_proxy`.
    pub fn bypasses(&self, host: &str, port: u16) -> bool {
        let host = host.trim_matches(['[', ']']).to_ascii_lowercase();
        self.no_proxy.iter().any(|entry| {
            if entry == "*" {
                return true;
            }
            let (name, entry_port) = split_no_proxy_entry(entry);
            if entry_port.is_some_and(|p| p != port) {
                return false;
            }
            let name = name.trim_start_matches("*.").trim_start_matches('.');
            !name.is_empty() && (host == name || host.ends_with(&format!(".{name}")))
        })
    }

    /// The proxy to use for a URL, if any. An unparsable proxy setting is an error.
    pub fn proxy_for(
        &self,
        scheme: &str,
        host: &str,
        port: u16,
    ) -> Result<Option<ProxyEndpoint>, String> {
        let raw = match scheme {
            "https" => self.https_proxy.as_deref(),
            _ => self.http_proxy.as_deref(),
        };
        let Some(raw) = raw else { return Ok(None) };
        if self.bypasses(host, port) {
            return Ok(None);
        }
        parse_proxy_url(raw).map(Some)
    }
}

fn split_no_proxy_entry(entry: &str) -> (&str, Option<u16>) {
    // IPv6 literals contain ':'; only "[v6]:port" or "name:port" carry a port.
    if let Some(rest) = entry.strip_prefix('[') {
        if let Some((addr, tail)) = rest.split_once(']') {
            return (addr, tail.strip_prefix(':').and_then(|p| p.parse().ok()));
        }
        return (entry, None);
    }
    match entry.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') => match port.parse() {
            Ok(p) => (name, Some(p)),
            Err(_) => (entry, None),
        },
        _ => (entry, None),
    }
}

fn parse_proxy_url(raw: &str) -> Result<ProxyEndpoint, String> {
    let rest = if let Some(r) = raw.strip_prefix("http://") {
        r
    } else if raw.contains("://") {
        return Err(format!(
            "unsupported proxy scheme in {raw:?} (only http:// proxies are supported)"
        ));
    } else {
        raw
    };
    let rest = rest.split('/').next().unwrap_or_default();
    let (userinfo, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let uri: Uri = format!("http://{hostport}/")
        .parse()
        .map_err(|e| format!("bad proxy address {raw:?}: {e}"))?;
    let host = uri
        .host()
        .ok_or_else(|| format!("bad proxy address {raw:?}"))?
        .trim_matches(['[', ']'])
        .to_owned();
    let port = uri.port_u16().unwrap_or(80);
    let authorization = userinfo.map(|u| {
        let (user, pass) = u.split_once(':').unwrap_or((u, ""));
        let creds = format!("{}:{}", percent_decode(user), percent_decode(pass));
        format!("Basic {}", base64(creds.as_bytes()))
    });
    Ok(ProxyEndpoint {
        host,
        port,
        authorization,
    })
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn base64(input: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(T[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// One OS-style connectivity check (plain http).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectivityCheck {
    /// URL to GET (not followed if it redirects).
    pub url: String,
    /// Expected answer.
    pub expect: Expectation,
}

impl ConnectivityCheck {
    /// Windows' check: `http://www.msftconnecttest.com/connecttest.txt` answers `Microsoft Connect Test`.
    pub fn microsoft() -> Self {
        Self {
            url: "http://www.msftconnecttest.com/connecttest.txt".into(),
            expect: Expectation::Body("Microsoft Connect Test".into()),
        }
    }

    /// Android/Chrome's check: `http://connectivitycheck.gstatic.com/generate_204` answers 204.
    pub fn google() -> Self {
        Self {
            url: "http://connectivitycheck.gstatic.com/generate_204".into(),
            expect: Expectation::Status(204),
        }
    }
}

/// Probe settings shared by all targets.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeConfig {
    /// Extra PEM root certificates trusted on top of the OS store (corporate TLS inspection).
    pub extra_root_certs: Vec<PathBuf>,
    /// Proxy settings.
    pub proxy: ProxyConfig,
    /// curl `--resolve` style: host name (lower case) → address *and port* to connect to.
    pub resolve_overrides: HashMap<String, SocketAddr>,
    /// Connectivity checks run by [`check_connectivity`].
    pub connectivity_checks: Vec<ConnectivityCheck>,
    /// Upper bound for each connectivity check.
    pub connectivity_timeout: Duration,
    /// Per-phase deadlines.
    pub phase_timeouts: PhaseTimeouts,
    /// Redirects followed before giving up (reported as a redirect loop).
    pub max_redirects: usize,
    /// `User-Agent` header.
    pub user_agent: String,
}

impl Default for ProbeConfig {
    /// No proxy, OS trust store only, the Microsoft and Google connectivity checks.
    fn default() -> Self {
        Self {
            extra_root_certs: Vec::new(),
            proxy: ProxyConfig::default(),
            resolve_overrides: HashMap::new(),
            connectivity_checks: vec![ConnectivityCheck::microsoft(), ConnectivityCheck::google()],
            connectivity_timeout: Duration::from_secs(5),
            phase_timeouts: PhaseTimeouts::default(),
            max_redirects: 5,
            user_agent: USER_AGENT.to_owned(),
        }
    }
}

impl ProbeConfig {
    /// Defaults plus the proxy settings of the process environment.
    pub fn from_env() -> Self {
        Self {
            proxy: ProxyConfig::from_env(),
            ..Self::default()
        }
    }
}

/// Result of probing one portal. Field names are a contract with IT scripts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeResult {
    /// Portal display name.
    pub name: String,
    /// URL probed.
    pub url: String,
    /// Verdict.
    pub outcome: Outcome,
    /// Last HTTP status received.
    pub http_status: Option<u16>,
    /// Phase durations in ms.
    pub phases_ms: PhaseTimings,
    /// Phase that exceeded its deadline.
    pub timed_out_phase: Option<Phase>,
    /// Request id sent by the server.
    pub request_id: Option<String>,
    /// Leaf certificate of the last TLS connection (also when verification failed).
    pub certificate: Option<CertificateInfo>,
    /// One sentence for the user.
    pub explanation: String,
    /// One line for the helpdesk.
    pub technical: String,
    /// When the server asked to retry (from Retry-After).
    pub retry_after: Option<Timestamp>,
    /// When the probe started.
    pub checked_at: Timestamp,
    /// Traffic light.
    pub severity: Severity,
    /// Likely side of the problem.
    pub blame: Blame,
    /// TLS problem sub-kind.
    pub tls_problem: Option<TlsProblem>,
    /// URLs requested in order (more than one when redirected).
    pub redirects: Vec<String>,
    /// Raw facts, kept for re-classification; not serialised.
    #[serde(skip)]
    pub observation: ProbeObservation,
    /// Thresholds used; not serialised.
    #[serde(skip)]
    pub thresholds: Thresholds,
}

impl ProbeResult {
    /// Builds a result from raw facts.
    pub fn from_observation(
        observation: ProbeObservation,
        thresholds: Thresholds,
        connectivity: Option<&ConnectivityObservation>,
    ) -> Self {
        let c = classify(&observation, &thresholds, connectivity);
        Self::assemble(observation, thresholds, c)
    }

    /// Re-classifies with a connectivity verdict (e.g. once [`check_connectivity`] finished).
    pub fn reclassify(&mut self, connectivity: Option<&ConnectivityObservation>) {
        let c = classify(&self.observation, &self.thresholds, connectivity);
        *self = Self::assemble(std::mem::take(&mut self.observation), self.thresholds, c);
    }

    fn assemble(obs: ProbeObservation, thresholds: Thresholds, c: Classification) -> Self {
        Self {
            name: obs.portal_name.clone(),
            url: obs.url.clone(),
            outcome: c.outcome,
            http_status: obs.http_status,
            phases_ms: obs.phases,
            timed_out_phase: obs.timed_out_phase,
            request_id: obs.request_id.clone(),
            certificate: obs.certificate.clone(),
            explanation: c.explanation,
            technical: c.technical,
            retry_after: c.retry_after,
            checked_at: obs.started_at,
            severity: c.outcome.severity(),
            blame: c.blame,
            tls_problem: c.tls_problem,
            redirects: obs.redirect_chain.clone(),
            observation: obs,
            thresholds,
        }
    }
}

/// Connectivity verdict plus every portal, classified with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProbeReport {
    /// OS-style connectivity check.
    pub connectivity: ConnectivityObservation,
    /// One result per target, in target order.
    pub portals: Vec<ProbeResult>,
}

/// Builds a [`Prober`] off the async threads: loading the OS trust store reads files.
async fn prober_for(cfg: &ProbeConfig) -> Prober {
    let owned = cfg.clone();
    match tokio::task::spawn_blocking(move || Prober::new(owned)).await {
        Ok(p) => p,
        Err(_) => Prober::new(cfg.clone()),
    }
}

/// Probes one portal (fresh connection, phase timings, redirects followed).
pub async fn probe_portal(target: &PortalTarget, cfg: &ProbeConfig) -> ProbeResult {
    prober_for(cfg).await.probe(target).await
}

/// Probes all portals concurrently; results come back in target order.
pub async fn probe_all(targets: &[PortalTarget], cfg: &ProbeConfig) -> Vec<ProbeResult> {
    prober_for(cfg).await.probe_all(targets).await
}

/// Runs the OS-style connectivity checks concurrently.
pub async fn check_connectivity(cfg: &ProbeConfig) -> ConnectivityObservation {
    prober_for(cfg).await.check_connectivity().await
}

/// Connectivity check and all portals at once; portal failures are blamed on
/// the network when the connectivity check says captive portal or offline.
pub async fn check_all(targets: &[PortalTarget], cfg: &ProbeConfig) -> ProbeReport {
    let prober = prober_for(cfg).await;
    let (connectivity, mut portals) =
        tokio::join!(prober.check_connectivity(), prober.probe_all(targets));
    for p in &mut portals {
        p.reclassify(Some(&connectivity));
    }
    ProbeReport {
        connectivity,
        portals,
    }
}

/// Reusable prober: loads the trust store once, then probes any number of targets.
/// Cheap to clone.
#[derive(Clone)]
pub struct Prober {
    inner: Arc<Inner>,
}

struct Inner {
    cfg: ProbeConfig,
    tls: Result<TlsSetup, String>,
}

struct TlsSetup {
    config: Arc<rustls::ClientConfig>,
    verifier: Arc<dyn ServerCertVerifier>,
}

impl std::fmt::Debug for Prober {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prober")
            .field("cfg", &self.inner.cfg)
            .field("tls_ready", &self.inner.tls.is_ok())
            .finish()
    }
}

impl Prober {
    /// Builds the TLS configuration (OS trust store plus `extra_root_certs`).
    /// Never fails: a broken trust setup is reported by each HTTPS probe.
    /// Reads certificate files, so call it at startup or in `spawn_blocking`.
    pub fn new(cfg: ProbeConfig) -> Self {
        let tls = build_tls(&cfg.extra_root_certs);
        Self {
            inner: Arc::new(Inner { cfg, tls }),
        }
    }

    /// The configuration in use.
    pub fn config(&self) -> &ProbeConfig {
        &self.inner.cfg
    }

    /// Probes one portal.
    pub async fn probe(&self, target: &PortalTarget) -> ProbeResult {
        let obs = self.observe(target).await;
        ProbeResult::from_observation(
            obs,
            Thresholds {
                slow_ms: target.slow_ms,
            },
            None,
        )
    }

    /// Probes all portals concurrently (one task each); results in target order.
    pub async fn probe_all(&self, targets: &[PortalTarget]) -> Vec<ProbeResult> {
        let mut set = JoinSet::new();
        for (i, t) in targets.iter().enumerate() {
            let me = self.clone();
            let t = t.clone();
            set.spawn(async move { (i, me.probe(&t).await) });
        }
        let mut out: Vec<Option<ProbeResult>> = vec![None; targets.len()];
        while let Some(joined) = set.join_next().await {
            if let Ok((i, r)) = joined
                && let Some(slot) = out.get_mut(i)
            {
                *slot = Some(r);
            }
        }
        targets
            .iter()
            .zip(out)
            .map(|(t, r)| r.unwrap_or_else(|| task_failed(t)))
            .collect()
    }

    /// Runs every configured connectivity check concurrently.
    pub async fn check_connectivity(&self) -> ConnectivityObservation {
        let checks_cfg = &self.inner.cfg.connectivity_checks;
        let mut set = JoinSet::new();
        for (i, check) in checks_cfg.iter().enumerate() {
            let me = self.clone();
            let check = check.clone();
            set.spawn(async move { (i, me.run_check(&check).await) });
        }
        let mut out: Vec<Option<CheckObservation>> = vec![None; checks_cfg.len()];
        while let Some(joined) = set.join_next().await {
            if let Ok((i, r)) = joined
                && let Some(slot) = out.get_mut(i)
            {
                *slot = Some(r);
            }
        }
        let checks: Vec<CheckObservation> = checks_cfg
            .iter()
            .zip(out)
            .map(|(c, r)| {
                r.unwrap_or_else(|| CheckObservation {
                    url: c.url.clone(),
                    expect: c.expect.clone(),
                    http_status: None,
                    redirected_to: None,
                    body_matched: false,
                    error: Some(ProbeError {
                        kind: ErrorKind::ConnectOther,
                        detail: "check task failed".into(),
                    }),
                    timed_out_phase: None,
                    outcome: ConnectivityOutcome::Offline,
                })
            })
            .collect();
        ConnectivityObservation {
            outcome: combine_checks(&checks),
            checks,
        }
    }

    async fn run_check(&self, check: &ConnectivityCheck) -> CheckObservation {
        let deadline = Instant::now() + self.inner.cfg.connectivity_timeout;
        let mut rec = Recorder::default();
        let mut obs = CheckObservation {
            url: check.url.clone(),
            expect: check.expect.clone(),
            http_status: None,
            redirected_to: None,
            body_matched: false,
            error: None,
            timed_out_phase: None,
            outcome: ConnectivityOutcome::Offline,
        };
        match self.fetch_once(&check.url, deadline, &mut rec, 4096).await {
            Ok(resp) => {
                obs.http_status = Some(resp.status);
                obs.redirected_to = header_str(&resp.headers, header::LOCATION.as_str());
                if let Expectation::Body(want) = &check.expect {
                    obs.body_matched =
                        String::from_utf8_lossy(&resp.body).trim() == want.as_str().trim();
                }
            }
            Err(Failure::Timeout(p)) => obs.timed_out_phase = Some(p),
            Err(Failure::Error(e)) => obs.error = Some(e),
        }
        obs.outcome = assess_check(
            &obs.expect,
            obs.http_status,
            obs.redirected_to.as_deref(),
            obs.body_matched,
        );
        obs
    }

    /// GETs `url` on a fresh connection with the probes' TLS verification and
    /// proxy settings, following up to `max_redirects` redirects, and returns
    /// the final status and body (at most [`MAX_BODY_BYTES`]). Used for status feeds.
    /// With `https_only`, a redirect to plain http is refused.
    pub async fn fetch_body(
        &self,
        url: &str,
        timeout: Duration,
        https_only: bool,
    ) -> Result<(u16, Vec<u8>), String> {
        let deadline = Instant::now() + timeout;
        let mut current = url.trim().to_owned();
        for _ in 0..=self.inner.cfg.max_redirects {
            if https_only && !current.to_ascii_lowercase().starts_with("https://") {
                return Err(format!("refusing to fetch {current}: not https"));
            }
            let mut rec = Recorder::default();
            let resp = match self
                .fetch_once(&current, deadline, &mut rec, MAX_BODY_BYTES)
                .await
            {
                Err(Failure::Timeout(p)) => {
                    return Err(format!("timed out while {}", p.describe()));
                }
                Err(Failure::Error(e)) => return Err(e.detail),
                Ok(resp) => resp,
            };
            match resp.late_failure {
                Some(Failure::Timeout(p)) => {
                    return Err(format!("timed out while {}", p.describe()));
                }
                Some(Failure::Error(e)) => return Err(e.detail),
                None => {}
            }
            let location = header_str(&resp.headers, header::LOCATION.as_str());
            match (matches!(resp.status, 301 | 302 | 303 | 307 | 308), location) {
                (true, Some(loc)) => {
                    current = resolve_location(&current, &loc)
                        .ok_or_else(|| format!("unusable redirect Location {loc:?}"))?;
                }
                _ => return Ok((resp.status, resp.body)),
            }
        }
        Err(format!("too many redirects fetching {url}"))
    }

    /// Gathers the raw facts for one portal.
    pub async fn observe(&self, target: &PortalTarget) -> ProbeObservation {
        let started_at = Timestamp::now();
        let start = Instant::now();
        let budget = if target.timeout_ms == 0 {
            Duration::from_secs(20)
        } else {
            Duration::from_millis(target.timeout_ms)
        };
        let deadline = start + budget;
        let mut rec = Recorder::default();
        let mut obs = ProbeObservation {
            portal_name: target.name.clone(),
            url: target.url.clone(),
            started_at,
            redirect_chain: vec![target.url.clone()],
            ..Default::default()
        };
        let mut current = target.url.clone();
        loop {
            match self.fetch_once(&current, deadline, &mut rec, 0).await {
                Err(Failure::Timeout(p)) => {
                    obs.timed_out_phase = Some(p);
                    break;
                }
                Err(Failure::Error(e)) => {
                    obs.error = Some(e);
                    break;
                }
                Ok(resp) => {
                    obs.http_status = Some(resp.status);
                    obs.retry_after = header_str(&resp.headers, "retry-after");
                    obs.request_id = ["x-ms-request-id", "request-id", "x-request-id"]
                        .iter()
                        .find_map(|h| header_str(&resp.headers, h));
                    if let Some(f) = resp.late_failure {
                        match f {
                            Failure::Timeout(p) => obs.timed_out_phase = Some(p),
                            Failure::Error(e) => obs.error = Some(e),
                        }
                        break;
                    }
                    let is_redirect = matches!(resp.status, 301 | 302 | 303 | 307 | 308);
                    let location = header_str(&resp.headers, header::LOCATION.as_str());
                    let (true, Some(location)) = (is_redirect, location) else {
                        break;
                    };
                    let Some(next) = resolve_location(&current, &location) else {
                        obs.error = Some(ProbeError {
                            kind: ErrorKind::Protocol,
                            detail: format!("unusable redirect Location {location:?}"),
                        });
                        break;
                    };
                    let seen = obs.redirect_chain.contains(&next);
                    obs.redirect_chain.push(next.clone());
                    if seen || obs.redirect_chain.len() > self.inner.cfg.max_redirects + 1 {
                        obs.redirects_exhausted = true;
                        break;
                    }
                    current = next;
                }
            }
        }
        rec.timings.total = Some(ms(start.elapsed()));
        obs.phases = rec.timings;
        obs.via_proxy = rec.via_proxy;
        obs.certificate = rec
            .certificate
            .as_deref()
            .and_then(|der| cert_info(der, started_at));
        obs
    }

    /// One request on a fresh connection. `keep_body` bytes of the body are
    /// returned (the rest, up to [`MAX_BODY_BYTES`], is read and dropped).
    async fn fetch_once(
        &self,
        url: &str,
        deadline: Instant,
        rec: &mut Recorder,
        keep_body: usize,
    ) -> Result<Response, Failure> {
        let cfg = &self.inner.cfg;
        let t = &cfg.phase_timeouts;
        let target = Target::parse(url).map_err(|d| Failure::error(ErrorKind::Config, d))?;
        let proxy = cfg
            .proxy
            .proxy_for(&target.scheme, &target.host, target.port)
            .map_err(|d| Failure::error(ErrorKind::Config, d))?;
        if proxy.is_some() {
            rec.via_proxy = true;
        }
        let (conn_host, conn_port) = match &proxy {
            Some(p) => (p.host.clone(), p.port),
            None => (target.host.clone(), target.port),
        };

        // DNS
        let addrs = rec
            .phase(
                Phase::Dns,
                t.dns,
                deadline,
                self.resolve(&conn_host, conn_port),
            )
            .await?;

        // TCP connect (+ CONNECT through a proxy)
        let tunnel = proxy.as_ref().filter(|_| target.scheme == "https");
        let tcp = rec
            .phase(Phase::Connect, t.connect, deadline, async {
                let tcp = connect_any(&addrs).await?;
                if let Some(p) = tunnel {
                    proxy_connect(tcp, &target, p, &cfg.user_agent).await
                } else {
                    Ok(tcp)
                }
            })
            .await?;

        // Request: origin-form, or absolute-form to a plain-http proxy.
        let absolute_form = proxy.is_some() && target.scheme == "http";
        let mut builder = Request::get(if absolute_form {
            target.absolute.as_str()
        } else {
            target.path_and_query.as_str()
        })
        .header(header::HOST, target.host_header.as_str())
        .header(header::USER_AGENT, cfg.user_agent.as_str())
        .header(header::ACCEPT, "*/*");
        if absolute_form && let Some(auth) = proxy.as_ref().and_then(|p| p.authorization.as_deref())
        {
            builder = builder.header(header::PROXY_AUTHORIZATION, auth);
        }
        let req = builder
            .body(Empty::<Bytes>::new())
            .map_err(|e| Failure::error(ErrorKind::Config, e.to_string()))?;

        if target.scheme == "https" {
            let setup = self
                .inner
                .tls
                .as_ref()
                .map_err(|e| Failure::error(ErrorKind::TlsOther, e.clone()))?;
            let seen: Arc<Mutex<Option<CertificateDer<'static>>>> = Arc::default();
            let mut config = (*setup.config).clone();
            config
                .dangerous()
                .set_certificate_verifier(Arc::new(RecordingVerifier {
                    inner: setup.verifier.clone(),
                    seen: seen.clone(),
                }));
            let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
            let server_name = ServerName::try_from(target.host.clone())
                .map_err(|e| Failure::error(ErrorKind::Config, e.to_string()))?;
            let tls = rec
                .phase(Phase::Tls, t.tls, deadline, async {
                    connector
                        .connect(server_name, tcp)
                        .await
                        .map_err(|e| tls_error(&e))
                })
                .await;
            if let Ok(mut g) = seen.lock()
                && let Some(der) = g.take()
            {
                rec.certificate = Some(der.as_ref().to_vec());
            }
            exchange(tls?, req, deadline, t, rec, keep_body).await
        } else {
            exchange(tcp, req, deadline, t, rec, keep_body).await
        }
    }

    async fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, ProbeError> {
        let key = host.to_ascii_lowercase();
        if let Some(addr) = self.inner.cfg.resolve_overrides.get(&key) {
            return Ok(vec![*addr]);
        }
        if let Ok(ip) = key.parse::<IpAddr>() {
            return Ok(vec![SocketAddr::new(ip, port)]);
        }
        // RFC 6761: ".invalid" never resolves; answer without asking the network.
        if key == "invalid" || key.ends_with(".invalid") || key.ends_with(".invalid.") {
            return Err(ProbeError {
                kind: ErrorKind::Dns,
                detail: format!("{host}: reserved .invalid name never resolves (RFC 6761)"),
            });
        }
        let addrs: Vec<SocketAddr> = tokio::net::lookup_host((key.as_str(), port))
            .await
            .map_err(|e| ProbeError {
                kind: ErrorKind::Dns,
                detail: format!("{host}: {e}"),
            })?
            .collect();
        if addrs.is_empty() {
            return Err(ProbeError {
                kind: ErrorKind::Dns,
                detail: format!("{host}: no addresses"),
            });
        }
        Ok(addrs)
    }
}

fn task_failed(t: &PortalTarget) -> ProbeResult {
    let obs = ProbeObservation {
        portal_name: t.name.clone(),
        url: t.url.clone(),
        started_at: Timestamp::now(),
        redirect_chain: vec![t.url.clone()],
        error: Some(ProbeError {
            kind: ErrorKind::ConnectOther,
            detail: "probe task failed".into(),
        }),
        ..Default::default()
    };
    ProbeResult::from_observation(obs, Thresholds { slow_ms: t.slow_ms }, None)
}

fn build_tls(extra: &[PathBuf]) -> Result<TlsSetup, String> {
    let mut roots = Vec::new();
    for path in extra {
        let mut n = 0;
        let iter = CertificateDer::pem_file_iter(path)
            .map_err(|e| format!("cannot read extra root {}: {e}", path.display()))?;
        for cert in iter {
            roots.push(cert.map_err(|e| format!("bad PEM in {}: {e}", path.display()))?);
            n += 1;
        }
        if n == 0 {
            return Err(format!("no certificate in {}", path.display()));
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier: Arc<dyn ServerCertVerifier> = Arc::new(
        rustls_platform_verifier::Verifier::new_with_extra_roots(roots, provider.clone())
            .map_err(|e| format!("trust store: {e}"))?,
    );
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsSetup {
        config: Arc::new(config),
        verifier,
    })
}

/// Delegates verification and remembers the leaf the server presented, so the
/// certificate can be reported even when verification fails.
#[derive(Debug)]
struct RecordingVerifier {
    inner: Arc<dyn ServerCertVerifier>,
    seen: Arc<Mutex<Option<CertificateDer<'static>>>>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Ok(mut g) = self.seen.lock() {
            *g = Some(end_entity.clone().into_owned());
        }
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

fn cert_info(der: &[u8], now: Timestamp) -> Option<CertificateInfo> {
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let not_after = Timestamp::from_second(cert.validity().not_after.timestamp()).ok();
    Some(CertificateInfo {
        issuer: cert.issuer().to_string(),
        subject: cert.subject().to_string(),
        not_after,
        days_to_expiry: not_after.map(|na| days_until(na, now)),
    })
}

fn tls_error(e: &io::Error) -> ProbeError {
    let tls = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>());
    let kind = match tls {
        Some(rustls::Error::InvalidCertificate(ce)) => match ce {
            CertificateError::UnknownIssuer | CertificateError::BadSignature => {
                ErrorKind::TlsUntrustedIssuer
            }
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. } => ErrorKind::TlsExpired,
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                ErrorKind::TlsWrongHost
            }
            _ => ErrorKind::TlsOther,
        },
        Some(_) => ErrorKind::TlsOther,
        None => io_kind(e).unwrap_or(ErrorKind::TlsOther),
    };
    ProbeError {
        kind,
        detail: e.to_string(),
    }
}

/// Maps an IO error to a connection failure kind, if it is one.
fn io_kind(e: &io::Error) -> Option<ErrorKind> {
    match e.kind() {
        io::ErrorKind::ConnectionRefused => Some(ErrorKind::ConnectionRefused),
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe
        | io::ErrorKind::UnexpectedEof => Some(ErrorKind::ConnectionReset),
        io::ErrorKind::NetworkUnreachable
        | io::ErrorKind::HostUnreachable
        | io::ErrorKind::NetworkDown
        | io::ErrorKind::AddrNotAvailable => Some(ErrorKind::Unreachable),
        _ => None,
    }
}

fn hyper_error(e: &hyper::Error) -> ProbeError {
    let mut source: Option<&(dyn StdError + 'static)> = e.source();
    let mut kind = None;
    while let Some(s) = source {
        if let Some(ioe) = s.downcast_ref::<io::Error>() {
            kind = io_kind(ioe);
            break;
        }
        source = s.source();
    }
    let kind = kind.unwrap_or(if e.is_incomplete_message() || e.is_closed() {
        ErrorKind::ConnectionReset
    } else if e.is_parse() {
        ErrorKind::Protocol
    } else {
        ErrorKind::ConnectOther
    });
    let detail = match e.source() {
        Some(s) => format!("{e}: {s}"),
        None => e.to_string(),
    };
    ProbeError { kind, detail }
}

async fn connect_any(addrs: &[SocketAddr]) -> Result<TcpStream, ProbeError> {
    let mut last: Option<io::Error> = None;
    for addr in addrs {
        match TcpStream::connect(addr).await {
            Ok(s) => {
                let _ = s.set_nodelay(true);
                return Ok(s);
            }
            Err(e) => last = Some(e),
        }
    }
    let e = last.unwrap_or_else(|| io::Error::other("no address to connect to"));
    Err(ProbeError {
        kind: io_kind(&e).unwrap_or(ErrorKind::ConnectOther),
        detail: e.to_string(),
    })
}

async fn proxy_connect(
    mut tcp: TcpStream,
    target: &Target,
    proxy: &ProxyEndpoint,
    user_agent: &str,
) -> Result<TcpStream, ProbeError> {
    let authority = target.authority_with_port();
    let mut head = format!(
        "CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: {user_agent}\r\n"
    );
    if let Some(auth) = &proxy.authorization {
        head.push_str(&format!("Proxy-Authorization: {auth}\r\n"));
    }
    head.push_str("\r\n");
    let proxy_err = |detail: String| ProbeError {
        kind: ErrorKind::Proxy,
        detail,
    };
    tcp.write_all(head.as_bytes())
        .await
        .map_err(|e| ProbeError {
            kind: io_kind(&e).unwrap_or(ErrorKind::Proxy),
            detail: format!("proxy: {e}"),
        })?;
    // Read the answer head byte by byte so nothing of the tunnel is consumed.
    let mut buf = Vec::with_capacity(256);
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if buf.len() > 16 * 1024 {
            return Err(proxy_err("proxy answer head too large".into()));
        }
        match tcp.read(&mut byte).await {
            Ok(0) => {
                return Err(proxy_err(
                    "proxy closed the connection during CONNECT".into(),
                ));
            }
            Ok(_) => buf.push(byte[0]),
            Err(e) => {
                return Err(ProbeError {
                    kind: io_kind(&e).unwrap_or(ErrorKind::Proxy),
                    detail: format!("proxy: {e}"),
                });
            }
        }
    }
    let text = String::from_utf8_lossy(&buf);
    let status_line = text.lines().next().unwrap_or_default().to_owned();
    let status: Option<u16> = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok());
    match status {
        Some(200..=299) => Ok(tcp),
        Some(407) => Err(ProbeError {
            kind: ErrorKind::ProxyAuthRequired,
            detail: format!("proxy {}:{} answered {status_line}", proxy.host, proxy.port),
        }),
        _ => Err(proxy_err(format!(
            "proxy {}:{} refused CONNECT {authority}: {status_line}",
            proxy.host, proxy.port
        ))),
    }
}

/// Sends the request and reads the body, timing first byte and transfer.
async fn exchange<S>(
    stream: S,
    req: Request<Empty<Bytes>>,
    deadline: Instant,
    t: &PhaseTimeouts,
    rec: &mut Recorder,
    keep_body: usize,
) -> Result<Response, Failure>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| Failure::Error(hyper_error(&e)))?;
    // Drive the connection in its own task; aborted when we are done so a
    // stalled server never keeps a task alive.
    let _driver = AbortOnDrop(tokio::spawn(async move {
        let _ = conn.await;
    }));
    let resp = rec
        .phase(Phase::FirstByte, t.first_byte, deadline, async {
            sender.send_request(req).await.map_err(|e| hyper_error(&e))
        })
        .await?;
    let status = resp.status().as_u16();
    let (parts, mut body) = resp.into_parts();
    let mut kept = Vec::new();
    let transfer = rec
        .phase(Phase::Transfer, t.transfer, deadline, async {
            let mut read = 0usize;
            while read < MAX_BODY_BYTES {
                match body.frame().await {
                    None => break,
                    Some(Err(e)) => return Err(hyper_error(&e)),
                    Some(Ok(frame)) => {
                        if let Ok(data) = frame.into_data() {
                            read += data.len();
                            let room = keep_body.saturating_sub(kept.len());
                            kept.extend_from_slice(&data[..room.min(data.len())]);
                        }
                    }
                }
            }
            Ok(())
        })
        .await;
    Ok(Response {
        status,
        headers: parts.headers,
        body: kept,
        late_failure: transfer.err(),
    })
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

struct Response {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
    /// Failure while reading the body (headers were received).
    late_failure: Option<Failure>,
}

#[derive(Debug)]
enum Failure {
    Timeout(Phase),
    Error(ProbeError),
}

impl Failure {
    fn error(kind: ErrorKind, detail: impl Into<String>) -> Self {
        Failure::Error(ProbeError {
            kind,
            detail: detail.into(),
        })
    }
}

#[derive(Default)]
struct Recorder {
    timings: PhaseTimings,
    certificate: Option<Vec<u8>>,
    via_proxy: bool,
}

impl Recorder {
    /// Runs one phase under `min(limit, time left before deadline)` and adds
    /// its duration to the phase's total.
    async fn phase<T, F>(
        &mut self,
        phase: Phase,
        limit: Duration,
        deadline: Instant,
        fut: F,
    ) -> Result<T, Failure>
    where
        F: Future<Output = Result<T, ProbeError>>,
    {
        let start = Instant::now();
        let allowed = limit.min(deadline.saturating_duration_since(start));
        let res = tokio::time::timeout(allowed, fut).await;
        let took = ms(start.elapsed());
        let slot = match phase {
            Phase::Dns => Some(&mut self.timings.dns),
            Phase::Connect => Some(&mut self.timings.connect),
            Phase::Tls => Some(&mut self.timings.tls),
            Phase::FirstByte => Some(&mut self.timings.first_byte),
            Phase::Transfer => None,
        };
        if let Some(slot) = slot {
            *slot = Some(slot.unwrap_or(0.0) + took);
        }
        match res {
            Err(_) => Err(Failure::Timeout(phase)),
            Ok(Err(e)) => Err(Failure::Error(e)),
            Ok(Ok(v)) => Ok(v),
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn header_str(h: &HeaderMap, name: &str) -> Option<String> {
    h.get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// A parsed request target.
struct Target {
    scheme: String,
    /// Host without IPv6 brackets.
    host: String,
    port: u16,
    /// `Host` header value (brackets kept, default port omitted).
    host_header: String,
    path_and_query: String,
    absolute: String,
}

impl Target {
    fn parse(url: &str) -> Result<Self, String> {
        let uri: Uri = url
            .trim()
            .parse()
            .map_err(|e| format!("bad URL {url:?}: {e}"))?;
        let scheme = uri
            .scheme_str()
            .map(str::to_ascii_lowercase)
            .ok_or_else(|| format!("URL {url:?} has no scheme"))?;
        let default_port = match scheme.as_str() {
            "https" => 443,
            "http" => 80,
            other => return Err(format!("unsupported scheme {other:?} in {url:?}")),
        };
        let authority = uri
            .authority()
            .ok_or_else(|| format!("URL {url:?} has no host"))?;
        let raw_host = authority.host();
        let host = raw_host.trim_matches(['[', ']']).to_ascii_lowercase();
        if host.is_empty() {
            return Err(format!("URL {url:?} has no host"));
        }
        let port = authority.port_u16().unwrap_or(default_port);
        let host_header = if port == default_port {
            raw_host.to_ascii_lowercase()
        } else {
            format!("{}:{port}", raw_host.to_ascii_lowercase())
        };
        let path_and_query = uri
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| "/".to_owned());
        let absolute = format!("{scheme}://{host_header}{path_and_query}");
        Ok(Self {
            scheme,
            host,
            port,
            host_header,
            path_and_query,
            absolute,
        })
    }

    fn authority_with_port(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// Resolves a `Location` header against the URL that sent it.
fn resolve_location(base: &str, location: &str) -> Option<String> {
    let location = location.trim();
    let base = Target::parse(base).ok()?;
    let origin = format!("{}://{}", base.scheme, base.host_header);
    let has_scheme = location.parse::<Uri>().is_ok_and(|u| u.scheme().is_some());
    let joined = if has_scheme {
        location.to_owned()
    } else if let Some(rest) = location.strip_prefix("//") {
        format!("{}://{rest}", base.scheme)
    } else if location.starts_with('/') {
        format!("{origin}{location}")
    } else if location.starts_with('?') {
        let path = base.path_and_query.split('?').next().unwrap_or("/");
        format!("{origin}{path}{location}")
    } else {
        let path = base.path_and_query.split('?').next().unwrap_or("/");
        let dir = path.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        format!("{origin}{dir}/{location}")
    };
    // Normalise through the parser so equal URLs compare equal.
    Target::parse(&joined).ok().map(|t| t.absolute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_env_parsing_and_no_proxy() {
        let env: HashMap<&str, &str> = [
            ("https_proxy", "http://user:p%40ss@proxy.corp:3128"),
            ("HTTP_PROXY", "proxy.corp:8080"),
            (
                "no_proxy",
                "localhost, .internal.corp,example.com:8443,[::1],127.0.0.1",
            ),
        ]
        .into_iter()
        .collect();
        let p = ProxyConfig::from_lookup(|k| env.get(k).map(|v| v.to_string()));
        assert_eq!(
            p.https_proxy.as_deref(),
            Some("http://user:p%40ss@proxy.corp:3128")
        );
        let ep = p
            .proxy_for("https", "mysignins.microsoft.com", 443)
            .unwrap()
            .unwrap();
        assert_eq!(ep.host, "proxy.corp");
        assert_eq!(ep.port, 3128);
        assert_eq!(ep.authorization.as_deref(), Some("Basic dXNlcjpwQHNz"));
        let ep = p.proxy_for("http", "a.b", 80).unwrap().unwrap();
        assert_eq!(
            (ep.host.as_str(), ep.port, ep.authorization),
            ("proxy.corp", 8080, None)
        );
        assert!(p.bypasses("localhost", 443));
        assert!(p.bypasses("x.internal.corp", 443));
        assert!(p.bypasses("internal.corp", 443));
        assert!(!p.bypasses("notinternal.corp", 443));
        assert!(p.bypasses("example.com", 8443));
        assert!(!p.bypasses("example.com", 443));
        assert!(p.bypasses("[::1]", 443));
        assert!(p.bypasses("127.0.0.1", 80));
        assert!(p.proxy_for("https", "localhost", 443).unwrap().is_none());
        let star = ProxyConfig {
            https_proxy: Some("http://p:1".into()),
            no_proxy: vec!["*".into()],
            ..Default::default()
        };
        assert!(star.proxy_for("https", "anything", 443).unwrap().is_none());
        let bad = ProxyConfig {
            https_proxy: Some("socks5://p:1".into()),
            ..Default::default()
        };
        assert!(bad.proxy_for("https", "x", 443).is_err());
        assert_eq!(ProxyConfig::from_lookup(|_| None), ProxyConfig::default());
    }

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
        assert_eq!(percent_decode("a%20b%zz%4"), "a b%zz%4");
    }

    #[test]
    fn target_parsing() {
        let t = Target::parse("https://Portal.Test/a/b?x=1").unwrap();
        assert_eq!(
            (t.scheme.as_str(), t.host.as_str(), t.port),
            ("https", "portal.test", 443)
        );
        assert_eq!(t.host_header, "portal.test");
        assert_eq!(t.path_and_query, "/a/b?x=1");
        let t = Target::parse("http://[::1]:8080").unwrap();
        assert_eq!((t.host.as_str(), t.port), ("::1", 8080));
        assert_eq!(t.host_header, "[::1]:8080");
        assert_eq!(t.authority_with_port(), "[::1]:8080");
        assert_eq!(t.path_and_query, "/");
        assert!(Target::parse("ftp://x/").is_err());
        assert!(Target::parse("/relative").is_err());
        assert!(Target::parse("not a url").is_err());
    }

    #[test]
    fn location_resolution() {
        let b = "https://a.test/x/y?q=1";
        assert_eq!(resolve_location(b, "/z").unwrap(), "https://a.test/z");
        assert_eq!(resolve_location(b, "z").unwrap(), "https://a.test/x/z");
        assert_eq!(
            resolve_location(b, "?p=2").unwrap(),
            "https://a.test/x/y?p=2"
        );
        assert_eq!(
            resolve_location(b, "//b.test/w").unwrap(),
            "https://b.test/w"
        );
        assert_eq!(
            resolve_location(b, "http://c.test:81/").unwrap(),
            "http://c.test:81/"
        );
        assert_eq!(
            resolve_location(b, "HTTPS://A.test:443/x").unwrap(),
            "https://a.test/x"
        );
        assert!(resolve_location(b, "ms-appx://foo").is_none());
    }
}
