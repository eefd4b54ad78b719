//! The fleet simulator's tests: its goals on 1,000 devices (`goals`), and one device's
//! trace against the app's real health schedule and worker (`trace`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

mod goals;
mod trace;
