# What a portal check found, for the person at the computer, in Japanese (source:
# en/explain.ftl; core::fault::Explanation). $portal is the portal's name ("My Sign-Ins").
# Where a redirect led elsewhere, $redirected is "yes" and $host names where it led.
# Japanese has no plural forms: one sentence with the number. The English colon becomes
# two sentences.

explain-healthy = { $portal } は接続可能で、正常に応答しています。
explain-slow = { $portal } は動作していますが、応答が遅くなっています（{ $total } ms。基準の { $limit } ms を超えています）。
explain-captive-portal = お使いのネットワークでサインイン ページ（キャプティブ ポータル）が表示されているため、{ $portal } に接続できません。先に Wi-Fi にサインインしてください。
explain-offline = このデバイスはインターネットに接続されていないため、{ $portal } に接続できません。Wi-Fi またはネットワーク ケーブルを確認してください。
explain-proxy-sign-in-407 = { $portal } に接続するには、ネットワークのプロキシへのサインインが必要です（407 Proxy Authentication Required）。原因は { $portal } ではなく、お使いのネットワークにあります。
explain-proxy-sign-in = { $portal } に接続するには、ネットワークのプロキシへのサインインが必要です。
explain-proxy-refused = { $redirected ->
    [yes] ネットワークのプロキシが、{ $portal } のリダイレクト先 { $host } への接続を拒否しました。
   *[no] ネットワークのプロキシが、{ $portal } への接続を拒否しました。
}
explain-timeout-dns = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } のアドレスを調べている途中でタイムアウトしました。お使いのネットワークの名前解決（DNS）が応答していません。
   *[no] { $portal } のアドレスを調べている途中でタイムアウトしました。お使いのネットワークの名前解決（DNS）が応答していません。
}
explain-timeout-connect = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } への接続中にタイムアウトしました。ネットワークでブロックされているか、サービスが停止している可能性があります。
   *[no] { $portal } への接続中にタイムアウトしました。ネットワークでブロックされているか、サービスが停止している可能性があります。
}
explain-timeout-tls = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } との安全な接続の確立中にタイムアウトしました。安全な接続を時間内に確立できませんでした。
   *[no] { $portal } との安全な接続の確立中にタイムアウトしました。安全な接続を時間内に確立できませんでした。
}
explain-timeout-first-byte = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } からの応答を待っている間にタイムアウトしました。サービスが応答していません。お使いの接続の問題ではありません。
   *[no] { $portal } からの応答を待っている間にタイムアウトしました。サービスが応答していません。お使いの接続の問題ではありません。
}
explain-timeout-transfer = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } からページを受信している途中でタイムアウトしました。ページの受信は始まりましたが、途中で止まりました。サービスまたはお使いの接続が非常に遅くなっています。
   *[no] { $portal } からページを受信している途中でタイムアウトしました。ページの受信は始まりましたが、途中で止まりました。サービスまたはお使いの接続が非常に遅くなっています。
}
explain-dns-failed = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } のアドレスを調べられませんでした（DNS）。ネットワーク接続または VPN を確認してください。
   *[no] { $portal } のアドレスを調べられませんでした（DNS）。ネットワーク接続または VPN を確認してください。
}
explain-refused = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が接続を拒否しました。サービスが停止しているか、ファイアウォールがブロックしている可能性があります。
   *[no] { $portal } が接続を拒否しました。サービスが停止しているか、ファイアウォールがブロックしている可能性があります。
}
explain-reset = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } との接続が切断されました（リセット）。ネットワーク上のファイアウォールやプロキシが妨げているか、サービスに障害が発生している可能性があります。
   *[no] { $portal } との接続が切断されました（リセット）。ネットワーク上のファイアウォールやプロキシが妨げているか、サービスに障害が発生している可能性があります。
}
explain-unreachable = { $redirected ->
    [yes] このネットワークからは、{ $portal } のリダイレクト先 { $host } にアクセスできません。接続または VPN を確認してください。
   *[no] このネットワークからは { $portal } にアクセスできません。接続または VPN を確認してください。
}
explain-connect-failed = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } に接続できませんでした。
   *[no] { $portal } に接続できませんでした。
}
explain-not-http = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } から返された応答は、有効な Web の応答ではありませんでした。
   *[no] { $portal } から返された応答は、有効な Web の応答ではありませんでした。
}
explain-misconfigured = { $portal } を確認できませんでした。確認の設定そのものに誤りがあります。
explain-insecure-redirect = { $portal } が安全でないアドレス（{ $to }）にリダイレクトしているため、リダイレクト先には進みません。このページは安全に読み込めません。
explain-insecure-redirect-unknown = { $portal } が安全でないアドレス（暗号化されていない http）にリダイレクトしているため、リダイレクト先には進みません。このページは安全に読み込めません。
explain-tls-untrusted = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } との安全な接続が、不明な発行元によって署名されています。お使いのネットワークが暗号化された通信を検査している可能性があります。
   *[no] { $portal } との安全な接続が、不明な発行元によって署名されています。お使いのネットワークが暗号化された通信を検査している可能性があります。
}
explain-tls-expired = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が、有効期限の切れた証明書を提示しました。サービスの設定に誤りがあるか、お使いのデバイスの時計がずれています。
   *[no] { $portal } が、有効期限の切れた証明書を提示しました。サービスの設定に誤りがあるか、お使いのデバイスの時計がずれています。
}
explain-tls-wrong-host = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が、別の名前の証明書を提示しました。ネットワーク上の何かが接続をリダイレクトしているか、サービスの設定に誤りがある可能性があります。
   *[no] { $portal } が、別の名前の証明書を提示しました。ネットワーク上の何かが接続をリダイレクトしているか、サービスの設定に誤りがある可能性があります。
}
explain-tls-failed = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } との安全な接続を確立できませんでした。
   *[no] { $portal } との安全な接続を確立できませんでした。
}
explain-no-answer = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } から応答がありませんでした。
   *[no] { $portal } から応答がありませんでした。
}
explain-redirect-loop = { $portal } でリダイレクトがループしている（{ $hops } 回）ため、ページがいつまでも読み込まれません。
# $code is the HTTP status with its phrase in HTTP's own English ("302 Found",
# "503 Service Unavailable"), the same in every language; or only the number ("599").
explain-redirect-nowhere = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が { $code } を返しましたが、移動先が示されていません。
   *[no] { $portal } が { $code } を返しましたが、移動先が示されていません。
}
explain-gateway-timeout = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が 504 Gateway Timeout を返しています。原因はお使いの接続ではなく、サービスの障害です。
   *[no] { $portal } が 504 Gateway Timeout を返しています。原因はお使いの接続ではなく、サービスの障害です。
}
explain-unavailable = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が 503 Service Unavailable を返しています。サービスが停止しているか、混み合っています。お使いの接続の問題ではありません。
   *[no] { $portal } が 503 Service Unavailable を返しています。サービスが停止しているか、混み合っています。お使いの接続の問題ではありません。
}
explain-throttled = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が 429 Too Many Requests を返しています。要求の数が制限されているため、しばらくしてからもう一度お試しください。
   *[no] { $portal } が 429 Too Many Requests を返しています。要求の数が制限されているため、しばらくしてからもう一度お試しください。
}
explain-server-error = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が { $code } を返しています。原因はお使いの接続ではなく、サービスの障害です。
   *[no] { $portal } が { $code } を返しています。原因はお使いの接続ではなく、サービスの障害です。
}
explain-request-refused = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が、要求を { $code } で拒否しました。
   *[no] { $portal } が、要求を { $code } で拒否しました。
}
explain-unexpected-status = { $redirected ->
    [yes] { $portal } のリダイレクト先 { $host } が、予期しないステータス { $status } を返しました。
   *[no] { $portal } が、予期しないステータス { $status } を返しました。
}

