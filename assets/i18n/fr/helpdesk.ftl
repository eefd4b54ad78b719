# Mode support informatique : la fenêtre qui affiche un rapport transmis, et le guide établi
# à partir de lui, dans la langue du support. Source : l’anglais (en/helpdesk.ftl) ; les
# sections du rapport sont dans report.ftl. Les moments en UTC le disent eux-mêmes.

## The viewer

viewer-window-title = MFA Ready · support informatique
viewer-code = Code de support { $code }
viewer-from-name = Rapport du { $time } · nom saisi par l’utilisateur : « { $name } »
viewer-from = Rapport du { $time } · aucun nom indiqué
viewer-close = Fermer le rapport
viewer-code-meaning = Le code de support confirme que l’utilisateur et vous avez ouvert le même fichier. Il ne prouve pas que le rapport est authentique : n’importe qui peut modifier un rapport et calculer un nouveau code. Avant d’accorder un délai, recherchez ses ID de demande dans les journaux de connexion et d’audit du locataire.
viewer-edited = Ce fichier a été modifié après sa création : son contenu ne correspond pas à son code de support, l’utilisateur et vous ne regardez donc peut-être pas le même rapport. Demandez à nouveau le rapport à l’utilisateur.
viewer-tab-guide = Guide du support
viewer-tab-overview = Vue d’ensemble
viewer-tab-methods = Méthodes
viewer-tab-health = État des portails
viewer-tab-pending = Tâches en attente
viewer-tab-evidence = Problèmes du service
viewer-evidence-intro = Avant d’accorder un délai ou un passe d’accès temporaire (Temporary Access Pass), recherchez ces ID de demande et client-request-id dans les journaux de connexion et d’audit du locataire ; indiquez le code de support { $code }.
viewer-named = { $name } : { $value }
viewer-more = { $count ->
    [one] … { $count } autre
   *[other] … { $count } autres
}
viewer-closed = Le rapport est fermé.
viewer-closed-hint = Fermez cette fenêtre, ou ouvrez un autre rapport avec --open-report FICHIER.

## The guide: confirm the report

guide-confirm-title = Confirmer le rapport : code de support { $code }
guide-confirm-ask = Demandez : « Pouvez-vous me lire le code de support en haut de votre rapport ? » Il doit être { $code } ; sinon, vous regardez un autre rapport.
guide-confirm-name = Le rapport indique qu’il provient de « { $name } » (saisi par l’utilisateur, non vérifié) : vérifiez l’identité de votre interlocuteur comme l’exige votre procédure.
guide-confirm-no-name = Le rapport n’indique aucun nom : vérifiez l’identité de votre interlocuteur comme l’exige votre procédure.

## What to ask

guide-ask-title = Demandez, dans cet ordre
guide-ask-ready = « Que souhaitez-vous faire : vous connecter, ou ajouter une autre méthode ? »
guide-ask-phone = « Avez-vous votre téléphone avec vous, déverrouillé et connecté ? »
guide-ask-key = « Avez-vous une clé de sécurité (une petite clé USB ou NFC fournie par le service informatique) ? »
guide-ask-computer = « Êtes-vous devant l’ordinateur que vous utilisez pour le travail ? »
guide-ask-network = « Où êtes-vous connecté : au bureau, chez vous, sur le Wi-Fi d’un hôtel ou d’invités, via le partage de connexion d’un téléphone ? Un VPN est-il activé ? »
guide-ask-still-have = { $count ->
    [one] « Avez-vous toujours cette méthode : { $methods } ? »
   *[other] « Avez-vous toujours ces méthodes : { $methods } ? »
} (un appareil perdu ou remplacé emporte ses méthodes avec lui)
guide-and = { $head } et { $next }

## The verdict

