# MFA Ready: why you are not ready yet (what is missing, why a registered method does not
# count), in Japanese (source: en/readiness.ftl).
# Japanese has no plural forms: one sentence with the number. Half-width space between
# Japanese and Latin/numbers. $organization: the organisation's name.

## What is missing (in the summary to copy)

# $need sign-in methods are required; $have count; $missing more are needed.
gap-too-few-methods = { $organization } では { $need } 個のサインイン方法が必要ですが、現在数に含まれているのは { $have } 個です。あと { $missing } 個追加してください。
# $missing more phishing-resistant methods; $options: those accepted that can be set up on
# this computer (joined by list-or and list-comma below).
gap-too-few-pr = フィッシング耐性のある方法をあと { $missing } つ追加してください（{ $options }）。これらの方法は、偽のサインイン ページに盗まれることがありません。
# The same when none of the accepted ones can be set up on this computer.
gap-too-few-pr-none-here = フィッシング耐性のある方法をあと { $missing } つ追加してください。これらの方法は、偽のサインイン ページに盗まれることがありません。ただし、{ $organization } で認められている方法のうち、このコンピューターで設定できるものはありません。ヘルプデスクにお問い合わせください。
# Every method lives on one device; $device: where (the device-* names in methods.ftl, all
# Japanese, so no space around it).
gap-one-device = すべてのサインイン方法が{ $device }にあります。これをなくすと、すべての方法が使えなくなります。別のデバイスにある方法を追加してください。
# The same when no method on another device can be set up on this computer.
gap-one-device-none-here = すべてのサインイン方法が{ $device }にあります。これをなくすと、すべての方法が使えなくなります。別のデバイスにある方法を追加すれば解決しますが、{ $organization } で認められている方法のうち、このコンピューターで設定できるものはありません。ヘルプデスクにお問い合わせください。
# A list of choices: the last two joined by "or", earlier ones by a comma.
list-or = { $head } または { $last }
list-comma = { $head }、{ $next }

## Why a registered method does not count ($method: the method's name)

not-counted-recovery-only = { $method } はアカウントの回復専用で、サインイン方法ではありません。
not-counted-not-allowed = { $method } は { $organization } で認められていません。

