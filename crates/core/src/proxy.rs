//! The proxy the browser uses (issue 18), as facts: the organisation's rule
//! (`[network] proxy`), and for each URL which way it went and what chose it.
//!
//! The order is the one owner of "which proxy": the policy's `[network] proxy` (a URL,
//! `"system"` or `"none"`), then the proxy environment variables, then the operating
//! system's settings (manual proxies, a PAC file, auto-detection), then direct. The
//! services decide with it ([`Source::order`]); probes, sign-in, the enrollment
//! services and the status feeds all go the way it says. What was decided travels as
//! [`Route`]: stored with each probe, shown behind Details, in `probe --json` and in
//! reports, and worded by the reader's catalogue (`probe.ftl`, `route-*`).

use serde::{Deserialize, Serialize};

use mfa_ready_i18n::{Catalog, tr};

use crate::text;

/// `[network] proxy`: IT's override.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum ProxyRule {
    /// Not set: the environment's proxy variables, then the system's settings, then direct.
    #[default]
    Automatic,
    /// `"system"`: the operating system's settings only (the environment is not read).
    System,
    /// `"none"`: always direct.
    Direct,
    /// A proxy URL, `http://[user:password@]host:port`, for every request (loopback excepted).
    Url(String),
}

/// Debug output never shows the proxy's password.
impl std::fmt::Debug for ProxyRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Automatic => f.write_str("Automatic"),
            Self::System => f.write_str("System"),
            Self::Direct => f.write_str("Direct"),
            Self::Url(u) => f
                .debug_tuple("Url")
                .field(&crate::weburl::redact(u))
                .finish(),
        }
    }
}

/// As `policy show --json` writes it: never a password.
impl serde::Serialize for ProxyRule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Automatic => s.serialize_str("automatic"),
            Self::System => s.serialize_str("system"),
            Self::Direct => s.serialize_str("none"),
            Self::Url(u) => s.serialize_str(&crate::weburl::redact(u)),
        }
    }
}

/// Why a `[network] proxy` value is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProxyRuleError {
    #[error(
        "must be \"system\", \"none\" or a proxy address such as \"http://proxy.contoso.com:8080\""
    )]
    NotARule,
    #[error(
        "only http:// proxies are supported (the connection to the portal stays encrypted through it)"
    )]
    Scheme,
    #[error("a proxy address needs a port, e.g. \"http://proxy.contoso.com:8080\"")]
    NoPort,
}

impl ProxyRule {
    /// Reads a `[network] proxy` value.
    pub fn parse(value: &str) -> Result<Self, ProxyRuleError> {
        let v = value.trim();
        match v.to_ascii_lowercase().as_str() {
            "system" => return Ok(Self::System),
            "none" | "direct" => return Ok(Self::Direct),
            _ => {}
        }
        let url = url::Url::parse(v).map_err(|_| ProxyRuleError::NotARule)?;
        if url.scheme() != "http" {
            return Err(if url.has_host() {
                ProxyRuleError::Scheme
            } else {
                ProxyRuleError::NotARule
            });
        }
        if !url.has_host() || url.host_str().is_some_and(str::is_empty) {
            return Err(ProxyRuleError::NotARule);
        }
        if url.port().is_none() {
            return Err(ProxyRuleError::NoPort);
        }
        Ok(Self::Url(v.to_owned()))
    }

    /// The sources asked, in order, under this rule.
    pub fn order(&self) -> &'static [Source] {
        match self {
            Self::Automatic => &[Source::Environment, Source::System],
            Self::System => &[Source::System],
            Self::Direct | Self::Url(_) => &[Source::Policy],
        }
    }
}

/// One place a proxy setting can come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The policy's `[network] proxy`.
    Policy,
    /// `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`.
    Environment,
    /// The operating system's settings.
    System,
}

/// What chose the way a request went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChosenBy {
    /// The organisation's policy named a proxy.
    Policy,
    /// The organisation's policy said: no proxy.
    PolicyNone,
    /// The proxy environment variables (or their `NO_PROXY` list).
    Environment,
    /// The system's own proxy settings (manual proxies and their exceptions).
    SystemSettings,
    /// The system's proxy auto-configuration (PAC) file.
    SystemPac,
    /// The system's automatic proxy detection (WPAD).
    SystemAutoDetect,
    /// No proxy is set anywhere.
    NotSet,
    /// This computer's own address: never through a proxy.
    Loopback,
}

impl ChosenBy {
    pub const ALL: [ChosenBy; 8] = [
        Self::Policy,
        Self::PolicyNone,
        Self::Environment,
        Self::SystemSettings,
        Self::SystemPac,
        Self::SystemAutoDetect,
        Self::NotSet,
        Self::Loopback,
    ];

