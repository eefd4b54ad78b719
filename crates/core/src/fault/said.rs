//! An [`Explanation`] in a reader's language (the catalogue's `explain.ftl`): the
//! window's portal rows, `mfa-ready probe` and the reports. [`Explanation::english`]
//! is the same sentence for the contracts; the tests below keep the two equal.

use mfa_ready_i18n::{Catalog, tr};

use super::explain::{Explanation, Place, Retry, status_words as code};
use super::observation::Phase;

/// The sentence for `e` in `cat`'s language.
pub fn explanation(cat: &Catalog, e: &Explanation) -> String {
    // A sentence about a place: the portal, or where it redirected.
    macro_rules! at {
        ($id:literal, $at:expr $(, $name:ident = $value:expr)*) => {{
            let (portal, host, redirected) = place($at);
            tr!(cat, $id, portal = portal, host = host, redirected = redirected $(, $name = $value)*)
        }};
    }
    match e {
        Explanation::Healthy { portal } => tr!(cat, "explain-healthy", portal = portal.as_str()),
        Explanation::Slow {
            portal,
            total_ms,
            slow_ms,
        } => tr!(
            cat,
            "explain-slow",
            portal = portal.as_str(),
            // Plain digits, as the English contract has them ("4210 ms").
            total = total_ms.to_string(),
            limit = slow_ms.to_string()
        ),
        Explanation::CaptivePortal { portal } => {
            tr!(cat, "explain-captive-portal", portal = portal.as_str())
        }
        Explanation::Offline { portal } => tr!(cat, "explain-offline", portal = portal.as_str()),
        Explanation::ProxySignIn407 { portal } => {
            tr!(cat, "explain-proxy-sign-in-407", portal = portal.as_str())
        }
        Explanation::ProxySignIn { portal } => {
            tr!(cat, "explain-proxy-sign-in", portal = portal.as_str())
        }
        Explanation::ProxyRefused { at } => at!("explain-proxy-refused", at),
        Explanation::Timeout { at, phase } => match phase {
            Phase::Dns => at!("explain-timeout-dns", at),
            Phase::Connect => at!("explain-timeout-connect", at),
            Phase::Tls => at!("explain-timeout-tls", at),
            Phase::FirstByte => at!("explain-timeout-first-byte", at),
            Phase::Transfer => at!("explain-timeout-transfer", at),
        },
        Explanation::DnsFailed { at } => at!("explain-dns-failed", at),
        Explanation::Refused { at } => at!("explain-refused", at),
        Explanation::Reset { at } => at!("explain-reset", at),
        Explanation::Unreachable { at } => at!("explain-unreachable", at),
        Explanation::ConnectFailed { at } => at!("explain-connect-failed", at),
        Explanation::NotHttp { at } => at!("explain-not-http", at),
        Explanation::Misconfigured { portal } => {
            tr!(cat, "explain-misconfigured", portal = portal.as_str())
        }
        Explanation::InsecureRedirect { portal, to } => match to {
            Some(to) => tr!(
                cat,
                "explain-insecure-redirect",
                portal = portal.as_str(),
                to = to.as_str()
            ),
            None => tr!(
                cat,
                "explain-insecure-redirect-unknown",
                portal = portal.as_str()
            ),
        },
        Explanation::TlsUntrusted { at } => at!("explain-tls-untrusted", at),
        Explanation::TlsExpired { at } => at!("explain-tls-expired", at),
        Explanation::TlsWrongHost { at } => at!("explain-tls-wrong-host", at),
        Explanation::TlsFailed { at } => at!("explain-tls-failed", at),
        Explanation::NoAnswer { at } => at!("explain-no-answer", at),
        Explanation::RedirectLoop { portal, hops } => tr!(
            cat,
            "explain-redirect-loop",
            portal = portal.as_str(),
            hops = *hops
        ),
        Explanation::RedirectNowhere { at, status } => {
            at!("explain-redirect-nowhere", at, code = code(*status))
        }
        Explanation::GatewayTimeout { at } => at!("explain-gateway-timeout", at),
        Explanation::Unavailable { at, retry } => {
            with_retry(cat, at!("explain-unavailable", at), *retry)
        }
        Explanation::Throttled { at, retry } => {
            with_retry(cat, at!("explain-throttled", at), *retry)
        }
        Explanation::ServerError { at, status } => {
            at!("explain-server-error", at, code = code(*status))
        }
        Explanation::RequestRefused { at, status } => {
            at!("explain-request-refused", at, code = code(*status))
        }
        Explanation::UnexpectedStatus { at, status } => {
            at!("explain-unexpected-status", at, status = status.to_string())
        }
    }
}

