# Lo que encontró una comprobación de un portal, en una oración para la persona que está
# ante el equipo (core::fault::Explanation). El origen es el inglés (en/explain.ftl).
# $portal es el nombre del portal («My Sign-Ins»). Cuando una redirección llevó a otro
# sitio, $redirected es «yes» y $host indica adónde llevó.
# En español, many se usa para 1 000 000 («1 000 000 de segundos»).

explain-healthy = { $portal } está disponible y responde con normalidad.
explain-slow = { $portal } funciona, pero responde con lentitud ({ $total } ms, por encima del límite de { $limit } ms).
explain-captive-portal = Su red muestra una página de inicio de sesión (portal cautivo), por lo que no se puede acceder a { $portal }: inicie sesión primero en la wifi.
explain-offline = Este dispositivo no está conectado a internet, por lo que no se puede acceder a { $portal }: revise la wifi o el cable de red.
explain-proxy-sign-in-407 = El proxy de su red pide iniciar sesión (407 Proxy Authentication Required) antes de poder acceder a { $portal }: el problema está en su red, no en { $portal }.
explain-proxy-sign-in = El proxy de su red pide iniciar sesión antes de poder acceder a { $portal }.
explain-proxy-refused = { $redirected ->
    [yes] El proxy de su red se negó a conectarse a { $host } (adonde redirigió { $portal }).
   *[no] El proxy de su red se negó a conectarse a { $portal }.
}
explain-timeout-dns = { $redirected ->
    [yes] { $portal } redirigió a { $host }, pero se agotó el tiempo de espera al buscar su dirección: la resolución de nombres (DNS) de su red no responde.
   *[no] Se agotó el tiempo de espera al buscar la dirección de { $portal }: la resolución de nombres (DNS) de su red no responde.
}
explain-timeout-connect = { $redirected ->
    [yes] { $portal } redirigió a { $host }, pero se agotó el tiempo de espera al conectarse: es posible que su red esté bloqueando la conexión o que el servicio esté caído.
   *[no] Se agotó el tiempo de espera al conectarse a { $portal }: es posible que su red esté bloqueando la conexión o que el servicio esté caído.
}
explain-timeout-tls = { $redirected ->
    [yes] { $portal } redirigió a { $host }, pero se agotó el tiempo de espera al establecer la conexión segura: no se pudo establecer la conexión segura a tiempo.
   *[no] Se agotó el tiempo de espera al establecer la conexión segura con { $portal }: no se pudo establecer la conexión segura a tiempo.
}
explain-timeout-first-byte = { $redirected ->
    [yes] { $portal } redirigió a { $host }, pero se agotó el tiempo de espera de su respuesta: el problema es que el servicio no responde, no su conexión.
   *[no] Se agotó el tiempo de espera de la respuesta de { $portal }: el problema es que el servicio no responde, no su conexión.
}
explain-timeout-transfer = { $redirected ->
    [yes] { $portal } redirigió a { $host }, pero se agotó el tiempo de espera al recibir la página: la página empezó a llegar, pero se detuvo; el servicio o su conexión van muy lentos.
   *[no] Se agotó el tiempo de espera al recibir la página de { $portal }: la página empezó a llegar, pero se detuvo; el servicio o su conexión van muy lentos.
}
explain-dns-failed = { $redirected ->
    [yes] No se pudo encontrar la dirección (DNS) de { $host }, adonde redirigió { $portal }: revise su conexión de red o la VPN.
   *[no] No se pudo encontrar la dirección (DNS) de { $portal }: revise su conexión de red o la VPN.
}
explain-refused = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que rechazó la conexión: es posible que el servicio esté caído o que un firewall la bloquee.
   *[no] { $portal } rechazó la conexión: es posible que el servicio esté caído o que un firewall la bloquee.
}
explain-reset = { $redirected ->
    [yes] La conexión con { $host } (adonde redirigió { $portal }) se cortó de golpe (reset): es posible que un firewall o un proxy de su red estén interfiriendo o que el servicio esté fallando.
   *[no] La conexión con { $portal } se cortó de golpe (reset): es posible que un firewall o un proxy de su red estén interfiriendo o que el servicio esté fallando.
}
explain-unreachable = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que no es accesible desde esta red: revise su conexión o la VPN.
   *[no] { $portal } no es accesible desde esta red: revise su conexión o la VPN.
}
explain-connect-failed = { $redirected ->
    [yes] No se pudo conectar con { $host } (adonde redirigió { $portal }).
   *[no] No se pudo conectar con { $portal }.
}
explain-not-http = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que respondió con algo que no es una respuesta web válida.
   *[no] { $portal } respondió con algo que no es una respuesta web válida.
}
explain-misconfigured = No se pudo comprobar { $portal }: la propia comprobación está mal configurada.
explain-insecure-redirect = { $portal } redirige a una dirección no segura ({ $to }), así que no se sigue la redirección: la página no se puede cargar de forma segura.
explain-insecure-redirect-unknown = { $portal } redirige a una dirección no segura (http sin cifrar), así que no se sigue la redirección: la página no se puede cargar de forma segura.
explain-tls-untrusted = { $redirected ->
    [yes] La conexión segura con { $host } (adonde redirigió { $portal }) está firmada por un emisor desconocido: es posible que su red esté inspeccionando el tráfico cifrado.
   *[no] La conexión segura con { $portal } está firmada por un emisor desconocido: es posible que su red esté inspeccionando el tráfico cifrado.
}
explain-tls-expired = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que presentó un certificado caducado: el servicio está mal configurado o el reloj de su dispositivo no está en hora.
   *[no] { $portal } presentó un certificado caducado: el servicio está mal configurado o el reloj de su dispositivo no está en hora.
}
explain-tls-wrong-host = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que presentó un certificado emitido para otro nombre: es posible que algo en su red esté redirigiendo la conexión o que el servicio esté mal configurado.
   *[no] { $portal } presentó un certificado emitido para otro nombre: es posible que algo en su red esté redirigiendo la conexión o que el servicio esté mal configurado.
}
explain-tls-failed = { $redirected ->
    [yes] No se pudo establecer la conexión segura con { $host } (adonde redirigió { $portal }).
   *[no] No se pudo establecer la conexión segura con { $portal }.
}
explain-no-answer = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que no respondió.
   *[no] { $portal } no respondió.
}
explain-redirect-loop = { $hops ->
    [one] { $portal } redirige una y otra vez en bucle ({ $hops } redirección), así que la página nunca termina de cargarse.
    [many] { $portal } redirige una y otra vez en bucle ({ $hops } de redirecciones), así que la página nunca termina de cargarse.
   *[other] { $portal } redirige una y otra vez en bucle ({ $hops } redirecciones), así que la página nunca termina de cargarse.
}
# $code es el estado HTTP con su frase en el inglés propio de HTTP («302 Found»,
# «503 Service Unavailable»), igual en todos los idiomas; o solo el número («599»).
explain-redirect-nowhere = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que respondió { $code } sin indicar adónde ir.
   *[no] { $portal } respondió { $code } sin indicar adónde ir.
}
explain-gateway-timeout = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que está respondiendo 504 Gateway Timeout: el fallo es del servicio, no de su conexión.
   *[no] { $portal } está respondiendo 504 Gateway Timeout: el fallo es del servicio, no de su conexión.
}
explain-unavailable = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que está respondiendo 503 Service Unavailable: el servicio está caído o sobrecargado; el problema no es su conexión.
   *[no] { $portal } está respondiendo 503 Service Unavailable: el servicio está caído o sobrecargado; el problema no es su conexión.
}
explain-throttled = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que está respondiendo 429 Too Many Requests: el servicio está limitando las solicitudes; vuelva a intentarlo más tarde.
   *[no] { $portal } está respondiendo 429 Too Many Requests: el servicio está limitando las solicitudes; vuelva a intentarlo más tarde.
}
explain-server-error = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que está respondiendo { $code }: el fallo es del servicio, no de su conexión.
   *[no] { $portal } está respondiendo { $code }: el fallo es del servicio, no de su conexión.
}
explain-request-refused = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que rechazó la solicitud con { $code }.
   *[no] { $portal } rechazó la solicitud con { $code }.
}
explain-unexpected-status = { $redirected ->
    [yes] { $portal } redirigió a { $host }, que respondió con un código de estado inesperado: { $status }.
   *[no] { $portal } respondió con un código de estado inesperado: { $status }.
}

