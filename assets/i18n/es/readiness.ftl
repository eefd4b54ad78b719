# MFA Ready: por qué aún no está listo, qué hacer durante una interrupción del servicio y el
# resumen que se copia para el servicio de asistencia.
# Traducción al español; la fuente es el inglés (en/readiness.ftl).
# $organization es el nombre de la organización.

## Lo que falta (en el resumen que se copia)

# La organización exige $need métodos de inicio de sesión; cuentan $have; faltan $missing.
gap-too-few-methods = { $need ->
    [one] { $organization } exige { $need } método de inicio de sesión y usted tiene { $have }. Agregue { $missing } más.
   *[other] { $organization } exige { $need } métodos de inicio de sesión y usted tiene { $have }. Agregue { $missing } más.
}
# Faltan $missing métodos resistentes al phishing; $options son los que acepta la
# organización y se pueden configurar en este equipo («Clave de acceso en el teléfono o
# Llave de seguridad», unidos con list-or y list-comma más abajo).
gap-too-few-pr = { $missing ->
    [one] Agregue { $missing } método resistente al phishing ({ $options }): las páginas de inicio de sesión falsas no pueden robarlo.
   *[other] Agregue { $missing } métodos resistentes al phishing ({ $options }): las páginas de inicio de sesión falsas no pueden robarlos.
}
# Lo mismo cuando ninguno de los métodos aceptados se puede configurar en este equipo.
gap-too-few-pr-none-here = { $missing ->
    [one] Agregue { $missing } método resistente al phishing: las páginas de inicio de sesión falsas no pueden robarlo, pero este equipo no admite ninguno de los métodos que acepta { $organization }: consulte a su servicio de asistencia.
   *[other] Agregue { $missing } métodos resistentes al phishing: las páginas de inicio de sesión falsas no pueden robarlos, pero este equipo no admite ninguno de los métodos que acepta { $organization }: consulte a su servicio de asistencia.
}
# Todos los métodos están en un solo dispositivo; $device dice cuál («su teléfono», «una
# llave de hardware»: los nombres device-* de methods.ftl).
gap-one-device = Todos sus métodos están en { $device }: si se pierde, los perdería todos. Agregue uno que esté en otro lugar.
# Lo mismo cuando no se puede configurar en este equipo ningún método que esté en otro dispositivo.
gap-one-device-none-here = Todos sus métodos están en { $device }: si se pierde, los perdería todos. Un método en otro lugar lo solucionaría, pero este equipo no admite ninguno de los métodos que acepta { $organization }: consulte a su servicio de asistencia.
# Una lista de opciones: los dos últimos unidos con «o» («A o B»), los anteriores con una coma
# («A, B o C»).
list-or = { $head } o { $last }
list-comma = { $head }, { $next }

## Por qué un método registrado no cuenta ($method es el nombre del método)

not-counted-recovery-only = El método «{ $method }» solo sirve para recuperar la cuenta: no es un método de inicio de sesión.
not-counted-not-allowed = { $organization } no acepta el método «{ $method }».

## Consejo durante una interrupción: un portal de inicio de sesión sigue fallando y la fecha límite está cerca
# Dos frases: qué ocurre y qué hacer.
# $portal es el nombre del portal («My Sign-Ins»). Lleva $failing horas («3 h») o $failing
# minutos («20 min») fallando; la fecha límite vence dentro de $left días u horas, o venció
# hace $left días u horas.

