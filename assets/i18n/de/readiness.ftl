# MFA Ready: warum Sie noch nicht startklar sind: was noch fehlt und warum eine
# eingerichtete Methode nicht zählt.
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

