# Helpdesk mode: the window that shows a report someone handed over, and the guide built
# from it (core::report::guide), in the helpdesk's language. The report's own sections
# are in report.ftl. Moments said in UTC say so; $time has no zone of its own.

## The viewer

viewer-window-title = MFA Ready · helpdesk
viewer-code = Support code { $code }
viewer-from-name = Report from { $time } · name typed by the user: "{ $name }"
viewer-from = Report from { $time } · no name given
viewer-close = Close report
viewer-code-meaning = The support code confirms that you and the user opened the same file. It does not prove the report is genuine: anyone can edit a report and compute a new code. Before granting an extension, look up its request ids in the tenant's sign-in and audit logs.
viewer-edited = This file was changed after it was made: its contents do not match its support code, so you and the user may not be looking at the same report. Ask the user for the report again.
viewer-tab-guide = Helpdesk guide
viewer-tab-overview = Overview
viewer-tab-methods = Methods
viewer-tab-health = Portal health
viewer-tab-pending = Pending work
viewer-tab-evidence = Service problems
viewer-evidence-intro = Before an extension or a Temporary Access Pass, find these request ids and client-request-ids in the tenant's sign-in and audit logs; quote support code { $code }.
# A value beside its name, in one label ("Request id: 7f3c…").
viewer-named = { $name }: { $value }
viewer-more = { $count ->
    [one] … 1 more
   *[other] … { $count } more
}
viewer-closed = The report is closed.
viewer-closed-hint = Close this window, or open another report with --open-report FILE.

## The guide: confirm the report

guide-confirm-title = Confirm the report: support code { $code }
guide-confirm-ask = Ask: "Can you read me the support code at the top of your report?" It must be { $code }; if it is not, you are looking at another report.
guide-confirm-name = The report says it is from "{ $name }" (typed by the user, not checked): confirm who you are speaking with as your identity process requires.
guide-confirm-no-name = The report gives no name: confirm who you are speaking with as your identity process requires.

## What to ask

guide-ask-title = Ask, in this order
guide-ask-ready = "What are you trying to do: sign in, or add another method?"
guide-ask-phone = "Do you have your phone with you, unlocked and online?"
guide-ask-key = "Do you have a security key (a small USB or NFC key from IT)?"
guide-ask-computer = "Are you at the computer you use for work?"
guide-ask-network = "Where are you connected: office, home, a hotel or guest Wi-Fi, a phone hotspot? Is a VPN switched on?"
# $methods: the methods that count, named together; $count: how many.
guide-ask-still-have = "Do you still have { $methods }?" (a lost or replaced device takes its methods with it)
# Methods named together: "Authenticator app and Security key".
guide-and = { $head } and { $next }

## The verdict

guide-counts = { $methods }, { $pr }
guide-no-deadline = no deadline
guide-next = Next: { $step }
guide-ready-title = Ready: nothing to enrol
guide-ready-have = They have { $have ->
    [one] 1 method
   *[other] { $have } methods
} ({ $pr_have } phishing-resistant) and { $organization } requires { $need } ({ $pr_need } phishing-resistant): there is nothing to enrol.
guide-ready-not-enrollment = If they cannot sign in, the problem is not enrollment: look at the portal health and the sign-in logs.
guide-ready-two-devices = Suggest keeping methods on two different devices, so losing one is not a lock-out.
guide-overdue-title = Overdue ({ $left }): { $counts }
guide-overdue = Their sign-in may already be restricted. Add the next method with them now; if they cannot sign in to add it, see the Temporary Access Pass step.
guide-not-ready-title = Not ready yet ({ $left }): { $counts }
guide-stuck = Nothing their policy accepts can close this on their computer: check the allowed methods with the identity team, or enrol them another way (a security key from IT, a Temporary Access Pass).
guide-walk = Walk them through the next step now if the portals work; if a portal is failing, MFA Ready keeps the request queued and retries it by itself.
# A verdict this version does not know, as the report's writer worded it.
guide-other-title = { $verdict } ({ $left }): { $counts }

