# MFA Ready: warum Sie noch nicht startklar sind, was bei einer Störung zu tun ist, und die
# Zusammenfassung zum Kopieren für den Helpdesk.
# Deutsche Übersetzung; Quelle ist Englisch (en/readiness.ftl).
# $organization ist der Name der Organisation.

## Was noch fehlt (in der Zusammenfassung zum Kopieren)

# Die Organisation verlangt $need Anmeldemethoden; $have zählen; $missing fehlen noch.
gap-too-few-methods = { $need ->
    [one] { $organization } verlangt { $need } Anmeldemethode, Sie haben { $have }. Fügen Sie { $missing } weitere hinzu.
   *[other] { $organization } verlangt { $need } Anmeldemethoden, Sie haben { $have }. Fügen Sie { $missing } weitere hinzu.
}
# Es fehlen $missing Phishing-resistente Methoden; $options sind die, die die Organisation
# zulässt und die sich auf diesem Computer einrichten lassen („Passkey auf Ihrem Telefon oder
# Sicherheitsschlüssel“, verbunden mit list-or und list-comma unten).
gap-too-few-pr = { $missing ->
    [one] Fügen Sie eine Phishing-resistente Methode hinzu ({ $options }): Gefälschte Anmeldeseiten können sie nicht abgreifen.
   *[other] Fügen Sie { $missing } Phishing-resistente Methoden hinzu ({ $options }): Gefälschte Anmeldeseiten können sie nicht abgreifen.
}
# Dasselbe, wenn sich keine der zugelassenen auf diesem Computer einrichten lässt.
gap-too-few-pr-none-here = { $missing ->
    [one] Fügen Sie eine Phishing-resistente Methode hinzu: Gefälschte Anmeldeseiten können sie nicht abgreifen. Allerdings lässt sich keine der Methoden, die { $organization } zulässt, auf diesem Computer einrichten. Wenden Sie sich an Ihren Helpdesk.
   *[other] Fügen Sie { $missing } Phishing-resistente Methoden hinzu: Gefälschte Anmeldeseiten können sie nicht abgreifen. Allerdings lässt sich keine der Methoden, die { $organization } zulässt, auf diesem Computer einrichten. Wenden Sie sich an Ihren Helpdesk.
}
# Alle Methoden hängen an einem Gerät; $device ist welches („Ihr Telefon“, „ein
# Hardwareschlüssel“: die device-*-Namen aus methods.ftl, im Nominativ).
gap-one-device = Alle Ihre Methoden sind an ein einziges Gerät gebunden ({ $device }): Wenn Sie es verlieren, verlieren Sie alle. Fügen Sie eine Methode auf einem anderen Gerät hinzu.
# Dasselbe, wenn sich keine Methode auf einem anderen Gerät auf diesem Computer einrichten lässt.
gap-one-device-none-here = Alle Ihre Methoden sind an ein einziges Gerät gebunden ({ $device }): Wenn Sie es verlieren, verlieren Sie alle. Eine Methode auf einem anderen Gerät würde das beheben, doch keine der Methoden, die { $organization } zulässt, lässt sich auf diesem Computer einrichten. Wenden Sie sich an Ihren Helpdesk.
# Eine Auswahl: die letzten beiden mit „oder“ („A oder B“), alle davor mit Komma („A, B oder C“).
list-or = { $head } oder { $last }
list-comma = { $head }, { $next }

## Warum eine eingerichtete Methode nicht zählt ($method ist der Name der Methode)

not-counted-recovery-only = { $method } ist keine Anmeldemethode: Damit können Sie nur Ihr Konto wiederherstellen.
not-counted-not-allowed = { $organization } lässt { $method } nicht zu.

## Hinweis bei einer Störung: Ein Anmeldeportal fällt immer wieder aus, und die Frist ist nah
# Zwei Sätze: was passiert, dann was zu tun ist.
# $portal ist der Name des Portals („My Sign-Ins“). Es ist seit $failing Stunden („3 Std.“)
# oder $failing Minuten („20 Min.“) gestört; die Frist endet in $left Tagen oder Stunden oder
# ist vor $left Tagen oder Stunden abgelaufen.

