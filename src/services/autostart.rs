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

/// What runs at login: `exe remind`, with the policy and data folder this copy was
/// started with when they were chosen by hand (a flag or an environment variable),
/// so the reminder reads the same store and deadline as the window that set it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginCommand {
    pub exe: PathBuf,
    pub policy: Option<PathBuf>,
    pub data_dir: Option<PathBuf>,
}

impl LoginCommand {
    /// The plain `exe remind`.
    pub fn new(exe: PathBuf) -> Self {
        Self {
            exe,
            policy: None,
            data_dir: None,
        }
    }

    /// Refuses a program, policy or data folder whose path holds a line break or
    /// another control character: no entry format can carry it safely.
    fn check(&self) -> Result<(), AutostartError> {
        let paths = [
            Some(&self.exe),
            self.policy.as_ref(),
            self.data_dir.as_ref(),
        ];
        for p in paths.into_iter().flatten() {
            let text = p.to_string_lossy();
            if text.chars().any(char::is_control) {
                return Err(AutostartError::UnsafePath(
                    mfa_ready_core::text::single_line(&text),
                ));
            }
        }
        Ok(())
    }

    /// The arguments after the program, made absolute (login starts elsewhere).
    fn args(&self) -> Vec<String> {
        let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
        let mut args = vec!["remind".to_owned()];
        if let Some(p) = &self.policy {
            args.extend(["--policy".to_owned(), abs(p).display().to_string()]);
        }
        if let Some(d) = &self.data_dir {
            args.extend(["--data-dir".to_owned(), abs(d).display().to_string()]);
        }
        args
    }
}

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
    /// A path with a line break (or another control character) would end the entry's
    /// line and start another (a second `Exec=` in a desktop file): refused.
    #[error(
        "\"{0}\" has a line break or another control character in it, so it cannot go into a login entry; use a folder without one"
    )]
    UnsafePath(String),
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

    /// Writes the entry so that `command` runs at login. A path with a control
    /// character in it is refused before anything is written.
    pub fn enable(&self, command: &LoginCommand) -> Result<(), AutostartError> {
        command.check()?;
        match self {
            Self::Desktop(p) => write_file(p, &desktop_entry(command)),
            Self::LaunchAgent(p) => write_file(p, &launch_agent(command)),
            Self::RunKey => {
                let line = windows_command_line(command);
                reg(&[
                    "add", RUN_KEY, "/v", RUN_VALUE, "/t", "REG_SZ", "/d", &line, "/f",
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
    crate::services::files::write_whole(path, text.as_bytes()).map_err(io)
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

/// One `Exec` argument quoted as the Desktop Entry spec says (`remind` and the flag
/// names need none): inside double quotes, `"`, `` ` ``, `$` and `\\` take a
/// backslash; a literal `%` is written `%%` (a lone `%` starts a field code such as
/// `%f`); then the whole value is escaped as a desktop-file string (a backslash
/// doubled). Control characters never get here ([`LoginCommand::check`]).
fn exec_quoted(arg: &str) -> String {
    if arg.starts_with("--") || arg == "remind" {
        return arg.to_owned();
    }
    let mut quoted = String::from("\"");
    for c in arg.chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '%' => quoted.push_str("%%"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    // In a desktop file, a backslash in a string value is itself escaped.
    quoted.replace('\\', "\\\\")
}

/// An XDG desktop entry.
fn desktop_entry(command: &LoginCommand) -> String {
    let mut exec = exec_quoted(&command.exe.display().to_string());
    // The program is always quoted, even without specials.
    if !exec.starts_with('"') {
        exec = format!("\"{exec}\"");
    }
    for a in command.args() {
        exec.push(' ');
        exec.push_str(&exec_quoted(&a));
    }
    format!(
        "[Desktop Entry]\nType=Application\nName=MFA Ready reminders\n\
         Comment=Reminds you of your MFA setup deadline\nExec={exec}\n\
         Terminal=false\nNoDisplay=true\nX-GNOME-Autostart-enabled=true\n"
    )
}

/// The Run key's command line: each part in quotes (paths have spaces; a Windows
/// path never holds a quote, and a trailing backslash would escape the closing one).
fn windows_command_line(command: &LoginCommand) -> String {
    let quote = |s: &str| format!("\"{}\"", s.trim_end_matches('\\'));
    let mut line = quote(&command.exe.display().to_string());
    for a in command.args() {
        line.push(' ');
        if a.starts_with("--") || a == "remind" {
            line.push_str(&a);
        } else {
            line.push_str(&quote(&a));
        }
    }
    line
}

fn launch_agent(command: &LoginCommand) -> String {
    let xml = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let args: String = std::iter::once(command.exe.display().to_string())
        .chain(command.args())
        .map(|a| format!("<string>{}</string>", xml(&a)))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>{MAC_LABEL}</string>
  <key>ProgramArguments</key><array>{args}</array>
  <key>RunAtLoad</key><true/>
</dict>
</plist>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(exe: &str) -> LoginCommand {
        LoginCommand::new(PathBuf::from(exe))
    }

    #[test]
    fn exec_is_quoted_for_spaces_and_specials() {
        let e = desktop_entry(&plain("/opt/MFA Ready/mfa-ready"));
        assert!(
            e.contains("Exec=\"/opt/MFA Ready/mfa-ready\" remind\n"),
            "{e}"
        );
        let e = desktop_entry(&plain("/tmp/a$b"));
        assert!(e.contains("Exec=\"/tmp/a\\\\$b\" remind"), "{e}");
        let e = desktop_entry(&plain("/usr/bin/mfa-ready"));
        assert!(e.contains("Exec=\"/usr/bin/mfa-ready\" remind\n"), "{e}");
    }

    #[test]
    fn the_policy_and_data_folder_chosen_by_hand_go_along() {
        let c = LoginCommand {
            exe: PathBuf::from("/opt/mfa-ready"),
            policy: Some(PathBuf::from("/etc/My Org/policy.toml")),
            data_dir: Some(PathBuf::from("/srv/mfa data")),
        };
        let e = desktop_entry(&c);
        assert!(
            e.contains(
                "Exec=\"/opt/mfa-ready\" remind --policy \"/etc/My Org/policy.toml\" --data-dir \"/srv/mfa data\"\n"
            ),
            "{e}"
        );
        let p = launch_agent(&c);
        assert!(
            p.contains("<string>remind</string><string>--policy</string><string>/etc/My Org/policy.toml</string><string>--data-dir</string>"),
            "{p}"
        );
        let w = windows_command_line(&LoginCommand {
            exe: PathBuf::from(r"C:\Program Files\MFA Ready\mfa-ready.exe"),
            policy: None,
            data_dir: Some(PathBuf::from(r"D:\mfa data\")),
        });
        assert!(
            w.starts_with("\"C:\\Program Files\\MFA Ready\\mfa-ready.exe\" remind --data-dir \""),
            "{w}"
        );
        assert!(
            !w.contains("\\\""),
            "no backslash before a closing quote: {w}"
        );
    }

    /// Issue 13, item 12: `%` starts a field code in `Exec`, a line break starts a new
    /// key (the later `Exec=` wins under GLib).
    #[test]
    fn percent_is_doubled_and_a_line_break_is_refused() {
        let c = LoginCommand {
            exe: PathBuf::from("/opt/mfa-ready"),
            policy: None,
            data_dir: Some(PathBuf::from("/srv/100%u data")),
        };
        let e = desktop_entry(&c);
        assert!(e.contains("--data-dir \"/srv/100%%u data\"\n"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let entry = Autostart::in_config_dir(dir.path());
        let evil = LoginCommand {
            exe: PathBuf::from("/opt/mfa-ready"),
            policy: None,
            data_dir: Some(PathBuf::from("/tmp/x\nExec=/bin/sh -c pwned")),
        };
        let err = entry.enable(&evil).unwrap_err();
        assert!(matches!(err, AutostartError::UnsafePath(_)), "{err}");
        assert!(!err.to_string().contains('\n'));
        assert!(!entry.is_enabled(), "nothing may be written");
        let plist = Autostart::LaunchAgent(dir.path().join("a.plist"));
        assert!(plist.enable(&evil).is_err());
        assert!(!plist.is_enabled());
        let mut tab = evil.clone();
        tab.data_dir = None;
        tab.policy = Some(PathBuf::from("/etc/p\u{1b}[2J.toml"));
        assert!(entry.enable(&tab).is_err());
    }

    #[test]
    fn launch_agent_escapes_the_path() {
        let p = launch_agent(&plain("/Applications/A&B.app/Contents/MacOS/mfa-ready"));
        assert!(p.contains("<string>/Applications/A&amp;B.app/Contents/MacOS/mfa-ready</string>"));
        assert!(p.contains("<key>RunAtLoad</key><true/>"));
    }
}