    /// Stable id (`probe --json`'s `proxy.chosen_by`, the catalogue's `route-by-*`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Policy => "policy",
            Self::PolicyNone => "policy_none",
            Self::Environment => "environment",
            Self::SystemSettings => "system_settings",
            Self::SystemPac => "system_pac",
            Self::SystemAutoDetect => "system_auto_detect",
            Self::NotSet => "not_set",
            Self::Loopback => "loopback",
        }
    }
}

/// Why the system's proxy script gave no answer (the request then went as a browser
/// goes without one: directly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PacTrouble {
    /// The script could not be downloaded.
    NotFetched,
    /// The script's address is not https, loopback http or a local file.
    NotAllowed,
    /// The script failed or answered something that is not a proxy list.
    Failed,
    /// The script ran longer than its time limit.
    TimedOut,
    /// Automatic detection is on, and this system leaves it to the browser.
    AutoDetectUnsupported,
    /// The script named only proxies MFA Ready cannot use (HTTPS or SOCKS proxies).
    UnsupportedProxies,
}

impl PacTrouble {
    pub const ALL: [PacTrouble; 6] = [
        Self::NotFetched,
        Self::NotAllowed,
        Self::Failed,
        Self::TimedOut,
        Self::AutoDetectUnsupported,
        Self::UnsupportedProxies,
    ];

    /// Stable id (`probe --json`'s `proxy.pac_trouble`, the catalogue's `route-pac-*`).
    pub fn id(self) -> &'static str {
        match self {
            Self::NotFetched => "not_fetched",
            Self::NotAllowed => "not_allowed",
            Self::Failed => "failed",
            Self::TimedOut => "timed_out",
            Self::AutoDetectUnsupported => "auto_detect_unsupported",
            Self::UnsupportedProxies => "unsupported_proxies",
        }
    }
}

/// The way one request went, and why.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Route {
    /// The proxy, `host:port` (never credentials); `None`: directly.
    pub via: Option<String>,
    pub chosen_by: ChosenBy,
    /// The system's proxy script did not answer; the request went directly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pac_trouble: Option<PacTrouble>,
}

impl Route {
    /// Directly, because nothing set a proxy.
    pub fn direct() -> Self {
        Self {
            via: None,
            chosen_by: ChosenBy::NotSet,
            pac_trouble: None,
        }
    }

    /// Through `host:port` (made one safe line: it may come from a script).
    pub fn through(host_port: &str, chosen_by: ChosenBy) -> Self {
        Self {
            via: Some(text::single_line_capped(host_port, 300)),
            chosen_by,
            pac_trouble: None,
        }
    }

    /// The English sentence (`probe --json`'s `proxy.said`, reports written before a
    /// language was chosen); the catalogue's `route-*` say the same, a test holds it.
    pub fn english(&self) -> String {
        let by = match self.chosen_by {
            ChosenBy::Policy => "set by your organisation",
            ChosenBy::PolicyNone => "as your organisation set",
            ChosenBy::Environment => "set in this session's environment",
            ChosenBy::SystemSettings => "chosen by the system's proxy settings",
            ChosenBy::SystemPac => "chosen by the system's PAC file",
            ChosenBy::SystemAutoDetect => "chosen by the system's automatic proxy detection",
            ChosenBy::NotSet | ChosenBy::Loopback => "no proxy is set",
        };
        let way = match (&self.via, self.chosen_by) {
            (Some(p), _) => format!("Through {p}, {by}."),
            (None, ChosenBy::NotSet) => "Directly: no proxy is set.".to_owned(),
            (None, ChosenBy::Loopback) => {
                "Directly: this computer's own address never goes through a proxy.".to_owned()
            }
            (None, _) => format!("Directly, {by}."),
        };
        match self.pac_trouble {
            None => way,
            Some(t) => format!("{way} {}", pac_trouble_english(t)),
        }
    }
}

fn pac_trouble_english(t: PacTrouble) -> &'static str {
    match t {
        PacTrouble::NotFetched => {
            "The system's proxy script could not be downloaded, so the browser's fallback was used: directly."
        }
        PacTrouble::NotAllowed => {
            "The system's proxy script is not at an https address or on this computer, so it was not used: directly."
        }
        PacTrouble::Failed => {
            "The system's proxy script failed, so the browser's fallback was used: directly."
        }
        PacTrouble::TimedOut => {
            "The system's proxy script took too long and was stopped, so the browser's fallback was used: directly."
        }
        PacTrouble::AutoDetectUnsupported => {
            "Automatic proxy detection is on, which MFA Ready cannot follow on this system: directly."
        }
        PacTrouble::UnsupportedProxies => {
            "The system's proxy script named only proxies MFA Ready cannot use: directly."
        }
    }
}

