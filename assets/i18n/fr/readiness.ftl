# MFA Ready : pourquoi vous n’êtes pas encore prêt, que faire pendant une panne, et le
# bilan à copier pour le support informatique.
# Traduction française ; la source est l’anglais (en/readiness.ftl).
# $organization est le nom de l’organisation.
# En français, one couvre 0 et 1.

## Ce qui manque (dans le bilan à copier)

# L’organisation exige $need méthodes de connexion ; $have sont prises en compte ; il en
# manque $missing.
gap-too-few-methods = { $need ->
    [one] { $organization } exige { $need } méthode de connexion et vous en avez { $have }. Ajoutez-en { $missing } de plus.
   *[other] { $organization } exige { $need } méthodes de connexion et vous en avez { $have }. Ajoutez-en { $missing } de plus.
}
# Il manque $missing méthodes résistantes au hameçonnage ; $options sont celles que
# l’organisation accepte et qui peuvent être configurées sur cet ordinateur (« Clé d’accès sur
# votre téléphone ou Clé de sécurité », reliées par list-or et list-comma ci-dessous).
gap-too-few-pr = { $missing ->
    [one] Ajoutez { $missing } méthode résistante au hameçonnage ({ $options }) : les fausses pages de connexion ne peuvent pas la voler.
   *[other] Ajoutez { $missing } méthodes résistantes au hameçonnage ({ $options }) : les fausses pages de connexion ne peuvent pas les voler.
}
# La même chose quand aucune des méthodes acceptées ne peut être configurée sur cet ordinateur.
gap-too-few-pr-none-here = { $missing ->
    [one] Ajoutez { $missing } méthode résistante au hameçonnage : les fausses pages de connexion ne peuvent pas la voler. Mais aucune méthode acceptée par { $organization } ne peut être configurée sur cet ordinateur : contactez votre support informatique.
   *[other] Ajoutez { $missing } méthodes résistantes au hameçonnage : les fausses pages de connexion ne peuvent pas les voler. Mais aucune méthode acceptée par { $organization } ne peut être configurée sur cet ordinateur : contactez votre support informatique.
}
# Toutes les méthodes se trouvent sur un seul appareil ; $device dit lequel (« votre
# téléphone », « une clé matérielle » : les noms device-* de methods.ftl).
gap-one-device = Toutes vos méthodes se trouvent sur { $device } : en cas de perte, vous les perdez toutes. Ajoutez-en une qui se trouve ailleurs.
# La même chose quand aucune méthode sur un autre appareil ne peut être configurée sur cet ordinateur.
gap-one-device-none-here = Toutes vos méthodes se trouvent sur { $device } : en cas de perte, vous les perdez toutes. Une méthode située ailleurs réglerait le problème, mais aucune méthode acceptée par { $organization } ne peut être configurée sur cet ordinateur : contactez votre support informatique.
# Une liste de choix : les deux derniers reliés par « ou » (« A ou B »), les précédents par
# une virgule (« A, B ou C »).
list-or = { $head } ou { $last }
list-comma = { $head }, { $next }

## Pourquoi une méthode enregistrée n’est pas prise en compte ($method est son nom)

not-counted-recovery-only = La méthode « { $method } » sert uniquement à récupérer votre compte : ce n’est pas une méthode de connexion.
not-counted-not-allowed = La méthode « { $method } » n’est pas acceptée par { $organization }.

## Conseil en cas de panne : un portail de connexion échoue sans cesse et la date limite approche
# Deux phrases : ce qui se passe, puis ce qu’il faut faire.
# $portal est le nom du portail (« My Sign-Ins »). Il est en panne depuis $failing heures
# (« 3 h ») ou $failing minutes (« 20 min ») ; la date limite est dans $left jours ou heures,
# ou dépassée depuis $left jours ou heures.

