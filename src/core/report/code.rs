//! The support code: 8 characters an agent on the phone reads back to confirm
//! they opened the right report. Crockford base32 (no I, L, O, U) of the first
//! 40 bits of SHA-256 over the report's canonical JSON (every field but the code
//! itself, keys in a fixed order), shown as `XXXX-XXXX`. The same report gives
//! the same code; any change to it gives another.

use sha2::{Digest, Sha256};

use super::model::Report;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The canonical bytes the code is computed over.
pub fn canonical_json(report: &Report) -> Vec<u8> {
    let mut r = report.clone();
    r.support_code = String::new();
    // `Value`'s maps keep one fixed key order, so the same report gives the same bytes.
    serde_json::to_value(&r)
        .and_then(|v| serde_json::to_vec(&v))
        .unwrap_or_default()
}

/// `XXXX-XXXX` for this report.
pub fn support_code(report: &Report) -> String {
    let digest = Sha256::digest(canonical_json(report));
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
