//! Windows readers' values, as the OS gives them to a signed-in user without
//! elevation: the BitLocker shell property, the version and build, the firewall's
//! profiles, the screen-lock settings, the Secure Boot registry value, the WinRT
//! enums of Windows Hello and the Bluetooth radio, the https handler's ProgId and a
//! HID collection's usage page. `services::device` reads them; what they mean is here.

use super::super::preflight::{Bluetooth, Browser, Hello};
use super::super::version::OsVersion;

/// The shell property `System.Volume.BitLockerProtection` of the OS volume, as
/// Explorer and Chromium's device signals read it unelevated (WMI's
/// `Win32_EncryptableVolume` needs elevation). Chromium's table
/// (`device_info_fetcher_win.cc`, validated on Windows 10): 1 on, 2 off, 3 encrypting,
/// 4 decrypting, 5 suspended (the key is in the clear on the disk), 6 on and locked.
/// On: 1, 3 and 6, as Chromium counts them; any other value is unknown.
pub fn bitlocker_protection(value: i32) -> Option<bool> {
    match value {
        1 | 3 | 6 => Some(true),
        2 | 4 | 5 => Some(false),
        _ => None,
    }
}

/// What a `System.Volume.BitLockerProtection` value says, for the evidence.
pub fn bitlocker_state(value: i32) -> &'static str {
    match value {
        1 => "on",
        2 => "off",
        3 => "encryption in progress",
        4 => "decryption in progress",
        5 => "suspended",
        6 => "on, locked",
        _ => "a value BitLocker does not document",
    }
}

/// A Windows build number from the text Windows gives: the registry's
/// `CurrentBuildNumber` ("22631"), or the build inside a version ("10.0.22000 N/A
/// Build 22000" from systeminfo, "Microsoft Windows NT 10.0.26200.0" from .NET). A
/// version before 10 is refused: "6.2.9200" is what Windows tells a program without a
/// Windows 10 manifest (`GetVersionEx` and what is built on it) whatever it runs, and
/// a program built by this Rust runs only on Windows 10 or later.
pub fn windows_build(text: &str) -> Option<u32> {
    let text = text.trim();
    if let Ok(build) = text.parse() {
        return Some(build);
    }
    let parts: Vec<&str> = text.split_whitespace().find_map(|token| {
        let parts: Vec<&str> = token.split('.').collect();
        let numeric = parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        (parts.len() >= 3 && numeric).then_some(parts)
    })?;
    let major: u32 = parts.first()?.parse().ok()?;
    if major < 10 {
        return None;
    }
    parts.get(2)?.parse().ok()
}

/// The version `os_supported` compares: "10.0.<build>" (what `RtlGetVersion` gives,
/// which, unlike `GetVersionEx`, does not depend on a manifest). `None` before 10.
pub fn windows_version(major: u32, minor: u32, build: u32) -> Option<OsVersion> {
    if major < 10 {
        return None;
    }
    OsVersion::parse(&format!("{major}.{minor}.{build}"))
}

/// Windows as a person names it: "Windows 11 23H2", "Windows 10 22H2". Windows 11
/// still reports itself as 10 (and its registry `ProductName` says "Windows 10"), so
/// the build decides: 22000 and later are 11. A server's `ProductName` ("Windows
/// Server 2022 Datacenter") is kept as it is. `display_version` is the registry's
/// `DisplayVersion` (or the older `ReleaseId`); anything but a short word is ignored.
pub fn windows_name(
    build: u32,
    display_version: Option<&str>,
    product_name: Option<&str>,
) -> String {
    let product = product_name.map(crate::text::single_line);
    if let Some(server) = product.filter(|p| p.starts_with("Windows Server") && p.len() <= 60) {
        return server;
    }
    let base = if build >= 22000 {
        "Windows 11"
    } else {
        "Windows 10"
    };
    match display_version.map(str::trim) {
        Some(v)
            if !v.is_empty() && v.len() <= 8 && v.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            format!("{base} {v}")
        }
        _ => base.to_owned(),
    }
}

