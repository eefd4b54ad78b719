# MFA Ready: why you are not ready yet, what to do during an outage, and the summary to
# copy for the helpdesk, in Japanese (source: en/readiness.ftl).
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

## Outage advice: a sign-in portal keeps failing and the deadline is close
# Two sentences: what is happening, then what to do.
# $portal: the portal's name ("My Sign-Ins"). Failing for $failing hours or minutes; the
# deadline is $left days or hours away, or passed $left days or hours ago.

outage-hours-in-days = { $portal } は { $failing } 時間前から障害が発生しており、期限まであと { $left } 日です。
outage-hours-in-hours = { $portal } は { $failing } 時間前から障害が発生しており、期限まであと { $left } 時間です。
outage-hours-passed-days = { $portal } は { $failing } 時間前から障害が発生しており、期限を { $left } 日過ぎています。
outage-hours-passed-hours = { $portal } は { $failing } 時間前から障害が発生しており、期限を { $left } 時間過ぎています。
outage-minutes-in-days = { $portal } は { $failing } 分前から障害が発生しており、期限まであと { $left } 日です。
outage-minutes-in-hours = { $portal } は { $failing } 分前から障害が発生しており、期限まであと { $left } 時間です。
outage-minutes-passed-days = { $portal } は { $failing } 分前から障害が発生しており、期限を { $left } 日過ぎています。
outage-minutes-passed-hours = { $portal } は { $failing } 分前から障害が発生しており、期限を { $left } 時間過ぎています。
# More than a day left: call if the portal is still down tomorrow morning. $helpdesk: the
# helpdesk's name, reached the first way the organisation gives ($phone, $email, $url);
# without a helpdesk in the policy, "IT ヘルプデスク".
outage-later-phone = これまでの試行は記録されています。明朝になっても復旧しない場合は、{ $helpdesk }（{ $phone }）までお電話ください。
outage-later-email = これまでの試行は記録されています。明朝になっても復旧しない場合は、{ $helpdesk }（{ $email }）までメールでお問い合わせください。
outage-later-web = これまでの試行は記録されています。明朝になっても復旧しない場合は、{ $helpdesk } にご相談ください：{ $url }
outage-later-name = これまでの試行は記録されています。明朝になっても復旧しない場合は、{ $helpdesk } にお問い合わせください。
outage-later = これまでの試行は記録されています。明朝になっても復旧しない場合は、IT ヘルプデスクにお問い合わせください。
# A day or less left, or overdue: call now (一時アクセス パス: Temporary Access Pass).
outage-now-phone = これまでの試行は記録されています。今すぐ { $helpdesk }（{ $phone }）にお電話ください。期限の延長や一時アクセス パスの発行を依頼できます。
outage-now-email = これまでの試行は記録されています。今すぐ { $helpdesk }（{ $email }）にメールでご連絡ください。期限の延長や一時アクセス パスの発行を依頼できます。
outage-now-web = これまでの試行は記録されています。今すぐ { $helpdesk } にご相談ください（{ $url }）。期限の延長や一時アクセス パスの発行を依頼できます。
outage-now-name = これまでの試行は記録されています。今すぐ { $helpdesk } にお問い合わせください。期限の延長や一時アクセス パスの発行を依頼できます。
outage-now = これまでの試行は記録されています。今すぐ IT ヘルプデスクにお問い合わせください。期限の延長や一時アクセス パスの発行を依頼できます。
# The two sentences one after the other (no space between Japanese sentences).
outage-advice = { $facts }{ $act }

## The summary to copy ("まとめをコピー"): plain text, one line each

summary-text-title = MFA Ready のまとめ（{ $organization }）
# $verdict: "準備完了", "未完了", "期限超過" (verdict-* in methods.ftl).
summary-text-verdict = 判定：{ $verdict }
summary-text-methods = サインイン方法：{ $have } / { $need }
summary-text-methods-pr = サインイン方法：{ $have } / { $need }（フィッシング耐性あり：{ $pr_have } / { $pr_need }）
# One registered method: its name, strength ($tier), device ($device), how it is known ($how).
summary-text-method = - { $method }（{ $tier }、{ $device }、{ $how }）
summary-text-deadline = 期限：{ $date }
# $gap: one of the gap-* sentences above.
summary-text-missing = 未完了：{ $gap }

# This computer fails checks the policy requires. $checks lists them by name, joined by 、
# ("ディスクの暗号化、画面ロック").
gap-device = このコンピューターは { $organization } の要件を満たしていません（{ $checks }）。
