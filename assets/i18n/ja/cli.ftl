# The command line's words for people, in Japanese (source: en/cli.ftl).
# What scripts read (--json, exit codes) never changes with the language.
# `mfa-ready status`: one headline, then labelled lines (the labels are padded to one width).
# The program appends ":" right after each status-label-*, so the labels are bare nouns.
# Japanese has no plural forms: one sentence with the number; [0] keeps "today".

status-headline = { $organization }：{ $verdict }
# A label and its colon, as the language writes it.
status-label = { $label }：
status-label-methods = サインイン方法
status-label-deadline = 期限
status-label-missing = 未完了
status-label-ignored = 対象外
status-label-next = 次の手順
status-label-helpdesk = ヘルプデスク
status-label-policy = ポリシー
status-methods = { $have } / { $need }
status-methods-pr = { $have } / { $need }（フィッシング耐性あり：{ $pr_have } / { $pr_need }）
status-deadline-org = { $date }（組織の期限）、{ $left }
status-deadline-personal = { $date }（新規ユーザー向けの期限）、{ $left }
status-deadline-met = 達成済み：準備完了です
status-deadline-none = なし
status-overdue = { $days ->
    [0] 本日、期限を過ぎました
   *[other] 期限を { $days } 日過ぎています
}
status-next-step = { $method } を設定

## remind, calendar, report, autostart: what the command did

cli-reminder-shown = リマインダーを表示しました：{ $title }：{ $body }
cli-reminder-not-shown = リマインダーを表示できませんでした：{ $title }：{ $body }
cli-reminder-none = 表示するリマインダーはありません。
cli-calendar-saved = 期限を { $path } に保存しました
cli-report-saved = レポートを { $path } に保存しました · サポート コード { $code }
cli-autostart-on = ログイン時のリマインダーはオンです（{ $entry }）
cli-autostart-off = ログイン時のリマインダーはオフです（{ $entry }）
cli-autostart-turned-off = ログイン時のリマインダーはオフです

## methods: what is registered and what the policy accepts

cli-methods-not-set-up = 未設定
cli-methods-not-accepted = 組織で許可されていません
cli-method-marked = { $id }：設定済みとして記録しました
cli-method-already-marked = { $id }：すでに記録されています
cli-method-removed = { $id }：削除しました
cli-method-not-marked = { $id }：記録されていませんでした

## check: one line for the fleet
# What to add next, by the method's id ($method); the lines below place it before "してください".

cli-check-add = { $method ->
    [passkey] スマートフォンのパスキーを追加
    [security_key] セキュリティ キーを追加
    [windows_hello] Windows Hello for Business を設定
    [platform_credential] Mac のプラットフォーム SSO を設定
    [certificate] スマート カードまたは証明書を追加
    [authenticator_app] 認証アプリを追加
    [software_oath] コード生成アプリ (TOTP) を追加
    [hardware_oath] ハードウェア トークンを追加
    [phone_sms] テキスト メッセージ (SMS) を追加
    [phone_voice] 電話 (音声通話) を追加
   *[email] 回復用メールを追加
}
cli-check-ready = 準備完了：サインイン方法 { $count } 件（うちフィッシング耐性あり { $pr } 件）
cli-check-not-ready-step = 未完了：{ cli-check-add }してください
cli-check-not-ready-step-by = 未完了：{ $date }までに{ cli-check-add }してください
cli-check-overdue-step = 期限超過：{ cli-check-add }してください
cli-check-overdue-step-by = 期限超過：{ cli-check-add }してください（期限は { $date } でした）
# Nothing that can be added here would help: the first thing left.
cli-check-not-ready = 未完了：{ $todo }
cli-check-not-ready-by = 未完了（期限：{ $date }）：{ $todo }
cli-check-overdue = 期限超過：{ $todo }
cli-check-overdue-by = 期限超過（期限は { $date } でした）：{ $todo }
cli-check-see-status = mfa-ready status を参照してください

## policy show: labelled lines, the labels padded to one width

cli-policy-label-policy = ポリシー
cli-policy-label-signature = 署名
cli-policy-label-organization = 組織
cli-policy-label-provider = プロバイダー
cli-policy-label-tenant = テナント
cli-policy-label-deadline = 期限
cli-policy-label-new-users = 新規ユーザー
cli-policy-label-required = 要件
cli-policy-label-allowed = 許可
cli-policy-label-portal = ポータル
cli-policy-label-helpdesk = ヘルプデスク
cli-policy-deadline-none = なし
cli-policy-new-users = 初回起動から { $days } 日
cli-policy-required = サインイン方法 { $count } 件（うちフィッシング耐性あり { $pr } 件）、すべてを 1 台のデバイスに集めないこと
cli-policy-portal = { $name } <{ $url }> 低速と判定：{ $slow } ms、タイムアウト：{ $timeout } ms
# Where the policy came from ($path is its file).
cli-policy-from-flag = { $path }（--policy で指定）
cli-policy-from-env = { $path }（MFA_READY_POLICY で指定）
cli-policy-from-system = { $path }（システム全体）
cli-policy-from-beside = { $path }（プログラムと同じ場所）
cli-policy-from-embedded = 組み込みの既定ポリシー（ポリシー ファイルが見つかりません）
# The signature: $signer is the signature's trusted comment, $key the key's ID.
cli-signature-signed = 署名済み（キー { $key }）
cli-signature-signed-by = 署名済み：{ $signer }（キー { $key }）
cli-signature-signed-until = 署名済み（キー { $key }、有効期限 { $until }）
cli-signature-signed-by-until = 署名済み：{ $signer }（キー { $key }、有効期限 { $until }）
cli-signature-unsigned-required = 署名されていないポリシー（このデバイスでは署名済みのポリシーが必須です）
cli-signature-unsigned = 署名されていないポリシー（このデバイスには信頼済みのキーがありません）

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = タスクはありません。
cli-queue-job = タスク { $id }：{ $text }
cli-queue-waiting = 待機中
cli-queue-portal-back = { $portal } が復旧しました：{ $url }
cli-queue-retry = タスク { $id }：次の `queue run` で試行します（MFA Ready が開いている場合はすぐに試行します）
cli-queue-cancelled = タスク { $id }：キャンセルしました
cli-queue-queued = { $sentence }（タスク { $id } としてキューに追加しました。`mfa-ready queue run` または開いているウィンドウが再試行します）
