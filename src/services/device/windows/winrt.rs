//! WinRT, through the `windows` crate: Windows Hello's availability
//! (`UserConsentVerifier`) and the Bluetooth radios' states (`Windows.Devices.Radios`).
//! Each waits for its asynchronous answer on this blocking thread (the deadline is the
//! caller's); the crate joins the multithreaded apartment itself.

use windows::Devices::Radios::{Radio, RadioKind};
use windows::Security::Credentials::UI::UserConsentVerifier;
use windows::core::Result;

/// `UserConsentVerifierAvailability`, as its number.
pub(super) fn hello_availability() -> Result<i32> {
    Ok(UserConsentVerifier::CheckAvailabilityAsync()?.join()?.0)
}

/// The `RadioState` of each Bluetooth radio, as numbers (none: no adapter).
pub(super) fn bluetooth_states() -> Result<Vec<i32>> {
    let radios = Radio::GetRadiosAsync()?.join()?;
    let mut states = Vec::new();
    for i in 0..radios.Size()? {
        let radio = radios.GetAt(i)?;
        if radio.Kind()? == RadioKind::Bluetooth {
            states.push(radio.State()?.0);
        }
    }
    Ok(states)
}
