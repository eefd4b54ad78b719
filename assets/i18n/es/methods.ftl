# Los métodos de inicio de sesión tal como la ventana los nombra y explica, en español (neutro).
# El origen es el inglés (en/methods.ftl). Ids: method-<id>, -summary, -you-need, -step-<n>.
# Las etiquetas device-* se insertan tras «en» y «Está en» (window.ftl): «en su teléfono».

## Passkey on your phone
method-passkey = Clave de acceso en el teléfono
method-passkey-summary = Una clave de acceso vinculada al dispositivo y guardada en su aplicación de autenticación: no tiene que escribir nada y los sitios falsos no pueden usarla.
method-passkey-you-need = Su teléfono inteligente con la aplicación de autenticación, el Bluetooth activado y el bloqueo de pantalla configurado.
method-passkey-step-1 = Abra la página de configuración de abajo y elija «Agregar método de inicio de sesión» y, luego, «Clave de acceso en Microsoft Authenticator» (o la opción de clave de acceso de su proveedor).
method-passkey-step-2 = Cuando se le pida, escanee el código QR con la cámara del teléfono.
method-passkey-step-3 = Desbloquee el teléfono con su PIN, su huella digital o su rostro para crear la clave de acceso.
method-passkey-step-4 = Asigne a la clave de acceso un nombre que pueda reconocer, como «Mi teléfono del trabajo».

## Security key
method-security_key = Llave de seguridad
method-security_key-summary = Una pequeña llave FIDO2 USB o NFC: el respaldo más seguro, y funciona aunque pierda el teléfono.
method-security_key-you-need = Una llave de seguridad FIDO2 (pídala al servicio de asistencia; muchas organizaciones las entregan) y un puerto USB libre o NFC.
method-security_key-step-1 = Abra la página de configuración de abajo y elija «Agregar método de inicio de sesión» y, luego, «Llave de seguridad».
method-security_key-step-2 = Elija USB o NFC y, cuando se le pida, inserte la llave o acérquela.
method-security_key-step-3 = Si la llave aún no tiene PIN, establezca uno (de al menos 4 dígitos).
method-security_key-step-4 = Toque el botón de la llave y, luego, asígnele un nombre, como «Llave azul».
method-security_key-step-5 = Guarde la llave en su llavero o en otro lugar seguro, lejos del teléfono.

## Windows Hello for Business
method-windows_hello = Windows Hello para empresas
method-windows_hello-summary = Inicie sesión en este equipo con Windows con su rostro, su huella digital o un PIN.
method-windows_hello-you-need = Este equipo con Windows, unido a su organización, y un PIN (la cámara o el lector de huellas digitales son opcionales).
method-windows_hello-step-1 = Abra Configuración de Windows → Cuentas → Opciones de inicio de sesión.
method-windows_hello-step-2 = En «PIN (Windows Hello)», elija «Configurar» y confirme con sus credenciales de inicio de sesión actuales.
method-windows_hello-step-3 = Elija un PIN que no use en ningún otro sitio.
method-windows_hello-step-4 = Si lo desea, agregue en la misma página el reconocimiento facial o de huella digital.

## Mac Platform SSO
method-platform_credential = SSO de plataforma para Mac
method-platform_credential-summary = El propio Mac se convierte en una credencial resistente al phishing, que se desbloquea con Touch ID o con su contraseña.
method-platform_credential-you-need = Este Mac, administrado por su organización, con la aplicación Portal de empresa.
method-platform_credential-step-1 = Busque en el Mac la notificación «Registro obligatorio» y haga clic en «Registrar».
method-platform_credential-step-2 = Cuando Portal de empresa se lo pida, inicie sesión con su cuenta profesional.
method-platform_credential-step-3 = Confirme con Touch ID o con la contraseña del Mac.

## Smart card / certificate
method-certificate = Tarjeta inteligente / certificado
method-certificate-summary = Una tarjeta inteligente o un certificado emitidos por su organización.
method-certificate-you-need = Una tarjeta inteligente emitida por su organización y un lector de tarjetas.
method-certificate-step-1 = Si no tiene tarjeta inteligente, pídasela al servicio de asistencia.
method-certificate-step-2 = Inserte la tarjeta en el lector y escriba su PIN cuando se le pida.
method-certificate-step-3 = Abra la página de configuración de abajo para confirmar que la tarjeta está vinculada a su cuenta.