guide-counts = { $methods }, { $pr }
guide-no-deadline = aucune date limite
guide-next = Ensuite : { $step }
guide-ready-title = Prêt : rien à enregistrer
guide-ready-have = L’utilisateur a { $have ->
    [one] { $have } méthode
   *[other] { $have } méthodes
} (résistantes au hameçonnage : { $pr_have }) et { $organization } en exige { $need } (résistantes au hameçonnage : { $pr_need }) : il n’y a rien à enregistrer.
guide-ready-not-enrollment = S’il ne parvient pas à se connecter, le problème ne vient pas de l’enregistrement : consultez l’état des portails et les journaux de connexion.
guide-ready-two-devices = Conseillez-lui de garder des méthodes sur deux appareils différents, pour qu’en perdre un ne le bloque pas.
guide-overdue-title = En retard ({ $left }) : { $counts }
guide-overdue = Sa connexion est peut-être déjà restreinte. Ajoutez la méthode suivante avec lui maintenant ; s’il ne peut pas se connecter pour l’ajouter, voyez l’étape du passe d’accès temporaire.
guide-not-ready-title = Pas encore prêt ({ $left }) : { $counts }
guide-stuck = Rien de ce qu’accepte sa stratégie ne peut régler cela sur son ordinateur : vérifiez les méthodes autorisées avec l’équipe chargée des identités, ou enregistrez-le autrement (une clé de sécurité fournie par le service informatique, un passe d’accès temporaire).
guide-walk = Guidez-le dès maintenant dans la prochaine étape si les portails fonctionnent ; si un portail est en panne, MFA Ready garde la demande en file d’attente et la relance de lui-même.
guide-other-title = { $verdict } ({ $left }) : { $counts }

## A failing portal

