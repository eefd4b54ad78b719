# MFA Ready : les rappels de date limite (notifications du bureau, également affichées par
# `mfa-ready remind`) et le fichier de calendrier (« Ajouter au calendrier », `mfa-ready calendar`).
# Traduction française ; la source est l’anglais (en/reminders.ftl).
# $organization est le nom de l’organisation ; $deadline la date limite avec la date, l’heure et le
# fuseau (« mardi 15 décembre 2026 à 17:00 UTC+1 ») ; $day le jour sans l’année (« mardi 15 décembre ») ;
# $have méthodes de connexion configurées sur $need requises.
# En français, one couvre 0 et 1.

## Le titre d’un rappel

reminder-due-title = { $days ->
    [one] Date limite de configuration MFA dans { $days } jour
   *[other] Date limite de configuration MFA dans { $days } jours
}
reminder-due-title-hours = { $hours ->
    [one] Date limite de configuration MFA dans { $hours } heure
   *[other] Date limite de configuration MFA dans { $hours } heures
}
reminder-due-title-soon = Date limite de configuration MFA dans moins d’une heure
reminder-overdue-title = Configuration MFA en retard

## Le texte d’un rappel

reminder-due-body = { $need ->
    [one] { $organization } a besoin de vos méthodes de connexion de secours d’ici le { $deadline }. Vous en avez configuré { $have } sur { $need } requise. Ouvrez MFA Ready pour en ajouter une autre.
   *[other] { $organization } a besoin de vos méthodes de connexion de secours d’ici le { $deadline }. Vous en avez configuré { $have } sur { $need } requises. Ouvrez MFA Ready pour en ajouter une autre.
}
# La date limite est propre à la personne : un nouvel utilisateur dispose d’un nombre de jours depuis le premier lancement.
reminder-due-body-personal = { $need ->
    [one] { $organization } a besoin de vos méthodes de connexion de secours d’ici le { $deadline }, votre date limite de nouvel utilisateur. Vous en avez configuré { $have } sur { $need } requise. Ouvrez MFA Ready pour en ajouter une autre.
   *[other] { $organization } a besoin de vos méthodes de connexion de secours d’ici le { $deadline }, votre date limite de nouvel utilisateur. Vous en avez configuré { $have } sur { $need } requises. Ouvrez MFA Ready pour en ajouter une autre.
}
reminder-overdue-body = { $need ->
    [one] { $organization } avait besoin de vos méthodes de connexion de secours avant le { $deadline }. Vous en avez configuré { $have } sur { $need } requise. Ouvrez MFA Ready pour terminer.
   *[other] { $organization } avait besoin de vos méthodes de connexion de secours avant le { $deadline }. Vous en avez configuré { $have } sur { $need } requises. Ouvrez MFA Ready pour terminer.
}
reminder-overdue-body-personal = { $need ->
    [one] { $organization } avait besoin de vos méthodes de connexion de secours avant le { $deadline }, votre date limite de nouvel utilisateur. Vous en avez configuré { $have } sur { $need } requise. Ouvrez MFA Ready pour terminer.
   *[other] { $organization } avait besoin de vos méthodes de connexion de secours avant le { $deadline }, votre date limite de nouvel utilisateur. Vous en avez configuré { $have } sur { $need } requises. Ouvrez MFA Ready pour terminer.
}
# Une fois en retard, qui peut aider : le premier moyen indiqué par l’organisation ($helpdesk est son nom).
reminder-helpdesk-phone = En cas de difficulté, appelez { $helpdesk } au { $phone }.
reminder-helpdesk-email = En cas de difficulté, écrivez à { $helpdesk } à l’adresse { $email }.
reminder-helpdesk-web = En cas de difficulté, { $helpdesk } peut vous aider : { $url }
reminder-helpdesk = En cas de difficulté, contactez { $helpdesk }.
# Le texte du rappel en retard, puis la phrase du support (deux phrases complètes).
reminder-with-helpdesk = { $reminder } { $helpdesk }

## Le fichier de calendrier : le titre de l’événement, sa description et chaque alarme

calendar-summary = Date limite de configuration MFA ({ $organization })
# Trois lignes ; $link est la page où configurer les méthodes.
calendar-description =
    Configurez au moins deux méthodes de connexion pour { $organization } d’ici le { $deadline }, afin que la perte de l’une d’elles ne vous bloque jamais l’accès.
    Configurez-les ici : { $link }
    MFA Ready vous indique ce qui manque.
# Ensuite, si l’organisation indique un support, une ligne chacun : son nom, puis comment le joindre.
calendar-helpdesk = Besoin d’aide ? Contactez { $helpdesk } :
# La même chose quand l’organisation n’indique que le nom du support.
calendar-helpdesk-name = Besoin d’aide ? Contactez { $helpdesk }.
calendar-helpdesk-phone = Téléphone : { $phone }
calendar-helpdesk-email = E-mail : { $email }
calendar-helpdesk-web = Web : { $url }
# Une alarme $days jours avant la date limite.
calendar-alarm = { $days ->
    [one] Date limite de configuration MFA pour { $organization } demain, { $day }
   *[other] Date limite de configuration MFA pour { $organization } dans { $days } jours, le { $day }
}
