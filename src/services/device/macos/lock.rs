//! Whether the Mac asks for the password after sleep or the screen saver:
//! `SACScreenLockEnabled` of the private login framework, as Chromium's device signals
//! read it (`device_info_fetcher_mac.mm`). The documented places do not answer:
//! `com.apple.screensaver`'s `askForPassword` is no longer kept there since macOS
//! 10.13, and `sysadminctl -screenLock status` writes a log line to stderr in a format
//! Apple does not document (no real capture of it was found).

use std::ffi::{CStr, c_void};

const LOGIN: &CStr = c"/System/Library/PrivateFrameworks/login.framework/Versions/A/login";

/// `None` when the framework or the function is not there (a macOS that dropped it).
pub(super) fn screen_lock_enabled() -> Option<bool> {
    // SAFETY: a NUL-terminated path. The handle is never closed, so the framework and
    // the function found in it stay loaded for the life of the process.
    let framework = unsafe { libc::dlopen(LOGIN.as_ptr(), libc::RTLD_LAZY | libc::RTLD_LOCAL) };
    if framework.is_null() {
        return None;
    }
    // SAFETY: a live handle and a NUL-terminated name.
    let symbol = unsafe { libc::dlsym(framework, c"SACScreenLockEnabled".as_ptr()) };
    if symbol.is_null() {
        return None;
    }
    // SAFETY: a non-null function address; `Boolean SACScreenLockEnabled(void)` is the
    // signature Chromium declares for it (Boolean is an unsigned char).
    let enabled =
        unsafe { std::mem::transmute::<*mut c_void, unsafe extern "C" fn() -> u8>(symbol) };
    // SAFETY: called with no arguments, as declared; it only reads the setting.
    Some(unsafe { enabled() } != 0)
}
