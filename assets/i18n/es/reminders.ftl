# MFA Ready: los recordatorios de la fecha límite (notificaciones del escritorio, que también
# muestra `mfa-ready remind`) y el archivo de calendario («Agregar al calendario», `mfa-ready calendar`).
# Traducción al español; la fuente es el inglés (en/reminders.ftl).
# $organization es el nombre de la organización; $deadline la fecha límite con fecha, hora y zona
# («martes, 15 de diciembre de 2026 a las 17:00 CET»); $day el día sin el año («martes, 15 de
# diciembre»); $have de $need métodos de inicio de sesión están configurados.

## El título de un recordatorio

reminder-due-title = { $days ->
    [one] La configuración de MFA vence en 1 día
   *[other] La configuración de MFA vence en { $days } días
}
reminder-due-title-hours = { $hours ->
    [one] La configuración de MFA vence en 1 hora
   *[other] La configuración de MFA vence en { $hours } horas
}
reminder-due-title-soon = La configuración de MFA vence en menos de una hora
reminder-overdue-title = La configuración de MFA está fuera de plazo

## El texto de un recordatorio

reminder-due-body = { $need ->
    [one] { $organization } necesita sus métodos de inicio de sesión de respaldo antes del { $deadline }. Tiene { $have } de 1 método de inicio de sesión necesario. Abra MFA Ready para agregar otro.
   *[other] { $organization } necesita sus métodos de inicio de sesión de respaldo antes del { $deadline }. Tiene { $have } de los { $need } métodos de inicio de sesión necesarios. Abra MFA Ready para agregar otro.
}
# La fecha límite es de la propia persona: las cuentas nuevas tienen unos días desde el primer inicio.
reminder-due-body-personal = { $need ->
    [one] { $organization } necesita sus métodos de inicio de sesión de respaldo antes del { $deadline }, la fecha límite de su cuenta nueva. Tiene { $have } de 1 método de inicio de sesión necesario. Abra MFA Ready para agregar otro.
   *[other] { $organization } necesita sus métodos de inicio de sesión de respaldo antes del { $deadline }, la fecha límite de su cuenta nueva. Tiene { $have } de los { $need } métodos de inicio de sesión necesarios. Abra MFA Ready para agregar otro.
}
reminder-overdue-body = { $need ->
    [one] { $organization } necesitaba sus métodos de inicio de sesión de respaldo antes del { $deadline }. Tiene { $have } de 1 método de inicio de sesión necesario. Abra MFA Ready para terminar.
   *[other] { $organization } necesitaba sus métodos de inicio de sesión de respaldo antes del { $deadline }. Tiene { $have } de los { $need } métodos de inicio de sesión necesarios. Abra MFA Ready para terminar.
}
reminder-overdue-body-personal = { $need ->
    [one] { $organization } necesitaba sus métodos de inicio de sesión de respaldo antes del { $deadline }, la fecha límite de su cuenta nueva. Tiene { $have } de 1 método de inicio de sesión necesario. Abra MFA Ready para terminar.
   *[other] { $organization } necesitaba sus métodos de inicio de sesión de respaldo antes del { $deadline }, la fecha límite de su cuenta nueva. Tiene { $have } de los { $need } métodos de inicio de sesión necesarios. Abra MFA Ready para terminar.
}
# Fuera de plazo, quién puede ayudar: la primera vía que indica la organización ($helpdesk es su nombre).
reminder-helpdesk-phone = Si necesita ayuda, llame a { $helpdesk } al { $phone }.
reminder-helpdesk-email = Si necesita ayuda, escriba a { $helpdesk } a { $email }.
reminder-helpdesk-web = Si necesita ayuda, { $helpdesk } puede ayudarle: { $url }
reminder-helpdesk = Si necesita ayuda, póngase en contacto con { $helpdesk }.
# El texto del recordatorio fuera de plazo y, después, la frase del servicio de asistencia (dos frases completas).
reminder-with-helpdesk = { $reminder } { $helpdesk }

## El archivo de calendario: el título del evento, su descripción y cada aviso

calendar-summary = Fecha límite para configurar MFA ({ $organization })
# Tres líneas; $link es la página donde se configuran los métodos.
calendar-description =
    Configure al menos dos métodos de inicio de sesión para { $organization } antes del { $deadline }, para no quedarse nunca sin acceso si pierde uno.
    Configúrelos aquí: { $link }
    MFA Ready le muestra lo que falta.
# Después, si la organización indica un servicio de asistencia, una línea cada uno: su nombre y cómo contactarlo.
calendar-helpdesk = ¿Necesita ayuda? Póngase en contacto con { $helpdesk }:
# Lo mismo cuando la organización solo indica el nombre del servicio de asistencia.
calendar-helpdesk-name = ¿Necesita ayuda? Póngase en contacto con { $helpdesk }.
calendar-helpdesk-phone = Teléfono: { $phone }
calendar-helpdesk-email = Correo electrónico: { $email }
calendar-helpdesk-web = Web: { $url }
# Un aviso $days días antes de la fecha límite.
calendar-alarm = { $days ->
    [one] Fecha límite para configurar MFA en { $organization }: mañana, { $day }
   *[other] Fecha límite para configurar MFA en { $organization }: en { $days } días, el { $day }
}
