//! The durable retry queue and its store: real SQLite files, real processes (the built
//! binary), and a mock Graph on 127.0.0.1. (The fleet simulator's tests live with it, in
//! crates/sim.)
//!
//! Integration tests are grouped into a few binaries by concern: every binary links the
//! whole app (egui, wgpu, tokio, SQLite), so one binary per file cost CI gigabytes of disk
//! and minutes of linking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

#[path = "../support/graphsim.rs"]
#[allow(dead_code)] // each test binary uses part of it
mod graphsim;
#[path = "../support/mod.rs"]
mod support;

mod commands; // the CLI's queue commands
mod crash; // kill -9 while requests are in flight
mod graph; // the queue against a mock Graph and token endpoint
mod lease; // claims, owners and leases across processes
mod poison; // a job whose processing panics
mod services; // the queue on the services thread
mod store; // the store on real files
