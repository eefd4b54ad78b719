# Around the portal checks: the connection, the providers' status pages (the window's
# health page and `mfa-ready probe`).

# $state: online, captive_portal, offline, or not_checked (the policy has no
# connectivity check).
connection-state = { $state ->
    [online] online
    [captive_portal] behind a sign-in page (captive portal)
    [offline] offline
   *[not_checked] not checked
}

# `mfa-ready probe`'s first line. $time is the moment in RFC 3339 (UTC).
probe-checked-at = Checked at { $time }. Your connection: { $connection }.
probe-feed-incidents = { $count ->
    [0] Status page { $feed }: no open incidents
    [one] Status page { $feed }: 1 open incident
   *[other] Status page { $feed }: { $count } open incidents
}
probe-feed-unreadable = Status page { $feed }: could not be read ({ $error })
# $state: in_progress or verifying. $window: from_until, since, until or none, with
# $from and $until in RFC 3339 (UTC).
probe-maintenance = Maintenance: { $title } ({ $state ->
    [verifying] verifying
   *[in_progress] in progress
}{ $window ->
    [from_until] , { $from } to { $until }
    [since] , since { $from }
    [until] , until { $until }
   *[none] {""}
})

# The way a check went (issue 18): through a proxy or directly, and what chose it.
# $by: policy, policy_none, environment, system_settings, system_pac,
# system_auto_detect, not_set, loopback.
route-via = Through { $proxy }, { $by ->
    [policy] set by your organisation
    [policy_none] as your organisation set
    [environment] set in this session's environment
    [system_settings] chosen by the system's proxy settings
    [system_pac] chosen by the system's PAC file
    [system_auto_detect] chosen by the system's automatic proxy detection
   *[not_set] no proxy is set
}.
route-direct = { $by ->
    [policy] Directly, set by your organisation.
    [policy_none] Directly, as your organisation set.
    [environment] Directly, set in this session's environment.
    [system_settings] Directly, chosen by the system's proxy settings.
    [system_pac] Directly, chosen by the system's PAC file.
    [system_auto_detect] Directly, chosen by the system's automatic proxy detection.
    [loopback] Directly: this computer's own address never goes through a proxy.
   *[not_set] Directly: no proxy is set.
}
route-pac-trouble = { $trouble ->
    [not_fetched] The system's proxy script could not be downloaded, so the browser's fallback was used: directly.
    [not_allowed] The system's proxy script is not at an https address or on this computer, so it was not used: directly.
    [timed_out] The system's proxy script took too long and was stopped, so the browser's fallback was used: directly.
    [auto_detect_unsupported] Automatic proxy detection is on, which MFA Ready cannot follow on this system: directly.
    [unsupported_proxies] The system's proxy script named only proxies MFA Ready cannot use: directly.
   *[failed] The system's proxy script failed, so the browser's fallback was used: directly.
}
