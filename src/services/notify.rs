//! Desktop notifications (notify-rust): job succeeded, portal back, job failed.
//!
//! Behind a trait so tests and headless runs can watch instead of showing one.
//! A failure to notify is logged, never fatal (the window shows it too).

use std::sync::Mutex;

/// One notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
}

/// Shows notifications.
pub trait Notifier: Send + Sync {
    fn notify(&self, notice: &Notice);
}

/// The desktop's notification service.
pub struct DesktopNotifier;

impl Notifier for DesktopNotifier {
    fn notify(&self, notice: &Notice) {
        let result = notify_rust::Notification::new()
            .summary(&notice.title)
            .body(&notice.body)
            .appname("MFA Ready")
            .show();
        if let Err(e) = result {
            tracing::warn!(error = %e, "desktop notification not shown");
        }
    }
}

/// Keeps notifications in memory (tests, `queue run` without a desktop).
#[derive(Default)]
pub struct RecordingNotifier(pub Mutex<Vec<Notice>>);

impl Notifier for RecordingNotifier {
    fn notify(&self, notice: &Notice) {
        if let Ok(mut v) = self.0.lock() {
            v.push(notice.clone());
        }
    }
}
