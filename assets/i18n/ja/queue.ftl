# The durable queue in Japanese (source: en/queue.ftl): what a task does, where it stands, how
# it ended and its history, as the window and the command line say it.
# $phone is masked ("+1 206 ••• 0100"); $cause is a whole clause ("サービスが時間内に応答しませんでした").
# Japanese has no plural forms: the number goes into one sentence.

## What a job does

queue-action-verify = 登録済みのサインイン方法を確認しています
queue-action-phone = { $type ->
    [mobile] 電話 { $phone } を追加しています
    [alternateMobile] 予備の携帯電話 { $phone } を追加しています
   *[office] 会社の電話 { $phone } を追加しています
}
queue-action-portal = { $portal } の復旧を待って { $method } を追加します

## The phone types of the "Add a phone number" form

queue-phone-type = { $type ->
    [mobile] 携帯電話
    [alternateMobile] 予備の携帯電話
   *[office] 会社の電話
}

## A job's sentence: what it does, then where it stands

queue-job = { $action }：{ $status }
queue-status-done = 完了しました
queue-status-cancelled = キャンセルしました
queue-status-failed = 失敗しました
queue-status-failed-cause = 失敗しました（{ $cause }）
queue-status-trying = 試行しています（{ $attempt } 回目）
queue-status-sign-in = { $cause }。サインインをお待ちしています
queue-status-portal = { $cause }。復旧したら MFA Ready がお知らせします
# $attempt is 0 before the first try.
queue-status-next-now = { $attempt ->
    [0] すぐに次の試行を行います
   *[other] すぐに次の試行を行います（{ $attempt } 回目）
}
queue-status-next-in = { $attempt ->
    [0] { $wait }後に次の試行を行います
   *[other] { $wait }後に次の試行を行います（{ $attempt } 回目）
}
queue-status-cause-next-now = { $attempt ->
    [0] { $cause }。すぐに次の試行を行います
   *[other] { $cause }。すぐに次の試行を行います（{ $attempt } 回目）
}
queue-status-cause-next-in = { $attempt ->
    [0] { $cause }。{ $wait }後に次の試行を行います
   *[other] { $cause }。{ $wait }後に次の試行を行います（{ $attempt } 回目）
}

## A countdown that ticks

queue-wait-s = { $s } 秒
queue-wait-min = { $min } 分
queue-wait-min-s = { $min } 分 { $s } 秒
queue-wait-h = { $h } 時間
queue-wait-h-min = { $h } 時間 { $min } 分

## Why an attempt failed ($status is an HTTP status)

queue-cause-timed_out = サービスが時間内に応答しませんでした
queue-cause-unreachable = サービスに接続できませんでした
queue-cause-slow_down = サービスから間隔を空けるよう求められました
queue-cause-unavailable = サービスを利用できません
queue-cause-server_error = サービスでエラーが発生しました ({ $status })
queue-cause-refused = サービスが要求を拒否しました
queue-cause-permission_missing = 権限が不足しています
queue-cause-answered = サービスが { $status } を返しました
queue-cause-service_failed = サービスでエラーが発生しました
queue-cause-sign_in_needed = サインインが必要です
queue-cause-resting = サービスで障害が続いているため、MFA Ready は送信を控えています
queue-cause-portal_down = ポータルはまだ障害中です
queue-cause-not_understood = 応答を解釈できませんでした
queue-cause-local = このコンピューターで問題が発生しました
queue-cause-api_off = MFA Ready に必要な設定が組織で有効になっていません
queue-cause-proxy_sign_in = ネットワークのプロキシーがサインインを求めています

## What a job that succeeded did

queue-note-checked-none = 確認しました：登録済みのサインイン方法はまだありません
queue-note-checked = 確認しました：{ $methods } が登録されています
queue-note-checked-others = { $checked }。ほかに { $others } 件のサインイン方法は、MFA Ready が種類を認識できないため数えていません
# Between the methods of that list.
queue-list-separator = {"、"}
queue-note-phone-there = 電話 { $phone } は登録済みです（前回の試行が完了していました）
queue-note-phone-added = 電話 { $phone } を追加しました
queue-note-portal-back = { $portal } が復旧しました。{ $method } の追加を続けてください

