//! What the latest probe results say per host (for circuit breakers and "tell me
//! when it's back"), and the overview's one line.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::observation::{Outcome, Severity};
use crate::weburl::host_key;

/// The host a redirect chain ended on, when it is not the portal's own host
/// (compared by [`host_key`]). `None` without a redirect to another host.
pub fn redirected_host(url: &str, chain: &[String]) -> Option<String> {
    let last = chain.last().filter(|_| chain.len() > 1)?;
    let to = host_key(last)?;
    (host_key(url).as_deref() != Some(to.as_str())).then_some(to)
}

/// The URL whose host a probe result speaks about: the portal's own URL, except
/// when the probe failed on a host a redirect led to, which is then the one
/// failing (the portal's host answered with the redirect).
pub fn judged_url<'a>(url: &'a str, chain: &'a [String], outcome: Outcome) -> &'a str {
    match chain.last() {
        Some(last) if !outcome.is_healthy() && redirected_host(url, chain).is_some() => last,
        _ => url,
    }
}

/// What a probe outcome says about the portal's *host*, for a circuit breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HostSignal {
    /// The host answered usably (healthy or slow).
    Healthy,
    /// Nothing can be concluded about the host: the problem is on the user's side
    /// (offline, captive portal, proxy, DNS, TLS inspection) or not an outage (4xx, redirects).
    Inconclusive,
    /// The host is failing: 5xx, 429, a timeout or a refused/reset connection.
    Failing,
}

impl Outcome {
    /// What this outcome says about the host (see [`HostSignal`]).
    pub fn host_signal(self) -> HostSignal {
        match self {
            Outcome::Healthy | Outcome::Slow => HostSignal::Healthy,
            Outcome::GatewayTimeout
            | Outcome::ServiceUnavailable
            | Outcome::ServerError
            | Outcome::Throttled
            | Outcome::Timeout
            | Outcome::ConnectFailure => HostSignal::Failing,
            Outcome::ClientError
            | Outcome::RedirectLoop
            | Outcome::DnsFailure
            | Outcome::TlsFailure
            | Outcome::ProxyAuthRequired
            | Outcome::CaptivePortal
            | Outcome::Offline => HostSignal::Inconclusive,
        }
    }
}

/// The state of one host from the latest probe results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostHealth {
    /// The host key ([`crate::weburl::host_key`]): lower-case host, plus
    /// `:port` for a non-default port (`mysignins.microsoft.com`, `127.0.0.1:8443`).
    pub host: String,
    /// Worst signal among the results for this host.
    pub signal: HostSignal,
    /// The outcome that gave that signal.
    pub outcome: Outcome,
    /// When that result was measured.
    pub checked_at: Timestamp,
}

/// Per-host summary of probe results `(url, outcome, checked_at)`, in first-seen
/// order, keyed by [`host_key`] (so breakers, probes and health agree). Several
/// portals on one host combine to the worst signal. URLs without a host are skipped.
/// Pass each result's [`judged_url`] so that a failure behind a redirect is not
/// put on the portal's own host.
pub fn host_health<'a>(
    results: impl IntoIterator<Item = (&'a str, Outcome, Timestamp)>,
) -> Vec<HostHealth> {
    let mut out: Vec<HostHealth> = Vec::new();
    for (url, outcome, at) in results {
        let Some(host) = host_key(url) else {
            continue;
        };
        let signal = outcome.host_signal();
        match out.iter_mut().find(|h| h.host == host) {
            Some(h) if signal > h.signal => {
                h.signal = signal;
                h.outcome = outcome;
                h.checked_at = at;
            }
            Some(_) => {}
            None => out.push(HostHealth {
                host,
                signal,
                outcome,
                checked_at: at,
            }),
        }
    }
    out
}

/// What the overview's one line says about the latest results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortalSummary<T> {
    /// Every portal answers normally (this many).
    AllNormal { portals: usize },
    /// The worst portal's result: its sentence is the line.
    Worst(T),
}

