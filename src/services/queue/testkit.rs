//! What the queue's unit tests share: a time from text, a store in a fresh folder, a
//! phone job's payload. (One copy; `lease` and `sql` each had their own.)

use jiff::Timestamp;
use mfa_ready_core::queue::{Payload, PhoneType};

use crate::services::store::Store;

/// `"2026-11-22T09:00:00Z"` as a time.
pub fn t(s: &str) -> Timestamp {
    s.parse().unwrap()
}

/// A store in a new temporary folder (keep the folder alive as long as the store).
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(dir.path(), t("2026-11-22T09:00:00Z")).unwrap();
    (dir, s)
}

/// Registering a mobile phone.
pub fn phone() -> Payload {
    Payload::RegisterPhone {
        phone_number: "+1 2065550100".into(),
        phone_type: PhoneType::Mobile,
    }
}
