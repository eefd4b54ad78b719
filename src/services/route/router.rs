//! One proxy decision per URL ([`Router::plan`]), in `core::proxy`'s order: the
//! policy's `[network] proxy`, the environment's variables, the system's settings
//! (manual proxies with their exceptions, a PAC file, automatic detection), directly.
//! The probes and every HTTP client (sign-in, Graph, Okta, the generic API, status
//! feeds) ask it; each answer is kept per scheme, host and port until the settings or
//! the PAC file change (the settings are read again after a minute, the PAC file when
//! its caching headers say).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use proxy_watch::{Host, ProxyConfig as SystemConfig, ProxyMode, ProxyStep, Url};

use mfa_ready_core::policy::Policy;
use mfa_ready_core::proxy::{ChosenBy, MAX_PAC_STEPS, PacTrouble, ProxyRule, Route, Source};

use super::env::{ProxyConfig, ProxyEndpoint, ProxyError, parse_proxy_url};
use super::pac::{self, PacFile};
use super::system::{Captured, OsSettings, SystemProxy};
use crate::services::http::HttpTimeouts;

/// A proxy that refused a connection is skipped for this long (the next in a PAC
/// answer's list is used), as browsers do.
pub const SKIP_FAILED_PROXY: Duration = Duration::from_secs(5 * 60);
/// The system's settings are read again when this old (a laptop moves between networks).
pub const SYSTEM_READ_AGE: Duration = Duration::from_secs(60);

/// One way to try, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hop {
    Direct,
    Proxy(ProxyEndpoint),
}

/// How a URL is reached: the ways to try, in order, and what chose them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// At least one.
    pub hops: Vec<Hop>,
    pub chosen_by: ChosenBy,
    /// The system's PAC file gave no answer (the hops are then: directly).
    pub pac_trouble: Option<PacTrouble>,
    /// What went wrong reading the settings or running the script (Details only).
    pub detail: Option<String>,
}

impl Plan {
    fn direct(chosen_by: ChosenBy) -> Self {
        Self {
            hops: vec![Hop::Direct],
            chosen_by,
            pac_trouble: None,
            detail: None,
        }
    }

    fn trouble(chosen_by: ChosenBy, trouble: PacTrouble, detail: Option<String>) -> Self {
        Self {
            pac_trouble: Some(trouble),
            detail,
            ..Self::direct(chosen_by)
        }
    }

    /// What is said about a request that went by `hop`.
    pub fn route(&self, hop: &Hop) -> Route {
        let mut r = match hop {
            Hop::Direct => Route {
                via: None,
                chosen_by: self.chosen_by,
                pac_trouble: None,
            },
            Hop::Proxy(p) => Route::through(&p.host_port(), self.chosen_by),
        };
        r.pac_trouble = self.pac_trouble;
        r
    }
}

#[derive(Default)]
struct State {
    /// The system's settings as last read, and when; `None`: not read yet.
    system: Option<(Result<SystemConfig, String>, Instant)>,
    pac: Option<PacFile>,
    /// Each answer, and until when it holds (an answer from a PAC file: while the
    /// file is fresh).
    plans: HashMap<(String, String, u16), (Plan, Option<Instant>)>,
    /// The proxy each HTTP client was last given, per scheme, host and port.
    handed_out: HashMap<(String, String, u16), ProxyEndpoint>,
    /// Proxies that refused a connection, and when.
    failed: HashMap<String, Instant>,
}

/// The decision maker.
pub struct Router {
    rule: ProxyRule,
    env: ProxyConfig,
    system: Arc<dyn SystemProxy>,
    timeouts: HttpTimeouts,
    state: Mutex<State>,
    /// Held while a PAC file is fetched: one fetch at a time.
    fetching: Mutex<()>,
}

/// One router is equal only to itself (settings compare by the router they share).
impl PartialEq for Router {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for Router {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Router")
            .field("rule", &std::mem::discriminant(&self.rule))
            .field("env", &self.env)
            .finish_non_exhaustive()
    }
}

