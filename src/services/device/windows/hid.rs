//! The HID collections present now and their top-level usage pages: every HID
//! interface (cfgmgr32), opened asking for no access at all (as hidapi enumerates; any
//! user may, and Windows keeps a security key's data from other programs anyway),
//! `HidP_GetCaps`' `UsagePage`. Core says which page is a security key's.

use std::ptr::{null, null_mut};

use windows_sys::Win32::Devices::DeviceAndDriverInstallation::{
    CM_GET_DEVICE_INTERFACE_LIST_PRESENT, CM_Get_Device_Interface_List_SizeW,
    CM_Get_Device_Interface_ListW, CR_BUFFER_SMALL, CR_SUCCESS,
};
use windows_sys::Win32::Devices::HumanInterfaceDevice::{
    HIDP_CAPS, HIDP_STATUS_SUCCESS, HidD_FreePreparsedData, HidD_GetHidGuid, HidD_GetPreparsedData,
    HidP_GetCaps, PHIDP_PREPARSED_DATA,
};
use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::Storage::FileSystem::{
    CreateFileW, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
};
use windows_sys::core::GUID;

/// What the walk found: the usage page of each collection read, and how many could
/// not be opened or read (a key among those would go unseen).
pub(super) struct Collections {
    pub(super) usage_pages: Vec<u16>,
    pub(super) unreadable: usize,
}

/// Every present HID collection; `Err` is the CONFIGRET of a failed listing.
pub(super) fn collections() -> Result<Collections, u32> {
    let mut hid = GUID::from_u128(0);
    // SAFETY: writes the HID interface class GUID into `hid`.
    unsafe { HidD_GetHidGuid(&mut hid) };
    let list = interfaces(&hid)?;
    let mut out = Collections {
        usage_pages: Vec::new(),
        unreadable: 0,
    };
    for path in list.split(|c| *c == 0).filter(|p| !p.is_empty()) {
        match usage_page(path) {
            Some(page) => out.usage_pages.push(page),
            None => out.unreadable += 1,
        }
    }
    Ok(out)
}

/// The interfaces' paths, NUL-separated. A device may arrive between asking the size
/// and reading the list: a few tries.
fn interfaces(class: &GUID) -> Result<Vec<u16>, u32> {
    for _ in 0..3 {
        let mut len = 0u32;
        // SAFETY: `len` is written; no device filter (null).
        let cr = unsafe {
            CM_Get_Device_Interface_List_SizeW(
                &mut len,
                class,
                null(),
                CM_GET_DEVICE_INTERFACE_LIST_PRESENT,
            )
        };
        if cr != CR_SUCCESS {
            return Err(cr);
        }
        let mut buf = vec![0u16; len as usize];
        // SAFETY: `buf` holds the `len` u16s the call may write.
        let cr = unsafe {
            CM_Get_Device_Interface_ListW(
                class,
                null(),
                buf.as_mut_ptr(),
                len,
                CM_GET_DEVICE_INTERFACE_LIST_PRESENT,
            )
        };
        match cr {
            CR_SUCCESS => return Ok(buf),
            CR_BUFFER_SMALL => continue,
            e => return Err(e),
        }
    }
    Err(CR_BUFFER_SMALL)
}

/// Closes a handle CreateFileW opened.
struct Handle(HANDLE);

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: an open handle from CreateFileW, closed once.
        unsafe { CloseHandle(self.0) };
    }
}

/// One collection's top-level usage page.
fn usage_page(path: &[u16]) -> Option<u16> {
    let name: Vec<u16> = path.iter().copied().chain(std::iter::once(0)).collect();
    // SAFETY: `name` is NUL-terminated; no access is asked (0), so nothing can be read
    // or written through the handle, only the collection's description.
    let handle = unsafe {
        CreateFileW(
            name.as_ptr(),
            0,
            FILE_SHARE_READ | FILE_SHARE_WRITE,
            null(),
            OPEN_EXISTING,
            0,
            null_mut(),
        )
    };
    if handle == INVALID_HANDLE_VALUE || handle.is_null() {
        return None;
    }
    let handle = Handle(handle);
    let mut data: PHIDP_PREPARSED_DATA = 0;
    // SAFETY: `handle` is an open HID collection; `data` is written, freed below.
    if !unsafe { HidD_GetPreparsedData(handle.0, &mut data) } {
        return None;
    }
    // SAFETY: HIDP_CAPS is plain data; all zeros is a valid value.
    let mut caps: HIDP_CAPS = unsafe { std::mem::zeroed() };
    // SAFETY: `data` came from HidD_GetPreparsedData; `caps` is written.
    let status = unsafe { HidP_GetCaps(data, &mut caps) };
    // SAFETY: freed once, as HidD_GetPreparsedData requires.
    unsafe { HidD_FreePreparsedData(data) };
    (status == HIDP_STATUS_SUCCESS).then_some(caps.UsagePage)
}
