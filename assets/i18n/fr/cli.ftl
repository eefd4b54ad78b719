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

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = Aucune tâche.
cli-queue-job = tâche { $id } : { $text }
cli-queue-waiting = en attente
cli-queue-portal-back = { $portal } est de nouveau disponible : { $url }
cli-queue-retry = tâche { $id } : sera relancée au prochain `queue run` (ou tout de suite si MFA Ready est ouvert)
cli-queue-cancelled = tâche { $id } : annulée
cli-queue-queued = { $sentence } (mise en file comme tâche { $id } ; `mfa-ready queue run` ou la fenêtre ouverte réessaiera)
