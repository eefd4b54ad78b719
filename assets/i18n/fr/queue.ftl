# La file d’attente durable, telle que la fenêtre et la ligne de commande la présentent : ce que fait
# une tâche, où elle en est, comment elle s’est terminée, son historique. Source : en/queue.ftl.
# $phone est masqué (« +1 206 ••• 0100 ») ; $cause est une proposition en minuscules qui suit
# d’autres mots (« le service n’a pas répondu à temps »).

## What a job does

queue-action-verify = Vérification des méthodes inscrites
queue-action-phone = { $type ->
    [mobile] Ajout de votre téléphone { $phone }
    [alternateMobile] Ajout de votre autre mobile { $phone }
   *[office] Ajout de votre téléphone de bureau { $phone }
}
queue-action-portal = En attente du retour de { $portal } pour ajouter votre méthode { $method }

## The phone types of the "Add a phone number" form

queue-phone-type = { $type ->
    [mobile] mobile
    [alternateMobile] autre mobile
   *[office] téléphone de bureau
}

## A job's sentence: what it does, then where it stands

queue-job = { $action } : { $status }
queue-status-done = c’est fait
queue-status-cancelled = tâche annulée
queue-status-failed = échec
queue-status-failed-cause = échec, { $cause }
queue-status-trying = essai en cours (tentative n° { $attempt })
queue-status-sign-in = { $cause } ; en attente de votre connexion
queue-status-portal = { $cause } ; MFA Ready vous préviendra dès qu’il sera de nouveau disponible
# $attempt vaut 0 avant le premier essai.
queue-status-next-now = { $attempt ->
    [0] prochain essai maintenant
   *[other] prochain essai maintenant (tentative n° { $attempt })
}
queue-status-next-in = { $attempt ->
    [0] prochain essai dans { $wait }
   *[other] prochain essai dans { $wait } (tentative n° { $attempt })
}
queue-status-cause-next-now = { $attempt ->
    [0] { $cause } ; prochain essai maintenant
   *[other] { $cause } ; prochain essai maintenant (tentative n° { $attempt })
}
queue-status-cause-next-in = { $attempt ->
    [0] { $cause } ; prochain essai dans { $wait }
   *[other] { $cause } ; prochain essai dans { $wait } (tentative n° { $attempt })
}

## A countdown that ticks (unit symbols)

queue-wait-s = { $s } s
queue-wait-min = { $min } min
queue-wait-min-s = { $min } min { $s } s
queue-wait-h = { $h } h
queue-wait-h-min = { $h } h { $min } min

## Why an attempt failed (it follows other words; $status is an HTTP status)

queue-cause-timed_out = le service n’a pas répondu à temps
queue-cause-unreachable = le service est injoignable
queue-cause-slow_down = le service a demandé de ralentir
queue-cause-unavailable = le service est indisponible
queue-cause-server_error = le service a rencontré une erreur ({ $status })
queue-cause-refused = le service a refusé la demande
queue-cause-permission_missing = une autorisation manque
queue-cause-answered = le service a répondu { $status }
queue-cause-service_failed = le service a rencontré une erreur
queue-cause-sign_in_needed = vous devez vous connecter
queue-cause-resting = le service est en panne, MFA Ready lui laisse donc un peu de répit
queue-cause-portal_down = le portail est toujours en panne
queue-cause-not_understood = la réponse n’a pas pu être comprise
queue-cause-local = un problème est survenu sur cet ordinateur
queue-cause-api_off = votre organisation n’a pas activé ce dont MFA Ready a besoin
queue-cause-proxy_sign_in = le proxy de votre réseau demande une connexion

## What a job that succeeded did

queue-note-checked-none = Vérification faite : aucune méthode de connexion n’est encore inscrite
queue-note-checked = Vérification faite, méthodes confirmées : { $methods }
queue-note-checked-others = { $others ->
    [one] { $checked } ; 1 autre méthode de connexion n’a pas été comptée (MFA Ready ne connaît pas son type)
   *[other] { $checked } ; { $others } autres méthodes de connexion n’ont pas été comptées (MFA Ready ne connaît pas leur type)
}
# Entre les méthodes de cette liste.
queue-list-separator = {", "}
queue-note-phone-there = Votre téléphone { $phone } est bien inscrit (l’essai précédent avait abouti)
queue-note-phone-added = Votre téléphone { $phone } a été ajouté
queue-note-portal-back = { $portal } est de nouveau disponible : reprenez l’ajout de votre méthode { $method }

## Why a job stopped for good: what went wrong, then whom to contact

