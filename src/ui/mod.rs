//! egui only: renders state, sends commands, never blocks or awaits.
//!
//! Builds on `services` (commands, events, snapshots) and `core` (the verdict). Every
//! sentence it shows comes from the Fluent catalogue (`mfa_ready_i18n`, through
//! `AppState::tr`); `words` says what the services report. Every function that takes
//! `&mut egui::Ui` ends in `_ui`.

mod app;
mod chrome;
mod device;
mod health;
pub mod jobs;
mod language;
pub mod names;
mod notices;
mod panel;
mod panels;
mod pending;
mod qr;
mod reach;
pub mod readiness_words;
mod share;
mod state;
pub mod theme;
mod viewer;
mod widgets;
pub mod words;

pub use app::{AppInit, MfaReadyApp};
pub use panels::summary_text;
pub use reach::outage_advice;
pub use state::{Action, AppState, Banner, Copied, Notice, NoticeKey, Page, Posted};
pub use viewer::{ReportViewer, ViewerApp, ViewerTab};
