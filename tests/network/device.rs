//! This device, read through `services::device::read` (issue 17, Linux): BlueZ
//! mocked by python-dbusmock's `bluez5` template on a private bus (a
//! `dbus-daemon --session` of the test's own, given as `Host::system_bus`), a fake
//! machine under `Host::root`, and the machine the tests run on.
//!
//! dbusmock and dbus-daemon are installed by `dist/setup-debian.sh`: when they are
//! missing the test fails and says so, rather than passing without looking.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mfa_ready::services::device::{CHECK_TIMEOUT, DeviceSnapshot, Host, read};
use mfa_ready_core::device::{Bluetooth, CheckId, MinOs, OsVersion, Status};

/// A private message bus and what runs on it; all of it is killed when dropped.
struct Bus {
    address: String,
    children: Vec<Child>,
}

impl Bus {
    fn start() -> Self {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("dbus-daemon could not start ({e}): run dist/setup-debian.sh (package dbus)")
            });
        let mut line = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(line.starts_with("unix:"), "dbus-daemon said {line:?}");
        Self {
            address: line.trim().to_owned(),
            children: vec![daemon],
        }
    }

    /// BlueZ, as dbusmock's `bluez5` template has it (no adapter yet), once it
    /// owns `org.bluez`.
    fn start_bluez(&mut self) {
        let mock = Command::new(python_with_dbusmock())
            .args(["-m", "dbusmock", "--template", "bluez5"])
            .env("DBUS_SYSTEM_BUS_ADDRESS", &self.address)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.children.push(mock);
        let conn = self.connect();
        let dbus = zbus::blocking::fdo::DBusProxy::new(&conn).unwrap();
        let until = Instant::now() + Duration::from_secs(20);
        while !dbus
            .name_has_owner("org.bluez".try_into().unwrap())
            .unwrap()
        {
            assert!(
                Instant::now() < until,
                "dbusmock's bluez5 never took org.bluez"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn connect(&self) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str())
            .unwrap()
            .build()
            .unwrap()
    }

    /// `org.bluez.Mock.AddAdapter`: a powered adapter.
    fn add_adapter(&self, name: &str) {
        self.connect()
            .call_method(
                Some("org.bluez"),
                "/",
                Some("org.bluez.Mock"),
                "AddAdapter",
                &(name, "fake laptop"),
            )
            .unwrap();
    }

    fn set_powered(&self, name: &str, on: bool) {
        self.connect()
            .call_method(
                Some("org.bluez"),
                format!("/org/bluez/{name}").as_str(),
                Some("org.freedesktop.DBus.Properties"),
                "Set",
                &(
                    "org.bluez.Adapter1",
                    "Powered",
                    zbus::zvariant::Value::from(on),
                ),
            )
            .unwrap();
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        for c in self.children.iter_mut().rev() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A Python that has dbusmock: the one on PATH, else the system's (a pyenv or
/// virtualenv Python on PATH does not see Debian's python3-dbusmock).
fn python_with_dbusmock() -> &'static str {
    ["python3", "/usr/bin/python3"]
        .into_iter()
        .find(|py| {
            Command::new(py)
                .args(["-c", "import dbusmock"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .unwrap_or_else(|| {
            panic!("python3-dbusmock is missing: run dist/setup-debian.sh (apt package python3-dbusmock)")
        })
}

/// A host with nothing but what the test puts there: an empty root, no tools.
fn bare_host(dir: &Path, bus: &str) -> Host {
    std::fs::create_dir_all(dir.join("bin")).unwrap();
    Host {
        root: dir.to_owned(),
        system_bus: Some(bus.to_owned()),
        path: Some(dir.join("bin").into_os_string()),
    }
}

async fn bluetooth(host: &Host) -> Bluetooth {
    read(host, &MinOs::new()).await.facts.bluetooth
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bluetooth_from_bluez_on_a_private_system_bus() {
    let dir = tempfile::tempdir().unwrap();
    let mut bus = Bus::start();
    let host = bare_host(dir.path(), &bus.address);
    // A bus without BlueZ: what a machine without a controller looks like.
    assert_eq!(bluetooth(&host).await, Bluetooth::NoAdapter);
    bus.start_bluez();
    assert_eq!(bluetooth(&host).await, Bluetooth::NoAdapter);
    bus.add_adapter("hci0");
    assert_eq!(bluetooth(&host).await, Bluetooth::On);
    bus.set_powered("hci0", false);
    assert_eq!(bluetooth(&host).await, Bluetooth::Off);
    bus.add_adapter("hci1");
    assert_eq!(bluetooth(&host).await, Bluetooth::On);
    // No bus to reach at all: unknown, and within the deadline.
    let gone = bare_host(
        dir.path(),
        &format!("unix:path={}", dir.path().join("no-bus").display()),
    );
    let started = Instant::now();
    assert_eq!(bluetooth(&gone).await, Bluetooth::Unknown);
    assert!(
        started.elapsed() <= CHECK_TIMEOUT,
        "{:?}",
        started.elapsed()
    );
    // Without a bus, a kernel with no Bluetooth controller still says there is none;
    // one with a controller leaves it unknown.
    std::fs::create_dir_all(dir.path().join("sys/class/net")).unwrap();
    assert_eq!(bluetooth(&gone).await, Bluetooth::NoAdapter);
    std::fs::create_dir_all(dir.path().join("sys/class/bluetooth/hci0")).unwrap();
    assert_eq!(bluetooth(&gone).await, Bluetooth::Unknown);
    // With BlueZ on the bus, the bus is what counts.
    assert_eq!(bluetooth(&host).await, Bluetooth::On);
}

/// A block device's sysfs folder with its `/sys/dev/block` link.
fn block(root: &Path, dir: &str, dev: &str, dm_uuid: Option<&str>, slaves: &[&str]) {
    let path = root.join(dir.trim_start_matches('/'));
    let name = dir.rsplit('/').next().unwrap();
    let (major, minor) = dev.split_once(':').unwrap();
    std::fs::create_dir_all(path.join("slaves")).unwrap();
    std::fs::write(
        path.join("uevent"),
        format!("MAJOR={major}\nMINOR={minor}\nDEVNAME={name}\n"),
    )
    .unwrap();
    if let Some(uuid) = dm_uuid {
        std::fs::create_dir_all(path.join("dm")).unwrap();
        std::fs::write(path.join("dm/uuid"), uuid).unwrap();
    }
    for s in slaves {
        let base = s.rsplit('/').next().unwrap();
        std::os::unix::fs::symlink(
            root.join(s.trim_start_matches('/')),
            path.join("slaves").join(base),
        )
        .unwrap();
    }
    let by_dev = root.join("sys/dev/block").join(dev);
    std::fs::create_dir_all(by_dev.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&path, by_dev).unwrap();
}

fn write(root: &Path, path: &str, content: impl AsRef<[u8]>) {
    let p = root.join(path.trim_start_matches('/'));
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, content).unwrap();
}

fn check(s: &DeviceSnapshot, id: CheckId) -> (Status, String) {
    let c = s.report.checks.iter().find(|c| c.id == id).unwrap();
    (c.status, c.evidence.clone())
}

/// A Fedora laptop as the services read it: LUKS2 under LVM, firewalld off, Secure
/// Boot on, a policy that wants Fedora 41; its os-release is the real one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fake_machine_through_the_services() {
    let shared = std::env::var("MFA_READY_SHARED").map_or_else(
        |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    );
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let host = bare_host(
        root,
        &format!("unix:path={}", root.join("no-bus").display()),
    );
    write(
        root,
        "/usr/lib/os-release",
        std::fs::read(shared.join("real/device/linux/os-release-fedora-42.txt")).unwrap(),
    );
    let nvme = "/sys/devices/pci0000:00/0000:00:1d.0/0000:3d:00.0/nvme/nvme0/nvme0n1";
    block(root, nvme, "259:0", None, &[]);
    block(root, &format!("{nvme}/nvme0n1p3"), "259:3", None, &[]);
    block(
        root,
        "/sys/devices/virtual/block/dm-0",
        "253:0",
        Some("CRYPT-LUKS2-6c1f0e2a9b8d4c7e8f0a1b2c3d4e5f60-luks-6c1f0e2a"),
        &[&format!("{nvme}/nvme0n1p3")],
    );
    block(
        root,
        "/sys/devices/virtual/block/dm-1",
        "253:1",
        Some("LVM-55UW81khcQD1tBqhtyPqo28oN1fqdcV8vETotTJ6c4sgB5duZdrCd9lcSZOpEkfW"),
        &["/sys/devices/virtual/block/dm-0"],
    );
    write(
        root,
        "/proc/self/mountinfo",
        "27 1 253:1 / / rw,relatime shared:1 - ext4 /dev/mapper/fedora-root rw\n",
    );
    write(
        root,
        "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c",
        [6, 0, 0, 0, 1],
    );
    write(
        root,
        "/bin/firewall-cmd",
        "#!/bin/sh\necho 'not running'\nexit 252\n",
    );
    std::fs::set_permissions(
        root.join("bin/firewall-cmd"),
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let min_os = MinOs::from([("fedora".to_owned(), OsVersion::parse("41").unwrap())]);
    let s = read(&host, &min_os).await;
    assert_eq!(s.report.os_name, "Fedora Linux 42 (Forty Two)");
    let ids: Vec<_> = s.report.checks.iter().map(|c| c.id).collect();
    assert_eq!(ids, CheckId::ALL.to_vec());
    assert_eq!(check(&s, CheckId::OsSupported).0, Status::Pass);
    assert_eq!(
        check(&s, CheckId::DiskEncryption),
        (
            Status::Pass,
            "/ on dm-1 (LVM-…) ← dm-0 (CRYPT-LUKS2-…)".to_owned()
        )
    );
    assert_eq!(
        check(&s, CheckId::Firewall),
        (
            Status::Fail,
            "firewalld not running (firewall-cmd --state)".to_owned()
        )
    );
    assert_eq!(check(&s, CheckId::SecureBoot).0, Status::Pass);
    assert_eq!(s.facts.bluetooth, Bluetooth::Unknown);
    // No /sys/class in this tree: whether a key is plugged in cannot be told.
    assert_eq!(s.facts.security_key, None);
}

/// The machine the tests run on, printed (`cargo test device::this_machine --
/// --nocapture`): every check answers within the deadline, and no evidence names
/// the user's home.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn this_machine() {
    let started = Instant::now();
    let s = read(&Host::real(), &MinOs::new()).await;
    let took = started.elapsed();
    println!(
        "{} ({:?}), read in {took:?}",
        s.report.os_name, s.report.platform
    );
    for c in &s.report.checks {
        println!("  {:<16} {:<8} {}", c.id.id(), c.status.id(), c.evidence);
    }
    println!("  facts: {:?}", s.facts);
    assert!(took < CHECK_TIMEOUT + Duration::from_secs(1), "{took:?}");
    let ids: Vec<_> = s.report.checks.iter().map(|c| c.id).collect();
    assert_eq!(ids, CheckId::ALL.to_vec());
    if let Some(home) = std::env::var_os("HOME").filter(|h| h.len() > 1) {
        let home = home.to_string_lossy().into_owned();
        for c in &s.report.checks {
            assert!(!c.evidence.contains(&home), "{}", c.evidence);
        }
    }
}
