//! Registry values, read as the signed-in user (`RegGetValueW`, always the 64-bit
//! view). A value that is not there is `Ok(None)`: for a policy that means "not set".

use std::ptr::null_mut;

use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_MORE_DATA, ERROR_SUCCESS};
use windows_sys::Win32::System::Registry::{
    HKEY, RRF_RT_REG_DWORD, RRF_RT_REG_SZ, RRF_SUBKEY_WOW6464KEY, RegGetValueW,
};

pub(super) use windows_sys::Win32::System::Registry::{HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE};

/// The value, nothing there (`None`: no such key or value), or the Win32 error code.
pub(super) type Read<T> = Result<Option<T>, u32>;

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}

fn outcome<T>(rc: u32, value: impl FnOnce() -> T) -> Read<T> {
    match rc {
        ERROR_SUCCESS => Ok(Some(value())),
        ERROR_FILE_NOT_FOUND => Ok(None),
        e => Err(e),
    }
}

/// A `REG_DWORD`.
pub(super) fn dword(root: HKEY, key: &str, name: &str) -> Read<u32> {
    let (key, name) = (wide(key), wide(name));
    let mut value = 0u32;
    let mut size = std::mem::size_of::<u32>() as u32;
    // SAFETY: both names are NUL-terminated and outlive the call; `value` has the
    // `size` bytes the call may write, and the flags admit only a DWORD.
    let rc = unsafe {
        RegGetValueW(
            root,
            key.as_ptr(),
            name.as_ptr(),
            RRF_RT_REG_DWORD | RRF_SUBKEY_WOW6464KEY,
            null_mut(),
            (&raw mut value).cast(),
            &mut size,
        )
    };
    outcome(rc, || value)
}

/// A `REG_SZ`, without its terminating NUL.
pub(super) fn string(root: HKEY, key: &str, name: &str) -> Read<String> {
    let (key, name) = (wide(key), wide(name));
    let mut buf: Vec<u16> = vec![0; 128];
    // The value may grow between two calls: a few tries, each with the size asked for.
    for _ in 0..4 {
        let mut size = (buf.len() * 2) as u32;
        // SAFETY: both names are NUL-terminated and outlive the call; `buf` has the
        // `size` bytes the call may write.
        let rc = unsafe {
            RegGetValueW(
                root,
                key.as_ptr(),
                name.as_ptr(),
                RRF_RT_REG_SZ | RRF_SUBKEY_WOW6464KEY,
                null_mut(),
                buf.as_mut_ptr().cast(),
                &mut size,
            )
        };
        if rc == ERROR_MORE_DATA {
            buf.resize(size as usize / 2 + 1, 0);
            continue;
        }
        let written = (size as usize / 2).min(buf.len());
        let text = buf.get(..written).unwrap_or_default();
        let end = text.iter().position(|c| *c == 0).unwrap_or(text.len());
        return outcome(rc, || {
            String::from_utf16_lossy(text.get(..end).unwrap_or_default())
        });
    }
    Err(ERROR_MORE_DATA)
}
