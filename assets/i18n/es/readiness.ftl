# MFA Ready: por qué aún no está listo: lo que falta y por qué un método registrado no
# cuenta.
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

