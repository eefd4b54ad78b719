//! `disk_encryption` on fake sysfs trees: plain disks, LVM and LUKS either way
//! round, a volume group half encrypted, dm-verity, btrfs, and what cannot be read.

use mfa_ready_core::device::{CheckId, Status};

use super::super::disk;
use super::{Tree, real};
use crate::services::device::DeviceCheck;

pub(super) const SDA: &str =
    "/sys/devices/pci0000:00/0000:00:1f.2/ata1/host0/target0:0:0/0:0:0:0/block/sda";
pub(super) const VIRTUAL: &str = "/sys/devices/virtual/block";

fn disk(tree: &Tree) -> (Status, String) {
    let c = disk::DiskEncryption::new(tree.root()).read();
    assert_eq!(c.id, CheckId::DiskEncryption);
    (c.status, c.evidence)
}

/// The uuids of a real LUKS2 device (udev database) and real LVM volumes.
pub(super) fn real_uuids() -> (String, String) {
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
