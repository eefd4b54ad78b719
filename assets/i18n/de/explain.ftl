# Was eine Portalprüfung ergeben hat, in einem Satz für die Person am Computer
# (core::fault::Explanation). Quelle ist Englisch (en/explain.ftl). $portal ist der Name des
# Portals („My Sign-Ins“). Hat eine Weiterleitung anderswohin geführt, ist $redirected „yes“
# und $host nennt das Ziel.

explain-healthy = { $portal } ist erreichbar und antwortet normal.
explain-slow = { $portal } funktioniert, ist aber langsam ({ $total } ms, mehr als { $limit } ms).
explain-captive-portal = Ihr Netzwerk zeigt eine Anmeldeseite (Captive Portal), daher ist { $portal } nicht erreichbar: Melden Sie sich zuerst im WLAN an.
explain-offline = Dieses Gerät ist nicht mit dem Internet verbunden, daher ist { $portal } nicht erreichbar: Prüfen Sie Ihr WLAN oder Ihr Netzwerkkabel.
explain-proxy-sign-in-407 = Der Proxy Ihres Netzwerks verlangt eine Anmeldung (407 Proxy Authentication Required), bevor { $portal } erreichbar ist: Das liegt an Ihrem Netzwerk, nicht an { $portal }.
explain-proxy-sign-in = Der Proxy Ihres Netzwerks verlangt eine Anmeldung, bevor { $portal } erreichbar ist.
explain-proxy-refused = { $redirected ->
    [yes] Der Proxy Ihres Netzwerks hat die Verbindung zu { $host } verweigert ({ $portal } hat dorthin weitergeleitet).
   *[no] Der Proxy Ihres Netzwerks hat die Verbindung zu { $portal } verweigert.
}
explain-timeout-dns = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, aber die Adresse von { $host } konnte nicht rechtzeitig ermittelt werden (Zeitüberschreitung): Die Namensauflösung (DNS) Ihres Netzwerks antwortet nicht.
   *[no] Die Adresse von { $portal } konnte nicht rechtzeitig ermittelt werden (Zeitüberschreitung): Die Namensauflösung (DNS) Ihres Netzwerks antwortet nicht.
}
explain-timeout-connect = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und beim Verbindungsaufbau dorthin kam es zu einer Zeitüberschreitung: Möglicherweise blockiert Ihr Netzwerk die Verbindung, oder der Dienst ist ausgefallen.
   *[no] Beim Verbindungsaufbau zu { $portal } kam es zu einer Zeitüberschreitung: Möglicherweise blockiert Ihr Netzwerk die Verbindung, oder der Dienst ist ausgefallen.
}
explain-timeout-tls = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und beim Aufbau der sicheren Verbindung dorthin kam es zu einer Zeitüberschreitung: Die sichere Verbindung konnte nicht rechtzeitig hergestellt werden.
   *[no] Beim Aufbau der sicheren Verbindung zu { $portal } kam es zu einer Zeitüberschreitung: Die sichere Verbindung konnte nicht rechtzeitig hergestellt werden.
}
explain-timeout-first-byte = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und beim Warten auf die Antwort von dort kam es zu einer Zeitüberschreitung: Der Dienst antwortet nicht; an Ihrer Verbindung liegt es nicht.
   *[no] Beim Warten auf die Antwort von { $portal } kam es zu einer Zeitüberschreitung: Der Dienst antwortet nicht; an Ihrer Verbindung liegt es nicht.
}
explain-timeout-transfer = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und beim Empfangen der Seite von dort kam es zu einer Zeitüberschreitung: Die Seite begann zu laden, dann stockte die Übertragung; der Dienst oder Ihre Verbindung ist sehr langsam.
   *[no] Beim Empfangen der Seite von { $portal } kam es zu einer Zeitüberschreitung: Die Seite begann zu laden, dann stockte die Übertragung; der Dienst oder Ihre Verbindung ist sehr langsam.
}
explain-dns-failed = { $redirected ->
    [yes] Die Adresse von { $host } ({ $portal } hat dorthin weitergeleitet) konnte nicht ermittelt werden (DNS): Prüfen Sie Ihre Netzwerkverbindung oder Ihr VPN.
   *[no] Die Adresse von { $portal } konnte nicht ermittelt werden (DNS): Prüfen Sie Ihre Netzwerkverbindung oder Ihr VPN.
}
explain-refused = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und dort wurde die Verbindung abgelehnt: Möglicherweise ist der Dienst ausgefallen, oder eine Firewall blockiert die Verbindung.
   *[no] { $portal } hat die Verbindung abgelehnt: Möglicherweise ist der Dienst ausgefallen, oder eine Firewall blockiert die Verbindung.
}
explain-reset = { $redirected ->
    [yes] Die Verbindung zu { $host } ({ $portal } hat dorthin weitergeleitet) wurde abgebrochen (Reset): Möglicherweise stört eine Firewall oder ein Proxy in Ihrem Netzwerk, oder der Dienst ist gestört.
   *[no] Die Verbindung zu { $portal } wurde abgebrochen (Reset): Möglicherweise stört eine Firewall oder ein Proxy in Ihrem Netzwerk, oder der Dienst ist gestört.
}
explain-unreachable = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, doch dieses Ziel ist von diesem Netzwerk aus nicht erreichbar: Prüfen Sie Ihre Verbindung oder Ihr VPN.
   *[no] { $portal } ist von diesem Netzwerk aus nicht erreichbar: Prüfen Sie Ihre Verbindung oder Ihr VPN.
}
explain-connect-failed = { $redirected ->
    [yes] Es konnte keine Verbindung zu { $host } hergestellt werden ({ $portal } hat dorthin weitergeleitet).
   *[no] Es konnte keine Verbindung zu { $portal } hergestellt werden.
}
explain-not-http = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, doch die Antwort von dort ist keine gültige Webantwort.
   *[no] Die Antwort von { $portal } ist keine gültige Webantwort.
}
explain-misconfigured = { $portal } konnte nicht geprüft werden: Die Prüfung selbst ist falsch eingerichtet.
explain-insecure-redirect = { $portal } leitet zu einer unsicheren Adresse weiter ({ $to }). Dieser Weiterleitung wird nicht gefolgt, denn die Seite kann so nicht sicher geladen werden.
explain-insecure-redirect-unknown = { $portal } leitet zu einer unsicheren Adresse weiter (unverschlüsseltes http). Dieser Weiterleitung wird nicht gefolgt, denn die Seite kann so nicht sicher geladen werden.
explain-tls-untrusted = { $redirected ->
    [yes] Die sichere Verbindung zu { $host } ({ $portal } hat dorthin weitergeleitet) ist von einem unbekannten Aussteller signiert: Möglicherweise untersucht Ihr Netzwerk verschlüsselten Datenverkehr.
   *[no] Die sichere Verbindung zu { $portal } ist von einem unbekannten Aussteller signiert: Möglicherweise untersucht Ihr Netzwerk verschlüsselten Datenverkehr.
}
explain-tls-expired = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und dort wurde ein abgelaufenes Zertifikat vorgelegt: Der Dienst ist falsch eingerichtet, oder die Uhr Ihres Geräts geht falsch.
   *[no] { $portal } hat ein abgelaufenes Zertifikat vorgelegt: Der Dienst ist falsch eingerichtet, oder die Uhr Ihres Geräts geht falsch.
}
explain-tls-wrong-host = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und dort wurde ein Zertifikat für einen anderen Namen vorgelegt: Möglicherweise leitet etwas in Ihrem Netzwerk die Verbindung um, oder der Dienst ist falsch eingerichtet.
   *[no] { $portal } hat ein Zertifikat für einen anderen Namen vorgelegt: Möglicherweise leitet etwas in Ihrem Netzwerk die Verbindung um, oder der Dienst ist falsch eingerichtet.
}
explain-tls-failed = { $redirected ->
    [yes] Die sichere Verbindung zu { $host } ({ $portal } hat dorthin weitergeleitet) konnte nicht aufgebaut werden.
   *[no] Die sichere Verbindung zu { $portal } konnte nicht aufgebaut werden.
}
explain-no-answer = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, doch von dort kam keine Antwort.
   *[no] { $portal } hat nicht geantwortet.
}
explain-redirect-loop = { $hops ->
    [one] { $portal } leitet immer wieder im Kreis weiter (1 Weiterleitung), daher wird die Seite nie geladen.
   *[other] { $portal } leitet immer wieder im Kreis weiter ({ $hops } Weiterleitungen), daher wird die Seite nie geladen.
}
# $code ist der HTTP-Status mit seiner Bezeichnung im Englisch von HTTP („302 Found“,
# „503 Service Unavailable“), in jeder Sprache gleich; oder nur die Zahl („599“).
explain-redirect-nowhere = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und von dort kam die Antwort { $code } ohne ein Ziel für die Weiterleitung.
   *[no] { $portal } hat mit { $code } geantwortet, aber ohne ein Ziel für die Weiterleitung.
}
explain-gateway-timeout = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und von dort kommt die Antwort 504 Gateway Timeout: Das Problem liegt beim Dienst, nicht an Ihrer Verbindung.
   *[no] { $portal } antwortet mit 504 Gateway Timeout: Das Problem liegt beim Dienst, nicht an Ihrer Verbindung.
}
explain-unavailable = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und von dort kommt die Antwort 503 Service Unavailable: Der Dienst ist ausgefallen oder überlastet; an Ihrer Verbindung liegt es nicht.
   *[no] { $portal } antwortet mit 503 Service Unavailable: Der Dienst ist ausgefallen oder überlastet; an Ihrer Verbindung liegt es nicht.
}
explain-throttled = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und von dort kommt die Antwort 429 Too Many Requests: Der Dienst begrenzt die Anfragen; versuchen Sie es später erneut.
   *[no] { $portal } antwortet mit 429 Too Many Requests: Der Dienst begrenzt die Anfragen; versuchen Sie es später erneut.
}
explain-server-error = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und von dort kommt die Antwort { $code }: Das Problem liegt beim Dienst, nicht an Ihrer Verbindung.
   *[no] { $portal } antwortet mit { $code }: Das Problem liegt beim Dienst, nicht an Ihrer Verbindung.
}
explain-request-refused = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und dort wurde die Anfrage mit { $code } abgelehnt.
   *[no] { $portal } hat die Anfrage mit { $code } abgelehnt.
}
explain-unexpected-status = { $redirected ->
    [yes] { $portal } hat zu { $host } weitergeleitet, und von dort kam der unerwartete Status { $status }.
   *[no] { $portal } hat mit dem unerwarteten Status { $status } geantwortet.
}

