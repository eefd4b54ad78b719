# MFA Ready : pourquoi vous n’êtes pas encore prêt : ce qui manque, et pourquoi une
# méthode enregistrée n’est pas prise en compte.
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

