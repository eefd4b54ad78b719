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
