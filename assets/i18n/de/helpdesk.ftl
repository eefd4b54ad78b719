# Helpdesk-Modus: das Fenster, das einen übergebenen Bericht zeigt, und der daraus erstellte
# Leitfaden, in der Sprache des Helpdesks. Quelle ist Englisch (en/helpdesk.ftl); die
# Abschnitte des Berichts stehen in report.ftl. Zeitpunkte in UTC sagen das selbst.

## The viewer

viewer-window-title = MFA Ready · Helpdesk
viewer-code = Support-Code { $code }
viewer-from-name = Bericht vom { $time } · vom Benutzer eingegebener Name: „{ $name }“
viewer-from = Bericht vom { $time } · kein Name angegeben
viewer-close = Bericht schließen
viewer-code-meaning = Der Support-Code bestätigt, dass Sie und der Benutzer dieselbe Datei geöffnet haben. Er beweist nicht, dass der Bericht echt ist: Jeder kann einen Bericht bearbeiten und einen neuen Code berechnen. Bevor Sie eine Fristverlängerung gewähren, suchen Sie die Anfrage-IDs in den Anmelde- und Überwachungsprotokollen des Mandanten.
viewer-edited = Diese Datei wurde nach ihrer Erstellung geändert: Ihr Inhalt passt nicht zu ihrem Support-Code, daher sehen Sie und der Benutzer möglicherweise nicht denselben Bericht. Bitten Sie den Benutzer, Ihnen den Bericht noch einmal zu schicken.
viewer-tab-guide = Helpdesk-Leitfaden
viewer-tab-overview = Übersicht
viewer-tab-methods = Methoden
viewer-tab-health = Portalstatus
viewer-tab-pending = Ausstehende Vorgänge
viewer-tab-evidence = Störungen des Dienstes
viewer-evidence-intro = Suchen Sie vor einer Fristverlängerung oder einem befristeten Zugriffspass (Temporary Access Pass) diese Anfrage-IDs und client-request-ids in den Anmelde- und Überwachungsprotokollen des Mandanten; nennen Sie dabei den Support-Code { $code }.
viewer-named = { $name }: { $value }
viewer-more = { $count ->
    [one] … 1 weiterer Eintrag
   *[other] … { $count } weitere Einträge
}
viewer-closed = Der Bericht ist geschlossen.
viewer-closed-hint = Schließen Sie dieses Fenster oder öffnen Sie mit --open-report DATEI einen anderen Bericht.

## The guide: confirm the report

guide-confirm-title = Bericht bestätigen: Support-Code { $code }
guide-confirm-ask = Fragen Sie: „Können Sie mir den Support-Code oben in Ihrem Bericht vorlesen?“ Er muss { $code } lauten; andernfalls sehen Sie einen anderen Bericht.
guide-confirm-name = Laut Bericht stammt er von „{ $name }“ (vom Benutzer eingegeben, nicht geprüft): Stellen Sie fest, mit wem Sie sprechen, wie es Ihr Verfahren zur Identitätsprüfung verlangt.
guide-confirm-no-name = Der Bericht nennt keinen Namen: Stellen Sie fest, mit wem Sie sprechen, wie es Ihr Verfahren zur Identitätsprüfung verlangt.

## What to ask

guide-ask-title = Fragen Sie in dieser Reihenfolge
guide-ask-ready = „Was möchten Sie tun: sich anmelden oder eine weitere Methode hinzufügen?“
guide-ask-phone = „Haben Sie Ihr Telefon dabei, entsperrt und mit Internetverbindung?“
guide-ask-key = „Haben Sie einen Sicherheitsschlüssel (einen kleinen USB- oder NFC-Schlüssel von der IT)?“
guide-ask-computer = „Sitzen Sie an dem Computer, den Sie für die Arbeit verwenden?“
guide-ask-network = „Wo sind Sie verbunden: im Büro, zu Hause, im WLAN eines Hotels oder für Gäste, über einen Hotspot des Telefons? Ist ein VPN eingeschaltet?“
guide-ask-still-have = { $count ->
    [one] „Haben Sie diese Methode noch: { $methods }?“
   *[other] „Haben Sie diese Methoden noch: { $methods }?“
} (Mit einem verlorenen oder ersetzten Gerät gehen auch seine Methoden verloren.)
guide-and = { $head } und { $next }

