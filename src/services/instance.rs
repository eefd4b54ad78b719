//! One window per data directory.
//!
//! The first GUI takes an exclusive OS lock on `mfa-ready.lock` and listens on a
//! loopback port written to `mfa-ready.instance`. A second GUI finds the lock
//! taken, asks the first to come to the front, and exits. The CLI never takes
//! the lock: SQLite's WAL lets it read and write beside a running window.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What a second copy sends.
pub const FOCUS_REQUEST: &[u8] = b"focus";

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

fn ask_focus(port_file: &Path) -> bool {
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
    TcpStream::connect_timeout(&addr, Duration::from_secs(1))
        .and_then(|mut s| s.write_all(FOCUS_REQUEST))
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(focused);
        let (mut conn, _) = listener.accept().unwrap();
        let mut buf = Vec::new();
        conn.read_to_end(&mut buf).unwrap();
        assert_eq!(buf, FOCUS_REQUEST);
        drop(guard);
        drop(listener);
        assert!(matches!(
            acquire(dir.path()).unwrap(),
            Instance::Primary { .. }
        ));
    }
}
