# Die Anmeldemethoden, wie das Fenster sie benennt und erklärt. Deutsche Übersetzung; Quelle ist
# Englisch (en/methods.ftl), das core::methods für Befehlszeile und Berichte wortgleich enthält.
# IDs: method-<id>, -summary, -you-need, -step-<n> (ab 1).

## Passkey on your phone
method-passkey = Passkey auf Ihrem Telefon
method-passkey-summary = Ein gerätegebundener Passkey in Ihrer Authenticator-App: Sie müssen nichts eintippen, und gefälschte Websites können ihn nicht verwenden.
method-passkey-you-need = Ihr Smartphone mit der Authenticator-App, eingeschaltetem Bluetooth und eingerichteter Bildschirmsperre.
method-passkey-step-1 = Öffnen Sie unten die Einrichtungsseite und wählen Sie „Anmeldemethode hinzufügen“, dann „Passkey in Microsoft Authenticator“ (oder die Passkey-Option Ihres Anbieters).
method-passkey-step-2 = Scannen Sie den QR-Code mit der Kamera Ihres Telefons, wenn Sie dazu aufgefordert werden.
method-passkey-step-3 = Entsperren Sie Ihr Telefon mit PIN, Fingerabdruck oder Gesichtserkennung, um den Passkey zu erstellen.
method-passkey-step-4 = Geben Sie dem Passkey einen Namen, an dem Sie ihn wiedererkennen, zum Beispiel „Mein Diensthandy“.

## Security key
method-security_key = Sicherheitsschlüssel
method-security_key-summary = Ein kleiner FIDO2-Schlüssel für USB oder NFC: der stärkste Ersatz, und er funktioniert auch, wenn Sie Ihr Telefon verlieren.
method-security_key-you-need = Ein FIDO2-Sicherheitsschlüssel (fragen Sie Ihren Helpdesk; viele Organisationen geben welche aus) und ein freier USB-Anschluss oder NFC.
method-security_key-step-1 = Öffnen Sie unten die Einrichtungsseite und wählen Sie „Anmeldemethode hinzufügen“, dann „Sicherheitsschlüssel“.
method-security_key-step-2 = Wählen Sie USB oder NFC und stecken Sie Ihren Schlüssel ein oder halten Sie ihn an das Lesegerät, wenn Sie dazu aufgefordert werden.
method-security_key-step-3 = Legen Sie eine PIN für den Schlüssel fest (mindestens 4 Ziffern), falls er noch keine hat.
method-security_key-step-4 = Berühren Sie die Taste des Schlüssels und geben Sie ihm dann einen Namen wie „Blauer Schlüssel“.
method-security_key-step-5 = Bewahren Sie den Schlüssel am Schlüsselbund oder an einem sicheren Ort auf, getrennt von Ihrem Telefon.

## Windows Hello for Business
method-windows_hello = Windows Hello for Business
method-windows_hello-summary = Melden Sie sich an diesem Windows-PC mit Gesicht, Fingerabdruck oder PIN an.
method-windows_hello-you-need = Dieser Windows-Computer, in Ihre Organisation eingebunden, und eine PIN (eine Kamera oder ein Fingerabdruckleser ist optional).
method-windows_hello-step-1 = Öffnen Sie in Windows Einstellungen → Konten → Anmeldeoptionen.
method-windows_hello-step-2 = Wählen Sie unter „PIN (Windows Hello)“ die Option „Einrichten“ und bestätigen Sie mit Ihrer bisherigen Anmeldung.
method-windows_hello-step-3 = Wählen Sie eine PIN, die Sie nirgendwo sonst verwenden.
method-windows_hello-step-4 = Fügen Sie auf derselben Seite bei Bedarf Gesichts- oder Fingerabdruckerkennung hinzu.

## Mac Platform SSO
method-platform_credential = Platform SSO für Mac
method-platform_credential-summary = Ihr Mac selbst wird zu einer Phishing-resistenten Anmeldeinformation, entsperrt mit Touch ID oder Ihrem Passwort.
method-platform_credential-you-need = Dieser Mac, von Ihrer Organisation verwaltet, mit der App „Unternehmensportal“.
method-platform_credential-step-1 = Achten Sie auf Ihrem Mac auf die Mitteilung „Registrierung erforderlich“ und klicken Sie auf „Registrieren“.
method-platform_credential-step-2 = Melden Sie sich mit Ihrem Arbeitskonto an, wenn das Unternehmensportal danach fragt.
method-platform_credential-step-3 = Bestätigen Sie mit Touch ID oder Ihrem Mac-Passwort.

## Smart card / certificate
method-certificate = Smartcard / Zertifikat
method-certificate-summary = Eine Smartcard oder ein Zertifikat, von Ihrer Organisation ausgestellt.
method-certificate-you-need = Eine von Ihrer Organisation ausgestellte Smartcard und ein Kartenleser.
method-certificate-step-1 = Fragen Sie Ihren Helpdesk nach einer Smartcard, falls Sie noch keine haben.
method-certificate-step-2 = Stecken Sie die Karte in den Kartenleser und geben Sie ihre PIN ein, wenn Sie dazu aufgefordert werden.
method-certificate-step-3 = Öffnen Sie unten die Einrichtungsseite, um zu prüfen, ob die Karte mit Ihrem Konto verknüpft ist.

