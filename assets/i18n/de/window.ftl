# MFA Ready: das Fenster. Deutsche Übersetzung; Quelle ist Englisch (en/window.ftl).
# Ganze Sätze mit benannten Argumenten; die Pluralregeln von Fluent wählen die Formen.

app-name = MFA Ready
# Der Fenstertitel (was ein Screenreader für das Fenster ansagt): $page ist der Seitenname.
window-title = MFA Ready · { $page }
header-title = MFA Ready · { $organization }

## Menus and shortcuts

menu-file = Datei
menu-open-report = Bericht öffnen…
menu-share = Mit dem Helpdesk teilen…
menu-save-report = Bericht speichern…
menu-close-report = Bericht schließen
menu-view = Ansicht
menu-theme-system = Design: wie das System
menu-theme-light = Design: hell
menu-theme-dark = Design: dunkel
menu-text-larger = Text vergrößern
menu-text-smaller = Text verkleinern
menu-text-reset = Normale Textgröße
menu-check-portals = Portale jetzt prüfen
menu-language = Sprache
# Erste Wahl unter Ansicht → Sprache: die Systemsprache, in ihr selbst benannt („Deutsch“).
menu-language-system = Wie das System ({ $language })
menu-language-required = Von Ihrer Organisation festgelegt
# Wird auf Englisch gezeigt, wenn der gewählten Sprache eine Schrift fehlt.
notice-font-missing = Japanischer Text kann nicht angezeigt werden: Auf diesem Computer wurde keine japanische Schrift gefunden, daher zeigt MFA Ready Englisch an. Ihre IT-Abteilung kann eine installieren (zum Beispiel Noto Sans CJK).

## Pages

page-overview = Übersicht
page-methods = Methoden
page-summary = Abschluss
page-health = Portalstatus
# Ein Schritt im Assistenten: „1  Übersicht“.
page-step = { $number }  { $page }
nav-back = ‹ Zurück
nav-next = Weiter: { $page } ›
pending-badge = { $count ->
    [one] 1 Vorgang wartet
   *[other] { $count } Vorgänge warten
}

## The hero: one state at a glance

hero-ready = Sie sind startklar
hero-ready-detail = Auch wenn Sie eine Methode verlieren, können Sie sich weiter anmelden. Halten Sie alles aktuell: Richten Sie ein neues Telefon ein, bevor Sie das alte zurücksetzen.
hero-left = { $count ->
    [one] Noch 1 Schritt bis { $date }
   *[other] Noch { $count } Schritte bis { $date }
}
hero-left-no-deadline = { $count ->
    [one] Noch 1 Schritt zu erledigen
   *[other] Noch { $count } Schritte zu erledigen
}
hero-overdue = { $days ->
    [0] Überfällig: Die Frist Ihrer Organisation ist heute abgelaufen
    [one] Überfällig: Die Frist Ihrer Organisation ist vor 1 Tag abgelaufen
   *[other] Überfällig: Die Frist Ihrer Organisation ist vor { $days } Tagen abgelaufen
}
hero-overdue-personal = { $days ->
    [0] Überfällig: Ihre persönliche Frist ist heute abgelaufen
    [one] Überfällig: Ihre persönliche Frist ist vor 1 Tag abgelaufen
   *[other] Überfällig: Ihre persönliche Frist ist vor { $days } Tagen abgelaufen
}
hero-not-ready-detail = Bis dahin können Sie sich aussperren, wenn Sie eine Anmeldemethode verlieren.
hero-overdue-detail = Schließen Sie jetzt ab oder rufen Sie Ihren Helpdesk an: Er kann Ihnen mehr Zeit geben.
hero-days-left = { $days ->
    [one] Noch 1 Tag
   *[other] Noch { $days } Tage
}
hero-hours-left = { $hours ->
    [one] Noch 1 Stunde
   *[other] Noch { $hours } Stunden
}
hero-minutes-left = Noch weniger als eine Stunde
hero-deadline = Frist: { $date }
hero-personal-deadline = Diese Frist gilt für Sie persönlich, weil Ihr Konto neu ist.
hero-no-deadline = Es ist keine Frist festgelegt. Warten Sie trotzdem nicht: Fügen Sie Ihre Ersatzmethoden noch heute hinzu.
# Text und barrierefreier Name des Fortschrittsbalkens.
progress-methods = { $need ->
    [one] { $have } von { $need } Methode
   *[other] { $have } von { $need } Methoden
}
progress-methods-pr = { $need ->
    [one] { $have } von { $need } Methode · { $pr_have } von { $pr_need } Phishing-resistent
   *[other] { $have } von { $need } Methoden · { $pr_have } von { $pr_need } Phishing-resistent
}
progress-label = Fortschritt bis zur Einsatzbereitschaft: { $percent } Prozent

