# Around the portal checks: the connection, the providers' status pages (the window's
# health page and `mfa-ready probe`).

connection-state = { $state ->
    [online] online
    [captive_portal] hinter einer Anmeldeseite des Netzwerks (Captive Portal)
    [offline] offline
   *[not_checked] nicht geprüft
}

probe-checked-at = Geprüft um { $time }. Ihre Verbindung: { $connection }.
probe-feed-incidents = { $count ->
    [0] Statusseite { $feed }: keine offenen Störungen
    [one] Statusseite { $feed }: 1 offene Störung
   *[other] Statusseite { $feed }: { $count } offene Störungen
}
probe-feed-unreadable = Statusseite { $feed }: konnte nicht gelesen werden ({ $error })
probe-maintenance = Wartung: { $title } ({ $state ->
    [verifying] wird überprüft
   *[in_progress] läuft
}{ $window ->
    [from_until] , { $from } bis { $until }
    [since] , seit { $from }
    [until] , bis { $until }
   *[none] {""}
})

# Der Weg einer Prüfung (Issue 18): über einen Proxy oder direkt, und wer ihn wählte.
route-via = Über { $proxy }, { $by ->
    [policy] von Ihrer Organisation festgelegt
    [policy_none] wie von Ihrer Organisation festgelegt
    [environment] in der Umgebung dieser Sitzung festgelegt
    [system_settings] von den Proxy-Einstellungen des Systems gewählt
    [system_pac] von der PAC-Datei des Systems gewählt
    [system_auto_detect] von der automatischen Proxy-Erkennung des Systems gewählt
   *[not_set] kein Proxy ist eingerichtet
}.
route-direct = { $by ->
    [policy] Direkt, von Ihrer Organisation festgelegt.
    [policy_none] Direkt, wie von Ihrer Organisation festgelegt.
    [environment] Direkt, in der Umgebung dieser Sitzung festgelegt.
    [system_settings] Direkt, von den Proxy-Einstellungen des Systems gewählt.
    [system_pac] Direkt, von der PAC-Datei des Systems gewählt.
    [system_auto_detect] Direkt, von der automatischen Proxy-Erkennung des Systems gewählt.
    [loopback] Direkt: Die eigene Adresse dieses Computers geht nie über einen Proxy.
   *[not_set] Direkt: Es ist kein Proxy eingerichtet.
}
route-pac-trouble = { $trouble ->
    [not_fetched] Das Proxy-Skript des Systems konnte nicht geladen werden, daher galt wie im Browser: direkt.
    [not_allowed] Das Proxy-Skript des Systems liegt weder unter einer https-Adresse noch auf diesem Computer und wurde nicht verwendet: direkt.
    [timed_out] Das Proxy-Skript des Systems brauchte zu lange und wurde angehalten, daher galt wie im Browser: direkt.
    [auto_detect_unsupported] Die automatische Proxy-Erkennung ist an; ihr kann MFA Ready auf diesem System nicht folgen: direkt.
    [unsupported_proxies] Das Proxy-Skript des Systems nannte nur Proxys, die MFA Ready nicht nutzen kann: direkt.
   *[failed] Das Proxy-Skript des Systems ist fehlgeschlagen, daher galt wie im Browser: direkt.
}
