<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Activities</name>
    <message>
        <source>Adding virtual disk &apos;{label}&apos; to VM</source>
        <translation>仮想ディスク“{label}”を仮想マシンに追加しています</translation>
    </message>
    <message>
        <source>Attaching virtual disk &apos;{name}&apos; to VM</source>
        <translation>仮想ディスク“{name}”を仮想マシンに接続しています</translation>
    </message>
    <message>
        <source>Activating virtual disk &apos;{disk}&apos; on VM</source>
        <translation>仮想マシンの仮想ディスク“{disk}”をアクティブ化しています</translation>
    </message>
    <message>
        <source>Deactivating virtual disk &apos;{disk}&apos; on VM</source>
        <translation>仮想マシンの仮想ディスク“{disk}”を非アクティブ化しています</translation>
    </message>
    <message>
        <source>Detaching virtual disk &apos;{disk_name}&apos; from VM</source>
        <translation>仮想マシンから仮想ディスク“{disk_name}”を切断しています</translation>
    </message>
    <message>
        <source>Deleting virtual disk &apos;{name}&apos; of VM</source>
        <translation>仮想マシンの仮想ディスク“{name}”を削除しています</translation>
    </message>
    <message>
        <source>Changing virtual disk &apos;{name}&apos;</source>
        <translation>仮想ディスク“{name}”を変更しています</translation>
    </message>
    <message>
        <source>Resizing virtual disk &apos;{name}&apos; to {size}</source>
        <translation>仮想ディスク“{name}”のサイズを {size} に変更しています</translation>
    </message>
    <message>
        <source>Moving virtual disk &apos;{name}&apos; to &apos;{sr}&apos; for</source>
        <translation>仮想ディスク“{name}”を“{sr}”に移動しています - 対象</translation>
    </message>
    <message>
        <source>Loading ISO &apos;{name}&apos; into the DVD drive of VM</source>
        <translation>ISO“{name}”を仮想マシンの DVD ドライブに挿入しています</translation>
    </message>
    <message>
        <source>Setting the DVD drive empty on VM</source>
        <translation>仮想マシンの DVD ドライブを空にしています</translation>
    </message>
    <message>
        <source>Creating a DVD drive for VM</source>
        <translation>仮想マシンの DVD ドライブを作成しています</translation>
    </message>
    <message>
        <source>Adding a network interface on &apos;{name}&apos; to VM</source>
        <translation>“{name}”のネットワーク インターフェイスを仮想マシンに追加しています</translation>
    </message>
    <message>
        <source>Changing network interface {device} of VM</source>
        <translation>仮想マシンのネットワーク インターフェイス {device} を変更しています</translation>
    </message>
    <message>
        <source>Removing network interface {device} from VM</source>
        <translation>仮想マシンからネットワーク インターフェイス {device} を削除しています</translation>
    </message>
    <message>
        <source>Migrating VM to &apos;{name}&apos;</source>
        <translation>仮想マシンを“{name}”に移行しています</translation>
    </message>
    <message>
        <source>Migrating VM to &apos;{name}&apos; in another pool</source>
        <translation>仮想マシンを別のプールの“{name}”に移行しています</translation>
    </message>
    <message>
        <source>Moving the storage of VM to &apos;{name}&apos;</source>
        <translation>仮想マシンのストレージを“{name}”に移動しています</translation>
    </message>
    <message>
        <source>Migrating virtual disk &apos;{name}&apos; to &apos;{sr}&apos; for</source>
        <translation>仮想ディスク“{name}”を“{sr}”に移行しています - 対象</translation>
    </message>
    <message>
        <source>Renaming {word}</source>
        <translation>{word}の名前を変更しています</translation>
    </message>
    <message>
        <source>Changing tags and folder of {word}</source>
        <translation>{word}のタグとフォルダーを変更しています</translation>
    </message>
    <message>
        <source>Scanning NICs on server &apos;{name}&apos;</source>
        <translation>サーバー“{name}”の NIC をスキャンしています</translation>
    </message>
    <message>
        <source>Adding server &apos;{name}&apos; to pool &apos;{pool}&apos;</source>
        <translation>サーバー“{name}”をプール“{pool}”に追加しています</translation>
    </message>
    <message>
        <source>Creating pool &apos;{name}&apos; with coordinator &apos;{master}&apos;</source>
        <translation>コーディネーター“{master}”でプール“{name}”を作成しています</translation>
    </message>
    <message>
        <source>Saving search &apos;{name}&apos; in</source>
        <translation>検索“{name}”を保存しています - 保存先</translation>
    </message>
    <message>
        <source>Deleting search &apos;{name}&apos; from</source>
        <translation>検索“{name}”を削除しています - 削除元</translation>
    </message>
    <message>
        <source>Exporting search &apos;{name}&apos; to</source>
        <translation>検索“{name}”をエクスポートしています - エクスポート先</translation>
    </message>
    <message>
        <source>Starting VM on &apos;{server}&apos;</source>
        <translation>“{server}”で仮想マシンを起動しています</translation>
    </message>
    <message>
        <source>Dismissing alerts</source>
        <translation>アラートを消去しています</translation>
    </message>
    <message>
        <source>Starting VM</source>
        <translation>仮想マシンを起動しています</translation>
    </message>
    <message>
        <source>Shutting down VM</source>
        <translation>仮想マシンをシャットダウンしています</translation>
    </message>
    <message>
        <source>Rebooting VM</source>
        <translation>仮想マシンを再起動しています</translation>
    </message>
    <message>
        <source>Suspending VM</source>
        <translation>仮想マシンを一時停止しています</translation>
    </message>
    <message>
        <source>Resuming VM</source>
        <translation>仮想マシンを再開しています</translation>
    </message>
    <message>
        <source>Pausing VM</source>
        <translation>仮想マシンを一時中断しています</translation>
    </message>
    <message>
        <source>Unpausing VM</source>
        <translation>仮想マシンの一時中断を解除しています</translation>
    </message>
    <message>
        <source>Forcing VM to shut down</source>
        <translation>仮想マシンを強制シャットダウンしています</translation>
    </message>
    <message>
        <source>Forcing VM to reboot</source>
        <translation>仮想マシンを強制再起動しています</translation>
    </message>
    <message>
        <source>Taking snapshot of VM</source>
        <translation>仮想マシンのスナップショットを作成しています</translation>
    </message>
    <message>
        <source>Deleting VM</source>
        <translation>仮想マシンを削除しています</translation>
    </message>
    <message>
        <source>Changing properties of VM</source>
        <translation>仮想マシンのプロパティを変更しています</translation>
    </message>
    <message>
        <source>Migrating VM</source>
        <translation>仮想マシンを移行しています</translation>
    </message>
    <message>
        <source>Moving VM storage</source>
        <translation>仮想マシンのストレージを移動しています</translation>
    </message>
    <message>
        <source>Migrating virtual disk</source>
        <translation>仮想ディスクを移行しています</translation>
    </message>
    <message>
        <source>Adding virtual disk</source>
        <translation>仮想ディスクを追加しています</translation>
    </message>
    <message>
        <source>Attaching virtual disk</source>
        <translation>仮想ディスクを接続しています</translation>
    </message>
    <message>
        <source>Activating virtual disk</source>
        <translation>仮想ディスクをアクティブにしています</translation>
    </message>
    <message>
        <source>Deactivating virtual disk</source>
        <translation>仮想ディスクを非アクティブにしています</translation>
    </message>
    <message>
        <source>Detaching virtual disk</source>
        <translation>仮想ディスクを切断しています</translation>
    </message>
    <message>
        <source>Deleting virtual disk</source>
        <translation>仮想ディスクを削除しています</translation>
    </message>
    <message>
        <source>Changing virtual disk</source>
        <translation>仮想ディスクを変更しています</translation>
    </message>
    <message>
        <source>Resizing virtual disk</source>
        <translation>仮想ディスクのサイズを変更しています</translation>
    </message>
    <message>
        <source>Moving virtual disk</source>
        <translation>仮想ディスクを移動しています</translation>
    </message>
    <message>
        <source>Saving performance graphs</source>
        <extracomment>The operation&apos;s title (translated where started, context ``Activities``).</extracomment>
        <translation>パフォーマンス グラフを保存しています</translation>
    </message>
    <message>
        <source>Enabling HA</source>
        <translation>HA を有効にしています</translation>
    </message>
    <message>
        <source>Disabling HA</source>
        <translation>HA を無効にしています</translation>
    </message>
    <message>
        <source>Creating SR</source>
        <translation>SR を作成しています</translation>
    </message>
    <message>
        <source>Reattaching SR</source>
        <translation>SR を再接続しています</translation>
    </message>
    <message>
        <source>Creating network</source>
        <translation>ネットワークを作成しています</translation>
    </message>
    <message>
        <source>Removing network</source>
        <translation>ネットワークを削除しています</translation>
    </message>
    <message>
        <source>Destroying bond</source>
        <translation>ボンドを破棄しています</translation>
    </message>
    <message>
        <source>Entering maintenance mode</source>
        <translation>メンテナンス モードを開始しています</translation>
    </message>
    <message>
        <source>Exiting maintenance mode</source>
        <translation>メンテナンス モードを終了しています</translation>
    </message>
    <message>
        <source>Rebooting server</source>
        <translation>サーバーを再起動しています</translation>
    </message>
    <message>
        <source>Powering on server</source>
        <translation>サーバーの電源を投入しています</translation>
    </message>
    <message>
        <source>Shutting down server</source>
        <translation>サーバーをシャットダウンしています</translation>
    </message>
    <message>
        <source>Restarting toolstack</source>
        <translation>ツールスタックを再起動しています</translation>
    </message>
    <message>
        <source>Adding network interface</source>
        <translation>ネットワーク インターフェイスを追加しています</translation>
    </message>
    <message>
        <source>Changing network interface</source>
        <translation>ネットワーク インターフェイスを変更しています</translation>
    </message>
    <message>
        <source>Removing network interface</source>
        <translation>ネットワーク インターフェイスを削除しています</translation>
    </message>
    <message>
        <source>Scanning NICs</source>
        <translation>NIC をスキャンしています</translation>
    </message>
    <message>
        <source>Reconfiguring server networking</source>
        <translation>サーバーのネットワークを再構成しています</translation>
    </message>
    <message>
        <source>Removing server from pool</source>
        <translation>プールからサーバーを削除しています</translation>
    </message>
    <message>
        <source>Nominating new coordinator</source>
        <translation>新しいコーディネーターを指定しています</translation>
    </message>
    <message>
        <source>Adding server to pool</source>
        <translation>サーバーをプールに追加しています</translation>
    </message>
    <message>
        <source>Creating pool</source>
        <translation>プールを作成しています</translation>
    </message>
    <message>
        <source>Changing properties of server</source>
        <translation>サーバーのプロパティを変更しています</translation>
    </message>
    <message>
        <source>Changing properties of pool</source>
        <translation>プールのプロパティを変更しています</translation>
    </message>
    <message>
        <source>Changing properties of SR</source>
        <translation>SR のプロパティを変更しています</translation>
    </message>
    <message>
        <source>Changing properties of network</source>
        <translation>ネットワークのプロパティを変更しています</translation>
    </message>
    <message>
        <source>Creating VM</source>
        <translation>仮想マシンを作成しています</translation>
    </message>
    <message>
        <source>Saving search</source>
        <translation>検索を保存しています</translation>
    </message>
    <message>
        <source>Deleting search</source>
        <translation>検索を削除しています</translation>
    </message>
    <message>
        <source>Exporting search</source>
        <translation>検索をエクスポートしています</translation>
    </message>
    <message>
        <source>Exporting server list</source>
        <translation>サーバー一覧をエクスポートしています</translation>
    </message>
    <message>
        <source>Importing server list</source>
        <translation>サーバー一覧をインポートしています</translation>
    </message>
    <message>
        <source>Deleting snapshot</source>
        <translation>スナップショットを削除しています</translation>
    </message>
    <message>
        <source>Reverting to snapshot</source>
        <translation>スナップショットに戻しています</translation>
    </message>
    <message>
        <source>Repairing SR</source>
        <translation>SR を修復しています</translation>
    </message>
    <message>
        <source>Detaching SR</source>
        <translation>SR を切断しています</translation>
    </message>
    <message>
        <source>Forgetting SR</source>
        <translation>SR を認識解除しています</translation>
    </message>
    <message>
        <source>Destroying SR</source>
        <translation>SR を破棄しています</translation>
    </message>
    <message>
        <source>Setting default SR</source>
        <translation>既定の SR を設定しています</translation>
    </message>
    <message>
        <source>Scanning SR</source>
        <translation>SR をスキャンしています</translation>
    </message>
    <message>
        <source>Reclaiming freed space</source>
        <translation>解放された領域を再利用しています</translation>
    </message>
    <message>
        <source>Collecting server status report</source>
        <translation>サーバーの状態レポートを収集しています</translation>
    </message>
    <message>
        <source>Cancelling task</source>
        <translation>タスクをキャンセルしています</translation>
    </message>
    <message>
        <source>Copying VM</source>
        <translation>仮想マシンをコピーしています</translation>
    </message>
    <message>
        <source>Converting VM to template</source>
        <translation>仮想マシンをテンプレートに変換しています</translation>
    </message>
    <message>
        <source>Creating template from snapshot</source>
        <translation>スナップショットからテンプレートを作成しています</translation>
    </message>
    <message>
        <source>Deleting template</source>
        <translation>テンプレートを削除しています</translation>
    </message>
    <message>
        <source>Exporting VM</source>
        <translation>仮想マシンをエクスポートしています</translation>
    </message>
    <message>
        <source>Importing VM</source>
        <translation>仮想マシンをインポートしています</translation>
    </message>
    <message>
        <source>Joining domain</source>
        <translation>ドメインに参加しています</translation>
    </message>
    <message>
        <source>Leaving domain</source>
        <translation>ドメインから脱退しています</translation>
    </message>
    <message>
        <source>Adding users</source>
        <translation>ユーザーを追加しています</translation>
    </message>
    <message>
        <source>Changing role</source>
        <translation>役割を変更しています</translation>
    </message>
    <message>
        <source>Removing user</source>
        <translation>ユーザーを削除しています</translation>
    </message>
    <message>
        <source>Creating snapshot schedule</source>
        <translation>スナップショット スケジュールを作成しています</translation>
    </message>
    <message>
        <source>Taking scheduled snapshots</source>
        <translation>スケジュールされたスナップショットを作成しています</translation>
    </message>
    <message>
        <source>Enabling snapshot schedule</source>
        <translation>スナップショット スケジュールを有効にしています</translation>
    </message>
    <message>
        <source>Disabling snapshot schedule</source>
        <translation>スナップショット スケジュールを無効にしています</translation>
    </message>
    <message>
        <source>Deleting snapshot schedule</source>
        <translation>スナップショット スケジュールを削除しています</translation>
    </message>
    <message>
        <source>Dismissing alert</source>
        <translation>アラートを消去しています</translation>
    </message>
    <message>
        <source>Dismissing %n alerts</source>
        <translation>%n 件のアラートを消去しています</translation>
    </message>
    <message>
        <source>Exporting server list to</source>
        <translation>サーバー一覧をエクスポートしています - エクスポート先</translation>
    </message>
    <message>
        <source>Importing server list from</source>
        <translation>サーバー一覧をインポートしています - インポート元</translation>
    </message>
    <message>
        <source>Copying template to &apos;{sr}&apos; as &apos;{name}&apos; from</source>
        <translation>テンプレートを“{sr}”に“{name}”としてコピーしています - コピー元</translation>
    </message>
    <message>
        <source>Copying VM to &apos;{sr}&apos; as &apos;{name}&apos; from</source>
        <translation>仮想マシンを“{sr}”に“{name}”としてコピーしています - コピー元</translation>
    </message>
    <message>
        <source>Copying template (fast clone) as &apos;{name}&apos; from</source>
        <translation>テンプレートを“{name}”としてコピーしています (高速クローン) - コピー元</translation>
    </message>
    <message>
        <source>Copying VM (fast clone) as &apos;{name}&apos; from</source>
        <translation>仮想マシンを“{name}”としてコピーしています (高速クローン) - コピー元</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>http:// is not encrypted: the password and everything else travel in the clear. Use it only on a network you trust.</source>
        <translation>http:// は暗号化されません。パスワードを含むすべてが平文で送信されます。信頼できるネットワークでのみ使用してください。</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>サーバーの追加</translation>
    </message>
    <message>
        <source>Connect to {server}</source>
        <translation>{server} に接続</translation>
    </message>
    <message>
        <source>Enter the address of a XenServer or XCP-ng host: the pool coordinator, or any pool member (you will be taken to the coordinator).</source>
        <translation>XenServer または XCP-ng ホストのアドレスを入力してください。プール コーディネーターまたは任意のプール メンバー (コーディネーターに転送されます) を指定できます。</translation>
    </message>
    <message>
        <source>host name or IP address, optionally :port</source>
        <translation>ホスト名または IP アドレス (必要に応じて :ポート)</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring)</source>
        <translation>パスワードを保存する (システムのキーリング内)(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;connect when the application starts</source>
        <translation>アプリケーションの起動時に再接続する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Enter a user name</source>
        <translation>ユーザー名を入力してください</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>{server} に接続しています…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>証明書についての判断を待っています…</translation>
    </message>
    <message>
        <source>{reason}. Enter the password again.</source>
        <translation>{reason}。パスワードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Host is a pool member; connecting to coordinator {coordinator}</source>
        <translation>ホストはプール メンバーです。コーディネーター {coordinator} に接続しています</translation>
    </message>
    <message>
        <source>{member} is a pool member: you were taken to its coordinator {coordinator}.</source>
        <translation>{member} はプール メンバーです。コーディネーター {coordinator} に転送されました。</translation>
    </message>
    <message>
        <source>The trusted certificate could not be saved: {error}</source>
        <translation>信頼した証明書を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Certificate changed: not connected.</source>
        <translation>証明書が変更されました。接続されていません。</translation>
    </message>
    <message>
        <source>Certificate not trusted: not connected.</source>
        <translation>証明書は信頼されていません。接続されていません。</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>証明書が拒否されました</translation>
    </message>
    <message>
        <source>The server list could not be saved: {error}</source>
        <translation>サーバー一覧を保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Alarms</name>
    <message>
        <source>CPU Usage Alarm</source>
        <extracomment>variable name -&gt; (title, description pattern, value kind); the words translated where an alert is made.</extracomment>
        <translation>CPU 使用率アラーム</translation>
    </message>
    <message>
        <source>CPU usage on {0} has been on average {1} for the last {2}.
This alarm is set to be triggered when CPU usage is more than {3}.</source>
        <translation>{0} の CPU 使用率は過去 {2} の平均が {1} です。
このアラームは CPU 使用率が {3} を超えると発生するよう設定されています。</translation>
    </message>
    <message>
        <source>Network Usage Alarm</source>
        <translation>ネットワーク使用率アラーム</translation>
    </message>
    <message>
        <source>Network usage on {0} has been on average {1} for the last {2}.
This alarm is set to be triggered when network usage is more than {3}.</source>
        <translation>{0} のネットワーク使用率は過去 {2} の平均が {1} です。
このアラームはネットワーク使用率が {3} を超えると発生するよう設定されています。</translation>
    </message>
    <message>
        <source>Disk Usage Alarm</source>
        <translation>ディスク使用率アラーム</translation>
    </message>
    <message>
        <source>Disk usage on {0} has been on average {1} for the last {2}.
This alarm is set to be triggered when disk usage is more than {3}.</source>
        <translation>{0} のディスク使用率は過去 {2} の平均が {1} です。
このアラームはディスク使用率が {3} を超えると発生するよう設定されています。</translation>
    </message>
    <message>
        <source>Memory Usage Alarm</source>
        <translation>メモリ使用率アラーム</translation>
    </message>
    <message>
        <source>Free memory on {0} has been {1} for the last {2}.
This alarm is set to be triggered when free memory falls below {3}.</source>
        <translation>{0} の空きメモリは過去 {2} の間 {1} です。
このアラームは空きメモリが {3} を下回ると発生するよう設定されています。</translation>
    </message>
    <message>
        <source>File System on Control Domain Full</source>
        <translation>コントロール ドメインのファイル システムがいっぱいです</translation>
    </message>
    <message>
        <source>Disk usage for the Control Domain on {0} has reached {1}. {4}&apos;s performance will be critically affected if this disk becomes full. Log files or other non-essential (user created) files should be removed.</source>
        <translation>{0} のコントロール ドメインのディスク使用率が {1} に達しました。このディスクがいっぱいになると {4} のパフォーマンスに重大な影響があります。ログ ファイルやその他の不要な (ユーザーが作成した) ファイルを削除してください。</translation>
    </message>
    <message>
        <source>File System on Logs Partition Full</source>
        <translation>ログ パーティションのファイル システムがいっぱいです</translation>
    </message>
    <message>
        <source>The disk usage for the Logs Partition on {0} has reached {1}. Logging will be critically affected if this disk becomes full. Old log files should be removed.</source>
        <translation>{0} のログ パーティションのディスク使用率が {1} に達しました。このディスクがいっぱいになるとログ記録に重大な影響があります。古いログ ファイルを削除してください。</translation>
    </message>
    <message>
        <source>Control Domain Memory Demand Alarm</source>
        <translation>コントロール ドメインのメモリ要求アラーム</translation>
    </message>
    <message>
        <source>The memory required by the control domain on {0} is {1} of its allocated memory. Occasional performance degradation can be expected when memory swapping is forced to happen.
This alarm is set to be triggered when the memory required by the control domain is above {3} of its allocated memory.</source>
        <translation>{0} のコントロール ドメインが必要とするメモリは割り当てメモリの {1} です。メモリのスワップが強制されると、パフォーマンスが一時的に低下することがあります。
このアラームはコントロール ドメインが必要とするメモリが割り当てメモリの {3} を超えると発生するよう設定されています。</translation>
    </message>
    <message>
        <source>SR Disk Space Alarm</source>
        <translation>SR ディスク領域アラーム</translation>
    </message>
    <message>
        <source>The physical utilization on {0} is about {1} of its capacity. 
This alarm is set to be triggered when the physical utilization of the SR goes above {3}.</source>
        <translation>{0} の物理使用率は容量の約 {1} です。
このアラームは SR の物理使用率が {3} を超えると発生するよう設定されています。</translation>
    </message>
    <message>
        <source>Storage Throughput Alarm</source>
        <translation>ストレージ スループット アラーム</translation>
    </message>
    <message>
        <source>The total read and write throughput of {0} on storage repository &apos;{5}&apos; has been {1} for the last {2}.
This alarm is set to be triggered when the total throughput exceeds {3}.</source>
        <translation>ストレージリポジトリ“{5}”での {0} の読み書きの合計スループットは過去 {2} の間 {1} です。
このアラームは合計スループットが {3} を超えると発生するよう設定されています。</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <extracomment>xapi&apos;s per-SR throughput variable: ``sr_io_throughput_total_&lt;first 8 of the SR uuid&gt;``. XenCenter raises these two above what xapi sent (a full dom0 disk stops the host).</extracomment>
        <translation>%n 秒</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>ごくわずか</translation>
    </message>
</context>
<context>
    <name>AlertBodies</name>
    <message>
        <source>Alarm &apos;{0}&apos; was not recognized.</source>
        <extracomment>The alert&apos;s text by message type (and the variants XenCenter picks by the body: ``-0``, ``-1``, ``-n``).</extracomment>
        <translation>アラーム“{0}”は認識されませんでした。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; failed to join the cluster.</source>
        <translation>サーバー“{0}”はクラスターに参加できませんでした。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has been fenced.</source>
        <translation>サーバー“{0}”はフェンスされました。</translation>
    </message>
    <message>
        <source>The external authentication service used within &apos;{0}&apos; is not consistent.</source>
        <translation>“{0}”内で使用されている外部認証サービスが一致していません。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has failed to connect to the Active Directory server.

{1}</source>
        <translation>サーバー“{0}”は Active Directory サーバーに接続できませんでした。

{1}</translation>
    </message>
    <message>
        <source>Space utilization on SR &apos;{0}&apos; has exceeded 80%.</source>
        <translation>SR“{0}”の領域使用率が 80% を超えました。</translation>
    </message>
    <message>
        <source>A grace license was issued for {0}. This was because the license server could not be reached, it is an out-of-date version, or because the host has recently been upgraded.</source>
        <translation>{0} に猶予ライセンスが発行されました。ライセンス サーバーに到達できなかったか、古いバージョンであるか、ホストが最近アップグレードされたためです。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is taking too long to respond to the HA networking heartbeat and may become fenced.</source>
        <translation>サーバー“{0}”は HA ネットワーク ハートビートへの応答に時間がかかりすぎているため、フェンスされる可能性があります。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has failed.</source>
        <translation>サーバー“{0}”で障害が発生しました。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; was fenced, and has now successfully restarted and rejoined the pool.</source>
        <translation>サーバー“{0}”はフェンスされましたが、正常に再起動してプールに再参加しました。</translation>
    </message>
    <message>
        <source>One of the paths in network bond &apos;{0}&apos; on server &apos;{1}&apos; has failed.  HA protection is at risk without it.</source>
        <translation>サーバー“{1}”のネットワーク ボンド“{0}”のパスの 1 つで障害が発生しました。このパスがないと HA 保護が危険にさらされます。</translation>
    </message>
    <message>
        <source>The failover tolerance for pool &apos;{0}&apos; has dropped to 0, and HA is no longer guaranteed.</source>
        <translation>プール“{0}”のフェールオーバー許容数が 0 に低下したため、HA は保証されなくなりました。</translation>
    </message>
    <message>
        <source>The failover tolerance for pool &apos;{0}&apos; has dropped.  HA is now only guaranteed for 1 host failure.</source>
        <translation>プール“{0}”のフェールオーバー許容数が低下しました。現在 HA が保証されるのは 1 台のホスト障害までです。</translation>
    </message>
    <message>
        <source>The failover tolerance for pool &apos;{0}&apos; has dropped.  HA is now only guaranteed for {1} host failures.</source>
        <translation>プール“{0}”のフェールオーバー許容数が低下しました。現在 HA が保証されるのは {1} 台のホスト障害までです。</translation>
    </message>
    <message>
        <source>The maximum number of server failures tolerable in pool &apos;{0}&apos; has fallen below the requested value.</source>
        <translation>プール“{0}”で許容できるサーバー障害の最大数が要求値を下回りました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos;, which is protected under HA, has failed to start.</source>
        <translation>HA で保護されている仮想マシン“{0}”の起動に失敗しました。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is taking too long to write to the heartbeat storage and may become fenced.</source>
        <translation>サーバー“{0}”はハートビート ストレージへの書き込みに時間がかかりすぎているため、フェンスされる可能性があります。</translation>
    </message>
    <message>
        <source>The servers in pool &apos;{0}&apos; cannot access the heartbeat SR. HA protection is severely impaired without it.</source>
        <translation>プール“{0}”のサーバーはハートビート SR にアクセスできません。この SR がないと HA 保護は大きく損なわれます。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is taking too long to respond and may become fenced.</source>
        <translation>サーバー“{0}”は応答に時間がかかりすぎているため、フェンスされる可能性があります。</translation>
    </message>
    <message>
        <source>The clock on server &apos;{0}&apos; is not synchronized with the other servers in pool &apos;{1}&apos;.  This can lead to errors when migrating virtual machines, and also affect any performance data collected in the future.</source>
        <translation>サーバー“{0}”の時計はプール“{1}”の他のサーバーと同期していません。仮想マシンの移行時にエラーが発生したり、今後収集されるパフォーマンス データに影響したりすることがあります。</translation>
    </message>
    <message>
        <source>The server clock on &apos;{0}&apos; has gone backwards.</source>
        <translation>“{0}”のサーバーの時計が逆行しました。</translation>
    </message>
    <message>
        <source>The CPU feature level on host &apos;{0}&apos; has been reduced.</source>
        <translation>ホスト“{0}”の CPU 機能レベルが低下しました。</translation>
    </message>
    <message>
        <source>The CPU feature level on host &apos;{0}&apos; has been increased.</source>
        <translation>ホスト“{0}”の CPU 機能レベルが向上しました。</translation>
    </message>
    <message>
        <source>There was a temporary failure synchronizing performance statistics across the pool, probably because one or more servers were offline.  Another synchronization attempt will be made later.</source>
        <translation>プール全体でのパフォーマンス統計の同期に一時的に失敗しました。1 台以上のサーバーがオフラインだった可能性があります。後で再度同期が試行されます。</translation>
    </message>
    <message>
        <source>The license on server &apos;{0}&apos; has expired or been changed, pooling is no longer supported.</source>
        <translation>サーバー“{0}”のライセンスが期限切れか変更されたため、プールはサポートされなくなりました。</translation>
    </message>
    <message>
        <source>The license for {0} has expired.</source>
        <translation>{0} のライセンスの有効期限が切れました。</translation>
    </message>
    <message>
        <source>The license on host &apos;{0}&apos; will expire within 30 days.</source>
        <translation>ホスト“{0}”のライセンスは 30 日以内に有効期限が切れます。</translation>
    </message>
    <message>
        <source>The requested license is not available for {0}.</source>
        <translation>要求されたライセンスは {0} で使用できません。</translation>
    </message>
    <message>
        <source>The server {0} has successfully connected to the license server.</source>
        <translation>サーバー {0} はライセンス サーバーに正常に接続しました。</translation>
    </message>
    <message>
        <source>The server {0} has disconnected from the license server.</source>
        <translation>サーバー {0} はライセンス サーバーから切断されました。</translation>
    </message>
    <message>
        <source>A license for {0} could not be checked-out because the license server could not be reached at the given address and port. Please check the connection details, and verify that the license server is running.</source>
        <translation>指定されたアドレスとポートでライセンス サーバーに到達できなかったため、{0} のライセンスをチェックアウトできませんでした。接続の詳細を確認し、ライセンス サーバーが実行中であることを確認してください。</translation>
    </message>
    <message>
        <source>The license server for {0} is an out-of-date version.</source>
        <translation>{0} のライセンス サーバーは古いバージョンです。</translation>
    </message>
    <message>
        <source>Pool &apos;{0}&apos; is unable to access the HA metadata disk. Until access is restored changes to the pool metadata may be lost in the event of an HA failover.</source>
        <translation>プール“{0}”は HA メタデータ ディスクにアクセスできません。アクセスが回復するまでは、HA フェールオーバーが発生するとプール メタデータへの変更が失われる可能性があります。</translation>
    </message>
    <message>
        <source>Pool &apos;{0}&apos; successfully accessed the HA metadata disk after a previous failure and can perform a successful recovery in the event of an HA failover.</source>
        <translation>プール“{0}”は前回の障害の後 HA メタデータ ディスクに正常にアクセスしました。HA フェールオーバーが発生しても正常に回復できます。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has experienced a change in multipath status. Currently {1} out of {2} paths are active. See the application logs for the full details.</source>
        <translation>サーバー“{0}”のマルチパスの状態が変化しました。現在 {2} 個のパスのうち {1} 個がアクティブです。詳細はアプリケーション ログを参照してください。</translation>
    </message>
    <message>
        <source>Servers in pool &apos;{0}&apos; have experienced a change in multipath status. Currently all paths are active. See the application logs for the full details.</source>
        <translation>プール“{0}”のサーバーのマルチパスの状態が変化しました。現在すべてのパスがアクティブです。詳細はアプリケーション ログを参照してください。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has experienced a change in multipath status. Currently all paths are active. See the application logs for the full details.</source>
        <translation>サーバー“{0}”のマルチパスの状態が変化しました。現在すべてのパスがアクティブです。詳細はアプリケーション ログを参照してください。</translation>
    </message>
    <message>
        <source>Servers in pool &apos;{0}&apos; have experienced a change in multipath status. Currently the following servers have inactive paths: {1}. See the application logs for the full details.</source>
        <translation>プール“{0}”のサーバーのマルチパスの状態が変化しました。現在次のサーバーに非アクティブなパスがあります: {1}。詳細はアプリケーション ログを参照してください。</translation>
    </message>
    <message>
        <source>A storage repository could not be attached when server &apos;{0}&apos; started.</source>
        <translation>サーバー“{0}”の起動時にストレージリポジトリを接続できませんでした。</translation>
    </message>
    <message>
        <source>The CPU feature level on pool &apos;{0}&apos; has been reduced.</source>
        <translation>プール“{0}”の CPU 機能レベルが低下しました。</translation>
    </message>
    <message>
        <source>The CPU feature level on pool &apos;{0}&apos; has been increased.</source>
        <translation>プール“{0}”の CPU 機能レベルが向上しました。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is now the coordinator of pool &apos;{1}&apos;.</source>
        <translation>サーバー“{0}”がプール“{1}”のコーディネーターになりました。</translation>
    </message>
    <message>
        <source>Unable to setup PVS-Accelerator on VM &apos;{0}&apos;. No cache storage found on site &apos;{1}&apos;.</source>
        <translation>仮想マシン“{0}”で PVS-Accelerator をセットアップできません。サイト“{1}”にキャッシュ ストレージが見つかりません。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on the pool, but overridden on server &apos;{0}&apos;.</source>
        <translation>プールでは証明書の検証が有効ですが、サーバー“{0}”では上書きされています。</translation>
    </message>
    <message>
        <source>Quality of Service settings for disk &apos;{0}&apos; on virtual machine &apos;{1}&apos; could not be obeyed.</source>
        <translation>仮想マシン“{1}”のディスク“{0}”のサービス品質設定を順守できませんでした。</translation>
    </message>
    <message>
        <source>Quality of Service settings for VCPU &apos;{0}&apos; on virtual machine &apos;{1}&apos; could not be obeyed.</source>
        <translation>仮想マシン“{1}”の VCPU“{0}”のサービス品質設定を順守できませんでした。</translation>
    </message>
    <message>
        <source>Changed block tracking has been disabled for virtual disk {0} due to inconsistent metadata. To continue using changed block tracking with this virtual disk, you will need to do the backup setup again, including re-enabling changed block tracking, taking a snapshot and backing it up.</source>
        <translation>メタデータの不整合のため、仮想ディスク {0} の変更ブロック追跡が無効になりました。この仮想ディスクで変更ブロック追跡を引き続き使用するには、変更ブロック追跡の再有効化、スナップショットの作成とバックアップなど、バックアップのセットアップをやり直す必要があります。</translation>
    </message>
    <message>
        <source>Changed block tracking has been disabled for virtual disk {0} due to a resizing failure. To continue using changed block tracking with this virtual disk, you will need to do the backup setup again, including re-enabling changed block tracking, taking a snapshot and backing it up.</source>
        <translation>サイズ変更の失敗のため、仮想ディスク {0} の変更ブロック追跡が無効になりました。この仮想ディスクで変更ブロック追跡を引き続き使用するには、変更ブロック追跡の再有効化、スナップショットの作成とバックアップなど、バックアップのセットアップをやり直す必要があります。</translation>
    </message>
    <message>
        <source>Changed block tracking has been disabled for virtual disk {0} due to a snapshot failure. To continue using changed block tracking with this virtual disk, you will need to do the backup setup again, including re-enabling changed block tracking, taking a snapshot and backing it up.</source>
        <translation>スナップショットの失敗のため、仮想ディスク {0} の変更ブロック追跡が無効になりました。この仮想ディスクで変更ブロック追跡を引き続き使用するには、変更ブロック追跡の再有効化、スナップショットの作成とバックアップなど、バックアップのセットアップをやり直す必要があります。</translation>
    </message>
    <message>
        <source>Quality of Service settings for network interface &apos;{0}&apos; on virtual machine &apos;{1}&apos; could not be obeyed.</source>
        <translation>仮想マシン“{1}”のネットワーク インターフェイス“{0}”のサービス品質設定を順守できませんでした。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been cloned.</source>
        <translation>仮想マシン“{0}”が複製されました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has crashed</source>
        <translation>仮想マシン“{0}”がクラッシュしました</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been rebooted.</source>
        <translation>仮想マシン“{0}”が再起動されました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been resumed.</source>
        <translation>仮想マシン“{0}”が再開されました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; failed to pass Secure Boot verification.</source>
        <translation>仮想マシン“{0}”はセキュア ブートの検証に失敗しました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been shut down.</source>
        <translation>仮想マシン“{0}”がシャットダウンされました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been started.</source>
        <translation>仮想マシン“{0}”が起動されました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been suspended.</source>
        <translation>仮想マシン“{0}”が一時停止されました。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; did not reduce its memory usage when requested.</source>
        <translation>仮想マシン“{0}”は要求されたときにメモリ使用量を減らしませんでした。</translation>
    </message>
    <message>
        <source>The server license you are using does not allow you to use the Scheduled Snapshots feature.</source>
        <translation>ご使用のサーバー ライセンスでは、スケジュールされたスナップショット機能を使用できません。</translation>
    </message>
    <message>
        <source>The snapshot schedule &apos;{0}&apos; failed because a snapshot could not be created.</source>
        <translation>スナップショットを作成できなかったため、スナップショット スケジュール“{0}”は失敗しました。</translation>
    </message>
    <message>
        <source>Unable to create snapshots at this time because a scheduled snapshot operation is already in progress in this pool. Only one scheduled snapshot operation can run at a time in the same pool. Please check that the snapshot schedules in this pool do not clash.</source>
        <translation>このプールではスケジュールされたスナップショット操作が既に実行中のため、現在スナップショットを作成できません。同じプールで一度に実行できるスケジュールされたスナップショット操作は 1 つだけです。このプールのスナップショット スケジュールが競合していないか確認してください。</translation>
    </message>
    <message>
        <source>Unable to create snapshots at this time because the scheduled snapshot operation for this policy is already in progress. Please try again later.</source>
        <translation>このポリシーのスケジュールされたスナップショット操作が既に実行中のため、現在スナップショットを作成できません。後でもう一度実行してください。</translation>
    </message>
    <message>
        <source>Snapshot schedule succeeded</source>
        <translation>スナップショット スケジュールが成功しました</translation>
    </message>
    <message>
        <source>Snapshot schedule  XAPI logon failure</source>
        <translation>スナップショット スケジュールの XAPI ログオンに失敗しました</translation>
    </message>
    <message>
        <source>Pool &apos;{0}&apos; failed to retrieve placement recommendations from WLB for &apos;{1}&apos;.</source>
        <translation>プール“{0}”は WLB から“{1}”の配置の推奨を取得できませんでした。</translation>
    </message>
    <message>
        <source>WLB reports that the pool &apos;{0}&apos; is in need of optimization. The pool optimization mode is set to &apos;{1}&apos; and the severity of the alert is &apos;{2}&apos;.</source>
        <translation>WLB の報告によると、プール“{0}”は最適化が必要です。プールの最適化モードは“{1}”に設定されており、アラートの重大度は“{2}”です。</translation>
    </message>
</context>
<context>
    <name>AlertTitles</name>
    <message>
        <source>Cannot reclaim freed space because the SR is already busy</source>
        <translation>SR が使用中のため、解放された領域を再利用できません</translation>
    </message>
    <message>
        <source>An unknown error occurred when reclaiming freed space</source>
        <translation>解放された領域の再利用中に不明なエラーが発生しました</translation>
    </message>
    <message>
        <source>Reclaiming freed space not supported on this SR</source>
        <translation>この SR では解放された領域の再利用はサポートされていません</translation>
    </message>
    <message>
        <source>Unrecognized alarm</source>
        <translation>認識されないアラーム</translation>
    </message>
    <message>
        <source>Bond status has changed</source>
        <translation>ボンドの状態が変化しました</translation>
    </message>
    <message>
        <source>Server failed to join the cluster</source>
        <translation>サーバーはクラスターに参加できませんでした</translation>
    </message>
    <message>
        <source>Server has been fenced</source>
        <translation>サーバーはフェンスされました</translation>
    </message>
    <message>
        <source>Authentication method is not consistent across the Pool</source>
        <translation>プール全体で認証方法が一致していません</translation>
    </message>
    <message>
        <source>Active Directory authorization is not available</source>
        <translation>Active Directory 認証を使用できません</translation>
    </message>
    <message>
        <source>Storage repository low on space</source>
        <translation>ストレージリポジトリの空き領域が不足しています</translation>
    </message>
    <message>
        <source>Grace license issued.</source>
        <translation>猶予ライセンスが発行されました。</translation>
    </message>
    <message>
        <source>HA heartbeat approaching timeout</source>
        <translation>HA ハートビートがタイムアウトに近づいています</translation>
    </message>
    <message>
        <source>Server failed</source>
        <translation>サーバー障害</translation>
    </message>
    <message>
        <source>Server recovered</source>
        <translation>サーバーが回復しました</translation>
    </message>
    <message>
        <source>HA network bonding error</source>
        <translation>HA ネットワーク ボンディング エラー</translation>
    </message>
    <message>
        <source>Drop in HA failover tolerance</source>
        <translation>HA フェールオーバー許容数の低下</translation>
    </message>
    <message>
        <source>HA-protected VM failed to restart</source>
        <translation>HA で保護された仮想マシンの再起動に失敗しました</translation>
    </message>
    <message>
        <source>Heartbeat SR approaching timeout</source>
        <translation>ハートビート SR がタイムアウトに近づいています</translation>
    </message>
    <message>
        <source>Heartbeat SR lost</source>
        <translation>ハートビート SR が失われました</translation>
    </message>
    <message>
        <source>Server healthcheck approaching timeout</source>
        <translation>サーバーの正常性チェックがタイムアウトに近づいています</translation>
    </message>
    <message>
        <source>Server clock not synchronized</source>
        <translation>サーバーの時計が同期していません</translation>
    </message>
    <message>
        <source>Server clock has gone backwards</source>
        <translation>サーバーの時計が逆行しました</translation>
    </message>
    <message>
        <source>Host CPU features reduced</source>
        <translation>ホストの CPU 機能が低下しました</translation>
    </message>
    <message>
        <source>Host CPU features increased</source>
        <translation>ホストの CPU 機能が向上しました</translation>
    </message>
    <message>
        <source>Server statistics synchronization failed</source>
        <translation>サーバー統計の同期に失敗しました</translation>
    </message>
    <message>
        <source>Network configuration issue</source>
        <translation>ネットワーク構成の問題</translation>
    </message>
    <message>
        <source>License does not support pooling</source>
        <translation>ライセンスはプールをサポートしていません</translation>
    </message>
    <message>
        <source>License Expired.</source>
        <translation>ライセンスの有効期限が切れました。</translation>
    </message>
    <message>
        <source>License expires soon</source>
        <translation>ライセンスの有効期限が近づいています</translation>
    </message>
    <message>
        <source>A license was not available.</source>
        <translation>ライセンスを使用できませんでした。</translation>
    </message>
    <message>
        <source>License server connection successful.</source>
        <translation>ライセンス サーバーへの接続に成功しました。</translation>
    </message>
    <message>
        <source>Server disconnected from license server.</source>
        <translation>サーバーはライセンス サーバーから切断されました。</translation>
    </message>
    <message>
        <source>The license server could not be reached.</source>
        <translation>ライセンス サーバーに到達できませんでした。</translation>
    </message>
    <message>
        <source>The license server is an out-of-date version.</source>
        <translation>ライセンス サーバーは古いバージョンです。</translation>
    </message>
    <message>
        <source>Lost access to HA metadata disk</source>
        <translation>HA メタデータ ディスクへのアクセスが失われました</translation>
    </message>
    <message>
        <source>Restored access to HA metadata disk</source>
        <translation>HA メタデータ ディスクへのアクセスが回復しました</translation>
    </message>
    <message>
        <source>Multipath Alert</source>
        <translation>マルチパス アラート</translation>
    </message>
    <message>
        <source>Failed to attach storage on server start</source>
        <translation>サーバーの起動時にストレージを接続できませんでした</translation>
    </message>
    <message>
        <source>Pool CPU features reduced</source>
        <translation>プールの CPU 機能が低下しました</translation>
    </message>
    <message>
        <source>Pool CPU features increased</source>
        <translation>プールの CPU 機能が向上しました</translation>
    </message>
    <message>
        <source>Pool coordinator changed</source>
        <translation>プール コーディネーターが変更されました</translation>
    </message>
    <message>
        <source>No cache storage available for PVS site</source>
        <translation>PVS サイトで使用できるキャッシュ ストレージがありません</translation>
    </message>
    <message>
        <source>PVS proxy setup failed</source>
        <translation>PVS プロキシのセットアップに失敗しました</translation>
    </message>
    <message>
        <source>Certificate verification is disabled.</source>
        <translation>証明書の検証が無効です。</translation>
    </message>
    <message>
        <source>VM Disk QoS Failed</source>
        <translation>仮想マシンのディスク QoS に失敗しました</translation>
    </message>
    <message>
        <source>VM vCPU QoS Failed</source>
        <translation>仮想マシンの vCPU QoS に失敗しました</translation>
    </message>
    <message>
        <source>Changed block tracking disabled due to inconsistent metadata</source>
        <translation>メタデータの不整合のため変更ブロック追跡が無効になりました</translation>
    </message>
    <message>
        <source>Changed block tracking disabled due to a virtual disk resizing failure</source>
        <translation>仮想ディスクのサイズ変更の失敗のため変更ブロック追跡が無効になりました</translation>
    </message>
    <message>
        <source>Changed block tracking disabled due to a snapshot failure</source>
        <translation>スナップショットの失敗のため変更ブロック追跡が無効になりました</translation>
    </message>
    <message>
        <source>VM Network Interface QoS Failed</source>
        <translation>仮想マシンのネットワーク インターフェイス QoS に失敗しました</translation>
    </message>
    <message>
        <source>Snapshot of disks and memory for virtual machine has been created</source>
        <translation>仮想マシンのディスクとメモリのスナップショットが作成されました</translation>
    </message>
    <message>
        <source>VM Cloned</source>
        <translation>仮想マシンが複製されました</translation>
    </message>
    <message>
        <source>VM Crashed</source>
        <translation>仮想マシンがクラッシュしました</translation>
    </message>
    <message>
        <source>Virtual machine has been migrated</source>
        <translation>仮想マシンが移行されました</translation>
    </message>
    <message>
        <source>Virtual machine has been paused</source>
        <translation>仮想マシンが一時中断されました</translation>
    </message>
    <message>
        <source>VM Rebooted</source>
        <translation>仮想マシンが再起動されました</translation>
    </message>
    <message>
        <source>VM Resumed</source>
        <translation>仮想マシンが再開されました</translation>
    </message>
    <message>
        <source>VM Secure Boot verification failed</source>
        <translation>仮想マシンのセキュア ブートの検証に失敗しました</translation>
    </message>
    <message>
        <source>VM Shut down</source>
        <translation>仮想マシンがシャットダウンされました</translation>
    </message>
    <message>
        <source>Virtual machine has been reverted to snapshot</source>
        <translation>仮想マシンがスナップショットに戻されました</translation>
    </message>
    <message>
        <source>Snapshot of disks for virtual machine has been created</source>
        <translation>仮想マシンのディスクのスナップショットが作成されました</translation>
    </message>
    <message>
        <source>VM Started</source>
        <translation>仮想マシンが起動されました</translation>
    </message>
    <message>
        <source>VM Suspended</source>
        <translation>仮想マシンが一時停止されました</translation>
    </message>
    <message>
        <source>VM Uncooperative</source>
        <translation>仮想マシンが非協調的です</translation>
    </message>
    <message>
        <source>Virtual machine has been unpaused</source>
        <translation>仮想マシンの一時中断が解除されました</translation>
    </message>
    <message>
        <source>Snapshot schedule failed: insufficient license for Scheduled snapshots</source>
        <translation>スナップショット スケジュールが失敗しました: スケジュールされたスナップショットのライセンスが不足しています</translation>
    </message>
    <message>
        <source>Snapshot schedule failed</source>
        <translation>スナップショット スケジュールが失敗しました</translation>
    </message>
    <message>
        <source>Snapshot schedule succeeded</source>
        <translation>スナップショット スケジュールが成功しました</translation>
    </message>
    <message>
        <source>Snapshot schedule XAPI logon failure</source>
        <translation>スナップショット スケジュールの XAPI ログオンに失敗しました</translation>
    </message>
    <message>
        <source>WLB consultation has failed</source>
        <translation>WLB への問い合わせに失敗しました</translation>
    </message>
    <message>
        <source>WLB Host Power Off</source>
        <translation>WLB ホストの電源オフ</translation>
    </message>
    <message>
        <source>WLB Host Power On</source>
        <translation>WLB ホストの電源オン</translation>
    </message>
    <message>
        <source>WLB optimization alert</source>
        <translation>WLB 最適化アラート</translation>
    </message>
    <message>
        <source>WLB Server Time Discrepancy</source>
        <translation>WLB サーバーの時刻の不一致</translation>
    </message>
    <message>
        <source>WLB VM Relocation</source>
        <translation>WLB 仮想マシンの再配置</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Critical</source>
        <extracomment>priority -&gt; XenCenter&apos;s severity words (its SEVERITY_FILTER_n and their details), translated where shown (context ``Alerts``).</extracomment>
        <translation>重大</translation>
    </message>
    <message>
        <source>Data loss imminent</source>
        <translation>データ損失の危険</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Service loss imminent</source>
        <translation>サービス停止の危険</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Service degraded</source>
        <translation>サービス低下</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Service recovered</source>
        <translation>サービス回復</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>情報提供</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation>重大度不明</translation>
    </message>
    <message>
        <source>Server identity certificate on {0}</source>
        <extracomment>Types whose text names only the object. Types whose text names the object, then its pool.</extracomment>
        <translation>{0} のサーバー ID 証明書</translation>
    </message>
    <message>
        <source>The identity certificate of server &apos;{0}&apos;</source>
        <translation>サーバー“{0}”の ID 証明書</translation>
    </message>
    <message>
        <source>Server internal identity certificate on {0}</source>
        <translation>{0} のサーバー内部 ID 証明書</translation>
    </message>
    <message>
        <source>The internal identity certificate of server &apos;{0}&apos;</source>
        <translation>サーバー“{0}”の内部 ID 証明書</translation>
    </message>
    <message>
        <source>Trusted CA certificate on {0}</source>
        <translation>{0} の信頼された CA 証明書</translation>
    </message>
    <message>
        <source>A trusted CA certificate of &apos;{0}&apos;</source>
        <translation>“{0}”の信頼された CA 証明書</translation>
    </message>
    <message>
        <source>pool &apos;{0}&apos;</source>
        <extracomment>The message ``cls`` -&gt; the cache&apos;s class.</extracomment>
        <translation>プール“{0}”</translation>
    </message>
    <message>
        <source>server &apos;{0}&apos;</source>
        <translation>サーバー“{0}”</translation>
    </message>
    <message>
        <source>VM &apos;{0}&apos;</source>
        <translation>仮想マシン“{0}”</translation>
    </message>
    <message>
        <source>storage repository &apos;{0}&apos;</source>
        <translation>ストレージリポジトリ“{0}”</translation>
    </message>
    <message>
        <source>unknown object</source>
        <translation>不明なオブジェクト</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>{title} expiring in %n day(s)</source>
        <translation>{title}の有効期限まであと %n 日</translation>
    </message>
    <message>
        <source>{subject} will expire on {date}.</source>
        <translation>{subject}は {date} に有効期限が切れます。</translation>
    </message>
    <message>
        <source>{subject} expired on {date}.</source>
        <translation>{subject}は {date} に有効期限が切れました。</translation>
    </message>
    <message>
        <source>{subject} expired.</source>
        <translation>{subject}の有効期限が切れました。</translation>
    </message>
    <message>
        <source>{title} expired</source>
        <translation>{title}の有効期限切れ</translation>
    </message>
    <message>
        <source>{name}: {title}</source>
        <translation>{name}：{title}</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Filter by Severity</source>
        <translation>重要度でフィルター</translation>
    </message>
    <message>
        <source>Filter by Server</source>
        <translation>サーバーでフィルター</translation>
    </message>
    <message>
        <source>Filter by Date</source>
        <translation>日付でフィルター</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>アラートを検索</translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>すべて無視</translation>
    </message>
    <message>
        <source>Dismiss Selected</source>
        <translation>選択項目を無視</translation>
    </message>
    <message>
        <source>Export All...</source>
        <translation>すべてエクスポート...</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Alerts found: {count}</source>
        <translation>見つかったアラート: {count}</translation>
    </message>
    <message>
        <source>Total alerts: {count}</source>
        <translation>アラートの合計: {count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an alert to read it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;アラートを選択すると内容が表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation>アラートの無視</translation>
    </message>
    <message>
        <source>You have applied filters to the list of alerts. Only the alerts you have chosen to view ({count}) will be dismissed; they will be removed from the servers permanently.</source>
        <translation>アラートの一覧にフィルターが適用されています。表示対象として選択したアラート ({count} 件) のみが無視され、サーバーから完全に削除されます。</translation>
    </message>
    <message>
        <source>Dismiss Visible</source>
        <translation>表示中のアラートを無視</translation>
    </message>
    <message>
        <source>Go to Object</source>
        <translation>オブジェクトへ移動</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>すべてエクスポート</translation>
    </message>
    <message>
        <source>Comma separated values (*.csv);;All files (*)</source>
        <translation>コンマ区切り値 (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The alerts could not be saved to {path}: {error}.</source>
        <translation>アラートを {path} に保存できませんでした: {error}。</translation>
    </message>
</context>
<context>
    <name>CertificateDialogs</name>
    <message>
        <source>XenServer and XCP-ng hosts usually present a self-signed certificate. Trust it only if its fingerprint matches the one the host shows, e.g. on the host&apos;s console:</source>
        <translation>XenServer と XCP-ng のホストは通常、自己署名証明書を提示します。その拇印がホストに表示されるもの (ホストのコンソールなど) と一致する場合にのみ信頼してください:</translation>
    </message>
    <message>
        <source>VNC servers usually present a self-signed certificate. Trust it only if its fingerprint matches the one of the certificate the server was started with (TigerVNC: its -X509Cert file; QEMU: server-cert.pem in its tls-creds directory):</source>
        <translation>VNC サーバーは通常、自己署名証明書を提示します。その拇印がサーバーの起動に使用された証明書 (TigerVNC: -X509Cert ファイル、QEMU: tls-creds ディレクトリの server-cert.pem) のものと一致する場合にのみ信頼してください:</translation>
    </message>
    <message>
        <source>from {start} until {end} (not valid yet)</source>
        <translation>{start} から {end} まで (まだ有効ではありません)</translation>
    </message>
    <message>
        <source>from {start} until {end} (expired)</source>
        <translation>{start} から {end} まで (期限切れ)</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>{start} から {end} まで</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>不明な証明書</translation>
    </message>
    <message>
        <source>The certificate of {address} is not trusted by this computer</source>
        <translation>{address} の証明書はこのコンピューターで信頼されていません</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 拇印:</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>信頼して接続(&amp;T)</translation>
    </message>
    <message>
        <source>The host presented a different certificate from the one the pool says it has (the pool publishes each server&apos;s certificate). That is expected after the certificate was renewed or the host reinstalled, but it is also what someone intercepting the connection would cause. &lt;b&gt;The connection was refused.&lt;/b&gt; Ask the host&apos;s administrator for the new fingerprint before accepting it.</source>
        <translation>ホストが提示した証明書は、プールが示す証明書 (プールは各サーバーの証明書を公開しています) と異なります。証明書の更新やホストの再インストール後には起こり得ますが、接続を傍受された場合にも起こります。&lt;b&gt;接続は拒否されました。&lt;/b&gt;受け入れる前に、ホストの管理者に新しい拇印を確認してください。</translation>
    </message>
    <message>
        <source>The host presented a different certificate from the one you trusted. That is expected after the certificate was renewed or the host reinstalled, but it is also what someone intercepting the connection would cause. &lt;b&gt;The connection was refused.&lt;/b&gt; Ask the host&apos;s administrator for the new fingerprint before accepting it.</source>
        <translation>ホストが提示した証明書は、信頼した証明書と異なります。証明書の更新やホストの再インストール後には起こり得ますが、接続を傍受された場合にも起こります。&lt;b&gt;接続は拒否されました。&lt;/b&gt;受け入れる前に、ホストの管理者に新しい拇印を確認してください。</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>証明書が変更されました</translation>
    </message>
    <message>
        <source>The certificate of {address} has changed</source>
        <translation>{address} の証明書が変更されました</translation>
    </message>
    <message>
        <source>Fingerprint the pool gives:</source>
        <translation>プールが示す拇印:</translation>
    </message>
    <message>
        <source>Trusted fingerprint:</source>
        <translation>信頼した拇印:</translation>
    </message>
    <message>
        <source>(the certificate could not be read again)</source>
        <translation>(証明書をもう一度読み取れませんでした)</translation>
    </message>
    <message>
        <source>Presented fingerprint:</source>
        <translation>提示された拇印:</translation>
    </message>
    <message>
        <source>I have checked the new fingerprint and I trust this certificate</source>
        <translation>新しい拇印を確認し、この証明書を信頼します</translation>
    </message>
    <message>
        <source>&amp;Accept the new certificate</source>
        <translation>新しい証明書を受け入れる(&amp;A)</translation>
    </message>
    <message>
        <source>This server is a member of the pool you are connected to, but the pool does not publish its certificate (XenServer before 8.2 does not). XenServer and XCP-ng hosts usually present a self-signed certificate. Trust it only if its fingerprint matches the one the host shows, e.g. on the host&apos;s console:</source>
        <translation>このサーバーは接続中のプールのメンバーですが、プールはその証明書を公開していません (8.2 より前の XenServer は公開しません)。XenServer と XCP-ng のホストは通常、自己署名証明書を提示します。その拇印がホストに表示されるもの (ホストのコンソールなど) と一致する場合にのみ信頼してください:</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>the name</source>
        <extracomment>The call that takes this one back when a later change fails (the SRs replugged after multipathing).</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>the tag &apos;{tag}&apos;</source>
        <translation>タグ“{tag}”</translation>
    </message>
    <message>
        <source>the custom field &apos;{name}&apos;</source>
        <translation>カスタム フィールド“{name}”</translation>
    </message>
    <message>
        <source>multipathing</source>
        <translation>マルチパス</translation>
    </message>
    <message>
        <source>the log destination</source>
        <translation>ログの送信先</translation>
    </message>
    <message>
        <source>the power-on mode</source>
        <translation>電源投入モード</translation>
    </message>
    <message>
        <source>live patching</source>
        <translation>ライブ パッチ</translation>
    </message>
    <message>
        <source>migration compression</source>
        <translation>移行の圧縮</translation>
    </message>
    <message>
        <source>TLS verification</source>
        <translation>TLS 検証</translation>
    </message>
    <message>
        <source>the e-mail alert options</source>
        <translation>電子メール アラートのオプション</translation>
    </message>
    <message>
        <source>the migration network</source>
        <translation>移行ネットワーク</translation>
    </message>
    <message>
        <source>the MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>automatic addition to new VMs</source>
        <translation>新しい仮想マシンへの自動追加</translation>
    </message>
    <message>
        <source>the home server</source>
        <translation>ホーム サーバー</translation>
    </message>
    <message>
        <source>the HA restart priority</source>
        <translation>HA 再起動優先度</translation>
    </message>
    <message>
        <source>the start order</source>
        <translation>起動順序</translation>
    </message>
    <message>
        <source>the start delay</source>
        <translation>起動遅延</translation>
    </message>
    <message>
        <source>the shadow memory multiplier</source>
        <translation>シャドウ メモリ乗数</translation>
    </message>
    <message>
        <source>the boot order</source>
        <translation>起動順序</translation>
    </message>
    <message>
        <source>the boot parameters</source>
        <translation>起動パラメーター</translation>
    </message>
    <message>
        <source>the number of vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <source>the topology</source>
        <translation>トポロジ</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>メモリ</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Copy of {name}</source>
        <translation>{name} のコピー</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Remove the selected alerts from their servers, for every user.</source>
        <translation>選択したアラートをサーバーから削除します (すべてのユーザーが対象)。</translation>
    </message>
    <message>
        <source>Remove every alert from every connected server, for every user.</source>
        <translation>接続されているすべてのサーバーからすべてのアラートを削除します (すべてのユーザーが対象)。</translation>
    </message>
    <message>
        <source>Open a console window on a VNC server (a guest&apos;s own, port 5900).</source>
        <translation>VNC サーバー (ゲスト自身のもの、ポート 5900) のコンソールウィンドウを開きます。</translation>
    </message>
    <message>
        <source>Start a shut-down VM on the server xapi chooses.</source>
        <translation>シャットダウンされた仮想マシンを xapi が選択したサーバーで起動します。</translation>
    </message>
    <message>
        <source>Start a shut-down VM on the given server.</source>
        <translation>シャットダウンされた仮想マシンを指定したサーバーで起動します。</translation>
    </message>
    <message>
        <source>Shut a VM down cleanly (its tools do it).</source>
        <translation>仮想マシンを正常にシャットダウンします (そのツールが実行します)。</translation>
    </message>
    <message>
        <source>Reboot a running VM cleanly.</source>
        <translation>実行中の仮想マシンを正常に再起動します。</translation>
    </message>
    <message>
        <source>Suspend a running VM to disk.</source>
        <translation>実行中の仮想マシンをディスクに一時停止します。</translation>
    </message>
    <message>
        <source>Resume a suspended VM.</source>
        <translation>一時停止中の仮想マシンを再開します。</translation>
    </message>
    <message>
        <source>Pause a running VM (it keeps its memory).</source>
        <translation>実行中の仮想マシンを一時中断します (メモリは保持されます)。</translation>
    </message>
    <message>
        <source>Let a paused VM run again.</source>
        <translation>一時中断中の仮想マシンを再び実行します。</translation>
    </message>
    <message>
        <source>Turn a VM off at once, like pulling the power cable.</source>
        <translation>電源ケーブルを抜くように、仮想マシンを即座にオフにします。</translation>
    </message>
    <message>
        <source>Reset a VM at once, like pressing the reset button.</source>
        <translation>リセットボタンを押すように、仮想マシンを即座にリセットします。</translation>
    </message>
    <message>
        <source>Take a snapshot of a VM&apos;s disks, or of its disks and memory (named after the VM and the time unless a name is given).</source>
        <translation>仮想マシンのディスク、またはディスクとメモリのスナップショットを作成します (名前を指定しない場合は仮想マシン名と時刻から命名されます)。</translation>
    </message>
    <message>
        <source>Delete a shut-down VM and the virtual disks nothing else uses.</source>
        <translation>シャットダウンされた仮想マシンと、ほかで使用されていない仮想ディスクを削除します。</translation>
    </message>
    <message>
        <source>Open a VM&apos;s or template&apos;s properties.</source>
        <translation>仮想マシンまたはテンプレートのプロパティを開きます。</translation>
    </message>
    <message>
        <source>Change a VM&apos;s name, description, folder, tags, custom fields, vCPUs, memory, boot, HA, home server, alerts.</source>
        <translation>仮想マシンの名前、説明、フォルダー、タグ、カスタムフィールド、vCPU、メモリ、ブート、HA、ホームサーバー、アラートを変更します。</translation>
    </message>
    <message>
        <source>Move a VM to another server of its pool (live), or to another pool with its disks.</source>
        <translation>仮想マシンをプール内の別のサーバーに (ライブで) 移動するか、ディスクとともに別のプールに移動します。</translation>
    </message>
    <message>
        <source>Move a VM&apos;s disks (all, or those given by position) to another storage repository of its pool.</source>
        <translation>仮想マシンのディスク (すべて、または位置で指定したもの) をプール内の別のストレージリポジトリに移動します。</translation>
    </message>
    <message>
        <source>Move a disk of a running VM to another storage repository without stopping the VM.</source>
        <translation>実行中の仮想マシンのディスクを、仮想マシンを停止せずに別のストレージリポジトリに移動します。</translation>
    </message>
    <message>
        <source>Give a VM a new virtual disk (activated at once when the VM is running).</source>
        <translation>仮想マシンに新しい仮想ディスクを追加します (仮想マシンの実行中は即座にアクティブ化されます)。</translation>
    </message>
    <message>
        <source>Attach an existing virtual disk to a VM (read-only or read-write).</source>
        <translation>既存の仮想ディスクを仮想マシンに接続します (読み取り専用または読み書き可能)。</translation>
    </message>
    <message>
        <source>Plug a virtual disk into its running VM.</source>
        <translation>仮想ディスクを実行中の仮想マシンにプラグします。</translation>
    </message>
    <message>
        <source>Unplug a virtual disk from its running VM (it stays attached).</source>
        <translation>仮想ディスクを実行中の仮想マシンからアンプラグします (接続は維持されます)。</translation>
    </message>
    <message>
        <source>Detach a virtual disk from its VM (deactivated first when the VM runs); the disk and its data stay.</source>
        <translation>仮想ディスクを仮想マシンから切断します (仮想マシンの実行中は先に非アクティブ化されます)。ディスクとそのデータは残ります。</translation>
    </message>
    <message>
        <source>Delete a virtual disk and its data (deactivated and detached first).</source>
        <translation>仮想ディスクとそのデータを削除します (先に非アクティブ化および切断されます)。</translation>
    </message>
    <message>
        <source>Change a virtual disk&apos;s name, description, folder, tags, custom fields, size, or its position and mode on the VM.</source>
        <translation>仮想ディスクの名前、説明、フォルダー、タグ、カスタムフィールド、サイズ、または仮想マシン上の位置とモードを変更します。</translation>
    </message>
    <message>
        <source>Grow a virtual disk (online when its VM runs and the storage allows it).</source>
        <translation>仮想ディスクを拡張します (仮想マシンの実行中でストレージが許可する場合はオンラインで)。</translation>
    </message>
    <message>
        <source>Move a virtual disk to another storage repository (live while its VM runs).</source>
        <translation>仮想ディスクを別のストレージリポジトリに移動します (仮想マシンの実行中はライブで)。</translation>
    </message>
    <message>
        <source>Put an ISO image (or a server&apos;s DVD) into a VM&apos;s DVD drive (ejecting what was there).</source>
        <translation>ISO イメージ (またはサーバーの DVD) を仮想マシンの DVD ドライブに挿入します (入っていたものは取り出されます)。</translation>
    </message>
    <message>
        <source>Empty a VM&apos;s DVD drive.</source>
        <translation>仮想マシンの DVD ドライブを空にします。</translation>
    </message>
    <message>
        <source>Give a VM that has none a DVD drive (empty).</source>
        <translation>DVD ドライブのない仮想マシンに (空の) DVD ドライブを追加します。</translation>
    </message>
    <message>
        <source>Add a performance graph of the chosen data sources (saved in the pool for XenCenter too).</source>
        <translation>選択したデータソースのパフォーマンスグラフを追加します (XenCenter でも使えるようにプールに保存されます)。</translation>
    </message>
    <message>
        <source>Change the name and data sources of a performance graph (by its position, from 0).</source>
        <translation>パフォーマンスグラフの名前とデータソースを変更します (位置で指定、0 から)。</translation>
    </message>
    <message>
        <source>Remove a performance graph (by its position, from 0).</source>
        <translation>パフォーマンスグラフを削除します (位置で指定、0 から)。</translation>
    </message>
    <message>
        <source>Restart protected VMs elsewhere when servers fail: choose their priorities and the heartbeat SR.</source>
        <translation>サーバーの障害時に保護された仮想マシンを別の場所で再起動します: 優先度とハートビート SR を選択します。</translation>
    </message>
    <message>
        <source>Stop restarting VMs when servers fail.</source>
        <translation>サーバーの障害時に仮想マシンを再起動するのをやめます。</translation>
    </message>
    <message>
        <source>Read the user guide (offline).</source>
        <translation>ユーザーガイドを読みます (オフライン)。</translation>
    </message>
    <message>
        <source>List the window&apos;s keyboard shortcuts.</source>
        <translation>ウィンドウのキーボードショートカットを一覧表示します。</translation>
    </message>
    <message>
        <source>Show the application log (passwords and session ids are never written to it).</source>
        <translation>アプリケーションログを表示します (パスワードとセッション ID は書き込まれません)。</translation>
    </message>
    <message>
        <source>Change the theme, the tree, console and alert options.</source>
        <translation>テーマ、ツリー、コンソール、アラートのオプションを変更します。</translation>
    </message>
    <message>
        <source>Make a storage repository (NFS, iSCSI, HBA, SMB, local LVM/EXT, ISO library) or reattach one.</source>
        <translation>ストレージリポジトリ (NFS、iSCSI、HBA、SMB、ローカル LVM/EXT、ISO ライブラリ) を作成するか、再接続します。</translation>
    </message>
    <message>
        <source>Connect a detached SR to the pool&apos;s servers again, given where its storage is.</source>
        <translation>切断された SR を、ストレージの場所を指定してプールのサーバーに再び接続します。</translation>
    </message>
    <message>
        <source>Make an external (VLAN), single-server private or bonded network on the pool.</source>
        <translation>プールに外部 (VLAN)、単一サーバーのプライベート、またはボンドネットワークを作成します。</translation>
    </message>
    <message>
        <source>Bond NICs of every server of the pool into one network (network.new --type bond).</source>
        <translation>プールの各サーバーの NIC を 1 つのネットワークにボンドします (network.new --type bond)。</translation>
    </message>
    <message>
        <source>Delete a network (its VLAN interfaces go with it); refused while VMs use it.</source>
        <translation>ネットワークを削除します (その VLAN インターフェイスも削除されます)。仮想マシンが使用中の場合は拒否されます。</translation>
    </message>
    <message>
        <source>Delete a bonded network&apos;s bonds on every server (their NICs work alone again) and the network.</source>
        <translation>各サーバー上のボンドネットワークのボンド (その NIC は再び単独で動作します) とネットワークを削除します。</translation>
    </message>
    <message>
        <source>Migrate a server&apos;s running VMs to the other servers of the pool and keep new VMs off it.</source>
        <translation>サーバーで実行中の仮想マシンをプールの他のサーバーに移行し、新しい仮想マシンがそのサーバーで実行されないようにします。</translation>
    </message>
    <message>
        <source>Let VMs run on a server in maintenance mode again.</source>
        <translation>メンテナンスモードのサーバーで再び仮想マシンを実行できるようにします。</translation>
    </message>
    <message>
        <source>Shut down a server&apos;s VMs and reboot it.</source>
        <translation>サーバーの仮想マシンをシャットダウンし、サーバーを再起動します。</translation>
    </message>
    <message>
        <source>Send a remote power-on request to a server that is off (Wake-on-LAN, iLO, DRAC...).</source>
        <translation>電源がオフのサーバーにリモート電源オン要求を送信します (Wake-on-LAN、iLO、DRAC...)。</translation>
    </message>
    <message>
        <source>Shut down a server&apos;s VMs and power the server off.</source>
        <translation>サーバーの仮想マシンをシャットダウンし、サーバーの電源をオフにします。</translation>
    </message>
    <message>
        <source>Restart a server&apos;s management toolstack (xapi); its VMs keep running.</source>
        <translation>サーバーの管理ツールスタック (xapi) を再起動します。仮想マシンは実行し続けます。</translation>
    </message>
    <message>
        <source>Give a VM a new virtual network interface (plugged at once when the VM runs and can take it).</source>
        <translation>仮想マシンに新しい仮想ネットワークインターフェイスを追加します (仮想マシンが実行中で受け入れ可能な場合は即座にプラグされます)。</translation>
    </message>
    <message>
        <source>Change a network interface&apos;s network, MAC address or rate limit.</source>
        <translation>ネットワークインターフェイスのネットワーク、MAC アドレス、またはレート制限を変更します。</translation>
    </message>
    <message>
        <source>Remove a virtual network interface from its VM (unplugged first when the VM runs).</source>
        <translation>仮想ネットワークインターフェイスを仮想マシンから削除します (仮想マシンの実行中は先にアンプラグされます)。</translation>
    </message>
    <message>
        <source>Rename a VM or template.</source>
        <translation>仮想マシンまたはテンプレートの名前を変更します。</translation>
    </message>
    <message>
        <source>Rename a server.</source>
        <translation>サーバーの名前を変更します。</translation>
    </message>
    <message>
        <source>Rename a pool.</source>
        <translation>プールの名前を変更します。</translation>
    </message>
    <message>
        <source>Rename a storage repository.</source>
        <translation>ストレージリポジトリの名前を変更します。</translation>
    </message>
    <message>
        <source>Rename a network.</source>
        <translation>ネットワークの名前を変更します。</translation>
    </message>
    <message>
        <source>Change the tags and XenCenter folder of objects (the Tags and Folders views).</source>
        <translation>オブジェクトのタグと XenCenter フォルダーを変更します ([タグ] ビューと [フォルダー] ビュー)。</translation>
    </message>
    <message>
        <source>Look for network interface cards added to a server since xapi last looked (PIF.scan).</source>
        <translation>xapi が前回確認して以降にサーバーに追加されたネットワークインターフェイスカードを検索します (PIF.scan)。</translation>
    </message>
    <message>
        <source>Configure a server&apos;s management interface (DHCP or static IP, which NIC) and its storage interfaces.</source>
        <translation>サーバーの管理インターフェイス (DHCP または静的 IP、使用する NIC) とストレージインターフェイスを構成します。</translation>
    </message>
    <message>
        <source>Remove a server from its pool: its local storage is wiped and it restarts as a pool of its own.</source>
        <translation>サーバーをプールから削除します: ローカルストレージは消去され、単独のプールとして再起動します。</translation>
    </message>
    <message>
        <source>Nominate a member as the new coordinator of its pool; the connection follows it.</source>
        <translation>メンバーをプールの新しいコーディネーターに指定します。接続もそれに従います。</translation>
    </message>
    <message>
        <source>Add a standalone server to a pool: it restarts as a member, its local storage and halted VMs go with it.</source>
        <translation>スタンドアロンサーバーをプールに追加します: メンバーとして再起動し、ローカルストレージと停止中の仮想マシンも一緒に移ります。</translation>
    </message>
    <message>
        <source>Make a pool: name a standalone server&apos;s pool and add other standalone servers to it.</source>
        <translation>プールを作成します: スタンドアロンサーバーのプールに名前を付け、他のスタンドアロンサーバーを追加します。</translation>
    </message>
    <message>
        <source>Open a server&apos;s properties.</source>
        <translation>サーバーのプロパティを開きます。</translation>
    </message>
    <message>
        <source>Open a pool&apos;s properties.</source>
        <translation>プールのプロパティを開きます。</translation>
    </message>
    <message>
        <source>Open a storage repository&apos;s properties.</source>
        <translation>ストレージリポジトリのプロパティを開きます。</translation>
    </message>
    <message>
        <source>Open a network&apos;s properties.</source>
        <translation>ネットワークのプロパティを開きます。</translation>
    </message>
    <message>
        <source>Change a server&apos;s name, description, folder, tags, custom fields, alerts, multipathing, log destination and power-on mode.</source>
        <translation>サーバーの名前、説明、フォルダー、タグ、カスタムフィールド、アラート、マルチパス、ログの送信先、電源オンモードを変更します。</translation>
    </message>
    <message>
        <source>Change a pool&apos;s name, description, folder, tags, custom fields, e-mail alerts, live patching, migration network and compression, TLS verification.</source>
        <translation>プールの名前、説明、フォルダー、タグ、カスタムフィールド、メールアラート、ライブパッチ、移行ネットワークと圧縮、TLS 検証を変更します。</translation>
    </message>
    <message>
        <source>Change a storage repository&apos;s name, description, folder, tags, custom fields and alerts.</source>
        <translation>ストレージリポジトリの名前、説明、フォルダー、タグ、カスタムフィールド、アラートを変更します。</translation>
    </message>
    <message>
        <source>Change a network&apos;s name, description, folder, tags, custom fields, MTU and automatic addition.</source>
        <translation>ネットワークの名前、説明、フォルダー、タグ、カスタムフィールド、MTU、自動追加を変更します。</translation>
    </message>
    <message>
        <source>Make a VM from a template in a pool or on a server (the New VM wizard; from the command line every answer is an option).</source>
        <translation>プールまたはサーバー上のテンプレートから仮想マシンを作成します (新規仮想マシンウィザード。コマンドラインではすべての回答がオプションです)。</translation>
    </message>
    <message>
        <source>Save a search in a pool, where XenCenter&apos;s users see it too (pool.gui_config).</source>
        <translation>検索をプールに保存します。XenCenter のユーザーにも表示されます (pool.gui_config)。</translation>
    </message>
    <message>
        <source>Delete a saved search from every connected pool.</source>
        <translation>保存された検索を接続されているすべてのプールから削除します。</translation>
    </message>
    <message>
        <source>Write a search to a .xensearch file, as XenCenter exports it.</source>
        <translation>検索を XenCenter がエクスポートするのと同じ形式で .xensearch ファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Open a search from a .xensearch file and show its results.</source>
        <translation>.xensearch ファイルから検索を開き、その結果を表示します。</translation>
    </message>
    <message>
        <source>Connect to a pool or server and keep it in the list.</source>
        <translation>プールまたはサーバーに接続し、一覧に保持します。</translation>
    </message>
    <message>
        <source>Connect to a disconnected server again.</source>
        <translation>切断されたサーバーに再接続します。</translation>
    </message>
    <message>
        <source>Log out of a server (it stays in the list).</source>
        <translation>サーバーからログアウトします (一覧には残ります)。</translation>
    </message>
    <message>
        <source>Remove a server from the list and forget its password.</source>
        <translation>サーバーを一覧から削除し、パスワードを破棄します。</translation>
    </message>
    <message>
        <source>Write the saved servers&apos; addresses and names to a .config file XenCenter reads too.</source>
        <translation>保存されたサーバーのアドレスと名前を、XenCenter でも読み取れる .config ファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Add the servers of a .config file (XenCenter&apos;s export) to the saved list; those already there are kept as they are.</source>
        <translation>.config ファイル (XenCenter のエクスポート) のサーバーを保存済みの一覧に追加します。既にあるものはそのまま保持されます。</translation>
    </message>
    <message>
        <source>Delete snapshots and the virtual disks only they use.</source>
        <translation>スナップショットと、それらだけが使用する仮想ディスクを削除します。</translation>
    </message>
    <message>
        <source>Return the VM to this snapshot (and to the power state it had then).</source>
        <translation>仮想マシンをこのスナップショット (およびその時点の電源状態) に戻します。</translation>
    </message>
    <message>
        <source>Plug every unplugged PBD of an SR and create the missing ones on the pool&apos;s servers.</source>
        <translation>SR のアンプラグされたすべての PBD をプラグし、プールのサーバーに不足している PBD を作成します。</translation>
    </message>
    <message>
        <source>Unplug and remove an SR&apos;s connections to its servers; its disks stay on the storage.</source>
        <translation>SR とサーバーとの接続をアンプラグして削除します。ディスクはストレージに残ります。</translation>
    </message>
    <message>
        <source>Remove an SR from the pool&apos;s records; its disks stay on the storage (a probe finds it again).</source>
        <translation>SR をプールのレコードから削除します。ディスクはストレージに残ります (プローブで再び見つかります)。</translation>
    </message>
    <message>
        <source>Delete an SR and everything on it from the storage. Final.</source>
        <translation>SR とその上のすべてをストレージから削除します。元に戻せません。</translation>
    </message>
    <message>
        <source>Make an SR the pool&apos;s default for new disks, suspend images and crash dumps.</source>
        <translation>SR を、新しいディスク、サスペンドイメージ、クラッシュダンプ用のプールの既定にします。</translation>
    </message>
    <message>
        <source>Scan an SR for disks added or removed outside the pool (SR.scan).</source>
        <translation>プールの外部で追加または削除されたディスクを SR でスキャンします (SR.scan)。</translation>
    </message>
    <message>
        <source>Give the space of deleted disks back to the storage array (thin-provisioned LUNs).</source>
        <translation>削除されたディスクの領域をストレージアレイに返します (シンプロビジョニングされた LUN)。</translation>
    </message>
    <message>
        <source>Collect diagnostic reports from servers (the entries xen-bugtool offers) and this application&apos;s log into one zip file, for support.</source>
        <translation>サーバーの診断レポート (xen-bugtool が提供する項目) とこのアプリケーションのログを 1 つの zip ファイルに収集します (サポート用)。</translation>
    </message>
    <message>
        <source>Cancel a task that is running on the pool (started by this window or any other client).</source>
        <translation>プールで実行中のタスク (このウィンドウまたは他のクライアントが開始したもの) をキャンセルします。</translation>
    </message>
    <message>
        <source>Copy a shut-down VM or a template: a fast clone on its storage, or a full copy to another SR.</source>
        <translation>シャットダウンされた仮想マシンまたはテンプレートをコピーします: 同じストレージ上での高速クローン、または別の SR への完全コピー。</translation>
    </message>
    <message>
        <source>Turn a shut-down VM into a template (it cannot be undone).</source>
        <translation>シャットダウンされた仮想マシンをテンプレートに変換します (元に戻せません)。</translation>
    </message>
    <message>
        <source>Make a VM from this template (the New VM wizard with it chosen; on the command line, vm.new&apos;s options).</source>
        <translation>このテンプレートから仮想マシンを作成します (このテンプレートを選択した新規仮想マシンウィザード。コマンドラインでは vm.new のオプション)。</translation>
    </message>
    <message>
        <source>Make a VM from a snapshot (the New VM wizard with the snapshot as its template).</source>
        <translation>スナップショットから仮想マシンを作成します (スナップショットをテンプレートとする新規仮想マシンウィザード)。</translation>
    </message>
    <message>
        <source>Save a snapshot as a new template.</source>
        <translation>スナップショットを新しいテンプレートとして保存します。</translation>
    </message>
    <message>
        <source>Delete a custom template and the virtual disks nothing else uses.</source>
        <translation>カスタムテンプレートと、ほかで使用されていない仮想ディスクを削除します。</translation>
    </message>
    <message>
        <source>Export the VM (shut down or suspended), template or snapshot to an XVA file, or an OVA or OVF appliance.</source>
        <translation>仮想マシン (シャットダウンまたは一時停止中)、テンプレート、スナップショットを XVA ファイル、または OVA や OVF アプライアンスにエクスポートします。</translation>
    </message>
    <message>
        <source>Import a VM from an XVA file (the Import wizard; from the command line every answer is an option).</source>
        <translation>XVA ファイルから仮想マシンをインポートします (インポートウィザード。コマンドラインではすべての回答がオプションです)。</translation>
    </message>
    <message>
        <source>Let the users of an Active Directory domain log in to the pool (with the roles you give them).</source>
        <translation>Active Directory ドメインのユーザーがプールにログインできるようにします (割り当てたロールで)。</translation>
    </message>
    <message>
        <source>Stop AD logins to the pool (its users stay in the list, for when it joins again).</source>
        <translation>プールへの AD ログインを停止します (ユーザーは再参加時のために一覧に残ります)。</translation>
    </message>
    <message>
        <source>Let users or groups of the pool&apos;s AD domain log in, with a role.</source>
        <translation>プールの AD ドメインのユーザーまたはグループが、ロールを指定してログインできるようにします。</translation>
    </message>
    <message>
        <source>Give a user or group another role.</source>
        <translation>ユーザーまたはグループに別のロールを割り当てます。</translation>
    </message>
    <message>
        <source>Stop a user or group logging in to the pool.</source>
        <translation>ユーザーまたはグループがプールにログインできないようにします。</translation>
    </message>
    <message>
        <source>Snapshot VMs on a schedule (hourly, daily or weekly), keeping the newest ones.</source>
        <translation>スケジュール (毎時、毎日、毎週) に従って仮想マシンのスナップショットを作成し、最新のものを保持します。</translation>
    </message>
    <message>
        <source>Run a snapshot schedule now: a snapshot of each of its VMs, the oldest beyond its count deleted.</source>
        <translation>スナップショットスケジュールを今すぐ実行します: 各仮想マシンのスナップショットを作成し、保持数を超えた最も古いものを削除します。</translation>
    </message>
    <message>
        <source>Let a snapshot schedule take snapshots again.</source>
        <translation>スナップショットスケジュールが再びスナップショットを作成するようにします。</translation>
    </message>
    <message>
        <source>Stop a snapshot schedule taking snapshots.</source>
        <translation>スナップショットスケジュールによるスナップショットの作成を停止します。</translation>
    </message>
    <message>
        <source>Delete a snapshot schedule (its VMs and the snapshots it took stay).</source>
        <translation>スナップショットスケジュールを削除します (仮想マシンと作成済みのスナップショットは残ります)。</translation>
    </message>
    <message>
        <source>List the pool&apos;s snapshot schedules: make, enable, disable, run or delete them.</source>
        <translation>プールのスナップショットスケジュールを一覧表示します: 作成、有効化、無効化、実行、削除ができます。</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to {target}</source>
        <translation>{target} へ移動</translation>
    </message>
    <message>
        <source>Select it in the tree</source>
        <translation>ツリーで選択します</translation>
    </message>
    <message>
        <source>{command} — on the selection</source>
        <translation>{command} — 選択対象に対して</translation>
    </message>
    <message>
        <source>Type a command, an object, or both (start web-03)</source>
        <translation>コマンド、オブジェクト、またはその両方を入力 (start web-03)</translation>
    </message>
    <message>
        <source>Enter runs · Ctrl+Shift+C copies its XenAPI calls as Python · Esc closes</source>
        <translation>Enter で実行 · Ctrl+Shift+C で XenAPI 呼び出しを Python としてコピー · Esc で閉じる</translation>
    </message>
    <message>
        <source>Highlight a command that can run to copy its calls.</source>
        <translation>呼び出しをコピーするには、実行可能なコマンドを選択してください。</translation>
    </message>
    <message>
        <source>This command makes no XenAPI calls.</source>
        <translation>このコマンドは XenAPI を呼び出しません。</translation>
    </message>
    <message>
        <source>Planning the calls…</source>
        <translation>呼び出しを計画しています…</translation>
    </message>
    <message>
        <source>Copied {count} XenAPI call(s) as Python for the XenAPI SDK.</source>
        <translation>{count} 件の XenAPI 呼び出しを XenAPI SDK 用の Python としてコピーしました。</translation>
    </message>
</context>
<context>
    <name>CommandReasons</name>
    <message>
        <source>There are no system alerts available to dismiss.</source>
        <translation>消去できるシステム アラートはありません。</translation>
    </message>
    <message>
        <source>Select {what}.</source>
        <extracomment>``class.verb`` in lowercase with dashes (``vm.force-shutdown``): the palette&apos;s and ``main.py run``&apos;s name. Its name in words (&quot;Force Shut Down&quot;), for buttons, the palette and reasons. Menu text with its accelerator (``&amp;Start``); defaults to ``title``. One line saying what it does (palette, ``main.py commands``, ``run ID --help``). The menus it appears in, by title without accelerator (&quot;VM&quot;, &quot;Server&quot;...), in a section (``group``, sections ordered by number and separated) at a position (``order``). The context menu uses the same sections. In the context menu of a selection it applies to. Position on the toolbar (None: not there); sections (``toolbar // 100``) are separated. Commands at the same position share one button, XenCenter&apos;s way (Start / Shut Down, a VM&apos;s or a server&apos;s Reboot): it shows the first that can run, else the one whose ``toolbar_state`` a selected VM is in, else the first that applies to the selection. What the Events tab calls an operation of it (&quot;Starting VM&quot;). The kinds of object (``kind_of``) it is about; others never see it in their context menu. What the selection must hold, for the &quot;Select ...&quot; reason. At most one target (Properties, Rename, Revert): the reason given when several are selected. Runs without a selection (Add Server). Whether ``main.py run`` offers it (&quot;&quot; when it does, else why not: it needs the window). False for commands on this machine&apos;s settings alone (the server list): ``main.py run`` logs in nowhere.</extracomment>
        <translation>{what}を選択してください。</translation>
    </message>
    <message>
        <source>Not connected yet: this is the last known inventory, saved {when}.</source>
        <translation>まだ接続されていません: これは {when} に保存された最後の既知のインベントリです。</translation>
    </message>
    <message>
        <source>A snapshot&apos;s disks cannot be changed.</source>
        <translation>スナップショットのディスクは変更できません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is suspended: resume it or shut it down to change its disks.</source>
        <translation>“{name}”は一時停止中です: ディスクを変更するには、再開するかシャットダウンしてください。</translation>
    </message>
    <message>
        <source>Choose the storage repository for the new disk.</source>
        <translation>新しいディスクのストレージリポジトリを選択してください。</translation>
    </message>
    <message>
        <source>Choose the disk to attach.</source>
        <translation>接続するディスクを選択してください。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is not a virtual disk (use the DVD drive for ISO images).</source>
        <translation>“{vdi}”は仮想ディスクではありません (ISO イメージには DVD ドライブを使用してください)。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is already attached to &apos;{vm}&apos;.</source>
        <translation>“{vdi}”は既に“{vm}”に接続されています。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is a snapshot: it cannot be attached.</source>
        <translation>“{vdi}”はスナップショットです: 接続できません。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is in use by another running VM.</source>
        <translation>“{vdi}”は実行中の別の仮想マシンで使用されています。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is on &apos;{sr}&apos;, which &apos;{home}&apos; cannot see.</source>
        <translation>“{vdi}”は“{sr}”にありますが、“{home}”からは参照できません。</translation>
    </message>
    <message>
        <source>This disk is not attached to a VM.</source>
        <translation>このディスクは仮想マシンに接続されていません。</translation>
    </message>
    <message>
        <source>A template&apos;s disks cannot be activated.</source>
        <translation>テンプレートのディスクはアクティブ化できません。</translation>
    </message>
    <message>
        <source>A template&apos;s disks cannot be deactivated.</source>
        <translation>テンプレートのディスクは非アクティブ化できません。</translation>
    </message>
    <message>
        <source>System disks cannot be activated or deactivated while the VM is running.</source>
        <translation>仮想マシンの実行中はシステム ディスクをアクティブまたは非アクティブにできません。</translation>
    </message>
    <message>
        <source>It is not possible to activate this virtual disk on VM &apos;{vm}&apos; as the VM is not running.</source>
        <translation>仮想マシン“{vm}”が実行されていないため、この仮想ディスクをアクティブ化できません。</translation>
    </message>
    <message>
        <source>This virtual disk is already active on VM &apos;{vm}&apos;.</source>
        <translation>この仮想ディスクは仮想マシン“{vm}”で既にアクティブです。</translation>
    </message>
    <message>
        <source>It is not possible to deactivate this virtual disk on VM &apos;{vm}&apos; because the VM is not running.</source>
        <translation>仮想マシン“{vm}”が実行されていないため、この仮想ディスクを非アクティブ化できません。</translation>
    </message>
    <message>
        <source>This virtual disk is already deactivated on VM &apos;{vm}&apos;.</source>
        <translation>この仮想ディスクは仮想マシン“{vm}”で既に非アクティブです。</translation>
    </message>
    <message>
        <source>Another operation is in progress on this device.</source>
        <translation>このデバイスで別の操作が実行中です。</translation>
    </message>
    <message>
        <source>This disk is marked as not unpluggable.</source>
        <translation>このディスクは取り外し不可に設定されています。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; cannot activate devices while it runs: install its I/O drivers (VM tools), or shut it down.</source>
        <translation>“{vm}”は実行中にデバイスをアクティブにできません: I/O ドライバー (VM Tools) をインストールするか、シャットダウンしてください。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; cannot deactivate devices while it runs: install its I/O drivers (VM tools), or shut it down.</source>
        <translation>“{vm}”は実行中にデバイスを非アクティブにできません: I/O ドライバー (VM Tools) をインストールするか、シャットダウンしてください。</translation>
    </message>
    <message>
        <source>A snapshot&apos;s disks cannot be detached.</source>
        <translation>スナップショットのディスクは切断できません。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is {state}: its disks cannot be detached now.</source>
        <translation>“{vm}”は {state} です: 現在ディスクを切断できません。</translation>
    </message>
    <message>
        <source>This drive has no disk.</source>
        <translation>このドライブにはディスクがありません。</translation>
    </message>
    <message>
        <source>The storage repository could not be contacted.</source>
        <translation>ストレージリポジトリに接続できませんでした。</translation>
    </message>
    <message>
        <source>This is a physical device: it cannot be deleted.</source>
        <translation>これは物理デバイスです: 削除できません。</translation>
    </message>
    <message>
        <source>The VM tools disc cannot be deleted.</source>
        <translation>VM Tools のディスクは削除できません。</translation>
    </message>
    <message>
        <source>This virtual disk is attached to multiple VMs. Detach your virtual disk from these VMs before deleting it.</source>
        <translation>この仮想ディスクは複数の仮想マシンに接続されています。削除する前に、これらの仮想マシンから仮想ディスクを切断してください。</translation>
    </message>
    <message>
        <source>Virtual disks cannot be deleted from suspended VMs. This virtual disk is used by the suspended VM &apos;{vm}&apos;.</source>
        <translation>一時停止中の仮想マシンから仮想ディスクを削除することはできません。この仮想ディスクは一時停止中の仮想マシン“{vm}”で使用されています。</translation>
    </message>
    <message>
        <source>This is the system disk of the running VM &apos;{vm}&apos;: shut it down first.</source>
        <translation>これは実行中の仮想マシン“{vm}”のシステム ディスクです: 先にシャットダウンしてください。</translation>
    </message>
    <message>
        <source>This virtual disk is currently in use and cannot be deleted.</source>
        <translation>この仮想ディスクは現在使用中のため削除できません。</translation>
    </message>
    <message>
        <source>A virtual disk cannot shrink: &apos;{vdi}&apos; is {size}.</source>
        <translation>仮想ディスクは縮小できません: “{vdi}”のサイズは {size} です。</translation>
    </message>
    <message>
        <source>Give the disk&apos;s size in GiB.</source>
        <translation>ディスクのサイズを GiB 単位で指定してください。</translation>
    </message>
    <message>
        <source>A disk needs a size above zero.</source>
        <translation>ディスクのサイズは 0 より大きくする必要があります。</translation>
    </message>
    <message>
        <source>Another operation is in progress on this virtual disk.</source>
        <translation>この仮想ディスクで別の操作が実行中です。</translation>
    </message>
    <message>
        <source>A virtual disk needs a name.</source>
        <translation>仮想ディスクには名前が必要です。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is on several VMs (or none): name the drive as VM/POSITION.</source>
        <translation>“{vdi}”は複数の仮想マシンにある (またはどこにもない) ため、ドライブを VM/POSITION の形式で指定してください。</translation>
    </message>
    <message>
        <source>This drive belongs to no VM.</source>
        <translation>このドライブはどの仮想マシンにも属していません。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is {state}: shut it down to change the drive&apos;s position or mode.</source>
        <translation>“{vm}”は {state} です: ドライブの位置またはモードを変更するにはシャットダウンしてください。</translation>
    </message>
    <message>
        <source>&apos;{position}&apos; is not a drive position (0 to 254).</source>
        <translation>“{position}”はドライブの位置ではありません (0 ～ 254)。</translation>
    </message>
    <message>
        <source>Position {position} of &apos;{vm}&apos; is taken by another drive.</source>
        <translation>“{vm}”の位置 {position} は別のドライブで使用されています。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is read-only: it can only be attached read-only.</source>
        <translation>“{vdi}”は読み取り専用です: 読み取り専用でのみ接続できます。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is in use by &apos;{vm}&apos; and its storage cannot resize a disk in use: shut the VM down first.</source>
        <translation>“{vdi}”は“{vm}”で使用中で、そのストレージでは使用中のディスクのサイズを変更できません: 先に仮想マシンをシャットダウンしてください。</translation>
    </message>
    <message>
        <source>The storage of &apos;{vdi}&apos; cannot resize disks.</source>
        <translation>“{vdi}”のストレージではディスクのサイズを変更できません。</translation>
    </message>
    <message>
        <source>Only virtual disks can be moved.</source>
        <translation>移動できるのは仮想ディスクだけです。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is used by &apos;{vm}&apos;, which is {state}: shut it down to move the disk.</source>
        <translation>“{vdi}”は {state} の“{vm}”で使用されています: ディスクを移動するにはシャットダウンしてください。</translation>
    </message>
    <message>
        <source>This drive holds no disk to move.</source>
        <translation>このドライブには移動するディスクがありません。</translation>
    </message>
    <message>
        <source>Choose where the disk goes.</source>
        <translation>ディスクの配置先を選択してください。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is in use by &apos;{vm}&apos;: shut the VM down to resize it.</source>
        <translation>“{vdi}”は“{vm}”で使用中です: サイズを変更するには仮想マシンをシャットダウンしてください。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; has only {size} free.</source>
        <translation>“{sr}”の空き領域は {size} だけです。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; has no DVD drive.</source>
        <translation>“{vm}”には DVD ドライブがありません。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is suspended: its DVD drive cannot be changed.</source>
        <translation>“{vm}”は一時停止中です: DVD ドライブを変更できません。</translation>
    </message>
    <message>
        <source>The DVD drive of &apos;{vm}&apos; is empty.</source>
        <translation>“{vm}”の DVD ドライブは空です。</translation>
    </message>
    <message>
        <source>Another operation is in progress on the DVD drive.</source>
        <translation>DVD ドライブで別の操作が実行中です。</translation>
    </message>
    <message>
        <source>Choose the ISO image to insert.</source>
        <translation>挿入する ISO イメージを選択してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already has a DVD drive.</source>
        <translation>“{name}”には既に DVD ドライブがあります。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is suspended.</source>
        <translation>“{name}”は一時停止中です。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not an alert of this object.</source>
        <translation>“{key}”はこのオブジェクトのアラートではありません。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <extracomment>Whether the class has XenCenter&apos;s Alerts page (hosts, VMs, SRs).</extracomment>
        <translation>名前を空にすることはできません。</translation>
    </message>
    <message>
        <source>The server&apos;s pool is not known yet.</source>
        <translation>サーバーのプールはまだ不明です。</translation>
    </message>
    <message>
        <source>There is no graph at that position.</source>
        <translation>その位置にはグラフがありません。</translation>
    </message>
    <message>
        <source>HA is already enabled on this pool.</source>
        <translation>このプールでは HA が既に有効です。</translation>
    </message>
    <message>
        <source>HA needs a pool of at least two servers.</source>
        <translation>HA には 2 台以上のサーバーから成るプールが必要です。</translation>
    </message>
    <message>
        <source>HA needs a shared SR that every server can reach, for the heartbeat.</source>
        <translation>HA には、ハートビート用にすべてのサーバーから到達できる共有 SR が必要です。</translation>
    </message>
    <message>
        <source>There is no SR the heartbeat can use.</source>
        <translation>ハートビートに使用できる SR がありません。</translation>
    </message>
    <message>
        <source>The failures to tolerate cannot be negative.</source>
        <translation>許容する障害の数を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>HA is not enabled on this pool.</source>
        <translation>このプールでは HA が有効ではありません。</translation>
    </message>
    <message>
        <source>Give the order as VM=ORDER with a whole number, not &apos;{text}&apos;.</source>
        <translation>順序は“{text}”ではなく、VM=ORDER の形式で整数で指定してください。</translation>
    </message>
    <message>
        <source>Give the delay as VM=DELAY with a whole number, not &apos;{text}&apos;.</source>
        <translation>遅延は“{text}”ではなく、VM=DELAY の形式で整数で指定してください。</translation>
    </message>
    <message>
        <source>No VM called &apos;{name}&apos;.</source>
        <translation>“{name}”という名前の仮想マシンはありません。</translation>
    </message>
    <message>
        <source>Several VMs are called &apos;{name}&apos;: give its UUID.</source>
        <translation>“{name}”という名前の仮想マシンが複数あります: UUID を指定してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not reachable.</source>
        <extracomment>The confirmation, with ``{what}`` for the VMs (translated where asked, context ``Confirmations``); &quot;&quot; for none.</extracomment>
        <translation>“{name}”に到達できません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in maintenance mode.</source>
        <translation>“{name}”は既にメンテナンス モードです。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in maintenance mode.</source>
        <translation>“{name}”はメンテナンス モードではありません。</translation>
    </message>
    <message>
        <source>This server has an operation in progress.</source>
        <translation>このサーバーでは操作が実行中です。</translation>
    </message>
    <message>
        <source>This server is already powered on.</source>
        <translation>このサーバーは既に電源が入っています。</translation>
    </message>
    <message>
        <source>This host does not have its Power On mode set.</source>
        <translation>このホストには電源投入モードが設定されていません。</translation>
    </message>
    <message>
        <source>This server is already shut down.</source>
        <translation>このサーバーは既にシャットダウンされています。</translation>
    </message>
    <message>
        <source>Server is not reachable</source>
        <translation>サーバーに到達できません</translation>
    </message>
    <message>
        <source>A snapshot&apos;s interfaces cannot be changed.</source>
        <translation>スナップショットのインターフェイスは変更できません。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is suspended: resume it or shut it down to change its network interfaces.</source>
        <translation>“{vm}”は一時停止中です: ネットワーク インターフェイスを変更するには、再開するかシャットダウンしてください。</translation>
    </message>
    <message>
        <source>Choose a network.</source>
        <translation>ネットワークを選択してください。</translation>
    </message>
    <message>
        <source>A rate limit cannot be negative.</source>
        <translation>速度制限を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; already has an interface with the MAC address {mac}.</source>
        <translation>“{vm}”には MAC アドレス {mac} のインターフェイスが既にあります。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has as many network interfaces as a VM can have.</source>
        <translation>“{name}”のネットワーク インターフェイス数は仮想マシンの上限に達しています。</translation>
    </message>
    <message>
        <source>This interface belongs to no VM.</source>
        <translation>このインターフェイスはどの仮想マシンにも属していません。</translation>
    </message>
    <message>
        <source>{option}: no single {cls} called {value} (several are: give the UUID).</source>
        <translation>{option}: {value} という名前の {cls} が 1 つに特定できません (複数あります: UUID を指定してください)。</translation>
    </message>
    <message>
        <source>{option}: no single {cls} called {value}.</source>
        <translation>{option}: {value} という名前の {cls} が 1 つに特定できません。</translation>
    </message>
    <message>
        <source>{option} takes POSITION=NAME, not {text}.</source>
        <translation>{option} には {text} ではなく POSITION=NAME の形式で指定してください。</translation>
    </message>
    <message>
        <source>Choose the server to move the VMs to.</source>
        <translation>仮想マシンの移動先のサーバーを選択してください。</translation>
    </message>
    <message>
        <source>Give the server to move the VM to (--host), or another pool&apos;s (--to-server).</source>
        <translation>仮想マシンの移動先のサーバー (--host)、または別のプールのサーバー (--to-server) を指定してください。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; cannot move to &apos;{host}&apos;: {reason}</source>
        <translation>“{vm}”を“{host}”に移動できません: {reason}</translation>
    </message>
    <message>
        <source>The destination is the VM&apos;s own pool: give --host alone.</source>
        <translation>移動先は仮想マシン自身のプールです: --host のみを指定してください。</translation>
    </message>
    <message>
        <source>Not connected to the destination server.</source>
        <translation>移動先のサーバーに接続されていません。</translation>
    </message>
    <message>
        <source>Give the destination server (--host).</source>
        <translation>移動先のサーバー (--host) を指定してください。</translation>
    </message>
    <message>
        <source>No storage of the destination can hold the disk &apos;{disk}&apos;: give --sr.</source>
        <translation>移動先にはディスク“{disk}”を格納できるストレージがありません: --sr を指定してください。</translation>
    </message>
    <message>
        <source>No network of the destination for interface {device}: give --network.</source>
        <translation>移動先にはインターフェイス {device} 用のネットワークがありません: --network を指定してください。</translation>
    </message>
    <message>
        <source>The destination has no management network: give --transfer-network.</source>
        <translation>移動先には管理ネットワークがありません: --transfer-network を指定してください。</translation>
    </message>
    <message>
        <source>Not connected to both servers.</source>
        <translation>両方のサーバーに接続されていません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no virtual disks.</source>
        <translation>“{name}”には仮想ディスクがありません。</translation>
    </message>
    <message>
        <source>Give the storage repository to move the disks to (--sr).</source>
        <translation>ディスクの移動先のストレージリポジトリ (--sr) を指定してください。</translation>
    </message>
    <message>
        <source>The pool has no server to receive the disks.</source>
        <translation>プールにはディスクを受け取るサーバーがありません。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; has no disk at position {position}.</source>
        <translation>“{vm}”の位置 {position} にはディスクがありません。</translation>
    </message>
    <message>
        <source>Only a disk of a running VM can be migrated: move it instead.</source>
        <translation>移行できるのは実行中の仮想マシンのディスクだけです: 代わりに移動してください。</translation>
    </message>
    <message>
        <source>The pool has no server.</source>
        <extracomment>The wizard&apos;s first choice (Create Bond opens it on Bonded Network).</extracomment>
        <translation>プールにサーバーがありません。</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; has no NIC {nic}.</source>
        <translation>“{host}”には NIC {nic} がありません。</translation>
    </message>
    <message>
        <source>Give the NIC of the new network (--nic).</source>
        <translation>新しいネットワークの NIC (--nic) を指定してください。</translation>
    </message>
    <message>
        <source>Give the VLAN tag of the new network (--vlan).</source>
        <translation>新しいネットワークの VLAN タグ (--vlan) を指定してください。</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; does not have all of the NICs {nics}.</source>
        <translation>“{host}”には NIC {nics} の一部がありません。</translation>
    </message>
    <message>
        <source>This is a system network: it cannot be removed.</source>
        <translation>これはシステム ネットワークです: 削除できません。</translation>
    </message>
    <message>
        <source>This network cannot be removed because it is a physical device</source>
        <translation>このネットワークは物理デバイスのため削除できません</translation>
    </message>
    <message>
        <source>This is a bonded network: delete the bond instead.</source>
        <translation>これはボンド ネットワークです: 代わりにボンドを削除してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is currently in use by {quoted_names}.</source>
        <translation>“{name}”は現在 {quoted_names} で使用されています。</translation>
    </message>
    <message>
        <source>The network is currently in use by a different operation.</source>
        <translation>ネットワークは現在別の操作で使用されています。</translation>
    </message>
    <message>
        <source>This is not a bonded network.</source>
        <translation>これはボンド ネットワークではありません。</translation>
    </message>
    <message>
        <source>Can’t delete this bond while HA is enabled: a management interface exists on one of the bonded NICs.</source>
        <translation>HA が有効な間はこのボンドを削除できません: ボンドされた NIC の 1 つに管理インターフェイスがあります。</translation>
    </message>
    <message>
        <source>&apos;{config}&apos; is not an address and netmask (10.0.0.5/24) or &apos;dhcp&apos;.</source>
        <translation>“{config}”はアドレスとネットマスク (10.0.0.5/24) でも“dhcp”でもありません。</translation>
    </message>
    <message>
        <source>The operation could not be performed because HA is enabled on the Pool</source>
        <translation>プールで HA が有効なため、この操作を実行できませんでした</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; has no management interface.</source>
        <translation>“{host}”には管理インターフェイスがありません。</translation>
    </message>
    <message>
        <source>Give a valid static address and netmask (--ip, --netmask).</source>
        <translation>有効な静的アドレスとネットマスク (--ip、--netmask) を指定してください。</translation>
    </message>
    <message>
        <source>The operation could not be performed because HA is enabled on the pool.</source>
        <translation>プールで HA が有効なため、この操作を実行できませんでした。</translation>
    </message>
    <message>
        <source>You cannot remove the coordinator from the pool.</source>
        <translation>プールからコーディネーターを削除することはできません。</translation>
    </message>
    <message>
        <source>The server is unreachable.</source>
        <translation>サーバーに到達できません。</translation>
    </message>
    <message>
        <source>This server has running VMs</source>
        <translation>このサーバーには実行中の仮想マシンがあります</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the pool coordinator.</source>
        <translation>“{name}”は既にプール コーディネーターです。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in pool &apos;{pool_name}&apos;.</source>
        <translation>“{name}”は既にプール“{pool_name}”にあります。</translation>
    </message>
    <message>
        <source>This server is coordinator of an existing pool</source>
        <translation>このサーバーは既存のプールのコーディネーターです</translation>
    </message>
    <message>
        <source>Choose the pool to add the server to (--pool-server): {names} are connected.</source>
        <translation>サーバーの追加先のプール (--pool-server) を選択してください: {names} が接続されています。</translation>
    </message>
    <message>
        <source>Choose the pool to add the server to (--pool-server): no pool is connected.</source>
        <translation>サーバーの追加先のプール (--pool-server) を選択してください: 接続されているプールがありません。</translation>
    </message>
    <message>
        <source>The following servers could not be added to the pool &apos;{pool}&apos;: {reasons}</source>
        <translation>次のサーバーをプール“{pool}”に追加できませんでした: {reasons}</translation>
    </message>
    <message>
        <source>Unable to move the server &apos;{name}&apos; into the pool &apos;{pool}&apos;: the pool is no longer connected.</source>
        <translation>サーバー“{name}”をプール“{pool}”に移動できません: プールはもう接続されていません。</translation>
    </message>
    <message>
        <source>Unable to move the servers into the pool &apos;{pool}&apos;: the pool is no longer connected.</source>
        <translation>サーバーをプール“{pool}”に移動できません: プールはもう接続されていません。</translation>
    </message>
    <message>
        <source>Pool name cannot be empty (--name).</source>
        <translation>プール名を空にすることはできません (--name)。</translation>
    </message>
    <message>
        <source>There is no eligible coordinator: connect to a standalone server (--server).</source>
        <translation>適格なコーディネーターがありません: スタンドアロンサーバー (--server) に接続してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already a pool: choose a standalone server.</source>
        <translation>“{name}”は既にプールです: スタンドアロンサーバーを選択してください。</translation>
    </message>
    <message>
        <source>Not connected to &apos;{name}&apos;.</source>
        <translation>“{name}”に接続されていません。</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>先にサーバーに接続してください。</translation>
    </message>
    <message>
        <source>Select objects of one pool.</source>
        <translation>1 つのプールのオブジェクトを選択してください。</translation>
    </message>
    <message>
        <source>This pool has no template to make a VM from.</source>
        <translation>このプールには仮想マシンの作成に使用できるテンプレートがありません。</translation>
    </message>
    <message>
        <source>Give the template (--template, or a template as the target).</source>
        <translation>テンプレートを指定してください (--template、またはテンプレートを対象にします)。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a template.</source>
        <translation>“{name}”はテンプレートではありません。</translation>
    </message>
    <message>
        <source>The VM &apos;{name}&apos; was made and stays, shut down.</source>
        <translation>仮想マシン“{name}”は作成され、シャットダウンされた状態で残っています。</translation>
    </message>
    <message>
        <source>a disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>the half-made VM &apos;{name}&apos;</source>
        <translation>作成途中の仮想マシン“{name}”</translation>
    </message>
    <message>
        <source>Removing what was made failed too: delete {things} by hand.</source>
        <translation>作成されたものの削除にも失敗しました: {things}を手動で削除してください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>Nothing was left behind.</source>
        <translation>何も残されていません。</translation>
    </message>
    <message>
        <source>The image &apos;{image}&apos; is larger than its disk&apos;s capacity in the envelope.</source>
        <translation>イメージ“{image}”は、エンベロープに記載されたディスクの容量より大きいです。</translation>
    </message>
    <message>
        <source>there is no search called {name}</source>
        <translation>{name} という名前の検索はありません</translation>
    </message>
    <message>
        <source>several searches are called {name}: give its UUID ({uuids})</source>
        <translation>{name} という名前の検索が複数あります: UUID ({uuids}) を指定してください</translation>
    </message>
    <message>
        <source>there is no search to save: give one</source>
        <extracomment>Why a command about the shown search cannot run without one, by what it does (translated where raised).</extracomment>
        <translation>保存する検索がありません: 検索を指定してください</translation>
    </message>
    <message>
        <source>there is no search to delete: give one</source>
        <translation>削除する検索がありません: 検索を指定してください</translation>
    </message>
    <message>
        <source>there is no search to export: give one</source>
        <translation>エクスポートする検索がありません: 検索を指定してください</translation>
    </message>
    <message>
        <source>connect to a server first: a search is saved in a pool</source>
        <translation>先にサーバーに接続してください: 検索はプールに保存されます</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a saved search: it cannot be deleted</source>
        <translation>“{name}”は保存された検索ではありません: 削除できません</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not saved in any connected pool</source>
        <translation>“{name}”は接続されているどのプールにも保存されていません</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} に書き込めません: {error}。</translation>
    </message>
    <message>
        <source>{program} was unable to import a saved search from file &apos;{path}&apos;.

Verify that the file is a valid {extension} export.</source>
        <translation>{program} はファイル“{path}”から保存された検索をインポートできませんでした。

ファイルが有効な {extension} エクスポートであることを確認してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already connecting.</source>
        <translation>“{name}”は既に接続中です。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not connected.</source>
        <translation>“{name}”は接続されていません。</translation>
    </message>
    <message>
        <source>The VM of &apos;{name}&apos; no longer exists.</source>
        <translation>“{name}”の仮想マシンはもう存在しません。</translation>
    </message>
    <message>
        <source>The SR is currently detached.</source>
        <translation>SR は現在切断されています。</translation>
    </message>
    <message>
        <source>This SR contains running VMs.</source>
        <translation>この SR には実行中の仮想マシンがあります。</translation>
    </message>
    <message>
        <source>There is currently an action in progress on this SR.</source>
        <translation>この SR では現在操作が実行中です。</translation>
    </message>
    <message>
        <source>The SR is connected on every server: there is nothing to repair.</source>
        <translation>SR はすべてのサーバーで接続されています: 修復の必要はありません。</translation>
    </message>
    <message>
        <source>This SR cannot be forgotten with XenCenter.</source>
        <translation>この SR は XenCenter で認識解除できません。</translation>
    </message>
    <message>
        <source>This SR cannot be destroyed with XenCenter.</source>
        <translation>この SR は XenCenter で破棄できません。</translation>
    </message>
    <message>
        <source>This SR is already the default SR.</source>
        <translation>この SR は既に既定の SR です。</translation>
    </message>
    <message>
        <source>Disks cannot be made on this SR.</source>
        <translation>この SR ではディスクを作成できません。</translation>
    </message>
    <message>
        <source>A local SR cannot be the default SR of a pool of several servers.</source>
        <translation>ローカル SR を複数のサーバーから成るプールの既定の SR にすることはできません。</translation>
    </message>
    <message>
        <source>This SR cannot be scanned now.</source>
        <translation>この SR は現在スキャンできません。</translation>
    </message>
    <message>
        <source>Reclaiming freed space is not supported on this SR</source>
        <translation>この SR では解放された領域の再利用はサポートされていません</translation>
    </message>
    <message>
        <source>Cannot reclaim freed space because the SR is detached.</source>
        <translation>SR が切断されているため、解放された領域を再利用できません。</translation>
    </message>
    <message>
        <source>The storage did not say why.</source>
        <translation>ストレージは理由を示しませんでした。</translation>
    </message>
    <message>
        <source>Connect to one server first (or select its pool).</source>
        <translation>先に 1 台のサーバーに接続してください (またはそのプールを選択してください)。</translation>
    </message>
    <message>
        <source>Give the kind of SR (--type).</source>
        <extracomment>Where the storage is, for making an SR and for reattaching one.</extracomment>
        <translation>SR の種類 (--type) を指定してください。</translation>
    </message>
    <message>
        <source>Give the new SR&apos;s name (--name).</source>
        <translation>新しい SR の名前 (--name) を指定してください。</translation>
    </message>
    <message>
        <source>The pool has no server to make the SR on.</source>
        <translation>プールには SR を作成するサーバーがありません。</translation>
    </message>
    <message>
        <source>The SR is already attached.</source>
        <translation>SR は既に接続されています。</translation>
    </message>
    <message>
        <source>This SR cannot be reattached with XenCenter.</source>
        <translation>この SR は XenCenter で再接続できません。</translation>
    </message>
    <message>
        <source>The pool has no server to attach the SR to.</source>
        <translation>プールには SR を接続するサーバーがありません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {state}: shut it down to copy it.</source>
        <translation>“{name}”は{state}です: コピーするにはシャットダウンしてください。</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>コピーには名前が必要です。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a default template: it comes with the server.</source>
        <translation>“{name}”は既定のテンプレートです: サーバーに付属しています。</translation>
    </message>
    <message>
        <source>The server has no pool record.</source>
        <translation>サーバーにプールのレコードがありません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already belongs to domain &apos;{domain}&apos;.</source>
        <translation>“{name}”は既にドメイン“{domain}”に属しています。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in a domain.</source>
        <translation>“{name}”はドメインに属していません。</translation>
    </message>
    <message>
        <source>AD is not configured: join a domain first.</source>
        <translation>AD が構成されていません: 先にドメインに参加してください。</translation>
    </message>
    <message>
        <source>Name at least one user or group (--name).</source>
        <translation>ユーザーまたはグループを 1 つ以上指定してください (--name)。</translation>
    </message>
    <message>
        <source>The pool has no role &apos;{role}&apos;.</source>
        <translation>プールにはロール“{role}”がありません。</translation>
    </message>
    <message>
        <source>Choose the role (--role).</source>
        <translation>ロール (--role) を選択してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is running.</source>
        <extracomment>The refusal for a VM in each power state (translated where made, context ``CommandReasons``).</extracomment>
        <translation>“{name}”は実行中です。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shut down.</source>
        <translation>“{name}”はシャットダウンされています。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is paused.</source>
        <translation>“{name}”は一時中断中です。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is busy ({operations}).</source>
        <translation>“{name}”はビジーです ({operations})。</translation>
    </message>
    <message>
        <source>This operation has been blocked on &apos;{name}&apos;.</source>
        <translation>この操作は“{name}”でブロックされています。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in maintenance mode.</source>
        <translation>“{name}”はメンテナンスモードです。</translation>
    </message>
    <message>
        <source>No server of the pool can start the VM now.</source>
        <translation>プール内に現在この仮想マシンを起動できるサーバーがありません。</translation>
    </message>
    <message>
        <source>Start on Server needs a host</source>
        <translation>[サーバー上で起動] にはホストが必要です</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not running: only a running VM&apos;s memory can be kept in a snapshot (take one of its disks instead).</source>
        <translation>“{name}”は実行されていません: スナップショットにメモリを保存できるのは実行中の仮想マシンのみです (代わりにディスクのスナップショットを作成してください)。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is running: shut it down to change its static memory, its maximum number of vCPUs or its topology.</source>
        <translation>“{name}”は実行中です: 静的メモリ、最大 vCPU 数、またはトポロジを変更するにはシャットダウンしてください。</translation>
    </message>
    <message>
        <source>Choose at least one boot device.</source>
        <translation>起動デバイスを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>an alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a VM</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>one VM</source>
        <translation>1 つの仮想マシン</translation>
    </message>
    <message>
        <source>Select one VM to see its properties.</source>
        <translation>プロパティを表示する仮想マシンを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>Select one virtual disk.</source>
        <translation>仮想ディスクを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select one VM.</source>
        <translation>仮想マシンを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a server or a VM</source>
        <translation>サーバーまたは仮想マシン</translation>
    </message>
    <message>
        <source>Select one server or VM.</source>
        <translation>サーバーまたは仮想マシンを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>a pool or server</source>
        <translation>プールまたはサーバー</translation>
    </message>
    <message>
        <source>a storage repository</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>a bonded network</source>
        <translation>ボンド ネットワーク</translation>
    </message>
    <message>
        <source>a network interface</source>
        <translation>ネットワーク インターフェイス</translation>
    </message>
    <message>
        <source>Select one network interface.</source>
        <translation>ネットワーク インターフェイスを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select one VM to rename.</source>
        <translation>名前を変更する仮想マシンを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>one server</source>
        <translation>1 台のサーバー</translation>
    </message>
    <message>
        <source>Select one server to rename.</source>
        <translation>名前を変更するサーバーを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>one pool</source>
        <translation>1 つのプール</translation>
    </message>
    <message>
        <source>Select one pool to rename.</source>
        <translation>名前を変更するプールを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>one storage repository</source>
        <translation>1 つのストレージリポジトリ</translation>
    </message>
    <message>
        <source>Select one storage repository to rename.</source>
        <translation>名前を変更するストレージリポジトリを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>one network</source>
        <translation>1 つのネットワーク</translation>
    </message>
    <message>
        <source>Select one network to rename.</source>
        <translation>名前を変更するネットワークを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select one server: a pool has one coordinator.</source>
        <translation>サーバーを 1 つ選択してください: プールのコーディネーターは 1 つです。</translation>
    </message>
    <message>
        <source>Select one server to see its properties.</source>
        <translation>プロパティを表示するサーバーを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select one pool to see its properties.</source>
        <translation>プロパティを表示するプールを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select one storage repository to see its properties.</source>
        <translation>プロパティを表示するストレージリポジトリを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select one network to see its properties.</source>
        <translation>プロパティを表示するネットワークを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a pool, a server or a template</source>
        <translation>プール、サーバー、またはテンプレート</translation>
    </message>
    <message>
        <source>a disconnected server</source>
        <translation>切断されたサーバー</translation>
    </message>
    <message>
        <source>a snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Select one snapshot to revert to.</source>
        <translation>戻すスナップショットを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>servers or pools</source>
        <translation>サーバーまたはプール</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Select one VM to copy.</source>
        <translation>コピーする仮想マシンを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Select one VM to convert.</source>
        <translation>変換する仮想マシンを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Select one snapshot.</source>
        <translation>スナップショットを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a VM, template or snapshot</source>
        <translation>仮想マシン、テンプレート、またはスナップショット</translation>
    </message>
    <message>
        <source>Select one VM to export.</source>
        <translation>エクスポートする仮想マシンを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a pool or a server</source>
        <translation>プールまたはサーバー</translation>
    </message>
    <message>
        <source>Select one pool or server to import into.</source>
        <translation>インポート先のプールまたはサーバーを 1 つ選択してください。</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>a snapshot schedule</source>
        <translation>スナップショット スケジュール</translation>
    </message>
    <message>
        <source>shut down</source>
        <extracomment>A VM&apos;s power state in words, for refusals (translated where used, context ``CommandReasons``).</extracomment>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時中断</translation>
    </message>
    <message>
        <source>The selected servers failed when asked for their capabilities.  Please select different servers.</source>
        <translation>選択したサーバーの機能を問い合わせたときにエラーが発生しました。別のサーバーを選択してください。</translation>
    </message>
    <message>
        <source>The report ended early ({error}): the connection to the server was lost.</source>
        <translation>レポートが途中で終了しました ({error}): サーバーへの接続が失われました。</translation>
    </message>
    <message>
        <source>The report of the other servers was saved to {path}.</source>
        <translation>その他のサーバーのレポートは {path} に保存されました。</translation>
    </message>
    <message>
        <source>Choose the servers to collect a report from.</source>
        <translation>レポートを収集するサーバーを選択してください。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; exists: give --overwrite to replace it.</source>
        <translation>“{path}”は既に存在します: 置き換えるには --overwrite を指定してください。</translation>
    </message>
    <message>
        <source>The folder of &apos;{path}&apos; does not exist.</source>
        <translation>“{path}”のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>This task cannot be cancelled: it has finished, or its operation cannot be stopped.</source>
        <translation>このタスクはキャンセルできません: 完了しているか、その操作を停止できません。</translation>
    </message>
    <message>
        <source>The export ended early: the file is incomplete, so it was not kept.</source>
        <translation>エクスポートが途中で終了しました: ファイルが不完全なため、保持されませんでした。</translation>
    </message>
    <message>
        <source>The pool has no default storage: give --sr.</source>
        <translation>プールには既定のストレージがありません: --sr を指定してください。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is an ISO library: choose storage for virtual disks.</source>
        <translation>“{sr}”は ISO ライブラリです: 仮想ディスク用のストレージを選択してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no VMs.</source>
        <translation>“{name}”には仮想マシンがありません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already enabled.</source>
        <translation>“{name}”は既に有効です。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already disabled.</source>
        <translation>“{name}”は既に無効です。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>閉じる(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>すべて閉じる</translation>
    </message>
    <message>
        <source>Dismiss &amp;All</source>
        <translation>すべて閉じる(&amp;A)</translation>
    </message>
    <message>
        <source>Connect to VNC Server</source>
        <translation>VNC サーバーに接続</translation>
    </message>
    <message>
        <source>Connect to &amp;VNC Server...</source>
        <translation>VNC サーバーに接続(&amp;V)...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>起動(&amp;T)</translation>
    </message>
    <message>
        <source>Start on Server</source>
        <translation>サーバー上で起動</translation>
    </message>
    <message>
        <source>Start on Ser&amp;ver</source>
        <translation>サーバー上で起動(&amp;V)</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>S&amp;hut Down</source>
        <translation>シャットダウン(&amp;H)</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation>再起動(&amp;R)</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>休止</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>休止(&amp;P)</translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation>休止解除</translation>
    </message>
    <message>
        <source>U&amp;npause</source>
        <translation>休止解除(&amp;N)</translation>
    </message>
    <message>
        <source>Force Shut Down</source>
        <translation>強制シャットダウン</translation>
    </message>
    <message>
        <source>&amp;Force Shut Down</source>
        <translation>強制シャットダウン(&amp;F)</translation>
    </message>
    <message>
        <source>Force Reboot</source>
        <translation>強制再起動</translation>
    </message>
    <message>
        <source>Force Re&amp;boot</source>
        <translation>強制再起動(&amp;B)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>スナップショットの作成</translation>
    </message>
    <message>
        <source>Take a S&amp;napshot...</source>
        <translation>スナップショットの作成(&amp;N)...</translation>
    </message>
    <message>
        <source>Delete VM</source>
        <translation>仮想マシンの削除</translation>
    </message>
    <message>
        <source>&amp;Delete VM...</source>
        <translation>仮想マシンの削除(&amp;D)...</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>プロパティ(&amp;R)</translation>
    </message>
    <message>
        <source>Edit VM Properties</source>
        <translation>仮想マシンのプロパティの編集</translation>
    </message>
    <message>
        <source>Migrate to Server</source>
        <translation>サーバーへ移行</translation>
    </message>
    <message>
        <source>&amp;Migrate to Server</source>
        <translation>サーバーへ移行(&amp;M)</translation>
    </message>
    <message>
        <source>Move VM Storage</source>
        <translation>仮想マシンのストレージの移動</translation>
    </message>
    <message>
        <source>Move VM Stora&amp;ge...</source>
        <translation>仮想マシンのストレージの移動(&amp;G)...</translation>
    </message>
    <message>
        <source>Migrate Virtual Disk</source>
        <translation>仮想ディスクの移行</translation>
    </message>
    <message>
        <source>Mi&amp;grate...</source>
        <translation>移行(&amp;G)...</translation>
    </message>
    <message>
        <source>Add Virtual Disk</source>
        <translation>仮想ディスクの追加</translation>
    </message>
    <message>
        <source>&amp;Add Virtual Disk...</source>
        <translation>仮想ディスクの追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Attach Virtual Disk</source>
        <translation>仮想ディスクの接続</translation>
    </message>
    <message>
        <source>Attach Dis&amp;k...</source>
        <translation>ディスクの接続(&amp;K)...</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>アクティブ化</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>アクティブ化(&amp;V)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>非アクティブ化</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>非アクティブ化(&amp;C)</translation>
    </message>
    <message>
        <source>Detach Virtual Disk</source>
        <translation>仮想ディスクの切断</translation>
    </message>
    <message>
        <source>D&amp;etach</source>
        <translation>切断(&amp;E)</translation>
    </message>
    <message>
        <source>Delete Virtual Disk</source>
        <translation>仮想ディスクの削除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Virtual Disk Properties</source>
        <translation>仮想ディスクのプロパティ</translation>
    </message>
    <message>
        <source>Resize Virtual Disk</source>
        <translation>仮想ディスクのサイズ変更</translation>
    </message>
    <message>
        <source>Re&amp;size...</source>
        <translation>サイズ変更(&amp;S)...</translation>
    </message>
    <message>
        <source>Move Virtual Disk</source>
        <translation>仮想ディスクの移動</translation>
    </message>
    <message>
        <source>&amp;Move...</source>
        <translation>移動(&amp;M)...</translation>
    </message>
    <message>
        <source>Insert DVD</source>
        <translation>DVD の挿入</translation>
    </message>
    <message>
        <source>&amp;Insert DVD...</source>
        <translation>DVD の挿入(&amp;I)...</translation>
    </message>
    <message>
        <source>Eject DVD</source>
        <translation>DVD の取り出し</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>取り出し(&amp;E)</translation>
    </message>
    <message>
        <source>Create DVD Drive</source>
        <translation>DVD ドライブの作成</translation>
    </message>
    <message>
        <source>Create &amp;DVD Drive</source>
        <translation>DVD ドライブの作成(&amp;D)</translation>
    </message>
    <message>
        <source>New Graph</source>
        <translation>新規グラフ</translation>
    </message>
    <message>
        <source>&amp;New Graph...</source>
        <translation>新規グラフ(&amp;N)...</translation>
    </message>
    <message>
        <source>Edit Graph</source>
        <translation>グラフの編集</translation>
    </message>
    <message>
        <source>&amp;Edit Graph...</source>
        <translation>グラフの編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Delete Graph</source>
        <translation>グラフの削除</translation>
    </message>
    <message>
        <source>&amp;Delete Graph</source>
        <translation>グラフの削除(&amp;D)</translation>
    </message>
    <message>
        <source>Configure HA</source>
        <translation>HA の構成</translation>
    </message>
    <message>
        <source>&amp;High Availability...</source>
        <translation>高可用性(&amp;H)...</translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation>HA の無効化</translation>
    </message>
    <message>
        <source>&amp;Disable HA</source>
        <translation>HA の無効化(&amp;D)</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>View Application Log</source>
        <translation>アプリケーションログの表示</translation>
    </message>
    <message>
        <source>View Application &amp;Log</source>
        <translation>アプリケーションログの表示(&amp;L)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>&amp;Options...</source>
        <translation>オプション(&amp;O)...</translation>
    </message>
    <message>
        <source>New Storage Repository</source>
        <translation>新規 SR</translation>
    </message>
    <message>
        <source>&amp;New SR...</source>
        <translation>新規 SR(&amp;N)...</translation>
    </message>
    <message>
        <source>Reattach Storage Repository</source>
        <translation>ストレージリポジトリの再接続</translation>
    </message>
    <message>
        <source>R&amp;eattach...</source>
        <translation>再接続(&amp;E)...</translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>新規ネットワーク</translation>
    </message>
    <message>
        <source>&amp;New Network...</source>
        <translation>新規ネットワーク(&amp;N)...</translation>
    </message>
    <message>
        <source>Create Bond</source>
        <translation>ボンディングの作成</translation>
    </message>
    <message>
        <source>Create &amp;Bond...</source>
        <translation>ボンディングの作成(&amp;B)...</translation>
    </message>
    <message>
        <source>Remove Network</source>
        <translation>ネットワークの削除</translation>
    </message>
    <message>
        <source>R&amp;emove Network</source>
        <translation>ネットワークの削除(&amp;E)</translation>
    </message>
    <message>
        <source>Delete Bond</source>
        <translation>ボンディングの削除</translation>
    </message>
    <message>
        <source>Delete &amp;Bond</source>
        <translation>ボンディングの削除(&amp;B)</translation>
    </message>
    <message>
        <source>Enter Maintenance Mode</source>
        <translation>メンテナンスモードに切り替え</translation>
    </message>
    <message>
        <source>Enter &amp;Maintenance Mode...</source>
        <translation>メンテナンスモードに切り替え(&amp;M)...</translation>
    </message>
    <message>
        <source>Exit Maintenance Mode</source>
        <translation>メンテナンスモードの終了</translation>
    </message>
    <message>
        <source>E&amp;xit Maintenance Mode</source>
        <translation>メンテナンスモードの終了(&amp;X)</translation>
    </message>
    <message>
        <source>Reboot Server</source>
        <translation>サーバーの再起動</translation>
    </message>
    <message>
        <source>Re&amp;boot Server...</source>
        <translation>サーバーの再起動(&amp;B)...</translation>
    </message>
    <message>
        <source>Power On</source>
        <translation>電源オン</translation>
    </message>
    <message>
        <source>Power O&amp;n</source>
        <translation>電源オン(&amp;N)</translation>
    </message>
    <message>
        <source>Shut Down Server</source>
        <translation>サーバーのシャットダウン</translation>
    </message>
    <message>
        <source>Restart Toolstack</source>
        <translation>ツールスタックの再起動</translation>
    </message>
    <message>
        <source>Restart Toolstac&amp;k</source>
        <translation>ツールスタックの再起動(&amp;K)</translation>
    </message>
    <message>
        <source>Add Network Interface</source>
        <translation>ネットワークインターフェイスの追加</translation>
    </message>
    <message>
        <source>&amp;Add Interface...</source>
        <translation>インターフェイスの追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Network Interface Properties</source>
        <translation>ネットワークインターフェイスのプロパティ</translation>
    </message>
    <message>
        <source>Delete Network Interface</source>
        <translation>ネットワークインターフェイスの削除</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>名前の変更(&amp;N)...</translation>
    </message>
    <message>
        <source>Edit Tags and Folder</source>
        <translation>タグとフォルダーの編集</translation>
    </message>
    <message>
        <source>Edit &amp;Tags and Folder...</source>
        <translation>タグとフォルダーの編集(&amp;T)...</translation>
    </message>
    <message>
        <source>Rescan NICs</source>
        <translation>NIC の再スキャン</translation>
    </message>
    <message>
        <source>Rescan &amp;NICs</source>
        <translation>NIC の再スキャン(&amp;N)</translation>
    </message>
    <message>
        <source>Management Interfaces</source>
        <translation>管理インターフェイス</translation>
    </message>
    <message>
        <source>Management &amp;Interfaces...</source>
        <translation>管理インターフェイス(&amp;I)...</translation>
    </message>
    <message>
        <source>Remove From Pool</source>
        <translation>プールから削除</translation>
    </message>
    <message>
        <source>Remove From &amp;Pool</source>
        <translation>プールから削除(&amp;P)</translation>
    </message>
    <message>
        <source>Make Pool Coordinator</source>
        <translation>プールコーディネーターにする</translation>
    </message>
    <message>
        <source>Make Pool &amp;Coordinator...</source>
        <translation>プールコーディネーターにする(&amp;C)...</translation>
    </message>
    <message>
        <source>Add to Pool</source>
        <translation>プールに追加</translation>
    </message>
    <message>
        <source>Add to &amp;Pool</source>
        <translation>プールに追加(&amp;P)</translation>
    </message>
    <message>
        <source>New Pool</source>
        <translation>新規プール</translation>
    </message>
    <message>
        <source>New &amp;Pool...</source>
        <translation>新規プール(&amp;P)...</translation>
    </message>
    <message>
        <source>Edit Server Properties</source>
        <translation>サーバーのプロパティの編集</translation>
    </message>
    <message>
        <source>Edit Pool Properties</source>
        <translation>プールのプロパティの編集</translation>
    </message>
    <message>
        <source>Edit Storage Properties</source>
        <translation>ストレージのプロパティの編集</translation>
    </message>
    <message>
        <source>Edit Network Properties</source>
        <translation>ネットワークのプロパティの編集</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新規仮想マシン</translation>
    </message>
    <message>
        <source>&amp;New VM...</source>
        <translation>新規仮想マシン(&amp;N)...</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>検索の保存</translation>
    </message>
    <message>
        <source>Sav&amp;e Search...</source>
        <translation>検索の保存(&amp;E)...</translation>
    </message>
    <message>
        <source>Delete Search</source>
        <translation>検索の削除</translation>
    </message>
    <message>
        <source>&amp;Delete Search...</source>
        <translation>検索の削除(&amp;D)...</translation>
    </message>
    <message>
        <source>Export Search</source>
        <translation>検索のエクスポート</translation>
    </message>
    <message>
        <source>E&amp;xport Search...</source>
        <translation>検索のエクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Import Search</source>
        <translation>検索のインポート</translation>
    </message>
    <message>
        <source>Import Searc&amp;h...</source>
        <translation>検索のインポート(&amp;H)...</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>サーバーの追加</translation>
    </message>
    <message>
        <source>&amp;Add Server...</source>
        <translation>サーバーの追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>再接続(&amp;C)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>サーバーの削除</translation>
    </message>
    <message>
        <source>Re&amp;move Server...</source>
        <translation>サーバーの削除(&amp;M)...</translation>
    </message>
    <message>
        <source>Export Server List</source>
        <translation>サーバー一覧のエクスポート</translation>
    </message>
    <message>
        <source>&amp;Export Server List...</source>
        <translation>サーバー一覧のエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Import Server List</source>
        <translation>サーバー一覧のインポート</translation>
    </message>
    <message>
        <source>Import Server Lis&amp;t...</source>
        <translation>サーバー一覧のインポート(&amp;T)...</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>スナップショットの削除</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot...</source>
        <translation>スナップショットの削除(&amp;D)...</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>スナップショットに戻す</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot...</source>
        <translation>スナップショットに戻す(&amp;R)...</translation>
    </message>
    <message>
        <source>Repair Storage Repository</source>
        <translation>ストレージリポジトリの修復</translation>
    </message>
    <message>
        <source>&amp;Repair...</source>
        <translation>修復(&amp;R)...</translation>
    </message>
    <message>
        <source>Detach Storage Repository</source>
        <translation>ストレージリポジトリの切断</translation>
    </message>
    <message>
        <source>&amp;Detach...</source>
        <translation>切断(&amp;D)...</translation>
    </message>
    <message>
        <source>Forget Storage Repository</source>
        <translation>ストレージリポジトリの解除</translation>
    </message>
    <message>
        <source>&amp;Forget...</source>
        <translation>解除(&amp;F)...</translation>
    </message>
    <message>
        <source>Destroy Storage Repository</source>
        <translation>ストレージリポジトリの破棄</translation>
    </message>
    <message>
        <source>Destr&amp;oy...</source>
        <translation>破棄(&amp;O)...</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>デフォルトに設定</translation>
    </message>
    <message>
        <source>Set as De&amp;fault</source>
        <translation>デフォルトに設定(&amp;F)</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Resca&amp;n</source>
        <translation>再スキャン(&amp;N)</translation>
    </message>
    <message>
        <source>Reclaim Freed Space</source>
        <translation>解放された領域の再利用</translation>
    </message>
    <message>
        <source>Re&amp;claim Freed Space...</source>
        <translation>解放された領域の再利用(&amp;C)...</translation>
    </message>
    <message>
        <source>Server Status Report</source>
        <translation>サーバーステータスレポート</translation>
    </message>
    <message>
        <source>&amp;Server Status Report...</source>
        <translation>サーバーステータスレポート(&amp;S)...</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>タスクのキャンセル</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Copy VM</source>
        <translation>仮想マシンのコピー</translation>
    </message>
    <message>
        <source>&amp;Copy VM...</source>
        <translation>仮想マシンのコピー(&amp;C)...</translation>
    </message>
    <message>
        <source>Convert to Template</source>
        <translation>テンプレートに変換</translation>
    </message>
    <message>
        <source>Convert to &amp;Template...</source>
        <translation>テンプレートに変換(&amp;T)...</translation>
    </message>
    <message>
        <source>New VM from Template</source>
        <translation>テンプレートから新規仮想マシン</translation>
    </message>
    <message>
        <source>New VM from Snapshot</source>
        <translation>スナップショットから新規仮想マシン</translation>
    </message>
    <message>
        <source>New &amp;VM from Snapshot...</source>
        <translation>スナップショットから新規仮想マシン(&amp;V)...</translation>
    </message>
    <message>
        <source>Create Template from Snapshot</source>
        <translation>スナップショットからテンプレートを作成</translation>
    </message>
    <message>
        <source>&amp;Create Template From Snapshot...</source>
        <translation>スナップショットからテンプレートを作成(&amp;C)...</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>テンプレートの削除</translation>
    </message>
    <message>
        <source>&amp;Delete Template...</source>
        <translation>テンプレートの削除(&amp;D)...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>エクスポート(&amp;X)...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>インポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Join Domain</source>
        <translation>ドメインに参加</translation>
    </message>
    <message>
        <source>&amp;Join Domain...</source>
        <translation>ドメインに参加(&amp;J)...</translation>
    </message>
    <message>
        <source>Leave Domain</source>
        <translation>ドメインから脱退</translation>
    </message>
    <message>
        <source>&amp;Leave Domain</source>
        <translation>ドメインから脱退(&amp;L)</translation>
    </message>
    <message>
        <source>Add Users</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>&amp;Add Users...</source>
        <translation>ユーザーの追加(&amp;A)...</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>&amp;Change Role...</source>
        <translation>役割の変更(&amp;C)...</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>New Snapshot Schedule</source>
        <translation>新規スナップショットスケジュール</translation>
    </message>
    <message>
        <source>New Snapshot &amp;Schedule...</source>
        <translation>新規スナップショットスケジュール(&amp;S)...</translation>
    </message>
    <message>
        <source>Take Snapshots Now</source>
        <translation>今すぐスナップショットを作成</translation>
    </message>
    <message>
        <source>Take Snapshots &amp;Now</source>
        <translation>今すぐスナップショットを作成(&amp;N)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効化</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効化(&amp;E)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Snapshot Schedule</source>
        <translation>スナップショットスケジュールの削除</translation>
    </message>
    <message>
        <source>VM Snapshot Schedules</source>
        <translation>仮想マシンのスナップショットスケジュール</translation>
    </message>
    <message>
        <source>VM Snapshot Sc&amp;hedules...</source>
        <translation>仮想マシンのスナップショットスケジュール(&amp;H)...</translation>
    </message>
    <message>
        <source>Nothing to choose from</source>
        <translation>選択できる項目がありません</translation>
    </message>
    <message>
        <source>{kind} &apos;{name}&apos;</source>
        <extracomment>The classes whose objects the palette finds by name. What reading the last words as an object costs (&quot;shut d&quot; is Shut Down, not Shut Down on &quot;db 6&quot;). How much better a command that cannot run must match to come before one that can.</extracomment>
        <translation>{kind}“{name}”</translation>
    </message>
    <message>
        <source>Migrate VM wizard...</source>
        <translation>仮想マシンの移行ウィザード...</translation>
    </message>
    <message>
        <source>New Pool...</source>
        <translation>新規プール...</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Once a system alert is dismissed it will be removed from the server permanently. Do you want to continue?</source>
        <extracomment>The questions (translated where asked, context ``Confirmations``).</extracomment>
        <translation>システム アラートを消去すると、サーバーから完全に削除されます。続行しますか?</translation>
    </message>
    <message>
        <source>This operation will remove the selected alerts from the servers permanently. Do you want to continue?

Note that if RBAC is enabled, only alerts which you have privileges to dismiss will be affected.</source>
        <translation>この操作により、選択したアラートがサーバーから完全に削除されます。続行しますか?

RBAC が有効な場合は、消去する権限があるアラートだけが対象になります。</translation>
    </message>
    <message>
        <source>This operation will remove permanently all alerts from every connected server. Do you want to continue?

Note that if RBAC is enabled, only alerts which you have privileges to dismiss will be affected.</source>
        <translation>この操作により、接続されているすべてのサーバーからすべてのアラートが完全に削除されます。続行しますか?

RBAC が有効な場合は、消去する権限があるアラートだけが対象になります。</translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation>アラートの消去</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Dismiss All Alerts</source>
        <translation>すべてのアラートの消去</translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>すべて消去</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>{names} and %n more</source>
        <translation>{names} ほか %n 個</translation>
    </message>
    <message>
        <source>VM</source>
        <extracomment>The nouns confirmations count (``counted``): singular and plural, translated where a confirmation is made.</extracomment>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>virtual disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>system disk</source>
        <translation>システム ディスク</translation>
    </message>
    <message>
        <source>system disks</source>
        <translation>システム ディスク</translation>
    </message>
    <message>
        <source>the {noun} {names}</source>
        <translation>{noun}{names}</translation>
    </message>
    <message>
        <source>Delete {what}? This cannot be undone.</source>
        <translation>{what}を削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete {what} and %n virtual disk used by nothing else? This cannot be undone.</source>
        <translation>{what}と、他で使用されていない %n 個の仮想ディスクを削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete {what} and %n virtual disks used by nothing else? This cannot be undone.</source>
        <translation>{what}と、他で使用されていない %n 個の仮想ディスクを削除しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>This action will detach a system disk from the VM which may leave it unbootable. Would you like to continue?</source>
        <translation>この操作により仮想マシンからシステム ディスクが切断され、起動できなくなる可能性があります。続行しますか?</translation>
    </message>
    <message>
        <source>Detaching this virtual disk will remove the association between it and the VM while preserving the disk and its data. Would you like to continue?</source>
        <translation>この仮想ディスクを切断すると、ディスクとそのデータは保持されたまま、仮想マシンとの関連付けが解除されます。続行しますか?</translation>
    </message>
    <message>
        <source>Detach Virtual Disk</source>
        <translation>仮想ディスクの切断</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Delete Virtual Disk</source>
        <translation>仮想ディスクの削除</translation>
    </message>
    <message>
        <source>This will delete {what} permanently, destroying the data on it. Continue?</source>
        <translation>{what}を完全に削除し、そのデータを破棄します。続行しますか?</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>What the confirmation calls the objects.</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Are you sure you want to delete the graph &apos;{name}&apos;?</source>
        <translation>グラフ“{name}”を削除しますか?</translation>
    </message>
    <message>
        <source>Delete Graph</source>
        <translation>グラフの削除</translation>
    </message>
    <message>
        <source>Are you sure you want to disable HA for pool &apos;{name}&apos;?</source>
        <translation>プール“{name}”の HA を無効にしますか?</translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation>HA を無効にする</translation>
    </message>
    <message>
        <source>Put {names} in maintenance mode? Running VMs are migrated to other servers of the pool, and no VM can start there until you exit maintenance mode.</source>
        <translation>{names} をメンテナンス モードにしますか? 実行中の仮想マシンはプール内の他のサーバーに移行され、メンテナンス モードを終了するまでそのサーバーでは仮想マシンを起動できません。</translation>
    </message>
    <message>
        <source>Reboot {names}? VMs running there are shut down unless you migrate them first (Enter Maintenance Mode does that).</source>
        <translation>{names} を再起動しますか? 先に移行しない限り (メンテナンス モードの開始で移行されます)、そこで実行中の仮想マシンはシャットダウンされます。</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down &apos;{name}&apos;?

This will also shut down all the VMs currently running on it.</source>
        <translation>“{name}”をシャットダウンしますか?

このサーバーで現在実行中のすべての仮想マシンもシャットダウンされます。</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down the selected servers?

This will also shut down all the VMs currently running on them.</source>
        <translation>選択したサーバーをシャットダウンしますか?

これらのサーバーで現在実行中のすべての仮想マシンもシャットダウンされます。</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down &apos;{name}&apos;?</source>
        <translation>“{name}”をシャットダウンしますか?</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down the selected servers?</source>
        <translation>選択したサーバーをシャットダウンしますか?</translation>
    </message>
    <message>
        <source>

{name} is the pool coordinator. It is strongly recommended to nominate a new coordinator for the pool before proceeding.</source>
        <translation>

{name} はプール コーディネーターです。続行する前にプールの新しいコーディネーターを指定することを強くお勧めします。</translation>
    </message>
    <message>
        <source>

{names} are pool coordinators. It is strongly recommended to nominate a new coordinator for each affected pool before proceeding.</source>
        <translation>

{names} はプール コーディネーターです。続行する前に、影響を受ける各プールの新しいコーディネーターを指定することを強くお勧めします。</translation>
    </message>
    <message>
        <source>Shut Down Multiple Servers</source>
        <translation>複数のサーバーのシャットダウン</translation>
    </message>
    <message>
        <source>Yes, Shut Down</source>
        <translation>はい、シャットダウンします</translation>
    </message>
    <message>
        <source>Are you sure you want to restart the toolstack on &apos;{name}&apos;? Note that {program} will temporarily lose connection to the server.</source>
        <translation>“{name}”のツールスタックを再起動しますか? {program} とサーバーの接続は一時的に失われます。</translation>
    </message>
    <message>
        <source>Are you sure you want to restart the toolstack on the selected servers? Note that {program} will temporarily lose connection to them.</source>
        <translation>選択したサーバーのツールスタックを再起動しますか? {program} とこれらのサーバーの接続は一時的に失われます。</translation>
    </message>
    <message>
        <source>This will delete the selected network permanently. Continue?</source>
        <translation>選択したネットワークを完全に削除します。続行しますか?</translation>
    </message>
    <message>
        <source>

The network interfaces of {names} on it are deleted too.</source>
        <translation>

このネットワーク上の {names} のネットワーク インターフェイスも削除されます。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>ネットワークの削除</translation>
    </message>
    <message>
        <source>Are you sure that you want to delete {names}?</source>
        <translation>{names} を削除しますか?</translation>
    </message>
    <message>
        <source>

Deleting this bond will automatically transfer the management interface on the bond to the first of the bonded members: 

- {program} connections to the pool will temporarily be disturbed

- If your network configuration is incorrect then {program} may permanently lose the connection to the pool, or pool members may be unable to contact each other.</source>
        <translation>

このボンドを削除すると、ボンド上の管理インターフェイスは最初のボンド メンバーに自動的に移されます: 

- {program} とプールの接続は一時的に中断されます

- ネットワーク構成が正しくない場合、{program} とプールの接続が完全に失われたり、プール メンバー同士が通信できなくなったりする可能性があります。</translation>
    </message>
    <message>
        <source>Delete Bond</source>
        <translation>ボンドの削除</translation>
    </message>
    <message>
        <source>Delete bond</source>
        <translation>ボンドを削除</translation>
    </message>
    <message>
        <source>Rename {word}</source>
        <translation>{word}の名前の変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>You are reconfiguring the primary management interface.  If the new settings are incorrect then {brand} may permanently lose the connection to the server, or pool members may be unable to contact each other.</source>
        <translation>プライマリ管理インターフェイスを再構成しようとしています。新しい設定が正しくない場合、{brand} がサーバーへの接続を完全に失うか、プールのメンバーが互いに通信できなくなる可能性があります。</translation>
    </message>
    <message>
        <source>You are reconfiguring the primary management interface.  If the new settings are incorrect then {brand} may permanently lose the connection to the server.</source>
        <translation>プライマリ管理インターフェイスを再構成しようとしています。新しい設定が正しくない場合、{brand} がサーバーへの接続を完全に失う可能性があります。</translation>
    </message>
    <message>
        <source>You should only proceed if you have verified that these settings are correct.</source>
        <translation>これらの設定が正しいことを確認した場合にのみ続行してください。</translation>
    </message>
    <message>
        <source>Configure IP Addresses - {name}</source>
        <translation>IP アドレスの構成 - {name}</translation>
    </message>
    <message>
        <source>Reconfigure anyway</source>
        <translation>それでも再構成する</translation>
    </message>
    <message>
        <source>Do you want to remove &apos;{name}&apos; from pool &apos;{pool}&apos;? 

This will permanently delete and reinitialize all local storage on &apos;{name}&apos;. Your data will be lost, and the server will be rebooted. If Active Directory is configured for pool &apos;{pool}&apos;, the server will be removed from the domain.</source>
        <translation>プール“{pool}”から“{name}”を削除しますか? 

“{name}”のすべてのローカル ストレージが完全に削除されて再初期化されます。データは失われ、サーバーは再起動されます。プール“{pool}”で Active Directory が構成されている場合、サーバーはドメインから削除されます。</translation>
    </message>
    <message>
        <source>Do you want to remove the selected servers from pool &apos;{pool}&apos;?

This will permanently delete and reinitialize all local storage on the servers. Your data will be lost, and the servers will be rebooted. If Active Directory is configured for pool &apos;{pool}&apos;, the servers will be removed from the domain.</source>
        <translation>選択したサーバーをプール“{pool}”から削除しますか?

サーバーのすべてのローカル ストレージが完全に削除されて再初期化されます。データは失われ、サーバーは再起動されます。プール“{pool}”で Active Directory が構成されている場合、サーバーはドメインから削除されます。</translation>
    </message>
    <message>
        <source>Remove From Pool</source>
        <translation>プールから削除</translation>
    </message>
    <message>
        <source>Yes, Remove</source>
        <translation>はい、削除します</translation>
    </message>
    <message>
        <source>Nominate &apos;{name}&apos; as the new coordinator of pool &apos;{pool}&apos;?

{program} will temporarily lose connection to the pool while the coordinator changes, then connects to the new coordinator.</source>
        <translation>“{name}”をプール“{pool}”の新しいコーディネーターに指定しますか?

コーディネーターの変更中、{program} とプールの接続は一時的に失われ、その後新しいコーディネーターに接続します。</translation>
    </message>
    <message>
        <source>Make Coordinator</source>
        <translation>コーディネーターにする</translation>
    </message>
    <message>
        <source>Do you want to move the server {name} into the pool {pool}?</source>
        <translation>サーバー {name} をプール {pool} に移動しますか?</translation>
    </message>
    <message>
        <source>Do you want to move the selected servers into the pool {pool}?</source>
        <translation>選択したサーバーをプール {pool} に移動しますか?</translation>
    </message>
    <message>
        <source>Adding to Pool</source>
        <translation>プールへの追加</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Remove {names} from the list of servers? Its saved password is forgotten too.</source>
        <translation>サーバー一覧から {names} を削除しますか? 保存されたパスワードも削除されます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Revert &apos;{vm}&apos; to the snapshot &apos;{snapshot}&apos;? The VM&apos;s current state is lost unless you take a snapshot of it first.</source>
        <translation>“{vm}”をスナップショット“{snapshot}”に戻しますか? 先にスナップショットを作成しない限り、仮想マシンの現在の状態は失われます。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>

VMs with disks on it: {names}.</source>
        <translation>

この SR にディスクがある仮想マシン: {names}。</translation>
    </message>
    <message>
        <source>Detaching this storage repository will make the virtual disks that it contains inaccessible. The contents of the virtual disks themselves will remain intact.

If you subsequently reattach the storage repository, you will need to provide the correct device configuration details.

Are you sure you want to detach this storage repository?</source>
        <translation>このストレージリポジトリを切断すると、含まれている仮想ディスクにアクセスできなくなります。仮想ディスクの内容自体はそのまま残ります。

後でストレージリポジトリを再接続する場合は、正しいデバイス構成の詳細を指定する必要があります。

このストレージリポジトリを切断しますか?</translation>
    </message>
    <message>
        <source>Detach Storage Repository</source>
        <translation>ストレージリポジトリの切断</translation>
    </message>
    <message>
        <source>Are you sure you want to forget &apos;{name}&apos;?

Forgetting this storage repository will permanently remove the information used to connect the virtual machines to the virtual disks in the storage repository. The contents of the virtual disks themselves will remain intact.

This action is final and unrecoverable.</source>
        <translation>“{name}”を認識解除しますか?

このストレージリポジトリを認識解除すると、仮想マシンをストレージリポジトリ内の仮想ディスクに接続するための情報が完全に削除されます。仮想ディスクの内容自体はそのまま残ります。

この操作は最終的なもので、元に戻せません。</translation>
    </message>
    <message>
        <source>Forget Storage Repository</source>
        <translation>ストレージリポジトリの認識解除</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>認識解除</translation>
    </message>
    <message>
        <source>Are you sure you want to destroy &apos;{name}&apos;?

Destroying this storage repository will permanently remove all associated virtual disks from the underlying storage device.

This action is final and unrecoverable.</source>
        <translation>“{name}”を破棄しますか?

このストレージリポジトリを破棄すると、関連するすべての仮想ディスクが基盤のストレージ デバイスから完全に削除されます。

この操作は最終的なもので、元に戻せません。</translation>
    </message>
    <message>
        <source>Destroy Storage Repository</source>
        <translation>ストレージリポジトリの破棄</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Reclaim freed space</source>
        <translation>解放された領域の再利用</translation>
    </message>
    <message>
        <source>The process of reclaiming space may place significant load on the storage controller, temporarily affecting the storage&apos;s performance.

Would you like to carry out the operation at this time?</source>
        <translation>領域の再利用処理はストレージ コントローラーに大きな負荷をかけ、一時的にストレージのパフォーマンスに影響することがあります。

今すぐこの操作を実行しますか?</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>再利用</translation>
    </message>
    <message>
        <source>Convert VM to Template</source>
        <translation>仮想マシンをテンプレートに変換</translation>
    </message>
    <message>
        <source>Are you sure you want to convert VM &apos;{name}&apos; to a template? This cannot be undone.</source>
        <translation>仮想マシン“{name}”をテンプレートに変換しますか? この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>変換</translation>
    </message>
    <message>
        <source>Save as a Template</source>
        <translation>テンプレートとして保存</translation>
    </message>
    <message>
        <source>Enter a name for the new template:</source>
        <translation>新しいテンプレートの名前を入力してください:</translation>
    </message>
    <message>
        <source>Template from snapshot &apos;{name}&apos;</source>
        <translation>スナップショット“{name}”からのテンプレート</translation>
    </message>
    <message>
        <source>You are about to remove &apos;{name}&apos; from the AD domain &apos;{domain}&apos;. Any users authenticated using AD will be disconnected.

Do you want to continue?</source>
        <translation>“{name}”を AD ドメイン“{domain}”から削除しようとしています。AD を使用して認証されたユーザーはすべて切断されます。

続行しますか?</translation>
    </message>
    <message>
        <source>Leave Domain</source>
        <translation>ドメインから脱退</translation>
    </message>
    <message>
        <source>Users or groups (EXAMPLE\name, separated by commas):</source>
        <translation>ユーザーまたはグループ (EXAMPLE\name、コンマ区切り):</translation>
    </message>
    <message>
        <source>Are you sure you want to remove the user &apos;{name}&apos;?</source>
        <translation>ユーザー“{name}”を削除しますか?</translation>
    </message>
    <message>
        <source>Are you sure you want to remove these %n users? ({names})</source>
        <translation>これらの %n 人のユーザーを削除しますか? ({names})</translation>
    </message>
    <message>
        <source>Force {what} to shut down? This is like pulling the power cable: unsaved data in the guest is lost.</source>
        <translation>{what}を強制的にシャットダウンしますか? 電源ケーブルを抜くのと同じです: ゲストの保存されていないデータは失われます。</translation>
    </message>
    <message>
        <source>Force {what} to reboot? This is like pressing the reset button: unsaved data in the guest is lost.</source>
        <translation>{what}を強制的に再起動しますか? リセット ボタンを押すのと同じです: ゲストの保存されていないデータは失われます。</translation>
    </message>
    <message>
        <source>Do you want to delete policy &apos;{name}&apos;?</source>
        <translation>ポリシー“{name}”を削除しますか?</translation>
    </message>
    <message>
        <source>Do you want to delete the selected policies ({names})?</source>
        <translation>選択したポリシー ({names}) を削除しますか?</translation>
    </message>
    <message>
        <source>Delete Snapshot Schedule</source>
        <translation>スナップショット スケジュールの削除</translation>
    </message>
    <message>
        <source>Remove the network interface {words}? The VM loses that connection.</source>
        <translation>ネットワークインターフェイス {words} を削除しますか? 仮想マシンはその接続を失います。</translation>
    </message>
    <message>
        <source>Remove the network interfaces {words}? The VM loses that connection.</source>
        <translation>ネットワークインターフェイス {words} を削除しますか? 仮想マシンはその接続を失います。</translation>
    </message>
    <message>
        <source>Delete Search &apos;{name}&apos;</source>
        <translation>検索“{name}”の削除</translation>
    </message>
    <message>
        <source>Are you sure you want to delete saved search &apos;{name}&apos;?</source>
        <translation>保存された検索“{name}”を削除しますか?</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Disconnected</source>
        <extracomment>Newest XenAPI version this program was written against (XenServer 8 / XCP-ng 8.3). Newer is fine: it only earns a warning in the log (refusing is what made XCP-ng Center hated). The reasons a connection gives (``reason``, ``state_changed``), in English: code compares them and the log keeps them; the window translates them where it shows them (``views/words.reason``, context ``Connection``).</extracomment>
        <translation>切断されました</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>A password is needed</source>
        <translation>パスワードが必要です</translation>
    </message>
    <message>
        <source>Connecting to {address}…</source>
        <translation>{address} に接続しています…</translation>
    </message>
    <message>
        <source>Logging in to {address} as {user}…</source>
        <translation>{address} に {user} としてログインしています…</translation>
    </message>
    <message>
        <source>Loading objects…</source>
        <translation>オブジェクトを読み込んでいます…</translation>
    </message>
    <message>
        <source>Looking for the pool coordinator…</source>
        <translation>プールコーディネーターを探しています…</translation>
    </message>
    <message>
        <source>Internal error (see the log)</source>
        <translation>内部エラー (ログを参照してください)</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <extracomment>Why a connection failed (``connection_problem``): in English like the connection&apos;s other reasons (code compares them, the log keeps them); the window translates them where it shows them (``views/words.reason``).</extracomment>
        <translation>ユーザー名またはパスワードが正しくありません</translation>
    </message>
    <message>
        <source>Certificate changed: the host presented a different certificate than the one you trusted</source>
        <translation>証明書が変更されました: ホストが提示した証明書は信頼済みの証明書と異なります</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <source>Host is a pool member and its coordinator ({address}) could not be reached</source>
        <translation>ホストはプールのメンバーで、そのコーディネーター ({address}) に到達できませんでした</translation>
    </message>
    <message>
        <source>{why} (is this a XenServer or XCP-ng host?)</source>
        <translation>{why}（XenServer または XCP-ng のホストですか?）</translation>
    </message>
    <message>
        <source>The server refused: {why}</source>
        <translation>サーバーが拒否しました: {why}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind})</source>
        <translation>予期しないエラー ({kind})</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>&amp;Refuse unencrypted connections</source>
        <translation>暗号化されていない接続を拒否する(&amp;R)</translation>
    </message>
    <message>
        <source>Connect only to servers that offer TLS (VeNCrypt): without it, the picture, your keys and the VNC password&apos;s challenge cross the network readable</source>
        <translation>TLS (VeNCrypt) を提供するサーバーにのみ接続します。TLS がないと、画面、キー入力、VNC パスワードのチャレンジが読み取り可能な状態でネットワークを流れます</translation>
    </message>
    <message>
        <source>&amp;Scale the picture to fit the window</source>
        <translation>画面をウィンドウに合わせて拡大縮小する(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;hare the clipboard with the guest</source>
        <translation>ゲストとクリップボードを共有する(&amp;H)</translation>
    </message>
    <message>
        <source>Text copied on either side can be pasted on the other</source>
        <translation>どちら側でコピーしたテキストも反対側に貼り付けられます</translation>
    </message>
    <message>
        <source>&amp;Grab the keyboard when a console connects (Right Ctrl releases it)</source>
        <translation>コンソールの接続時にキーボードをキャプチャする(&amp;G) (右 Ctrl で解放)</translation>
    </message>
    <message>
        <source>Lossless (Tight, ZRLE)</source>
        <translation>ロスレス (Tight、ZRLE)</translation>
    </message>
    <message>
        <source>JPEG where the server sees photos, quality {level} (least data)</source>
        <translation>サーバーが写真と判断した部分は JPEG、品質 {level} (データ量最小)</translation>
    </message>
    <message>
        <source>JPEG where the server sees photos, quality {level}</source>
        <translation>サーバーが写真と判断した部分は JPEG、品質 {level}</translation>
    </message>
    <message>
        <source>Tight&apos;s JPEG: fewer bytes for photo-like areas on slow links, at the cost of exactness (saved for every console)</source>
        <translation>Tight の JPEG: 低速なリンクで写真のような領域のバイト数を減らしますが、正確さは失われます (すべてのコンソールに保存)</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>サーバーの既定値</translation>
    </message>
    <message>
        <source>Level {level} (fastest)</source>
        <translation>レベル {level} (最速)</translation>
    </message>
    <message>
        <source>Level {level} (smallest)</source>
        <translation>レベル {level} (最小)</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>レベル {level}</translation>
    </message>
</context>
<context>
    <name>ConsoleSecurity</name>
    <message>
        <source>insecure (no encryption)</source>
        <extracomment>The status line&apos;s words, translated where shown (context ``ConsoleSecurity``; English on the command line).</extracomment>
        <translation>非セキュア (暗号化なし)</translation>
    </message>
    <message>
        <source>encrypted but not authenticated (anonymous TLS)</source>
        <translation>暗号化済み、ただし未認証 (匿名 TLS)</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>暗号化済み (TLS)</translation>
    </message>
</context>
<context>
    <name>ConsoleTab</name>
    <message>
        <source>The selected object no longer exists.</source>
        <translation>選択したオブジェクトはもう存在しません。</translation>
    </message>
    <message>
        <source>Show window</source>
        <extracomment>Seconds a hidden tab keeps its session (switching tabs back and forth must not reconnect).</extracomment>
        <translation>ウィンドウを表示</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>ドッキング</translation>
    </message>
    <message>
        <source>The console of {name} is open in its own window.</source>
        <translation>{name} のコンソールは別のウィンドウで開いています。</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Not connected</source>
        <extracomment>The session ended for good (``Status.error``: e.g. a CertificateUnknown the window can ask about).</extracomment>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Disconnected: {reason} — reconnecting in {seconds} s</source>
        <translation>切断されました: {reason} — {seconds} 秒後に再接続します</translation>
    </message>
    <message>
        <source>Disconnected: {reason}</source>
        <translation>切断されました: {reason}</translation>
    </message>
    <message>
        <source>Connecting to {console}…</source>
        <translation>{console} に接続しています…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断されました</translation>
    </message>
    <message>
        <source>Connected to {console} — {encoding}, {width}×{height}</source>
        <translation>{console} に接続しました — {encoding}、{width}×{height}</translation>
    </message>
    <message>
        <source> — keyboard grabbed (Right Ctrl releases)</source>
        <translation> — キーボードを占有中 (右 Ctrl で解放)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Right Ctrl</source>
        <translation>右 Ctrl</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Delete to the guest</source>
        <translation>ゲストに Ctrl+Alt+Delete を送信</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Insert (for guests whose Ctrl+Alt+Delete the local system takes)</source>
        <translation>ゲストに Ctrl+Alt+Insert を送信 (Ctrl+Alt+Delete をローカル システムが受け取ってしまう場合)</translation>
    </message>
    <message>
        <source>Type clipboard</source>
        <translation>クリップボード入力</translation>
    </message>
    <message>
        <source>Type the text of the clipboard into the guest, key by key</source>
        <translation>クリップボードのテキストを 1 キーずつゲストに入力します</translation>
    </message>
    <message>
        <source>Send clipboard</source>
        <translation>クリップボード送信</translation>
    </message>
    <message>
        <source>Put the text of the clipboard on the guest&apos;s clipboard (copies made while the console has the focus are shared by themselves)</source>
        <translation>クリップボードのテキストをゲストのクリップボードに置きます (コンソールにフォーカスがある間のコピーは自動的に共有されます)</translation>
    </message>
    <message>
        <source>Scale to fit</source>
        <translation>画面に合わせる</translation>
    </message>
    <message>
        <source>Scale the picture to the window; off: 1:1 with scroll bars</source>
        <translation>画面をウィンドウに合わせて拡大縮小します。オフ: スクロール バー付きで 1:1</translation>
    </message>
    <message>
        <source>Grab keyboard</source>
        <translation>キーボード占有</translation>
    </message>
    <message>
        <source>Send every key to the guest, system shortcuts too; {key} releases</source>
        <translation>システムのショートカットも含め、すべてのキーをゲストに送ります。{key} で解放します</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Try to connect again now</source>
        <translation>今すぐ再接続を試みます</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>スクリーンショット…</translation>
    </message>
    <message>
        <source>Save the console picture as PNG</source>
        <translation>コンソールの画面を PNG として保存します</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>Full screen (Ctrl+Alt+Enter or F11)</source>
        <translation>全画面表示 (Ctrl+Alt+Enter または F11)</translation>
    </message>
    <message>
        <source>Undock</source>
        <translation>切り離し</translation>
    </message>
    <message>
        <source>Open the console in its own window</source>
        <translation>コンソールを別のウィンドウで開きます</translation>
    </message>
    <message>
        <source>Full screen — Esc, F11, Ctrl+Alt+Enter or a tap on {key} leaves it</source>
        <translation>全画面表示 — Esc、F11、Ctrl+Alt+Enter または {key} を押すと終了します</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>ドッキング</translation>
    </message>
    <message>
        <source>Put the console back in its tab</source>
        <translation>コンソールをタブに戻します</translation>
    </message>
    <message>
        <source>Save console screenshot</source>
        <translation>コンソールのスクリーンショットを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <source>The screenshot could not be saved: {error}</source>
        <translation>スクリーンショットを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Keyboard grabbed ({key} releases)</source>
        <translation>キーボードを占有中 ({key} で解放)</translation>
    </message>
    <message>
        <source>{title} — Console</source>
        <translation>{title} — コンソール</translation>
    </message>
</context>
<context>
    <name>Consoles</name>
    <message>
        <source>This VM is shut down; start it to use its console.</source>
        <extracomment>Power state -&gt; (what the user reads, translated where shown (context ``Consoles``), the command that makes the console available).</extracomment>
        <translation>この仮想マシンはシャットダウンされています。コンソールを使用するには起動してください。</translation>
    </message>
    <message>
        <source>This VM is suspended; resume it to use its console.</source>
        <translation>この仮想マシンは一時停止中です。コンソールを使用するには再開してください。</translation>
    </message>
    <message>
        <source>This VM is paused; unpause it to use its console.</source>
        <translation>この仮想マシンは一時中断中です。コンソールを使用するには一時中断を解除してください。</translation>
    </message>
    <message>
        <source>This server is not reachable, so its console is not available.</source>
        <translation>このサーバーに到達できないため、コンソールを使用できません。</translation>
    </message>
    <message>
        <source>This server offers no console.</source>
        <translation>このサーバーにはコンソールがありません。</translation>
    </message>
    <message>
        <source>The server&apos;s text console is available.</source>
        <translation>サーバーのテキスト コンソールを使用できます。</translation>
    </message>
    <message>
        <source>This VM is running but offers no console.</source>
        <translation>この仮想マシンは実行中ですが、コンソールがありません。</translation>
    </message>
    <message>
        <source>This VM is running; its console is available.</source>
        <translation>この仮想マシンは実行中です。コンソールを使用できます。</translation>
    </message>
</context>
<context>
    <name>CrossPoolWizard</name>
    <message>
        <source>Destination</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>Select the destination pool or standalone server</source>
        <translation>移行先のプールまたはスタンドアロン サーバーを選択してください</translation>
    </message>
    <message>
        <source>Select the pool or standalone server where you want to migrate the selected VM to, then the server in it that will run the VM.</source>
        <translation>選択した仮想マシンの移行先となるプールまたはスタンドアロン サーバーを選択し、次にその中で仮想マシンを実行するサーバーを選択してください。</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>移行先:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Target server:</source>
        <translation>ターゲット サーバー:</translation>
    </message>
    <message>
        <source>Connect to the server you want to migrate the VM to first (File &gt; Add Server).</source>
        <translation>まず移行先のサーバーに接続してください ([ファイル] &gt; [サーバーの追加])。</translation>
    </message>
    <message>
        <source>Choose the server that will run the VM.</source>
        <translation>仮想マシンを実行するサーバーを選択してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot take the VM: {reason}</source>
        <translation>&apos;{name}&apos; はこの仮想マシンを受け入れられません: {reason}</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Configure storage</source>
        <translation>ストレージの設定</translation>
    </message>
    <message>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Storage in the destination</source>
        <translation>移行先のストレージ</translation>
    </message>
    <message>
        <source>Select the storage repository in the destination for each virtual disk.</source>
        <translation>仮想ディスクごとに移行先のストレージリポジトリを選択してください。</translation>
    </message>
    <message>
        <source>Choose storage for every disk.</source>
        <translation>すべてのディスクのストレージを選択してください。</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Configure networking</source>
        <translation>ネットワークの設定</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Network in the destination</source>
        <translation>移行先のネットワーク</translation>
    </message>
    <message>
        <source>Map the virtual network interfaces in the selected VM to networks in the destination pool or standalone server.</source>
        <translation>選択した仮想マシンの仮想ネットワーク インターフェイスを、移行先のプールまたはスタンドアロン サーバーのネットワークに割り当ててください。</translation>
    </message>
    <message>
        <source>Interface {device} ({network})</source>
        <translation>インターフェイス {device} ({network})</translation>
    </message>
    <message>
        <source>Migration Network</source>
        <translation>移行ネットワーク</translation>
    </message>
    <message>
        <source>Configure storage migration settings</source>
        <translation>ストレージ移行の設定</translation>
    </message>
    <message>
        <source>Select the network in the destination that the VM&apos;s disks and memory travel on. It needs an IP address on the target server.</source>
        <translation>仮想マシンのディスクとメモリを転送する移行先のネットワークを選択してください。ターゲット サーバー上で IP アドレスが必要です。</translation>
    </message>
    <message>
        <source>The target server has no network with an IP address.</source>
        <translation>ターゲット サーバーに IP アドレスを持つネットワークがありません。</translation>
    </message>
    <message>
        <source>Precheck</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Checking that the VM can be migrated</source>
        <translation>仮想マシンを移行できるかどうかを確認しています</translation>
    </message>
    <message>
        <source>The servers are asked whether the VM can be migrated with these settings.</source>
        <translation>これらの設定で仮想マシンを移行できるかどうかをサーバーに問い合わせます。</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>確認しています...</translation>
    </message>
    <message>
        <source>The VM can be migrated to the destination.</source>
        <translation>仮想マシンを移行先に移行できます。</translation>
    </message>
    <message>
        <source>The VM cannot be migrated with these settings: go back and change them.</source>
        <translation>これらの設定では仮想マシンを移行できません。前に戻って設定を変更してください。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Review settings</source>
        <translation>設定の確認</translation>
    </message>
    <message>
        <source>The wizard is ready to begin migrating the selected VM using the settings shown below. Click Previous to change them, otherwise click Finish to migrate the VM.</source>
        <translation>以下の設定で、選択した仮想マシンの移行を開始する準備ができました。設定を変更するには [前へ] を、仮想マシンを移行するには [完了] をクリックしてください。</translation>
    </message>
    <message>
        <source>Migration network</source>
        <translation>移行ネットワーク</translation>
    </message>
    <message>
        <source>Migrate VM &apos;{name}&apos;</source>
        <translation>仮想マシン &apos;{name}&apos; の移行</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>次へ &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 前へ</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is no longer on its server.</source>
        <translation>&apos;{name}&apos; はもうそのサーバー上にありません。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>{app} server list (*.{extension});;All files (*)</source>
        <translation>{app} サーバー一覧 (*.{extension});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Server List</source>
        <translation>サーバー一覧のエクスポート</translation>
    </message>
    <message>
        <source>Import Server List</source>
        <translation>サーバー一覧のインポート</translation>
    </message>
    <message>
        <source>This drive holds no disk.</source>
        <translation>このドライブにはディスクがありません。</translation>
    </message>
</context>
<context>
    <name>DiskDialogs</name>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>空き領域</translation>
    </message>
    <message>
        <source>Add Virtual Disk</source>
        <translation>仮想ディスクの追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>The disk needs a name.</source>
        <translation>ディスクには名前が必要です。</translation>
    </message>
    <message>
        <source>The disk cannot be smaller than {size}.</source>
        <translation>ディスクを {size} より小さくすることはできません。</translation>
    </message>
    <message>
        <source>Choose where the disk goes.</source>
        <translation>ディスクの配置先を選択してください。</translation>
    </message>
    <message>
        <source>Attach Disk to &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; へのディスクの接続</translation>
    </message>
    <message>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Unknown storage</source>
        <translation>不明なストレージ</translation>
    </message>
    <message>
        <source>Attach as read-only</source>
        <translation>読み取り専用で接続</translation>
    </message>
    <message>
        <source>There is no disk that can be attached to this VM.</source>
        <translation>この VM に接続できるディスクがありません。</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Copy &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; のコピー</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; の移動</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>unknown storage</source>
        <translation>不明なストレージ</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({size}) is on {where}. The new VM gets a fast clone there, or a full copy of the template&apos;s disks on other storage:</source>
        <translation>&apos;{name}&apos; ({size}) は {where} にあります。新しい VM はそこで高速クローンを取得するか、他のストレージ上にテンプレートのディスクの完全コピーを取得します:</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({size}) is on {where}. Move it to:</source>
        <translation>&apos;{name}&apos; ({size}) は {where} にあります。移動先:</translation>
    </message>
    <message>
        <source>The disk is already there.</source>
        <translation>ディスクは既にそこにあります。</translation>
    </message>
    <message>
        <source>Copy Template</source>
        <translation>テンプレートのコピー</translation>
    </message>
    <message>
        <source>Copy VM</source>
        <translation>VM のコピー</translation>
    </message>
    <message>
        <source>Fast clone: clone the existing template using a storage-level fast disk clone operation</source>
        <translation>高速クローン: ストレージ レベルの高速ディスク クローン操作で既存のテンプレートをクローンします</translation>
    </message>
    <message>
        <source>Fast clone: clone the existing vm using a storage-level fast disk clone operation</source>
        <translation>高速クローン: ストレージ レベルの高速ディスク クローン操作で既存の VM をクローンします</translation>
    </message>
    <message>
        <source>Full copy: create a full copy of the existing template on this storage repository:</source>
        <translation>完全コピー: 既存のテンプレートの完全なコピーをこのストレージリポジトリに作成します:</translation>
    </message>
    <message>
        <source>Full copy: create a full copy of the existing vm on this storage repository:</source>
        <translation>完全コピー: 既存の VM の完全なコピーをこのストレージリポジトリに作成します:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>コピーには名前が必要です。</translation>
    </message>
    <message>
        <source>Choose where the copy goes.</source>
        <translation>コピーの配置先を選択してください。</translation>
    </message>
    <message>
        <source>Add Virtual Interface</source>
        <translation>仮想インターフェイスの追加</translation>
    </message>
    <message>
        <source>Autogenerate a MAC address</source>
        <translation>MAC アドレスを自動生成する</translation>
    </message>
    <message>
        <source>Use this MAC address:</source>
        <translation>この MAC アドレスを使用:</translation>
    </message>
    <message>
        <source>Enable QoS limit:</source>
        <translation>QoS 制限を有効にする:</translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation> kB/秒</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>ネットワーク:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC アドレス:</translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation>QoS 制限:</translation>
    </message>
    <message>
        <source>There is no network to connect to.</source>
        <translation>接続できるネットワークがありません。</translation>
    </message>
    <message>
        <source>Type the MAC address, or let one be generated.</source>
        <translation>MAC アドレスを入力するか、自動生成させてください。</translation>
    </message>
    <message>
        <source>Another interface of this VM has the MAC address {mac}.</source>
        <translation>この VM の別のインターフェイスが MAC アドレス {mac} を使用しています。</translation>
    </message>
    <message>
        <source>Virtual Interface {device} Properties</source>
        <translation>仮想インターフェイス {device} のプロパティ</translation>
    </message>
</context>
<context>
    <name>DvdDrive</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;空&gt;</translation>
    </message>
    <message>
        <source>DVD Drive 1:</source>
        <translation>DVD ドライブ 1:</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>取り出し</translation>
    </message>
    <message>
        <source>Create DVD Drive</source>
        <translation>DVD ドライブの作成</translation>
    </message>
    <message>
        <source>This VM has no DVD drive.</source>
        <translation>この VM には DVD ドライブがありません。</translation>
    </message>
    <message>
        <source>DVD Drive {number}:</source>
        <translation>DVD ドライブ {number}:</translation>
    </message>
    <message>
        <source>Unknown disc</source>
        <translation>不明なディスク</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>使用できません。</translation>
    </message>
    <message>
        <source>Choose the disc to put in the drive</source>
        <translation>ドライブに入れるディスクを選択します</translation>
    </message>
    <message>
        <source>Empty the DVD drive</source>
        <translation>DVD ドライブを空にします</translation>
    </message>
    <message>
        <source>Give this VM a DVD drive</source>
        <translation>この VM に DVD ドライブを追加します</translation>
    </message>
</context>
<context>
    <name>Evacuation</name>
    <message>
        <source>Suspend the VM</source>
        <extracomment>XenCenter&apos;s solutions for a VM that blocks the evacuation: the command that removes the block, and its prompt (translated where shown, context ``Evacuation``).</extracomment>
        <translation>仮想マシンを一時停止</translation>
    </message>
    <message>
        <source>Shut down the VM</source>
        <translation>仮想マシンをシャットダウン</translation>
    </message>
    <message>
        <source>{reason} {solution}</source>
        <translation>{reason}{solution}</translation>
    </message>
    <message>
        <source>Will be migrated</source>
        <translation>移行されます</translation>
    </message>
    <message>
        <source>Will be migrated to &apos;{server}&apos;</source>
        <translation>“{server}”に移行されます</translation>
    </message>
    <message>
        <source>This VM uses a local CD.</source>
        <translation>この仮想マシンはローカル CD を使用しています。</translation>
    </message>
    <message>
        <source>This VM uses local storage.</source>
        <translation>この仮想マシンはローカル ストレージを使用しています。</translation>
    </message>
    <message>
        <source>There are no other servers available in the pool to migrate the running VMs to. Please suspend the VMs instead.</source>
        <translation>実行中の仮想マシンの移行先として使用できる他のサーバーがプール内にありません。代わりに仮想マシンを一時停止してください。</translation>
    </message>
    <message>
        <source>There is not enough free memory available on the other servers in the pool to migrate all the running VMs off this server. Please suspend some of the VMs</source>
        <translation>プール内の他のサーバーの空きメモリが不足しているため、実行中のすべての仮想マシンをこのサーバーから移行できません。一部の仮想マシンを一時停止してください</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>Tasks of the pool and operations of this window, newest first</source>
        <translation>プールのタスクとこのウィンドウの操作 (新しい順)</translation>
    </message>
    <message>
        <source>Select an operation to see its result and details.</source>
        <translation>操作を選択すると結果と詳細が表示されます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了したものをクリア</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>サーバー: {server}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状態: {status}</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>エラー: {error}</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>詳細: {details}</translation>
    </message>
    <message>
        <source>Started: {started}, took {duration}</source>
        <translation>開始: {started}、所要時間 {duration}</translation>
    </message>
    <message>
        <source>Started: {started}</source>
        <translation>開始: {started}</translation>
    </message>
    <message>
        <source>XenAPI calls (planned, not sent):</source>
        <translation>XenAPI 呼び出し (計画のみ、未送信):</translation>
    </message>
    <message>
        <source>XenAPI calls:</source>
        <translation>XenAPI 呼び出し:</translation>
    </message>
    <message>
        <source>Created: {objects}</source>
        <translation>作成済み: {objects}</translation>
    </message>
    <message>
        <source>Task: {task}</source>
        <translation>タスク: {task}</translation>
    </message>
    <message>
        <source>Object: {objects}</source>
        <translation>オブジェクト: {objects}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>ユーザー: {user}</translation>
    </message>
    <message>
        <source>Started: {started}, finished: {finished} ({duration})</source>
        <translation>開始: {started}、終了: {finished} ({duration})</translation>
    </message>
    <message>
        <source>The server removed the task before this window saw how it ended.</source>
        <translation>このウィンドウがタスクの結果を確認する前に、サーバーがタスクを削除しました。</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>&apos;{name}&apos; is saved with its settings and the contents of its virtual disks: as XVA, the format of &apos;xe vm-export&apos;, or as an OVF appliance that other hypervisors can read too (OVA: all in one file).</source>
        <translation>&apos;{name}&apos; を設定と仮想ディスクの内容とともに保存します。形式は XVA (&apos;xe vm-export&apos; の形式)、または他のハイパーバイザーでも読み込める OVF アプライアンス (OVA: すべてを 1 ファイルに) です。</translation>
    </message>
    <message>
        <source>XVA (a VM, as &apos;xe vm-export&apos; writes it)</source>
        <translation>XVA (仮想マシン、&apos;xe vm-export&apos; と同じ形式)</translation>
    </message>
    <message>
        <source>OVA (an appliance in one file)</source>
        <translation>OVA (1 ファイルのアプライアンス)</translation>
    </message>
    <message>
        <source>OVF (an appliance: an envelope, its manifest and VHD disks)</source>
        <translation>OVF (アプライアンス: エンベロープ、マニフェスト、VHD ディスク)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Enter a name for the file.</source>
        <translation>ファイル名を入力してください。</translation>
    </message>
    <message>
        <source>The name cannot contain a folder: choose the folder under Location.</source>
        <translation>名前にフォルダーを含めることはできません。フォルダーは [場所] で選択してください。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>フォルダー &apos;{folder}&apos; は存在しません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and its virtual disks ({size}, only the blocks in use are written) will be exported as an XVA file to {path}. The export shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>&apos;{name}&apos; とその仮想ディスク ({size}、使用中のブロックのみ書き込み) を XVA ファイルとして {path} にエクスポートします。エクスポートは [イベント] タブに表示され、そこでキャンセルできます。ファイルは完了時に作成されます。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and its virtual disks ({size}, only the blocks in use are written) will be exported as an OVA appliance to {path}. The export shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>&apos;{name}&apos; とその仮想ディスク ({size}、使用中のブロックのみ書き込み) を OVA アプライアンスとして {path} にエクスポートします。エクスポートは [イベント] タブに表示され、そこでキャンセルできます。ファイルは完了時に作成されます。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and its virtual disks ({size}, only the blocks in use are written) will be exported as an OVF appliance (with its disks and manifest beside it) to {path}. The export shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>&apos;{name}&apos; とその仮想ディスク ({size}、使用中のブロックのみ書き込み) を OVF アプライアンス (ディスクとマニフェストを横に配置) として {path} にエクスポートします。エクスポートは [イベント] タブに表示され、そこでキャンセルできます。ファイルは完了時に作成されます。</translation>
    </message>
    <message>
        <source>Export &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; のエクスポート</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>shut down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時中断</translation>
    </message>
    <message>
        <source>in another state</source>
        <translation>別の状態</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Server &apos;{name}&apos;</source>
        <translation>サーバー“{name}”</translation>
    </message>
    <message>
        <source>The VM</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>The SR</source>
        <translation>SR</translation>
    </message>
    <message>
        <source>{vm} must be {expected} for this, but it is {actual}.</source>
        <translation>この操作には {vm} が「{expected}」である必要がありますが、現在は「{actual}」です。</translation>
    </message>
    <message>
        <source>this object</source>
        <translation>このオブジェクト</translation>
    </message>
    <message>
        <source>Another operation is already in progress on {what}. Wait for it to finish, then try again.</source>
        <translation>{what} で別の操作が既に実行中です。完了するまで待ってから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>This operation has been blocked on {what} ({why}). Someone (or a tool) disabled it on purpose.</source>
        <translation>この操作は {what} でブロックされています ({why})。誰か (またはツール) が意図的に無効にしました。</translation>
    </message>
    <message>
        <source>This operation has been blocked on {what}. Someone (or a tool) disabled it on purpose.</source>
        <translation>この操作は {what} でブロックされています。誰か (またはツール) が意図的に無効にしました。</translation>
    </message>
    <message>
        <source>The {kind} no longer exists: it was probably deleted by someone else.</source>
        <translation>{kind} はもう存在しません: 他のユーザーによって削除された可能性があります。</translation>
    </message>
    <message>
        <source>The object no longer exists: it was probably deleted by someone else.</source>
        <translation>オブジェクトはもう存在しません: 他のユーザーによって削除された可能性があります。</translation>
    </message>
    <message>
        <source>The session with the server has ended. Reconnect and try again.</source>
        <translation>サーバーとのセッションが終了しました。再接続してもう一度実行してください。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Not enough server memory is available to perform this operation: {needed} needed, {free} free.</source>
        <translation>この操作を実行するためのサーバー メモリが不足しています: 必要 {needed}、空き {free}。</translation>
    </message>
    <message>
        <source>No server has enough free memory for {vm}.</source>
        <translation>{vm} に十分な空きメモリを持つサーバーがありません。</translation>
    </message>
    <message>
        <source>the VM</source>
        <translation>この仮想マシン</translation>
    </message>
    <message>
        <source>The server does not have enough CPUs to run the VM: it has {cpus}, the VM has {vcpus} vCPUs.</source>
        <translation>サーバーの CPU が不足しているため仮想マシンを実行できません: サーバーは {cpus} 個、仮想マシンは {vcpus} 個の vCPU です。</translation>
    </message>
    <message>
        <source>{server} does not have some of the CPU features that {vm} is currently using ({features})</source>
        <translation>{server} には {vm} が現在使用している CPU 機能の一部がありません ({features})</translation>
    </message>
    <message>
        <source>{server} does not have some of the CPU features that {vm} is currently using.</source>
        <translation>{server} には {vm} が現在使用している CPU 機能の一部がありません。</translation>
    </message>
    <message>
        <source>{vm} has one or more PCI devices passed through, so it cannot be moved.</source>
        <translation>{vm} にはパススルーされた PCI デバイスがあるため、移動できません。</translation>
    </message>
    <message>
        <source>The VM needs the network {network}, which that server does not have.</source>
        <translation>仮想マシンにはネットワーク {network} が必要ですが、そのサーバーにはありません。</translation>
    </message>
    <message>
        <source>of one of its interfaces</source>
        <translation>（いずれかのインターフェイスのネットワーク）</translation>
    </message>
    <message>
        <source>{server} is disabled (in maintenance mode).</source>
        <translation>{server} は無効です (メンテナンス モード)。</translation>
    </message>
    <message>
        <source>The virtual disk was not given a destination storage.</source>
        <translation>仮想ディスクに移行先のストレージが指定されていません。</translation>
    </message>
    <message>
        <source>The virtual disk &apos;{name}&apos; was not given a destination storage.</source>
        <translation>仮想ディスク“{name}”に移行先のストレージが指定されていません。</translation>
    </message>
    <message>
        <source>A network interface of the VM was not given a destination network.</source>
        <translation>仮想マシンのネットワーク インターフェイスに移行先のネットワークが指定されていません。</translation>
    </message>
    <message>
        <source>Cannot migrate the virtual disk as it is not attached to a running VM.</source>
        <translation>仮想ディスクは実行中の仮想マシンに接続されていないため、移行できません。</translation>
    </message>
    <message>
        <source>Cannot migrate the virtual disk &apos;{name}&apos; as it is not attached to a running VM.</source>
        <translation>仮想ディスク“{name}”は実行中の仮想マシンに接続されていないため、移行できません。</translation>
    </message>
    <message>
        <source>The destination server {server} cannot be contacted: it may be switched off or there may be network connectivity problems.</source>
        <translation>移行先のサーバー {server} に接続できません: 電源が切れているか、ネットワーク接続に問題がある可能性があります。</translation>
    </message>
    <message>
        <source>The destination server cannot be contacted: it may be switched off or there may be network connectivity problems.</source>
        <translation>移行先のサーバーに接続できません: 電源が切れているか、ネットワーク接続に問題がある可能性があります。</translation>
    </message>
    <message>
        <source>{server} cannot use the network &apos;{network}&apos; for the transfer.</source>
        <translation>{server} は転送にネットワーク“{network}”を使用できません。</translation>
    </message>
    <message>
        <source>{server} cannot use the network for the transfer.</source>
        <translation>{server} は転送にそのネットワークを使用できません。</translation>
    </message>
    <message>
        <source>The transfer network has no IP address on the destination server: choose another.</source>
        <translation>転送ネットワークには移行先のサーバーの IP アドレスがありません: 別のネットワークを選択してください。</translation>
    </message>
    <message>
        <source>The transfer network has no IP address on the destination server.</source>
        <translation>転送ネットワークには移行先のサーバーの IP アドレスがありません。</translation>
    </message>
    <message>
        <source>Cannot migrate a VM to a destination server which is older than the source server.</source>
        <translation>移行元より古い移行先サーバーに仮想マシンを移行することはできません。</translation>
    </message>
    <message>
        <source>Too many VMs are moving their storage at once: try again later.</source>
        <translation>同時にストレージを移動している仮想マシンが多すぎます: 後でもう一度実行してください。</translation>
    </message>
    <message>
        <source>VM migration failed: {why}.</source>
        <translation>仮想マシンの移行に失敗しました: {why}。</translation>
    </message>
    <message>
        <source>the destination refused it</source>
        <translation>移行先が拒否しました</translation>
    </message>
    <message>
        <source>Memory limits must satisfy static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum.</source>
        <translation>メモリの制限は 静的最小値 ≤ 動的最小値 ≤ 動的最大値 ≤ 静的最大値 を満たす必要があります。</translation>
    </message>
    <message>
        <source>Only a snapshot can be reverted to.</source>
        <translation>元に戻せるのはスナップショットだけです。</translation>
    </message>
    <message>
        <source>The VM could not be reverted to the snapshot (its VM may no longer exist).</source>
        <translation>仮想マシンをスナップショットに戻せませんでした (仮想マシンがもう存在しない可能性があります)。</translation>
    </message>
    <message>
        <source>{server} is offline.</source>
        <translation>{server} はオフラインです。</translation>
    </message>
    <message>
        <source>The server is not live (it is not responding to the pool).</source>
        <translation>サーバーはライブではありません (プールに応答していません)。</translation>
    </message>
    <message>
        <source>The server is in emergency mode: its pool coordinator is unreachable.</source>
        <translation>サーバーは緊急モードです: プール コーディネーターに到達できません。</translation>
    </message>
    <message>
        <source>No server in the pool can run this VM right now.</source>
        <translation>プール内に現在この仮想マシンを実行できるサーバーがありません。</translation>
    </message>
    <message>
        <source>{vm} has no VM tools installed, so it cannot do this cleanly. Use the forced variant, or install the tools.</source>
        <translation>{vm} には VM Tools がインストールされていないため、正常に実行できません。強制実行を使用するか、ツールをインストールしてください。</translation>
    </message>
    <message>
        <source>{vm} does not support this (its tools lack it).</source>
        <translation>{vm} はこの操作をサポートしていません (ツールにこの機能がありません)。</translation>
    </message>
    <message>
        <source>{vm} cannot shut down cleanly (its tools lack it). Use Force Shut Down.</source>
        <translation>{vm} は正常にシャットダウンできません (ツールにこの機能がありません)。強制シャットダウンを使用してください。</translation>
    </message>
    <message>
        <source>{vm} cannot be suspended (its tools lack it).</source>
        <translation>{vm} は一時停止できません (ツールにこの機能がありません)。</translation>
    </message>
    <message>
        <source>This is a template: templates cannot be started or stopped.</source>
        <translation>これはテンプレートです: テンプレートは起動または停止できません。</translation>
    </message>
    <message>
        <source>That server runs a version that cannot host this VM.</source>
        <translation>そのサーバーのバージョンではこの仮想マシンをホストできません。</translation>
    </message>
    <message>
        <source>This VM needs storage that cannot be seen from that server ({sr}).</source>
        <translation>この仮想マシンには、そのサーバーから参照できないストレージが必要です ({sr})。</translation>
    </message>
    <message>
        <source>a storage repository</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>The VM needs a network that this server does not have.</source>
        <translation>仮想マシンには、このサーバーにないネットワークが必要です。</translation>
    </message>
    <message>
        <source>Your license does not allow this operation.</source>
        <translation>ご使用のライセンスではこの操作は許可されていません。</translation>
    </message>
    <message>
        <source>The server does not know this operation (its version does not offer it).</source>
        <translation>サーバーはこの操作を認識しません (そのバージョンでは提供されていません)。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>The server could not send its status report (the connection was cut, or xen-bugtool failed on the server): {why}</source>
        <translation>サーバーは状態レポートを送信できませんでした (接続が切断されたか、サーバーで xen-bugtool が失敗しました): {why}</translation>
    </message>
    <message>
        <source>The server could not send its status report (the connection was cut, or xen-bugtool failed on the server).</source>
        <translation>サーバーは状態レポートを送信できませんでした (接続が切断されたか、サーバーで xen-bugtool が失敗しました)。</translation>
    </message>
    <message>
        <source>The server is in use and cannot do this now.</source>
        <translation>サーバーは使用中のため、現在この操作を実行できません。</translation>
    </message>
    <message>
        <source>A server cannot remove itself from the pool.</source>
        <translation>サーバーは自身をプールから削除できません。</translation>
    </message>
    <message>
        <source>The server must be in maintenance mode (disabled) for this.</source>
        <translation>この操作には、サーバーがメンテナンス モード (無効) である必要があります。</translation>
    </message>
    <message>
        <source>This operation cannot be completed because the server is still live.</source>
        <translation>サーバーがまだライブであるため、この操作を完了できません。</translation>
    </message>
    <message>
        <source>This operation cannot be completed because the server power on mode is disabled.</source>
        <translation>サーバーの電源投入モードが無効であるため、この操作を完了できません。</translation>
    </message>
    <message>
        <source>The operation could not be performed because HA is enabled on the pool.</source>
        <translation>プールで HA が有効なため、この操作を実行できませんでした。</translation>
    </message>
    <message>
        <source>This server is a pool member; only the pool coordinator can do this.</source>
        <translation>このサーバーはプールのメンバーです。この操作はプール コーディネーターだけが実行できます。</translation>
    </message>
    <message>
        <source>The storage repository is full: {needed} needed, {free} free.</source>
        <translation>ストレージリポジトリがいっぱいです: 必要 {needed}、空き {free}。</translation>
    </message>
    <message>
        <source>The storage repository is full.</source>
        <translation>ストレージリポジトリがいっぱいです。</translation>
    </message>
    <message>
        <source>The storage repository is not attached to any server.</source>
        <translation>ストレージリポジトリはどのサーバーにも接続されていません。</translation>
    </message>
    <message>
        <source>The virtual disk is in use.</source>
        <translation>仮想ディスクは使用中です。</translation>
    </message>
    <message>
        <source>The virtual disk is read-only.</source>
        <translation>仮想ディスクは読み取り専用です。</translation>
    </message>
    <message>
        <source>The virtual disk is not managed by the server.</source>
        <translation>仮想ディスクはサーバーによって管理されていません。</translation>
    </message>
    <message>
        <source>The DVD drive is not empty: eject its disc first.</source>
        <translation>DVD ドライブは空ではありません: 先にディスクを取り出してください。</translation>
    </message>
    <message>
        <source>The DVD drive is empty.</source>
        <translation>DVD ドライブは空です。</translation>
    </message>
    <message>
        <source>Only a DVD drive can have its disc changed.</source>
        <translation>ディスクを交換できるのは DVD ドライブだけです。</translation>
    </message>
    <message>
        <source>This virtual disk cannot be deactivated while the VM runs.</source>
        <translation>仮想マシンの実行中はこの仮想ディスクを非アクティブにできません。</translation>
    </message>
    <message>
        <source>A DVD drive must be read-only.</source>
        <translation>DVD ドライブは読み取り専用である必要があります。</translation>
    </message>
    <message>
        <source>The device is already active.</source>
        <translation>デバイスは既にアクティブです。</translation>
    </message>
    <message>
        <source>The device is not active.</source>
        <translation>デバイスはアクティブではありません。</translation>
    </message>
    <message>
        <source>The VM already has a device at position {position}.</source>
        <translation>仮想マシンには位置 {position} に既にデバイスがあります。</translation>
    </message>
    <message>
        <source>The VM refused to let the device go (is it in use in the guest?).</source>
        <translation>仮想マシンがデバイスの解放を拒否しました (ゲストで使用中ですか?)。</translation>
    </message>
    <message>
        <source>&apos;{position}&apos; is not a valid device position.</source>
        <translation>“{position}”は有効なデバイス位置ではありません。</translation>
    </message>
    <message>
        <source>&apos;{mac}&apos; is not a valid MAC address.</source>
        <translation>“{mac}”は有効な MAC アドレスではありません。</translation>
    </message>
    <message>
        <source>No {kind} has the UUID &apos;{uuid}&apos;.</source>
        <translation>UUID が“{uuid}”の {kind} はありません。</translation>
    </message>
    <message>
        <source>No object has the UUID &apos;{uuid}&apos;.</source>
        <translation>UUID が“{uuid}”のオブジェクトはありません。</translation>
    </message>
    <message>
        <source>The storage repository does not support this operation.</source>
        <translation>ストレージリポジトリはこの操作をサポートしていません。</translation>
    </message>
    <message>
        <source>The server does not allow this now: {why}</source>
        <translation>サーバーは現在この操作を許可していません: {why}</translation>
    </message>
    <message>
        <source>The server does not allow this now.</source>
        <translation>サーバーは現在この操作を許可していません。</translation>
    </message>
    <message>
        <source>A disk of an HVM guest must be read-write.</source>
        <translation>HVM ゲストのディスクは読み書き可能である必要があります。</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>サーバーが内部エラーを報告しました。</translation>
    </message>
    <message>
        <source>The transfer stopped: the connection to this program was lost.</source>
        <translation>転送が停止しました: このプログラムとの接続が失われました。</translation>
    </message>
    <message>
        <source>The server could not read or write the virtual disk (device I/O error).</source>
        <translation>サーバーは仮想ディスクを読み書きできませんでした (デバイス I/O エラー)。</translation>
    </message>
    <message>
        <source>{sr} is still connected to a server: detach it first.</source>
        <translation>{sr} はまだサーバーに接続されています: 先に切断してください。</translation>
    </message>
    <message>
        <source>{sr} is not connected to any server: repair it first.</source>
        <translation>{sr} はどのサーバーにも接続されていません: 先に修復してください。</translation>
    </message>
    <message>
        <source>The SR still holds virtual disks: delete them first.</source>
        <translation>SR にはまだ仮想ディスクがあります: 先に削除してください。</translation>
    </message>
    <message>
        <source>The SR is already connected to {server}.</source>
        <translation>SR は既に {server} に接続されています。</translation>
    </message>
    <message>
        <source>that server</source>
        <translation>そのサーバー</translation>
    </message>
    <message>
        <source>A local SR can be connected to one server only.</source>
        <translation>ローカル SR は 1 台のサーバーにのみ接続できます。</translation>
    </message>
    <message>
        <source>The server has no storage driver of type &apos;{type}&apos;.</source>
        <translation>サーバーには種類“{type}”のストレージ ドライバーがありません。</translation>
    </message>
    <message>
        <source>An SR with this UUID is already known to the pool.</source>
        <translation>この UUID の SR はプールに既に存在します。</translation>
    </message>
    <message>
        <source>The server has no &apos;{plugin}&apos; plugin.</source>
        <translation>サーバーには“{plugin}”プラグインがありません。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot contain any shared storage.</source>
        <translation>プールに参加するサーバーに共有ストレージがあってはなりません。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot have any running VMs.</source>
        <translation>プールに参加するサーバーに実行中の仮想マシンがあってはなりません。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot have any running or suspended VMs.</source>
        <translation>プールに参加するサーバーに実行中または一時停止中の仮想マシンがあってはなりません。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot already be a coordinator of another pool.</source>
        <translation>プールに参加するサーバーが既に別のプールのコーディネーターであってはなりません。</translation>
    </message>
    <message>
        <source>The connection to the joining server failed.</source>
        <translation>参加するサーバーへの接続に失敗しました。</translation>
    </message>
    <message>
        <source>There was an error connecting to the server: the service contacted didn&apos;t reply properly.</source>
        <translation>サーバーへの接続中にエラーが発生しました: 接続先のサービスが正しく応答しませんでした。</translation>
    </message>
    <message>
        <source>Joining server cannot have VMs with any current operations.</source>
        <translation>参加するサーバーに操作実行中の仮想マシンがあってはなりません。</translation>
    </message>
    <message>
        <source>The servers in this pool are not homogeneous. {why}</source>
        <translation>このプール内のサーバーは同種ではありません。{why}</translation>
    </message>
    <message>
        <source>The servers in this pool are not homogeneous.</source>
        <translation>このプール内のサーバーは同種ではありません。</translation>
    </message>
    <message>
        <source>The hosts in this pool are not compatible.</source>
        <translation>このプール内のホストには互換性がありません。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same API version as the pool coordinator ({version}, the coordinator&apos;s {coordinator}).</source>
        <translation>プールに参加するホストの API バージョンはプール コーディネーターと同じである必要があります ({version}、コーディネーターは {coordinator})。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same API version as the pool coordinator.</source>
        <translation>プールに参加するホストの API バージョンはプール コーディネーターと同じである必要があります。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same database schema as the pool coordinator.</source>
        <translation>プールに参加するホストのデータベース スキーマはプール コーディネーターと同じである必要があります。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any non-management vlans.</source>
        <translation>プールに参加するホストに管理用以外の VLAN があってはなりません。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any bonds.</source>
        <translation>プールに参加するホストにボンドがあってはなりません。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any tunnels.</source>
        <translation>プールに参加するホストにトンネルがあってはなりません。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any network SR-IOVs.</source>
        <translation>プールに参加するホストにネットワーク SR-IOV があってはなりません。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same management vlan.</source>
        <translation>プールに参加するホストの管理 VLAN は同じである必要があります。</translation>
    </message>
    <message>
        <source>The external authentication configuration of the server joining the pool must match the pool&apos;s own external authentication configuration.</source>
        <translation>プールに参加するサーバーの外部認証の構成は、プールの外部認証の構成と一致する必要があります。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on one of the pool and the server joining it, but not on the other.</source>
        <translation>プールと参加するサーバーの一方では証明書の検証が有効ですが、もう一方では無効です。</translation>
    </message>
    <message>
        <source>The server is still booting.</source>
        <translation>サーバーはまだ起動中です。</translation>
    </message>
    <message>
        <source>This operation is not supported during an upgrade.</source>
        <translation>アップグレード中はこの操作はサポートされていません。</translation>
    </message>
    <message>
        <source>Could not {what}: {why}</source>
        <translation>{what}できませんでした: {why}</translation>
    </message>
    <message>
        <source>Could not change {what}: {why}</source>
        <translation>{what}を変更できませんでした: {why}</translation>
    </message>
    <message>
        <source> (Saved: {saved}.)</source>
        <translation>（保存済み: {saved}。）</translation>
    </message>
    <message>
        <source>The storage backend failed: {why}</source>
        <translation>ストレージ バックエンドが失敗しました: {why}</translation>
    </message>
    <message>
        <source>The storage backend failed.</source>
        <translation>ストレージ バックエンドが失敗しました。</translation>
    </message>
    <message>
        <source>The server refused the operation ({code}).</source>
        <translation>サーバーが操作を拒否しました ({code})。</translation>
    </message>
    <message>
        <source>The server could not be reached: {why}</source>
        <translation>サーバーに到達できませんでした: {why}</translation>
    </message>
    <message>
        <source>The file could not be written or read: {why}</source>
        <translation>ファイルを読み書きできませんでした: {why}</translation>
    </message>
    <message>
        <source>Unexpected error: {why}</source>
        <translation>予期しないエラー: {why}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind})</source>
        <translation>予期しないエラー ({kind})</translation>
    </message>
    <message>
        <source>The file is damaged: the checksum of {block} differs.</source>
        <translation>ファイルが破損しています: {block} のチェックサムが一致しません。</translation>
    </message>
    <message>
        <source>The file is not a valid XVA export: its disk chunks are out of order or name no disk.</source>
        <translation>このファイルは有効な XVA エクスポートではありません: ディスク チャンクの順序が正しくないか、ディスクが指定されていません。</translation>
    </message>
    <message>
        <source>This file could not be imported: {why}</source>
        <translation>このファイルをインポートできませんでした: {why}</translation>
    </message>
    <message>
        <source>This file could not be imported.</source>
        <translation>このファイルをインポートできませんでした。</translation>
    </message>
    <message>
        <source>The VM could not be imported because the XVA file is invalid: ova.xml missing (found &apos;{found}&apos;).</source>
        <translation>XVA ファイルが無効なため、仮想マシンをインポートできませんでした: ova.xml がありません (“{found}”が見つかりました)。</translation>
    </message>
    <message>
        <source>The VM could not be imported because the XVA file is invalid: ova.xml missing.</source>
        <translation>XVA ファイルが無効なため、仮想マシンをインポートできませんでした: ova.xml がありません。</translation>
    </message>
    <message>
        <source>The VM could not be imported; the end of the file was reached prematurely (the file is incomplete).</source>
        <extracomment>xapi&apos;s other import errors in XenCenter&apos;s words (translated where explained).</extracomment>
        <translation>仮想マシンをインポートできませんでした。ファイルの終わりに予期せず到達しました (ファイルが不完全です)。</translation>
    </message>
    <message>
        <source>Some data checksums were incorrect; the VM may be corrupt.</source>
        <translation>一部のデータのチェックサムが正しくありません。仮想マシンが破損している可能性があります。</translation>
    </message>
    <message>
        <source>Cannot import VM using chunked encoding.</source>
        <translation>チャンク エンコードを使用して仮想マシンをインポートすることはできません。</translation>
    </message>
    <message>
        <source>The VM could not be imported because a required object could not be found.</source>
        <translation>必要なオブジェクトが見つからないため、仮想マシンをインポートできませんでした。</translation>
    </message>
    <message>
        <source>The VM could not be imported because attached disks could not be found.</source>
        <translation>接続されているディスクが見つからないため、仮想マシンをインポートできませんでした。</translation>
    </message>
    <message>
        <source>Cannot import on this server because it was saved on an incompatible version.</source>
        <translation>互換性のないバージョンで保存されたため、このサーバーにはインポートできません。</translation>
    </message>
    <message>
        <source>The server&apos;s probe answer could not be read ({error}).</source>
        <translation>サーバーのプローブ応答を読み取れませんでした ({error})。</translation>
    </message>
    <message>
        <source>The server&apos;s probe answer is not a listing this console knows (&lt;{tag}&gt;).</source>
        <translation>サーバーのプローブ応答は、このコンソールが認識できる一覧ではありません (&lt;{tag}&gt;)。</translation>
    </message>
</context>
<context>
    <name>General</name>
    <message>
        <source>Hard Disk</source>
        <translation>ハード ディスク</translation>
    </message>
    <message>
        <source>DVD-Drive</source>
        <translation>DVD ドライブ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>フロッピー</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Rows the General tab shows even when empty (XenCenter&apos;s ``GenerateGeneralBox``).</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>カスタム フィールド</translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Virtualization mode</source>
        <translation>仮想化モード</translation>
    </message>
    <message>
        <source>Hardware-assisted Virtualization (HVM)</source>
        <translation>ハードウェア支援仮想化 (HVM)</translation>
    </message>
    <message>
        <source>Paravirtualization (PV)</source>
        <translation>準仮想化 (PV)</translation>
    </message>
    <message>
        <source>Snapshot of</source>
        <translation>スナップショット元</translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Time since startup</source>
        <translation>起動後の経過時間</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>ホーム サーバー</translation>
    </message>
    <message>
        <source>Virtualization state</source>
        <translation>仮想化の状態</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>エージェントのバージョン</translation>
    </message>
    <message>
        <source>Boot Options</source>
        <translation>起動オプション</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>起動順序</translation>
    </message>
    <message>
        <source>Boot mode</source>
        <translation>起動モード</translation>
    </message>
    <message>
        <source>UEFI Secure Boot</source>
        <translation>UEFI セキュア ブート</translation>
    </message>
    <message>
        <source>UEFI Boot</source>
        <translation>UEFI ブート</translation>
    </message>
    <message>
        <source>BIOS Boot</source>
        <translation>BIOS ブート</translation>
    </message>
    <message>
        <source>OS boot parameters</source>
        <translation>OS の起動パラメーター</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>仮想 CPU</translation>
    </message>
    <message>
        <source>Maximum virtual CPUs</source>
        <translation>仮想 CPU の最大数</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>トポロジ</translation>
    </message>
    <message>
        <source>Pool coordinator</source>
        <translation>プール コーディネーター</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Server is not reachable</source>
        <translation>サーバーに到達できません</translation>
    </message>
    <message>
        <source>In maintenance mode</source>
        <translation>メンテナンス モード</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Log destination</source>
        <translation>ログの保存先</translation>
    </message>
    <message>
        <source>Local and remote ({destination})</source>
        <translation>ローカルとリモート ({destination})</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Server uptime</source>
        <translation>サーバーの稼働時間</translation>
    </message>
    <message>
        <source>Toolstack uptime</source>
        <translation>ツールスタックの稼働時間</translation>
    </message>
    <message>
        <source>{0} Basic Edition</source>
        <extracomment>FriendlyNames&apos; ``Label-host.edition-*`` (Naples and later; &quot;{0}&quot; is the product brand)</extracomment>
        <translation>{0} ベーシック エディション</translation>
    </message>
    <message>
        <source>{0} Premium Per-Socket</source>
        <translation>{0} Premium（ソケット単位）</translation>
    </message>
    <message>
        <source>{0} Premium Per-User</source>
        <translation>{0} Premium（ユーザー単位）</translation>
    </message>
    <message>
        <source>{0} Express</source>
        <translation>{0} Express エディション</translation>
    </message>
    <message>
        <source>{0} Per-Socket</source>
        <translation>{0}（ソケット単位）</translation>
    </message>
    <message>
        <source>{0} Ultimate Edition</source>
        <translation>{0} Ultimate エディション</translation>
    </message>
    <message>
        <source>{0} Standard Edition</source>
        <translation>{0} Standard エディション</translation>
    </message>
    <message>
        <source>{0} Standard Per-Socket</source>
        <translation>{0} Standard（ソケット単位）</translation>
    </message>
    <message>
        <source>{0} Trial Edition</source>
        <translation>{0} 試用版</translation>
    </message>
    <message>
        <source>{0} for Citrix Virtual Desktops</source>
        <translation>Citrix Virtual Desktops 用 {0}</translation>
    </message>
    <message>
        <source>License Details</source>
        <translation>ライセンスの詳細</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Number of Sockets</source>
        <translation>ソケット数</translation>
    </message>
    <message>
        <source>License Server Address</source>
        <translation>ライセンス サーバーのアドレス</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新プログラム</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name}（バージョン {version}）</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Management Interfaces</source>
        <translation>管理インターフェイス</translation>
    </message>
    <message>
        <source>DNS hostname on &apos;{host}&apos;</source>
        <translation>“{host}”の DNS ホスト名</translation>
    </message>
    <message>
        <source>Management interface on &apos;{host}&apos;</source>
        <translation>“{host}”の管理インターフェイス</translation>
    </message>
    <message>
        <source>DNS hostname</source>
        <translation>DNS ホスト名</translation>
    </message>
    <message>
        <source>Management interface</source>
        <translation>管理インターフェイス</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>{available} RAM available ({total} total)</source>
        <translation>使用可能な RAM {available}（合計 {total}）</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>{name}: using {size}</source>
        <translation>{name}: {size} を使用</translation>
    </message>
    <message>
        <source>Version Details</source>
        <translation>バージョンの詳細</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>ビルド日</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation>ビルド番号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>{used} used of {total} total ({allocated} allocated)</source>
        <translation>{total} 中 {used} 使用（{allocated} 割り当て済み）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Connection missing</source>
        <translation>接続がありません</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Vendor: {vendor}
Model: {model}
Speed: {speed} MHz</source>
        <extracomment>What no domain and no overhead holds. Sum of ``memory_actual`` of the guests resident on the host (control domains excluded). Xen itself: the host&apos;s and every resident VM&apos;s overhead, and the control domain&apos;s memory. Free memory plus what ballooning guests could give back down to their dynamic minimum. The guests&apos; dynamic maximums (static maximum for those that cannot balloon). The control domain&apos;s memory. ``VM_metrics.memory_actual`` while the VM has memory (running, paused), else None. All CPUs report the same vendor, model and speed (XenCenter then shows one &quot;CPU 0 - N&quot; row).</extracomment>
        <translation>ベンダー: {vendor}
モデル: {model}
速度: {speed} MHz</translation>
    </message>
    <message>
        <source>1 core per socket (Invalid configuration)</source>
        <translation>ソケットあたり 1 コア（無効な構成）</translation>
    </message>
    <message>
        <source>{cores} cores per socket (Invalid configuration)</source>
        <translation>ソケットあたり {cores} コア（無効な構成）</translation>
    </message>
    <message>
        <source>1 socket with 1 core per socket</source>
        <translation>1 ソケット、ソケットあたり 1 コア</translation>
    </message>
    <message>
        <source>1 socket with {cores} cores per socket</source>
        <translation>1 ソケット、ソケットあたり {cores} コア</translation>
    </message>
    <message>
        <source>{sockets} sockets with 1 core per socket</source>
        <translation>{sockets} ソケット、ソケットあたり 1 コア</translation>
    </message>
    <message>
        <source>{sockets} sockets with {cores} cores per socket</source>
        <translation>{sockets} ソケット、ソケットあたり {cores} コア</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Edit this VM&apos;s name, tags, CPUs, memory and boot order</source>
        <translation>この VM の名前、タグ、CPU、メモリ、ブート順序を編集します</translation>
    </message>
</context>
<context>
    <name>GraphDialog</name>
    <message>
        <source>Edit Graph</source>
        <translation>グラフの編集</translation>
    </message>
    <message>
        <source>New Graph</source>
        <translation>新しいグラフ</translation>
    </message>
    <message>
        <source>Optional: the sources&apos; names when empty</source>
        <translation>省略可: 空の場合はデータ ソースの名前</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>データ ソース</translation>
    </message>
    <message>
        <source>Choose at least one data source.</source>
        <translation>少なくとも 1 つのデータ ソースを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
</context>
<context>
    <name>Graphs</name>
    <message>
        <source>Last 10 Minutes</source>
        <translation>過去 10 分間</translation>
    </message>
    <message>
        <source>Last 2 Hours</source>
        <translation>過去 2 時間</translation>
    </message>
    <message>
        <source>Last Week</source>
        <translation>過去 1 週間</translation>
    </message>
    <message>
        <source>Last Year</source>
        <translation>過去 1 年間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Average CPU</source>
        <extracomment>XenCenter&apos;s FriendlyNames (&quot;Label-performance.*&quot;); ``{0}`` is the device&apos;s number or name (translated where named, context ``Graphs``).</extracomment>
        <translation>CPU 平均</translation>
    </message>
    <message>
        <source>Control Domain Load</source>
        <translation>コントロール ドメインの負荷</translation>
    </message>
    <message>
        <source>Total Memory</source>
        <translation>合計メモリ</translation>
    </message>
    <message>
        <source>Free Memory</source>
        <translation>空きメモリ</translation>
    </message>
    <message>
        <source>Agent Memory Free</source>
        <translation>エージェントの空きメモリ</translation>
    </message>
    <message>
        <source>Total NIC Receive</source>
        <translation>NIC 受信合計</translation>
    </message>
    <message>
        <source>Total NIC Send</source>
        <translation>NIC 送信合計</translation>
    </message>
    <message>
        <source>NIC {0} Receive</source>
        <translation>NIC {0} 受信</translation>
    </message>
    <message>
        <source>NIC {0} Send</source>
        <translation>NIC {0} 送信</translation>
    </message>
    <message>
        <source>{0} Receive</source>
        <translation>{0} 受信</translation>
    </message>
    <message>
        <source>{0} Send</source>
        <translation>{0} 送信</translation>
    </message>
    <message>
        <source>Network {0} Receive</source>
        <translation>ネットワーク {0} 受信</translation>
    </message>
    <message>
        <source>Network {0} Send</source>
        <translation>ネットワーク {0} 送信</translation>
    </message>
    <message>
        <source>Disk {0} Read</source>
        <translation>ディスク {0} 読み取り</translation>
    </message>
    <message>
        <source>Disk {0} Write</source>
        <translation>ディスク {0} 書き込み</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Each category&apos;s sources, as XenCenter&apos;s Helpers.GetDataSourceCategory sorts them (ids, and their words in context &quot;Graphs&quot;: ``translate(&quot;Graphs&quot;, category)`` where shown).</extracomment>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Load Average</source>
        <translation>平均負荷</translation>
    </message>
    <message>
        <source>no data</source>
        <extracomment>The unit a source is shown in, and the factor from what rrdd reports.</extracomment>
        <translation>データなし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>CPU Performance</source>
        <translation>CPU パフォーマンス</translation>
    </message>
    <message>
        <source>Memory Performance</source>
        <translation>メモリ パフォーマンス</translation>
    </message>
    <message>
        <source>Network Performance</source>
        <translation>ネットワーク パフォーマンス</translation>
    </message>
    <message>
        <source>Disk Performance</source>
        <translation>ディスク パフォーマンス</translation>
    </message>
    <message>
        <source>Used Memory</source>
        <translation>使用メモリ</translation>
    </message>
</context>
<context>
    <name>HA</name>
    <message>
        <source>Restart</source>
        <extracomment>the state file and redo log xapi makes on the heartbeat SR FriendlyNames&apos; Label-VM.ha_restart_priority.* (translated where shown, context ``HA``)</extracomment>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart if possible</source>
        <translation>可能な場合は再起動</translation>
    </message>
    <message>
        <source>Do not restart</source>
        <translation>再起動しない</translation>
    </message>
    <message>
        <source>The VM is using a non-shared SR. Restart cannot be guaranteed.</source>
        <extracomment>XenCenter&apos;s words for ``VM.assert_agile``&apos;s errors (``NOT_AGILE_*``): a VM that is not agile can only be restarted if possible (translated where shown, context ``HA``).</extracomment>
        <translation>仮想マシンは共有されていない SR を使用しています。再起動は保証できません。</translation>
    </message>
    <message>
        <source>The VM is not using a shared network. Restart cannot be guaranteed.</source>
        <translation>仮想マシンは共有ネットワークを使用していません。再起動は保証できません。</translation>
    </message>
    <message>
        <source>The VM has one or more virtual GPUs. Restart cannot be guaranteed.</source>
        <translation>仮想マシンには仮想 GPU があります。再起動は保証できません。</translation>
    </message>
    <message>
        <source>The VM has one or more USB devices attached. Restart cannot be guaranteed.</source>
        <translation>仮想マシンには USB デバイスが接続されています。再起動は保証できません。</translation>
    </message>
    <message>
        <source>The VM has one or more SR-IOV VFs attached. Restart cannot be guaranteed.</source>
        <translation>仮想マシンには SR-IOV VF が接続されています。再起動は保証できません。</translation>
    </message>
    <message>
        <source>The VM is not agile. Restart cannot be guaranteed.</source>
        <translation>仮想マシンはアジャイルではありません。再起動は保証できません。</translation>
    </message>
    <message>
        <source>This SR is not connected to every server in the pool.</source>
        <translation>この SR はプール内のすべてのサーバーに接続されていません。</translation>
    </message>
    <message>
        <source>This SR has less than the {size} MiB free the heartbeat needs.</source>
        <translation>この SR の空き領域はハートビートに必要な {size} MiB 未満です。</translation>
    </message>
</context>
<context>
    <name>HATab</name>
    <message>
        <source>Configure HA…</source>
        <translation>HA の設定…</translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation>HA の無効化</translation>
    </message>
    <message>
        <source>High Availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <source>HA is not currently configured on pool &apos;{pool}&apos;.</source>
        <translation>プール &apos;{pool}&apos; では現在 HA が構成されていません。</translation>
    </message>
    <message>
        <source>HA is currently enabled for pool &apos;{pool}&apos;.</source>
        <translation>プール &apos;{pool}&apos; では現在 HA が有効です。</translation>
    </message>
    <message>
        <source>Heartbeat SR: {srs}</source>
        <translation>ハートビート SR: {srs}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Server failure limit: {count}</source>
        <translation>サーバー障害の上限: {count}</translation>
    </message>
    <message>
        <source>Current failure capacity: {count}</source>
        <translation>現在の障害許容量: {count}</translation>
    </message>
    <message>
        <source>The pool is overcommitted: the VMs cannot all be restarted if that many servers fail.</source>
        <translation>プールはオーバーコミットされています。その数のサーバーに障害が発生すると、すべての VM を再起動することはできません。</translation>
    </message>
</context>
<context>
    <name>HAWizard</name>
    <message>
        <source>This wizard helps you configure HA (high availability) on a resource pool.

Before you begin, ensure that the following requirements are satisfied for all servers and virtual machines in the pool:

•    Shared storage must be available, including at least one iSCSI, NFS or Fibre Channel LUN. This LUN will be used for the heartbeat SR.

•    All the virtual machines you want to protect with HA must be agile.

We strongly recommend the use of a bonded management interface on the servers in the pool if HA is enabled, and multipathed storage for the heartbeat SR.

To continue, click Next.</source>
        <translation>このウィザードでは、リソース プールの HA (高可用性) を設定します。

開始する前に、プール内のすべてのサーバーと仮想マシンが次の要件を満たしていることを確認してください:

•    少なくとも 1 つの iSCSI、NFS、またはファイバー チャネル LUN を含む共有ストレージが使用可能であること。この LUN はハートビート SR に使用されます。

•    HA で保護するすべての仮想マシンがアジャイルであること。

HA を有効にする場合は、プール内のサーバーで管理インターフェイスをボンディングし、ハートビート SR にマルチパス ストレージを使用することを強くお勧めします。

続行するには [次へ] をクリックしてください。</translation>
    </message>
    <message>
        <source>Calculating...</source>
        <translation>計算しています...</translation>
    </message>
    <message>
        <source>1 VM</source>
        <translation>1 台の VM</translation>
    </message>
    <message>
        <source>{count} VMs</source>
        <translation>{count} 台の VM</translation>
    </message>
    <message>
        <source>Select a heartbeat SR that will be used to monitor the availability and health of servers in the pool. Heartbeat SRs must use shared storage.</source>
        <translation>プール内のサーバーの可用性と正常性の監視に使用するハートビート SR を選択してください。ハートビート SR には共有ストレージを使用する必要があります。</translation>
    </message>
    <message>
        <source>Storage repository</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>You have no shared SRs.</source>
        <translation>共有 SR がありません。</translation>
    </message>
    <message>
        <source>Select a heartbeat SR.</source>
        <translation>ハートビート SR を選択してください。</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Restart priority</source>
        <translation>再起動の優先度</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>起動順序</translation>
    </message>
    <message>
        <source>Delay interval</source>
        <translation>遅延間隔</translation>
    </message>
    <message>
        <source>Agile</source>
        <translation>アジャイル</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Server failure limit</source>
        <translation>サーバー障害の上限</translation>
    </message>
    <message>
        <source>You can specify the number of server failures you need to be able to tolerate in the pool.</source>
        <translation>プールで許容する必要があるサーバー障害の数を指定できます。</translation>
    </message>
    <message>
        <source>&amp;Failures tolerated:</source>
        <translation>許容する障害数(&amp;F):</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Unable to calculate maximum pool failure capacity. {problem}</source>
        <translation>プールの最大障害許容量を計算できません。{problem}</translation>
    </message>
    <message>
        <source>(max = {count})</source>
        <translation>(最大 = {count})</translation>
    </message>
    <message>
        <source>HA is guaranteed. The maximum number of server failures that HA can protect against is {count}.</source>
        <translation>HA は保証されています。HA が保護できるサーバー障害の最大数は {count} です。</translation>
    </message>
    <message>
        <source>Unable to calculate maximum pool failure capacity.</source>
        <translation>プールの最大障害許容量を計算できません。</translation>
    </message>
    <message>
        <source>1 VM protected</source>
        <translation>1 台の VM を保護</translation>
    </message>
    <message>
        <source>{count} VMs protected</source>
        <translation>{count} 台の VM を保護</translation>
    </message>
    <message>
        <source>Review the final HA configuration below. You can press Finish to enable HA with this configuration, or Previous to alter the configuration.</source>
        <translation>以下の最終的な HA 構成を確認してください。この構成で HA を有効にするには [完了] を、構成を変更するには [前へ] を押してください。</translation>
    </message>
    <message>
        <source>

No virtual machines are protected. This configuration will protect the pool coordinator, but none of your services.</source>
        <translation>

保護される仮想マシンはありません。この構成ではプール コーディネーターは保護されますが、サービスは保護されません。</translation>
    </message>
    <message>
        <source>

Under this configuration, the failover tolerance of your pool would be 0 (zero) and it may not be possible to restart your virtual machines in the event of a server failure.</source>
        <translation>

この構成では、プールのフェールオーバー許容数は 0 (ゼロ) になり、サーバー障害時に仮想マシンを再起動できない可能性があります。</translation>
    </message>
    <message>
        <source>Heartbeat SR:</source>
        <translation>ハートビート SR:</translation>
    </message>
    <message>
        <source>Failure Tolerance:</source>
        <translation>障害許容数:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Configure HA - {pool}</source>
        <translation>HA の設定 - {pool}</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <source>guide.md</source>
        <extracomment>The guide&apos;s file in ``resources/guide``; each translation names its own (``guide.zh_CN.md``).</extracomment>
        <translation>guide.ja.md</translation>
    </message>
    <message>
        <source>{app} — User Guide</source>
        <translation>{app} — ユーザー ガイド</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Application Log</source>
        <translation>アプリケーション ログ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>{path} (nothing logged yet)</source>
        <translation>{path} (まだログはありません)</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>The OVF envelope declares a DOCTYPE: it is refused (entities could hide anything).</source>
        <extracomment>The VM settings XenCenter keeps as VirtualSystemOtherConfigurationData (maps as ``k=v;k=v``).</extracomment>
        <translation>OVF エンベロープが DOCTYPE を宣言しています: 拒否されました (エンティティに何が隠されているかわかりません)。</translation>
    </message>
    <message>
        <source>The OVF envelope is not valid XML ({error}).</source>
        <translation>OVF エンベロープは有効な XML ではありません ({error})。</translation>
    </message>
    <message>
        <source>Not an OVF envelope: its root element is not ovf:Envelope.</source>
        <translation>OVF エンベロープではありません: ルート要素が ovf:Envelope ではありません。</translation>
    </message>
    <message>
        <source>The capacity of disk &apos;{disk}&apos; is not a number.</source>
        <translation>ディスク“{disk}”の容量が数値ではありません。</translation>
    </message>
    <message>
        <source>The OVF envelope holds no virtual system (a VM).</source>
        <translation>OVF エンベロープに仮想システム (VM) が含まれていません。</translation>
    </message>
    <message>
        <source>The OVF&apos;s vCPUs are not a number.</source>
        <translation>OVF の vCPU が数値ではありません。</translation>
    </message>
    <message>
        <source>The OVF&apos;s memory is not a number.</source>
        <translation>OVF のメモリが数値ではありません。</translation>
    </message>
    <message>
        <source>The package lacks the file &apos;{name}&apos; that its envelope names.</source>
        <translation>パッケージに、エンベロープで指定されたファイル“{name}”がありません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends early: the package is incomplete.</source>
        <translation>“{name}”が途中で終わっています: パッケージが不完全です。</translation>
    </message>
    <message>
        <source>The checksum of &apos;{name}&apos; differs from the package&apos;s manifest: the file is damaged.</source>
        <translation>“{name}”のチェックサムがパッケージのマニフェストと一致しません: ファイルが破損しています。</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>ファイルを読み取れません: {error}。</translation>
    </message>
    <message>
        <source>Not an OVA: the archive holds no .ovf envelope.</source>
        <translation>OVA ではありません: アーカイブに .ovf エンベロープがありません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a sparse VMDK disk (only monolithicSparse and streamOptimized are read).</source>
        <translation>“{name}”はスパース VMDK ディスクではありません (monolithicSparse と streamOptimized のみ読み取れます)。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a VMDK header that makes no sense (grain size, tables or capacity).</source>
        <translation>“{name}”の VMDK ヘッダーが不正です (グレイン サイズ、テーブル、または容量)。</translation>
    </message>
    <message>
        <source>A grain of &apos;{name}&apos; cannot be decompressed: the disk is damaged.</source>
        <translation>“{name}”のグレインを展開できません: ディスクが破損しています。</translation>
    </message>
    <message>
        <source>ova.xml is not an export header ({error}).</source>
        <extracomment>ova.xml beyond this is not an export header (a real one is a few hundred KiB at most).</extracomment>
        <translation>ova.xml はエクスポート ヘッダーではありません ({error})。</translation>
    </message>
    <message>
        <source>ova.xml is not an export header: it lists no objects.</source>
        <translation>ova.xml はエクスポート ヘッダーではありません: オブジェクトが記載されていません。</translation>
    </message>
    <message>
        <source>Not an XVA file: ova.xml missing (the archive is empty).</source>
        <translation>XVA ファイルではありません: ova.xml がありません (アーカイブが空です)。</translation>
    </message>
    <message>
        <source>Not an XVA file: ova.xml missing (its first member is &apos;{name}&apos;).</source>
        <translation>XVA ファイルではありません: ova.xml がありません (最初のメンバーは“{name}”です)。</translation>
    </message>
    <message>
        <source>Not an XVA file: its ova.xml is far too large to be an export header.</source>
        <translation>XVA ファイルではありません: ova.xml が大きすぎてエクスポート ヘッダーではありえません。</translation>
    </message>
    <message>
        <source>Not an XVA file: it is not a tar archive (a compressed export must be unpacked first).</source>
        <translation>XVA ファイルではありません: tar アーカイブではありません (圧縮されたエクスポートは先に展開する必要があります)。</translation>
    </message>
    <message>
        <source>The file ends early: its ova.xml is incomplete.</source>
        <translation>ファイルが途中で終わっています: ova.xml が不完全です。</translation>
    </message>
    <message>
        <source>The export holds no VM.</source>
        <translation>エクスポートに VM が含まれていません。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>An XVA file (as &apos;xe vm-export&apos; or the Export wizard writes it), an OVA, or an OVF envelope with its VHD, VMDK or raw disks beside it.</source>
        <translation>XVA ファイル (&apos;xe vm-export&apos; またはエクスポート ウィザードで作成)、OVA、または VHD、VMDK、raw ディスクが横にある OVF エンベロープ。</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>VM:</source>
        <translation>仮想マシン:</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <source>Virtual disks:</source>
        <translation>仮想ディスク:</translation>
    </message>
    <message>
        <source>To upload:</source>
        <translation>アップロード量:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>VMs and appliances (*.xva *.ova *.ovf);;All files (*)</source>
        <translation>仮想マシンとアプライアンス (*.xva *.ova *.ovf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>{name} (a template)</source>
        <translation>{name} (テンプレート)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>インポートするファイルを選択してください。</translation>
    </message>
    <message>
        <source>&amp;No home server: the VM starts on any server that can run it</source>
        <translation>ホーム サーバーなし(&amp;N): 実行可能な任意のサーバーで仮想マシンを起動します</translation>
    </message>
    <message>
        <source>&amp;Place the VM on this server:</source>
        <translation>仮想マシンをこのサーバーに配置(&amp;P):</translation>
    </message>
    <message>
        <source>Choose the home server.</source>
        <translation>ホーム サーバーを選択してください。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The disks keep their sizes; on thin provisioned storage only what they use counts.</source>
        <translation>ディスクのサイズは変わりません。シン プロビジョニングのストレージでは使用量のみが計上されます。</translation>
    </message>
    <message>
        <source>Choose the storage for the virtual disks.</source>
        <translation>仮想ディスクのストレージを選択してください。</translation>
    </message>
    <message>
        <source>Each interface goes to the network of the same name in this pool (one is made when there is none), or all of them to the network chosen here.</source>
        <translation>各インターフェイスはこのプール内の同じ名前のネットワーク (ない場合は作成) に、またはすべてここで選択したネットワークに接続されます。</translation>
    </message>
    <message>
        <source>The networks named in the file</source>
        <translation>ファイルに記載されたネットワーク</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>ファイルのとおり</translation>
    </message>
    <message>
        <source>&amp;Start the VM after import</source>
        <translation>インポート後に仮想マシンを起動(&amp;S)</translation>
    </message>
    <message>
        <source>The VM will be uploaded to the pool and made there. The import shows in the Events tab, where it can be cancelled; a cancelled or failed import leaves nothing behind.</source>
        <translation>仮想マシンがプールにアップロードされ、そこで作成されます。インポートは [イベント] タブに表示され、そこでキャンセルできます。キャンセルまたは失敗したインポートは何も残しません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will be uploaded to the pool and made there. The import shows in the Events tab, where it can be cancelled; a cancelled or failed import leaves nothing behind.</source>
        <translation>&apos;{name}&apos; がプールにアップロードされ、そこで作成されます。インポートは [イベント] タブに表示され、そこでキャンセルできます。キャンセルまたは失敗したインポートは何も残しません。</translation>
    </message>
    <message>
        <source>Start it</source>
        <translation>起動する</translation>
    </message>
    <message>
        <source>Leave it shut down</source>
        <translation>シャットダウンのままにする</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>まずサーバーに接続してください。</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>VM</source>
        <extracomment>The words for each kind, for reasons and summaries (singular, plural; translated where shown, context ``Kinds``).
----------
The kinds of object that have a name, tags and a folder. What Rename calls each class (translated where used, context ``Kinds``).</extracomment>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>pools</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>storage repository</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>storage repositories</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>control domain</source>
        <translation>コントロール ドメイン</translation>
    </message>
    <message>
        <source>control domains</source>
        <translation>コントロール ドメイン</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>snapshot schedule</source>
        <translation>スナップショット スケジュール</translation>
    </message>
    <message>
        <source>snapshot schedules</source>
        <translation>スナップショット スケジュール</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>ストレージ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Logged in as: {user}</source>
        <translation>ログイン ユーザー: {user}</translation>
    </message>
    <message>
        <source>{operation}… (+{count} more)</source>
        <translation>{operation}… (他 {count} 件)</translation>
    </message>
    <message>
        <source>{operation} failed: {error}</source>
        <translation>{operation} に失敗しました: {error}</translation>
    </message>
    <message>
        <source>{operation}: {status}</source>
        <translation>{operation}：{status}</translation>
    </message>
    <message>
        <source>{app} — Demo (simulated pool)</source>
        <translation>{app} — デモ (シミュレートされたプール)</translation>
    </message>
    <message>
        <source>{command} failed</source>
        <translation>{command} に失敗しました</translation>
    </message>
    <message>
        <source>{count} items selected</source>
        <translation>{count} 項目を選択</translation>
    </message>
    <message>
        <source>Select a pool, server, VM or storage repository in the tree on the left to see its properties here. Right-click it for what you can do with it.</source>
        <translation>左側のツリーでプール、サーバー、VM、ストレージリポジトリを選択すると、ここにプロパティが表示されます。右クリックすると実行できる操作が表示されます。</translation>
    </message>
    <message>
        <source>Add a XenServer or XCP-ng server to manage its pool, servers, VMs and storage.</source>
        <translation>XenServer または XCP-ng サーバーを追加して、そのプール、サーバー、VM、ストレージを管理します。</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>{app} へようこそ</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>接続されていません: {reason}</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>すべて展開(&amp;X)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;A cross-platform console for XenServer and XCP-ng pools.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;XenServer と XCP-ng プールのためのクロスプラットフォーム コンソール。&lt;br&gt;GPL-3.0-or-later。</translation>
    </message>
    <message>
        <source>{objects} selected</source>
        <translation>{objects} を選択</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Enter Maintenance Mode - {server}</source>
        <translation>メンテナンス モードの開始 - {server}</translation>
    </message>
    <message>
        <source>This operation will migrate all VMs running on this server and transition it into maintenance mode. If a VM cannot be migrated you need to suspend it or shut it down.</source>
        <translation>この操作では、このサーバーで実行中のすべての VM を移行し、サーバーをメンテナンス モードにします。移行できない VM は一時停止またはシャットダウンする必要があります。</translation>
    </message>
    <message>
        <source>VMs running on this server:</source>
        <translation>このサーバーで実行中の VM:</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>This server is the pool coordinator. Entering maintenance mode will nominate a new coordinator for the pool. {app} will temporarily lose its connection to the pool.</source>
        <translation>このサーバーはプール コーディネーターです。メンテナンス モードを開始すると、プールの新しいコーディネーターが指名されます。{app} とプールの接続は一時的に失われます。</translation>
    </message>
    <message>
        <source>&amp;New coordinator:</source>
        <translation>新しいコーディネーター(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance Mode</source>
        <translation>メンテナンス モードを開始(&amp;E)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Scanning VMs...</source>
        <translation>VM をスキャンしています...</translation>
    </message>
    <message>
        <source>{reason}
Double-click (or Enter): {solution}.</source>
        <translation>{reason}
ダブルクリック (または Enter): {solution}。</translation>
    </message>
    <message>
        <source>Suspend or shut down the VMs that cannot be migrated, then check again.</source>
        <translation>移行できない VM を一時停止またはシャットダウンしてから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>There is no other server that can become the pool coordinator.</source>
        <translation>プール コーディネーターになれる他のサーバーがありません。</translation>
    </message>
</context>
<context>
    <name>ManagementDialog</name>
    <message>
        <source>Configure IP Addresses - {server}</source>
        <translation>IP アドレスの設定 - {server}</translation>
    </message>
    <message>
        <source>Management Interfaces</source>
        <translation>管理インターフェイス</translation>
    </message>
    <message>
        <source>Configure IP address settings for server management traffic (the management interface) on &apos;{server}&apos; here. You can also assign IP addresses for dedicated storage or other types of network traffic (secondary interfaces).</source>
        <translation>ここでは &apos;{server}&apos; のサーバー管理トラフィック (管理インターフェイス) の IP アドレス設定を行います。専用ストレージや他の種類のネットワーク トラフィック (セカンダリ インターフェイス) に IP アドレスを割り当てることもできます。</translation>
    </message>
    <message>
        <source>Primary management interface</source>
        <translation>プライマリ管理インターフェイス</translation>
    </message>
    <message>
        <source>&amp;DHCP</source>
        <translation>DHCP(&amp;D)</translation>
    </message>
    <message>
        <source>Use these &amp;network settings:</source>
        <translation>次のネットワーク設定を使用(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;IC:</source>
        <translation>NIC(&amp;I):</translation>
    </message>
    <message>
        <source>IP address settings:</source>
        <translation>IP アドレスの設定:</translation>
    </message>
    <message>
        <source>I&amp;P address:</source>
        <translation>IP アドレス(&amp;P):</translation>
    </message>
    <message>
        <source>Subnet &amp;mask:</source>
        <translation>サブネット マスク(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>ゲートウェイ(&amp;G):</translation>
    </message>
    <message>
        <source>DNS &amp;servers:</source>
        <translation>DNS サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Secondary (storage) interfaces</source>
        <translation>セカンダリ (ストレージ) インターフェイス</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>10.0.0.5/24, or dhcp</source>
        <translation>10.0.0.5/24 または dhcp</translation>
    </message>
    <message>
        <source>&amp;Add IP address</source>
        <translation>IP アドレスの追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Storage {number}</source>
        <translation>ストレージ {number}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an address and prefix (10.0.0.5/24) or &apos;dhcp&apos;.</source>
        <translation>&apos;{text}&apos; はアドレスとプレフィックス (10.0.0.5/24) でも &apos;dhcp&apos; でもありません。</translation>
    </message>
    <message>
        <source>Enter a valid IP address.</source>
        <translation>有効な IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter a valid subnet mask.</source>
        <translation>有効なサブネット マスクを入力してください。</translation>
    </message>
    <message>
        <source>Enter a valid gateway.</source>
        <translation>有効なゲートウェイを入力してください。</translation>
    </message>
</context>
<context>
    <name>MemoryTab</name>
    <message>
        <source>{size} in use</source>
        <translation>{size} 使用中</translation>
    </message>
    <message>
        <source>VMs {size}</source>
        <translation>VM {size}</translation>
    </message>
    <message>
        <source>Free {size}</source>
        <translation>空き {size}</translation>
    </message>
    <message>
        <source>Change the VM&apos;s memory</source>
        <translation>VM のメモリを変更します</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Current usage</source>
        <translation>現在の使用量</translation>
    </message>
    <message>
        <source>Dynamic range</source>
        <translation>動的範囲</translation>
    </message>
    <message>
        <source>Up to static maximum</source>
        <translation>静的最大値まで</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>VM は実行されていません</translation>
    </message>
    <message>
        <source>Current memory usage</source>
        <translation>現在のメモリ使用量</translation>
    </message>
    <message>
        <source>Dynamic Memory Control</source>
        <translation>動的メモリ制御</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Dynamic minimum</source>
        <translation>動的最小値</translation>
    </message>
    <message>
        <source>Dynamic maximum</source>
        <translation>動的最大値</translation>
    </message>
    <message>
        <source>Static minimum</source>
        <translation>静的最小値</translation>
    </message>
    <message>
        <source>Static maximum</source>
        <translation>静的最大値</translation>
    </message>
    <message>
        <source>Virtual machines ({count})</source>
        <translation>仮想マシン ({count})</translation>
    </message>
    <message>
        <source>Resident VMs</source>
        <translation>常駐している VM</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} / {total}</translation>
    </message>
    <message>
        <source>Unknown: the server does not report its memory</source>
        <translation>不明: サーバーがメモリを報告していません</translation>
    </message>
    <message>
        <source>Total memory</source>
        <translation>メモリの合計</translation>
    </message>
    <message>
        <source>Currently used</source>
        <translation>現在の使用量</translation>
    </message>
    <message>
        <source>Available memory</source>
        <translation>使用可能なメモリ</translation>
    </message>
    <message>
        <source>Total max memory</source>
        <translation>最大メモリの合計</translation>
    </message>
    <message>
        <source>{size} ({percent}% of total memory)</source>
        <translation>{size} (メモリ合計の {percent}%)</translation>
    </message>
    <message>
        <source>Control domain memory</source>
        <translation>コントロール ドメインのメモリ</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menu bar&apos;s menus in XenCenter&apos;s order, with their accelerators; a menu no command is in is left out. The titles are translated where the menus are made (context ``Menus``).</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pool</source>
        <translation>プール(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>V&amp;M</source>
        <translation>仮想マシン(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>ストレージ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>ネットワーク(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>ツール(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>Command &amp;Palette...</source>
        <translation>コマンドパレット(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>ツールバー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示項目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Saved &amp;Searches</source>
        <translation>保存された検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Desktop Notifications</source>
        <translation>デスクトップ通知(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MigrateDialogs</name>
    <message>
        <source>Move the storage of &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; のストレージの移動</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Move these disks of &apos;{name}&apos; while it runs:</source>
        <translation>&apos;{name}&apos; の実行中に次のディスクを移動:</translation>
    </message>
    <message>
        <source>Move these disks of &apos;{name}&apos;:</source>
        <translation>&apos;{name}&apos; の次のディスクを移動:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>移動先:</translation>
    </message>
    <message>
        <source>Choose at least one disk.</source>
        <translation>少なくとも 1 つのディスクを選択してください。</translation>
    </message>
    <message>
        <source>Choose where the disks go.</source>
        <translation>ディスクの配置先を選択してください。</translation>
    </message>
    <message>
        <source>The disks are already there.</source>
        <translation>ディスクは既にそこにあります。</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>Current server</source>
        <extracomment>Reasons the code compares (in English; returned in the user&apos;s language, context ``Migration``).</extracomment>
        <translation>現在のサーバー</translation>
    </message>
    <message>
        <source>Older than current server</source>
        <translation>現在のサーバーより古い</translation>
    </message>
    <message>
        <source>Please eject your CD</source>
        <translation>CD を取り出してください</translation>
    </message>
    <message>
        <source>The host does not have some of the CPU features that the VM is currently using</source>
        <translation>このホストには仮想マシンが現在使用している CPU 機能の一部がありません</translation>
    </message>
    <message>
        <source>This VM needs storage that cannot be seen from that server</source>
        <translation>この仮想マシンには、そのサーバーから参照できないストレージが必要です</translation>
    </message>
    <message>
        <source>This operation cannot be completed as the server is not live.</source>
        <translation>サーバーがライブではないため、この操作を完了できません。</translation>
    </message>
    <message>
        <source>The server is in maintenance mode.</source>
        <translation>サーバーはメンテナンス モードです。</translation>
    </message>
    <message>
        <source>The specified server is disabled.</source>
        <translation>指定されたサーバーは無効です。</translation>
    </message>
    <message>
        <source>Not enough server memory is available to perform this operation ({needed} needed, {free} free)</source>
        <translation>この操作を実行するためのサーバー メモリが不足しています (必要 {needed}、空き {free})</translation>
    </message>
    <message>
        <source>The server has {cpus} CPUs: fewer than the VM&apos;s {vcpus} vCPUs</source>
        <translation>サーバーの CPU は {cpus} 個で、仮想マシンの vCPU {vcpus} 個より少なくなっています</translation>
    </message>
    <message>
        <source>This VM needs the network &apos;{network}&apos;, which that server lacks</source>
        <translation>この仮想マシンにはネットワーク“{network}”が必要ですが、そのサーバーにはありません</translation>
    </message>
</context>
<context>
    <name>NICs</name>
    <message>
        <source>Connected</source>
        <extracomment>Link states: compared as they are, shown through ``translate(&quot;NICs&quot;, state)``.</extracomment>
        <translation>接続</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Partially connected</source>
        <translation>一部接続</translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation>&lt;なし&gt;</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Yes (Host needs reboot)</source>
        <translation>はい (ホストの再起動が必要)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>カスタムフィールド</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>保存された検索</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>The button that swaps the tree for the Notifications list (Alerts, Events), as XenCenter&apos;s does.</extracomment>
        <translation>通知</translation>
    </message>
    <message>
        <source>Default Templates</source>
        <extracomment>View options: TreeOptions field, menu label.</extracomment>
        <translation>デフォルトテンプレート</translation>
    </message>
    <message>
        <source>Custom Templates</source>
        <translation>カスタムテンプレート</translation>
    </message>
    <message>
        <source>Local Storage</source>
        <translation>ローカルストレージ</translation>
    </message>
    <message>
        <source>Hidden Objects</source>
        <translation>非表示のオブジェクト</translation>
    </message>
    <message>
        <source>Search: name, UUID, IP address, tag</source>
        <extracomment>Expand everything the filter finds unless that is more rows than this (then two levels: pools, hosts). New servers open this deep (pool -&gt; hosts -&gt; their VMs). The rows a newly added server opens (its pool, hosts, and the groups of the other views). the View &gt; Show options changed: {field: on} (the window remembers them)</extracomment>
        <translation>検索: 名前、UUID、IP アドレス、タグ</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>表示オプション</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>保存した検索はありません</translation>
    </message>
</context>
<context>
    <name>NetworkingTab</name>
    <message>
        <source>{rate} kB/s</source>
        <translation>{rate} kB/秒</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>全二重</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>半二重</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{speed} Mbit/s</source>
        <translation>{speed} Mbit/秒</translation>
    </message>
    <message>
        <source>Virtual Network Interfaces</source>
        <translation>仮想ネットワーク インターフェイス</translation>
    </message>
    <message>
        <source>This VM has no virtual network interfaces.</source>
        <translation>この VM には仮想ネットワーク インターフェイスがありません。</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>No networks.</source>
        <translation>ネットワークはありません。</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>ボンディング</translation>
    </message>
    <message>
        <source>Physical Network Interfaces</source>
        <translation>物理ネットワーク インターフェイス</translation>
    </message>
    <message>
        <source>This server has no physical network interfaces.</source>
        <translation>このサーバーには物理ネットワーク インターフェイスがありません。</translation>
    </message>
</context>
<context>
    <name>NewNetwork</name>
    <message>
        <source>External Network</source>
        <translation>外部ネットワーク</translation>
    </message>
    <message>
        <source>Create a network that passes traffic over one of your VLANs.</source>
        <translation>いずれかの VLAN 経由でトラフィックを送受信するネットワークを作成します。</translation>
    </message>
    <message>
        <source>Single-Server Private Network</source>
        <translation>単一サーバーのプライベート ネットワーク</translation>
    </message>
    <message>
        <source>Create a network that does not leave each server. This can be used as a private connection between VMs on the same server.</source>
        <translation>各サーバーの外に出ないネットワークを作成します。同じサーバー上の仮想マシン間のプライベート接続として使用できます。</translation>
    </message>
    <message>
        <source>Bonded Network</source>
        <translation>ボンド ネットワーク</translation>
    </message>
    <message>
        <source>Create a network that bonds together two or more of your NICs. This creates a single high-performing channel for network traffic.</source>
        <translation>2 つ以上の NIC をボンディングするネットワークを作成します。これにより、ネットワーク トラフィック用の高性能な単一チャネルが作成されます。</translation>
    </message>
    <message>
        <source>A bond must consist of at least two member interfaces.</source>
        <extracomment>bond mode -&gt; XenCenter&apos;s words (BondDetails)</extracomment>
        <translation>ボンドには少なくとも 2 つのメンバー インターフェイスが必要です。</translation>
    </message>
    <message>
        <source>This VLAN number is already in use</source>
        <translation>この VLAN 番号は既に使用されています</translation>
    </message>
    <message>
        <source>New Private Network</source>
        <translation>新しいプライベート ネットワーク</translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>新しいネットワーク</translation>
    </message>
    <message>
        <source>already in {bond}</source>
        <translation>既に {bond} に含まれています</translation>
    </message>
    <message>
        <source>Enter a valid number.</source>
        <translation>有効な数値を入力してください。</translation>
    </message>
    <message>
        <source>Allowed VLAN range: 0 to {VLAN_MAX}</source>
        <translation>使用できる VLAN の範囲: 0 ～ {VLAN_MAX}</translation>
    </message>
    <message>
        <source>Allowed MTU range: {MTU_MIN} to {highest}</source>
        <translation>使用できる MTU の範囲: {MTU_MIN} ～ {highest}</translation>
    </message>
    <message>
        <source>A bond can have at most {limit} members in this pool.</source>
        <translation>このプールでは、ボンドのメンバーは最大 {limit} 個です。</translation>
    </message>
    <message>
        <source>{nic} is already in a bond.</source>
        <translation>{nic} は既にボンドに含まれています。</translation>
    </message>
</context>
<context>
    <name>NewNetworkWizard</name>
    <message>
        <source>Allowed MTU value: {value}</source>
        <translation>許可される MTU 値: {value}</translation>
    </message>
    <message>
        <source>Allowed MTU range: {lowest} to {highest}</source>
        <translation>許可される MTU の範囲: {lowest} ～ {highest}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation>ネットワークの名前を入力してください。</translation>
    </message>
    <message>
        <source>&amp;NIC:</source>
        <translation>NIC(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;VLAN:</source>
        <translation>VLAN(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>MTU(&amp;M):</translation>
    </message>
    <message>
        <source>A&amp;utomatically add this network to new virtual machines</source>
        <translation>新しい仮想マシンにこのネットワークを自動的に追加(&amp;U)</translation>
    </message>
    <message>
        <source>Select the NIC and VLAN this network passes traffic over.</source>
        <translation>このネットワークのトラフィックが通る NIC と VLAN を選択してください。</translation>
    </message>
    <message>
        <source>The network does not leave each server: VMs on the same server can use it to talk to each other.</source>
        <translation>このネットワークは各サーバーの外には出ません。同じサーバー上の仮想マシン同士が通信に使用できます。</translation>
    </message>
    <message>
        <source>VLAN 0 will receive all traffic not on any other VLAN</source>
        <translation>VLAN 0 は他のどの VLAN にも属さないすべてのトラフィックを受信します</translation>
    </message>
    <message>
        <source>This server has no NIC for a new network.</source>
        <translation>このサーバーには新しいネットワークに使用できる NIC がありません。</translation>
    </message>
    <message>
        <source>{nic}, VLAN {vlan}</source>
        <translation>{nic}、VLAN {vlan}</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Link Status</source>
        <translation>リンク状態</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>デュプレックス</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>PCI Bus Path</source>
        <translation>PCI バス パス</translation>
    </message>
    <message>
        <source>Bond mode</source>
        <translation>ボンディング モード</translation>
    </message>
    <message>
        <source>&amp;Active-active</source>
        <translation>アクティブ-アクティブ(&amp;A)</translation>
    </message>
    <message>
        <source>Active-pa&amp;ssive</source>
        <translation>アクティブ-パッシブ(&amp;S)</translation>
    </message>
    <message>
        <source>LA&amp;CP with load balancing based on IP and port of source and destination</source>
        <translation>送信元と宛先の IP とポートに基づく負荷分散の LACP(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;LACP with load balancing based on source MAC address</source>
        <translation>送信元 MAC アドレスに基づく負荷分散の LACP(&amp;L)</translation>
    </message>
    <message>
        <source>The network &apos;{name}&apos; will be made with VLAN {vlan} on {nics} of every server of the pool.</source>
        <translation>プールのすべてのサーバーの {nics} 上に、VLAN {vlan} のネットワーク &apos;{name}&apos; を作成します。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will bond {nics} on every server of the pool.</source>
        <translation>&apos;{name}&apos; はプールのすべてのサーバーで {nics} をボンディングします。</translation>
    </message>
    <message>
        <source>The private network &apos;{name}&apos; will be made: it does not leave each server.</source>
        <translation>プライベート ネットワーク &apos;{name}&apos; を作成します。このネットワークは各サーバーの外には出ません。</translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>新しいネットワーク</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <source>Create New Pool</source>
        <translation>新しいプールの作成</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(省略可)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;oordinator:</source>
        <translation>コーディネーター(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Create Pool</source>
        <translation>プールの作成(&amp;C)</translation>
    </message>
    <message>
        <source>To create your pool provide a name and select which servers you would like to be added to the pool.</source>
        <translation>プールを作成するには、名前を指定し、プールに追加するサーバーを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Additional members:</source>
        <translation>追加のメンバー(&amp;A):</translation>
    </message>
    <message>
        <source>Pool name cannot be empty</source>
        <translation>プール名を空にすることはできません</translation>
    </message>
    <message>
        <source>There is no eligible coordinator</source>
        <translation>適格なコーディネーターがありません</translation>
    </message>
</context>
<context>
    <name>NewSR</name>
    <message>
        <source>Hardware HBA</source>
        <translation>ハードウェア HBA</translation>
    </message>
    <message>
        <source>Local LVM</source>
        <translation>ローカル LVM</translation>
    </message>
    <message>
        <source>Local EXT</source>
        <translation>ローカル EXT</translation>
    </message>
    <message>
        <source>NFS ISO library</source>
        <translation>NFS ISO ライブラリ</translation>
    </message>
    <message>
        <source>Windows File Sharing (SMB/CIFS) ISO library</source>
        <translation>Windows ファイル共有 (SMB/CIFS) ISO ライブラリ</translation>
    </message>
    <message>
        <source> - holds the SR &apos;{name}&apos;</source>
        <translation> - SR“{name}”を保持</translation>
    </message>
    <message>
        <source>Existing SR &apos;{name}&apos; ({size})</source>
        <translation>既存の SR“{name}” ({size})</translation>
    </message>
    <message>
        <source>Existing SR &apos;{name}&apos;</source>
        <translation>既存の SR“{name}”</translation>
    </message>
    <message>
        <source>Export {path}</source>
        <translation>エクスポート {path}</translation>
    </message>
</context>
<context>
    <name>NewSRWizard</name>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>NFS &amp;version:</source>
        <translation>NFS バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Target host:</source>
        <translation>ターゲット ホスト(&amp;T):</translation>
    </message>
    <message>
        <source>Target &amp;IQN:</source>
        <translation>ターゲット IQN(&amp;I):</translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation>CHAP ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>CHAP &amp;secret:</source>
        <translation>CHAP シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>LUN&apos;s &amp;SCSI id:</source>
        <translation>LUN の SCSI ID(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Share (//server/share):</source>
        <translation>共有(&amp;S) (//server/share):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Device (/dev/sdb):</source>
        <translation>デバイス(&amp;D) (/dev/sdb):</translation>
    </message>
    <message>
        <source>NFS servers are a common form of shared filesystem infrastructure: the disks are VHD files there, thin provisioned, shared by every server of the pool.</source>
        <extracomment>What each kind is, under the Type page&apos;s list (XenCenter&apos;s words, shortened).</extracomment>
        <translation>NFS サーバーは共有ファイルシステム インフラストラクチャの一般的な形式です。ディスクはそこに VHD ファイルとして置かれ、シン プロビジョニングされ、プールのすべてのサーバーで共有されます。</translation>
    </message>
    <message>
        <source>Shared Logical Volume Manager (LVM) support is available using either iSCSI or Fibre Channel access to a shared LUN.</source>
        <translation>共有 LUN への iSCSI またはファイバー チャネル アクセスを使用して、共有論理ボリューム マネージャー (LVM) を利用できます。</translation>
    </message>
    <message>
        <source>Hardware HBAs (Fibre Channel, FCoE, SAS) give every server of the pool access to shared LUNs.</source>
        <translation>ハードウェア HBA (ファイバー チャネル、FCoE、SAS) により、プールのすべてのサーバーが共有 LUN にアクセスできます。</translation>
    </message>
    <message>
        <source>SMB servers are a common form of Windows shared filesystem infrastructure.</source>
        <translation>SMB サーバーは Windows の共有ファイルシステム インフラストラクチャの一般的な形式です。</translation>
    </message>
    <message>
        <source>A disk of one server, made into a local LVM volume group (its contents are erased).</source>
        <translation>1 台のサーバーのディスクをローカル LVM ボリューム グループにします (内容は消去されます)。</translation>
    </message>
    <message>
        <source>A disk of one server, made into a local EXT filesystem holding VHD files (its contents are erased).</source>
        <translation>1 台のサーバーのディスクを、VHD ファイルを格納するローカル EXT ファイルシステムにします (内容は消去されます)。</translation>
    </message>
    <message>
        <source>An NFS export holding ISO images, which VMs can use as CDs.</source>
        <translation>ISO イメージを格納する NFS エクスポート。仮想マシンは CD として使用できます。</translation>
    </message>
    <message>
        <source>A Windows (SMB/CIFS) share holding ISO images, which VMs can use as CDs.</source>
        <translation>ISO イメージを格納する Windows (SMB/CIFS) 共有。仮想マシンは CD として使用できます。</translation>
    </message>
    <message>
        <source>Virtual disk storage holds VMs&apos; disks; an ISO library holds CD images.</source>
        <translation>仮想ディスク ストレージには仮想マシンのディスクを、ISO ライブラリには CD イメージを格納します。</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>プローブ(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>サーバー(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;LUN:</source>
        <translation>LUN(&amp;L):</translation>
    </message>
    <message>
        <source>Probe lists what is there.</source>
        <translation>プローブで存在するものを一覧表示します。</translation>
    </message>
    <message>
        <source>Probing...</source>
        <translation>プローブしています...</translation>
    </message>
    <message>
        <source>The probe failed: {problem}</source>
        <translation>プローブに失敗しました: {problem}</translation>
    </message>
    <message>
        <source>Found {count}: pick one.</source>
        <translation>{count} 件見つかりました。1 つ選択してください。</translation>
    </message>
    <message>
        <source>Nothing was found there: a new SR will be made.</source>
        <translation>何も見つかりませんでした。新しい SR を作成します。</translation>
    </message>
    <message>
        <source>Create a new SR</source>
        <translation>新しい SR を作成</translation>
    </message>
    <message>
        <source>Fill in {field}.</source>
        <translation>「{field}」を入力してください。</translation>
    </message>
    <message>
        <source>Fill in every field: {problem}.</source>
        <translation>すべてのフィールドに入力してください: {problem}。</translation>
    </message>
    <message>
        <source>Make it the pool&apos;s &amp;default SR</source>
        <translation>プールの既定の SR にする(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>{kind} storage</source>
        <translation>{kind} ストレージ</translation>
    </message>
    <message>
        <source>Enter a name for the SR.</source>
        <translation>SR の名前を入力してください。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be reattached and connected on every server of the pool. It shows in the Events tab meanwhile.</source>
        <translation>{kind} SR &apos;{name}&apos; を再接続し、プールのすべてのサーバーで接続します。その間、[イベント] タブに表示されます。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be made and connected on every server of the pool. It shows in the Events tab meanwhile.</source>
        <translation>{kind} SR &apos;{name}&apos; を作成し、プールのすべてのサーバーで接続します。その間、[イベント] タブに表示されます。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be reattached and connected on &apos;{server}&apos;. It shows in the Events tab meanwhile.</source>
        <translation>{kind} SR &apos;{name}&apos; を再接続し、&apos;{server}&apos; で接続します。その間、[イベント] タブに表示されます。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be made and connected on &apos;{server}&apos;. It shows in the Events tab meanwhile.</source>
        <translation>{kind} SR &apos;{name}&apos; を作成し、&apos;{server}&apos; で接続します。その間、[イベント] タブに表示されます。</translation>
    </message>
    <message>
        <source>Reattach &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; の再接続</translation>
    </message>
    <message>
        <source>New Storage Repository</source>
        <translation>新しいストレージリポジトリ</translation>
    </message>
</context>
<context>
    <name>NewVMWizard</name>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Select a VM template</source>
        <translation>VM テンプレートを選択してください</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>テンプレートを検索</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Select a template.</source>
        <translation>テンプレートを選択してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Name the new virtual machine</source>
        <translation>新しい仮想マシンの名前を指定してください</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>A name that helps you find the VM among the others; it need not be unique.</source>
        <translation>他の仮想マシンの中から見つけやすい名前です。一意である必要はありません。</translation>
    </message>
    <message>
        <source>The new VM needs a name.</source>
        <translation>新しい VM には名前が必要です。</translation>
    </message>
    <message>
        <source>Installation Media</source>
        <translation>インストール メディア</translation>
    </message>
    <message>
        <source>Locate the operating system installation media</source>
        <translation>オペレーティング システムのインストール メディアを指定してください</translation>
    </message>
    <message>
        <source>Boot mode:</source>
        <translation>ブート モード:</translation>
    </message>
    <message>
        <source>Boot parameters:</source>
        <translation>ブート パラメーター:</translation>
    </message>
    <message>
        <source>Choose a disc</source>
        <translation>ディスクを選択</translation>
    </message>
    <message>
        <source>Empty DVD drive</source>
        <translation>空の DVD ドライブ</translation>
    </message>
    <message>
        <source>Network install</source>
        <translation>ネットワーク インストール</translation>
    </message>
    <message>
        <source>Boot from network</source>
        <translation>ネットワークからブート</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Configure networking on the new VM</source>
        <translation>新しい VM のネットワークを設定してください</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>プロパティ…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The template&apos;s default networks are listed: change them here or later on the VM&apos;s Networking tab.</source>
        <translation>テンプレートの既定のネットワークが一覧表示されています。ここで、または後で VM の [ネットワーク] タブで変更できます。</translation>
    </message>
    <message>
        <source>&lt;autogenerated MAC&gt;</source>
        <translation>&lt;自動生成される MAC&gt;</translation>
    </message>
    <message>
        <source>{rate} kB/s</source>
        <translation>{rate} kB/秒</translation>
    </message>
    <message>
        <source>A VM made from this template can have at most {count} interfaces here.</source>
        <translation>このテンプレートから作成する VM には、ここで最大 {count} 個のインターフェイスを設定できます。</translation>
    </message>
    <message>
        <source>Virtual Interface Properties</source>
        <translation>仮想インターフェイスのプロパティ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>ネットワークなし</translation>
    </message>
    <message>
        <source>1 interface</source>
        <translation>1 個のインターフェイス</translation>
    </message>
    <message>
        <source>{count} interfaces</source>
        <translation>{count} 個のインターフェイス</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Ready to create the new virtual machine</source>
        <translation>新しい仮想マシンを作成する準備ができました</translation>
    </message>
    <message>
        <source>All the information needed to create the VM has been gathered. Review it, then click Create Now.</source>
        <translation>VM の作成に必要な情報がすべて揃いました。内容を確認してから [今すぐ作成] をクリックしてください。</translation>
    </message>
    <message>
        <source>Start the new VM automatically</source>
        <translation>新しい VM を自動的に起動する</translation>
    </message>
    <message>
        <source>The same from the command line:</source>
        <translation>同じ操作をコマンド ラインで行うには:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Start it</source>
        <translation>起動する</translation>
    </message>
    <message>
        <source>Leave it shut down</source>
        <translation>シャットダウンのままにする</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>ホーム サーバー</translation>
    </message>
    <message>
        <source>Select a home server</source>
        <translation>ホーム サーバーを選択してください</translation>
    </message>
    <message>
        <source>Don&apos;t assign this VM a home server. The VM will be started on any server with the necessary resources.</source>
        <translation>この VM にホーム サーバーを割り当てません。VM は必要なリソースを持つ任意のサーバーで起動されます。</translation>
    </message>
    <message>
        <source>Place the VM on this server:</source>
        <translation>VM をこのサーバーに配置:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>A VM prefers its home server: it starts there when it can. A VM whose storage is local to one server must live on that server.</source>
        <translation>VM はホーム サーバーを優先し、可能な場合はそこで起動します。ストレージが 1 台のサーバーのローカルにある VM は、そのサーバー上に置く必要があります。</translation>
    </message>
    <message>
        <source>Choose the home server.</source>
        <translation>ホーム サーバーを選択してください。</translation>
    </message>
    <message>
        <source>1 socket with 1 core per socket</source>
        <translation>1 ソケット、ソケットあたり 1 コア</translation>
    </message>
    <message>
        <source>1 socket with {cores} cores per socket</source>
        <translation>1 ソケット、ソケットあたり {cores} コア</translation>
    </message>
    <message>
        <source>{sockets} sockets with 1 core per socket</source>
        <translation>{sockets} ソケット、ソケットあたり 1 コア</translation>
    </message>
    <message>
        <source>{sockets} sockets with {cores} cores per socket</source>
        <translation>{sockets} ソケット、ソケットあたり {cores} コア</translation>
    </message>
    <message>
        <source>CPU &amp; Memory</source>
        <translation>CPU とメモリ</translation>
    </message>
    <message>
        <source>Allocate processor and memory resources</source>
        <translation>プロセッサとメモリのリソースを割り当ててください</translation>
    </message>
    <message>
        <source>Let the server adjust the memory between:</source>
        <translation>サーバーが次の範囲でメモリを調整できるようにする:</translation>
    </message>
    <message>
        <source>Maximum number of vCPUs:</source>
        <translation>vCPU の最大数:</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>トポロジ:</translation>
    </message>
    <message>
        <source>Initial number of vCPUs:</source>
        <translation>vCPU の初期数:</translation>
    </message>
    <message>
        <source>Memory (static maximum):</source>
        <translation>メモリ (静的最大値):</translation>
    </message>
    <message>
        <source>Dynamic minimum:</source>
        <translation>動的最小値:</translation>
    </message>
    <message>
        <source>Dynamic maximum:</source>
        <translation>動的最大値:</translation>
    </message>
    <message>
        <source>This template allows up to {count} vCPUs and {memory} of memory, and needs at least {minimum}.</source>
        <translation>このテンプレートでは最大 {count} 個の vCPU と {memory} のメモリを使用でき、少なくとも {minimum} が必要です。</translation>
    </message>
    <message>
        <source>1 vCPU, {memory}</source>
        <translation>1 vCPU、{memory}</translation>
    </message>
    <message>
        <source>{count} vCPUs, {memory}</source>
        <translation>{count} vCPU、{memory}</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Configure storage for the new VM</source>
        <translation>新しい VM のストレージを設定してください</translation>
    </message>
    <message>
        <source>Place the virtual disks of the new VM on these storage repositories:</source>
        <translation>新しい VM の仮想ディスクを次のストレージリポジトリに配置:</translation>
    </message>
    <message>
        <source>Create a diskless VM that boots from the network</source>
        <translation>ネットワークからブートするディスクレス VM を作成</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>No suitable storage</source>
        <translation>適切なストレージがありません</translation>
    </message>
    <message>
        <source>No storage can hold this disk.</source>
        <translation>このディスクを格納できるストレージがありません。</translation>
    </message>
    <message>
        <source>copied in full with the template</source>
        <translation>テンプレートとともに完全コピー</translation>
    </message>
    <message>
        <source>cloned with the template</source>
        <translation>テンプレートとともにクローン</translation>
    </message>
    <message>
        <source>Add Virtual Disk</source>
        <translation>仮想ディスクの追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Edit Disk</source>
        <translation>ディスクの編集</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>ディスクなし</translation>
    </message>
    <message>
        <source>1 disk, {size}</source>
        <translation>1 個のディスク、{size}</translation>
    </message>
    <message>
        <source>{count} disks, {size}</source>
        <translation>{count} 個のディスク、{size}</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>まずサーバーに接続してください。</translation>
    </message>
    <message>
        <source>This pool has no template to make a VM from.</source>
        <translation>このプールには VM の作成に使用できるテンプレートがありません。</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新しい VM</translation>
    </message>
    <message>
        <source>Create Now</source>
        <translation>今すぐ作成</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Show the alerts</source>
        <translation>アラートを表示</translation>
    </message>
    <message>
        <source>Alerts ({count})</source>
        <translation>アラート ({count})</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 件のアラート</translation>
    </message>
    <message>
        <source>{count} alerts</source>
        <translation>{count} 件のアラート</translation>
    </message>
    <message>
        <source>{count} new alerts</source>
        <translation>{count} 件の新しいアラート</translation>
    </message>
    <message>
        <source>XenCenter alerts</source>
        <translation>XenCenter のアラート</translation>
    </message>
</context>
<context>
    <name>ObjectGroups</name>
    <message>
        <source>Pools</source>
        <extracomment>cache -&gt; (source key, options) -&gt; (cache generation, subtree): the last Infrastructure subtree built. The Objects view&apos;s groups, in XenCenter&apos;s order (its ``ObjectTypes`` enum), with its labels (Messages.resx).
----------
XenCenter&apos;s ``AllIncFolders`` and ``AllExcFolders`` (vApps and Docker containers are in neither). The single types, in flag order (the order of a scope&apos;s elements and of &quot;Type&quot; groups). The &quot;Type&quot; group names (XenCenter&apos;s ``ObjectTypes_i18n``); ``{brand}`` is the product brand.</extracomment>
        <translation>プール</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Disconnected servers</source>
        <translation>切断されたサーバー</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Custom Templates</source>
        <translation>カスタムテンプレート</translation>
    </message>
    <message>
        <source>{brand} Templates</source>
        <translation>{brand} テンプレート</translation>
    </message>
    <message>
        <source>Remote Storage Repositories</source>
        <translation>リモートストレージリポジトリ</translation>
    </message>
    <message>
        <source>Local Storage Repositories</source>
        <translation>ローカルストレージリポジトリ</translation>
    </message>
    <message>
        <source>Virtual Disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>vApps</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>ObjectNames</name>
    <message>
        <source>(No Name)</source>
        <extracomment>For the Objects view&apos;s &quot;&lt;brand&gt; Templates&quot; group; &quot;&quot; takes the first connected pool&apos;s (model.brand). The Saved Searches view&apos;s open search (its UUID): the one whose results the view shows. While the cache shows the last known inventory from disk: when it was saved (epoch seconds). The Infrastructure subtree saved with that inventory and the options it was built with, shown while its records are still being read (``model.inventory``: the tree comes first).</extracomment>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>{name} (Bonded member)</source>
        <translation>{name} (ボンド メンバー)</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (非表示)</translation>
    </message>
    <message>
        <source>Network {nic} on VLAN {vlan}</source>
        <translation>VLAN {vlan} 上のネットワーク {nic}</translation>
    </message>
    <message>
        <source>Network {nic}</source>
        <translation>ネットワーク {nic}</translation>
    </message>
    <message>
        <source>DVD drive on {host}</source>
        <translation>{host} の DVD ドライブ</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>{operation} failed</source>
        <translation>{operation}に失敗しました</translation>
    </message>
    <message>
        <source>The object is gone from the server.</source>
        <translation>オブジェクトはサーバーから削除されています。</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>サーバーに接続されていません。</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>What a task&apos;s status is called in the list (xapi&apos;s ``task_status_type``, plus &quot;ended&quot;; translated where shown, context ``Operations``).</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>In progress ({percent})</source>
        <translation>実行中 ({percent})</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー登録済み</translation>
    </message>
    <message>
        <source>{title} &apos;{target}&apos;</source>
        <extracomment>The connection&apos;s display name (pool or host) the operation ran on. Set by ``request_cancel``; the worker passes it to ``wait_task`` which cancels the xapi task. The XenAPI calls it made (or, planned, would make) and the objects they created. Only planned (``--dry-run``): nothing was sent. The exception behind a failure (its code tells the command line what to print). (class, ref) of the object it works on, when it has one (the Events tab filters by it). Whether a failure is reported (an error dialog); off while a dialog that shows it itself is open.</extracomment>
        <translation>{title} “{target}”</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>デスクトップに合わせる(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Show in the tree</source>
        <translation>ツリーに表示</translation>
    </message>
    <message>
        <source>Consoles of VMs and VNC servers</source>
        <translation>VM と VNC サーバーのコンソール</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>画質:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>圧縮:</translation>
    </message>
    <message>
        <source>Show new &amp;Critical and Major alerts as desktop notifications</source>
        <translation>新しい重大および主要なアラートをデスクトップ通知として表示する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forget All Passwords...</source>
        <translation>すべてのパスワードを破棄(&amp;F)...</translation>
    </message>
    <message>
        <source>Server certificates are always checked: a new one is shown for you to trust, a changed one is refused with both fingerprints.</source>
        <translation>サーバー証明書は常に確認されます。新しい証明書は信頼するかどうかを確認するために表示され、変更された証明書は両方の拇印とともに拒否されます。</translation>
    </message>
    <message>
        <source>&amp;Export Server List...</source>
        <translation>サーバー一覧のエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import Server List...</source>
        <translation>サーバー一覧のインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Save and Restore</source>
        <translation>保存と復元</translation>
    </message>
    <message>
        <source>The saved servers&apos; addresses and names, in XenCenter&apos;s format (no users, no passwords):</source>
        <translation>保存したサーバーのアドレスと名前 (XenCenter の形式、ユーザーとパスワードは含まない):</translation>
    </message>
    <message>
        <source>No password is remembered.</source>
        <translation>保存されているパスワードはありません。</translation>
    </message>
    <message>
        <source>1 server has a password remembered in the system keyring.</source>
        <translation>1 台のサーバーのパスワードがシステムのキーリングに保存されています。</translation>
    </message>
    <message>
        <source>{count} servers have a password remembered in the system keyring.</source>
        <translation>{count} 台のサーバーのパスワードがシステムのキーリングに保存されています。</translation>
    </message>
    <message>
        <source>Forget All Passwords</source>
        <translation>すべてのパスワードを破棄</translation>
    </message>
    <message>
        <source>Forget every remembered password? Servers that reconnect at start will ask for theirs.</source>
        <translation>保存されているすべてのパスワードを破棄しますか? 起動時に再接続するサーバーではパスワードの入力が求められます。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>The options could not be saved: {error}</source>
        <translation>オプションを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Nothing is ever fetched from the internet: the check only reads what your connected servers already report about their updates (their own update repositories are theirs to reach).</source>
        <translation>インターネットから何かを取得することはありません。確認では、接続中のサーバーが既に報告している更新情報のみを読み取ります (更新リポジトリへのアクセスはサーバー自身が行います)。</translation>
    </message>
    <message>
        <source>&amp;Check for updates to the connected servers</source>
        <translation>接続中のサーバーの更新を確認する(&amp;C)</translation>
    </message>
    <message>
        <source>The connected servers report no pending updates.</source>
        <translation>接続中のサーバーから保留中の更新は報告されていません。</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>&amp;Connecting to a server:</source>
        <translation>サーバーへの接続(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Waiting for an answer:</source>
        <translation>応答の待機(&amp;W):</translation>
    </message>
    <message>
        <source>Lost connections</source>
        <translation>切断された接続</translation>
    </message>
    <message>
        <source>&amp;Reconnect by itself when a connection is lost</source>
        <translation>接続が切断されたら自動的に再接続する(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Longest wait between tries:</source>
        <translation>再試行の最大間隔(&amp;L):</translation>
    </message>
    <message>
        <source>New connections use these at once; connected servers from their next reconnection.</source>
        <translation>新しい接続にはすぐに適用され、接続中のサーバーには次回の再接続から適用されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The new language is used from the next start (main.py --lang LANGUAGE chooses one for a single run).</source>
        <translation>新しい言語は次回の起動から使用されます (main.py --lang LANGUAGE で 1 回の実行の言語を選択できます)。</translation>
    </message>
    <message>
        <source>Graph line colours</source>
        <translation>グラフの線の色</translation>
    </message>
    <message>
        <source>&amp;Restore Default Colours</source>
        <translation>既定の色に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>A graph&apos;s first line takes the first colour, its second line the second, and so on.</source>
        <translation>グラフの 1 本目の線には 1 番目の色、2 本目の線には 2 番目の色が使われます (以下同様)。</translation>
    </message>
    <message>
        <source>Line {number}: {color}</source>
        <translation>線 {number}: {color}</translation>
    </message>
    <message>
        <source>Colour of Line {number}</source>
        <translation>線 {number} の色</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Options &gt; Language&apos;s choices: the setting&apos;s value and its name in that language (&quot;System default&quot; in the window&apos;s, translated where shown).</extracomment>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>Perfmon</name>
    <message>
        <source>Generate CPU usage alerts</source>
        <translation>CPU 使用率のアラートを生成する</translation>
    </message>
    <message>
        <source>When CPU usage exceeds:</source>
        <translation>CPU 使用率が次の値を超えたとき:</translation>
    </message>
    <message>
        <source>Generate network usage alerts</source>
        <translation>ネットワーク使用率のアラートを生成する</translation>
    </message>
    <message>
        <source>When network usage exceeds:</source>
        <translation>ネットワーク使用率が次の値を超えたとき:</translation>
    </message>
    <message>
        <source>Network {level} KB/s</source>
        <translation>ネットワーク {level} KB/s</translation>
    </message>
    <message>
        <source>Generate disk usage alerts</source>
        <translation>ディスク使用率のアラートを生成する</translation>
    </message>
    <message>
        <source>When disk usage exceeds:</source>
        <translation>ディスク使用率が次の値を超えたとき:</translation>
    </message>
    <message>
        <source>Disk {level} KB/s</source>
        <translation>ディスク {level} KB/s</translation>
    </message>
    <message>
        <source>Generate memory usage alerts</source>
        <translation>メモリ使用率のアラートを生成する</translation>
    </message>
    <message>
        <source>When free memory falls below:</source>
        <translation>空きメモリが次の値を下回ったとき:</translation>
    </message>
    <message>
        <source>Free memory {level} MB</source>
        <translation>空きメモリ {level} MB</translation>
    </message>
    <message>
        <source>Generate control domain memory usage alerts</source>
        <translation>コントロール ドメインのメモリ使用率のアラートを生成する</translation>
    </message>
    <message>
        <source>When control domain memory usage exceeds:</source>
        <translation>コントロール ドメインのメモリ使用率が次の値を超えたとき:</translation>
    </message>
    <message>
        <source>Control domain memory {level}%</source>
        <translation>コントロール ドメインのメモリ {level}%</translation>
    </message>
    <message>
        <source>Generate storage throughput alerts</source>
        <translation>ストレージ スループットのアラートを生成する</translation>
    </message>
    <message>
        <source>When SR throughput for any host exceeds:</source>
        <translation>いずれかのホストの SR スループットが次の値を超えたとき:</translation>
    </message>
    <message>
        <source>Throughput {level} KB/s</source>
        <translation>スループット {level} KB/s</translation>
    </message>
    <message>
        <source>Generate storage repository disk space alerts</source>
        <translation>ストレージリポジトリ (SR) のディスク領域のアラートを生成する</translation>
    </message>
    <message>
        <source>When SR physical utilization exceeds:</source>
        <translation>SR の物理使用率が次の値を超えたとき:</translation>
    </message>
    <message>
        <source>Disk space {level}%</source>
        <translation>ディスク領域 {level}%</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>None defined</source>
        <translation>定義なし</translation>
    </message>
    <message>
        <source>The alert repeat interval must be a multiple of {step} minutes.</source>
        <translation>アラートの繰り返し間隔は {step} 分の倍数である必要があります。</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <source>{line}: {value} at {time}</source>
        <translation>{line}: {time} に {value}</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>カスタム...</translation>
    </message>
    <message>
        <source>Custom Range</source>
        <translation>カスタム範囲</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>New Graph...</source>
        <translation>新しいグラフ...</translation>
    </message>
    <message>
        <source>Edit Graph...</source>
        <translation>グラフの編集...</translation>
    </message>
    <message>
        <source>Delete Graph</source>
        <translation>グラフの削除</translation>
    </message>
    <message>
        <source>The selected object no longer exists.</source>
        <translation>選択したオブジェクトはもう存在しません。</translation>
    </message>
    <message>
        <source>Performance data is not available: the server&apos;s address is not known.</source>
        <translation>パフォーマンス データを使用できません。サーバーのアドレスが不明です。</translation>
    </message>
    <message>
        <source>Performance data is only available while connected.</source>
        <translation>パフォーマンス データは接続中のみ使用できます。</translation>
    </message>
    <message>
        <source>{range}: one point every {step}; last updated {time}. Scroll to zoom, drag to move.</source>
        <translation>{range}: {step}ごとに 1 点、最終更新 {time}。スクロールでズーム、ドラッグで移動します。</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>カスタム範囲</translation>
    </message>
    <message>
        <source>Performance data could not be fetched: {error}</source>
        <translation>パフォーマンス データを取得できませんでした: {error}</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>PoolJoin</name>
    <message>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>接続しています...</translation>
    </message>
    <message>
        <source>This server is coordinator of an existing pool</source>
        <translation>このサーバーは既存のプールのコーディネーターです</translation>
    </message>
    <message>
        <source>The coordinator is disconnected</source>
        <translation>コーディネーターは切断されています</translation>
    </message>
    <message>
        <source>The coordinator is still connecting</source>
        <translation>コーディネーターはまだ接続中です</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <source>This server&apos;s hardware is incompatible with the coordinator&apos;s</source>
        <translation>このサーバーのハードウェアはコーディネーターと互換性がありません</translation>
    </message>
    <message>
        <source>This server is a different version to the coordinator</source>
        <translation>このサーバーはコーディネーターとバージョンが異なります</translation>
    </message>
    <message>
        <source>This server&apos;s Linux pack installation state differs from that of the coordinator</source>
        <translation>このサーバーの Linux パックのインストール状態はコーディネーターと異なります</translation>
    </message>
    <message>
        <source>This server has shared storage</source>
        <translation>このサーバーには共有ストレージがあります</translation>
    </message>
    <message>
        <source>This server has running VMs</source>
        <translation>このサーバーには実行中の仮想マシンがあります</translation>
    </message>
    <message>
        <source>This server&apos;s network backend is different from the coordinator&apos;s</source>
        <translation>このサーバーのネットワーク バックエンドはコーディネーターと異なります</translation>
    </message>
    <message>
        <source>This server has a different Active Directory configuration to the coordinator</source>
        <translation>このサーバーの Active Directory の構成はコーディネーターと異なります</translation>
    </message>
    <message>
        <source>HA is enabled on the pool</source>
        <translation>プールで HA が有効です</translation>
    </message>
    <message>
        <source>This server must not have any bonds, non management VLANs, SR-IOV networks or cross-server private networks</source>
        <translation>このサーバーにボンド、管理用以外の VLAN、SR-IOV ネットワーク、サーバー間プライベート ネットワークがあってはなりません</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on the pool, but not on this server. To add the server to the pool, first enable certificate verification on the server.</source>
        <translation>プールでは証明書の検証が有効ですが、このサーバーでは無効です。サーバーをプールに追加するには、まずサーバーで証明書の検証を有効にしてください。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on coordinator, but not on this server. To create the pool, first enable certificate verification on the server.</source>
        <translation>コーディネーターでは証明書の検証が有効ですが、このサーバーでは無効です。プールを作成するには、まずサーバーで証明書の検証を有効にしてください。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on this server, but not on the pool. To add the server to the pool, first enable certificate verification on the pool.</source>
        <translation>このサーバーでは証明書の検証が有効ですが、プールでは無効です。サーバーをプールに追加するには、まずプールで証明書の検証を有効にしてください。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on this server, but not on coordinator. To create the pool, first enable certificate verification on coordinator.</source>
        <translation>このサーバーでは証明書の検証が有効ですが、コーディネーターでは無効です。プールを作成するには、まずコーディネーターで証明書の検証を有効にしてください。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>create the VM</source>
        <translation>仮想マシンを作成</translation>
    </message>
    <message>
        <source>import the disk &apos;{disk}&apos;</source>
        <translation>ディスク“{disk}”をインポート</translation>
    </message>
    <message>
        <source>create the DVD drives</source>
        <translation>DVD ドライブを作成</translation>
    </message>
    <message>
        <source>create the network interfaces</source>
        <translation>ネットワークインターフェイスを作成</translation>
    </message>
    <message>
        <source>Creating the disk</source>
        <translation>ディスクを作成しています</translation>
    </message>
    <message>
        <source>Activating the disk</source>
        <translation>ディスクをアクティブ化しています</translation>
    </message>
    <message>
        <source>Deactivating the disk</source>
        <translation>ディスクを非アクティブ化しています</translation>
    </message>
    <message>
        <source>Deleting the disk</source>
        <translation>ディスクを削除しています</translation>
    </message>
    <message>
        <source>Resizing the disk</source>
        <translation>ディスクのサイズを変更しています</translation>
    </message>
    <message>
        <source>Copying the disk</source>
        <translation>ディスクをコピーしています</translation>
    </message>
    <message>
        <source>Deleting the original</source>
        <translation>元のディスクを削除しています</translation>
    </message>
    <message>
        <source>Ejecting</source>
        <translation>取り出しています</translation>
    </message>
    <message>
        <source>Inserting</source>
        <translation>挿入しています</translation>
    </message>
    <message>
        <source>Unplugging</source>
        <translation>切断しています</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>接続しています</translation>
    </message>
    <message>
        <source>Preparing the destination</source>
        <translation>移動先を準備しています</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>移行しています</translation>
    </message>
    <message>
        <source>Moving the disks</source>
        <translation>ディスクを移動しています</translation>
    </message>
    <message>
        <source>Moving &apos;{name}&apos;</source>
        <translation>“{name}”を移動しています</translation>
    </message>
    <message>
        <source>Moved already: {names}.</source>
        <translation>移動済み: {names}。</translation>
    </message>
    <message>
        <source>move the disk &apos;{name}&apos; to &apos;{sr}&apos;</source>
        <translation>ディスク“{name}”を“{sr}”に移動</translation>
    </message>
    <message>
        <source>create the network</source>
        <translation>ネットワークを作成</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {nic} of every server</source>
        <translation>すべてのサーバーの {nic} に VLAN {vlan} を作成</translation>
    </message>
    <message>
        <source>create the bond on &apos;{host}&apos;</source>
        <translation>“{host}”にボンドを作成</translation>
    </message>
    <message>
        <source>the storage interface on {nic}</source>
        <translation>{nic} のストレージインターフェイス</translation>
    </message>
    <message>
        <source>IP address on {nic} configured</source>
        <translation>{nic} の IP アドレスを構成済み</translation>
    </message>
    <message>
        <source>IP address on {nic} deconfigured</source>
        <translation>{nic} の IP アドレスを構成解除済み</translation>
    </message>
    <message>
        <source>the IP address of {nic}</source>
        <translation>{nic} の IP アドレス</translation>
    </message>
    <message>
        <source>the management interface</source>
        <translation>管理インターフェイス</translation>
    </message>
    <message>
        <source>Adding &apos;{name}&apos; to the pool</source>
        <translation>“{name}”をプールに追加しています</translation>
    </message>
    <message>
        <source>clone the template</source>
        <translation>テンプレートを複製</translation>
    </message>
    <message>
        <source>start the new VM &apos;{name}&apos;</source>
        <translation>新しい仮想マシン“{name}”を起動</translation>
    </message>
    <message>
        <source>Starting the VM</source>
        <translation>仮想マシンを起動しています</translation>
    </message>
    <message>
        <source>copy the template &apos;{name}&apos;</source>
        <translation>テンプレート“{name}”をコピー</translation>
    </message>
    <message>
        <source>Copying the template</source>
        <translation>テンプレートをコピーしています</translation>
    </message>
    <message>
        <source>clone the template &apos;{name}&apos;</source>
        <translation>テンプレート“{name}”を複製</translation>
    </message>
    <message>
        <source>Cloning the template</source>
        <translation>テンプレートを複製しています</translation>
    </message>
    <message>
        <source>install the template</source>
        <translation>テンプレートをインストール</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>プロビジョニングしています</translation>
    </message>
    <message>
        <source>set the VM&apos;s properties</source>
        <translation>仮想マシンのプロパティを設定</translation>
    </message>
    <message>
        <source>Setting properties</source>
        <translation>プロパティを設定しています</translation>
    </message>
    <message>
        <source>set up the boot</source>
        <translation>ブートを設定</translation>
    </message>
    <message>
        <source>set up the DVD drive</source>
        <translation>DVD ドライブを設定</translation>
    </message>
    <message>
        <source>set up the network interfaces</source>
        <translation>ネットワークインターフェイスを設定</translation>
    </message>
    <message>
        <source>name the VM</source>
        <translation>仮想マシンに名前を設定</translation>
    </message>
    <message>
        <source>Emptying the DVD drive</source>
        <translation>DVD ドライブを空にしています</translation>
    </message>
    <message>
        <source>Inserting the install disc</source>
        <translation>インストールディスクを挿入しています</translation>
    </message>
    <message>
        <source>create the disk &apos;{name}&apos;</source>
        <translation>ディスク“{name}”を作成</translation>
    </message>
    <message>
        <source>Creating the disk &apos;{name}&apos;</source>
        <translation>ディスク“{name}”を作成しています</translation>
    </message>
    <message>
        <source>set the VM&apos;s suspend storage</source>
        <translation>仮想マシンのサスペンド用ストレージを設定</translation>
    </message>
    <message>
        <source>%n server</source>
        <translation>%n 台のサーバー</translation>
    </message>
    <message>
        <source>%n servers</source>
        <translation>%n 台のサーバー</translation>
    </message>
    <message>
        <source>{added} added, {kept} already in the list</source>
        <translation>{added} 件追加、{kept} 件は一覧に登録済み</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; connected</source>
        <translation>“{host}”を接続済み</translation>
    </message>
    <message>
        <source>the SR&apos;s connection on &apos;{host}&apos;</source>
        <translation>“{host}”上の SR の接続</translation>
    </message>
    <message>
        <source>store the password</source>
        <translation>パスワードを保存</translation>
    </message>
    <message>
        <source>probe the iSCSI target</source>
        <translation>iSCSI ターゲットをプローブ</translation>
    </message>
    <message>
        <source>find LUN {lun}</source>
        <translation>LUN {lun} を検索</translation>
    </message>
    <message>
        <source>reattach the SR</source>
        <translation>SR を再接続</translation>
    </message>
    <message>
        <source>connect the SR to &apos;{host}&apos;</source>
        <translation>SR を“{host}”に接続</translation>
    </message>
    <message>
        <source>plug the SR on &apos;{host}&apos;</source>
        <translation>“{host}”で SR をプラグ</translation>
    </message>
    <message>
        <source>create the SR</source>
        <translation>SR を作成</translation>
    </message>
    <message>
        <source>make it the default SR</source>
        <translation>既定の SR に設定</translation>
    </message>
    <message>
        <source>get the status report of {names}</source>
        <translation>{names} のステータスレポートを取得</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>コピーしています</translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation>複製しています</translation>
    </message>
    <message>
        <source>Cloning the snapshot</source>
        <translation>スナップショットを複製しています</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Edit Tags and Folder</source>
        <translation>タグとフォルダーの編集</translation>
    </message>
    <message>
        <source>Tags and folders organise the Tags and Folders views; XenCenter users of the same pool see them too.</source>
        <translation>タグとフォルダーは [タグ] ビューと [フォルダー] ビューを整理します。同じプールの XenCenter ユーザーにも表示されます。</translation>
    </message>
    <message>
        <source>production, web, ...</source>
        <translation>本番, Web, ...</translation>
    </message>
    <message>
        <source>/Production/Web (empty: no folder)</source>
        <translation>/Production/Web (空: フォルダーなし)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>{count} operations failed</source>
        <translation>{count} 個の操作が失敗しました</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>For longer than:</source>
        <translation>継続時間:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Performance alerts</source>
        <translation>パフォーマンス アラート</translation>
    </message>
    <message>
        <source>The server&apos;s performance monitor raises an alert when a value stays past its threshold for the time given; alerts show under Notifications and can be mailed (the pool&apos;s E-mail Options).</source>
        <translation>値が指定時間しきい値を超え続けると、サーバーのパフォーマンス モニターがアラートを発行します。アラートは [通知] に表示され、メールで送信することもできます (プールの [メール オプション])。</translation>
    </message>
    <message>
        <source>Alert repeat interval:</source>
        <translation>アラートの繰り返し間隔:</translation>
    </message>
    <message>
        <source>E-mail Options</source>
        <translation>メール オプション</translation>
    </message>
    <message>
        <source>E-mail alerts</source>
        <translation>メール アラート</translation>
    </message>
    <message>
        <source>Send e-mail alert notifications</source>
        <translation>アラート通知をメールで送信する</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>送信先:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP サーバー:</translation>
    </message>
    <message>
        <source>The pool&apos;s coordinator sends the mail; the SMTP server must accept mail from it without authentication.</source>
        <translation>メールはプール コーディネーターが送信します。SMTP サーバーは認証なしでコーディネーターからのメールを受け付ける必要があります。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Enter the address to deliver to and the SMTP server.</source>
        <translation>送信先アドレスと SMTP サーバーを入力してください。</translation>
    </message>
    <message>
        <source>Multipathing</source>
        <translation>マルチパス</translation>
    </message>
    <message>
        <source>Storage multipathing</source>
        <translation>ストレージのマルチパス</translation>
    </message>
    <message>
        <source>Enable multipathing on this server</source>
        <translation>このサーバーでマルチパスを有効にする</translation>
    </message>
    <message>
        <source>Multipathing uses several paths to the same storage, so that storage stays reachable when a path fails. Its SRs are unplugged and plugged again while the setting changes.</source>
        <translation>マルチパスは同じストレージへの複数のパスを使用し、1 つのパスに障害が発生してもストレージに到達できるようにします。設定の変更中、その SR は取り外されて再び接続されます。</translation>
    </message>
    <message>
        <source> The server must be in maintenance mode to change it.</source>
        <translation> 変更するにはサーバーがメンテナンス モードである必要があります。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Log Destination</source>
        <translation>ログの出力先</translation>
    </message>
    <message>
        <source>System log destination</source>
        <translation>システム ログの出力先</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>ローカルのみ</translation>
    </message>
    <message>
        <source>Also send to a remote syslog server:</source>
        <translation>リモートの syslog サーバーにも送信:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Enter the remote syslog server.</source>
        <translation>リモートの syslog サーバーを入力してください。</translation>
    </message>
    <message>
        <source>Power On</source>
        <translation>電源オン</translation>
    </message>
    <message>
        <source>Remote power on</source>
        <translation>リモート電源オン</translation>
    </message>
    <message>
        <source>Custom: {mode}</source>
        <translation>カスタム: {mode}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Power-on mode:</source>
        <translation>電源オン モード:</translation>
    </message>
    <message>
        <source>DRAC IP address:</source>
        <translation>DRAC IP アドレス:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Lets XenCenter (and Workload Balancing) power the server on when it is off. The DRAC password is kept in a xapi secret, never shown again.</source>
        <translation>サーバーがオフのときに XenCenter (およびワークロード バランス) が電源をオンにできるようにします。DRAC パスワードは xapi シークレットに保存され、二度と表示されません。</translation>
    </message>
    <message>
        <source>Enter the IP address of the server&apos;s DRAC.</source>
        <translation>サーバーの DRAC の IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Live Patching</source>
        <translation>ライブ パッチ</translation>
    </message>
    <message>
        <source>Live patching</source>
        <translation>ライブ パッチ</translation>
    </message>
    <message>
        <source>Use live patching when possible</source>
        <translation>可能な場合はライブ パッチを使用する</translation>
    </message>
    <message>
        <source>Live patches update the hypervisor and the control domain&apos;s kernel without a reboot, where a patch supports it.</source>
        <translation>ライブ パッチは、パッチが対応している場合、再起動なしでハイパーバイザーとコントロール ドメインのカーネルを更新します。</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>移行</translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation>ライブ マイグレーション</translation>
    </message>
    <message>
        <source>Compress the VM memory stream during live migration</source>
        <translation>ライブ マイグレーション中に VM のメモリ ストリームを圧縮する</translation>
    </message>
    <message>
        <source>Compression uses more CPU on both servers and sends less over the network: useful on slow links. A dedicated migration network keeps migrations off the management network; it needs an interface with an IP address on every server.</source>
        <translation>圧縮は両方のサーバーの CPU をより多く使用し、ネットワークの送信量を減らします。低速なリンクで有効です。専用の移行ネットワークを使うと、移行が管理ネットワークを使用しません。すべてのサーバーに IP アドレスを持つインターフェイスが必要です。</translation>
    </message>
    <message>
        <source>The management network</source>
        <translation>管理ネットワーク</translation>
    </message>
    <message>
        <source>Unknown network ({uuid})</source>
        <translation>不明なネットワーク ({uuid})</translation>
    </message>
    <message>
        <source>Migration network:</source>
        <translation>移行ネットワーク:</translation>
    </message>
    <message>
        <source>Management network</source>
        <translation>管理ネットワーク</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>、圧縮あり</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>TLS certificate verification</source>
        <translation>TLS 証明書の検証</translation>
    </message>
    <message>
        <source>Verify the TLS certificates of the pool&apos;s servers</source>
        <translation>プールのサーバーの TLS 証明書を検証する</translation>
    </message>
    <message>
        <source>With verification on, the pool&apos;s servers check each other&apos;s certificates on every connection. Once on, it cannot be turned off.</source>
        <translation>検証をオンにすると、プールのサーバーは接続のたびに互いの証明書を確認します。一度オンにするとオフにはできません。</translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation>ネットワークの設定</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>ネットワークの設定</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>インターフェイス:</translation>
    </message>
    <message>
        <source>None (an internal network)</source>
        <translation>なし (内部ネットワーク)</translation>
    </message>
    <message>
        <source>VLAN:</source>
        <translation>VLAN ID:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Add this network to new VMs automatically</source>
        <translation>このネットワークを新しい VM に自動的に追加する</translation>
    </message>
    <message>
        <source>MTU:</source>
        <translation>MTU 値:</translation>
    </message>
    <message>
        <source>A new MTU takes effect when the network&apos;s interfaces are next plugged (server reboot or interface replug); every device on the network must accept it.</source>
        <translation>新しい MTU は、ネットワークのインターフェイスが次に接続されたとき (サーバーの再起動またはインターフェイスの再接続) に有効になります。ネットワーク上のすべてのデバイスがその値に対応している必要があります。</translation>
    </message>
    <message>
        <source>MTU {mtu}</source>
        <translation>MTU: {mtu}</translation>
    </message>
    <message>
        <source>High Availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <source>High availability and start order</source>
        <translation>高可用性と起動順序</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Restart priority:</source>
        <translation>再起動の優先度:</translation>
    </message>
    <message>
        <source>HA is not turned on in this pool: the priority is used once it is.</source>
        <translation>このプールでは HA がオンになっていません。優先度は HA をオンにしたときに使用されます。</translation>
    </message>
    <message>
        <source>Start order:</source>
        <translation>起動順序:</translation>
    </message>
    <message>
        <source>Attempt to start next VM after:</source>
        <translation>次の VM の起動を試みるまでの時間:</translation>
    </message>
    <message>
        <source>VMs with a lower start order start first when the pool (or HA) starts them together.</source>
        <translation>プール (または HA) が VM をまとめて起動するときは、起動順序の小さい VM から起動します。</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>ホーム サーバー</translation>
    </message>
    <message>
        <source>Home server</source>
        <translation>ホーム サーバー</translation>
    </message>
    <message>
        <source>Don&apos;t assign a home server</source>
        <translation>ホーム サーバーを割り当てない</translation>
    </message>
    <message>
        <source>Home server:</source>
        <translation>ホーム サーバー:</translation>
    </message>
    <message>
        <source>The VM starts on its home server when that server can run it, and on any other server of the pool otherwise.</source>
        <translation>VM はホーム サーバーで実行できる場合はそこで起動し、それ以外の場合はプールの他のサーバーで起動します。</translation>
    </message>
    <message>
        <source>None defined</source>
        <translation>未定義</translation>
    </message>
    <message>
        <source>Advanced Options</source>
        <translation>詳細オプション</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>最適化</translation>
    </message>
    <message>
        <source>General use</source>
        <translation>一般的な用途</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Shadow memory multiplier:</source>
        <translation>シャドウ メモリの乗数:</translation>
    </message>
    <message>
        <source>More shadow memory speeds up guests that create many processes (Citrix Virtual Apps servers); it is taken from the server&apos;s free memory.</source>
        <translation>シャドウ メモリを増やすと、多数のプロセスを作成するゲスト (Citrix Virtual Apps サーバー) が高速化します。サーバーの空きメモリから割り当てられます。</translation>
    </message>
    <message>
        <source>Shadow memory multiplier: {value}</source>
        <translation>シャドウ メモリの乗数: {value}</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>{kind} name, description, folder and tags</source>
        <translation>{kind}の名前、説明、フォルダー、タグ</translation>
    </message>
    <message>
        <source>Not in a folder (e.g. /Production/Web)</source>
        <translation>フォルダーなし (例: /Production/Web)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名前を空にすることはできません。</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>カスタム フィールド</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>カスタム フィールド</translation>
    </message>
    <message>
        <source>The pool defines no custom fields. XenCenter users define them with &quot;Edit Custom Fields&quot;; their values show here and in searches.</source>
        <translation>このプールにはカスタム フィールドが定義されていません。XenCenter のユーザーは [カスタム フィールドの編集] で定義します。値はここと検索に表示されます。</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>1 field set</source>
        <translation>1 個のフィールドを設定</translation>
    </message>
    <message>
        <source>{count} fields set</source>
        <translation>{count} 個のフィールドを設定</translation>
    </message>
    <message>
        <source>Size and Location</source>
        <translation>サイズと場所</translation>
    </message>
    <message>
        <source>Size and location</source>
        <translation>サイズと場所</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>A disk can only grow; the guest must then extend its file systems.</source>
        <translation>ディスクは拡張のみ可能です。その後、ゲストでファイルシステムを拡張する必要があります。</translation>
    </message>
    <message>
        <source>A virtual disk cannot shrink: it is {size}.</source>
        <translation>仮想ディスクは縮小できません。現在のサイズは {size} です。</translation>
    </message>
    <message>
        <source>Device Options</source>
        <translation>デバイス オプション</translation>
    </message>
    <message>
        <source>On &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; 上</translation>
    </message>
    <message>
        <source>Device options</source>
        <translation>デバイス オプション</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>読み取り/書き込み</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Device position:</source>
        <translation>デバイスの位置:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <source>Shut the VM down to change the drive&apos;s position or mode.</source>
        <translation>ドライブの位置やモードを変更するには VM をシャットダウンしてください。</translation>
    </message>
    <message>
        <source>Position {position}, read-only</source>
        <translation>位置 {position}、読み取り専用</translation>
    </message>
    <message>
        <source>Position {position}, read/write</source>
        <translation>位置 {position}、読み取り/書き込み</translation>
    </message>
    <message>
        <source>Virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; Properties</source>
        <extracomment>The edit command and object the page&apos;s parameters are for, when not the dialog&apos;s (a standalone server&apos;s dialog shows its pool&apos;s E-mail Options, applied with ``pool.edit``).</extracomment>
        <translation>&apos;{name}&apos; のプロパティ</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title} - {summary}</translation>
    </message>
    <message>
        <source>Not connected to the server: reconnect, then try again.</source>
        <translation>サーバーに接続されていません。再接続してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Storage repository</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Hard Disk</source>
        <translation>ハード ディスク</translation>
    </message>
    <message>
        <source>DVD-Drive</source>
        <translation>DVD ドライブ</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>仮想 CPU</translation>
    </message>
    <message>
        <source>Number of vCPUs:</source>
        <translation>vCPU の数:</translation>
    </message>
    <message>
        <source>Maximum number of vCPUs:</source>
        <translation>vCPU の最大数:</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>トポロジ:</translation>
    </message>
    <message>
        <source>The VM is running: you can add vCPUs up to the maximum now; shut it down to change the maximum or the topology.</source>
        <translation>VM は実行中です。今は最大数まで vCPU を追加できます。最大数やトポロジを変更するにはシャットダウンしてください。</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation>vCPU 1 個</translation>
    </message>
    <message>
        <source>{count} vCPUs</source>
        <translation>vCPU {count} 個</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Static minimum:</source>
        <translation>静的最小値:</translation>
    </message>
    <message>
        <source>Dynamic minimum:</source>
        <translation>動的最小値:</translation>
    </message>
    <message>
        <source>Dynamic maximum:</source>
        <translation>動的最大値:</translation>
    </message>
    <message>
        <source>Static maximum:</source>
        <translation>静的最大値:</translation>
    </message>
    <message>
        <source>With a dynamic range, the server may lower the VM&apos;s memory down to the dynamic minimum when it needs memory for other VMs (Dynamic Memory Control).</source>
        <translation>動的範囲を使用すると、他の VM にメモリが必要なとき、サーバーはこの VM のメモリを動的最小値まで下げることがあります (動的メモリ制御)。</translation>
    </message>
    <message>
        <source>The VM is running: the dynamic range can change now; shut it down to change the static maximum.</source>
        <translation>VM は実行中です。今は動的範囲を変更できます。静的最大値を変更するにはシャットダウンしてください。</translation>
    </message>
    <message>
        <source>Boot Options</source>
        <translation>ブート オプション</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>ブート順序:</translation>
    </message>
    <message>
        <source>Tick the devices to boot from and put them in order.</source>
        <translation>ブートするデバイスにチェックを付け、順序を並べ替えてください。</translation>
    </message>
    <message>
        <source>OS boot parameters:</source>
        <translation>OS のブート パラメーター:</translation>
    </message>
    <message>
        <source>PV boot</source>
        <translation>PV ブート</translation>
    </message>
    <message>
        <source>Tick at least one boot device.</source>
        <translation>少なくとも 1 つのブート デバイスにチェックを付けてください。</translation>
    </message>
</context>
<context>
    <name>Provision</name>
    <message>
        <source>Install from ISO library or DVD drive</source>
        <translation>ISO ライブラリまたは DVD ドライブからインストール</translation>
    </message>
    <message>
        <source>Install from URL</source>
        <translation>URL からインストール</translation>
    </message>
    <message>
        <source>Boot from network</source>
        <translation>ネットワークから起動</translation>
    </message>
    <message>
        <source>No installation media (leave the DVD drive empty)</source>
        <translation>インストール メディアなし (DVD ドライブを空のままにする)</translation>
    </message>
    <message>
        <source>Give the address of the installation repository.</source>
        <translation>インストール リポジトリのアドレスを指定してください。</translation>
    </message>
    <message>
        <source>The repository address must start with {schemes}.</source>
        <translation>リポジトリのアドレスは {schemes} で始まる必要があります。</translation>
    </message>
    <message>
        <source>DVD drive on {host}</source>
        <translation>{host} の DVD ドライブ</translation>
    </message>
    <message>
        <source>DVD drives</source>
        <translation>DVD ドライブ</translation>
    </message>
    <message>
        <source>The network of interface {index} no longer exists.</source>
        <translation>インターフェイス {index} のネットワークはもう存在しません。</translation>
    </message>
    <message>
        <source>A rate limit cannot be negative.</source>
        <translation>速度制限を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>Two interfaces cannot have the same MAC address.</source>
        <translation>2 つのインターフェイスに同じ MAC アドレスを指定することはできません。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {max_vifs} network interfaces.</source>
        <translation>このテンプレートの仮想マシンに設定できるネットワーク インターフェイスは最大 {max_vifs} 個です。</translation>
    </message>
    <message>
        <source>A VM needs at least one vCPU.</source>
        <extracomment>A custom template&apos;s disks are cloned on their SR, or with ``copy_sr`` copied in full to it (``VM.copy``).</extracomment>
        <translation>仮想マシンには 1 つ以上の vCPU が必要です。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {limit} vCPUs.</source>
        <translation>このテンプレートの仮想マシンに設定できる vCPU は最大 {limit} 個です。</translation>
    </message>
    <message>
        <source>The number of vCPUs cannot exceed the maximum.</source>
        <translation>vCPU の数は最大値を超えることはできません。</translation>
    </message>
    <message>
        <source>{vcpus} vCPUs cannot be split into sockets of {cores} cores.</source>
        <translation>{vcpus} 個の vCPU を {cores} コアのソケットに分割することはできません。</translation>
    </message>
    <message>
        <source>Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum (the template&apos;s static minimum is {minimum}).</source>
        <translation>メモリは次を満たす必要があります: 静的最小値 ≤ 動的最小値 ≤ 動的最大値 ≤ 静的最大値 (テンプレートの静的最小値は {minimum})。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {size} of memory.</source>
        <translation>このテンプレートの仮想マシンに設定できるメモリは最大 {size} です。</translation>
    </message>
    <message>
        <source>A VM of this template cannot be installed that way ({method}).</source>
        <translation>このテンプレートの仮想マシンはその方法ではインストールできません ({method})。</translation>
    </message>
    <message>
        <source>The chosen ISO no longer exists.</source>
        <translation>選択した ISO はもう存在しません。</translation>
    </message>
    <message>
        <source>Choose an ISO image or a DVD drive to install from.</source>
        <translation>インストール元の ISO イメージまたは DVD ドライブを選択してください。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ISO image nor a DVD drive.</source>
        <translation>“{name}”は ISO イメージでも DVD ドライブでもありません。</translation>
    </message>
    <message>
        <source>A VM of this template cannot boot with {mode}.</source>
        <translation>このテンプレートの仮想マシンは {mode} で起動できません。</translation>
    </message>
    <message>
        <source>The chosen home server no longer exists.</source>
        <translation>選択したホーム サーバーはもう存在しません。</translation>
    </message>
    <message>
        <source>The VM&apos;s storage is local to &apos;{server}&apos;: choose it as the home server (a VM without one needs storage every server sees).</source>
        <translation>仮想マシンのストレージは“{server}”のローカルです: それをホーム サーバーとして選択してください (ホーム サーバーのない仮想マシンには、すべてのサーバーから見えるストレージが必要です)。</translation>
    </message>
    <message>
        <source>The storage repository to copy the template&apos;s disks to no longer exists.</source>
        <translation>テンプレートのディスクのコピー先のストレージリポジトリはもう存在しません。</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>このテンプレートはもう存在しません。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a template.</source>
        <translation>“{name}”はテンプレートではありません。</translation>
    </message>
    <message>
        <source>The new VM needs a name.</source>
        <translation>新しい仮想マシンには名前が必要です。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {max_vbds} disks.</source>
        <translation>このテンプレートの仮想マシンに設定できるディスクは最大 {max_vbds} 個です。</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; is in maintenance mode: the VM will not start there until it leaves it.</source>
        <translation>&apos;{server}&apos; はメンテナンス モードです: メンテナンス モードが終了するまで、VM はそこで起動しません。</translation>
    </message>
    <message>
        <source>You have specified {vcpus} vCPUs, but the server has only {cpus} physical CPUs. You will not be able to start the VM.</source>
        <translation>{vcpus} 個の vCPU が指定されていますが、サーバーの物理 CPU は {cpus} 個しかありません。仮想マシンを起動できません。</translation>
    </message>
    <message>
        <source>You have specified {vcpus} vCPUs, but none of the pool&apos;s servers has more than {cpus} physical CPUs. You will not be able to start the VM.</source>
        <translation>{vcpus} 個の vCPU が指定されていますが、プール内のどのサーバーにも物理 CPU が {cpus} 個を超えるものはありません。仮想マシンを起動できません。</translation>
    </message>
    <message>
        <source>The amount of memory allocated to the new VM is greater than the amount of physical memory on any server in the pool ({size}).</source>
        <translation>新しい仮想マシンに割り当てたメモリ量が、プール内のどのサーバーの物理メモリ量 ({size}) よりも大きくなっています。</translation>
    </message>
    <message>
        <source>The amount of memory allocated to the new VM is greater than the amount of physical memory available on any server in the pool ({size}).</source>
        <translation>新しい仮想マシンに割り当てたメモリ量が、プール内のどのサーバーの使用可能な物理メモリ量 ({size}) よりも大きくなっています。</translation>
    </message>
    <message>
        <source>{sr} on {server}</source>
        <translation>{server} 上の {sr}</translation>
    </message>
    <message>
        <source>Disks on &apos;{sr}&apos; cannot be larger than {size}.</source>
        <translation>“{sr}”のディスクを {size} より大きくすることはできません。</translation>
    </message>
    <message>
        <source>The storage repository &apos;{sr}&apos; is full.</source>
        <translation>ストレージリポジトリ“{sr}”がいっぱいです。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is too small: the disks need {needed}, it holds {size}.</source>
        <translation>“{sr}”は小さすぎます: ディスクには {needed} 必要ですが、容量は {size} です。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; does not have enough free space: the disks need {needed}, {free} is free.</source>
        <translation>“{sr}”の空き領域が不足しています: ディスクには {needed} 必要ですが、空きは {free} です。</translation>
    </message>
    <message>
        <source>{free} free of {size}</source>
        <translation>{size} 中 {free} の空き</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; cannot hold virtual disks.</source>
        <translation>“{sr}”には仮想ディスクを格納できません。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is detached.</source>
        <translation>“{sr}”は切断されています。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is not shared: a VM without a home server needs storage every server sees.</source>
        <translation>“{sr}”は共有されていません: ホーム サーバーのない仮想マシンには、すべてのサーバーから見えるストレージが必要です。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; cannot be seen from the home server &apos;{server}&apos;.</source>
        <translation>ホーム サーバー“{server}”から“{sr}”が見えません。</translation>
    </message>
    <message>
        <source>The disk &apos;{disk}&apos; needs a size.</source>
        <extracomment>Where it comes from (what the wizard says of it); two plans with the same disks compare equal whatever asked for them.</extracomment>
        <translation>ディスク“{disk}”にはサイズが必要です。</translation>
    </message>
    <message>
        <source>No storage can hold the disk &apos;{disk}&apos;.</source>
        <translation>ディスク“{disk}”を格納できるストレージがありません。</translation>
    </message>
    <message>
        <source>The storage repository chosen for the disks no longer exists.</source>
        <translation>ディスク用に選択したストレージリポジトリはもう存在しません。</translation>
    </message>
    <message>
        <source>The template&apos;s disk &apos;{disk}&apos; is on &apos;{sr}&apos;, which the home server &apos;{host}&apos; cannot see.</source>
        <translation>テンプレートのディスク“{disk}”は“{sr}”にありますが、ホーム サーバー“{host}”からは参照できません。</translation>
    </message>
    <message>
        <source>The SR &apos;{sr}&apos; is overcommitted. There is only {free} of free space and the new VM requires {size}.</source>
        <translation>SR“{sr}”はオーバーコミットされています。空き領域は {free} しかありませんが、新しい仮想マシンには {size} が必要です。</translation>
    </message>
    <message>
        <source>&apos;{mac}&apos; is not a MAC address (six pairs of hex digits: 02:ab:cd:ef:01:23).</source>
        <extracomment>XenCenter&apos;s names for the disks it provisions (``NEWVMWIZARD_STORAGEPAGE_DISK_DESCRIPTION``). XenCenter&apos;s prefix of objects it is still making (``Helpers.GuiTempObjectPrefix``): hidden until done. Backstops when a template has no recommendation (XenCenter&apos;s ``VM.DEFAULT_*``). At most this many interfaces are added for a default template (XenCenter&apos;s CA-31800). An SR with less than this free is full (XenCenter&apos;s ``SR.IsFull``). XenCenter&apos;s largest disk on storage without LARGE_VDI (2 TiB less 4 GiB, the VHD limit). The positions a DVD drive may take (XenCenter looks for its drive there).</extracomment>
        <translation>“{mac}”は MAC アドレスではありません (16 進数 2 桁を 6 組: 02:ab:cd:ef:01:23)。</translation>
    </message>
    <message>
        <source>&apos;{mac}&apos; is a multicast address: the first byte must be even.</source>
        <translation>“{mac}”はマルチキャスト アドレスです: 最初のバイトは偶数である必要があります。</translation>
    </message>
    <message>
        <source>{available} RAM available ({total} total)</source>
        <translation>使用可能な RAM {available}（合計 {total}）</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; is not reachable.</source>
        <translation>“{server}”に接続できません。</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; cannot see the storage &apos;{sr}&apos; of the disk &apos;{disk}&apos;.</source>
        <translation>“{server}”からディスク“{disk}”のストレージ“{sr}”が見えません。</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; cannot reach &apos;{iso}&apos;.</source>
        <translation>“{server}”から“{iso}”にアクセスできません。</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>XenCenter&apos;s ``VM.VmTemplateType`` in its order (the template list is sorted by it, hidden ones after all). Name fragments (lower case) in XenCenter&apos;s order of tests, and the type they make a default template. The group each type is shown under (XenCenter&apos;s ``ToDisplayString``).</extracomment>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>This template has no description.</source>
        <translation>このテンプレートには説明がありません。</translation>
    </message>
    <message>
        <source>UEFI Secure Boot</source>
        <translation>UEFI セキュア ブート</translation>
    </message>
</context>
<context>
    <name>RepairSRDialog</name>
    <message>
        <source>Repair Storage Repository</source>
        <translation>ストレージリポジトリの修復</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修復(&amp;R)</translation>
    </message>
    <message>
        <source>Repair plugs the SR in again where it is unplugged and connects it to the servers that lack it.</source>
        <translation>修復では、取り外されている SR を再び接続し、SR のないサーバーに接続します。</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>修復しています…</translation>
    </message>
    <message>
        <source>The SR is connected on every server.</source>
        <translation>SR はすべてのサーバーで接続されています。</translation>
    </message>
    <message>
        <source>The repair failed.</source>
        <translation>修復に失敗しました。</translation>
    </message>
</context>
<context>
    <name>SRHealth</name>
    <message>
        <source>Connected</source>
        <extracomment>The states, compared by the dialog (English; shown as ``translate(&quot;SRHealth&quot;, state)``).</extracomment>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>SRNames</name>
    <message>
        <source>Local storage</source>
        <extracomment>(field, i18n-key) -&gt; (words without a host, words naming the host), from XenCenter&apos;s FriendlyNames.resx.</extracomment>
        <translation>ローカル ストレージ</translation>
    </message>
    <message>
        <source>Local storage on {0}</source>
        <translation>{0} のローカル ストレージ</translation>
    </message>
    <message>
        <source>DVD drives</source>
        <translation>DVD ドライブ</translation>
    </message>
    <message>
        <source>DVD drives on {0}</source>
        <translation>{0} の DVD ドライブ</translation>
    </message>
    <message>
        <source>Physical DVD drives</source>
        <translation>物理 DVD ドライブ</translation>
    </message>
    <message>
        <source>Physical DVD drives on {0}</source>
        <translation>{0} の物理 DVD ドライブ</translation>
    </message>
    <message>
        <source>Removable storage</source>
        <translation>リムーバブル ストレージ</translation>
    </message>
    <message>
        <source>Removable storage on {0}</source>
        <translation>{0} のリムーバブル ストレージ</translation>
    </message>
    <message>
        <source>Physical removable storage</source>
        <translation>物理リムーバブル ストレージ</translation>
    </message>
    <message>
        <source>Physical removable storage on {0}</source>
        <translation>{0} の物理リムーバブル ストレージ</translation>
    </message>
    <message>
        <source>EBS in {0}</source>
        <translation>{0} の EBS</translation>
    </message>
    <message>
        <source>EBS volumes</source>
        <translation>EBS ボリューム</translation>
    </message>
    <message>
        <source>EBS volumes in Availability Zone {0}</source>
        <translation>アベイラビリティ ゾーン {0} の EBS ボリューム</translation>
    </message>
</context>
<context>
    <name>SRTypes</name>
    <message>
        <source>LVM over iSCSI</source>
        <extracomment>XenCenter&apos;s friendly SR type names (``Label-SR.SRTypes-*``); other types show their driver name.</extracomment>
        <translation>iSCSI 上の LVM</translation>
    </message>
    <message>
        <source>Hardware HBA</source>
        <translation>ハードウェア HBA</translation>
    </message>
    <message>
        <source>LVM over FCoE</source>
        <translation>FCoE 上の LVM</translation>
    </message>
    <message>
        <source>VDI-per-LUN iSCSI</source>
        <translation>LUN ごとの VDI (iSCSI)</translation>
    </message>
    <message>
        <source>Local Performance Monitoring</source>
        <translation>ローカル パフォーマンス監視</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>XenCenter&apos;s ``SR.SRTypes`` in its order; a driver it does not list is ``unknown``. The C# names of the virtualization flags. The translation context of the labels.</extracomment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>ScheduleDialogs</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Snapshot type</source>
        <translation>スナップショットの種類</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>前回の実行</translation>
    </message>
    <message>
        <source>Take Snapshots &amp;Now</source>
        <extracomment>the list&apos;s buttons: (command id, button text)</extracomment>
        <translation>今すぐスナップショットを作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効にする(&amp;E)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>無効にする(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>VM Snapshot Schedules — {pool}</source>
        <translation>VM スナップショット スケジュール — {pool}</translation>
    </message>
    <message>
        <source>VM Snapshot Schedules</source>
        <translation>VM スナップショット スケジュール</translation>
    </message>
    <message>
        <source>This pool has no snapshot schedules. New... makes one.</source>
        <translation>このプールにはスナップショット スケジュールがありません。[新規...] で作成できます。</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>新規(&amp;N)...</translation>
    </message>
    <message>
        <source>Select a snapshot schedule.</source>
        <translation>スナップショット スケジュールを選択してください。</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <source>Monday</source>
        <extracomment>The days in words (``DAYS`` are xapi&apos;s values).</extracomment>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Disks only</source>
        <translation>ディスクのみ</translation>
    </message>
    <message>
        <source>Disks and memory</source>
        <translation>ディスクとメモリ</translation>
    </message>
    <message>
        <source>Quiesced disks</source>
        <translation>静止状態のディスク</translation>
    </message>
    <message>
        <source>Hourly; at {minute} minutes past each hour</source>
        <translation>毎時; 毎時 {minute} 分</translation>
    </message>
    <message>
        <source>Weekly; at {at} every {days}</source>
        <translation>毎週; {days} {at}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Daily; at {at}</source>
        <translation>毎日; {at}</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>%n VM</source>
        <translation>%n 台の VM</translation>
    </message>
    <message>
        <source>%n VMs</source>
        <translation>%n 台の VM</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Not optimized</source>
        <extracomment>``os_version[&quot;distro&quot;]`` values XenCenter treats as non-Windows (written by the Linux guest agent). XenCenter&apos;s search filter names and the exact flag value each one matches (names translated where shown, context ``Search``).</extracomment>
        <translation>未最適化</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>XenCenter&apos;s ``property_types``: the class a generic query or grouping over the property is made for (a ``cls`` name for objects, else a Python type or enum); a generic element over another property is invalid. A VM&apos;s ``start_time`` when it has no metrics (C#&apos;s ``DateTime.MinValue``), and xapi&apos;s &quot;never&quot;. The ``os_name`` of a VM whose guest has not told.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>旧バージョン</translation>
    </message>
    <message>
        <source>I/O optimized only</source>
        <translation>I/O のみ最適化</translation>
    </message>
    <message>
        <source>Management Agent installed only</source>
        <translation>管理エージェントのみインストール済み</translation>
    </message>
    <message>
        <source>Fully optimized</source>
        <translation>完全に最適化</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>XenCenter&apos;s default columns, in its order (``QueryPanel.DEFAULT_COLUMNS``). Header texts; the disk and network headers have XenCenter&apos;s unit line under them.</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <source>CPU Usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Used Memory</source>
        <translation>使用メモリ</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働時間</translation>
    </message>
    <message>
        <source>(avg / max KBs)</source>
        <extracomment>The unit line (shown through ``kinds.shown``).</extracomment>
        <translation>（平均 / 最大 KB/秒）</translation>
    </message>
    <message>
        <source>{percent} of 1 CPU</source>
        <translation>1 CPU の {percent}</translation>
    </message>
    <message>
        <source>{percent} of {count} CPUs</source>
        <translation>{count} CPU の {percent}</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{total} 中 {used}</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>%n failure tolerated</source>
        <translation>%n 台の障害を許容</translation>
    </message>
    <message>
        <source>%n failures tolerated</source>
        <translation>%n 台の障害を許容</translation>
    </message>
    <message>
        <source>HA Heartbeat SR</source>
        <translation>HA ハートビート SR</translation>
    </message>
    <message>
        <source>contains</source>
        <extracomment>The operators&apos; words (what the drop-down shows, in English, shown through ``kinds.shown``) and their XML codes.</extracomment>
        <translation>を含む</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>を含まない</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>で始まる</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>で終わる</translation>
    </message>
    <message>
        <source>exactly matches</source>
        <translation>と完全に一致</translation>
    </message>
    <message>
        <source>is today</source>
        <translation>が今日</translation>
    </message>
    <message>
        <source>was yesterday</source>
        <translation>が昨日</translation>
    </message>
    <message>
        <source>is this week</source>
        <translation>が今週</translation>
    </message>
    <message>
        <source>was last week</source>
        <translation>が先週</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>より前</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>より後</translation>
    </message>
    <message>
        <source>bigger than</source>
        <translation>より大きい</translation>
    </message>
    <message>
        <source>smaller than</source>
        <translation>より小さい</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>と等しい</translation>
    </message>
    <message>
        <source>is</source>
        <translation>が次と一致</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>が次と一致しない</translation>
    </message>
    <message>
        <source>are empty</source>
        <translation>が空</translation>
    </message>
    <message>
        <source>are not empty</source>
        <translation>が空ではない</translation>
    </message>
    <message>
        <source>Select a filter...</source>
        <translation>フィルターを選択...</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>記述どおりに保持</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>All of the following:</source>
        <extracomment>XenCenter&apos;s list, in its order (the ones applying to nothing are only there to read older searches).</extracomment>
        <translation>次のすべて:</translation>
    </message>
    <message>
        <source>Any of the following:</source>
        <translation>次のいずれか:</translation>
    </message>
    <message>
        <source>None of the following:</source>
        <translation>次のいずれでもない:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>ストレージの種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Is in a pool</source>
        <translation>プール内にある</translation>
    </message>
    <message>
        <source>Is standalone</source>
        <translation>スタンドアロン</translation>
    </message>
    <message>
        <source>Not in any folder</source>
        <translation>どのフォルダーにもない</translation>
    </message>
    <message>
        <source>True</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>False</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Unknown grouping</source>
        <extracomment>Whether objects can be groups of their own (``belongs_as_group`` can say yes).</extracomment>
        <translation>不明なグループ化</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>The object grouping this one sits under in the tree (Server under vApp under Pool).</extracomment>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <extracomment>XenCenter&apos;s ``potentialGroups``, in its order (the order of the &quot;More&quot; menu).</extracomment>
        <translation>カスタム フィールド</translation>
    </message>
    <message>
        <source>All Storage Repositories</source>
        <extracomment>The &quot;Search for&quot; choices in XenCenter&apos;s order (English names; ``scope_label`` shows them); None is a separator.</extracomment>
        <translation>すべてのストレージリポジトリ</translation>
    </message>
    <message>
        <source>Servers and VMs</source>
        <translation>サーバーと仮想マシン</translation>
    </message>
    <message>
        <source>Servers, VMs, Custom Templates and Remote SRs</source>
        <translation>サーバー、仮想マシン、カスタム テンプレート、リモート SR</translation>
    </message>
    <message>
        <source>Servers, VMs, Custom Templates and all SRs</source>
        <translation>サーバー、仮想マシン、カスタム テンプレート、すべての SR</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>すべてのリソース</translation>
    </message>
    <message>
        <source>All resources and folders</source>
        <translation>すべてのリソースとフォルダー</translation>
    </message>
    <message>
        <source>Custom...</source>
        <extracomment>The types the &quot;Custom...&quot; choice lets the user tick (XenCenter&apos;s ``SearchForCustom``).</extracomment>
        <translation>カスタム...</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時中断</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Restart first</source>
        <extracomment>``VM.ha_restart_priority`` text -&gt; priority (XenCenter&apos;s ``StringToPriority``; anything else is AlwaysRestart).</extracomment>
        <translation>最初に再起動</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart if possible</source>
        <translation>可能な場合は再起動</translation>
    </message>
    <message>
        <source>Do not restart</source>
        <translation>再起動しない</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>XenCenter&apos;s ``PropertyNames_i18n``: the name of a grouping by the property (the first line of a group row); English (filters and groupings are known by it), shown through ``kinds.shown``.</extracomment>
        <translation>説明</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>電源状態</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>起動時刻</translation>
    </message>
    <message>
        <source>Storage Repository</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>Virtual Disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Virtualization</source>
        <translation>仮想化</translation>
    </message>
    <message>
        <source>HA restart priority</source>
        <translation>HA 再起動優先度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Partially upgraded</source>
        <translation>一部アップグレード済み</translation>
    </message>
    <message>
        <source>Docker VM</source>
        <translation>Docker 仮想マシン</translation>
    </message>
    <message>
        <source>Using read caching</source>
        <translation>読み取りキャッシュを使用</translation>
    </message>
    <message>
        <source>Parent folder</source>
        <translation>親フォルダー</translation>
    </message>
    <message>
        <source>Any ancestor folder</source>
        <translation>いずれかの上位フォルダー</translation>
    </message>
    <message>
        <source>Has any custom field</source>
        <translation>カスタム フィールドがある</translation>
    </message>
    <message>
        <source>Is in a vApp</source>
        <translation>vApp 内にある</translation>
    </message>
    <message>
        <source>Windows Update capable</source>
        <translation>Windows Update 対応</translation>
    </message>
    <message>
        <source>Not using read caching</source>
        <extracomment>XenCenter&apos;s ``PropertyNames_i18n_false``: the false group of a boolean grouping.</extracomment>
        <translation>読み取りキャッシュを不使用</translation>
    </message>
    <message>
        <source>Not Windows Update capable</source>
        <translation>Windows Update 非対応</translation>
    </message>
    <message>
        <source>This template can be used to create a Linux VM with a built-in Linux distribution for testing and demonstration purposes. It is not recommended for production use.</source>
        <translation>このテンプレートを使用すると、テストおよびデモ用に Linux ディストリビューションが組み込まれた Linux 仮想マシンを作成できます。運用環境での使用はお勧めしません。</translation>
    </message>
    <message>
        <source>If the operating system you plan to use is not listed, you may be able to install it by selecting this template.  We recommend that only advanced users attempt to use this template, and you should note that our products have been tested running only the supported distributions and specific versions covered by the standard supplied templates.</source>
        <translation>使用する予定のオペレーティング システムが一覧にない場合は、このテンプレートを選択するとインストールできる場合があります。このテンプレートは上級ユーザーのみが使用することをお勧めします。また、当社製品は、標準で提供されるテンプレートの対象となるサポート対象のディストリビューションと特定のバージョンでのみ動作テストが行われていることに注意してください。</translation>
    </message>
    <message>
        <source>All Servers, VMs, Custom Templates &amp; Remote SRs</source>
        <extracomment>XenCenter&apos;s ``GetOverviewScope``: what the overview of a pool or server lists.</extracomment>
        <translation>すべてのサーバー、VM、カスタム テンプレート、リモート SR</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Objects with tag &apos;{tag}&apos;</source>
        <translation>タグ“{tag}”が付いたオブジェクト</translation>
    </message>
    <message>
        <source>VMs by Operating System</source>
        <extracomment>The brand XenCenter writes in front of ``.Search-&lt;uuid&gt;``.</extracomment>
        <translation>オペレーティング システム別の VM</translation>
    </message>
    <message>
        <source>VMs without {tools}</source>
        <translation>{tools} がない VM</translation>
    </message>
    <message>
        <source>VMs by Power State</source>
        <translation>電源状態別の VM</translation>
    </message>
    <message>
        <source>VMs by Network</source>
        <translation>ネットワーク別の VM</translation>
    </message>
    <message>
        <source>VMs by vApp</source>
        <translation>vApp 別の VM</translation>
    </message>
    <message>
        <source>Resources by Tag</source>
        <translation>タグ別のリソース</translation>
    </message>
    <message>
        <source>VMs and Snapshots</source>
        <translation>VM とスナップショット</translation>
    </message>
</context>
<context>
    <name>SearchDialogs</name>
    <message>
        <source>Saved Searches (*.{extension})</source>
        <translation>保存した検索 (*.{extension})</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>検索の保存</translation>
    </message>
    <message>
        <source>The search is saved in the pool, where XenCenter&apos;s users see it too.</source>
        <translation>検索はプールに保存され、XenCenter のユーザーにも表示されます。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Export Search</source>
        <translation>検索のエクスポート</translation>
    </message>
    <message>
        <source>Import Search</source>
        <translation>検索のインポート</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>New Search</source>
        <extracomment>A result row was double-clicked: its object (the window selects it in the tree). A right-click on result rows: the objects they stand for and where (global) the menu goes.</extracomment>
        <translation>新しい検索</translation>
    </message>
    <message>
        <source>Start a search from scratch</source>
        <translation>検索を最初から開始します</translation>
    </message>
    <message>
        <source>Edit Search</source>
        <translation>検索の編集</translation>
    </message>
    <message>
        <source>Show the search&apos;s options</source>
        <translation>検索のオプションを表示します</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>保存した検索</translation>
    </message>
    <message>
        <source>Apply or delete a saved search</source>
        <translation>保存した検索を適用または削除します</translation>
    </message>
    <message>
        <source>Export this search to a file</source>
        <translation>この検索をファイルにエクスポートします</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <source>Open a search from a file</source>
        <translation>ファイルから検索を開きます</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>インポート...</translation>
    </message>
    <message>
        <source>Custom Search</source>
        <translation>カスタム検索</translation>
    </message>
    <message>
        <source>The search could not run: {error}</source>
        <translation>検索を実行できませんでした: {error}</translation>
    </message>
    <message>
        <source>Default Search</source>
        <translation>既定の検索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 個のオブジェクト</translation>
    </message>
    <message>
        <source>{count} objects</source>
        <translation>{count} 個のオブジェクト</translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <source>Sav&amp;e...</source>
        <translation>保存(&amp;E)...</translation>
    </message>
    <message>
        <source>Close the search options</source>
        <translation>検索のオプションを閉じます</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>検索対象</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <source>A filter kept as written: {reason}</source>
        <translation>記述どおりに保持されたフィルター: {reason}</translation>
    </message>
    <message>
        <source>A filter kept as written</source>
        <translation>記述どおりに保持されたフィルター</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>このフィルターを削除</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>カスタム...</translation>
    </message>
    <message>
        <source>More  ▾</source>
        <translation>その他  ▾</translation>
    </message>
    <message>
        <source>Remove Grouping</source>
        <translation>グループ化の解除</translation>
    </message>
</context>
<context>
    <name>ServerList</name>
    <message>
        <source>Error importing server list. Check that the xml format in the file is correct.</source>
        <extracomment>XenCenter&apos;s words (Messages.ERROR_IMPORTING_SERVER_LIST)</extracomment>
        <translation>サーバー一覧のインポート中にエラーが発生しました。ファイルの XML 形式が正しいことを確認してください。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Wake-on-LAN (WoL)</source>
        <translation>ウェイク オン LAN (WoL)</translation>
    </message>
    <message>
        <source>Dell Remote Access Controller (DRAC)</source>
        <translation>Dell リモート アクセス コントローラー (DRAC)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Restart if possible</source>
        <translation>可能な場合は再起動</translation>
    </message>
    <message>
        <source>Do not restart</source>
        <translation>再起動しない</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be in maintenance mode to change its multipathing: enter maintenance mode first.</source>
        <translation>マルチパスを変更するには“{name}”がメンテナンス モードである必要があります: 先にメンテナンス モードにしてください。</translation>
    </message>
    <message>
        <source>Enter the IP address of the server&apos;s DRAC.</source>
        <translation>サーバーの DRAC の IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>TLS verification cannot be turned off once it is on.</source>
        <translation>TLS 検証は一度有効にすると無効にできません。</translation>
    </message>
    <message>
        <source>E-mail alerts need both an e-mail address and an SMTP server (or neither, to turn them off).</source>
        <translation>電子メール アラートには電子メール アドレスと SMTP サーバーの両方が必要です (無効にするにはどちらも指定しません)。</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an e-mail address.</source>
        <translation>“{address}”は電子メール アドレスではありません。</translation>
    </message>
    <message>
        <source>The MTU must be between {low} and {high}.</source>
        <translation>MTU は {low} ～ {high} の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The shadow memory multiplier must be at least 1.0.</source>
        <translation>シャドウ メモリの乗数は 1.0 以上である必要があります。</translation>
    </message>
    <message>
        <source>The start order and delay cannot be negative.</source>
        <translation>起動順序と遅延を負の値にすることはできません。</translation>
    </message>
    <message>
        <source>That home server is no longer in the pool.</source>
        <translation>そのホーム サーバーはもうプールにありません。</translation>
    </message>
    <message>
        <source>Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum (static minimum is {minimum}).</source>
        <translation>メモリは次を満たす必要があります: 静的最小値 ≤ 動的最小値 ≤ 動的最大値 ≤ 静的最大値 (静的最小値は {minimum})。</translation>
    </message>
    <message>
        <source>The number of vCPUs cannot exceed the maximum.</source>
        <translation>vCPU の数は最大値を超えることはできません。</translation>
    </message>
    <message>
        <source>{vcpus} vCPUs cannot be split into sockets of {cores} cores.</source>
        <translation>{vcpus} 個の vCPU を {cores} コアのソケットに分割することはできません。</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Disk and memory snapshots need the VM to be running</source>
        <translation>ディスクとメモリのスナップショットには VM が実行中である必要があります</translation>
    </message>
    <message>
        <source>Disk and memory snapshots are not currently available for this VM</source>
        <translation>この VM では現在ディスクとメモリのスナップショットを使用できません</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>スナップショットの作成</translation>
    </message>
    <message>
        <source>&amp;Snapshot the virtual machine&apos;s disks</source>
        <translation>仮想マシンのディスクのスナップショットを作成(&amp;S)</translation>
    </message>
    <message>
        <source>Sn&amp;apshot the virtual machine&apos;s disks and memory</source>
        <translation>仮想マシンのディスクとメモリのスナップショットを作成(&amp;A)</translation>
    </message>
    <message>
        <source>Snapshot mode</source>
        <translation>スナップショット モード</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>スナップショットの作成(&amp;T)</translation>
    </message>
</context>
<context>
    <name>SnapshotsTab</name>
    <message>
        <source>Disk and memory snapshot</source>
        <extracomment>Registry ids of the buttons; the ones the registry lacks get no button.</extracomment>
        <translation>ディスクとメモリのスナップショット</translation>
    </message>
    <message>
        <source>Disk snapshot (quiesced)</source>
        <translation>ディスクのスナップショット (静止状態)</translation>
    </message>
    <message>
        <source>Disk snapshot</source>
        <translation>ディスクのスナップショット</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>The VM&apos;s current state</source>
        <translation>VM の現在の状態</translation>
    </message>
    <message>
        <source>1 snapshot</source>
        <translation>1 個のスナップショット</translation>
    </message>
    <message>
        <source>{count} snapshots</source>
        <translation>{count} 個のスナップショット</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>スナップショットの作成…</translation>
    </message>
    <message>
        <source>Revert To…</source>
        <translation>元に戻す…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Snapshot details</source>
        <translation>スナップショットの詳細</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>VM was</source>
        <translation>VM の状態</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>This VM has no snapshots yet. A snapshot keeps the VM&apos;s disks as they are now, so you can come back to this state later.</source>
        <translation>この VM にはまだスナップショットがありません。スナップショットは VM のディスクの現在の状態を保持するため、後でこの状態に戻ることができます。</translation>
    </message>
    <message>
        <source>Select a snapshot to see its details.</source>
        <translation>スナップショットを選択すると詳細が表示されます。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>connecting</source>
        <extracomment>The status bar&apos;s words for the connection states it counts (``ConnectionState`` values; context ``StatusBar``).</extracomment>
        <translation>接続中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>接続切れ</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>No servers: use Server &gt; Add Server to connect to one.</source>
        <translation>サーバーがありません: [サーバー] &gt; [サーバーの追加] で接続してください。</translation>
    </message>
    <message>
        <source>Connected to {server} as {user}</source>
        <translation>{server} に {user} として接続しました</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%n servers: </source>
        <translation>%n 台のサーバー: </translation>
    </message>
    <message>
        <source> — showing the last known inventory (saved {time})</source>
        <translation> — 前回の既知のインベントリを表示中 ({time} に保存)</translation>
    </message>
    <message>
        <source> — %n shown from their last known inventory</source>
        <translation> — %n 台は前回の既知のインベントリを表示中</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>These files will contain personally identifiable information.</source>
        <extracomment>Deprecated in xapi but still offered by some: XenCenter skips it.</extracomment>
        <translation>これらのファイルには個人を特定できる情報が含まれます。</translation>
    </message>
    <message>
        <source>These files may contain personally identifiable information.</source>
        <translation>これらのファイルには個人を特定できる情報が含まれる可能性があります。</translation>
    </message>
    <message>
        <source>These files may contain personally identifiable information if customized.</source>
        <translation>カスタマイズされている場合、これらのファイルには個人を特定できる情報が含まれる可能性があります。</translation>
    </message>
    <message>
        <source>These files will contain no personally identifiable information.</source>
        <translation>これらのファイルには個人を特定できる情報は含まれません。</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>ごくわずか</translation>
    </message>
    <message>
        <source>User-created binary objects</source>
        <extracomment>XenCenter&apos;s names and descriptions (FriendlyNames ``Label-host.system_status-KEY``, ``Description-...``).</extracomment>
        <translation>ユーザーが作成したバイナリ オブジェクト</translation>
    </message>
    <message>
        <source>Retrieve the user information stored as binary objects on the server.</source>
        <translation>サーバー上にバイナリ オブジェクトとして保存されているユーザー情報を取得します。</translation>
    </message>
    <message>
        <source>Boot loader configuration</source>
        <translation>ブート ローダーの構成</translation>
    </message>
    <message>
        <source>List of boot options and their details given to the user at system boot time</source>
        <translation>システム起動時にユーザーに表示される起動オプションとその詳細の一覧</translation>
    </message>
    <message>
        <source>{app} logs</source>
        <translation>{app} ログ</translation>
    </message>
    <message>
        <source>Client application log files</source>
        <translation>クライアント アプリケーションのログ ファイル</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Tests for connectivity between the server and the internet</source>
        <translation>サーバーとインターネット間の接続をテストします</translation>
    </message>
    <message>
        <source>Control group statistics</source>
        <translation>コントロール グループの統計</translation>
    </message>
    <message>
        <source>Information and statistics about the system&apos;s control groups</source>
        <translation>システムのコントロール グループに関する情報と統計</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>デバイス モデル</translation>
    </message>
    <message>
        <source>Device emulation logs</source>
        <translation>デバイス エミュレーションのログ</translation>
    </message>
    <message>
        <source>Disk information</source>
        <translation>ディスク情報</translation>
    </message>
    <message>
        <source>Partition tables, free space, iSCSI and LVM configuration</source>
        <translation>パーティション テーブル、空き領域、iSCSI と LVM の構成</translation>
    </message>
    <message>
        <source>FCoE logs</source>
        <translation>FCoE ログ</translation>
    </message>
    <message>
        <source>Fibre Channel over Ethernet (FCoE) logs</source>
        <translation>Fibre Channel over Ethernet (FCoE) のログ</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>変更されたファイル</translation>
    </message>
    <message>
        <source>List of changed files in Dom 0</source>
        <translation>Dom 0 で変更されたファイルの一覧</translation>
    </message>
    <message>
        <source>First-boot scripts</source>
        <translation>初回起動スクリプト</translation>
    </message>
    <message>
        <source>The scripts run for initializing local storage repositories and networking</source>
        <translation>ローカル ストレージリポジトリとネットワークを初期化するために実行されるスクリプト</translation>
    </message>
    <message>
        <source>Hardware information</source>
        <translation>ハードウェア情報</translation>
    </message>
    <message>
        <source>Details of the processors, memory and other basic hardware</source>
        <translation>プロセッサ、メモリ、その他の基本ハードウェアの詳細</translation>
    </message>
    <message>
        <source>Local disk performance test</source>
        <translation>ローカル ディスクのパフォーマンス テスト</translation>
    </message>
    <message>
        <source>Performs a number of timing tests on each local hard disk, these may take up to one minute to complete</source>
        <translation>各ローカル ハード ディスクで一連のタイミング テストを実行します。完了までに最大 1 分かかる場合があります</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <source>Log file from the high availability daemon</source>
        <translation>高可用性デーモンのログ ファイル</translation>
    </message>
    <message>
        <source>Crash dump files</source>
        <translation>クラッシュ ダンプ ファイル</translation>
    </message>
    <message>
        <source>Memory dump created on server crash, if you select this option you will be prompted for these files to be removed after the report has been compiled</source>
        <translation>サーバーのクラッシュ時に作成されたメモリ ダンプです。このオプションを選択すると、レポートの作成後にこれらのファイルを削除するかどうかを確認するメッセージが表示されます</translation>
    </message>
    <message>
        <source>Crash dump logs</source>
        <translation>クラッシュ ダンプのログ</translation>
    </message>
    <message>
        <source>Log files generated at time of server crash</source>
        <translation>サーバーのクラッシュ時に生成されたログ ファイル</translation>
    </message>
    <message>
        <source>Kernel information</source>
        <translation>カーネル情報</translation>
    </message>
    <message>
        <source>Details of kernel modules, filesystems devices and kernel configuration</source>
        <translation>カーネル モジュール、ファイル システム デバイス、カーネル構成の詳細</translation>
    </message>
    <message>
        <source>Loopback devices</source>
        <translation>ループバック デバイス</translation>
    </message>
    <message>
        <source>Details of loopback devices</source>
        <translation>ループバック デバイスの詳細</translation>
    </message>
    <message>
        <source>Internal message logs</source>
        <translation>内部メッセージのログ</translation>
    </message>
    <message>
        <source>Logs of messages exchanged between system daemons</source>
        <translation>システム デーモン間で交換されたメッセージのログ</translation>
    </message>
    <message>
        <source>Multipathing configuration</source>
        <translation>マルチパスの構成</translation>
    </message>
    <message>
        <source>Retrieves the server&apos;s storage multipathing configuration</source>
        <translation>サーバーのストレージ マルチパス構成を取得します</translation>
    </message>
    <message>
        <source>Network scripts</source>
        <translation>ネットワーク スクリプト</translation>
    </message>
    <message>
        <source>Configuration files used to bring up network interfaces, provide name resolution and enable the firewall</source>
        <translation>ネットワーク インターフェイスの起動、名前解決、ファイアウォールの有効化に使用される構成ファイル</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>ネットワークの状態</translation>
    </message>
    <message>
        <source>Current status of the network interfaces, routing tables and firewall</source>
        <translation>ネットワーク インターフェイス、ルーティング テーブル、ファイアウォールの現在の状態</translation>
    </message>
    <message>
        <source>NVIDIA Graphics Driver logs</source>
        <translation>NVIDIA グラフィックス ドライバーのログ</translation>
    </message>
    <message>
        <source>Contains logs and details useful for diagnosing problems with NVIDIA&apos;s graphics drivers</source>
        <translation>NVIDIA グラフィックス ドライバーの問題の診断に役立つログと詳細を含みます</translation>
    </message>
    <message>
        <source>Observability Traces and Metrics</source>
        <translation>オブザーバビリティのトレースとメトリック</translation>
    </message>
    <message>
        <source>Observations of system actions in the form of distributed traces, spans, and metrics</source>
        <translation>分散トレース、スパン、メトリックの形式によるシステム動作の観測データ</translation>
    </message>
    <message>
        <source>OEM-specific logs</source>
        <translation>OEM 固有のログ</translation>
    </message>
    <message>
        <source>Collects data specific to your OEM provider</source>
        <translation>OEM プロバイダー固有のデータを収集します</translation>
    </message>
    <message>
        <source>Authentication module configuration</source>
        <translation>認証モジュールの構成</translation>
    </message>
    <message>
        <source>Configuration files used by the Pluggable Authentication Modules (PAM).</source>
        <translation>Pluggable Authentication Modules (PAM) が使用する構成ファイル。</translation>
    </message>
    <message>
        <source>Persistent statistics</source>
        <translation>永続的な統計</translation>
    </message>
    <message>
        <source>Persistent performance statistics</source>
        <translation>永続的なパフォーマンス統計</translation>
    </message>
    <message>
        <source>Process listing</source>
        <translation>プロセス一覧</translation>
    </message>
    <message>
        <source>A complete listing of the processes running in a tree format</source>
        <translation>実行中のプロセスの完全な一覧 (ツリー形式)</translation>
    </message>
    <message>
        <source>System configuration</source>
        <translation>システム構成</translation>
    </message>
    <message>
        <source>System logs</source>
        <translation>システム ログ</translation>
    </message>
    <message>
        <source>Logfiles which record the activity of various system processes</source>
        <translation>さまざまなシステム プロセスの動作を記録するログ ファイル</translation>
    </message>
    <message>
        <source>System services</source>
        <translation>システム サービス</translation>
    </message>
    <message>
        <source>A listing of configured system services</source>
        <translation>構成されているシステム サービスの一覧</translation>
    </message>
    <message>
        <source>Storage subsystem logs</source>
        <translation>ストレージ サブシステムのログ</translation>
    </message>
    <message>
        <source>Measured boot logs</source>
        <translation>メジャー ブートのログ</translation>
    </message>
    <message>
        <source>Server licensing daemon</source>
        <translation>サーバー ライセンス デーモン</translation>
    </message>
    <message>
        <source>Server licensing daemon logs</source>
        <translation>サーバー ライセンス デーモンのログ</translation>
    </message>
    <message>
        <source>Scheduled snapshots log files</source>
        <translation>スケジュールされたスナップショットのログ ファイル</translation>
    </message>
    <message>
        <source>VNCTerm crash dumps</source>
        <translation>VNCTerm クラッシュ ダンプ</translation>
    </message>
    <message>
        <source>Crash dumps files from the VNCTerm daemon</source>
        <translation>VNCTerm デーモンのクラッシュ ダンプ ファイル</translation>
    </message>
    <message>
        <source>vTPM&apos;s root CAs and other related debug information</source>
        <translation>vTPM のルート CA とその他の関連デバッグ情報</translation>
    </message>
    <message>
        <source>Workload Balancing status</source>
        <translation>ワークロード バランスの状態</translation>
    </message>
    <message>
        <source>Logs and status information from the WLB server monitoring this pool.</source>
        <translation>このプールを監視している WLB サーバーのログと状態情報。</translation>
    </message>
    <message>
        <source>X server logs</source>
        <translation>X サーバーのログ</translation>
    </message>
    <message>
        <source>Log files from the X server</source>
        <translation>X サーバーのログ ファイル</translation>
    </message>
    <message>
        <source>X11 authority</source>
        <translation>X11 認証</translation>
    </message>
    <message>
        <source>X server authority files</source>
        <translation>X サーバーの認証ファイル</translation>
    </message>
    <message>
        <source>Server daemon internal logs</source>
        <translation>サーバー デーモンの内部ログ</translation>
    </message>
    <message>
        <source>Server cluster management daemon</source>
        <translation>サーバー クラスター管理デーモン</translation>
    </message>
    <message>
        <source>Logs generated by the cluster management daemon for the Toolstack.</source>
        <translation>クラスター管理デーモンがツールスタック用に生成したログ。</translation>
    </message>
    <message>
        <source>Server daemon crash dumps</source>
        <translation>サーバー デーモンのクラッシュ ダンプ</translation>
    </message>
    <message>
        <source>Server daemon subprocesses</source>
        <translation>サーバー デーモンのサブプロセス</translation>
    </message>
    <message>
        <source>Server daemon process details</source>
        <translation>サーバー デーモンのプロセスの詳細</translation>
    </message>
    <message>
        <source>RRD plug-in logs</source>
        <translation>RRD プラグインのログ</translation>
    </message>
    <message>
        <source>Log files from the RRD daemon</source>
        <translation>RRD デーモンのログ ファイル</translation>
    </message>
    <message>
        <source>Hypervisor configuration</source>
        <translation>ハイパーバイザーの構成</translation>
    </message>
    <message>
        <source>Details of the hypervisor version and its current state</source>
        <translation>ハイパーバイザーのバージョンと現在の状態の詳細</translation>
    </message>
    <message>
        <source>VM internal diagnostics</source>
        <translation>VM の内部診断</translation>
    </message>
    <message>
        <source>Server configuration</source>
        <translation>サーバーの構成</translation>
    </message>
    <message>
        <source>Details of the hypervisor such as version and build information, primary hard disk location and pool configuration</source>
        <translation>バージョンとビルド情報、プライマリ ハード ディスクの場所、プール構成など、ハイパーバイザーの詳細</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>サーバー データベース</translation>
    </message>
    <message>
        <source>The database which stores the state of the server</source>
        <translation>サーバーの状態を保存するデータベース</translation>
    </message>
    <message>
        <source>Server domains list</source>
        <translation>サーバー ドメインの一覧</translation>
    </message>
    <message>
        <source>List of the guest VMs installed onto the server and their current states</source>
        <translation>サーバーにインストールされたゲスト VM とその現在の状態の一覧</translation>
    </message>
    <message>
        <source>Server installation log files</source>
        <translation>サーバーのインストール ログ ファイル</translation>
    </message>
    <message>
        <source>Log files generated during the installation of the server</source>
        <translation>サーバーのインストール中に生成されたログ ファイル</translation>
    </message>
    <message>
        <source>Server logs</source>
        <translation>サーバー ログ</translation>
    </message>
    <message>
        <source>Log files concerning the server&apos;s activity</source>
        <translation>サーバーの動作に関するログ ファイル</translation>
    </message>
    <message>
        <source>Volume manager logs</source>
        <translation>ボリューム マネージャーのログ</translation>
    </message>
    <message>
        <source>High availability liveset</source>
        <translation>高可用性のライブセット</translation>
    </message>
    <message>
        <source>HA liveset</source>
        <translation>HA ライブセット</translation>
    </message>
    <message>
        <source>Container management logs</source>
        <translation>コンテナー管理のログ</translation>
    </message>
    <message>
        <source>PVS-Accelerator Status</source>
        <translation>PVS アクセラレータの状態</translation>
    </message>
    <message>
        <source>RPM package database</source>
        <translation>RPM パッケージ データベース</translation>
    </message>
    <message>
        <source>YUM repository information and RPM package database listing</source>
        <translation>YUM リポジトリ情報と RPM パッケージ データベースの一覧</translation>
    </message>
</context>
<context>
    <name>StatusReportWizard</name>
    <message>
        <source>Yes</source>
        <extracomment>Translated where shown (context ``StatusReportWizard``).</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>可能性あり</translation>
    </message>
    <message>
        <source>If customized</source>
        <translation>カスタマイズした場合</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Each server chosen sends its own report; the servers must be connected.</source>
        <translation>選択した各サーバーがそれぞれのレポートを送信します。サーバーは接続されている必要があります。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Select at least one server.</source>
        <translation>少なくとも 1 台のサーバーを選択してください。</translation>
    </message>
    <message>
        <source>1 server</source>
        <translation>1 台のサーバー</translation>
    </message>
    <message>
        <source>{count} servers</source>
        <translation>{count} 台のサーバー</translation>
    </message>
    <message>
        <source>Report Content Item</source>
        <translation>レポートの内容項目</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>すべて選択(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear All</source>
        <translation>すべてクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Querying server capabilities...</source>
        <translation>サーバーの機能を照会しています...</translation>
    </message>
    <message>
        <source>{description}
Size: {size}
{personal}</source>
        <translation>{description}
サイズ: {size}
{personal}</translation>
    </message>
    <message>
        <source>Total size: {size}</source>
        <translation>合計サイズ: {size}</translation>
    </message>
    <message>
        <source>Select at least one item to include.</source>
        <translation>含める項目を少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 項目</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 項目</translation>
    </message>
    <message>
        <source>The report is one zip file: each server&apos;s files in a folder of their own, and this application&apos;s log.</source>
        <translation>レポートは 1 つの zip ファイルです。各サーバーのファイルがそれぞれのフォルダーに入り、このアプリケーションのログも含まれます。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>File name is invalid.</source>
        <translation>ファイル名が無効です。</translation>
    </message>
    <message>
        <source>Destination directory is invalid.</source>
        <translation>保存先のディレクトリが無効です。</translation>
    </message>
    <message>
        <source>A report of {count} items from {servers} will be saved to {path}. It shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>{servers} からの {count} 項目のレポートを {path} に保存します。[イベント] タブに表示され、そこでキャンセルできます。ファイルは完了時に作成されます。</translation>
    </message>
    <message>
        <source>Server Status Report</source>
        <translation>サーバー ステータス レポート</translation>
    </message>
</context>
<context>
    <name>StorageTab</name>
    <message>
        <source>DVD drive {number}: {disc}</source>
        <translation>DVD ドライブ {number}: {disc}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>{percent}% ({size} used)</source>
        <translation>{percent}% ({size} 使用)</translation>
    </message>
    <message>
        <source>{used} used of {size} ({allocated} allocated)</source>
        <translation>{size} 中 {used} 使用 ({allocated} 割り当て済み)</translation>
    </message>
    <message>
        <source>Virtual Disks</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>This VM has no virtual disks.</source>
        <translation>この VM には仮想ディスクがありません。</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>{count} virtual disks; {usage}</source>
        <translation>{count} 個の仮想ディスク、{usage}</translation>
    </message>
    <message>
        <source>Storage Repositories</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>No storage repositories.</source>
        <translation>ストレージリポジトリはありません。</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Selected objects</source>
        <translation>選択したオブジェクト</translation>
    </message>
    <message>
        <source>Commands for the selection</source>
        <translation>選択対象のコマンド</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Restart priority</source>
        <translation>再起動の優先度</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>起動順序</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>HA</source>
        <translation>HA</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Link Status</source>
        <translation>リンク状態</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>デュプレックス</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>PCI Bus Path</source>
        <translation>PCI バス パス</translation>
    </message>
    <message>
        <source>Add Interface…</source>
        <translation>インターフェイスの追加…</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add Network…</source>
        <extracomment>A host&apos;s or pool&apos;s networks: (command, text, on the page&apos;s object rather than the selected rows)</extracomment>
        <translation>ネットワークの追加…</translation>
    </message>
    <message>
        <source>Remove Network</source>
        <translation>ネットワークの削除</translation>
    </message>
    <message>
        <source>Management Interfaces…</source>
        <translation>管理インターフェイス…</translation>
    </message>
    <message>
        <source>Create Bond…</source>
        <translation>ボンディングの作成…</translation>
    </message>
    <message>
        <source>Delete Bond</source>
        <translation>ボンディングの削除</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>Performance data is only available while the VM is running.</source>
        <translation>パフォーマンス データは VM の実行中のみ使用できます。</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>まだデータがありません。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The average character width of XenCenter&apos;s font, in pixels (what its column widths were made for). Debounce of edits in the query builder (typing a name runs one search, not one per key).</extracomment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>The buttons of a VM&apos;s disks and of an SR&apos;s: (command id, text, on the VM itself rather than the rows).</extracomment>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Attach Disk…</source>
        <translation>ディスクの接続…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>アクティブ化</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>非アクティブ化</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移動…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Device Path</source>
        <translation>デバイス パス</translation>
    </message>
    <message>
        <source>Used on Disk</source>
        <translation>ディスク使用量</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用状況</translation>
    </message>
    <message>
        <source>Virtual Allocation</source>
        <translation>仮想割り当て</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Disconnected servers</source>
        <translation>切断されたサーバー</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Storage repositories</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>{count} running</source>
        <extracomment>A VM power state and its count&apos;s words; a server&apos;s state and its count&apos;s words.</extracomment>
        <translation>{count} 台実行中</translation>
    </message>
    <message>
        <source>{count} shut down</source>
        <translation>{count} 台シャットダウン</translation>
    </message>
    <message>
        <source>{count} suspended</source>
        <translation>{count} 台一時停止</translation>
    </message>
    <message>
        <source>{count} paused</source>
        <translation>{count} 台一時中断</translation>
    </message>
    <message>
        <source>{count} not reachable</source>
        <translation>{count} 台到達不能</translation>
    </message>
    <message>
        <source>{count} in maintenance mode</source>
        <translation>{count} 台メンテナンス モード</translation>
    </message>
    <message>
        <source>{count} live</source>
        <translation>{count} 台稼働中</translation>
    </message>
    <message>
        <source>{count} ({details})</source>
        <extracomment>Bulk commands offered, by the kind they act on (each appears when that kind is selected).</extracomment>
        <translation>{count}（{details}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Multiple Objects</source>
        <translation>複数のオブジェクト</translation>
    </message>
    <message>
        <source>{count} objects selected</source>
        <translation>{count} 個のオブジェクトを選択</translation>
    </message>
    <message>
        <source>User or group</source>
        <translation>ユーザーまたはグループ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>フル ネーム</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Join Domain…</source>
        <extracomment>(command, button text, runs on the page&apos;s pool rather than the selected rows)</extracomment>
        <translation>ドメインに参加…</translation>
    </message>
    <message>
        <source>Leave Domain</source>
        <translation>ドメインから脱退</translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation>役割の変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Full access to all features and settings, including the server console and other users&apos; roles.</source>
        <extracomment>FriendlyNames&apos; Role.*.Description, shortened to their first sentence</extracomment>
        <translation>サーバー コンソールや他のユーザーの役割を含む、すべての機能と設定へのフル アクセス。</translation>
    </message>
    <message>
        <source>Manages pool-wide resources: storage, patches, pools.</source>
        <translation>プール全体のリソース (ストレージ、パッチ、プール) を管理します。</translation>
    </message>
    <message>
        <source>Creates and manages VMs, and chooses where they run.</source>
        <translation>VM を作成・管理し、実行場所を選択します。</translation>
    </message>
    <message>
        <source>Manages VMs and templates and the storage they need.</source>
        <translation>VM とテンプレート、およびそれらに必要なストレージを管理します。</translation>
    </message>
    <message>
        <source>Uses existing VMs: starts, stops, reaches their consoles.</source>
        <translation>既存の VM を使用します (起動、停止、コンソールへのアクセス)。</translation>
    </message>
    <message>
        <source>Sees the pool, changes nothing.</source>
        <translation>プールを参照するのみで、何も変更しません。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>General Properties</source>
        <translation>全般プロパティ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>All dates</source>
        <extracomment>Severity colours, most urgent first (XenCenter&apos;s alert1..alert5 icons are red, orange, yellow, blue, grey).</extracomment>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>Last 24 Hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 3 Days</source>
        <translation>過去 3 日間</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>The selected object no longer exists.</source>
        <extracomment>Ref-set fields too large to follow (a network&apos;s VIFs, an SR&apos;s VDIs on a big pool are fetched only by the pages that list them, which add those keys themselves).</extracomment>
        <translation>選択したオブジェクトはもう存在しません。</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>使用できません。</translation>
    </message>
    <message>
        <source>No results found</source>
        <translation>結果が見つかりません</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Values longer than this wrap; shorter ones stay on one line (wrapping labels in a grid get uneven heights from Qt&apos;s height-for-width guess).
----------
Alternating segment colours for many VMs on one host bar (XenCenter&apos;s light/dark green pairs). An ``icons.icon_key`` for the first cell (&quot;&quot; for none); ``bold`` for a row that stands out (&quot;Now&quot;). The widest a column is made to fit its content (the user may widen it further).</extracomment>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Starting</source>
        <extracomment>The verbs of the operations XenCenter recognises in other clients&apos; tasks (its RecognisedVmOperations and a few more), in the words of its titles.</extracomment>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <source>Forcing shutdown of</source>
        <translation>強制シャットダウン中</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>再起動中</translation>
    </message>
    <message>
        <source>Forcing reboot of</source>
        <translation>強制再起動中</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>再開中</translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation>クローン作成中</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>コピー中</translation>
    </message>
    <message>
        <source>Taking a snapshot of</source>
        <translation>スナップショット作成中</translation>
    </message>
    <message>
        <source>Taking a checkpoint of</source>
        <translation>チェックポイント作成中</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>移行中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>インストール中</translation>
    </message>
    <message>
        <source>Reverting</source>
        <translation>復元中</translation>
    </message>
    <message>
        <source>Evacuating</source>
        <translation>退避中</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Rescanning</source>
        <translation>再スキャン中</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>サイズ変更中</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Unplugging</source>
        <translation>切断中</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>Classes whose ``current_operations`` may name a task.</extracomment>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>storage repository</source>
        <translation>ストレージリポジトリ</translation>
    </message>
    <message>
        <source>virtual disk</source>
        <translation>仮想ディスク</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>プール</translation>
    </message>
    <message>
        <source>{verb} {object} &apos;{name}&apos;</source>
        <translation>{object}“{name}”の{verb}</translation>
    </message>
    <message>
        <source>{verb} {object}</source>
        <translation>{object}の{verb}</translation>
    </message>
</context>
<context>
    <name>Tree</name>
    <message>
        <source>Running</source>
        <extracomment>The invisible root (default parent argument of the model API). Every row&apos;s flags (made once: combining enum flags in Python costs microseconds per call). Classes whose changes can alter the tree (placement reads VBD/VDI/PBD, host state reads host_metrics). Extra classes the search filter reads (IP addresses). Above this many row operations in one update, restructure the tree in one layout change instead. Each row operation makes Qt revisit every persistent index (a view keeps one per expanded row), so the limit shrinks as they grow: the work stays under ``PERSISTENT_BUDGET`` index updates. Nor when this many rows come and go: each removed row is unregistered one by one, where the layout change walks only the rows that stay (a filter keystroke keeping 1,285 of 20,198 rows in 184 runs: 150 ms fine, 35 ms in one layout change). Let the filter settle while the user types. After the tree has been quiet this long, the search index is prepared in the background. Classes with rows of their own (what the search index is prepared for).</extracomment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>シャットダウン</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時中断</translation>
    </message>
    <message>
        <source>In maintenance mode</source>
        <translation>メンテナンス モード</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>Pool coordinator</source>
        <translation>プール コーディネーター</translation>
    </message>
    <message>
        <source> (last known, connecting…)</source>
        <translation> (前回の情報、接続中…)</translation>
    </message>
    <message>
        <source> (last known)</source>
        <translation> (前回の情報)</translation>
    </message>
    <message>
        <source>Last known inventory, saved {time}; commands wait for the live connection
{reason}</source>
        <translation>前回の情報 ({time} に保存)。コマンドはライブ接続を待ちます
{reason}</translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>restart the server</source>
        <translation>サーバーを再起動する</translation>
    </message>
    <message>
        <source>restart the server if live patching fails</source>
        <translation>ライブ パッチが失敗した場合はサーバーを再起動する</translation>
    </message>
    <message>
        <source>restart the toolstack</source>
        <translation>ツールスタックを再起動する</translation>
    </message>
    <message>
        <source>restart the VMs&apos; device models</source>
        <translation>仮想マシンのデバイス モデルを再起動する</translation>
    </message>
    <message>
        <source>restart its VMs</source>
        <translation>その仮想マシンを再起動する</translation>
    </message>
    <message>
        <source>move its VMs away</source>
        <translation>その仮想マシンを移動する</translation>
    </message>
    <message>
        <source>&apos;{server}&apos;: to finish installing updates, {steps}.</source>
        <translation>“{server}”: 更新のインストールを完了するには、{steps}必要があります。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&apos;{server}&apos;: updates are waiting for the server to restart.</source>
        <translation>“{server}”: 更新はサーバーの再起動を待っています。</translation>
    </message>
    <message>
        <source>Pool &apos;{pool}&apos; synchronizes its updates itself (last synchronized {time} UTC).</source>
        <translation>プール“{pool}”は更新を自動で同期します (最終同期 {time} UTC)。</translation>
    </message>
    <message>
        <source>Pool &apos;{pool}&apos; synchronizes its updates itself.</source>
        <translation>プール“{pool}”は更新を自動で同期します。</translation>
    </message>
</context>
<context>
    <name>Uptime</name>
    <message>
        <source>%n minute</source>
        <extracomment>Exactly what ``ipaddress.IPv4Address`` accepts (no leading zeros), without building objects: search and the Search tab ask this for every VM.</extracomment>
        <translation>%n分</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n分</translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation>%n時間</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n時間</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours}{minutes}</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n日</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n日</translation>
    </message>
    <message>
        <source>{days} {hours} {minutes}</source>
        <translation>{days}{hours}{minutes}</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Pool Admin</source>
        <extracomment>xapi&apos;s top-level roles, most powerful first, with XenCenter&apos;s names (translated where shown, context ``Users``)</extracomment>
        <translation>プール管理者</translation>
    </message>
    <message>
        <source>Pool Operator</source>
        <translation>プール オペレーター</translation>
    </message>
    <message>
        <source>VM Power Admin</source>
        <translation>仮想マシン パワー管理者</translation>
    </message>
    <message>
        <source>VM Admin</source>
        <translation>仮想マシン管理者</translation>
    </message>
    <message>
        <source>VM Operator</source>
        <translation>仮想マシン オペレーター</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Pool &apos;{name}&apos; belongs to domain &apos;{domain}&apos;.</source>
        <translation>プール“{name}”はドメイン“{domain}”に属しています。</translation>
    </message>
    <message>
        <source>Server &apos;{name}&apos; belongs to domain &apos;{domain}&apos;.</source>
        <translation>サーバー“{name}”はドメイン“{domain}”に属しています。</translation>
    </message>
    <message>
        <source>AD is not currently configured for pool &apos;{name}&apos;. To enable AD authentication, click Join Domain.</source>
        <translation>プール“{name}”では現在 AD が構成されていません。AD 認証を有効にするには、[ドメインに参加] をクリックしてください。</translation>
    </message>
    <message>
        <source>AD is not currently configured for server &apos;{name}&apos;. To enable AD authentication, click Join Domain.</source>
        <translation>サーバー“{name}”では現在 AD が構成されていません。AD 認証を有効にするには、[ドメインに参加] をクリックしてください。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users and Roles</source>
        <translation>ユーザーと役割</translation>
    </message>
    <message>
        <source>Join Domain</source>
        <translation>ドメインに参加</translation>
    </message>
    <message>
        <source>Users of the domain can then log in to &apos;{name}&apos; with the roles you give them.</source>
        <translation>その後、ドメインのユーザーは割り当てた役割で &apos;{name}&apos; にログインできます。</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>参加(&amp;J)</translation>
    </message>
    <message>
        <source>Select Role</source>
        <translation>役割の選択</translation>
    </message>
    <message>
        <source>Choose the role of {who}:</source>
        <translation>{who} の役割を選択してください:</translation>
    </message>
</context>
<context>
    <name>VMSSWizard</name>
    <message>
        <source>H&amp;ourly snapshots</source>
        <translation>毎時スナップショット(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Daily snapshots</source>
        <translation>毎日スナップショット(&amp;D)</translation>
    </message>
    <message>
        <source>Wee&amp;kly snapshots</source>
        <translation>毎週スナップショット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Disk only snapshot</source>
        <translation>ディスクのみのスナップショット(&amp;D)</translation>
    </message>
    <message>
        <source>The VM&apos;s disks (storage) and metadata will be saved. This type of snapshot is crash-consistent and can be performed on all VM types, including Linux VMs.</source>
        <translation>VM のディスク (ストレージ) とメタデータが保存されます。この種類のスナップショットはクラッシュ整合性があり、Linux VM を含むすべての種類の VM で実行できます。</translation>
    </message>
    <message>
        <source>Disk and &amp;memory snapshot</source>
        <translation>ディスクとメモリのスナップショット(&amp;M)</translation>
    </message>
    <message>
        <source>In addition to the VM&apos;s disks and metadata, this type of snapshot also stores the VM&apos;s memory state (RAM). Note that this type of snapshot can be very large and you should ensure that you make sufficient disk space available for all your scheduled snapshots.</source>
        <translation>この種類のスナップショットには、VM のディスクとメタデータに加えて VM のメモリ状態 (RAM) も保存されます。この種類のスナップショットは非常に大きくなる可能性があるため、すべてのスケジュール スナップショットに十分なディスク領域を確保してください。</translation>
    </message>
    <message>
        <source>Use this wizard to define a schedule that will run automatic snapshot jobs for your VMs.

To begin, enter a name for the schedule and, optionally, a description, then click Next.</source>
        <translation>このウィザードでは、VM の自動スナップショット ジョブを実行するスケジュールを定義します。

まずスケジュールの名前と、必要に応じて説明を入力し、[次へ] をクリックしてください。</translation>
    </message>
    <message>
        <source>Schedule na&amp;me:</source>
        <translation>スケジュール名(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Enter a name for the schedule.</source>
        <translation>スケジュールの名前を入力してください。</translation>
    </message>
    <message>
        <source>Select a checkbox to add a VM to the snapshot schedule; clear its checkbox to remove it from the schedule.</source>
        <translation>VM をスナップショット スケジュールに追加するにはチェック ボックスをオンにし、スケジュールから削除するにはオフにします。</translation>
    </message>
    <message>
        <source>VMs in pool &apos;{pool}&apos;:</source>
        <translation>プール &apos;{pool}&apos; の VM:</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Current schedule</source>
        <translation>現在のスケジュール</translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation>&lt;なし&gt;</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>すべて選択(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear All</source>
        <translation>すべてクリア(&amp;C)</translation>
    </message>
    <message>
        <source>1 VM selected</source>
        <translation>1 台の VM を選択</translation>
    </message>
    <message>
        <source>{count} VMs selected</source>
        <translation>{count} 台の VM を選択</translation>
    </message>
    <message>
        <source>1 VM</source>
        <translation>1 台の VM</translation>
    </message>
    <message>
        <source>{count} VMs</source>
        <translation>{count} 台の VM</translation>
    </message>
    <message>
        <source>Choose the type of snapshot you would like to take.</source>
        <translation>作成するスナップショットの種類を選択してください。</translation>
    </message>
    <message>
        <source>This feature is disabled due to license restrictions on the server.</source>
        <translation>サーバーのライセンス制限により、この機能は無効になっています。</translation>
    </message>
    <message>
        <source>Note that scheduled disk and memory snapshots will only be taken of VMs in this schedule that meet all of the following conditions:

1. The VM is running or suspended at the time the snapshot is scheduled.
2. The VM has {tools} installed.
3. If the VM has a dedicated GPU assigned to it, this GPU supports disk and memory snapshots.</source>
        <translation>スケジュールされたディスクとメモリのスナップショットは、このスケジュール内の VM のうち、次の条件をすべて満たすものに対してのみ作成されます:

1. スナップショットの予定時刻に VM が実行中または一時停止中である。
2. VM に {tools} がインストールされている。
3. VM に専用 GPU が割り当てられている場合、その GPU がディスクとメモリのスナップショットをサポートしている。</translation>
    </message>
    <message>
        <source>Snapshots will be automatically taken according to the schedule specified below. Times are the server&apos;s.</source>
        <translation>以下に指定したスケジュールに従ってスナップショットが自動的に作成されます。時刻はサーバーの時刻です。</translation>
    </message>
    <message>
        <source>minutes past each hour</source>
        <translation>分 (毎時)</translation>
    </message>
    <message>
        <source>Ma&amp;ximum number of scheduled snapshots:</source>
        <translation>スケジュール スナップショットの最大数(&amp;X):</translation>
    </message>
    <message>
        <source>When the number of scheduled snapshots taken exceeds the maximum number specified here, the oldest scheduled snapshot will be deleted.</source>
        <translation>作成されたスケジュール スナップショットの数がここで指定した最大数を超えると、最も古いスケジュール スナップショットが削除されます。</translation>
    </message>
    <message>
        <source>&amp;Recur at:</source>
        <translation>繰り返し時刻(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Recur every day at this time:</source>
        <translation>毎日この時刻に繰り返す(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Recur at this time:</source>
        <translation>この時刻に繰り返す(&amp;R):</translation>
    </message>
    <message>
        <source>Invalid or incomplete schedule</source>
        <translation>スケジュールが無効または不完全です</translation>
    </message>
    <message>
        <source>&amp;Run the new snapshot schedule job when I click Finish</source>
        <translation>[完了] をクリックしたときに新しいスナップショット スケジュール ジョブを実行する(&amp;R)</translation>
    </message>
    <message>
        <source>Review the new snapshot schedule and click Previous if you want to change any settings or Finish to create the new schedule.</source>
        <translation>新しいスナップショット スケジュールを確認してください。設定を変更するには [前へ] を、新しいスケジュールを作成するには [完了] をクリックしてください。</translation>
    </message>
    <message>
        <source>Schedule name:</source>
        <translation>スケジュール名:</translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation>VM:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Snapshot type:</source>
        <translation>スナップショットの種類:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>スケジュール:</translation>
    </message>
    <message>
        <source>Snapshots kept:</source>
        <translation>保持するスナップショット:</translation>
    </message>
    <message>
        <source>New snapshot schedule</source>
        <translation>新しいスナップショット スケジュール</translation>
    </message>
</context>
<context>
    <name>VNCDialog</name>
    <message>
        <source>Enter the address of the VNC server.</source>
        <extracomment>Windows opened without a parent window, kept alive until closed.</extracomment>
        <translation>VNC サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“{text}” is not a host name or address (host, host:display or host::port).</source>
        <translation>“{text}” はホスト名またはアドレス (host、host:display、host::port) ではありません。</translation>
    </message>
    <message>
        <source>{port} is not a TCP port.</source>
        <translation>{port} は TCP ポートではありません。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>The trusted certificate could not be saved: {error}</source>
        <translation>信頼した証明書を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Connect to VNC Server</source>
        <translation>VNC サーバーに接続</translation>
    </message>
    <message>
        <source>host, host:display or host::port</source>
        <translation>host、host:display、host::port</translation>
    </message>
    <message>
        <source>Port 5900 unless you give a display (host:1 is port 5901)
or a port (host::5999).</source>
        <translation>ディスプレイ (host:1 はポート 5901) またはポート (host::5999) を
指定しない場合はポート 5900 です。</translation>
    </message>
    <message>
        <source>if the server asks for one (Plain login)</source>
        <translation>サーバーが要求する場合 (Plain ログイン)</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>サーバーが要求する場合</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>画質:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>圧縮:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>For a guest that runs its own VNC server, or any VNC server you can reach.</source>
        <translation>独自の VNC サーバーを実行するゲスト、またはアクセスできる任意の VNC サーバー用です。</translation>
    </message>
    <message>
        <source>The option could not be saved: {error}</source>
        <translation>オプションを保存できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Virtualization</name>
    <message>
        <source>Read more about installing {tools}</source>
        <extracomment>Management counted as installed only because of the XCP-ng 9 agent rule (see ``_management_installed``). ``&quot;M.m&quot;`` from ``PV_drivers_version`` (what XenCenter prints in &quot;version M.m installed&quot;), or None. ``&quot;M.m[.micro][ build B]&quot;``: the full agent version when the guest reported one, or None. ``VM.has_vendor_device`` on a Windows VM: it can get drivers from Windows Update. Within the 2-minute grace after a power-state change. Local unix time at which the grace ends (re-evaluate then), None when not in grace.</extracomment>
        <translation>{tools} のインストールの詳細</translation>
    </message>
    <message>
        <source>Unknown (please wait)</source>
        <translation>不明（お待ちください）</translation>
    </message>
    <message>
        <source>I/O optimized</source>
        <translation>I/O 最適化済み</translation>
    </message>
    <message>
        <source>I/O not optimized</source>
        <translation>I/O 未最適化</translation>
    </message>
    <message>
        <source>Management Agent installed</source>
        <translation>管理エージェントがインストールされています</translation>
    </message>
    <message>
        <source>Management Agent not installed</source>
        <extracomment>Widths XenCenter gives the columns (pixels at its 8-point font). The order a first click on a column&apos;s header sorts in (figures largest first). Columns whose figures come from the performance data (repainted, or re-sorted, when new figures arrive).</extracomment>
        <translation>管理エージェントがインストールされていません</translation>
    </message>
    <message>
        <source>Able to receive updates from Windows Update</source>
        <translation>Windows Update から更新プログラムを受信できます</translation>
    </message>
    <message>
        <source>Not able to receive updates from Windows Update</source>
        <translation>Windows Update から更新プログラムを受信できません</translation>
    </message>
    <message>
        <source>{tools} not installed</source>
        <translation>{tools} がインストールされていません</translation>
    </message>
    <message>
        <source>Tools out of date (version {version} installed)</source>
        <translation>ツールが古くなっています（バージョン {version} がインストール済み）</translation>
    </message>
    <message>
        <source>Optimized (version {version} installed)</source>
        <translation>最適化済み（バージョン {version} がインストール済み）</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Export Settings</source>
        <translation>エクスポートの設定</translation>
    </message>
    <message>
        <source>Where do you want to save the export?</source>
        <translation>エクスポートをどこに保存しますか?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists in this folder: choose another name, or replace it.</source>
        <translation>&apos;{name}&apos; はこのフォルダーに既に存在します。別の名前を選択するか、置き換えてください。</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>エクスポートの準備ができました</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>HA configuration prerequisites</source>
        <translation>HA 構成の前提条件</translation>
    </message>
    <message>
        <source>Heartbeat SR</source>
        <translation>ハートビート SR</translation>
    </message>
    <message>
        <source>Choose a heartbeat SR</source>
        <translation>ハートビート SR を選択してください</translation>
    </message>
    <message>
        <source>HA Plan</source>
        <translation>HA プラン</translation>
    </message>
    <message>
        <source>Configure the HA restart priority, restart order and delay interval for the VMs in this pool</source>
        <translation>このプールの VM の HA 再起動優先度、再起動順序、遅延間隔を設定してください</translation>
    </message>
    <message>
        <source>Review configuration and activate HA</source>
        <translation>構成を確認して HA を有効にしてください</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>インポート元</translation>
    </message>
    <message>
        <source>Locate the file you want to import</source>
        <translation>インポートするファイルを指定してください</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>ホーム サーバー</translation>
    </message>
    <message>
        <source>Choose a home server for the VM</source>
        <translation>VM のホーム サーバーを選択してください</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Where do you want to put the VM&apos;s virtual disks?</source>
        <translation>VM の仮想ディスクをどこに配置しますか?</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Connect the VM&apos;s virtual network interfaces</source>
        <translation>VM の仮想ネットワーク インターフェイスを接続してください</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>インポートの準備ができました</translation>
    </message>
    <message>
        <source>Select Type</source>
        <translation>種類の選択</translation>
    </message>
    <message>
        <source>Choose the type of network to create</source>
        <translation>作成するネットワークの種類を選択してください</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Enter a name and description for the new network</source>
        <translation>新しいネットワークの名前と説明を入力してください</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>ネットワークの設定</translation>
    </message>
    <message>
        <source>Configure the new network</source>
        <translation>新しいネットワークを設定してください</translation>
    </message>
    <message>
        <source>Bond Members</source>
        <translation>ボンディングのメンバー</translation>
    </message>
    <message>
        <source>Select members for the new bonded network</source>
        <translation>新しいボンディング ネットワークのメンバーを選択してください</translation>
    </message>
    <message>
        <source>Ready to create the network</source>
        <translation>ネットワークを作成する準備ができました</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Choose the type of new storage</source>
        <translation>新しいストレージの種類を選択してください</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Where is the storage?</source>
        <translation>ストレージはどこにありますか?</translation>
    </message>
    <message>
        <source>What do you want to call the new SR?</source>
        <translation>新しい SR の名前を指定してください</translation>
    </message>
    <message>
        <source>Ready to create the SR</source>
        <translation>SR を作成する準備ができました</translation>
    </message>
    <message>
        <source>Select Servers</source>
        <translation>サーバーの選択</translation>
    </message>
    <message>
        <source>Select the servers you want to include in the report</source>
        <translation>レポートに含めるサーバーを選択してください</translation>
    </message>
    <message>
        <source>Select Report Contents</source>
        <translation>レポートの内容の選択</translation>
    </message>
    <message>
        <source>Select the data you want to include in your report</source>
        <translation>レポートに含めるデータを選択してください</translation>
    </message>
    <message>
        <source>Report Destination</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <source>Select a destination folder for the report files</source>
        <translation>レポート ファイルの保存先フォルダーを選択してください</translation>
    </message>
    <message>
        <source>Ready to compile the status report</source>
        <translation>ステータス レポートを作成する準備ができました</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The same from the command line:</source>
        <translation>同じ操作をコマンド ラインで行うには:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation>ファイルが存在する場合は置き換える(&amp;R)</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 前へ</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>次へ &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Schedule Name</source>
        <translation>スケジュール名</translation>
    </message>
    <message>
        <source>What do you want to call this schedule?</source>
        <translation>このスケジュールの名前を指定してください</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Select the VMs that you want to schedule snapshots for</source>
        <translation>スナップショットをスケジュールする VM を選択してください</translation>
    </message>
    <message>
        <source>Snapshot Type</source>
        <translation>スナップショットの種類</translation>
    </message>
    <message>
        <source>What type of snapshot do you want to use for scheduled snapshots?</source>
        <translation>スケジュール スナップショットにどの種類のスナップショットを使用しますか?</translation>
    </message>
    <message>
        <source>Snapshot Schedule</source>
        <translation>スナップショット スケジュール</translation>
    </message>
    <message>
        <source>When do you want snapshots to be taken?</source>
        <translation>スナップショットをいつ作成しますか?</translation>
    </message>
    <message>
        <source>Create the new schedule</source>
        <translation>新しいスケジュールを作成</translation>
    </message>
</context>
</TS>
