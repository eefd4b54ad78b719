# The command line's words for people: the language follows LC_ALL, LC_MESSAGES, LANG.
# What scripts read (--json, exit codes) never changes with it.
# `mfa-ready status`: one headline, then labelled lines (the labels are padded to one width).

status-headline = { $organization }: { $verdict }
# A label and its colon, as the language writes it.
status-label = { $label }:
status-label-methods = Methods
status-label-deadline = Deadline
status-label-missing = Missing
status-label-ignored = Ignored
status-label-next = Next step
status-label-helpdesk = Helpdesk
status-label-policy = Policy
status-methods = { $have } of { $need }
status-methods-pr = { $have } of { $need } ({ $pr_have } of { $pr_need } phishing-resistant)
status-deadline-org = { $date } (your organisation's deadline), { $left }
status-deadline-personal = { $date } (your deadline as a new user), { $left }
status-deadline-met = met: you are ready
status-deadline-none = none
status-overdue = { $days ->
    [0] overdue since today
    [one] overdue by 1 day
   *[other] overdue by { $days } days
}
status-next-step = Set up { $method }

## remind, calendar, report, autostart: what the command did

cli-reminder-shown = Reminder shown: { $title }: { $body }
cli-reminder-not-shown = Reminder not shown: { $title }: { $body }
cli-reminder-none = No reminder is due.
cli-calendar-saved = Saved the deadline to { $path }
cli-report-saved = Saved the report to { $path } · support code { $code }
cli-autostart-on = Reminders at login are on ({ $entry })
cli-autostart-off = Reminders at login are off ({ $entry })
cli-autostart-turned-off = Reminders at login are off

## methods: what is registered and what the policy accepts

cli-methods-not-set-up = not set up
cli-methods-not-accepted = not accepted by your organisation
cli-method-marked = { $id }: marked as set up
cli-method-already-marked = { $id }: already marked
cli-method-removed = { $id }: removed
cli-method-not-marked = { $id }: was not marked

## check: one line for the fleet
# What to add next, by the method's id ($method); the lines below place it.

cli-check-add = { $method ->
    [passkey] add a passkey on your phone
    [security_key] add a security key
    [windows_hello] add Windows Hello for Business
    [platform_credential] add Mac Platform SSO
    [certificate] add a smart card / certificate
    [authenticator_app] add an authenticator app
    [software_oath] add a code generator app (TOTP)
    [hardware_oath] add a hardware code token
    [phone_sms] add a text message (SMS)
    [phone_voice] add a phone call
   *[email] add a recovery e-mail
}
cli-check-ready = { $count ->
    [one] Ready: 1 method, { $pr } phishing-resistant
   *[other] Ready: { $count } methods, { $pr } phishing-resistant
}
cli-check-not-ready-step = Not ready: { cli-check-add }
cli-check-not-ready-step-by = Not ready: { cli-check-add } by { $date }
cli-check-overdue-step = Overdue: { cli-check-add }
cli-check-overdue-step-by = Overdue: { cli-check-add } (deadline was { $date })
# Nothing that can be added here would help: the first thing left.
cli-check-not-ready = Not ready: { $todo }
cli-check-not-ready-by = Not ready by { $date }: { $todo }
cli-check-overdue = Overdue: { $todo }
cli-check-overdue-by = Overdue (deadline was { $date }): { $todo }
cli-check-see-status = see mfa-ready status

## policy show: labelled lines, the labels padded to one width

cli-policy-label-policy = Policy
cli-policy-label-signature = Signature
cli-policy-label-organization = Organization
cli-policy-label-provider = Provider
cli-policy-label-tenant = Tenant
cli-policy-label-deadline = Deadline
cli-policy-label-new-users = New users
cli-policy-label-required = Required
cli-policy-label-allowed = Allowed
cli-policy-label-portal = Portal
cli-policy-label-helpdesk = Helpdesk
cli-policy-deadline-none = none
cli-policy-new-users = { $days ->
    [one] 1 day from first run
   *[other] { $days } days from first run
}
cli-policy-required = { $count ->
    [one] 1 method, { $pr } phishing-resistant, not all on one device
   *[other] { $count } methods, { $pr } phishing-resistant, not all on one device
}
cli-policy-portal = { $name } <{ $url }> slow { $slow } ms, timeout { $timeout } ms
# Where the policy came from ($path is its file).
cli-policy-from-flag = { $path } (given with --policy)
cli-policy-from-env = { $path } (from MFA_READY_POLICY)
cli-policy-from-system = { $path } (system-wide)
cli-policy-from-beside = { $path } (beside the program)
cli-policy-from-embedded = built-in default (no policy file found)
# The signature: $signer is the signature's trusted comment, $key the key's ID.
cli-signature-signed = signed (key { $key })
cli-signature-signed-by = signed: { $signer } (key { $key })
cli-signature-signed-until = signed (key { $key }; valid until { $until })
cli-signature-signed-by-until = signed: { $signer } (key { $key }; valid until { $until })
cli-signature-unsigned-required = unsigned policy (this device requires signed policies)
cli-signature-unsigned = unsigned policy (no trusted keys on this device)

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = No jobs.
cli-queue-job = job { $id }: { $text }
cli-queue-waiting = waiting
cli-queue-portal-back = { $portal } is back: { $url }
cli-queue-retry = job { $id }: will be tried at the next `queue run` (or now, if MFA Ready is open)
cli-queue-cancelled = job { $id }: cancelled
cli-queue-queued = { $sentence } (queued as job { $id }; `mfa-ready queue run` or the open window will retry)
