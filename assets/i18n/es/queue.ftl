# La cola duradera, tal como la presentan la ventana y la línea de comandos: qué hace una tarea,
# en qué punto está, cómo terminó y su historial. Fuente: en/queue.ftl.
# $phone va enmascarado («+1 206 ••• 0100»); $cause es una oración en minúscula que sigue a
# otras palabras («el servicio no respondió a tiempo»).

## What a job does

queue-action-verify = Comprobando qué métodos están registrados
queue-action-phone = { $type ->
    [mobile] Agregando su teléfono { $phone }
    [alternateMobile] Agregando su móvil alternativo { $phone }
   *[office] Agregando su teléfono de oficina { $phone }
}
queue-action-portal = Esperando a que { $portal } vuelva a funcionar para agregar su { $method }

## The phone types of the "Add a phone number" form

queue-phone-type = { $type ->
    [mobile] móvil
    [alternateMobile] móvil alternativo
   *[office] teléfono de oficina
}

## A job's sentence: what it does, then where it stands

queue-job = { $action }: { $status }
queue-status-done = hecho
queue-status-cancelled = cancelado
queue-status-failed = no se pudo completar
queue-status-failed-cause = no se pudo completar: { $cause }
queue-status-trying = intentándolo ahora (intento { $attempt })
queue-status-sign-in = { $cause }; esperando a que inicie sesión
queue-status-portal = { $cause }; MFA Ready le avisará cuando vuelva a funcionar
# $attempt es 0 antes del primer intento.
queue-status-next-now = { $attempt ->
    [0] próximo intento ahora
   *[other] próximo intento ahora (intento { $attempt })
}
queue-status-next-in = { $attempt ->
    [0] próximo intento en { $wait }
   *[other] próximo intento en { $wait } (intento { $attempt })
}
queue-status-cause-next-now = { $attempt ->
    [0] { $cause }; próximo intento ahora
   *[other] { $cause }; próximo intento ahora (intento { $attempt })
}
queue-status-cause-next-in = { $attempt ->
    [0] { $cause }; próximo intento en { $wait }
   *[other] { $cause }; próximo intento en { $wait } (intento { $attempt })
}

## A countdown that ticks (unit symbols)

queue-wait-s = { $s } s
queue-wait-min = { $min } min
queue-wait-min-s = { $min } min { $s } s
queue-wait-h = { $h } h
queue-wait-h-min = { $h } h { $min } min

## Why an attempt failed (it follows other words; $status is an HTTP status)

queue-cause-timed_out = el servicio no respondió a tiempo
queue-cause-unreachable = no se pudo conectar con el servicio
queue-cause-slow_down = el servicio pidió reducir el ritmo de las solicitudes
queue-cause-unavailable = el servicio no está disponible
queue-cause-server_error = el servicio tuvo un error ({ $status })
queue-cause-refused = el servicio rechazó la solicitud
queue-cause-permission_missing = falta un permiso
queue-cause-answered = el servicio respondió { $status }
queue-cause-service_failed = el servicio tuvo un error
queue-cause-sign_in_needed = debe iniciar sesión
queue-cause-resting = el servicio está fallando, así que MFA Ready le da un respiro
queue-cause-portal_down = el portal sigue fallando
queue-cause-not_understood = no se pudo entender la respuesta
queue-cause-local = algo falló en este equipo
queue-cause-api_off = su organización no ha activado lo que MFA Ready necesita
queue-cause-proxy_sign_in = el proxy de su red pide iniciar sesión

## What a job that succeeded did

queue-note-checked-none = Comprobado: todavía no hay ningún método de inicio de sesión registrado
queue-note-checked = Comprobado: métodos verificados: { $methods }
queue-note-checked-others = { $others ->
    [one] { $checked }; 1 método de inicio de sesión más no se ha contado (MFA Ready no conoce su tipo)
   *[other] { $checked }; { $others } métodos de inicio de sesión más no se han contado (MFA Ready no conoce su tipo)
}
# Entre los métodos de esa lista.
queue-list-separator = {", "}
queue-note-phone-there = Su teléfono { $phone } está registrado (el intento anterior sí se completó)
queue-note-phone-added = Se agregó su teléfono { $phone }
queue-note-portal-back = { $portal } vuelve a funcionar: continúe agregando su { $method }

## Why a job stopped for good: what went wrong, then whom to contact

