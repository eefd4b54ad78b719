# Ce qu’une vérification de portail a trouvé, en une phrase pour la personne devant
# l’ordinateur (core::fault::Explanation). Source : l’anglais (en/explain.ftl). $portal est
# le nom du portail (« My Sign-Ins »). Quand une redirection a mené ailleurs, $redirected
# vaut « yes » et $host nomme la destination.
# En français, one couvre 0 et 1 ; many sert pour 1 000 000 (« 1 000 000 de secondes »).

explain-healthy = { $portal } est accessible et répond normalement.
explain-slow = { $portal } fonctionne, mais répond lentement ({ $total } ms, au-delà de la limite de { $limit } ms).
explain-captive-portal = Votre réseau affiche une page de connexion (portail captif), si bien que { $portal } est inaccessible : connectez-vous d’abord au Wi-Fi.
explain-offline = Cet appareil n’est pas connecté à Internet, si bien que { $portal } est inaccessible : vérifiez votre Wi-Fi ou votre câble réseau.
explain-proxy-sign-in-407 = Le proxy de votre réseau demande une connexion (407 Proxy Authentication Required) avant que vous puissiez accéder à { $portal } : le problème vient de votre réseau, pas du portail { $portal }.
explain-proxy-sign-in = Le proxy de votre réseau demande une connexion avant que vous puissiez accéder à { $portal }.
explain-proxy-refused = { $redirected ->
    [yes] Le proxy de votre réseau a refusé la connexion à { $host } (l’adresse vers laquelle { $portal } a redirigé).
   *[no] Le proxy de votre réseau a refusé la connexion à { $portal }.
}
explain-timeout-dns = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, mais la recherche de cette adresse a expiré : le service de résolution de noms (DNS) de votre réseau ne répond pas.
   *[no] La recherche de l’adresse du portail { $portal } a expiré : le service de résolution de noms (DNS) de votre réseau ne répond pas.
}
explain-timeout-connect = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, mais la connexion à cette adresse a expiré : votre réseau la bloque peut-être, ou le service est en panne.
   *[no] La connexion au portail { $portal } a expiré : votre réseau la bloque peut-être, ou le service est en panne.
}
explain-timeout-tls = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, mais l’établissement de la connexion sécurisée avec cette adresse a expiré : la connexion sécurisée n’a pas pu être établie à temps.
   *[no] L’établissement de la connexion sécurisée avec le portail { $portal } a expiré : la connexion sécurisée n’a pas pu être établie à temps.
}
explain-timeout-first-byte = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, mais l’attente de sa réponse a expiré : c’est le service qui ne répond pas, pas votre connexion.
   *[no] L’attente de la réponse du portail { $portal } a expiré : c’est le service qui ne répond pas, pas votre connexion.
}
explain-timeout-transfer = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, mais la réception de la page a expiré : la page a commencé à arriver, puis s’est bloquée ; le service ou votre connexion est très lent.
   *[no] La réception de la page du portail { $portal } a expiré : la page a commencé à arriver, puis s’est bloquée ; le service ou votre connexion est très lent.
}
explain-dns-failed = { $redirected ->
    [yes] L’adresse { $host } (vers laquelle { $portal } a redirigé) est introuvable (DNS) : vérifiez votre connexion réseau ou votre VPN.
   *[no] L’adresse du portail { $portal } est introuvable (DNS) : vérifiez votre connexion réseau ou votre VPN.
}
explain-refused = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui a refusé la connexion : le service est peut-être en panne, ou un pare-feu la bloque.
   *[no] { $portal } a refusé la connexion : le service est peut-être en panne, ou un pare-feu la bloque.
}
explain-reset = { $redirected ->
    [yes] La connexion à { $host } (l’adresse vers laquelle { $portal } a redirigé) a été coupée (réinitialisée) : un pare-feu ou un proxy de votre réseau interfère peut-être, ou le service rencontre une panne.
   *[no] La connexion au portail { $portal } a été coupée (réinitialisée) : un pare-feu ou un proxy de votre réseau interfère peut-être, ou le service rencontre une panne.
}
explain-unreachable = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui est injoignable depuis ce réseau : vérifiez votre connexion ou votre VPN.
   *[no] { $portal } est injoignable depuis ce réseau : vérifiez votre connexion ou votre VPN.
}
explain-connect-failed = { $redirected ->
    [yes] Impossible de se connecter à { $host } (l’adresse vers laquelle { $portal } a redirigé).
   *[no] Impossible de se connecter au portail { $portal }.
}
explain-not-http = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, dont la réponse n’est pas une réponse web valide.
   *[no] La réponse du portail { $portal } n’est pas une réponse web valide.
}
explain-misconfigured = Impossible de vérifier le portail { $portal } : la vérification elle-même est mal configurée.
explain-insecure-redirect = { $portal } redirige vers une adresse non sécurisée ({ $to }), que MFA Ready ne suit pas : la page ne peut pas être chargée de façon sécurisée.
explain-insecure-redirect-unknown = { $portal } redirige vers une adresse non sécurisée (http non chiffré), que MFA Ready ne suit pas : la page ne peut pas être chargée de façon sécurisée.
explain-tls-untrusted = { $redirected ->
    [yes] La connexion sécurisée à { $host } (l’adresse vers laquelle { $portal } a redirigé) est signée par un émetteur inconnu : votre réseau inspecte peut-être le trafic chiffré.
   *[no] La connexion sécurisée au portail { $portal } est signée par un émetteur inconnu : votre réseau inspecte peut-être le trafic chiffré.
}
explain-tls-expired = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui a présenté un certificat expiré : le service est mal configuré, ou l’horloge de votre appareil n’est pas à l’heure.
   *[no] { $portal } a présenté un certificat expiré : le service est mal configuré, ou l’horloge de votre appareil n’est pas à l’heure.
}
explain-tls-wrong-host = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui a présenté un certificat établi pour un autre nom : un élément de votre réseau redirige peut-être la connexion, ou le service est mal configuré.
   *[no] { $portal } a présenté un certificat établi pour un autre nom : un élément de votre réseau redirige peut-être la connexion, ou le service est mal configuré.
}
explain-tls-failed = { $redirected ->
    [yes] La connexion sécurisée à { $host } (l’adresse vers laquelle { $portal } a redirigé) n’a pas pu être établie.
   *[no] La connexion sécurisée au portail { $portal } n’a pas pu être établie.
}
explain-no-answer = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui n’a pas répondu.
   *[no] { $portal } n’a pas répondu.
}
explain-redirect-loop = { $hops ->
    [one] { $portal } redirige en boucle ({ $hops } redirection), si bien que la page ne se charge jamais.
    [many] { $portal } redirige en boucle ({ $hops } de redirections), si bien que la page ne se charge jamais.
   *[other] { $portal } redirige en boucle ({ $hops } redirections), si bien que la page ne se charge jamais.
}
# $code est le statut HTTP avec son libellé dans l’anglais de HTTP (« 302 Found »,
# « 503 Service Unavailable »), identique dans toutes les langues ; ou le seul numéro (« 599 »).
explain-redirect-nowhere = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui a répondu { $code } sans indiquer de destination.
   *[no] { $portal } a répondu { $code } sans indiquer de destination.
}
explain-gateway-timeout = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui répond 504 Gateway Timeout : le problème vient du service, pas de votre connexion.
   *[no] { $portal } répond 504 Gateway Timeout : le problème vient du service, pas de votre connexion.
}
explain-unavailable = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui répond 503 Service Unavailable : le service est en panne ou surchargé ; le problème ne vient pas de votre connexion.
   *[no] { $portal } répond 503 Service Unavailable : le service est en panne ou surchargé ; le problème ne vient pas de votre connexion.
}
explain-throttled = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui répond 429 Too Many Requests : le service limite le nombre de demandes ; réessayez plus tard.
   *[no] { $portal } répond 429 Too Many Requests : le service limite le nombre de demandes ; réessayez plus tard.
}
explain-server-error = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui répond { $code } : le problème vient du service, pas de votre connexion.
   *[no] { $portal } répond { $code } : le problème vient du service, pas de votre connexion.
}
explain-request-refused = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui a refusé la demande en répondant { $code }.
   *[no] { $portal } a refusé la demande en répondant { $code }.
}
explain-unexpected-status = { $redirected ->
    [yes] { $portal } a redirigé vers { $host }, qui a répondu avec un code d’état inattendu, { $status }.
   *[no] { $portal } a répondu avec un code d’état inattendu, { $status }.
}

