//! What a Windows access list says against a file or folder: the facts `windows_acl`
//! reads and `Exposure::Acl` / `Exposure::FolderAcl` carry. Compiled on every platform,
//! so that an exposure is one type everywhere.

/// Why a Windows security descriptor lets someone other than an administrator change
/// a file, or could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AclError {
    /// `GetNamedSecurityInfoW` failed with this Windows error code.
    #[error("cannot read who may change it (Windows error {0})")]
    Unreadable(u32),
    /// The owner's SID (`S-1-5-…`), not SYSTEM, Administrators or TrustedInstaller.
    #[error("its owner {0} is not SYSTEM or Administrators")]
    Owner(String),
    #[error("it has no access list, so everyone may change it")]
    NoAccessList,
    #[error("cannot read its access list")]
    EntryUnreadable,
    /// An object ACE (directory-service objects), another layout.
    #[error("it has an access entry MFA Ready cannot read")]
    ObjectEntry,
    /// This SID is granted a right to write, replace or re-permission it.
    #[error("{0} may change it")]
    Writer(String),
}