/// `NET_FW_PROFILE_TYPE2`'s profiles, in the order [`windows_firewall`] takes them.
pub const FIREWALL_PROFILES: [(i32, &str); 3] = [(1, "Domain"), (2, "Private"), (4, "Public")];

/// The firewall of the profiles in use now (`INetFwPolicy2::get_CurrentProfileTypes`,
/// a bitmask: several when networks of several kinds are connected) must be on; with
/// no current profile, every profile counts. `enabled` is `get_FirewallEnabled` for
/// each of [`FIREWALL_PROFILES`] (`None`: could not be read). Off in one profile in
/// use is off; a profile in use that could not be read makes it unknown.
pub fn windows_firewall(current: i32, enabled: [Option<bool>; 3]) -> (Option<bool>, String) {
    let any_current = FIREWALL_PROFILES.iter().any(|(bit, _)| current & bit != 0);
    let mut verdict = Some(true);
    let mut said = Vec::new();
    for ((bit, name), on) in FIREWALL_PROFILES.iter().zip(enabled) {
        let counts = !any_current || current & bit != 0;
        let state = match on {
            Some(true) => "on",
            Some(false) => "off",
            None => "not read",
        };
        let marker = if any_current && counts {
            " (in use)"
        } else {
            ""
        };
        said.push(format!("{name}{marker}: {state}"));
        if counts {
            verdict = match (verdict, on) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            };
        }
    }
    (verdict, format!("Windows Firewall: {}", said.join(", ")))
}

/// What decides whether Windows locks itself when nobody uses it, each `None` when it
/// could not be read (an absent policy is `None` too: not set).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowsScreenLock {
    /// The machine inactivity limit (`HKLM\…\Policies\System\InactivityTimeoutSecs`):
    /// Windows locks after that many seconds idle.
    pub inactivity_limit_secs: Option<u32>,
    /// `SPI_GETSCREENSAVEACTIVE`: a screen saver starts when idle.
    pub saver_active: Option<bool>,
    /// `SPI_GETSCREENSAVESECURE`: the screen saver asks to sign in on resume.
    pub saver_secure: Option<bool>,
    /// `SPI_GETSCREENSAVETIMEOUT`: seconds idle before the screen saver starts.
    pub saver_timeout_secs: Option<u32>,
    /// The active power scheme on the current power source: sign-in required when the
    /// PC wakes (`CONSOLELOCK`, what Chromium's device signals read too).
    pub sign_in_on_wake: Option<bool>,
    /// The same scheme: seconds idle before the PC sleeps (`STANDBYIDLE`; 0 never).
    pub sleep_after_secs: Option<u32>,
}

/// Whether Windows locks with a sign-in after a while idle, by any of three ways: the
/// machine inactivity limit; a secure screen saver that starts; sleep that requires
/// sign-in on wake. Off when each way was read and none locks; unknown otherwise.
/// (Chromium counts a secure screen saver, or sign-in on wake, even when the screen
/// saver never starts or the PC never sleeps; this does not.)
pub fn windows_screen_lock(s: &WindowsScreenLock) -> (Option<bool>, String) {
    if let Some(secs) = s.inactivity_limit_secs.filter(|n| *n > 0) {
        return (
            Some(true),
            format!("machine inactivity limit: locks after {secs} s"),
        );
    }
    let saver = match (s.saver_active, s.saver_secure, s.saver_timeout_secs) {
        (Some(true), Some(true), Some(secs)) if secs > 0 => Some(true),
        (Some(false), _, _) | (_, Some(false), _) | (_, _, Some(0)) => Some(false),
        _ => None,
    };
    let sleep = match (s.sign_in_on_wake, s.sleep_after_secs) {
        (Some(true), Some(secs)) if secs > 0 => Some(true),
        (Some(false), _) | (_, Some(0)) => Some(false),
        _ => None,
    };
    let word = |b: Option<bool>| match b {
        Some(true) => "on",
        Some(false) => "off",
        None => "not read",
    };
    let secs = |n: Option<u32>| n.map_or_else(|| "not read".to_owned(), |n| format!("{n} s"));
    let evidence = format!(
        "screen saver {} (sign-in on resume {}, after {}); sleep after {}, sign-in on wake {}; no machine inactivity limit",
        word(s.saver_active),
        word(s.saver_secure),
        secs(s.saver_timeout_secs),
        secs(s.sleep_after_secs),
        word(s.sign_in_on_wake),
    );
    let status = match (saver, sleep) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    };
    (status, evidence)
}

