# Les méthodes de connexion, telles que la fenêtre les nomme et les explique. Traduction française
# (France) de la source anglaise (en/methods.ftl), que core::methods reprend à l’identique pour la
# ligne de commande et les rapports. Identifiants : method-<id>, -summary, -you-need, -step-<n> (à partir de 1).

## Clé d’accès sur votre téléphone
method-passkey = Clé d’accès sur votre téléphone
method-passkey-summary = Une clé d’accès liée à l’appareil, conservée dans votre application d’authentification : rien à saisir, et les faux sites ne peuvent pas l’utiliser.
method-passkey-you-need = Votre smartphone avec l’application d’authentification, le Bluetooth activé et un verrouillage d’écran configuré.
method-passkey-step-1 = Ouvrez la page de configuration ci-dessous et choisissez « Ajouter une méthode de connexion », puis « Clé d’accès dans Microsoft Authenticator » (ou l’option de clé d’accès de votre fournisseur).
method-passkey-step-2 = Lorsque vous y êtes invité, scannez le code QR avec l’appareil photo de votre téléphone.
method-passkey-step-3 = Déverrouillez votre téléphone avec son code PIN, votre empreinte digitale ou votre visage pour créer la clé d’accès.
method-passkey-step-4 = Donnez à la clé d’accès un nom facile à reconnaître, par exemple « Mon téléphone pro ».

## Clé de sécurité
method-security_key = Clé de sécurité
method-security_key-summary = Une petite clé FIDO2 USB ou NFC : la méthode de secours la plus sûre, qui fonctionne même si vous perdez votre téléphone.
method-security_key-you-need = Une clé de sécurité FIDO2 (demandez à votre support informatique ; beaucoup d’organisations en fournissent) et un port USB libre ou le NFC.
method-security_key-step-1 = Ouvrez la page de configuration ci-dessous et choisissez « Ajouter une méthode de connexion », puis « Clé de sécurité ».
method-security_key-step-2 = Choisissez USB ou NFC, puis insérez votre clé ou approchez-la du lecteur lorsque vous y êtes invité.
method-security_key-step-3 = Définissez un code PIN pour la clé (au moins 4 chiffres) si elle n’en a pas encore.
method-security_key-step-4 = Touchez le bouton de la clé, puis donnez-lui un nom, par exemple « Clé bleue ».
method-security_key-step-5 = Gardez la clé sur votre trousseau ou en lieu sûr, à l’écart de votre téléphone.

## Windows Hello Entreprise
method-windows_hello = Windows Hello Entreprise
method-windows_hello-summary = Connectez-vous à ce PC Windows avec votre visage, votre empreinte digitale ou un code PIN.
method-windows_hello-you-need = Cet ordinateur Windows, joint à votre organisation, et un code PIN (une caméra ou un lecteur d’empreintes digitales est facultatif).
method-windows_hello-step-1 = Ouvrez Paramètres Windows → Comptes → Options de connexion.
method-windows_hello-step-2 = Sous « Code confidentiel (Windows Hello) », choisissez « Configurer » et confirmez avec vos identifiants actuels.
method-windows_hello-step-3 = Choisissez un code PIN que vous n’utilisez nulle part ailleurs.
method-windows_hello-step-4 = Si vous le souhaitez, ajoutez sur la même page la reconnaissance faciale ou la reconnaissance d’empreintes digitales.

## Platform SSO pour Mac
method-platform_credential = Platform SSO pour Mac
method-platform_credential-summary = Votre Mac devient lui-même un identifiant résistant au hameçonnage, déverrouillé avec Touch ID ou votre mot de passe.
method-platform_credential-you-need = Ce Mac, géré par votre organisation, avec l’application Portail d’entreprise.
method-platform_credential-step-1 = Repérez la notification « Enregistrement requis » sur votre Mac et cliquez sur « Enregistrer ».
method-platform_credential-step-2 = Connectez-vous avec votre compte professionnel lorsque le Portail d’entreprise vous le demande.
method-platform_credential-step-3 = Confirmez avec Touch ID ou le mot de passe de votre Mac.

## Carte à puce / certificat
method-certificate = Carte à puce / certificat
method-certificate-summary = Une carte à puce ou un certificat délivré par votre organisation.
method-certificate-you-need = Une carte à puce délivrée par votre organisation et un lecteur de cartes.
method-certificate-step-1 = Demandez une carte à puce à votre support informatique si vous n’en avez pas.
method-certificate-step-2 = Insérez la carte dans le lecteur et saisissez son code PIN lorsque vous y êtes invité.
method-certificate-step-3 = Ouvrez la page de configuration ci-dessous pour vérifier que la carte est bien associée à votre compte.

