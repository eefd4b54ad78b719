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

/// Why a notification was not shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// The desktop's notification service (missing, refused): what it said.
    #[error("{0}")]
    Desktop(String),
    /// [`ENV_NOTIFY_FILE`] could not be written.
    #[error("{detail}")]
    File {
        path: std::path::PathBuf,
        detail: String,
    },
}

/// Shows notifications.
pub trait Notifier: Send + Sync {
    /// Shows `notice`; `Err` says why it could not be (no notification service, …).
    fn notify(&self, notice: &Notice) -> Result<(), NotifyError>;
}

/// The desktop's notification service.
pub struct DesktopNotifier;

impl Notifier for DesktopNotifier {
    fn notify(&self, notice: &Notice) -> Result<(), NotifyError> {
        notify_rust::Notification::new()
            .summary(&notice.title)
            .body(&notice.body)
            .appname("MFA Ready")
            .show()
            .map(drop)
            .map_err(|e| {
                tracing::warn!(error = %e, "desktop notification not shown");
                NotifyError::Desktop(e.to_string())
            })
    }
}

/// Debug builds only, for tests of the built binary: notices are appended to this
/// file (one `title\tbody` line each) instead of the desktop's service.
pub const ENV_NOTIFY_FILE: &str = "MFA_READY_NOTIFY_FILE";

/// The desktop's service, or in a debug build with [`ENV_NOTIFY_FILE`] set, that file.
pub fn desktop() -> Box<dyn Notifier> {
    if cfg!(debug_assertions)
        && let Some(path) = std::env::var_os(ENV_NOTIFY_FILE)
    {
        return Box::new(FileNotifier(path.into()));
    }
    Box::new(DesktopNotifier)
}

/// Appends notices to a file (see [`ENV_NOTIFY_FILE`]).
struct FileNotifier(std::path::PathBuf);

impl Notifier for FileNotifier {
    fn notify(&self, notice: &Notice) -> Result<(), NotifyError> {
        use std::io::Write as _;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.0)
            .and_then(|mut f| writeln!(f, "{}\t{}", notice.title, notice.body))
            .map_err(|e| NotifyError::File {
                path: self.0.clone(),
                detail: e.to_string(),
            })
    }
}

/// Keeps notifications in memory (tests, `queue run` without a desktop).
#[derive(Default)]
pub struct RecordingNotifier(pub Mutex<Vec<Notice>>);

impl Notifier for RecordingNotifier {
    fn notify(&self, notice: &Notice) -> Result<(), NotifyError> {
        if let Ok(mut v) = self.0.lock() {
            v.push(notice.clone());
        }
        Ok(())
    }
}
