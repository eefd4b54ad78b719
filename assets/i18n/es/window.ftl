# MFA Ready: la ventana, en español (neutro). El origen es el inglés (en/window.ftl).
# Oraciones completas con argumentos con nombre; las reglas de plural de Fluent eligen la forma.

app-name = MFA Ready
# Título de la ventana (lo que lee un lector de pantalla): $page es el nombre de la página.
window-title = MFA Ready · { $page }
header-title = MFA Ready · { $organization }

## Menus and shortcuts

menu-file = Archivo
menu-open-report = Abrir informe…
menu-share = Compartir con el servicio de asistencia…
menu-save-report = Guardar informe…
menu-close-report = Cerrar informe
menu-view = Ver
menu-theme-system = Tema: igual que el sistema
menu-theme-light = Tema: claro
menu-theme-dark = Tema: oscuro
menu-text-larger = Texto más grande
menu-text-smaller = Texto más pequeño
menu-text-reset = Tamaño de texto normal
menu-check-portals = Comprobar los portales ahora
menu-language = Idioma
# Primera opción de Ver → Idioma: el idioma del sistema, con su nombre en ese idioma («Deutsch»).
menu-language-system = Igual que el sistema ({ $language })
menu-language-required = Establecido por su organización
# Se muestra cuando el idioma elegido necesita una fuente que este equipo no tiene.
notice-font-missing = No se puede mostrar texto en japonés: no se encontró ninguna fuente japonesa en este equipo, así que MFA Ready se muestra en inglés. Su departamento de TI puede instalar una (por ejemplo, Noto Sans CJK).

## Pages

page-overview = Información general
page-methods = Métodos
page-summary = Listo
page-health = Estado de los portales
# Un paso del asistente: «1  Información general».
page-step = { $number }  { $page }
nav-back = ‹ Atrás
nav-next = Siguiente: { $page } ›
pending-badge = { $count ->
    [one] 1 tarea pendiente
   *[other] { $count } tareas pendientes
}

## The hero: one state at a glance

hero-ready = Todo listo
hero-ready-detail = Aunque pierda un método, podrá seguir iniciando sesión. Manténgalos al día: agregue el teléfono nuevo antes de restablecer el anterior.
hero-left = { $count ->
    [one] Queda 1 paso antes del { $date }
   *[other] Quedan { $count } pasos antes del { $date }
}
hero-left-no-deadline = { $count ->
    [one] Queda 1 paso por completar
   *[other] Quedan { $count } pasos por completar
}
hero-overdue = { $days ->
    [0] Fuera de plazo: la fecha límite de su organización venció hoy
    [one] Fuera de plazo: la fecha límite de su organización venció hace 1 día
   *[other] Fuera de plazo: la fecha límite de su organización venció hace { $days } días
}
hero-overdue-personal = { $days ->
    [0] Fuera de plazo: la fecha límite de su cuenta nueva venció hoy
    [one] Fuera de plazo: la fecha límite de su cuenta nueva venció hace 1 día
   *[other] Fuera de plazo: la fecha límite de su cuenta nueva venció hace { $days } días
}
hero-not-ready-detail = Hasta entonces, si pierde un método de inicio de sesión, podría quedarse sin acceso.
hero-overdue-detail = Termine ahora o llame a su servicio de asistencia: pueden darle más tiempo.
hero-days-left = { $days ->
    [one] Queda 1 día
   *[other] Quedan { $days } días
}
hero-hours-left = { $hours ->
    [one] Queda 1 hora
   *[other] Quedan { $hours } horas
}
hero-minutes-left = Queda menos de una hora
hero-deadline = Fecha límite: { $date }
hero-personal-deadline = Esta es la fecha límite para su cuenta nueva.
hero-no-deadline = No hay fecha límite, pero no espere: agregue hoy sus métodos de respaldo.
# Texto y nombre accesible de la barra de progreso.
progress-methods = { $need ->
    [one] { $have } de { $need } método
   *[other] { $have } de { $need } métodos
}
progress-methods-pr = { $have } de { $need } métodos · { $pr_have } de { $pr_need } resistentes al phishing
progress-label = Progreso de la preparación: { $percent } por ciento

## The checklist