## A failing portal

guide-portal-title = { $portal }: { $outcome }
guide-incident = { $feed }: { $title } ({ $impact } impact)
guide-provider-confirms = The provider confirms it: "{ $incident }". Nothing on the user's side will fix it.
guide-provider-extension = Record the support code { $code } in the ticket and use the extension process; the report lists every blocked attempt with its request id.
guide-provider-no-incident = The provider's side is failing, but no status feed reports an incident yet. Their attempts are recorded and queued requests are retried by themselves: nothing to do on their side.
guide-provider-feeds-unknown = The provider's side is failing, but their device could not read any provider status feed, so whether the provider knows is unknown. Their attempts are recorded and queued requests are retried by themselves: nothing to do on their side.
guide-escalate-id = If it goes on, escalate to the identity team with the request id { $id }; if the deadline is close, use the extension process with the support code { $code }.
guide-escalate = If it goes on, escalate to the identity team with the request id; if the deadline is close, use the extension process with the support code { $code }.
guide-not-again = Ask them not to add the same method again by hand while it fails.
guide-network-switch = Ask them to switch the VPN off (or on), or to try a phone hotspot, then press Check again.
guide-network-team = If it only fails on the company network, call the network team.
guide-stopped-dns = It stopped while looking up the portal's address: most likely their network, not the provider.
guide-stopped-connect = It stopped while connecting: most likely their network, not the provider.
guide-stopped-tls = It stopped while setting up the secure connection: most likely their network, not the provider.
guide-slow = It works, but slowly: ask them to wait for each page to finish loading and not to click twice.
guide-captive = Their Wi-Fi wants its terms accepted first: ask them to open any web page (for example the company home page) and accept the Wi-Fi terms, then press Check again.
guide-captive-hotspot = If no sign-in page appears, a phone hotspot works too.
guide-offline = The device is not online: check the Wi-Fi or the network cable, and that airplane mode is off.
guide-dns = The portal's address cannot be looked up (DNS): check they are online, switch the VPN off or on, or try a phone hotspot.
guide-dns-team = If it only fails on the company network, call the network team (DNS).
guide-proxy = Their network's proxy wants a sign-in: ask them to open a browser and sign in to the proxy when asked, then press Check again.
guide-proxy-team = If no prompt appears, call the network team (proxy).
guide-connect = The connection was refused or cut: a firewall, proxy or VPN may be blocking it. Try without the VPN or from another network.
guide-connect-team = If colleagues on the same network can reach it, call the network team; otherwise treat it as the provider failing.
guide-throttled = The service asked to slow down (429): ask them to wait a few minutes and try once; repeated clicks make it worse.
guide-client = The portal refused the request: make sure they are signed in with their work account (not a personal one) and try a private browser window.
guide-client-escalate-id = If it persists, escalate to the identity team with the request id { $id }.
guide-client-escalate = If it persists, escalate to the identity team with the request id (none given).
guide-redirect = The portal keeps redirecting: clear the site's cookies or use a private browser window; escalate if it persists.
guide-other-outcome = Check the explanation below; if it persists, escalate with the request id.
guide-tls-inspection = Their network is inspecting encrypted traffic (TLS inspection), so the portal cannot be trusted from there.
guide-tls-inspection-issuer = Their network is inspecting encrypted traffic (TLS inspection) (the certificate comes from "{ $issuer }"), so the portal cannot be trusted from there.
guide-tls-inspection-next = Ask them to try without the VPN or from another network (a phone hotspot); if it persists, call the network team: the portal must be excluded from TLS inspection.
guide-tls-expired = Ask them to check the computer's date and time; if they are right, the provider's certificate expired: escalate to the identity team.
guide-tls-other = The secure connection could not be set up: something on the network may be redirecting it.
guide-tls-other-issuer = The secure connection could not be set up (the certificate comes from "{ $issuer }"): something on the network may be redirecting it.
guide-tls-other-next = Ask them to try without the VPN or from another network; if it persists, call the network team.
guide-report-says = The report says: { $explanation }
guide-for-ticket = For the ticket: { $facts }.
guide-fact-http = HTTP { $status }
guide-fact-request-id = request id { $id }
guide-fact-issuer = certificate issuer { $issuer }

