# MFA Ready : la fenêtre. Traduction française (France) de la source anglaise.
# Phrases entières avec arguments nommés ; les règles de pluriel de Fluent choisissent les formes.

app-name = MFA Ready
# Titre de la fenêtre (lu par le lecteur d’écran) : $page est le nom de la page.
window-title = MFA Ready · { $page }
header-title = MFA Ready · { $organization }

## Menus et raccourcis

menu-file = Fichier
menu-open-report = Ouvrir un rapport…
menu-share = Partager avec le support informatique…
menu-save-report = Enregistrer le rapport…
menu-close-report = Fermer le rapport
menu-view = Affichage
menu-theme-system = Thème : celui du système
menu-theme-light = Thème : clair
menu-theme-dark = Thème : sombre
menu-text-larger = Texte plus grand
menu-text-smaller = Texte plus petit
menu-text-reset = Taille de texte normale
menu-check-portals = Vérifier les portails maintenant
menu-language = Langue
# Premier choix sous Affichage → Langue : la langue du système, nommée dans cette langue (« Deutsch »).
menu-language-system = Langue du système ({ $language })
menu-language-required = Défini par votre organisation
# Affiché en anglais quand la langue choisie exige une police absente de l’ordinateur.
notice-font-missing = Impossible d’afficher le texte japonais : aucune police japonaise n’a été trouvée sur cet ordinateur, MFA Ready s’affiche donc en anglais. Votre service informatique peut en installer une (par exemple Noto Sans CJK).

## Pages

page-overview = Vue d’ensemble
page-methods = Méthodes
page-summary = Bilan
page-health = État des portails
# Une étape de l’assistant : « 1  Vue d’ensemble ».
page-step = { $number }  { $page }
nav-back = ‹ Retour
nav-next = Suivant : { $page } ›
pending-badge = { $count ->
    [one] { $count } tâche en attente
   *[other] { $count } tâches en attente
}

## L’essentiel : l’état en un coup d’œil

hero-ready = Tout est prêt
hero-ready-detail = Vous pourrez toujours vous connecter si vous perdez une méthode. Tenez-les à jour : ajoutez votre nouveau téléphone avant de réinitialiser l’ancien.
hero-left = { $count ->
    [one] Il reste { $count } étape avant le { $date }
   *[other] Il reste { $count } étapes avant le { $date }
}
hero-left-no-deadline = { $count ->
    [one] Il reste { $count } étape à effectuer
   *[other] Il reste { $count } étapes à effectuer
}
hero-overdue = { $days ->
    [0] En retard : la date limite de votre organisation est passée aujourd’hui
    [one] En retard : la date limite de votre organisation est dépassée depuis { $days } jour
   *[other] En retard : la date limite de votre organisation est dépassée depuis { $days } jours
}
hero-overdue-personal = { $days ->
    [0] En retard : votre date limite de nouvel utilisateur est passée aujourd’hui
    [one] En retard : votre date limite de nouvel utilisateur est dépassée depuis { $days } jour
   *[other] En retard : votre date limite de nouvel utilisateur est dépassée depuis { $days } jours
}
hero-not-ready-detail = D’ici là, perdre une seule méthode de connexion pourrait vous bloquer l’accès.
hero-overdue-detail = Terminez maintenant ou appelez votre support informatique : il peut vous accorder un délai.
hero-days-left = { $days ->
    [one] { $days } jour restant
   *[other] { $days } jours restants
}
hero-hours-left = { $hours ->
    [one] { $hours } heure restante
   *[other] { $hours } heures restantes
}
hero-minutes-left = Moins d’une heure restante
hero-deadline = Date limite : { $date }
hero-personal-deadline = C’est votre date limite en tant que nouvel utilisateur.
hero-no-deadline = Aucune date limite n’est fixée, mais n’attendez pas : ajoutez vos méthodes de secours dès aujourd’hui.
# Texte et nom accessible de la barre de progression (en français, l’accord suit $have).
progress-methods = { $have ->
    [one] { $have } méthode sur { $need }
   *[other] { $have } méthodes sur { $need }
}
progress-methods-pr = { $have ->
    [one] { $have } méthode sur { $need }
   *[other] { $have } méthodes sur { $need }
} · résistantes au hameçonnage : { $pr_have } sur { $pr_need }
progress-label = Progression : { $percent } pour cent

## La liste des étapes

checklist-title = Ce qu’il reste à faire
checklist-done-title = Ce que vous avez configuré
checklist-more-methods = { $count ->
    [one] Ajouter { $count } autre méthode de connexion
   *[other] Ajouter { $count } autres méthodes de connexion
}
checklist-more-pr = { $count ->
    [one] Ajouter une méthode résistante au hameçonnage (une clé d’accès ou une clé de sécurité vous protège le mieux)
   *[other] Ajouter { $count } autres méthodes résistantes au hameçonnage
}
checklist-other-device = Configurer une méthode sur un autre appareil, pour que la perte de votre téléphone ne vous bloque pas
checklist-set-up = Configurer { $method }
    .label = Configurer { $method } : { $item }
