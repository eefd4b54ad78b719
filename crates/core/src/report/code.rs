//! The support code: 8 characters an agent on the phone reads back to confirm
//! that both sides opened the same report. Crockford base32 (no I, L, O, U) of the
//! first 40 bits of SHA-256 over the report's canonical JSON, shown as `XXXX-XXXX`.
//!
//! It is a check that two people hold the same file, not a seal against forgery:
//! there is no key, so anyone who edits a report can compute its new code. Evidence
//! is verified elsewhere (request ids in the tenant's sign-in and audit logs).
//!
//! The code covers the state, not the moment (issue 13): the canonical JSON is
//! every field but the code itself, `generated_at` and the deadline's `time_left`
//! (both say when the report was made, not what it says), keys in a fixed order. So
//! JSON, Markdown and HTML saved a minute apart from the same state carry one code;
//! any change to the state gives another. Reports written before this rule sealed
//! every field but the code ([`Seal::Moment`]); a file is genuine under either.

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::model::Report;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What a support code is computed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seal {
    /// Every field but the code, the moment left out: what this version writes.
    State,
    /// Every field but the code: what earlier versions wrote (still read as genuine).
    Moment,
}

/// The canonical bytes the code is computed over.
pub fn canonical_json(report: &Report) -> Vec<u8> {
    serde_json::to_value(report)
        .map(|v| canonical_bytes(&v, Seal::State))
        .unwrap_or_default()
}

/// A report as JSON, its code blanked (and, for [`Seal::State`], the moment left
/// out). `Value`'s maps keep one fixed key order (sorted), so the same content gives
/// the same bytes, whether it comes from a `Report` or from a file. Written from
/// the borrowed value (a report file can be 16 MiB: no copy of it is made).
fn canonical_bytes(file: &Value, seal: Seal) -> Vec<u8> {
    serde_json::to_vec(&Canonical { file, seal }).unwrap_or_default()
}

/// The top-level object as [`canonical_bytes`] writes it.
struct Canonical<'a> {
    file: &'a Value,
    seal: Seal,
}

static BLANK: Value = Value::String(String::new());

impl serde::Serialize for Canonical<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let Some(o) = self.file.as_object() else {
            return self.file.serialize(s);
        };
        let state = self.seal == Seal::State;
        // The entries in the map's own (sorted) order, the code blanked or added.
        let mut entries: Vec<(&str, &Value)> = o
            .iter()
            .filter(|(k, _)| *k != "support_code" && !(state && *k == "generated_at"))
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        entries.push(("support_code", &BLANK));
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let mut map = s.serialize_map(Some(entries.len()))?;
        for (k, v) in entries {
            match v.as_object() {
                Some(d) if state && k == "deadline" => {
                    map.serialize_entry(k, &Without(d, "time_left"))?;
                }
                _ => map.serialize_entry(k, v)?,
            }
        }
        map.end()
    }
}

/// An object without one key.
struct Without<'a>(&'a serde_json::Map<String, Value>, &'static str);

impl serde::Serialize for Without<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().filter(|(k, _)| *k != self.1))
    }
}

/// `XXXX-XXXX` for this report.
pub fn support_code(report: &Report) -> String {
    code_of(&canonical_json(report))
}

fn code_of(canonical: &[u8]) -> String {
    code_of_digest(&Sha256::digest(canonical))
}

/// The code of a file's JSON under `seal`, hashed as it is written: a 16 MiB report
/// is never copied whole to be checked.
fn code_of_file(file: &Value, seal: Seal) -> String {
    let mut hasher = Sha256::new();
    match serde_json::to_writer(&mut hasher, &Canonical { file, seal }) {
        Ok(()) => code_of_digest(&hasher.finalize()),
        Err(_) => String::new(),
    }
}

