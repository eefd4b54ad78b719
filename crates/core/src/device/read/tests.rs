//! The parsers on real outputs of the tools and files they read
//! (`../shared/real/device/`, each with its source in `SOURCES.md`).

use super::*;

/// A real capture from `../shared/real/device/` (beside the project); the macOS and
/// Windows parsers' tests use it too.
pub(super) fn real(path: &str) -> String {
    let root = std::env::var("MFA_READY_SHARED").map_or_else(
        |_| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
        std::path::PathBuf::from,
    );
    std::fs::read_to_string(root.join("real/device").join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn os_release_of_real_distributions() {
    let d = os_release(&real("linux/os-release-debian-13.txt"));
    assert_eq!(d.id, "debian");
    assert_eq!(d.version_id.as_deref(), Some("13"));
    assert!(d.pretty_name.starts_with("Debian GNU/Linux 13"), "{d:?}");
    let u = os_release(&real("linux/os-release-ubuntu-24.04.txt"));
    assert_eq!(u.id, "ubuntu");
    assert_eq!(u.id_like, vec!["debian"]);
    assert_eq!(u.version_id.as_deref(), Some("24.04"));
    let r = os_release(&real("linux/os-release-rhel-9.6.txt"));
    assert_eq!(r.id, "rhel");
    assert_eq!(r.version_id.as_deref(), Some("9.6"));
    let f = os_release(&real("linux/os-release-fedora-42.txt"));
    assert_eq!(f.id, "fedora");
    assert_eq!(f.version_id.as_deref(), Some("42"));
}

#[test]
fn os_release_of_the_other_real_distributions() {
    let c = os_release(&real("linux/os-release-centos-stream-9.txt"));
    assert_eq!(
        (c.id.as_str(), c.version_id.as_deref()),
        ("centos", Some("9"))
    );
    assert_eq!(c.id_like, vec!["rhel", "fedora"]);
    assert_eq!(c.pretty_name, "CentOS Stream 9");
    let s = os_release(&real("linux/os-release-opensuse-leap-15.2.txt"));
    assert_eq!(s.id, "opensuse-leap");
    assert_eq!(s.id_like, vec!["suse", "opensuse"]);
    assert_eq!(s.version_id.as_deref(), Some("15.2"));
    let r = os_release(&real("linux/os-release-rhel-10.0.txt"));
    assert_eq!(r.id, "rhel");
    assert_eq!(r.version_id.as_deref(), Some("10.0"));
    assert_eq!(r.pretty_name, "Red Hat Enterprise Linux 10.0 (Coughlan)");
    let k = os_release(&real("linux/os-release-rocky-9.3.txt"));
    assert_eq!(k.id, "rocky");
    assert_eq!(k.id_like, vec!["rhel", "centos", "fedora"]);
    assert_eq!(k.version_id.as_deref(), Some("9.3"));
    // Each judged through the core's OS rule: a derivative by what it is like.
    let rocky = crate::device::OsFacts::linux(&k);
    assert_eq!(rocky.like, vec!["rhel", "centos", "fedora"]);
    assert!(rocky.version.is_some());
}

/// What a captured terminal session printed after each line ending in `command`
/// (up to the next prompt: `$ …`, `…]# …`, `…:~# …`, `…:~$ …`).
fn replies(transcript: &str, command: &str) -> Vec<String> {
    let is_prompt = |l: &str| {
        l.starts_with("$ ") || l.contains("]# ") || l.contains(":~# ") || l.contains(":~$ ")
    };
    let lines: Vec<&str> = transcript.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if is_prompt(l) && l.trim_end().ends_with(command) {
            let reply: Vec<&str> = lines[i + 1..]
                .iter()
                .take_while(|l| !is_prompt(l))
                .copied()
                .collect();
            out.push(reply.join("\n"));
        }
    }
    assert!(!out.is_empty(), "no `{command}` in the transcript");
    out
}

#[test]
fn gsettings_values_as_gnome_prints_them() {
    let on = real("linux/gsettings-get-defaults-uint32-300.txt");
    let idle = replies(&on, "gsettings get org.gnome.desktop.session idle-delay");
    assert_eq!(gsettings_uint(&idle[0]), Some(300));
    let lock = replies(
        &on,
        "gsettings get org.gnome.desktop.screensaver lock-enabled",
    );
    assert_eq!(gsettings_bool(&lock[0]), Some(true));

    let off = real("linux/gsettings-get-disabled-uint32-0.txt");
    let idle = replies(&off, "gsettings get org.gnome.desktop.session idle-delay");
    assert_eq!(gsettings_uint(&idle[0]), Some(0));
    let lock = replies(
        &off,
        "gsettings get org.gnome.desktop.screensaver lock-enabled",
    );
    assert_eq!(gsettings_bool(&lock[0]), Some(false));

    let ask = real("linux/gsettings-get-lock-enabled-true-askubuntu.txt");
    let lockdown = replies(
        &ask,
        "gsettings get org.gnome.desktop.lockdown disable-lock-screen",
    );
    assert_eq!(gsettings_bool(&lockdown[0]), Some(false));
    let lock = replies(
        &ask,
        "gsettings get org.gnome.desktop.screensaver lock-enabled",
    );
    assert_eq!(gsettings_bool(&lock[0]), Some(true));

    // `list-recursively` prints the same values after the schema and key.
    let all = real("linux/gsettings-list-recursively-full.txt");
    let value = |key: &str| {
        all.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(' '))
            .unwrap_or_else(|| panic!("{key}"))
            .to_owned()
    };
    assert_eq!(
        gsettings_bool(&value("org.gnome.desktop.screensaver lock-enabled")),
        Some(true)
    );
    assert_eq!(
        gsettings_uint(&value("org.gnome.desktop.session idle-delay")),
        Some(300)
    );
    assert_eq!(
        gsettings_uint(&value("org.gnome.desktop.screensaver lock-delay")),
        Some(0)
    );
}