checklist-choose = Choisir une méthode
checklist-nothing-here = Aucune méthode acceptée par votre organisation ne peut être configurée sur cet ordinateur : contactez votre support informatique.
checklist-have = { $method }, sur { $device }
checklist-not-counted-title = Non prises en compte

## Outils de la vue d’ensemble

tools-title = Ne manquez pas votre date limite
tools-calendar = Ajouter au calendrier
tools-calendar-save-as = Enregistrer le calendrier sous :
tools-calendar-save = Enregistrer
tools-remind = Me le rappeler à l’ouverture de session
tools-book = Réserver un créneau avec le support informatique
tools-share = Partager avec le support informatique…
service-title = Vérifier et ajouter via le service de votre organisation
service-sign-in = Se connecter pour vérifier les méthodes inscrites
service-check = Vérifier les méthodes inscrites
service-add-phone = Ajouter un numéro de téléphone
service-phone-number = Numéro de téléphone
service-phone-type = Type de téléphone
service-phone-add = Ajouter le téléphone
service-off = Votre service informatique peut connecter MFA Ready à votre compte pour qu’il vérifie cela à votre place.

## Méthodes

methods-intro = { $organization } accepte ces méthodes. Configurez-en au moins { $count } sur des appareils différents ; celles indiquées comme résistantes au hameçonnage vous protègent le mieux.
method-set-up = Configurée
method-verified = Configurée (vérifiée)
method-recommended = Recommandée ensuite
method-lives-on = Se trouve sur { $device }. Il vous faut : { $need }
method-not-accepted = Non acceptée par votre organisation : elle n’est pas prise en compte.
method-elsewhere-windows = Configurez-la sur un ordinateur Windows, puis indiquez-le ici.
method-elsewhere-mac = Configurez-la sur un Mac, puis indiquez-le ici.
method-elsewhere-other = Configurez-la sur un autre ordinateur, puis indiquez-le ici.
method-how = Comment configurer { $method }
method-open = Ouvrir la page de configuration
    .label = Ouvrir la page de configuration pour { $method }
method-done = Je l’ai configurée
    .label = J’ai configuré { $method }
method-remove = Supprimer
    .label = Supprimer { $method }
method-scan = Scannez ce code avec votre téléphone pour y ouvrir la page de configuration :
method-qr = Code QR : la page de configuration pour { $method }
method-copy-link = Copier le lien
    .label = Copier le lien de configuration pour { $method }

## Page Bilan

summary-ready = Tout est terminé. Conservez vos méthodes de secours en lieu sûr et tenez-les à jour.
summary-not-ready = Pas encore terminé : revenez à la page Méthodes pour les étapes manquantes.
summary-methods-title = Vos méthodes de connexion
summary-none = Aucune pour l’instant.
summary-method-line = sur { $device } · { $how } · depuis le { $since }
summary-missing = Reste à faire : { $gap }
summary-lost-title = Si vous perdez votre téléphone
summary-lost = Connectez-vous avec l’une de vos autres méthodes, supprimez les méthodes du téléphone perdu sur la page de configuration, puis ajoutez le nouveau téléphone. Si aucune de vos méthodes ne fonctionne, appelez votre support informatique : il peut vous délivrer un passe d’accès temporaire.
summary-copy = Copier le bilan

## Carte du support informatique

helpdesk-need-help = Besoin d’aide ?
helpdesk-need-help-name = Besoin d’aide ? { $name }
helpdesk-contact = Contactez votre support informatique.
helpdesk-phone = Téléphone : { $phone }
helpdesk-email = E-mail : { $email }
helpdesk-open = Ouvrir la page du support informatique

## Problèmes de stratégie

policy-cannot-use = La stratégie de votre organisation ne peut pas être utilisée
policy-refused = La stratégie de votre organisation sur cet ordinateur n’a pas pu être vérifiée. Adressez-vous à votre service informatique.
policy-invalid = MFA Ready a besoin de la stratégie de votre organisation pour savoir quelles méthodes de connexion et quelles dates limites s’appliquent. Le fichier de stratégie comporte des erreurs, rien n’a donc été modifié. Contactez votre support informatique et communiquez-lui les informations ci-dessous.
policy-problems = Problèmes détectés
policy-copy-problems = Copier les problèmes

## Pied de page

