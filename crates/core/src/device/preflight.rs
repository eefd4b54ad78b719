//! Which method can be set up on this computer now, before the user tries in a
//! portal that would fail: a passkey on a phone needs Bluetooth on and a browser
//! that signs in across devices; a security key must be plugged in; Windows Hello
//! must be set up; a method that only one OS has says so elsewhere.

use serde::{Deserialize, Serialize};

use super::model::Platform;
use crate::methods::MethodKind;

/// This computer's Bluetooth.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bluetooth {
    On,
    Off,
    /// No adapter at all.
    NoAdapter,
    #[default]
    Unknown,
}

/// The default browser, as far as cross-device sign-in (CTAP hybrid) goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Browser {
    /// Chrome, Edge, Chromium, Brave, …: hybrid on every desktop OS.
    Chromium,
    Firefox,
    Safari,
    Other,
    #[default]
    Unknown,
}

impl Browser {
    /// Whether it can use a phone's passkey over Bluetooth on `platform`. Firefox on
    /// Linux cannot (it has no caBLE/hybrid transport there); elsewhere Firefox uses
    /// the OS's WebAuthn, which can.
    pub fn signs_in_across_devices(self, platform: Platform) -> Option<bool> {
        match (self, platform) {
            (Self::Chromium | Self::Safari, _) => Some(true),
            (Self::Firefox, Platform::Linux) => Some(false),
            (Self::Firefox, Platform::Windows | Platform::Macos) => Some(true),
            _ => None,
        }
    }
}

/// Windows Hello on this computer (`UserConsentVerifier`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hello {
    /// Available and set up (a PIN, face or fingerprint).
    Ready,
    /// Available, but no PIN or biometric is set up.
    NotSetUp,
    /// Not on this computer (no TPM, turned off by policy).
    Unavailable,
    #[default]
    Unknown,
}

/// What the pre-flight knows about this computer. Every field may be unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceFacts {
    pub platform: Option<Platform>,
    pub bluetooth: Bluetooth,
    pub browser: Browser,
    /// A FIDO2 security key is plugged in now (`None`: could not tell).
    pub security_key: Option<bool>,
    pub hello: Hello,
    /// A Touch ID sensor (Mac Platform SSO can use it).
    pub touch_id: Option<bool>,
}

/// Why a method cannot be set up here now; the ui words it with the fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Blocker {
    /// Bluetooth is off: turn it on, or choose a security key.
    BluetoothOff,
    /// No Bluetooth adapter: use the phone's own browser, or a security key.
    NoBluetooth,
    /// This browser cannot use a phone's passkey here: use Chrome or Edge.
    BrowserCannot,
    /// No security key is plugged in: plug it in.
    NoKeyPluggedIn,
    /// Windows Hello is not set up: Settings → Accounts → Sign-in options.
    HelloNotSetUp,
    /// Windows Hello is not available on this computer.
    HelloUnavailable,
    /// Only another OS has this method.
    OtherOs,
}

impl Blocker {
    pub fn id(self) -> &'static str {
        match self {
            Self::BluetoothOff => "bluetooth_off",
            Self::NoBluetooth => "no_bluetooth",
            Self::BrowserCannot => "browser_cannot",
            Self::NoKeyPluggedIn => "no_key_plugged_in",
            Self::HelloNotSetUp => "hello_not_set_up",
            Self::HelloUnavailable => "hello_unavailable",
            Self::OtherOs => "other_os",
        }
    }

    /// Whether the user can clear it here in a minute (turn Bluetooth on, plug the
    /// key in, set up a PIN), as opposed to needing another computer or IT.
    pub fn fixable_here(self) -> bool {
        matches!(
            self,
            Self::BluetoothOff | Self::NoKeyPluggedIn | Self::HelloNotSetUp | Self::BrowserCannot
        )
    }
}

/// The pre-flight for one method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", content = "blocker", rename_all = "snake_case")]
pub enum Preflight {
    /// Its prerequisites hold here (or it has none on this computer).
    Ready,
    /// It cannot be set up here now, and why.
    Blocked(Blocker),
    /// Could not tell.
    Unknown,
}

impl Preflight {
    pub fn id(self) -> &'static str {
        match self {
            Self::Ready => "ready",
            Self::Blocked(_) => "blocked",
            Self::Unknown => "unknown",
        }
    }
}

impl MethodKind {
    /// Whether something on this computer decides if it can be set up here (a passkey
    /// over Bluetooth, a security key, Windows Hello, Platform SSO); the others are
    /// set up on the phone or handed out by IT.
    pub fn decided_by_device(self) -> bool {
        matches!(
            self,
            Self::Passkey | Self::SecurityKey | Self::WindowsHello | Self::PlatformCredential
        )
    }
}

