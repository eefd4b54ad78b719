//! The fleet rules in the queue (issue 10): finding the jobs a host's breaker
//! holds, and moving their due times when the breaker closes (a few at a time,
//! `core::fleet::release_delay`) or when a healthy probe brings its trial forward.

use std::ops::Deref;

use jiff::Timestamp;
use rusqlite::params;

use crate::services::store::Store;
use mfa_ready_core::queue::ErrorClass;

use super::model::{QueueError, ms};
use super::sql::QueueStore;

impl<S: Deref<Target = Store>> QueueStore<S> {
    /// Pending jobs of `host` held by its breaker or retry budget (not an
    /// attempt), oldest first, with their due times.
    pub fn held_jobs(&self, host: &str) -> Result<Vec<(i64, Timestamp)>, QueueError> {
        let jobs = self.query_jobs(
            "WHERE state = 'pending' AND host = ?1 AND last_error_class = ?2 ORDER BY id",
            params![host, ErrorClass::BreakerOpen.id()],
        )?;
        Ok(jobs
            .into_iter()
            .map(|j| (j.id, j.next_attempt_at))
            .collect())
    }
}

impl QueueStore<&mut Store> {
    /// Moves pending jobs' due times, in one transaction.
    pub fn reschedule(
        &mut self,
        moves: &[(i64, Timestamp)],
        now: Timestamp,
    ) -> Result<(), QueueError> {
        let tx = self.write()?;
        for (id, at) in moves {
            tx.execute(
                "UPDATE jobs SET next_attempt_at = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'pending'",
                params![id, ms(*at), ms(now)],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