guide-portal-title = { $portal } : { $outcome }
guide-incident = { $feed } : { $title } (impact : { $impact })
guide-provider-confirms = Le fournisseur le confirme : « { $incident } ». Rien du côté de l’utilisateur ne réglera le problème.
guide-provider-extension = Notez le code de support { $code } dans le ticket et appliquez la procédure de délai ; le rapport liste chaque tentative bloquée avec son ID de demande.
guide-provider-no-incident = Le côté du fournisseur est en panne, mais aucun flux d’état ne signale encore d’incident. Ses tentatives sont enregistrées et les demandes en file d’attente sont relancées d’elles-mêmes : l’utilisateur n’a rien à faire.
guide-provider-feeds-unknown = Le côté du fournisseur est en panne, mais son appareil n’a pu lire aucun flux d’état des fournisseurs : on ne sait donc pas si le fournisseur est au courant. Ses tentatives sont enregistrées et les demandes en file d’attente sont relancées d’elles-mêmes : l’utilisateur n’a rien à faire.
guide-escalate-id = Si cela continue, transmettez à l’équipe chargée des identités avec l’ID de demande { $id } ; si la date limite est proche, appliquez la procédure de délai avec le code de support { $code }.
guide-escalate = Si cela continue, transmettez à l’équipe chargée des identités avec l’ID de demande ; si la date limite est proche, appliquez la procédure de délai avec le code de support { $code }.
guide-not-again = Demandez-lui de ne pas ajouter à nouveau la même méthode à la main tant que la panne dure.
guide-network-switch = Demandez-lui de désactiver le VPN (ou de l’activer), ou d’essayer le partage de connexion d’un téléphone, puis de cliquer à nouveau sur « Vérifier maintenant ».
guide-network-team = Si l’échec ne se produit que sur le réseau de l’entreprise, appelez l’équipe réseau.
guide-stopped-dns = Cela s’est arrêté pendant la recherche de l’adresse du portail : c’est très probablement son réseau, pas le fournisseur.
guide-stopped-connect = Cela s’est arrêté pendant la connexion : c’est très probablement son réseau, pas le fournisseur.
guide-stopped-tls = Cela s’est arrêté pendant l’établissement de la connexion sécurisée : c’est très probablement son réseau, pas le fournisseur.
guide-slow = Cela fonctionne, mais lentement : demandez-lui d’attendre que chaque page ait fini de charger et de ne pas cliquer deux fois.
guide-captive = Son Wi-Fi demande d’abord d’accepter ses conditions : demandez-lui d’ouvrir une page web quelconque (par exemple la page d’accueil de l’entreprise) et d’accepter les conditions du Wi-Fi, puis de cliquer à nouveau sur « Vérifier maintenant ».
guide-captive-hotspot = Si aucune page de connexion n’apparaît, le partage de connexion d’un téléphone fonctionne aussi.
guide-offline = L’appareil n’est pas en ligne : vérifiez le Wi-Fi ou le câble réseau, et que le mode avion est désactivé.
guide-dns = L’adresse du portail est introuvable (DNS) : vérifiez qu’il est en ligne, désactivez ou activez le VPN, ou essayez le partage de connexion d’un téléphone.
guide-dns-team = Si l’échec ne se produit que sur le réseau de l’entreprise, appelez l’équipe réseau (DNS).
guide-proxy = Le proxy de son réseau demande une connexion : demandez-lui d’ouvrir un navigateur et de se connecter au proxy lorsqu’il le demande, puis de cliquer à nouveau sur « Vérifier maintenant ».
guide-proxy-team = Si aucune invite n’apparaît, appelez l’équipe réseau (proxy).
guide-connect = La connexion a été refusée ou coupée : un pare-feu, un proxy ou un VPN la bloque peut-être. Essayez sans le VPN ou depuis un autre réseau.
guide-connect-team = Si des collègues sur le même réseau peuvent l’atteindre, appelez l’équipe réseau ; sinon, traitez-le comme une panne du fournisseur.
guide-throttled = Le service a demandé de ralentir (429) : demandez-lui d’attendre quelques minutes et de réessayer une seule fois ; des clics répétés aggravent la situation.
guide-client = Le portail a refusé la demande : vérifiez qu’il est connecté avec son compte professionnel (et non personnel) et essayez une fenêtre de navigation privée.
guide-client-escalate-id = Si cela persiste, transmettez à l’équipe chargée des identités avec l’ID de demande { $id }.
guide-client-escalate = Si cela persiste, transmettez à l’équipe chargée des identités avec l’ID de demande (aucun fourni).
guide-redirect = Le portail redirige sans fin : effacez les cookies du site ou utilisez une fenêtre de navigation privée ; transmettez si cela persiste.
guide-other-outcome = Consultez l’explication ci-dessous ; si cela persiste, transmettez avec l’ID de demande.
guide-tls-inspection = Son réseau inspecte le trafic chiffré (inspection TLS), le portail ne peut donc pas être considéré comme fiable depuis ce réseau.
guide-tls-inspection-issuer = Son réseau inspecte le trafic chiffré (inspection TLS ; le certificat provient de « { $issuer } »), le portail ne peut donc pas être considéré comme fiable depuis ce réseau.
guide-tls-inspection-next = Demandez-lui d’essayer sans le VPN ou depuis un autre réseau (le partage de connexion d’un téléphone) ; si cela persiste, appelez l’équipe réseau : le portail doit être exclu de l’inspection TLS.
guide-tls-expired = Demandez-lui de vérifier la date et l’heure de l’ordinateur ; si elles sont justes, le certificat du fournisseur a expiré : transmettez à l’équipe chargée des identités.
guide-tls-other = La connexion sécurisée n’a pas pu être établie : quelque chose sur le réseau la redirige peut-être.
guide-tls-other-issuer = La connexion sécurisée n’a pas pu être établie (le certificat provient de « { $issuer } ») : quelque chose sur le réseau la redirige peut-être.
guide-tls-other-next = Demandez-lui d’essayer sans le VPN ou depuis un autre réseau ; si cela persiste, appelez l’équipe réseau.
guide-report-says = Le rapport indique : { $explanation }
guide-for-ticket = Pour le ticket : { $facts }.
guide-fact-http = HTTP { $status }
guide-fact-request-id = ID de demande { $id }
guide-fact-issuer = émetteur du certificat { $issuer }

## Pending work

guide-jobs-title = Tâches en attente
guide-job-queued = « { $what } » est en file d’attente après { $attempts ->
    [one] { $attempts } essai
   *[other] { $attempts } essais
} : MFA Ready la relance de lui-même ; demandez-lui de ne pas la relancer à la main.
guide-job-queued-error = « { $what } » est en file d’attente après { $attempts ->
    [one] { $attempts } essai
   *[other] { $attempts } essais
} (dernière erreur : { $error }) : MFA Ready la relance de lui-même ; demandez-lui de ne pas la relancer à la main.
guide-job-refused = « { $what } » a échoué : le service l’a refusée, la renvoyer telle quelle ne servira donc à rien. Vérifiez les informations avec lui (pour un téléphone, le numéro) et relancez-la, ou ajoutez la méthode avec lui dans le portail.
guide-job-refused-error = « { $what } » a échoué (dernière erreur : { $error }) : le service l’a refusée, la renvoyer telle quelle ne servira donc à rien. Vérifiez les informations avec lui (pour un téléphone, le numéro) et relancez-la, ou ajoutez la méthode avec lui dans le portail.
guide-job-stopped = « { $what } » a échoué : MFA Ready a cessé de réessayer. Quand le portail fonctionnera de nouveau, relancez-la avec lui (un téléphone : « Ajouter le téléphone » sous « Ajouter un numéro de téléphone ») ou ajoutez la méthode dans le portail.
guide-job-stopped-error = « { $what } » a échoué (dernière erreur : { $error }) : MFA Ready a cessé de réessayer. Quand le portail fonctionnera de nouveau, relancez-la avec lui (un téléphone : « Ajouter le téléphone » sous « Ajouter un numéro de téléphone ») ou ajoutez la méthode dans le portail.