## The checklist

checklist-title = Was noch fehlt
checklist-done-title = Ihre Methoden
checklist-more-methods = { $count ->
    [one] 1 weitere Anmeldemethode hinzufügen
   *[other] { $count } weitere Anmeldemethoden hinzufügen
}
checklist-more-pr = { $count ->
    [one] Eine Phishing-resistente Methode hinzufügen (ein Passkey oder ein Sicherheitsschlüssel schützt Sie am besten)
   *[other] { $count } weitere Phishing-resistente Methoden hinzufügen
}
checklist-other-device = Eine Methode auf einem anderen Gerät einrichten, damit Sie der Verlust Ihres Telefons nicht aussperrt
checklist-set-up = { $method } einrichten
    .label = { $method } einrichten: { $item }
checklist-choose = Methode auswählen
checklist-nothing-here = Keine der Methoden, die Ihre Organisation zulässt, lässt sich auf diesem Computer einrichten. Wenden Sie sich an Ihren Helpdesk.
checklist-have = { $method } ({ $device })
checklist-not-counted-title = Nicht mitgezählt

## Tools on the overview

tools-title = Verpassen Sie Ihre Frist nicht
tools-calendar = Zum Kalender hinzufügen
tools-calendar-save-as = Kalenderdatei speichern unter:
tools-calendar-save = Speichern
tools-remind = Beim Anmelden erinnern
tools-book = Helpdesk-Termin buchen
tools-share = Mit dem Helpdesk teilen…
service-title = Über den Dienst Ihrer Organisation prüfen und hinzufügen
service-sign-in = Anmelden, um Ihre registrierten Methoden zu prüfen
service-check = Registrierte Methoden prüfen
service-add-phone = Telefonnummer hinzufügen
service-phone-number = Telefonnummer
service-phone-type = Telefontyp
service-phone-add = Telefon hinzufügen
service-off = Ihre IT-Abteilung kann MFA Ready mit Ihrem Konto verbinden, damit dies automatisch für Sie geprüft wird.

## Methods

methods-intro = { $organization } lässt diese Methoden zu. Richten Sie mindestens { $count } auf verschiedenen Geräten ein; die als Phishing-resistent markierten schützen Sie am besten.
method-set-up = Eingerichtet
method-verified = Eingerichtet (bestätigt)
method-recommended = Als Nächstes empfohlen
method-lives-on = Gebunden an: { $device }. Sie benötigen: { $need }
method-not-accepted = Von Ihrer Organisation nicht zugelassen, zählt daher nicht.
method-elsewhere-windows = Richten Sie dies auf einem Windows-Computer ein und markieren Sie es danach hier.
method-elsewhere-mac = Richten Sie dies auf einem Mac ein und markieren Sie es danach hier.
method-elsewhere-other = Richten Sie dies auf einem anderen Computer ein und markieren Sie es danach hier.
method-how = So richten Sie { $method } ein
method-open = Einrichtungsseite öffnen
    .label = Einrichtungsseite für { $method } öffnen
method-done = Ich habe das eingerichtet
    .label = Ich habe { $method } eingerichtet
method-remove = Entfernen
    .label = { $method } entfernen
method-scan = Scannen Sie den Code mit Ihrem Telefon, um die Einrichtungsseite dort zu öffnen:
method-qr = QR-Code: Einrichtungsseite für { $method }
method-copy-link = Link kopieren
    .label = Einrichtungslink für { $method } kopieren

## Done page

