# Modo del servicio de asistencia: la ventana que muestra un informe entregado y la guía
# creada a partir de él, en el idioma del servicio de asistencia. Fuente: el inglés
# (en/helpdesk.ftl); las secciones del informe están en report.ftl. Las horas en UTC lo dicen.

## The viewer

viewer-window-title = MFA Ready · servicio de asistencia
viewer-code = Código de soporte { $code }
viewer-from-name = Informe del { $time } · nombre escrito por el usuario: «{ $name }»
viewer-from = Informe del { $time } · sin nombre
viewer-close = Cerrar informe
viewer-code-meaning = El código de soporte confirma que usted y el usuario abrieron el mismo archivo. No demuestra que el informe sea auténtico: cualquiera puede editar un informe y calcular un código nuevo. Antes de conceder una prórroga, busque sus id. de solicitud en los registros de inicio de sesión y de auditoría del inquilino.
viewer-edited = Este archivo se modificó después de crearse: su contenido no coincide con su código de soporte, así que es posible que usted y el usuario no estén viendo el mismo informe. Pida de nuevo el informe al usuario.
viewer-tab-guide = Guía del servicio de asistencia
viewer-tab-overview = Información general
viewer-tab-methods = Métodos
viewer-tab-health = Estado de los portales
viewer-tab-pending = Tareas pendientes
viewer-tab-evidence = Problemas del servicio
viewer-evidence-intro = Antes de una prórroga o de un Pase de acceso temporal (Temporary Access Pass), busque estos id. de solicitud y client-request-id en los registros de inicio de sesión y de auditoría del inquilino; indique el código de soporte { $code }.
viewer-named = { $name }: { $value }
viewer-more = … { $count } más
viewer-closed = El informe está cerrado.
viewer-closed-hint = Cierre esta ventana o abra otro informe con --open-report ARCHIVO.

## The guide: confirm the report

guide-confirm-title = Confirmar el informe: código de soporte { $code }
guide-confirm-ask = Pregunte: «¿Puede leerme el código de soporte que aparece arriba en su informe?». Debe ser { $code }; si no lo es, está viendo otro informe.
guide-confirm-name = El informe dice que es de «{ $name }» (escrito por el usuario, sin comprobar): confirme con quién habla según lo exija su proceso de verificación de identidad.
guide-confirm-no-name = El informe no indica ningún nombre: confirme con quién habla según lo exija su proceso de verificación de identidad.

## What to ask

guide-ask-title = Pregunte, en este orden
guide-ask-ready = «¿Qué intenta hacer: iniciar sesión o agregar otro método?»
guide-ask-phone = «¿Tiene su teléfono a mano, desbloqueado y con conexión?»
guide-ask-key = «¿Tiene una llave de seguridad (una pequeña llave USB o NFC que le haya dado TI)?»
guide-ask-computer = «¿Está en el equipo que usa para trabajar?»
guide-ask-network = «¿Dónde está conectado: en la oficina, en casa, en la wifi de un hotel o de invitados, en la zona wifi de un teléfono? ¿Tiene activada una VPN?»
guide-ask-still-have = { $count ->
    [one] «¿Sigue teniendo este método: { $methods }?»
   *[other] «¿Sigue teniendo estos métodos: { $methods }?»
} (un dispositivo perdido o sustituido se lleva consigo sus métodos)
guide-and = { $head } y { $next }

## The verdict

guide-counts = { $methods }, { $pr }
guide-no-deadline = sin fecha límite
guide-next = Siguiente: { $step }
guide-ready-title = Listo: no hay nada que registrar
guide-ready-have = Tiene { $have ->
    [one] { $have } método
   *[other] { $have } métodos
} (resistentes al phishing: { $pr_have }) y { $organization } exige { $need } (resistentes al phishing: { $pr_need }): no hay nada que registrar.
guide-ready-not-enrollment = Si no puede iniciar sesión, el problema no es el registro: revise el estado de los portales y los registros de inicio de sesión.
guide-ready-two-devices = Recomiéndele tener métodos en dos dispositivos distintos, para que perder uno no le deje sin acceso.
guide-overdue-title = Fuera de plazo ({ $left }): { $counts }
guide-overdue = Es posible que su inicio de sesión ya esté restringido. Agreguen juntos el siguiente método ahora; si no puede iniciar sesión para agregarlo, consulte el paso del Pase de acceso temporal.
guide-not-ready-title = Aún no está listo ({ $left }): { $counts }
guide-stuck = Nada de lo que admite su directiva puede resolver esto en su equipo: revise los métodos permitidos con el equipo de identidades o regístrelo de otra forma (una llave de seguridad de TI, un Pase de acceso temporal).
guide-walk = Si los portales funcionan, guíele ahora por el siguiente paso; si un portal falla, MFA Ready mantiene la solicitud en cola y la reintenta por sí mismo.
guide-other-title = { $verdict } ({ $left }): { $counts }

## A failing portal

