//! Durable local state: one SQLite file, `mfa-ready.sqlite3`, in the data directory.
//!
//! WAL journal, `synchronous=FULL`, STRICT tables, migrations by `user_version`.
//! Times are stored as INTEGER Unix milliseconds (UTC). Split by concern: `db` (opening,
//! moving damaged files aside, errors), `schema` (migrations), `records` (first run,
//! settings, methods, event log), `probes` (portal history), `notes` (reminders
//! shown, vendor incidents seen). The retry queue's tables
//! are `services::queue`'s.

mod db;
mod notes;
mod probes;
mod records;
mod schema;

pub use db::{DB_FILE, Recovered, RecoveryReason, Store, StoreError, check_writable};
pub use notes::IncidentRow;
pub use probes::ProbeRow;
pub use records::EventRow;
pub use schema::SCHEMA_VERSION;

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Timestamp;
    use mfa_ready_core::methods::MethodKind;
    use mfa_ready_core::readiness::Source;
    use rusqlite::Connection;
    use schema::MIGRATIONS;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn fresh_store_has_schema_and_pragmas() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let v: i64 = store
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let sync: i64 = store
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "synchronous=FULL");
        assert!(store.recovered().is_none());
    }

    #[test]
    fn strict_tables_reject_wrong_types() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let err = store.conn.execute(
            "INSERT INTO methods(kind, source, registered_at) VALUES ('passkey', 'verified', 'yesterday')",
            [],
        );
        assert!(
            err.is_err(),
            "STRICT table accepted text in an INTEGER column"
        );
    }

    #[test]
    fn mark_unmark_and_verified_is_not_downgraded() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let now = ts("2026-11-22T10:05:00Z");
        assert!(
            store
                .mark(MethodKind::Passkey, Source::Verified, now)
                .unwrap()
        );
        assert!(
            !store
                .mark(MethodKind::Passkey, Source::SelfAttested, now)
                .unwrap()
        );
        let regs = store.registrations().unwrap();
        assert_eq!(regs.len(), 1);
        assert_eq!(regs[0].source, Source::Verified);
        assert_eq!(regs[0].registered_at, now);
        assert!(store.unmark(MethodKind::Passkey, now).unwrap());
        assert!(!store.unmark(MethodKind::Passkey, now).unwrap());
        assert!(store.registrations().unwrap().is_empty());
        let kinds: Vec<String> = store
            .recent_events(10)
            .unwrap()
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(kinds, vec!["method_unmarked", "method_marked"]);
    }

    #[test]
    fn first_run_is_recorded_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let first = store.first_run(ts("2026-11-01T08:00:00Z")).unwrap();
        assert_eq!(first, ts("2026-11-01T08:00:00Z"));
        let again = store.first_run(ts("2026-11-20T08:00:00Z")).unwrap();
        assert_eq!(again, first);
    }

    fn row(at: &str, outcome: &str) -> ProbeRow {
        ProbeRow {
            at: ts(at),
            portal: "My Sign-Ins".into(),
            url: "https://mysignins.microsoft.com/".into(),
            outcome: mfa_ready_core::fault::Outcome::from_id(outcome),
            http_status: Some(504),
            dns_ms: Some(1.5),
            connect_ms: None,
            tls_ms: Some(20.0),
            first_byte_ms: Some(200.0),
            total_ms: Some(230.0),
            timed_out_phase: None,
            request_id: Some("req-1".into()),
            explanation: "x".into(),
            says: Some(mfa_ready_core::fault::Explanation::GatewayTimeout {
                at: mfa_ready_core::fault::Place::portal("My Sign-Ins"),
            }),
            technical: "y".into(),
            route: None,
        }
    }

    #[test]
    fn probe_history_round_trip_and_prune() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        let a = row("2026-11-10T10:00:00Z", "healthy");
        let b = row("2026-11-22T10:00:00Z", "gateway_timeout");
        store.insert_probe_results(&[a.clone(), b.clone()]).unwrap();
        assert_eq!(
            store.probe_history(ts("2026-01-01T00:00:00Z")).unwrap(),
            vec![a, b.clone()]
        );
        assert_eq!(
            store
                .prune_probe_results(ts("2026-11-15T10:00:00Z"))
                .unwrap(),
            1
        );
        assert_eq!(
            store.probe_history(ts("2026-01-01T00:00:00Z")).unwrap(),
            vec![b]
        );
    }

    #[test]
    fn version_1_database_is_migrated_keeping_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.execute_batch("PRAGMA user_version = 1;").unwrap();
            conn.execute(
                "INSERT INTO methods(kind, source, registered_at) VALUES ('passkey', 'verified', 1)",
                [],
            )
            .unwrap();
        }
        let mut store = Store::open(dir.path(), ts("2026-11-22T10:00:00Z")).unwrap();
        assert!(store.recovered().is_none());
        assert_eq!(store.registrations().unwrap().len(), 1);
        store
            .insert_probe_results(&[row("2026-11-22T10:00:00Z", "healthy")])
            .unwrap();
        let err = store.conn.execute(
            "INSERT INTO probe_results(at, portal, url, outcome) VALUES ('now', 'a', 'b', 'c')",
            [],
        );
        assert!(err.is_err(), "probe_results must be STRICT");
    }
}
