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
