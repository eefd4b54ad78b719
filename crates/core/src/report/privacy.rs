//! Privacy by default: every free text in a report goes through here. Phone
//! numbers (in digits of any script) and e-mail addresses are masked
//! (`core::mask`), IP addresses are removed, URLs keep only scheme, host and path
//! (`core::weburl::without_queries`: a `?token=…` never reaches a report), control
//! characters and bidi overrides are stripped. Tokens never reach a report (nothing
//! that holds one is an input).

use crate::mask::mask_text;
use crate::text::single_line;
use crate::weburl::without_queries;

use super::model::Report;

/// Masks one free text for a report.
pub fn clean(text: &str) -> String {
    mask_text(&redact_ips(&without_queries(&single_line(text))))
}

/// Replaces IPv4 and IPv6 addresses with `[IP]`. Dates, times, versions with
/// fewer than four parts and request ids are left alone.
pub fn redact_ips(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest
            .char_indices()
            .find(|(i, c)| c.is_ascii_hexdigit() || *c == ':' && rest[*i..].starts_with("::"))
            .map(|(i, _)| i);
        let Some(s) = start else {
            out.push_str(rest);
            break;
        };
        let before = &rest[..s];
        let prev_ok = !before
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == ':' || c == '-');
        let token_len = rest[s..]
            .find(|c: char| !(c.is_ascii_hexdigit() || c == '.' || c == ':'))
            .unwrap_or(rest.len() - s);
        let token = &rest[s..s + token_len];
        // A trailing ":443" port or sentence dot is not part of the address.
        let (addr, tail) = split_port(token);
        out.push_str(before);
        if prev_ok && (is_ipv4(addr) || is_ipv6(addr)) {
            out.push_str("[IP]");
            out.push_str(tail);
        } else {
            out.push_str(token);
        }
        rest = &rest[s + token_len..];
    }
    out
}

fn split_port(token: &str) -> (&str, &str) {
    let token_trim = token.trim_end_matches('.');
    let dot_tail = &token[token_trim.len()..];
    if let Some((a, port)) = token_trim.rsplit_once(':')
        && is_ipv4(a)
        && !port.is_empty()
        && port.chars().all(|c| c.is_ascii_digit())
    {
        return (a, &token[a.len()..]);
    }
    (token_trim, dot_tail)
}

fn is_ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.chars().all(|c| c.is_ascii_digit())
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

fn is_ipv6(s: &str) -> bool {
    let colons = s.matches(':').count();
    if !(2..=7).contains(&colons) || !(s.contains("::") || colons == 7) {
        return false;
    }
    let (head, v4) = match s.rsplit_once(':') {
        Some((h, t)) if t.contains('.') => (h, Some(t)),
        _ => (s, None),
    };
    if v4.is_some_and(|t| !is_ipv4(t)) {
        return false;
    }
    head.split(':')
        .all(|g| g.len() <= 4 && g.chars().all(|c| c.is_ascii_hexdigit()))
        && s.chars().any(|c| c.is_ascii_hexdigit())
}

/// Cleans every free text of a report in place.
pub fn sanitise(r: &mut Report) {
    let c = |s: &mut String| *s = clean(s);
    let co = |s: &mut Option<String>| {
        if let Some(v) = s.as_mut() {
            *v = clean(v);
        }
    };
    co(&mut r.user_name);
    c(&mut r.organization);
    co(&mut r.policy.path);
    co(&mut r.policy.signer);
    r.readiness.gaps.iter_mut().for_each(c);
    co(&mut r.readiness.next_step);
    for j in &mut r.jobs {
        c(&mut j.what);
        if let Some(e) = j.last_error.as_mut() {
            c(&mut e.message);
            co(&mut e.request_id);
        }
        for h in &mut j.history {
            c(&mut h.detail);
        }
    }
    for p in &mut r.portals {
        p.url = without_queries(&p.url);
        c(&mut p.name);
        c(&mut p.explanation);
        if let Some(says) = p.says.as_mut() {
            says.texts_mut().into_iter().for_each(c);
        }
        co(&mut p.request_id);
        co(&mut p.cert_issuer);
    }
    if let Some(d) = r.device.as_mut() {
        c(&mut d.os);
        for check in &mut d.checks {
            c(&mut check.evidence);
        }
    }
    for i in &mut r.incidents {
        c(&mut i.feed);
        c(&mut i.title);
        co(&mut i.link);
        if let Some(l) = i.link.as_mut() {
            *l = without_queries(l);
        }
    }
    for e in &mut r.evidence {
        c(&mut e.attempted);
        co(&mut e.incident);
        co(&mut e.request_id);
    }
    for e in &mut r.events {
        c(&mut e.kind);
        c(&mut e.detail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_addresses_go_dates_times_versions_and_ids_stay() {
        assert_eq!(
            redact_ips("connect to 203.0.113.50:443 failed"),
            "connect to [IP]:443 failed"
        );
        assert_eq!(redact_ips("via 10.0.0.1."), "via [IP].");
        assert_eq!(
            redact_ips("resolved 2001:db8::1 and ::ffff:192.0.2.1"),
            "resolved [IP] and [IP]"
        );
        assert_eq!(redact_ips("fe80:0:0:0:202:b3ff:fe1e:8329 up"), "[IP] up");
        for keep in [
            "at 2026-12-13T09:00:00Z",
            "version 0.1.0",
            "10:00:00",
            "request-id 7f3c9a2e-1b4d-4c6e-9f00-123456789abc",
            "build 10.0.19045",
            "999.1.1.1",
            "1.2.3.4.5",
        ] {
            assert_eq!(redact_ips(keep), keep);
        }
    }

    /// Issue 13, item 15, in a whole report: a URL's query and fragment and a phone
    /// number in full-width digits are gone wherever they appear.
    #[test]
    fn a_report_keeps_no_query_string_and_no_full_width_number() {
        let mut r = super::super::testkit::outage();
        r.portals[0].url = "https://mysignins.microsoft.com/security-info?token=SECRET1".into();
        r.portals[0].explanation =
            "redirected to https://login.example/cb?code=SECRET2#state=SECRET3".into();
        r.incidents[0].link = Some("https://status.example/i?id=SECRET4".into());
        r.events[0].detail = "added ＋１ ２０６ ５５５ ０１００".into();
        sanitise(&mut r);
        let json = serde_json::to_string(&r).unwrap();
        for secret in ["SECRET", "５５５ ０１００", "555 0100"] {
            assert!(!json.contains(secret), "{secret} in {json}");
        }
        assert_eq!(
            r.portals[0].url,
            "https://mysignins.microsoft.com/security-info"
        );
        assert!(
            r.events[0].detail.contains("+1 206 ••• 0100"),
            "{}",
            r.events[0].detail
        );
    }

    #[test]
    fn clean_masks_numbers_and_addresses_and_strips_controls() {
        let s =
            clean("call +1 206 555 0100 or mail jane.doe@contoso.com from 198.51.100.7\u{202E}");
        assert!(!s.contains("555 0100"), "{s}");
        assert!(!s.contains("jane.doe"), "{s}");
        assert!(!s.contains("198.51"), "{s}");
        assert!(!s.contains('\u{202E}'));
    }
}