checklist-title = Lo que falta
checklist-done-title = Lo que ya tiene
checklist-more-methods = { $count ->
    [one] Agregue 1 método de inicio de sesión más
   *[other] Agregue { $count } métodos de inicio de sesión más
}
checklist-more-pr = { $count ->
    [one] Agregue un método resistente al phishing (una clave de acceso o una llave de seguridad le protegen mejor)
   *[other] Agregue { $count } métodos resistentes al phishing más
}
checklist-other-device = Configure un método en otro dispositivo para no quedarse sin acceso si pierde el teléfono
checklist-set-up = Configurar { $method }
    .label = Configurar { $method }: { $item }
checklist-choose = Elegir un método
checklist-nothing-here = Este equipo no admite ninguno de los métodos que acepta su organización: consulte a su servicio de asistencia.
checklist-have = { $method }, en { $device }
checklist-not-counted-title = No cuentan

## Tools on the overview

tools-title = No deje pasar la fecha límite
tools-calendar = Agregar al calendario
tools-calendar-save-as = Guardar el archivo de calendario como:
tools-calendar-save = Guardar
tools-remind = Recordarme al iniciar sesión
tools-book = Pedir cita al servicio de asistencia
tools-share = Compartir con el servicio de asistencia…
service-title = Comprobar y agregar con el servicio de su organización
service-sign-in = Iniciar sesión para ver qué está registrado
service-check = Comprobar qué está registrado
service-add-phone = Agregar un número de teléfono
service-phone-number = Número de teléfono
service-phone-type = Tipo de teléfono
service-phone-add = Agregar teléfono
service-off = Su departamento de TI puede conectar MFA Ready a su cuenta para que lo compruebe por usted.

## Methods

methods-intro = { $organization } acepta estos métodos. Configure al menos { $count } en dispositivos distintos; los marcados como resistentes al phishing son los que mejor le protegen.
method-set-up = Configurado
method-verified = Configurado (verificado)
method-recommended = Siguiente recomendado
method-lives-on = Está en { $device }. Necesita: { $need }
method-not-accepted = Su organización no lo acepta: no cuenta.
method-elsewhere-windows = Configúrelo en un equipo con Windows y márquelo aquí cuando termine.
method-elsewhere-mac = Configúrelo en un Mac y márquelo aquí cuando termine.
method-elsewhere-other = Configúrelo en otro equipo y márquelo aquí cuando termine.
method-how = Cómo configurar { $method }
method-open = Abrir página de configuración
    .label = Abrir la página de configuración de { $method }
method-done = Ya lo configuré
    .label = Ya configuré { $method }
method-remove = Quitar
    .label = Quitar { $method }
method-scan = Escanee con el teléfono para abrir allí la página de configuración:
method-qr = Código QR: la página de configuración de { $method }
method-copy-link = Copiar vínculo
    .label = Copiar el vínculo de configuración de { $method }

## Done page

summary-ready = Todo listo. Mantenga sus métodos de respaldo seguros y al día.
summary-not-ready = Aún no ha terminado: vuelva a Métodos para completar los pasos que faltan.
summary-methods-title = Sus métodos de inicio de sesión
summary-none = Todavía ninguno.
summary-method-line = en { $device } · { $how } · desde { $since }
summary-missing = Pendiente: { $gap }
summary-lost-title = Si pierde el teléfono
summary-lost = Inicie sesión con otro de sus métodos, quite los métodos del teléfono perdido en la página de configuración y agregue el teléfono nuevo. Si ninguno de sus métodos funciona, llame a su servicio de asistencia: pueden emitirle un Pase de acceso temporal.
summary-copy = Copiar resumen

## Helpdesk card

helpdesk-need-help = ¿Necesita ayuda?
helpdesk-need-help-name = ¿Necesita ayuda? { $name }
helpdesk-contact = Póngase en contacto con el servicio de asistencia de TI.
helpdesk-phone = Teléfono: { $phone }
helpdesk-email = Correo electrónico: { $email }
helpdesk-open = Abrir página del servicio de asistencia

## Policy problems

policy-cannot-use = No se puede usar la directiva de su organización
policy-refused = No se pudo verificar la directiva de su organización en este equipo. Consulte a su departamento de TI.
policy-invalid = MFA Ready necesita la directiva de su organización para saber qué métodos de inicio de sesión y fechas límite se aplican. El archivo de directiva tiene problemas, así que no se ha cambiado nada. Póngase en contacto con su servicio de asistencia e indíqueles lo que se muestra a continuación.
policy-problems = Problemas encontrados
policy-copy-problems = Copiar los problemas

## Footer

footer-policy-built-in = Directiva: integrada
footer-policy-system = Directiva: establecida por su organización
footer-policy-file = Directiva: desde un archivo
footer-signed = Firmada por su departamento de TI
footer-unsigned = Sin firmar
footer-unsigned-required = Sin firmar, pero este equipo exige directivas firmadas
footer-clock-fixed = El reloj está fijado en { $time } para una simulación

