# MFA Ready: the window, in Japanese (source: en/window.ftl).
# Japanese has no plural forms: one sentence with the number; a selector only for a
# numeric special case ([0], [1]). Half-width space between Japanese and Latin/numbers.

app-name = MFA Ready
# The window's title (what a screen reader says for the window): $page is the page's name.
window-title = MFA Ready · { $page }
header-title = MFA Ready · { $organization }

## Menus and shortcuts

menu-file = ファイル
menu-open-report = レポートを開く…
menu-share = ヘルプデスクと共有…
menu-save-report = レポートを保存…
menu-close-report = レポートを閉じる
menu-view = 表示
menu-theme-system = テーマ：システム設定に合わせる
menu-theme-light = テーマ：ライト
menu-theme-dark = テーマ：ダーク
menu-text-larger = 文字を大きく
menu-text-smaller = 文字を小さく
menu-text-reset = 標準の文字サイズ
menu-check-portals = 今すぐポータルを確認
menu-language = 言語
# The first choice under View → Language: the system's language, named in itself ("Deutsch").
menu-language-system = システムの言語（{ $language }）
menu-language-required = 組織によって設定されています
# Shown in English when the chosen language needs a font this computer does not have.
notice-font-missing = 日本語を表示できません。このコンピューターに日本語フォントが見つからないため、MFA Ready は英語で表示しています。フォント（Noto Sans CJK など）のインストールは IT 部門に依頼してください。

## Pages

page-overview = 概要
page-methods = サインイン方法
page-summary = 完了
page-health = ポータルの状態
# A step in the wizard: "1  概要".
page-step = { $number }  { $page }
nav-back = ‹ 戻る
nav-next = 次へ：{ $page } ›
pending-badge = 待機中のタスク { $count } 件

## The hero: one state at a glance

hero-ready = 準備完了です
hero-ready-detail = サインイン方法を 1 つ失っても、引き続きサインインできます。常に最新の状態に保ち、古いスマートフォンを初期化する前に新しいスマートフォンを追加してください。
hero-left = { $date } までに、あと { $count } 件
hero-left-no-deadline = やることが、あと { $count } 件あります
hero-overdue = { $days ->
    [0] 期限超過：組織の期限を本日過ぎました
   *[other] 期限超過：組織の期限を { $days } 日過ぎています
}
hero-overdue-personal = { $days ->
    [0] 期限超過：新規ユーザー向けの期限を本日過ぎました
   *[other] 期限超過：新規ユーザー向けの期限を { $days } 日過ぎています
}
hero-not-ready-detail = 完了するまでは、サインイン方法を 1 つ失うだけでサインインできなくなるおそれがあります。
hero-overdue-detail = 今すぐ完了するか、ヘルプデスクに連絡してください。期限を延長してもらえます。
hero-days-left = 残り { $days } 日
hero-hours-left = 残り { $hours } 時間
hero-minutes-left = 残り 1 時間未満
hero-deadline = 期限：{ $date }
hero-personal-deadline = この期限は、新規ユーザーとしてのあなたの期限です。
hero-no-deadline = 期限は設定されていませんが、後回しにせず、今日のうちに予備のサインイン方法を追加してください。
# The progress bar's text and accessible name.
progress-methods = サインイン方法：{ $have } / { $need }
progress-methods-pr = サインイン方法：{ $have } / { $need } · フィッシング耐性あり：{ $pr_have } / { $pr_need }
progress-label = 準備完了までの進捗：{ $percent } パーセント

## The checklist

checklist-title = 残りの作業
checklist-done-title = 設定済みの方法
checklist-more-methods = サインイン方法をあと { $count } つ追加
# [1] keeps the English singular's different wording (ja has no "one" category).
checklist-more-pr = { $count ->
    [1] フィッシング耐性のある方法を追加（パスキーかセキュリティ キーが最も安全です）
   *[other] フィッシング耐性のある方法をあと { $count } つ追加
}
checklist-other-device = スマートフォンをなくしてもサインインできるよう、別のデバイスにもサインイン方法を用意
checklist-set-up = { $method } を設定
    .label = { $method } を設定：{ $item }
