//! The newest signing time accepted for each key, so an older signed policy (a later
//! deadline, fewer methods) never replaces a newer one: no rollback.
//!
//! Kept in two places, one line per key (`KEYID 2026-12-01T09:00:00Z`):
//! - per machine (`/var/lib/mfa-ready/policy-seen`, …: [`crate::services::config::machine_state_dir`]),
//!   written only by a process that may (root or SYSTEM, as fleet tools run) and read
//!   only when administrators alone can change it;
//! - per data directory (the user's), written by every process that accepts a policy.
//!
//! The newest of both counts. Updates take a lock file, read, keep the later time per
//! key and replace the file whole, so processes starting together never lower a time.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::services::files::{read_text_capped, write_whole};
use mfa_ready_core::signature::rfc3339;

/// The record's file name, in each of its folders.
pub const SEEN_FILE: &str = "policy-seen";
const LOCK_FILE: &str = "policy-seen.lock";
/// A few lines per key ever trusted; anything larger is not ours.
const MAX_BYTES: u64 = 64 * 1024;

/// Where the records are kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeenRecords {
    /// The machine's folder (admin-only).
    pub machine: Option<PathBuf>,
    /// The data directory.
    pub user: Option<PathBuf>,
}

impl SeenRecords {
    /// The newest signing time accepted for `key_id`, from either record.
    pub fn newest(&self, key_id: &str) -> Option<Timestamp> {
        let machine = self.machine.as_deref().and_then(|dir| {
            let path = dir.join(SEEN_FILE);
            if !path.exists() {
                return None;
            }
            // Only administrators may lower the machine's record: a file others could
            // write says nothing (it can only protect, never allow, so it is skipped).
            match super::owner::admin_only(&path) {
                Ok(_) => read(&path).get(key_id).copied(),
                Err(e) => {
                    tracing::warn!("machine policy record not used: {e}");
                    None
                }
            }
        });
        let user = self
            .user
            .as_deref()
            .and_then(|dir| read(&dir.join(SEEN_FILE)).get(key_id).copied());
        machine.max(user)
    }

    /// Remembers that a policy signed at `signed` with `key_id` was accepted. Best
    /// effort: a folder that cannot be written (the machine's, for an ordinary user)
    /// is skipped; the next start checks against what was kept.
    pub fn record(&self, key_id: &str, signed: Timestamp) {
        if let Some(dir) = &self.machine
            && let Err(e) = update(dir, key_id, signed, false)
        {
            tracing::debug!("machine policy record not written: {e}");
        }
        if let Some(dir) = &self.user
            && let Err(e) = update(dir, key_id, signed, true)
        {
            tracing::warn!("policy record not written in {}: {e}", dir.display());
        }
    }
}

/// The record in `path`: key ID → newest signing time. Unreadable lines are skipped.
fn read(path: &Path) -> BTreeMap<String, Timestamp> {
    let Ok(text) = read_text_capped(path, MAX_BYTES) else {
        return BTreeMap::new();
    };
    parse(&text)
}

fn parse(text: &str) -> BTreeMap<String, Timestamp> {
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let (Some(id), Some(t)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(t) = t.parse::<Timestamp>() else {
            continue;
        };
        let entry = out.entry(id.to_owned()).or_insert(t);
        *entry = (*entry).max(t);
    }
    out
}

fn render(map: &BTreeMap<String, Timestamp>) -> String {
    map.iter()
        .map(|(id, t)| format!("{id} {}\n", rfc3339(*t)))
        .collect()
}

/// Raises `key_id`'s time in `dir`'s record to at least `signed`, under the lock.
fn update(dir: &Path, key_id: &str, signed: Timestamp, private: bool) -> std::io::Result<()> {
    if private {
        crate::services::perms::create_private_dir(dir)?;
    } else if !dir.is_dir() {
        std::fs::create_dir_all(dir)?;
    }
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK_FILE))?;
    lock.lock()?;
    let path = dir.join(SEEN_FILE);
    let mut map = read(&path);
    if map.get(key_id).is_some_and(|t| *t >= signed) {
        return Ok(());
    }
    map.insert(key_id.to_owned(), signed);
    write_whole(&path, render(&map).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn keeps_the_newest_time_per_key_in_both_places() {
        let machine = tempfile::tempdir().unwrap();
        let user = tempfile::tempdir().unwrap();
        let seen = SeenRecords {
            machine: Some(machine.path().join("state")),
            user: Some(user.path().join("data")),
        };
        assert_eq!(seen.newest("AAAA"), None);
        seen.record("AAAA", t("2026-12-05T00:00:00Z"));
        seen.record("AAAA", t("2026-12-01T00:00:00Z"));
        seen.record("BBBB", t("2026-11-01T00:00:00Z"));
        assert_eq!(seen.newest("AAAA"), Some(t("2026-12-05T00:00:00Z")));
        assert_eq!(seen.newest("BBBB"), Some(t("2026-11-01T00:00:00Z")));
        // Either record alone still knows.
        let only_user = SeenRecords {
            machine: None,
            user: seen.user.clone(),
        };
        assert_eq!(only_user.newest("AAAA"), Some(t("2026-12-05T00:00:00Z")));
        std::fs::remove_file(seen.user.as_ref().unwrap().join(SEEN_FILE)).unwrap();
        assert_eq!(seen.newest("AAAA"), Some(t("2026-12-05T00:00:00Z")));
    }

    #[cfg(unix)]
    #[test]
    fn a_machine_record_others_can_write_is_not_used() {
        use std::os::unix::fs::PermissionsExt;
        let machine = tempfile::tempdir().unwrap();
        let seen = SeenRecords {
            machine: Some(machine.path().to_owned()),
            user: None,
        };
        seen.record("AAAA", t("2026-12-05T00:00:00Z"));
        let file = machine.path().join(SEEN_FILE);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(machine.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(seen.newest("AAAA"), Some(t("2026-12-05T00:00:00Z")));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert_eq!(seen.newest("AAAA"), None);
    }

    #[test]
    fn bad_lines_are_skipped_and_duplicates_keep_the_later_time() {
        let map =
            parse("AAAA 2026-12-01T00:00:00Z\nnonsense\nAAAA 2026-12-03T00:00:00Z\nBBBB later\n");
        assert_eq!(map.len(), 1);
        assert_eq!(map["AAAA"], t("2026-12-03T00:00:00Z"));
        assert_eq!(render(&map), "AAAA 2026-12-03T00:00:00Z\n");
    }

    /// Processes accepting policies together never lower the record: 8 threads each
    /// with their own time, the newest wins.
    #[test]
    fn concurrent_updates_keep_the_newest() {
        let dir = tempfile::tempdir().unwrap();
        let seen = SeenRecords {
            machine: None,
            user: Some(dir.path().join("data")),
        };
        let handles: Vec<_> = (1..=8)
            .map(|day| {
                let seen = seen.clone();
                std::thread::spawn(move || {
                    for _ in 0..5 {
                        seen.record("AAAA", t(&format!("2026-12-0{day}T00:00:00Z")));
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(seen.newest("AAAA"), Some(t("2026-12-08T00:00:00Z")));
    }
}
