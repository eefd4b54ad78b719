//! `[device]`: the posture checks the organisation requires (`require`), the oldest OS
//! versions it allows (`min_os`), and whether a check that cannot be read blocks
//! (`unknown = "fail"`) or is only shown (`"warn"`, the default).

use toml::Spanned;

use crate::device::{CheckId, DeviceRule, OsVersion, UnknownIs};

use super::error::Checker;
use super::raw::RawDevice;

/// Validates `[device]`; without it nothing is required.
pub(super) fn check(ck: &mut Checker<'_>, raw: Option<&Spanned<RawDevice>>) -> DeviceRule {
    let mut out = DeviceRule::default();
    let Some(raw) = raw else {
        return out;
    };
    let raw = raw.get_ref();
    if let Some(list) = &raw.require {
        for (i, id) in list.get_ref().iter().enumerate() {
            let field = format!("device.require[{i}]");
            match CheckId::from_id(id.get_ref().trim()) {
                Some(c) if out.require.contains(&c) => {
                    ck.err(id.span(), field, format!("\"{}\" is listed twice", c.id()));
                }
                Some(c) => out.require.push(c),
                None => ck.err(
                    id.span(),
                    field,
                    format!(
                        "\"{}\" is not a device check (one of {})",
                        crate::text::single_line_capped(id.get_ref(), 40),
                        CheckId::ALL.map(CheckId::id).join(", ")
                    ),
                ),
            }
        }
    }
    if let Some(min) = &raw.min_os {
        for (key, version) in min.get_ref() {
            let field = format!("device.min_os.{key}");
            let k = key.trim().to_ascii_lowercase();
            let valid_key = !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
            match (valid_key, OsVersion::parse(version.get_ref())) {
                (false, _) => ck.err(
                    version.span(),
                    field,
                    "must name an OS: windows, macos, or a Linux distribution's ID (ubuntu, debian, fedora, …)",
                ),
                (true, None) => ck.err(
                    version.span(),
                    field,
                    "must be a version number, e.g. \"10.0.22631\", \"14.0\", \"22.04\", \"12\"",
                ),
                (true, Some(_)) if out.min_os.contains_key(&k) => ck.err(
                    version.span(),
                    field,
                    format!("\"{k}\" is listed twice"),
                ),
                (true, Some(v)) => {
                    out.min_os.insert(k, v);
                }
            }
        }
    }
    if let Some(u) = &raw.unknown {
        match u.get_ref().as_str() {
            "warn" => out.unknown = UnknownIs::Warn,
            "fail" => out.unknown = UnknownIs::Fail,
            _ => ck.err(u.span(), "device.unknown", "must be \"warn\" or \"fail\""),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::device::{CheckId, OsVersion, UnknownIs};
    use crate::policy::parse::parse;
    use crate::policy::testkit::{VALID, now};

    /// The valid policy with `section` appended (its first line is the file's line
    /// after the last).
    fn with(section: &str) -> Result<crate::policy::Policy, crate::policy::PolicyErrors> {
        parse(&format!("{VALID}\n{section}\n"), "p.toml", now())
    }

    fn first_line() -> usize {
        VALID.lines().count() + 2
    }

    #[test]
    fn device_section_is_validated_at_its_line() {
        let p = with(
            "[device]\nrequire = [\"disk_encryption\", \"screen_lock\"]\nmin_os = { windows = \"10.0.22631\", ubuntu = \"22.04\", debian = \"12\" }\nunknown = \"fail\"",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            p.device.require,
            vec![CheckId::DiskEncryption, CheckId::ScreenLock]
        );
        assert_eq!(p.device.unknown, UnknownIs::Fail);
        assert_eq!(
            p.device.min_os.get("ubuntu"),
            OsVersion::parse("22.04").as_ref()
        );
        assert_eq!(
            with("").unwrap_or_else(|e| panic!("{e}")).device,
            Default::default()
        );
        for (bad, says) in [
            ("[device]\nrequire = [\"antivirus\"]", "not a device check"),
            (
                "[device]\nrequire = [\"firewall\", \"firewall\"]",
                "listed twice",
            ),
            (
                "[device]\nmin_os = { windows = \"eleven\" }",
                "version number",
            ),
            (
                "[device]\nmin_os = { \"win dows\" = \"10\" }",
                "must name an OS",
            ),
            ("[device]\nunknown = \"ignore\"", "\"warn\" or \"fail\""),
            (
                "[device]\nmin_os = { Ubuntu = \"22.04\", ubuntu = \"24.04\" }",
                "listed twice",
            ),
            ("[device]\nrequire = \"firewall\"", "device"),
            ("[device]\nrequired = [\"firewall\"]", "required"),
        ] {
            let err = with(bad).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(err.contains(says), "{bad}: {err}");
            let line = format!(":{}:", first_line() + 1);
            assert!(err.contains(&line), "at its line {line}: {err}");
        }
    }
}
