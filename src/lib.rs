//! MFA Ready: get enrolled in several MFA methods before your organisation's deadline.
//!
//! Three layers, imports one way only: [`ui`] → [`services`] → [`core`].
//! See ARCHITECTURE.md.

pub mod cli;
pub mod core;
pub mod gui;
pub mod services;
pub mod sim;
pub mod startup;
pub mod ui;
