# Die dauerhafte Warteschlange, wie Fenster und Befehlszeile sie nennen: was ein Vorgang tut,
# wo er steht, wie er endete, sein Verlauf. Quelle ist Englisch (en/queue.ftl).
# $phone ist maskiert („+1 206 ••• 0100“); $cause ist ein Teilsatz in Kleinschreibung, der
# anderen Wörtern folgt („der Dienst hat nicht rechtzeitig geantwortet“).

## What a job does

queue-action-verify = Registrierte Methoden werden geprüft
queue-action-phone = { $type ->
    [mobile] Ihr Telefon { $phone } wird hinzugefügt
    [alternateMobile] Ihr weiteres Mobiltelefon { $phone } wird hinzugefügt
   *[office] Ihr Bürotelefon { $phone } wird hinzugefügt
}
queue-action-portal = Warten, bis { $portal } wieder erreichbar ist, um { $method } hinzuzufügen

## The phone types of the "Add a phone number" form

queue-phone-type = { $type ->
    [mobile] Mobiltelefon
    [alternateMobile] Weiteres Mobiltelefon
   *[office] Bürotelefon
}

## A job's sentence: what it does, then where it stands

queue-job = { $action }: { $status }
queue-status-done = erledigt
queue-status-cancelled = abgebrochen
queue-status-failed = fehlgeschlagen
queue-status-failed-cause = fehlgeschlagen, { $cause }
queue-status-trying = wird gerade versucht, Versuch { $attempt }
queue-status-sign-in = { $cause }, wartet auf Ihre Anmeldung
queue-status-portal = { $cause }, MFA Ready meldet sich, sobald es wieder läuft
# $attempt ist 0 vor dem ersten Versuch.
queue-status-next-now = { $attempt ->
    [0] nächster Versuch jetzt
   *[other] nächster Versuch jetzt, Versuch { $attempt }
}
queue-status-next-in = { $attempt ->
    [0] nächster Versuch in { $wait }
   *[other] nächster Versuch in { $wait }, Versuch { $attempt }
}
queue-status-cause-next-now = { $attempt ->
    [0] { $cause }, nächster Versuch jetzt
   *[other] { $cause }, nächster Versuch jetzt, Versuch { $attempt }
}
queue-status-cause-next-in = { $attempt ->
    [0] { $cause }, nächster Versuch in { $wait }
   *[other] { $cause }, nächster Versuch in { $wait }, Versuch { $attempt }
}

## A countdown that ticks (unit symbols)

queue-wait-s = { $s } Sek.
queue-wait-min = { $min } Min.
queue-wait-min-s = { $min } Min. { $s } Sek.
queue-wait-h = { $h } Std.
queue-wait-h-min = { $h } Std. { $min } Min.

## Why an attempt failed (it follows other words; $status is an HTTP status)

queue-cause-timed_out = der Dienst hat nicht rechtzeitig geantwortet
queue-cause-unreachable = der Dienst war nicht erreichbar
queue-cause-slow_down = der Dienst hat um eine kurze Pause gebeten
queue-cause-unavailable = der Dienst ist nicht verfügbar
queue-cause-server_error = beim Dienst ist ein Fehler aufgetreten ({ $status })
queue-cause-refused = der Dienst hat die Anfrage abgelehnt
queue-cause-permission_missing = eine Berechtigung fehlt
queue-cause-answered = der Dienst hat mit { $status } geantwortet
queue-cause-service_failed = beim Dienst ist ein Fehler aufgetreten
queue-cause-sign_in_needed = Sie müssen sich anmelden
queue-cause-resting = der Dienst hat Störungen, daher legt MFA Ready eine Pause ein
queue-cause-portal_down = das Portal ist weiterhin gestört
queue-cause-not_understood = die Antwort war nicht verständlich
queue-cause-local = auf diesem Computer ist ein Fehler aufgetreten
queue-cause-api_off = Ihre Organisation hat nicht eingeschaltet, was MFA Ready braucht
queue-cause-proxy_sign_in = der Proxy Ihres Netzwerks verlangt eine Anmeldung

## What a job that succeeded did

queue-note-checked-none = Geprüft: Es sind noch keine Anmeldemethoden registriert
queue-note-checked = Geprüft: Bestätigt sind { $methods }
queue-note-checked-others = { $others ->
    [one] { $checked }; 1 weitere Anmeldemethode wurde nicht gezählt (MFA Ready kennt ihre Art nicht)
   *[other] { $checked }; { $others } weitere Anmeldemethoden wurden nicht gezählt (MFA Ready kennt ihre Art nicht)
}
# Zwischen den Methoden dieser Liste.
queue-list-separator = {", "}
queue-note-phone-there = Ihr Telefon { $phone } ist registriert (der frühere Versuch hat funktioniert)
queue-note-phone-added = Ihr Telefon { $phone } wurde hinzugefügt
queue-note-portal-back = { $portal } ist wieder erreichbar: Richten Sie { $method } jetzt weiter ein

## Why a job stopped for good: what went wrong, then whom to contact