/// Whether `kind` can be set up on this computer now.
pub fn preflight(kind: MethodKind, f: &DeviceFacts) -> Preflight {
    match kind {
        MethodKind::Passkey => match f.bluetooth {
            Bluetooth::NoAdapter => Preflight::Blocked(Blocker::NoBluetooth),
            Bluetooth::Off => Preflight::Blocked(Blocker::BluetoothOff),
            bt => match f
                .platform
                .and_then(|p| f.browser.signs_in_across_devices(p))
            {
                Some(false) => Preflight::Blocked(Blocker::BrowserCannot),
                Some(true) if bt == Bluetooth::On => Preflight::Ready,
                _ => Preflight::Unknown,
            },
        },
        MethodKind::SecurityKey => match f.security_key {
            Some(true) => Preflight::Ready,
            Some(false) => Preflight::Blocked(Blocker::NoKeyPluggedIn),
            None => Preflight::Unknown,
        },
        MethodKind::WindowsHello => match (f.platform, f.hello) {
            (Some(p), _) if p != Platform::Windows => Preflight::Blocked(Blocker::OtherOs),
            (_, Hello::Ready) => Preflight::Ready,
            (_, Hello::NotSetUp) => Preflight::Blocked(Blocker::HelloNotSetUp),
            (_, Hello::Unavailable) => Preflight::Blocked(Blocker::HelloUnavailable),
            (_, Hello::Unknown) => Preflight::Unknown,
        },
        MethodKind::PlatformCredential => match f.platform {
            Some(Platform::Macos) => Preflight::Ready,
            Some(_) => Preflight::Blocked(Blocker::OtherOs),
            None => Preflight::Unknown,
        },
        // Set up on the phone, or with a card/token IT hands out: nothing on this
        // computer decides it.
        MethodKind::AuthenticatorApp
        | MethodKind::Certificate
        | MethodKind::SoftwareOath
        | MethodKind::HardwareOath
        | MethodKind::PhoneSms
        | MethodKind::PhoneVoice
        | MethodKind::Email => Preflight::Ready,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linux() -> DeviceFacts {
        DeviceFacts {
            platform: Some(Platform::Linux),
            ..DeviceFacts::default()
        }
    }

    #[test]
    fn a_phone_passkey_needs_bluetooth_on_and_a_browser_that_can() {
        let mut f = linux();
        f.bluetooth = Bluetooth::NoAdapter;
        assert_eq!(
            preflight(MethodKind::Passkey, &f),
            Preflight::Blocked(Blocker::NoBluetooth)
        );
        f.bluetooth = Bluetooth::Off;
        assert_eq!(
            preflight(MethodKind::Passkey, &f),
            Preflight::Blocked(Blocker::BluetoothOff)
        );
        f.bluetooth = Bluetooth::On;
        f.browser = Browser::Firefox;
        assert_eq!(
            preflight(MethodKind::Passkey, &f),
            Preflight::Blocked(Blocker::BrowserCannot)
        );
        f.browser = Browser::Chromium;
        assert_eq!(preflight(MethodKind::Passkey, &f), Preflight::Ready);
        f.browser = Browser::Unknown;
        assert_eq!(preflight(MethodKind::Passkey, &f), Preflight::Unknown);
        // Firefox on Windows uses Windows' own passkey dialog, which can.
        let win = DeviceFacts {
            platform: Some(Platform::Windows),
            bluetooth: Bluetooth::On,
            browser: Browser::Firefox,
            ..DeviceFacts::default()
        };
        assert_eq!(preflight(MethodKind::Passkey, &win), Preflight::Ready);
    }

    #[test]
    fn a_security_key_must_be_plugged_in_and_hello_only_exists_on_windows() {
        let mut f = linux();
        assert_eq!(preflight(MethodKind::SecurityKey, &f), Preflight::Unknown);
        f.security_key = Some(false);
        assert_eq!(
            preflight(MethodKind::SecurityKey, &f),
            Preflight::Blocked(Blocker::NoKeyPluggedIn)
        );
        f.security_key = Some(true);
        assert_eq!(preflight(MethodKind::SecurityKey, &f), Preflight::Ready);
        assert_eq!(
            preflight(MethodKind::WindowsHello, &f),
            Preflight::Blocked(Blocker::OtherOs)
        );
        assert_eq!(
            preflight(MethodKind::PlatformCredential, &f),
            Preflight::Blocked(Blocker::OtherOs)
        );
        let win = DeviceFacts {
            platform: Some(Platform::Windows),
            hello: Hello::NotSetUp,
            ..DeviceFacts::default()
        };
        assert_eq!(
            preflight(MethodKind::WindowsHello, &win),
            Preflight::Blocked(Blocker::HelloNotSetUp)
        );
        assert_eq!(
            preflight(MethodKind::AuthenticatorApp, &win),
            Preflight::Ready
        );
    }

    #[test]
    fn the_json_shape_names_the_state_and_the_blocker() {
        assert_eq!(
            serde_json::to_value(Preflight::Blocked(Blocker::BluetoothOff)).unwrap_or_default(),
            serde_json::json!({"state": "blocked", "blocker": "bluetooth_off"})
        );
        assert_eq!(
            serde_json::to_value(Preflight::Ready).unwrap_or_default(),
            serde_json::json!({"state": "ready"})
        );
    }
}