guide-portal-title = { $portal }: { $outcome }
guide-incident = { $feed }: { $title } (impacto: { $impact })
guide-provider-confirms = El proveedor lo confirma: «{ $incident }». Nada de lo que haga el usuario lo solucionará.
guide-provider-extension = Anote el código de soporte { $code } en el ticket y aplique el proceso de prórroga; el informe enumera cada intento bloqueado con su id. de solicitud.
guide-provider-no-incident = El lado del proveedor está fallando, pero ningún canal de estado notifica todavía un incidente. Sus intentos quedan registrados y las solicitudes en cola se reintentan solas: el usuario no tiene que hacer nada.
guide-provider-feeds-unknown = El lado del proveedor está fallando, pero su dispositivo no pudo leer ningún canal de estado de proveedores, así que se desconoce si el proveedor lo sabe. Sus intentos quedan registrados y las solicitudes en cola se reintentan solas: el usuario no tiene que hacer nada.
guide-escalate-id = Si continúa, escale al equipo de identidades con el id. de solicitud { $id }; si la fecha límite está cerca, aplique el proceso de prórroga con el código de soporte { $code }.
guide-escalate = Si continúa, escale al equipo de identidades con el id. de solicitud; si la fecha límite está cerca, aplique el proceso de prórroga con el código de soporte { $code }.
guide-not-again = Pídale que no vuelva a agregar a mano el mismo método mientras siga fallando.
guide-network-switch = Pídale que desactive la VPN (o que la active), o que pruebe con la zona wifi de un teléfono, y que vuelva a pulsar «Comprobar ahora».
guide-network-team = Si solo falla en la red de la empresa, llame al equipo de red.
guide-stopped-dns = Se detuvo al buscar la dirección del portal: lo más probable es que sea su red, no el proveedor.
guide-stopped-connect = Se detuvo al conectarse: lo más probable es que sea su red, no el proveedor.
guide-stopped-tls = Se detuvo al establecer la conexión segura: lo más probable es que sea su red, no el proveedor.
guide-slow = Funciona, pero despacio: pídale que espere a que cada página termine de cargar y que no haga doble clic.
guide-captive = Su wifi pide antes aceptar sus condiciones: pídale que abra cualquier página web (por ejemplo, la página principal de la empresa), que acepte las condiciones de la wifi y que vuelva a pulsar «Comprobar ahora».
guide-captive-hotspot = Si no aparece ninguna página de inicio de sesión, también sirve la zona wifi de un teléfono.
guide-offline = El dispositivo no tiene conexión: revise la wifi o el cable de red, y que el modo avión esté desactivado.
guide-dns = No se puede resolver la dirección del portal (DNS): compruebe que tiene conexión, desactive o active la VPN, o pruebe con la zona wifi de un teléfono.
guide-dns-team = Si solo falla en la red de la empresa, llame al equipo de red (DNS).
guide-proxy = El proxy de su red pide iniciar sesión: pídale que abra un navegador, que inicie sesión en el proxy cuando se lo pida y que vuelva a pulsar «Comprobar ahora».
guide-proxy-team = Si no aparece ninguna solicitud, llame al equipo de red (proxy).
guide-connect = La conexión se rechazó o se cortó: es posible que un firewall, un proxy o una VPN la bloqueen. Pruebe sin la VPN o desde otra red.
guide-connect-team = Si los compañeros de la misma red pueden acceder, llame al equipo de red; si no, trátelo como un fallo del proveedor.
guide-throttled = El servicio pidió ir más despacio (429): pídale que espere unos minutos y lo intente una sola vez; hacer clic repetidamente lo empeora.
guide-client = El portal rechazó la solicitud: asegúrese de que inició sesión con su cuenta profesional (no con una personal) y pruebe con una ventana privada del navegador.
guide-client-escalate-id = Si persiste, escale al equipo de identidades con el id. de solicitud { $id }.
guide-client-escalate = Si persiste, escale al equipo de identidades con el id. de solicitud (no se indicó ninguno).
guide-redirect = El portal redirige una y otra vez: borre las cookies del sitio o use una ventana privada del navegador; escale si persiste.
guide-other-outcome = Lea la explicación de abajo; si persiste, escale con el id. de solicitud.
guide-tls-inspection = Su red inspecciona el tráfico cifrado (inspección TLS), así que desde allí no se puede confiar en el portal.
guide-tls-inspection-issuer = Su red inspecciona el tráfico cifrado (inspección TLS; el certificado procede de «{ $issuer }»), así que desde allí no se puede confiar en el portal.
guide-tls-inspection-next = Pídale que pruebe sin la VPN o desde otra red (la zona wifi de un teléfono); si persiste, llame al equipo de red: el portal debe quedar excluido de la inspección TLS.
guide-tls-expired = Pídale que compruebe la fecha y la hora del equipo; si son correctas, el certificado del proveedor ha caducado: escale al equipo de identidades.
guide-tls-other = No se pudo establecer la conexión segura: puede que algo en la red la esté redirigiendo.
guide-tls-other-issuer = No se pudo establecer la conexión segura (el certificado procede de «{ $issuer }»): puede que algo en la red la esté redirigiendo.
guide-tls-other-next = Pídale que pruebe sin la VPN o desde otra red; si persiste, llame al equipo de red.
guide-report-says = El informe dice: { $explanation }
guide-for-ticket = Para el ticket: { $facts }.
guide-fact-http = HTTP { $status }
guide-fact-request-id = id. de solicitud { $id }
guide-fact-issuer = emisor del certificado { $issuer }

