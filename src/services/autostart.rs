//! Reminders at login without opening the window: an autostart entry that runs
//! `mfa-ready remind` (headless; it shows what is due and exits).
//!
//! * Linux: `$XDG_CONFIG_HOME/autostart/mfa-ready-remind.desktop` (XDG Autostart).
//! * macOS: `~/Library/LaunchAgents/org.mfa-ready.remind.plist` (`RunAtLoad`).
//! * Windows: the `MFA Ready reminders` value of
//!   `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, written with the
//!   system's `reg.exe` (no extra dependency for one value).
//!
//! The user's choice is kept in the store (`autostart` = `on`/`off`); with no
//! choice yet, the policy's `[reminders] autostart` decides.

use std::path::{Path, PathBuf};

/// The store setting that keeps the user's choice (`on` / `off`).
pub const SETTING: &str = "autostart";

/// The name of the entry (file stem or Run value).
pub const ENTRY_NAME: &str = "mfa-ready-remind";
const RUN_KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";
const RUN_VALUE: &str = "MFA Ready reminders";
const MAC_LABEL: &str = "org.mfa-ready.remind";

/// Where this user's autostart entry lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Autostart {
    /// An XDG `.desktop` file at this path.
    Desktop(PathBuf),
    /// A LaunchAgent plist at this path.
    LaunchAgent(PathBuf),
    /// The Windows Run key.
    RunKey,
}

/// Why the entry could not be changed.
#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("reg.exe failed: {0}")]
    Registry(String),
    #[error("no home folder was found for this user")]
    NoHome,
}

impl Autostart {
    /// This user's entry on this OS.
    pub fn for_this_user() -> Result<Self, AutostartError> {
        if cfg!(windows) {
            return Ok(Self::RunKey);
        }
        let dirs = directories::BaseDirs::new().ok_or(AutostartError::NoHome)?;
        if cfg!(target_os = "macos") {
            Ok(Self::LaunchAgent(
                dirs.home_dir()
                    .join("Library/LaunchAgents")
                    .join(format!("{MAC_LABEL}.plist")),
            ))
        } else {
            Ok(Self::in_config_dir(dirs.config_dir()))
        }
    }

    /// The XDG entry under a config folder (`~/.config`; tests use a temporary one).
    pub fn in_config_dir(config: &Path) -> Self {
        Self::Desktop(
            config
                .join("autostart")
                .join(format!("{ENTRY_NAME}.desktop")),
        )
    }

    /// Where it is, for people ("~/.config/autostart/mfa-ready-remind.desktop").
    pub fn describe(&self) -> String {
        match self {
            Self::Desktop(p) | Self::LaunchAgent(p) => p.display().to_string(),
            Self::RunKey => format!("{RUN_KEY}\\{RUN_VALUE}"),
        }
    }

    /// Whether the entry exists.
    pub fn is_enabled(&self) -> bool {
        match self {
            Self::Desktop(p) | Self::LaunchAgent(p) => p.is_file(),
            Self::RunKey => std::process::Command::new("reg")
                .args(["query", RUN_KEY, "/v", RUN_VALUE])
                .output()
                .is_ok_and(|o| o.status.success()),
        }
    }

    /// Writes the entry so that `exe remind` runs at login.
    pub fn enable(&self, exe: &Path) -> Result<(), AutostartError> {
        match self {
            Self::Desktop(p) => write_file(p, &desktop_entry(exe)),
            Self::LaunchAgent(p) => write_file(p, &launch_agent(exe)),
            Self::RunKey => {
                let command = format!("\"{}\" remind", exe.display());
                reg(&[
                    "add", RUN_KEY, "/v", RUN_VALUE, "/t", "REG_SZ", "/d", &command, "/f",
                ])
            }
        }
    }

    /// Removes the entry. True when there was one.
    pub fn disable(&self) -> Result<bool, AutostartError> {
        match self {
            Self::Desktop(p) | Self::LaunchAgent(p) => match std::fs::remove_file(p) {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                Err(source) => Err(AutostartError::Io {
                    path: p.display().to_string(),
                    source,
                }),
            },
            Self::RunKey => {
                let had = self.is_enabled();
                if had {
                    reg(&["delete", RUN_KEY, "/v", RUN_VALUE, "/f"])?;
                }
                Ok(had)
            }
        }
    }
}

/// The program to start at login: the AppImage itself when running from one
/// (its mount point changes every run), else this executable.
pub fn program() -> Option<PathBuf> {
    std::env::var_os("APPIMAGE")
        .map(PathBuf::from)
        .or_else(|| std::env::current_exe().ok())
}

fn write_file(path: &Path, text: &str) -> Result<(), AutostartError> {
    let io = |source| AutostartError::Io {
        path: path.display().to_string(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, text).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

fn reg(args: &[&str]) -> Result<(), AutostartError> {
    let out = std::process::Command::new("reg")
        .args(args)
        .output()
        .map_err(|e| AutostartError::Registry(e.to_string()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(AutostartError::Registry(
            String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        ))
    }
}

/// An XDG desktop entry; `Exec` quoted as the Desktop Entry spec says.
fn desktop_entry(exe: &Path) -> String {
    let mut quoted = String::from("\"");
    for c in exe.display().to_string().chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    // In a desktop file, a backslash in a string value is itself escaped.
    let exec = quoted.replace('\\', "\\\\");
    format!(
        "[Desktop Entry]\nType=Application\nName=MFA Ready reminders\n\
         Comment=Reminds you of your MFA setup deadline\nExec={exec} remind\n\
         Terminal=false\nNoDisplay=true\nX-GNOME-Autostart-enabled=true\n"
    )
}

fn launch_agent(exe: &Path) -> String {
    let exe = exe
        .display()
        .to_string()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>{MAC_LABEL}</string>
  <key>ProgramArguments</key><array><string>{exe}</string><string>remind</string></array>
  <key>RunAtLoad</key><true/>
</dict>
</plist>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_is_quoted_for_spaces_and_specials() {
        let e = desktop_entry(Path::new("/opt/MFA Ready/mfa-ready"));
        assert!(
            e.contains("Exec=\"/opt/MFA Ready/mfa-ready\" remind\n"),
            "{e}"
        );
        let e = desktop_entry(Path::new("/tmp/a$b"));
        assert!(e.contains("Exec=\"/tmp/a\\\\$b\" remind"), "{e}");
    }

    #[test]
    fn launch_agent_escapes_the_path() {
        let p = launch_agent(Path::new("/Applications/A&B.app/Contents/MacOS/mfa-ready"));
        assert!(p.contains("<string>/Applications/A&amp;B.app/Contents/MacOS/mfa-ready</string>"));
        assert!(p.contains("<key>RunAtLoad</key><true/>"));
    }
}
