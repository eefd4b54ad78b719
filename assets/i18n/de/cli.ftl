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

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = Keine Vorgänge.
cli-queue-job = Vorgang { $id }: { $text }
cli-queue-waiting = wartet
cli-queue-portal-back = { $portal } ist wieder erreichbar: { $url }
cli-queue-retry = Vorgang { $id }: wird beim nächsten `queue run` versucht (oder sofort, wenn MFA Ready geöffnet ist)
cli-queue-cancelled = Vorgang { $id }: abgebrochen
cli-queue-queued = { $sentence } (als Vorgang { $id } eingereiht; `mfa-ready queue run` oder das geöffnete Fenster versucht es erneut)
