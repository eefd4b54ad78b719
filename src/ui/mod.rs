//! egui only: renders state, sends commands, never blocks or awaits.
//!
//! Builds on `services` (commands, events, snapshots) and `core` (the verdict).
//! Every function that takes `&mut egui::Ui` ends in `_ui`.

mod app;
mod health;
mod pages;
mod pending;
mod reach;
mod share;
mod state;
mod viewer;
mod widgets;
pub mod words;

pub use app::{AppInit, MfaReadyApp};
pub use pages::summary_text;
pub use reach::outage_advice;
pub use state::{Action, AppState, Banner, Notice, Page};
pub use viewer::{ReportViewer, ViewerApp, ViewerTab};