## Authenticator app
method-authenticator_app = Aplicación de autenticación
method-authenticator_app-summary = Apruebe los inicios de sesión en el teléfono escribiendo el número que aparece en la pantalla.
method-authenticator_app-you-need = Su teléfono inteligente con la aplicación de autenticación de su organización (por ejemplo, Microsoft Authenticator) instalada.
method-authenticator_app-step-1 = Instale en el teléfono la aplicación de autenticación desde App Store o Google Play.
method-authenticator_app-step-2 = Abra en este equipo la página de configuración de abajo y elija «Agregar método de inicio de sesión» y, luego, «Aplicación de autenticación».
method-authenticator_app-step-3 = En la aplicación, toque «+» y escanee el código QR que aparece en la página de configuración.
method-authenticator_app-step-4 = Apruebe la notificación de prueba escribiendo el número que aparece en la pantalla.

## Code generator app (TOTP)
method-software_oath = Aplicación generadora de códigos (TOTP)
method-software_oath-summary = Cualquier aplicación que muestre un código de 6 dígitos que cambia cada 30 segundos.
method-software_oath-you-need = Una aplicación generadora de códigos en el teléfono (Microsoft Authenticator, Google Authenticator o similar).
method-software_oath-step-1 = Abra la página de configuración de abajo y elija «Agregar método de inicio de sesión» y, luego, «Aplicación de autenticación» → «Quiero usar otra aplicación de autenticación».
method-software_oath-step-2 = En la aplicación de códigos, agregue una cuenta y escanee el código QR.
method-software_oath-step-3 = Para confirmar, escriba en la página de configuración el código de 6 dígitos que muestra la aplicación.

## Hardware code token
method-hardware_oath = Token de hardware
method-hardware_oath-summary = Un token tipo llavero con una pequeña pantalla que muestra un código.
method-hardware_oath-you-need = Un token de hardware OATH del servicio de asistencia, con su número de serie.
method-hardware_oath-step-1 = Pida un token al servicio de asistencia: lo asignarán a su cuenta.
method-hardware_oath-step-2 = Abra la página de configuración de abajo y busque el token en «Token de hardware».
method-hardware_oath-step-3 = Pulse el botón del token y escriba el código que aparece para activarlo.

## Text message (SMS)
method-phone_sms = Mensaje de texto (SMS)
method-phone_sms-summary = Un código que se envía por mensaje de texto a su número de móvil.
method-phone_sms-you-need = Un número de teléfono móvil que pueda recibir mensajes de texto.
method-phone_sms-step-1 = Abra la página de configuración de abajo y elija «Agregar método de inicio de sesión» y, luego, «Teléfono».
method-phone_sms-step-2 = Escriba su número de móvil con el código de país y elija «Recibir un código».
method-phone_sms-step-3 = Escriba en la página de configuración el código del mensaje de texto.

## Phone call
method-phone_voice = Llamada de teléfono
method-phone_voice-summary = Una llamada automática a su teléfono; pulse # para aprobar.
method-phone_voice-you-need = Un número de teléfono en el que pueda contestar (móvil o de la oficina).
method-phone_voice-step-1 = Abra la página de configuración de abajo y elija «Agregar método de inicio de sesión» y, luego, «Teléfono» o «Teléfono de la oficina».
method-phone_voice-step-2 = Escriba el número con el código de país y elija «Llamarme».
method-phone_voice-step-3 = Conteste la llamada y pulse # cuando se le pida.

## Recovery e-mail
method-email = Correo electrónico de recuperación
method-email-summary = Una dirección de correo electrónico personal para restablecer la contraseña. No cuenta como método de inicio de sesión.
method-email-you-need = Una dirección de correo electrónico personal (no la del trabajo).
method-email-step-1 = Abra la página de configuración de abajo y elija «Agregar método de inicio de sesión» y, luego, «Correo electrónico».
method-email-step-2 = Escriba una dirección de correo electrónico personal y elija «Siguiente».
method-email-step-3 = Escriba el código que se envió a ese buzón.

## Where a method lives (what you lose it with)
device-phone = su teléfono
device-this_computer = este equipo
device-hardware_key = una llave de hardware
device-phone_number = su número de teléfono
device-mailbox = su buzón de correo

## How strong a method is (badges)
tier-phishing_resistant = Resistente al phishing
tier-strong = Fuerte
tier-weak = Débil
tier-recovery_only = Solo para recuperación

## How a method is known to be there
source-verified = verificado por el servicio
source-self_attested = marcado como configurado, sin verificar

## The verdict (badges)
verdict-ready = Listo
verdict-not_ready = Aún no está listo
verdict-overdue = Fuera de plazo
