//! What to probe and how: targets, phase deadlines, connectivity checks and the
//! settings shared by every probe.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use std::sync::Arc;

use crate::services::config::Clock;
use crate::services::route::{ProxyConfig, Router};
use mfa_ready_core::fault::Expectation;
use mfa_ready_core::policy::{ConnectivityCheckSpec, default_connectivity_checks};

/// `User-Agent` sent with every request.
pub const USER_AGENT: &str = concat!("mfa-ready/", env!("CARGO_PKG_VERSION"));

/// Largest body read per probe response; the rest is not downloaded. Status
/// feeds have their own, larger cap ([`mfa_ready_core::feeds::MAX_FEED_BYTES`]).
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

/// One OS-style connectivity check (plain http).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectivityCheck {
    /// URL to GET (not followed if it redirects).
    pub url: String,
    /// Expected answer.
    pub expect: Expectation,
}

impl From<&ConnectivityCheckSpec> for ConnectivityCheck {
    fn from(spec: &ConnectivityCheckSpec) -> Self {
        Self {
            url: spec.url.clone(),
            expect: spec.expect.clone(),
        }
    }
}

/// Probe settings shared by all targets.
#[derive(Debug, Clone, PartialEq)]
pub struct ProbeConfig {
    /// Extra PEM root certificates trusted on top of the OS store (corporate TLS inspection).
    pub extra_root_certs: Vec<PathBuf>,
    /// Which proxy each request takes (`services::route`).
    pub router: Arc<Router>,
    /// curl `--resolve` style: host name (lower case) → address *and port* to connect to.
    pub resolve_overrides: HashMap<String, SocketAddr>,
    /// Connectivity checks run by [`super::Prober::check_connectivity`].
    pub connectivity_checks: Vec<ConnectivityCheck>,
    /// Upper bound for each connectivity check.
    pub connectivity_timeout: Duration,
    /// Per-phase deadlines.
    pub phase_timeouts: PhaseTimeouts,
    /// Redirects followed before giving up (reported as a redirect loop).
    pub max_redirects: usize,
    /// `User-Agent` header.
    pub user_agent: String,
    /// The clock that stamps results (`MFA_READY_NOW` reaches probes through it).
    /// Phase durations are always measured with the monotonic clock.
    pub clock: Clock,
}

impl Default for ProbeConfig {
    /// No proxy, OS trust store only, the policy's default connectivity checks
    /// ([`default_connectivity_checks`], the one list), the system clock.
    fn default() -> Self {
        Self {
            extra_root_certs: Vec::new(),
            router: Arc::new(Router::environment(ProxyConfig::default())),
            resolve_overrides: HashMap::new(),
            connectivity_checks: default_connectivity_checks()
                .iter()
                .map(ConnectivityCheck::from)
                .collect(),
            connectivity_timeout: Duration::from_secs(5),
            phase_timeouts: PhaseTimeouts::default(),
            max_redirects: 5,
            user_agent: USER_AGENT.to_owned(),
            clock: Clock::System,
        }
    }
}

impl ProbeConfig {
    /// Defaults plus the proxy settings of the process environment (not the system's:
    /// [`crate::services::route::for_policy`] gives the router that reads those).
    pub fn from_env() -> Self {
        Self {
            router: Arc::new(Router::environment(ProxyConfig::from_env())),
            ..Self::default()
        }
    }
}
