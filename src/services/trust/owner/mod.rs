//! Whether only administrators can change a file: the trusted keys, and the record of
//! the newest policy accepted on this machine. A key file that someone else can write
//! is a key that someone else can add.
//!
//! Unix: the file, every link on the way to it, and every folder above each of them must
//! be owned by root and writable by nobody else (group write only for the root group,
//! or `admin` on macOS; a sticky, world-writable folder such as `/tmp` is fine, since
//! others cannot replace what they do not own there). Windows: the file and its folder
//! must be owned by SYSTEM, Administrators or TrustedInstaller, and no one else may be
//! granted a right to write, replace or re-permission them.

use std::path::{Path, PathBuf};

mod acl;
pub use acl::AclError;

/// Why a file could be changed by someone who is not an administrator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Exposure {
    #[error("{}: cannot read it: {message}", path.display())]
    Unreadable { path: PathBuf, message: String },
    #[error("{}: it is not a file", path.display())]
    NotAFile { path: PathBuf },
    #[error(
        "{}: it belongs to user {uid}, not to an administrator (make root its owner)",
        path.display()
    )]
    FileOwner { path: PathBuf, uid: u32 },
    #[error(
        "{}: group or others can write it (mode {mode:04o}; make it 0644)",
        path.display()
    )]
    FileWritable { path: PathBuf, mode: u32 },
    #[error(
        "{}: its folder {} belongs to user {uid}, not to an administrator",
        path.display(),
        dir.display()
    )]
    FolderOwner {
        path: PathBuf,
        dir: PathBuf,
        uid: u32,
    },
    #[error(
        "{}: group or others can write its folder {} (mode {mode:04o}; make it 0755)",
        path.display(),
        dir.display()
    )]
    FolderWritable {
        path: PathBuf,
        dir: PathBuf,
        mode: u32,
    },
    #[error("{}: too many links on the way to the file", path.display())]
    LinkLoop { path: PathBuf },
    /// Windows: an owner or a permission entry that is not an administrator's.
    #[error("{}: {why}", path.display())]
    Acl { path: PathBuf, why: AclError },
    /// Windows: the same, on the folder that holds the file.
    #[error("{}: its folder {}: {why}", path.display(), dir.display())]
    FolderAcl {
        path: PathBuf,
        dir: PathBuf,
        why: AclError,
    },
}

/// How many links are followed before giving up (as the kernel's `ELOOP`).
const MAX_LINKS: usize = 40;

/// Checks that only administrators can change `path`, following links and checking
/// each of them and every folder on the way. `Ok` gives the file finally reached.
pub fn admin_only(path: &Path) -> Result<PathBuf, Exposure> {
    let unreadable = |p: &Path, e: std::io::Error| Exposure::Unreadable {
        path: p.to_owned(),
        message: e.to_string(),
    };
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        let meta = std::fs::symlink_metadata(&current).map_err(|e| unreadable(&current, e))?;
        // The folder holding this name decides who can replace it (a link or the file).
        let dir = current
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let dir = std::fs::canonicalize(&dir).map_err(|e| unreadable(&dir, e))?;
        platform::folders_admin_only(path, &dir)?;
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(&current).map_err(|e| unreadable(&current, e))?;
            current = dir.join(target);
            continue;
        }
        if !meta.is_file() {
            return Err(Exposure::NotAFile {
                path: path.to_owned(),
            });
        }
        platform::file_admin_only(path, &current, &meta)?;
        return Ok(current);
    }
    Err(Exposure::LinkLoop {
        path: path.to_owned(),
    })
}

#[cfg(unix)]
mod platform {
    use std::os::unix::fs::MetadataExt;
    use std::path::Path;

    use crate::services::perms::effective_uid;
    use crate::services::trust::owner::Exposure;

