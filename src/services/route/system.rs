//! The operating system's proxy settings, behind [`SystemProxy`]: [`OsSettings`] reads
//! them with `proxy-watch` (Windows WinINET per user, macOS SystemConfiguration, GNOME's
//! `org.gnome.system.proxy` through GSettings, KDE's `kioslaverc`); [`Captured`] holds
//! settings captured on a machine, read by the same rules ([`windows`], [`macos`]), so
//! the decision on each platform is tested here.

use std::collections::HashMap;

use proxy_watch::{ProxyConfig as SystemConfig, ProxyConfigSource, ProxyMode, Url};

/// Reads the system's proxy settings.
pub trait SystemProxy: Send + Sync {
    /// The settings in force, or why they could not be read (then: directly).
    fn read(&self) -> Result<SystemConfig, String>;
}

/// The settings of the machine this runs on.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsSettings;

impl SystemProxy for OsSettings {
    fn read(&self) -> Result<SystemConfig, String> {
        proxy_watch::read().map_err(|e| e.to_string())
    }
}

/// Settings captured elsewhere (tests), or none at all.
#[derive(Debug, Clone)]
pub struct Captured(pub SystemConfig);

impl Captured {
    /// No system proxy.
    pub fn direct() -> Self {
        Self(SystemConfig::direct())
    }
}

impl SystemProxy for Captured {
    fn read(&self) -> Result<SystemConfig, String> {
        Ok(self.0.clone())
    }
}

/// Windows' per-user Internet settings as `reg query "HKCU\Software\Microsoft\Windows\
/// CurrentVersion\Internet Settings"` shows them, and `AutoDetect` from the
/// `DefaultConnectionSettings` flags. As WinINET orders them: automatic detection, then the
/// configuration script, then the manual proxy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WindowsSettings {
    pub proxy_enable: bool,
    pub proxy_server: String,
    pub proxy_override: String,
    pub auto_config_url: Option<String>,
    pub auto_detect: bool,
}

/// The decision's input from captured Windows settings.
pub fn windows(s: &WindowsSettings) -> SystemConfig {
    let mode = if s.auto_detect {
        ProxyMode::WpadAutoDetect
    } else if let Some(url) = s
        .auto_config_url
        .as_deref()
        .and_then(|u| Url::parse(u.trim()).ok())
    {
        ProxyMode::pac(url)
    } else if s.proxy_enable && !s.proxy_server.trim().is_empty() {
        proxy_watch::parse::windows_manual(&s.proxy_server, &s.proxy_override)
    } else {
        ProxyMode::Direct
    };
    SystemConfig::from_source(ProxyConfigSource::Registry, mode)
}

/// macOS' `scutil --proxy` output (the dictionary SystemConfiguration keeps for the
/// current network service), read by the keys CFNetwork reads: automatic discovery, the
/// configuration script, then the HTTPS and HTTP proxies with `ExceptionsList`.
pub fn macos(scutil: &str) -> SystemConfig {
    let (keys, exceptions) = scutil_dictionary(scutil);
    let on = |k: &str| keys.get(k).is_some_and(|v| v == "1");
    let mode = if on("ProxyAutoDiscoveryEnable") {
        ProxyMode::WpadAutoDetect
    } else if let Some(url) = on("ProxyAutoConfigEnable")
        .then(|| keys.get("ProxyAutoConfigURLString"))
        .flatten()
        .and_then(|u| Url::parse(u).ok())
    {
        ProxyMode::pac(url)
    } else {
        let mut server = Vec::new();
        for (scheme, key) in [("https", "HTTPS"), ("http", "HTTP")] {
            if on(&format!("{key}Enable"))
                && let Some(host) = keys.get(&format!("{key}Proxy"))
            {
                let port = keys.get(&format!("{key}Port")).map_or("80", String::as_str);
                server.push(format!("{scheme}={host}:{port}"));
            }
        }
        if server.is_empty() {
            ProxyMode::Direct
        } else {
            let mut bypass = exceptions.join(";");
            if on("ExcludeSimpleHostnames") {
                bypass.push_str(";<local>");
            }
            proxy_watch::parse::windows_manual(&server.join(";"), &bypass)
        }
    };
    SystemConfig::from_source(ProxyConfigSource::SystemConfigurationState, mode)
}

