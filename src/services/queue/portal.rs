//! The portal check a `resume_portal_step` job ("Tell me when it's back") and
//! the "Open setup page" check run. The real one is
//! `services::health::RealProbe` (one probe, the same judgment as the health
//! page: `core::fault::Outcome::host_signal`); tests pass their own.

use crate::services::http::BoxFut;

/// Checks whether a portal answers usably now.
pub trait PortalProbe: Send + Sync {
    /// True when the portal is healthy (answered usably in time).
    fn healthy<'a>(&'a self, url: &'a str) -> BoxFut<'a, bool>;
}
