//! One window per data directory.
//!
//! The first GUI takes an exclusive OS lock on `mfa-ready.lock` and listens on a
//! loopback port written to `mfa-ready.instance`. A second GUI finds the lock
//! taken, asks the first to come to the front, and exits once the first answers.
//! The CLI never takes the lock: SQLite's WAL lets it read and write beside a
//! running window.
//!
//! Neither side waits long for the other: the first window serves each connection
//! on its own task with a short read timeout (idle connections cannot queue up a
//! real request behind them) and answers [`FOCUS_ACK`]; the second waits for that
//! answer at most [`FOCUS_WAIT`] and, without one, the caller opens a window anyway.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What a second copy sends.
pub const FOCUS_REQUEST: &[u8] = b"focus";
/// What the first window answers once it has been asked to come forward.
pub const FOCUS_ACK: &[u8] = b"ok";
/// The longest a second copy waits for that answer, connecting included.
pub const FOCUS_WAIT: Duration = Duration::from_secs(2);
/// How long the first window waits for a connection's request before closing it.
const FOCUS_READ_TIMEOUT: Duration = Duration::from_millis(500);

const LOCK_FILE: &str = "mfa-ready.lock";
const PORT_FILE: &str = "mfa-ready.instance";

/// Held by the first window for as long as it runs.
pub struct InstanceGuard {
    _lock: File,
    port_file: PathBuf,
}

impl Drop for InstanceGuard {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.port_file);
    }
}

/// The outcome of trying to be the one window.
pub enum Instance {
    /// We are the first: keep the guard alive, hand the listener to the services.
    Primary {
        guard: InstanceGuard,
        listener: Option<TcpListener>,
    },
    /// Another window runs; `focused` tells whether it acknowledged the request.
    Secondary { focused: bool },
}

/// Tries to become the one window for `data_dir`.
pub fn acquire(data_dir: &Path) -> std::io::Result<Instance> {
    super::perms::create_private_dir(data_dir)?;
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(data_dir.join(LOCK_FILE))?;
    let port_file = data_dir.join(PORT_FILE);
    match lock.try_lock() {
        Ok(()) => {
            let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).ok();
            if let Some(port) = listener
                .as_ref()
                .and_then(|l| l.local_addr().ok())
                .map(|a| a.port())
            {
                let _ = File::create(&port_file).and_then(|mut f| write!(f, "{port}"));
            }
            Ok(Instance::Primary {
                guard: InstanceGuard {
                    _lock: lock,
                    port_file,
                },
                listener,
            })
        }
        Err(std::fs::TryLockError::WouldBlock) => Ok(Instance::Secondary {
            focused: ask_focus(&port_file),
        }),
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Asks the window listening on the port in `port_file` to come forward; true once it
/// answered, within [`FOCUS_WAIT`].
fn ask_focus(port_file: &Path) -> bool {
    let deadline = std::time::Instant::now() + FOCUS_WAIT;
    let left = || deadline.saturating_duration_since(std::time::Instant::now());
    let mut text = String::new();
    if File::open(port_file)
        .and_then(|mut f| f.read_to_string(&mut text))
        .is_err()
    {
        return false;
    }
    let Ok(port) = text.trim().parse::<u16>() else {
        return false;
    };
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, left()) else {
        return false;
    };
    if stream.write_all(FOCUS_REQUEST).is_err() {
        return false;
    }
    let mut answer = Vec::new();
    let mut buf = [0u8; 8];
    while answer.len() < FOCUS_ACK.len() {
        let wait = left();
        if wait.is_zero() || stream.set_read_timeout(Some(wait)).is_err() {
            return false;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return false,
            Ok(n) => answer.extend_from_slice(buf.get(..n).unwrap_or_default()),
        }
    }
    answer.starts_with(FOCUS_ACK)
}

/// Serves focus requests from second copies for as long as the listener lives:
/// each connection on its own task, read for at most [`FOCUS_READ_TIMEOUT`], so a
/// crowd of idle connections cannot hold up a real request; a request is answered
/// with [`FOCUS_ACK`] after `on_focus` ran.
pub async fn serve_focus(
    listener: tokio::net::TcpListener,
    on_focus: impl Fn() + Send + Sync + 'static,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let on_focus = std::sync::Arc::new(on_focus);
    loop {
        let Ok((mut stream, _)) = listener.accept().await else {
            // Out of descriptors or similar: try again shortly rather than spin.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let on_focus = std::sync::Arc::clone(&on_focus);
        tokio::spawn(async move {
            let mut buf = [0u8; 16];
            let read = tokio::time::timeout(FOCUS_READ_TIMEOUT, stream.read(&mut buf)).await;
            if let Ok(Ok(n)) = read
                && buf.get(..n).is_some_and(|b| b.starts_with(FOCUS_REQUEST))
            {
                on_focus();
                let _ = tokio::time::timeout(FOCUS_READ_TIMEOUT, stream.write_all(FOCUS_ACK)).await;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13, item 16: a first window that never answers (hung, or its port taken
    /// by something else) leaves the second copy waiting at most [`FOCUS_WAIT`], and
    /// then it is not counted as brought forward.
    #[test]
    fn a_first_window_that_never_answers_is_not_counted_as_focused() {
        let dir = tempfile::tempdir().unwrap();
        let Instance::Primary { guard, listener } = acquire(dir.path()).unwrap() else {
            panic!("first acquire must be primary");
        };
        let started = std::time::Instant::now();
        let Instance::Secondary { focused } = acquire(dir.path()).unwrap() else {
            panic!("second acquire must be secondary");
        };
        assert!(!focused, "no answer came");
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{:?}",
            started.elapsed()
        );
        drop((guard, listener));
    }

    #[test]
    fn second_acquire_is_secondary_and_reaches_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path()).unwrap();
        let Instance::Primary { guard, listener } = first else {
            panic!("first acquire must be primary");
        };
        let listener = listener.unwrap();
        let Instance::Secondary { focused } = acquire(dir.path()).unwrap() else {
            panic!("second acquire must be secondary");
        };
        // Nobody answered (the listener is never served here): not focused.
        assert!(!focused);
        let (mut conn, _) = listener.accept().unwrap();
        let mut buf = [0u8; 16];
        let n = conn.read(&mut buf).unwrap();
        assert_eq!(&buf[..n], FOCUS_REQUEST);
        drop(guard);
        drop(listener);
        assert!(matches!(
            acquire(dir.path()).unwrap(),
            Instance::Primary { .. }
        ));
    }
}
