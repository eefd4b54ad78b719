//! The proxy the browser uses (issue 18), over real loopback sockets: a forward proxy
//! (`CONNECT` and absolute-form) that alone knows the portal's name, a PAC file served on
//! 127.0.0.1, and GNOME's settings set with `gsettings` in a private D-Bus session.
//!
//! The portal is `*.only-via-proxy.test`: `.test` never resolves (RFC 6761), so reaching
//! it proves the request went through the proxy, and not reaching it proves it did not.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::sync::Arc;
use std::time::{Duration, Instant};

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::faultserver::{FaultServer, ProxyMode, ProxyServer, TestCa};
use mfa_ready::services::http::{self, HttpTimeouts};
use mfa_ready::services::probe::{PortalTarget, ProbeConfig, Prober};
use mfa_ready::services::route::{Captured, ProxyConfig, Router};
use mfa_ready_core::proxy::{ChosenBy, PacTrouble, ProxyRule};

const PORTAL: &str = "portal.only-via-proxy.test";

async fn pac_server(script: String) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/proxy.pac"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Content-Type", "application/x-ns-proxy-autoconfig")
                .insert_header("Cache-Control", "max-age=300")
                .set_body_string(script),
        )
        .mount(&server)
        .await;
    server
}

fn pac_router(pac_url: &str) -> Arc<Router> {
    let config = proxy_watch::ProxyConfig::from_source(
        proxy_watch::ProxyConfigSource::GSettings,
        proxy_watch::ProxyMode::pac(proxy_watch::Url::parse(pac_url).unwrap()),
    );
    Arc::new(Router::new(
        ProxyRule::Automatic,
        ProxyConfig::default(),
        Arc::new(Captured(config)),
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pac_file_sends_the_portal_through_the_proxy_and_direct_hosts_past_it() {
    let ca = TestCa::new();
    let srv = FaultServer::tls(&ca.leaf(&[PORTAL, "direct.only-via-proxy.test"], false)).await;
    let proxy = ProxyServer::start(ProxyMode::Forward(srv.addr, None)).await;
    let dir = tempfile::tempdir().unwrap();
    let pem = ca.write_pem(dir.path());
    let pac = pac_server(format!(
        "function FindProxyForURL(url, host) {{
            if (dnsDomainIs(host, 'direct.only-via-proxy.test')) return 'DIRECT';
            if (shExpMatch(host, '*.only-via-proxy.test'))
                return 'PROXY 127.0.0.1:1; PROXY {}; DIRECT';
            return 'DIRECT';
        }}",
        proxy.addr
    ))
    .await;
    let router = pac_router(&format!("{}/proxy.pac", pac.uri()));
    let prober = Prober::new(ProbeConfig {
        extra_root_certs: vec![pem],
        router: Arc::clone(&router),
        connectivity_checks: Vec::new(),
        ..ProbeConfig::default()
    });
    let r = prober
        .probe(&PortalTarget::new(
            "Portal",
            format!("https://{PORTAL}:443/ok"),
        ))
        .await;
    assert_eq!(r.outcome.as_str(), "healthy", "{}", r.technical);
    let route = r.proxy.clone().unwrap();
    assert_eq!(route.chosen_by, ChosenBy::SystemPac);
    assert_eq!(route.via.as_deref(), Some(proxy.addr.to_string().as_str()));
    assert_eq!(
        route.english(),
        format!("Through {}, chosen by the system's PAC file.", proxy.addr)
    );
    assert_eq!(
        proxy.connects.lock().unwrap().as_slice(),
        [format!("{PORTAL}:443")],
        "the first proxy (port 1) refused; the second was used"
    );
    assert!(
        r.technical.contains("proxy_chosen_by=system_pac"),
        "{}",
        r.technical
    );
    // The PAC file was fetched once and kept (Cache-Control: max-age=300).
    let again = prober
        .probe(&PortalTarget::new(
            "Portal",
            format!("https://{PORTAL}:443/ok"),
        ))
        .await;
    assert_eq!(again.outcome.as_str(), "healthy");
    assert_eq!(pac.received_requests().await.unwrap().len(), 1);

    // DIRECT for this one: not through the proxy, so its name does not resolve.
    let before = proxy.connects.lock().unwrap().len();
    let d = prober
        .probe(&PortalTarget::new(
            "Direct",
            "https://direct.only-via-proxy.test/ok".to_owned(),
        ))
        .await;
    assert_ne!(d.outcome.as_str(), "healthy");
    let route = d.proxy.unwrap();
    assert_eq!((route.via, route.chosen_by), (None, ChosenBy::SystemPac));
    assert_eq!(proxy.connects.lock().unwrap().len(), before);
}

/// `Cache-Control: no-cache` (common on PAC servers) is not a download per new host:
/// the file is kept a minute at least, and answers for several hosts share it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_no_cache_pac_file_is_fetched_once_for_several_hosts() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/proxy.pac"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Cache-Control", "no-cache")
                .set_body_string("function FindProxyForURL(u, h) { return 'PROXY p.corp:3128'; }"),
        )
        .mount(&server)
        .await;
    let router = pac_router(&format!("{}/proxy.pac", server.uri()));
    let r2 = Arc::clone(&router);
    let hosts = tokio::task::spawn_blocking(move || {
        ["a.example", "b.example", "c.example", "a.example"]
            .iter()
            .map(|h| r2.plan("https", h, 443).unwrap().chosen_by)
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    assert!(hosts.iter().all(|c| *c == ChosenBy::SystemPac), "{hosts:?}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pac_file_that_loops_forever_is_stopped_and_the_request_goes_directly() {
    let pac = pac_server("function FindProxyForURL(u, h) { while (true) {} }".into()).await;
    let router = pac_router(&format!("{}/proxy.pac", pac.uri()));
    let prober = Prober::new(ProbeConfig {
        router,
        connectivity_checks: Vec::new(),
        ..ProbeConfig::default()
    });
    let started = Instant::now();
    let r = prober
        .probe(&PortalTarget::new("Portal", format!("https://{PORTAL}/ok")))
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "{:?}",
        started.elapsed()
    );
    let route = r.proxy.unwrap();
    assert_eq!(route.pac_trouble, Some(PacTrouble::TimedOut));
    assert_eq!(route.via, None);
    assert!(
        route.english().contains("took too long"),
        "{}",
        route.english()
    );

    // A PAC file that cannot be fetched: directly, and said so.
    let router = pac_router("http://127.0.0.1:1/proxy.pac");
    let plan = router.plan("https", PORTAL, 443).unwrap();
    assert_eq!(plan.pac_trouble, Some(PacTrouble::NotFetched));
    // Not https, not loopback: refused without being fetched.
    let router = pac_router("http://wpad.example/proxy.pac");
    let plan = router.plan("https", PORTAL, 443).unwrap();
    assert_eq!(plan.pac_trouble, Some(PacTrouble::NotAllowed));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn absolute_form_through_a_proxy_with_basic_credentials_and_a_plain_407_without() {
    let srv = FaultServer::plain().await;
    // "Basic dXNlcjpwQHNz" is user:p@ss.
    let proxy = ProxyServer::start(ProxyMode::Forward(srv.addr, Some("Basic dXNlcjpwQHNz"))).await;
    let target = PortalTarget::new("Plain", format!("http://{PORTAL}:8080/ok"));
    let with = |https: Option<String>, http: String| {
        Prober::new(ProbeConfig {
            router: Arc::new(Router::environment(ProxyConfig {
                https_proxy: https,
                http_proxy: Some(http),
                no_proxy: Vec::new(),
            })),
            connectivity_checks: Vec::new(),
            ..ProbeConfig::default()
        })
    };
    let r = with(None, format!("http://user:p%40ss@{}", proxy.addr))
        .probe(&target)
        .await;
    assert_eq!(r.outcome.as_str(), "healthy", "{}", r.technical);
    assert_eq!(r.proxy.unwrap().chosen_by, ChosenBy::Environment);
    assert_eq!(
        proxy.connects.lock().unwrap().last().unwrap(),
        &format!("http://{PORTAL}:8080/ok"),
        "absolute-form"
    );
    let r = with(None, format!("http://{}", proxy.addr))
        .probe(&target)
        .await;
    assert_eq!(r.outcome.as_str(), "proxy_auth_required", "{}", r.technical);
    assert!(
        r.explanation.to_lowercase().contains("proxy"),
        "{}",
        r.explanation
    );

    // The HTTP clients (sign-in, Graph, Okta, the generic API) go the same way: IT's
    // proxy with its credentials, from the policy.
    let router = Arc::new(Router::new(
        ProxyRule::Url(format!("http://user:p%40ss@{}", proxy.addr)),
        ProxyConfig::default(),
        Arc::new(Captured::direct()),
    ));
    let chooser = Arc::clone(&router);
    let client = http::http_client_via(
        HttpTimeouts::default(),
        true,
        Some(Arc::new(move |u| chooser.client_proxy(u))),
    )
    .unwrap();
    let resp = client
        .get(format!("http://{PORTAL}:8080/ok"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.text().await.unwrap(), "ok");
}

/// GNOME's settings, on a private session bus.
#[cfg(target_os = "linux")]
mod gnome {
    use std::path::Path;
    use std::process::{Command, Output};

    use serde_json::Value;

    use super::*;

    /// A private session bus with dconf, for `gsettings` and the binary alike.
    struct SessionBus {
        child: std::process::Child,
        address: String,
        config_home: tempfile::TempDir,
    }

    impl Drop for SessionBus {
        fn drop(&mut self) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }

    impl SessionBus {
        fn start() -> Self {
            use std::io::BufRead;
            let config_home = tempfile::tempdir().unwrap();
            let mut child = Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .env("XDG_CONFIG_HOME", config_home.path())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("dbus-daemon (dist/setup-debian.sh installs dbus)");
            let mut line = String::new();
            std::io::BufReader::new(child.stdout.take().unwrap())
                .read_line(&mut line)
                .unwrap();
            Self {
                child,
                address: line.trim().to_owned(),
                config_home,
            }
        }

        fn env(&self) -> Vec<(&'static str, String)> {
            vec![
                ("DBUS_SESSION_BUS_ADDRESS", self.address.clone()),
                (
                    "XDG_CONFIG_HOME",
                    self.config_home.path().display().to_string(),
                ),
                ("GSETTINGS_BACKEND", "dconf".into()),
            ]
        }

        fn gsettings(&self, args: &[&str]) {
            let out = Command::new("gsettings")
                .args(args)
                .envs(self.env())
                .output()
                .expect("gsettings (dist/setup-debian.sh installs libglib2.0-bin)");
            assert!(
                out.status.success(),
                "gsettings {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }

    /// A policy with the one portal only the proxy can reach, trusting `pem`, plus `extra`.
    fn portal_policy(dir: &Path, pem: &Path, extra: &str) -> std::path::PathBuf {
        let p = dir.join(format!("policy-{}.toml", extra.len()));
        std::fs::write(
            &p,
            format!(
                "schema = 1\norganization = \"Lab\"\nprovider = \"custom\"\nstatus_feed = []\n\
                 connectivity_check = []\nextra_root_certs = [{:?}]\n\n\
                 [[portal]]\nname = \"Portal\"\nurl = \"https://{PORTAL}/ok\"\ntimeout_ms = 8000\n{extra}",
                pem.display().to_string()
            ),
        )
        .unwrap();
        p
    }

    fn probe_json(policy: &Path, data: &Path, env: &[(&'static str, String)]) -> (Output, Value) {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_mfa-ready"));
        cmd.args(["probe", "--json", "--policy"])
            .arg(policy)
            .arg("--data-dir")
            .arg(data)
            .env_remove("MFA_READY_POLICY")
            .env_remove("MFA_READY_NOW");
        for v in [
            "HTTPS_PROXY",
            "https_proxy",
            "HTTP_PROXY",
            "http_proxy",
            "NO_PROXY",
            "no_proxy",
        ] {
            cmd.env_remove(v);
        }
        cmd.envs(env.iter().map(|(k, v)| (k, v)));
        let out = cmd.output().unwrap();
        let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        (out, v)
    }

    /// `mfa-ready probe` reaches the portal through the proxy GNOME's settings choose: the
    /// PAC file (`mode = auto`), then manual settings; the environment's variables win over
    /// them, and IT's `proxy = "none"` over everything.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_command_line_follows_gnome_settings_the_environment_and_the_policy() {
        let ca = TestCa::new();
        let srv = FaultServer::tls(&ca.leaf(&[PORTAL], false)).await;
        let proxy = ProxyServer::start(ProxyMode::Forward(srv.addr, None)).await;
        let pac = pac_server(format!(
            "function FindProxyForURL(url, host) {{ return isPlainHostName(host) ? 'DIRECT' : 'PROXY {}'; }}",
            proxy.addr
        ))
        .await;
        let dir = tempfile::tempdir().unwrap();
        let pem = ca.write_pem(dir.path());
        let policy = |extra: &str| portal_policy(dir.path(), &pem, extra);
        let automatic = policy("");
        let bus = SessionBus::start();
        bus.gsettings(&["set", "org.gnome.system.proxy", "mode", "auto"]);
        bus.gsettings(&[
            "set",
            "org.gnome.system.proxy",
            "autoconfig-url",
            &format!("{}/proxy.pac", pac.uri()),
        ]);
        let (out, v) = probe_json(&automatic, &dir.path().join("d1"), &bus.env());
        let portal = &v["portals"][0];
        assert_eq!(
            portal["outcome"],
            "healthy",
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(portal["proxy"]["chosen_by"], "system_pac");
        assert_eq!(portal["proxy"]["via"], proxy.addr.to_string());
        assert_eq!(out.status.code(), Some(0));
        let stored: String = rusqlite::Connection::open(dir.path().join("d1/mfa-ready.sqlite3"))
            .unwrap()
            .query_row("SELECT route FROM probe_results", [], |r| r.get(0))
            .unwrap();
        assert!(stored.contains("system_pac"), "{stored}");

        // Manual settings.
        let (host, port) = (proxy.addr.ip().to_string(), proxy.addr.port().to_string());
        bus.gsettings(&["set", "org.gnome.system.proxy", "mode", "manual"]);
        bus.gsettings(&["set", "org.gnome.system.proxy.https", "host", &host]);
        bus.gsettings(&["set", "org.gnome.system.proxy.https", "port", &port]);
        let (_, v) = probe_json(&automatic, &dir.path().join("d2"), &bus.env());
        assert_eq!(v["portals"][0]["outcome"], "healthy", "{v}");
        assert_eq!(v["portals"][0]["proxy"]["chosen_by"], "system_settings");

        // The environment comes before the system: its NO_PROXY sends the portal directly.
        let mut env = bus.env();
        env.push(("HTTPS_PROXY", format!("http://{}", proxy.addr)));
        env.push(("NO_PROXY", ".only-via-proxy.test".into()));
        let (_, v) = probe_json(&automatic, &dir.path().join("d3"), &env);
        assert_ne!(v["portals"][0]["outcome"], "healthy", "{v}");
        assert_eq!(v["portals"][0]["proxy"]["chosen_by"], "environment");
        assert!(v["portals"][0]["proxy"]["via"].is_null());

        // IT's "none" over everything.
        let none = policy("\n[network]\nproxy = \"none\"\n");
        let mut env = bus.env();
        env.push(("HTTPS_PROXY", format!("http://{}", proxy.addr)));
        let before = proxy.connects.lock().unwrap().len();
        let (_, v) = probe_json(&none, &dir.path().join("d4"), &env);
        assert_ne!(v["portals"][0]["outcome"], "healthy", "{v}");
        assert_eq!(v["portals"][0]["proxy"]["chosen_by"], "policy_none");
        assert_eq!(proxy.connects.lock().unwrap().len(), before);
    }

    /// KDE's `kioslaverc` (Plasma's proxy settings), read when the desktop is KDE.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_command_line_follows_kde_settings() {
        let ca = TestCa::new();
        let srv = FaultServer::tls(&ca.leaf(&[PORTAL], false)).await;
        let proxy = ProxyServer::start(ProxyMode::Forward(srv.addr, None)).await;
        let dir = tempfile::tempdir().unwrap();
        let pem = ca.write_pem(dir.path());
        let policy = portal_policy(dir.path(), &pem, "");
        let config = tempfile::tempdir().unwrap();
        std::fs::write(
            config.path().join("kioslaverc"),
            format!(
                "[Proxy Settings]\nProxyType=1\nhttpsProxy=http://{} {}\nNoProxyFor=localhost,127.0.0.1\n",
                proxy.addr.ip(),
                proxy.addr.port()
            ),
        )
        .unwrap();
        let env = vec![
            ("XDG_CURRENT_DESKTOP", "KDE".to_owned()),
            ("XDG_CONFIG_HOME", config.path().display().to_string()),
            (
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent".to_owned(),
            ),
        ];
        let (out, v) = probe_json(&policy, &dir.path().join("data"), &env);
        let portal = &v["portals"][0];
        assert_eq!(
            portal["outcome"],
            "healthy",
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(portal["proxy"]["chosen_by"], "system_settings");
        assert_eq!(portal["proxy"]["via"], proxy.addr.to_string());
    }
}
