//! The organisation policy: a TOML file IT ships with the build (schema 1).
//!
//! Parsing is pure: the caller reads the file and passes its text, its display
//! name and the current time. Every error names file, line, column and field:
//! `policy.toml:7:12: enrollment.min_methods: must be at least 1`.
//!
//! Raw input first, then validated input (like ripgrep's flags):
//!
//! * `raw`: the TOML as written, spanned, unknown keys refused;
//! * one validator per section: `parse` (top-level keys), `enrollment`,
//!   `helpdesk`, `reminders`, `device`, `network` (`[network] proxy`), `portals`, `probing` (probe interval, extra roots, status
//!   feeds, connectivity checks), `services` (`[graph]`, `[enrollment_api]`), `okta` (`[okta]` and how it
//!   agrees with `tenant`);
//!   every URL key through `urls`, the one rule of `core::weburl`;
//! * `model`: the validated [`Policy`]; `defaults`: what a left-out key means;
//! * `origin`: where the services found it ([`PolicyOrigin`]).
//!
//! Children import each other, never this file: it only re-exports.

mod defaults;
mod device;
mod enrollment;
mod error;
mod helpdesk;
mod model;
mod network;
mod okta;
mod origin;
mod parse;
mod portals;
mod probing;
mod raw;
mod reminders;
mod services;
#[cfg(test)]
mod testkit;
mod urls;

pub use defaults::{EMBEDDED_DEFAULT, default_connectivity_checks};
pub use error::{PolicyError, PolicyErrors};
pub use helpdesk::salvage_helpdesk;
pub use model::{
    ConnectivityCheckSpec, DEFAULT_GRAPH_AUTHORITY, DEFAULT_GRAPH_BASE_URL, DEFAULT_MIN_METHODS,
    DEFAULT_PROBE_INTERVAL_S, DEFAULT_SLOW_MS, DEFAULT_TIMEOUT_MS, Enrollment, EnrollmentApi,
    GraphSettings, Helpdesk, LanguageRule, Network, OktaSettings, PROBE_INTERVAL_RANGE_S, Policy,
    Portal, SCHEMA_VERSION, StatusFeed,
};
pub use origin::PolicyOrigin;
pub use parse::parse;
pub use urls::check_https;
