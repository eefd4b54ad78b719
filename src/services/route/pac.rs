//! Proxy auto-configuration (PAC) files: fetched from an https address, a loopback http
//! address or a local file, kept as long as their HTTP caching headers say, and run in
//! `proxy-watch`'s bundled QuickJS: a sandbox with no network or file access, the
//! standard helpers (`dnsDomainIs`, `isInNet`, `shExpMatch`, `myIpAddress`, …) and a time
//! limit after which the script is stopped.

use std::net::{IpAddr, Ipv4Addr, UdpSocket};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use proxy_watch::pac::{PacPolicy, PacScript};
use proxy_watch::{Error as PacError, ProxyStep, Url};

use crate::services::files;
use crate::services::http::{self, BodyError, HttpTimeouts};
use mfa_ready_core::httpdate;
use mfa_ready_core::proxy::PacTrouble;
use mfa_ready_core::weburl;

/// The largest PAC file read.
pub const MAX_PAC_BYTES: u64 = 1024 * 1024;
/// How long one evaluation may run before the script is stopped.
pub const PAC_TIME_LIMIT: Duration = Duration::from_secs(2);
/// Kept this long when the answer says nothing about caching.
pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// The longest a PAC file is kept without asking again.
pub const MAX_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);
/// A PAC file is kept at least this long, whatever its headers say (`no-cache` would
/// otherwise mean a download for every new host).
pub const MIN_LIFETIME: Duration = Duration::from_secs(60);
/// A PAC file that could not be fetched is asked for again after this long.
pub const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(60);

/// A PAC file as last fetched.
#[derive(Debug, Clone)]
pub struct PacFile {
    pub url: Url,
    /// The script, or why there is none.
    pub script: Result<Arc<PacScript>, PacTrouble>,
    /// Fetch again after this.
    pub fresh_until: Instant,
    /// What went wrong, for Details (never shown in the plain sentence).
    pub detail: Option<String>,
}

impl PacFile {
    pub fn is_fresh(&self, now: Instant) -> bool {
        now < self.fresh_until
    }
}

/// Fetches the PAC file at `url` (directly: a PAC file is never fetched through a proxy).
pub async fn fetch(url: &Url, timeouts: HttpTimeouts) -> PacFile {
    let now = Instant::now();
    let failed = |trouble: PacTrouble, detail: String| PacFile {
        url: url.clone(),
        script: Err(trouble),
        fresh_until: now + RETRY_AFTER_FAILURE,
        detail: Some(detail),
    };
    match url.scheme() {
        // A file on this computer only: `file://server/share` would be a network share
        // (on Windows an SMB connection that may hand over the user's credentials).
        "file"
            if url
                .host_str()
                .is_some_and(|h| !h.is_empty() && h != "localhost") =>
        {
            failed(
                PacTrouble::NotAllowed,
                "a PAC file on another computer's share".into(),
            )
        }
        "file" => {
            let Ok(path) = url.to_file_path() else {
                return failed(PacTrouble::NotAllowed, "not a local file".into());
            };
            match read_file(&path) {
                Ok(body) => PacFile {
                    url: url.clone(),
                    script: Ok(Arc::new(PacScript::new(body))),
                    fresh_until: now + DEFAULT_LIFETIME,
                    detail: None,
                },
                Err(e) => failed(PacTrouble::NotFetched, e),
            }
        }
        "https" => fetch_http(url, timeouts, now).await,
        "http" if weburl::is_loopback(url) => fetch_http(url, timeouts, now).await,
        _ => failed(
            PacTrouble::NotAllowed,
            format!(
                "{}: only https, loopback http or a local file",
                weburl::redact(url.as_str())
            ),
        ),
    }
}

fn read_file(path: &Path) -> Result<String, String> {
    files::read_text_capped(path, MAX_PAC_BYTES).map_err(|e| format!("{e:?}"))
}

async fn fetch_http(url: &Url, timeouts: HttpTimeouts, now: Instant) -> PacFile {
    let failed = |detail: String| PacFile {
        url: url.clone(),
        script: Err(PacTrouble::NotFetched),
        fresh_until: now + RETRY_AFTER_FAILURE,
        detail: Some(detail),
    };
    let client = match http::direct_client(timeouts) {
        Ok(c) => c,
        Err(e) => return failed(e.to_string()),
    };
    let resp = match client.get(url.clone()).send().await {
        Ok(r) => r,
        Err(e) => return failed(http::error_text(&e)),
    };
    let status = resp.status();
    if !status.is_success() {
        return failed(format!("the PAC file's server answered {status}"));
    }
    let lifetime = lifetime(resp.headers());
    let body = match http::read_capped(resp, MAX_PAC_BYTES as usize).await {
        Ok(b) => b,
        Err(BodyError::TooLarge) => return failed("the PAC file is larger than 1 MiB".into()),
        Err(BodyError::Transport(e)) => return failed(http::error_text(&e)),
    };
    PacFile {
        url: url.clone(),
        script: Ok(Arc::new(PacScript::new(
            String::from_utf8_lossy(&body).into_owned(),
        ))),
        fresh_until: now + lifetime.max(MIN_LIFETIME),
        detail: None,
    }
}

