//! The real probe behind the retry queue's "is the portal back?" question.

use super::settings::HealthSettings;
use crate::services::probe::{PortalTarget, Prober};

/// The real probe behind the retry queue's [`crate::services::queue::PortalProbe`]: one probe of
/// the portal (fresh connection, verified TLS, phase deadlines); healthy when it
/// answers usably (healthy or slow). Replaces the queue's plain GET when the window
/// runs with a valid policy.
pub struct RealProbe {
    prober: Prober,
    targets: Vec<PortalTarget>,
}

impl RealProbe {
    /// Reads the trust store and extra roots once (blocking file reads: call at start-up).
    pub fn new(settings: &HealthSettings) -> Self {
        Self {
            prober: Prober::new(settings.probe.clone()),
            targets: settings.targets.clone(),
        }
    }
}

impl crate::services::queue::PortalProbe for RealProbe {
    fn healthy<'a>(&'a self, url: &'a str) -> crate::services::http::BoxFut<'a, bool> {
        Box::pin(async move {
            let target = self
                .targets
                .iter()
                .find(|t| t.url == url)
                .cloned()
                .unwrap_or_else(|| PortalTarget::new("portal", url));
            self.prober.probe(&target).await.outcome.is_healthy()
        })
    }
}
