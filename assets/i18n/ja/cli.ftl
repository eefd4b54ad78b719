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

## queue, enroll, verify: the durable queue's jobs (their sentences are queue.ftl's)

cli-queue-none = タスクはありません。
cli-queue-job = タスク { $id }：{ $text }
cli-queue-waiting = 待機中
cli-queue-portal-back = { $portal } が復旧しました：{ $url }
cli-queue-retry = タスク { $id }：次の `queue run` で試行します（MFA Ready が開いている場合はすぐに試行します）
cli-queue-cancelled = タスク { $id }：キャンセルしました
cli-queue-queued = { $sentence }（タスク { $id } としてキューに追加しました。`mfa-ready queue run` または開いているウィンドウが再試行します）