checklist-choose = 方法を選択
checklist-nothing-here = 組織で認められている方法のうち、このコンピューターで設定できるものはありません。ヘルプデスクにお問い合わせください。
checklist-have = { $method }（{ $device }）
checklist-not-counted-title = 対象外の方法

## Tools on the overview

tools-title = 期限に遅れないために
tools-calendar = カレンダーに追加
tools-calendar-save-as = カレンダー ファイルの保存先：
tools-calendar-save = 保存
tools-remind = ログイン時にリマインダーを表示
tools-book = ヘルプデスクの相談枠を予約
tools-share = ヘルプデスクと共有…
service-title = 組織のサービスで確認して追加
service-sign-in = サインインして登録内容を確認
service-check = 登録内容を確認
service-add-phone = 電話番号を追加
service-phone-number = 電話番号
service-phone-type = 電話の種類
service-phone-add = 電話を追加
service-off = IT 部門が MFA Ready をアカウントに接続すると、登録内容を自動で確認できるようになります。

## Methods

methods-intro = { $organization } で利用できるサインイン方法は次のとおりです。異なるデバイスで少なくとも { $count } つ設定してください。「フィッシング耐性あり」の方法が最も安全です。
method-set-up = 設定済み
method-verified = 設定済み（確認済み）
method-recommended = 次のおすすめ
method-lives-on = 使用するデバイス：{ $device }。必要なもの：{ $need }
method-not-accepted = 組織で認められていないため、数に含まれません。
method-elsewhere-windows = Windows コンピューターで設定し、完了したらここで設定済みにしてください。
method-elsewhere-mac = Mac で設定し、完了したらここで設定済みにしてください。
method-elsewhere-other = 別のコンピューターで設定し、完了したらここで設定済みにしてください。
method-how = { $method } の設定方法
method-open = 設定ページを開く
    .label = { $method } の設定ページを開く
method-done = 設定しました
    .label = { $method } を設定しました
method-remove = 削除
    .label = { $method } を削除
method-scan = スマートフォンでスキャンすると、設定ページをスマートフォンで開けます：
method-qr = QR コード：{ $method } の設定ページ
method-copy-link = リンクをコピー
    .label = { $method } の設定リンクをコピー

## Done page

summary-ready = すべて完了しました。予備のサインイン方法を安全に管理し、常に最新の状態に保ってください。
summary-not-ready = まだ完了していません。「サインイン方法」に戻って、残りの手順を行ってください。
summary-methods-title = サインイン方法の一覧
summary-none = まだありません。
summary-method-line = { $device } · { $how } · { $since } に登録
summary-missing = 未完了：{ $gap }
summary-lost-title = スマートフォンを紛失した場合
summary-lost = 他のサインイン方法でサインインし、設定ページで紛失したスマートフォンの方法を削除してから、新しいスマートフォンを追加してください。どの方法でもサインインできない場合は、ヘルプデスクに連絡してください。一時アクセス パスを発行してもらえます。
summary-copy = まとめをコピー

## Helpdesk card

helpdesk-need-help = お困りですか？
helpdesk-need-help-name = お困りの際は { $name } まで
helpdesk-contact = IT ヘルプデスクにお問い合わせください。
helpdesk-phone = 電話：{ $phone }
helpdesk-email = メール：{ $email }
helpdesk-open = ヘルプデスクのページを開く

## Policy problems

policy-cannot-use = 組織のポリシーを使用できません
policy-refused = このコンピューター上の組織のポリシーを検証できませんでした。IT 部門にお問い合わせください。
policy-invalid = MFA Ready は、どのサインイン方法と期限が適用されるかを組織のポリシーで判断します。ポリシー ファイルに問題があるため、何も変更していません。ヘルプデスクに連絡して、下に表示されている内容を伝えてください。
policy-problems = 見つかった問題
policy-copy-problems = 問題をコピー

## Footer

footer-policy-built-in = ポリシー：組み込み
footer-policy-system = ポリシー：組織が設定
footer-policy-file = ポリシー：ファイルから読み込み
footer-signed = IT 部門による署名あり
footer-unsigned = 署名なし
footer-unsigned-required = 署名なし（このコンピューターでは署名済みのポリシーが必須）
footer-clock-fixed = シミュレーションのため、時刻を { $time } に固定しています

