<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <extracomment>Expand everything the filter finds unless that is more rows than this. New servers open this deep (pool -&gt; hosts -&gt; their VMs). The rows a newly added server opens (its pool, hosts, and the groups of the other views). the View &gt; Show options changed: {field: on} (the window remembers them)</extracomment>
        <translation>保存された検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Desktop Notifications</source>
        <extracomment>At most this many alerts are announced one by one; more arrive as one summary.</extracomment>
        <translation>デスクトップ通知(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Infrastructure</source>
        <extracomment>The view buttons: model/tree.py view key, label (translated where shown: context ``Navigation``), icon key.</extracomment>
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
</context>
<context>
    <name>ObjectGroups</name>
    <message>
        <source>Pools</source>
        <extracomment>For the Objects view&apos;s &quot;&lt;brand&gt; Templates&quot; group; &quot;&quot; takes the first connected pool&apos;s (model.brand). The Saved Searches view&apos;s open search (its UUID): the one whose results the view shows. While the cache shows the last known inventory from disk: when it was saved (epoch seconds). The Infrastructure subtree saved with that inventory and the options it was built with, shown while its records are still being read (``model.inventory``: the tree comes first). cache -&gt; (source key, options) -&gt; (cache generation, subtree): the last Infrastructure subtree built. The Objects view&apos;s groups, in XenCenter&apos;s order (its ``ObjectTypes`` enum), with its labels (Messages.resx).</extracomment>
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
        <source>Events</source>
        <translation>イベント</translation>
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
        <source>Networking</source>
        <extracomment>A host&apos;s or pool&apos;s networks: (command, text, on the page&apos;s object rather than the selected rows)</extracomment>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Searches run again at most this often while the caches change (or twice as long as the last run took). The average character width of XenCenter&apos;s font, in pixels (what its column widths were made for). Debounce of edits in the query builder (typing a name runs one search, not one per key).</extracomment>
        <translation>検索</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <extracomment>Registry ids of the buttons; the ones the registry lacks get no button.</extracomment>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>The buttons of a VM&apos;s disks and of an SR&apos;s: (command id, text, on the VM itself rather than the rows).</extracomment>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Kinds in display order: (key, singular, plural). Bulk commands offered, by the kind they act on (each appears when that kind is selected).</extracomment>
        <translation>概要</translation>
    </message>
    <message>
        <source>Multiple Objects</source>
        <translation>複数のオブジェクト</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>(command, button text, runs on the page&apos;s pool rather than the selected rows) FriendlyNames&apos; Role.*.Description, shortened to their first sentence</extracomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>General Properties</source>
        <translation>全般プロパティ</translation>
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
    <name>Virtualization</name>
    <message>
        <source>Read more about installing {tools}</source>
        <extracomment>``os_version[&quot;distro&quot;]`` values XenCenter treats as non-Windows (written by the Linux guest agent). XenCenter&apos;s search filter names and the exact flag value each one matches. Management counted as installed only because of the XCP-ng 9 agent rule (see ``_management_installed``). ``&quot;M.m&quot;`` from ``PV_drivers_version`` (what XenCenter prints in &quot;version M.m installed&quot;), or None. ``&quot;M.m[.micro][ build B]&quot;``: the full agent version when the guest reported one, or None. ``VM.has_vendor_device`` on a Windows VM: it can get drivers from Windows Update. Within the 2-minute grace after a power-state change. Local unix time at which the grace ends (re-evaluate then), None when not in grace.</extracomment>
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
</TS>