queue-give-up = { $problem } { $contact }
queue-give-up-phone = Der Dienst hat diese Telefonnummer nicht angenommen ({ $service }).
queue-give-up-consent = Ihre Organisation hat MFA Ready dafür keine Berechtigung erteilt (die Zustimmung für UserAuthenticationMethod.ReadWrite fehlt).
queue-give-up-api-off = Ihre Organisation hat die Einstellung nicht eingeschaltet, die MFA Ready zum Lesen Ihrer Anmeldemethoden braucht; die IT kann sie einschalten.
queue-give-up-scope = MFA Ready durfte Ihre Anmeldemethoden nicht lesen. Melden Sie sich erneut an; hilft das nicht, muss die IT es erlauben.
queue-give-up-refused = Das hat nicht funktioniert: { $cause } ({ $service }).
queue-give-up-max-age = { $kind ->
    [verify_methods] Ihre Methoden konnten nicht geprüft werden: MFA Ready hat es 3 Tage lang versucht und dann aufgegeben ({ $cause }).
    [register_phone] Ihr Telefon konnte nicht hinzugefügt werden: MFA Ready hat es 3 Tage lang versucht und dann aufgegeben ({ $cause }).
   *[resume_portal_step] Das Portal ist nicht wieder erreichbar geworden: MFA Ready hat es 3 Tage lang versucht und dann aufgegeben ({ $cause }).
}
queue-give-up-deadline = { $kind ->
    [verify_methods] Ihre Methoden konnten nicht geprüft werden: MFA Ready hat es bis zur Einrichtungsfrist versucht und dann aufgegeben ({ $cause }).
    [register_phone] Ihr Telefon konnte nicht hinzugefügt werden: MFA Ready hat es bis zur Einrichtungsfrist versucht und dann aufgegeben ({ $cause }).
   *[resume_portal_step] Das Portal ist nicht wieder erreichbar geworden: MFA Ready hat es bis zur Einrichtungsfrist versucht und dann aufgegeben ({ $cause }).
}
queue-give-up-interrupted = { $kind ->
    [verify_methods] { $count ->
        [one] Ihre Methoden konnten nicht geprüft werden: MFA Ready wurde dabei 1 Mal unterbrochen und versucht es nicht mehr.
       *[other] Ihre Methoden konnten nicht geprüft werden: MFA Ready wurde dabei { $count } Mal hintereinander unterbrochen und versucht es nicht mehr.
    }
    [register_phone] { $count ->
        [one] Ihr Telefon konnte nicht hinzugefügt werden: MFA Ready wurde dabei 1 Mal unterbrochen und versucht es nicht mehr.
       *[other] Ihr Telefon konnte nicht hinzugefügt werden: MFA Ready wurde dabei { $count } Mal hintereinander unterbrochen und versucht es nicht mehr.
    }
   *[resume_portal_step] { $count ->
        [one] Das Portal ist nicht wieder erreichbar geworden: MFA Ready wurde dabei 1 Mal unterbrochen und versucht es nicht mehr.
       *[other] Das Portal ist nicht wieder erreichbar geworden: MFA Ready wurde dabei { $count } Mal hintereinander unterbrochen und versucht es nicht mehr.
    }
}
queue-contact = Bitte wenden Sie sich an Ihren Helpdesk.
queue-contact-desk = Bitte wenden Sie sich an Ihren Helpdesk ({ $helpdesk }).
queue-contact-ref = Bitte wenden Sie sich an Ihren Helpdesk und nennen Sie die Referenz { $reference }.
queue-contact-desk-ref = Bitte wenden Sie sich an Ihren Helpdesk ({ $helpdesk }) und nennen Sie die Referenz { $reference }.
queue-contact-phone = Prüfen Sie die Nummer und versuchen Sie es erneut, oder wenden Sie sich an Ihren Helpdesk.
queue-contact-phone-desk = Prüfen Sie die Nummer und versuchen Sie es erneut, oder wenden Sie sich an Ihren Helpdesk ({ $helpdesk }).

## A job's history, line by line ($detail is the technical line for the helpdesk)

queue-history-queued = in die Warteschlange gestellt
queue-history-sending = wird gesendet
queue-history-cancelled = von Ihnen abgebrochen
queue-history-retry-asked = auf Ihren Wunsch sofort wiederholt
queue-history-interrupted = unterbrochen (MFA Ready wurde während eines Versuchs beendet); wird geprüft und wiederholt
queue-history-stopped = { $count ->
    [one] 1 Mal unterbrochen; keine weiteren Versuche
   *[other] { $count } Mal hintereinander unterbrochen; keine weiteren Versuche
}
queue-history-retry = { $cause }; nächster Versuch am { $time } ({ $detail })
queue-history-held = zurückgestellt, nichts gesendet: { $cause } ({ $detail })
queue-history-failed = { $cause } ({ $detail })

## Why a phone number cannot be added (under the "Add a phone number" form)

queue-phone-empty = Geben Sie eine Telefonnummer ein.
queue-phone-no-country = Beginnen Sie mit + und der Ländervorwahl, z. B. +49 30 1234567.
queue-phone-bad-char = „{ $char }“ ist in einer Telefonnummer nicht erlaubt.
queue-phone-parentheses = Die Klammern passen nicht zusammen.
queue-phone-too-short = { $digits ->
    [one] Zu kurz: 1 Ziffer; es werden mindestens 8 benötigt.
   *[other] Zu kurz: { $digits } Ziffern; es werden mindestens 8 benötigt.
}
queue-phone-too-long = Zu lang: { $digits } Ziffern; höchstens 15 sind erlaubt.
queue-phone-country-zero = Die Ländervorwahl darf nicht mit 0 beginnen.