/// Without a session bus dconf warns (on stderr) and the value stays: the warning is
/// never a value, and the value read after it is the one printed.
#[test]
fn a_dconf_warning_is_never_taken_for_a_value() {
    let t = real("linux/gsettings-set-no-session-bus-warning.txt");
    let set = replies(
        &t,
        "gsettings set org.gnome.desktop.session idle-delay 0; echo \"rc=$?\"",
    );
    assert!(set[0].contains("dconf-WARNING"), "{}", set[0]);
    let warning = set[0]
        .lines()
        .find(|l| l.contains("dconf-WARNING"))
        .unwrap_or_default();
    assert_eq!(gsettings_uint(warning), None);
    assert_eq!(gsettings_bool(warning), None);
    assert_eq!(gsettings_uint(&set[0]), None);
    let get = replies(&t, "gsettings get org.gnome.desktop.session idle-delay");
    assert_eq!(gsettings_uint(&get[0]), Some(300));
    assert_eq!(gsettings_uint("uint32 300\n"), Some(300));
    assert_eq!(gsettings_uint("300"), Some(300));
    assert_eq!(gsettings_uint("No such key “idle-delay”"), None);
    assert_eq!(
        gsettings_bool("No such schema “org.cinnamon.desktop.screensaver”"),
        None
    );
}

#[test]
fn firewalld_state_as_firewall_cmd_prints_it() {
    let rhel = real("linux/firewall-cmd-state-running-rhel98.txt");
    let got: Vec<_> = replies(&rhel, "firewall-cmd --state")
        .iter()
        .map(|r| firewalld_state(r))
        .collect();
    assert_eq!(got, vec![Some(true)]);
    for f in [
        "linux/firewall-cmd-state-running-then-not-running.txt",
        "linux/firewall-cmd-state-running-then-not-running-centos7.txt",
    ] {
        let got: Vec<_> = replies(&real(f), "firewall-cmd --state")
            .iter()
            .map(|r| firewalld_state(r))
            .collect();
        assert_eq!(got, vec![Some(true), Some(false)], "{f}");
    }
    assert_eq!(firewalld_state(""), None);
}

/// `ufw.conf` as ufw ships it (no capture of the file was found; its two states).
#[test]
fn ufw_conf_says_whether_ufw_starts() {
    let conf = "# /etc/ufw/ufw.conf\n#\n\n# Set to yes to start on boot. If setting this remotely, be sure to add a rule\n# to allow your ssh connection before starting ufw.\nENABLED=yes\n\n# Please use the 'ufw' command to set the loglevel. Eg: 'ufw logging medium'.\n# See 'man ufw' for details.\nLOGLEVEL=low\n";
    assert_eq!(ufw_enabled(conf), Some(true));
    assert_eq!(
        ufw_enabled(&conf.replace("ENABLED=yes", "ENABLED=no")),
        Some(false)
    );
    assert_eq!(ufw_enabled("LOGLEVEL=low\n"), None);
}

