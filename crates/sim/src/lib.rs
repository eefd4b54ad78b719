//! The fleet simulator (issue 10): many copies of MFA Ready against one
//! simulated provider, on a simulated clock, in one process (no sockets, no
//! sleeps). Every decision is `core`'s: the probe schedule
//! ([`mfa_ready_core::fault::probe_delay`]), the breaker with its drawn cool-downs
//! ([`mfa_ready_core::breaker`]), the queue's retry rule and backoff
//! ([`mfa_ready_core::queue::after_failure`]), the retry budget and release pacing
//! ([`mfa_ready_core::fleet`]). The client loop follows `services::queue::Worker`
//! and the health schedule step by step; `tests/queue/fleet.rs` checks one client's
//! trace against them.
//!
//! By concern: `config` (the scenario and its command-line forms), `rng` (a
//! seeded generator, one stream per client, so a run depends only on its seed),
//! `provider` (outage, failure mode, capacity, the load per 10 s), `client`
//! (one device's probe schedule and queue), `engine` (the event loop) and
//! `report` (the figures).

mod client;
mod config;
mod engine;
mod provider;
mod report;
mod rng;

pub use client::{Client, HOST, TraceEntry, ms_of, ts};
pub use config::{ConfigError, FailMode, Rules, SimConfig, parse_duration};
pub use engine::{Plan, plan, run, run_traced};
pub use provider::Bucket;
pub use report::Report;
pub use rng::Rng;
