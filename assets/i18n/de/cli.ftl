# Die Wörter der Befehlszeile für Menschen: die Sprache folgt LC_ALL, LC_MESSAGES, LANG.
# Was Skripte lesen (--json, Exit-Codes), ändert sich damit nie.
# `mfa-ready status`: eine Kopfzeile, dann Zeilen mit Beschriftung (auf eine Breite aufgefüllt).
# Das Programm setzt den Doppelpunkt selbst direkt hinter jede status-label-*-Beschriftung.
# $left ist „Noch 3 Tage“, „Seit 2 Tagen überfällig“ oder status-deadline-met (großgeschrieben, nach „–“).

status-headline = { $organization }: { $verdict }
# A label and its colon, as the language writes it.
status-label = { $label }:
status-label-methods = Methoden
status-label-deadline = Frist
status-label-missing = Fehlt
status-label-ignored = Ignoriert
status-label-next = Nächster Schritt
status-label-helpdesk = Helpdesk
status-label-policy = Richtlinie
status-methods = { $have } von { $need }
status-methods-pr = { $have } von { $need } ({ $pr_have } von { $pr_need } Phishing-resistent)
status-deadline-org = { $date } (Frist Ihrer Organisation) – { $left }
status-deadline-personal = { $date } (Ihre persönliche Frist, da Ihr Konto neu ist) – { $left }
status-deadline-met = Erfüllt: Sie sind startklar
status-deadline-none = keine
status-overdue = { $days ->
    [0] Seit heute überfällig
    [one] Seit 1 Tag überfällig
   *[other] Seit { $days } Tagen überfällig
}
status-next-step = { $method } einrichten

## remind, calendar, report, autostart: what the command did

cli-reminder-shown = Erinnerung angezeigt: { $title }: { $body }
cli-reminder-not-shown = Erinnerung nicht angezeigt: { $title }: { $body }
cli-reminder-none = Keine Erinnerung fällig.
cli-calendar-saved = Frist gespeichert in { $path }
cli-report-saved = Bericht gespeichert in { $path } · Support-Code { $code }
cli-autostart-on = Erinnerungen bei der Anmeldung sind an ({ $entry })
cli-autostart-off = Erinnerungen bei der Anmeldung sind aus ({ $entry })
cli-autostart-turned-off = Erinnerungen bei der Anmeldung sind aus

## methods: what is registered and what the policy accepts

cli-methods-not-set-up = nicht eingerichtet
cli-methods-not-accepted = von Ihrer Organisation nicht zugelassen
cli-method-marked = { $id }: als eingerichtet markiert
cli-method-already-marked = { $id }: bereits markiert
cli-method-removed = { $id }: entfernt
cli-method-not-marked = { $id }: war nicht markiert

## check: one line for the fleet
# Was als Nächstes hinzuzufügen ist, nach der ID der Methode ($method); die Zeilen darunter setzen es ein.

cli-check-add = { $method ->
    [passkey] einen Passkey auf Ihrem Telefon hinzufügen
    [security_key] einen Sicherheitsschlüssel hinzufügen
    [windows_hello] Windows Hello for Business einrichten
    [platform_credential] Platform SSO für Mac einrichten
    [certificate] eine Smartcard oder ein Zertifikat hinzufügen
    [authenticator_app] eine Authenticator-App hinzufügen
    [software_oath] eine Codegenerator-App (TOTP) hinzufügen
    [hardware_oath] ein Hardwaretoken mit Code hinzufügen
    [phone_sms] SMS als Methode hinzufügen
    [phone_voice] Telefonanrufe als Methode hinzufügen
   *[email] eine E-Mail-Adresse zur Wiederherstellung hinzufügen
}
cli-check-ready = { $count ->
    [one] Startklar: 1 Methode, davon { $pr } Phishing-resistent
   *[other] Startklar: { $count } Methoden, davon { $pr } Phishing-resistent
}
cli-check-not-ready-step = Noch nicht startklar: { cli-check-add }
cli-check-not-ready-step-by = Noch nicht startklar: bis { $date } { cli-check-add }
cli-check-overdue-step = Überfällig: { cli-check-add }
cli-check-overdue-step-by = Überfällig: { cli-check-add } (die Frist war { $date })
# Nichts, was sich hier hinzufügen lässt, würde helfen: das Erste, was noch fehlt.
cli-check-not-ready = Noch nicht startklar: { $todo }
cli-check-not-ready-by = Noch nicht startklar (Frist: { $date }): { $todo }
cli-check-overdue = Überfällig: { $todo }
cli-check-overdue-by = Überfällig (die Frist war { $date }): { $todo }
cli-check-see-status = siehe mfa-ready status

## policy show: labelled lines, the labels padded to one width

cli-policy-label-policy = Richtlinie
cli-policy-label-signature = Signatur
cli-policy-label-organization = Organisation
cli-policy-label-provider = Anbieter
cli-policy-label-tenant = Mandant
cli-policy-label-deadline = Frist
cli-policy-label-new-users = Neue Benutzer
cli-policy-label-required = Anforderung
cli-policy-label-allowed = Zugelassen
cli-policy-label-portal = Portal
cli-policy-label-helpdesk = Helpdesk
cli-policy-deadline-none = keine
cli-policy-new-users = { $days ->
    [one] 1 Tag ab dem ersten Start
   *[other] { $days } Tage ab dem ersten Start
}
cli-policy-required = { $count ->
    [one] 1 Methode, davon { $pr } Phishing-resistent, nicht alle auf einem Gerät
   *[other] { $count } Methoden, davon { $pr } Phishing-resistent, nicht alle auf einem Gerät
}
cli-policy-portal = { $name } <{ $url }> langsam ab { $slow } ms, Zeitlimit { $timeout } ms
# Woher die Richtlinie stammt ($path ist ihre Datei).
cli-policy-from-flag = { $path } (mit --policy angegeben)
cli-policy-from-env = { $path } (aus MFA_READY_POLICY)
cli-policy-from-system = { $path } (systemweit)
cli-policy-from-beside = { $path } (neben dem Programm)
cli-policy-from-embedded = integrierte Standardrichtlinie (keine Richtliniendatei gefunden)
# Die Signatur: $signer ist der vertrauenswürdige Kommentar der Signatur, $key die ID des Schlüssels.
cli-signature-signed = signiert (Schlüssel { $key })
cli-signature-signed-by = signiert: { $signer } (Schlüssel { $key })
cli-signature-signed-until = signiert (Schlüssel { $key }; gültig bis { $until })
cli-signature-signed-by-until = signiert: { $signer } (Schlüssel { $key }; gültig bis { $until })
cli-signature-unsigned-required = nicht signierte Richtlinie (dieses Gerät verlangt signierte Richtlinien)
cli-signature-unsigned = nicht signierte Richtlinie (keine vertrauenswürdigen Schlüssel auf diesem Gerät)

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = Keine Vorgänge.
cli-queue-job = Vorgang { $id }: { $text }
cli-queue-waiting = wartet
cli-queue-portal-back = { $portal } ist wieder erreichbar: { $url }
cli-queue-retry = Vorgang { $id }: wird beim nächsten `queue run` versucht (oder sofort, wenn MFA Ready geöffnet ist)
cli-queue-cancelled = Vorgang { $id }: abgebrochen
cli-queue-queued = { $sentence } (als Vorgang { $id } eingereiht; `mfa-ready queue run` oder das geöffnete Fenster versucht es erneut)