## Pending work

guide-jobs-title = Tareas pendientes
guide-job-queued = «{ $what }» está en cola después de { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
}: MFA Ready lo reintenta por sí mismo; pídale que no lo vuelva a iniciar a mano.
guide-job-queued-error = «{ $what }» está en cola después de { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
} (último error: { $error }): MFA Ready lo reintenta por sí mismo; pídale que no lo vuelva a iniciar a mano.
guide-job-refused = «{ $what }» falló: el servicio lo rechazó, así que volver a enviarlo sin cambios no servirá. Revise los datos con el usuario (para un teléfono, el número) y vuelva a iniciarlo, o agreguen juntos el método en el portal.
guide-job-refused-error = «{ $what }» falló (último error: { $error }): el servicio lo rechazó, así que volver a enviarlo sin cambios no servirá. Revise los datos con el usuario (para un teléfono, el número) y vuelva a iniciarlo, o agreguen juntos el método en el portal.
guide-job-stopped = «{ $what }» falló: MFA Ready dejó de intentarlo. Cuando el portal vuelva a funcionar, inícielo de nuevo con el usuario (un teléfono: «Agregar teléfono» en «Agregar un número de teléfono») o agregue el método en el portal.
guide-job-stopped-error = «{ $what }» falló (último error: { $error }): MFA Ready dejó de intentarlo. Cuando el portal vuelva a funcionar, inícielo de nuevo con el usuario (un teléfono: «Agregar teléfono» en «Agregar un número de teléfono») o agregue el método en el portal.

## The evidence

guide-evidence-title = Deje constancia de los problemas del servicio
guide-logs-none = Antes de conceder una prórroga, busque estos intentos en los registros de inicio de sesión y de auditoría del inquilino por su hora y el usuario (el informe no incluye ningún id. de solicitud para ellos).
guide-logs-request-ids = Antes de conceder una prórroga, busque los id. de solicitud en los registros de inicio de sesión y de auditoría del inquilino: { $ids }.
guide-logs-client-ids = Antes de conceder una prórroga, busque los client-request-id en los registros de inicio de sesión y de auditoría del inquilino: { $ids }.
guide-logs-both = Antes de conceder una prórroga, busque los id. de solicitud ({ $request_ids }) y los client-request-id ({ $client_ids }) en los registros de inicio de sesión y de auditoría del inquilino.
guide-ids-more = { $ids } … y { $count } más
guide-not-proof = El informe no es una prueba por sí solo: el código de soporte solo confirma que usted y el usuario abrieron el mismo archivo, y cualquiera puede editar un informe y calcular un código nuevo.
guide-attach = Adjunte el informe al ticket (o pegue lo que muestra `mfa-ready report --evidence`) con el código de soporte { $code }.

## Temporary Access Pass

guide-tap-urgent-title = Emitir un Pase de acceso temporal (Temporary Access Pass) o conceder una prórroga
guide-tap-urgent = La fecha límite es el { $time } UTC ({ $left }) y el servicio bloqueó { $count ->
    [one] { $count } intento
   *[other] { $count } intentos
}: no pudo registrarse a tiempo por causas ajenas a su voluntad.
guide-tap-urgent-how = Después de verificar su identidad y cuando los registros de inicio de sesión o de auditoría muestren los intentos bloqueados (vea el paso de la constancia), emita un Pase de acceso temporal para que pueda agregar sus métodos cuando el portal funcione, o conceda una prórroga; anote el código de soporte { $code }.
guide-tap-none-title = Pase de acceso temporal: no por este motivo
guide-tap-none = Todavía no tiene ningún método que funcione y el informe no muestra ningún intento bloqueado por el servicio cerca de la fecha límite: ayúdele a agregar un método ahora; si su inicio de sesión ya está bloqueado, siga su proceso de registro tardío.
guide-tap-one-title = Pase de acceso temporal: solo si perdió su único método
guide-tap-one = Todos sus métodos están en un solo dispositivo ({ $device }). Si lo perdió o lo sustituyó, verifique su identidad y emita un Pase de acceso temporal para que pueda registrar métodos nuevos.
guide-tap-many-title = Pase de acceso temporal: no es necesario
guide-tap-many = Sus métodos están en más de un dispositivo: si perdió uno, puede iniciar sesión con otro y agregar uno de sustitución. Emita uno solo si perdió todos sus dispositivos.

## Before you hang up

guide-close-title = Antes de colgar
guide-close-code = Anote el código de soporte { $code } en el ticket.
guide-close-verdict = En cuanto agregue un método, el resultado de MFA Ready se actualiza solo; pídale que compruebe que indica «{ verdict-ready }».
guide-close-new-report = Si algo ha cambiado desde entonces, pida un informe nuevo: tendrá un código de soporte nuevo.
