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
