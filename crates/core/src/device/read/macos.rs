//! macOS tools' outputs: `fdesetup status`, `socketfilterfw --getglobalstate`,
//! `sw_vers`, `defaults read` of a 0/1 value, and LaunchServices' https handler (its
//! plist as `plutil -convert xml1` writes it).

use super::super::preflight::Browser;
use super::super::version::OsVersion;

/// What a tool said about a setting: on or off, and in words for IT that never carry
/// what the output may name (a user, a path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Switch {
    pub on: bool,
    pub said: &'static str,
}

/// `fdesetup status`, every reply shape admins document: "FileVault is On." or
/// "FileVault is Off.", then possibly a second line: "Encryption in progress: …"
/// (on; Chromium too counts it on, as BitLocker's encrypting), "Decryption in
/// progress: …" (off), "Deferred enablement appears to be active for user '…'." (off
/// until the next log-out), "FileVault master keychain appears to be installed." (on).
/// A progress line alone counts as what it says.
pub fn fdesetup_status(out: &str) -> Option<Switch> {
    let has = |start: &str| out.lines().any(|l| l.trim_start().starts_with(start));
    let (on, off) = (has("FileVault is On"), has("FileVault is Off"));
    let (encrypting, decrypting) = (has("Encryption in progress"), has("Decryption in progress"));
    let said = |on, said| Some(Switch { on, said });
    if decrypting {
        said(false, "FileVault: decryption in progress")
    } else if encrypting && !off {
        said(true, "FileVault is On: encryption in progress")
    } else if on && !off {
        said(true, "FileVault is On")
    } else if off && !on {
        if has("Deferred enablement") {
            said(false, "FileVault is Off: turned on at the next log-out")
        } else {
            said(false, "FileVault is Off")
        }
    } else {
        None
    }
}

/// `/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate`, alone or with
/// other options' lines after it: "Firewall is enabled. (State = 1)", "Firewall is
/// disabled. (State = 0)", and State = 2 (on: after "block all incoming connections",
/// worded "Firewall is blocking all non-essential incoming connections. (State = 2)",
/// but also seen with block-all off and stealth mode on). The first `State = n`
/// decides; without one, the first "Firewall is …" line.
pub fn socketfilterfw(out: &str) -> Option<Switch> {
    if let Some((_, rest)) = out.split_once("State = ") {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let said = |on, said| Some(Switch { on, said });
        return match digits.as_str() {
            "0" => said(false, "State = 0 (off)"),
            "1" => said(true, "State = 1 (on)"),
            "2" => said(true, "State = 2 (on)"),
            _ => None,
        };
    }
    let line = out
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with("Firewall is"))?;
    if line.contains("disabled") {
        Some(Switch {
            on: false,
            said: "Firewall is disabled",
        })
    } else if line.contains("enabled") || line.contains("block") {
        Some(Switch {
            on: true,
            said: "Firewall is enabled",
        })
    } else {
        None
    }
}

/// `sw_vers`'s `ProductName` ("macOS"; "Mac OS X" before 11) and `ProductVersion`
/// ("14.0", "10.13" without a patch). Keys and values are separated by a colon and
/// any tabs or spaces, as each macOS aligns them; other lines (a prompt) are skipped.
pub fn sw_vers(out: &str) -> Option<(String, OsVersion)> {
    let get = |key: &str| {
        out.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim() == key).then(|| crate::text::single_line(v))
        })
    };
    let version = OsVersion::parse(&get("ProductVersion")?)?;
    let name = get("ProductName")
        .filter(|n| !n.is_empty() && n.len() <= 40)
        .unwrap_or_else(|| "macOS".to_owned());
    Some((name, version))
}