queue-give-up = { $problem } { $contact }
queue-give-up-phone = Le service n’a pas accepté ce numéro de téléphone ({ $service }).
queue-give-up-consent = Votre organisation n’a pas autorisé MFA Ready à effectuer cette opération (consentement manquant pour UserAuthenticationMethod.ReadWrite).
queue-give-up-api-off = Votre organisation n’a pas activé le paramètre dont MFA Ready a besoin pour lire vos méthodes de connexion ; le service informatique peut l’activer.
queue-give-up-scope = MFA Ready n’a pas été autorisé à lire vos méthodes de connexion. Reconnectez-vous ; si cela ne suffit pas, le service informatique doit l’autoriser.
queue-give-up-refused = Cela n’a pas fonctionné : { $cause } ({ $service }).
queue-give-up-max-age = { $kind ->
    [verify_methods] La vérification de vos méthodes n’a pas abouti : MFA Ready a réessayé pendant 3 jours, puis a abandonné ({ $cause }).
    [register_phone] Votre téléphone n’a pas pu être ajouté : MFA Ready a réessayé pendant 3 jours, puis a abandonné ({ $cause }).
   *[resume_portal_step] Le portail n’est pas redevenu disponible : MFA Ready a réessayé pendant 3 jours, puis a abandonné ({ $cause }).
}
queue-give-up-deadline = { $kind ->
    [verify_methods] La vérification de vos méthodes n’a pas abouti : MFA Ready a réessayé jusqu’à la date limite d’inscription, puis a abandonné ({ $cause }).
    [register_phone] Votre téléphone n’a pas pu être ajouté : MFA Ready a réessayé jusqu’à la date limite d’inscription, puis a abandonné ({ $cause }).
   *[resume_portal_step] Le portail n’est pas redevenu disponible : MFA Ready a réessayé jusqu’à la date limite d’inscription, puis a abandonné ({ $cause }).
}
queue-give-up-interrupted = { $kind ->
    [verify_methods] { $count ->
        [one] La vérification de vos méthodes n’a pas abouti : MFA Ready s’est arrêté { $count } fois pendant cette tâche et ne réessaiera plus.
       *[other] La vérification de vos méthodes n’a pas abouti : MFA Ready s’est arrêté { $count } fois de suite pendant cette tâche et ne réessaiera plus.
    }
    [register_phone] { $count ->
        [one] Votre téléphone n’a pas pu être ajouté : MFA Ready s’est arrêté { $count } fois pendant cette tâche et ne réessaiera plus.
       *[other] Votre téléphone n’a pas pu être ajouté : MFA Ready s’est arrêté { $count } fois de suite pendant cette tâche et ne réessaiera plus.
    }
   *[resume_portal_step] { $count ->
        [one] Le portail n’est pas redevenu disponible : MFA Ready s’est arrêté { $count } fois pendant cette tâche et ne réessaiera plus.
       *[other] Le portail n’est pas redevenu disponible : MFA Ready s’est arrêté { $count } fois de suite pendant cette tâche et ne réessaiera plus.
    }
}
queue-contact = Contactez votre support informatique.
queue-contact-desk = Contactez votre support informatique ({ $helpdesk }).
queue-contact-ref = Contactez votre support informatique et communiquez-lui la référence { $reference }.
queue-contact-desk-ref = Contactez votre support informatique ({ $helpdesk }) et communiquez-lui la référence { $reference }.
queue-contact-phone = Vérifiez le numéro et réessayez, ou contactez votre support informatique.
queue-contact-phone-desk = Vérifiez le numéro et réessayez, ou contactez votre support informatique ({ $helpdesk }).

## A job's history, line by line ($detail is the technical line for the helpdesk)

queue-history-queued = mise en file d’attente
queue-history-sending = envoi en cours
queue-history-cancelled = annulée par vous
queue-history-retry-asked = nouvel essai immédiat, à votre demande
queue-history-interrupted = interrompue (MFA Ready s’est arrêté pendant un essai) ; sera vérifiée puis relancée
queue-history-stopped = { $count ->
    [one] interrompue { $count } fois ; plus de nouvel essai
   *[other] interrompue { $count } fois de suite ; plus de nouvel essai
}
queue-history-retry = { $cause } ; prochain essai le { $time } ({ $detail })
queue-history-held = en attente, rien n’a été envoyé : { $cause } ({ $detail })
queue-history-failed = { $cause } ({ $detail })

## Why a phone number cannot be added (under the "Add a phone number" form)

queue-phone-empty = Saisissez un numéro de téléphone.
queue-phone-no-country = Commencez par + et l’indicatif du pays, par exemple +33 1 23 45 67 89.
queue-phone-bad-char = « { $char } » n’est pas autorisé dans un numéro de téléphone.
queue-phone-parentheses = Les parenthèses ne correspondent pas.
queue-phone-too-short = { $digits ->
    [one] Trop court : { $digits } chiffre ; il en faut au moins 8.
   *[other] Trop court : { $digits } chiffres ; il en faut au moins 8.
}
queue-phone-too-long = Trop long : { $digits } chiffres ; 15 au maximum.
queue-phone-country-zero = L’indicatif du pays ne peut pas commencer par 0.