impl Router {
    pub fn new(rule: ProxyRule, env: ProxyConfig, system: Arc<dyn SystemProxy>) -> Self {
        Self {
            rule,
            env,
            system,
            timeouts: HttpTimeouts {
                connect: Duration::from_secs(3),
                total: Duration::from_secs(5),
            },
            state: Mutex::new(State::default()),
            fetching: Mutex::new(()),
        }
    }

    /// The policy's rule, this process's environment and this machine's settings.
    pub fn from_policy(policy: &Policy) -> Self {
        Self::new(
            policy.network.proxy.clone(),
            ProxyConfig::from_env(),
            Arc::new(OsSettings),
        )
    }

    /// Only the given environment settings (no system proxy): the probes' settings
    /// before the system's were read, and tests.
    pub fn environment(env: ProxyConfig) -> Self {
        Self::new(ProxyRule::Automatic, env, Arc::new(Captured::direct()))
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The system's settings, read again when older than [`SYSTEM_READ_AGE`]; a change
    /// forgets the answers decided before.
    fn system_config(&self) -> Result<SystemConfig, String> {
        if let Some((read, at)) = &self.lock().system
            && at.elapsed() < SYSTEM_READ_AGE
        {
            return read.clone();
        }
        let read = self.system.read();
        let mut st = self.lock();
        if st.system.as_ref().map(|(r, _)| r) != Some(&read) {
            st.plans.clear();
        }
        st.system = Some((read.clone(), Instant::now()));
        read
    }

    /// The PAC file at `url`, fetched again when it is no longer fresh (one fetch at a
    /// time: others wait for it and take its result). Blocks while it is fetched, on a
    /// thread of its own, so this works inside and outside a runtime. Answers decided
    /// with an older script are forgotten only when the script's text changed.
    fn pac_file(&self, url: &Url) -> PacFile {
        let fresh = |st: &State| {
            st.pac
                .as_ref()
                .filter(|p| &p.url == url && p.is_fresh(Instant::now()))
                .cloned()
        };
        if let Some(p) = fresh(&self.lock()) {
            return p;
        }
        let _one_fetch = self
            .fetching
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(p) = fresh(&self.lock()) {
            return p;
        }
        let (u, timeouts) = (url.clone(), self.timeouts);
        let fetched = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map(|rt| rt.block_on(pac::fetch(&u, timeouts)))
        })
        .join();
        let file = match fetched {
            Ok(Ok(f)) => f,
            _ => PacFile {
                url: url.clone(),
                script: Err(PacTrouble::NotFetched),
                fresh_until: Instant::now() + pac::RETRY_AFTER_FAILURE,
                detail: Some("the PAC file could not be fetched".into()),
            },
        };
        if let Some(d) = &file.detail {
            tracing::info!(detail = %d, "the system's PAC file could not be used");
        }
        let mut st = self.lock();
        let same = st.pac.as_ref().is_some_and(|old| {
            old.url == file.url
                && match (&old.script, &file.script) {
                    (Ok(a), Ok(b)) => a.source() == b.source(),
                    (Err(a), Err(b)) => a == b,
                    _ => false,
                }
        });
        if !same {
            st.plans.clear();
        }
        st.pac = Some(file.clone());
        file
    }

    /// Notes that `proxy` refused a connection: it is skipped for a while.
    pub fn proxy_failed(&self, proxy: &ProxyEndpoint) {
        self.lock().failed.insert(proxy.host_port(), Instant::now());
    }

    /// The hops to try for `scheme://host:port`, those that failed lately moved last.
    /// May run the PAC file (at most its time limit): call [`Router::plan_blocking`]
    /// from async code.
    pub fn plan(&self, scheme: &str, host: &str, port: u16) -> Result<Plan, ProxyError> {
        let key = (scheme.to_owned(), host.to_ascii_lowercase(), port);
        if self.rule.order().contains(&Source::System) {
            // Re-read when stale: a change forgets the cached answers.
            let _ = self.system_config();
        }
        // Loopback never goes through a proxy, whatever any setting says (as browsers
        // do): a lab's sign-in and its token stay on this computer.
        if is_loopback_host(host) {
            return Ok(Plan::direct(ChosenBy::Loopback));
        }
        let now = Instant::now();
        let cached = self
            .lock()
            .plans
            .get(&key)
            .filter(|(_, until)| until.is_none_or(|u| now < u))
            .map(|(p, _)| p.clone());
        let mut plan = match cached {
            Some(p) => p,
            None => {
                let p = self.decide(scheme, host, port)?;
                // An answer from the PAC file lasts as long as the file is fresh.
                let until = match p.chosen_by {
                    ChosenBy::SystemPac => self.lock().pac.as_ref().map(|f| f.fresh_until),
                    _ => None,
                };
                self.lock().plans.insert(key, (p.clone(), until));
                p
            }
        };
        let st = self.lock();
        let failed_lately = |h: &Hop| match h {
            Hop::Proxy(p) => st
                .failed
                .get(&p.host_port())
                .is_some_and(|at| at.elapsed() < SKIP_FAILED_PROXY),
            Hop::Direct => false,
        };
        plan.hops.sort_by_key(failed_lately);
        Ok(plan)
    }

    /// [`Router::plan`] on a blocking thread.
    pub async fn plan_blocking(
        self: &Arc<Self>,
        scheme: &str,
        host: &str,
        port: u16,
    ) -> Result<Plan, ProxyError> {
        let me = Arc::clone(self);
        let (s, h) = (scheme.to_owned(), host.to_owned());
        match tokio::task::spawn_blocking(move || me.plan(&s, &h, port)).await {
            Ok(r) => r,
            Err(e) => {
                // The decision panicked: say so, and go directly as a failed PAC would.
                tracing::warn!(error = %e, "the proxy decision failed");
                Ok(Plan {
                    detail: Some(format!("the proxy decision failed: {e}")),
                    ..Plan::direct(ChosenBy::NotSet)
                })
            }
        }
    }

    /// The proxy URL an HTTP client uses for `url` (`None`: directly): the first way of
    /// its plan that has not failed lately. What it was given is remembered, so that a
    /// connection that fails through it ([`Router::client_failed`]) moves the next
    /// request to the next way.
    pub fn client_proxy(&self, url: &Url) -> Option<Url> {
        let (key, plan) = match url_key(url) {
            Some((scheme, host, port)) => match self.plan(&scheme, &host, port) {
                Ok(plan) => ((scheme, host, port), plan),
                Err(e) => {
                    tracing::warn!(error = %e, "unusable proxy setting; connecting directly");
                    return None;
                }
            },
            None => return None,
        };
        let mut st = self.lock();
        match plan.hops.first()? {
            Hop::Direct => {
                st.handed_out.remove(&key);
                None
            }
            Hop::Proxy(p) => {
                st.handed_out.insert(key, p.clone());
                p.client_url()
            }
        }
    }

    /// An HTTP client could not connect to `url`: the proxy it was given, if any, is
    /// skipped for a while.
    pub fn client_failed(&self, url: &Url) {
        let Some(key) = url_key(url) else { return };
        let given = self.lock().handed_out.get(&key).cloned();
        if let Some(p) = given {
            tracing::info!(proxy = %p.host_port(), "proxy unreachable; the next request takes the next way");
            self.proxy_failed(&p);
        }
    }

    fn decide(&self, scheme: &str, host: &str, port: u16) -> Result<Plan, ProxyError> {
        for source in self.rule.order() {
            match source {
                Source::Policy => return self.policy_plan(),
                Source::Environment => {
                    let configured = match scheme {
                        "https" => self.env.https_proxy.is_some(),
                        _ => self.env.http_proxy.is_some(),
                    };
                    if !configured {
                        continue;
                    }
                    return Ok(match self.env.proxy_for(scheme, host, port)? {
                        Some(p) => Plan {
                            hops: vec![Hop::Proxy(p)],
                            ..Plan::direct(ChosenBy::Environment)
                        },
                        None => Plan::direct(ChosenBy::Environment),
                    });
                }
                Source::System => return Ok(self.system_plan(scheme, host, port)),
            }
        }
        Ok(Plan::direct(ChosenBy::NotSet))
    }

    fn policy_plan(&self) -> Result<Plan, ProxyError> {
        match &self.rule {
            ProxyRule::Url(u) => Ok(Plan {
                hops: vec![Hop::Proxy(parse_proxy_url(u)?)],
                ..Plan::direct(ChosenBy::Policy)
            }),
            _ => Ok(Plan::direct(ChosenBy::PolicyNone)),
        }
    }

    fn system_plan(&self, scheme: &str, host: &str, port: u16) -> Plan {
        let config = match self.system_config() {
            Ok(c) => c,
            Err(e) => {
                return Plan {
                    detail: Some(format!("the system's proxy settings: {e}")),
                    ..Plan::direct(ChosenBy::NotSet)
                };
            }
        };
        let bracketed = if host.contains(':') {
            format!("[{host}]")
        } else {
            host.to_owned()
        };
        let Ok(url) = Url::parse(&format!("{scheme}://{bracketed}:{port}/")) else {
            return Plan::direct(ChosenBy::NotSet);
        };
        match &config.effective {
            ProxyMode::Direct => Plan::direct(ChosenBy::NotSet),
            ProxyMode::Manual { .. } => match proxy_watch::resolve(&config, &url) {
                Ok(steps) => hops_plan(&steps, ChosenBy::SystemSettings),
                Err(e) => Plan {
                    detail: Some(e.to_string()),
                    ..Plan::direct(ChosenBy::SystemSettings)
                },
            },
            ProxyMode::Pac { url: pac_url, .. } => match self.pac_file(pac_url) {
                PacFile {
                    script: Ok(script), ..
                } => run_pac(&script, &url),
                PacFile {
                    script: Err(t),
                    detail,
                    ..
                } => Plan::trouble(ChosenBy::SystemPac, t, detail),
            },
            ProxyMode::PacInline { script, .. } => {
                run_pac(&proxy_watch::pac::PacScript::new(script.clone()), &url)
            }
            ProxyMode::WpadAutoDetect => auto_detect(&config, &url),
            _ => Plan::direct(ChosenBy::NotSet),
        }
    }
}