## Pending work

guide-jobs-title = Pending work
guide-job-queued = "{ $what }" is queued after { $attempts ->
    [one] 1 try
   *[other] { $attempts } tries
}: MFA Ready retries it by itself; ask them not to start it again by hand.
guide-job-queued-error = "{ $what }" is queued after { $attempts ->
    [one] 1 try
   *[other] { $attempts } tries
} (last error: { $error }): MFA Ready retries it by itself; ask them not to start it again by hand.
guide-job-refused = "{ $what }" failed: the service refused it, so sending it again unchanged will not help. Check the details with them (for a phone, the number) and start it again, or add the method with them in the portal.
guide-job-refused-error = "{ $what }" failed (last error: { $error }): the service refused it, so sending it again unchanged will not help. Check the details with them (for a phone, the number) and start it again, or add the method with them in the portal.
guide-job-stopped = "{ $what }" failed: MFA Ready has stopped trying. Once the portal works again, start it again with them (a phone: "Add phone" under "Add a phone number") or add the method in the portal.
guide-job-stopped-error = "{ $what }" failed (last error: { $error }): MFA Ready has stopped trying. Once the portal works again, start it again with them (a phone: "Add phone" under "Add a phone number") or add the method in the portal.

## The evidence

guide-evidence-title = Record the evidence of service problems
guide-logs-none = Before you grant an extension, find these attempts in the tenant's sign-in and audit logs by their time and the user (the report holds no request id for them).
guide-logs-request-ids = Before you grant an extension, look up the request ids in the tenant's sign-in and audit logs: { $ids }.
guide-logs-client-ids = Before you grant an extension, look up the client-request-ids in the tenant's sign-in and audit logs: { $ids }.
guide-logs-both = Before you grant an extension, look up the request ids ({ $request_ids }) and client-request-ids ({ $client_ids }) in the tenant's sign-in and audit logs.
# The first few ids, then how many more the report has.
guide-ids-more = { $ids } … { $count } more
guide-not-proof = The report is not proof on its own: the support code only confirms that you and the user opened the same file, and anyone can edit a report and compute a new code.
guide-attach = Attach the report to the ticket (or paste what `mfa-ready report --evidence` prints) with the support code { $code }.

## Temporary Access Pass

guide-tap-urgent-title = Issue a Temporary Access Pass (or an extension)
guide-tap-urgent = The deadline is { $time } UTC ({ $left }) and the service blocked { $count ->
    [one] 1 attempt
   *[other] { $count } attempts
}: they could not enrol in time through no fault of their own.
guide-tap-urgent-how = After your identity check and once the sign-in or audit logs show the blocked attempts (see the evidence step), issue a Temporary Access Pass so they can add their methods once the portal works, or grant an extension; note the support code { $code }.
guide-tap-none-title = Temporary Access Pass: not on these grounds
guide-tap-none = They have no working method yet, and the report shows no attempt blocked by the service near the deadline: help them add a method now; if their sign-in is already blocked, follow your late-enrollment process.
guide-tap-one-title = Temporary Access Pass: only if they lost their only method
guide-tap-one = Every method they have is on one device ({ $device }). If they lost or replaced it, verify their identity and issue a Temporary Access Pass so they can register new methods.
guide-tap-many-title = Temporary Access Pass: not needed
guide-tap-many = Their methods are on more than one device: if they lost one, they can sign in with another and add a replacement. Issue one only if they lost every device.

## Before you hang up

guide-close-title = Before you hang up
guide-close-code = Write the support code { $code } in the ticket.
guide-close-verdict = Once they add a method, MFA Ready's verdict updates by itself; ask them to check it says { verdict-ready }.
guide-close-new-report = If anything changed since, ask for a new report: it will have a new support code.
