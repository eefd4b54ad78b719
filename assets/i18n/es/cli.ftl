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

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = No hay tareas.
cli-queue-job = tarea { $id }: { $text }
cli-queue-waiting = en espera
cli-queue-portal-back = { $portal } vuelve a funcionar: { $url }
cli-queue-retry = tarea { $id }: se intentará en el próximo `queue run` (o ahora mismo, si MFA Ready está abierto)
cli-queue-cancelled = tarea { $id }: cancelada
cli-queue-queued = { $sentence } (en cola como tarea { $id }; `mfa-ready queue run` o la ventana abierta lo volverán a intentar)
