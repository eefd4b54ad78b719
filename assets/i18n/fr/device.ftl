# Cet ordinateur : les vérifications de sécurité que l’organisation peut exiger et la
# vérification préalable de chaque méthode (la section « Cet ordinateur » de la fenêtre et
# `mfa-ready device`). Traduction française ; la source est l’anglais (en/device.ftl).
# Chemins des paramètres avec « → », comme dans methods.ftl, et les noms qu’affichent
# Windows, macOS et GNOME en français.

device-title = Cet ordinateur
device-os = { $os }
device-check-again = Vérifier à nouveau
device-details = Informations relevées

# Les vérifications, selon leur identifiant dans la stratégie.
device-check-os_supported = Version du système d’exploitation
device-check-disk_encryption = Chiffrement du disque
device-check-screen_lock = Verrouillage de l’écran
device-check-firewall = Pare-feu
device-check-secure_boot = Secure Boot

# Les états sont des badges à côté du nom de la vérification (« Non conforme » et
# « Obligatoire » ne s’accordent pas).
device-status-pass = OK
device-status-fail = Non conforme
device-status-unknown = Vérification impossible
device-required = Obligatoire pour { $org }
device-not-required = Facultatif

# Le verdict : une phrase, puis ce qu’il faut faire pour chaque vérification bloquante.
# « fixées par { $org } » évite l’élision de « de » devant un nom qui commence par une voyelle.
device-meets = Cet ordinateur remplit les conditions fixées par { $org }.
device-does-not-meet = Cet ordinateur ne remplit pas les conditions fixées par { $org }.
device-warn-unknown = Certains paramètres exigés n’ont pas pu être vérifiés ici. Ils ne vous bloquent pas, mais votre service informatique pourrait vous poser la question.

# Ce qu’il faut faire, selon la correction et le système d’exploitation.
device-fix-update_os-windows = Installez les dernières mises à jour de Windows (Paramètres → Windows Update) ou demandez une version plus récente de Windows à votre service informatique.
device-fix-update_os-macos = Installez la dernière mise à jour de macOS (Réglages Système → Général → Mise à jour de logiciels) ou adressez-vous à votre service informatique.
device-fix-update_os-linux = Cette version de Linux est plus ancienne que ce qu’autorise votre organisation : demandez à votre service informatique de la mettre à niveau.
device-fix-update_os-other = Ce système d’exploitation est plus ancien que ce qu’autorise votre organisation : adressez-vous à votre service informatique.
device-fix-encrypt_disk-windows = Activez BitLocker (Paramètres → Confidentialité et sécurité → Chiffrement de l’appareil) ou adressez-vous à votre service informatique.
device-fix-encrypt_disk-macos = Activez FileVault (Réglages Système → Confidentialité et sécurité → FileVault).
device-fix-encrypt_disk-linux = Le disque n’est pas chiffré. Le chiffrement se choisit à l’installation de Linux : demandez à votre service informatique de réinstaller le système avec le chiffrement.
device-fix-encrypt_disk-other = Le disque n’est pas chiffré : adressez-vous à votre service informatique.
device-fix-turn_on_screen_lock-windows = Faites en sorte que l’écran se verrouille au bout de quelques minutes et ne se déverrouille qu’avec votre mot de passe ou votre code PIN (Paramètres → Comptes → Options de connexion).
device-fix-turn_on_screen_lock-macos = Exigez votre mot de passe dès le démarrage de l’économiseur d’écran (Réglages Système → Écran verrouillé).
device-fix-turn_on_screen_lock-linux = Activez le verrouillage automatique de l’écran (Paramètres → Confidentialité → Verrouillage de l’écran).
device-fix-turn_on_screen_lock-other = L’écran doit se verrouiller avec un mot de passe quand vous vous absentez : adressez-vous à votre service informatique.
device-fix-turn_on_firewall-windows = Activez le pare-feu (Sécurité Windows → Pare-feu et protection du réseau).
device-fix-turn_on_firewall-macos = Activez le coupe-feu (Réglages Système → Réseau → Coupe-feu).
device-fix-turn_on_firewall-linux = Le pare-feu est désactivé : demandez à votre service informatique de l’activer.
device-fix-turn_on_firewall-other = Le pare-feu est désactivé : demandez à votre service informatique de l’activer.
device-fix-turn_on_secure_boot-windows = Secure Boot est désactivé. Il s’active dans les paramètres du micrologiciel de l’ordinateur : adressez-vous à votre service informatique.
device-fix-turn_on_secure_boot-macos = Secure Boot est désactivé : adressez-vous à votre service informatique.
device-fix-turn_on_secure_boot-linux = Secure Boot est désactivé. Il s’active dans les paramètres du micrologiciel de l’ordinateur : adressez-vous à votre service informatique.
device-fix-turn_on_secure_boot-other = Secure Boot est désactivé : adressez-vous à votre service informatique.
device-fix-ask_it = Ce point n’a pas pu être vérifié sur cet ordinateur. Votre service informatique peut le confirmer pour vous.
device-open-settings = Ouvrir les paramètres

# Quelle méthode peut être configurée sur cet ordinateur maintenant.
device-preflight-title = Ce qui fonctionne sur cet ordinateur
device-preflight-ready = Utilisable ici
device-preflight-unknown = Vérification impossible
device-blocker-bluetooth_off = Le Bluetooth est désactivé : activez-le ou choisissez une clé de sécurité.
device-blocker-no_bluetooth = Cet ordinateur n’a pas de Bluetooth : configurez la clé d’accès directement dans le navigateur de votre téléphone ou choisissez une clé de sécurité.
device-blocker-browser_cannot = Votre navigateur ne peut pas utiliser la clé d’accès d’un téléphone sur cet ordinateur : utilisez Chrome ou Edge pour cette étape.
device-blocker-no_key_plugged_in = Aucune clé de sécurité n’est insérée : insérez-la d’abord.
device-blocker-hello_not_set_up = Windows Hello n’est pas configuré : ajoutez un code PIN dans Paramètres → Comptes → Options de connexion.
device-blocker-hello_unavailable = Windows Hello n’est pas disponible sur cet ordinateur : choisissez une autre méthode.
device-blocker-other_os = Cette méthode est destinée à un autre type d’ordinateur : choisissez une autre méthode.

# `mfa-ready device`.
device-cli-title = Cet ordinateur : { $os }
device-cli-check = { $check } : { $status }
device-cli-preflight = { $method } : { $state }
problem-settings-not-opened = La page des paramètres ne s’est pas ouverte. Ouvrez vous-même les paramètres de votre ordinateur ou adressez-vous à votre service informatique.

# The report's "This computer" section.
device-f-os = Système d’exploitation
device-f-policy = Exigences de l’organisation
device-col-check = Vérification
device-col-status = Résultat
device-col-required = Obligatoire
device-col-read = Ce qui a été lu
device-col-fix = Que faire
