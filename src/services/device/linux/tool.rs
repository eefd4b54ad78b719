//! The one way the Linux readers run a tool (`gsettings`, `firewall-cmd`,
//! `xdg-settings`): in its own process group, stdin closed, stdout to an anonymous
//! file (a grandchild that keeps it open cannot hold the read up), stderr dropped
//! (dconf's warnings never reach what is parsed), the C locale; waited for until the
//! deadline, and then killed with its whole group and reaped, so no thread waits on
//! it and nothing it started outlives the check.

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// At most this much of a tool's output is read: the answers read are one line.
const MAX_OUTPUT: u64 = 64 * 1024;

/// Where tools are looked up (`Host::path`; `None`: the process's `PATH`).
#[derive(Debug, Clone, Default)]
pub(super) struct Tools {
    path: Option<OsString>,
}

/// What a tool printed.
#[derive(Debug, Clone)]
pub(super) struct Output {
    pub status: ExitStatus,
    pub stdout: String,
}

/// Why a tool gave no output to read.
#[derive(Debug, thiserror::Error)]
pub(super) enum ToolError {
    #[error("{0} is not installed")]
    NotFound(String),
    #[error("{program} did not answer within {} ms and was stopped", .waited.as_millis())]
    TimedOut { program: String, waited: Duration },
    #[error("{program} could not be run ({source})")]
    Io { program: String, source: io::Error },
}

impl Tools {
    pub fn new(path: Option<OsString>) -> Self {
        Self { path }
    }

    /// Runs `program args…` and returns its stdout once it exits, or kills it (and
    /// anything it started in its group) at `deadline`.
    pub fn run(
        &self,
        program: &str,
        args: &[&str],
        deadline: Instant,
    ) -> Result<Output, ToolError> {
        let io = |source| ToolError::Io {
            program: program.to_owned(),
            source,
        };
        let mut out = tempfile::tempfile().map_err(io)?;
        let started = Instant::now();
        let mut child = self.spawn(program, args, &out)?;
        let mut pause = Duration::from_millis(2);
        let status = loop {
            if let Some(status) = child.try_wait().map_err(io)? {
                break status;
            }
            let now = Instant::now();
            if now >= deadline {
                stop(&mut child);
                return Err(ToolError::TimedOut {
                    program: program.to_owned(),
                    waited: now - started,
                });
            }
            std::thread::sleep(pause.min(deadline - now));
            pause = (pause * 2).min(Duration::from_millis(25));
        };
        Ok(Output {
            status,
            stdout: read_back(&mut out).map_err(io)?,
        })
    }

    fn spawn(&self, program: &str, args: &[&str], out: &File) -> Result<Child, ToolError> {
        let io = |source| ToolError::Io {
            program: program.to_owned(),
            source,
        };
        let mut cmd = Command::new(program);
        cmd.args(args)
            .stdin(Stdio::null())
            .stdout(out.try_clone().map_err(io)?)
            .stderr(Stdio::null())
            .env("LC_ALL", "C")
            .process_group(0);
        if let Some(path) = &self.path {
            // Command looks the program up in the PATH it is given.
            cmd.env("PATH", path);
        }
        // A script just written may still be open for writing in a child another
        // thread forked (ETXTBSY) for a moment: try again rather than call it missing.
        let mut tries = 0;
        loop {
            match cmd.spawn() {
                Ok(child) => return Ok(child),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    return Err(ToolError::NotFound(program.to_owned()));
                }
                Err(e) if e.raw_os_error() == Some(libc::ETXTBSY) && tries < 5 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(e) => return Err(io(e)),
            }
        }
    }
}

/// Kills the child's process group (it leads it: `process_group(0)`), then the child
/// itself, and reaps it.
fn stop(child: &mut Child) {
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: kill(2) only sends a signal; -pid names the group this child leads,
        // and the child is not reaped yet, so its id cannot have been reused.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    // Already dead from the group's signal; these only make sure and reap it.
    let _ = child.kill();
    let _ = child.wait();
}

fn read_back(out: &mut File) -> io::Result<String> {
    out.seek(SeekFrom::Start(0))?;
    let mut bytes = Vec::new();
    out.take(MAX_OUTPUT).read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
