//! What every Linux reader shares: the desktop session's environment, paths under
//! `Host::root`, the time a reader has, and an IO error as evidence.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::services::device::reader::CHECK_TIMEOUT;

/// What the desktop session says about itself: read once, from the environment.
#[derive(Debug, Clone, Default)]
pub(super) struct Session {
    /// `XDG_CURRENT_DESKTOP` ("ubuntu:GNOME", "KDE"); `None` outside a desktop session.
    pub desktop: Option<String>,
    /// `HOME`.
    pub home: Option<PathBuf>,
    /// `XDG_CONFIG_HOME` (default `~/.config`).
    pub config_home: Option<PathBuf>,
    /// `XDG_DATA_HOME` (default `~/.local/share`).
    pub data_home: Option<PathBuf>,
}

impl Session {
    pub fn from_process() -> Self {
        let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        // The base directory spec ignores relative paths.
        let dir = |k: &str| var(k).map(PathBuf::from).filter(|p| p.is_absolute());
        Self {
            desktop: var("XDG_CURRENT_DESKTOP").map(|v| v.to_string_lossy().into_owned()),
            home: dir("HOME"),
            config_home: dir("XDG_CONFIG_HOME"),
            data_home: dir("XDG_DATA_HOME"),
        }
    }

    /// The user's configuration folder.
    pub fn config_dir(&self) -> Option<PathBuf> {
        self.config_home
            .clone()
            .or_else(|| self.home.as_ref().map(|h| h.join(".config")))
    }

    /// The user's data folder.
    pub fn data_dir(&self) -> Option<PathBuf> {
        self.data_home
            .clone()
            .or_else(|| self.home.as_ref().map(|h| h.join(".local/share")))
    }

    /// The desktop's names in `XDG_CURRENT_DESKTOP`, lower case ("ubuntu", "gnome").
    pub fn desktop_names(&self) -> Vec<String> {
        self.desktop
            .as_deref()
            .unwrap_or_default()
            .split(':')
            .map(|n| n.trim().to_ascii_lowercase())
            .filter(|n| !n.is_empty())
            .collect()
    }
}

/// `path` (absolute, as the OS names it) inside `root`.
pub(super) fn under(root: &Path, path: impl AsRef<Path>) -> PathBuf {
    let path = path.as_ref();
    root.join(path.strip_prefix("/").unwrap_or(path))
}

/// When a reader must have its answer: a little before the services' own deadline
/// ([`CHECK_TIMEOUT`]), so a tool that hangs is killed and named in the evidence
/// rather than left running behind a generic "no answer".
pub(super) fn deadline() -> Instant {
    Instant::now() + CHECK_TIMEOUT.saturating_sub(Duration::from_millis(400))
}

/// An `io::Error` in evidence: its kind ("permission denied"), never a path.
pub(super) fn why(e: &std::io::Error) -> String {
    e.kind().to_string()
}