## Notices

notice-dismiss = 閉じる
notice-details = 詳細
notice-copy-details = 詳細をコピー
notice-more = ほかに { $count } 件の通知
notice-copied = コピーしました。
notice-copied-summary = まとめをコピーしました。
notice-copied-link = リンクをコピーしました。
notice-saved-report = レポートを { $file } として保存しました。
notice-saved-calendar = カレンダー ファイルを { $file } として保存しました。
notice-portal-back = { $portal } が復旧しました。{ $method } の追加を続けてください。
notice-portal-back-title = { $portal } が復旧しました
notice-job-done-title = 完了
notice-job-failed-title = 完了できませんでした
notice-open-setup = 設定ページを開く
notice-portal-failing = 現在 { $portal } で障害が発生しているようです。{ $method } を追加できない可能性があります。
notice-watch = 復旧したら知らせる
notice-browser-title = ブラウザーが開きませんでした
notice-browser = ブラウザーが開きませんでした。リンクをコピーするか、スマートフォンでスキャンしてください。
notice-browser-qr = リンクの QR コード
notice-recovered = 保存された進捗を読み込めなかったため、MFA Ready は最初からやり直しました。コピーを残してあるので、ヘルプデスクが復元できます。
notice-recovered-newer = 保存された進捗は新しいバージョンの MFA Ready で書き込まれたため、このバージョンでは最初からやり直しました。コピーを残してあるので、ヘルプデスクが復元できます。
notice-got-it = OK

## Problems (a plain sentence; what went wrong technically is under Details)

problem-not-saved = 変更を保存できませんでした。もう一度お試しください。繰り返し失敗する場合は、MFA Ready を再起動してください。
problem-queue = 現在、MFA Ready は再試行するタスクを管理できません。自動的にもう一度試みます。
problem-queue-stopped = 現在、MFA Ready は再試行するタスクを管理できません。MFA Ready を閉じてから開き直してください。繰り返し発生する場合は、ヘルプデスクにお問い合わせください。
problem-queue-unavailable = 保存データを開けなかったため、MFA Ready は再試行するタスクを管理できません。
problem-request-not-saved = 要求を保存できなかったため、再試行されません。もう一度お試しください。
problem-retry-not-saved = タスクを再試行できませんでした。もう一度お試しください。
problem-cancel-not-saved = タスクをキャンセルできませんでした。もう一度お試しください。
problem-no-service = この操作は MFA Ready では代行できません。代わりに設定ページを使用してください。
problem-phone-rejected = その電話番号は使用できません。番号を確認して、もう一度お試しください。
problem-not-watched = MFA Ready では、そのページを監視できません。
problem-sign-in-not-configured = 組織でサインインがまだ設定されていません。IT 部門に有効にしてもらえます。
problem-sign-in-unavailable = サインインを開始できませんでした。しばらくしてから、もう一度お試しください。
problem-sign-in-incomplete = サインインが完了しませんでした。もう一度お試しください。
problem-checks-off = 組織のポリシーを使用できないため、ポータルの確認は無効になっています。
problem-not-opened = そのページは安全に開けないため、MFA Ready では開きませんでした。
problem-needs-policy = この操作には組織のポリシーが必要ですが、現在は使用できません。
problem-report-not-made = レポートを作成できませんでした。もう一度お試しください。
problem-report-not-saved = その場所にはレポートを保存できませんでした。別のフォルダーを選んでください。
problem-calendar-not-saved = その場所にはカレンダー ファイルを保存できませんでした。別のフォルダーを選んでください。
problem-autostart-unavailable = このコンピューターでは、ログイン時のリマインダーを設定できません。
problem-autostart-not-changed = ログイン時のリマインダーを変更できませんでした。もう一度お試しください。
problem-no-saved-state = 現在、このコンピューターには進捗を保存できません。操作の結果は表示されますが、ヘルプデスクにお問い合わせください。
problem-services-stopped = MFA Ready のバックグラウンド処理が停止したため、変更は保存されません。MFA Ready を再起動してください。
problem-report-not-opened = そのファイルをレポートとして開けませんでした。
problem-report-not-a-file = レポート ファイルではありません。レポートをファイルとして保存してから、そのファイルを開いてください。
problem-report-not-rendered = この形式ではレポートを表示できないため、保存もコピーもできません。別の形式を選んでください。

