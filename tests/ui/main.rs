//! The window, driven through its AccessKit labels with egui_kittest (one test binary:
//! each module was a binary of its own; one link instead of six).
//!
//! Integration tests are grouped into a few binaries by concern: every binary links the
//! whole app (egui, wgpu, tokio, SQLite), so one binary per file cost CI gigabytes of disk
//! and minutes of linking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

#[path = "../support/mod.rs"]
mod support;

mod access; // keyboard, screen reader, focus, QR codes, text size
mod health; // the Portal health panel
mod helpdesk; // helpdesk mode, the viewer, Share with helpdesk
mod language; // the window in the user's language
mod pending; // the Pending work panel
mod signin; // verified methods reach the window without a restart
mod trust; // signed policies in the window
mod wizard; // the wizard and the verdict
