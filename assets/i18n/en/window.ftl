# MFA Ready: the window. English is the source language.
# Whole sentences with named arguments; Fluent's plural rules choose the forms.

app-name = MFA Ready
# The window's title (what a screen reader says for the window): $page is the page's name.
window-title = MFA Ready · { $page }
header-title = MFA Ready · { $organization }

## Menus and shortcuts

menu-file = File
menu-open-report = Open report…
menu-share = Share with helpdesk…
menu-save-report = Save report…
menu-close-report = Close report
menu-view = View
menu-theme-system = Theme: as the system
menu-theme-light = Theme: light
menu-theme-dark = Theme: dark
menu-text-larger = Larger text
menu-text-smaller = Smaller text
menu-text-reset = Normal text size
menu-check-portals = Check the portals now
menu-language = Language
# The first choice under View → Language: the system's language, named in itself ("Deutsch").
menu-language-system = As the system ({ $language })
menu-language-required = Set by your organisation
# Shown in English when the chosen language needs a font this computer does not have.
notice-font-missing = Japanese text can't be shown: no Japanese font was found on this computer, so MFA Ready is showing English. Your IT department can install one (for example Noto Sans CJK).

## Pages

page-overview = Overview
page-methods = Methods
page-summary = Done
page-health = Portal health
# A step in the wizard: "1  Overview".
page-step = { $number }  { $page }
nav-back = ‹ Back
nav-next = Next: { $page } ›
pending-badge = { $count ->
    [one] 1 task waiting
   *[other] { $count } tasks waiting
}

## The hero: one state at a glance

hero-ready = You're ready
hero-ready-detail = You can still sign in if you lose one method. Keep them up to date: add a new phone before you reset the old one.
hero-left = { $count ->
    [one] 1 thing left before { $date }
   *[other] { $count } things left before { $date }
}
hero-left-no-deadline = { $count ->
    [one] 1 thing left to do
   *[other] { $count } things left to do
}
hero-overdue = { $days ->
    [0] Overdue: your organisation's deadline passed today
    [one] Overdue: your organisation's deadline passed 1 day ago
   *[other] Overdue: your organisation's deadline passed { $days } days ago
}
hero-overdue-personal = { $days ->
    [0] Overdue: your deadline as a new user passed today
    [one] Overdue: your deadline as a new user passed 1 day ago
   *[other] Overdue: your deadline as a new user passed { $days } days ago
}
hero-not-ready-detail = Until then, losing one sign-in method could lock you out.
hero-overdue-detail = Finish now, or call your helpdesk: they can give you more time.
hero-days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}
hero-hours-left = { $hours ->
    [one] 1 hour left
   *[other] { $hours } hours left
}
hero-minutes-left = Less than an hour left
hero-deadline = Deadline: { $date }
hero-personal-deadline = This is your deadline as a new user.
hero-no-deadline = No deadline is set, but don't wait: add your backup methods today.
# The progress bar's text and accessible name.
progress-methods = { $need ->
    [one] { $have } of { $need } method
   *[other] { $have } of { $need } methods
}
progress-methods-pr = { $have } of { $need } methods · { $pr_have } of { $pr_need } phishing-resistant
progress-label = Progress towards ready: { $percent } percent

## The checklist

checklist-title = What's left
checklist-done-title = What you have
checklist-more-methods = { $count ->
    [one] Add 1 more sign-in method
   *[other] Add { $count } more sign-in methods
}
checklist-more-pr = { $count ->
    [one] Add a phishing-resistant method (a passkey or a security key protects you best)
   *[other] Add { $count } more phishing-resistant methods
}
checklist-other-device = Put a method on another device, so that losing your phone doesn't lock you out
checklist-set-up = Set up { $method }
    .label = Set up { $method }: { $item }
checklist-choose = Choose a method
checklist-nothing-here = Nothing your organisation accepts can be set up on this computer: ask your helpdesk.
checklist-have = { $method }, on { $device }
checklist-not-counted-title = Not counted

## Tools on the overview

tools-title = Don't miss your deadline
tools-calendar = Add to calendar
tools-calendar-save-as = Save the calendar file as:
tools-calendar-save = Save
tools-remind = Remind me at login
tools-book = Book a helpdesk slot
tools-share = Share with helpdesk…
service-title = Check and add with your organisation's service
service-sign-in = Sign in to check what's registered
service-check = Check what's registered
service-add-phone = Add a phone number
service-phone-number = Phone number
service-phone-type = Phone type
service-phone-add = Add phone
service-off = Your IT department can connect MFA Ready to your account so it checks this for you.

## Methods

