//! Windows readers' values: the BitLocker shell property.

/// The shell property `System.Volume.BitLockerProtection` of the OS volume, as
/// Explorer and Chromium's device signals read it unelevated: 1 on, 3 on while
/// encrypting, 5 on and locked; 2 off, 4 off while decrypting; 0 or 6 not
/// encryptable / unknown.
pub fn bitlocker_protection(value: i32) -> Option<bool> {
    match value {
        1 | 3 | 5 => Some(true),
        2 | 4 => Some(false),
        _ => None,
    }
}
