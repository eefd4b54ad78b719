//! Runs one of macOS's own tools under a deadline: its output, or why there is none.
//! At the deadline the child is killed, so a tool that hangs neither outlives the
//! check nor holds its thread. (Linux has a runner of the same shape; the two are
//! ~30 lines each and can become one when both are settled.)

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// What a tool printed, and whether it said it succeeded.
pub(super) struct Output {
    pub(super) success: bool,
    pub(super) stdout: String,
}

/// Why a tool gave no output.
#[derive(Debug)]
pub(super) enum Failure {
    Start(std::io::Error),
    TimedOut(Duration),
    Wait(std::io::Error),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Start(e) => write!(f, "not started ({e})"),
            Self::TimedOut(d) => write!(f, "no answer within {:.1} s", d.as_secs_f64()),
            Self::Wait(e) => write!(f, "lost while waiting ({e})"),
        }
    }
}

/// Runs `program` with `args`, stdin empty, in the C locale and without
/// `SYSTEM_VERSION_COMPAT` (with it, `sw_vers` says 10.16 on macOS 11 and later).
pub(super) fn run(program: &Path, args: &[&str], deadline: Duration) -> Result<Output, Failure> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .env("LC_ALL", "C")
        .env_remove("SYSTEM_VERSION_COMPAT")
        .spawn()
        .map_err(Failure::Start)?;
    let stdout = drain(child.stdout.take());
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Failure::TimedOut(deadline));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Failure::Wait(e));
            }
        }
    };
    let stdout = stdout.and_then(|h| h.join().ok()).unwrap_or_default();
    Ok(Output {
        success: status.success(),
        stdout,
    })
}

/// Reads a pipe to its end on a thread of its own (a child that fills the pipe while
/// nobody reads would never exit), keeping at most 64 KiB.
fn drain(pipe: Option<impl Read + Send + 'static>) -> Option<JoinHandle<String>> {
    let pipe = pipe?;
    Some(std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = pipe.take(64 * 1024).read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }))
}
