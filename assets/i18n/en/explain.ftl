# What a portal check found, in one sentence for the person at the computer
# (core::fault::Explanation). $portal is the portal's name ("My Sign-Ins"). Where a
# redirect led elsewhere, $redirected is "yes" and $host names where it led.

explain-healthy = { $portal } is reachable and answering normally.
explain-slow = { $portal } works but is slow ({ $total } ms, above { $limit } ms).
explain-captive-portal = Your network is showing a sign-in page (captive portal), so { $portal } cannot be reached: sign in to the Wi-Fi first.
explain-offline = This device is not connected to the internet, so { $portal } cannot be reached: check your Wi-Fi or network cable.
explain-proxy-sign-in-407 = Your network's proxy asks for a sign-in (407 Proxy Authentication Required) before { $portal } can be reached: this is your network, not { $portal }.
explain-proxy-sign-in = Your network's proxy asks for a sign-in before { $portal } can be reached.
explain-proxy-refused = { $redirected ->
    [yes] Your network's proxy would not connect to { $host } (where { $portal } redirected).
   *[no] Your network's proxy would not connect to { $portal }.
}
explain-timeout-dns = { $redirected ->
    [yes] { $portal } redirected to { $host }, which timed out while looking up its address: your network's name lookup (DNS) is not answering.
   *[no] { $portal } timed out while looking up its address: your network's name lookup (DNS) is not answering.
}
explain-timeout-connect = { $redirected ->
    [yes] { $portal } redirected to { $host }, which timed out while connecting: your network may be blocking it, or the service is down.
   *[no] { $portal } timed out while connecting: your network may be blocking it, or the service is down.
}
explain-timeout-tls = { $redirected ->
    [yes] { $portal } redirected to { $host }, which timed out while setting up the secure connection: the secure connection could not be set up in time.
   *[no] { $portal } timed out while setting up the secure connection: the secure connection could not be set up in time.
}
explain-timeout-first-byte = { $redirected ->
    [yes] { $portal } redirected to { $host }, which timed out while waiting for its answer: the service is not answering, not your connection.
   *[no] { $portal } timed out while waiting for its answer: the service is not answering, not your connection.
}
explain-timeout-transfer = { $redirected ->
    [yes] { $portal } redirected to { $host }, which timed out while receiving the page: the page started arriving but stalled; the service or your connection is very slow.
   *[no] { $portal } timed out while receiving the page: the page started arriving but stalled; the service or your connection is very slow.
}
explain-dns-failed = { $redirected ->
    [yes] The address of { $host } (where { $portal } redirected) could not be looked up (DNS): check your network connection or VPN.
   *[no] The address of { $portal } could not be looked up (DNS): check your network connection or VPN.
}
explain-refused = { $redirected ->
    [yes] { $portal } redirected to { $host }, which refused the connection: the service may be down, or a firewall is blocking it.
   *[no] { $portal } refused the connection: the service may be down, or a firewall is blocking it.
}
explain-reset = { $redirected ->
    [yes] The connection to { $host } (where { $portal } redirected) was cut off (reset): a firewall or proxy on your network may be interfering, or the service is failing.
   *[no] The connection to { $portal } was cut off (reset): a firewall or proxy on your network may be interfering, or the service is failing.
}
explain-unreachable = { $redirected ->
    [yes] { $portal } redirected to { $host }, which is unreachable from this network: check your connection or VPN.
   *[no] { $portal } is unreachable from this network: check your connection or VPN.
}
explain-connect-failed = { $redirected ->
    [yes] Could not connect to { $host } (where { $portal } redirected).
   *[no] Could not connect to { $portal }.
}
explain-not-http = { $redirected ->
    [yes] { $portal } redirected to { $host }, which answered with something that is not a valid web response.
   *[no] { $portal } answered with something that is not a valid web response.
}
explain-misconfigured = { $portal } could not be checked: the check itself is misconfigured.
explain-insecure-redirect = { $portal } redirects to an insecure address ({ $to }), which is not followed: the page cannot be loaded securely.
explain-insecure-redirect-unknown = { $portal } redirects to an insecure address (plain http), which is not followed: the page cannot be loaded securely.
explain-tls-untrusted = { $redirected ->
    [yes] The secure connection to { $host } (where { $portal } redirected) is signed by an unknown issuer: your network may be inspecting encrypted traffic.
   *[no] The secure connection to { $portal } is signed by an unknown issuer: your network may be inspecting encrypted traffic.
}
explain-tls-expired = { $redirected ->
    [yes] { $portal } redirected to { $host }, which presented an expired certificate: the service is misconfigured, or your device's clock is wrong.
   *[no] { $portal } presented an expired certificate: the service is misconfigured, or your device's clock is wrong.
}
explain-tls-wrong-host = { $redirected ->
    [yes] { $portal } redirected to { $host }, which presented a certificate for another name: something on your network may be redirecting it, or the service is misconfigured.
   *[no] { $portal } presented a certificate for another name: something on your network may be redirecting it, or the service is misconfigured.
}
explain-tls-failed = { $redirected ->
    [yes] The secure connection to { $host } (where { $portal } redirected) could not be set up.
   *[no] The secure connection to { $portal } could not be set up.
}
explain-no-answer = { $redirected ->
    [yes] { $portal } redirected to { $host }, which did not answer.
   *[no] { $portal } did not answer.
}
explain-redirect-loop = { $hops ->
    [one] { $portal } keeps redirecting in a loop (1 hop), so the page never loads.
   *[other] { $portal } keeps redirecting in a loop ({ $hops } hops), so the page never loads.
}
# $code is the HTTP status with its phrase in HTTP's own English ("302 Found",
# "503 Service Unavailable"), the same in every language; or only the number ("599").
explain-redirect-nowhere = { $redirected ->
    [yes] { $portal } redirected to { $host }, which answered { $code } with nowhere to go.
   *[no] { $portal } answered { $code } with nowhere to go.
}
explain-gateway-timeout = { $redirected ->
    [yes] { $portal } redirected to { $host }, which is answering 504 Gateway Timeout: the service is failing, not your connection.
   *[no] { $portal } is answering 504 Gateway Timeout: the service is failing, not your connection.
}
explain-unavailable = { $redirected ->
    [yes] { $portal } redirected to { $host }, which is answering 503 Service Unavailable: the service is down or overloaded, not your connection.
   *[no] { $portal } is answering 503 Service Unavailable: the service is down or overloaded, not your connection.
}
explain-throttled = { $redirected ->
    [yes] { $portal } redirected to { $host }, which is answering 429 Too Many Requests: it is limiting requests, try again later.
   *[no] { $portal } is answering 429 Too Many Requests: it is limiting requests, try again later.
}
explain-server-error = { $redirected ->
    [yes] { $portal } redirected to { $host }, which is answering { $code }: the service is failing, not your connection.
   *[no] { $portal } is answering { $code }: the service is failing, not your connection.
}
explain-request-refused = { $redirected ->
    [yes] { $portal } redirected to { $host }, which refused the request with { $code }.
   *[no] { $portal } refused the request with { $code }.
}
explain-unexpected-status = { $redirected ->
    [yes] { $portal } redirected to { $host }, which answered with an unexpected status { $status }.
   *[no] { $portal } answered with an unexpected status { $status }.
}

# A second sentence after the 503 and 429 ones, when the service said when to retry.
# $wait is a span of time worded by the wait-* messages below.
explain-retry-in = It asks to retry in { $wait }.
explain-retry-now = It says it can be retried now.

# A span of time to wait.
wait-days-hours = { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
wait-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
wait-hours-minutes = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
wait-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
wait-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
wait-seconds = { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}
wait-less-than-a-minute = less than a minute

# The overview's one line when every portal answers.
portals-all-normal = { $count ->
    [one] The sign-in portal is answering normally.
   *[other] All { $count } sign-in portals are answering normally.
}

# Under the portal checks, what the providers' status pages add to a failure.
# $feed is the status page's name ("Microsoft 365 status").
feeds-confirm-incident = The provider confirms an incident ({ $feed }): this is not your connection.
feeds-maintenance = The provider reports maintenance in progress ({ $feed }): that is likely why, not your connection.
feeds-unreadable = The provider's status page could not be read, so it is unknown whether they know of a problem.
feeds-only-you = Only you see this: the provider's status page reports no incident.
