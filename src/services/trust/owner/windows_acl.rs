//! Windows: who owns a file or folder and who may change it, read from its security
//! descriptor (readable without elevation). Only SYSTEM, Administrators and
//! TrustedInstaller may own it or hold a right to write, delete or re-permission it;
//! `CREATOR OWNER` entries apply only to what others create, so they are skipped with
//! the other inherit-only entries. The MSI sets exactly this ACL on
//! `%ProgramData%\MFA Ready` (dist/windows/main.wxs).

use std::ffi::c_void;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;
use std::ptr::null_mut;

use windows_sys::Win32::Foundation::{ERROR_SUCCESS, LocalFree};

use super::acl::AclError;
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, GetNamedSecurityInfoW, SE_FILE_OBJECT,
};
use windows_sys::Win32::Security::{
    ACCESS_ALLOWED_ACE, ACE_HEADER, ACL, DACL_SECURITY_INFORMATION, GetAce, IsWellKnownSid,
    OWNER_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR, PSID, WinBuiltinAdministratorsSid,
    WinCreatorOwnerSid, WinLocalSystemSid,
};

/// `ACCESS_ALLOWED_ACE_TYPE` and `ACCESS_ALLOWED_CALLBACK_ACE_TYPE` (same layout).
const ALLOWED: u8 = 0;
const ALLOWED_CALLBACK: u8 = 9;
/// Object ACEs (directory-service objects): another layout, never on files.
const ALLOWED_OBJECT: u8 = 5;
const ALLOWED_CALLBACK_OBJECT: u8 = 11;
/// `INHERIT_ONLY_ACE`: the entry applies only to children created later.
const INHERIT_ONLY: u8 = 0x08;

/// Rights that change a file, or replace one in a folder: write data or add a file (2),
/// append or add a folder (4), extended attributes (0x10), delete a child (0x40),
/// attributes (0x100), delete (0x1_0000), WRITE_DAC, WRITE_OWNER, MAXIMUM_ALLOWED,
/// GENERIC_ALL and GENERIC_WRITE.
const WRITE_RIGHTS: u32 = 0x2
    | 0x4
    | 0x10
    | 0x40
    | 0x100
    | 0x1_0000
    | 0x4_0000
    | 0x8_0000
    | 0x0200_0000
    | 0x1000_0000
    | 0x4000_0000;

/// `NT SERVICE\TrustedInstaller`, which owns what Windows itself installs.
const TRUSTED_INSTALLER: &str = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";

/// Frees the descriptor `GetNamedSecurityInfoW` allocated.
struct Descriptor(PSECURITY_DESCRIPTOR);

impl Drop for Descriptor {
    fn drop(&mut self) {
        // SAFETY: the pointer came from GetNamedSecurityInfoW, which says to LocalFree it.
        unsafe {
            LocalFree(self.0);
        }
    }
}

/// `Err` names the owner or entry that lets someone else change `path`.
pub fn admin_only(path: &Path) -> Result<(), AclError> {
    let wide: Vec<u16> = path
        .as_os_str()
        .encode_wide()
        .chain(std::iter::once(0))
        .collect();
    let mut owner: PSID = null_mut();
    let mut dacl: *mut ACL = null_mut();
    let mut sd: PSECURITY_DESCRIPTOR = null_mut();
    // SAFETY: `wide` is NUL-terminated and outlives the call; the out-pointers are valid.
    let rc = unsafe {
        GetNamedSecurityInfoW(
            wide.as_ptr(),
            SE_FILE_OBJECT,
            OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION,
            &mut owner,
            null_mut(),
            &mut dacl,
            null_mut(),
            &mut sd,
        )
    };
    if rc != ERROR_SUCCESS {
        return Err(AclError::Unreadable(rc));
    }
    let _free = Descriptor(sd);
    if owner.is_null() || !is_admin(owner) {
        return Err(AclError::Owner(sid_string(owner)));
    }
    if dacl.is_null() {
        return Err(AclError::NoAccessList);
    }
    // SAFETY: `dacl` points into the descriptor, alive until `_free` drops.
    let count = unsafe { (*dacl).AceCount };
    for i in 0..u32::from(count) {
        let mut ace: *mut c_void = null_mut();
        // SAFETY: `i` is below the ACL's own count.
        if unsafe { GetAce(dacl, i, &mut ace) } == 0 || ace.is_null() {
            return Err(AclError::EntryUnreadable);
        }
        // SAFETY: every ACE starts with an ACE_HEADER.
        let header = unsafe { *(ace as *const ACE_HEADER) };
        if header.AceFlags & INHERIT_ONLY != 0 {
            continue;
        }
        match header.AceType {
            ALLOWED | ALLOWED_CALLBACK => {}
            ALLOWED_OBJECT | ALLOWED_CALLBACK_OBJECT => {
                return Err(AclError::ObjectEntry);
            }
            // Deny and audit entries take rights away or only log.
            _ => continue,
        }
        // SAFETY: both allowed types share ACCESS_ALLOWED_ACE's layout.
        let allowed = ace as *const ACCESS_ALLOWED_ACE;
        let mask = unsafe { (*allowed).Mask };
        if mask & WRITE_RIGHTS == 0 {
            continue;
        }
        // SAFETY: the SID starts at SidStart, inside the ACE.
        let sid: PSID = unsafe { std::ptr::addr_of!((*allowed).SidStart) }
            .cast_mut()
            .cast();
        // SAFETY: `sid` is a valid SID inside the descriptor.
        let creator = unsafe { IsWellKnownSid(sid, WinCreatorOwnerSid) } != 0;
        if !is_admin(sid) && !creator {
            return Err(AclError::Writer(sid_string(sid)));
        }
    }
    Ok(())
}

/// SYSTEM, the Administrators group or TrustedInstaller.
fn is_admin(sid: PSID) -> bool {
    // SAFETY: `sid` is a valid SID from a security descriptor.
    let well_known = unsafe {
        IsWellKnownSid(sid, WinLocalSystemSid) != 0
            || IsWellKnownSid(sid, WinBuiltinAdministratorsSid) != 0
    };
    well_known || sid_string(sid) == TRUSTED_INSTALLER
}

/// `S-1-5-…`, for messages and the TrustedInstaller comparison.
fn sid_string(sid: PSID) -> String {
    if sid.is_null() {
        return "(none)".to_owned();
    }
    let mut out: *mut u16 = null_mut();
    // SAFETY: `sid` is valid; on success `out` is a NUL-terminated string to LocalFree.
    if unsafe { ConvertSidToStringSidW(sid, &mut out) } == 0 || out.is_null() {
        return "(unreadable)".to_owned();
    }
    let mut len = 0;
    // SAFETY: the string is NUL-terminated.
    while unsafe { *out.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: `len` u16s were just read from it.
    let text = String::from_utf16_lossy(unsafe { std::slice::from_raw_parts(out, len) });
    // SAFETY: allocated by ConvertSidToStringSidW.
    unsafe {
        LocalFree(out.cast());
    }
    text
}
