//! Portal health: one check (connectivity + every portal + vendor status feeds),
//! its history in the store, and the schedule that runs it on the services thread.
//!
//! By concern: `settings` (from the policy, with the clock), `report` (the
//! `probe --json` shape, feed states and sentences), `check` (one check and its
//! history), `schedule` (the services thread's timer and "Check now") and
//! `real_probe` (the retry queue's probe).

mod check;
mod real_probe;
mod report;
mod schedule;
mod settings;

pub use check::{FEED_TIMEOUT, HISTORY_RETENTION, check, fetch_feed, prober, record};
pub use real_probe::RealProbe;
pub use report::{Confirmation, FeedFailure, FeedRead, FeedState, HealthReport};
pub use schedule::{Draws, HealthSink, HealthSnapshot, HistoryError, spawn, spawn_with_draws};
pub use settings::{HealthSettings, extra_root_certs};
