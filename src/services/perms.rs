//! Owner-only files and folders for the data directory, never reached through a link.
//!
//! The store holds full phone numbers in job payloads and the event log, so on Unix the
//! data directory is `0700` and the database with its `-wal`, `-shm` and moved-aside
//! `.corrupt-*` files are `0600`. SQLite creates `-wal` and `-shm` with the database
//! file's mode, so creating the database `0600` covers them; they are tightened again
//! after opening for stores made by older versions.
//!
//! Fail closed: the data directory and the files in it are used only when they are
//! what they seem. A link there (which another user could have planted to make MFA Ready
//! write or chmod a file of theirs or of the victim's) is refused, never followed; an
//! existing data directory is tightened to `0700` when it is the user's and refused when
//! it is not. On Windows the per-user application-data folder is already private (its
//! ACL), and links are refused there too.

use std::io;
use std::path::{Path, PathBuf};

/// Why a data directory or a file in it is not used.
#[derive(Debug, thiserror::Error)]
pub enum PrivateError {
    #[error(
        "{} is a link to another place; MFA Ready keeps its data only in a real folder or file of its own",
        .0.display()
    )]
    Link(PathBuf),
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    #[error("{} belongs to another user (user {uid}); choose a data folder of your own", path.display())]
    NotYours { path: PathBuf, uid: u32 },
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
}

impl PrivateError {
    fn io(path: &Path) -> impl Fn(io::Error) -> Self + '_ {
        move |source| Self::Io {
            path: path.to_owned(),
            source,
        }
    }
}

impl From<PrivateError> for io::Error {
    fn from(e: PrivateError) -> Self {
        match e {
            PrivateError::Io { source, .. } => source,
            other => io::Error::other(other.to_string()),
        }
    }
}

/// The user this process runs as (its effective user ID).
#[cfg(unix)]
pub fn effective_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Creates `dir` (and missing parents) with owner-only access, or tightens an existing
/// one of the user's to owner-only. A link, something that is not a folder, or another
/// user's folder is refused.
pub fn create_private_dir(dir: &Path) -> Result<(), PrivateError> {
    match std::fs::symlink_metadata(dir) {
        Ok(meta) => {
            check_own_dir(dir, &meta)?;
            restrict(dir, 0o700)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            make_dir(dir)?;
            // Another process may have made it in between: check what is there now.
            let meta = std::fs::symlink_metadata(dir).map_err(PrivateError::io(dir))?;
            check_own_dir(dir, &meta)?;
            restrict(dir, 0o700)
        }
        Err(e) => Err(PrivateError::io(dir)(e)),
    }
}

fn check_own_dir(dir: &Path, meta: &std::fs::Metadata) -> Result<(), PrivateError> {
    if meta.file_type().is_symlink() {
        return Err(PrivateError::Link(dir.to_owned()));
    }
    if !meta.is_dir() {
        return Err(PrivateError::NotAFolder(dir.to_owned()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let me = effective_uid();
        if meta.uid() != me {
            return Err(PrivateError::NotYours {
                path: dir.to_owned(),
                uid: meta.uid(),
            });
        }
    }
    Ok(())
}

fn make_dir(dir: &Path) -> Result<(), PrivateError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(PrivateError::io(dir))
}

/// Creates `path` empty with owner-only access if it does not exist yet, so that
/// whatever opens it next (SQLite) starts from a private file; an existing file is
/// tightened. A link is refused.
pub fn precreate_private_file(path: &Path) -> Result<(), PrivateError> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => return restrict_file(path),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(PrivateError::io(path)(e)),
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
        // Another process created it between the check and the open (create_new never
        // follows a link, so this is whatever is there now: checked by restrict_file).
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => restrict_file(path),
        Err(e) => Err(PrivateError::io(path)(e)),
    }
}

/// `chmod 0600` on Unix when the file exists; a link is refused, never followed.
pub fn restrict_file(path: &Path) -> Result<(), PrivateError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(PrivateError::Link(path.to_owned())),
        Ok(_) => restrict(path, 0o600),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(PrivateError::io(path)(e)),
    }
}

/// Refuses a link at `path`; anything else (or nothing) is fine.
pub fn refuse_link(path: &Path) -> Result<(), PrivateError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(PrivateError::Link(path.to_owned())),
        _ => Ok(()),
    }
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> Result<(), PrivateError> {
    use std::os::unix::fs::PermissionsExt;
    // `path` was just seen not to be a link (symlink_metadata); set_permissions on it
    // changes the file itself.
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => Err(PrivateError::Link(path.to_owned())),
        Ok(m) if m.permissions().mode() & 0o7777 == mode => Ok(()),
        Ok(_) => std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
            .map_err(PrivateError::io(path)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(PrivateError::io(path)(e)),
    }
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> Result<(), PrivateError> {
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
        create_private_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        let f = dir.join("db");
        precreate_private_file(&f).unwrap();
        assert_eq!(mode(&f), 0o600);
    }

    #[test]
    fn an_existing_open_folder_of_the_users_is_tightened() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        create_private_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
    }

    #[test]
    fn links_are_refused_and_their_targets_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let victim_dir = tmp.path().join("victim");
        std::fs::create_dir(&victim_dir).unwrap();
        std::fs::set_permissions(&victim_dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let link = tmp.path().join("data");
        std::os::unix::fs::symlink(&victim_dir, &link).unwrap();
        let err = create_private_dir(&link).unwrap_err();
        assert!(matches!(err, PrivateError::Link(_)), "{err}");
        assert!(err.to_string().ends_with("is a link to another place; MFA Ready keeps its data only in a real folder or file of its own"));
        assert_eq!(mode(&victim_dir), 0o755, "the link's target is untouched");

        let victim = tmp.path().join("victim.txt");
        std::fs::write(&victim, "mine").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
        let file_link = victim_dir.join("db");
        std::os::unix::fs::symlink(&victim, &file_link).unwrap();
        assert!(matches!(
            precreate_private_file(&file_link),
            Err(PrivateError::Link(_))
        ));
        assert!(matches!(
            restrict_file(&file_link),
            Err(PrivateError::Link(_))
        ));
        assert_eq!(mode(&victim), 0o644);
        assert!(refuse_link(&file_link).is_err());
        assert!(refuse_link(&victim).is_ok());
        assert!(refuse_link(&tmp.path().join("nothing")).is_ok());
    }

    #[test]
    fn another_users_folder_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("theirs");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        if effective_uid() != 0 {
            // An ordinary user cannot give a folder away; their own is accepted.
            assert!(create_private_dir(&dir).is_ok());
            return;
        }
        std::os::unix::fs::chown(&dir, Some(65534), None).unwrap();
        let err = create_private_dir(&dir).unwrap_err();
        assert!(
            matches!(err, PrivateError::NotYours { uid: 65534, .. }),
            "{err}"
        );
        assert_eq!(mode(&dir), 0o777, "not ours: not changed");
    }
}
