# The durable queue, as the window and the command line say it: what a job does, where it
# stands, how it ended and its history. English is the source: core::queue keeps the same
# English for what the store and `queue list --json` hold, and a test keeps the two equal.

## What a job does ($phone is masked: "+1 206 ••• 0100")

queue-action-verify = Checking which methods are registered
queue-action-phone = { $type ->
    [mobile] Adding your phone { $phone }
    [alternateMobile] Adding your alternate mobile { $phone }
   *[office] Adding your office phone { $phone }
}
queue-action-portal = Waiting for { $portal } to come back to add your { $method }

## The phone types of the "Add a phone number" form

queue-phone-type = { $type ->
    [mobile] mobile
    [alternateMobile] alternate mobile
   *[office] office phone
}

## A job's sentence: what it does, then where it stands

queue-job = { $action }: { $status }
queue-status-done = done
queue-status-cancelled = cancelled
queue-status-failed = failed
queue-status-failed-cause = failed, { $cause }
queue-status-trying = trying now, attempt { $attempt }
queue-status-sign-in = { $cause }, waiting for you to sign in
queue-status-portal = { $cause }, MFA Ready will tell you when it's back
# $attempt is 0 before the first try.
queue-status-next-now = { $attempt ->
    [0] next try now
   *[other] next try now, attempt { $attempt }
}
queue-status-next-in = { $attempt ->
    [0] next try in { $wait }
   *[other] next try in { $wait }, attempt { $attempt }
}
queue-status-cause-next-now = { $attempt ->
    [0] { $cause }, next try now
   *[other] { $cause }, next try now, attempt { $attempt }
}
queue-status-cause-next-in = { $attempt ->
    [0] { $cause }, next try in { $wait }
   *[other] { $cause }, next try in { $wait }, attempt { $attempt }
}

## A countdown that ticks (unit symbols)

queue-wait-s = { $s } s
queue-wait-min = { $min } min
queue-wait-min-s = { $min } min { $s } s
queue-wait-h = { $h } h
queue-wait-h-min = { $h } h { $min } min

## Why an attempt failed (it follows other words; $status is an HTTP status)

queue-cause-timed_out = the service timed out
queue-cause-unreachable = the service could not be reached
queue-cause-slow_down = the service asked us to slow down
queue-cause-unavailable = the service is unavailable
queue-cause-server_error = the service failed ({ $status })
queue-cause-refused = the service refused the request
queue-cause-permission_missing = permission is missing
queue-cause-answered = the service answered { $status }
queue-cause-service_failed = the service failed
queue-cause-sign_in_needed = you need to sign in
queue-cause-resting = the service is failing, so MFA Ready is giving it a rest
queue-cause-portal_down = the portal is still failing
queue-cause-not_understood = the answer could not be understood
queue-cause-local = something went wrong on this computer
queue-cause-api_off = your organisation has not turned on what MFA Ready needs
queue-cause-proxy_sign_in = your network's proxy needs a sign-in

## What a job that succeeded did

queue-note-checked-none = Checked: no sign-in methods are registered yet
queue-note-checked = Checked: verified { $methods }
queue-note-checked-others = { $others ->
    [one] { $checked }; 1 other sign-in method was not counted (MFA Ready does not know its kind)
   *[other] { $checked }; { $others } other sign-in methods were not counted (MFA Ready does not know their kind)
}
# Between the methods of that list.
queue-list-separator = {", "}
queue-note-phone-there = Your phone { $phone } is registered (the earlier try went through)
queue-note-phone-added = Your phone { $phone } was added
queue-note-portal-back = { $portal } is back: continue adding your { $method }

## Why a job stopped for good: what went wrong, then whom to contact
## ($service is the service's own words, $helpdesk the organisation's contact, $reference
## the service's reference for the helpdesk)

