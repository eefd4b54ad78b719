# MFA Ready: deadline reminders (desktop notifications, also printed by `mfa-ready remind`)
# and the calendar file ("Add to calendar", `mfa-ready calendar`). English is the source.
# Whole sentences with named arguments; Fluent's plural rules choose the forms.
# $organization is the organisation's name; $deadline the deadline written for the reader,
# date, time and zone ("Tuesday, 15 December 2026 at 17:00 CET"); $day the deadline's day
# without the year ("Tuesday 15 December"); $have of $need sign-in methods are set up.

## A reminder's title

reminder-due-title = { $days ->
    [one] MFA setup due in 1 day
   *[other] MFA setup due in { $days } days
}
reminder-due-title-hours = { $hours ->
    [one] MFA setup due in 1 hour
   *[other] MFA setup due in { $hours } hours
}
reminder-due-title-soon = MFA setup due in less than an hour
reminder-overdue-title = MFA setup is overdue

## A reminder's text

reminder-due-body = { $need ->
    [one] { $organization } needs your backup sign-in methods by { $deadline }. You have { $have } of the 1 sign-in method needed. Open MFA Ready to add another.
   *[other] { $organization } needs your backup sign-in methods by { $deadline }. You have { $have } of the { $need } sign-in methods needed. Open MFA Ready to add another.
}
# The deadline is the user's own: new users get a number of days from their first start.
reminder-due-body-personal = { $need ->
    [one] { $organization } needs your backup sign-in methods by { $deadline }, your deadline as a new user. You have { $have } of the 1 sign-in method needed. Open MFA Ready to add another.
   *[other] { $organization } needs your backup sign-in methods by { $deadline }, your deadline as a new user. You have { $have } of the { $need } sign-in methods needed. Open MFA Ready to add another.
}
reminder-overdue-body = { $need ->
    [one] { $organization } needed your backup sign-in methods by { $deadline }. You have { $have } of the 1 sign-in method needed. Open MFA Ready to finish.
   *[other] { $organization } needed your backup sign-in methods by { $deadline }. You have { $have } of the { $need } sign-in methods needed. Open MFA Ready to finish.
}
reminder-overdue-body-personal = { $need ->
    [one] { $organization } needed your backup sign-in methods by { $deadline }, your deadline as a new user. You have { $have } of the 1 sign-in method needed. Open MFA Ready to finish.
   *[other] { $organization } needed your backup sign-in methods by { $deadline }, your deadline as a new user. You have { $have } of the { $need } sign-in methods needed. Open MFA Ready to finish.
}
# Once overdue, who can help: the first way the organisation gives ($helpdesk is its name).
reminder-helpdesk-phone = If you are stuck, call { $helpdesk } at { $phone }.
reminder-helpdesk-email = If you are stuck, e-mail { $helpdesk } at { $email }.
reminder-helpdesk-web = If you are stuck, { $helpdesk } can help: { $url }
reminder-helpdesk = If you are stuck, contact { $helpdesk }.
# The overdue reminder's text, then the helpdesk's sentence (both whole sentences).
reminder-with-helpdesk = { $reminder } { $helpdesk }

## The calendar file: the event's title, its description, and each alarm

calendar-summary = MFA setup deadline ({ $organization })
# Three lines; $link is the page where the methods are set up.
calendar-description =
    Set up at least two sign-in methods for { $organization } by { $deadline }, so that losing one never locks you out.
    Set them up here: { $link }
    MFA Ready shows what is missing.
# Then, when the organisation names a helpdesk, one line each: its name, then how to reach it.
calendar-helpdesk = Stuck? Contact { $helpdesk }:
# The same when the organisation gives only the helpdesk's name.
calendar-helpdesk-name = Stuck? Contact { $helpdesk }.
calendar-helpdesk-phone = Phone: { $phone }
calendar-helpdesk-email = E-mail: { $email }
calendar-helpdesk-web = Web: { $url }
# An alarm $days days before the deadline.
calendar-alarm = { $days ->
    [one] MFA setup deadline for { $organization } tomorrow, { $day }
   *[other] MFA setup deadline for { $organization } in { $days } days, on { $day }
}
