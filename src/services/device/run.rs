//! Reading this device: every check and fact source of this platform at once, each on
//! a blocking thread under [`CHECK_TIMEOUT`].

use std::sync::Arc;

use mfa_ready_core::device::{Check, CheckId, DeviceFacts, DeviceReport, Platform, Status};

use super::reader::{CHECK_TIMEOUT, DeviceCheck, DeviceSnapshot, FactSource, Host, Readers};

/// Runs every check and fact source for this platform at once, each under
/// [`CHECK_TIMEOUT`]. `min_os` is the policy's (for `os_supported`).
pub async fn read(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> DeviceSnapshot {
    let platform = Platform::current();
    // Setting the readers up may read too (the OS's name: a file, or `sw_vers` on a
    // Mac): on a blocking thread, never on the services' own.
    let (h, m) = (host.clone(), min_os.clone());
    let (os_name, checks, sources) =
        match tokio::task::spawn_blocking(move || platform_readers(&h, &m)).await {
            Ok(readers) => readers,
            Err(_) => ("".to_owned(), Vec::new(), Vec::new()),
        };
    let checks = run_checks(checks).await;
    let facts = run_facts(platform, sources).await;
    DeviceSnapshot {
        report: DeviceReport {
            platform,
            os_name,
            checks,
        },
        facts,
    }
}

#[cfg(target_os = "linux")]
fn platform_readers(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> Readers {
    super::linux::readers(host, min_os)
}

#[cfg(target_os = "windows")]
fn platform_readers(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> Readers {
    super::windows::readers(host, min_os)
}

#[cfg(target_os = "macos")]
fn platform_readers(host: &Host, min_os: &mfa_ready_core::device::MinOs) -> Readers {
    super::macos::readers(host, min_os)
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
fn platform_readers(_host: &Host, _min_os: &mfa_ready_core::device::MinOs) -> Readers {
    ("this operating system".to_owned(), Vec::new(), Vec::new())
}

/// Each check on its own blocking thread under the deadline, in [`CheckId::ALL`]
/// order; a check with no reader on this platform is unknown.
pub async fn run_checks(checks: Vec<Arc<dyn DeviceCheck>>) -> Vec<Check> {
    let tasks: Vec<_> = checks
        .into_iter()
        .map(|c| {
            let id = c.id();
            let task = tokio::task::spawn_blocking(move || c.read());
            (id, tokio::time::timeout(CHECK_TIMEOUT, task))
        })
        .collect();
    let mut out = Vec::new();
    for (id, task) in tasks {
        out.push(match task.await {
            Ok(Ok(check)) => check,
            Ok(Err(_)) => Check::new(id, Status::Unknown, "the reader stopped"),
            Err(_) => Check::new(
                id,
                Status::Unknown,
                format!("no answer within {} s", CHECK_TIMEOUT.as_secs()),
            ),
        });
    }
    for id in CheckId::ALL {
        if !out.iter().any(|c| c.id == id) {
            out.push(Check::new(
                id,
                Status::Unknown,
                "not checked on this operating system",
            ));
        }
    }
    out.sort_by_key(|c| c.id);
    out
}

/// Every fact source at once, each under the deadline; what one could not read in
/// time stays unknown.
pub async fn run_facts(platform: Platform, sources: Vec<Arc<dyn FactSource>>) -> DeviceFacts {
    let tasks: Vec<_> = sources
        .into_iter()
        .map(|s| {
            let task = tokio::task::spawn_blocking(move || {
                let mut f = DeviceFacts::default();
                s.read(&mut f);
                f
            });
            tokio::time::timeout(CHECK_TIMEOUT, task)
        })
        .collect();
    let mut facts = DeviceFacts {
        platform: Some(platform),
        ..DeviceFacts::default()
    };
    for task in tasks {
        if let Ok(Ok(f)) = task.await {
            merge(&mut facts, &f);
        }
    }
    facts
}

/// What `from` knows, over what `into` does not.
fn merge(into: &mut DeviceFacts, from: &DeviceFacts) {
    use mfa_ready_core::device::{Bluetooth, Browser, Hello};
    if from.bluetooth != Bluetooth::Unknown {
        into.bluetooth = from.bluetooth;
    }
    if from.browser != Browser::Unknown {
        into.browser = from.browser;
    }
    if from.security_key.is_some() {
        into.security_key = from.security_key;
    }
    if from.hello != Hello::Unknown {
        into.hello = from.hello;
    }
    if from.touch_id.is_some() {
        into.touch_id = from.touch_id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    struct Slow;
    impl DeviceCheck for Slow {
        fn id(&self) -> CheckId {
            CheckId::Firewall
        }
        fn read(&self) -> Check {
            std::thread::sleep(Duration::from_secs(3));
            Check::new(CheckId::Firewall, Status::Pass, "too late")
        }
    }

    struct Fixed(CheckId, Status);
    impl DeviceCheck for Fixed {
        fn id(&self) -> CheckId {
            self.0
        }
        fn read(&self) -> Check {
            Check::new(self.0, self.1, "read")
        }
    }

    /// A reader that never answers is unknown after the deadline; the others are
    /// not held up; a check with no reader is unknown; the order is fixed.
    #[tokio::test]
    async fn a_check_that_hangs_is_unknown_after_its_deadline() {
        let checks: Vec<Arc<dyn DeviceCheck>> = vec![
            Arc::new(Slow),
            Arc::new(Fixed(CheckId::DiskEncryption, Status::Fail)),
        ];
        let got = run_checks(checks).await;
        let ids: Vec<_> = got.iter().map(|c| c.id).collect();
        assert_eq!(ids, CheckId::ALL.to_vec());
        let fw = &got[3];
        assert_eq!(fw.status, Status::Unknown);
        assert!(fw.evidence.contains("2 s"), "{}", fw.evidence);
        assert_eq!(got[1].status, Status::Fail);
        assert_eq!(got[4].status, Status::Unknown);
    }
}
