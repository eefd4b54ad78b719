# The readiness report as people read it: its Markdown, its HTML page and the helpdesk
# window's tabs (core::report::sections), in the language of whoever saves it or reads it.
# The JSON report never changes with the language.
# Moments are in UTC on purpose (a user and a helpdesk in two time zones read the same
# time): $time is a date and time without its zone, and each message says "UTC" itself.

## The header of the Markdown and of the HTML page

report-title = MFA readiness report: { $organization }
report-html-title = MFA readiness report · { $organization } · { $code }
report-html-heading = MFA readiness report
report-code = Support code: { $code }
report-code-read-back = (read it back to confirm the right report)
report-code-label = Support code
report-generated = Generated
report-user-name = Name given by the user
report-html-meta = Generated { $time } UTC
report-html-meta-name = Generated { $time } UTC · for { $name }
# A label and its colon, as the language writes it ("Verdict:").
report-label = { $label }:
# A moment in UTC.
report-utc = { $time } UTC
# A list of two or more, as the language joins it ("A, B").
report-list = { $head }, { $next }
# Two whole sentences, one after the other.
report-sentences = { $first } { $next }
report-yes = yes
report-no = no
report-unknown = unknown

## Readiness

report-h-readiness = Readiness
report-f-verdict = Verdict
report-f-methods = Methods
report-f-phishing-resistant = Phishing-resistant
report-f-deadline = Deadline in force
report-f-time-left = Time left
report-f-next-step = Next step
report-gaps = Gaps
report-methods-count = { $need ->
    [one] { $have } of { $need } method
   *[other] { $have } of { $need } methods
}
report-pr-count = { $have } of { $need } phishing-resistant
report-deadline-at = { $source ->
    [organization] { $time } UTC (organisation deadline)
    [personal] { $time } UTC (new-user deadline)
   *[other] { $time } UTC (unknown)
}
report-deadline-none = none

## The time left, as of the moment the report was made

