//! The prober: one fresh connection per request (DNS, TCP, proxy `CONNECT`, TLS,
//! HTTP), each phase under its own deadline, redirects followed hop by hop.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Request, header};
use http_body_util::Empty;
use rustls::pki_types::ServerName;
use tokio::net::TcpStream;
use tokio::task::JoinSet;

use super::config::{MAX_BODY_BYTES, PortalTarget, ProbeConfig};
use super::failure::Failure;
use super::proxy::proxy_connect;
use super::result::ProbeResult;
use super::target::Target;
use super::tls::{TlsSetup, TrustError, build_tls, cert_info, tls_error};
use super::transport::{BodyLimits, Recorder, Response, connect_any, exchange, header_str, ms};
use crate::services::route::{Hop, ProxyEndpoint};
use mfa_ready_core::fault::{ErrorKind, Phase, ProbeError, ProbeObservation, Thresholds};

/// Reusable prober: loads the trust store once, then probes any number of targets.
/// Cheap to clone.
#[derive(Clone)]
pub struct Prober {
    inner: Arc<Inner>,
}

struct Inner {
    cfg: ProbeConfig,
    tls: Result<TlsSetup, TrustError>,
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
            .map(|(t, r)| r.unwrap_or_else(|| self.task_failed(t)))
            .collect()
    }

    /// Gathers the raw facts for one portal, following redirects (never from
    /// https down to http, see [`Target::may_follow`]).
    pub async fn observe(&self, target: &PortalTarget) -> ProbeObservation {
        // The way is decided before the clock starts (the first time a PAC file is
        // fetched and run): it is not the portal's time. The answer is kept for the hop.
        if let Ok(t) = Target::parse(&target.url) {
            let _ = self
                .inner
                .cfg
                .router
                .plan_blocking(&t.scheme, &t.host, t.port)
                .await;
        }
        let started_at = self.inner.cfg.clock.now();
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
        let mut current = Target::parse(&target.url);
        loop {
            let next = match &current {
                Err(e) => {
                    obs.error = Some(ProbeError {
                        kind: ErrorKind::Config,
                        detail: e.to_string(),
                    });
                    None
                }
                Ok(t) => self.hop(t, deadline, &mut rec, &mut obs).await,
            };
            match next {
                None => break,
                Some(t) => current = Ok(t),
            }
        }
        rec.timings.total = Some(ms(start.elapsed()));
        obs.phases = rec.timings;
        obs.via_proxy = rec.via_proxy;
        obs.route = rec.route.take();
        obs.route_detail = rec.route_detail.take();
        obs.certificate = rec
            .certificate
            .as_deref()
            .and_then(|der| cert_info(der, started_at));
        obs
    }

    /// One request of a probe; records what it learnt in `obs` and returns the
    /// redirect to follow, if any (`None`: answer, failure or a redirect not followed).
    async fn hop(
        &self,
        current: &Target,
        deadline: Instant,
        rec: &mut Recorder,
        obs: &mut ProbeObservation,
    ) -> Option<Target> {
        let limits = BodyLimits {
            keep: 0,
            read: MAX_BODY_BYTES,
        };
        let resp = match self.fetch_once(current, deadline, rec, limits).await {
            Err(Failure::Timeout(p)) => {
                obs.timed_out_phase = Some(p);
                return None;
            }
            Err(Failure::Error(e)) => {
                obs.error = Some(e);
                return None;
            }
            Ok(resp) => resp,
        };
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
            return None;
        }
        let location = redirect_location(&resp)?;
        let Some(next) = current.resolve_location(&location) else {
            obs.error = Some(ProbeError {
                kind: ErrorKind::Protocol,
                detail: format!("unusable redirect Location {location:?}"),
            });
            return None;
        };
        let seen = obs.redirect_chain.contains(&next.absolute);
        obs.redirect_chain.push(next.absolute.clone());
        if let Err(why) = current.may_follow(&next) {
            obs.error = Some(ProbeError {
                kind: ErrorKind::InsecureRedirect,
                detail: why.to_string(),
            });
            return None;
        }
        if seen || obs.redirect_chain.len() > self.inner.cfg.max_redirects + 1 {
            obs.redirects_exhausted = true;
            return None;
        }
        Some(next)
    }

    /// One request on a fresh connection, the way `services::route` chose for its URL:
    /// a proxy that cannot be reached gives way to the next in the list (`PROXY a;
    /// PROXY b; DIRECT`), as browsers do.
    pub(super) async fn fetch_once(
        &self,
        target: &Target,
        deadline: Instant,
        rec: &mut Recorder,
        limits: BodyLimits,
    ) -> Result<Response, Failure> {
        let router = &self.inner.cfg.router;
        let plan = router
            .plan_blocking(&target.scheme, &target.host, target.port)
            .await
            .map_err(|e| Failure::error(ErrorKind::Config, e.to_string()))?;
        let last = plan.hops.len().saturating_sub(1);
        rec.route_detail.clone_from(&plan.detail);
        for (i, hop) in plan.hops.iter().enumerate() {
            rec.route = Some(plan.route(hop));
            let proxy = match hop {
                Hop::Direct => None,
                Hop::Proxy(p) => Some(p),
            };
            let result = self.fetch_via(target, proxy, deadline, rec, limits).await;
            if let Some(p) = proxy
                && proxy_unreachable(&result)
            {
                router.proxy_failed(p);
                if i < last {
                    tracing::info!(proxy = %p.host_port(), "proxy unreachable; trying the next way");
                    continue;
                }
            }
            return result;
        }
        Err(Failure::error(ErrorKind::Config, "no way to reach it"))
    }

    /// One request on a fresh connection, through `proxy` or directly.
    async fn fetch_via(
        &self,
        target: &Target,
        proxy: Option<&ProxyEndpoint>,
        deadline: Instant,
        rec: &mut Recorder,
        limits: BodyLimits,
    ) -> Result<Response, Failure> {
        let cfg = &self.inner.cfg;
        let t = &cfg.phase_timeouts;
        rec.via_proxy = proxy.is_some();
        let (conn_host, conn_port) = match &proxy {
            Some(p) => (p.host.clone(), p.port),
            None => (target.host.clone(), target.port),
        };
        let addrs = rec
            .phase(
                Phase::Dns,
                t.dns,
                deadline,
                self.resolve(&conn_host, conn_port),
            )
            .await?;
        // TCP connect (+ CONNECT through a proxy for https).
        let tunnel = proxy.filter(|_| target.scheme == "https");
        let tcp = rec
            .phase(Phase::Connect, t.connect, deadline, async {
                let tcp = connect_any(&addrs).await?;
                match tunnel {
                    Some(p) => {
                        proxy_connect(tcp, &target.authority_with_port(), p, &cfg.user_agent).await
                    }
                    None => Ok(tcp),
                }
            })
            .await?;
        // Origin-form, or absolute-form to a plain-http proxy.
        let absolute_form = proxy.is_some() && target.scheme == "http";
        let mut builder = Request::get(if absolute_form {
            target.absolute.as_str()
        } else {
            target.path_and_query.as_str()
        })
        .header(header::HOST, target.host_header.as_str())
        .header(header::USER_AGENT, cfg.user_agent.as_str())
        .header(header::ACCEPT, "*/*");
        if absolute_form && let Some(auth) = proxy.and_then(|p| p.authorization.as_deref()) {
            builder = builder.header(header::PROXY_AUTHORIZATION, auth);
        }
        let req = builder
            .body(Empty::<Bytes>::new())
            .map_err(|e| Failure::error(ErrorKind::Config, e.to_string()))?;
        if target.scheme == "https" {
            self.exchange_over_tls(target, tcp, req, deadline, rec, limits)
                .await
        } else {
            exchange(tcp, req, deadline, t, rec, limits).await
        }
    }

    /// The TLS handshake (its leaf certificate recorded, also when refused), then the exchange.
    async fn exchange_over_tls(
        &self,
        target: &Target,
        tcp: TcpStream,
        req: Request<Empty<Bytes>>,
        deadline: Instant,
        rec: &mut Recorder,
        limits: BodyLimits,
    ) -> Result<Response, Failure> {
        let t = &self.inner.cfg.phase_timeouts;
        let setup = self
            .inner
            .tls
            .as_ref()
            .map_err(|e| Failure::error(ErrorKind::TlsOther, e.to_string()))?;
        let (connector, seen) = setup.recording_connector();
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
        exchange(tls?, req, deadline, t, rec, limits).await
    }

    async fn resolve(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, ProbeError> {
        let key = host.to_ascii_lowercase();
        if let Some(addr) = self.inner.cfg.resolve_overrides.get(&key) {
            return Ok(vec![*addr]);
        }
        if let Ok(ip) = key.parse::<IpAddr>() {
            return Ok(vec![SocketAddr::new(ip, port)]);
        }
        let dns_err = |detail: String| ProbeError {
            kind: ErrorKind::Dns,
            detail,
        };
        // RFC 6761: ".invalid" never resolves; answer without asking the network.
        if key == "invalid" || key.ends_with(".invalid") || key.ends_with(".invalid.") {
            return Err(dns_err(format!(
                "{host}: reserved .invalid name never resolves (RFC 6761)"
            )));
        }
        let addrs: Vec<SocketAddr> = tokio::net::lookup_host((key.as_str(), port))
            .await
            .map_err(|e| dns_err(format!("{host}: {e}")))?
            .collect();
        if addrs.is_empty() {
            return Err(dns_err(format!("{host}: no addresses")));
        }
        Ok(addrs)
    }

    fn task_failed(&self, t: &PortalTarget) -> ProbeResult {
        let obs = ProbeObservation {
            portal_name: t.name.clone(),
            url: t.url.clone(),
            started_at: self.inner.cfg.clock.now(),
            redirect_chain: vec![t.url.clone()],
            error: Some(ProbeError {
                kind: ErrorKind::ConnectOther,
                detail: "probe task failed".into(),
            }),
            ..Default::default()
        };
        ProbeResult::from_observation(obs, Thresholds { slow_ms: t.slow_ms }, None)
    }
}

/// Whether a request failed before the proxy answered: its name did not resolve or it
/// refused or timed out the connection (not a refusal *by* the proxy: a 407 or a refused
/// `CONNECT` is its answer, and the next proxy would not change it).
fn proxy_unreachable(result: &Result<Response, Failure>) -> bool {
    match result {
        Err(Failure::Timeout(p)) => matches!(p, Phase::Dns | Phase::Connect),
        Err(Failure::Error(e)) => matches!(
            e.kind,
            ErrorKind::Dns
                | ErrorKind::ConnectionRefused
                | ErrorKind::Unreachable
                | ErrorKind::ConnectOther
        ),
        Ok(_) => false,
    }
}

/// The `Location` of a redirect answer (301, 302, 303, 307, 308), if any.
pub(super) fn redirect_location(resp: &Response) -> Option<String> {
    if matches!(resp.status, 301 | 302 | 303 | 307 | 308) {
        header_str(&resp.headers, header::LOCATION.as_str())
    } else {
        None
    }
}
