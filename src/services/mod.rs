//! IO: the store, policy discovery, the services thread; probes, the retry queue
//! and enrollment clients join here.
//!
//! Builds on `core`; knows nothing of `ui`. Talks to the window only through
//! [`protocol::Command`] / [`protocol::Event`] channels and a waker callback.

pub mod auth;
pub mod autostart;
pub mod config;
pub mod device;
pub mod enroll;
pub mod files;
pub mod health;
pub mod helpdesk;
pub mod http;
pub mod instance;
pub mod locale;
pub mod notify;
pub mod perms;
pub mod probe;
pub mod protocol;
pub mod queue;
pub mod reminders;
pub mod report;
pub mod route;
pub mod runtime;
pub mod store;
pub mod trust;
