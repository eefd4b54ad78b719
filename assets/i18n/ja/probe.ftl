# Around the portal checks: the connection, the providers' status pages (the window's
# health page and `mfa-ready probe`).

connection-state = { $state ->
    [online] オンライン
    [captive_portal] サインイン ページ（キャプティブ ポータル）が表示される状態
    [offline] オフライン
   *[not_checked] 未確認
}

probe-checked-at = 確認日時: { $time }。お使いの接続: { $connection }。
probe-feed-incidents = { $count ->
    [0] ステータス ページ { $feed }: 未解決のインシデントはありません
   *[other] ステータス ページ { $feed }: 未解決のインシデント { $count } 件
}
probe-feed-unreadable = ステータス ページ { $feed }: 読み取れませんでした（{ $error }）
probe-maintenance = メンテナンス: { $title }（{ $state ->
    [verifying] 確認中
   *[in_progress] 実施中
}{ $window ->
    [from_until] 、{ $from } から { $until } まで
    [since] 、{ $from } から
    [until] 、{ $until } まで
   *[none] {""}
}）

# 確認の経路（issue 18）：プロキシ経由か直接か、そして何が選んだか。
route-via = { $proxy } 経由（{ $by ->
    [policy] 組織が設定
    [policy_none] 組織の設定どおり
    [environment] このセッションの環境変数で設定
    [system_settings] システムのプロキシ設定が選択
    [system_pac] システムの PAC ファイルが選択
    [system_auto_detect] システムのプロキシ自動検出が選択
   *[not_set] プロキシは未設定
}）。
route-direct = { $by ->
    [policy] 直接（組織が設定）。
    [policy_none] 直接（組織の設定どおり）。
    [environment] 直接（このセッションの環境変数で設定）。
    [system_settings] 直接（システムのプロキシ設定が選択）。
    [system_pac] 直接（システムの PAC ファイルが選択）。
    [system_auto_detect] 直接（システムのプロキシ自動検出が選択）。
    [loopback] 直接：このコンピューター自身のアドレスはプロキシを経由しません。
   *[not_set] 直接：プロキシは設定されていません。
}
route-pac-trouble = { $trouble ->
    [not_fetched] システムのプロキシスクリプトをダウンロードできなかったため、ブラウザーと同じく直接接続しました。
    [not_allowed] システムのプロキシスクリプトが https のアドレスにもこのコンピューター上にもないため、使用しませんでした：直接。
    [timed_out] システムのプロキシスクリプトの実行に時間がかかりすぎたため停止し、ブラウザーと同じく直接接続しました。
    [auto_detect_unsupported] プロキシの自動検出がオンですが、このシステムでは MFA Ready はそれに従えません：直接。
    [unsupported_proxies] システムのプロキシスクリプトが MFA Ready の使えないプロキシだけを指定しました：直接。
   *[failed] システムのプロキシスクリプトが失敗したため、ブラウザーと同じく直接接続しました。
}
