# This computer: the posture checks the organisation may require and the pre-flight
# of each method (the window's "This computer" section and `mfa-ready device`).

device-title = This computer
device-os = { $os }
device-check-again = Check again
device-details = What was read

# The checks, by their policy ids.
device-check-os_supported = Operating system version
device-check-disk_encryption = Disk encryption
device-check-screen_lock = Screen lock
device-check-firewall = Firewall
device-check-secure_boot = Secure Boot

device-status-pass = OK
device-status-fail = Not met
device-status-unknown = Could not check
device-required = Required by { $org }
device-not-required = Not required

# The verdict: one sentence, then what to do for each check that blocks.
device-meets = This computer meets { $org }'s requirements.
device-does-not-meet = This computer does not meet { $org }'s requirements.
device-warn-unknown = Some required settings could not be checked here. They do not block you, but IT may ask about them.

# What to do, by fix and operating system.
device-fix-update_os-windows = Install the latest Windows updates (Settings → Windows Update), or ask IT for a newer version of Windows.
device-fix-update_os-macos = Install the latest macOS update (System Settings → General → Software Update), or ask IT.
device-fix-update_os-linux = This version of Linux is older than your organisation allows: ask IT to upgrade it.
device-fix-update_os-other = This operating system is older than your organisation allows: ask IT.
device-fix-encrypt_disk-windows = Turn on BitLocker (Settings → Privacy & security → Device encryption), or ask IT.
device-fix-encrypt_disk-macos = Turn on FileVault (System Settings → Privacy & Security → FileVault).
device-fix-encrypt_disk-linux = The disk is not encrypted. Encryption is chosen when Linux is installed: ask IT to set it up again with encryption.
device-fix-encrypt_disk-other = The disk is not encrypted: ask IT.
device-fix-turn_on_screen_lock-windows = Set the screen to lock with your password or PIN after a few minutes (Settings → Accounts → Sign-in options).
device-fix-turn_on_screen_lock-macos = Require your password right after the screen saver starts (System Settings → Lock Screen).
device-fix-turn_on_screen_lock-linux = Turn on the automatic screen lock (Settings → Privacy → Screen Lock).
device-fix-turn_on_screen_lock-other = Set the screen to lock with a password when you are away: ask IT.
device-fix-turn_on_firewall-windows = Turn on the firewall (Windows Security → Firewall & network protection).
device-fix-turn_on_firewall-macos = Turn on the firewall (System Settings → Network → Firewall).
device-fix-turn_on_firewall-linux = The firewall is off: ask IT to turn it on.
device-fix-turn_on_firewall-other = The firewall is off: ask IT to turn it on.
device-fix-turn_on_secure_boot-windows = Secure Boot is off. It is turned on in the computer's firmware settings: ask IT.
device-fix-turn_on_secure_boot-macos = Secure Boot is off: ask IT.
device-fix-turn_on_secure_boot-linux = Secure Boot is off. It is turned on in the computer's firmware settings: ask IT.
device-fix-turn_on_secure_boot-other = Secure Boot is off: ask IT.
device-fix-ask_it = This could not be checked on this computer. IT can confirm it for you.
device-open-settings = Open settings

# Which method can be set up on this computer now.
device-preflight-title = What works on this computer
device-preflight-ready = Ready here
device-preflight-unknown = Could not check
device-blocker-bluetooth_off = Bluetooth is off: turn it on, or choose a security key.
device-blocker-no_bluetooth = This computer has no Bluetooth: set up the passkey in your phone's own browser, or choose a security key.
device-blocker-browser_cannot = Your browser cannot use a phone's passkey on this computer: use Chrome or Edge for this step.
device-blocker-no_key_plugged_in = No security key is plugged in: plug it in first.
device-blocker-hello_not_set_up = Windows Hello is not set up: add a PIN in Settings → Accounts → Sign-in options.
device-blocker-hello_unavailable = Windows Hello is not available on this computer: choose another method.
device-blocker-other_os = This method is for another kind of computer: choose another method.

# `mfa-ready device`.
device-cli-title = This computer: { $os }
device-cli-check = { $check }: { $status }
device-cli-preflight = { $method }: { $state }
problem-settings-not-opened = The settings page did not open. Open your computer's settings yourself, or ask IT.

# The report's "This computer" section.
device-f-os = Operating system
device-f-policy = Organisation's requirements
device-col-check = Check
device-col-status = Result
device-col-required = Required
device-col-read = What was read
device-col-fix = What to do