methods-intro = { $organization } accepts these methods. Set up at least { $count } on different devices; the ones marked phishing-resistant protect you best.
method-set-up = Set up
method-verified = Set up (verified)
method-recommended = Recommended next
method-lives-on = Lives on { $device }. You need: { $need }
method-not-accepted = Not accepted by your organisation: it doesn't count.
method-elsewhere-windows = Set this up on a Windows computer; mark it here once done.
method-elsewhere-mac = Set this up on a Mac; mark it here once done.
method-elsewhere-other = Set this up on another computer; mark it here once done.
method-how = How to set up { $method }
method-open = Open setup page
    .label = Open setup page for { $method }
method-done = I've set this up
    .label = I've set up { $method }
method-remove = Remove
    .label = Remove { $method }
method-scan = Scan with your phone to open the setup page there:
method-qr = QR code: the setup page for { $method }
method-copy-link = Copy link
    .label = Copy the setup link for { $method }

## Done page

summary-ready = All done. Keep your backup methods safe and up to date.
summary-not-ready = Not finished yet: go back to Methods for the missing steps.
summary-methods-title = Your sign-in methods
summary-none = None yet.
summary-method-line = on { $device } · { $how } · since { $since }
summary-missing = Missing: { $gap }
summary-lost-title = If you lose your phone
summary-lost = Sign in with one of your other methods, then remove the lost phone's methods on the setup page and add the new phone. If none of your methods work, call your helpdesk: they can issue a Temporary Access Pass.
summary-copy = Copy summary

## Helpdesk card

helpdesk-need-help = Need help?
helpdesk-need-help-name = Need help? { $name }
helpdesk-contact = Contact your IT helpdesk.
helpdesk-phone = Phone: { $phone }
helpdesk-email = E-mail: { $email }
helpdesk-open = Open helpdesk page

## Policy problems

policy-cannot-use = Your organisation's policy can't be used
policy-refused = Your organisation's policy on this computer could not be verified. Ask your IT department.
policy-invalid = MFA Ready needs your organisation's policy to know which sign-in methods and deadlines apply. The policy file has problems, so nothing has been changed. Please contact your helpdesk and tell them what is shown below.
policy-problems = Problems found
policy-copy-problems = Copy the problems

## Footer

footer-policy-built-in = Policy: built in
footer-policy-system = Policy: set by your organisation
footer-policy-file = Policy: from a file
footer-signed = Signed by your IT department
footer-unsigned = Not signed
footer-unsigned-required = Not signed, but this computer requires signed policies
footer-clock-fixed = The clock is fixed at { $time } for a what-if

## Notices

notice-dismiss = Dismiss
notice-details = Details
notice-copy-details = Copy details
notice-more = { $count ->
    [one] 1 more notice
   *[other] { $count } more notices
}
notice-copied = Copied.
notice-copied-summary = Copied the summary.
notice-copied-link = Copied the link.
notice-saved-report = Saved the report as { $file }.
notice-saved-calendar = Saved the calendar file as { $file }.
notice-portal-back = { $portal } is back: continue adding your { $method }.
notice-portal-back-title = { $portal } is back
notice-job-done-title = Done
notice-job-failed-title = Could not finish
notice-open-setup = Open setup page
notice-portal-failing = { $portal } seems to be failing right now, so adding your { $method } may not work.
notice-watch = Tell me when it's back
notice-browser-title = Your browser didn't open
notice-browser = Your browser didn't open. Copy the link, or scan it with your phone.
notice-browser-qr = QR code of the link
notice-recovered = Your saved progress could not be read, so MFA Ready started fresh. A copy was kept: your helpdesk can recover it.
notice-recovered-newer = Your saved progress was written by a newer MFA Ready, so this one started fresh. A copy was kept: your helpdesk can recover it.
notice-got-it = Got it

## Problems (a plain sentence; what went wrong technically is under Details)

