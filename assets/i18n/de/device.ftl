# Dieser Computer: die Sicherheitsprüfungen, die die Organisation verlangen kann, und die
# Vorprüfung jeder Methode (Abschnitt „Dieser Computer“ im Fenster und `mfa-ready device`).
# Deutsche Übersetzung; Quelle ist Englisch (en/device.ftl). Einstellungspfade wie in
# methods.ftl mit „→“ und den Namen, die Windows, macOS und GNOME auf Deutsch anzeigen.

device-title = Dieser Computer
device-os = { $os }
device-check-again = Erneut prüfen
device-details = Ausgelesene Werte

# Die Prüfungen, nach ihren IDs in der Richtlinie.
device-check-os_supported = Betriebssystemversion
device-check-disk_encryption = Festplattenverschlüsselung
device-check-screen_lock = Bildschirmsperre
device-check-firewall = Firewall
device-check-secure_boot = Secure Boot

device-status-pass = OK
device-status-fail = Nicht erfüllt
device-status-unknown = Nicht prüfbar
device-required = Von { $org } verlangt
device-not-required = Nicht verlangt

# Das Ergebnis: ein Satz, dann was bei jeder blockierenden Prüfung zu tun ist.
device-meets = Dieser Computer erfüllt die Anforderungen von { $org }.
device-does-not-meet = Dieser Computer erfüllt die Anforderungen von { $org } nicht.
device-warn-unknown = Einige verlangte Einstellungen konnten hier nicht geprüft werden. Das hält Sie nicht auf, aber Ihre IT-Abteilung fragt möglicherweise danach.

# Was zu tun ist, nach Abhilfe und Betriebssystem.
device-fix-update_os-windows = Installieren Sie die neuesten Windows-Updates (Einstellungen → Windows Update) oder bitten Sie Ihre IT-Abteilung um eine neuere Windows-Version.
device-fix-update_os-macos = Installieren Sie das neueste macOS-Update (Systemeinstellungen → Allgemein → Softwareupdate) oder wenden Sie sich an Ihre IT-Abteilung.
device-fix-update_os-linux = Diese Linux-Version ist älter, als Ihre Organisation zulässt: Bitten Sie Ihre IT-Abteilung, sie zu aktualisieren.
device-fix-update_os-other = Dieses Betriebssystem ist älter, als Ihre Organisation zulässt: Wenden Sie sich an Ihre IT-Abteilung.
device-fix-encrypt_disk-windows = Schalten Sie BitLocker ein (Einstellungen → Datenschutz und Sicherheit → Geräteverschlüsselung) oder wenden Sie sich an Ihre IT-Abteilung.
device-fix-encrypt_disk-macos = Schalten Sie FileVault ein (Systemeinstellungen → Datenschutz & Sicherheit → FileVault).
device-fix-encrypt_disk-linux = Die Festplatte ist nicht verschlüsselt. Die Verschlüsselung wird bei der Installation von Linux festgelegt: Bitten Sie Ihre IT-Abteilung, den Computer mit Verschlüsselung neu einzurichten.
device-fix-encrypt_disk-other = Die Festplatte ist nicht verschlüsselt: Wenden Sie sich an Ihre IT-Abteilung.
device-fix-turn_on_screen_lock-windows = Stellen Sie ein, dass sich der Bildschirm nach wenigen Minuten sperrt und nur mit Ihrem Passwort oder Ihrer PIN entsperren lässt (Einstellungen → Konten → Anmeldeoptionen).
device-fix-turn_on_screen_lock-macos = Stellen Sie ein, dass Ihr Passwort sofort nach dem Start des Bildschirmschoners verlangt wird (Systemeinstellungen → Sperrbildschirm).
device-fix-turn_on_screen_lock-linux = Schalten Sie die automatische Bildschirmsperre ein (Einstellungen → Datenschutz → Bildschirmsperre).
device-fix-turn_on_screen_lock-other = Der Bildschirm sollte sich mit einem Passwort sperren, wenn Sie nicht am Platz sind: Wenden Sie sich an Ihre IT-Abteilung.
device-fix-turn_on_firewall-windows = Schalten Sie die Firewall ein (Windows-Sicherheit → Firewall- & Netzwerkschutz).
device-fix-turn_on_firewall-macos = Schalten Sie die Firewall ein (Systemeinstellungen → Netzwerk → Firewall).
device-fix-turn_on_firewall-linux = Die Firewall ist ausgeschaltet: Bitten Sie Ihre IT-Abteilung, sie einzuschalten.
device-fix-turn_on_firewall-other = Die Firewall ist ausgeschaltet: Bitten Sie Ihre IT-Abteilung, sie einzuschalten.
device-fix-turn_on_secure_boot-windows = Secure Boot ist ausgeschaltet. Es wird in den Firmware-Einstellungen des Computers eingeschaltet: Wenden Sie sich an Ihre IT-Abteilung.
device-fix-turn_on_secure_boot-macos = Secure Boot ist ausgeschaltet: Wenden Sie sich an Ihre IT-Abteilung.
device-fix-turn_on_secure_boot-linux = Secure Boot ist ausgeschaltet. Es wird in den Firmware-Einstellungen des Computers eingeschaltet: Wenden Sie sich an Ihre IT-Abteilung.
device-fix-turn_on_secure_boot-other = Secure Boot ist ausgeschaltet: Wenden Sie sich an Ihre IT-Abteilung.
device-fix-ask_it = Das ließ sich auf diesem Computer nicht prüfen. Ihre IT-Abteilung kann es für Sie bestätigen.
device-open-settings = Einstellungen öffnen

# Welche Methode sich jetzt auf diesem Computer einrichten lässt.
device-preflight-title = Was auf diesem Computer funktioniert
device-preflight-ready = Hier möglich
device-preflight-unknown = Nicht prüfbar
device-blocker-bluetooth_off = Bluetooth ist ausgeschaltet: Schalten Sie es ein oder wählen Sie einen Sicherheitsschlüssel.
device-blocker-no_bluetooth = Dieser Computer hat kein Bluetooth: Richten Sie den Passkey direkt im Browser Ihres Telefons ein oder wählen Sie einen Sicherheitsschlüssel.
device-blocker-browser_cannot = Ihr Browser kann auf diesem Computer keinen Passkey von einem Telefon verwenden: Nutzen Sie für diesen Schritt Chrome oder Edge.
device-blocker-no_key_plugged_in = Es ist kein Sicherheitsschlüssel eingesteckt: Stecken Sie ihn zuerst ein.
device-blocker-hello_not_set_up = Windows Hello ist nicht eingerichtet: Fügen Sie unter Einstellungen → Konten → Anmeldeoptionen eine PIN hinzu.
device-blocker-hello_unavailable = Windows Hello ist auf diesem Computer nicht verfügbar: Wählen Sie eine andere Methode.
device-blocker-other_os = Diese Methode ist für eine andere Art von Computer gedacht: Wählen Sie eine andere Methode.

# `mfa-ready device`.
device-cli-title = Dieser Computer: { $os }
device-cli-check = { $check }: { $status }
device-cli-preflight = { $method }: { $state }
problem-settings-not-opened = Die Einstellungsseite wurde nicht geöffnet. Öffnen Sie die Einstellungen Ihres Computers selbst oder wenden Sie sich an Ihre IT-Abteilung.

# The report's "This computer" section.
device-f-os = Betriebssystem
device-f-policy = Anforderungen der Organisation
device-col-check = Prüfung
device-col-status = Ergebnis
device-col-required = Verlangt
device-col-read = Was gelesen wurde
device-col-fix = Was zu tun ist