fn code_of_digest(digest: &[u8]) -> String {
    let mut bits: u64 = 0;
    for b in digest.iter().take(5) {
        bits = (bits << 8) | u64::from(*b);
    }
    let chars: String = (0..8)
        .rev()
        .map(|i| {
            let idx = usize::try_from((bits >> (i * 5)) & 31).unwrap_or(0);
            char::from(CROCKFORD[idx])
        })
        .collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// Sets the report's code from its contents.
pub fn seal(report: &mut Report) {
    report.support_code = support_code(report);
}

/// Whether the code matches the contents (a report edited by hand does not).
pub fn code_matches(report: &Report) -> bool {
    serde_json::to_value(report).is_ok_and(|v| file_code_matches(&v))
}

/// [`code_matches`] on a report file as written, not as this version reads it
/// back: a field added later (absent from an older report) or one this version
/// does not know (in a newer report of the same schema) leaves a genuine report
/// genuine. Either seal counts: this version's, or the one earlier versions wrote.
pub fn file_code_matches(file: &Value) -> bool {
    file.get("support_code")
        .and_then(Value::as_str)
        .filter(|code| !code.is_empty())
        .is_some_and(|code| {
            [Seal::State, Seal::Moment]
                .into_iter()
                .any(|seal| code == code_of_file(file, seal))
        })
}

/// The code this version gives a report file's JSON, whatever fields it has.
#[cfg(test)]
pub fn code_for_file(file: &Value) -> String {
    code_of(&canonical_bytes(file, Seal::State))
}

#[cfg(test)]
mod tests {
    use super::super::testkit;
    use super::*;

    /// Issue 13, item 11: the same state a minute later (JSON, then Markdown, then
    /// HTML) carries the same code; a change to the state does not.
    #[test]
    fn the_code_covers_the_state_not_the_moment() {
        let r = testkit::outage();
        let mut later = r.clone();
        later.generated_at = testkit::at(1);
        if let Some(d) = later.deadline.as_mut() {
            d.time_left = "19 hours 59 minutes left".into();
        }
        assert_eq!(support_code(&later), r.support_code);
        let mut changed = r.clone();
        changed.readiness.counted += 1;
        assert_ne!(support_code(&changed), r.support_code);
        let mut edited = r.clone();
        if let Some(d) = edited.deadline.as_mut() {
            d.overdue = !d.overdue;
        }
        assert!(!code_matches(&edited));
    }

    /// The borrowed writer gives the very bytes the earlier clone-and-blank did.
    #[test]
    fn the_canonical_bytes_are_those_of_the_blanked_value() {
        let r = testkit::outage();
        let mut v = serde_json::to_value(&r).unwrap();
        let mut blanked = v.clone();
        blanked["support_code"] = Value::String(String::new());
        assert_eq!(
            canonical_bytes(&v, Seal::Moment),
            serde_json::to_vec(&blanked).unwrap()
        );
        let o = blanked.as_object_mut().unwrap();
        o.remove("generated_at");
        o["deadline"].as_object_mut().unwrap().remove("time_left");
        assert_eq!(
            canonical_bytes(&v, Seal::State),
            serde_json::to_vec(&blanked).unwrap()
        );
        // A file without a code gets one blanked in its sorted place.
        v.as_object_mut().unwrap().remove("support_code");
        assert_eq!(
            canonical_bytes(&v, Seal::State),
            serde_json::to_vec(&blanked).unwrap()
        );
    }

    #[test]
    fn a_report_sealed_the_old_way_is_still_genuine() {
        let r = testkit::outage();
        let mut v = serde_json::to_value(&r).unwrap();
        v["support_code"] = Value::String(code_of(&canonical_bytes(&v, Seal::Moment)));
        assert_ne!(v["support_code"], Value::String(r.support_code.clone()));
        assert!(file_code_matches(&v));
        // Under the old seal the moment was covered: changing it is an edit.
        v["generated_at"] = Value::String("2026-12-13T09:01:00Z".into());
        assert!(!file_code_matches(&v));
    }
}
