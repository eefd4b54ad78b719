//! Fetching a document (status feeds) with the probes' connections, trust and
//! proxies: the one URL rule for every hop, a size cap of the caller's choosing.

use std::time::{Duration, Instant};

use super::failure::Failure;
use super::prober::{Prober, redirect_location};
use super::target::{RedirectRefused, Target, TargetError};
use super::transport::{BodyLimits, Recorder};
use mfa_ready_core::fault::{Phase, ProbeError};
use mfa_ready_core::weburl::{UrlError, redact, service_url};

/// Why a document could not be fetched. Messages carry no credentials.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The URL breaks the one URL rule (https, or http only to loopback).
    #[error("{0}")]
    NotAllowed(#[from] UrlError),
    /// The URL cannot be requested.
    #[error("{0}")]
    BadUrl(#[from] TargetError),
    /// A phase ran out of time.
    #[error("timed out while {}", .0.describe())]
    Timeout(Phase),
    /// The connection failed.
    #[error("{}", .0.detail)]
    Failed(ProbeError),
    /// The body is larger than the cap: not downloaded further.
    #[error("too large: the document is larger than {} MiB", .0 / (1024 * 1024))]
    TooLarge(usize),
    /// A redirect with a `Location` that is not a usable URL.
    #[error("unusable redirect Location {0:?}")]
    BadRedirect(String),
    /// A redirect to a URL that may not be followed (a downgrade to http).
    #[error("{0}")]
    InsecureRedirect(#[from] RedirectRefused),
    /// Too many redirects.
    #[error("too many redirects fetching {0}")]
    TooManyRedirects(String),
}

impl From<Failure> for FetchError {
    fn from(f: Failure) -> Self {
        match f {
            Failure::Timeout(p) => FetchError::Timeout(p),
            Failure::Error(e) => FetchError::Failed(e),
        }
    }
}

impl Prober {
    /// GETs `url` on a fresh connection with the probes' TLS verification and
    /// proxy settings, following up to `max_redirects` redirects, and returns the
    /// final status and body. The URL and every redirect must pass
    /// [`service_url`] (https, or http only to loopback) and never go from https
    /// down to http. A 2xx body longer than `max_bytes` is [`FetchError::TooLarge`].
    pub async fn fetch_body(
        &self,
        url: &str,
        timeout: Duration,
        max_bytes: usize,
    ) -> Result<(u16, Vec<u8>), FetchError> {
        service_url(url)?;
        let deadline = Instant::now() + timeout;
        let limits = BodyLimits {
            keep: max_bytes,
            read: max_bytes,
        };
        let mut current = Target::parse(url)?;
        for _ in 0..=self.config().max_redirects {
            let mut rec = Recorder::default();
            let resp = self
                .fetch_once(&current, deadline, &mut rec, limits)
                .await?;
            if let Some(f) = resp.late_failure {
                return Err(f.into());
            }
            let Some(location) = redirect_location(&resp) else {
                if resp.truncated && (200..300).contains(&resp.status) {
                    return Err(FetchError::TooLarge(max_bytes));
                }
                return Ok((resp.status, resp.body));
            };
            let next = current
                .resolve_location(&location)
                .ok_or(FetchError::BadRedirect(location))?;
            current.may_follow(&next)?;
            current = next;
        }
        Err(FetchError::TooManyRedirects(redact(url)))
    }
}
