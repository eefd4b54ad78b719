//! The support code: 8 characters an agent on the phone reads back to confirm
//! they opened the right report. Crockford base32 (no I, L, O, U) of the first
//! 40 bits of SHA-256 over the report's canonical JSON (every field but the code
//! itself, keys in a fixed order), shown as `XXXX-XXXX`. The same report gives
//! the same code; any change to it gives another.

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::model::Report;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The canonical bytes the code is computed over.
pub fn canonical_json(report: &Report) -> Vec<u8> {
    serde_json::to_value(report)
        .map(canonical_bytes)
        .unwrap_or_default()
}

/// A report as JSON, its code blanked. `Value`'s maps keep one fixed key order
/// (sorted), so the same content gives the same bytes, whether it comes from a
/// `Report` or from a file.
fn canonical_bytes(mut v: Value) -> Vec<u8> {
    if let Some(o) = v.as_object_mut() {
        o.insert("support_code".to_owned(), Value::String(String::new()));
    }
    serde_json::to_vec(&v).unwrap_or_default()
}

/// `XXXX-XXXX` for this report.
pub fn support_code(report: &Report) -> String {
    code_of(&canonical_json(report))
}

fn code_of(canonical: &[u8]) -> String {
    let digest = Sha256::digest(canonical);
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
    report.support_code == support_code(report)
}

/// [`code_matches`] on a report file as written, not as this version reads it
/// back: a field added later (absent from an older report) or one this version
/// does not know (in a newer report of the same schema) leaves a genuine report
/// genuine.
pub fn file_code_matches(file: &Value) -> bool {
    file.get("support_code")
        .and_then(Value::as_str)
        .is_some_and(|code| code == code_for_file(file))
}

/// The code of a report file's JSON, whatever fields it has.
pub fn code_for_file(file: &Value) -> String {
    code_of(&canonical_bytes(file.clone()))
}
