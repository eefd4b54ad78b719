//! OS versions in order: "10.0.22631" (Windows build), "14.4.1" (macOS), "22.04"
//! (Ubuntu), "12" (Debian). Numeric parts compared one by one; a missing part is 0.

use serde::{Deserialize, Serialize};

/// A dotted version of up to six numeric parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OsVersion(Vec<u64>);

impl OsVersion {
    /// "22.04" → [22, 4]. Leading `v` and a suffix after the numbers ("12.5 LTS",
    /// "14.4.1 (23E224)") are ignored; nothing numeric → `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim().trim_start_matches(['v', 'V']);
        let numeric: String = t
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let parts: Vec<u64> = numeric
            .split('.')
            .filter(|p| !p.is_empty())
            .map_while(|p| p.parse().ok())
            .collect();
        (!parts.is_empty() && parts.len() <= 6).then_some(Self(parts))
    }
}

impl std::fmt::Display for OsVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u64::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

impl TryFrom<String> for OsVersion {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::parse(&s).ok_or_else(|| format!("not a version: {s}"))
    }
}

impl From<OsVersion> for String {
    fn from(v: OsVersion) -> String {
        v.to_string()
    }
}

/// Whether `have` is `min` or newer.
pub fn at_least(have: &OsVersion, min: &OsVersion) -> bool {
    let n = have.0.len().max(min.0.len());
    let part = |v: &OsVersion, i: usize| v.0.get(i).copied().unwrap_or(0);
    for i in 0..n {
        match part(have, i).cmp(&part(min, i)) {
            std::cmp::Ordering::Greater => return true,
            std::cmp::Ordering::Less => return false,
            std::cmp::Ordering::Equal => {}
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn v(s: &str) -> OsVersion {
        OsVersion::parse(s).unwrap_or(OsVersion(vec![]))
    }

    #[test]
    fn versions_compare_part_by_part() {
        assert!(at_least(&v("10.0.22631"), &v("10.0.22631")));
        assert!(at_least(&v("10.0.26100"), &v("10.0.22631")));
        assert!(!at_least(&v("10.0.19045"), &v("10.0.22631")));
        assert!(at_least(&v("22.04"), &v("22.04")));
        assert!(!at_least(&v("20.04"), &v("22.04")));
        assert!(at_least(&v("24.04"), &v("22.04")));
        assert!(at_least(&v("12"), &v("12.0")));
        assert!(at_least(&v("14.4.1"), &v("14")));
        assert!(!at_least(&v("13.6.7"), &v("14.0")));
        // 22.10 is after 22.4 (numbers, not text).
        assert!(at_least(&v("22.10"), &v("22.4")));
    }

    #[test]
    fn suffixes_are_ignored_and_nonsense_is_no_version() {
        assert_eq!(v("12.5 LTS").to_string(), "12.5");
        assert_eq!(v("14.4.1 (23E224)").to_string(), "14.4.1");
        assert_eq!(v("v10.0.22631").to_string(), "10.0.22631");
        assert_eq!(OsVersion::parse("bookworm/sid"), None);
        assert_eq!(OsVersion::parse(""), None);
        assert_eq!(OsVersion::parse("1.2.3.4.5.6.7"), None);
    }

    proptest! {
        #[test]
        fn parsing_free_text_never_panics_and_order_is_total(a in ".{0,40}", b in "[0-9.]{0,20}") {
            let _ = OsVersion::parse(&a);
            if let (Some(x), Some(y)) = (OsVersion::parse(&b), OsVersion::parse(&a)) {
                prop_assert!(at_least(&x, &y) || at_least(&y, &x));
                prop_assert!(at_least(&x, &x));
            }
        }
    }
}
