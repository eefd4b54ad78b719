# Helpdesk mode in Japanese (source: en/helpdesk.ftl): the window that shows a report
# someone handed over, and the guide built from it. Polite style; a half-width space
# between Japanese and Latin letters or numbers. No plural forms.

## The viewer

viewer-window-title = MFA Ready · ヘルプデスク
viewer-code = サポート コード { $code }
viewer-from-name = { $time } のレポート · ユーザーが入力した名前：「{ $name }」
viewer-from = { $time } のレポート · 名前の入力なし
viewer-close = レポートを閉じる
viewer-code-meaning = サポート コードは、あなたとユーザーが同じファイルを開いていることを確認するためのものです。レポートが本物であることは証明しません。誰でもレポートを編集して新しいコードを計算できます。期限の延長を認める前に、テナントのサインイン ログと監査ログで要求 ID を確認してください。
viewer-edited = このファイルは作成後に変更されています。内容がサポート コードと一致しないため、あなたとユーザーが同じレポートを見ていない可能性があります。ユーザーにもう一度レポートを送ってもらってください。
viewer-tab-guide = ヘルプデスク ガイド
viewer-tab-overview = 概要
viewer-tab-methods = サインイン方法
viewer-tab-health = ポータルの状態
viewer-tab-pending = 保留中のタスク
viewer-tab-evidence = サービスの障害
viewer-evidence-intro = 期限の延長または一時アクセス パス（Temporary Access Pass）の発行の前に、テナントのサインイン ログと監査ログでこれらの要求 ID と client-request-id を確認してください。その際はサポート コード { $code } を伝えてください。
viewer-named = { $name }：{ $value }
viewer-more = … ほか { $count } 件
viewer-closed = レポートを閉じました。
viewer-closed-hint = このウィンドウを閉じるか、--open-report ファイル で別のレポートを開いてください。

## The guide: confirm the report

guide-confirm-title = レポートの確認：サポート コード { $code }
guide-confirm-ask = 「レポートの一番上にあるサポート コードを読み上げていただけますか？」と尋ねてください。{ $code } であるはずです。違う場合は、別のレポートを見ています。
guide-confirm-name = レポートには「{ $name }」さんのものと記載されています（ユーザーが入力したもので、確認されていません）。本人確認の手順に従って、話している相手を確認してください。
guide-confirm-no-name = レポートに名前の記載はありません。本人確認の手順に従って、話している相手を確認してください。

## What to ask

guide-ask-title = 次の順に尋ねてください
guide-ask-ready = 「何をしようとしていますか？ サインインですか、それとも別の方法の追加ですか？」
guide-ask-phone = 「スマートフォンはお手元にありますか？ ロックを解除して、インターネットに接続できますか？」
guide-ask-key = 「セキュリティ キー（IT 部門から配布された小さな USB または NFC のキー）をお持ちですか？」
guide-ask-computer = 「仕事で使っているコンピューターの前にいらっしゃいますか？」
guide-ask-network = 「どこから接続していますか？ オフィス、自宅、ホテルやゲスト用の Wi-Fi、スマートフォンのテザリングのどれですか？ VPN はオンになっていますか？」
guide-ask-still-have = 「{ $methods } はまだお使いいただけますか？」（紛失または交換したデバイスにあった方法は、そのデバイスと一緒に使えなくなります）
guide-and = { $head }、{ $next }

## The verdict

