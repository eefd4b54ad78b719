# The sign-in methods as the window names and explains them, in Japanese (source:
# en/methods.ftl). Ids: method-<id>, -summary, -you-need, -step-<n> (1-based).
# device-* labels are nouns: window.ftl puts them in "{ $method }（{ $device }）" and
# "使用するデバイス：{ $device }"; -you-need follows "必要なもの：", so it is a noun phrase.
# Button labels are quoted as Microsoft's Japanese UI shows them, in 「」.

## Passkey on your phone
method-passkey = スマートフォンのパスキー
method-passkey-summary = 認証アプリに保存される、デバイスにバインドされたパスキーです。入力は不要で、偽のサイトでは使用できません。
method-passkey-you-need = 認証アプリをインストールし、Bluetooth をオンにして、画面ロックを設定したスマートフォン。
method-passkey-step-1 = 下の設定ページを開き、「サインイン方法の追加」を選択してから、「Microsoft Authenticator のパスキー」（またはお使いのプロバイダーのパスキーのオプション）を選択してください。
method-passkey-step-2 = 求められたら、スマートフォンのカメラで QR コードをスキャンしてください。
method-passkey-step-3 = PIN、指紋、または顔認証でスマートフォンのロックを解除して、パスキーを作成してください。
method-passkey-step-4 = 「仕事用のスマートフォン」など、見てわかる名前をパスキーに付けてください。

## Security key
method-security_key = セキュリティ キー
method-security_key-summary = USB または NFC で使う小型の FIDO2 キーです。最も強力な予備の方法で、スマートフォンを紛失しても使えます。
method-security_key-you-need = FIDO2 セキュリティ キー（ヘルプデスクにお問い合わせください。配布している組織も多くあります）と、空いている USB ポートまたは NFC。
method-security_key-step-1 = 下の設定ページを開き、「サインイン方法の追加」を選択してから、「セキュリティ キー」を選択してください。
method-security_key-step-2 = USB または NFC を選択し、求められたらキーを差し込むか、かざしてください。
method-security_key-step-3 = キーに PIN がまだない場合は、PIN（4 桁以上）を設定してください。
method-security_key-step-4 = キーのボタンにタッチしてから、「青いキー」などの名前を付けてください。
method-security_key-step-5 = キーは、キーリングに付けるなどして、スマートフォンとは別の安全な場所に保管してください。

## Windows Hello for Business
method-windows_hello = Windows Hello for Business
method-windows_hello-summary = 顔、指紋、または PIN で、この Windows PC にサインインします。
method-windows_hello-you-need = 組織に参加しているこの Windows コンピューターと、PIN（カメラや指紋リーダーは任意）。
method-windows_hello-step-1 = Windows の「設定」→「アカウント」→「サインイン オプション」を開いてください。
method-windows_hello-step-2 = 「PIN (Windows Hello)」で「セットアップ」を選択し、現在のサインイン情報で確認してください。
method-windows_hello-step-3 = ほかでは使っていない PIN を選んでください。
method-windows_hello-step-4 = 必要に応じて、同じページで顔認証や指紋認証も追加してください。

## Mac Platform SSO
method-platform_credential = Mac のプラットフォーム SSO
method-platform_credential-summary = Mac 自体がフィッシング耐性のある資格情報になり、Touch ID またはパスワードでロックを解除して使います。
method-platform_credential-you-need = 組織が管理し、ポータル サイト アプリがインストールされているこの Mac。
method-platform_credential-step-1 = Mac に表示される「登録が必要です」という通知を探し、「登録」をクリックしてください。
method-platform_credential-step-2 = ポータル サイトでサインインを求められたら、職場アカウントでサインインしてください。
method-platform_credential-step-3 = Touch ID または Mac のパスワードで確認してください。

## Smart card / certificate
method-certificate = スマート カード / 証明書
method-certificate-summary = 組織が発行したスマート カードまたは証明書です。
method-certificate-you-need = 組織が発行したスマート カードと、カード リーダー。
method-certificate-step-1 = スマート カードをお持ちでない場合は、ヘルプデスクに依頼してください。
method-certificate-step-2 = カードをリーダーに挿入し、求められたら PIN を入力してください。
method-certificate-step-3 = 下の設定ページを開き、カードがアカウントにリンクされていることを確認してください。