/// The overview's one line from the latest results `(outcome, result)`: the worst
/// portal, or that all answer normally. `None` with no results.
pub fn portal_summary<T>(
    results: impl IntoIterator<Item = (Outcome, T)>,
) -> Option<PortalSummary<T>> {
    let rank = |o: Outcome| match o.severity() {
        Severity::Green => 0,
        Severity::Amber => 1,
        Severity::Red => 2,
    };
    let mut n = 0usize;
    let mut worst: Option<(Outcome, T)> = None;
    for (outcome, result) in results {
        n += 1;
        if worst.as_ref().is_none_or(|(w, _)| rank(outcome) > rank(*w)) {
            worst = Some((outcome, result));
        }
    }
    let (outcome, result) = worst?;
    Some(if outcome == Outcome::Healthy {
        PortalSummary::AllNormal { portals: n }
    } else {
        PortalSummary::Worst(result)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-11-22T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn host_signals() {
        use Outcome::*;
        assert_eq!(Healthy.host_signal(), HostSignal::Healthy);
        assert_eq!(Slow.host_signal(), HostSignal::Healthy);
        for o in [
            GatewayTimeout,
            ServiceUnavailable,
            ServerError,
            Throttled,
            Timeout,
            ConnectFailure,
        ] {
            assert_eq!(o.host_signal(), HostSignal::Failing, "{o:?}");
        }
        for o in [
            ClientError,
            RedirectLoop,
            DnsFailure,
            TlsFailure,
            ProxyAuthRequired,
            CaptivePortal,
            Offline,
        ] {
            assert_eq!(o.host_signal(), HostSignal::Inconclusive, "{o:?}");
        }
    }

    #[test]
    fn host_health_groups_by_host_worst_wins() {
        let t = now();
        let h = host_health([
            (
                "https://MySignIns.microsoft.com/security-info",
                Outcome::Healthy,
                t,
            ),
            ("https://login.microsoftonline.com/", Outcome::Offline, t),
            (
                "https://mysignins.microsoft.com/other",
                Outcome::GatewayTimeout,
                t,
            ),
            ("not a url", Outcome::ServerError, t),
            ("https://mysignins.microsoft.com/x", Outcome::Slow, t),
        ]);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].host, "mysignins.microsoft.com");
        assert_eq!(h[0].signal, HostSignal::Failing);
        assert_eq!(h[0].outcome, Outcome::GatewayTimeout);
        assert_eq!(h[1].host, "login.microsoftonline.com");
        assert_eq!(h[1].signal, HostSignal::Inconclusive);
    }

    #[test]
    fn portal_summary_picks_the_worst() {
        use PortalSummary::*;
        assert_eq!(portal_summary::<&str>([]), None);
        assert_eq!(
            portal_summary([(Outcome::Healthy, "a"), (Outcome::Healthy, "b")]),
            Some(AllNormal { portals: 2 })
        );
        assert_eq!(
            portal_summary([(Outcome::Healthy, "a")]),
            Some(AllNormal { portals: 1 })
        );
        assert_eq!(
            portal_summary([
                (Outcome::Slow, "A"),
                (Outcome::GatewayTimeout, "B"),
                (Outcome::Throttled, "C"),
            ]),
            Some(Worst("B"))
        );
        assert_eq!(
            portal_summary([(Outcome::Healthy, "A"), (Outcome::Slow, "B")]),
            Some(Worst("B"))
        );
    }

    #[test]
    fn host_health_keeps_non_default_ports() {
        let t = now();
        let h = host_health([
            ("https://portal.example:8443/a", Outcome::GatewayTimeout, t),
            ("https://portal.example/b", Outcome::Healthy, t),
            ("https://portal.example:443/c", Outcome::Healthy, t),
        ]);
        assert_eq!(h.len(), 2, "{h:?}");
        assert_eq!(h[0].host, "portal.example:8443");
        assert_eq!(h[0].signal, HostSignal::Failing);
        assert_eq!(h[1].host, "portal.example");
        assert_eq!(h[1].signal, HostSignal::Healthy);
    }

    #[test]
    fn a_failure_behind_a_redirect_is_judged_on_the_host_that_failed() {
        let url = "https://portal.example/";
        let chain = vec![url.to_owned(), "https://login.example:8443/x".to_owned()];
        assert_eq!(
            redirected_host(url, &chain).as_deref(),
            Some("login.example:8443")
        );
        assert_eq!(
            judged_url(url, &chain, Outcome::ConnectFailure),
            "https://login.example:8443/x"
        );
        // A usable portal is judged on its own host.
        assert_eq!(judged_url(url, &chain, Outcome::Healthy), url);
        let same = vec![url.to_owned(), "https://PORTAL.example:443/y".to_owned()];
        assert_eq!(redirected_host(url, &same), None);
        assert_eq!(judged_url(url, &same, Outcome::ConnectFailure), url);
        assert_eq!(redirected_host(url, &[url.to_owned()]), None);
    }
}