## Notices

notice-dismiss = Descartar
notice-details = Detalles
notice-copy-details = Copiar detalles
notice-more = { $count ->
    [one] 1 aviso más
   *[other] { $count } avisos más
}
notice-copied = Copiado.
notice-copied-summary = Se copió el resumen.
notice-copied-link = Se copió el vínculo.
notice-saved-report = Se guardó el informe como { $file }.
notice-saved-calendar = Se guardó el archivo de calendario como { $file }.
notice-portal-back = { $portal } vuelve a funcionar: continúe agregando su { $method }.
notice-portal-back-title = { $portal } vuelve a funcionar
notice-job-done-title = Completado
notice-job-failed-title = No se pudo completar
notice-open-setup = Abrir página de configuración
notice-portal-failing = Parece que { $portal } tiene problemas en este momento, así que es posible que no pueda agregar su { $method }.
notice-watch = Avisarme cuando vuelva a funcionar
notice-browser-title = No se abrió el explorador
notice-browser = No se abrió el explorador. Copie el vínculo o escanéelo con el teléfono.
notice-browser-qr = Código QR del vínculo
notice-recovered = No se pudo leer su progreso guardado, así que MFA Ready empezó de cero. Se conservó una copia: su servicio de asistencia puede recuperarla.
notice-recovered-newer = Su progreso guardado lo escribió una versión más reciente de MFA Ready, así que esta empezó de cero. Se conservó una copia: su servicio de asistencia puede recuperarla.
notice-got-it = Entendido

## Problems (a plain sentence; what went wrong technically is under Details)

problem-not-saved = No se pudo guardar el cambio. Vuelva a intentarlo; si sigue fallando, reinicie MFA Ready.
problem-queue = Ahora mismo, MFA Ready no puede llevar el control de las tareas por reintentar. Lo volverá a intentar.
problem-queue-stopped = Ahora mismo, MFA Ready no puede llevar el control de las tareas por reintentar. Cierre MFA Ready y vuelva a abrirlo; si sigue ocurriendo, consulte a su servicio de asistencia.
problem-queue-unavailable = MFA Ready no puede llevar el control de las tareas por reintentar porque no se pudieron abrir sus datos guardados.
problem-request-not-saved = No se pudo guardar su solicitud, así que no se reintentará. Vuelva a intentarlo.
problem-retry-not-saved = No se pudo reintentar la tarea. Vuelva a intentarlo.
problem-cancel-not-saved = No se pudo cancelar la tarea. Vuelva a intentarlo.
problem-no-service = MFA Ready no puede hacer esto por usted aquí. Use la página de configuración.
problem-phone-rejected = Ese número de teléfono no se puede usar. Revíselo y vuelva a intentarlo.
problem-not-watched = MFA Ready no puede vigilar esa página por usted.
problem-sign-in-not-configured = El inicio de sesión aún no está configurado para su organización. Su departamento de TI puede activarlo.
problem-sign-in-unavailable = El inicio de sesión no empezó. Vuelva a intentarlo en un momento.
problem-sign-in-incomplete = El inicio de sesión no se completó. Vuelva a intentarlo.
problem-checks-off = Las comprobaciones de portales están desactivadas porque no se puede usar la directiva de su organización.
problem-not-opened = Esa página no se puede abrir de forma segura, así que MFA Ready no la abrió.
problem-needs-policy = Esto requiere la directiva de su organización, que ahora mismo no se puede usar.
problem-report-not-made = No se pudo crear el informe. Vuelva a intentarlo.
problem-report-not-saved = No se pudo guardar el informe en esa ubicación. Elija otra carpeta.
problem-calendar-not-saved = No se pudo guardar el archivo de calendario en esa ubicación. Elija otra carpeta.
problem-autostart-unavailable = En este equipo no se pueden configurar recordatorios al iniciar sesión.
problem-autostart-not-changed = No se pudieron cambiar los recordatorios al iniciar sesión. Vuelva a intentarlo.
problem-no-saved-state = Ahora mismo no se puede guardar su progreso en este equipo. Lo que haga se seguirá mostrando, pero consulte a su servicio de asistencia.
problem-services-stopped = El trabajo en segundo plano de MFA Ready se detuvo, así que los cambios no se guardan. Reinicie MFA Ready.
problem-report-not-opened = No se pudo abrir ese archivo como informe.
problem-report-not-a-file = Eso no es un archivo de informe. Guarde el informe como archivo y abra ese archivo.
problem-report-not-rendered = El informe no se puede mostrar en este formato, así que no se puede guardar ni copiar. Elija otro formato.

