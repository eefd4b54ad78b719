//! What Windows gives through flat calls: its version (`RtlGetVersion`, which, unlike
//! `GetVersionEx`, does not depend on the program's manifest), the screen saver
//! (`SystemParametersInfoW`), the active power scheme on the current power source,
//! and the drive Windows is on.

use std::ptr::null_mut;

use windows_sys::Wdk::System::SystemServices::RtlGetVersion;
use windows_sys::Win32::Foundation::{ERROR_SUCCESS, LocalFree};
use windows_sys::Win32::System::Power::{
    GetSystemPowerStatus, PowerGetActiveScheme, PowerReadACValueIndex, PowerReadDCValueIndex,
    SYSTEM_POWER_STATUS,
};
use windows_sys::Win32::System::SystemInformation::{GetSystemWindowsDirectoryW, OSVERSIONINFOW};
use windows_sys::Win32::System::SystemServices::{
    GUID_LOCK_CONSOLE_ON_WAKE, GUID_SLEEP_SUBGROUP, GUID_STANDBY_TIMEOUT, NO_SUBGROUP_GUID,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    SPI_GETSCREENSAVEACTIVE, SPI_GETSCREENSAVESECURE, SPI_GETSCREENSAVETIMEOUT,
    SYSTEM_PARAMETERS_INFO_ACTION, SystemParametersInfoW,
};
use windows_sys::core::GUID;

/// Major, minor and build, as the kernel knows them.
pub(super) fn version() -> Option<(u32, u32, u32)> {
    // SAFETY: OSVERSIONINFOW is plain data; all zeros is a valid value.
    let mut info: OSVERSIONINFOW = unsafe { std::mem::zeroed() };
    info.dwOSVersionInfoSize = std::mem::size_of::<OSVERSIONINFOW>() as u32;
    // SAFETY: `info` is an OSVERSIONINFOW with its size set, as RtlGetVersion requires.
    let status = unsafe { RtlGetVersion(&mut info) };
    (status == 0).then_some((info.dwMajorVersion, info.dwMinorVersion, info.dwBuildNumber))
}

/// One `SPI_GET…` whose answer is an int (a BOOL, or seconds).
fn parameter(action: SYSTEM_PARAMETERS_INFO_ACTION) -> Option<i32> {
    let mut value = 0i32;
    // SAFETY: each action asked for here writes one int to the pointer given.
    let ok = unsafe { SystemParametersInfoW(action, 0, (&raw mut value).cast(), 0) };
    (ok != 0).then_some(value)
}

/// The screen saver: starts when idle, asks to sign in on resume, seconds idle.
pub(super) fn screen_saver() -> (Option<bool>, Option<bool>, Option<u32>) {
    (
        parameter(SPI_GETSCREENSAVEACTIVE).map(|v| v != 0),
        parameter(SPI_GETSCREENSAVESECURE).map(|v| v != 0),
        parameter(SPI_GETSCREENSAVETIMEOUT).and_then(|v| u32::try_from(v).ok()),
    )
}

/// The active power scheme on the power source in use now (on AC unless the battery
/// is known to be it, as Chromium decides): sign-in on wake, and seconds idle before
/// sleep (0: never).
pub(super) fn power() -> (Option<bool>, Option<u32>) {
    // SAFETY: SYSTEM_POWER_STATUS is plain data; all zeros is a valid value.
    let mut status: SYSTEM_POWER_STATUS = unsafe { std::mem::zeroed() };
    // SAFETY: `status` is written by the call.
    let on_battery = unsafe { GetSystemPowerStatus(&mut status) } != 0 && status.ACLineStatus == 0;
    let mut active: *mut GUID = null_mut();
    // SAFETY: on success `active` points to a GUID the caller frees with LocalFree.
    if unsafe { PowerGetActiveScheme(null_mut(), &mut active) } != ERROR_SUCCESS || active.is_null()
    {
        return (None, None);
    }
    // SAFETY: `active` points to the GUID PowerGetActiveScheme allocated.
    let scheme = unsafe { *active };
    // SAFETY: allocated by PowerGetActiveScheme, freed once.
    unsafe {
        LocalFree(active.cast());
    }
    let read = |subgroup: &GUID, setting: &GUID| {
        let mut value = 0u32;
        // SAFETY: every GUID outlives the call; `value` is written.
        let rc = unsafe {
            if on_battery {
                PowerReadDCValueIndex(null_mut(), &scheme, subgroup, setting, &mut value)
            } else {
                PowerReadACValueIndex(null_mut(), &scheme, subgroup, setting, &mut value)
            }
        };
        (rc == ERROR_SUCCESS).then_some(value)
    };
    (
        read(&NO_SUBGROUP_GUID, &GUID_LOCK_CONSOLE_ON_WAKE).map(|v| v != 0),
        read(&GUID_SLEEP_SUBGROUP, &GUID_STANDBY_TIMEOUT),
    )
}

/// The drive Windows runs from ("C:"), as Chromium names the OS volume.
pub(super) fn system_drive() -> Option<String> {
    let mut buf = [0u16; 260];
    // SAFETY: `buf` holds the length given; the call writes at most that.
    let n = unsafe { GetSystemWindowsDirectoryW(buf.as_mut_ptr(), buf.len() as u32) } as usize;
    let dir = String::from_utf16_lossy(buf.get(..n)?);
    let mut chars = dir.chars();
    match (chars.next(), chars.next()) {
        (Some(letter), Some(':')) if letter.is_ascii_alphabetic() => Some(format!("{letter}:")),
        _ => None,
    }
}