    /// Root; in debug builds (the tests', which may run as an ordinary user) also the
    /// user the process runs as. A release build trusts root only.
    fn trusted_owner(uid: u32) -> bool {
        uid == 0 || (cfg!(debug_assertions) && uid == effective_uid())
    }

    /// The group whose members are administrators: `root`/`wheel` (0), and `admin` (80)
    /// on macOS.
    fn trusted_group(gid: u32) -> bool {
        gid == 0 || (cfg!(target_os = "macos") && gid == 80)
    }

    /// Write permission for someone not trusted: others, or a group that is not the
    /// administrators'.
    fn writable_by_others(meta: &std::fs::Metadata) -> bool {
        let mode = meta.mode();
        mode & 0o002 != 0 || (mode & 0o020 != 0 && !trusted_group(meta.gid()))
    }

    /// `dir` and every folder above it.
    pub fn folders_admin_only(path: &Path, dir: &Path) -> Result<(), Exposure> {
        for d in dir.ancestors() {
            let meta = std::fs::metadata(d).map_err(|e| Exposure::Unreadable {
                path: d.to_owned(),
                message: e.to_string(),
            })?;
            if !trusted_owner(meta.uid()) {
                return Err(Exposure::FolderOwner {
                    path: path.to_owned(),
                    dir: d.to_owned(),
                    uid: meta.uid(),
                });
            }
            let sticky = meta.mode() & 0o1000 != 0;
            if writable_by_others(&meta) && !sticky {
                return Err(Exposure::FolderWritable {
                    path: path.to_owned(),
                    dir: d.to_owned(),
                    mode: meta.mode() & 0o7777,
                });
            }
        }
        Ok(())
    }

    pub fn file_admin_only(
        path: &Path,
        _resolved: &Path,
        meta: &std::fs::Metadata,
    ) -> Result<(), Exposure> {
        if !trusted_owner(meta.uid()) {
            return Err(Exposure::FileOwner {
                path: path.to_owned(),
                uid: meta.uid(),
            });
        }
        if writable_by_others(meta) {
            return Err(Exposure::FileWritable {
                path: path.to_owned(),
                mode: meta.mode() & 0o7777,
            });
        }
        Ok(())
    }
}

#[cfg(windows)]
mod platform {
    use std::path::Path;

    use crate::services::trust::owner::Exposure;

    pub fn folders_admin_only(path: &Path, dir: &Path) -> Result<(), Exposure> {
        crate::services::trust::owner::windows_acl::admin_only(dir).map_err(|why| {
            Exposure::FolderAcl {
                path: path.to_owned(),
                dir: dir.to_owned(),
                why,
            }
        })
    }

    pub fn file_admin_only(
        path: &Path,
        resolved: &Path,
        _meta: &std::fs::Metadata,
    ) -> Result<(), Exposure> {
        crate::services::trust::owner::windows_acl::admin_only(resolved).map_err(|why| {
            Exposure::Acl {
                path: path.to_owned(),
                why,
            }
        })
    }
}

#[cfg(not(any(unix, windows)))]
mod platform {
    use std::path::Path;

    use crate::services::trust::owner::Exposure;

    pub fn folders_admin_only(_path: &Path, _dir: &Path) -> Result<(), Exposure> {
        Ok(())
    }

    pub fn file_admin_only(
        _path: &Path,
        _resolved: &Path,
        _meta: &std::fs::Metadata,
    ) -> Result<(), Exposure> {
        Ok(())
    }
}

