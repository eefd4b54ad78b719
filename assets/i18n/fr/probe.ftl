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

# Le chemin d'une vérification (ticket 18) : par un proxy ou en direct, et qui l'a choisi.
route-via = Par { $proxy }, { $by ->
    [policy] défini par votre organisation
    [policy_none] comme votre organisation l'a défini
    [environment] défini dans l'environnement de cette session
    [system_settings] choisi par les réglages proxy du système
    [system_pac] choisi par le fichier PAC du système
    [system_auto_detect] choisi par la détection automatique du proxy du système
   *[not_set] aucun proxy n'est défini
}.
route-direct = { $by ->
    [policy] En direct, défini par votre organisation.
    [policy_none] En direct, comme votre organisation l'a défini.
    [environment] En direct, défini dans l'environnement de cette session.
    [system_settings] En direct, choisi par les réglages proxy du système.
    [system_pac] En direct, choisi par le fichier PAC du système.
    [system_auto_detect] En direct, choisi par la détection automatique du proxy du système.
    [loopback] En direct : l'adresse propre de cet ordinateur ne passe jamais par un proxy.
   *[not_set] En direct : aucun proxy n'est défini.
}
route-pac-trouble = { $trouble ->
    [not_fetched] Le script proxy du système n'a pas pu être téléchargé ; comme le navigateur, la connexion s'est faite en direct.
    [not_allowed] Le script proxy du système n'est ni à une adresse https ni sur cet ordinateur ; il n'a pas été utilisé : en direct.
    [timed_out] Le script proxy du système a pris trop de temps et a été arrêté ; comme le navigateur, la connexion s'est faite en direct.
    [auto_detect_unsupported] La détection automatique du proxy est activée, et MFA Ready ne peut pas la suivre sur ce système : en direct.
    [unsupported_proxies] Le script proxy du système n'a indiqué que des proxys que MFA Ready ne peut pas utiliser : en direct.
   *[failed] Le script proxy du système a échoué ; comme le navigateur, la connexion s'est faite en direct.
}