/// The way a request went, in `cat`'s language (`probe.ftl`): the window's Details,
/// the report. [`Route::english`] is the same sentence; a test keeps the two equal.
pub fn said(cat: &Catalog, r: &Route) -> String {
    let by = r.chosen_by.id();
    let way = match &r.via {
        Some(p) => tr!(cat, "route-via", proxy = p.as_str(), by = by),
        None => tr!(cat, "route-direct", by = by),
    };
    match r.pac_trouble {
        None => way,
        Some(t) => format!("{way} {}", tr!(cat, "route-pac-trouble", trouble = t.id())),
    }
}

/// How many proxies of a PAC answer are tried (`PROXY a; PROXY b; DIRECT`).
pub const MAX_PAC_STEPS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse() {
        assert_eq!(ProxyRule::parse(" system "), Ok(ProxyRule::System));
        assert_eq!(ProxyRule::parse("NONE"), Ok(ProxyRule::Direct));
        assert_eq!(
            ProxyRule::parse("http://proxy.contoso.com:8080"),
            Ok(ProxyRule::Url("http://proxy.contoso.com:8080".into()))
        );
        assert_eq!(
            ProxyRule::parse("http://u:p@127.0.0.1:3128/"),
            Ok(ProxyRule::Url("http://u:p@127.0.0.1:3128/".into()))
        );
        assert_eq!(
            ProxyRule::parse("socks5://p:1080"),
            Err(ProxyRuleError::Scheme)
        );
        assert_eq!(
            ProxyRule::parse("https://p:443"),
            Err(ProxyRuleError::Scheme)
        );
        assert_eq!(
            ProxyRule::parse("http://proxy.contoso.com"),
            Err(ProxyRuleError::NoPort)
        );
        for bad in ["", "auto", "proxy:8080x", "http://:8080"] {
            assert!(ProxyRule::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            ProxyRule::Automatic.order(),
            &[Source::Environment, Source::System]
        );
        assert_eq!(ProxyRule::System.order(), &[Source::System]);
        assert_eq!(ProxyRule::Direct.order(), &[Source::Policy]);
    }

    #[test]
    fn routes_say_the_way_and_why() {
        assert_eq!(
            Route::through("proxy.contoso.com:8080", ChosenBy::SystemPac).english(),
            "Through proxy.contoso.com:8080, chosen by the system's PAC file."
        );
        assert_eq!(Route::direct().english(), "Directly: no proxy is set.");
        let failed = Route {
            via: None,
            chosen_by: ChosenBy::SystemPac,
            pac_trouble: Some(PacTrouble::TimedOut),
        };
        assert!(failed.english().starts_with(
            "Directly, chosen by the system's PAC file. The system's proxy script took too long"
        ));
        let json = serde_json::to_string(&Route::direct()).unwrap_or_default();
        assert_eq!(json, r#"{"via":null,"chosen_by":"not_set"}"#);
        let ids: Vec<_> = ChosenBy::ALL.iter().map(|c| c.id()).collect();
        for (c, id) in ChosenBy::ALL.iter().zip(&ids) {
            let v = serde_json::to_value(c).unwrap_or_default();
            assert_eq!(v.as_str(), Some(*id));
        }
        for t in PacTrouble::ALL {
            let v = serde_json::to_value(t).unwrap_or_default();
            assert_eq!(v.as_str(), Some(t.id()));
        }
        let rule = ProxyRule::parse("http://ops:s3cret@proxy.contoso.com:8080").unwrap();
        assert!(!format!("{rule:?}").contains("s3cret"), "{rule:?}");
        assert!(format!("{rule:?}").contains("proxy.contoso.com:8080"));
        assert!(
            Route::through("a\u{202e}b:1", ChosenBy::Policy)
                .via
                .is_some_and(|v| !v.contains('\u{202e}'))
        );
    }

    /// Every way and every trouble: the English catalogue says what `english` says, and
    /// every language has a sentence of its own for each.
    #[test]
    fn the_catalogue_says_what_english_says() {
        use mfa_ready_i18n::{Catalog, Lang};
        let en = Catalog::new(Lang::En);
        let mut routes = Vec::new();
        for by in ChosenBy::ALL {
            routes.push(Route::through("proxy.contoso.com:8080", by));
            routes.push(Route {
                via: None,
                chosen_by: by,
                pac_trouble: None,
            });
        }
        for t in PacTrouble::ALL {
            routes.push(Route {
                via: None,
                chosen_by: ChosenBy::SystemPac,
                pac_trouble: Some(t),
            });
        }
        for r in &routes {
            assert_eq!(said(&en, r), r.english(), "{r:?}");
        }
        for lang in Lang::ALL {
            let cat = Catalog::new(lang);
            for r in &routes {
                let s = said(&cat, r);
                assert!(!s.contains("route-"), "{lang:?}: {s}");
                if let Some(p) = &r.via {
                    assert!(s.contains(p.as_str()), "{lang:?}: {s}");
                }
            }
        }
    }
}