## Portal health

health-title = Estado de los portales
health-checking = Comprobando los portales de inicio de sesión…
health-not-checked = Todavía no se han comprobado los portales de inicio de sesión.
health-open = Estado de los portales
health-status = Estado del portal
health-light = { $portal }: { $severity ->
    [green] funciona
    [amber] lento o limitado
   *[red] no funciona
}
health-check-now = Comprobar ahora
health-checking-short = Comprobando…
health-back = Volver a Información general
health-history-not-saved = No se pudo guardar el historial.
health-none-yet = Aún no ha terminado ninguna comprobación.
health-checked-at = Comprobado a las { $time }. Su conexión: { $connection }.
health-last-checked = Última comprobación: { $time }
health-request-id = Id. de solicitud { $id }
health-certificate = Certificado de { $issuer } (quedan { $days } días)
health-technical = Detalles técnicos
health-copy = Copiar
health-provider-status = Estado del proveedor
health-feed-unreadable = { $feed }: no se pudo leer
health-feed-quiet = { $feed }: no hay incidentes abiertos
health-feed-incidents = { $count ->
    [one] { $feed }: 1 incidente abierto
   *[other] { $feed }: { $count } incidentes abiertos
}
health-incident = { $title } ({ $impact })
health-incident-since = { $title } ({ $impact }), desde el { $since }
health-incident-since-updated = { $title } ({ $impact }), desde el { $since }, actualizado el { $updated }
health-impact-none = sin impacto indicado
health-impact-minor = menor
health-impact-major = grave
health-impact-critical = crítico
health-impact-maintenance = mantenimiento
health-impact-unknown = impacto desconocido
health-incident-details = Detalles
health-history = Historial
health-available = { $count ->
    [one] Disponible en el { $percent } % de 1 comprobación desde { $time }
   *[other] Disponible en el { $percent } % de { $count } comprobaciones desde { $time }
}
health-phase-dns = DNS
health-phase-connect = Conexión
health-phase-tls = TLS
health-phase-first-byte = Primer byte
health-phase-total = Total

## Pending work

pending-title = Tareas pendientes
pending-state = { $state ->
    [pending] En espera
    [in_flight] En curso
    [succeeded] Completada
    [failed] Fallida
   *[cancelled] Cancelada
}
pending-reference = Referencia para el servicio de asistencia: { $id }
pending-retry = Reintentar ahora
    .label = Reintentar ahora: tarea { $id }
pending-cancel = Cancelar
    .label = Cancelar la tarea { $id }
pending-history = Historial
pending-history-line = { $time }  { $state }  intento { $attempt }  { $detail }

## The policy refusal, for IT

policy-details-for-it = Detalles para TI
policy-copy-details = Copiar los detalles

## Dialogs

open-report-title = Abrir un informe
open-report-intro = Informe guardado por un usuario con «Compartir con el servicio de asistencia» (.json). Se abre en solo lectura; no se envía ni se guarda nada.
open-report-file = Archivo de informe
open-report-open = Abrir
open-report-drop = También puede arrastrar el archivo a esta ventana.
dialog-close = Cerrar

## Share with helpdesk

share-title = Compartir con el servicio de asistencia
share-intro = Esto es exactamente lo que recibirá el servicio de asistencia. Los números de teléfono y las direcciones de correo electrónico aparecen enmascarados; no se incluyen contraseñas, tokens ni direcciones IP.
share-name = Su nombre (opcional):
share-name-label = Su nombre
share-update = Actualizar
share-format-markdown = Texto (Markdown, para un ticket)
share-format-html = Página web (HTML, se imprime en A4)
share-format-json = Datos (JSON)
share-code = Código de soporte { $code }
share-save-as = Guardar como:
share-save-as-label = Guardar informe como
share-save = Guardar
share-copy = Copiar
tools-calendar-save-as-label = Guardar archivo de calendario como
checklist-device = Haga que este equipo cumpla los requisitos de su organización (vea «Este equipo»)
# Por qué el siguiente paso no es un método más seguro: $why es el motivo en una oración aparte
# («El Bluetooth está desactivado: actívelo o elija una llave de seguridad.»).
checklist-skipped = Por ahora no se sugiere el método «{ $method }» en este equipo. { $why }
