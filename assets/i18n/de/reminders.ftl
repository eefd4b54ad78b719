# MFA Ready: Erinnerungen an die Frist (Desktop-Benachrichtigungen, auch von `mfa-ready remind`
# ausgegeben) und die Kalenderdatei („Zum Kalender hinzufügen“, `mfa-ready calendar`).
# Deutsche Übersetzung; Quelle ist Englisch (en/reminders.ftl).
# $organization ist der Name der Organisation; $deadline die Frist mit Datum, Uhrzeit und Zone
# („Dienstag, 15. Dezember 2026 um 17:00 MEZ“); $day der Tag ohne Jahr („Dienstag, 15. Dezember“);
# $have von $need Anmeldemethoden sind eingerichtet.

## Der Titel einer Erinnerung

reminder-due-title = { $days ->
    [one] MFA-Einrichtung in 1 Tag fällig
   *[other] MFA-Einrichtung in { $days } Tagen fällig
}
reminder-due-title-hours = { $hours ->
    [one] MFA-Einrichtung in 1 Stunde fällig
   *[other] MFA-Einrichtung in { $hours } Stunden fällig
}
reminder-due-title-soon = MFA-Einrichtung in weniger als einer Stunde fällig
reminder-overdue-title = MFA-Einrichtung ist überfällig

## Der Text einer Erinnerung

reminder-due-body = { $need ->
    [one] { $organization } braucht Ihre Ersatzmethoden für die Anmeldung bis { $deadline }. Sie haben { $have } von 1 erforderlichen Anmeldemethode eingerichtet. Öffnen Sie MFA Ready, um eine weitere hinzuzufügen.
   *[other] { $organization } braucht Ihre Ersatzmethoden für die Anmeldung bis { $deadline }. Sie haben { $have } von { $need } erforderlichen Anmeldemethoden eingerichtet. Öffnen Sie MFA Ready, um eine weitere hinzuzufügen.
}
# Die Frist gilt für die Person selbst: Neue Konten erhalten ab dem ersten Start eine Anzahl Tage.
reminder-due-body-personal = { $need ->
    [one] { $organization } braucht Ihre Ersatzmethoden für die Anmeldung bis { $deadline } (Ihre persönliche Frist). Sie haben { $have } von 1 erforderlichen Anmeldemethode eingerichtet. Öffnen Sie MFA Ready, um eine weitere hinzuzufügen.
   *[other] { $organization } braucht Ihre Ersatzmethoden für die Anmeldung bis { $deadline } (Ihre persönliche Frist). Sie haben { $have } von { $need } erforderlichen Anmeldemethoden eingerichtet. Öffnen Sie MFA Ready, um eine weitere hinzuzufügen.
}
reminder-overdue-body = { $need ->
    [one] Die Frist von { $organization } für Ihre Ersatzmethoden für die Anmeldung ist am { $deadline } abgelaufen. Sie haben { $have } von 1 erforderlichen Anmeldemethode eingerichtet. Öffnen Sie MFA Ready, um die Einrichtung abzuschließen.
   *[other] Die Frist von { $organization } für Ihre Ersatzmethoden für die Anmeldung ist am { $deadline } abgelaufen. Sie haben { $have } von { $need } erforderlichen Anmeldemethoden eingerichtet. Öffnen Sie MFA Ready, um die Einrichtung abzuschließen.
}
reminder-overdue-body-personal = { $need ->
    [one] Ihre persönliche Frist bei { $organization } für Ihre Ersatzmethoden für die Anmeldung ist am { $deadline } abgelaufen. Sie haben { $have } von 1 erforderlichen Anmeldemethode eingerichtet. Öffnen Sie MFA Ready, um die Einrichtung abzuschließen.
   *[other] Ihre persönliche Frist bei { $organization } für Ihre Ersatzmethoden für die Anmeldung ist am { $deadline } abgelaufen. Sie haben { $have } von { $need } erforderlichen Anmeldemethoden eingerichtet. Öffnen Sie MFA Ready, um die Einrichtung abzuschließen.
}
# Nach Ablauf der Frist: wer hilft, auf dem ersten Weg, den die Organisation nennt ($helpdesk ist sein Name).
reminder-helpdesk-phone = Wenn Sie nicht weiterkommen, rufen Sie { $helpdesk } unter { $phone } an.
reminder-helpdesk-email = Wenn Sie nicht weiterkommen, schreiben Sie { $helpdesk } eine E-Mail an { $email }.
reminder-helpdesk-web = Wenn Sie nicht weiterkommen, hilft Ihnen { $helpdesk } weiter: { $url }
reminder-helpdesk = Wenn Sie nicht weiterkommen, wenden Sie sich an { $helpdesk }.
# Der Text der überfälligen Erinnerung, danach der Satz zum Helpdesk (beides ganze Sätze).
reminder-with-helpdesk = { $reminder } { $helpdesk }

## Die Kalenderdatei: Titel des Termins, Beschreibung und jede Erinnerung

calendar-summary = Frist für die MFA-Einrichtung ({ $organization })
# Drei Zeilen; $link ist die Seite, auf der die Methoden eingerichtet werden.
calendar-description =
    Richten Sie bis { $deadline } mindestens zwei Anmeldemethoden für { $organization } ein, damit Sie der Verlust einer Methode nie aussperrt.
    Hier richten Sie sie ein: { $link }
    MFA Ready zeigt Ihnen, was noch fehlt.
# Danach, wenn die Organisation einen Helpdesk nennt, je eine Zeile: sein Name, dann wie man ihn erreicht.
calendar-helpdesk = Sie kommen nicht weiter? Wenden Sie sich an { $helpdesk }:
# Dasselbe, wenn die Organisation nur den Namen des Helpdesks nennt.
calendar-helpdesk-name = Sie kommen nicht weiter? Wenden Sie sich an { $helpdesk }.
calendar-helpdesk-phone = Telefon: { $phone }
calendar-helpdesk-email = E-Mail: { $email }
calendar-helpdesk-web = Web: { $url }
# Eine Erinnerung $days Tage vor der Frist.
calendar-alarm = { $days ->
    [one] Frist für die MFA-Einrichtung bei { $organization }: morgen, am { $day }
   *[other] Frist für die MFA-Einrichtung bei { $organization }: in { $days } Tagen, am { $day }
}