## Authenticator app
method-authenticator_app = Authenticator-App
method-authenticator_app-summary = Bestätigen Sie Anmeldungen auf Ihrem Telefon, indem Sie die auf dem Bildschirm angezeigte Zahl eingeben.
method-authenticator_app-you-need = Ihr Smartphone, auf dem die Authenticator-App Ihrer Organisation (zum Beispiel Microsoft Authenticator) installiert ist.
method-authenticator_app-step-1 = Installieren Sie die Authenticator-App aus dem App Store oder von Google Play auf Ihrem Telefon.
method-authenticator_app-step-2 = Öffnen Sie unten die Einrichtungsseite auf diesem Computer und wählen Sie „Anmeldemethode hinzufügen“, dann „Authenticator-App“.
method-authenticator_app-step-3 = Tippen Sie in der App auf „+“ und scannen Sie den QR-Code, der auf der Einrichtungsseite angezeigt wird.
method-authenticator_app-step-4 = Bestätigen Sie die Testbenachrichtigung, indem Sie die auf dem Bildschirm angezeigte Zahl eingeben.

## Code generator app (TOTP)
method-software_oath = Codegenerator-App (TOTP)
method-software_oath-summary = Jede App, die einen 6-stelligen Code anzeigt, der sich alle 30 Sekunden ändert.
method-software_oath-you-need = Eine Codegenerator-App auf Ihrem Telefon (Microsoft Authenticator, Google Authenticator oder eine ähnliche).
method-software_oath-step-1 = Öffnen Sie unten die Einrichtungsseite und wählen Sie „Anmeldemethode hinzufügen“, dann „Authenticator-App“ → „Ich möchte eine andere Authentifikator-App verwenden“.
method-software_oath-step-2 = Fügen Sie in Ihrer Code-App ein Konto hinzu und scannen Sie den QR-Code.
method-software_oath-step-3 = Geben Sie zur Bestätigung den 6-stelligen Code aus der App auf der Einrichtungsseite ein.

## Hardware code token
method-hardware_oath = Hardwaretoken mit Code
method-hardware_oath-summary = Ein Token im Schlüsselanhängerformat mit einem kleinen Display, das einen Code anzeigt.
method-hardware_oath-you-need = Ein OATH-Hardwaretoken von Ihrem Helpdesk, mit seiner Seriennummer.
method-hardware_oath-step-1 = Holen Sie sich ein Token bei Ihrem Helpdesk: Dort wird es Ihrem Konto zugewiesen.
method-hardware_oath-step-2 = Öffnen Sie unten die Einrichtungsseite und suchen Sie das Token unter „Hardwaretoken“.
method-hardware_oath-step-3 = Drücken Sie die Taste am Token und geben Sie den angezeigten Code ein, um es zu aktivieren.

## Text message (SMS)
method-phone_sms = SMS
method-phone_sms-summary = Ein Code, der per SMS an Ihre Mobilnummer gesendet wird.
method-phone_sms-you-need = Eine Mobilnummer, die SMS empfangen kann.
method-phone_sms-step-1 = Öffnen Sie unten die Einrichtungsseite und wählen Sie „Anmeldemethode hinzufügen“, dann „Telefon“.
method-phone_sms-step-2 = Geben Sie Ihre Mobilnummer mit Ländervorwahl ein und wählen Sie „Code empfangen“.
method-phone_sms-step-3 = Geben Sie den Code aus der SMS auf der Einrichtungsseite ein.

## Phone call
method-phone_voice = Telefonanruf
method-phone_voice-summary = Ein automatischer Anruf auf Ihrem Telefon; drücken Sie zum Bestätigen die Rautetaste (#).
method-phone_voice-you-need = Eine Telefonnummer, unter der Sie Anrufe annehmen können (Mobil- oder Bürotelefon).
method-phone_voice-step-1 = Öffnen Sie unten die Einrichtungsseite und wählen Sie „Anmeldemethode hinzufügen“, dann „Telefon“ oder „Bürotelefon“.
method-phone_voice-step-2 = Geben Sie die Nummer mit Ländervorwahl ein und wählen Sie „Mich anrufen“.
method-phone_voice-step-3 = Nehmen Sie den Anruf an und drücken Sie die Rautetaste (#), wenn Sie dazu aufgefordert werden.

## Recovery e-mail
method-email = E-Mail zur Wiederherstellung
method-email-summary = Eine private E-Mail-Adresse zum Zurücksetzen des Passworts. Sie zählt nicht als Anmeldemethode.
method-email-you-need = Eine private E-Mail-Adresse (nicht Ihre berufliche).
method-email-step-1 = Öffnen Sie unten die Einrichtungsseite und wählen Sie „Anmeldemethode hinzufügen“, dann „E-Mail“.
method-email-step-2 = Geben Sie eine private E-Mail-Adresse ein und wählen Sie „Weiter“.
method-email-step-3 = Geben Sie den Code ein, der an dieses Postfach gesendet wurde.

## Where a method lives (what you lose it with)
# Wird in Sätze eingesetzt: „Gebunden an: Ihr Telefon“, „Authenticator-App (Ihr Telefon)“.
device-phone = Ihr Telefon
device-this_computer = dieser Computer
device-hardware_key = ein Hardwareschlüssel
device-phone_number = Ihre Telefonnummer
device-mailbox = Ihr Postfach

## How strong a method is (badges)
tier-phishing_resistant = Phishing-resistent
tier-strong = Stark
tier-weak = Schwach
tier-recovery_only = Nur zur Wiederherstellung

## How a method is known to be there
source-verified = vom Dienst bestätigt
source-self_attested = als eingerichtet markiert, nicht bestätigt

## The verdict (badges)
verdict-ready = Startklar
verdict-not_ready = Noch nicht startklar
verdict-overdue = Überfällig
