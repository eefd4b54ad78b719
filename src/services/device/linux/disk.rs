//! `disk_encryption` of the root filesystem, from sysfs as any user may read it: the
//! `major:minor` of `/` (mountinfo; for a btrfs subvolume, whose number is not a
//! block device's, the mount source), then the device stack under it: each
//! device-mapper device's `dm/uuid` (`CRYPT-…` is dm-crypt) and the devices it sits on
//! (`slaves/`), down to the physical ones.
//!
//! A device is encrypted when it is dm-crypt or everything it sits on is: LVM on
//! LUKS (`LVM-` over `CRYPT-`) and LUKS on LVM pass; a volume group spanning an
//! encrypted and a plain disk does not. Anything that could not be read makes the
//! check unknown, never a pass or a failure.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use mfa_ready_core::device::read::{dm_uuid_is_crypt, dm_uuid_kind, root_mount};
use mfa_ready_core::device::{Check, CheckId, Status};

use super::base::{under, why};
use crate::services::device::reader::DeviceCheck;

/// Device stacks deeper than this are not followed (and a loop in sysfs ends).
const MAX_DEPTH: usize = 8;

pub(super) struct DiskEncryption {
    root: PathBuf,
}

impl DiskEncryption {
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }
}

impl DeviceCheck for DiskEncryption {
    fn id(&self) -> CheckId {
        CheckId::DiskEncryption
    }
    fn read(&self) -> Check {
        let (status, evidence) = match root_disk(&self.root) {
            Ok(top) => {
                let shown = format!("/ on {}", top.describe());
                match top.encrypted() {
                    Coverage::All => (Status::Pass, shown),
                    Coverage::Part => (Status::Fail, format!("{shown}, not all of it encrypted")),
                    Coverage::None => (Status::Fail, format!("{shown}, not encrypted")),
                }
            }
            Err(Unread(why)) => (Status::Unknown, why),
        };
        Check::new(CheckId::DiskEncryption, status, evidence)
    }
}

/// What could not be read, as evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Unread(String);

/// One block device in the stack under `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Node {
    /// The kernel's name (`dm-1`, `sda3`, `nvme0n1p2`): never a serial or a label.
    name: String,
    /// `major:minor`.
    dev: String,
    /// A device-mapper device's uuid.
    dm_uuid: Option<String>,
    /// What it sits on (empty: a physical device, or dm-crypt, below which nothing
    /// is read).
    below: Vec<Node>,
}

/// How much of a device is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coverage {
    All,
    Part,
    None,
}

impl Node {
    fn is_crypt(&self) -> bool {
        self.dm_uuid.as_deref().is_some_and(dm_uuid_is_crypt)
    }

    fn encrypted(&self) -> Coverage {
        if self.is_crypt() {
            return Coverage::All;
        }
        let below: Vec<Coverage> = self.below.iter().map(Node::encrypted).collect();
        if below.is_empty() || below.iter().all(|c| *c == Coverage::None) {
            Coverage::None
        } else if below.iter().all(|c| *c == Coverage::All) {
            Coverage::All
        } else {
            Coverage::Part
        }
    }