## Portal health

health-title = ポータルの状態
health-checking = サインイン ポータルを確認しています…
health-not-checked = サインイン ポータルはまだ確認していません。
health-open = ポータルの状態
health-status = ポータルのステータス
health-light = { $portal }：{ $severity ->
    [green] 正常
    [amber] 低速または一部制限あり
   *[red] 利用不可
}
health-check-now = 今すぐ確認
health-checking-short = 確認中…
health-back = 概要に戻る
health-history-not-saved = 履歴を保存できませんでした。
health-none-yet = 完了した確認はまだありません。
health-checked-at = { $time } に確認しました。接続状態：{ $connection }。
health-last-checked = 最終確認：{ $time }
health-request-id = 要求 ID：{ $id }
health-certificate = 証明書の発行元：{ $issuer }（残り { $days } 日）
health-technical = 技術的な詳細
health-copy = コピー
health-provider-status = プロバイダーのステータス
health-feed-unreadable = { $feed }：読み取れませんでした
health-feed-quiet = { $feed }：未解決のインシデントはありません
health-feed-incidents = { $feed }：未解決のインシデント { $count } 件
health-incident = { $title }（{ $impact }）
health-incident-since = { $title }（{ $impact }）{ $since } から
health-incident-since-updated = { $title }（{ $impact }）{ $since } から、{ $updated } 更新
health-impact-none = 影響の記載なし
health-impact-minor = 軽微
health-impact-major = 重大
health-impact-critical = 深刻
health-impact-maintenance = メンテナンス
health-impact-unknown = 影響不明
health-incident-details = 詳細
health-history = 履歴
health-available = { $time } 以降の確認 { $count } 回のうち { $percent }% で利用可能
health-phase-dns = DNS
health-phase-connect = 接続
health-phase-tls = TLS
health-phase-first-byte = 最初のバイト
health-phase-total = 合計

## Pending work

pending-title = 保留中のタスク
pending-state = { $state ->
    [pending] 待機中
    [in_flight] 処理中
    [succeeded] 完了
    [failed] 失敗
   *[cancelled] キャンセル済み
}
pending-reference = ヘルプデスク用の参照番号：{ $id }
pending-retry = 今すぐ再試行
    .label = 今すぐ再試行：タスク { $id }
pending-cancel = キャンセル
    .label = タスク { $id } をキャンセル
pending-history = 履歴
pending-history-line = { $time }  { $state }  試行 { $attempt } 回目  { $detail }

## The policy refusal, for IT

policy-details-for-it = IT 部門向けの詳細
policy-copy-details = 詳細をコピー

## Dialogs

open-report-title = レポートを開く
open-report-intro = ユーザーが「ヘルプデスクと共有」で保存したレポート（.json）を開きます。読み取り専用で開くため、何も送信・保存されません。
open-report-file = レポート ファイル
open-report-open = 開く
open-report-drop = このウィンドウにファイルをドロップして開くこともできます。
dialog-close = 閉じる

## Share with helpdesk

share-title = ヘルプデスクと共有
share-intro = ヘルプデスクに渡る内容は、以下がすべてです。電話番号とメール アドレスは一部を伏せています。パスワード、トークン、IP アドレスは含まれません。
share-name = お名前（任意）：
share-name-label = お名前
share-update = 更新
share-format-markdown = テキスト（Markdown、チケット用）
share-format-html = Web ページ（HTML、A4 で印刷可）
share-format-json = データ（JSON）
share-code = サポート コード { $code }
share-save-as = 保存先：
share-save-as-label = レポートの保存先
share-save = 保存
share-copy = コピー
tools-calendar-save-as-label = カレンダー ファイルの保存先
checklist-device = 組織の要件を満たすようにこのコンピューターを設定（「このコンピューター」を参照）
# Why the next step is not a stronger method: $why is the reason in its own sentence, ending
# in 。 ("Bluetooth がオフになっています。オンにするか、セキュリティ キーを選んでください。"), so no
# space before it.
checklist-skipped = このコンピューターでは、今のところ { $method } はおすすめしていません。{ $why }
