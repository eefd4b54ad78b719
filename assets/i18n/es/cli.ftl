# Las palabras de la línea de comandos para personas: el idioma sigue LC_ALL, LC_MESSAGES, LANG.
# Lo que leen los scripts (--json, códigos de salida) nunca cambia con él.
# `mfa-ready status`: un titular y luego líneas con etiqueta (rellenadas a un mismo ancho).
# El programa añade «:» justo después de cada etiqueta status-label-*.
# $left es «Quedan 3 días», «Fuera de plazo desde hace 2 días» o status-deadline-met: va tras un punto.

status-headline = { $organization }: { $verdict }
# A label and its colon, as the language writes it.
status-label = { $label }:
status-label-methods = Métodos
status-label-deadline = Fecha límite
status-label-missing = Pendiente
status-label-ignored = No cuenta
status-label-next = Siguiente paso
status-label-helpdesk = Servicio de asistencia
status-label-policy = Directiva
status-methods = { $have } de { $need }
status-methods-pr = { $have } de { $need } ({ $pr_have } de { $pr_need } resistentes al phishing)
status-deadline-org = { $date } (fecha límite de su organización). { $left }
status-deadline-personal = { $date } (fecha límite de su cuenta nueva). { $left }
status-deadline-met = Cumplida: todo listo
status-deadline-none = ninguna
status-overdue = { $days ->
    [0] Fuera de plazo desde hoy
    [one] Fuera de plazo desde hace 1 día
   *[other] Fuera de plazo desde hace { $days } días
}
status-next-step = Configurar { $method }

## remind, calendar, report, autostart: what the command did

cli-reminder-shown = Recordatorio mostrado: { $title }: { $body }
cli-reminder-not-shown = Recordatorio no mostrado: { $title }: { $body }
cli-reminder-none = No hay ningún recordatorio pendiente.
cli-calendar-saved = Fecha límite guardada en { $path }
cli-report-saved = Informe guardado en { $path } · código de soporte { $code }
cli-autostart-on = Los recordatorios al iniciar sesión están activados ({ $entry })
cli-autostart-off = Los recordatorios al iniciar sesión están desactivados ({ $entry })
cli-autostart-turned-off = Los recordatorios al iniciar sesión están desactivados

## methods: what is registered and what the policy accepts

cli-methods-not-set-up = sin configurar
cli-methods-not-accepted = su organización no lo acepta
cli-method-marked = { $id }: marcado como configurado
cli-method-already-marked = { $id }: ya estaba marcado
cli-method-removed = { $id }: quitado
cli-method-not-marked = { $id }: no estaba marcado

## check: one line for the fleet
# Qué agregar a continuación, según el id del método ($method); las líneas de abajo lo insertan.

cli-check-add = { $method ->
    [passkey] agregue una clave de acceso en el teléfono
    [security_key] agregue una llave de seguridad
    [windows_hello] configure Windows Hello para empresas
    [platform_credential] configure el SSO de plataforma para Mac
    [certificate] agregue una tarjeta inteligente o un certificado
    [authenticator_app] agregue una aplicación de autenticación
    [software_oath] agregue una aplicación generadora de códigos (TOTP)
    [hardware_oath] agregue un token de hardware
    [phone_sms] agregue los mensajes de texto (SMS) como método
    [phone_voice] agregue las llamadas de teléfono como método
   *[email] agregue un correo electrónico de recuperación
}
cli-check-ready = { $count ->
    [one] Listo: 1 método (resistentes al phishing: { $pr })
   *[other] Listo: { $count } métodos (resistentes al phishing: { $pr })
}
cli-check-not-ready-step = Aún no está listo: { cli-check-add }
cli-check-not-ready-step-by = Aún no está listo: { cli-check-add } antes del { $date }
cli-check-overdue-step = Fuera de plazo: { cli-check-add }
cli-check-overdue-step-by = Fuera de plazo: { cli-check-add } (la fecha límite era el { $date })
# Nada de lo que se puede agregar aquí ayudaría: lo primero que queda pendiente.
cli-check-not-ready = Aún no está listo: { $todo }
cli-check-not-ready-by = Aún no está listo (fecha límite: { $date }): { $todo }
cli-check-overdue = Fuera de plazo: { $todo }
cli-check-overdue-by = Fuera de plazo (la fecha límite era el { $date }): { $todo }
cli-check-see-status = consulte mfa-ready status

## policy show: labelled lines, the labels padded to one width

cli-policy-label-policy = Directiva
cli-policy-label-signature = Firma
cli-policy-label-organization = Organización
cli-policy-label-provider = Proveedor
cli-policy-label-tenant = Inquilino
cli-policy-label-deadline = Fecha límite
cli-policy-label-new-users = Usuarios nuevos
cli-policy-label-required = Requisitos
cli-policy-label-allowed = Permitidos
cli-policy-label-portal = Portal
cli-policy-label-helpdesk = Servicio de asistencia
cli-policy-deadline-none = ninguna
cli-policy-new-users = { $days ->
    [one] 1 día desde el primer uso
   *[other] { $days } días desde el primer uso
}
cli-policy-required = { $count ->
    [one] 1 método (resistentes al phishing: { $pr }), no todos en el mismo dispositivo
   *[other] { $count } métodos (resistentes al phishing: { $pr }), no todos en el mismo dispositivo
}
cli-policy-portal = { $name } <{ $url }> lento a partir de { $slow } ms, tiempo de espera { $timeout } ms
# De dónde viene la directiva ($path es su archivo).
cli-policy-from-flag = { $path } (indicada con --policy)
cli-policy-from-env = { $path } (de MFA_READY_POLICY)
cli-policy-from-system = { $path } (para todo el sistema)
cli-policy-from-beside = { $path } (junto al programa)
cli-policy-from-embedded = directiva predeterminada integrada (no se encontró ningún archivo de directiva)
# La firma: $signer es el comentario de confianza de la firma; $key, el id de la clave.
cli-signature-signed = firmada (clave { $key })
cli-signature-signed-by = firmada: { $signer } (clave { $key })
cli-signature-signed-until = firmada (clave { $key }; válida hasta el { $until })
cli-signature-signed-by-until = firmada: { $signer } (clave { $key }; válida hasta el { $until })
cli-signature-unsigned-required = directiva sin firmar (este dispositivo exige directivas firmadas)
cli-signature-unsigned = directiva sin firmar (no hay claves de confianza en este dispositivo)

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = No hay tareas.
cli-queue-job = tarea { $id }: { $text }
cli-queue-waiting = en espera
cli-queue-portal-back = { $portal } vuelve a funcionar: { $url }
cli-queue-retry = tarea { $id }: se intentará en el próximo `queue run` (o ahora mismo, si MFA Ready está abierto)
cli-queue-cancelled = tarea { $id }: cancelada
cli-queue-queued = { $sentence } (en cola como tarea { $id }; `mfa-ready queue run` o la ventana abierta lo volverán a intentar)
