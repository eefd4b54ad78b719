# El informe de preparación tal como lo leen las personas: Markdown, página HTML y pestañas
# de la ventana del servicio de asistencia, en el idioma de quien lo guarda o lo lee.
# Fuente: el inglés (en/report.ftl). El informe JSON nunca cambia con el idioma.
# Las horas van en UTC a propósito (el usuario y el servicio de asistencia, en dos zonas
# horarias, leen la misma hora): $time es fecha y hora sin zona; cada mensaje dice «UTC».

## The header of the Markdown and of the HTML page

report-title = Informe de preparación para MFA: { $organization }
report-html-title = Informe de preparación para MFA · { $organization } · { $code }
report-html-heading = Informe de preparación para MFA
report-code = Código de soporte: { $code }
report-code-read-back = (léalo en voz alta para confirmar que es el informe correcto)
report-code-label = Código de soporte
report-generated = Generado
report-user-name = Nombre indicado por el usuario
report-html-meta = Generado el { $time } UTC
report-html-meta-name = Generado el { $time } UTC · para { $name }
# Una etiqueta con sus dos puntos.
report-label = { $label }:
report-utc = { $time } UTC
report-list = { $head }, { $next }
report-sentences = { $first } { $next }
report-yes = sí
report-no = no
report-unknown = desconocido

## Readiness

report-h-readiness = Preparación
report-f-verdict = Situación
report-f-methods = Métodos
report-f-phishing-resistant = Resistentes al phishing
report-f-deadline = Fecha límite vigente
report-f-time-left = Tiempo restante
report-f-next-step = Siguiente paso
report-gaps = Lo que falta
report-methods-count = { $need ->
    [one] { $have } de { $need } método
   *[other] { $have } de { $need } métodos
}
report-pr-count = { $need ->
    [one] { $have } de { $need } resistente al phishing
   *[other] { $have } de { $need } resistentes al phishing
}
report-deadline-at = { $source ->
    [organization] { $time } UTC (fecha límite de la organización)
    [personal] { $time } UTC (fecha límite para usuarios nuevos)
   *[other] { $time } UTC (desconocida)
}
report-deadline-none = ninguna

## The time left, as of the moment the report was made