guide-counts = { $methods }、{ $pr }
guide-no-deadline = 期限なし
guide-next = 次：{ $step }
guide-ready-title = 準備完了：登録するものはありません
guide-ready-have = ユーザーは { $have } 個の方法（フィッシング耐性あり { $pr_have } 個）を持っており、{ $organization } が求めるのは { $need } 個（フィッシング耐性あり { $pr_need } 個）です。登録するものはありません。
guide-ready-not-enrollment = サインインできない場合、問題は登録ではありません。ポータルの状態とサインイン ログを確認してください。
guide-ready-two-devices = 1 台をなくしてもサインインできなくならないよう、2 台の異なるデバイスに方法を用意しておくよう勧めてください。
guide-overdue-title = 期限超過（{ $left }）：{ $counts }
guide-overdue = サインインがすでに制限されている可能性があります。今すぐ一緒に次の方法を追加してください。追加のためにサインインできない場合は、一時アクセス パスの手順を参照してください。
guide-not-ready-title = 未完了（{ $left }）：{ $counts }
guide-stuck = ポリシーで認められている方法では、このコンピューターでは解決できません。許可されている方法を ID 管理チームに確認するか、別の手段（IT 部門のセキュリティ キー、一時アクセス パス）で登録してください。
guide-walk = ポータルが動作していれば、今すぐ一緒に次の手順を進めてください。ポータルに障害がある場合、MFA Ready が要求をキューに保持し、自動的に再試行します。
guide-other-title = { $verdict }（{ $left }）：{ $counts }

## A failing portal

