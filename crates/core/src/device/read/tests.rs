//! The parsers on real outputs of the tools and files they read
//! (`../shared/real/device/`, each with its source in `SOURCES.md`).

use super::*;

/// A real capture from `../shared/real/device/` (beside the project).
fn real(path: &str) -> String {
    let root = std::env::var("MFA_READY_SHARED").map_or_else(
        |_| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        std::path::PathBuf::from,
    );
    std::fs::read_to_string(root.join("real/device").join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn os_release_of_real_distributions() {
    let d = os_release(&real("linux/os-release-debian-13.txt"));
    assert_eq!(d.id, "debian");
    assert_eq!(d.version_id.as_deref(), Some("13"));
    assert!(d.pretty_name.starts_with("Debian GNU/Linux 13"), "{d:?}");
    let u = os_release(&real("linux/os-release-ubuntu-24.04.txt"));
    assert_eq!(u.id, "ubuntu");
    assert_eq!(u.id_like, vec!["debian"]);
    assert_eq!(u.version_id.as_deref(), Some("24.04"));
    let r = os_release(&real("linux/os-release-rhel-9.6.txt"));
    assert_eq!(r.id, "rhel");
    assert_eq!(r.version_id.as_deref(), Some("9.6"));
    let f = os_release(&real("linux/os-release-fedora-42.txt"));
    assert_eq!(f.id, "fedora");
    assert_eq!(f.version_id.as_deref(), Some("42"));
}