summary-ready = Alles erledigt. Halten Sie Ihre Ersatzmethoden sicher und aktuell.
summary-not-ready = Noch nicht fertig: Gehen Sie zurück zu den Methoden, um die fehlenden Schritte zu erledigen.
summary-methods-title = Ihre Anmeldemethoden
summary-none = Noch keine.
summary-method-line = { $device } · { $how } · seit { $since }
summary-missing = Noch offen: { $gap }
summary-lost-title = Wenn Sie Ihr Telefon verlieren
summary-lost = Melden Sie sich mit einer Ihrer anderen Methoden an, entfernen Sie dann auf der Einrichtungsseite die Methoden des verlorenen Telefons und fügen Sie das neue Telefon hinzu. Funktioniert keine Ihrer Methoden, rufen Sie Ihren Helpdesk an: Dort kann man Ihnen einen befristeten Zugriffspass (Temporary Access Pass) ausstellen.
summary-copy = Zusammenfassung kopieren

## Helpdesk card

helpdesk-need-help = Brauchen Sie Hilfe?
helpdesk-need-help-name = Brauchen Sie Hilfe? { $name }
helpdesk-contact = Wenden Sie sich an Ihren IT-Helpdesk.
helpdesk-phone = Telefon: { $phone }
helpdesk-email = E-Mail: { $email }
helpdesk-open = Helpdesk-Seite öffnen

## Policy problems

policy-cannot-use = Die Richtlinie Ihrer Organisation kann nicht verwendet werden
policy-refused = Die Richtlinie Ihrer Organisation auf diesem Computer konnte nicht überprüft werden. Wenden Sie sich an Ihre IT-Abteilung.
policy-invalid = MFA Ready braucht die Richtlinie Ihrer Organisation, um zu wissen, welche Anmeldemethoden und Fristen gelten. Die Richtliniendatei ist fehlerhaft, daher wurde nichts geändert. Bitte wenden Sie sich an Ihren Helpdesk und nennen Sie die unten angezeigten Angaben.
policy-problems = Gefundene Probleme
policy-copy-problems = Probleme kopieren

## Footer

footer-policy-built-in = Richtlinie: integriert
footer-policy-system = Richtlinie: von Ihrer Organisation festgelegt
footer-policy-file = Richtlinie: aus einer Datei
footer-signed = Von Ihrer IT-Abteilung signiert
footer-unsigned = Nicht signiert
footer-unsigned-required = Nicht signiert, obwohl dieser Computer signierte Richtlinien verlangt
footer-clock-fixed = Die Uhr steht für ein Was-wäre-wenn fest auf { $time }

## Notices

notice-dismiss = Ausblenden
notice-details = Details
notice-copy-details = Details kopieren
notice-more = { $count ->
    [one] 1 weiterer Hinweis
   *[other] { $count } weitere Hinweise
}
notice-copied = Kopiert.
notice-copied-summary = Zusammenfassung kopiert.
notice-copied-link = Link kopiert.
notice-saved-report = Bericht als { $file } gespeichert.
notice-saved-calendar = Kalenderdatei als { $file } gespeichert.
notice-portal-back = { $portal } ist wieder erreichbar: Richten Sie { $method } jetzt weiter ein.
notice-portal-back-title = { $portal } ist wieder erreichbar
notice-job-done-title = Erledigt
notice-job-failed-title = Nicht abgeschlossen
notice-open-setup = Einrichtungsseite öffnen
notice-portal-failing = { $portal } scheint gerade gestört zu sein, daher klappt das Hinzufügen von { $method } möglicherweise nicht.
notice-watch = Melden, wenn es wieder läuft
notice-browser-title = Ihr Browser wurde nicht geöffnet
notice-browser = Ihr Browser wurde nicht geöffnet. Kopieren Sie den Link oder scannen Sie ihn mit Ihrem Telefon.
notice-browser-qr = QR-Code des Links
notice-recovered = Ihr gespeicherter Fortschritt konnte nicht gelesen werden, daher hat MFA Ready neu begonnen. Eine Kopie wurde aufbewahrt: Ihr Helpdesk kann sie wiederherstellen.
notice-recovered-newer = Ihr gespeicherter Fortschritt stammt von einer neueren Version von MFA Ready, daher hat diese Version neu begonnen. Eine Kopie wurde aufbewahrt: Ihr Helpdesk kann sie wiederherstellen.
notice-got-it = Verstanden

