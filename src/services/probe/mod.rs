//! Live portal reachability probes (IO side).
//!
//! Every probe opens a fresh connection (no pooling: a reused connection would
//! hide DNS and TLS problems) and times each phase like curl's `-w`: DNS,
//! TCP connect (plus proxy `CONNECT`), TLS handshake, first byte (response
//! headers) and total. Each phase has its own deadline and the target's
//! `timeout_ms` bounds the whole probe, so a probe never hangs. Redirects are
//! followed, but never from https down to plain http.
//!
//! The raw facts go into a [`ProbeObservation`](mfa_ready_core::fault::ProbeObservation)
//! which [`mfa_ready_core::fault::classify`] turns into an outcome and sentences.
//!
//! By concern: `config` (targets and settings), `proxy` (the `CONNECT` handshake through
//! the proxy `services::route` chose; credentials never shown), `tls` (trust store, recorded leaf),
//! `target` (URLs, redirects), `transport` (one timed exchange), `failure` (how
//! a request fails), `prober` (the
//! probe itself), `connectivity` (captive portal / offline checks), `fetch`
//! (documents such as status feeds), `result` (the `probe --json` shape).

mod config;
mod connectivity;
mod failure;
mod fetch;
mod prober;
mod proxy;
mod result;
mod target;
mod tls;
mod transport;

pub use config::{
    ConnectivityCheck, MAX_BODY_BYTES, PhaseTimeouts, PortalTarget, ProbeConfig, USER_AGENT,
};
pub use fetch::FetchError;
pub use prober::Prober;
pub use result::{ProbeReport, ProbeResult};
pub use target::{RedirectRefused, TargetError};
pub use tls::{TrustError, check_root_file};

use mfa_ready_core::fault::ConnectivityObservation;

/// Builds a [`Prober`] off the async threads: loading the OS trust store reads files.
pub async fn prober_for(cfg: &ProbeConfig) -> Prober {
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
    prober_for(cfg).await.check_all(targets).await
}
