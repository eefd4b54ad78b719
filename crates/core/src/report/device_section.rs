//! The report's "This computer" section: the OS, whether it meets the policy, each
//! check with what was read and what to do, and which method can be set up there. In
//! the reader's language from the report's typed `device` (`device.ftl`).

use mfa_ready_i18n::{Catalog, tr};

use super::model::Report;
use super::section::{Block, Cell, Fact, Section, SectionId, Table, Tone};
use crate::device::{Preflight, Status, said};

/// The section, when the report holds the computer's checks.
pub(super) fn device(r: &Report, cat: &Catalog) -> Option<Section> {
    let d = r.device.as_ref()?;
    let org = r.organization.as_str();
    let mut facts = vec![Fact::new(
        tr!(cat, "device-f-os"),
        Cell::text(d.os.as_str()),
    )];
    if d.checks.iter().any(|c| c.required) {
        let verdict = if d.meets_policy {
            Cell::tone(tr!(cat, "device-meets", org = org), Tone::Good)
        } else {
            Cell::tone(tr!(cat, "device-does-not-meet", org = org), Tone::Bad)
        };
        facts.push(Fact::new(tr!(cat, "device-f-policy"), verdict));
    }
    let rows = d
        .checks
        .iter()
        .map(|c| {
            let tone = match c.status {
                Status::Pass => Tone::Good,
                Status::Fail => Tone::Bad,
                Status::Unknown => Tone::Warn,
            };
            vec![
                Cell::text(said::check_name(cat, c.id)),
                Cell::tone(said::status(cat, c.status), tone),
                Cell::text(if c.required {
                    tr!(cat, "device-required", org = org)
                } else {
                    tr!(cat, "device-not-required")
                }),
                Cell::text(c.evidence.as_str()),
                Cell::text(
                    c.fix
                        .map(|f| said::fix(cat, f, d.platform))
                        .unwrap_or_default(),
                ),
            ]
        })
        .collect();
    let table = Block::Table(Table {
        head: vec![
            tr!(cat, "device-col-check"),
            tr!(cat, "device-col-status"),
            tr!(cat, "device-col-required"),
            tr!(cat, "device-col-read"),
            tr!(cat, "device-col-fix"),
        ],
        rows,
        note: None,
    });
    let preflight: Vec<Fact> = d
        .preflight
        .iter()
        .filter(|p| p.method.decided_by_device())
        .map(|p| {
            let cell = match p.preflight {
                Preflight::Ready => Cell::tone(said::preflight(cat, p.preflight), Tone::Good),
                Preflight::Unknown => Cell::text(said::preflight(cat, p.preflight)),
                Preflight::Blocked(_) => Cell::tone(said::preflight(cat, p.preflight), Tone::Warn),
            };
            Fact::new(cat.text(&format!("method-{}", p.method.id())), cell)
        })
        .collect();
    let mut blocks = vec![Block::Facts(facts), table];
    if !preflight.is_empty() {
        blocks.push(Block::Text(tr!(cat, "device-preflight-title")));
        blocks.push(Block::Facts(preflight));
    }
    Some(Section {
        id: SectionId::Device,
        heading: tr!(cat, "device-title"),
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::{
        Bluetooth, Check, CheckId, DeviceFacts, DeviceReport, DeviceRule, Platform, summarize,
    };
    use crate::methods::MethodKind;
    use mfa_ready_i18n::Lang;

    fn with_device() -> Report {
        let mut r = super::super::testkit::outage();
        let report = DeviceReport {
            platform: Platform::Linux,
            os_name: "Debian GNU/Linux 12 (bookworm)".into(),
            checks: vec![
                Check::new(
                    CheckId::DiskEncryption,
                    Status::Fail,
                    "/ on vda (254:0), not encrypted",
                ),
                Check::new(CheckId::ScreenLock, Status::Unknown, "no desktop session"),
            ],
        };
        let facts = DeviceFacts {
            platform: Some(Platform::Linux),
            bluetooth: Bluetooth::NoAdapter,
            ..DeviceFacts::default()
        };
        let rule = DeviceRule {
            require: vec![CheckId::DiskEncryption],
            ..DeviceRule::default()
        };
        r.device = Some(summarize(
            &report,
            &facts,
            &rule,
            &[MethodKind::Passkey, MethodKind::AuthenticatorApp],
        ));
        r
    }

    #[test]
    fn the_section_says_what_was_read_and_what_to_do_in_the_readers_language() {
        let r = with_device();
        let en = super::super::markdown::to_markdown(&r, &Catalog::new(Lang::En));
        for part in [
            "## This computer",
            "This computer does not meet Contoso's requirements.",
            "| Disk encryption | **Not met** |",
            "/ on vda (254:0), not encrypted",
            "Encryption is chosen when Linux is installed",
            "This computer has no Bluetooth",
        ] {
            assert!(en.contains(part), "missing {part:?} in:\n{en}");
        }
        let de = super::super::markdown::to_markdown(&r, &Catalog::new(Lang::De));
        assert!(de.contains("Festplattenverschlüsselung"), "{de}");
        assert!(!de.contains("Disk encryption"), "{de}");
        // No device read: no section, as in reports from before it existed.
        let none = super::super::testkit::outage();
        assert!(device(&none, &Catalog::new(Lang::En)).is_none());
    }
}