/// `HKLM\SYSTEM\CurrentControlSet\Control\SecureBoot\State\UEFISecureBootEnabled`
/// (a DWORD, what Chromium reads): 1 on, 0 off. The value is absent on firmware
/// without UEFI Secure Boot; the reader says unknown then.
pub fn uefi_secure_boot(value: u32) -> Option<bool> {
    match value {
        1 => Some(true),
        0 => Some(false),
        _ => None,
    }
}

/// `UserConsentVerifier.CheckAvailabilityAsync()`'s `UserConsentVerifierAvailability`:
/// 0 available (a PIN, face or fingerprint is set up), 1 device not present, 2 not
/// configured for this user, 3 disabled by policy, 4 device busy.
pub fn hello_availability(value: i32) -> Hello {
    match value {
        0 => Hello::Ready,
        1 | 3 => Hello::Unavailable,
        2 => Hello::NotSetUp,
        _ => Hello::Unknown,
    }
}

/// `Windows.Devices.Radios`: the `RadioState` of each Bluetooth radio (0 unknown, 1
/// on, 2 off, 3 disabled by the firmware or a switch). No radio: no adapter.
pub fn bluetooth_radios(states: &[i32]) -> Bluetooth {
    if states.is_empty() {
        Bluetooth::NoAdapter
    } else if states.contains(&1) {
        Bluetooth::On
    } else if states.iter().any(|s| matches!(s, 2 | 3)) {
        Bluetooth::Off
    } else {
        Bluetooth::Unknown
    }
}

/// The https handler's ProgId (`HKCU\…\UrlAssociations\https\UserChoice\ProgId`):
/// Chrome (`ChromeHTML`, and `ChromeBHTML`, … for its other channels), Edge
/// (`MSEdgeHTM`), Brave, Chromium, Vivaldi, Opera are Chromium; `FirefoxURL-<hash>`
/// is Firefox; anything else (Internet Explorer's `IE.HTTPS`, the old Edge's AppX id)
/// is another browser. Empty: unknown.
pub fn browser_prog_id(prog_id: &str) -> Browser {
    let id = prog_id.trim().to_ascii_lowercase();
    const CHROMIUM: [&str; 6] = ["chrome", "msedge", "brave", "chromium", "vivaldi", "opera"];
    if id.is_empty() {
        Browser::Unknown
    } else if CHROMIUM.iter().any(|p| id.starts_with(p)) {
        Browser::Chromium
    } else if id.starts_with("firefox") {
        Browser::Firefox
    } else {
        Browser::Other
    }
}