queue-give-up = { $problem } { $contact }
queue-give-up-phone = El servicio no aceptó este número de teléfono ({ $service }).
queue-give-up-consent = Su organización no ha autorizado a MFA Ready a hacer esto (falta el consentimiento para UserAuthenticationMethod.ReadWrite).
queue-give-up-api-off = Su organización no ha activado el ajuste que MFA Ready necesita para leer sus métodos de inicio de sesión; el departamento de TI puede activarlo.
queue-give-up-scope = MFA Ready no tiene permiso para leer sus métodos de inicio de sesión. Vuelva a iniciar sesión; si no basta, el departamento de TI debe permitirlo.
queue-give-up-refused = No funcionó: { $cause } ({ $service }).
queue-give-up-max-age = { $kind ->
    [verify_methods] No se pudieron comprobar sus métodos: MFA Ready lo intentó durante 3 días y se detuvo ({ $cause }).
    [register_phone] No se pudo agregar su teléfono: MFA Ready lo intentó durante 3 días y se detuvo ({ $cause }).
   *[resume_portal_step] El portal no volvió a funcionar: MFA Ready lo intentó durante 3 días y se detuvo ({ $cause }).
}
queue-give-up-deadline = { $kind ->
    [verify_methods] No se pudieron comprobar sus métodos: MFA Ready lo intentó hasta la fecha límite de inscripción y se detuvo ({ $cause }).
    [register_phone] No se pudo agregar su teléfono: MFA Ready lo intentó hasta la fecha límite de inscripción y se detuvo ({ $cause }).
   *[resume_portal_step] El portal no volvió a funcionar: MFA Ready lo intentó hasta la fecha límite de inscripción y se detuvo ({ $cause }).
}
queue-give-up-interrupted = { $kind ->
    [verify_methods] { $count ->
        [one] No se pudieron comprobar sus métodos: MFA Ready se detuvo 1 vez mientras trabajaba en ello, así que no lo volverá a intentar.
       *[other] No se pudieron comprobar sus métodos: MFA Ready se detuvo { $count } veces seguidas mientras trabajaba en ello, así que no lo volverá a intentar.
    }
    [register_phone] { $count ->
        [one] No se pudo agregar su teléfono: MFA Ready se detuvo 1 vez mientras trabajaba en ello, así que no lo volverá a intentar.
       *[other] No se pudo agregar su teléfono: MFA Ready se detuvo { $count } veces seguidas mientras trabajaba en ello, así que no lo volverá a intentar.
    }
   *[resume_portal_step] { $count ->
        [one] El portal no volvió a funcionar: MFA Ready se detuvo 1 vez mientras trabajaba en ello, así que no lo volverá a intentar.
       *[other] El portal no volvió a funcionar: MFA Ready se detuvo { $count } veces seguidas mientras trabajaba en ello, así que no lo volverá a intentar.
    }
}
queue-contact = Póngase en contacto con su servicio de asistencia.
queue-contact-desk = Póngase en contacto con su servicio de asistencia ({ $helpdesk }).
queue-contact-ref = Póngase en contacto con su servicio de asistencia e indíqueles la referencia { $reference }.
queue-contact-desk-ref = Póngase en contacto con su servicio de asistencia ({ $helpdesk }) e indíqueles la referencia { $reference }.
queue-contact-phone = Revise el número y vuelva a intentarlo, o póngase en contacto con su servicio de asistencia.
queue-contact-phone-desk = Revise el número y vuelva a intentarlo, o póngase en contacto con su servicio de asistencia ({ $helpdesk }).

## A job's history, line by line ($detail is the technical line for the helpdesk)

queue-history-queued = en cola
queue-history-sending = enviando
queue-history-cancelled = cancelada por usted
queue-history-retry-asked = reintento inmediato, como usted pidió
queue-history-interrupted = interrumpida (MFA Ready se detuvo durante un intento); se comprobará y se volverá a intentar
queue-history-stopped = { $count ->
    [one] interrumpida 1 vez; no habrá más intentos
   *[other] interrumpida { $count } veces seguidas; no habrá más intentos
}
queue-history-retry = { $cause }; próximo intento: { $time } ({ $detail })
queue-history-held = en espera, no se envió nada: { $cause } ({ $detail })
queue-history-failed = { $cause } ({ $detail })

## Why a phone number cannot be added (under the "Add a phone number" form)

queue-phone-empty = Escriba un número de teléfono.
queue-phone-no-country = Empiece por + y el prefijo del país; por ejemplo, +34 912 345 678.
queue-phone-bad-char = «{ $char }» no está permitido en un número de teléfono.
queue-phone-parentheses = Los paréntesis no coinciden.
queue-phone-too-short = { $digits ->
    [one] Demasiado corto: 1 dígito; se necesitan al menos 8.
   *[other] Demasiado corto: { $digits } dígitos; se necesitan al menos 8.
}
queue-phone-too-long = Demasiado largo: { $digits } dígitos; se permiten 15 como máximo.
queue-phone-country-zero = El prefijo del país no puede empezar por 0.
