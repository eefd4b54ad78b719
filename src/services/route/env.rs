//! Proxies from the environment: `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` matching, the
//! proxy address (credentials become a `Proxy-Authorization` header and never appear in
//! any message).

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use url::Url;

use mfa_ready_core::weburl::redact;

/// Proxy settings, usually read from the environment with [`ProxyConfig::from_env`].
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ProxyConfig {
    /// Proxy for `https://` URLs (`http://[user:pass@]host:port`).
    pub https_proxy: Option<String>,
    /// Proxy for `http://` URLs (connectivity checks).
    pub http_proxy: Option<String>,
    /// Hosts that bypass the proxy (`NO_PROXY` syntax: `*`, `example.com`,
    /// `.example.com`, `host:port`, IP addresses).
    pub no_proxy: Vec<String>,
}

/// Debug output never shows a proxy password.
impl fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProxyConfig")
            .field(
                "https_proxy",
                &self.https_proxy.as_deref().map(redact_proxy),
            )
            .field("http_proxy", &self.http_proxy.as_deref().map(redact_proxy))
            .field("no_proxy", &self.no_proxy)
            .finish()
    }
}

/// A parsed proxy address.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyEndpoint {
    /// Proxy host name or IP (IPv6 without brackets).
    pub host: String,
    /// Proxy port.
    pub port: u16,
    /// `Proxy-Authorization` value built from user info in the URL.
    pub authorization: Option<String>,
    /// The user name and password behind `authorization` (for HTTP clients that take a
    /// proxy URL).
    credentials: Option<(String, String)>,
}

impl ProxyEndpoint {
    /// A proxy at `host:port` (IPv6 without brackets), with Basic credentials if given.
    pub fn new(host: &str, port: u16, credentials: Option<(String, String)>) -> Self {
        let authorization = credentials
            .as_ref()
            .map(|(u, p)| format!("Basic {}", BASE64.encode(format!("{u}:{p}"))));
        Self {
            host: host.trim_matches(['[', ']']).to_ascii_lowercase(),
            port,
            authorization,
            credentials,
        }
    }

    /// `host:port` as people read it (brackets round IPv6), never the credentials.
    pub fn host_port(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// `http://[user:password@]host:port` for an HTTP client's proxy setting. Never shown.
    pub fn client_url(&self) -> Option<Url> {
        let mut url = Url::parse(&format!("http://{}", self.host_port())).ok()?;
        if let Some((u, p)) = &self.credentials {
            url.set_username(u).ok()?;
            url.set_password(Some(p)).ok()?;
        }
        Some(url)
    }
}

/// Debug output never shows the credentials.
impl fmt::Debug for ProxyEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProxyEndpoint")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("authorization", &self.authorization.as_ref().map(|_| "…"))
            .finish()
    }
}

/// A proxy setting that cannot be used. Messages name the proxy without its
/// `user:password@` (or not at all when it does not even parse).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProxyError {
    /// Only `http://` proxies are supported.
    #[error("unsupported proxy scheme in \"{0}\" (only http:// proxies are supported)")]
    UnsupportedScheme(String),
    /// Not a usable `http://host:port` address.
    #[error("the proxy setting is not a valid http://host:port address ({0})")]
    Invalid(String),
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

    /// The proxy to use for a URL, if any. An unusable proxy setting is an error.
    pub fn proxy_for(
        &self,
        scheme: &str,
        host: &str,
        port: u16,
    ) -> Result<Option<ProxyEndpoint>, ProxyError> {
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

/// `HTTPS_PROXY` values may omit the scheme (`proxy.corp:8080`).
fn with_scheme(raw: &str) -> String {
    if raw.contains("://") {
        raw.to_owned()
    } else {
        format!("http://{raw}")
    }
}

/// The proxy setting as it may be shown: without user info, or a placeholder
/// when it does not parse (a broken URL could put the password anywhere).
fn redact_proxy(raw: &str) -> String {
    match Url::parse(&with_scheme(raw.trim())) {
        Ok(u) if u.has_host() => redact(u.as_str()),
        _ => "(unparsable proxy setting)".to_owned(),
    }
}

/// A proxy address (`http://[user:password@]host[:port]`, the scheme optional).
pub fn parse_proxy_url(raw: &str) -> Result<ProxyEndpoint, ProxyError> {
    let url =
        Url::parse(&with_scheme(raw.trim())).map_err(|e| ProxyError::Invalid(e.to_string()))?;
    if url.scheme() != "http" {
        return Err(ProxyError::UnsupportedScheme(redact_proxy(raw)));
    }
    let host = match url.host() {
        Some(url::Host::Domain(d)) => d.to_ascii_lowercase(),
        Some(url::Host::Ipv4(ip)) => ip.to_string(),
        Some(url::Host::Ipv6(ip)) => ip.to_string(),
        None => return Err(ProxyError::Invalid("no host".to_owned())),
    };
    let credentials = (!url.username().is_empty() || url.password().is_some()).then(|| {
        (
            percent_decode(url.username()),
            percent_decode(url.password().unwrap_or_default()),
        )
    });
    Ok(ProxyEndpoint::new(
        &host,
        url.port().unwrap_or(80),
        credentials,
    ))
}

/// Decodes `%XX` escapes in URL user info (the `url` crate keeps them encoded and
/// has no public decoder; `percent-encoding` is not a direct dependency).
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

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
        assert_eq!(ProxyConfig::from_lookup(|_| None), ProxyConfig::default());
    }

    #[test]
    fn ipv6_proxy_and_default_port() {
        let p = parse_proxy_url("http://[::1]:3128/").unwrap();
        assert_eq!((p.host.as_str(), p.port), ("::1", 3128));
        let p = parse_proxy_url("http://u@proxy.corp").unwrap();
        assert_eq!((p.host.as_str(), p.port), ("proxy.corp", 80));
        // "u:" → empty password; the base64 crate encodes "u:".
        assert_eq!(p.authorization.as_deref(), Some("Basic dTo="));
        assert_eq!(percent_decode("a%20b%zz%4"), "a b%zz%4");
    }

    #[test]
    fn no_error_or_debug_output_shows_a_password() {
        for raw in [
            "socks5://user:s3cretpw@127.0.0.1:1080",
            "https://user:s3cretpw@proxy.corp:443",
            "http://user:s3cretpw@127.0.0.1:notaport",
            "http://user:s3cret/pw@127.0.0.1:3128",
            "http://user:s3cretpw@[::1:3128",
        ] {
            let cfg = ProxyConfig {
                https_proxy: Some(raw.to_owned()),
                http_proxy: Some(raw.to_owned()),
                no_proxy: Vec::new(),
            };
            let e = cfg.proxy_for("https", "portal.example", 443).unwrap_err();
            assert!(!e.to_string().contains("s3cret"), "{raw}: {e}");
            assert!(!format!("{cfg:?}").contains("s3cret"), "{cfg:?}");
        }
        let ok = ProxyConfig {
            https_proxy: Some("http://user:s3cretpw@proxy.corp:3128".into()),
            ..Default::default()
        };
        let ep = ok.proxy_for("https", "x", 443).unwrap().unwrap();
        assert!(!format!("{ok:?} {ep:?}").contains("s3cret"));
        assert!(!format!("{ok:?} {ep:?}").contains(ep.authorization.as_deref().unwrap()));
        assert!(format!("{ok:?}").contains("proxy.corp:3128"));
    }
}