# A second sentence after the 503 and 429 ones, when the service said when to retry.
# $wait is a span of time worded by the wait-* messages below ("再試行までの待ち時間は 2 時間です").
explain-retry-in = サービスによると、再試行までの待ち時間は { $wait }です。
explain-retry-now = サービスによると、今すぐ再試行できます。

# A span of time to wait (no plural forms in Japanese).
wait-days-hours = { $days } 日 { $hours } 時間
wait-days = { $days } 日
wait-hours-minutes = { $hours } 時間 { $minutes } 分
wait-hours = { $hours } 時間
wait-minutes = { $minutes } 分
wait-seconds = { $seconds } 秒
wait-less-than-a-minute = 1 分未満

# The overview's one line when every portal answers.
portals-all-normal = 確認したサインイン ポータル（{ $count } 件）は正常に応答しています。

# Under the portal checks, what the providers' status pages add to a failure.
# $feed is the status page's name ("Microsoft 365 status").
feeds-confirm-incident = プロバイダーがインシデントの発生を認めています（{ $feed }）。お使いの接続の問題ではありません。
feeds-maintenance = プロバイダーがメンテナンス中であると報告しています（{ $feed }）。お使いの接続ではなく、これが原因である可能性が高いです。
feeds-unreadable = プロバイダーのステータス ページを読み取れなかったため、プロバイダーが問題を把握しているかどうかはわかりません。
feeds-only-you = この問題はお使いの環境でのみ発生しているようです。プロバイダーのステータス ページではインシデントは報告されていません。