/// `defaults read <domain> <key>` of a boolean or a 0/1 number: "1" or "0" (what
/// `defaults` prints for both), e.g. Bluetooth's `ControllerPowerState`.
pub fn defaults_bool(out: &str) -> Option<bool> {
    match out.trim() {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// The bundle id of the https handler in LaunchServices' per-user plist
/// (`~/Library/Preferences/com.apple.LaunchServices/com.apple.launchservices.secure.plist`,
/// binary; read through `plutil -convert xml1 -o - <file>`): the `LSHandlers` entry
/// whose `LSHandlerURLScheme` is `https`, its `LSHandlerRoleAll`. `None` when no
/// browser was ever chosen (Safari then, but that is not read here) or the plist is
/// not one.
pub fn launch_services_https(xml: &str) -> Option<String> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(xml, options).ok()?;
    let top = doc
        .root_element()
        .children()
        .find(|n| n.has_tag_name("dict"))?;
    let handlers = value_of(top, "LSHandlers")?;
    handlers
        .children()
        .filter(|n| n.has_tag_name("dict"))
        .find_map(|entry| {
            let scheme = value_of(entry, "LSHandlerURLScheme")?.text()?;
            if !scheme.trim().eq_ignore_ascii_case("https") {
                return None;
            }
            let id = value_of(entry, "LSHandlerRoleAll")?.text()?.trim();
            (!id.is_empty()).then(|| id.to_owned())
        })
}

/// In a plist `<dict>`, the element after `<key>name</key>`.
fn value_of<'a, 'i>(dict: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    let mut elements = dict.children().filter(roxmltree::Node::is_element);
    while let Some(n) = elements.next() {
        if n.has_tag_name("key") && n.text().map(str::trim) == Some(name) {
            return elements.next();
        }
    }
    None
}

/// A browser's bundle id: Chrome, Edge, Brave, Chromium, Vivaldi, Opera and Arc are
/// Chromium; Firefox (any channel); Safari (and its Technology Preview).
pub fn browser_bundle_id(id: &str) -> Browser {
    let id = id.trim().to_ascii_lowercase();
    const CHROMIUM: [&str; 7] = [
        "com.google.chrome",
        "com.microsoft.edgemac",
        "com.brave.browser",
        "org.chromium.chromium",
        "com.vivaldi.vivaldi",
        "com.operasoftware.opera",
        "company.thebrowser.browser",
    ];
    if id.is_empty() {
        Browser::Unknown
    } else if CHROMIUM.iter().any(|p| id.starts_with(p)) {
        Browser::Chromium
    } else if id.starts_with("org.mozilla.") {
        Browser::Firefox
    } else if id.starts_with("com.apple.safari") {
        Browser::Safari
    } else {
        Browser::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::tests::real;

    #[test]
    fn sw_vers_of_every_real_capture() {
        for (file, name, version) in [
            ("macos/sw_vers-catalina-10.15.5.txt", "Mac OS X", "10.15.5"),
            ("macos/sw_vers-high-sierra-10.13.txt", "Mac OS X", "10.13"),
            ("macos/sw_vers-macos-11.4-area-shl.txt", "macOS", "11.4"),
            ("macos/sw_vers-macos-13.2.1.txt", "macOS", "13.2.1"),
            ("macos/sw_vers-macos-13.5.1.txt", "macOS", "13.5.1"),
            ("macos/sw_vers-macos-14.0.txt", "macOS", "14.0"),
            (
                "macos/sw_vers-macos-15.7.2-mixed-tabs.txt",
                "macOS",
                "15.7.2",
            ),
            ("macos/sw_vers-macos-15.7.4.txt", "macOS", "15.7.4"),
            (
                "macos/sw_vers-macos-26.5.1-single-tab.txt",
                "macOS",
                "26.5.1",
            ),
        ] {
            let got = sw_vers(&real(file));
            assert_eq!(
                got,
                Some((name.to_owned(), OsVersion::parse(version).unwrap())),
                "{file}"
            );
        }
        assert_eq!(sw_vers("ProductName:\tmacOS\n"), None);
    }

    /// The replies of `fdesetup status` as admins list them (comment lines in their
    /// scripts: `# ` before each line, a `#` alone between replies).
    #[test]
    fn fdesetup_every_documented_reply() {
        let text = real("macos/fdesetup-status-documented-replies-jamf-ea.txt");
        let replies: Vec<String> = text
            .split("\n#\n")
            .map(|block| {
                block
                    .lines()
                    .filter_map(|l| l.strip_prefix("# "))
                    .filter(|l| !l.starts_with('(') && !l.starts_with("Possible replies"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .filter(|r| !r.is_empty())
            .collect();
        let got: Vec<Option<Switch>> = replies.iter().map(|r| fdesetup_status(r)).collect();
        let s = |on, said| Some(Switch { on, said });
        assert_eq!(
            got,
            vec![
                s(false, "FileVault is Off"),
                s(false, "FileVault is Off: turned on at the next log-out"),
                s(true, "FileVault is On: encryption in progress"),
                s(true, "FileVault is On: encryption in progress"),
                s(true, "FileVault is On"),
            ],
            "{replies:?}"
        );
        // No user name reaches the evidence.
        assert!(!format!("{got:?}").contains("shortName"));
    }

    /// Rich Trouton's documented first lines, each as a reply of its own.
    #[test]
    fn fdesetup_documented_first_lines() {
        let text = real("macos/fdesetup-status-documented-rtrouton-apfs-ea.txt");
        let quoted: Vec<&str> = text.lines().filter_map(|l| l.split('"').nth(1)).collect();
        assert_eq!(quoted.len(), 4, "{quoted:?}");
        let got: Vec<Option<bool>> = quoted
            .iter()
            .map(|q| fdesetup_status(q).map(|s| s.on))
            .collect();
        assert_eq!(got, vec![Some(true), Some(true), Some(false), Some(false)]);
    }

    /// A real reply had a second line whose third word is "keychain" (the capture is
    /// `fdesetup status | awk '{print $3}'`): the reply is still on.
    #[test]
    fn fdesetup_with_the_keychain_line_is_on() {
        let text = real("macos/fdesetup-status-two-lines-awk-jamf-jet9.txt");
        let words: Vec<&str> = text.lines().skip(2).map(str::trim).collect();
        let reply = "FileVault is On.\nFileVault master keychain appears to be installed.\n";
        let third: Vec<&str> = reply
            .lines()
            .filter_map(|l| l.split_whitespace().nth(2))
            .map(|w| w.trim_end_matches('.'))
            .collect();
        assert_eq!(third, words);
        assert_eq!(
            fdesetup_status(reply),
            Some(Switch {
                on: true,
                said: "FileVault is On"
            })
        );
        assert_eq!(fdesetup_status(""), None);
        assert_eq!(fdesetup_status("Error: unable to read"), None);
    }

    #[test]
    fn socketfilterfw_every_real_shape() {
        // The combined output of several options: the global state comes first.
        let all = socketfilterfw(&real("macos/socketfilterfw-getglobalstate-etc-state2.txt"));
        assert_eq!(all.map(|s| s.on), Some(true));
        // State = 2 with "block all" off: 2 is on, not always "blocking all".
        assert_eq!(all.map(|s| s.said), Some("State = 2 (on)"));
        // The one-line 'block all' wording, with no word 'enabled'.
        let block = real("macos/socketfilterfw-getglobalstate-state2-blocking.txt");
        assert_eq!(socketfilterfw(&block).map(|s| s.on), Some(true));
        // Each state line of the transcripts, on its own.
        let mut states = Vec::new();
        for file in [
            "macos/socketfilterfw-m-cli-issue160-states.txt",
            "macos/socketfilterfw-m-cli-pr161-blockall.txt",
        ] {
            for line in real(file).lines().filter(|l| l.starts_with("Firewall is")) {
                states.push(socketfilterfw(line).map(|s| s.on));
            }
        }
        assert_eq!(
            states,
            vec![
                Some(true),  // State = 2
                Some(false), // State = 0
                Some(true),  // State = 1
                Some(false), // State = 0
                Some(true),  // set to block all (the setter's reply; no State)
                Some(true),  // State = 2
            ]
        );
        assert_eq!(
            socketfilterfw("Firewall is disabled."),
            Some(Switch {
                on: false,
                said: "Firewall is disabled"
            })
        );
        assert_eq!(socketfilterfw("(State = 7)"), None);
        assert_eq!(socketfilterfw("command not found"), None);
    }

    /// `defaults read` prints a boolean as 1 (here `askForPassword` on OS X 10.11;
    /// Bluetooth's `ControllerPowerState` is read the same way).
    #[test]
    fn defaults_read_of_a_boolean() {
        let text = real("macos/defaults-read-askforpassword-1.txt");
        let output = text
            .lines()
            .find_map(|l| l.strip_prefix("Output: "))
            .map(|o| o.trim_matches('`'))
            .unwrap();
        assert_eq!(defaults_bool(output), Some(true));
        assert_eq!(defaults_bool("0\n"), Some(false));
        assert_eq!(
            defaults_bool(
                "The domain/default pair of (com.apple.Bluetooth, ControllerPowerState) does not exist"
            ),
            None
        );
    }

    /// The plist format is Apple's (PropertyList-1.0 DTD); no captured plist of a
    /// real user was found, so this one is written to that format.
    #[test]
    fn the_https_handler_from_launch_services() {
        let plist = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>LSHandlers</key>
	<array>
		<dict>
			<key>LSHandlerContentType</key>
			<string>public.html</string>
			<key>LSHandlerRoleAll</key>
			<string>com.apple.safari</string>
		</dict>
		<dict>
			<key>LSHandlerPreferredVersions</key>
			<dict>
				<key>LSHandlerRoleAll</key>
				<string>-</string>
			</dict>
			<key>LSHandlerRoleAll</key>
			<string>com.google.chrome</string>
			<key>LSHandlerURLScheme</key>
			<string>https</string>
		</dict>
	</array>
</dict>
</plist>
"#;
        let id = launch_services_https(plist);
        assert_eq!(id.as_deref(), Some("com.google.chrome"));
        assert_eq!(browser_bundle_id("com.google.chrome"), Browser::Chromium);
        assert_eq!(
            browser_bundle_id("com.microsoft.edgemac.Beta"),
            Browser::Chromium
        );
        assert_eq!(browser_bundle_id("org.mozilla.firefox"), Browser::Firefox);
        assert_eq!(browser_bundle_id("com.apple.Safari"), Browser::Safari);
        assert_eq!(browser_bundle_id("com.example.other"), Browser::Other);
        let no_https = plist.replace("<string>https</string>", "<string>mailto</string>");
        assert_eq!(launch_services_https(&no_https), None);
        assert_eq!(launch_services_https("not a plist"), None);
    }
}
