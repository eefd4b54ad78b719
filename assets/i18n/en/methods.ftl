# The sign-in methods as the window names and explains them. English is the source;
# core::methods holds the same English for the command line and the reports, and a test
# keeps the two equal. Ids: method-<id>, -summary, -you-need, -step-<n> (1-based).

## Passkey on your phone
method-passkey = Passkey on your phone
method-passkey-summary = A device-bound passkey kept in your authenticator app: nothing to type, and fake sites can't use it.
method-passkey-you-need = Your smartphone with the authenticator app, Bluetooth switched on, and its screen lock set.
method-passkey-step-1 = Open the setup page below and choose "Add sign-in method", then "Passkey in Microsoft Authenticator" (or your provider's passkey option).
method-passkey-step-2 = When asked, scan the QR code with your phone's camera.
method-passkey-step-3 = Unlock your phone with its PIN, fingerprint or face to create the passkey.
method-passkey-step-4 = Give the passkey a name you will recognise, such as "My work phone".

## Security key
method-security_key = Security key
method-security_key-summary = A small FIDO2 USB or NFC key: the strongest backup, and it works when your phone is lost.
method-security_key-you-need = A FIDO2 security key (ask your helpdesk; many organisations hand them out) and a free USB port or NFC.
method-security_key-step-1 = Open the setup page below and choose "Add sign-in method", then "Security key".
method-security_key-step-2 = Choose USB or NFC, then insert or tap your key when asked.
method-security_key-step-3 = Set a PIN for the key (at least 4 digits) if it doesn't have one yet.
method-security_key-step-4 = Touch the key's button, then give it a name like "Blue key".
method-security_key-step-5 = Keep the key on your key ring or somewhere safe, apart from your phone.

## Windows Hello for Business
method-windows_hello = Windows Hello for Business
method-windows_hello-summary = Sign in to this Windows PC with your face, fingerprint or PIN.
method-windows_hello-you-need = This Windows computer, joined to your organisation, and a PIN (a camera or fingerprint reader is optional).
method-windows_hello-step-1 = Open Windows Settings → Accounts → Sign-in options.
method-windows_hello-step-2 = Under "PIN (Windows Hello)" choose "Set up" and confirm with your current sign-in.
method-windows_hello-step-3 = Choose a PIN you don't use anywhere else.
method-windows_hello-step-4 = Optionally add face or fingerprint recognition on the same page.

## Mac Platform SSO
method-platform_credential = Mac Platform SSO
method-platform_credential-summary = Your Mac itself becomes a phishing-resistant credential, unlocked with Touch ID or your password.
method-platform_credential-you-need = This Mac, managed by your organisation, with the Company Portal app.
method-platform_credential-step-1 = Look for the "Registration Required" notification on your Mac and click "Register".
method-platform_credential-step-2 = Sign in with your work account when the Company Portal asks.
method-platform_credential-step-3 = Confirm with Touch ID or your Mac password.

## Smart card / certificate
method-certificate = Smart card / certificate
method-certificate-summary = A smart card or certificate issued by your organisation.
method-certificate-you-need = A smart card issued by your organisation and a card reader.
method-certificate-step-1 = Ask your helpdesk for a smart card if you don't have one.
method-certificate-step-2 = Insert the card into the reader and enter its PIN when asked.
method-certificate-step-3 = Open the setup page below to confirm the card is linked to your account.

## Authenticator app
method-authenticator_app = Authenticator app
method-authenticator_app-summary = Approve sign-ins on your phone by typing the number shown on screen.
method-authenticator_app-you-need = Your smartphone with the organisation's authenticator app (e.g. Microsoft Authenticator) installed.
method-authenticator_app-step-1 = Install the authenticator app on your phone from the App Store or Google Play.
method-authenticator_app-step-2 = Open the setup page below on this computer and choose "Add sign-in method", then "Authenticator app".
method-authenticator_app-step-3 = In the app, tap "+" and scan the QR code shown on the setup page.
method-authenticator_app-step-4 = Approve the test notification by typing the number shown on screen.

## Code generator app (TOTP)
method-software_oath = Code generator app (TOTP)
method-software_oath-summary = Any app that shows a 6-digit code that changes every 30 seconds.
method-software_oath-you-need = A code generator app on your phone (Microsoft Authenticator, Google Authenticator, or similar).
method-software_oath-step-1 = Open the setup page below and choose "Add sign-in method", then "Authenticator app" → "I want to use a different authenticator app".
method-software_oath-step-2 = In your code app, add an account and scan the QR code.
method-software_oath-step-3 = Type the 6-digit code from the app into the setup page to confirm.

## Hardware code token
method-hardware_oath = Hardware code token
method-hardware_oath-summary = A key-fob token with a small screen that shows a code.
method-hardware_oath-you-need = An OATH hardware token from your helpdesk, with its serial number.
method-hardware_oath-step-1 = Get a token from your helpdesk: they assign it to your account.
method-hardware_oath-step-2 = Open the setup page below and find the token under "Hardware token".
method-hardware_oath-step-3 = Press the token's button and type the code shown to activate it.

## Text message (SMS)
method-phone_sms = Text message (SMS)
method-phone_sms-summary = A code sent by text message to your mobile number.
method-phone_sms-you-need = A mobile phone number that can receive text messages.
method-phone_sms-step-1 = Open the setup page below and choose "Add sign-in method", then "Phone".
method-phone_sms-step-2 = Enter your mobile number with its country code and choose "Receive a code".
method-phone_sms-step-3 = Type the code from the text message into the setup page.

## Phone call
method-phone_voice = Phone call
method-phone_voice-summary = An automated call to your phone; press # to approve.
method-phone_voice-you-need = A phone number you can answer (mobile or office).
method-phone_voice-step-1 = Open the setup page below and choose "Add sign-in method", then "Phone" or "Office phone".
method-phone_voice-step-2 = Enter the number with its country code and choose "Call me".
method-phone_voice-step-3 = Answer the call and press # when asked.

## Recovery e-mail
method-email = Recovery e-mail
method-email-summary = A personal e-mail address for password reset. It does not count as a sign-in method.
method-email-you-need = A personal e-mail address (not your work one).
method-email-step-1 = Open the setup page below and choose "Add sign-in method", then "Email".
method-email-step-2 = Enter a personal e-mail address and choose "Next".
method-email-step-3 = Type the code sent to that mailbox.

## Where a method lives (what you lose it with)
device-phone = your phone
device-this_computer = this computer
device-hardware_key = a hardware key
device-phone_number = your phone number
device-mailbox = your mailbox

## How strong a method is (badges)
tier-phishing_resistant = Phishing-resistant
tier-strong = Strong
tier-weak = Weak
tier-recovery_only = Recovery only

## How a method is known to be there
source-verified = verified by the service
source-self_attested = marked as set up, not verified

## The verdict (badges)
verdict-ready = Ready
verdict-not_ready = Not ready yet
verdict-overdue = Overdue