## Application d’authentification
method-authenticator_app = Application d’authentification
method-authenticator_app-summary = Approuvez les connexions sur votre téléphone en saisissant le nombre affiché à l’écran.
method-authenticator_app-you-need = Votre smartphone, avec l’application d’authentification de votre organisation (par exemple Microsoft Authenticator) installée.
method-authenticator_app-step-1 = Installez l’application d’authentification sur votre téléphone depuis l’App Store ou Google Play.
method-authenticator_app-step-2 = Ouvrez la page de configuration ci-dessous sur cet ordinateur et choisissez « Ajouter une méthode de connexion », puis « Application d’authentification ».
method-authenticator_app-step-3 = Dans l’application, appuyez sur « + » et scannez le code QR affiché sur la page de configuration.
method-authenticator_app-step-4 = Approuvez la notification de test en saisissant le nombre affiché à l’écran.

## Application de génération de codes (TOTP)
method-software_oath = Application de génération de codes (TOTP)
method-software_oath-summary = Toute application qui affiche un code à 6 chiffres renouvelé toutes les 30 secondes.
method-software_oath-you-need = Une application de génération de codes sur votre téléphone (Microsoft Authenticator, Google Authenticator ou une application similaire).
method-software_oath-step-1 = Ouvrez la page de configuration ci-dessous et choisissez « Ajouter une méthode de connexion », puis « Application d’authentification » → « Je veux utiliser une autre application d’authentification ».
method-software_oath-step-2 = Dans votre application de codes, ajoutez un compte et scannez le code QR.
method-software_oath-step-3 = Pour confirmer, saisissez sur la page de configuration le code à 6 chiffres affiché par l’application.

## Jeton matériel à code
method-hardware_oath = Jeton matériel à code
method-hardware_oath-summary = Un jeton au format porte-clés, doté d’un petit écran qui affiche un code.
method-hardware_oath-you-need = Un jeton matériel OATH fourni par votre support informatique, avec son numéro de série.
method-hardware_oath-step-1 = Procurez-vous un jeton auprès de votre support informatique : il l’associe à votre compte.
method-hardware_oath-step-2 = Ouvrez la page de configuration ci-dessous et trouvez le jeton sous « Jeton matériel ».
method-hardware_oath-step-3 = Appuyez sur le bouton du jeton et saisissez le code affiché pour l’activer.

## SMS
method-phone_sms = SMS
method-phone_sms-summary = Un code envoyé par SMS à votre numéro de mobile.
method-phone_sms-you-need = Un numéro de mobile pouvant recevoir des SMS.
method-phone_sms-step-1 = Ouvrez la page de configuration ci-dessous et choisissez « Ajouter une méthode de connexion », puis « Téléphone ».
method-phone_sms-step-2 = Saisissez votre numéro de mobile avec l’indicatif du pays et choisissez « Recevoir un code ».
method-phone_sms-step-3 = Saisissez sur la page de configuration le code reçu par SMS.

## Appel téléphonique
method-phone_voice = Appel téléphonique
method-phone_voice-summary = Un appel automatique sur votre téléphone ; appuyez sur # pour approuver.
method-phone_voice-you-need = Un numéro de téléphone auquel vous pouvez répondre (mobile ou bureau).
method-phone_voice-step-1 = Ouvrez la page de configuration ci-dessous et choisissez « Ajouter une méthode de connexion », puis « Téléphone » ou « Téléphone de bureau ».
method-phone_voice-step-2 = Saisissez le numéro avec l’indicatif du pays et choisissez « M’appeler ».
method-phone_voice-step-3 = Répondez à l’appel et appuyez sur # lorsque vous y êtes invité.

## E-mail de récupération
method-email = E-mail de récupération
method-email-summary = Une adresse e-mail personnelle pour réinitialiser votre mot de passe. Elle ne compte pas comme méthode de connexion.
method-email-you-need = Une adresse e-mail personnelle (pas celle du travail).
method-email-step-1 = Ouvrez la page de configuration ci-dessous et choisissez « Ajouter une méthode de connexion », puis « E-mail ».
method-email-step-2 = Saisissez une adresse e-mail personnelle et choisissez « Suivant ».
method-email-step-3 = Saisissez le code envoyé à cette adresse.

## Où se trouve une méthode (ce dont la perte vous prive d’elle)
# Inséré dans des phrases : « Se trouve sur votre téléphone », « Application d’authentification, sur votre téléphone ».
device-phone = votre téléphone
device-this_computer = cet ordinateur
device-hardware_key = une clé matérielle
device-phone_number = votre numéro de téléphone
device-mailbox = votre messagerie

## Niveau de protection d’une méthode (badges)
tier-phishing_resistant = Résistante au hameçonnage
tier-strong = Forte
tier-weak = Faible
tier-recovery_only = Récupération uniquement

## Comment on sait qu’une méthode est en place
source-verified = vérifiée par le service
source-self_attested = indiquée comme configurée, non vérifiée

## Le verdict (badges)
verdict-ready = Prêt
verdict-not_ready = Pas encore prêt
verdict-overdue = En retard
