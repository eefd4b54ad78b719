# This computer: the posture checks the organisation may require and the pre-flight of
# each method (the window's "このコンピューター" section and `mfa-ready device`), in Japanese
# (source: en/device.ftl). Settings paths as in methods.ftl: 「設定」→「アカウント」, with the
# names Windows, macOS and GNOME show in Japanese. Half-width space between Japanese and
# Latin/numbers.

device-title = このコンピューター
device-os = { $os }
device-check-again = もう一度確認
device-details = 読み取った内容

# The checks, by their policy ids.
device-check-os_supported = OS のバージョン
device-check-disk_encryption = ディスクの暗号化
device-check-screen_lock = 画面ロック
device-check-firewall = ファイアウォール
device-check-secure_boot = Secure Boot

device-status-pass = OK
device-status-fail = 未達成
device-status-unknown = 確認できません
device-required = { $org } で必須
device-not-required = 任意

# The verdict: one sentence, then what to do for each check that blocks.
device-meets = このコンピューターは { $org } の要件を満たしています。
device-does-not-meet = このコンピューターは { $org } の要件を満たしていません。
device-warn-unknown = 必須の設定の一部を、ここでは確認できませんでした。作業は続けられますが、IT 部門から確認を求められる場合があります。

# What to do, by fix and operating system.
device-fix-update_os-windows = 最新の Windows 更新プログラムをインストールするか（「設定」→「Windows Update」）、新しいバージョンの Windows を IT 部門に依頼してください。
device-fix-update_os-macos = 最新の macOS アップデートをインストールするか（「システム設定」→「一般」→「ソフトウェアアップデート」）、IT 部門にお問い合わせください。
device-fix-update_os-linux = この Linux のバージョンは、組織で認められているものより古くなっています。IT 部門にアップグレードを依頼してください。
device-fix-update_os-other = この OS は、組織で認められているものより古くなっています。IT 部門にお問い合わせください。
device-fix-encrypt_disk-windows = BitLocker をオンにするか（「設定」→「プライバシーとセキュリティ」→「デバイスの暗号化」）、IT 部門にお問い合わせください。
device-fix-encrypt_disk-macos = FileVault をオンにしてください（「システム設定」→「プライバシーとセキュリティ」→「FileVault」）。
device-fix-encrypt_disk-linux = ディスクが暗号化されていません。暗号化は Linux のインストール時に選択するものです。暗号化を有効にしてセットアップし直すよう、IT 部門に依頼してください。
device-fix-encrypt_disk-other = ディスクが暗号化されていません。IT 部門にお問い合わせください。
device-fix-turn_on_screen_lock-windows = 数分後に画面がロックされ、解除にパスワードまたは PIN が必要になるように設定してください（「設定」→「アカウント」→「サインイン オプション」）。
device-fix-turn_on_screen_lock-macos = スクリーンセーバーが始まったらすぐにパスワードを要求するように設定してください（「システム設定」→「ロック画面」）。
device-fix-turn_on_screen_lock-linux = 画面の自動ロックをオンにしてください（「設定」→「プライバシー」→「画面ロック」）。
device-fix-turn_on_screen_lock-other = 席を離れたときに画面がロックされ、解除にパスワードが必要になるように、IT 部門に設定を依頼してください。
device-fix-turn_on_firewall-windows = ファイアウォールをオンにしてください（「Windows セキュリティ」→「ファイアウォールとネットワーク保護」）。
device-fix-turn_on_firewall-macos = ファイアウォールをオンにしてください（「システム設定」→「ネットワーク」→「ファイアウォール」）。
device-fix-turn_on_firewall-linux = ファイアウォールがオフになっています。オンにするよう IT 部門に依頼してください。
device-fix-turn_on_firewall-other = ファイアウォールがオフになっています。オンにするよう IT 部門に依頼してください。
device-fix-turn_on_secure_boot-windows = Secure Boot がオフになっています。Secure Boot はコンピューターのファームウェア設定でオンにします。IT 部門にお問い合わせください。
device-fix-turn_on_secure_boot-macos = Secure Boot がオフになっています。IT 部門にお問い合わせください。
device-fix-turn_on_secure_boot-linux = Secure Boot がオフになっています。Secure Boot はコンピューターのファームウェア設定でオンにします。IT 部門にお問い合わせください。
device-fix-turn_on_secure_boot-other = Secure Boot がオフになっています。IT 部門にお問い合わせください。
device-fix-ask_it = このコンピューターでは確認できませんでした。IT 部門に確認してもらうことができます。
device-open-settings = 設定を開く

# Which method can be set up on this computer now.
device-preflight-title = このコンピューターで使える方法
device-preflight-ready = このコンピューターで利用可能
device-preflight-unknown = 確認できません
device-blocker-bluetooth_off = Bluetooth がオフになっています。オンにするか、セキュリティ キーを選んでください。
device-blocker-no_bluetooth = このコンピューターには Bluetooth がありません。スマートフォン自体のブラウザーでパスキーを設定するか、セキュリティ キーを選んでください。
device-blocker-browser_cannot = お使いのブラウザーでは、このコンピューターでスマートフォンのパスキーを使用できません。この手順では Chrome または Edge を使用してください。
device-blocker-no_key_plugged_in = セキュリティ キーが差し込まれていません。先にキーを差し込んでください。
device-blocker-hello_not_set_up = Windows Hello が設定されていません。「設定」→「アカウント」→「サインイン オプション」で PIN を追加してください。
device-blocker-hello_unavailable = このコンピューターでは Windows Hello を利用できません。別の方法を選んでください。
device-blocker-other_os = この方法は別の種類のコンピューター用です。別の方法を選んでください。

# `mfa-ready device`.
device-cli-title = このコンピューター：{ $os }
device-cli-check = { $check }：{ $status }
device-cli-preflight = { $method }：{ $state }
problem-settings-not-opened = 設定ページが開きませんでした。ご自身でコンピューターの設定を開くか、IT 部門にお問い合わせください。

# The report's "This computer" section.
device-f-os = オペレーティング システム
device-f-policy = 組織の要件
device-col-check = 確認項目
device-col-status = 結果
device-col-required = 必須
device-col-read = 読み取った内容
device-col-fix = 対処方法