# Ein zweiter Satz nach denen zu 503 und 429, wenn der Dienst gesagt hat, wann es sich
# wieder versuchen lässt. $wait ist eine Zeitspanne aus den wait-*-Nachrichten unten, hier
# im Dativ („in 2 Tagen und 3 Stunden“).
explain-retry-in = Der Dienst bittet darum, es in { $wait } erneut zu versuchen.
explain-retry-now = Laut dem Dienst können Sie es jetzt erneut versuchen.

# Eine Zeitspanne zum Warten, im Dativ nach „in“.
wait-days-hours = { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} und { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
}
wait-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
}
wait-hours-minutes = { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
} und { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
wait-hours = { $hours ->
    [one] 1 Stunde
   *[other] { $hours } Stunden
}
wait-minutes = { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
wait-seconds = { $seconds ->
    [one] 1 Sekunde
   *[other] { $seconds } Sekunden
}
wait-less-than-a-minute = weniger als einer Minute

# Die eine Zeile der Übersicht, wenn jedes Portal antwortet.
portals-all-normal = { $count ->
    [one] Das Anmeldeportal antwortet normal.
   *[other] Alle { $count } Anmeldeportale antworten normal.
}

# Unter den Portalprüfungen: was die Statusseiten der Anbieter zu einem Fehler beitragen.
# $feed ist der Name der Statusseite („Microsoft 365 status“).
feeds-confirm-incident = Der Anbieter bestätigt eine Störung ({ $feed }): Es liegt nicht an Ihrer Verbindung.
feeds-maintenance = Der Anbieter meldet laufende Wartungsarbeiten ({ $feed }): Das ist wahrscheinlich der Grund, nicht Ihre Verbindung.
feeds-unreadable = Die Statusseite des Anbieters konnte nicht gelesen werden, daher ist unbekannt, ob der Anbieter von einem Problem weiß.
feeds-only-you = Das Problem besteht nur bei Ihnen: Die Statusseite des Anbieters meldet keine Störung.
