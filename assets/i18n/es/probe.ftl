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
