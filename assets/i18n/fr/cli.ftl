# Les mots de la ligne de commande destinés aux personnes : la langue suit LC_ALL, LC_MESSAGES, LANG.
# Ce que lisent les scripts (--json, codes de sortie) ne change jamais avec elle.
# `mfa-ready status` : une ligne de titre, puis des lignes avec libellé (alignés sur une même largeur).
# Le programme ajoute lui-même « : » juste après chaque libellé status-label-* : pas d’espace insécable à la fin.
# En français, one couvre 0 et 1 ; la variante [0] passe en premier.

status-headline = { $organization } : { $verdict }
# A label and its colon, as the language writes it.
status-label = { $label } :
status-label-methods = Méthodes
status-label-deadline = Date limite
status-label-missing = Reste à faire
status-label-ignored = Non prise en compte
status-label-next = Prochaine étape
status-label-helpdesk = Support informatique
status-label-policy = Stratégie
status-methods = { $have } sur { $need }
status-methods-pr = { $have } sur { $need } (résistantes au hameçonnage : { $pr_have } sur { $pr_need })
status-deadline-org = { $date } (date limite de votre organisation), { $left }
status-deadline-personal = { $date } (votre date limite de nouvel utilisateur), { $left }
status-deadline-met = respectée : tout est prêt
status-deadline-none = aucune
status-overdue = { $days ->
    [0] en retard depuis aujourd’hui
    [one] en retard de { $days } jour
   *[other] en retard de { $days } jours
}
status-next-step = Configurer { $method }

## remind, calendar, report, autostart: what the command did

cli-reminder-shown = Rappel affiché : { $title } : { $body }
cli-reminder-not-shown = Rappel non affiché : { $title } : { $body }
cli-reminder-none = Aucun rappel n’est dû.
cli-calendar-saved = Date limite enregistrée dans { $path }
cli-report-saved = Rapport enregistré dans { $path } · code de support { $code }
cli-autostart-on = Les rappels à l’ouverture de session sont activés ({ $entry })
cli-autostart-off = Les rappels à l’ouverture de session sont désactivés ({ $entry })
cli-autostart-turned-off = Les rappels à l’ouverture de session sont désactivés

## methods: what is registered and what the policy accepts

cli-methods-not-set-up = non configurée
cli-methods-not-accepted = non acceptée par votre organisation
cli-method-marked = { $id } : indiquée comme configurée
cli-method-already-marked = { $id } : déjà indiquée
cli-method-removed = { $id } : retirée
cli-method-not-marked = { $id } : n’était pas indiquée

## check: one line for the fleet
# Ce qu’il faut ajouter ensuite, selon l’identifiant de la méthode ($method) ; les lignes suivantes l’insèrent.

cli-check-add = { $method ->
    [passkey] ajoutez une clé d’accès sur votre téléphone
    [security_key] ajoutez une clé de sécurité
    [windows_hello] configurez Windows Hello Entreprise
    [platform_credential] configurez Platform SSO pour Mac
    [certificate] ajoutez une carte à puce ou un certificat
    [authenticator_app] ajoutez une application d’authentification
    [software_oath] ajoutez une application de génération de codes (TOTP)
    [hardware_oath] ajoutez un jeton matériel à code
    [phone_sms] ajoutez les SMS comme méthode
    [phone_voice] ajoutez les appels téléphoniques comme méthode
   *[email] ajoutez un e-mail de récupération
}
cli-check-ready = { $count ->
    [one] Prêt : { $count } méthode (résistantes au hameçonnage : { $pr })
   *[other] Prêt : { $count } méthodes (résistantes au hameçonnage : { $pr })
}
cli-check-not-ready-step = Pas encore prêt : { cli-check-add }
cli-check-not-ready-step-by = Pas encore prêt : { cli-check-add } avant le { $date }
cli-check-overdue-step = En retard : { cli-check-add }
cli-check-overdue-step-by = En retard : { cli-check-add } (la date limite était le { $date })
# Rien de ce qu’on peut ajouter ici n’aiderait : la première chose qui reste à faire.
cli-check-not-ready = Pas encore prêt : { $todo }
cli-check-not-ready-by = Pas encore prêt (date limite : { $date }) : { $todo }
cli-check-overdue = En retard : { $todo }
cli-check-overdue-by = En retard (la date limite était le { $date }) : { $todo }
cli-check-see-status = voir mfa-ready status

## policy show: labelled lines, the labels padded to one width

cli-policy-label-policy = Stratégie
cli-policy-label-signature = Signature
cli-policy-label-organization = Organisation
cli-policy-label-provider = Fournisseur
cli-policy-label-tenant = Locataire
cli-policy-label-deadline = Date limite
cli-policy-label-new-users = Nouveaux utilisateurs
cli-policy-label-required = Exigences
cli-policy-label-allowed = Autorisées
cli-policy-label-portal = Portail
cli-policy-label-helpdesk = Support informatique
cli-policy-deadline-none = aucune
cli-policy-new-users = { $days ->
    [one] { $days } jour après le premier lancement
   *[other] { $days } jours après le premier lancement
}
cli-policy-required = { $count ->
    [one] { $count } méthode (résistantes au hameçonnage : { $pr }), pas toutes sur le même appareil
   *[other] { $count } méthodes (résistantes au hameçonnage : { $pr }), pas toutes sur le même appareil
}
cli-policy-portal = { $name } <{ $url }> lent au-delà de { $slow } ms, délai maximal { $timeout } ms
# D’où vient la stratégie ($path est son fichier).
cli-policy-from-flag = { $path } (indiquée avec --policy)
cli-policy-from-env = { $path } (depuis MFA_READY_POLICY)
cli-policy-from-system = { $path } (pour tout le système)
cli-policy-from-beside = { $path } (à côté du programme)
cli-policy-from-embedded = stratégie par défaut intégrée (aucun fichier de stratégie trouvé)
# La signature : $signer est le commentaire de confiance de la signature, $key l’identifiant de la clé.
cli-signature-signed = signée (clé { $key })
cli-signature-signed-by = signée : { $signer } (clé { $key })
cli-signature-signed-until = signée (clé { $key } ; valable jusqu’au { $until })
cli-signature-signed-by-until = signée : { $signer } (clé { $key } ; valable jusqu’au { $until })
cli-signature-unsigned-required = stratégie non signée (cet appareil exige des stratégies signées)
cli-signature-unsigned = stratégie non signée (aucune clé de confiance sur cet appareil)

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = Aucune tâche.
cli-queue-job = tâche { $id } : { $text }
cli-queue-waiting = en attente
cli-queue-portal-back = { $portal } est de nouveau disponible : { $url }
cli-queue-retry = tâche { $id } : sera relancée au prochain `queue run` (ou tout de suite si MFA Ready est ouvert)
cli-queue-cancelled = tâche { $id } : annulée
cli-queue-queued = { $sentence } (mise en file comme tâche { $id } ; `mfa-ready queue run` ou la fenêtre ouverte réessaiera)