## The evidence

guide-evidence-title = Consigner la preuve des problèmes du service
guide-logs-none = Avant d’accorder un délai, retrouvez ces tentatives dans les journaux de connexion et d’audit du locataire d’après leur heure et l’utilisateur (le rapport ne contient aucun ID de demande pour elles).
guide-logs-request-ids = Avant d’accorder un délai, recherchez les ID de demande dans les journaux de connexion et d’audit du locataire : { $ids }.
guide-logs-client-ids = Avant d’accorder un délai, recherchez les client-request-id dans les journaux de connexion et d’audit du locataire : { $ids }.
guide-logs-both = Avant d’accorder un délai, recherchez les ID de demande ({ $request_ids }) et les client-request-id ({ $client_ids }) dans les journaux de connexion et d’audit du locataire.
guide-ids-more = { $ids } … et { $count } de plus
guide-not-proof = Le rapport n’est pas une preuve à lui seul : le code de support confirme seulement que l’utilisateur et vous avez ouvert le même fichier, et n’importe qui peut modifier un rapport et calculer un nouveau code.
guide-attach = Joignez le rapport au ticket (ou collez ce qu’affiche `mfa-ready report --evidence`) avec le code de support { $code }.

## Temporary Access Pass

guide-tap-urgent-title = Délivrer un passe d’accès temporaire (Temporary Access Pass), ou accorder un délai
guide-tap-urgent = La date limite est le { $time } UTC ({ $left }) et le service a bloqué { $count ->
    [one] { $count } tentative
   *[other] { $count } tentatives
} : l’utilisateur n’a pas pu s’enregistrer à temps sans que ce soit de sa faute.
guide-tap-urgent-how = Après votre vérification d’identité, et une fois que les journaux de connexion ou d’audit montrent les tentatives bloquées (voir l’étape de la preuve), délivrez un passe d’accès temporaire pour qu’il puisse ajouter ses méthodes dès que le portail fonctionne, ou accordez un délai ; notez le code de support { $code }.
guide-tap-none-title = Passe d’accès temporaire : pas pour ce motif
guide-tap-none = Il n’a encore aucune méthode qui fonctionne, et le rapport ne montre aucune tentative bloquée par le service à l’approche de la date limite : aidez-le à ajouter une méthode maintenant ; si sa connexion est déjà bloquée, suivez votre procédure d’enregistrement tardif.
guide-tap-one-title = Passe d’accès temporaire : seulement s’il a perdu sa seule méthode
guide-tap-one = Toutes ses méthodes sont sur un seul appareil ({ $device }). S’il l’a perdu ou remplacé, vérifiez son identité et délivrez un passe d’accès temporaire pour qu’il puisse enregistrer de nouvelles méthodes.
guide-tap-many-title = Passe d’accès temporaire : inutile
guide-tap-many = Ses méthodes sont sur plusieurs appareils : s’il en a perdu un, il peut se connecter avec un autre et ajouter un remplaçant. N’en délivrez un que s’il a perdu tous ses appareils.

## Before you hang up

guide-close-title = Avant de raccrocher
guide-close-code = Notez le code de support { $code } dans le ticket.
guide-close-verdict = Dès qu’il ajoute une méthode, le verdict de MFA Ready se met à jour de lui-même ; demandez-lui de vérifier qu’il indique « { verdict-ready } ».
guide-close-new-report = Si quelque chose a changé depuis, demandez un nouveau rapport : il aura un nouveau code de support.
