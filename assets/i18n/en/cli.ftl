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

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = No jobs.
cli-queue-job = job { $id }: { $text }
cli-queue-waiting = waiting
cli-queue-portal-back = { $portal } is back: { $url }
cli-queue-retry = job { $id }: will be tried at the next `queue run` (or now, if MFA Ready is open)
cli-queue-cancelled = job { $id }: cancelled
cli-queue-queued = { $sentence } (queued as job { $id }; `mfa-ready queue run` or the open window will retry)