## The verdict

guide-counts = { $methods }, { $pr }
guide-no-deadline = keine Frist
guide-next = Als Nächstes: { $step }
guide-ready-title = Startklar: nichts zu registrieren
guide-ready-have = Die Person hat { $have ->
    [one] 1 Methode
   *[other] { $have } Methoden
} ({ $pr_have } Phishing-resistent), und { $organization } verlangt { $need } ({ $pr_need } Phishing-resistent): Es ist nichts zu registrieren.
guide-ready-not-enrollment = Kann sie sich nicht anmelden, liegt das Problem nicht bei der Registrierung: Prüfen Sie den Portalstatus und die Anmeldeprotokolle.
guide-ready-two-devices = Empfehlen Sie, Methoden auf zwei verschiedenen Geräten zu haben, damit der Verlust eines Geräts nicht aussperrt.
guide-overdue-title = Überfällig ({ $left }): { $counts }
guide-overdue = Die Anmeldung ist möglicherweise bereits eingeschränkt. Fügen Sie jetzt gemeinsam die nächste Methode hinzu; kann sich die Person dafür nicht anmelden, lesen Sie den Schritt zum befristeten Zugriffspass.
guide-not-ready-title = Noch nicht startklar ({ $left }): { $counts }
guide-stuck = Nichts, was die Richtlinie zulässt, lässt sich auf diesem Computer einrichten: Klären Sie die zugelassenen Methoden mit dem Identitätsteam oder registrieren Sie die Person auf anderem Weg (ein Sicherheitsschlüssel von der IT, ein befristeter Zugriffspass).
guide-walk = Gehen Sie den nächsten Schritt jetzt gemeinsam durch, wenn die Portale funktionieren; ist ein Portal gestört, behält MFA Ready die Anfrage in der Warteschlange und wiederholt sie selbst.
guide-other-title = { $verdict } ({ $left }): { $counts }

## A failing portal

