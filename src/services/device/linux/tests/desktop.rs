//! The desktop's side: the tool runner, the screen lock through fake `gsettings`
//! and kscreenlockerrc, a security key among hidraw descriptors, the default browser.

use std::time::{Duration, Instant};

use mfa_ready_core::device::{Browser, Status};

use super::super::tool::ToolError;
use super::super::{facts, screen_lock};
use super::{Tree, descriptor, read_facts, real, session};
use crate::services::device::DeviceCheck;

/// A tool that never ends is killed at the deadline with what it started, and the
/// reader returns: nothing is left blocking a thread or keeping the process alive.
#[test]
fn a_tool_that_hangs_is_killed_with_its_children() {
    let t = Tree::new();
    let pidfile = t.path("/grandchild.pid");
    t.tool(
        "hang",
        &format!("sleep 30 &\necho $! > '{}'\nwait", pidfile.display()),
    );
    let started = Instant::now();
    let got = t
        .tools()
        .run("hang", &[], Instant::now() + Duration::from_millis(300));
    assert!(matches!(got, Err(ToolError::TimedOut { .. })), "{got:?}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    let pid = std::fs::read_to_string(&pidfile).unwrap();
    let gone = || match std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())) {
        Err(_) => true,
        // Killed, waiting for whoever adopted it to reap it.
        Ok(stat) => stat
            .rsplit(')')
            .next()
            .unwrap()
            .trim_start()
            .starts_with('Z'),
    };
    let until = Instant::now() + Duration::from_secs(2);
    while !gone() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(gone(), "the tool's child {pid} still runs");
    assert!(matches!(
        t.tools()
            .run("no-such-tool", &[], Instant::now() + Duration::from_secs(1)),
        Err(ToolError::NotFound(_))
    ));
}

/// The real dconf warning, written to stderr as gsettings does without a session bus.
fn dconf_warning() -> String {
    real("linux/gsettings-set-no-session-bus-warning.txt")
        .lines()
        .find(|l| l.contains("dconf-WARNING"))
        .unwrap()
        .to_owned()
}

/// A `gsettings` that answers `get schema key` from `values` (`schema key=value`)
/// and says "No such schema" to anything else, warning on stderr first.
fn gsettings(tree: &Tree, values: &[(&str, &str)]) {
    let mut body = format!(
        "cat >&2 <<'WARNING'\n{}\nWARNING\ncase \"$2 $3\" in\n",
        dconf_warning()
    );
    for (key, value) in values {
        body.push_str(&format!("  '{key}') echo '{value}' ;;\n"));
    }
    body.push_str("  *) echo \"No such schema “$2”\" >&2; exit 1 ;;\nesac");
    tree.tool("gsettings", &body);
}

fn screen_lock(tree: &Tree, desktop: Option<&str>) -> (Status, String) {
    let c = screen_lock::ScreenLock::new(tree.root(), session(desktop), tree.tools()).read();
    (c.status, c.evidence)
}

#[test]
fn gnome_and_cinnamon_through_gsettings_despite_its_warnings() {
    let t = Tree::new();
    gsettings(
        &t,
        &[
            ("org.gnome.desktop.screensaver lock-enabled", "true"),
            ("org.gnome.desktop.session idle-delay", "uint32 300"),
            ("org.gnome.desktop.lockdown disable-lock-screen", "false"),
        ],
    );
    assert_eq!(
        screen_lock(&t, Some("ubuntu:GNOME")),
        (
            Status::Pass,
            "GNOME: lock-enabled true, idle-delay 300 s".to_owned()
        )
    );
    gsettings(
        &t,
        &[
            ("org.gnome.desktop.screensaver lock-enabled", "true"),
            ("org.gnome.desktop.session idle-delay", "uint32 0"),
        ],
    );
    let (status, evidence) = screen_lock(&t, Some("GNOME"));
    assert_eq!(status, Status::Fail);
    assert!(evidence.contains("idle-delay 0 s"), "{evidence}");
    gsettings(
        &t,
        &[
            ("org.cinnamon.desktop.screensaver lock-enabled", "false"),
            ("org.cinnamon.desktop.session idle-delay", "uint32 600"),
        ],
    );
    assert_eq!(
        screen_lock(&t, Some("X-Cinnamon")),
        (
            Status::Fail,
            "Cinnamon: lock-enabled false, idle-delay 600 s".to_owned()
        )
    );
    // GNOME's schemas missing (gsettings says "No such schema"): unknown.
    let (status, evidence) = screen_lock(&t, Some("GNOME"));
    assert_eq!(status, Status::Unknown);
    assert!(
        evidence.contains("gave no lock-enabled or idle-delay"),
        "{evidence}"
    );
}