outage-hours-in-days = { $left ->
    [one] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist endet in { $left } Tag.
   *[other] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist endet in { $left } Tagen.
}
outage-hours-in-hours = { $left ->
    [one] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist endet in { $left } Stunde.
   *[other] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist endet in { $left } Stunden.
}
outage-hours-passed-days = { $left ->
    [one] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist ist vor { $left } Tag abgelaufen.
   *[other] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist ist vor { $left } Tagen abgelaufen.
}
outage-hours-passed-hours = { $left ->
    [one] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist ist vor { $left } Stunde abgelaufen.
   *[other] { $portal } ist seit { $failing } Std. gestört, und Ihre Frist ist vor { $left } Stunden abgelaufen.
}
outage-minutes-in-days = { $left ->
    [one] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist endet in { $left } Tag.
   *[other] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist endet in { $left } Tagen.
}
outage-minutes-in-hours = { $left ->
    [one] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist endet in { $left } Stunde.
   *[other] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist endet in { $left } Stunden.
}
outage-minutes-passed-days = { $left ->
    [one] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist ist vor { $left } Tag abgelaufen.
   *[other] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist ist vor { $left } Tagen abgelaufen.
}
outage-minutes-passed-hours = { $left ->
    [one] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist ist vor { $left } Stunde abgelaufen.
   *[other] { $portal } ist seit { $failing } Min. gestört, und Ihre Frist ist vor { $left } Stunden abgelaufen.
}
# Mehr als ein Tag übrig: anrufen, wenn das Portal morgen früh noch gestört ist. $helpdesk
# ist der Name des Helpdesks, erreichbar auf dem ersten Weg, den die Organisation nennt
# ($phone, $email oder die Webseite $url); ohne Helpdesk in der Richtlinie „Ihr IT-Helpdesk“.
outage-later-phone = Ihre Versuche werden protokolliert. Wenn das Portal morgen früh noch immer gestört ist, rufen Sie { $helpdesk } unter { $phone } an.
outage-later-email = Ihre Versuche werden protokolliert. Wenn das Portal morgen früh noch immer gestört ist, schreiben Sie { $helpdesk } eine E-Mail an { $email }.
outage-later-web = Ihre Versuche werden protokolliert. Wenn das Portal morgen früh noch immer gestört ist, wenden Sie sich über { $url } an { $helpdesk }.
outage-later-name = Ihre Versuche werden protokolliert. Wenn das Portal morgen früh noch immer gestört ist, wenden Sie sich an { $helpdesk }.
outage-later = Ihre Versuche werden protokolliert. Wenn das Portal morgen früh noch immer gestört ist, wenden Sie sich an Ihren IT-Helpdesk.
# Ein Tag oder weniger übrig, oder überfällig: jetzt anrufen. Der befristete Zugriffspass
# (Temporary Access Pass) ist ein einmaliger Code, mit dem man sich anmeldet, während man
# Methoden hinzufügt.
outage-now-phone = Ihre Versuche werden protokolliert. Rufen Sie jetzt { $helpdesk } unter { $phone } an: Dort kann man Ihre Frist verlängern oder Ihnen einen befristeten Zugriffspass (Temporary Access Pass) ausstellen.
outage-now-email = Ihre Versuche werden protokolliert. Schreiben Sie jetzt { $helpdesk } eine E-Mail an { $email }: Dort kann man Ihre Frist verlängern oder Ihnen einen befristeten Zugriffspass (Temporary Access Pass) ausstellen.
outage-now-web = Ihre Versuche werden protokolliert. Wenden Sie sich jetzt über { $url } an { $helpdesk }: Dort kann man Ihre Frist verlängern oder Ihnen einen befristeten Zugriffspass (Temporary Access Pass) ausstellen.
outage-now-name = Ihre Versuche werden protokolliert. Wenden Sie sich jetzt an { $helpdesk }: Dort kann man Ihre Frist verlängern oder Ihnen einen befristeten Zugriffspass (Temporary Access Pass) ausstellen.
outage-now = Ihre Versuche werden protokolliert. Wenden Sie sich jetzt an Ihren IT-Helpdesk: Dort kann man Ihre Frist verlängern oder Ihnen einen befristeten Zugriffspass (Temporary Access Pass) ausstellen.
# Die beiden Sätze nacheinander.
outage-advice = { $facts } { $act }

## Die Zusammenfassung zum Kopieren („Zusammenfassung kopieren“): reiner Text, je eine Zeile

summary-text-title = MFA Ready – Zusammenfassung für { $organization }
# $verdict: „Startklar“, „Noch nicht startklar“, „Überfällig“ (verdict-* in methods.ftl).
summary-text-verdict = Ergebnis: { $verdict }
# $have der $need verlangten Methoden zählen.
summary-text-methods = { $need ->
    [one] Methoden: { $have } von { $need } Methode
   *[other] Methoden: { $have } von { $need } Methoden
}
# Dasselbe, und $pr_have der $pr_need verlangten Phishing-resistenten.
summary-text-methods-pr = { $need ->
    [one] Methoden: { $have } von { $need } Methode ({ $pr_have } von { $pr_need } Phishing-resistent)
   *[other] Methoden: { $have } von { $need } Methoden ({ $pr_have } von { $pr_need } Phishing-resistent)
}
# Eine eingerichtete Methode: ihr Name, ihre Stärke ($tier), woran sie gebunden ist ($device)
# und woher man es weiß ($how: „vom Dienst bestätigt“).
summary-text-method = - { $method } ({ $tier }; { $device }; { $how })
# $date: die Frist mit Uhrzeit und Zone.
summary-text-deadline = Frist: { $date }
# $gap: einer der gap-*-Sätze oben.
summary-text-missing = Noch offen: { $gap }

# Dieser Computer erfüllt Prüfungen nicht, die die Richtlinie verlangt. $checks nennt sie
# mit Namen („Festplattenverschlüsselung, Bildschirmsperre“).
gap-device = Dieser Computer erfüllt die Anforderungen von { $organization } nicht: { $checks }.
