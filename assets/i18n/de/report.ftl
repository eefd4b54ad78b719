# Der Bereitschaftsbericht, wie Menschen ihn lesen: Markdown, HTML-Seite und die Reiter des
# Helpdesk-Fensters, in der Sprache dessen, der ihn speichert oder liest. Quelle ist
# Englisch (en/report.ftl). Der JSON-Bericht ändert sich mit der Sprache nie.
# Zeitpunkte stehen absichtlich in UTC (Benutzer und Helpdesk in zwei Zeitzonen lesen
# dieselbe Zeit): $time ist Datum und Uhrzeit ohne Zone, jede Nachricht sagt selbst „UTC“.

## The header of the Markdown and of the HTML page

report-title = MFA-Bereitschaftsbericht: { $organization }
report-html-title = MFA-Bereitschaftsbericht · { $organization } · { $code }
report-html-heading = MFA-Bereitschaftsbericht
report-code = Support-Code: { $code }
report-code-read-back = (zum Abgleich vorlesen, damit beide denselben Bericht vor sich haben)
report-code-label = Support-Code
report-generated = Erstellt
report-user-name = Vom Benutzer angegebener Name
report-html-meta = Erstellt am { $time } UTC
report-html-meta-name = Erstellt am { $time } UTC · für { $name }
# Eine Beschriftung mit ihrem Doppelpunkt.
report-label = { $label }:
report-utc = { $time } UTC
report-list = { $head }, { $next }
report-sentences = { $first } { $next }
report-yes = ja
report-no = nein
report-unknown = unbekannt

## Readiness

report-h-readiness = Bereitschaft
report-f-verdict = Bewertung
report-f-methods = Methoden
report-f-phishing-resistant = Phishing-resistent
report-f-deadline = Geltende Frist
report-f-time-left = Verbleibende Zeit
report-f-next-step = Nächster Schritt
report-gaps = Was noch fehlt
report-methods-count = { $need ->
    [one] { $have } von { $need } Methode
   *[other] { $have } von { $need } Methoden
}
report-pr-count = { $have } von { $need } Phishing-resistent
report-deadline-at = { $source ->
    [organization] { $time } UTC (Frist der Organisation)
    [personal] { $time } UTC (Frist für neue Benutzer)
   *[other] { $time } UTC (unbekannt)
}
report-deadline-none = keine

## The time left, as of the moment the report was made

