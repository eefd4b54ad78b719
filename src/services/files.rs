//! Files people and other programs read (reports, calendars, autostart entries):
//! written whole or not at all.

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` through a sibling `<name>.part` file that is synced and
/// renamed over it, so a reader (or a crash) never sees half a file. The temporary
/// file is removed when writing fails.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = PathBuf::from(tmp);
    let written = std::fs::File::create(&tmp)
        .and_then(|mut f| {
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_and_leaves_no_part_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("report.md");
        write_whole(&p, b"old").unwrap();
        write_whole(&p, b"new and longer").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new and longer");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing-folder").join("r.json");
        assert!(write_whole(&p, b"x").is_err());
        assert!(!p.exists());
    }
}