queue-give-up = { $problem } { $contact }
queue-give-up-phone = The service did not accept this phone number ({ $service }).
queue-give-up-consent = Your organisation has not allowed MFA Ready to do this (missing consent for UserAuthenticationMethod.ReadWrite).
queue-give-up-api-off = Your organisation has not turned on the setting MFA Ready needs to read your sign-in methods; IT can turn it on.
queue-give-up-scope = MFA Ready was not allowed to read your sign-in methods. Sign in again; if that does not help, IT must allow it.
queue-give-up-refused = It did not work: { $cause } ({ $service }).
queue-give-up-max-age = { $kind ->
    [verify_methods] Checking your methods did not work: MFA Ready kept trying for 3 days and has stopped ({ $cause }).
    [register_phone] Your phone could not be added: MFA Ready kept trying for 3 days and has stopped ({ $cause }).
   *[resume_portal_step] The portal did not come back: MFA Ready kept trying for 3 days and has stopped ({ $cause }).
}
queue-give-up-deadline = { $kind ->
    [verify_methods] Checking your methods did not work: MFA Ready kept trying until the enrollment deadline and has stopped ({ $cause }).
    [register_phone] Your phone could not be added: MFA Ready kept trying until the enrollment deadline and has stopped ({ $cause }).
   *[resume_portal_step] The portal did not come back: MFA Ready kept trying until the enrollment deadline and has stopped ({ $cause }).
}
queue-give-up-interrupted = { $kind ->
    [verify_methods] { $count ->
        [one] Checking your methods did not work: MFA Ready stopped 1 time in a row while working on it, so it will not try again.
       *[other] Checking your methods did not work: MFA Ready stopped { $count } times in a row while working on it, so it will not try again.
    }
    [register_phone] { $count ->
        [one] Your phone could not be added: MFA Ready stopped 1 time in a row while working on it, so it will not try again.
       *[other] Your phone could not be added: MFA Ready stopped { $count } times in a row while working on it, so it will not try again.
    }
   *[resume_portal_step] { $count ->
        [one] The portal did not come back: MFA Ready stopped 1 time in a row while working on it, so it will not try again.
       *[other] The portal did not come back: MFA Ready stopped { $count } times in a row while working on it, so it will not try again.
    }
}
queue-contact = Please contact your helpdesk.
queue-contact-desk = Please contact your helpdesk ({ $helpdesk }).
queue-contact-ref = Please contact your helpdesk and give them the reference { $reference }.
queue-contact-desk-ref = Please contact your helpdesk ({ $helpdesk }) and give them the reference { $reference }.
queue-contact-phone = Check the number and try again, or contact your helpdesk.
queue-contact-phone-desk = Check the number and try again, or contact your helpdesk ({ $helpdesk }).

## A job's history, line by line ($detail is the technical line for the helpdesk)

queue-history-queued = queued
queue-history-sending = sending
queue-history-cancelled = cancelled by you
queue-history-retry-asked = retry now, as you asked
queue-history-interrupted = interrupted (MFA Ready stopped during an attempt); will check and retry
queue-history-stopped = { $count ->
    [one] interrupted 1 time in a row; stopped trying
   *[other] interrupted { $count } times in a row; stopped trying
}
queue-history-retry = { $cause }; next try at { $time } ({ $detail })
queue-history-held = held, nothing sent: { $cause } ({ $detail })
queue-history-failed = { $cause } ({ $detail })

## Why a phone number cannot be added (under the "Add a phone number" form)

queue-phone-empty = Enter a phone number.
queue-phone-no-country = Start with + and the country code, e.g. +1 206 555 0100.
queue-phone-bad-char = "{ $char }" is not allowed in a phone number.
queue-phone-parentheses = The parentheses do not match.
queue-phone-too-short = { $digits ->
    [one] Too short: 1 digit; at least 8 are needed.
   *[other] Too short: { $digits } digits; at least 8 are needed.
}
queue-phone-too-long = Too long: { $digits } digits; at most 15 are allowed.
queue-phone-country-zero = The country code cannot start with 0.
