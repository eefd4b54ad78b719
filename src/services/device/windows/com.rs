//! COM, through the `windows` crate's generated interfaces: the firewall
//! (`INetFwPolicy2`, what Windows Security itself reads: the policy in force, group
//! policy included, and nothing if the firewall service is stopped) and BitLocker's
//! shell property (`IShellItem2`, as Chromium's device signals read it).

use mfa_ready_core::device::read::FIREWALL_PROFILES;
use windows::Win32::Foundation::PROPERTYKEY;
use windows::Win32::NetworkManagement::WindowsFirewall::{
    INetFwPolicy2, NET_FW_PROFILE_TYPE2, NetFwPolicy2,
};
use windows::Win32::System::Com::{
    CLSCTX_INPROC_SERVER, COINIT_APARTMENTTHREADED, COINIT_DISABLE_OLE1DDE, CoCreateInstance,
    CoInitializeEx, CoUninitialize, IBindCtx,
};
use windows::Win32::UI::Shell::PropertiesSystem::PSGetPropertyKeyFromName;
use windows::Win32::UI::Shell::{IShellItem2, SHCreateItemFromParsingName};
use windows::core::{HSTRING, Result, w};

/// COM on this thread while it lives. The thread is one of tokio's blocking pool and
/// may serve another reader next, so what this started it undoes; a thread already in
/// another apartment (`RPC_E_CHANGED_MODE`) is used as it is and left alone. Every
/// interface must be dropped before it: declare it first.
struct Apartment {
    entered: bool,
}

impl Apartment {
    fn enter() -> Self {
        // SAFETY: no reserved pointer; a success is balanced by CoUninitialize in Drop.
        let hr = unsafe { CoInitializeEx(None, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE) };
        Self {
            entered: hr.is_ok(),
        }
    }
}

impl Drop for Apartment {
    fn drop(&mut self) {
        if self.entered {
            // SAFETY: balances this thread's successful CoInitializeEx above.
            unsafe { CoUninitialize() };
        }
    }
}

/// `CurrentProfileTypes` and `get_FirewallEnabled` of each of core's
/// `FIREWALL_PROFILES` (`None`: that one could not be read).
pub(super) fn firewall() -> Result<(i32, [Option<bool>; 3])> {
    let _com = Apartment::enter();
    // SAFETY: COM is initialised on this thread; NetFwPolicy2 serves INetFwPolicy2.
    let policy: INetFwPolicy2 =
        unsafe { CoCreateInstance(&NetFwPolicy2, None, CLSCTX_INPROC_SERVER) }?;
    // SAFETY: `policy` is a live INetFwPolicy2.
    let current = unsafe { policy.CurrentProfileTypes() }?;
    let enabled = FIREWALL_PROFILES.map(|(bit, _)| {
        // SAFETY: `policy` is live; `bit` is one NET_FW_PROFILE_TYPE2 value.
        let on = unsafe { policy.get_FirewallEnabled(NET_FW_PROFILE_TYPE2(bit)) };
        on.ok().map(|v| v.0 != 0)
    });
    Ok((current, enabled))
}

/// `System.Volume.BitLockerProtection` of `volume` ("C:").
pub(super) fn bitlocker(volume: &str) -> Result<i32> {
    let _com = Apartment::enter();
    let mut key = PROPERTYKEY::default();
    // SAFETY: the name is a NUL-terminated literal; `key` is written.
    unsafe { PSGetPropertyKeyFromName(w!("System.Volume.BitLockerProtection"), &mut key) }?;
    let path = HSTRING::from(volume);
    // SAFETY: COM is initialised; `path` outlives the call; no bind context.
    let item: IShellItem2 = unsafe { SHCreateItemFromParsingName(&path, None::<&IBindCtx>) }?;
    // SAFETY: `item` is live and `key` a property key; the value is coerced to an int
    // (PropVariantToInt32), as Chromium accepts any integer variant.
    unsafe { item.GetInt32(&key) }
}