/// How long an answer may be kept: `Cache-Control: no-store` / `no-cache` (not at all),
/// `max-age`, else `Expires` against `Date`, else [`DEFAULT_LIFETIME`]; at most
/// [`MAX_LIFETIME`].
pub fn lifetime(headers: &reqwest::header::HeaderMap) -> Duration {
    let get = |name: reqwest::header::HeaderName| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    if let Some(cc) = get(reqwest::header::CACHE_CONTROL) {
        for directive in cc.split(',').map(|d| d.trim().to_ascii_lowercase()) {
            if directive == "no-store" || directive == "no-cache" {
                return Duration::ZERO;
            }
            if let Some(age) = directive
                .strip_prefix("max-age=")
                .and_then(|v| v.trim_matches('"').parse::<u64>().ok())
            {
                return Duration::from_secs(age).min(MAX_LIFETIME);
            }
        }
    }
    let now = jiff::Timestamp::now();
    let date = |name| get(name).and_then(|v| httpdate::parse_http_date(&v, now));
    if let Some(expires) = get(reqwest::header::EXPIRES) {
        let Some(expires) = httpdate::parse_http_date(&expires, now) else {
            // An invalid Expires means "already expired" (RFC 9111 §5.3).
            return Duration::ZERO;
        };
        let Some(served) = date(reqwest::header::DATE) else {
            return DEFAULT_LIFETIME;
        };
        let secs = expires.duration_since(served).as_secs();
        return Duration::from_secs(u64::try_from(secs).unwrap_or(0)).min(MAX_LIFETIME);
    }
    DEFAULT_LIFETIME
}

/// The sandbox's settings: names are resolved (PAC files ask `isInNet(dnsResolve(host))`
/// to tell the intranet apart), `myIpAddress()` is this computer's address on its default
/// route, and a script is stopped after [`PAC_TIME_LIMIT`].
pub fn policy() -> PacPolicy {
    PacPolicy::new()
        .with_dns_resolution(true)
        .with_internal_addresses(true)
        .with_my_ip_address(my_ip_address())
        .with_timeout(Some(PAC_TIME_LIMIT))
}

/// This computer's address on its default route (a UDP socket "connected" to a
/// documentation address sends nothing), or 127.0.0.1.
fn my_ip_address() -> IpAddr {
    UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|s| {
            s.connect((Ipv4Addr::new(192, 0, 2, 1), 9))?;
            s.local_addr()
        })
        .map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |a| a.ip())
}

/// Runs `FindProxyForURL` for `url`. Blocks for at most [`PAC_TIME_LIMIT`] (and the name
/// lookups the script asks for): call it off the async threads.
pub fn evaluate(
    script: &PacScript,
    url: &Url,
    policy: &PacPolicy,
) -> Result<Vec<ProxyStep>, (PacTrouble, String)> {
    proxy_watch::pac::evaluate(script, url, policy).map_err(|e| {
        let trouble = match e {
            PacError::PacTimeout { .. } | PacError::PacSaturated { .. } => PacTrouble::TimedOut,
            _ => PacTrouble::Failed,
        };
        (trouble, e.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{CACHE_CONTROL, DATE, EXPIRES, HeaderMap, HeaderValue};

    fn headers(pairs: &[(reqwest::header::HeaderName, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(k.clone(), HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn caching_headers_decide_how_long_a_pac_file_is_kept() {
        assert_eq!(lifetime(&headers(&[])), DEFAULT_LIFETIME);
        assert_eq!(
            lifetime(&headers(&[(CACHE_CONTROL, "public, max-age=300")])),
            Duration::from_secs(300)
        );
        assert_eq!(
            lifetime(&headers(&[(CACHE_CONTROL, "no-cache")])),
            Duration::ZERO
        );
        assert_eq!(
            lifetime(&headers(&[(CACHE_CONTROL, "max-age=99999999")])),
            MAX_LIFETIME
        );
        assert_eq!(
            lifetime(&headers(&[
                (DATE, "Sat, 05 Dec 2026 10:00:00 GMT"),
                (EXPIRES, "Sat, 05 Dec 2026 10:30:00 GMT"),
            ])),
            Duration::from_secs(1800)
        );
        assert_eq!(
            lifetime(&headers(&[(EXPIRES, "0")])),
            Duration::ZERO,
            "an invalid Expires is already expired"
        );
        assert_eq!(
            lifetime(&headers(&[
                (CACHE_CONTROL, "max-age=60"),
                (EXPIRES, "Sat, 05 Dec 2026 10:30:00 GMT"),
            ])),
            Duration::from_secs(60),
            "max-age wins over Expires"
        );
    }

    #[test]
    fn scripts_answer_in_order_and_are_stopped_at_the_limit() {
        let script = PacScript::new(
            "function FindProxyForURL(url, host) {
                if (dnsDomainIs(host, '.intranet.test') || isPlainHostName(host)) return 'DIRECT';
                if (shExpMatch(host, '*.okta.com')) return 'PROXY a.test:3128; PROXY b.test:3128; DIRECT';
                return 'PROXY c.test:8080';
            }",
        );
        let policy = PacPolicy::new().with_timeout(Some(Duration::from_millis(500)));
        let url = |u: &str| Url::parse(u).unwrap();
        let steps = evaluate(&script, &url("https://contoso.okta.com/x"), &policy).unwrap();
        let names: Vec<String> = steps
            .iter()
            .map(|s| s.endpoint().map_or("DIRECT".into(), |e| e.authority()))
            .collect();
        assert_eq!(names, ["a.test:3128", "b.test:3128", "DIRECT"]);
        let steps = evaluate(&script, &url("https://wiki.intranet.test/"), &policy).unwrap();
        assert!(steps[0].is_direct());
        let forever = PacScript::new("function FindProxyForURL(u, h) { for (;;) {} }");
        let started = Instant::now();
        let e = evaluate(&forever, &url("https://x.test/"), &policy).unwrap_err();
        assert_eq!(e.0, PacTrouble::TimedOut, "{}", e.1);
        assert!(started.elapsed() < Duration::from_secs(10));
        let broken = PacScript::new("function FindProxyForURL(u, h) { return nope(); }");
        assert_eq!(
            evaluate(&broken, &url("https://x.test/"), &policy)
                .unwrap_err()
                .0,
            PacTrouble::Failed
        );
    }
}