guide-portal-title = { $portal }: { $outcome }
guide-incident = { $feed }: { $title } (Auswirkung: { $impact })
guide-provider-confirms = Der Anbieter bestätigt es: „{ $incident }“. Auf Seiten des Benutzers lässt sich nichts daran ändern.
guide-provider-extension = Vermerken Sie den Support-Code { $code } im Ticket und nutzen Sie das Verfahren zur Fristverlängerung; der Bericht führt jeden blockierten Versuch mit seiner Anfrage-ID auf.
guide-provider-no-incident = Die Seite des Anbieters ist gestört, aber noch meldet kein Statusfeed eine Störung. Die Versuche sind aufgezeichnet, und Anfragen in der Warteschlange werden von selbst wiederholt: Auf Seiten des Benutzers ist nichts zu tun.
guide-provider-feeds-unknown = Die Seite des Anbieters ist gestört, aber das Gerät konnte keinen Statusfeed eines Anbieters lesen; ob der Anbieter davon weiß, ist daher unbekannt. Die Versuche sind aufgezeichnet, und Anfragen in der Warteschlange werden von selbst wiederholt: Auf Seiten des Benutzers ist nichts zu tun.
guide-escalate-id = Hält es an, eskalieren Sie mit der Anfrage-ID { $id } an das Identitätsteam; ist die Frist nah, nutzen Sie das Verfahren zur Fristverlängerung mit dem Support-Code { $code }.
guide-escalate = Hält es an, eskalieren Sie mit der Anfrage-ID an das Identitätsteam; ist die Frist nah, nutzen Sie das Verfahren zur Fristverlängerung mit dem Support-Code { $code }.
guide-not-again = Bitten Sie die Person, dieselbe Methode nicht noch einmal von Hand hinzuzufügen, solange die Störung anhält.
guide-network-switch = Bitten Sie die Person, das VPN aus- (oder ein-)zuschalten oder einen Hotspot des Telefons zu versuchen und dann erneut „Jetzt prüfen“ zu wählen.
guide-network-team = Tritt der Fehler nur im Firmennetz auf, rufen Sie das Netzwerkteam an.
guide-stopped-dns = Es blieb beim Nachschlagen der Adresse des Portals stehen: vermutlich liegt es am Netz der Person, nicht am Anbieter.
guide-stopped-connect = Es blieb beim Verbindungsaufbau stehen: vermutlich liegt es am Netz der Person, nicht am Anbieter.
guide-stopped-tls = Es blieb beim Aufbau der sicheren Verbindung stehen: vermutlich liegt es am Netz der Person, nicht am Anbieter.
guide-slow = Es funktioniert, aber langsam: Bitten Sie die Person, jede Seite vollständig laden zu lassen und nicht doppelt zu klicken.
guide-captive = Das WLAN verlangt zuerst, dass seine Nutzungsbedingungen akzeptiert werden: Bitten Sie die Person, eine beliebige Webseite zu öffnen (zum Beispiel die Startseite der Firma), die WLAN-Bedingungen zu akzeptieren und dann erneut „Jetzt prüfen“ zu wählen.
guide-captive-hotspot = Erscheint keine Anmeldeseite, funktioniert auch ein Hotspot des Telefons.
guide-offline = Das Gerät ist nicht online: Prüfen Sie das WLAN oder das Netzwerkkabel und ob der Flugmodus ausgeschaltet ist.
guide-dns = Die Adresse des Portals lässt sich nicht auflösen (DNS): Prüfen Sie, ob die Person online ist, schalten Sie das VPN aus oder ein, oder versuchen Sie einen Hotspot des Telefons.
guide-dns-team = Tritt der Fehler nur im Firmennetz auf, rufen Sie das Netzwerkteam an (DNS).
guide-proxy = Der Proxy des Netzes verlangt eine Anmeldung: Bitten Sie die Person, einen Browser zu öffnen, sich auf Nachfrage beim Proxy anzumelden und dann erneut „Jetzt prüfen“ zu wählen.
guide-proxy-team = Erscheint keine Abfrage, rufen Sie das Netzwerkteam an (Proxy).
guide-connect = Die Verbindung wurde abgelehnt oder unterbrochen: Eine Firewall, ein Proxy oder ein VPN blockiert sie möglicherweise. Versuchen Sie es ohne VPN oder aus einem anderen Netz.
guide-connect-team = Erreichen Kollegen im selben Netz das Portal, rufen Sie das Netzwerkteam an; andernfalls behandeln Sie es als Störung beim Anbieter.
guide-throttled = Der Dienst hat um Drosselung gebeten (429): Bitten Sie die Person, einige Minuten zu warten und es dann einmal zu versuchen; wiederholtes Klicken macht es schlimmer.
guide-client = Das Portal hat die Anfrage abgelehnt: Stellen Sie sicher, dass die Person mit ihrem Arbeitskonto angemeldet ist (nicht mit einem privaten), und versuchen Sie ein privates Browserfenster.
guide-client-escalate-id = Bleibt der Fehler, eskalieren Sie mit der Anfrage-ID { $id } an das Identitätsteam.
guide-client-escalate = Bleibt der Fehler, eskalieren Sie mit der Anfrage-ID an das Identitätsteam (keine angegeben).
guide-redirect = Das Portal leitet immer wieder weiter: Löschen Sie die Cookies der Website oder verwenden Sie ein privates Browserfenster; eskalieren Sie, wenn es anhält.
guide-other-outcome = Lesen Sie die Erklärung unten; bleibt der Fehler, eskalieren Sie mit der Anfrage-ID.
guide-tls-inspection = Das Netz der Person untersucht verschlüsselten Datenverkehr (TLS-Inspektion), daher ist das Portal von dort aus nicht vertrauenswürdig.
guide-tls-inspection-issuer = Das Netz der Person untersucht verschlüsselten Datenverkehr (TLS-Inspektion; das Zertifikat stammt von „{ $issuer }“), daher ist das Portal von dort aus nicht vertrauenswürdig.
guide-tls-inspection-next = Bitten Sie die Person, es ohne VPN oder aus einem anderen Netz (einem Hotspot des Telefons) zu versuchen; bleibt der Fehler, rufen Sie das Netzwerkteam an: Das Portal muss von der TLS-Inspektion ausgenommen werden.
guide-tls-expired = Bitten Sie die Person, Datum und Uhrzeit des Computers zu prüfen; stimmen sie, ist das Zertifikat des Anbieters abgelaufen: Eskalieren Sie an das Identitätsteam.
guide-tls-other = Die sichere Verbindung konnte nicht aufgebaut werden: Möglicherweise leitet etwas im Netz sie um.
guide-tls-other-issuer = Die sichere Verbindung konnte nicht aufgebaut werden (das Zertifikat stammt von „{ $issuer }“): Möglicherweise leitet etwas im Netz sie um.
guide-tls-other-next = Bitten Sie die Person, es ohne VPN oder aus einem anderen Netz zu versuchen; bleibt der Fehler, rufen Sie das Netzwerkteam an.
guide-report-says = Laut Bericht: { $explanation }
guide-for-ticket = Für das Ticket: { $facts }.
guide-fact-http = HTTP { $status }
guide-fact-request-id = Anfrage-ID { $id }
guide-fact-issuer = Zertifikatsaussteller { $issuer }