fn place(at: &Place) -> (&str, &str, &'static str) {
    match &at.redirected_to {
        Some(host) => (at.portal.as_str(), host.as_str(), "yes"),
        None => (at.portal.as_str(), "", "no"),
    }
}

fn with_retry(cat: &Catalog, what: String, retry: Option<Retry>) -> String {
    match retry {
        Some(Retry::InSeconds(secs)) => {
            let then = tr!(cat, "explain-retry-in", wait = wait(cat, secs));
            format!("{what} {then}")
        }
        Some(Retry::Now) => format!("{what} {}", tr!(cat, "explain-retry-now")),
        None => what,
    }
}

/// An outcome's name ("Gateway timeout"), as the reports name it (`report-outcome`).
pub fn outcome(cat: &Catalog, o: super::observation::Outcome) -> String {
    tr!(cat, "report-outcome", outcome = o.as_str())
}

/// A span of time to wait, in two units at most, as [`crate::duration::words`] has it
/// in English ("1 day 2 hours", "5 minutes", "less than a minute").
pub fn wait(cat: &Catalog, secs: i64) -> String {
    let secs = secs.unsigned_abs();
    let (days, hours, minutes) = (secs / 86_400, (secs % 86_400) / 3600, (secs % 3600) / 60);
    if days > 0 {
        if hours > 0 && days < 30 {
            tr!(cat, "wait-days-hours", days = days, hours = hours)
        } else {
            tr!(cat, "wait-days", days = days)
        }
    } else if hours > 0 {
        if minutes > 0 {
            tr!(cat, "wait-hours-minutes", hours = hours, minutes = minutes)
        } else {
            tr!(cat, "wait-hours", hours = hours)
        }
    } else if minutes > 0 {
        tr!(cat, "wait-minutes", minutes = minutes)
    } else if secs > 0 {
        tr!(cat, "wait-seconds", seconds = secs)
    } else {
        tr!(cat, "wait-less-than-a-minute")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_i18n::Lang;

    #[test]
    fn the_english_catalogue_says_exactly_what_the_contract_says() {
        let en = Catalog::new(Lang::En);
        for e in Explanation::samples() {
            assert_eq!(explanation(&en, &e), e.english(), "{e:?}");
        }
    }

    #[test]
    fn every_language_words_every_situation_in_its_own_words() {
        let en = Catalog::new(Lang::En);
        for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
            let cat = Catalog::new(lang);
            for e in Explanation::samples() {
                let said = explanation(&cat, &e);
                assert_ne!(said, explanation(&en, &e), "{lang:?} {e:?}");
                assert!(said.contains("My Sign-Ins"), "{lang:?}: {said}");
                if let Some(host) = e.place().and_then(|p| p.redirected_to.as_deref()) {
                    assert!(said.contains(host), "{lang:?}: {said}");
                }
                assert!(!said.contains('{') && !said.contains("  "), "{said}");
            }
        }
    }

    #[test]
    fn waits_read_as_english_words_them() {
        let en = Catalog::new(Lang::En);
        for secs in [
            0,
            1,
            59,
            60,
            61,
            3600,
            3660,
            86_400,
            90_000,
            31 * 86_400 + 3600,
        ] {
            assert_eq!(
                wait(&en, secs),
                crate::duration::words(jiff::SignedDuration::from_secs(secs)),
                "{secs}"
            );
        }
        let de = Catalog::new(Lang::De);
        assert!(wait(&de, 7200).contains('2'), "{}", wait(&de, 7200));
    }
}
