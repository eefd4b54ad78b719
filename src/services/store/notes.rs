//! What the reminders and the report remember: reminder steps already shown
//! (per deadline), and vendor incidents as the status feeds reported them.

use jiff::Timestamp;
use rusqlite::params;

use mfa_ready_core::feeds::{Impact, Incident};

use super::db::{Store, StoreError, from_ms, ms};

/// A vendor incident as seen over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentRow {
    pub feed: String,
    pub title: String,
    pub impact: Impact,
    pub started: Option<Timestamp>,
    pub link: Option<String>,
    pub first_seen: Timestamp,
    pub last_seen: Timestamp,
    /// Reported by the feed's latest successful check.
    pub open: bool,
}

impl Store {
    /// [`Store::sqlite`] as a `map_err` argument.
    fn sq(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        |source| self.sqlite(source)
    }

    /// Reminder steps already shown for the deadline at `deadline`.
    pub fn shown_reminders(&self, deadline: Timestamp) -> Result<Vec<String>, StoreError> {
        let sq = self.sq();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT step FROM reminders_shown WHERE deadline = ?1 ORDER BY shown_at",
            )
            .map_err(&sq)?;
        let rows = stmt
            .query_map(params![ms(deadline)], |r| r.get::<_, String>(0))
            .map_err(&sq)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(&sq)
    }

    /// Records `steps` as shown, in one `BEGIN IMMEDIATE` transaction. True when
    /// `show` was not recorded before: only then may the caller show it (another
    /// process that got there first already did).
    pub fn claim_reminder(
        &mut self,
        deadline: Timestamp,
        show: &str,
        steps: &[String],
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let (tx, sq) = self.write_tx()?;
        let mut won = false;
        for step in steps {
            let n = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO reminders_shown(deadline, step, shown_at) VALUES (?1, ?2, ?3)",
                )
                .and_then(|mut s| s.execute(params![ms(deadline), step, ms(now)]))
                .map_err(&sq)?;
            if step == show && n == 1 {
                won = true;
            }
        }
        if won {
            tx.execute(
                "INSERT INTO events(at, kind, detail) VALUES (?1, 'reminder', ?2)",
                params![ms(now), show],
            )
            .map_err(&sq)?;
        }
        tx.commit().map_err(&sq)?;
        Ok(won)
    }

    /// Gives back a claim whose reminder could not be shown (no notification service
    /// at login): the steps this claim recorded at `claimed_at`, and its event, so the
    /// next `remind` tries again instead of the step being used up unseen.
    pub fn release_reminder(
        &mut self,
        deadline: Timestamp,
        show: &str,
        steps: &[String],
        claimed_at: Timestamp,
    ) -> Result<(), StoreError> {
        let (tx, sq) = self.write_tx()?;
        for step in steps {
            tx.prepare_cached(
                "DELETE FROM reminders_shown WHERE deadline = ?1 AND step = ?2 AND shown_at = ?3",
            )
            .and_then(|mut s| s.execute(params![ms(deadline), step, ms(claimed_at)]))
            .map_err(&sq)?;
        }
        tx.execute(
            "DELETE FROM events WHERE at = ?1 AND kind = 'reminder' AND detail = ?2",
            params![ms(claimed_at), show],
        )
        .map_err(&sq)?;
        tx.commit().map_err(&sq)
    }

    /// Records what a status feed reported at `at` (a successful fetch only).
    pub fn record_feed(
        &mut self,
        feed: &str,
        incidents: &[Incident],
        at: Timestamp,
    ) -> Result<(), StoreError> {
        let (tx, sq) = self.write_tx()?;
        for i in incidents {
            tx.prepare_cached(
                "INSERT INTO incidents(feed, title, started, impact, link, first_seen, last_seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                 ON CONFLICT(feed, title, started) DO UPDATE SET last_seen = ?6, impact = ?4",
            )
            .and_then(|mut s| {
                s.execute(params![
                    feed,
                    i.title,
                    i.started.map_or(0, ms),
                    i.impact.id(),
                    i.link,
                    ms(at)
                ])
            })
            .map_err(&sq)?;
        }
        tx.execute(
            "INSERT INTO feed_checks(feed, at) VALUES (?1, ?2)
             ON CONFLICT(feed) DO UPDATE SET at = MAX(at, ?2)",
            params![feed, ms(at)],
        )
        .map_err(&sq)?;
        tx.commit().map_err(&sq)?;
        Ok(())
    }

    /// When any status feed was last read successfully, if one ever was.
    pub fn last_feed_read(&self) -> Result<Option<Timestamp>, StoreError> {
        let sq = self.sq();
        let at: Option<i64> = self
            .conn
            .prepare_cached("SELECT MAX(at) FROM feed_checks")
            .and_then(|mut s| s.query_row([], |r| r.get(0)))
            .map_err(&sq)?;
        Ok(at.map(from_ms))
    }

    /// Incidents last seen at or after `since`, oldest first, each marked open
    /// when its feed's latest successful check still reported it.
    pub fn incidents_since(&self, since: Timestamp) -> Result<Vec<IncidentRow>, StoreError> {
        let sq = self.sq();
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT i.feed, i.title, i.impact, i.started, i.link, i.first_seen, i.last_seen,
                        i.last_seen >= COALESCE(f.at, 0)
                 FROM incidents i LEFT JOIN feed_checks f ON f.feed = i.feed
                 WHERE i.last_seen >= ?1 ORDER BY i.first_seen",
            )
            .map_err(&sq)?;
        let rows = stmt
            .query_map(params![ms(since)], |r| {
                let started: i64 = r.get(3)?;
                Ok(IncidentRow {
                    feed: r.get(0)?,
                    title: r.get(1)?,
                    impact: Impact::from_id(&r.get::<_, String>(2)?),
                    started: (started != 0).then(|| from_ms(started)),
                    link: r.get(4)?,
                    first_seen: from_ms(r.get(5)?),
                    last_seen: from_ms(r.get(6)?),
                    open: r.get::<_, i64>(7)? != 0,
                })
            })
            .map_err(&sq)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(&sq)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_core::feeds::Impact;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn a_step_is_claimed_once_and_older_ones_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(dir.path(), ts("2026-12-01T00:00:00Z")).unwrap();
        let d = ts("2026-12-15T16:00:00Z");
        let steps = vec!["d14".to_owned(), "d7".to_owned()];
        assert!(
            s.claim_reminder(d, "d7", &steps, ts("2026-12-08T16:00:00Z"))
                .unwrap()
        );
        assert!(
            !s.claim_reminder(d, "d7", &steps, ts("2026-12-08T16:01:00Z"))
                .unwrap()
        );
        assert_eq!(s.shown_reminders(d).unwrap(), ["d14", "d7"]);
        // Another deadline starts afresh.
        assert!(
            s.shown_reminders(ts("2027-01-15T16:00:00Z"))
                .unwrap()
                .is_empty()
        );
        let events = s.recent_events(10).unwrap();
        assert_eq!(events.iter().filter(|e| e.kind == "reminder").count(), 1);
    }

    #[test]
    fn incidents_are_open_while_the_latest_check_reports_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(dir.path(), ts("2026-12-01T00:00:00Z")).unwrap();
        assert_eq!(s.last_feed_read().unwrap(), None, "no feed read yet");
        let inc = Incident {
            title: "Authentication failures".into(),
            impact: Impact::Major,
            started: Some(ts("2026-12-13T08:00:00Z")),
            last_update: None,
            updates_summary: None,
            link: None,
            service: None,
        };
        s.record_feed(
            "Azure status",
            std::slice::from_ref(&inc),
            ts("2026-12-13T09:00:00Z"),
        )
        .unwrap();
        s.record_feed("Azure status", &[inc], ts("2026-12-13T09:05:00Z"))
            .unwrap();
        let rows = s.incidents_since(ts("2026-12-01T00:00:00Z")).unwrap();
        assert_eq!(rows.len(), 1);
        assert!(rows[0].open);
        assert_eq!(rows[0].first_seen, ts("2026-12-13T09:00:00Z"));
        assert_eq!(rows[0].last_seen, ts("2026-12-13T09:05:00Z"));
        s.record_feed("Azure status", &[], ts("2026-12-13T09:10:00Z"))
            .unwrap();
        let rows = s.incidents_since(ts("2026-12-01T00:00:00Z")).unwrap();
        assert!(
            !rows[0].open,
            "resolved: the latest check no longer reports it"
        );
        assert_eq!(
            s.last_feed_read().unwrap(),
            Some(ts("2026-12-13T09:10:00Z"))
        );
    }
}
