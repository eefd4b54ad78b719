//! A signed policy's times, and whether they let it be used: the signing time orders
//! policies signed with one key (an older one never replaces a newer one: no rollback),
//! and an expiry ends a policy's life.
//!
//! Both times live in the signature's trusted comment, which the signature covers:
//! `policy sign` writes `signer: NAME; signed: TIME; file: NAME` and, with `--expires`,
//! `; expires: TIME`. A comment written by `minisign -S` carries `timestamp:UNIX` instead,
//! which is read as the signing time.

use jiff::Timestamp;

/// The times a signature's trusted comment states.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SignatureTimes {
    /// When it was signed (`signed:` or minisign's `timestamp:`).
    pub signed: Option<Timestamp>,
    /// When it stops being valid (`expires:`).
    pub expires: Option<Timestamp>,
}

/// Reads the signing and expiry times of a trusted comment. Fields are separated by
/// `;` or tabs (minisign's own comments, whose tabs may have become spaces when the
/// comment was made one line: a value is its first word); unknown fields and
/// unreadable values are ignored, so a comment without times gives none.
pub fn times(comment: &str) -> SignatureTimes {
    let mut out = SignatureTimes::default();
    for field in comment.split([';', '\t']) {
        let Some((key, value)) = field.split_once(':') else {
            continue;
        };
        let value = value.split_whitespace().next().unwrap_or_default();
        match key.trim() {
            "signed" => out.signed = value.parse().ok(),
            "expires" => out.expires = value.parse().ok(),
            "timestamp" if out.signed.is_none() => {
                out.signed = value
                    .parse::<i64>()
                    .ok()
                    .and_then(|s| Timestamp::from_second(s).ok());
            }
            _ => {}
        }
    }
    out
}

/// The trusted comment `policy sign` writes. The signer's name is made one line without
/// `;`, so it cannot pose as another field.
pub fn comment(
    signer: &str,
    signed: Timestamp,
    expires: Option<Timestamp>,
    file_name: &str,
) -> String {
    let clean = |s: &str| crate::text::single_line(&s.replace([';', '\t'], ","));
    let mut out = format!(
        "signer: {}; signed: {}; file: {}",
        clean(signer),
        rfc3339(signed),
        clean(file_name)
    );
    if let Some(e) = expires {
        out.push_str(&format!("; expires: {}", rfc3339(e)));
    }
    out
}

/// `2026-12-01T09:00:00Z`: seconds, UTC.
pub fn rfc3339(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Why a validly signed policy may still not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stale {
    /// A policy signed later with the same key was accepted here before.
    Replaced { newer: Timestamp },
    /// Its expiry has passed.
    Expired { at: Timestamp },
    /// A policy with a signing time was accepted before with this key, and this one
    /// states none, so it cannot be ordered (an old or hand-made signature).
    Undated { newer: Timestamp },
}

/// Whether a policy signed at `times` may be used `now`, given the newest signing time
/// accepted before with the same key (`newest_seen`). The same signing time is the same
/// policy (or one signed in the same second), and is accepted.
pub fn judge(
    times: SignatureTimes,
    newest_seen: Option<Timestamp>,
    now: Timestamp,
) -> Result<(), Stale> {
    if let Some(at) = times.expires
        && now >= at
    {
        return Err(Stale::Expired { at });
    }
    match (times.signed, newest_seen) {
        (Some(signed), Some(newer)) if signed < newer => Err(Stale::Replaced { newer }),
        (None, Some(newer)) => Err(Stale::Undated { newer }),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn reads_our_comment_and_minisigs() {
        let c = comment(
            "Contoso IT",
            t("2026-12-01T09:00:00Z"),
            Some(t("2027-06-30T00:00:00Z")),
            "policy.toml",
        );
        assert_eq!(
            c,
            "signer: Contoso IT; signed: 2026-12-01T09:00:00Z; file: policy.toml; expires: 2027-06-30T00:00:00Z"
        );
        assert_eq!(
            times(&c),
            SignatureTimes {
                signed: Some(t("2026-12-01T09:00:00Z")),
                expires: Some(t("2027-06-30T00:00:00Z")),
            }
        );
        // minisign -S: "timestamp:<unix>\tfile:<name>\thashed"
        let m = times("timestamp:1764579600\tfile:policy.toml\thashed");
        assert_eq!(m.signed, Some(t("2025-12-01T09:00:00Z")));
        assert_eq!(m.expires, None);
        // ... also once made one line (tabs become spaces).
        let m = times("timestamp:1764579600 file:policy.toml hashed");
        assert_eq!(m.signed, Some(t("2025-12-01T09:00:00Z")));
        assert_eq!(times("signer: a"), SignatureTimes::default());
        assert_eq!(times("signed: yesterday"), SignatureTimes::default());
    }

    #[test]
    fn a_signer_name_cannot_pose_as_a_time() {
        let c = comment(
            "Mallory; signed: 2099-01-01T00:00:00Z\nexpires: 2100-01-01T00:00:00Z",
            t("2026-12-01T09:00:00Z"),
            None,
            "p.toml",
        );
        let got = times(&c);
        assert_eq!(got.signed, Some(t("2026-12-01T09:00:00Z")), "{c}");
        assert_eq!(got.expires, None, "{c}");
    }

    #[test]
    fn older_expired_and_undated_policies_are_refused() {
        let now = t("2026-12-10T00:00:00Z");
        let at = |s: &str| SignatureTimes {
            signed: Some(t(s)),
            expires: None,
        };
        assert_eq!(judge(at("2026-12-01T00:00:00Z"), None, now), Ok(()));
        let newest = Some(t("2026-12-05T00:00:00Z"));
        assert_eq!(judge(at("2026-12-05T00:00:00Z"), newest, now), Ok(()));
        assert_eq!(judge(at("2026-12-06T00:00:00Z"), newest, now), Ok(()));
        assert_eq!(
            judge(at("2026-12-01T00:00:00Z"), newest, now),
            Err(Stale::Replaced {
                newer: t("2026-12-05T00:00:00Z")
            })
        );
        assert_eq!(
            judge(SignatureTimes::default(), newest, now),
            Err(Stale::Undated {
                newer: t("2026-12-05T00:00:00Z")
            })
        );
        assert_eq!(judge(SignatureTimes::default(), None, now), Ok(()));
        let expiring = SignatureTimes {
            signed: Some(t("2026-12-01T00:00:00Z")),
            expires: Some(t("2026-12-10T00:00:00Z")),
        };
        assert_eq!(
            judge(expiring, None, now),
            Err(Stale::Expired {
                at: t("2026-12-10T00:00:00Z")
            })
        );
        assert_eq!(
            judge(expiring, None, t("2026-12-09T23:59:59Z")),
            Ok(()),
            "valid until the second it expires"
        );
    }
}