outage-hours-in-days = { $left ->
    [one] { $portal } lleva { $failing } h fallando y su fecha límite vence dentro de { $left } día.
   *[other] { $portal } lleva { $failing } h fallando y su fecha límite vence dentro de { $left } días.
}
outage-hours-in-hours = { $left ->
    [one] { $portal } lleva { $failing } h fallando y su fecha límite vence dentro de { $left } hora.
   *[other] { $portal } lleva { $failing } h fallando y su fecha límite vence dentro de { $left } horas.
}
outage-hours-passed-days = { $left ->
    [one] { $portal } lleva { $failing } h fallando y su fecha límite venció hace { $left } día.
   *[other] { $portal } lleva { $failing } h fallando y su fecha límite venció hace { $left } días.
}
outage-hours-passed-hours = { $left ->
    [one] { $portal } lleva { $failing } h fallando y su fecha límite venció hace { $left } hora.
   *[other] { $portal } lleva { $failing } h fallando y su fecha límite venció hace { $left } horas.
}
outage-minutes-in-days = { $left ->
    [one] { $portal } lleva { $failing } min fallando y su fecha límite vence dentro de { $left } día.
   *[other] { $portal } lleva { $failing } min fallando y su fecha límite vence dentro de { $left } días.
}
outage-minutes-in-hours = { $left ->
    [one] { $portal } lleva { $failing } min fallando y su fecha límite vence dentro de { $left } hora.
   *[other] { $portal } lleva { $failing } min fallando y su fecha límite vence dentro de { $left } horas.
}
outage-minutes-passed-days = { $left ->
    [one] { $portal } lleva { $failing } min fallando y su fecha límite venció hace { $left } día.
   *[other] { $portal } lleva { $failing } min fallando y su fecha límite venció hace { $left } días.
}
outage-minutes-passed-hours = { $left ->
    [one] { $portal } lleva { $failing } min fallando y su fecha límite venció hace { $left } hora.
   *[other] { $portal } lleva { $failing } min fallando y su fecha límite venció hace { $left } horas.
}
# Queda más de un día: llamar si el portal sigue sin funcionar mañana por la mañana.
# $helpdesk es el nombre del servicio de asistencia, por la primera vía que da la organización
# ($phone, $email o la página web $url); si la directiva no indica ninguno, «el servicio de
# asistencia de TI».
outage-later-phone = Sus intentos quedan registrados; si el portal sigue sin funcionar mañana por la mañana, llame a { $helpdesk } al { $phone }.
outage-later-email = Sus intentos quedan registrados; si el portal sigue sin funcionar mañana por la mañana, escriba a { $helpdesk } a { $email }.
outage-later-web = Sus intentos quedan registrados; si el portal sigue sin funcionar mañana por la mañana, consulte a { $helpdesk } en { $url }.
outage-later-name = Sus intentos quedan registrados; si el portal sigue sin funcionar mañana por la mañana, póngase en contacto con { $helpdesk }.
outage-later = Sus intentos quedan registrados; si el portal sigue sin funcionar mañana por la mañana, póngase en contacto con el servicio de asistencia de TI.
# Queda un día o menos, o está fuera de plazo: llamar ahora. El Pase de acceso temporal
# (Temporary Access Pass) es un código de un solo uso para iniciar sesión mientras se agregan
# métodos.
outage-now-phone = Sus intentos quedan registrados; llame ahora a { $helpdesk } al { $phone }: pueden ampliar su fecha límite o darle un Pase de acceso temporal.
outage-now-email = Sus intentos quedan registrados; escriba ahora a { $helpdesk } a { $email }: pueden ampliar su fecha límite o darle un Pase de acceso temporal.
outage-now-web = Sus intentos quedan registrados; consulte ahora a { $helpdesk } en { $url }: pueden ampliar su fecha límite o darle un Pase de acceso temporal.
outage-now-name = Sus intentos quedan registrados; póngase en contacto ahora con { $helpdesk }: pueden ampliar su fecha límite o darle un Pase de acceso temporal.
outage-now = Sus intentos quedan registrados; póngase en contacto ahora con el servicio de asistencia de TI: pueden ampliar su fecha límite o darle un Pase de acceso temporal.
# Las dos frases, una tras otra.
outage-advice = { $facts } { $act }

## El resumen que se copia («Copiar resumen»): texto sin formato, una línea cada dato

summary-text-title = Resumen de MFA Ready para { $organization }
# $verdict: «Listo», «Aún no está listo», «Fuera de plazo» (verdict-* en methods.ftl).
summary-text-verdict = Estado: { $verdict }
# Cuentan $have de los $need métodos exigidos.
summary-text-methods = Métodos: { $have } de { $need }
# Lo mismo, y $pr_have de los $pr_need resistentes al phishing exigidos.
summary-text-methods-pr = Métodos: { $have } de { $need } (resistentes al phishing: { $pr_have } de { $pr_need })
# Un método registrado: su nombre, su nivel ($tier), dónde está ($device) y cómo se sabe
# ($how: «verificado por el servicio»).
summary-text-method = - { $method } ({ $tier }, en { $device }, { $how })
# $date: la fecha límite con la hora y la zona.
summary-text-deadline = Fecha límite: { $date }
# $gap: una de las frases gap-* de arriba.
summary-text-missing = Pendiente: { $gap }

# Este equipo no supera comprobaciones que exige la directiva. $checks las nombra
# («Cifrado del disco, Bloqueo de pantalla»).
gap-device = Este equipo no cumple los requisitos de { $organization }: { $checks }.
