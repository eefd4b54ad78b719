# The readiness report as people read it, in Japanese (source: en/report.ftl): the
# Markdown, the HTML page and the helpdesk window's tabs. The JSON report never changes
# with the language. Moments are in UTC on purpose; $time has no zone, each message says
# "UTC". Japanese has no plural forms: one sentence with the number.

## The header of the Markdown and of the HTML page

report-title = MFA 準備状況レポート：{ $organization }
report-html-title = MFA 準備状況レポート · { $organization } · { $code }
report-html-heading = MFA 準備状況レポート
report-code = サポート コード：{ $code }
report-code-read-back = （正しいレポートであることを確かめるため、読み上げてもらってください）
report-code-label = サポート コード
report-generated = 作成日時
report-user-name = ユーザーが入力した名前
report-html-meta = 作成日時 { $time } UTC
report-html-meta-name = 作成日時 { $time } UTC · { $name } さん
# A label and its colon, as Japanese writes it.
report-label = { $label }：
report-utc = { $time } UTC
report-list = { $head }、{ $next }
# Japanese sentences follow one another without a space.
report-sentences = { $first }{ $next }
report-yes = はい
report-no = いいえ
report-unknown = 不明

## Readiness

report-h-readiness = 準備状況
report-f-verdict = 判定
report-f-methods = サインイン方法
report-f-phishing-resistant = フィッシング耐性
report-f-deadline = 適用される期限
report-f-time-left = 残り時間
report-f-next-step = 次の手順
report-gaps = 不足している点
report-methods-count = { $have } / { $need } 個の方法
report-pr-count = フィッシング耐性あり { $have } / { $need } 個
report-deadline-at = { $source ->
    [organization] { $time } UTC（組織の期限）
    [personal] { $time } UTC（新規ユーザー向けの期限）
   *[other] { $time } UTC（不明）
}
report-deadline-none = なし

## The time left, as of the moment the report was made

report-left-days-hours = 残り { $days } 日 { $hours } 時間
report-left-days = 残り { $days } 日
report-left-hours-minutes = 残り { $hours } 時間 { $minutes } 分
report-left-hours = 残り { $hours } 時間
report-left-minutes = 残り { $minutes } 分
report-left-seconds = 残り { $seconds } 秒
report-overdue-days-hours = 期限を { $days } 日 { $hours } 時間超過
report-overdue-days = 期限を { $days } 日超過
report-overdue-hours-minutes = 期限を { $hours } 時間 { $minutes } 分超過
report-overdue-hours = 期限を { $hours } 時間超過
report-overdue-minutes = 期限を { $minutes } 分超過
report-overdue-seconds = 期限を { $seconds } 秒超過
report-overdue-now = 期限を超過（1 分未満）

## Enrollment attempts during service problems (the evidence)

report-h-evidence = サービス障害中の登録の試行
report-evidence-none = なし：過去 14 日間に、サービスによってブロックされた試行はありません。
report-col-time = 時刻 (UTC)
report-col-attempted = 試行内容
report-col-classification = 分類
report-col-http = HTTP
report-col-request-id = 要求 ID
report-col-client-request-id = client-request-id
report-col-incident-then = その時点のベンダーのインシデント
report-incident-none-reported = 報告なし
report-times = { $what } × { $count }
report-lead-none = 過去 14 日間に、サービスによってブロックされた試行はありません。
report-lead-attempts-at = ユーザーではなくサービスが、{ $time } UTC に登録の試行 { $attempts } 回をブロックしました：{ $how }。
report-lead-attempts-between = ユーザーではなくサービスが、{ $from } UTC から { $to } UTC までの間に登録の試行 { $attempts } 回をブロックしました：{ $how }。
report-lead-checks-at = ユーザーではなくサービスが、{ $time } UTC にポータルの確認 { $checks } 回をブロックしました：{ $how }。
report-lead-checks-between = ユーザーではなくサービスが、{ $from } UTC から { $to } UTC までの間にポータルの確認 { $checks } 回をブロックしました：{ $how }。
report-lead-both-at = ユーザーではなくサービスが、{ $time } UTC に登録の試行 { $attempts } 回とポータルの確認 { $checks } 回をブロックしました：{ $how }。
report-lead-both-between = ユーザーではなくサービスが、{ $from } UTC から { $to } UTC までの間に登録の試行 { $attempts } 回とポータルの確認 { $checks } 回をブロックしました：{ $how }。
report-lead-no-incident = その時間帯にインシデントを報告したプロバイダーのステータス フィードはありませんでした。
report-lead-incident-unknown = その時点でプロバイダーがインシデントを報告していたかどうかは不明です（このデバイスからはステータス フィードを読み取れませんでした）。
report-lead-incident-one = これは、プロバイダーのステータス フィードがインシデント（{ $incident }）を報告している間に発生しました。
report-lead-incident-all = { $total } 回すべてが、プロバイダーのステータス フィードがインシデント（{ $incident }）を報告している間に発生しました。
report-lead-incident-some = { $total } 回のうち { $during } 回は、プロバイダーのステータス フィードがインシデント（{ $incident }）を報告している間に発生しました。
report-lead-deadline = 適用される期限は { $time } UTC です（{ $left }）。
report-lead-close = 各行には、追跡に使えるプロバイダーの要求 ID が記録されています。期限の延長または一時アクセス パス（Temporary Access Pass）の発行を認める根拠になります。

