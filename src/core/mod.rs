//! Pure logic: no IO, no async, no clock reads (time is passed in).
//!
//! Everything here is unit-tested in place. `services` and `ui` build on it;
//! it imports neither.

pub mod deadline;
pub mod fault;
pub mod feeds;
pub mod methods;
pub mod policy;
pub mod readiness;