/// A HID collection's top-level usage page (`HidP_GetCaps`' `UsagePage`) is the FIDO
/// Alliance's, 0xF1D0, as a security key's CTAP HID interface is.
pub fn hid_usage_page_is_fido(usage_page: u16) -> bool {
    usage_page == 0xF1D0
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::tests::real;

    #[test]
    fn bitlocker_follows_chromiums_table_suspended_is_off_locked_is_on() {
        let on: Vec<i32> = (-1..=9)
            .filter(|v| bitlocker_protection(*v) == Some(true))
            .collect();
        let off: Vec<i32> = (-1..=9)
            .filter(|v| bitlocker_protection(*v) == Some(false))
            .collect();
        assert_eq!(on, vec![1, 3, 6]);
        assert_eq!(off, vec![2, 4, 5]);
        for unknown in [-1, 0, 7, 8, 9] {
            assert_eq!(bitlocker_protection(unknown), None);
        }
        assert_eq!(bitlocker_state(5), "suspended");
        assert_eq!(bitlocker_state(6), "on, locked");
    }

    #[test]
    fn the_build_is_read_from_systeminfo_on_real_machines() {
        for (file, build) in [
            ("windows/systeminfo-win11-home-22000-surface.txt", 22000),
            ("windows/systeminfo-win11-home-22621-alienware.txt", 22621),
            ("windows/systeminfo-win10-enterprise-17134.txt", 17134),
            ("windows/systeminfo-win10-pro-18363.txt", 18363),
            ("windows/systeminfo-findstr-win10-pro-16299.txt", 16299),
        ] {
            assert_eq!(windows_build(&real(file)), Some(build), "{file}");
        }
        assert_eq!(windows_build("22631"), Some(22631));
        assert_eq!(windows_build(" 26100\r\n"), Some(26100));
        assert_eq!(windows_build("Windows 11"), None);
    }

    /// `Environment.OSVersion` without a Windows 10 manifest says 6.2.9200 on Windows
    /// 10: refused, never read as a build. The honest strings give the build.
    #[test]
    fn the_version_windows_tells_programs_without_a_manifest_is_refused() {
        let text = real("windows/environment-osversion-strings.txt");
        let got: Vec<Option<u32>> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(windows_build)
            .collect();
        assert_eq!(got, vec![None, None, Some(16299), Some(22458), Some(26200)]);
    }

    #[test]
    fn versions_and_names_come_from_the_build() {
        let v = |s: &str| OsVersion::parse(s);
        assert_eq!(windows_version(10, 0, 22631), v("10.0.22631"));
        assert_eq!(windows_version(6, 2, 9200), None);
        assert_eq!(
            windows_name(22631, Some("23H2"), Some("Windows 10 Pro")),
            "Windows 11 23H2"
        );
        assert_eq!(windows_name(22000, None, None), "Windows 11");
        assert_eq!(windows_name(19045, Some("22H2"), None), "Windows 10 22H2");
        assert_eq!(windows_name(17134, Some("1803"), None), "Windows 10 1803");
        assert_eq!(
            windows_name(19045, Some("22H2 \u{202e}evil"), None),
            "Windows 10"
        );
        assert_eq!(
            windows_name(20348, Some("21H2"), Some("Windows Server 2022 Datacenter")),
            "Windows Server 2022 Datacenter"
        );
    }

    /// The profile states of real `Get-NetFirewallProfile` outputs, through the rule.
    #[test]
    fn the_firewall_must_be_on_in_the_profiles_in_use() {
        let profiles = |file: &str| -> [Option<bool>; 3] {
            let text = real(file);
            let mut out = [None; 3];
            let mut name = String::new();
            for line in text.lines() {
                let Some((k, v)) = line.split_once(':') else {
                    continue;
                };
                match k.trim() {
                    "Name" => name = v.trim().to_owned(),
                    "Enabled" => {
                        let i = FIREWALL_PROFILES
                            .iter()
                            .position(|(_, n)| *n == name)
                            .unwrap();
                        out[i] = Some(v.trim() == "True");
                    }
                    _ => {}
                }
            }
            out
        };
        let off = profiles("windows/get-netfirewallprofile-all-disabled.txt");
        assert_eq!(off, [Some(false); 3]);
        let (status, said) = windows_firewall(4, off);
        assert_eq!(status, Some(false));
        assert_eq!(
            said,
            "Windows Firewall: Domain: off, Private: off, Public (in use): off"
        );
        for file in [
            "windows/get-netfirewallprofile-all-enabled-domain-allow.txt",
            "windows/get-netfirewallprofile-all-enabled-server.txt",
        ] {
            let on = profiles(file);
            assert_eq!(on, [Some(true); 3], "{file}");
            assert_eq!(windows_firewall(1, on).0, Some(true));
            assert_eq!(windows_firewall(0, on).0, Some(true));
        }
        // Off only where no network is: on. Off where one is: off.
        let domain_off = [Some(false), Some(true), Some(true)];
        assert_eq!(windows_firewall(2, domain_off).0, Some(true));
        assert_eq!(windows_firewall(2 | 1, domain_off).0, Some(false));
        // No profile in use: all count.
        assert_eq!(windows_firewall(0, domain_off).0, Some(false));
        // The profile in use could not be read: unknown, unless another is off.
        assert_eq!(windows_firewall(4, [Some(true), Some(true), None]).0, None);
        assert_eq!(
            windows_firewall(6, [None, Some(false), None]).0,
            Some(false)
        );
    }

    #[test]
    fn the_screen_locks_by_policy_by_a_secure_saver_or_by_sleep_with_sign_in() {
        let none = WindowsScreenLock::default();
        assert_eq!(windows_screen_lock(&none).0, None);
        let policy = WindowsScreenLock {
            inactivity_limit_secs: Some(900),
            ..none
        };
        let (status, said) = windows_screen_lock(&policy);
        assert_eq!(status, Some(true));
        assert!(said.contains("900 s"), "{said}");
        let saver = WindowsScreenLock {
            saver_active: Some(true),
            saver_secure: Some(true),
            saver_timeout_secs: Some(600),
            ..none
        };
        assert_eq!(windows_screen_lock(&saver).0, Some(true));
        // Windows' defaults: no screen saver; sleep after 30 min, sign-in on wake.
        let defaults = WindowsScreenLock {
            saver_active: Some(false),
            saver_secure: Some(false),
            saver_timeout_secs: Some(900),
            sign_in_on_wake: Some(true),
            sleep_after_secs: Some(1800),
            ..none
        };
        assert_eq!(windows_screen_lock(&defaults).0, Some(true));
        // Never sleeps, no screen saver: off, and the evidence says why.
        let never = WindowsScreenLock {
            sleep_after_secs: Some(0),
            ..defaults
        };
        let (status, said) = windows_screen_lock(&never);
        assert_eq!(status, Some(false));
        assert!(
            said.contains("screen saver off") && said.contains("sleep after 0 s"),
            "{said}"
        );
        // A secure saver that never starts does not count (Chromium would).
        let idle_saver = WindowsScreenLock {
            saver_active: Some(false),
            saver_secure: Some(true),
            ..never
        };
        assert_eq!(windows_screen_lock(&idle_saver).0, Some(false));
        // The power scheme not read: unknown, not off.
        let unread = WindowsScreenLock {
            sign_in_on_wake: None,
            sleep_after_secs: None,
            ..never
        };
        assert_eq!(windows_screen_lock(&unread).0, None);
    }

    #[test]
    fn secure_boot_hello_bluetooth_browser_and_hid_tables() {
        assert_eq!(uefi_secure_boot(1), Some(true));
        assert_eq!(uefi_secure_boot(0), Some(false));
        assert_eq!(uefi_secure_boot(2), None);
        assert_eq!(hello_availability(0), Hello::Ready);
        assert_eq!(hello_availability(1), Hello::Unavailable);
        assert_eq!(hello_availability(2), Hello::NotSetUp);
        assert_eq!(hello_availability(3), Hello::Unavailable);
        assert_eq!(hello_availability(4), Hello::Unknown);
        assert_eq!(hello_availability(9), Hello::Unknown);
        assert_eq!(bluetooth_radios(&[]), Bluetooth::NoAdapter);
        assert_eq!(bluetooth_radios(&[2, 1]), Bluetooth::On);
        assert_eq!(bluetooth_radios(&[2]), Bluetooth::Off);
        assert_eq!(bluetooth_radios(&[3]), Bluetooth::Off);
        assert_eq!(bluetooth_radios(&[0]), Bluetooth::Unknown);
        for id in [
            "ChromeHTML",
            "MSEdgeHTM",
            "BraveHTML",
            "ChromeBHTML",
            "ChromiumHTM",
        ] {
            assert_eq!(browser_prog_id(id), Browser::Chromium, "{id}");
        }
        assert_eq!(
            browser_prog_id("FirefoxURL-308046B0AF4A39CB"),
            Browser::Firefox
        );
        assert_eq!(browser_prog_id("IE.HTTPS"), Browser::Other);
        assert_eq!(browser_prog_id(""), Browser::Unknown);
        assert!(hid_usage_page_is_fido(0xF1D0));
        assert!(!hid_usage_page_is_fido(0x0001));
    }
}