footer-policy-built-in = Stratégie : intégrée
footer-policy-system = Stratégie : définie par votre organisation
footer-policy-file = Stratégie : issue d’un fichier
footer-signed = Signée par votre service informatique
footer-unsigned = Non signée
footer-unsigned-required = Non signée, alors que cet ordinateur exige des stratégies signées
footer-clock-fixed = L’horloge est fixée à { $time } pour une simulation

## Notifications

notice-dismiss = Ignorer
notice-details = Détails
notice-copy-details = Copier les détails
notice-more = { $count ->
    [one] { $count } autre notification
   *[other] { $count } autres notifications
}
notice-copied = Copié.
notice-copied-summary = Bilan copié.
notice-copied-link = Lien copié.
notice-saved-report = Rapport enregistré sous { $file }.
notice-saved-calendar = Fichier de calendrier enregistré sous { $file }.
notice-portal-back = { $portal } est de nouveau disponible : reprenez l’ajout de votre méthode { $method }.
notice-portal-back-title = { $portal } est de nouveau disponible
notice-job-done-title = Terminé
notice-job-failed-title = Impossible de terminer
notice-open-setup = Ouvrir la page de configuration
notice-portal-failing = { $portal } semble rencontrer des problèmes en ce moment : l’ajout de votre méthode { $method } risque d’échouer.
notice-watch = Me prévenir quand il sera rétabli
notice-browser-title = Votre navigateur ne s’est pas ouvert
notice-browser = Votre navigateur ne s’est pas ouvert. Copiez le lien ou scannez-le avec votre téléphone.
notice-browser-qr = Code QR du lien
notice-recovered = Votre progression enregistrée n’a pas pu être lue, MFA Ready est donc reparti de zéro. Une copie a été conservée : votre support informatique peut la récupérer.
notice-recovered-newer = Votre progression a été enregistrée par une version plus récente de MFA Ready, celle-ci est donc repartie de zéro. Une copie a été conservée : votre support informatique peut la récupérer.
notice-got-it = J’ai compris

## Problèmes (une phrase simple ; le détail technique est sous Détails)

problem-not-saved = Votre modification n’a pas pu être enregistrée. Réessayez ; si le problème persiste, redémarrez MFA Ready.
problem-queue = MFA Ready ne peut pas suivre les tâches à relancer pour le moment. Il réessaiera.
problem-queue-stopped = MFA Ready ne peut pas suivre les tâches à relancer pour le moment. Fermez MFA Ready puis rouvrez-le ; si le problème persiste, contactez votre support informatique.
problem-queue-unavailable = MFA Ready ne peut pas suivre les tâches à relancer, car ses données enregistrées n’ont pas pu être ouvertes.
problem-request-not-saved = Votre demande n’a pas pu être enregistrée, elle ne sera donc pas relancée. Réessayez.
problem-retry-not-saved = La tâche n’a pas pu être relancée. Réessayez.
problem-cancel-not-saved = La tâche n’a pas pu être annulée. Réessayez.
problem-no-service = MFA Ready ne peut pas le faire pour vous ici. Utilisez plutôt la page de configuration.
problem-phone-rejected = Ce numéro de téléphone ne peut pas être utilisé. Vérifiez-le et réessayez.
problem-not-watched = MFA Ready ne peut pas surveiller cette page pour vous.
problem-sign-in-not-configured = La connexion n’est pas encore configurée pour votre organisation. Votre service informatique peut l’activer.
problem-sign-in-unavailable = La connexion n’a pas démarré. Réessayez dans un instant.
problem-sign-in-incomplete = La connexion n’a pas abouti. Réessayez.
problem-checks-off = Les vérifications des portails sont désactivées, car la stratégie de votre organisation ne peut pas être utilisée.
problem-not-opened = Cette page ne peut pas être ouverte en toute sécurité, MFA Ready ne l’a donc pas ouverte.
problem-needs-policy = Cette action nécessite la stratégie de votre organisation, qui ne peut pas être utilisée pour le moment.
problem-report-not-made = Le rapport n’a pas pu être créé. Réessayez.
problem-report-not-saved = Le rapport n’a pas pu être enregistré à cet emplacement. Choisissez un autre dossier.
problem-calendar-not-saved = Le fichier de calendrier n’a pas pu être enregistré à cet emplacement. Choisissez un autre dossier.
problem-autostart-unavailable = Les rappels à l’ouverture de session ne peuvent pas être configurés sur cet ordinateur.
problem-autostart-not-changed = Les rappels à l’ouverture de session n’ont pas pu être modifiés. Réessayez.
problem-no-saved-state = Votre progression ne peut pas être enregistrée sur cet ordinateur pour le moment. Vos actions restent affichées, mais contactez votre support informatique.
problem-services-stopped = Les tâches d’arrière-plan de MFA Ready se sont arrêtées : les modifications ne sont pas enregistrées. Redémarrez MFA Ready.
problem-report-not-opened = Ce fichier n’a pas pu être ouvert en tant que rapport.
problem-report-not-a-file = Ce n’est pas un fichier de rapport. Enregistrez le rapport dans un fichier, puis ouvrez ce fichier.
problem-report-not-rendered = Le rapport ne peut pas être affiché dans ce format, il ne peut donc être ni enregistré ni copié. Choisissez un autre format.