/// The flat keys of a `scutil --proxy` dictionary and its `ExceptionsList` entries.
fn scutil_dictionary(text: &str) -> (HashMap<String, String>, Vec<String>) {
    let mut keys = HashMap::new();
    let mut exceptions = Vec::new();
    let mut in_exceptions = false;
    for line in text.lines() {
        let line = line.trim();
        if in_exceptions {
            if line.starts_with('}') {
                in_exceptions = false;
            } else if let Some((_, v)) = line.split_once(" : ") {
                exceptions.push(v.trim().to_owned());
            }
            continue;
        }
        let Some((k, v)) = line.split_once(" : ") else {
            continue;
        };
        let (k, v) = (k.trim(), v.trim());
        if v.starts_with("<array>") {
            in_exceptions = k == "ExceptionsList";
        } else {
            keys.insert(k.to_owned(), v.to_owned());
        }
    }
    (keys, exceptions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_proxy(config: &SystemConfig, url: &str) -> Option<String> {
        let steps = proxy_watch::resolve(config, &Url::parse(url).unwrap()).unwrap();
        steps
            .first()
            .and_then(|s| s.endpoint())
            .map(|e| e.authority())
    }

    #[test]
    fn windows_settings_in_wininet_order() {
        // Captured from `reg query` on a Windows 11 client behind a corporate proxy.
        let manual = WindowsSettings {
            proxy_enable: true,
            proxy_server: "http=proxy.contoso.com:8080;https=proxy.contoso.com:8080".into(),
            proxy_override: "*.contoso.com;<local>".into(),
            ..Default::default()
        };
        let c = windows(&manual);
        assert_eq!(
            first_proxy(&c, "https://mysignins.microsoft.com/").as_deref(),
            Some("proxy.contoso.com:8080")
        );
        assert_eq!(first_proxy(&c, "https://intranet.contoso.com/"), None);
        assert_eq!(first_proxy(&c, "https://printer/"), None, "<local>");
        let pac = WindowsSettings {
            auto_config_url: Some("https://wpad.contoso.com/proxy.pac".into()),
            ..manual.clone()
        };
        assert!(matches!(windows(&pac).effective, ProxyMode::Pac { .. }));
        let detect = WindowsSettings {
            auto_detect: true,
            ..pac
        };
        assert_eq!(windows(&detect).effective, ProxyMode::WpadAutoDetect);
        let off = WindowsSettings {
            proxy_enable: false,
            ..manual
        };
        assert_eq!(windows(&off).effective, ProxyMode::Direct);
    }

    #[test]
    fn macos_scutil_output() {
        // `scutil --proxy` on macOS 14 with an HTTPS proxy and exceptions.
        let manual = "<dictionary> {
  ExceptionsList : <array> {
    0 : *.local
    1 : 169.254/16
    2 : *.contoso.com
  }
  ExcludeSimpleHostnames : 1
  FTPPassive : 1
  HTTPEnable : 0
  HTTPSEnable : 1
  HTTPSPort : 3128
  HTTPSProxy : proxy.contoso.com
}";
        let c = macos(manual);
        assert_eq!(
            first_proxy(&c, "https://login.okta.com/").as_deref(),
            Some("proxy.contoso.com:3128")
        );
        assert_eq!(first_proxy(&c, "https://wiki.contoso.com/"), None);
        assert_eq!(first_proxy(&c, "http://plain.example/"), None, "HTTP off");
        let pac = "<dictionary> {
  HTTPEnable : 0
  ProxyAutoConfigEnable : 1
  ProxyAutoConfigURLString : https://pac.contoso.com/proxy.pac
}";
        match macos(pac).effective {
            ProxyMode::Pac { url, .. } => {
                assert_eq!(url.as_str(), "https://pac.contoso.com/proxy.pac");
            }
            other => panic!("{other:?}"),
        }
        let wpad = "<dictionary> {\n  ProxyAutoDiscoveryEnable : 1\n}";
        assert_eq!(macos(wpad).effective, ProxyMode::WpadAutoDetect);
        assert_eq!(macos("<dictionary> {\n}").effective, ProxyMode::Direct);
    }
}