## Pending work

guide-jobs-title = Ausstehende Vorgänge
guide-job-queued = „{ $what }“ steht nach { $attempts ->
    [one] 1 Versuch
   *[other] { $attempts } Versuchen
} in der Warteschlange: MFA Ready wiederholt es selbst; bitten Sie die Person, es nicht noch einmal von Hand zu starten.
guide-job-queued-error = „{ $what }“ steht nach { $attempts ->
    [one] 1 Versuch
   *[other] { $attempts } Versuchen
} in der Warteschlange (letzter Fehler: { $error }): MFA Ready wiederholt es selbst; bitten Sie die Person, es nicht noch einmal von Hand zu starten.
guide-job-refused = „{ $what }“ ist fehlgeschlagen: Der Dienst hat es abgelehnt, unverändert erneut zu senden hilft also nicht. Prüfen Sie die Angaben gemeinsam (bei einem Telefon die Nummer) und starten Sie es neu, oder fügen Sie die Methode gemeinsam im Portal hinzu.
guide-job-refused-error = „{ $what }“ ist fehlgeschlagen (letzter Fehler: { $error }): Der Dienst hat es abgelehnt, unverändert erneut zu senden hilft also nicht. Prüfen Sie die Angaben gemeinsam (bei einem Telefon die Nummer) und starten Sie es neu, oder fügen Sie die Methode gemeinsam im Portal hinzu.
guide-job-stopped = „{ $what }“ ist fehlgeschlagen: MFA Ready versucht es nicht mehr. Sobald das Portal wieder funktioniert, starten Sie es gemeinsam neu (ein Telefon: „Telefon hinzufügen“ unter „Telefonnummer hinzufügen“) oder fügen Sie die Methode im Portal hinzu.
guide-job-stopped-error = „{ $what }“ ist fehlgeschlagen (letzter Fehler: { $error }): MFA Ready versucht es nicht mehr. Sobald das Portal wieder funktioniert, starten Sie es gemeinsam neu (ein Telefon: „Telefon hinzufügen“ unter „Telefonnummer hinzufügen“) oder fügen Sie die Methode im Portal hinzu.

## The evidence

