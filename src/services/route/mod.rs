//! Which proxy each request takes (issue 18): the one decision per URL that the probes
//! and every HTTP client follow, in `core::proxy`'s order (the policy's `[network]
//! proxy`, the environment's variables, the system's settings, directly).
//!
//! By concern: `env` (the proxy environment variables, `NO_PROXY`, proxy addresses;
//! credentials never shown), `system` (the operating system's settings through
//! `proxy-watch`, and captured Windows and macOS settings read the same way), `pac` (PAC
//! files: fetched, cached by their HTTP headers, run in a sandbox with a time limit),
//! `router` (the decision, kept per scheme, host and port).
//!
//! Children import each other, never this file: it only re-exports.

mod env;
mod pac;
mod router;
mod system;

use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use mfa_ready_core::policy::Policy;
use mfa_ready_core::proxy::ProxyRule;
use url::Url;

pub use env::{ProxyConfig, ProxyEndpoint, ProxyError, parse_proxy_url};
pub use pac::{MAX_PAC_BYTES, PAC_TIME_LIMIT, PacFile};
pub use router::{Hop, Plan, Router, SKIP_FAILED_PROXY, SYSTEM_READ_AGE};
pub use system::{Captured, OsSettings, SystemProxy, WindowsSettings, macos, windows};

/// The process's router and the rule it was made for.
type Installed = Option<(ProxyRule, Arc<Router>)>;

fn slot() -> &'static Mutex<Installed> {
    static SLOT: OnceLock<Mutex<Installed>> = OnceLock::new();
    SLOT.get_or_init(|| Mutex::new(None))
}

/// The router installed for this process, if any.
pub fn current() -> Option<Arc<Router>> {
    slot()
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
        .map(|(_, r)| Arc::clone(r))
}

/// An HTTP client could not connect to `url`: the proxy it was given is skipped for a
/// while, so the next request takes the next way of a PAC answer.
pub fn client_failed(url: &Url) {
    if let Some(r) = current() {
        r.client_failed(url);
    }
}

/// The process's router for this policy's rule (made once, then shared by the probes and
/// every HTTP client, so each URL has one decision): the policy's `[network] proxy`, this
/// process's environment and this machine's settings. HTTP clients ask whichever router
/// is installed when they connect, so a policy read again takes effect for them too.
pub fn for_policy(policy: &Policy) -> Arc<Router> {
    let mut slot = slot().lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((rule, router)) = slot.as_ref()
        && rule == &policy.network.proxy
    {
        return Arc::clone(router);
    }
    let router = Arc::new(Router::from_policy(policy));
    *slot = Some((policy.network.proxy.clone(), Arc::clone(&router)));
    drop(slot);
    crate::services::http::set_proxy_chooser(Arc::new(|url| {
        current().and_then(|r| r.client_proxy(url))
    }));
    router
}
