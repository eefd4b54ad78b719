//! The Linux readers on fake trees (a tempdir as `Host::root`, sysfs laid out as the
//! kernel lays it out) and fake tools (scripts on `Host::path`); the real captures
//! from `../shared/real/device/` where a reader meets a real file's contents.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use mfa_ready_core::device::{Bluetooth, Browser, CheckId, DeviceFacts, OsVersion, Status};

use super::base::{Session, under};
use super::tool::{ToolError, Tools};
use super::*;
use crate::services::device::{CHECK_TIMEOUT, DeviceCheck, FactSource, Host};

/// A real capture from `../shared/real/device/` (beside the project).
fn real(path: &str) -> String {
    let root = std::env::var("MFA_READY_SHARED").map_or_else(
        |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from,
    );
    std::fs::read_to_string(root.join("real/device").join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The descriptor named `# name` in systemd's fido_id test bytes.
fn descriptor(name: &str) -> Vec<u8> {
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
struct Tree(tempfile::TempDir);

impl Tree {
    fn new() -> Self {
        Self(tempfile::tempdir().unwrap())
    }

    fn root(&self) -> PathBuf {
        self.0.path().to_owned()
    }

    fn path(&self, p: &str) -> PathBuf {
        under(self.0.path(), p)
    }

    fn file(&self, p: &str, content: impl AsRef<[u8]>) -> &Self {
        let path = self.path(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
        self
    }

    fn dir(&self, p: &str) -> &Self {
        std::fs::create_dir_all(self.path(p)).unwrap();
        self
    }

    /// A link at `p` to `target` (relative, as the kernel's are, or absolute in the tree).
    fn link(&self, p: &str, target: &str) -> &Self {
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
    fn block(&self, dir: &str, dev: &str, dm_uuid: Option<&str>, slaves: Option<&[&str]>) -> &Self {
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

    fn mount_root(&self, dev: &str, fstype: &str, source: &str) -> &Self {
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
    fn tool(&self, name: &str, body: &str) -> &Self {
        let path = self.path(&format!("/bin/{name}"));
        self.file(
            &format!("/bin/{name}"),
            format!("#!/bin/sh\nPATH=/usr/bin:/bin\n{body}\n"),
        );
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
        self
    }

    fn tools(&self) -> Tools {
        self.dir("/bin");
        Tools::new(Some(self.path("/bin").into_os_string()))
    }
}

const SDA: &str = "/sys/devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda";
const VIRTUAL: &str = "/sys/devices/virtual/block";

fn disk(tree: &Tree) -> (Status, String) {
    let c = disk::DiskEncryption::new(tree.root()).read();
    assert_eq!(c.id, CheckId::DiskEncryption);
    (c.status, c.evidence)
}

/// The uuids of a real LUKS2 device (udev database) and real LVM volumes.
fn real_uuids() -> (String, String) {
    let crypt = real("linux/udev-db-dm-uuid-crypt-luks2-debian.txt")
        .lines()
        .find_map(|l| l.strip_prefix("E:DM_UUID=").map(str::to_owned))
        .unwrap();
    let lvm = real("linux/dm-uuid-lvm-values.txt")
        .lines()
        .find_map(|l| l.strip_prefix("+DM_UUID=").map(str::to_owned))
        .unwrap();
    (crypt, lvm)
}

#[test]
fn a_plain_disk_fails_and_says_which() {
    let t = Tree::new();
    t.block(
        "/sys/devices/pci0000:00/0000:00:04.0/virtio1/block/vda",
        "254:0",
        None,
        Some(&[]),
    )
    .mount_root("254:0", "ext4", "/dev/vda");
    assert_eq!(
        disk(&t),
        (Status::Fail, "/ on vda (254:0), not encrypted".to_owned())
    );
    // On a partition (no slaves folder) the same.
    let t = Tree::new();
    t.block(SDA, "8:0", None, Some(&[]))
        .block(&format!("{SDA}/sda2"), "8:2", None, None)
        .mount_root("8:2", "ext4", "/dev/sda2");
    assert_eq!(
        disk(&t),
        (Status::Fail, "/ on sda2 (8:2), not encrypted".to_owned())
    );
}

/// Debian's "guided, encrypted LVM": sda3 → LUKS2 (dm-0) → the volume group's root
/// (dm-1). The uuids are real ones; only their kind is shown.
#[test]
fn lvm_on_luks_passes_and_shows_the_chain_without_uuids() {
    let (crypt, lvm) = real_uuids();
    let t = Tree::new();
    t.block(SDA, "8:0", None, Some(&[]))
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
        .mount_root("253:1", "ext4", "/dev/mapper/debian--vg-root");
    let (status, evidence) = disk(&t);
    assert_eq!(status, Status::Pass);
    assert_eq!(evidence, "/ on dm-1 (LVM-…) ← dm-0 (CRYPT-LUKS2-…)");
    assert!(!evidence.contains("00b4b79c") && !evidence.contains("sda3_crypt"));
}

#[test]
fn luks_on_lvm_passes_and_lvm_on_a_plain_disk_fails() {
    let (_, lvm) = real_uuids();
    let t = Tree::new();
    t.block(SDA, "8:0", None, Some(&[]))
        .block(&format!("{SDA}/sda2"), "8:2", None, None)
        .block(
            &format!("{VIRTUAL}/dm-0"),
            "253:0",
            Some(&lvm),
            Some(&[&format!("{SDA}/sda2")]),
        )
        .block(
            &format!("{VIRTUAL}/dm-1"),
            "253:1",
            Some("CRYPT-LUKS1-5a2e53a7e2f54e7c9d7c5c1a3e8f0b21-root"),
            Some(&[&format!("{VIRTUAL}/dm-0")]),
        );
    t.mount_root("253:1", "xfs", "/dev/mapper/root");
    assert_eq!(
        disk(&t),
        (Status::Pass, "/ on dm-1 (CRYPT-LUKS1-…)".to_owned())
    );
    t.mount_root("253:0", "xfs", "/dev/mapper/vg-root");
    assert_eq!(
        disk(&t),
        (
            Status::Fail,
            "/ on dm-0 (LVM-…) ← sda2 (8:2), not encrypted".to_owned()
        )
    );
}

/// A volume group over an encrypted and a plain disk is not encrypted; a dm-verity
/// root is checked, not encrypted.
#[test]
fn part_encrypted_and_verity_fail() {
    let (crypt, lvm) = real_uuids();
    let sdb = "/sys/devices/pci0000:00/0000:00:1f.2/ata2/host1/target1:0:0/1:0:0:0/block/sdb";
    let t = Tree::new();
    t.block(SDA, "8:0", None, Some(&[]))
        .block(&format!("{SDA}/sda3"), "8:3", None, None)
        .block(sdb, "8:16", None, Some(&[]))
        .block(&format!("{sdb}/sdb1"), "8:17", None, None)
        .block(
            &format!("{VIRTUAL}/dm-0"),
            "253:0",
            Some(&crypt),
            Some(&[&format!("{SDA}/sda3")]),
        )
        .block(
            &format!("{VIRTUAL}/dm-2"),
            "253:2",
            Some(&lvm),
            Some(&[&format!("{VIRTUAL}/dm-0"), &format!("{sdb}/sdb1")]),
        )
        .mount_root("253:2", "ext4", "/dev/mapper/vg-root");
    assert_eq!(
        disk(&t),
        (
            Status::Fail,
            "/ on dm-2 (LVM-…) ← [dm-0 (CRYPT-LUKS2-…), sdb1 (8:17)], not all of it encrypted"
                .to_owned()
        )
    );
    let t = Tree::new();
    t.block(SDA, "8:0", None, Some(&[]))
        .block(&format!("{SDA}/sda4"), "8:4", None, None)
        .block(
            &format!("{VIRTUAL}/dm-0"),
            "253:0",
            Some("CRYPT-VERITY-9c2c7a1b8f3e4d5c6b7a8f9e0d1c2b3a-root"),
            Some(&[&format!("{SDA}/sda4")]),
        )
        .mount_root("253:0", "erofs", "/dev/mapper/root");
    assert_eq!(disk(&t).0, Status::Fail);
}

/// btrfs reports an anonymous `0:NN` for its subvolumes: the mount source leads to
/// the device (Fedora's default: btrfs on LUKS2).
#[test]
fn a_btrfs_root_is_found_through_its_mount_source() {
    let (crypt, _) = real_uuids();
    let t = Tree::new();
    t.block(SDA, "8:0", None, Some(&[]))
        .block(&format!("{SDA}/sda3"), "8:3", None, None)
        .block(
            &format!("{VIRTUAL}/dm-0"),
            "253:0",
            Some(&crypt),
            Some(&[&format!("{SDA}/sda3")]),
        )
        .link("/dev/mapper/luks-6c1f", "../dm-0")
        .mount_root("0:33", "btrfs", "/dev/mapper/luks-6c1f");
    assert_eq!(
        disk(&t),
        (Status::Pass, "/ on dm-0 (CRYPT-LUKS2-…)".to_owned())
    );
    // overlayfs, NFS, ZFS: no block device to read.
    t.mount_root("0:40", "overlay", "overlay");
    assert_eq!(
        disk(&t),
        (
            Status::Unknown,
            "/ is overlay on no block device".to_owned()
        )
    );
}

#[test]
fn what_cannot_be_read_is_unknown() {
    // No /proc at all.
    let t = Tree::new();
    let (status, evidence) = disk(&t);
    assert_eq!(status, Status::Unknown);
    assert!(
        evidence.starts_with("/proc/self/mountinfo not readable"),
        "{evidence}"
    );
    // mountinfo but no sysfs.
    t.mount_root("254:0", "ext4", "/dev/vda");
    assert_eq!(
        disk(&t),
        (Status::Unknown, "/sys/dev/block not readable".to_owned())
    );
    // A device-mapper device whose uuid cannot be read.
    let t = Tree::new();
    t.block(&format!("{VIRTUAL}/dm-0"), "253:0", None, Some(&[]))
        .dir(&format!("{VIRTUAL}/dm-0/dm/uuid"))
        .mount_root("253:0", "ext4", "/dev/mapper/root");
    let (status, evidence) = disk(&t);
    assert_eq!(status, Status::Unknown);
    assert!(
        evidence.starts_with("dm-0: dm/uuid not readable"),
        "{evidence}"
    );
    // A slave that is not there.
    let t = Tree::new();
    t.block(
        &format!("{VIRTUAL}/dm-1"),
        "253:1",
        Some("LVM-x"),
        Some(&[&format!("{VIRTUAL}/dm-0")]),
    )
    .mount_root("253:1", "ext4", "/dev/mapper/root");
    assert_eq!(disk(&t).0, Status::Unknown);
}

fn secure_boot(tree: &Tree) -> (Status, String) {
    let c = posture::SecureBoot::new(tree.root()).read();
    (c.status, c.evidence)
}

#[test]
fn secure_boot_from_the_efi_variable_and_bios_is_a_failure() {
    let var = "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c";
    let t = Tree::new();
    assert_eq!(secure_boot(&t).0, Status::Unknown);
    t.dir("/sys/firmware/acpi");
    assert_eq!(
        secure_boot(&t),
        (Status::Fail, "legacy BIOS boot (no EFI)".to_owned())
    );
    t.dir("/sys/firmware/efi/efivars");
    assert_eq!(secure_boot(&t).0, Status::Unknown);
    t.file(
        "/sys/firmware/efi/efivars/BootOrder-8be4df61-93ca-11d2-aa0d-00e098032b8c",
        [7, 0, 0, 0, 1, 0],
    );
    assert_eq!(secure_boot(&t).0, Status::Fail);
    t.file(var, [6, 0, 0, 0, 1]);
    assert_eq!(
        secure_boot(&t),
        (Status::Pass, "SecureBoot=1 (EFI variable)".to_owned())
    );
    t.file(var, [6, 0, 0, 0, 0]);
    assert_eq!(
        secure_boot(&t),
        (Status::Fail, "SecureBoot=0 (EFI variable)".to_owned())
    );
    t.file(var, [6, 0, 0]);
    assert_eq!(secure_boot(&t).0, Status::Unknown);
}

fn firewall(tree: &Tree) -> (Status, String) {
    let c = posture::Firewall::new(tree.root(), tree.tools()).read();
    (c.status, c.evidence)
}

#[test]
fn ufw_or_firewalld_and_neither_is_unknown() {
    let t = Tree::new();
    let (status, evidence) = firewall(&t);
    assert_eq!(status, Status::Unknown);
    assert!(
        evidence.starts_with("neither ufw nor firewalld"),
        "{evidence}"
    );
    t.file("/etc/ufw/ufw.conf", "ENABLED=no\nLOGLEVEL=low\n");
    assert_eq!(
        firewall(&t),
        (
            Status::Fail,
            "ufw disabled (ENABLED=no in /etc/ufw/ufw.conf)".to_owned()
        )
    );
    // firewall-cmd prints what the real captures show, with its exit statuses.
    t.tool("firewall-cmd", "echo 'not running'; exit 252");
    assert_eq!(
        firewall(&t),
        (
            Status::Fail,
            "ufw disabled (ENABLED=no in /etc/ufw/ufw.conf); firewalld not running (firewall-cmd --state)"
                .to_owned()
        )
    );
    t.tool("firewall-cmd", "echo running");
    assert_eq!(
        firewall(&t),
        (
            Status::Pass,
            "firewalld running (firewall-cmd --state)".to_owned()
        )
    );
    t.file("/etc/ufw/ufw.conf", "ENABLED=yes\n");
    t.tool("firewall-cmd", "sleep 30");
    assert_eq!(
        firewall(&t),
        (
            Status::Pass,
            "ufw enabled (ENABLED=yes in /etc/ufw/ufw.conf)".to_owned()
        )
    );
    // A firewalld that does not answer is unknown, and is stopped in time.
    t.file("/etc/ufw/ufw.conf", "ENABLED=no\n");
    let started = Instant::now();
    let (status, evidence) = firewall(&t);
    assert!(started.elapsed() < CHECK_TIMEOUT, "{:?}", started.elapsed());
    assert_eq!(status, Status::Unknown);
    assert!(
        evidence.contains("firewall-cmd did not answer"),
        "{evidence}"
    );
}

/// A tool that never ends is killed at the deadline with what it started, and the
/// reader returns: nothing is left blocking a thread or keeping the process alive.
#[test]
fn a_tool_that_hangs_is_killed_with_its_children() {
    let t = Tree::new();
    let pidfile = t.path("/grandchild.pid");
    t.tool(
        "hang",
        &format!("sleep 30 &\necho $! > '{}'\nwait", pidfile.display()),
    );
    let started = Instant::now();
    let got = t
        .tools()
        .run("hang", &[], Instant::now() + Duration::from_millis(300));
    assert!(matches!(got, Err(ToolError::TimedOut { .. })), "{got:?}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let pid = std::fs::read_to_string(&pidfile).unwrap();
    let gone = || match std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())) {
        Err(_) => true,
        // Killed, waiting for whoever adopted it to reap it.
        Ok(stat) => stat
            .rsplit(')')
            .next()
            .unwrap()
            .trim_start()
            .starts_with('Z'),
    };
    let until = Instant::now() + Duration::from_secs(2);
    while !gone() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(gone(), "the tool's child {pid} still runs");
    assert!(matches!(
        t.tools()
            .run("no-such-tool", &[], Instant::now() + Duration::from_secs(1)),
        Err(ToolError::NotFound(_))
    ));
}

/// The real dconf warning, written to stderr as gsettings does without a session bus.
fn dconf_warning() -> String {
    real("linux/gsettings-set-no-session-bus-warning.txt")
        .lines()
        .find(|l| l.contains("dconf-WARNING"))
        .unwrap()
        .to_owned()
}

/// A `gsettings` that answers `get schema key` from `values` (`schema key=value`)
/// and says "No such schema" to anything else, warning on stderr first.
fn gsettings(tree: &Tree, values: &[(&str, &str)]) {
    let mut body = format!(
        "cat >&2 <<'WARNING'\n{}\nWARNING\ncase \"$2 $3\" in\n",
        dconf_warning()
    );
    for (key, value) in values {
        body.push_str(&format!("  '{key}') echo '{value}' ;;\n"));
    }
    body.push_str("  *) echo \"No such schema “$2”\" >&2; exit 1 ;;\nesac");
    tree.tool("gsettings", &body);
}

fn session(desktop: Option<&str>) -> Session {
    Session {
        desktop: desktop.map(str::to_owned),
        home: Some(PathBuf::from("/home/ada")),
        ..Session::default()
    }
}

fn screen_lock(tree: &Tree, desktop: Option<&str>) -> (Status, String) {
    let c = screen_lock::ScreenLock::new(tree.root(), session(desktop), tree.tools()).read();
    (c.status, c.evidence)
}

#[test]
fn gnome_and_cinnamon_through_gsettings_despite_its_warnings() {
    let t = Tree::new();
    gsettings(
        &t,
        &[
            ("org.gnome.desktop.screensaver lock-enabled", "true"),
            ("org.gnome.desktop.session idle-delay", "uint32 300"),
            ("org.gnome.desktop.lockdown disable-lock-screen", "false"),
        ],
    );
    assert_eq!(
        screen_lock(&t, Some("ubuntu:GNOME")),
        (
            Status::Pass,
            "GNOME: lock-enabled true, idle-delay 300 s".to_owned()
        )
    );
    gsettings(
        &t,
        &[
            ("org.gnome.desktop.screensaver lock-enabled", "true"),
            ("org.gnome.desktop.session idle-delay", "uint32 0"),
        ],
    );
    let (status, evidence) = screen_lock(&t, Some("GNOME"));
    assert_eq!(status, Status::Fail);
    assert!(evidence.contains("idle-delay 0 s"), "{evidence}");
    gsettings(
        &t,
        &[
            ("org.cinnamon.desktop.screensaver lock-enabled", "false"),
            ("org.cinnamon.desktop.session idle-delay", "uint32 600"),
        ],
    );
    assert_eq!(
        screen_lock(&t, Some("X-Cinnamon")),
        (
            Status::Fail,
            "Cinnamon: lock-enabled false, idle-delay 600 s".to_owned()
        )
    );
    // GNOME's schemas missing (gsettings says "No such schema"): unknown.
    let (status, evidence) = screen_lock(&t, Some("GNOME"));
    assert_eq!(status, Status::Unknown);
    assert!(
        evidence.contains("gave no lock-enabled or idle-delay"),
        "{evidence}"
    );
}

#[test]
fn no_session_no_tool_or_another_desktop_is_unknown() {
    let t = Tree::new();
    assert_eq!(
        screen_lock(&t, None),
        (
            Status::Unknown,
            "no desktop session (XDG_CURRENT_DESKTOP is not set)".to_owned()
        )
    );
    let (status, evidence) = screen_lock(&t, Some("GNOME"));
    assert_eq!(status, Status::Unknown);
    assert_eq!(evidence, "gsettings: gsettings is not installed");
    assert_eq!(
        screen_lock(&t, Some("XFCE")),
        (
            Status::Unknown,
            "the screen lock of this desktop (XFCE) is not read".to_owned()
        )
    );
}

#[test]
fn kde_from_kscreenlockerrc_under_the_system_defaults() {
    let t = Tree::new();
    assert_eq!(
        screen_lock(&t, Some("KDE")),
        (
            Status::Pass,
            "KDE: Autolock true, Timeout 5 min (KDE's defaults, no kscreenlockerrc)".to_owned()
        )
    );
    t.file("/etc/xdg/kscreenlockerrc", "[Daemon]\nTimeout=10\n");
    t.file(
        "/home/ada/.config/kscreenlockerrc",
        "[Daemon]\nAutolock=false\n",
    );
    assert_eq!(
        screen_lock(&t, Some("KDE")),
        (
            Status::Fail,
            "KDE: Autolock false, Timeout 10 min (kscreenlockerrc)".to_owned()
        )
    );
    t.file("/home/ada/.config/kscreenlockerrc", "[Daemon]\nTimeout=0\n");
    assert_eq!(screen_lock(&t, Some("KDE")).0, Status::Fail);
}

fn facts(source: &dyn FactSource) -> DeviceFacts {
    let mut f = DeviceFacts::default();
    source.read(&mut f);
    f
}

#[test]
fn a_security_key_is_a_hidraw_device_with_the_fido_usage_page() {
    let key = |t: &Tree| facts(&facts::SecurityKey::new(t.root())).security_key;
    let t = Tree::new();
    assert_eq!(key(&t), None);
    t.dir("/sys/class/net");
    assert_eq!(key(&t), Some(false));
    let hid = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:1050:0407.0001";
    t.file(
        &format!("{hid}/report_descriptor"),
        descriptor("NON_FIDO_HID_DESC_3"),
    );
    t.link("/sys/class/hidraw/hidraw0/device", hid);
    assert_eq!(key(&t), Some(false));
    let fido = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.1/0003:1050:0407.0002";
    t.file(
        &format!("{fido}/report_descriptor"),
        descriptor("FIDO_HID_DESC_1"),
    );
    t.link("/sys/class/hidraw/hidraw1/device", fido);
    assert_eq!(key(&t), Some(true));
    // One descriptor unreadable and no key among the others: cannot tell.
    let t = Tree::new();
    t.file(
        &format!("{hid}/report_descriptor"),
        descriptor("NON_FIDO_HID_DESC_3"),
    );
    t.link("/sys/class/hidraw/hidraw0/device", hid);
    t.dir("/sys/class/hidraw/hidraw1");
    assert_eq!(key(&t), None);
}

#[test]
fn the_default_browser_from_xdg_settings_else_mimeapps() {
    let browser = |t: &Tree, desktop: Option<&str>| {
        facts(&facts::DefaultBrowser::new(
            t.root(),
            session(desktop),
            t.tools(),
        ))
        .browser
    };
    let t = Tree::new();
    assert_eq!(browser(&t, None), Browser::Unknown);
    t.file(
        "/usr/share/applications/gnome-mimeapps.list",
        "[Default Applications]\nx-scheme-handler/https=firefox-esr.desktop\n",
    );
    assert_eq!(browser(&t, None), Browser::Unknown);
    assert_eq!(browser(&t, Some("ubuntu:GNOME")), Browser::Firefox);
    t.file(
        "/home/ada/.config/mimeapps.list",
        "[Default Applications]\nx-scheme-handler/http=com.google.Chrome.desktop\n",
    );
    assert_eq!(browser(&t, Some("ubuntu:GNOME")), Browser::Chromium);
    t.tool("xdg-settings", "echo microsoft-edge.desktop");
    assert_eq!(browser(&t, None), Browser::Chromium);
    t.tool("xdg-settings", "echo org.gnome.Epiphany.desktop");
    assert_eq!(browser(&t, None), Browser::Other);
    // xdg-settings failing falls back to the files.
    t.tool(
        "xdg-settings",
        "echo 'xdg-settings: unknown desktop environment' >&2; exit 3",
    );
    assert_eq!(browser(&t, None), Browser::Chromium);
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
    assert_eq!(f.bluetooth, Bluetooth::Unknown);
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