## Methods

report-h-methods = サインイン方法
report-col-method = 方法
report-col-kind = 種類
report-col-tier = レベル
report-col-device = デバイス
report-col-confirmed = 確認方法
report-col-since = 登録日時
report-col-counts = カウント対象
report-methods-none = 登録済みの方法はまだありません。

## Queue jobs

report-h-jobs = キューのタスク
report-col-job = タスク
report-col-what = 内容
report-col-state = 状態
report-col-attempts = 試行回数
report-col-updated = 更新日時 (UTC)
report-col-last-error = 最後のエラー
report-jobs-none = キューにタスクはありません。
report-last-error = { $error }（要求 ID { $id }）
report-history = タスク { $id } の履歴（古い順）
report-history-older = … 古い { $count } 行は表示していません
report-history-line = { $time } · { $state } · 試行 { $attempt } 回目 · { $detail }

## Portal health

report-h-portals = ポータルの状態（各ポータルの最終確認）
report-col-portal = ポータル
report-col-checked = 確認日時 (UTC)
report-col-outcome = 結果
report-col-phases = フェーズ
report-col-issuer = 証明書の発行元
report-portals-none = 過去 14 日間に確認したポータルはありません。
report-portal = { $name }（{ $url }）
report-outcome = { $outcome ->
    [healthy] 正常
    [slow] 低速
    [gateway_timeout] ゲートウェイ タイムアウト
    [service_unavailable] サービス利用不可
    [server_error] サーバー エラー
    [throttled] 要求数の制限
    [client_error] 要求の拒否
    [redirect_loop] リダイレクト ループ
    [timeout] タイムアウト
    [dns_failure] アドレス解決 (DNS) の失敗
    [connect_failure] 接続できない
    [tls_failure] 安全な接続の失敗
    [proxy_auth_required] プロキシへのサインインが必要
    [captive_portal] Wi-Fi のサインイン ページ（キャプティブ ポータル）
    [offline] デバイスがオフライン
   *[other] 不明
}
report-phase-dns = DNS { $ms } ms
report-phase-connect = 接続 { $ms } ms
report-phase-tls = TLS { $ms } ms
report-phase-first-byte = 最初のバイト { $ms } ms
report-phase-total = 合計 { $ms } ms
report-timed-out = { $phase ->
    [dns] DNS でタイムアウト
    [connect] 接続中にタイムアウト
    [tls] TLS でタイムアウト
    [first_byte] 最初のバイトの待機中にタイムアウト
    [transfer] 転送中にタイムアウト
   *[other] このバージョンが認識しないフェーズでタイムアウト
}

## Open vendor incidents

report-h-incidents = ベンダーの未解決インシデント
report-col-feed = フィード
report-col-incident = インシデント
report-col-impact = 影響
report-col-started = 開始 (UTC)
report-col-last-seen = 最終確認 (UTC)
report-col-link = リンク
report-impact = { $impact ->
    [none] なし
    [minor] 軽微
    [major] 重大
    [critical] 深刻
    [maintenance] メンテナンス
   *[other] 不明
}
report-incidents-none = ステータス フィードからの報告はありません（最終読み取り：{ $time } UTC）。
report-incidents-unknown = 不明：このデバイスからはプロバイダーのステータス フィードを読み取れませんでした。

## Event log

report-h-events = イベント ログ（過去 14 日間）
report-col-event = イベント
report-col-detail = 詳細
report-events-none = イベントはありません。
report-events-newest = { $total } 件のうち最新の { $shown } 件を表示しています。JSON レポートにはすべて含まれています。

## About this report

report-h-about = このレポートについて
report-f-policy = ポリシー
report-f-policy-hash = ポリシーの SHA-256
report-f-signed = 署名
report-f-app = MFA Ready
report-f-os = オペレーティング システム
report-f-schema = レポート スキーマ
report-policy-source = { $source ->
    [flag] --policy
    [env] MFA_READY_POLICY
    [system] システム全体
    [beside_executable] プログラムと同じ場所
    [embedded] 組み込みの既定ポリシー
   *[other] 不明
}
report-policy-file = { $source }（{ $path }）
report-signed-by = はい（署名者：{ $signer }）
report-app-version = { $version }（{ $build }）