/// `hexdump -C` text back to the bytes it shows.
fn hexdump_bytes(text: &str) -> Vec<u8> {
    text.lines()
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let offset = f.next()?;
            (offset.len() == 8 && offset.chars().all(|c| c.is_ascii_hexdigit())).then_some(f)
        })
        .flat_map(|f| {
            f.take_while(|t| t.len() == 2)
                .map_while(|t| u8::from_str_radix(t, 16).ok())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_secure_boot_variable_as_efivarfs_gives_it() {
    let off = hexdump_bytes(&real("linux/efivar-secureboot-hexdump-disabled.txt"));
    assert_eq!(off, vec![0x06, 0, 0, 0, 0]);
    assert_eq!(efi_secure_boot(&off), Some(false));
    // The maintainer's note in the same thread: enabled is `06 00 00 00 01`.
    let mut on = off.clone();
    on[4] = 1;
    assert_eq!(efi_secure_boot(&on), Some(true));
    assert_eq!(efi_secure_boot(&off[..4]), None);
    assert_eq!(efi_secure_boot(&[6, 0, 0, 0, 2]), None);
}

/// The descriptors in systemd's fido_id test, by name (`# NAME` then C hex bytes).
fn descriptors() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    for line in real("fido/hid-report-descriptor-fido-systemd-test.txt").lines() {
        if let Some(name) = line.strip_prefix("# ") {
            let name = name.split_whitespace().next().unwrap_or_default();
            out.push((name.to_owned(), Vec::new()));
        } else if let Some((_, bytes)) = out.last_mut() {
            bytes.extend(
                line.split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(|t| u8::from_str_radix(t.trim_start_matches("0x"), 16).unwrap()),
            );
        }
    }
    out
}

#[test]
fn fido_descriptors_are_told_from_a_keyboard() {
    let d = descriptors();
    let get = |name: &str| &d.iter().find(|(n, _)| n == name).unwrap().1;
    assert_eq!(get("FIDO_HID_DESC_1").len(), 34);
    assert!(hid_is_fido(get("FIDO_HID_DESC_1")));
    // A composite device (boot keyboard, then CTAP HID), as a YubiKey with OTP is.
    assert!(hid_is_fido(get("FIDO_HID_DESC_2")));
    // The keyboard collection alone (DESC_2's first part) is not a security key.
    let keyboard = get("NON_FIDO_HID_DESC_3");
    assert!(get("FIDO_HID_DESC_2").starts_with(keyboard));
    assert!(!hid_is_fido(keyboard));
    assert!(!hid_is_fido(&get("FIDO_HID_DESC_2")[..keyboard.len()]));
    // 0xF1D0 as a Usage's data (a local item), not a Usage Page, is not FIDO.
    assert!(!hid_is_fido(&[0x05, 0x01, 0x0a, 0xd0, 0xf1, 0xc0]));
    assert!(!hid_is_fido(&[]));
    assert!(!hid_is_fido(&[0x06, 0xd0]));
}

#[test]
fn device_mapper_uuids_as_sysfs_and_udev_give_them() {
    let udev = real("linux/udev-db-dm-uuid-crypt-luks2-debian.txt");
    let crypt = udev
        .lines()
        .find_map(|l| l.strip_prefix("E:DM_UUID="))
        .unwrap();
    assert!(dm_uuid_is_crypt(crypt));
    assert_eq!(dm_uuid_kind(crypt), "CRYPT-LUKS2-…");
    let lvm = real("linux/dm-uuid-lvm-values.txt");
    let lvs: Vec<&str> = lvm
        .split(|c: char| c.is_whitespace() || c == '=')
        .filter_map(|w| w.find("LVM-").map(|i| &w[i..]))
        .collect();
    assert_eq!(lvs.len(), 3, "{lvs:?}");
    for lv in lvs {
        assert!(!dm_uuid_is_crypt(lv), "{lv}");
        assert_eq!(dm_uuid_kind(lv), "LVM-…");
    }
    // cryptsetup's other mappings: verity and integrity check data, do not hide it.
    assert!(dm_uuid_is_crypt("CRYPT-PLAIN-home"));
    assert!(dm_uuid_is_crypt("CRYPT-BITLK-0123-usb"));
    assert!(!dm_uuid_is_crypt("CRYPT-VERITY-0123-root"));
    assert!(!dm_uuid_is_crypt("CRYPT-INTEGRITY-0123-data"));
    assert!(!dm_uuid_is_crypt("CRYPT-SUBDEV-0123-root_dif"));
    assert!(!dm_uuid_is_crypt("mpath-3600508b400105e210000900000490000"));
    assert_eq!(dm_uuid_kind("mpath-3600508b4"), "mpath-…");
    assert_eq!(dm_uuid_kind(""), "…");
    assert_eq!(dm_uuid_kind("CRYPT-"), "…");
}

/// mountinfo lines in proc(5)'s layout (this machine's root, a btrfs subvolume on
/// LUKS as Fedora installs it, an optional field, an escaped space).
#[test]
fn the_root_mount_from_mountinfo() {
    let text = "22 27 0:21 / /proc rw,relatime - proc proc rw\n\
                27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard\n\
                29 26 0:26 / /dev/pts rw,relatime - devpts devpts rw,mode=600\n";
    assert_eq!(root_device(text), Some((254, 0)));
    let m = root_mount(text).unwrap();
    assert_eq!((m.fstype.as_str(), m.source.as_str()), ("ext4", "/dev/vda"));
    let btrfs = "61 1 0:33 /root / rw,relatime shared:1 - btrfs /dev/mapper/luks-6c1f rw,seclabel,compress=zstd:1,subvol=/root\n";
    let m = root_mount(btrfs).unwrap();
    assert_eq!(m.dev, (0, 33));
    assert_eq!(m.fstype, "btrfs");
    assert_eq!(m.source, "/dev/mapper/luks-6c1f");
    // A later mount at / covers the earlier one.
    let both = format!("{text}{btrfs}");
    assert_eq!(root_device(&both), Some((0, 33)));
    let spaced = "27 1 8:2 / / rw - ext4 /dev/disk/by-label/my\\040disk rw\n";
    assert_eq!(
        root_mount(spaced).unwrap().source,
        "/dev/disk/by-label/my disk"
    );
    assert_eq!(root_mount("22 27 0:21 / /proc rw - proc proc rw\n"), None);
}

#[test]
fn kde_screen_locker_settings_and_defaults() {
    assert_eq!(kscreenlocker(None), (true, 5));
    let text = "[Daemon]\nAutolock=false\nTimeout=10\n";
    assert_eq!(kscreenlocker(Some(text)), (false, 10));
    assert_eq!(kscreenlocker(Some("[Daemon]\nTimeout=15\n")), (true, 15));
    // Only [Daemon] counts.
    assert_eq!(kscreenlocker(Some("[Greeter]\nTimeout=1\n")), (true, 5));
}

#[test]
fn the_desktop_from_xdg_current_desktop() {
    assert_eq!(desktop("ubuntu:GNOME"), Some(Desktop::Gnome));
    assert_eq!(desktop("GNOME-Classic:GNOME"), Some(Desktop::Gnome));
    assert_eq!(desktop("Budgie:GNOME"), Some(Desktop::Gnome));
    assert_eq!(desktop("X-Cinnamon"), Some(Desktop::Cinnamon));
    assert_eq!(desktop("KDE"), Some(Desktop::Kde));
    assert_eq!(desktop("XFCE"), Some(Desktop::Other));
    assert_eq!(desktop(""), None);
    assert_eq!(desktop(" : "), None);
}

#[test]
fn the_default_browser_from_mimeapps_and_desktop_ids() {
    let list = "[Added Associations]\nx-scheme-handler/https=chromium.desktop;\n\n[Default Applications]\ntext/html=firefox-esr.desktop\nx-scheme-handler/https=firefox-esr.desktop;chromium.desktop;\n";
    assert_eq!(
        mimeapps_default(list, "x-scheme-handler/https").as_deref(),
        Some("firefox-esr.desktop")
    );
    assert_eq!(mimeapps_default(list, "x-scheme-handler/http"), None);
    assert_eq!(
        mimeapps_default(
            "[Default Applications]\nx-scheme-handler/https=;\n",
            "x-scheme-handler/https"
        ),
        None
    );
    for id in [
        "firefox.desktop",
        "firefox-esr.desktop",
        "firefox_firefox.desktop",
        "org.mozilla.firefox.desktop",
    ] {
        assert_eq!(browser(id), Browser::Firefox, "{id}");
    }
    for id in [
        "google-chrome.desktop",
        "chromium.desktop",
        "chromium_chromium.desktop",
        "microsoft-edge.desktop",
        "brave-browser.desktop",
        "com.google.Chrome.desktop",
        "org.chromium.Chromium.desktop",
        "com.microsoft.Edge.desktop",
        "com.brave.Browser.desktop",
    ] {
        assert_eq!(browser(id), Browser::Chromium, "{id}");
    }
    assert_eq!(browser("org.gnome.Epiphany.desktop"), Browser::Other);
    assert_eq!(browser("\n"), Browser::Unknown);
}

#[test]
fn bluetooth_from_bluez_adapters() {
    assert_eq!(bluez_adapters(&[]), Bluetooth::NoAdapter);
    assert_eq!(bluez_adapters(&[Some(false), Some(true)]), Bluetooth::On);
    assert_eq!(bluez_adapters(&[Some(false)]), Bluetooth::Off);
    assert_eq!(bluez_adapters(&[Some(false), None]), Bluetooth::Unknown);
    assert_eq!(bluez_adapters(&[None, Some(true)]), Bluetooth::On);
}
