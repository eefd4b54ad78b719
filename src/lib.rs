//! MFA Ready: get enrolled in several MFA methods before your organisation's deadline.
//!
//! The app crate: [`ui`] → [`services`] → `mfa_ready_core` (the pure core, its own crate
//! under `crates/core`, so the compiler holds that layer). `cli`, `gui` and `startup`
//! sit on top. See ARCHITECTURE.md.

pub mod cli;
pub mod gui;
pub mod services;
pub mod startup;
pub mod ui;
