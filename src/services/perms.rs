//! Owner-only files and folders for the data directory.
//!
//! The store holds full phone numbers in job payloads and the event log, so on
//! Unix the data directory is `0700` and the database with its `-wal`, `-shm` and
//! moved-aside `.corrupt-*` files are `0600`. SQLite creates `-wal` and `-shm`
//! with the database file's mode, so creating the database `0600` covers them;
//! they are tightened again after opening for stores made by older versions.
//! On Windows the per-user application-data folder is already private (its ACL).

use std::io;
use std::path::Path;

/// Creates `dir` (and missing parents) with owner-only access. An existing
/// directory is tightened only when it already holds `marker` (a data directory
/// of ours from an older version), never an arbitrary folder passed by the user.
pub fn create_private_dir(dir: &Path, marker: &str) -> io::Result<()> {
    if dir.is_dir() {
        if dir.join(marker).exists() {
            restrict_dir(dir)?;
        }
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        // The mode above is filtered by the umask; set it exactly.
        restrict_dir(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

/// Creates `path` empty with owner-only access if it does not exist yet, so that
/// whatever opens it next (SQLite) starts from a private file.
pub fn precreate_private_file(path: &Path) -> io::Result<()> {
    if path.exists() {
        return restrict_file(path);
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => restrict_file(path),
        // Another process created it between the check and the open.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => restrict_file(path),
        Err(e) => Err(e),
    }
}

/// `chmod 0600` on Unix when the file exists; nothing elsewhere.
pub fn restrict_file(path: &Path) -> io::Result<()> {
    set_mode(path, 0o600)
}

fn restrict_dir(dir: &Path) -> io::Result<()> {
    set_mode(dir, 0o700)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(path) {
        Ok(m) if m.permissions().mode() & 0o777 == mode => Ok(()),
        Ok(_) => std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_dirs_and_files_are_owner_only() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a/b");
        create_private_dir(&dir, "db").unwrap();
        assert_eq!(mode(&dir), 0o700);
        let f = dir.join("db");
        precreate_private_file(&f).unwrap();
        assert_eq!(mode(&f), 0o600);
    }

    #[test]
    fn existing_folders_are_tightened_only_when_they_are_ours() {
        let tmp = tempfile::tempdir().unwrap();
        let shared = tmp.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o755)).unwrap();
        create_private_dir(&shared, "db").unwrap();
        assert_eq!(
            mode(&shared),
            0o755,
            "a folder that is not ours is left alone"
        );
        std::fs::write(shared.join("db"), b"").unwrap();
        create_private_dir(&shared, "db").unwrap();
        assert_eq!(mode(&shared), 0o700, "our old data directory is tightened");
    }
}
