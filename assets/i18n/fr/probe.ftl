# Around the portal checks: the connection, the providers' status pages (the window's
# health page and `mfa-ready probe`).

connection-state = { $state ->
    [online] en ligne
    [captive_portal] derrière une page de connexion du réseau (portail captif)
    [offline] hors ligne
   *[not_checked] non vérifiée
}

probe-checked-at = Vérifié le { $time }. Votre connexion : { $connection }.
probe-feed-incidents = { $count ->
    [0] Page d’état { $feed } : aucun incident en cours
    [one] Page d’état { $feed } : 1 incident en cours
    [many] Page d’état { $feed } : { $count } d’incidents en cours
   *[other] Page d’état { $feed } : { $count } incidents en cours
}
probe-feed-unreadable = Page d’état { $feed } : lecture impossible ({ $error })
probe-maintenance = Maintenance : { $title } ({ $state ->
    [verifying] en vérification
   *[in_progress] en cours
}{ $window ->
    [from_until] , du { $from } au { $until }
    [since] , depuis le { $from }
    [until] , jusqu’au { $until }
   *[none] {""}
})