#[cfg(windows)]
mod windows_acl;

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn chmod(p: &Path, mode: u32) {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    /// A 0755 folder with a 0644 file, as IT would lay out /etc/mfa-ready.
    fn layout() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        chmod(dir.path(), 0o755);
        let f = dir.path().join("trusted_keys");
        std::fs::write(&f, "k\n").unwrap();
        chmod(&f, 0o644);
        (dir, f)
    }

    #[test]
    fn an_admin_only_file_passes_and_a_writable_one_does_not() {
        let (dir, f) = layout();
        assert_eq!(admin_only(&f).unwrap(), f);
        chmod(&f, 0o666);
        assert!(matches!(
            admin_only(&f),
            Err(Exposure::FileWritable { mode: 0o666, .. })
        ));
        chmod(&f, 0o644);
        chmod(dir.path(), 0o777);
        let err = admin_only(&f).unwrap_err();
        assert!(
            matches!(err, Exposure::FolderWritable { mode: 0o777, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("make it 0755"), "{err}");
        // Sticky like /tmp: others cannot replace a file they do not own.
        chmod(dir.path(), 0o1777);
        assert!(admin_only(&f).is_ok());
    }

    #[test]
    fn a_link_to_a_file_others_can_write_is_refused() {
        let (dir, f) = layout();
        let elsewhere = tempfile::tempdir().unwrap();
        chmod(elsewhere.path(), 0o777);
        let target = elsewhere.path().join("keys");
        std::fs::write(&target, "k\n").unwrap();
        chmod(&target, 0o644);
        std::fs::remove_file(&f).unwrap();
        std::os::unix::fs::symlink(&target, &f).unwrap();
        let err = admin_only(&f).unwrap_err();
        assert!(matches!(err, Exposure::FolderWritable { .. }), "{err}");
        assert!(
            err.to_string()
                .contains(&elsewhere.path().display().to_string()),
            "{err}"
        );
        // Once the target's folder is locked down the link is fine.
        chmod(elsewhere.path(), 0o755);
        assert_eq!(
            admin_only(&f).unwrap(),
            std::fs::canonicalize(&target).unwrap()
        );
        // A link loop, a directory and a dangling link are refused.
        std::fs::remove_file(&f).unwrap();
        std::os::unix::fs::symlink(&f, &f).unwrap();
        assert!(matches!(admin_only(&f), Err(Exposure::LinkLoop { .. })));
        std::fs::remove_file(&f).unwrap();
        std::fs::create_dir(&f).unwrap();
        assert!(matches!(admin_only(&f), Err(Exposure::NotAFile { .. })));
        std::fs::remove_dir(&f).unwrap();
        std::os::unix::fs::symlink(dir.path().join("gone"), &f).unwrap();
        assert!(matches!(admin_only(&f), Err(Exposure::Unreadable { .. })));
    }

    /// Another user's file (needs root to make one; this machine's tests and CI run as
    /// root, and an ordinary user cannot give a file away at all).
    #[test]
    fn a_file_or_folder_owned_by_another_user_is_refused() {
        if crate::services::perms::effective_uid() != 0 {
            // Without root no file of another user can be made; what is left to check
            // is that our own files pass in a debug build.
            let (_dir, f) = layout();
            assert!(admin_only(&f).is_ok());
            return;
        }
        let (dir, f) = layout();
        std::os::unix::fs::chown(&f, Some(65534), None).unwrap();
        let err = admin_only(&f).unwrap_err();
        assert!(
            matches!(err, Exposure::FileOwner { uid: 65534, .. }),
            "{err}"
        );
        std::os::unix::fs::chown(&f, Some(0), None).unwrap();
        std::os::unix::fs::chown(dir.path(), Some(65534), None).unwrap();
        let err = admin_only(&f).unwrap_err();
        assert!(
            matches!(err, Exposure::FolderOwner { uid: 65534, .. }),
            "{err}"
        );
        // Group write is fine for the administrators' group only.
        std::os::unix::fs::chown(dir.path(), Some(0), Some(0)).unwrap();
        chmod(&f, 0o664);
        std::os::unix::fs::chown(&f, Some(0), Some(0)).unwrap();
        assert!(admin_only(&f).is_ok());
        std::os::unix::fs::chown(&f, Some(0), Some(65534)).unwrap();
        assert!(matches!(admin_only(&f), Err(Exposure::FileWritable { .. })));
    }
}
