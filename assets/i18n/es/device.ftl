# Este equipo: las comprobaciones de seguridad que puede exigir la organización y la
# comprobación previa de cada método (la sección «Este equipo» de la ventana y `mfa-ready device`).
# En español (neutro); el origen es el inglés (en/device.ftl). Las rutas de configuración se
# escriben con «→», como en methods.ftl, y con los nombres que muestran Windows, macOS y GNOME.

device-title = Este equipo
device-os = { $os }
device-check-again = Volver a comprobar
device-details = Datos leídos

# Las comprobaciones, por su id en la directiva.
device-check-os_supported = Versión del sistema operativo
device-check-disk_encryption = Cifrado del disco
device-check-screen_lock = Bloqueo de pantalla
device-check-firewall = Firewall
device-check-secure_boot = Secure Boot

device-status-pass = Correcto
device-status-fail = No cumple
device-status-unknown = No se pudo comprobar
device-required = Lo exige { $org }
device-not-required = Opcional

# El resultado: una oración y, luego, qué hacer con cada comprobación que bloquea.
device-meets = Este equipo cumple los requisitos de { $org }.
device-does-not-meet = Este equipo no cumple los requisitos de { $org }.
device-warn-unknown = Algunas opciones obligatorias no se pudieron comprobar aquí. No le impiden continuar, pero puede que su departamento de TI le pregunte por ellas.

# Qué hacer, según la solución y el sistema operativo.
device-fix-update_os-windows = Instale las últimas actualizaciones de Windows (Configuración → Windows Update) o pida a su departamento de TI una versión más reciente de Windows.
device-fix-update_os-macos = Instale la última actualización de macOS (Ajustes del Sistema → General → Actualización de software) o consulte a su departamento de TI.
device-fix-update_os-linux = Esta versión de Linux es más antigua de lo que permite su organización: pida a su departamento de TI que la actualice.
device-fix-update_os-other = Este sistema operativo es más antiguo de lo que permite su organización: consulte a su departamento de TI.
device-fix-encrypt_disk-windows = Active BitLocker (Configuración → Privacidad y seguridad → Cifrado de dispositivo) o consulte a su departamento de TI.
device-fix-encrypt_disk-macos = Active FileVault (Ajustes del Sistema → Privacidad y seguridad → FileVault).
device-fix-encrypt_disk-linux = El disco no está cifrado. El cifrado se elige al instalar Linux: pida a su departamento de TI que vuelva a instalarlo con cifrado.
device-fix-encrypt_disk-other = El disco no está cifrado: consulte a su departamento de TI.
device-fix-turn_on_screen_lock-windows = Haga que la pantalla se bloquee al cabo de unos minutos y solo se desbloquee con su contraseña o su PIN (Configuración → Cuentas → Opciones de inicio de sesión).
device-fix-turn_on_screen_lock-macos = Haga que se solicite su contraseña en cuanto se inicie el salvapantallas (Ajustes del Sistema → Pantalla bloqueada).
device-fix-turn_on_screen_lock-linux = Active el bloqueo automático de la pantalla (Configuración → Privacidad → Bloqueo de pantalla).
device-fix-turn_on_screen_lock-other = La pantalla debe bloquearse con contraseña cuando usted no esté: consulte a su departamento de TI.
device-fix-turn_on_firewall-windows = Active el firewall (Seguridad de Windows → Firewall y protección de red).
device-fix-turn_on_firewall-macos = Active el firewall (Ajustes del Sistema → Red → Firewall).
device-fix-turn_on_firewall-linux = El firewall está desactivado: pida a su departamento de TI que lo active.
device-fix-turn_on_firewall-other = El firewall está desactivado: pida a su departamento de TI que lo active.
device-fix-turn_on_secure_boot-windows = Secure Boot está desactivado. Se activa en la configuración del firmware del equipo: consulte a su departamento de TI.
device-fix-turn_on_secure_boot-macos = Secure Boot está desactivado: consulte a su departamento de TI.
device-fix-turn_on_secure_boot-linux = Secure Boot está desactivado. Se activa en la configuración del firmware del equipo: consulte a su departamento de TI.
device-fix-turn_on_secure_boot-other = Secure Boot está desactivado: consulte a su departamento de TI.
device-fix-ask_it = Esto no se pudo comprobar en este equipo. Su departamento de TI puede confirmárselo.
device-open-settings = Abrir la configuración

# Qué método se puede configurar ahora en este equipo.
device-preflight-title = Qué funciona en este equipo
device-preflight-ready = Disponible aquí
device-preflight-unknown = No se pudo comprobar
device-blocker-bluetooth_off = El Bluetooth está desactivado: actívelo o elija una llave de seguridad.
device-blocker-no_bluetooth = Este equipo no tiene Bluetooth: configure la clave de acceso en el navegador del propio teléfono o elija una llave de seguridad.
device-blocker-browser_cannot = Su navegador no puede usar en este equipo la clave de acceso de un teléfono: use Chrome o Edge para este paso.
device-blocker-no_key_plugged_in = No hay ninguna llave de seguridad insertada: insértela primero.
device-blocker-hello_not_set_up = Windows Hello no está configurado: agregue un PIN en Configuración → Cuentas → Opciones de inicio de sesión.
device-blocker-hello_unavailable = Windows Hello no está disponible en este equipo: elija otro método.
device-blocker-other_os = Este método es para otro tipo de equipo: elija otro método.

# `mfa-ready device`.
device-cli-title = Este equipo: { $os }
device-cli-check = { $check }: { $status }
device-cli-preflight = { $method }: { $state }
problem-settings-not-opened = No se abrió la página de configuración. Abra la configuración del equipo por su cuenta o consulte a su departamento de TI.

# The report's "This computer" section.
device-f-os = Sistema operativo
device-f-policy = Requisitos de la organización
device-col-check = Comprobación
device-col-status = Resultado
device-col-required = Obligatoria
device-col-read = Lo que se leyó
device-col-fix = Qué hacer
