//! Pure classification of portal reachability probes.
//!
//! The IO side (`services::probe`) gathers raw facts into a [`ProbeObservation`]
//! (and optionally a [`ConnectivityObservation`]); this module turns them into an
//! [`Outcome`] plus one plain sentence for the user and one technical line for
//! the helpdesk. Nothing here does IO, spawns tasks or reads the clock: every
//! instant is passed in.
//!
//! By concern: `observation` (the raw facts and the verdict's vocabulary),
//! `connectivity` (the OS-style captive portal / offline check), `classify`
//! (the verdict, with `wording` for sentences and `technical` for the helpdesk
//! line), `hosts` (per-host aggregation, the overview line) and `schedule`
//! (when to probe next). `Retry-After` is parsed by [`crate::httpdate`].

mod classify;
mod connectivity;
mod explain;
mod hosts;
mod observation;
mod said;
mod schedule;
mod technical;
mod wording;

pub use classify::{Classification, classify};
pub use connectivity::{
    CheckObservation, ConnectivityObservation, ConnectivityOutcome, Expectation, assess_check,
    combine_checks,
};
pub use explain::{Explanation, Place, Retry, reason};
pub use hosts::{
    HostHealth, HostSignal, PortalSummary, host_health, judged_url, portal_summary, redirected_host,
};
pub use observation::{
    Blame, CertificateInfo, ErrorKind, Outcome, Phase, PhaseTimings, ProbeError, ProbeObservation,
    Severity, Thresholds, TlsProblem, days_until,
};
pub use said::{explanation, outcome, wait};
pub use schedule::{
    FAILING_BACKOFF_FACTOR, FAILING_PROBE_INTERVAL_S, ProbeSchedule, next_probe_delay, probe_delay,
};
pub use technical::{read_cert_issuer, read_error_kind};
