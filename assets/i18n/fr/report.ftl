# Le rapport de préparation tel que les personnes le lisent : Markdown, page HTML et onglets
# de la fenêtre du support informatique, dans la langue de qui l’enregistre ou le lit.
# Source : l’anglais (en/report.ftl). Le rapport JSON ne change jamais avec la langue.
# Les moments sont en UTC à dessein (l’utilisateur et le support, dans deux fuseaux, lisent
# la même heure) : $time est une date et une heure sans fuseau ; chaque message dit « UTC ».
# En français, one couvre 0 et 1.

## The header of the Markdown and of the HTML page

report-title = Rapport de préparation MFA : { $organization }
report-html-title = Rapport de préparation MFA · { $organization } · { $code }
report-html-heading = Rapport de préparation MFA
report-code = Code de support : { $code }
report-code-read-back = (à relire à voix haute pour confirmer qu’il s’agit du bon rapport)
report-code-label = Code de support
report-generated = Généré
report-user-name = Nom indiqué par l’utilisateur
report-html-meta = Généré le { $time } UTC
report-html-meta-name = Généré le { $time } UTC · pour { $name }
# Un libellé et ses deux-points, avec l’espace insécable.
report-label = { $label } :
report-utc = { $time } UTC
report-list = { $head }, { $next }
report-sentences = { $first } { $next }
report-yes = oui
report-no = non
report-unknown = inconnu

## Readiness

report-h-readiness = Préparation
report-f-verdict = Verdict
report-f-methods = Méthodes
report-f-phishing-resistant = Résistantes au hameçonnage
report-f-deadline = Date limite en vigueur
report-f-time-left = Temps restant
report-f-next-step = Prochaine étape
report-gaps = Reste à faire
report-methods-count = { $have ->
    [one] { $have } méthode sur { $need }
   *[other] { $have } méthodes sur { $need }
}
report-pr-count = résistantes au hameçonnage : { $have } sur { $need }
report-deadline-at = { $source ->
    [organization] { $time } UTC (date limite de l’organisation)
    [personal] { $time } UTC (date limite des nouveaux utilisateurs)
   *[other] { $time } UTC (inconnue)
}
report-deadline-none = aucune

## The time left, as of the moment the report was made