outage-hours-in-days = { $left ->
    [one] { $portal } est en panne depuis { $failing } h et votre date limite est dans { $left } jour.
   *[other] { $portal } est en panne depuis { $failing } h et votre date limite est dans { $left } jours.
}
outage-hours-in-hours = { $left ->
    [one] { $portal } est en panne depuis { $failing } h et votre date limite est dans { $left } heure.
   *[other] { $portal } est en panne depuis { $failing } h et votre date limite est dans { $left } heures.
}
outage-hours-passed-days = { $left ->
    [one] { $portal } est en panne depuis { $failing } h et votre date limite est dépassée depuis { $left } jour.
   *[other] { $portal } est en panne depuis { $failing } h et votre date limite est dépassée depuis { $left } jours.
}
outage-hours-passed-hours = { $left ->
    [one] { $portal } est en panne depuis { $failing } h et votre date limite est dépassée depuis { $left } heure.
   *[other] { $portal } est en panne depuis { $failing } h et votre date limite est dépassée depuis { $left } heures.
}
outage-minutes-in-days = { $left ->
    [one] { $portal } est en panne depuis { $failing } min et votre date limite est dans { $left } jour.
   *[other] { $portal } est en panne depuis { $failing } min et votre date limite est dans { $left } jours.
}
outage-minutes-in-hours = { $left ->
    [one] { $portal } est en panne depuis { $failing } min et votre date limite est dans { $left } heure.
   *[other] { $portal } est en panne depuis { $failing } min et votre date limite est dans { $left } heures.
}
outage-minutes-passed-days = { $left ->
    [one] { $portal } est en panne depuis { $failing } min et votre date limite est dépassée depuis { $left } jour.
   *[other] { $portal } est en panne depuis { $failing } min et votre date limite est dépassée depuis { $left } jours.
}
outage-minutes-passed-hours = { $left ->
    [one] { $portal } est en panne depuis { $failing } min et votre date limite est dépassée depuis { $left } heure.
   *[other] { $portal } est en panne depuis { $failing } min et votre date limite est dépassée depuis { $left } heures.
}
# Plus d’un jour restant : appeler si le portail est toujours en panne demain matin.
# $helpdesk est le nom du support, joint par le premier moyen que donne l’organisation
# ($phone, $email ou la page web $url) ; sans support dans la stratégie, « votre support
# informatique ».
outage-later-phone = Vos tentatives sont enregistrées ; si le portail est toujours en panne demain matin, appelez { $helpdesk } au { $phone }.
outage-later-email = Vos tentatives sont enregistrées ; si le portail est toujours en panne demain matin, écrivez à { $helpdesk } à l’adresse { $email }.
outage-later-web = Vos tentatives sont enregistrées ; si le portail est toujours en panne demain matin, contactez { $helpdesk } sur { $url }.
outage-later-name = Vos tentatives sont enregistrées ; si le portail est toujours en panne demain matin, contactez { $helpdesk }.
outage-later = Vos tentatives sont enregistrées ; si le portail est toujours en panne demain matin, contactez votre support informatique.
# Un jour ou moins, ou en retard : appeler maintenant. Le passe d’accès temporaire
# (Temporary Access Pass) est un code à usage unique pour se connecter le temps d’ajouter
# des méthodes.
outage-now-phone = Vos tentatives sont enregistrées ; appelez dès maintenant { $helpdesk } au { $phone } : ce service peut prolonger votre date limite ou vous délivrer un passe d’accès temporaire.
outage-now-email = Vos tentatives sont enregistrées ; écrivez dès maintenant à { $helpdesk } à l’adresse { $email } : ce service peut prolonger votre date limite ou vous délivrer un passe d’accès temporaire.
outage-now-web = Vos tentatives sont enregistrées ; contactez dès maintenant { $helpdesk } sur { $url } : ce service peut prolonger votre date limite ou vous délivrer un passe d’accès temporaire.
outage-now-name = Vos tentatives sont enregistrées ; contactez dès maintenant { $helpdesk } : ce service peut prolonger votre date limite ou vous délivrer un passe d’accès temporaire.
outage-now = Vos tentatives sont enregistrées ; contactez dès maintenant votre support informatique : il peut prolonger votre date limite ou vous délivrer un passe d’accès temporaire.
# Les deux phrases l’une après l’autre.
outage-advice = { $facts } { $act }

## Le bilan à copier (« Copier le bilan ») : texte brut, une ligne chacun

summary-text-title = Bilan MFA Ready pour { $organization }
# $verdict : « Prêt », « Pas encore prêt », « En retard » (verdict-* dans methods.ftl).
summary-text-verdict = État : { $verdict }
# $have des $need méthodes requises sont prises en compte.
summary-text-methods = Méthodes : { $have } sur { $need }
# La même chose, et $pr_have des $pr_need méthodes résistantes au hameçonnage requises.
summary-text-methods-pr = Méthodes : { $have } sur { $need } (résistantes au hameçonnage : { $pr_have } sur { $pr_need })
# Une méthode enregistrée : son nom, sa force ($tier), l’endroit où elle se trouve ($device)
# et comment on le sait ($how : « vérifiée par le service »).
summary-text-method = - { $method } ({ $tier }, sur { $device }, { $how })
# $date : la date limite avec l’heure et le fuseau.
summary-text-deadline = Date limite : { $date }
# $gap : l’une des phrases gap-* ci-dessus.
summary-text-missing = Reste à faire : { $gap }

# Cet ordinateur échoue à des vérifications exigées par la stratégie. $checks les nomme
# (« Chiffrement du disque, Verrouillage de l’écran »).
gap-device = Cet ordinateur ne remplit pas les conditions fixées par { $organization } : { $checks }.