    /// "dm-1 (LVM-…) ← dm-0 (CRYPT-LUKS2-…)", "vda (254:0)"; several devices
    /// below one as "md0 (9:0) ← [sda1 (8:1), sdb1 (8:17)]".
    fn describe(&self) -> String {
        let label = match &self.dm_uuid {
            Some(uuid) => format!("{} ({})", self.name, dm_uuid_kind(uuid)),
            None => format!("{} ({})", self.name, self.dev),
        };
        match self.below.as_slice() {
            [] => label,
            [one] => format!("{label} ← {}", one.describe()),
            many => format!(
                "{label} ← [{}]",
                many.iter()
                    .map(Node::describe)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// The device stack under `/`.
fn root_disk(root: &Path) -> Result<Node, Unread> {
    let mountinfo = std::fs::read_to_string(under(root, "proc/self/mountinfo"))
        .map_err(|e| Unread(format!("/proc/self/mountinfo not readable ({})", why(&e))))?;
    let mount = root_mount(&mountinfo)
        .ok_or_else(|| Unread("no filesystem at / in /proc/self/mountinfo".into()))?;
    let (major, minor) = mount.dev;
    let by_number = under(root, format!("sys/dev/block/{major}:{minor}"));
    let top = if by_number.exists() {
        by_number
    } else {
        by_source(root, &mount.source).ok_or_else(|| {
            if under(root, "sys/dev/block").is_dir() {
                Unread(format!("/ is {} on no block device", mount.fstype))
            } else {
                Unread("/sys/dev/block not readable".into())
            }
        })?
    };
    walk(&top, 0)
}

/// The sysfs folder of a mount source under `/dev` (`/dev/mapper/luks-…` is a link
/// to `../dm-0`): what btrfs needs, whose `0:…` number names no block device.
fn by_source(root: &Path, source: &str) -> Option<PathBuf> {
    if !source.starts_with("/dev/") {
        return None;
    }
    let node = under(root, source);
    let target = std::fs::read_link(&node).unwrap_or(node);
    let name = target.file_name()?;
    Some(under(root, "sys/class/block").join(name)).filter(|p| p.exists())
}

/// One device's sysfs folder and everything under it.
fn walk(dir: &Path, depth: usize) -> Result<Node, Unread> {
    if !dir.exists() {
        return Err(Unread(format!("{} is not in sysfs", dir_name(dir))));
    }
    let (name, dev) = identity(dir);
    if depth > MAX_DEPTH {
        return Err(Unread(format!(
            "{name}: devices stacked deeper than {MAX_DEPTH}"
        )));
    }
    if dir.join("loop").is_dir() {
        return Err(Unread(format!(
            "/ is on {name}, a loop device backed by a file"
        )));
    }
    let dm_uuid = if dir.join("dm").is_dir() {
        let uuid = std::fs::read_to_string(dir.join("dm/uuid"))
            .map_err(|e| Unread(format!("{name}: dm/uuid not readable ({})", why(&e))))?;
        Some(uuid.trim().to_owned())
    } else {
        None
    };
    let mut node = Node {
        name,
        dev,
        dm_uuid,
        below: Vec::new(),
    };
    if node.is_crypt() {
        return Ok(node);
    }
    let slaves = match std::fs::read_dir(dir.join("slaves")) {
        Ok(entries) => entries
            .map(|e| e.map(|e| e.file_name()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| Unread(format!("{}: slaves not readable ({})", node.name, why(&e))))?,
        // A partition has no slaves folder: it sits on its disk, which is physical.
        Err(e) if e.kind() == ErrorKind::NotFound && node.dm_uuid.is_none() => Vec::new(),
        Err(e) => {
            return Err(Unread(format!(
                "{}: slaves not readable ({})",
                node.name,
                why(&e)
            )));
        }
    };
    let mut slaves = slaves;
    slaves.sort();
    for s in slaves {
        node.below
            .push(walk(&dir.join("slaves").join(s), depth + 1)?);
    }
    Ok(node)
}

/// The kernel's name and `major:minor` of a sysfs block device folder, from its
/// `uevent` (`DEVNAME=`, `MAJOR=`, `MINOR=`), else its `dev` file and real folder name.
fn identity(dir: &Path) -> (String, String) {
    let uevent = std::fs::read_to_string(dir.join("uevent")).unwrap_or_default();
    let field = |k: &str| {
        uevent
            .lines()
            .find_map(|l| l.strip_prefix(k)?.strip_prefix('='))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    let name = field("DEVNAME").map_or_else(
        || {
            std::fs::canonicalize(dir)
                .ok()
                .map_or_else(|| dir_name(dir), |p| dir_name(&p))
        },
        str::to_owned,
    );
    let dev = match (field("MAJOR"), field("MINOR")) {
        (Some(a), Some(b)) => format!("{a}:{b}"),
        _ => std::fs::read_to_string(dir.join("dev"))
            .map(|d| d.trim().to_owned())
            .unwrap_or_else(|_| "?".to_owned()),
    };
    (name, dev)
}

fn dir_name(dir: &Path) -> String {
    dir.file_name()
        .map_or_else(|| "?".to_owned(), |n| n.to_string_lossy().into_owned())
}