report-left-days-hours = { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} left
report-left-days = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
report-left-hours-minutes = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} left
report-left-hours = { $hours ->
    [one] 1 hour left
   *[other] { $hours } hours left
}
report-left-minutes = { $minutes ->
    [one] 1 minute left
   *[other] { $minutes } minutes left
}
report-left-seconds = { $seconds ->
    [one] 1 second left
   *[other] { $seconds } seconds left
}
report-overdue-days-hours = overdue by { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
report-overdue-days = { $days ->
    [one] overdue by 1 day
   *[other] overdue by { $days } days
}
report-overdue-hours-minutes = overdue by { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
report-overdue-hours = { $hours ->
    [one] overdue by 1 hour
   *[other] overdue by { $hours } hours
}
report-overdue-minutes = { $minutes ->
    [one] overdue by 1 minute
   *[other] overdue by { $minutes } minutes
}
report-overdue-seconds = { $seconds ->
    [one] overdue by 1 second
   *[other] overdue by { $seconds } seconds
}
report-overdue-now = overdue by less than a minute

## Enrollment attempts during service problems (the evidence)

report-h-evidence = Enrollment attempts during service problems
report-evidence-none = None: no attempt was blocked by the service in the last 14 days.
report-col-time = Time (UTC)
report-col-attempted = Attempted
report-col-classification = Classification
report-col-http = HTTP
report-col-request-id = Request id
report-col-client-request-id = client-request-id
report-col-incident-then = Vendor incident at that moment
report-incident-none-reported = none reported
# "5 × gateway timeout (504)": how many attempts failed one way.
report-times = { $count } × { $what }
report-lead-none = No attempt was blocked by the service in the last 14 days.
report-lead-attempts-at = The service, not the user, blocked { $attempts ->
    [one] 1 enrollment attempt
   *[other] { $attempts } enrollment attempts
} at { $time } UTC: { $how }.
report-lead-attempts-between = The service, not the user, blocked { $attempts ->
    [one] 1 enrollment attempt
   *[other] { $attempts } enrollment attempts
} between { $from } UTC and { $to } UTC: { $how }.
report-lead-checks-at = The service, not the user, blocked { $checks ->
    [one] 1 portal check
   *[other] { $checks } portal checks
} at { $time } UTC: { $how }.
report-lead-checks-between = The service, not the user, blocked { $checks ->
    [one] 1 portal check
   *[other] { $checks } portal checks
} between { $from } UTC and { $to } UTC: { $how }.
report-lead-both-at = The service, not the user, blocked { $attempts ->
    [one] 1 enrollment attempt
   *[other] { $attempts } enrollment attempts
} and { $checks ->
    [one] 1 portal check
   *[other] { $checks } portal checks
} at { $time } UTC: { $how }.
report-lead-both-between = The service, not the user, blocked { $attempts ->
    [one] 1 enrollment attempt
   *[other] { $attempts } enrollment attempts
} and { $checks ->
    [one] 1 portal check
   *[other] { $checks } portal checks
} between { $from } UTC and { $to } UTC: { $how }.
report-lead-no-incident = No provider status feed reported an incident at those times.
report-lead-incident-unknown = Whether the provider reported an incident then is unknown: no status feed could be read from this device.
report-lead-incident-one = It happened while the provider's status feed reported an incident ({ $incident }).
report-lead-incident-all = All { $total } happened while the provider's status feed reported an incident ({ $incident }).
report-lead-incident-some = { $during } of { $total } happened while the provider's status feed reported an incident ({ $incident }).
report-lead-deadline = The deadline in force is { $time } UTC ({ $left }).
report-lead-close = Each row has the provider's request id to trace it. This supports granting an extension or a Temporary Access Pass.

## Methods

report-h-methods = Methods
report-col-method = Method
report-col-kind = Kind
report-col-tier = Tier
report-col-device = Device
report-col-confirmed = Confirmed
report-col-since = Since
report-col-counts = Counts
report-methods-none = No method registered yet.

## Queue jobs

report-h-jobs = Queue jobs
report-col-job = Job
report-col-what = What
report-col-state = State
report-col-attempts = Attempts
report-col-updated = Updated (UTC)
report-col-last-error = Last error
report-jobs-none = No queued work.
report-last-error = { $error } (request id { $id })
report-history = Job { $id } history (oldest first)
report-history-older = { $count ->
    [one] … 1 older line not shown
   *[other] … { $count } older lines not shown
}
report-history-line = { $time } · { $state } · attempt { $attempt } · { $detail }

## Portal health

report-h-portals = Portal health (last check of each portal)
report-col-portal = Portal
report-col-checked = Checked (UTC)
report-col-outcome = Outcome
report-col-phases = Phases
report-col-issuer = Certificate issuer
report-portals-none = No portal was checked in the last 14 days.
report-portal = { $name } ({ $url })
report-outcome = { $outcome ->
    [healthy] healthy
    [slow] slow
    [gateway_timeout] gateway timeout
    [service_unavailable] service unavailable
    [server_error] server error
    [throttled] rate limited
    [client_error] refused the request
    [redirect_loop] redirect loop
    [timeout] timed out
    [dns_failure] address lookup (DNS) failed
    [connect_failure] could not connect
    [tls_failure] secure connection failed
    [proxy_auth_required] proxy sign-in needed
    [captive_portal] Wi-Fi sign-in page (captive portal)
    [offline] device offline
   *[other] unknown
}
# How long each phase of a check took.
report-phase-dns = DNS { $ms } ms
report-phase-connect = connect { $ms } ms
report-phase-tls = TLS { $ms } ms
report-phase-first-byte = first byte { $ms } ms
report-phase-total = total { $ms } ms
report-timed-out = { $phase ->
    [dns] timed out in DNS
    [connect] timed out in connect
    [tls] timed out in TLS
    [first_byte] timed out in first byte
    [transfer] timed out in transfer
   *[other] timed out in a phase this version does not know
}

## Open vendor incidents

report-h-incidents = Open vendor incidents
report-col-feed = Feed
report-col-incident = Incident
report-col-impact = Impact
report-col-started = Started (UTC)
report-col-last-seen = Last seen (UTC)
report-col-link = Link
report-impact = { $impact ->
    [none] none
    [minor] minor
    [major] major
    [critical] critical
    [maintenance] maintenance
   *[other] unknown
}
report-incidents-none = None reported by the status feeds (last read { $time } UTC).
report-incidents-unknown = Unknown: no provider status feed could be read from this device.

## Event log

report-h-events = Event log (last 14 days)
report-col-event = Event
report-col-detail = Detail
report-events-none = No events.
report-events-newest = The newest { $shown } of { $total } events are shown; the JSON report has them all.

## About this report

report-h-about = About this report
report-f-policy = Policy
report-f-policy-hash = Policy SHA-256
report-f-signed = Signed
report-f-app = MFA Ready
report-f-os = Operating system
report-f-schema = Report schema
report-policy-source = { $source ->
    [flag] --policy
    [env] MFA_READY_POLICY
    [system] system-wide
    [beside_executable] beside the program
    [embedded] embedded default
   *[other] unknown
}
report-policy-file = { $source } ({ $path })
report-signed-by = yes, by { $signer }
report-app-version = { $version } ({ $build })