problem-not-saved = Your change could not be saved. Try again; if it keeps failing, restart MFA Ready.
problem-queue = MFA Ready can't keep track of tasks to retry right now. It will try again.
problem-queue-stopped = MFA Ready can't keep track of tasks to retry right now. Close MFA Ready and open it again; if this keeps happening, ask your helpdesk.
problem-queue-unavailable = MFA Ready can't keep track of tasks to retry, because its saved data could not be opened.
problem-request-not-saved = Your request could not be saved, so it won't be retried. Try again.
problem-retry-not-saved = The task could not be retried. Try again.
problem-cancel-not-saved = The task could not be cancelled. Try again.
problem-no-service = MFA Ready can't do this for you here. Use the setup page instead.
problem-phone-rejected = That phone number can't be used. Check it and try again.
problem-not-watched = MFA Ready can't watch that page for you.
problem-sign-in-not-configured = Signing in isn't set up for your organisation yet. Your IT department can turn it on.
problem-sign-in-unavailable = Signing in didn't start. Try again in a moment.
problem-sign-in-incomplete = Signing in didn't finish. Try again.
problem-checks-off = Portal checks are off, because your organisation's policy can't be used.
problem-not-opened = That page can't be opened safely, so MFA Ready didn't open it.
problem-needs-policy = This needs your organisation's policy, which can't be used right now.
problem-report-not-made = The report could not be made. Try again.
problem-report-not-saved = The report could not be saved there. Choose another folder.
problem-calendar-not-saved = The calendar file could not be saved there. Choose another folder.
problem-autostart-unavailable = Reminders at login can't be set up on this computer.
problem-autostart-not-changed = Reminders at login could not be changed. Try again.
problem-no-saved-state = Your progress can't be saved on this computer right now. What you do still shows, but ask your helpdesk.
problem-services-stopped = MFA Ready's background work stopped, so changes are not saved. Restart MFA Ready.
problem-report-not-opened = That file could not be opened as a report.
problem-report-not-a-file = That is not a report file. Save the report as a file and open that.
problem-report-not-rendered = The report can't be shown in this format, so it can't be saved or copied. Choose another format.

## Portal health

health-title = Portal health
health-checking = Checking the sign-in portals…
health-not-checked = The sign-in portals have not been checked yet.
health-open = Portal health
health-status = Portal status
health-light = { $portal }: { $severity ->
    [green] working
    [amber] slow or limited
   *[red] not working
}
health-check-now = Check now
health-checking-short = Checking…
health-back = Back to overview
health-history-not-saved = The history could not be saved.
health-none-yet = No check has finished yet.
health-checked-at = Checked at { $time }. Your connection: { $connection }.
health-last-checked = Last checked { $time }
health-request-id = Request id { $id }
health-certificate = Certificate from { $issuer } ({ $days } days left)
health-technical = Technical details
health-copy = Copy
health-provider-status = Provider status
health-feed-unreadable = { $feed }: could not be read
health-feed-quiet = { $feed }: no open incidents
health-feed-incidents = { $count ->
    [one] { $feed }: 1 open incident
   *[other] { $feed }: { $count } open incidents
}
health-incident = { $title } ({ $impact })
health-incident-since = { $title } ({ $impact }), since { $since }
health-incident-since-updated = { $title } ({ $impact }), since { $since }, updated { $updated }
health-impact-none = no impact stated
health-impact-minor = minor
health-impact-major = major
health-impact-critical = critical
health-impact-maintenance = maintenance
health-impact-unknown = impact unknown
health-incident-details = Details
health-history = History
health-available = Available in { $percent } % of { $count } checks since { $time }
health-phase-dns = DNS
health-phase-connect = Connect
health-phase-tls = TLS
health-phase-first-byte = First byte
health-phase-total = Total

## Pending work

pending-title = Pending work
pending-state = { $state ->
    [pending] Waiting
    [in_flight] Working on it
    [succeeded] Done
    [failed] Failed
   *[cancelled] Cancelled
}
pending-reference = Reference for your helpdesk: { $id }
pending-retry = Retry now
    .label = Retry now: task { $id }
pending-cancel = Cancel
    .label = Cancel task { $id }
pending-history = History
pending-history-line = { $time }  { $state }  attempt { $attempt }  { $detail }

## The policy refusal, for IT

policy-details-for-it = Details for IT
policy-copy-details = Copy the details

## Dialogs

open-report-title = Open a report
open-report-intro = A report a user saved with "Share with helpdesk" (.json). It opens read-only; nothing is sent or saved.
open-report-file = Report file
open-report-open = Open
open-report-drop = You can also drop the file on this window.
dialog-close = Close

## Share with helpdesk

share-title = Share with helpdesk
share-intro = This is exactly what the helpdesk will get. Phone numbers and e-mail addresses are masked; no passwords, tokens or IP addresses are included.
share-name = Your name (optional):
share-name-label = Your name
share-update = Update
share-format-markdown = Text (Markdown, for a ticket)
share-format-html = Web page (HTML, prints on A4)
share-format-json = Data (JSON)
share-code = Support code { $code }
share-save-as = Save as:
share-save-as-label = Save report as
share-save = Save
share-copy = Copy
tools-calendar-save-as-label = Save calendar file as
checklist-device = Make this computer meet your organisation's requirements (see This computer)
# Why the next step is not a stronger method: $why is the reason in its own sentence
# ("Bluetooth is off: turn it on, or choose a security key.").
checklist-skipped = { $method } is not suggested on this computer for now. { $why }