guide-portal-title = { $portal }：{ $outcome }
guide-incident = { $feed }：{ $title }（影響：{ $impact }）
guide-provider-confirms = プロバイダーが障害を認めています：「{ $incident }」。ユーザー側の操作では解決しません。
guide-provider-extension = チケットにサポート コード { $code } を記録し、期限延長の手続きを行ってください。レポートには、ブロックされたすべての試行が要求 ID 付きで記載されています。
guide-provider-no-incident = プロバイダー側で障害が起きていますが、インシデントを報告しているステータス フィードはまだありません。試行は記録されており、キューの要求は自動的に再試行されます。ユーザー側で行うことはありません。
guide-provider-feeds-unknown = プロバイダー側で障害が起きていますが、ユーザーのデバイスはプロバイダーのステータス フィードを読み取れなかったため、プロバイダーが把握しているかどうかは不明です。試行は記録されており、キューの要求は自動的に再試行されます。ユーザー側で行うことはありません。
guide-escalate-id = 続く場合は、要求 ID { $id } を添えて ID 管理チームにエスカレーションしてください。期限が近い場合は、サポート コード { $code } で期限延長の手続きを行ってください。
guide-escalate = 続く場合は、要求 ID を添えて ID 管理チームにエスカレーションしてください。期限が近い場合は、サポート コード { $code } で期限延長の手続きを行ってください。
guide-not-again = 障害が続いている間は、同じ方法を手動で追加し直さないよう伝えてください。
guide-network-switch = VPN をオフ（またはオン）にするか、スマートフォンのテザリングを試してから、もう一度「今すぐ確認」を押すよう伝えてください。
guide-network-team = 社内ネットワークでだけ失敗する場合は、ネットワーク チームに連絡してください。
guide-stopped-dns = ポータルのアドレスを調べている途中で止まりました。プロバイダーではなく、ユーザーのネットワークが原因である可能性が高いです。
guide-stopped-connect = 接続の途中で止まりました。プロバイダーではなく、ユーザーのネットワークが原因である可能性が高いです。
guide-stopped-tls = 安全な接続の確立中に止まりました。プロバイダーではなく、ユーザーのネットワークが原因である可能性が高いです。
guide-slow = 動作していますが、遅くなっています。各ページの読み込みが終わるまで待ち、2 回クリックしないよう伝えてください。
guide-captive = Wi-Fi の利用規約への同意が先に必要です。任意の Web ページ（会社のホーム ページなど）を開いて Wi-Fi の利用規約に同意し、もう一度「今すぐ確認」を押すよう伝えてください。
guide-captive-hotspot = サインイン ページが表示されない場合は、スマートフォンのテザリングでも構いません。
guide-offline = デバイスがオンラインではありません。Wi-Fi またはネットワーク ケーブルと、機内モードがオフになっていることを確認してください。
guide-dns = ポータルのアドレスを解決できません (DNS)。オンラインになっているか確認し、VPN をオフまたはオンにするか、スマートフォンのテザリングを試してください。
guide-dns-team = 社内ネットワークでだけ失敗する場合は、ネットワーク チームに連絡してください (DNS)。
guide-proxy = ネットワークのプロキシがサインインを求めています。ブラウザーを開き、求められたらプロキシにサインインしてから、もう一度「今すぐ確認」を押すよう伝えてください。
guide-proxy-team = サインインを求める画面が表示されない場合は、ネットワーク チームに連絡してください（プロキシ）。
guide-connect = 接続が拒否されたか、切断されました。ファイアウォール、プロキシ、または VPN がブロックしている可能性があります。VPN なしで、または別のネットワークから試してください。
guide-connect-team = 同じネットワークの同僚がアクセスできる場合は、ネットワーク チームに連絡してください。そうでない場合は、プロバイダー側の障害として扱ってください。
guide-throttled = サービスから要求を減らすよう求められました (429)。数分待ってから 1 回だけ試すよう伝えてください。何度もクリックすると悪化します。
guide-client = ポータルが要求を拒否しました。個人のアカウントではなく職場のアカウントでサインインしていることを確認し、ブラウザーのプライベート ウィンドウを試してください。
guide-client-escalate-id = 続く場合は、要求 ID { $id } を添えて ID 管理チームにエスカレーションしてください。
guide-client-escalate = 続く場合は、要求 ID を添えて ID 管理チームにエスカレーションしてください（要求 ID の記載なし）。
guide-redirect = ポータルでリダイレクトが繰り返されています。サイトの Cookie を削除するか、ブラウザーのプライベート ウィンドウを使ってください。続く場合はエスカレーションしてください。
guide-other-outcome = 下の説明を確認してください。続く場合は、要求 ID を添えてエスカレーションしてください。
guide-tls-inspection = ユーザーのネットワークが暗号化された通信を検査している（TLS インスペクション）ため、そこからはポータルを信頼できません。
guide-tls-inspection-issuer = ユーザーのネットワークが暗号化された通信を検査している（TLS インスペクション。証明書の発行元は「{ $issuer }」）ため、そこからはポータルを信頼できません。
guide-tls-inspection-next = VPN なしで、または別のネットワーク（スマートフォンのテザリング）から試すよう伝えてください。続く場合はネットワーク チームに連絡してください。ポータルを TLS インスペクションの対象から除外する必要があります。
guide-tls-expired = コンピューターの日付と時刻を確認するよう伝えてください。正しい場合は、プロバイダーの証明書の有効期限が切れています。ID 管理チームにエスカレーションしてください。
guide-tls-other = 安全な接続を確立できませんでした。ネットワーク上の何かが接続をリダイレクトしている可能性があります。
guide-tls-other-issuer = 安全な接続を確立できませんでした（証明書の発行元は「{ $issuer }」）。ネットワーク上の何かが接続をリダイレクトしている可能性があります。
guide-tls-other-next = VPN なしで、または別のネットワークから試すよう伝えてください。続く場合はネットワーク チームに連絡してください。
guide-report-says = レポートの説明：{ $explanation }
guide-for-ticket = チケット用：{ $facts }。
guide-fact-http = HTTP { $status }
guide-fact-request-id = 要求 ID { $id }
guide-fact-issuer = 証明書の発行元 { $issuer }

## Pending work