#[test]
fn no_session_no_tool_or_another_desktop_is_unknown() {
    let t = Tree::new();
    assert_eq!(
        screen_lock(&t, None),
        (
            Status::Unknown,
            "no desktop session (XDG_CURRENT_DESKTOP is not set)".to_owned()
        )
    );
    let (status, evidence) = screen_lock(&t, Some("GNOME"));
    assert_eq!(status, Status::Unknown);
    assert_eq!(evidence, "gsettings: gsettings is not installed");
    assert_eq!(
        screen_lock(&t, Some("XFCE")),
        (
            Status::Unknown,
            "the screen lock of this desktop (XFCE) is not read".to_owned()
        )
    );
}

#[test]
fn kde_from_kscreenlockerrc_under_the_system_defaults() {
    let t = Tree::new();
    assert_eq!(
        screen_lock(&t, Some("KDE")),
        (
            Status::Pass,
            "KDE: Autolock true, Timeout 5 min (KDE's defaults, no kscreenlockerrc)".to_owned()
        )
    );
    t.file("/etc/xdg/kscreenlockerrc", "[Daemon]\nTimeout=10\n");
    t.file(
        "/home/ada/.config/kscreenlockerrc",
        "[Daemon]\nAutolock=false\n",
    );
    assert_eq!(
        screen_lock(&t, Some("KDE")),
        (
            Status::Fail,
            "KDE: Autolock false, Timeout 10 min (kscreenlockerrc)".to_owned()
        )
    );
    t.file("/home/ada/.config/kscreenlockerrc", "[Daemon]\nTimeout=0\n");
    assert_eq!(screen_lock(&t, Some("KDE")).0, Status::Fail);
}

#[test]
fn a_security_key_is_a_hidraw_device_with_the_fido_usage_page() {
    let key = |t: &Tree| read_facts(&facts::SecurityKey::new(t.root())).security_key;
    let t = Tree::new();
    assert_eq!(key(&t), None);
    t.dir("/sys/class/net");
    assert_eq!(key(&t), Some(false));
    let hid = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/0003:1050:0407.0001";
    t.file(
        &format!("{hid}/report_descriptor"),
        descriptor("NON_FIDO_HID_DESC_3"),
    );
    t.link("/sys/class/hidraw/hidraw0/device", hid);
    assert_eq!(key(&t), Some(false));
    let fido = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.1/0003:1050:0407.0002";
    t.file(
        &format!("{fido}/report_descriptor"),
        descriptor("FIDO_HID_DESC_1"),
    );
    t.link("/sys/class/hidraw/hidraw1/device", fido);
    assert_eq!(key(&t), Some(true));
    // One descriptor unreadable and no key among the others: cannot tell.
    let t = Tree::new();
    t.file(
        &format!("{hid}/report_descriptor"),
        descriptor("NON_FIDO_HID_DESC_3"),
    );
    t.link("/sys/class/hidraw/hidraw0/device", hid);
    t.dir("/sys/class/hidraw/hidraw1");
    assert_eq!(key(&t), None);
}

#[test]
fn the_default_browser_from_xdg_settings_else_mimeapps() {
    let browser = |t: &Tree, desktop: Option<&str>| {
        read_facts(&facts::DefaultBrowser::new(
            t.root(),
            session(desktop),
            t.tools(),
        ))
        .browser
    };
    let t = Tree::new();
    assert_eq!(browser(&t, None), Browser::Unknown);
    t.file(
        "/usr/share/applications/gnome-mimeapps.list",
        "[Default Applications]\nx-scheme-handler/https=firefox-esr.desktop\n",
    );
    assert_eq!(browser(&t, None), Browser::Unknown);
    assert_eq!(browser(&t, Some("ubuntu:GNOME")), Browser::Firefox);
    t.file(
        "/home/ada/.config/mimeapps.list",
        "[Default Applications]\nx-scheme-handler/http=com.google.Chrome.desktop\n",
    );
    assert_eq!(browser(&t, Some("ubuntu:GNOME")), Browser::Chromium);
    t.tool("xdg-settings", "echo microsoft-edge.desktop");
    assert_eq!(browser(&t, None), Browser::Chromium);
    t.tool("xdg-settings", "echo org.gnome.Epiphany.desktop");
    assert_eq!(browser(&t, None), Browser::Other);
    // xdg-settings failing falls back to the files.
    t.tool(
        "xdg-settings",
        "echo 'xdg-settings: unknown desktop environment' >&2; exit 3",
    );
    assert_eq!(browser(&t, None), Browser::Chromium);
}