report-left-days-hours = encore { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} et { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
report-left-days = { $days ->
    [one] encore { $days } jour
   *[other] encore { $days } jours
}
report-left-hours-minutes = encore { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} et { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
report-left-hours = { $hours ->
    [one] encore { $hours } heure
   *[other] encore { $hours } heures
}
report-left-minutes = { $minutes ->
    [one] encore { $minutes } minute
   *[other] encore { $minutes } minutes
}
report-left-seconds = { $seconds ->
    [one] encore { $seconds } seconde
   *[other] encore { $seconds } secondes
}
report-overdue-days-hours = en retard de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} et { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}
report-overdue-days = { $days ->
    [one] en retard de { $days } jour
   *[other] en retard de { $days } jours
}
report-overdue-hours-minutes = en retard de { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
} et { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
report-overdue-hours = { $hours ->
    [one] en retard de { $hours } heure
   *[other] en retard de { $hours } heures
}
report-overdue-minutes = { $minutes ->
    [one] en retard de { $minutes } minute
   *[other] en retard de { $minutes } minutes
}
report-overdue-seconds = { $seconds ->
    [one] en retard de { $seconds } seconde
   *[other] en retard de { $seconds } secondes
}
report-overdue-now = en retard de moins d’une minute

## Enrollment attempts during service problems (the evidence)

report-h-evidence = Tentatives d’enregistrement pendant des problèmes du service
report-evidence-none = Aucune : le service n’a bloqué aucune tentative au cours des 14 derniers jours.
report-col-time = Heure (UTC)
report-col-attempted = Tentative
report-col-classification = Classification
report-col-http = HTTP
report-col-request-id = ID de la demande
report-col-client-request-id = client-request-id
report-col-incident-then = Incident fournisseur à ce moment
report-incident-none-reported = aucun signalé
report-times = { $count } × { $what }
report-lead-none = Le service n’a bloqué aucune tentative au cours des 14 derniers jours.
report-lead-attempts-at = Le service, et non l’utilisateur, a bloqué { $attempts ->
    [one] { $attempts } tentative d’enregistrement
   *[other] { $attempts } tentatives d’enregistrement
} le { $time } UTC : { $how }.
report-lead-attempts-between = Le service, et non l’utilisateur, a bloqué { $attempts ->
    [one] { $attempts } tentative d’enregistrement
   *[other] { $attempts } tentatives d’enregistrement
} entre le { $from } UTC et le { $to } UTC : { $how }.
report-lead-checks-at = Le service, et non l’utilisateur, a bloqué { $checks ->
    [one] { $checks } vérification du portail
   *[other] { $checks } vérifications du portail
} le { $time } UTC : { $how }.
report-lead-checks-between = Le service, et non l’utilisateur, a bloqué { $checks ->
    [one] { $checks } vérification du portail
   *[other] { $checks } vérifications du portail
} entre le { $from } UTC et le { $to } UTC : { $how }.
report-lead-both-at = Le service, et non l’utilisateur, a bloqué { $attempts ->
    [one] { $attempts } tentative d’enregistrement
   *[other] { $attempts } tentatives d’enregistrement
} et { $checks ->
    [one] { $checks } vérification du portail
   *[other] { $checks } vérifications du portail
} le { $time } UTC : { $how }.
report-lead-both-between = Le service, et non l’utilisateur, a bloqué { $attempts ->
    [one] { $attempts } tentative d’enregistrement
   *[other] { $attempts } tentatives d’enregistrement
} et { $checks ->
    [one] { $checks } vérification du portail
   *[other] { $checks } vérifications du portail
} entre le { $from } UTC et le { $to } UTC : { $how }.
report-lead-no-incident = Aucun flux d’état des fournisseurs n’a signalé d’incident à ces moments-là.
report-lead-incident-unknown = On ne sait pas si le fournisseur signalait alors un incident : aucun flux d’état n’a pu être lu depuis cet appareil.
report-lead-incident-one = Cela s’est produit pendant que le flux d’état du fournisseur signalait un incident ({ $incident }).
report-lead-incident-all = Toutes les { $total } se sont produites pendant que le flux d’état du fournisseur signalait un incident ({ $incident }).
report-lead-incident-some = { $during ->
    [one] { $during } sur { $total } s’est produite pendant que le flux d’état du fournisseur signalait un incident ({ $incident }).
   *[other] { $during } sur { $total } se sont produites pendant que le flux d’état du fournisseur signalait un incident ({ $incident }).
}
report-lead-deadline = La date limite en vigueur est le { $time } UTC ({ $left }).
report-lead-close = Chaque ligne comporte l’ID de demande du fournisseur pour la retrouver. Cela justifie d’accorder un délai ou un passe d’accès temporaire (Temporary Access Pass).

## Methods

report-h-methods = Méthodes
report-col-method = Méthode
report-col-kind = Type
report-col-tier = Niveau
report-col-device = Appareil
report-col-confirmed = Confirmation
report-col-since = Depuis
report-col-counts = Prise en compte
report-methods-none = Aucune méthode enregistrée pour l’instant.

## Queue jobs

report-h-jobs = Tâches en file d’attente
report-col-job = Tâche
report-col-what = Objet
report-col-state = État
report-col-attempts = Tentatives
report-col-updated = Mise à jour (UTC)
report-col-last-error = Dernière erreur
report-jobs-none = Aucune tâche en file d’attente.
report-last-error = { $error } (ID de la demande { $id })
report-history = Historique de la tâche { $id } (du plus ancien au plus récent)
report-history-older = { $count ->
    [one] … { $count } ligne plus ancienne non affichée
   *[other] … { $count } lignes plus anciennes non affichées
}
report-history-line = { $time } · { $state } · tentative { $attempt } · { $detail }

## Portal health

report-h-portals = État des portails (dernière vérification de chaque portail)
report-col-portal = Portail
report-col-checked = Vérifié (UTC)
report-col-outcome = Résultat
report-col-phases = Phases
report-col-issuer = Émetteur du certificat
report-portals-none = Aucun portail n’a été vérifié au cours des 14 derniers jours.
report-portal = { $name } ({ $url })
report-outcome = { $outcome ->
    [healthy] fonctionne
    [slow] lent
    [gateway_timeout] délai de passerelle dépassé
    [service_unavailable] service indisponible
    [server_error] erreur du serveur
    [throttled] débit limité
    [client_error] requête refusée
    [redirect_loop] boucle de redirection
    [timeout] délai dépassé
    [dns_failure] échec de la résolution d’adresse (DNS)
    [connect_failure] connexion impossible
    [tls_failure] échec de la connexion sécurisée
    [proxy_auth_required] connexion au proxy requise
    [captive_portal] page de connexion Wi-Fi (portail captif)
    [offline] appareil hors ligne
   *[other] inconnu
}
report-phase-dns = DNS { $ms } ms
report-phase-connect = connexion { $ms } ms
report-phase-tls = TLS { $ms } ms
report-phase-first-byte = premier octet { $ms } ms
report-phase-total = total { $ms } ms
report-timed-out = { $phase ->
    [dns] délai dépassé pendant la résolution DNS
    [connect] délai dépassé pendant la connexion
    [tls] délai dépassé pendant TLS
    [first_byte] délai dépassé avant le premier octet
    [transfer] délai dépassé pendant le transfert
   *[other] délai dépassé dans une phase que cette version ne connaît pas
}

## Open vendor incidents

report-h-incidents = Incidents fournisseurs en cours
report-col-feed = Flux
report-col-incident = Incident
report-col-impact = Impact
report-col-started = Début (UTC)
report-col-last-seen = Vu pour la dernière fois (UTC)
report-col-link = Lien
report-impact = { $impact ->
    [none] aucun
    [minor] mineur
    [major] majeur
    [critical] critique
    [maintenance] maintenance
   *[other] inconnu
}
report-incidents-none = Aucun signalé par les flux d’état (dernière lecture le { $time } UTC).
report-incidents-unknown = Inconnu : aucun flux d’état des fournisseurs n’a pu être lu depuis cet appareil.

## Event log

report-h-events = Journal des événements (14 derniers jours)
report-col-event = Événement
report-col-detail = Détail
report-events-none = Aucun événement.
report-events-newest = Les { $shown } événements les plus récents sur { $total } sont affichés ; le rapport JSON les contient tous.

## About this report

report-h-about = À propos de ce rapport
report-f-policy = Stratégie
report-f-policy-hash = SHA-256 de la stratégie
report-f-signed = Signée
report-f-app = MFA Ready
report-f-os = Système d’exploitation
report-f-schema = Schéma du rapport
report-policy-source = { $source ->
    [flag] --policy
    [env] MFA_READY_POLICY
    [system] à l’échelle du système
    [beside_executable] à côté du programme
    [embedded] stratégie par défaut intégrée
   *[other] inconnue
}
report-policy-file = { $source } ({ $path })
report-signed-by = oui, par { $signer }
report-app-version = { $version } ({ $build })