guide-jobs-title = 保留中のタスク
guide-job-queued = 「{ $what }」は { $attempts } 回試行した後、キューで待機しています。MFA Ready が自動的に再試行するので、手動で開始し直さないよう伝えてください。
guide-job-queued-error = 「{ $what }」は { $attempts } 回試行した後、キューで待機しています（最後のエラー：{ $error }）。MFA Ready が自動的に再試行するので、手動で開始し直さないよう伝えてください。
guide-job-refused = 「{ $what }」は失敗しました。サービスが拒否したため、そのまま送り直しても解決しません。ユーザーと一緒に内容（電話の場合は番号）を確認して開始し直すか、ポータルで一緒に方法を追加してください。
guide-job-refused-error = 「{ $what }」は失敗しました（最後のエラー：{ $error }）。サービスが拒否したため、そのまま送り直しても解決しません。ユーザーと一緒に内容（電話の場合は番号）を確認して開始し直すか、ポータルで一緒に方法を追加してください。
guide-job-stopped = 「{ $what }」は失敗しました。MFA Ready は再試行をやめています。ポータルが再び動作するようになったら、ユーザーと一緒に開始し直す（電話の場合は「電話番号を追加」の「電話を追加」）か、ポータルで方法を追加してください。
guide-job-stopped-error = 「{ $what }」は失敗しました（最後のエラー：{ $error }）。MFA Ready は再試行をやめています。ポータルが再び動作するようになったら、ユーザーと一緒に開始し直す（電話の場合は「電話番号を追加」の「電話を追加」）か、ポータルで方法を追加してください。

## The evidence

guide-evidence-title = サービス障害の証拠を記録する
guide-logs-none = 期限の延長を認める前に、テナントのサインイン ログと監査ログで、時刻とユーザーからこれらの試行を探してください（レポートにはこれらの要求 ID が記録されていません）。
guide-logs-request-ids = 期限の延長を認める前に、テナントのサインイン ログと監査ログで次の要求 ID を確認してください：{ $ids }。
guide-logs-client-ids = 期限の延長を認める前に、テナントのサインイン ログと監査ログで次の client-request-id を確認してください：{ $ids }。
guide-logs-both = 期限の延長を認める前に、テナントのサインイン ログと監査ログで要求 ID（{ $request_ids }）と client-request-id（{ $client_ids }）を確認してください。
guide-ids-more = { $ids } … ほか { $count } 件
guide-not-proof = レポートだけでは証拠になりません。サポート コードは、あなたとユーザーが同じファイルを開いていることを確認するだけで、誰でもレポートを編集して新しいコードを計算できます。
guide-attach = サポート コード { $code } を添えて、レポートをチケットに添付してください（または `mfa-ready report --evidence` の出力を貼り付けてください）。

## Temporary Access Pass

guide-tap-urgent-title = 一時アクセス パス（Temporary Access Pass）の発行（または期限の延長）
guide-tap-urgent = 期限は { $time } UTC（{ $left }）で、サービスが試行を { $count } 回ブロックしました。ユーザーに落ち度はありませんが、期限内に登録できませんでした。
guide-tap-urgent-how = 本人確認を行い、ブロックされた試行がサインイン ログまたは監査ログで確認できたら（証拠の手順を参照）、ポータルが動作するようになった時点で方法を追加できるよう一時アクセス パスを発行するか、期限を延長してください。サポート コード { $code } を記録してください。
guide-tap-none-title = 一時アクセス パス：この理由では不要
guide-tap-none = 使える方法はまだありませんが、期限間近にサービスがブロックした試行はレポートにありません。今すぐ方法の追加を手伝ってください。すでにサインインがブロックされている場合は、期限後の登録手続きに従ってください。
guide-tap-one-title = 一時アクセス パス：唯一の方法をなくした場合のみ
guide-tap-one = ユーザーの方法はすべて 1 台のデバイス（{ $device }）にあります。そのデバイスを紛失または交換した場合は、本人確認を行ったうえで、新しい方法を登録できるよう一時アクセス パスを発行してください。
guide-tap-many-title = 一時アクセス パス：不要
guide-tap-many = ユーザーの方法は複数のデバイスにあります。1 台をなくしても、別のデバイスでサインインして代わりの方法を追加できます。すべてのデバイスをなくした場合にのみ発行してください。

## Before you hang up

guide-close-title = 通話を終える前に
guide-close-code = チケットにサポート コード { $code } を記録してください。
guide-close-verdict = 方法を追加すると、MFA Ready の判定は自動的に更新されます。「{ verdict-ready }」と表示されていることを確認するよう伝えてください。
guide-close-new-report = その後に何か変わった場合は、新しいレポートを依頼してください。新しいサポート コードが付きます。
