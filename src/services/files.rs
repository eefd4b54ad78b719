//! Files people and other programs read (reports, calendars, autostart entries):
//! written whole or not at all; and small text files read with a size cap (a
//! policy, its trusted keys, its signature).

use std::io::{self, Read as _, Write as _};
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

/// Why [`read_text_capped`] gave no text.
#[derive(Debug)]
pub enum CappedRead {
    Io(io::Error),
    /// Over the cap: refused after that many bytes, never read to the end.
    TooLarge,
    NotUtf8,
}

/// Reads a small text file (a policy, a key list, a signature) of at most `max`
/// bytes: a larger file or an endless device is refused after `max + 1` bytes.
pub fn read_text_capped(path: &Path, max: u64) -> Result<String, CappedRead> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_end(&mut bytes))
        .map_err(CappedRead::Io)?;
    if bytes.len() as u64 > max {
        return Err(CappedRead::TooLarge);
    }
    String::from_utf8(bytes).map_err(|_| CappedRead::NotUtf8)
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
    fn capped_reads_refuse_big_and_binary_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("t");
        std::fs::write(&p, "12345").unwrap();
        assert_eq!(read_text_capped(&p, 5).unwrap(), "12345");
        assert!(matches!(read_text_capped(&p, 4), Err(CappedRead::TooLarge)));
        std::fs::write(&p, [0xff, 0xfe]).unwrap();
        assert!(matches!(read_text_capped(&p, 5), Err(CappedRead::NotUtf8)));
        assert!(matches!(
            read_text_capped(&dir.path().join("none"), 5),
            Err(CappedRead::Io(_))
        ));
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing-folder").join("r.json");
        assert!(write_whole(&p, b"x").is_err());
        assert!(!p.exists());
    }
}