# Une deuxième phrase après celles sur 503 et 429, quand le service a dit quand réessayer.
# $wait est une durée formulée par les messages wait-* ci-dessous (« dans 2 heures »).
explain-retry-in = Le service demande de réessayer dans { $wait }.
explain-retry-now = Le service indique que vous pouvez réessayer dès maintenant.

# Une durée d’attente.
wait-days-hours = { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
} et { $hours ->
    [one] { $hours } heure
    [many] { $hours } d’heures
   *[other] { $hours } heures
}
wait-days = { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}
wait-hours-minutes = { $hours ->
    [one] { $hours } heure
    [many] { $hours } d’heures
   *[other] { $hours } heures
} et { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
wait-hours = { $hours ->
    [one] { $hours } heure
    [many] { $hours } d’heures
   *[other] { $hours } heures
}
wait-minutes = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
wait-seconds = { $seconds ->
    [one] { $seconds } seconde
    [many] { $seconds } de secondes
   *[other] { $seconds } secondes
}
wait-less-than-a-minute = moins d’une minute

# La ligne unique de la vue d’ensemble quand tous les portails répondent.
portals-all-normal = { $count ->
    [one] Le portail de connexion répond normalement.
    [many] Les { $count } de portails de connexion répondent tous normalement.
   *[other] Les { $count } portails de connexion répondent tous normalement.
}

# Sous les vérifications des portails : ce que les pages d’état des fournisseurs ajoutent
# à un échec. $feed est le nom de la page d’état (« Microsoft 365 status »).
feeds-confirm-incident = Le fournisseur confirme un incident ({ $feed }) : le problème ne vient pas de votre connexion.
feeds-maintenance = Le fournisseur signale une maintenance en cours ({ $feed }) : c’est probablement la cause, et non votre connexion.
feeds-unreadable = La page d’état du fournisseur n’a pas pu être lue : on ne sait donc pas s’il a connaissance d’un problème.
feeds-only-you = Le problème ne concerne que vous : la page d’état du fournisseur ne signale aucun incident.