## État des portails

health-title = État des portails
health-checking = Vérification des portails de connexion…
health-not-checked = Les portails de connexion n’ont pas encore été vérifiés.
health-open = État des portails
health-status = Statut des portails
health-light = { $portal } : { $severity ->
    [green] fonctionne
    [amber] lent ou limité
   *[red] ne fonctionne pas
}
health-check-now = Vérifier maintenant
health-checking-short = Vérification…
health-back = Retour à la vue d’ensemble
health-history-not-saved = L’historique n’a pas pu être enregistré.
health-none-yet = Aucune vérification n’est encore terminée.
health-checked-at = Vérifié à { $time }. Votre connexion : { $connection }.
health-last-checked = Dernière vérification : { $time }
health-request-id = ID de la demande { $id }
health-certificate = Certificat émis par { $issuer } ({ $days } jours restants)
health-technical = Détails techniques
health-copy = Copier
health-provider-status = État du fournisseur
health-feed-unreadable = { $feed } : lecture impossible
health-feed-quiet = { $feed } : aucun incident en cours
health-feed-incidents = { $count ->
    [one] { $feed } : { $count } incident en cours
   *[other] { $feed } : { $count } incidents en cours
}
health-incident = { $title } ({ $impact })
health-incident-since = { $title } ({ $impact }), depuis le { $since }
health-incident-since-updated = { $title } ({ $impact }), depuis le { $since }, mis à jour le { $updated }
health-impact-none = impact non précisé
health-impact-minor = mineur
health-impact-major = majeur
health-impact-critical = critique
health-impact-maintenance = maintenance
health-impact-unknown = impact inconnu
health-incident-details = Détails
health-history = Historique
health-available = { $count ->
    [one] Disponible { $percent } % du temps sur { $count } vérification depuis { $time }
   *[other] Disponible { $percent } % du temps sur { $count } vérifications depuis { $time }
}
health-phase-dns = DNS
health-phase-connect = Connexion
health-phase-tls = TLS
health-phase-first-byte = Premier octet
health-phase-total = Total

## Tâches en attente

pending-title = Tâches en attente
pending-state = { $state ->
    [pending] En attente
    [in_flight] En cours
    [succeeded] Terminée
    [failed] Échouée
   *[cancelled] Annulée
}
pending-reference = Référence pour votre support informatique : { $id }
pending-retry = Réessayer maintenant
    .label = Réessayer maintenant : tâche { $id }
pending-cancel = Annuler
    .label = Annuler la tâche { $id }
pending-history = Historique
pending-history-line = { $time }  { $state }  tentative { $attempt }  { $detail }

## Refus de la stratégie, pour le service informatique

policy-details-for-it = Détails pour le service informatique
policy-copy-details = Copier les détails

## Boîtes de dialogue

open-report-title = Ouvrir un rapport
open-report-intro = Un rapport qu’un utilisateur a enregistré avec « Partager avec le support informatique » (.json). Il s’ouvre en lecture seule : rien n’est envoyé ni enregistré.
open-report-file = Fichier de rapport
open-report-open = Ouvrir
open-report-drop = Vous pouvez aussi faire glisser le fichier dans cette fenêtre.
dialog-close = Fermer

## Partager avec le support informatique

share-title = Partager avec le support informatique
share-intro = Voici exactement ce que recevra le support informatique. Les numéros de téléphone et les adresses e-mail sont masqués ; aucun mot de passe, jeton ni adresse IP n’est inclus.
share-name = Votre nom (facultatif) :
share-name-label = Votre nom
share-update = Mettre à jour
share-format-markdown = Texte (Markdown, pour un ticket)
share-format-html = Page web (HTML, imprimable en A4)
share-format-json = Données (JSON)
share-code = Code de support { $code }
share-save-as = Enregistrer sous :
share-save-as-label = Enregistrer le rapport sous
share-save = Enregistrer
share-copy = Copier
tools-calendar-save-as-label = Enregistrer le fichier de calendrier sous
checklist-device = Mettre cet ordinateur en conformité avec les exigences de votre organisation (voir « Cet ordinateur »)
# Pourquoi l’étape suivante n’est pas une méthode plus forte : $why est la raison, en une
# phrase à part (« Le Bluetooth est désactivé : activez-le ou choisissez une clé de sécurité. »).
checklist-skipped = La méthode « { $method } » n’est pas proposée sur cet ordinateur pour le moment. { $why }