# Una segunda oración tras las de 503 y 429, cuando el servicio indicó cuándo reintentar.
# $wait es un intervalo redactado por los mensajes wait-* de abajo («dentro de 2 horas»).
explain-retry-in = El servicio pide volver a intentarlo dentro de { $wait }.
explain-retry-now = El servicio indica que ya puede volver a intentarlo.

# Un intervalo de espera.
wait-days-hours = { $days ->
    [one] { $days } día
    [many] { $days } de días
   *[other] { $days } días
} y { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
wait-days = { $days ->
    [one] { $days } día
    [many] { $days } de días
   *[other] { $days } días
}
wait-hours-minutes = { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
} y { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
wait-hours = { $hours ->
    [one] { $hours } hora
    [many] { $hours } de horas
   *[other] { $hours } horas
}
wait-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
wait-seconds = { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } de segundos
   *[other] { $seconds } segundos
}
wait-less-than-a-minute = menos de un minuto

# La única línea de la información general cuando todos los portales responden.
portals-all-normal = { $count ->
    [one] El portal de inicio de sesión responde con normalidad.
    [many] Los { $count } de portales de inicio de sesión responden con normalidad.
   *[other] Los { $count } portales de inicio de sesión responden con normalidad.
}

# Bajo las comprobaciones de los portales: lo que añaden a un fallo las páginas de estado
# de los proveedores. $feed es el nombre de la página de estado («Microsoft 365 status»).
feeds-confirm-incident = El proveedor confirma un incidente ({ $feed }): el problema no es su conexión.
feeds-maintenance = El proveedor informa de un mantenimiento en curso ({ $feed }): probablemente esa es la causa, no su conexión.
feeds-unreadable = No se pudo leer la página de estado del proveedor, así que no se sabe si el proveedor tiene constancia de algún problema.
feeds-only-you = Esto solo le ocurre a usted: la página de estado del proveedor no informa de ningún incidente.
