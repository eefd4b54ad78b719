//! The durable retry queue: jobs in SQLite (outbox style) and the worker that
//! runs them, with per-host circuit breakers and the portal-health hook; its
//! service on the services thread is [`service`].
//!
//! * A job is written before its first attempt; every state change (with its
//!   history line) is one `BEGIN IMMEDIATE` transaction (`sql.rs`).
//! * A claim has an owner and a lease renewed while the request runs; only
//!   expired leases are taken back, and a job interrupted three times in a row
//!   fails instead of looping (`lease.rs`).
//! * The [`Worker`] runs due jobs without holding any lock across a network
//!   wait, and catches a panic while processing a job (`runner.rs`, `attempt.rs`).
//! * The rules (what is retried, when, the sentence) are in `core::queue`.
//! * Probe results reach the worker as [`WorkerNews`]: healthy or failing per
//!   host key (`core::weburl::host_key`), judged by `core::fault::Outcome::host_signal`.

mod attempt;
mod lease;
mod model;
mod pacing;
mod portal;
mod runner;
pub mod service;
mod sql;
#[cfg(test)]
mod testkit;

pub use lease::{ClaimInfo, DEFAULT_LEASE, Lease, Recovery, process_owner};
pub use model::{
    HistoryRow, Job, Outcome, QueueError, SharedStore, Transition, helpdesk_contact, lock_store,
    with_store,
};
pub use portal::PortalProbe;
pub use runner::{ClockFn, NextWake, Worker, WorkerConfig, WorkerNews, os_jitter};
pub use sql::QueueStore;
