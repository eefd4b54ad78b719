# Around the portal checks: the connection, the providers' status pages (the window's
# health page and `mfa-ready probe`).

connection-state = { $state ->
    [online] en línea
    [captive_portal] detrás de una página de inicio de sesión de la red (portal cautivo)
    [offline] sin conexión
   *[not_checked] no comprobada
}

probe-checked-at = Comprobado el { $time }. Su conexión: { $connection }.
probe-feed-incidents = { $count ->
    [0] Página de estado { $feed }: ningún incidente abierto
    [one] Página de estado { $feed }: 1 incidente abierto
    [many] Página de estado { $feed }: { $count } de incidentes abiertos
   *[other] Página de estado { $feed }: { $count } incidentes abiertos
}
probe-feed-unreadable = Página de estado { $feed }: no se pudo leer ({ $error })
probe-maintenance = Mantenimiento: { $title } ({ $state ->
    [verifying] en verificación
   *[in_progress] en curso
}{ $window ->
    [from_until] , del { $from } al { $until }
    [since] , desde el { $from }
    [until] , hasta el { $until }
   *[none] {""}
})

# El camino de una comprobación (incidencia 18): por un proxy o directo, y quién lo eligió.
route-via = A través de { $proxy }, { $by ->
    [policy] establecido por su organización
    [policy_none] como estableció su organización
    [environment] establecido en el entorno de esta sesión
    [system_settings] elegido por la configuración de proxy del sistema
    [system_pac] elegido por el archivo PAC del sistema
    [system_auto_detect] elegido por la detección automática de proxy del sistema
   *[not_set] no hay ningún proxy configurado
}.
route-direct = { $by ->
    [policy] Directo, establecido por su organización.
    [policy_none] Directo, como estableció su organización.
    [environment] Directo, establecido en el entorno de esta sesión.
    [system_settings] Directo, elegido por la configuración de proxy del sistema.
    [system_pac] Directo, elegido por el archivo PAC del sistema.
    [system_auto_detect] Directo, elegido por la detección automática de proxy del sistema.
    [loopback] Directo: la propia dirección de este equipo nunca pasa por un proxy.
   *[not_set] Directo: no hay ningún proxy configurado.
}
route-pac-trouble = { $trouble ->
    [not_fetched] No se pudo descargar el script de proxy del sistema; como hace el navegador, se usó la conexión directa.
    [not_allowed] El script de proxy del sistema no está en una dirección https ni en este equipo y no se usó: directo.
    [timed_out] El script de proxy del sistema tardó demasiado y se detuvo; como hace el navegador, se usó la conexión directa.
    [auto_detect_unsupported] La detección automática de proxy está activada y MFA Ready no puede seguirla en este sistema: directo.
    [unsupported_proxies] El script de proxy del sistema solo indicó proxies que MFA Ready no puede usar: directo.
   *[failed] El script de proxy del sistema falló; como hace el navegador, se usó la conexión directa.
}
