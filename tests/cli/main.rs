//! The headless CLI on the built binary: exit codes, JSON contracts, policy files,
//! signed policies, reminders, calendars and reports.
//!
//! Integration tests are grouped into a few binaries by concern: every binary links the
//! whole app (egui, wgpu, tokio, SQLite), so one binary per file cost CI gigabytes of disk
//! and minutes of linking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

// Okta's published examples out of `okta.idp.yaml`: the one reader, core's own.
#[path = "../../crates/core/src/okta/examples.rs"]
mod okta_examples;

mod commands; // exit codes, JSON contract, MFA_READY_NOW
mod device; // device, and [device] in status, check and the report
mod docs; // the man page and shell completions, from the clap definition
mod helpdesk; // remind, calendar, autostart, report
mod okta; // verify against an Okta org with MFA_READY_OKTA_TOKEN
mod policy_files; // oversized and endless policy files
mod report_a11y; // the HTML report under axe-core in headless Chromium
mod report_schema; // every report validates against its schema
mod signed_policy; // keygen, sign, verify, check