report-left-days-hours = { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
} y { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
report-left-days = { $days ->
    [one] queda { $days } día
   *[other] quedan { $days } días
}
report-left-hours-minutes = { $hours ->
    [one] queda { $hours } hora
   *[other] quedan { $hours } horas
} y { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
report-left-hours = { $hours ->
    [one] queda { $hours } hora
   *[other] quedan { $hours } horas
}
report-left-minutes = { $minutes ->
    [one] queda { $minutes } minuto
   *[other] quedan { $minutes } minutos
}
report-left-seconds = { $seconds ->
    [one] queda { $seconds } segundo
   *[other] quedan { $seconds } segundos
}
report-overdue-days-hours = fuera de plazo desde hace { $days ->
    [one] { $days } día
   *[other] { $days } días
} y { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}
report-overdue-days = { $days ->
    [one] fuera de plazo desde hace { $days } día
   *[other] fuera de plazo desde hace { $days } días
}
report-overdue-hours-minutes = fuera de plazo desde hace { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} y { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
report-overdue-hours = { $hours ->
    [one] fuera de plazo desde hace { $hours } hora
   *[other] fuera de plazo desde hace { $hours } horas
}
report-overdue-minutes = { $minutes ->
    [one] fuera de plazo desde hace { $minutes } minuto
   *[other] fuera de plazo desde hace { $minutes } minutos
}
report-overdue-seconds = { $seconds ->
    [one] fuera de plazo desde hace { $seconds } segundo
   *[other] fuera de plazo desde hace { $seconds } segundos
}
report-overdue-now = fuera de plazo desde hace menos de un minuto

## Enrollment attempts during service problems (the evidence)

report-h-evidence = Intentos de registro durante problemas del servicio
report-evidence-none = Ninguno: el servicio no bloqueó ningún intento en los últimos 14 días.
report-col-time = Hora (UTC)
report-col-attempted = Intento
report-col-classification = Clasificación
report-col-http = HTTP
report-col-request-id = Id. de solicitud
report-col-client-request-id = client-request-id
report-col-incident-then = Incidente del proveedor en ese momento
report-incident-none-reported = ninguno notificado
report-times = { $count } × { $what }
report-lead-none = El servicio no bloqueó ningún intento en los últimos 14 días.
report-lead-attempts-at = El servicio, no el usuario, bloqueó { $attempts ->
    [one] { $attempts } intento de registro
   *[other] { $attempts } intentos de registro
} el { $time } UTC: { $how }.
report-lead-attempts-between = El servicio, no el usuario, bloqueó { $attempts ->
    [one] { $attempts } intento de registro
   *[other] { $attempts } intentos de registro
} entre el { $from } UTC y el { $to } UTC: { $how }.
report-lead-checks-at = El servicio, no el usuario, bloqueó { $checks ->
    [one] { $checks } comprobación del portal
   *[other] { $checks } comprobaciones del portal
} el { $time } UTC: { $how }.
report-lead-checks-between = El servicio, no el usuario, bloqueó { $checks ->
    [one] { $checks } comprobación del portal
   *[other] { $checks } comprobaciones del portal
} entre el { $from } UTC y el { $to } UTC: { $how }.
report-lead-both-at = El servicio, no el usuario, bloqueó { $attempts ->
    [one] { $attempts } intento de registro
   *[other] { $attempts } intentos de registro
} y { $checks ->
    [one] { $checks } comprobación del portal
   *[other] { $checks } comprobaciones del portal
} el { $time } UTC: { $how }.
report-lead-both-between = El servicio, no el usuario, bloqueó { $attempts ->
    [one] { $attempts } intento de registro
   *[other] { $attempts } intentos de registro
} y { $checks ->
    [one] { $checks } comprobación del portal
   *[other] { $checks } comprobaciones del portal
} entre el { $from } UTC y el { $to } UTC: { $how }.
report-lead-no-incident = Ningún canal de estado de los proveedores notificó un incidente en esos momentos.
report-lead-incident-unknown = Se desconoce si el proveedor notificó entonces un incidente: no se pudo leer ningún canal de estado desde este dispositivo.
report-lead-incident-one = Ocurrió mientras el canal de estado del proveedor notificaba un incidente ({ $incident }).
report-lead-incident-all = Los { $total } ocurrieron mientras el canal de estado del proveedor notificaba un incidente ({ $incident }).
report-lead-incident-some = { $during ->
    [one] { $during } de { $total } ocurrió mientras el canal de estado del proveedor notificaba un incidente ({ $incident }).
   *[other] { $during } de { $total } ocurrieron mientras el canal de estado del proveedor notificaba un incidente ({ $incident }).
}
report-lead-deadline = La fecha límite vigente es el { $time } UTC ({ $left }).
report-lead-close = Cada fila incluye el id. de solicitud del proveedor para rastrearla. Esto justifica conceder una prórroga o un Pase de acceso temporal (Temporary Access Pass).

## Methods

report-h-methods = Métodos
report-col-method = Método
report-col-kind = Tipo
report-col-tier = Nivel
report-col-device = Dispositivo
report-col-confirmed = Confirmado
report-col-since = Desde
report-col-counts = Cuenta
report-methods-none = Todavía no hay ningún método registrado.

## Queue jobs

report-h-jobs = Tareas en cola
report-col-job = Tarea
report-col-what = Qué
report-col-state = Estado
report-col-attempts = Intentos
report-col-updated = Actualizado (UTC)
report-col-last-error = Último error
report-jobs-none = No hay tareas en cola.
report-last-error = { $error } (id. de solicitud { $id })
report-history = Historial de la tarea { $id } (de la más antigua a la más reciente)
report-history-older = { $count ->
    [one] … { $count } línea anterior no mostrada
   *[other] … { $count } líneas anteriores no mostradas
}
report-history-line = { $time } · { $state } · intento { $attempt } · { $detail }

## Portal health

report-h-portals = Estado de los portales (última comprobación de cada portal)
report-col-portal = Portal
report-col-checked = Comprobado (UTC)
report-col-outcome = Resultado
report-col-phases = Fases
report-col-issuer = Emisor del certificado
report-portals-none = No se comprobó ningún portal en los últimos 14 días.
report-portal = { $name } ({ $url })
report-outcome = { $outcome ->
    [healthy] funciona
    [slow] lento
    [gateway_timeout] tiempo de espera agotado en la puerta de enlace
    [service_unavailable] servicio no disponible
    [server_error] error del servidor
    [throttled] límite de solicitudes alcanzado
    [client_error] solicitud rechazada
    [redirect_loop] bucle de redirecciones
    [timeout] tiempo de espera agotado
    [dns_failure] error al resolver la dirección (DNS)
    [connect_failure] no se pudo conectar
    [tls_failure] error en la conexión segura
    [proxy_auth_required] el proxy pide iniciar sesión
    [captive_portal] página de inicio de sesión de la wifi (portal cautivo)
    [offline] dispositivo sin conexión
   *[other] desconocido
}
report-phase-dns = DNS { $ms } ms
report-phase-connect = conexión { $ms } ms
report-phase-tls = TLS { $ms } ms
report-phase-first-byte = primer byte { $ms } ms
report-phase-total = total { $ms } ms
report-timed-out = { $phase ->
    [dns] tiempo agotado en DNS
    [connect] tiempo agotado en la conexión
    [tls] tiempo agotado en TLS
    [first_byte] tiempo agotado esperando el primer byte
    [transfer] tiempo agotado en la transferencia
   *[other] tiempo agotado en una fase que esta versión no conoce
}

## Open vendor incidents

report-h-incidents = Incidentes abiertos de proveedores
report-col-feed = Canal
report-col-incident = Incidente
report-col-impact = Impacto
report-col-started = Inicio (UTC)
report-col-last-seen = Visto por última vez (UTC)
report-col-link = Enlace
report-impact = { $impact ->
    [none] ninguno
    [minor] menor
    [major] grave
    [critical] crítico
    [maintenance] mantenimiento
   *[other] desconocido
}
report-incidents-none = Ninguno notificado por los canales de estado (última lectura: { $time } UTC).
report-incidents-unknown = Desconocido: no se pudo leer ningún canal de estado de proveedores desde este dispositivo.

## Event log

report-h-events = Registro de eventos (últimos 14 días)
report-col-event = Evento
report-col-detail = Detalle
report-events-none = No hay eventos.
report-events-newest = Se muestran los { $shown } eventos más recientes de { $total }; el informe JSON los incluye todos.

## About this report

report-h-about = Acerca de este informe
report-f-policy = Directiva
report-f-policy-hash = SHA-256 de la directiva
report-f-signed = Firmada
report-f-app = MFA Ready
report-f-os = Sistema operativo
report-f-schema = Esquema del informe
report-policy-source = { $source ->
    [flag] --policy
    [env] MFA_READY_POLICY
    [system] de todo el sistema
    [beside_executable] junto al programa
    [embedded] directiva predeterminada integrada
   *[other] desconocida
}
report-policy-file = { $source } ({ $path })
report-signed-by = sí, por { $signer }
report-app-version = { $version } ({ $build })
