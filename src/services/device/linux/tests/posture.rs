//! Secure Boot and the firewall on fake trees and fake `firewall-cmd`s.

use std::time::Instant;

use mfa_ready_core::device::Status;

use super::super::posture;
use super::Tree;
use crate::services::device::{CHECK_TIMEOUT, DeviceCheck};

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
