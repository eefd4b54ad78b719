//! Files people and other programs read (reports, calendars, autostart entries, policy
//! signatures): written whole or not at all, never through a link and never through a
//! temporary file someone else could have made; and small text files read with a size
//! cap (a policy, its trusted keys, its signature).

use std::io::{self, Read as _, Write as _};
use std::path::Path;

/// Writes `bytes` to `path` whole or not at all: through a temporary file created
/// exclusively (`O_EXCL`, so never through a link someone planted) with an unpredictable
/// name in the target's folder, owner-only (0600) while it is written, synced, then made
/// 0644 and renamed over the target. A rename replaces a link at `path` instead of
/// writing through it, and a reader (or a crash) never sees half a file. The temporary
/// file is removed when writing fails.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".part")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map(drop).map_err(|e| e.error)
}

/// Where files the user saves go by default (a report, a calendar): the Downloads
/// folder, else the home folder.
pub fn save_folder() -> Option<std::path::PathBuf> {
    directories::UserDirs::new().map(|u| {
        u.download_dir()
            .map_or_else(|| u.home_dir().to_path_buf(), Path::to_path_buf)
    })
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

    /// Another user plants `report.html.part` (the old predictable name) as a link to a
    /// victim file, or any link at the target itself: the victim is never written.
    #[cfg(unix)]
    #[test]
    fn links_in_a_shared_folder_are_never_written_through() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        let p = dir.path().join("report.html");
        let mut part = p.as_os_str().to_owned();
        part.push(".part");
        std::os::unix::fs::symlink(&victim, &part).unwrap();
        write_whole(&p, b"report").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert_eq!(std::fs::read(&p).unwrap(), b"report");
        // A link at the target is replaced, not followed.
        let q = dir.path().join("cal.ics");
        std::os::unix::fs::symlink(&victim, &q).unwrap();
        write_whole(&q, b"calendar").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert!(
            !std::fs::symlink_metadata(&q)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let mode = std::fs::metadata(&q).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing-folder").join("r.json");
        assert!(write_whole(&p, b"x").is_err());
        assert!(!p.exists());
    }
}