report-left-days-hours = noch { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
} und { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
}
report-left-days = { $days ->
    [one] noch 1 Tag
   *[other] noch { $days } Tage
}
report-left-hours-minutes = noch { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
} und { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
report-left-hours = { $hours ->
    [one] noch 1 Stunde
   *[other] noch { $hours } Stunden
}
report-left-minutes = { $minutes ->
    [one] noch 1 Minute
   *[other] noch { $minutes } Minuten
}
report-left-seconds = { $seconds ->
    [one] noch 1 Sekunde
   *[other] noch { $seconds } Sekunden
}
report-overdue-days-hours = seit { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} und { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
} überfällig
report-overdue-days = { $days ->
    [one] seit 1 Tag überfällig
   *[other] seit { $days } Tagen überfällig
}
report-overdue-hours-minutes = seit { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
} und { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
} überfällig
report-overdue-hours = { $hours ->
    [one] seit 1 Stunde überfällig
   *[other] seit { $hours } Stunden überfällig
}
report-overdue-minutes = { $minutes ->
    [one] seit 1 Minute überfällig
   *[other] seit { $minutes } Minuten überfällig
}
report-overdue-seconds = { $seconds ->
    [one] seit 1 Sekunde überfällig
   *[other] seit { $seconds } Sekunden überfällig
}
report-overdue-now = seit weniger als einer Minute überfällig

## Enrollment attempts during service problems (the evidence)

report-h-evidence = Registrierungsversuche während Störungen des Dienstes
report-evidence-none = Keine: In den letzten 14 Tagen hat der Dienst keinen Versuch blockiert.
report-col-time = Zeit (UTC)
report-col-attempted = Versucht
report-col-classification = Einordnung
report-col-http = HTTP
report-col-request-id = Anfrage-ID
report-col-client-request-id = client-request-id
report-col-incident-then = Störung beim Anbieter zu diesem Zeitpunkt
report-incident-none-reported = keine gemeldet
report-times = { $count } × { $what }
report-lead-none = In den letzten 14 Tagen hat der Dienst keinen Versuch blockiert.
report-lead-attempts-at = Der Dienst, nicht der Benutzer, hat am { $time } UTC { $attempts ->
    [one] 1 Registrierungsversuch
   *[other] { $attempts } Registrierungsversuche
} blockiert: { $how }.
report-lead-attempts-between = Der Dienst, nicht der Benutzer, hat zwischen { $from } UTC und { $to } UTC { $attempts ->
    [one] 1 Registrierungsversuch
   *[other] { $attempts } Registrierungsversuche
} blockiert: { $how }.
report-lead-checks-at = Der Dienst, nicht der Benutzer, hat am { $time } UTC { $checks ->
    [one] 1 Portalprüfung
   *[other] { $checks } Portalprüfungen
} blockiert: { $how }.
report-lead-checks-between = Der Dienst, nicht der Benutzer, hat zwischen { $from } UTC und { $to } UTC { $checks ->
    [one] 1 Portalprüfung
   *[other] { $checks } Portalprüfungen
} blockiert: { $how }.
report-lead-both-at = Der Dienst, nicht der Benutzer, hat am { $time } UTC { $attempts ->
    [one] 1 Registrierungsversuch
   *[other] { $attempts } Registrierungsversuche
} und { $checks ->
    [one] 1 Portalprüfung
   *[other] { $checks } Portalprüfungen
} blockiert: { $how }.
report-lead-both-between = Der Dienst, nicht der Benutzer, hat zwischen { $from } UTC und { $to } UTC { $attempts ->
    [one] 1 Registrierungsversuch
   *[other] { $attempts } Registrierungsversuche
} und { $checks ->
    [one] 1 Portalprüfung
   *[other] { $checks } Portalprüfungen
} blockiert: { $how }.
report-lead-no-incident = Zu diesen Zeitpunkten meldete kein Statusfeed eines Anbieters eine Störung.
report-lead-incident-unknown = Ob der Anbieter damals eine Störung gemeldet hat, ist unbekannt: Von diesem Gerät konnte kein Statusfeed gelesen werden.
report-lead-incident-one = Das geschah, während der Statusfeed des Anbieters eine Störung meldete ({ $incident }).
report-lead-incident-all = Alle { $total } geschahen, während der Statusfeed des Anbieters eine Störung meldete ({ $incident }).
report-lead-incident-some = { $during ->
    [one] 1 von { $total } geschah, während der Statusfeed des Anbieters eine Störung meldete ({ $incident }).
   *[other] { $during } von { $total } geschahen, während der Statusfeed des Anbieters eine Störung meldete ({ $incident }).
}
report-lead-deadline = Die geltende Frist endet am { $time } UTC ({ $left }).
report-lead-close = Jede Zeile enthält die Anfrage-ID des Anbieters, über die sie sich nachverfolgen lässt. Das spricht dafür, eine Fristverlängerung oder einen befristeten Zugriffspass (Temporary Access Pass) zu gewähren.

## Methods

report-h-methods = Methoden
report-col-method = Methode
report-col-kind = Art
report-col-tier = Stufe
report-col-device = Gerät
report-col-confirmed = Bestätigt
report-col-since = Seit
report-col-counts = Zählt
report-methods-none = Noch keine Methode registriert.

## Queue jobs

report-h-jobs = Vorgänge in der Warteschlange
report-col-job = Vorgang
report-col-what = Was
report-col-state = Status
report-col-attempts = Versuche
report-col-updated = Aktualisiert (UTC)
report-col-last-error = Letzter Fehler
report-jobs-none = Keine Vorgänge in der Warteschlange.
report-last-error = { $error } (Anfrage-ID { $id })
report-history = Verlauf von Vorgang { $id } (älteste zuerst)
report-history-older = { $count ->
    [one] … 1 ältere Zeile nicht angezeigt
   *[other] … { $count } ältere Zeilen nicht angezeigt
}
report-history-line = { $time } · { $state } · Versuch { $attempt } · { $detail }

## Portal health

report-h-portals = Portalstatus (letzte Prüfung je Portal)
report-col-portal = Portal
report-col-checked = Geprüft (UTC)
report-col-outcome = Ergebnis
report-col-phases = Phasen
report-col-issuer = Zertifikatsaussteller
report-portals-none = In den letzten 14 Tagen wurde kein Portal geprüft.
report-portal = { $name } ({ $url })
report-outcome = { $outcome ->
    [healthy] funktioniert
    [slow] langsam
    [gateway_timeout] Gateway-Zeitüberschreitung
    [service_unavailable] Dienst nicht verfügbar
    [server_error] Serverfehler
    [throttled] Anfragen begrenzt
    [client_error] Anfrage abgelehnt
    [redirect_loop] Weiterleitungsschleife
    [timeout] Zeitüberschreitung
    [dns_failure] Adressauflösung (DNS) fehlgeschlagen
    [connect_failure] keine Verbindung möglich
    [tls_failure] sichere Verbindung fehlgeschlagen
    [proxy_auth_required] Proxy-Anmeldung erforderlich
    [captive_portal] WLAN-Anmeldeseite (Captive Portal)
    [offline] Gerät offline
   *[other] unbekannt
}
report-phase-dns = DNS { $ms } ms
report-phase-connect = Verbindung { $ms } ms
report-phase-tls = TLS { $ms } ms
report-phase-first-byte = erstes Byte { $ms } ms
report-phase-total = gesamt { $ms } ms
report-timed-out = { $phase ->
    [dns] Zeitüberschreitung bei DNS
    [connect] Zeitüberschreitung beim Verbindungsaufbau
    [tls] Zeitüberschreitung bei TLS
    [first_byte] Zeitüberschreitung beim ersten Byte
    [transfer] Zeitüberschreitung bei der Übertragung
   *[other] Zeitüberschreitung in einer Phase, die diese Version nicht kennt
}

## Open vendor incidents

report-h-incidents = Offene Störungen bei Anbietern
report-col-feed = Statusfeed
report-col-incident = Störung
report-col-impact = Auswirkung
report-col-started = Beginn (UTC)
report-col-last-seen = Zuletzt gesehen (UTC)
report-col-link = Link
report-impact = { $impact ->
    [none] keine
    [minor] gering
    [major] erheblich
    [critical] kritisch
    [maintenance] Wartung
   *[other] unbekannt
}
report-incidents-none = Die Statusfeeds melden keine (zuletzt gelesen am { $time } UTC).
report-incidents-unknown = Unbekannt: Von diesem Gerät konnte kein Statusfeed eines Anbieters gelesen werden.

## Event log

report-h-events = Ereignisprotokoll (letzte 14 Tage)
report-col-event = Ereignis
report-col-detail = Details
report-events-none = Keine Ereignisse.
report-events-newest = Angezeigt werden die neuesten { $shown } von { $total } Ereignissen; der JSON-Bericht enthält alle.

## About this report

report-h-about = Über diesen Bericht
report-f-policy = Richtlinie
report-f-policy-hash = SHA-256 der Richtlinie
report-f-signed = Signiert
report-f-app = MFA Ready
report-f-os = Betriebssystem
report-f-schema = Berichtsschema
report-policy-source = { $source ->
    [flag] --policy
    [env] MFA_READY_POLICY
    [system] systemweit
    [beside_executable] neben dem Programm
    [embedded] integrierte Standardrichtlinie
   *[other] unbekannt
}
report-policy-file = { $source } ({ $path })
report-signed-by = ja, von { $signer }
report-app-version = { $version } ({ $build })
