# MFA Ready: why you are not ready yet, what to do during an outage, and the summary to
# copy for the helpdesk. English is the source language. Core keeps the same English for
# the gaps (`status --json`, `check` and the report say them), and a test keeps the two
# equal. Whole sentences with named arguments; Fluent's plural rules choose the forms.
# $organization is the organisation's name.

## What is missing (shown in the summary to copy)

# The organisation requires $need sign-in methods; $have count; $missing more are needed.
gap-too-few-methods = { $need ->
    [one] { $organization } requires 1 sign-in method and you have { $have }. Add { $missing } more.
   *[other] { $organization } requires { $need } sign-in methods and you have { $have }. Add { $missing } more.
}
# $missing more phishing-resistant methods are needed; $options are the ones the
# organisation accepts that can be set up on this computer ("Passkey on your phone or
# Security key", joined by list-or and list-comma below).
gap-too-few-pr = { $missing ->
    [one] Add 1 phishing-resistant method ({ $options }): fake sign-in pages can't steal these.
   *[other] Add { $missing } phishing-resistant methods ({ $options }): fake sign-in pages can't steal these.
}
# The same when none of the accepted ones can be set up on this computer.
gap-too-few-pr-none-here = { $missing ->
    [one] Add 1 phishing-resistant method: fake sign-in pages can't steal these, but none that { $organization } accepts can be set up on this computer: ask your helpdesk.
   *[other] Add { $missing } phishing-resistant methods: fake sign-in pages can't steal these, but none that { $organization } accepts can be set up on this computer: ask your helpdesk.
}
# Every method lives on one device; $device is where ("your phone", "a hardware key":
# the device-* names in methods.ftl).
gap-one-device = All your methods are on { $device }: if you lose it, you lose them all. Add one that lives somewhere else.
# The same when no method on another device can be set up on this computer.
gap-one-device-none-here = All your methods are on { $device }: if you lose it, you lose them all. A method elsewhere would fix it, but none that { $organization } accepts can be set up on this computer: ask your helpdesk.
# A list of choices: the last two joined ("A or B"), every earlier one by a comma
# ("A, B or C").
list-or = { $head } or { $last }
list-comma = { $head }, { $next }

## Why a registered method does not count ($method is the method's name)

not-counted-recovery-only = { $method } is for account recovery only: it is not a sign-in method.
not-counted-not-allowed = { $method } is not accepted by { $organization }.

## Outage advice: a sign-in portal keeps failing and the deadline is close
# The advice is two sentences: what is happening, then what to do.
# $portal is the portal's name ("My Sign-Ins"). It has been failing for $failing hours
# (written "3 h") or $failing minutes ("20 min"); the deadline is in $left days or hours,
# or passed $left days or hours ago.

outage-hours-in-days = { $left ->
    [one] { $portal } has been failing for { $failing } h and your deadline is in 1 day.
   *[other] { $portal } has been failing for { $failing } h and your deadline is in { $left } days.
}
outage-hours-in-hours = { $left ->
    [one] { $portal } has been failing for { $failing } h and your deadline is in 1 hour.
   *[other] { $portal } has been failing for { $failing } h and your deadline is in { $left } hours.
}
outage-hours-passed-days = { $left ->
    [one] { $portal } has been failing for { $failing } h and your deadline passed 1 day ago.
   *[other] { $portal } has been failing for { $failing } h and your deadline passed { $left } days ago.
}
outage-hours-passed-hours = { $left ->
    [one] { $portal } has been failing for { $failing } h and your deadline passed 1 hour ago.
   *[other] { $portal } has been failing for { $failing } h and your deadline passed { $left } hours ago.
}
outage-minutes-in-days = { $left ->
    [one] { $portal } has been failing for { $failing } min and your deadline is in 1 day.
   *[other] { $portal } has been failing for { $failing } min and your deadline is in { $left } days.
}
outage-minutes-in-hours = { $left ->
    [one] { $portal } has been failing for { $failing } min and your deadline is in 1 hour.
   *[other] { $portal } has been failing for { $failing } min and your deadline is in { $left } hours.
}
outage-minutes-passed-days = { $left ->
    [one] { $portal } has been failing for { $failing } min and your deadline passed 1 day ago.
   *[other] { $portal } has been failing for { $failing } min and your deadline passed { $left } days ago.
}
outage-minutes-passed-hours = { $left ->
    [one] { $portal } has been failing for { $failing } min and your deadline passed 1 hour ago.
   *[other] { $portal } has been failing for { $failing } min and your deadline passed { $left } hours ago.
}
# More than a day left: call if the portal is still down tomorrow morning. $helpdesk is
# the helpdesk's name, reached the first way the organisation gives ($phone, $email or
# the web page $url); without a helpdesk in the policy, "your IT helpdesk".
outage-later-phone = Your attempts are recorded; if it is still down tomorrow morning, call { $helpdesk } at { $phone }.
outage-later-email = Your attempts are recorded; if it is still down tomorrow morning, e-mail { $helpdesk } at { $email }.
outage-later-web = Your attempts are recorded; if it is still down tomorrow morning, visit { $helpdesk } at { $url }.
outage-later-name = Your attempts are recorded; if it is still down tomorrow morning, contact { $helpdesk }.
outage-later = Your attempts are recorded; if it is still down tomorrow morning, contact your IT helpdesk.
# A day or less left, or overdue: call now. A Temporary Access Pass is a one-time code the
# helpdesk issues to sign in while adding methods.
outage-now-phone = Your attempts are recorded; call { $helpdesk } at { $phone } now: they can extend your deadline or give you a Temporary Access Pass.
outage-now-email = Your attempts are recorded; e-mail { $helpdesk } at { $email } now: they can extend your deadline or give you a Temporary Access Pass.
outage-now-web = Your attempts are recorded; visit { $helpdesk } at { $url } now: they can extend your deadline or give you a Temporary Access Pass.
outage-now-name = Your attempts are recorded; contact { $helpdesk } now: they can extend your deadline or give you a Temporary Access Pass.
outage-now = Your attempts are recorded; contact your IT helpdesk now: they can extend your deadline or give you a Temporary Access Pass.
# The two sentences one after the other.
outage-advice = { $facts } { $act }

## The summary to copy ("Copy summary" on the Done page): plain text, one line each

summary-text-title = MFA Ready summary for { $organization }
# $verdict: "Ready", "Not ready yet", "Overdue" (verdict-* in methods.ftl).
summary-text-verdict = Verdict: { $verdict }
# $have of the $need required methods count.
summary-text-methods = { $need ->
    [one] Methods: { $have } of 1 method
   *[other] Methods: { $have } of { $need } methods
}
# The same, and $pr_have of the $pr_need required phishing-resistant ones.
summary-text-methods-pr = { $need ->
    [one] Methods: { $have } of 1 method ({ $pr_have } of { $pr_need } phishing-resistant)
   *[other] Methods: { $have } of { $need } methods ({ $pr_have } of { $pr_need } phishing-resistant)
}
# One registered method: its name, its strength ($tier), where it lives ($device) and how
# it is known ($how: "verified by the service").
summary-text-method = - { $method } ({ $tier }, on { $device }, { $how })
# $date: the deadline with its time and zone, as the language writes it.
summary-text-deadline = Deadline: { $date }
# $gap: one of the gap-* sentences above.
summary-text-missing = Missing: { $gap }

# This computer fails checks the policy requires. $checks lists them by name ("Disk
# encryption, Screen lock").
gap-device = This computer does not meet { $organization }'s requirements: { $checks }.