## Problems (a plain sentence; what went wrong technically is under Details)

problem-not-saved = Ihre Änderung konnte nicht gespeichert werden. Versuchen Sie es erneut; falls der Fehler bleibt, starten Sie MFA Ready neu.
problem-queue = MFA Ready kann sich gerade nicht merken, welche Vorgänge wiederholt werden sollen. Es versucht es gleich noch einmal.
problem-queue-stopped = MFA Ready kann sich gerade nicht merken, welche Vorgänge wiederholt werden sollen. Schließen Sie MFA Ready und öffnen Sie es erneut; passiert das wieder, wenden Sie sich an Ihren Helpdesk.
problem-queue-unavailable = MFA Ready kann sich nicht merken, welche Vorgänge wiederholt werden sollen, weil seine gespeicherten Daten nicht geöffnet werden konnten.
problem-request-not-saved = Ihre Anfrage konnte nicht gespeichert werden und wird daher nicht wiederholt. Versuchen Sie es erneut.
problem-retry-not-saved = Der Vorgang konnte nicht wiederholt werden. Versuchen Sie es erneut.
problem-cancel-not-saved = Der Vorgang konnte nicht abgebrochen werden. Versuchen Sie es erneut.
problem-no-service = MFA Ready kann das hier nicht für Sie erledigen. Verwenden Sie stattdessen die Einrichtungsseite.
problem-phone-rejected = Diese Telefonnummer kann nicht verwendet werden. Prüfen Sie sie und versuchen Sie es erneut.
problem-not-watched = MFA Ready kann diese Seite nicht für Sie überwachen.
problem-sign-in-not-configured = Die Anmeldung ist für Ihre Organisation noch nicht eingerichtet. Ihre IT-Abteilung kann sie aktivieren.
problem-sign-in-unavailable = Die Anmeldung wurde nicht gestartet. Versuchen Sie es gleich noch einmal.
problem-sign-in-incomplete = Die Anmeldung wurde nicht abgeschlossen. Versuchen Sie es erneut.
problem-checks-off = Die Portalprüfungen sind ausgeschaltet, weil die Richtlinie Ihrer Organisation nicht verwendet werden kann.
problem-not-opened = Diese Seite kann nicht sicher geöffnet werden, daher hat MFA Ready sie nicht geöffnet.
problem-needs-policy = Dafür wird die Richtlinie Ihrer Organisation benötigt, die gerade nicht verwendet werden kann.
problem-report-not-made = Der Bericht konnte nicht erstellt werden. Versuchen Sie es erneut.
problem-report-not-saved = Der Bericht konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.
problem-calendar-not-saved = Die Kalenderdatei konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.
problem-autostart-unavailable = Erinnerungen beim Anmelden können auf diesem Computer nicht eingerichtet werden.
problem-autostart-not-changed = Die Erinnerungen beim Anmelden konnten nicht geändert werden. Versuchen Sie es erneut.
problem-no-saved-state = Ihr Fortschritt kann auf diesem Computer gerade nicht gespeichert werden. Ihre Eingaben werden weiter angezeigt, aber wenden Sie sich bitte an Ihren Helpdesk.
problem-services-stopped = Die Hintergrundverarbeitung von MFA Ready wurde beendet, daher werden Änderungen nicht gespeichert. Starten Sie MFA Ready neu.
problem-report-not-opened = Diese Datei konnte nicht als Bericht geöffnet werden.
problem-report-not-a-file = Das ist keine Berichtsdatei. Speichern Sie den Bericht als Datei und öffnen Sie diese.
problem-report-not-rendered = Der Bericht kann in diesem Format nicht angezeigt und daher weder gespeichert noch kopiert werden. Wählen Sie ein anderes Format.

## Portal health

