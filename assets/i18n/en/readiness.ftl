# MFA Ready: why you are not ready yet: what is missing, and why a registered method does
# not count. English is the source language. Core keeps the same English for
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