fn run_pac(script: &proxy_watch::pac::PacScript, url: &Url) -> Plan {
    match pac::evaluate(script, url, &pac::policy()) {
        Ok(steps) => hops_plan(&steps, ChosenBy::SystemPac),
        Err((trouble, detail)) => Plan::trouble(ChosenBy::SystemPac, trouble, Some(detail)),
    }
}

/// WPAD is the operating system's to do: WinHTTP finds and runs the script.
#[cfg(windows)]
fn auto_detect(config: &SystemConfig, url: &Url) -> Plan {
    let resolved = proxy_watch::pac::WinHttpPacResolver::with_timeout(AUTO_DETECT_TIME_LIMIT)
        .map(|r| r.with_wpad(true))
        .and_then(|r| r.resolve_config(config, url));
    native_plan(resolved)
}

/// WPAD is the operating system's to do: CFNetwork finds and runs the script.
#[cfg(target_os = "macos")]
fn auto_detect(config: &SystemConfig, url: &Url) -> Plan {
    let resolved = proxy_watch::pac::CfNetworkPacResolver::with_timeout(AUTO_DETECT_TIME_LIMIT)
        .map(|r| r.with_wpad(true))
        .and_then(|r| r.resolve_config(config, url));
    native_plan(resolved)
}

/// Finding the script (DHCP, DNS) and running it, by the operating system.
#[cfg(any(windows, target_os = "macos"))]
const AUTO_DETECT_TIME_LIMIT: Duration = Duration::from_secs(5);