## Authenticator app
method-authenticator_app = 認証アプリ
method-authenticator_app-summary = 画面に表示された番号を入力して、スマートフォンでサインインを承認します。
method-authenticator_app-you-need = 組織が指定する認証アプリ（Microsoft Authenticator など）をインストールしたスマートフォン。
method-authenticator_app-step-1 = App Store または Google Play から、スマートフォンに認証アプリをインストールしてください。
method-authenticator_app-step-2 = このコンピューターで下の設定ページを開き、「サインイン方法の追加」を選択してから、「認証アプリ」を選択してください。
method-authenticator_app-step-3 = アプリで「+」をタップし、設定ページに表示された QR コードをスキャンしてください。
method-authenticator_app-step-4 = 画面に表示された番号を入力して、テスト通知を承認してください。

## Code generator app (TOTP)
method-software_oath = コード生成アプリ (TOTP)
method-software_oath-summary = 30 秒ごとに変わる 6 桁のコードを表示するアプリなら、どれでも使えます。
method-software_oath-you-need = スマートフォンのコード生成アプリ（Microsoft Authenticator、Google Authenticator など）。
method-software_oath-step-1 = 下の設定ページを開き、「サインイン方法の追加」を選択してから、「認証アプリ」→「別の認証アプリを使用します」を選択してください。
method-software_oath-step-2 = コード生成アプリでアカウントを追加し、QR コードをスキャンしてください。
method-software_oath-step-3 = アプリに表示された 6 桁のコードを設定ページに入力して、確認してください。

## Hardware code token
method-hardware_oath = ハードウェア トークン
method-hardware_oath-summary = 小さな画面にコードを表示する、キーホルダー型のトークンです。
method-hardware_oath-you-need = ヘルプデスクから受け取った OATH ハードウェア トークンと、そのシリアル番号。
method-hardware_oath-step-1 = ヘルプデスクからトークンを受け取ってください。ヘルプデスクがアカウントに割り当てます。
method-hardware_oath-step-2 = 下の設定ページを開き、「ハードウェア トークン」でトークンを探してください。
method-hardware_oath-step-3 = トークンのボタンを押し、表示されたコードを入力して有効にしてください。

## Text message (SMS)
method-phone_sms = テキスト メッセージ (SMS)
method-phone_sms-summary = 携帯電話番号にテキスト メッセージで送られるコードです。
method-phone_sms-you-need = テキスト メッセージを受信できる携帯電話番号。
method-phone_sms-step-1 = 下の設定ページを開き、「サインイン方法の追加」を選択してから、「電話」を選択してください。
method-phone_sms-step-2 = 国番号を付けて携帯電話番号を入力し、「コードを受け取る」を選択してください。
method-phone_sms-step-3 = テキスト メッセージで届いたコードを設定ページに入力してください。

## Phone call
method-phone_voice = 電話
method-phone_voice-summary = お使いの電話に自動音声の電話がかかってきます。# を押して承認します。
method-phone_voice-you-need = 応答できる電話番号（携帯電話または会社の電話）。
method-phone_voice-step-1 = 下の設定ページを開き、「サインイン方法の追加」を選択してから、「電話」または「会社電話」を選択してください。
method-phone_voice-step-2 = 国番号を付けて電話番号を入力し、「電話する」を選択してください。
method-phone_voice-step-3 = 電話に出て、指示されたら # を押してください。

## Recovery e-mail
method-email = 回復用メール
method-email-summary = パスワードのリセットに使う個人のメール アドレスです。サインイン方法には含まれません。
method-email-you-need = 個人のメール アドレス（職場のアドレスは不可）。
method-email-step-1 = 下の設定ページを開き、「サインイン方法の追加」を選択してから、「メール」を選択してください。
method-email-step-2 = 個人のメール アドレスを入力し、「次へ」を選択してください。
method-email-step-3 = そのメールボックスに届いたコードを入力してください。

## Where a method lives (what you lose it with)
device-phone = お使いのスマートフォン
device-this_computer = このコンピューター
device-hardware_key = ハードウェア キー
device-phone_number = お使いの電話番号
device-mailbox = お使いのメールボックス

## How strong a method is (badges)
tier-phishing_resistant = フィッシング耐性あり
tier-strong = 強力
tier-weak = 弱い
tier-recovery_only = 回復専用

## How a method is known to be there
source-verified = サービスで確認済み
source-self_attested = 設定済みとして記録（未確認）

## The verdict (badges)
verdict-ready = 準備完了
verdict-not_ready = 未完了
verdict-overdue = 期限超過
