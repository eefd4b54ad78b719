//! Request targets: a URL parsed once (with the `url` crate), where to connect,
//! what to send, and which redirects may be followed.

use url::Url;

use mfa_ready_core::weburl::{is_loopback, redact};

/// Why a URL cannot be requested.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    /// Not a URL.
    #[error("bad URL \"{0}\": {1}")]
    Invalid(String, String),
    /// Not http or https.
    #[error("unsupported scheme \"{0}\" in \"{1}\"")]
    UnsupportedScheme(String, String),
    /// No host to connect to.
    #[error("URL \"{0}\" has no host")]
    NoHost(String),
}

/// A redirect the probes will not follow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RedirectRefused {
    /// From https down to plain http.
    #[error("not following a redirect from https down to plain http ({0})")]
    Downgrade(String),
    /// Plain http to a host that is not this computer.
    #[error("not following a redirect to plain http outside this computer ({0})")]
    PlainHttp(String),
}

/// A parsed request target.
#[derive(Debug, Clone)]
pub(super) struct Target {
    /// `http` or `https`.
    pub(super) scheme: String,
    /// Host without IPv6 brackets, lower case.
    pub(super) host: String,
    pub(super) port: u16,
    /// `Host` header value (brackets kept, default port omitted).
    pub(super) host_header: String,
    pub(super) path_and_query: String,
    /// The whole URL, normalised (what redirect chains record and compare).
    pub(super) absolute: String,
    url: Url,
}

impl Target {
    pub(super) fn parse(raw: &str) -> Result<Self, TargetError> {
        let url =
            Url::parse(raw.trim()).map_err(|e| TargetError::Invalid(redact(raw), e.to_string()))?;
        Self::from_url(url)
    }

    fn from_url(mut url: Url) -> Result<Self, TargetError> {
        let scheme = url.scheme().to_owned();
        if !matches!(scheme.as_str(), "http" | "https") {
            return Err(TargetError::UnsupportedScheme(scheme, redact(url.as_str())));
        }
        url.set_fragment(None);
        // Requests never carry URL credentials, and chains never show them.
        let _ = url.set_username("");
        let _ = url.set_password(None);
        let host = match url.host() {
            Some(url::Host::Domain(d)) if !d.is_empty() => d.to_ascii_lowercase(),
            Some(url::Host::Ipv4(ip)) => ip.to_string(),
            Some(url::Host::Ipv6(ip)) => ip.to_string(),
            _ => return Err(TargetError::NoHost(redact(url.as_str()))),
        };
        let host_str = url.host_str().unwrap_or_default().to_ascii_lowercase();
        let host_header = match url.port() {
            Some(p) => format!("{host_str}:{p}"),
            None => host_str,
        };
        let path_and_query = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        };
        Ok(Self {
            port: url.port_or_known_default().unwrap_or(80),
            scheme,
            host,
            host_header,
            path_and_query,
            absolute: url.as_str().to_owned(),
            url,
        })
    }

    /// `host:port` for `CONNECT` (IPv6 in brackets).
    pub(super) fn authority_with_port(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }

    /// Resolves a `Location` header against this URL. `None` when the result
    /// is not an http(s) URL with a host.
    pub(super) fn resolve_location(&self, location: &str) -> Option<Target> {
        let joined = self.url.join(location.trim()).ok()?;
        Self::from_url(joined).ok()
    }

    /// Whether a redirect from here to `next` may be followed: never from https
    /// down to plain http, and plain http only to a loopback host (the one URL
    /// rule, [`mfa_ready_core::weburl::service_url`]).
    pub(super) fn may_follow(&self, next: &Target) -> Result<(), RedirectRefused> {
        match (self.scheme.as_str(), next.scheme.as_str()) {
            (_, "https") => Ok(()),
            ("https", _) => Err(RedirectRefused::Downgrade(next.absolute.clone())),
            _ if is_loopback(&next.url) => Ok(()),
            _ => Err(RedirectRefused::PlainHttp(next.absolute.clone())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_parsing() {
        let t = Target::parse("https://Portal.Test/a/b?x=1#frag").unwrap();
        assert_eq!(
            (t.scheme.as_str(), t.host.as_str(), t.port),
            ("https", "portal.test", 443)
        );
        assert_eq!(t.host_header, "portal.test");
        assert_eq!(t.path_and_query, "/a/b?x=1");
        assert_eq!(t.absolute, "https://portal.test/a/b?x=1");
        let t = Target::parse("http://[::1]:8080").unwrap();
        assert_eq!((t.host.as_str(), t.port), ("::1", 8080));
        assert_eq!(t.host_header, "[::1]:8080");
        assert_eq!(t.authority_with_port(), "[::1]:8080");
        assert_eq!(t.path_and_query, "/");
        let t = Target::parse("https://x.test:443/").unwrap();
        assert_eq!((t.host_header.as_str(), t.port), ("x.test", 443));
        assert!(Target::parse("ftp://x/").is_err());
        assert!(Target::parse("/relative").is_err());
        assert!(Target::parse("not a url").is_err());
        let e = Target::parse("ftp://user:s3cret@x/").unwrap_err();
        assert!(!e.to_string().contains("s3cret"), "{e}");
        let t = Target::parse("https://user:s3cret@x.test/p").unwrap();
        assert_eq!(t.absolute, "https://x.test/p");
    }

    #[test]
    fn location_resolution() {
        let b = Target::parse("https://a.test/x/y?q=1").unwrap();
        let r = |l: &str| b.resolve_location(l).map(|t| t.absolute);
        assert_eq!(r("/z").unwrap(), "https://a.test/z");
        assert_eq!(r("z").unwrap(), "https://a.test/x/z");
        assert_eq!(r("?p=2").unwrap(), "https://a.test/x/y?p=2");
        assert_eq!(r("//b.test/w").unwrap(), "https://b.test/w");
        assert_eq!(r("http://c.test:81/").unwrap(), "http://c.test:81/");
        assert_eq!(r("HTTPS://A.test:443/x").unwrap(), "https://a.test/x");
        assert!(r("ms-appx://foo").is_none());
    }

    #[test]
    fn redirects_never_downgrade() {
        let https = Target::parse("https://portal.test/").unwrap();
        let http_loop = Target::parse("http://127.0.0.1:9/").unwrap();
        let http_far = Target::parse("http://example.com/").unwrap();
        let other = Target::parse("https://login.test:8443/").unwrap();
        assert!(https.may_follow(&other).is_ok());
        assert!(https.may_follow(&http_loop).is_err());
        assert!(https.may_follow(&http_far).is_err());
        assert!(http_loop.may_follow(&http_loop).is_ok());
        assert!(http_loop.may_follow(&http_far).is_err());
        assert!(http_loop.may_follow(&other).is_ok());
    }
}
