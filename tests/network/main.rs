//! Probes, status feeds and sign-in over real loopback sockets (127.0.0.1 only; nothing
//! reaches the internet), and this device read through its files and a private D-Bus.
//!
//! Integration tests are grouped into a few binaries by concern: every binary links the
//! whole app (egui, wgpu, tokio, SQLite), so one binary per file cost CI gigabytes of disk
//! and minutes of linking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

#[path = "../support/faultserver.rs"]
mod faultserver;
// Okta's published examples out of `okta.idp.yaml`: the one reader, core's own.
#[path = "../../crates/core/src/okta/examples.rs"]
mod okta_examples;

mod cli_probe; // mfa-ready probe --json
#[cfg(target_os = "linux")]
mod device; // this device's checks and facts (BlueZ on a private bus, a fake root)
mod feeds; // vendor status feeds
mod health; // the probe schedule on the services thread
mod okta; // Okta's MyAccount API and sign-in, on its published examples
mod portal; // Tell me when it's back
mod probe; // the portal probe against the fault server
mod route; // the proxy each request takes: PAC, GNOME settings, the environment, the policy
mod signin; // the browser sign-in and its listener
mod tokens; // where tokens may go
