//! Pure logic: no IO, no async, no clock reads (time is passed in).
//!
//! Everything here is unit-tested in place. `services` and `ui` build on it;
//! it imports neither.

pub mod advice;
pub mod backoff;
pub mod breaker;
pub mod deadline;
pub mod device;
pub mod duration;
pub mod fault;
pub mod feeds;
pub mod fleet;
pub mod graph;
pub mod httpdate;
pub mod ics;
pub mod mask;
pub mod methods;
pub mod okta;
pub mod phrase;
pub mod pkce;
pub mod policy;
pub mod provider;
pub mod proxy;
pub mod queue;
pub mod readiness;
pub mod reminders;
pub mod report;
pub mod signature;
pub mod text;
pub mod weburl;