#[cfg(any(windows, target_os = "macos"))]
fn native_plan(resolved: Result<Vec<ProxyStep>, proxy_watch::Error>) -> Plan {
    match resolved {
        Ok(steps) => hops_plan(&steps, ChosenBy::SystemAutoDetect),
        Err(e) => {
            let trouble = match e {
                proxy_watch::Error::PacTimeout { .. } => PacTrouble::TimedOut,
                _ => PacTrouble::NotFetched,
            };
            Plan::trouble(ChosenBy::SystemAutoDetect, trouble, Some(e.to_string()))
        }
    }
}

/// Linux has no system service that finds a WPAD script; a browser there looks itself.
#[cfg(not(any(windows, target_os = "macos")))]
fn auto_detect(_: &SystemConfig, _: &Url) -> Plan {
    Plan::trouble(
        ChosenBy::SystemAutoDetect,
        PacTrouble::AutoDetectUnsupported,
        None,
    )
}

/// The steps we can take: directly and plain-http proxies (`PROXY`); HTTPS and SOCKS
/// proxies are left out (said in Details), at most [`MAX_PAC_STEPS`].
fn hops_plan(steps: &[ProxyStep], chosen_by: ChosenBy) -> Plan {
    let mut hops = Vec::new();
    let mut skipped = Vec::new();
    for step in steps.iter().take(MAX_PAC_STEPS) {
        match step {
            ProxyStep::Direct => hops.push(Hop::Direct),
            ProxyStep::Http(e) => {
                let host = match &e.host {
                    Host::Domain(d) => d.clone(),
                    Host::Ipv4(ip) => ip.to_string(),
                    Host::Ipv6(ip) => ip.to_string(),
                };
                let creds = e.auth.as_ref().map(|a| {
                    (
                        a.username().to_owned(),
                        a.password().unwrap_or_default().to_owned(),
                    )
                });
                hops.push(Hop::Proxy(ProxyEndpoint::new(&host, e.port, creds)));
            }
            other => skipped.push(other.scheme().unwrap_or("?").to_owned()),
        }
    }
    hops.dedup();
    let detail = (!skipped.is_empty()).then(|| {
        format!(
            "left out proxies MFA Ready cannot use: {}",
            skipped.join(", ")
        )
    });
    if hops.is_empty() {
        // Only HTTPS or SOCKS proxies: not "DIRECT" as the script said, so said apart.
        let trouble = (!skipped.is_empty()).then_some(PacTrouble::UnsupportedProxies);
        return Plan {
            detail,
            pac_trouble: trouble.filter(|_| chosen_by != ChosenBy::SystemSettings),
            ..Plan::direct(chosen_by)
        };
    }
    Plan {
        hops,
        chosen_by,
        pac_trouble: None,
        detail,
    }
}