guide-evidence-title = Nachweis der Störungen des Dienstes festhalten
guide-logs-none = Bevor Sie eine Fristverlängerung gewähren, suchen Sie diese Versuche anhand von Uhrzeit und Benutzer in den Anmelde- und Überwachungsprotokollen des Mandanten (der Bericht enthält keine Anfrage-ID dafür).
guide-logs-request-ids = Bevor Sie eine Fristverlängerung gewähren, suchen Sie die Anfrage-IDs in den Anmelde- und Überwachungsprotokollen des Mandanten: { $ids }.
guide-logs-client-ids = Bevor Sie eine Fristverlängerung gewähren, suchen Sie die client-request-ids in den Anmelde- und Überwachungsprotokollen des Mandanten: { $ids }.
guide-logs-both = Bevor Sie eine Fristverlängerung gewähren, suchen Sie die Anfrage-IDs ({ $request_ids }) und client-request-ids ({ $client_ids }) in den Anmelde- und Überwachungsprotokollen des Mandanten.
guide-ids-more = { $ids } … { $count } weitere
guide-not-proof = Der Bericht allein ist kein Beweis: Der Support-Code bestätigt nur, dass Sie und der Benutzer dieselbe Datei geöffnet haben, und jeder kann einen Bericht bearbeiten und einen neuen Code berechnen.
guide-attach = Hängen Sie den Bericht an das Ticket an (oder fügen Sie ein, was `mfa-ready report --evidence` ausgibt), mit dem Support-Code { $code }.

## Temporary Access Pass

guide-tap-urgent-title = Befristeten Zugriffspass (Temporary Access Pass) ausstellen (oder die Frist verlängern)
guide-tap-urgent = Die Frist endet am { $time } UTC ({ $left }), und der Dienst hat { $count ->
    [one] 1 Versuch
   *[other] { $count } Versuche
} blockiert: Die Person konnte sich ohne eigenes Verschulden nicht rechtzeitig registrieren.
guide-tap-urgent-how = Nach Ihrer Identitätsprüfung und sobald die Anmelde- oder Überwachungsprotokolle die blockierten Versuche zeigen (siehe den Schritt zum Nachweis), stellen Sie einen befristeten Zugriffspass aus, damit die Person ihre Methoden hinzufügen kann, sobald das Portal funktioniert, oder verlängern Sie die Frist; notieren Sie den Support-Code { $code }.
guide-tap-none-title = Befristeter Zugriffspass: nicht aus diesem Grund
guide-tap-none = Die Person hat noch keine funktionierende Methode, und der Bericht zeigt keinen vom Dienst blockierten Versuch kurz vor der Frist: Helfen Sie ihr jetzt, eine Methode hinzuzufügen; ist ihre Anmeldung bereits gesperrt, folgen Sie Ihrem Verfahren für verspätete Registrierungen.
guide-tap-one-title = Befristeter Zugriffspass: nur, wenn die einzige Methode verloren ist
guide-tap-one = Alle Methoden der Person liegen auf einem Gerät ({ $device }). Ist es verloren oder ersetzt, prüfen Sie ihre Identität und stellen Sie einen befristeten Zugriffspass aus, damit sie neue Methoden registrieren kann.
guide-tap-many-title = Befristeter Zugriffspass: nicht nötig
guide-tap-many = Die Methoden der Person liegen auf mehr als einem Gerät: Ist eines verloren, kann sie sich mit einem anderen anmelden und Ersatz hinzufügen. Stellen Sie nur einen aus, wenn alle Geräte verloren sind.

## Before you hang up

guide-close-title = Bevor Sie auflegen
guide-close-code = Notieren Sie den Support-Code { $code } im Ticket.
guide-close-verdict = Sobald die Person eine Methode hinzufügt, aktualisiert MFA Ready seine Bewertung von selbst; bitten Sie sie zu prüfen, ob dort „{ verdict-ready }“ steht.
guide-close-new-report = Hat sich seitdem etwas geändert, bitten Sie um einen neuen Bericht: Er hat einen neuen Support-Code.