## Why a job stopped for good: what went wrong, then whom to contact

queue-give-up = { $problem }{ $contact }
queue-give-up-phone = サービスがこの電話番号を受け付けませんでした（{ $service }）。
queue-give-up-consent = 組織が MFA Ready にこの操作を許可していません（UserAuthenticationMethod.ReadWrite への同意がありません）。
queue-give-up-api-off = MFA Ready がサインイン方法を読み取るために必要な設定が、組織で有効になっていません。IT 部門が有効にできます。
queue-give-up-scope = MFA Ready にはサインイン方法を読み取る許可がありませんでした。もう一度サインインしてください。それでも解決しない場合は、IT 部門が許可する必要があります。
queue-give-up-refused = 処理できませんでした：{ $cause }（{ $service }）。
queue-give-up-max-age = { $kind ->
    [verify_methods] サインイン方法を確認できませんでした。MFA Ready は 3 日間試行を続けましたが、停止しました（{ $cause }）。
    [register_phone] 電話を追加できませんでした。MFA Ready は 3 日間試行を続けましたが、停止しました（{ $cause }）。
   *[resume_portal_step] ポータルが復旧しませんでした。MFA Ready は 3 日間試行を続けましたが、停止しました（{ $cause }）。
}
queue-give-up-deadline = { $kind ->
    [verify_methods] サインイン方法を確認できませんでした。MFA Ready は登録期限まで試行を続けましたが、停止しました（{ $cause }）。
    [register_phone] 電話を追加できませんでした。MFA Ready は登録期限まで試行を続けましたが、停止しました（{ $cause }）。
   *[resume_portal_step] ポータルが復旧しませんでした。MFA Ready は登録期限まで試行を続けましたが、停止しました（{ $cause }）。
}
queue-give-up-interrupted = { $kind ->
    [verify_methods] サインイン方法を確認できませんでした。処理中に MFA Ready が { $count } 回続けて停止したため、これ以上は試行しません。
    [register_phone] 電話を追加できませんでした。処理中に MFA Ready が { $count } 回続けて停止したため、これ以上は試行しません。
   *[resume_portal_step] ポータルが復旧しませんでした。処理中に MFA Ready が { $count } 回続けて停止したため、これ以上は試行しません。
}
queue-contact = ヘルプデスクにお問い合わせください。
queue-contact-desk = ヘルプデスク（{ $helpdesk }）にお問い合わせください。
queue-contact-ref = ヘルプデスクにお問い合わせのうえ、参照番号 { $reference } をお伝えください。
queue-contact-desk-ref = ヘルプデスク（{ $helpdesk }）にお問い合わせのうえ、参照番号 { $reference } をお伝えください。
queue-contact-phone = 番号を確認してもう一度お試しいただくか、ヘルプデスクにお問い合わせください。
queue-contact-phone-desk = 番号を確認してもう一度お試しいただくか、ヘルプデスク（{ $helpdesk }）にお問い合わせください。

## A job's history, line by line ($detail is the technical line for the helpdesk)

queue-history-queued = キューに追加しました
queue-history-sending = 送信しています
queue-history-cancelled = ユーザーの操作でキャンセルしました
queue-history-retry-asked = ご依頼により、すぐに再試行します
queue-history-interrupted = 中断されました（試行中に MFA Ready が停止しました）。確認してから再試行します
queue-history-stopped = { $count } 回続けて中断されたため、試行を停止しました
queue-history-retry = { $cause }。次の試行：{ $time }（{ $detail }）
queue-history-held = 保留中（送信していません）：{ $cause }（{ $detail }）
queue-history-failed = { $cause }（{ $detail }）

## Why a phone number cannot be added (under the "Add a phone number" form)

queue-phone-empty = 電話番号を入力してください。
queue-phone-no-country = + と国番号から入力してください（例：+81 3 1234 5678）。
queue-phone-bad-char = 「{ $char }」は電話番号に使用できません。
queue-phone-parentheses = かっこの対応が正しくありません。
queue-phone-too-short = 短すぎます：{ $digits } 桁です。8 桁以上必要です。
queue-phone-too-long = 長すぎます：{ $digits } 桁です。15 桁以内で入力してください。
queue-phone-country-zero = 国番号を 0 で始めることはできません。