health-title = Portalstatus
health-checking = Die Anmeldeportale werden geprüft…
health-not-checked = Die Anmeldeportale wurden noch nicht geprüft.
health-open = Portalstatus
health-status = Status der Portale
health-light = { $portal }: { $severity ->
    [green] funktioniert
    [amber] langsam oder eingeschränkt
   *[red] funktioniert nicht
}
health-check-now = Jetzt prüfen
health-checking-short = Wird geprüft…
health-back = Zurück zur Übersicht
health-history-not-saved = Der Verlauf konnte nicht gespeichert werden.
health-none-yet = Es wurde noch keine Prüfung abgeschlossen.
health-checked-at = Geprüft um { $time }. Ihre Verbindung: { $connection }.
health-last-checked = Zuletzt geprüft um { $time }
health-request-id = Anfrage-ID { $id }
health-certificate = { $days ->
    [one] Zertifikat von { $issuer } (noch 1 Tag gültig)
   *[other] Zertifikat von { $issuer } (noch { $days } Tage gültig)
}
health-technical = Technische Details
health-copy = Kopieren
health-provider-status = Status der Anbieter
health-feed-unreadable = { $feed }: konnte nicht gelesen werden
health-feed-quiet = { $feed }: keine offenen Störungen
health-feed-incidents = { $count ->
    [one] { $feed }: 1 offene Störung
   *[other] { $feed }: { $count } offene Störungen
}
health-incident = { $title } ({ $impact })
health-incident-since = { $title } ({ $impact }), seit { $since }
health-incident-since-updated = { $title } ({ $impact }), seit { $since }, aktualisiert { $updated }
health-impact-none = ohne Angabe
health-impact-minor = gering
health-impact-major = erheblich
health-impact-critical = kritisch
health-impact-maintenance = Wartung
health-impact-unknown = Auswirkung unbekannt
health-incident-details = Details
health-history = Verlauf
health-available = { $count ->
    [one] In { $percent } % von 1 Prüfung seit { $time } verfügbar
   *[other] In { $percent } % von { $count } Prüfungen seit { $time } verfügbar
}
health-phase-dns = DNS
health-phase-connect = Verbindung
health-phase-tls = TLS
health-phase-first-byte = Erstes Byte
health-phase-total = Gesamt

## Pending work

pending-title = Ausstehende Vorgänge
pending-state = { $state ->
    [pending] Wartet
    [in_flight] In Bearbeitung
    [succeeded] Erledigt
    [failed] Fehlgeschlagen
   *[cancelled] Abgebrochen
}
pending-reference = Referenz für Ihren Helpdesk: { $id }
pending-retry = Jetzt wiederholen
    .label = Jetzt wiederholen: Vorgang { $id }
pending-cancel = Abbrechen
    .label = Vorgang { $id } abbrechen
pending-history = Verlauf
pending-history-line = { $time }  { $state }  Versuch { $attempt }  { $detail }

## The policy refusal, for IT

policy-details-for-it = Details für die IT
policy-copy-details = Details kopieren

## Dialogs

open-report-title = Bericht öffnen
open-report-intro = Ein Bericht, den jemand über „Mit dem Helpdesk teilen“ gespeichert hat (.json). Er wird schreibgeschützt geöffnet; nichts wird gesendet oder gespeichert.
open-report-file = Berichtsdatei
open-report-open = Öffnen
open-report-drop = Sie können die Datei auch auf dieses Fenster ziehen.
dialog-close = Schließen

## Share with helpdesk

share-title = Mit dem Helpdesk teilen
share-intro = Genau das erhält der Helpdesk. Telefonnummern und E-Mail-Adressen sind maskiert; Passwörter, Tokens und IP-Adressen sind nicht enthalten.
share-name = Ihr Name (optional):
share-name-label = Ihr Name
share-update = Aktualisieren
share-format-markdown = Text (Markdown, für ein Ticket)
share-format-html = Webseite (HTML, druckbar auf A4)
share-format-json = Daten (JSON)
share-code = Support-Code { $code }
share-save-as = Speichern unter:
share-save-as-label = Bericht speichern unter
share-save = Speichern
share-copy = Kopieren
tools-calendar-save-as-label = Kalenderdatei speichern unter
checklist-device = Diesen Computer so einrichten, dass er die Anforderungen Ihrer Organisation erfüllt (siehe „Dieser Computer“)
# Warum der nächste Schritt keine stärkere Methode ist: $why ist der Grund als eigener Satz
# („Bluetooth ist ausgeschaltet: Schalten Sie es ein oder wählen Sie einen Sicherheitsschlüssel.“).
checklist-skipped = { $method } wird auf diesem Computer vorerst nicht vorgeschlagen. { $why }