/// Scheme, host (without IPv6 brackets) and port of a URL.
fn url_key(url: &Url) -> Option<(String, String, u16)> {
    let host = url
        .host_str()?
        .trim_matches(['[', ']'])
        .to_ascii_lowercase();
    Some((url.scheme().to_owned(), host, url.port_or_known_default()?))
}

fn is_loopback_host(host: &str) -> bool {
    let h = host.trim_matches(['[', ']']).to_ascii_lowercase();
    h == "localhost"
        || h.ends_with(".localhost")
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manual(server: &str, bypass: &str) -> Arc<dyn SystemProxy> {
        Arc::new(Captured(SystemConfig::from_source(
            proxy_watch::ProxyConfigSource::Registry,
            proxy_watch::parse::windows_manual(server, bypass),
        )))
    }

    fn env(https: &str) -> ProxyConfig {
        ProxyConfig {
            https_proxy: Some(https.into()),
            ..Default::default()
        }
    }

    fn via(plan: &Plan) -> Vec<String> {
        plan.hops
            .iter()
            .map(|h| match h {
                Hop::Direct => "DIRECT".to_owned(),
                Hop::Proxy(p) => p.host_port(),
            })
            .collect()
    }

    #[test]
    fn policy_then_environment_then_system_then_directly() {
        let system = manual("sys.corp:8080", "");
        let r = Router::new(
            ProxyRule::Url("http://it.corp:3128".into()),
            env("http://env.corp:1"),
            Arc::clone(&system),
        );
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(
            (via(&p), p.chosen_by),
            (vec!["it.corp:3128".into()], ChosenBy::Policy)
        );
        let p = r.plan("https", "127.0.0.1", 8443).unwrap();
        assert_eq!(via(&p), ["DIRECT"], "loopback never through IT's proxy");
        let r = Router::new(
            ProxyRule::Direct,
            env("http://env.corp:1"),
            Arc::clone(&system),
        );
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(
            (via(&p), p.chosen_by),
            (vec!["DIRECT".into()], ChosenBy::PolicyNone)
        );
        let r = Router::new(
            ProxyRule::Automatic,
            env("http://env.corp:1"),
            Arc::clone(&system),
        );
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(
            (via(&p), p.chosen_by),
            (vec!["env.corp:1".into()], ChosenBy::Environment)
        );
        // http has no environment proxy: the system's.
        let p = r.plan("http", "portal.example", 80).unwrap();
        assert_eq!(
            (via(&p), p.chosen_by),
            (vec!["sys.corp:8080".into()], ChosenBy::SystemSettings)
        );
        let r = Router::new(
            ProxyRule::System,
            env("http://env.corp:1"),
            Arc::clone(&system),
        );
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(
            (via(&p), p.chosen_by),
            (vec!["sys.corp:8080".into()], ChosenBy::SystemSettings)
        );
        let r = Router::environment(ProxyConfig::default());
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(
            (via(&p), p.chosen_by),
            (vec!["DIRECT".into()], ChosenBy::NotSet)
        );
        assert_eq!(p.route(&p.hops[0]).english(), "Directly: no proxy is set.");
    }

    #[test]
    fn a_proxy_that_failed_goes_last_and_clients_get_the_first() {
        let script =
            "function FindProxyForURL(u, h) { return 'PROXY a.corp:1; PROXY b.corp:2; DIRECT'; }";
        let system: Arc<dyn SystemProxy> = Arc::new(Captured(SystemConfig::from_source(
            proxy_watch::ProxyConfigSource::Registry,
            ProxyMode::pac_inline(script.into()),
        )));
        let r = Router::new(ProxyRule::Automatic, ProxyConfig::default(), system);
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(via(&p), ["a.corp:1", "b.corp:2", "DIRECT"]);
        assert_eq!(p.chosen_by, ChosenBy::SystemPac);
        let url = Url::parse("https://portal.example/x").unwrap();
        assert_eq!(
            r.client_proxy(&url).map(|u| u.to_string()).as_deref(),
            Some("http://a.corp:1/")
        );
        if let Hop::Proxy(a) = &p.hops[0] {
            r.proxy_failed(a);
        }
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(via(&p), ["b.corp:2", "DIRECT", "a.corp:1"]);
        assert_eq!(
            p.route(&p.hops[0]).english(),
            "Through b.corp:2, chosen by the system's PAC file."
        );
    }

    #[test]
    fn pac_trouble_falls_back_to_directly() {
        let system: Arc<dyn SystemProxy> = Arc::new(Captured(SystemConfig::from_source(
            proxy_watch::ProxyConfigSource::Registry,
            ProxyMode::pac_inline("function FindProxyForURL(u, h) { return 42 + nope; }".into()),
        )));
        let r = Router::new(ProxyRule::Automatic, ProxyConfig::default(), system);
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(via(&p), ["DIRECT"]);
        assert_eq!(p.pac_trouble, Some(PacTrouble::Failed));
        let wpad: Arc<dyn SystemProxy> = Arc::new(Captured(SystemConfig::from_source(
            proxy_watch::ProxyConfigSource::Registry,
            ProxyMode::WpadAutoDetect,
        )));
        let r = Router::new(ProxyRule::Automatic, ProxyConfig::default(), wpad);
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(p.chosen_by, ChosenBy::SystemAutoDetect);
        #[cfg(target_os = "linux")]
        assert_eq!(p.pac_trouble, Some(PacTrouble::AutoDetectUnsupported));
    }

    fn pac_system(script: &str) -> Arc<dyn SystemProxy> {
        Arc::new(Captured(SystemConfig::from_source(
            proxy_watch::ProxyConfigSource::Registry,
            ProxyMode::pac_inline(script.into()),
        )))
    }

    #[test]
    fn loopback_never_goes_through_a_proxy() {
        let all = "function FindProxyForURL(u, h) { return 'PROXY corp.example:8080'; }";
        let r = Router::new(
            ProxyRule::Automatic,
            env("http://env.corp:1"),
            pac_system(all),
        );
        let p = r.plan("https", "127.0.0.1", 8443).unwrap();
        assert_eq!(
            p.chosen_by,
            ChosenBy::Loopback,
            "not even the environment's"
        );
        let r = Router::new(
            ProxyRule::Automatic,
            ProxyConfig::default(),
            pac_system(all),
        );
        for host in ["127.0.0.1", "localhost", "::1", "[::1]", "login.localhost"] {
            let p = r.plan("http", host, 8080).unwrap();
            assert_eq!(
                (via(&p), p.chosen_by),
                (vec!["DIRECT".into()], ChosenBy::Loopback),
                "{host}"
            );
        }
        let url = Url::parse("http://127.0.0.1:9999/oauth2/v1/token").unwrap();
        assert_eq!(r.client_proxy(&url), None);
        let p = r.plan("https", "login.okta.com", 443).unwrap();
        assert_eq!(via(&p), ["corp.example:8080"]);
        let v6 = Url::parse("https://[2001:db8::1]/").unwrap();
        assert!(
            r.client_proxy(&v6).is_some(),
            "IPv6 literals get the PAC's answer too"
        );
    }

    #[test]
    fn a_client_that_could_not_connect_takes_the_next_way() {
        let script =
            "function FindProxyForURL(u, h) { return 'PROXY a.corp:1; PROXY b.corp:2; DIRECT'; }";
        let r = Router::new(
            ProxyRule::Automatic,
            ProxyConfig::default(),
            pac_system(script),
        );
        let url = Url::parse("https://contoso.okta.com/idp/myaccount/authenticators").unwrap();
        let first = r.client_proxy(&url).map(|u| u.to_string());
        assert_eq!(first.as_deref(), Some("http://a.corp:1/"));
        r.client_failed(&url);
        let next = r.client_proxy(&url).map(|u| u.to_string());
        assert_eq!(next.as_deref(), Some("http://b.corp:2/"));
        r.client_failed(&url);
        assert_eq!(r.client_proxy(&url), None, "then directly");
    }

    #[test]
    fn only_proxies_it_cannot_use_is_said_apart_from_direct() {
        let r = Router::new(
            ProxyRule::Automatic,
            ProxyConfig::default(),
            pac_system("function FindProxyForURL(u, h) { return 'SOCKS5 s.corp:1080'; }"),
        );
        let p = r.plan("https", "portal.example", 443).unwrap();
        assert_eq!(via(&p), ["DIRECT"]);
        assert_eq!(p.pac_trouble, Some(PacTrouble::UnsupportedProxies));
        assert!(p.detail.is_some_and(|d| d.contains("socks5")));
    }
}
