//! The Linux readers on fake trees (a tempdir as `Host::root`, sysfs laid out as the
//! kernel lays it out) and fake tools (scripts on `Host::path`); the real captures
//! from `../shared/real/device/` where a reader meets a real file's contents. Here the
//! fake machine and its helpers; by concern `disk`, `posture` (firewall, Secure
//! Boot) and `desktop` (tools, screen lock, the pre-flight's facts).

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use mfa_ready_core::device::{Bluetooth, Browser, CheckId, DeviceFacts, OsVersion, Status};

use super::base::{Session, under};
use super::tool::Tools;
use super::*;
use crate::services::device::{FactSource, Host};

mod desktop;
mod disk;
mod posture;

use disk::{SDA, VIRTUAL, real_uuids};

/// A real capture from `../shared/real/device/` (beside the project).
pub(super) fn real(path: &str) -> String {
    let root = std::env::var("MFA_READY_SHARED").map_or_else(
        |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    );
    std::fs::read_to_string(root.join("real/device").join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The descriptor named `# name` in systemd's fido_id test bytes.
pub(super) fn descriptor(name: &str) -> Vec<u8> {
    let text = real("fido/hid-report-descriptor-fido-systemd-test.txt");
    let mut lines = text
        .lines()
        .skip_while(|l| {
            l.strip_prefix("# ")
                .and_then(|n| n.split_whitespace().next())
                != Some(name)
        })
        .skip(1);
    let mut out = Vec::new();
    for l in lines.by_ref().take_while(|l| !l.starts_with('#')) {
        out.extend(
            l.split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| u8::from_str_radix(t.trim_start_matches("0x"), 16).unwrap()),
        );
    }
    assert!(!out.is_empty(), "{name}");
    out
}

/// A fake `/`.
pub(super) struct Tree(tempfile::TempDir);

impl Tree {
    pub(super) fn new() -> Self {
        Self(tempfile::tempdir().unwrap())
    }

    pub(super) fn root(&self) -> PathBuf {
        self.0.path().to_owned()
    }

    pub(super) fn path(&self, p: &str) -> PathBuf {
        under(self.0.path(), p)
    }

    pub(super) fn file(&self, p: &str, content: impl AsRef<[u8]>) -> &Self {
        let path = self.path(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
        self
    }

    pub(super) fn dir(&self, p: &str) -> &Self {
        std::fs::create_dir_all(self.path(p)).unwrap();
        self
    }

    /// A link at `p` to `target` (relative, as the kernel's are, or absolute in the tree).
    pub(super) fn link(&self, p: &str, target: &str) -> &Self {
        let path = self.path(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let target = if target.starts_with('/') {
            self.path(target)
        } else {
            PathBuf::from(target)
        };
        std::os::unix::fs::symlink(target, path).unwrap();
        self
    }

    /// A block device's sysfs folder at `dir` (`/sys/devices/…/block/name`), with
    /// `/sys/dev/block/MAJ:MIN` and `/sys/class/block/name` pointing at it. `slaves`:
    /// `None` for a partition (which has no such folder), else the folders below.
    pub(super) fn block(
        &self,
        dir: &str,
        dev: &str,
        dm_uuid: Option<&str>,
        slaves: Option<&[&str]>,
    ) -> &Self {
        let name = dir.rsplit('/').next().unwrap();
        let (major, minor) = dev.split_once(':').unwrap();
        self.file(
            &format!("{dir}/uevent"),
            format!("MAJOR={major}\nMINOR={minor}\nDEVNAME={name}\nDEVTYPE=disk\n"),
        );
        self.file(&format!("{dir}/dev"), format!("{dev}\n"));
        if let Some(uuid) = dm_uuid {
            self.file(&format!("{dir}/dm/uuid"), format!("{uuid}\n"));
            self.file(&format!("{dir}/dm/name"), "a-name-never-shown\n");
        }
        if let Some(slaves) = slaves {
            self.dir(&format!("{dir}/slaves"));
            for s in slaves {
                let base = s.rsplit('/').next().unwrap();
                self.link(&format!("{dir}/slaves/{base}"), s);
            }
        }
        self.link(&format!("/sys/dev/block/{dev}"), dir);
        self.link(&format!("/sys/class/block/{name}"), dir);
        self
    }

    pub(super) fn mount_root(&self, dev: &str, fstype: &str, source: &str) -> &Self {
        self.file(
            "/proc/self/mountinfo",
            format!(
                "22 27 0:21 / /proc rw,relatime - proc proc rw\n\
                 27 1 {dev} / / rw,relatime shared:1 - {fstype} {source} rw\n\
                 23 27 0:22 / /sys rw,relatime - sysfs sysfs rw\n"
            ),
        )
    }

    /// An executable script on the fake tools' PATH (`/bin` in the tree).
    pub(super) fn tool(&self, name: &str, body: &str) -> &Self {
        let path = self.path(&format!("/bin/{name}"));
        self.file(
            &format!("/bin/{name}"),
            format!("#!/bin/sh\nPATH=/usr/bin:/bin\n{body}\n"),
        );
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        self
    }

    pub(super) fn tools(&self) -> Tools {
        self.dir("/bin");
        Tools::new(Some(self.path("/bin").into_os_string()))
    }
}

pub(super) fn session(desktop: Option<&str>) -> Session {
    Session {
        desktop: desktop.map(str::to_owned),
        home: Some(PathBuf::from("/home/ada")),
        ..Session::default()
    }
}

pub(super) fn read_facts(source: &dyn FactSource) -> DeviceFacts {
    let mut f = DeviceFacts::default();
    source.read(&mut f);
    f
}

/// The readers on a whole fake machine: Debian 13 (its real os-release) on LVM on
/// LUKS, ufw on, Secure Boot on; every check in order, the OS named as it names itself.
#[test]
fn the_readers_of_a_fake_machine() {
    let (crypt, lvm) = real_uuids();
    let t = Tree::new();
    t.file("/etc/os-release", real("linux/os-release-debian-13.txt"))
        .block(SDA, "8:0", None, Some(&[]))
        .block(&format!("{SDA}/sda3"), "8:3", None, None)
        .block(
            &format!("{VIRTUAL}/dm-0"),
            "253:0",
            Some(&crypt),
            Some(&[&format!("{SDA}/sda3")]),
        )
        .block(
            &format!("{VIRTUAL}/dm-1"),
            "253:1",
            Some(&lvm),
            Some(&[&format!("{VIRTUAL}/dm-0")]),
        )
        .mount_root("253:1", "ext4", "/dev/mapper/debian--vg-root")
        .file("/etc/ufw/ufw.conf", "ENABLED=yes\n")
        .file(
            "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c",
            [6, 0, 0, 0, 1],
        );
    let host = Host {
        root: t.root(),
        system_bus: Some("unix:path=/nonexistent/bus".into()),
        path: Some(t.dir("/bin").path("/bin").into_os_string()),
    };
    let min_os: MinOs = BTreeMap::from([("debian".to_owned(), OsVersion::parse("12").unwrap())]);
    let (name, checks, sources) = readers_in(&host, &session(None), &min_os);
    assert_eq!(name, "Debian GNU/Linux 13 (trixie)");
    let got: Vec<_> = checks.iter().map(|c| (c.id(), c.read().status)).collect();
    assert_eq!(
        got,
        vec![
            (CheckId::OsSupported, Status::Pass),
            (CheckId::DiskEncryption, Status::Pass),
            (CheckId::ScreenLock, Status::Unknown),
            (CheckId::Firewall, Status::Pass),
            (CheckId::SecureBoot, Status::Pass),
        ]
    );
    let mut f = DeviceFacts::default();
    for s in &sources {
        s.read(&mut f);
    }
    // No bus to ask, and sysfs has no Bluetooth controller: none.
    assert_eq!(f.bluetooth, Bluetooth::NoAdapter);
    // sysfs is there and has no hidraw device: no key.
    assert_eq!(f.security_key, Some(false));
    assert_eq!(f.browser, Browser::Unknown);
    // No os-release at all: the OS is "Linux" and its check unknown.
    let bare = Tree::new();
    let (name, checks, _) = readers_in(
        &Host {
            root: bare.root(),
            ..host
        },
        &session(None),
        &min_os,
    );
    assert_eq!(name, "Linux");
    assert_eq!(checks[0].read().status, Status::Unknown);
}
