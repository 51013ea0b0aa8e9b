<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddServerDialog</name>
    <message>
        <source>http:// is not encrypted: the password and everything else travel in the clear. Use it only on a network you trust.</source>
        <translation>http:// 未加密：密码和其他所有内容都以明文传输。请仅在可信网络上使用。</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>Connect to {server}</source>
        <translation>连接到 {server}</translation>
    </message>
    <message>
        <source>Enter the address of a XenServer or XCP-ng host: the pool coordinator, or any pool member (you will be taken to the coordinator).</source>
        <translation>输入 XenServer 或 XCP-ng 主机的地址：池协调器或任一池成员（将会转到协调器）。</translation>
    </message>
    <message>
        <source>host name or IP address, optionally :port</source>
        <translation>主机名或 IP 地址，可选 :端口</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keyring)</source>
        <translation>记住密码（保存在系统密钥环中）(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;connect when the application starts</source>
        <translation>应用程序启动时重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Enter a user name</source>
        <translation>请输入用户名</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>正在连接到 {server}…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting for your decision about the certificate…</source>
        <translation>正在等待您对证书做出决定…</translation>
    </message>
    <message>
        <source>{reason}. Enter the password again.</source>
        <translation>{reason}。请重新输入密码。</translation>
    </message>
    <message>
        <source>Host is a pool member; connecting to coordinator {coordinator}</source>
        <translation>主机是池成员；正在连接到协调器 {coordinator}</translation>
    </message>
    <message>
        <source>{member} is a pool member: you were taken to its coordinator {coordinator}.</source>
        <translation>{member} 是池成员：已转到其协调器 {coordinator}。</translation>
    </message>
    <message>
        <source>The trusted certificate could not be saved: {error}</source>
        <translation>无法保存受信任的证书：{error}</translation>
    </message>
    <message>
        <source>Certificate changed: not connected.</source>
        <translation>证书已更改：未连接。</translation>
    </message>
    <message>
        <source>Certificate not trusted: not connected.</source>
        <translation>证书不受信任：未连接。</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>证书被拒绝</translation>
    </message>
    <message>
        <source>The server list could not be saved: {error}</source>
        <translation>无法保存服务器列表：{error}</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Filter by Severity</source>
        <translation>按严重性筛选</translation>
    </message>
    <message>
        <source>Filter by Server</source>
        <translation>按服务器筛选</translation>
    </message>
    <message>
        <source>Filter by Date</source>
        <translation>按日期筛选</translation>
    </message>
    <message>
        <source>Search alerts</source>
        <translation>搜索警报</translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <source>Dismiss Selected</source>
        <translation>忽略所选项</translation>
    </message>
    <message>
        <source>Export All...</source>
        <translation>全部导出...</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Alerts found: {count}</source>
        <translation>找到的警报：{count}</translation>
    </message>
    <message>
        <source>Total alerts: {count}</source>
        <translation>警报总数：{count}</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select an alert to read it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;选择一个警报以阅读其内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation>忽略警报</translation>
    </message>
    <message>
        <source>You have applied filters to the list of alerts. Only the alerts you have chosen to view ({count}) will be dismissed; they will be removed from the servers permanently.</source>
        <translation>您已对警报列表应用了筛选器。只有您选择查看的警报（{count} 个）会被忽略；它们将从服务器上永久删除。</translation>
    </message>
    <message>
        <source>Dismiss Visible</source>
        <translation>忽略可见警报</translation>
    </message>
    <message>
        <source>Go to Object</source>
        <translation>转到对象</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Export All</source>
        <translation>全部导出</translation>
    </message>
    <message>
        <source>Comma separated values (*.csv);;All files (*)</source>
        <translation>逗号分隔值 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The alerts could not be saved to {path}: {error}.</source>
        <translation>无法将警报保存到 {path}：{error}。</translation>
    </message>
</context>
<context>
    <name>CertificateDialogs</name>
    <message>
        <source>XenServer and XCP-ng hosts usually present a self-signed certificate. Trust it only if its fingerprint matches the one the host shows, e.g. on the host&apos;s console:</source>
        <translation>XenServer 和 XCP-ng 主机通常提供自签名证书。仅当其指纹与主机显示的指纹（例如在主机控制台上）一致时才信任它：</translation>
    </message>
    <message>
        <source>VNC servers usually present a self-signed certificate. Trust it only if its fingerprint matches the one of the certificate the server was started with (TigerVNC: its -X509Cert file; QEMU: server-cert.pem in its tls-creds directory):</source>
        <translation>VNC 服务器通常提供自签名证书。仅当其指纹与服务器启动时所用证书的指纹一致时才信任它（TigerVNC：其 -X509Cert 文件；QEMU：其 tls-creds 目录中的 server-cert.pem）：</translation>
    </message>
    <message>
        <source>from {start} until {end} (not valid yet)</source>
        <translation>从 {start} 到 {end}（尚未生效）</translation>
    </message>
    <message>
        <source>from {start} until {end} (expired)</source>
        <translation>从 {start} 到 {end}（已过期）</translation>
    </message>
    <message>
        <source>from {start} until {end}</source>
        <translation>从 {start} 到 {end}</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>未知证书</translation>
    </message>
    <message>
        <source>The certificate of {address} is not trusted by this computer</source>
        <translation>此计算机不信任 {address} 的证书</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
    <message>
        <source>The host presented a different certificate from the one the pool says it has (the pool publishes each server&apos;s certificate). That is expected after the certificate was renewed or the host reinstalled, but it is also what someone intercepting the connection would cause. &lt;b&gt;The connection was refused.&lt;/b&gt; Ask the host&apos;s administrator for the new fingerprint before accepting it.</source>
        <translation>主机提供的证书与池声明的证书不同（池会发布每台服务器的证书）。证书续订或主机重新安装后会出现这种情况，但有人拦截连接时也会出现这种情况。&lt;b&gt;连接已被拒绝。&lt;/b&gt;接受之前，请向主机管理员索取新指纹。</translation>
    </message>
    <message>
        <source>The host presented a different certificate from the one you trusted. That is expected after the certificate was renewed or the host reinstalled, but it is also what someone intercepting the connection would cause. &lt;b&gt;The connection was refused.&lt;/b&gt; Ask the host&apos;s administrator for the new fingerprint before accepting it.</source>
        <translation>主机提供的证书与您信任的证书不同。证书续订或主机重新安装后会出现这种情况，但有人拦截连接时也会出现这种情况。&lt;b&gt;连接已被拒绝。&lt;/b&gt;接受之前，请向主机管理员索取新指纹。</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>证书已更改</translation>
    </message>
    <message>
        <source>The certificate of {address} has changed</source>
        <translation>{address} 的证书已更改</translation>
    </message>
    <message>
        <source>Fingerprint the pool gives:</source>
        <translation>池提供的指纹：</translation>
    </message>
    <message>
        <source>Trusted fingerprint:</source>
        <translation>受信任的指纹：</translation>
    </message>
    <message>
        <source>(the certificate could not be read again)</source>
        <translation>（无法再次读取证书）</translation>
    </message>
    <message>
        <source>Presented fingerprint:</source>
        <translation>提供的指纹：</translation>
    </message>
    <message>
        <source>I have checked the new fingerprint and I trust this certificate</source>
        <translation>我已核对新指纹并信任此证书</translation>
    </message>
    <message>
        <source>&amp;Accept the new certificate</source>
        <translation>接受新证书(&amp;A)</translation>
    </message>
    <message>
        <source>This server is a member of the pool you are connected to, but the pool does not publish its certificate (XenServer before 8.2 does not). XenServer and XCP-ng hosts usually present a self-signed certificate. Trust it only if its fingerprint matches the one the host shows, e.g. on the host&apos;s console:</source>
        <translation>此服务器是您所连接池的成员，但池未发布其证书（8.2 之前的 XenServer 不发布）。XenServer 和 XCP-ng 主机通常提供自签名证书。仅当其指纹与主机显示的指纹（例如在主机控制台上）一致时才信任它：</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to {target}</source>
        <translation>转到 {target}</translation>
    </message>
    <message>
        <source>Select it in the tree</source>
        <translation>在树中选择它</translation>
    </message>
    <message>
        <source>{command} — on the selection</source>
        <translation>{command} — 作用于所选内容</translation>
    </message>
    <message>
        <source>Type a command, an object, or both (start web-03)</source>
        <translation>键入命令、对象或两者（start web-03）</translation>
    </message>
    <message>
        <source>Enter runs · Ctrl+Shift+C copies its XenAPI calls as Python · Esc closes</source>
        <translation>Enter 运行 · Ctrl+Shift+C 将其 XenAPI 调用复制为 Python · Esc 关闭</translation>
    </message>
    <message>
        <source>Highlight a command that can run to copy its calls.</source>
        <translation>突出显示一个可运行的命令以复制其调用。</translation>
    </message>
    <message>
        <source>This command makes no XenAPI calls.</source>
        <translation>此命令不进行任何 XenAPI 调用。</translation>
    </message>
    <message>
        <source>Planning the calls…</source>
        <translation>正在规划调用…</translation>
    </message>
    <message>
        <source>Copied {count} XenAPI call(s) as Python for the XenAPI SDK.</source>
        <translation>已将 {count} 个 XenAPI 调用复制为适用于 XenAPI SDK 的 Python 代码。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <source>Dismiss &amp;All</source>
        <translation>全部忽略(&amp;A)</translation>
    </message>
    <message>
        <source>Connect to VNC Server</source>
        <translation>连接到 VNC 服务器</translation>
    </message>
    <message>
        <source>Connect to &amp;VNC Server...</source>
        <translation>连接到 VNC 服务器(&amp;V)...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Start on Server</source>
        <translation>在服务器上启动</translation>
    </message>
    <message>
        <source>Start on Ser&amp;ver</source>
        <translation>在服务器上启动(&amp;V)</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>S&amp;hut Down</source>
        <translation>关闭(&amp;H)</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation>重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>挂起(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation>取消暂停</translation>
    </message>
    <message>
        <source>U&amp;npause</source>
        <translation>取消暂停(&amp;N)</translation>
    </message>
    <message>
        <source>Force Shut Down</source>
        <translation>强制关闭</translation>
    </message>
    <message>
        <source>&amp;Force Shut Down</source>
        <translation>强制关闭(&amp;F)</translation>
    </message>
    <message>
        <source>Force Reboot</source>
        <translation>强制重新启动</translation>
    </message>
    <message>
        <source>Force Re&amp;boot</source>
        <translation>强制重新启动(&amp;B)</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>生成快照</translation>
    </message>
    <message>
        <source>Take a S&amp;napshot...</source>
        <translation>生成快照(&amp;N)...</translation>
    </message>
    <message>
        <source>Delete VM</source>
        <translation>删除虚拟机</translation>
    </message>
    <message>
        <source>&amp;Delete VM...</source>
        <translation>删除虚拟机(&amp;D)...</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>属性(&amp;R)</translation>
    </message>
    <message>
        <source>Edit VM Properties</source>
        <translation>编辑虚拟机属性</translation>
    </message>
    <message>
        <source>Migrate to Server</source>
        <translation>迁移到服务器</translation>
    </message>
    <message>
        <source>&amp;Migrate to Server</source>
        <translation>迁移到服务器(&amp;M)</translation>
    </message>
    <message>
        <source>Move VM Storage</source>
        <translation>移动虚拟机存储</translation>
    </message>
    <message>
        <source>Move VM Stora&amp;ge...</source>
        <translation>移动虚拟机存储(&amp;G)...</translation>
    </message>
    <message>
        <source>Migrate Virtual Disk</source>
        <translation>迁移虚拟磁盘</translation>
    </message>
    <message>
        <source>Mi&amp;grate...</source>
        <translation>迁移(&amp;G)...</translation>
    </message>
    <message>
        <source>Add Virtual Disk</source>
        <translation>添加虚拟磁盘</translation>
    </message>
    <message>
        <source>&amp;Add Virtual Disk...</source>
        <translation>添加虚拟磁盘(&amp;A)...</translation>
    </message>
    <message>
        <source>Attach Virtual Disk</source>
        <translation>附加虚拟磁盘</translation>
    </message>
    <message>
        <source>Attach Dis&amp;k...</source>
        <translation>附加磁盘(&amp;K)...</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Acti&amp;vate</source>
        <translation>激活(&amp;V)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Dea&amp;ctivate</source>
        <translation>停用(&amp;C)</translation>
    </message>
    <message>
        <source>Detach Virtual Disk</source>
        <translation>分离虚拟磁盘</translation>
    </message>
    <message>
        <source>D&amp;etach</source>
        <translation>分离(&amp;E)</translation>
    </message>
    <message>
        <source>Delete Virtual Disk</source>
        <translation>删除虚拟磁盘</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Virtual Disk Properties</source>
        <translation>虚拟磁盘属性</translation>
    </message>
    <message>
        <source>Resize Virtual Disk</source>
        <translation>调整虚拟磁盘大小</translation>
    </message>
    <message>
        <source>Re&amp;size...</source>
        <translation>调整大小(&amp;S)...</translation>
    </message>
    <message>
        <source>Move Virtual Disk</source>
        <translation>移动虚拟磁盘</translation>
    </message>
    <message>
        <source>&amp;Move...</source>
        <translation>移动(&amp;M)...</translation>
    </message>
    <message>
        <source>Insert DVD</source>
        <translation>插入 DVD</translation>
    </message>
    <message>
        <source>&amp;Insert DVD...</source>
        <translation>插入 DVD(&amp;I)...</translation>
    </message>
    <message>
        <source>Eject DVD</source>
        <translation>弹出 DVD</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>弹出(&amp;E)</translation>
    </message>
    <message>
        <source>Create DVD Drive</source>
        <translation>创建 DVD 驱动器</translation>
    </message>
    <message>
        <source>Create &amp;DVD Drive</source>
        <translation>创建 DVD 驱动器(&amp;D)</translation>
    </message>
    <message>
        <source>New Graph</source>
        <translation>新建图表</translation>
    </message>
    <message>
        <source>&amp;New Graph...</source>
        <translation>新建图表(&amp;N)...</translation>
    </message>
    <message>
        <source>Edit Graph</source>
        <translation>编辑图表</translation>
    </message>
    <message>
        <source>&amp;Edit Graph...</source>
        <translation>编辑图表(&amp;E)...</translation>
    </message>
    <message>
        <source>Delete Graph</source>
        <translation>删除图表</translation>
    </message>
    <message>
        <source>&amp;Delete Graph</source>
        <translation>删除图表(&amp;D)</translation>
    </message>
    <message>
        <source>Configure HA</source>
        <translation>配置 HA</translation>
    </message>
    <message>
        <source>&amp;High Availability...</source>
        <translation>高可用性(&amp;H)...</translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation>禁用 HA</translation>
    </message>
    <message>
        <source>&amp;Disable HA</source>
        <translation>禁用 HA(&amp;D)</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>View Application Log</source>
        <translation>查看应用程序日志</translation>
    </message>
    <message>
        <source>View Application &amp;Log</source>
        <translation>查看应用程序日志(&amp;L)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Options...</source>
        <translation>选项(&amp;O)...</translation>
    </message>
    <message>
        <source>New Storage Repository</source>
        <translation>新建存储库</translation>
    </message>
    <message>
        <source>&amp;New SR...</source>
        <translation>新建存储库(&amp;N)...</translation>
    </message>
    <message>
        <source>Reattach Storage Repository</source>
        <translation>重新附加存储库</translation>
    </message>
    <message>
        <source>R&amp;eattach...</source>
        <translation>重新附加(&amp;E)...</translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>新建网络</translation>
    </message>
    <message>
        <source>&amp;New Network...</source>
        <translation>新建网络(&amp;N)...</translation>
    </message>
    <message>
        <source>Create Bond</source>
        <translation>创建绑定</translation>
    </message>
    <message>
        <source>Create &amp;Bond...</source>
        <translation>创建绑定(&amp;B)...</translation>
    </message>
    <message>
        <source>Remove Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>R&amp;emove Network</source>
        <translation>删除网络(&amp;E)</translation>
    </message>
    <message>
        <source>Delete Bond</source>
        <translation>删除绑定</translation>
    </message>
    <message>
        <source>Delete &amp;Bond</source>
        <translation>删除绑定(&amp;B)</translation>
    </message>
    <message>
        <source>Enter Maintenance Mode</source>
        <translation>进入维护模式</translation>
    </message>
    <message>
        <source>Enter &amp;Maintenance Mode...</source>
        <translation>进入维护模式(&amp;M)...</translation>
    </message>
    <message>
        <source>Exit Maintenance Mode</source>
        <translation>退出维护模式</translation>
    </message>
    <message>
        <source>E&amp;xit Maintenance Mode</source>
        <translation>退出维护模式(&amp;X)</translation>
    </message>
    <message>
        <source>Reboot Server</source>
        <translation>重新启动服务器</translation>
    </message>
    <message>
        <source>Re&amp;boot Server...</source>
        <translation>重新启动服务器(&amp;B)...</translation>
    </message>
    <message>
        <source>Power On</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Power O&amp;n</source>
        <translation>开机(&amp;N)</translation>
    </message>
    <message>
        <source>Shut Down Server</source>
        <translation>关闭服务器</translation>
    </message>
    <message>
        <source>Restart Toolstack</source>
        <translation>重新启动工具堆栈</translation>
    </message>
    <message>
        <source>Restart Toolstac&amp;k</source>
        <translation>重新启动工具堆栈(&amp;K)</translation>
    </message>
    <message>
        <source>Add Network Interface</source>
        <translation>添加网络接口</translation>
    </message>
    <message>
        <source>&amp;Add Interface...</source>
        <translation>添加接口(&amp;A)...</translation>
    </message>
    <message>
        <source>Network Interface Properties</source>
        <translation>网络接口属性</translation>
    </message>
    <message>
        <source>Delete Network Interface</source>
        <translation>删除网络接口</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>重命名(&amp;N)...</translation>
    </message>
    <message>
        <source>Edit Tags and Folder</source>
        <translation>编辑标记和文件夹</translation>
    </message>
    <message>
        <source>Edit &amp;Tags and Folder...</source>
        <translation>编辑标记和文件夹(&amp;T)...</translation>
    </message>
    <message>
        <source>Rescan NICs</source>
        <translation>重新扫描网卡</translation>
    </message>
    <message>
        <source>Rescan &amp;NICs</source>
        <translation>重新扫描网卡(&amp;N)</translation>
    </message>
    <message>
        <source>Management Interfaces</source>
        <translation>管理接口</translation>
    </message>
    <message>
        <source>Management &amp;Interfaces...</source>
        <translation>管理接口(&amp;I)...</translation>
    </message>
    <message>
        <source>Remove From Pool</source>
        <translation>从池中删除</translation>
    </message>
    <message>
        <source>Remove From &amp;Pool</source>
        <translation>从池中删除(&amp;P)</translation>
    </message>
    <message>
        <source>Make Pool Coordinator</source>
        <translation>设为池协调器</translation>
    </message>
    <message>
        <source>Make Pool &amp;Coordinator...</source>
        <translation>设为池协调器(&amp;C)...</translation>
    </message>
    <message>
        <source>Add to Pool</source>
        <translation>添加到池</translation>
    </message>
    <message>
        <source>Add to &amp;Pool</source>
        <translation>添加到池(&amp;P)</translation>
    </message>
    <message>
        <source>New Pool</source>
        <translation>新建池</translation>
    </message>
    <message>
        <source>New &amp;Pool...</source>
        <translation>新建池(&amp;P)...</translation>
    </message>
    <message>
        <source>Edit Server Properties</source>
        <translation>编辑服务器属性</translation>
    </message>
    <message>
        <source>Edit Pool Properties</source>
        <translation>编辑池属性</translation>
    </message>
    <message>
        <source>Edit Storage Properties</source>
        <translation>编辑存储属性</translation>
    </message>
    <message>
        <source>Edit Network Properties</source>
        <translation>编辑网络属性</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>&amp;New VM...</source>
        <translation>新建虚拟机(&amp;N)...</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Sav&amp;e Search...</source>
        <translation>保存搜索(&amp;E)...</translation>
    </message>
    <message>
        <source>Delete Search</source>
        <translation>删除搜索</translation>
    </message>
    <message>
        <source>&amp;Delete Search...</source>
        <translation>删除搜索(&amp;D)...</translation>
    </message>
    <message>
        <source>Export Search</source>
        <translation>导出搜索</translation>
    </message>
    <message>
        <source>E&amp;xport Search...</source>
        <translation>导出搜索(&amp;X)...</translation>
    </message>
    <message>
        <source>Import Search</source>
        <translation>导入搜索</translation>
    </message>
    <message>
        <source>Import Searc&amp;h...</source>
        <translation>导入搜索(&amp;H)...</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>&amp;Add Server...</source>
        <translation>添加服务器(&amp;A)...</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Remove Server</source>
        <translation>删除服务器</translation>
    </message>
    <message>
        <source>Re&amp;move Server...</source>
        <translation>删除服务器(&amp;M)...</translation>
    </message>
    <message>
        <source>Export Server List</source>
        <translation>导出服务器列表</translation>
    </message>
    <message>
        <source>&amp;Export Server List...</source>
        <translation>导出服务器列表(&amp;E)...</translation>
    </message>
    <message>
        <source>Import Server List</source>
        <translation>导入服务器列表</translation>
    </message>
    <message>
        <source>Import Server Lis&amp;t...</source>
        <translation>导入服务器列表(&amp;T)...</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot...</source>
        <translation>删除快照(&amp;D)...</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>恢复到快照</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot...</source>
        <translation>恢复到快照(&amp;R)...</translation>
    </message>
    <message>
        <source>Repair Storage Repository</source>
        <translation>修复存储库</translation>
    </message>
    <message>
        <source>&amp;Repair...</source>
        <translation>修复(&amp;R)...</translation>
    </message>
    <message>
        <source>Detach Storage Repository</source>
        <translation>分离存储库</translation>
    </message>
    <message>
        <source>&amp;Detach...</source>
        <translation>分离(&amp;D)...</translation>
    </message>
    <message>
        <source>Forget Storage Repository</source>
        <translation>忘记存储库</translation>
    </message>
    <message>
        <source>&amp;Forget...</source>
        <translation>忘记(&amp;F)...</translation>
    </message>
    <message>
        <source>Destroy Storage Repository</source>
        <translation>销毁存储库</translation>
    </message>
    <message>
        <source>Destr&amp;oy...</source>
        <translation>销毁(&amp;O)...</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>设为默认值</translation>
    </message>
    <message>
        <source>Set as De&amp;fault</source>
        <translation>设为默认值(&amp;F)</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Resca&amp;n</source>
        <translation>重新扫描(&amp;N)</translation>
    </message>
    <message>
        <source>Reclaim Freed Space</source>
        <translation>回收已释放的空间</translation>
    </message>
    <message>
        <source>Re&amp;claim Freed Space...</source>
        <translation>回收已释放的空间(&amp;C)...</translation>
    </message>
    <message>
        <source>Server Status Report</source>
        <translation>服务器状态报告</translation>
    </message>
    <message>
        <source>&amp;Server Status Report...</source>
        <translation>服务器状态报告(&amp;S)...</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Copy VM</source>
        <translation>复制虚拟机</translation>
    </message>
    <message>
        <source>&amp;Copy VM...</source>
        <translation>复制虚拟机(&amp;C)...</translation>
    </message>
    <message>
        <source>Convert to Template</source>
        <translation>转换为模板</translation>
    </message>
    <message>
        <source>Convert to &amp;Template...</source>
        <translation>转换为模板(&amp;T)...</translation>
    </message>
    <message>
        <source>New VM from Template</source>
        <translation>从模板新建虚拟机</translation>
    </message>
    <message>
        <source>New VM from Snapshot</source>
        <translation>从快照新建虚拟机</translation>
    </message>
    <message>
        <source>New &amp;VM from Snapshot...</source>
        <translation>从快照新建虚拟机(&amp;V)...</translation>
    </message>
    <message>
        <source>Create Template from Snapshot</source>
        <translation>从快照创建模板</translation>
    </message>
    <message>
        <source>&amp;Create Template From Snapshot...</source>
        <translation>从快照创建模板(&amp;C)...</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>&amp;Delete Template...</source>
        <translation>删除模板(&amp;D)...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>Join Domain</source>
        <translation>加入域</translation>
    </message>
    <message>
        <source>&amp;Join Domain...</source>
        <translation>加入域(&amp;J)...</translation>
    </message>
    <message>
        <source>Leave Domain</source>
        <translation>退出域</translation>
    </message>
    <message>
        <source>&amp;Leave Domain</source>
        <translation>退出域(&amp;L)</translation>
    </message>
    <message>
        <source>Add Users</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Add Users...</source>
        <translation>添加用户(&amp;A)...</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>&amp;Change Role...</source>
        <translation>更改角色(&amp;C)...</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>New Snapshot Schedule</source>
        <translation>新建快照计划</translation>
    </message>
    <message>
        <source>New Snapshot &amp;Schedule...</source>
        <translation>新建快照计划(&amp;S)...</translation>
    </message>
    <message>
        <source>Take Snapshots Now</source>
        <translation>立即生成快照</translation>
    </message>
    <message>
        <source>Take Snapshots &amp;Now</source>
        <translation>立即生成快照(&amp;N)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Snapshot Schedule</source>
        <translation>删除快照计划</translation>
    </message>
    <message>
        <source>VM Snapshot Schedules</source>
        <translation>虚拟机快照计划</translation>
    </message>
    <message>
        <source>VM Snapshot Sc&amp;hedules...</source>
        <translation>虚拟机快照计划(&amp;H)...</translation>
    </message>
    <message>
        <source>Nothing to choose from</source>
        <translation>没有可选择的项</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Disconnected</source>
        <extracomment>Newest XenAPI version this program was written against (XenServer 8 / XCP-ng 8.3). Newer is fine: it only earns a warning in the log (refusing is what made XCP-ng Center hated). The reasons a connection gives (``reason``, ``state_changed``), in English: code compares them and the log keeps them; the window translates them where it shows them (``views/words.reason``, context ``Connection``).</extracomment>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>A password is needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Connecting to {address}…</source>
        <translation>正在连接到 {address}…</translation>
    </message>
    <message>
        <source>Logging in to {address} as {user}…</source>
        <translation>正在以 {user} 身份登录到 {address}…</translation>
    </message>
    <message>
        <source>Loading objects…</source>
        <translation>正在加载对象…</translation>
    </message>
    <message>
        <source>Looking for the pool coordinator…</source>
        <translation>正在查找池协调器…</translation>
    </message>
    <message>
        <source>Internal error (see the log)</source>
        <translation>内部错误（请查看日志）</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>&amp;Refuse unencrypted connections</source>
        <translation>拒绝未加密的连接(&amp;R)</translation>
    </message>
    <message>
        <source>Connect only to servers that offer TLS (VeNCrypt): without it, the picture, your keys and the VNC password&apos;s challenge cross the network readable</source>
        <translation>仅连接到提供 TLS (VeNCrypt) 的服务器：否则，画面、按键和 VNC 密码质询会以可读形式在网络上传输</translation>
    </message>
    <message>
        <source>Lossless (Tight, ZRLE)</source>
        <translation>无损（Tight、ZRLE）</translation>
    </message>
    <message>
        <source>JPEG where the server sees photos, quality {level} (least data)</source>
        <translation>服务器检测到照片时使用 JPEG，质量 {level}（数据量最少）</translation>
    </message>
    <message>
        <source>JPEG where the server sees photos, quality {level}</source>
        <translation>服务器检测到照片时使用 JPEG，质量 {level}</translation>
    </message>
    <message>
        <source>Tight&apos;s JPEG: fewer bytes for photo-like areas on slow links, at the cost of exactness (saved for every console)</source>
        <translation>Tight 的 JPEG：在慢速链路上为类似照片的区域减少字节数，但会牺牲精确度（对所有控制台保存）</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>服务器的默认值</translation>
    </message>
    <message>
        <source>Level {level} (fastest)</source>
        <translation>级别 {level}（最快）</translation>
    </message>
    <message>
        <source>Level {level} (smallest)</source>
        <translation>级别 {level}（最小）</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>级别 {level}</translation>
    </message>
</context>
<context>
    <name>ConsoleSecurity</name>
    <message>
        <source>insecure (no encryption)</source>
        <extracomment>The status line&apos;s words, translated where shown (context ``ConsoleSecurity``; English on the command line).</extracomment>
        <translation>不安全（未加密）</translation>
    </message>
    <message>
        <source>encrypted but not authenticated (anonymous TLS)</source>
        <translation>已加密但未验证（匿名 TLS）</translation>
    </message>
    <message>
        <source>encrypted (TLS)</source>
        <translation>已加密 (TLS)</translation>
    </message>
</context>
<context>
    <name>ConsoleTab</name>
    <message>
        <source>The selected object no longer exists.</source>
        <translation>所选对象已不存在。</translation>
    </message>
    <message>
        <source>Show window</source>
        <extracomment>Seconds a hidden tab keeps its session (switching tabs back and forth must not reconnect).</extracomment>
        <translation>显示窗口</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>停靠</translation>
    </message>
    <message>
        <source>The console of {name} is open in its own window.</source>
        <translation>{name} 的控制台已在单独的窗口中打开。</translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <source>Not connected</source>
        <extracomment>The session ended for good (``Status.error``: e.g. a CertificateUnknown the window can ask about).</extracomment>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Disconnected: {reason} — reconnecting in {seconds} s</source>
        <translation>已断开连接：{reason} — {seconds} 秒后重新连接</translation>
    </message>
    <message>
        <source>Disconnected: {reason}</source>
        <translation>已断开连接：{reason}</translation>
    </message>
    <message>
        <source>Connecting to {console}…</source>
        <translation>正在连接到 {console}…</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Connected to {console} — {encoding}, {width}×{height}</source>
        <translation>已连接到 {console} — {encoding}，{width}×{height}</translation>
    </message>
    <message>
        <source> — keyboard grabbed (Right Ctrl releases)</source>
        <translation> — 已捕获键盘（按右 Ctrl 释放）</translation>
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
        <translation>控制台</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Delete to the guest</source>
        <translation>向来宾发送 Ctrl+Alt+Delete</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Insert (for guests whose Ctrl+Alt+Delete the local system takes)</source>
        <translation>向来宾发送 Ctrl+Alt+Insert（适用于 Ctrl+Alt+Delete 被本地系统截获的情况）</translation>
    </message>
    <message>
        <source>Type clipboard</source>
        <translation>键入剪贴板</translation>
    </message>
    <message>
        <source>Type the text of the clipboard into the guest, key by key</source>
        <translation>将剪贴板中的文本逐键键入来宾</translation>
    </message>
    <message>
        <source>Send clipboard</source>
        <translation>发送剪贴板</translation>
    </message>
    <message>
        <source>Put the text of the clipboard on the guest&apos;s clipboard (copies made while the console has the focus are shared by themselves)</source>
        <translation>将剪贴板中的文本放到来宾的剪贴板上（控制台具有焦点时所做的复制会自动共享）</translation>
    </message>
    <message>
        <source>Scale to fit</source>
        <translation>缩放以适应</translation>
    </message>
    <message>
        <source>Scale the picture to the window; off: 1:1 with scroll bars</source>
        <translation>将画面缩放到窗口大小；关闭时：1:1 显示并带滚动条</translation>
    </message>
    <message>
        <source>Grab keyboard</source>
        <translation>捕获键盘</translation>
    </message>
    <message>
        <source>Send every key to the guest, system shortcuts too; {key} releases</source>
        <translation>将所有按键（包括系统快捷键）发送到来宾；按 {key} 释放</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Try to connect again now</source>
        <translation>立即重试连接</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>屏幕截图…</translation>
    </message>
    <message>
        <source>Save the console picture as PNG</source>
        <translation>将控制台画面另存为 PNG</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Full screen (Ctrl+Alt+Enter or F11)</source>
        <translation>全屏（Ctrl+Alt+Enter 或 F11）</translation>
    </message>
    <message>
        <source>Undock</source>
        <translation>取消停靠</translation>
    </message>
    <message>
        <source>Open the console in its own window</source>
        <translation>在单独的窗口中打开控制台</translation>
    </message>
    <message>
        <source>Full screen — Esc, F11, Ctrl+Alt+Enter or a tap on {key} leaves it</source>
        <translation>全屏 — 按 Esc、F11、Ctrl+Alt+Enter 或轻按 {key} 退出</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>停靠</translation>
    </message>
    <message>
        <source>Put the console back in its tab</source>
        <translation>将控制台放回其选项卡</translation>
    </message>
    <message>
        <source>Save console screenshot</source>
        <translation>保存控制台屏幕截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>屏幕截图</translation>
    </message>
    <message>
        <source>The screenshot could not be saved: {error}</source>
        <translation>无法保存屏幕截图：{error}</translation>
    </message>
    <message>
        <source>Keyboard grabbed ({key} releases)</source>
        <translation>已捕获键盘（按 {key} 释放）</translation>
    </message>
    <message>
        <source>{title} — Console</source>
        <translation>{title} — 控制台</translation>
    </message>
</context>
<context>
    <name>CrossPoolWizard</name>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Select the destination pool or standalone server</source>
        <translation>选择目标池或独立服务器</translation>
    </message>
    <message>
        <source>Select the pool or standalone server where you want to migrate the selected VM to, then the server in it that will run the VM.</source>
        <translation>选择要将所选虚拟机迁移到的池或独立服务器，然后选择其中将运行该虚拟机的服务器。</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Target server:</source>
        <translation>目标服务器：</translation>
    </message>
    <message>
        <source>Connect to the server you want to migrate the VM to first (File &gt; Add Server).</source>
        <translation>请先连接到要将虚拟机迁移到的服务器（文件 &gt; 添加服务器）。</translation>
    </message>
    <message>
        <source>Choose the server that will run the VM.</source>
        <translation>选择将运行该虚拟机的服务器。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot take the VM: {reason}</source>
        <translation>“{name}”无法接收该虚拟机：{reason}</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Configure storage</source>
        <translation>配置存储</translation>
    </message>
    <message>
        <source>Virtual disk</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Storage in the destination</source>
        <translation>目标中的存储</translation>
    </message>
    <message>
        <source>Select the storage repository in the destination for each virtual disk.</source>
        <translation>为每个虚拟磁盘选择目标中的存储库。</translation>
    </message>
    <message>
        <source>Choose storage for every disk.</source>
        <translation>请为每个磁盘选择存储。</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Configure networking</source>
        <translation>配置网络</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Network in the destination</source>
        <translation>目标中的网络</translation>
    </message>
    <message>
        <source>Map the virtual network interfaces in the selected VM to networks in the destination pool or standalone server.</source>
        <translation>将所选虚拟机中的虚拟网络接口映射到目标池或独立服务器中的网络。</translation>
    </message>
    <message>
        <source>Interface {device} ({network})</source>
        <translation>接口 {device}（{network}）</translation>
    </message>
    <message>
        <source>Migration Network</source>
        <translation>迁移网络</translation>
    </message>
    <message>
        <source>Configure storage migration settings</source>
        <translation>配置存储迁移设置</translation>
    </message>
    <message>
        <source>Select the network in the destination that the VM&apos;s disks and memory travel on. It needs an IP address on the target server.</source>
        <translation>选择目标中用于传输虚拟机磁盘和内存的网络。该网络在目标服务器上需要有 IP 地址。</translation>
    </message>
    <message>
        <source>The target server has no network with an IP address.</source>
        <translation>目标服务器上没有具有 IP 地址的网络。</translation>
    </message>
    <message>
        <source>Precheck</source>
        <translation>预检查</translation>
    </message>
    <message>
        <source>Checking that the VM can be migrated</source>
        <translation>正在检查虚拟机是否可以迁移</translation>
    </message>
    <message>
        <source>The servers are asked whether the VM can be migrated with these settings.</source>
        <translation>正在询问服务器是否可以使用这些设置迁移该虚拟机。</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>正在检查...</translation>
    </message>
    <message>
        <source>The VM can be migrated to the destination.</source>
        <translation>该虚拟机可以迁移到目标。</translation>
    </message>
    <message>
        <source>The VM cannot be migrated with these settings: go back and change them.</source>
        <translation>无法使用这些设置迁移该虚拟机：请返回并更改设置。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Review settings</source>
        <translation>检查设置</translation>
    </message>
    <message>
        <source>The wizard is ready to begin migrating the selected VM using the settings shown below. Click Previous to change them, otherwise click Finish to migrate the VM.</source>
        <translation>向导已准备好使用下面显示的设置开始迁移所选虚拟机。单击“上一步”可更改设置，否则单击“完成”迁移虚拟机。</translation>
    </message>
    <message>
        <source>Migration network</source>
        <translation>迁移网络</translation>
    </message>
    <message>
        <source>Migrate VM &apos;{name}&apos;</source>
        <translation>迁移虚拟机“{name}”</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is no longer on its server.</source>
        <translation>“{name}”已不在其服务器上。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>{app} server list (*.{extension});;All files (*)</source>
        <translation>{app} 服务器列表 (*.{extension});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Server List</source>
        <translation>导出服务器列表</translation>
    </message>
    <message>
        <source>Import Server List</source>
        <translation>导入服务器列表</translation>
    </message>
    <message>
        <source>This drive holds no disk.</source>
        <translation>此驱动器中没有磁盘。</translation>
    </message>
</context>
<context>
    <name>DiskDialogs</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <source>Add Virtual Disk</source>
        <translation>添加虚拟磁盘</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>The disk needs a name.</source>
        <translation>磁盘需要名称。</translation>
    </message>
    <message>
        <source>The disk cannot be smaller than {size}.</source>
        <translation>磁盘不能小于 {size}。</translation>
    </message>
    <message>
        <source>Choose where the disk goes.</source>
        <translation>请选择磁盘的位置。</translation>
    </message>
    <message>
        <source>Attach Disk to &apos;{name}&apos;</source>
        <translation>将磁盘连接到“{name}”</translation>
    </message>
    <message>
        <source>Virtual disk</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Unknown storage</source>
        <translation>未知存储</translation>
    </message>
    <message>
        <source>Attach as read-only</source>
        <translation>以只读方式连接</translation>
    </message>
    <message>
        <source>There is no disk that can be attached to this VM.</source>
        <translation>没有可以连接到此虚拟机的磁盘。</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Copy &apos;{name}&apos;</source>
        <translation>复制“{name}”</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos;</source>
        <translation>移动“{name}”</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>unknown storage</source>
        <translation>未知存储</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({size}) is on {where}. The new VM gets a fast clone there, or a full copy of the template&apos;s disks on other storage:</source>
        <translation>“{name}”（{size}）位于 {where}。新虚拟机会在该处获得快速克隆，或者在其他存储上获得模板磁盘的完整副本：</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ({size}) is on {where}. Move it to:</source>
        <translation>“{name}”（{size}）位于 {where}。将其移动到：</translation>
    </message>
    <message>
        <source>The disk is already there.</source>
        <translation>磁盘已在该位置。</translation>
    </message>
    <message>
        <source>Copy Template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>Copy VM</source>
        <translation>复制虚拟机</translation>
    </message>
    <message>
        <source>Fast clone: clone the existing template using a storage-level fast disk clone operation</source>
        <translation>快速克隆：使用存储级别的快速磁盘克隆操作克隆现有模板</translation>
    </message>
    <message>
        <source>Fast clone: clone the existing vm using a storage-level fast disk clone operation</source>
        <translation>快速克隆：使用存储级别的快速磁盘克隆操作克隆现有虚拟机</translation>
    </message>
    <message>
        <source>Full copy: create a full copy of the existing template on this storage repository:</source>
        <translation>完整复制：在此存储库上创建现有模板的完整副本：</translation>
    </message>
    <message>
        <source>Full copy: create a full copy of the existing vm on this storage repository:</source>
        <translation>完整复制：在此存储库上创建现有虚拟机的完整副本：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>副本需要名称。</translation>
    </message>
    <message>
        <source>Choose where the copy goes.</source>
        <translation>请选择副本的位置。</translation>
    </message>
    <message>
        <source>Add Virtual Interface</source>
        <translation>添加虚拟接口</translation>
    </message>
    <message>
        <source>Autogenerate a MAC address</source>
        <translation>自动生成 MAC 地址</translation>
    </message>
    <message>
        <source>Use this MAC address:</source>
        <translation>使用此 MAC 地址：</translation>
    </message>
    <message>
        <source>Enable QoS limit:</source>
        <translation>启用 QoS 限制：</translation>
    </message>
    <message>
        <source> kB/s</source>
        <translation> kB/秒</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC 地址：</translation>
    </message>
    <message>
        <source>QoS:</source>
        <translation>QoS：</translation>
    </message>
    <message>
        <source>There is no network to connect to.</source>
        <translation>没有可连接的网络。</translation>
    </message>
    <message>
        <source>Type the MAC address, or let one be generated.</source>
        <translation>请键入 MAC 地址，或让系统自动生成。</translation>
    </message>
    <message>
        <source>Another interface of this VM has the MAC address {mac}.</source>
        <translation>此虚拟机的另一个接口已使用 MAC 地址 {mac}。</translation>
    </message>
    <message>
        <source>Virtual Interface {device} Properties</source>
        <translation>虚拟接口 {device} 属性</translation>
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
        <translation>DVD 驱动器 1：</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>弹出</translation>
    </message>
    <message>
        <source>Create DVD Drive</source>
        <translation>创建 DVD 驱动器</translation>
    </message>
    <message>
        <source>This VM has no DVD drive.</source>
        <translation>此虚拟机没有 DVD 驱动器。</translation>
    </message>
    <message>
        <source>DVD Drive {number}:</source>
        <translation>DVD 驱动器 {number}：</translation>
    </message>
    <message>
        <source>Unknown disc</source>
        <translation>未知光盘</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>不可用。</translation>
    </message>
    <message>
        <source>Choose the disc to put in the drive</source>
        <translation>选择要放入驱动器的光盘</translation>
    </message>
    <message>
        <source>Empty the DVD drive</source>
        <translation>清空 DVD 驱动器</translation>
    </message>
    <message>
        <source>Give this VM a DVD drive</source>
        <translation>为此虚拟机添加 DVD 驱动器</translation>
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
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <source>Tasks of the pool and operations of this window, newest first</source>
        <translation>池的任务和此窗口的操作，最新的在前</translation>
    </message>
    <message>
        <source>Select an operation to see its result and details.</source>
        <translation>选择一个操作以查看其结果和详细信息。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成项</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>服务器：{server}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>错误：{error}</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>详细信息：{details}</translation>
    </message>
    <message>
        <source>Started: {started}, took {duration}</source>
        <translation>开始时间：{started}，耗时 {duration}</translation>
    </message>
    <message>
        <source>Started: {started}</source>
        <translation>开始时间：{started}</translation>
    </message>
    <message>
        <source>XenAPI calls (planned, not sent):</source>
        <translation>XenAPI 调用（已规划，未发送）：</translation>
    </message>
    <message>
        <source>XenAPI calls:</source>
        <translation>XenAPI 调用：</translation>
    </message>
    <message>
        <source>Created: {objects}</source>
        <translation>已创建：{objects}</translation>
    </message>
    <message>
        <source>Task: {task}</source>
        <translation>任务：{task}</translation>
    </message>
    <message>
        <source>Object: {objects}</source>
        <translation>对象：{objects}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>用户：{user}</translation>
    </message>
    <message>
        <source>Started: {started}, finished: {finished} ({duration})</source>
        <translation>开始时间：{started}，完成时间：{finished}（{duration}）</translation>
    </message>
    <message>
        <source>The server removed the task before this window saw how it ended.</source>
        <translation>在此窗口看到任务结束情况之前，服务器已删除该任务。</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>&apos;{name}&apos; is saved with its settings and the contents of its virtual disks: as XVA, the format of &apos;xe vm-export&apos;, or as an OVF appliance that other hypervisors can read too (OVA: all in one file).</source>
        <translation>将保存“{name}”及其设置和虚拟磁盘内容：可保存为 XVA（“xe vm-export”的格式），或保存为其他虚拟机管理程序也能读取的 OVF 设备（OVA：全部在一个文件中）。</translation>
    </message>
    <message>
        <source>XVA (a VM, as &apos;xe vm-export&apos; writes it)</source>
        <translation>XVA（虚拟机，与“xe vm-export”写出的格式相同）</translation>
    </message>
    <message>
        <source>OVA (an appliance in one file)</source>
        <translation>OVA（单个文件中的设备）</translation>
    </message>
    <message>
        <source>OVF (an appliance: an envelope, its manifest and VHD disks)</source>
        <translation>OVF（设备：信封文件、清单和 VHD 磁盘）</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter a name for the file.</source>
        <translation>请输入文件名。</translation>
    </message>
    <message>
        <source>The name cannot contain a folder: choose the folder under Location.</source>
        <translation>名称不能包含文件夹：请在“位置”中选择文件夹。</translation>
    </message>
    <message>
        <source>The folder &apos;{folder}&apos; does not exist.</source>
        <translation>文件夹“{folder}”不存在。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and its virtual disks ({size}, only the blocks in use are written) will be exported as an XVA file to {path}. The export shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>“{name}”及其虚拟磁盘（{size}，仅写入使用中的块）将作为 XVA 文件导出到 {path}。导出过程显示在“事件”选项卡中，可在其中取消；完成后文件才会出现。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and its virtual disks ({size}, only the blocks in use are written) will be exported as an OVA appliance to {path}. The export shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>“{name}”及其虚拟磁盘（{size}，仅写入使用中的块）将作为 OVA 设备导出到 {path}。导出过程显示在“事件”选项卡中，可在其中取消；完成后文件才会出现。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; and its virtual disks ({size}, only the blocks in use are written) will be exported as an OVF appliance (with its disks and manifest beside it) to {path}. The export shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>“{name}”及其虚拟磁盘（{size}，仅写入使用中的块）将作为 OVF 设备（磁盘和清单位于其旁边）导出到 {path}。导出过程显示在“事件”选项卡中，可在其中取消；完成后文件才会出现。</translation>
    </message>
    <message>
        <source>Export &apos;{name}&apos;</source>
        <translation>导出“{name}”</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Edit this VM&apos;s name, tags, CPUs, memory and boot order</source>
        <translation>编辑此虚拟机的名称、标记、CPU、内存和引导顺序</translation>
    </message>
</context>
<context>
    <name>GraphDialog</name>
    <message>
        <source>Edit Graph</source>
        <translation>编辑图表</translation>
    </message>
    <message>
        <source>New Graph</source>
        <translation>新建图表</translation>
    </message>
    <message>
        <source>Optional: the sources&apos; names when empty</source>
        <translation>可选：为空时使用数据源名称</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Choose at least one data source.</source>
        <translation>请至少选择一个数据源。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>HATab</name>
    <message>
        <source>Configure HA…</source>
        <translation>配置 HA…</translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation>禁用 HA</translation>
    </message>
    <message>
        <source>High Availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <source>HA is not currently configured on pool &apos;{pool}&apos;.</source>
        <translation>池“{pool}”当前未配置 HA。</translation>
    </message>
    <message>
        <source>HA is currently enabled for pool &apos;{pool}&apos;.</source>
        <translation>池“{pool}”当前已启用 HA。</translation>
    </message>
    <message>
        <source>Heartbeat SR: {srs}</source>
        <translation>检测信号存储库：{srs}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Server failure limit: {count}</source>
        <translation>服务器故障限制：{count}</translation>
    </message>
    <message>
        <source>Current failure capacity: {count}</source>
        <translation>当前故障容量：{count}</translation>
    </message>
    <message>
        <source>The pool is overcommitted: the VMs cannot all be restarted if that many servers fail.</source>
        <translation>池已过量使用：如果有这么多服务器发生故障，将无法重新启动所有虚拟机。</translation>
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
        <translation>此向导帮助您在资源池上配置 HA（高可用性）。

开始之前，请确保池中的所有服务器和虚拟机满足以下要求：

•    必须有可用的共享存储，包括至少一个 iSCSI、NFS 或光纤通道 LUN。此 LUN 将用于检测信号存储库。

•    要使用 HA 保护的所有虚拟机都必须是灵活的。

如果启用 HA，强烈建议池中的服务器使用绑定的管理接口，并为检测信号存储库使用多路径存储。

要继续，请单击“下一步”。</translation>
    </message>
    <message>
        <source>Calculating...</source>
        <translation>正在计算...</translation>
    </message>
    <message>
        <source>1 VM</source>
        <translation>1 个虚拟机</translation>
    </message>
    <message>
        <source>{count} VMs</source>
        <translation>{count} 个虚拟机</translation>
    </message>
    <message>
        <source>Select a heartbeat SR that will be used to monitor the availability and health of servers in the pool. Heartbeat SRs must use shared storage.</source>
        <translation>选择一个检测信号存储库，用于监视池中服务器的可用性和运行状况。检测信号存储库必须使用共享存储。</translation>
    </message>
    <message>
        <source>Storage repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>You have no shared SRs.</source>
        <translation>您没有共享存储库。</translation>
    </message>
    <message>
        <source>Select a heartbeat SR.</source>
        <translation>请选择检测信号存储库。</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Restart priority</source>
        <translation>重新启动优先级</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>启动顺序</translation>
    </message>
    <message>
        <source>Delay interval</source>
        <translation>延迟间隔</translation>
    </message>
    <message>
        <source>Agile</source>
        <translation>灵活</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Server failure limit</source>
        <translation>服务器故障限制</translation>
    </message>
    <message>
        <source>You can specify the number of server failures you need to be able to tolerate in the pool.</source>
        <translation>您可以指定池中需要能够容忍的服务器故障数。</translation>
    </message>
    <message>
        <source>&amp;Failures tolerated:</source>
        <translation>容许的故障数(&amp;F)：</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Unable to calculate maximum pool failure capacity. {problem}</source>
        <translation>无法计算池的最大故障容量。{problem}</translation>
    </message>
    <message>
        <source>(max = {count})</source>
        <translation>（最大 = {count}）</translation>
    </message>
    <message>
        <source>HA is guaranteed. The maximum number of server failures that HA can protect against is {count}.</source>
        <translation>HA 已得到保证。HA 最多可以防护 {count} 个服务器故障。</translation>
    </message>
    <message>
        <source>Unable to calculate maximum pool failure capacity.</source>
        <translation>无法计算池的最大故障容量。</translation>
    </message>
    <message>
        <source>1 VM protected</source>
        <translation>1 个虚拟机受保护</translation>
    </message>
    <message>
        <source>{count} VMs protected</source>
        <translation>{count} 个虚拟机受保护</translation>
    </message>
    <message>
        <source>Review the final HA configuration below. You can press Finish to enable HA with this configuration, or Previous to alter the configuration.</source>
        <translation>请检查下面的最终 HA 配置。您可以按“完成”以使用此配置启用 HA，或按“上一步”修改配置。</translation>
    </message>
    <message>
        <source>

No virtual machines are protected. This configuration will protect the pool coordinator, but none of your services.</source>
        <translation>

没有受保护的虚拟机。此配置将保护池协调器，但不会保护您的任何服务。</translation>
    </message>
    <message>
        <source>

Under this configuration, the failover tolerance of your pool would be 0 (zero) and it may not be possible to restart your virtual machines in the event of a server failure.</source>
        <translation>

在此配置下，池的故障转移容限为 0（零），发生服务器故障时可能无法重新启动虚拟机。</translation>
    </message>
    <message>
        <source>Heartbeat SR:</source>
        <translation>检测信号存储库：</translation>
    </message>
    <message>
        <source>Failure Tolerance:</source>
        <translation>故障容限：</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Configure HA - {pool}</source>
        <translation>配置 HA - {pool}</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <source>{app} — User Guide</source>
        <translation>{app} — 用户指南</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Application Log</source>
        <translation>应用程序日志</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>{path} (nothing logged yet)</source>
        <translation>{path}（尚无日志）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>An XVA file (as &apos;xe vm-export&apos; or the Export wizard writes it), an OVA, or an OVF envelope with its VHD, VMDK or raw disks beside it.</source>
        <translation>XVA 文件（由“xe vm-export”或导出向导写出）、OVA，或旁边带有 VHD、VMDK 或原始磁盘的 OVF 信封文件。</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>VM:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Virtual disks:</source>
        <translation>虚拟磁盘：</translation>
    </message>
    <message>
        <source>To upload:</source>
        <translation>要上传：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>VMs and appliances (*.xva *.ova *.ovf);;All files (*)</source>
        <translation>虚拟机和设备 (*.xva *.ova *.ovf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} (a template)</source>
        <translation>{name}（模板）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <source>&amp;No home server: the VM starts on any server that can run it</source>
        <translation>无主服务器(&amp;N)：虚拟机在任何可以运行它的服务器上启动</translation>
    </message>
    <message>
        <source>&amp;Place the VM on this server:</source>
        <translation>将虚拟机放在此服务器上(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose the home server.</source>
        <translation>请选择主服务器。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The disks keep their sizes; on thin provisioned storage only what they use counts.</source>
        <translation>磁盘保持其大小；在精简置备的存储上只计算实际使用的部分。</translation>
    </message>
    <message>
        <source>Choose the storage for the virtual disks.</source>
        <translation>请为虚拟磁盘选择存储。</translation>
    </message>
    <message>
        <source>Each interface goes to the network of the same name in this pool (one is made when there is none), or all of them to the network chosen here.</source>
        <translation>每个接口连接到此池中同名的网络（如果没有则创建一个），或者全部连接到此处选择的网络。</translation>
    </message>
    <message>
        <source>The networks named in the file</source>
        <translation>文件中指定的网络</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>与文件中相同</translation>
    </message>
    <message>
        <source>&amp;Start the VM after import</source>
        <translation>导入后启动虚拟机(&amp;S)</translation>
    </message>
    <message>
        <source>The VM will be uploaded to the pool and made there. The import shows in the Events tab, where it can be cancelled; a cancelled or failed import leaves nothing behind.</source>
        <translation>虚拟机将上传到池并在池中创建。导入过程显示在“事件”选项卡中，可在其中取消；取消或失败的导入不会留下任何内容。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will be uploaded to the pool and made there. The import shows in the Events tab, where it can be cancelled; a cancelled or failed import leaves nothing behind.</source>
        <translation>“{name}”将上传到池并在池中创建。导入过程显示在“事件”选项卡中，可在其中取消；取消或失败的导入不会留下任何内容。</translation>
    </message>
    <message>
        <source>Start it</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Leave it shut down</source>
        <translation>保持关闭</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>请先连接到服务器。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Logged in as: {user}</source>
        <translation>登录身份：{user}</translation>
    </message>
    <message>
        <source>{operation}… (+{count} more)</source>
        <translation>{operation}…（另外 {count} 个）</translation>
    </message>
    <message>
        <source>{operation} failed: {error}</source>
        <translation>{operation}失败：{error}</translation>
    </message>
    <message>
        <source>{operation}: {status}</source>
        <translation>{operation}：{status}</translation>
    </message>
    <message>
        <source>{app} — Demo (simulated pool)</source>
        <translation>{app} — 演示（模拟池）</translation>
    </message>
    <message>
        <source>{command} failed</source>
        <translation>{command}失败</translation>
    </message>
    <message>
        <source>{count} items selected</source>
        <translation>已选择 {count} 项</translation>
    </message>
    <message>
        <source>Select a pool, server, VM or storage repository in the tree on the left to see its properties here. Right-click it for what you can do with it.</source>
        <translation>在左侧的树中选择池、服务器、虚拟机或存储库，即可在此处查看其属性。右键单击它可查看可以执行的操作。</translation>
    </message>
    <message>
        <source>Add a XenServer or XCP-ng server to manage its pool, servers, VMs and storage.</source>
        <translation>添加 XenServer 或 XCP-ng 服务器以管理其池、服务器、虚拟机和存储。</translation>
    </message>
    <message>
        <source>Welcome to {app}</source>
        <translation>欢迎使用 {app}</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Not connected: {reason}</source>
        <translation>未连接：{reason}</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;A cross-platform console for XenServer and XCP-ng pools.&lt;br&gt;GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;适用于 XenServer 和 XCP-ng 池的跨平台控制台。&lt;br&gt;GPL-3.0-or-later。</translation>
    </message>
    <message>
        <source>{objects} selected</source>
        <translation>已选择 {objects}</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Enter Maintenance Mode - {server}</source>
        <translation>进入维护模式 - {server}</translation>
    </message>
    <message>
        <source>This operation will migrate all VMs running on this server and transition it into maintenance mode. If a VM cannot be migrated you need to suspend it or shut it down.</source>
        <translation>此操作将迁移此服务器上运行的所有虚拟机，并使服务器进入维护模式。如果某个虚拟机无法迁移，则需要将其挂起或关闭。</translation>
    </message>
    <message>
        <source>VMs running on this server:</source>
        <translation>此服务器上运行的虚拟机：</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This server is the pool coordinator. Entering maintenance mode will nominate a new coordinator for the pool. {app} will temporarily lose its connection to the pool.</source>
        <translation>此服务器是池协调器。进入维护模式将为池指定新的协调器。{app} 将暂时失去与池的连接。</translation>
    </message>
    <message>
        <source>&amp;New coordinator:</source>
        <translation>新协调器(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Enter Maintenance Mode</source>
        <translation>进入维护模式(&amp;E)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Scanning VMs...</source>
        <translation>正在扫描虚拟机...</translation>
    </message>
    <message>
        <source>{reason}
Double-click (or Enter): {solution}.</source>
        <translation>{reason}
双击（或按 Enter）：{solution}。</translation>
    </message>
    <message>
        <source>Suspend or shut down the VMs that cannot be migrated, then check again.</source>
        <translation>请挂起或关闭无法迁移的虚拟机，然后重新检查。</translation>
    </message>
    <message>
        <source>There is no other server that can become the pool coordinator.</source>
        <translation>没有其他可以成为池协调器的服务器。</translation>
    </message>
</context>
<context>
    <name>ManagementDialog</name>
    <message>
        <source>Configure IP Addresses - {server}</source>
        <translation>配置 IP 地址 - {server}</translation>
    </message>
    <message>
        <source>Management Interfaces</source>
        <translation>管理接口</translation>
    </message>
    <message>
        <source>Configure IP address settings for server management traffic (the management interface) on &apos;{server}&apos; here. You can also assign IP addresses for dedicated storage or other types of network traffic (secondary interfaces).</source>
        <translation>在此处为“{server}”上的服务器管理流量（管理接口）配置 IP 地址设置。您还可以为专用存储或其他类型的网络流量（辅助接口）分配 IP 地址。</translation>
    </message>
    <message>
        <source>Primary management interface</source>
        <translation>主管理接口</translation>
    </message>
    <message>
        <source>&amp;DHCP</source>
        <translation>DHCP(&amp;D)</translation>
    </message>
    <message>
        <source>Use these &amp;network settings:</source>
        <translation>使用以下网络设置(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;IC:</source>
        <translation>NIC(&amp;I)：</translation>
    </message>
    <message>
        <source>IP address settings:</source>
        <translation>IP 地址设置：</translation>
    </message>
    <message>
        <source>I&amp;P address:</source>
        <translation>IP 地址(&amp;P)：</translation>
    </message>
    <message>
        <source>Subnet &amp;mask:</source>
        <translation>子网掩码(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>DNS &amp;servers:</source>
        <translation>DNS 服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Secondary (storage) interfaces</source>
        <translation>辅助（存储）接口</translation>
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
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>10.0.0.5/24, or dhcp</source>
        <translation>10.0.0.5/24，或 dhcp</translation>
    </message>
    <message>
        <source>&amp;Add IP address</source>
        <translation>添加 IP 地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Storage {number}</source>
        <translation>存储 {number}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an address and prefix (10.0.0.5/24) or &apos;dhcp&apos;.</source>
        <translation>“{text}”不是地址和前缀（10.0.0.5/24），也不是“dhcp”。</translation>
    </message>
    <message>
        <source>Enter a valid IP address.</source>
        <translation>请输入有效的 IP 地址。</translation>
    </message>
    <message>
        <source>Enter a valid subnet mask.</source>
        <translation>请输入有效的子网掩码。</translation>
    </message>
    <message>
        <source>Enter a valid gateway.</source>
        <translation>请输入有效的网关。</translation>
    </message>
</context>
<context>
    <name>MemoryTab</name>
    <message>
        <source>{size} in use</source>
        <translation>已使用 {size}</translation>
    </message>
    <message>
        <source>VMs {size}</source>
        <translation>虚拟机 {size}</translation>
    </message>
    <message>
        <source>Free {size}</source>
        <translation>可用 {size}</translation>
    </message>
    <message>
        <source>Change the VM&apos;s memory</source>
        <translation>更改虚拟机的内存</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Current usage</source>
        <translation>当前使用量</translation>
    </message>
    <message>
        <source>Dynamic range</source>
        <translation>动态范围</translation>
    </message>
    <message>
        <source>Up to static maximum</source>
        <translation>最多到静态最大值</translation>
    </message>
    <message>
        <source>The VM is not running</source>
        <translation>虚拟机未运行</translation>
    </message>
    <message>
        <source>Current memory usage</source>
        <translation>当前内存使用量</translation>
    </message>
    <message>
        <source>Dynamic Memory Control</source>
        <translation>动态内存控制</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Dynamic minimum</source>
        <translation>动态最小值</translation>
    </message>
    <message>
        <source>Dynamic maximum</source>
        <translation>动态最大值</translation>
    </message>
    <message>
        <source>Static minimum</source>
        <translation>静态最小值</translation>
    </message>
    <message>
        <source>Static maximum</source>
        <translation>静态最大值</translation>
    </message>
    <message>
        <source>Virtual machines ({count})</source>
        <translation>虚拟机（{count}）</translation>
    </message>
    <message>
        <source>Resident VMs</source>
        <translation>驻留的虚拟机</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} / {total}</translation>
    </message>
    <message>
        <source>Unknown: the server does not report its memory</source>
        <translation>未知：服务器未报告其内存</translation>
    </message>
    <message>
        <source>Total memory</source>
        <translation>总内存</translation>
    </message>
    <message>
        <source>Currently used</source>
        <translation>当前已使用</translation>
    </message>
    <message>
        <source>Available memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>Total max memory</source>
        <translation>最大内存总量</translation>
    </message>
    <message>
        <source>{size} ({percent}% of total memory)</source>
        <translation>{size}（占总内存的 {percent}%）</translation>
    </message>
    <message>
        <source>Control domain memory</source>
        <translation>控制域内存</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menu bar&apos;s menus in XenCenter&apos;s order, with their accelerators; a menu no command is in is left out. The titles are translated where the menus are made (context ``Menus``).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pool</source>
        <translation>池(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>V&amp;M</source>
        <translation>虚拟机(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>存储(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Command &amp;Palette...</source>
        <translation>命令面板(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Saved &amp;Searches</source>
        <translation>保存的搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Desktop Notifications</source>
        <translation>桌面通知(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MigrateDialogs</name>
    <message>
        <source>Move the storage of &apos;{name}&apos;</source>
        <translation>移动“{name}”的存储</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Move these disks of &apos;{name}&apos; while it runs:</source>
        <translation>在“{name}”运行时移动其以下磁盘：</translation>
    </message>
    <message>
        <source>Move these disks of &apos;{name}&apos;:</source>
        <translation>移动“{name}”的以下磁盘：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Choose at least one disk.</source>
        <translation>请至少选择一个磁盘。</translation>
    </message>
    <message>
        <source>Choose where the disks go.</source>
        <translation>请选择磁盘的位置。</translation>
    </message>
    <message>
        <source>The disks are already there.</source>
        <translation>磁盘已在该位置。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Infrastructure</source>
        <translation>基础结构</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>保存的搜索</translation>
    </message>
    <message>
        <source>Notifications</source>
        <extracomment>The button that swaps the tree for the Notifications list (Alerts, Events), as XenCenter&apos;s does.</extracomment>
        <translation>通知</translation>
    </message>
    <message>
        <source>Default Templates</source>
        <extracomment>View options: TreeOptions field, menu label.</extracomment>
        <translation>默认模板</translation>
    </message>
    <message>
        <source>Custom Templates</source>
        <translation>自定义模板</translation>
    </message>
    <message>
        <source>Local Storage</source>
        <translation>本地存储</translation>
    </message>
    <message>
        <source>Hidden Objects</source>
        <translation>隐藏的对象</translation>
    </message>
    <message>
        <source>Search: name, UUID, IP address, tag</source>
        <extracomment>Expand everything the filter finds unless that is more rows than this. New servers open this deep (pool -&gt; hosts -&gt; their VMs). The rows a newly added server opens (its pool, hosts, and the groups of the other views). the View &gt; Show options changed: {field: on} (the window remembers them)</extracomment>
        <translation>搜索：名称、UUID、IP 地址、标记</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>视图选项</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>没有保存的搜索</translation>
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
        <translation>全双工</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>半双工</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{speed} Mbit/s</source>
        <translation>{speed} Mbit/秒</translation>
    </message>
    <message>
        <source>Virtual Network Interfaces</source>
        <translation>虚拟网络接口</translation>
    </message>
    <message>
        <source>This VM has no virtual network interfaces.</source>
        <translation>此虚拟机没有虚拟网络接口。</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>No networks.</source>
        <translation>没有网络。</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Physical Network Interfaces</source>
        <translation>物理网络接口</translation>
    </message>
    <message>
        <source>This server has no physical network interfaces.</source>
        <translation>此服务器没有物理网络接口。</translation>
    </message>
</context>
<context>
    <name>NewNetworkWizard</name>
    <message>
        <source>Allowed MTU value: {value}</source>
        <translation>允许的 MTU 值：{value}</translation>
    </message>
    <message>
        <source>Allowed MTU range: {lowest} to {highest}</source>
        <translation>允许的 MTU 范围：{lowest} 到 {highest}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation>请输入网络名称。</translation>
    </message>
    <message>
        <source>&amp;NIC:</source>
        <translation>NIC(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;VLAN:</source>
        <translation>VLAN(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;MTU:</source>
        <translation>MTU(&amp;M)：</translation>
    </message>
    <message>
        <source>A&amp;utomatically add this network to new virtual machines</source>
        <translation>自动将此网络添加到新虚拟机(&amp;U)</translation>
    </message>
    <message>
        <source>Select the NIC and VLAN this network passes traffic over.</source>
        <translation>选择此网络传输流量所经过的 NIC 和 VLAN。</translation>
    </message>
    <message>
        <source>The network does not leave each server: VMs on the same server can use it to talk to each other.</source>
        <translation>此网络不会离开各个服务器：同一服务器上的虚拟机可以使用它相互通信。</translation>
    </message>
    <message>
        <source>VLAN 0 will receive all traffic not on any other VLAN</source>
        <translation>VLAN 0 将接收不属于任何其他 VLAN 的所有流量</translation>
    </message>
    <message>
        <source>This server has no NIC for a new network.</source>
        <translation>此服务器没有可用于新网络的 NIC。</translation>
    </message>
    <message>
        <source>{nic}, VLAN {vlan}</source>
        <translation>{nic}，VLAN {vlan}</translation>
    </message>
    <message>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Link Status</source>
        <translation>链接状态</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>双工</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>PCI Bus Path</source>
        <translation>PCI 总线路径</translation>
    </message>
    <message>
        <source>Bond mode</source>
        <translation>绑定模式</translation>
    </message>
    <message>
        <source>&amp;Active-active</source>
        <translation>主动-主动(&amp;A)</translation>
    </message>
    <message>
        <source>Active-pa&amp;ssive</source>
        <translation>主动-被动(&amp;S)</translation>
    </message>
    <message>
        <source>LA&amp;CP with load balancing based on IP and port of source and destination</source>
        <translation>基于源和目标 IP 及端口进行负载平衡的 LACP(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;LACP with load balancing based on source MAC address</source>
        <translation>基于源 MAC 地址进行负载平衡的 LACP(&amp;L)</translation>
    </message>
    <message>
        <source>The network &apos;{name}&apos; will be made with VLAN {vlan} on {nics} of every server of the pool.</source>
        <translation>将在池中每台服务器的 {nics} 上创建使用 VLAN {vlan} 的网络“{name}”。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; will bond {nics} on every server of the pool.</source>
        <translation>“{name}”将在池中每台服务器上绑定 {nics}。</translation>
    </message>
    <message>
        <source>The private network &apos;{name}&apos; will be made: it does not leave each server.</source>
        <translation>将创建专用网络“{name}”：它不会离开各个服务器。</translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>新建网络</translation>
    </message>
</context>
<context>
    <name>NewPoolDialog</name>
    <message>
        <source>Create New Pool</source>
        <translation>创建新池</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;oordinator:</source>
        <translation>协调器(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Create Pool</source>
        <translation>创建池(&amp;C)</translation>
    </message>
    <message>
        <source>To create your pool provide a name and select which servers you would like to be added to the pool.</source>
        <translation>要创建池，请提供名称并选择要添加到池中的服务器。</translation>
    </message>
    <message>
        <source>&amp;Additional members:</source>
        <translation>其他成员(&amp;A)：</translation>
    </message>
    <message>
        <source>Pool name cannot be empty</source>
        <translation>池名称不能为空</translation>
    </message>
    <message>
        <source>There is no eligible coordinator</source>
        <translation>没有符合条件的协调器</translation>
    </message>
</context>
<context>
    <name>NewSRWizard</name>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>NFS &amp;version:</source>
        <translation>NFS 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Target host:</source>
        <translation>目标主机(&amp;T)：</translation>
    </message>
    <message>
        <source>Target &amp;IQN:</source>
        <translation>目标 IQN(&amp;I)：</translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation>CHAP 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>CHAP &amp;secret:</source>
        <translation>CHAP 密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>LUN&apos;s &amp;SCSI id:</source>
        <translation>LUN 的 SCSI ID(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Share (//server/share):</source>
        <translation>共享(&amp;S) (//server/share)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Device (/dev/sdb):</source>
        <translation>设备(&amp;D) (/dev/sdb)：</translation>
    </message>
    <message>
        <source>NFS servers are a common form of shared filesystem infrastructure: the disks are VHD files there, thin provisioned, shared by every server of the pool.</source>
        <extracomment>What each kind is, under the Type page&apos;s list (XenCenter&apos;s words, shortened).</extracomment>
        <translation>NFS 服务器是一种常见的共享文件系统基础结构：磁盘以 VHD 文件形式存放在其中，精简置备，由池中的每台服务器共享。</translation>
    </message>
    <message>
        <source>Shared Logical Volume Manager (LVM) support is available using either iSCSI or Fibre Channel access to a shared LUN.</source>
        <translation>可通过 iSCSI 或光纤通道访问共享 LUN 来使用共享逻辑卷管理器 (LVM)。</translation>
    </message>
    <message>
        <source>Hardware HBAs (Fibre Channel, FCoE, SAS) give every server of the pool access to shared LUNs.</source>
        <translation>硬件 HBA（光纤通道、FCoE、SAS）使池中的每台服务器都能访问共享 LUN。</translation>
    </message>
    <message>
        <source>SMB servers are a common form of Windows shared filesystem infrastructure.</source>
        <translation>SMB 服务器是一种常见的 Windows 共享文件系统基础结构。</translation>
    </message>
    <message>
        <source>A disk of one server, made into a local LVM volume group (its contents are erased).</source>
        <translation>将一台服务器的磁盘创建为本地 LVM 卷组（其内容将被清除）。</translation>
    </message>
    <message>
        <source>A disk of one server, made into a local EXT filesystem holding VHD files (its contents are erased).</source>
        <translation>将一台服务器的磁盘创建为存放 VHD 文件的本地 EXT 文件系统（其内容将被清除）。</translation>
    </message>
    <message>
        <source>An NFS export holding ISO images, which VMs can use as CDs.</source>
        <translation>存放 ISO 映像的 NFS 导出，虚拟机可将其用作 CD。</translation>
    </message>
    <message>
        <source>A Windows (SMB/CIFS) share holding ISO images, which VMs can use as CDs.</source>
        <translation>存放 ISO 映像的 Windows (SMB/CIFS) 共享，虚拟机可将其用作 CD。</translation>
    </message>
    <message>
        <source>Virtual disk storage holds VMs&apos; disks; an ISO library holds CD images.</source>
        <translation>虚拟磁盘存储存放虚拟机的磁盘；ISO 库存放 CD 映像。</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>探测(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>服务器(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;LUN:</source>
        <translation>LUN(&amp;L)：</translation>
    </message>
    <message>
        <source>Probe lists what is there.</source>
        <translation>探测会列出其中的内容。</translation>
    </message>
    <message>
        <source>Probing...</source>
        <translation>正在探测...</translation>
    </message>
    <message>
        <source>The probe failed: {problem}</source>
        <translation>探测失败：{problem}</translation>
    </message>
    <message>
        <source>Found {count}: pick one.</source>
        <translation>找到 {count} 个：请选择一个。</translation>
    </message>
    <message>
        <source>Nothing was found there: a new SR will be made.</source>
        <translation>未找到任何内容：将创建新的存储库。</translation>
    </message>
    <message>
        <source>Create a new SR</source>
        <translation>创建新的存储库</translation>
    </message>
    <message>
        <source>Fill in {field}.</source>
        <translation>请填写“{field}”。</translation>
    </message>
    <message>
        <source>Fill in every field: {problem}.</source>
        <translation>请填写所有字段：{problem}。</translation>
    </message>
    <message>
        <source>Make it the pool&apos;s &amp;default SR</source>
        <translation>设为池的默认存储库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>{kind} storage</source>
        <translation>{kind} 存储</translation>
    </message>
    <message>
        <source>Enter a name for the SR.</source>
        <translation>请输入存储库名称。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be reattached and connected on every server of the pool. It shows in the Events tab meanwhile.</source>
        <translation>{kind} 存储库“{name}”将重新连接，并在池中的每台服务器上连接。在此期间，它显示在“事件”选项卡中。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be made and connected on every server of the pool. It shows in the Events tab meanwhile.</source>
        <translation>将创建 {kind} 存储库“{name}”，并在池中的每台服务器上连接。在此期间，它显示在“事件”选项卡中。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be reattached and connected on &apos;{server}&apos;. It shows in the Events tab meanwhile.</source>
        <translation>{kind} 存储库“{name}”将重新连接，并在“{server}”上连接。在此期间，它显示在“事件”选项卡中。</translation>
    </message>
    <message>
        <source>The {kind} SR &apos;{name}&apos; will be made and connected on &apos;{server}&apos;. It shows in the Events tab meanwhile.</source>
        <translation>将创建 {kind} 存储库“{name}”，并在“{server}”上连接。在此期间，它显示在“事件”选项卡中。</translation>
    </message>
    <message>
        <source>Reattach &apos;{name}&apos;</source>
        <translation>重新连接“{name}”</translation>
    </message>
    <message>
        <source>New Storage Repository</source>
        <translation>新建存储库</translation>
    </message>
</context>
<context>
    <name>NewVMWizard</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Select a VM template</source>
        <translation>选择虚拟机模板</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>搜索模板</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Select a template.</source>
        <translation>请选择模板。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name the new virtual machine</source>
        <translation>为新虚拟机命名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>A name that helps you find the VM among the others; it need not be unique.</source>
        <translation>一个便于您在其他虚拟机中找到该虚拟机的名称；不必唯一。</translation>
    </message>
    <message>
        <source>The new VM needs a name.</source>
        <translation>新虚拟机需要名称。</translation>
    </message>
    <message>
        <source>Installation Media</source>
        <translation>安装介质</translation>
    </message>
    <message>
        <source>Locate the operating system installation media</source>
        <translation>找到操作系统安装介质</translation>
    </message>
    <message>
        <source>Boot mode:</source>
        <translation>引导模式：</translation>
    </message>
    <message>
        <source>Boot parameters:</source>
        <translation>引导参数：</translation>
    </message>
    <message>
        <source>Choose a disc</source>
        <translation>选择光盘</translation>
    </message>
    <message>
        <source>Empty DVD drive</source>
        <translation>空 DVD 驱动器</translation>
    </message>
    <message>
        <source>Network install</source>
        <translation>网络安装</translation>
    </message>
    <message>
        <source>Boot from network</source>
        <translation>从网络引导</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Configure networking on the new VM</source>
        <translation>配置新虚拟机的网络</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The template&apos;s default networks are listed: change them here or later on the VM&apos;s Networking tab.</source>
        <translation>此处列出了模板的默认网络：可以在此处更改，也可以稍后在虚拟机的“网络”选项卡中更改。</translation>
    </message>
    <message>
        <source>&lt;autogenerated MAC&gt;</source>
        <translation>&lt;自动生成的 MAC&gt;</translation>
    </message>
    <message>
        <source>{rate} kB/s</source>
        <translation>{rate} kB/秒</translation>
    </message>
    <message>
        <source>A VM made from this template can have at most {count} interfaces here.</source>
        <translation>从此模板创建的虚拟机在此处最多可以有 {count} 个接口。</translation>
    </message>
    <message>
        <source>Virtual Interface Properties</source>
        <translation>虚拟接口属性</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>1 interface</source>
        <translation>1 个接口</translation>
    </message>
    <message>
        <source>{count} interfaces</source>
        <translation>{count} 个接口</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Ready to create the new virtual machine</source>
        <translation>已准备好创建新虚拟机</translation>
    </message>
    <message>
        <source>All the information needed to create the VM has been gathered. Review it, then click Create Now.</source>
        <translation>已收集创建虚拟机所需的全部信息。请检查后单击“立即创建”。</translation>
    </message>
    <message>
        <source>Start the new VM automatically</source>
        <translation>自动启动新虚拟机</translation>
    </message>
    <message>
        <source>The same from the command line:</source>
        <translation>对应的命令行：</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Start it</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Leave it shut down</source>
        <translation>保持关闭</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>Select a home server</source>
        <translation>选择主服务器</translation>
    </message>
    <message>
        <source>Don&apos;t assign this VM a home server. The VM will be started on any server with the necessary resources.</source>
        <translation>不为此虚拟机指定主服务器。虚拟机将在任何具有所需资源的服务器上启动。</translation>
    </message>
    <message>
        <source>Place the VM on this server:</source>
        <translation>将虚拟机放在此服务器上：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>A VM prefers its home server: it starts there when it can. A VM whose storage is local to one server must live on that server.</source>
        <translation>虚拟机优先使用其主服务器：只要可能就在该服务器上启动。存储位于某台服务器本地的虚拟机必须位于该服务器上。</translation>
    </message>
    <message>
        <source>Choose the home server.</source>
        <translation>请选择主服务器。</translation>
    </message>
    <message>
        <source>1 socket with 1 core per socket</source>
        <translation>1 个插槽，每个插槽 1 个内核</translation>
    </message>
    <message>
        <source>1 socket with {cores} cores per socket</source>
        <translation>1 个插槽，每个插槽 {cores} 个内核</translation>
    </message>
    <message>
        <source>{sockets} sockets with 1 core per socket</source>
        <translation>{sockets} 个插槽，每个插槽 1 个内核</translation>
    </message>
    <message>
        <source>{sockets} sockets with {cores} cores per socket</source>
        <translation>{sockets} 个插槽，每个插槽 {cores} 个内核</translation>
    </message>
    <message>
        <source>CPU &amp; Memory</source>
        <translation>CPU 和内存</translation>
    </message>
    <message>
        <source>Allocate processor and memory resources</source>
        <translation>分配处理器和内存资源</translation>
    </message>
    <message>
        <source>Let the server adjust the memory between:</source>
        <translation>允许服务器在以下范围内调整内存：</translation>
    </message>
    <message>
        <source>Maximum number of vCPUs:</source>
        <translation>最大 vCPU 数：</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>拓扑：</translation>
    </message>
    <message>
        <source>Initial number of vCPUs:</source>
        <translation>初始 vCPU 数：</translation>
    </message>
    <message>
        <source>Memory (static maximum):</source>
        <translation>内存（静态最大值）：</translation>
    </message>
    <message>
        <source>Dynamic minimum:</source>
        <translation>动态最小值：</translation>
    </message>
    <message>
        <source>Dynamic maximum:</source>
        <translation>动态最大值：</translation>
    </message>
    <message>
        <source>This template allows up to {count} vCPUs and {memory} of memory, and needs at least {minimum}.</source>
        <translation>此模板最多允许 {count} 个 vCPU 和 {memory} 内存，至少需要 {minimum}。</translation>
    </message>
    <message>
        <source>1 vCPU, {memory}</source>
        <translation>1 个 vCPU，{memory}</translation>
    </message>
    <message>
        <source>{count} vCPUs, {memory}</source>
        <translation>{count} 个 vCPU，{memory}</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Configure storage for the new VM</source>
        <translation>配置新虚拟机的存储</translation>
    </message>
    <message>
        <source>Place the virtual disks of the new VM on these storage repositories:</source>
        <translation>将新虚拟机的虚拟磁盘放在以下存储库上：</translation>
    </message>
    <message>
        <source>Create a diskless VM that boots from the network</source>
        <translation>创建从网络引导的无盘虚拟机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>No suitable storage</source>
        <translation>没有合适的存储</translation>
    </message>
    <message>
        <source>No storage can hold this disk.</source>
        <translation>没有存储可以容纳此磁盘。</translation>
    </message>
    <message>
        <source>copied in full with the template</source>
        <translation>随模板完整复制</translation>
    </message>
    <message>
        <source>cloned with the template</source>
        <translation>随模板克隆</translation>
    </message>
    <message>
        <source>Add Virtual Disk</source>
        <translation>添加虚拟磁盘</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit Disk</source>
        <translation>编辑磁盘</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>无磁盘</translation>
    </message>
    <message>
        <source>1 disk, {size}</source>
        <translation>1 个磁盘，{size}</translation>
    </message>
    <message>
        <source>{count} disks, {size}</source>
        <translation>{count} 个磁盘，{size}</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>请先连接到服务器。</translation>
    </message>
    <message>
        <source>This pool has no template to make a VM from.</source>
        <translation>此池中没有可用于创建虚拟机的模板。</translation>
    </message>
    <message>
        <source>New VM</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Create Now</source>
        <translation>立即创建</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Show the alerts</source>
        <translation>显示警报</translation>
    </message>
    <message>
        <source>Alerts ({count})</source>
        <translation>警报（{count}）</translation>
    </message>
    <message>
        <source>1 alert</source>
        <translation>1 个警报</translation>
    </message>
    <message>
        <source>{count} alerts</source>
        <translation>{count} 个警报</translation>
    </message>
    <message>
        <source>{count} new alerts</source>
        <translation>{count} 个新警报</translation>
    </message>
    <message>
        <source>XenCenter alerts</source>
        <translation>XenCenter 警报</translation>
    </message>
</context>
<context>
    <name>ObjectGroups</name>
    <message>
        <source>Pools</source>
        <extracomment>For the Objects view&apos;s &quot;&lt;brand&gt; Templates&quot; group; &quot;&quot; takes the first connected pool&apos;s (model.brand). The Saved Searches view&apos;s open search (its UUID): the one whose results the view shows. While the cache shows the last known inventory from disk: when it was saved (epoch seconds). The Infrastructure subtree saved with that inventory and the options it was built with, shown while its records are still being read (``model.inventory``: the tree comes first). cache -&gt; (source key, options) -&gt; (cache generation, subtree): the last Infrastructure subtree built. The Objects view&apos;s groups, in XenCenter&apos;s order (its ``ObjectTypes`` enum), with its labels (Messages.resx).</extracomment>
        <translation>池</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Disconnected servers</source>
        <translation>已断开连接的服务器</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Custom Templates</source>
        <translation>自定义模板</translation>
    </message>
    <message>
        <source>{brand} Templates</source>
        <translation>{brand} 模板</translation>
    </message>
    <message>
        <source>Remote Storage Repositories</source>
        <translation>远程存储库</translation>
    </message>
    <message>
        <source>Local Storage Repositories</source>
        <translation>本地存储库</translation>
    </message>
    <message>
        <source>Virtual Disks</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>vApps</source>
        <translation>vApp</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>跟随桌面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Show in the tree</source>
        <translation>在树中显示</translation>
    </message>
    <message>
        <source>Consoles of VMs and VNC servers</source>
        <translation>虚拟机和 VNC 服务器的控制台</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>画面：</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>压缩：</translation>
    </message>
    <message>
        <source>Show new &amp;Critical and Major alerts as desktop notifications</source>
        <translation>将新的严重和主要警报显示为桌面通知(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forget All Passwords...</source>
        <translation>忘记所有密码(&amp;F)...</translation>
    </message>
    <message>
        <source>Server certificates are always checked: a new one is shown for you to trust, a changed one is refused with both fingerprints.</source>
        <translation>始终检查服务器证书：新证书会显示出来供您决定是否信任，已更改的证书会被拒绝并显示两个指纹。</translation>
    </message>
    <message>
        <source>&amp;Export Server List...</source>
        <translation>导出服务器列表(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import Server List...</source>
        <translation>导入服务器列表(&amp;I)...</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
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
        <translation>连接</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Save and Restore</source>
        <translation>保存和还原</translation>
    </message>
    <message>
        <source>The saved servers&apos; addresses and names, in XenCenter&apos;s format (no users, no passwords):</source>
        <translation>已保存服务器的地址和名称，采用 XenCenter 的格式（不含用户和密码）：</translation>
    </message>
    <message>
        <source>No password is remembered.</source>
        <translation>未记住任何密码。</translation>
    </message>
    <message>
        <source>1 server has a password remembered in the system keyring.</source>
        <translation>1 台服务器的密码已记在系统密钥环中。</translation>
    </message>
    <message>
        <source>{count} servers have a password remembered in the system keyring.</source>
        <translation>{count} 台服务器的密码已记在系统密钥环中。</translation>
    </message>
    <message>
        <source>Forget All Passwords</source>
        <translation>忘记所有密码</translation>
    </message>
    <message>
        <source>Forget every remembered password? Servers that reconnect at start will ask for theirs.</source>
        <translation>忘记所有记住的密码？启动时重新连接的服务器将要求输入其密码。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>The options could not be saved: {error}</source>
        <translation>无法保存选项：{error}</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Nothing is ever fetched from the internet: the check only reads what your connected servers already report about their updates (their own update repositories are theirs to reach).</source>
        <translation>不会从 Internet 获取任何内容：检查只读取已连接服务器已报告的更新信息（由服务器自己访问其更新存储库）。</translation>
    </message>
    <message>
        <source>&amp;Check for updates to the connected servers</source>
        <translation>检查已连接服务器的更新(&amp;C)</translation>
    </message>
    <message>
        <source>The connected servers report no pending updates.</source>
        <translation>已连接的服务器未报告待处理的更新。</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>&amp;Connecting to a server:</source>
        <translation>连接到服务器(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Waiting for an answer:</source>
        <translation>等待应答(&amp;W)：</translation>
    </message>
    <message>
        <source>Lost connections</source>
        <translation>断开的连接</translation>
    </message>
    <message>
        <source>&amp;Reconnect by itself when a connection is lost</source>
        <translation>连接断开时自动重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Longest wait between tries:</source>
        <translation>两次尝试之间的最长等待时间(&amp;L)：</translation>
    </message>
    <message>
        <source>New connections use these at once; connected servers from their next reconnection.</source>
        <translation>新连接会立即使用这些设置；已连接的服务器从下次重新连接时开始使用。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The new language is used from the next start (main.py --lang LANGUAGE chooses one for a single run).</source>
        <translation>新语言从下次启动时开始使用（main.py --lang LANGUAGE 可为单次运行选择语言）。</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Options &gt; Language&apos;s choices: the setting&apos;s value and its name in that language (&quot;System default&quot; in the window&apos;s, translated where shown).</extracomment>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <source>{line}: {value} at {time}</source>
        <translation>{line}：{time} 时为 {value}</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>自定义...</translation>
    </message>
    <message>
        <source>Custom Range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>New Graph...</source>
        <translation>新建图表...</translation>
    </message>
    <message>
        <source>Edit Graph...</source>
        <translation>编辑图表...</translation>
    </message>
    <message>
        <source>Delete Graph</source>
        <translation>删除图表</translation>
    </message>
    <message>
        <source>The selected object no longer exists.</source>
        <translation>所选对象已不存在。</translation>
    </message>
    <message>
        <source>Performance data is not available: the server&apos;s address is not known.</source>
        <translation>性能数据不可用：服务器的地址未知。</translation>
    </message>
    <message>
        <source>Performance data is only available while connected.</source>
        <translation>仅在连接时才可使用性能数据。</translation>
    </message>
    <message>
        <source>{range}: one point every {step}; last updated {time}. Scroll to zoom, drag to move.</source>
        <translation>{range}：每 {step} 一个点；上次更新时间 {time}。滚动可缩放，拖动可移动。</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Performance data could not be fetched: {error}</source>
        <translation>无法获取性能数据：{error}</translation>
    </message>
    <message>
        <source>5 seconds</source>
        <translation>5 秒</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Edit Tags and Folder</source>
        <translation>编辑标记和文件夹</translation>
    </message>
    <message>
        <source>Tags and folders organise the Tags and Folders views; XenCenter users of the same pool see them too.</source>
        <translation>标记和文件夹用于组织“标记”和“文件夹”视图；同一池的 XenCenter 用户也能看到它们。</translation>
    </message>
    <message>
        <source>production, web, ...</source>
        <translation>生产, Web, ...</translation>
    </message>
    <message>
        <source>/Production/Web (empty: no folder)</source>
        <translation>/Production/Web（为空：无文件夹）</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标记(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>{count} operations failed</source>
        <translation>{count} 个操作失败</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>For longer than:</source>
        <translation>持续时间超过：</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Performance alerts</source>
        <translation>性能警报</translation>
    </message>
    <message>
        <source>The server&apos;s performance monitor raises an alert when a value stays past its threshold for the time given; alerts show under Notifications and can be mailed (the pool&apos;s E-mail Options).</source>
        <translation>当某个值在给定时间内持续超过其阈值时，服务器的性能监视器会发出警报；警报显示在“通知”下，并可通过电子邮件发送（池的“电子邮件选项”）。</translation>
    </message>
    <message>
        <source>Alert repeat interval:</source>
        <translation>警报重复间隔：</translation>
    </message>
    <message>
        <source>E-mail Options</source>
        <translation>电子邮件选项</translation>
    </message>
    <message>
        <source>E-mail alerts</source>
        <translation>电子邮件警报</translation>
    </message>
    <message>
        <source>Send e-mail alert notifications</source>
        <translation>发送电子邮件警报通知</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <source>The pool&apos;s coordinator sends the mail; the SMTP server must accept mail from it without authentication.</source>
        <translation>由池协调器发送邮件；SMTP 服务器必须无需身份验证即可接受来自它的邮件。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Enter the address to deliver to and the SMTP server.</source>
        <translation>请输入收件地址和 SMTP 服务器。</translation>
    </message>
    <message>
        <source>Multipathing</source>
        <translation>多路径</translation>
    </message>
    <message>
        <source>Storage multipathing</source>
        <translation>存储多路径</translation>
    </message>
    <message>
        <source>Enable multipathing on this server</source>
        <translation>在此服务器上启用多路径</translation>
    </message>
    <message>
        <source>Multipathing uses several paths to the same storage, so that storage stays reachable when a path fails. Its SRs are unplugged and plugged again while the setting changes.</source>
        <translation>多路径使用多条路径访问同一存储，以便在某条路径出现故障时仍可访问存储。更改此设置时，其存储库会被拔出并重新插入。</translation>
    </message>
    <message>
        <source> The server must be in maintenance mode to change it.</source>
        <translation> 服务器必须处于维护模式才能更改此设置。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>不活动</translation>
    </message>
    <message>
        <source>Log Destination</source>
        <translation>日志目标</translation>
    </message>
    <message>
        <source>System log destination</source>
        <translation>系统日志目标</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>仅本地</translation>
    </message>
    <message>
        <source>Also send to a remote syslog server:</source>
        <translation>同时发送到远程 syslog 服务器：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Enter the remote syslog server.</source>
        <translation>请输入远程 syslog 服务器。</translation>
    </message>
    <message>
        <source>Power On</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Remote power on</source>
        <translation>远程开机</translation>
    </message>
    <message>
        <source>Custom: {mode}</source>
        <translation>自定义：{mode}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Power-on mode:</source>
        <translation>开机模式：</translation>
    </message>
    <message>
        <source>DRAC IP address:</source>
        <translation>DRAC IP 地址：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Lets XenCenter (and Workload Balancing) power the server on when it is off. The DRAC password is kept in a xapi secret, never shown again.</source>
        <translation>允许 XenCenter（和工作负载平衡）在服务器关闭时将其开机。DRAC 密码保存在 xapi 机密中，不会再次显示。</translation>
    </message>
    <message>
        <source>Enter the IP address of the server&apos;s DRAC.</source>
        <translation>请输入服务器 DRAC 的 IP 地址。</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Live Patching</source>
        <translation>实时修补</translation>
    </message>
    <message>
        <source>Live patching</source>
        <translation>实时修补</translation>
    </message>
    <message>
        <source>Use live patching when possible</source>
        <translation>尽可能使用实时修补</translation>
    </message>
    <message>
        <source>Live patches update the hypervisor and the control domain&apos;s kernel without a reboot, where a patch supports it.</source>
        <translation>在修补程序支持的情况下，实时修补无需重新启动即可更新虚拟机管理程序和控制域的内核。</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation>实时迁移</translation>
    </message>
    <message>
        <source>Compress the VM memory stream during live migration</source>
        <translation>在实时迁移期间压缩虚拟机内存流</translation>
    </message>
    <message>
        <source>Compression uses more CPU on both servers and sends less over the network: useful on slow links. A dedicated migration network keeps migrations off the management network; it needs an interface with an IP address on every server.</source>
        <translation>压缩会占用两台服务器更多的 CPU，但通过网络发送的数据更少：适用于慢速链路。专用迁移网络可使迁移不占用管理网络；它需要在每台服务器上有一个具有 IP 地址的接口。</translation>
    </message>
    <message>
        <source>The management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <source>Unknown network ({uuid})</source>
        <translation>未知网络（{uuid}）</translation>
    </message>
    <message>
        <source>Migration network:</source>
        <translation>迁移网络：</translation>
    </message>
    <message>
        <source>Management network</source>
        <translation>管理网络</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>，已压缩</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>TLS certificate verification</source>
        <translation>TLS 证书验证</translation>
    </message>
    <message>
        <source>Verify the TLS certificates of the pool&apos;s servers</source>
        <translation>验证池中服务器的 TLS 证书</translation>
    </message>
    <message>
        <source>With verification on, the pool&apos;s servers check each other&apos;s certificates on every connection. Once on, it cannot be turned off.</source>
        <translation>启用验证后，池中的服务器会在每次连接时检查彼此的证书。一旦启用，便无法关闭。</translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>None (an internal network)</source>
        <translation>无（内部网络）</translation>
    </message>
    <message>
        <source>VLAN:</source>
        <translation>VLAN：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add this network to new VMs automatically</source>
        <translation>自动将此网络添加到新虚拟机</translation>
    </message>
    <message>
        <source>MTU:</source>
        <translation>MTU：</translation>
    </message>
    <message>
        <source>A new MTU takes effect when the network&apos;s interfaces are next plugged (server reboot or interface replug); every device on the network must accept it.</source>
        <translation>新 MTU 在网络接口下次插入时（服务器重新启动或接口重新插入）生效；网络上的每个设备都必须接受该值。</translation>
    </message>
    <message>
        <source>MTU {mtu}</source>
        <translation>MTU 为 {mtu}</translation>
    </message>
    <message>
        <source>High Availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <source>High availability and start order</source>
        <translation>高可用性和启动顺序</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Restart priority:</source>
        <translation>重新启动优先级：</translation>
    </message>
    <message>
        <source>HA is not turned on in this pool: the priority is used once it is.</source>
        <translation>此池中未启用 HA：启用后才会使用该优先级。</translation>
    </message>
    <message>
        <source>Start order:</source>
        <translation>启动顺序：</translation>
    </message>
    <message>
        <source>Attempt to start next VM after:</source>
        <translation>在以下时间后尝试启动下一个虚拟机：</translation>
    </message>
    <message>
        <source>VMs with a lower start order start first when the pool (or HA) starts them together.</source>
        <translation>当池（或 HA）同时启动多个虚拟机时，启动顺序较低的虚拟机先启动。</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>Home server</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>Don&apos;t assign a home server</source>
        <translation>不指定主服务器</translation>
    </message>
    <message>
        <source>Home server:</source>
        <translation>主服务器：</translation>
    </message>
    <message>
        <source>The VM starts on its home server when that server can run it, and on any other server of the pool otherwise.</source>
        <translation>如果主服务器可以运行该虚拟机，虚拟机会在主服务器上启动，否则在池中的任何其他服务器上启动。</translation>
    </message>
    <message>
        <source>None defined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>Advanced Options</source>
        <translation>高级选项</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>General use</source>
        <translation>一般用途</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Shadow memory multiplier:</source>
        <translation>影子内存乘数：</translation>
    </message>
    <message>
        <source>More shadow memory speeds up guests that create many processes (Citrix Virtual Apps servers); it is taken from the server&apos;s free memory.</source>
        <translation>更多的影子内存可以加快创建大量进程的来宾（Citrix Virtual Apps 服务器）的速度；它取自服务器的可用内存。</translation>
    </message>
    <message>
        <source>Shadow memory multiplier: {value}</source>
        <translation>影子内存乘数：{value}</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新建标记</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>{kind} name, description, folder and tags</source>
        <translation>{kind}名称、描述、文件夹和标记</translation>
    </message>
    <message>
        <source>Not in a folder (e.g. /Production/Web)</source>
        <translation>不在文件夹中（例如 /Production/Web）</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>The pool defines no custom fields. XenCenter users define them with &quot;Edit Custom Fields&quot;; their values show here and in searches.</source>
        <translation>此池未定义自定义字段。XenCenter 用户可以使用“编辑自定义字段”来定义；其值显示在此处和搜索中。</translation>
    </message>
    <message>
        <source>None set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>1 field set</source>
        <translation>已设置 1 个字段</translation>
    </message>
    <message>
        <source>{count} fields set</source>
        <translation>已设置 {count} 个字段</translation>
    </message>
    <message>
        <source>Size and Location</source>
        <translation>大小和位置</translation>
    </message>
    <message>
        <source>Size and location</source>
        <translation>大小和位置</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A disk can only grow; the guest must then extend its file systems.</source>
        <translation>磁盘只能增大；之后来宾必须扩展其文件系统。</translation>
    </message>
    <message>
        <source>A virtual disk cannot shrink: it is {size}.</source>
        <translation>虚拟磁盘不能缩小：其大小为 {size}。</translation>
    </message>
    <message>
        <source>Device Options</source>
        <translation>设备选项</translation>
    </message>
    <message>
        <source>On &apos;{name}&apos;</source>
        <translation>在“{name}”上</translation>
    </message>
    <message>
        <source>Device options</source>
        <translation>设备选项</translation>
    </message>
    <message>
        <source>Read/Write</source>
        <translation>读/写</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Device position:</source>
        <translation>设备位置：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Shut the VM down to change the drive&apos;s position or mode.</source>
        <translation>请关闭虚拟机以更改驱动器的位置或模式。</translation>
    </message>
    <message>
        <source>Position {position}, read-only</source>
        <translation>位置 {position}，只读</translation>
    </message>
    <message>
        <source>Position {position}, read/write</source>
        <translation>位置 {position}，读/写</translation>
    </message>
    <message>
        <source>Virtual disk</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; Properties</source>
        <extracomment>The edit command and object the page&apos;s parameters are for, when not the dialog&apos;s (a standalone server&apos;s dialog shows its pool&apos;s E-mail Options, applied with ``pool.edit``).</extracomment>
        <translation>“{name}”属性</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <translation>{title}：{summary}</translation>
    </message>
    <message>
        <source>Not connected to the server: reconnect, then try again.</source>
        <translation>未连接到服务器：请重新连接，然后重试。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>更改未保存。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Storage repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Hard Disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>DVD-Drive</source>
        <translation>DVD 驱动器</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>虚拟 CPU</translation>
    </message>
    <message>
        <source>Number of vCPUs:</source>
        <translation>vCPU 数：</translation>
    </message>
    <message>
        <source>Maximum number of vCPUs:</source>
        <translation>最大 vCPU 数：</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>拓扑：</translation>
    </message>
    <message>
        <source>The VM is running: you can add vCPUs up to the maximum now; shut it down to change the maximum or the topology.</source>
        <translation>虚拟机正在运行：现在可以添加 vCPU，直至最大值；要更改最大值或拓扑，请关闭虚拟机。</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>1 vCPU</source>
        <translation>1 个 vCPU</translation>
    </message>
    <message>
        <source>{count} vCPUs</source>
        <translation>{count} 个 vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Static minimum:</source>
        <translation>静态最小值：</translation>
    </message>
    <message>
        <source>Dynamic minimum:</source>
        <translation>动态最小值：</translation>
    </message>
    <message>
        <source>Dynamic maximum:</source>
        <translation>动态最大值：</translation>
    </message>
    <message>
        <source>Static maximum:</source>
        <translation>静态最大值：</translation>
    </message>
    <message>
        <source>With a dynamic range, the server may lower the VM&apos;s memory down to the dynamic minimum when it needs memory for other VMs (Dynamic Memory Control).</source>
        <translation>使用动态范围时，服务器在其他虚拟机需要内存时可以将此虚拟机的内存降低到动态最小值（动态内存控制）。</translation>
    </message>
    <message>
        <source>The VM is running: the dynamic range can change now; shut it down to change the static maximum.</source>
        <translation>虚拟机正在运行：现在可以更改动态范围；要更改静态最大值，请关闭虚拟机。</translation>
    </message>
    <message>
        <source>Boot Options</source>
        <translation>引导选项</translation>
    </message>
    <message>
        <source>Boot order:</source>
        <translation>引导顺序：</translation>
    </message>
    <message>
        <source>Tick the devices to boot from and put them in order.</source>
        <translation>勾选要从中引导的设备并排列顺序。</translation>
    </message>
    <message>
        <source>OS boot parameters:</source>
        <translation>操作系统引导参数：</translation>
    </message>
    <message>
        <source>PV boot</source>
        <translation>PV 引导</translation>
    </message>
    <message>
        <source>Tick at least one boot device.</source>
        <translation>请至少勾选一个引导设备。</translation>
    </message>
</context>
<context>
    <name>RepairSRDialog</name>
    <message>
        <source>Repair Storage Repository</source>
        <translation>修复存储库</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
    <message>
        <source>Repair plugs the SR in again where it is unplugged and connects it to the servers that lack it.</source>
        <translation>修复会在存储库已拔出的位置重新插入它，并将其连接到缺少它的服务器。</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>正在修复…</translation>
    </message>
    <message>
        <source>The SR is connected on every server.</source>
        <translation>该存储库已在每台服务器上连接。</translation>
    </message>
    <message>
        <source>The repair failed.</source>
        <translation>修复失败。</translation>
    </message>
</context>
<context>
    <name>ScheduleDialogs</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Snapshot type</source>
        <translation>快照类型</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Take Snapshots &amp;Now</source>
        <extracomment>the list&apos;s buttons: (command id, button text)</extracomment>
        <translation>立即创建快照(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>禁用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>VM Snapshot Schedules — {pool}</source>
        <translation>虚拟机快照计划 — {pool}</translation>
    </message>
    <message>
        <source>VM Snapshot Schedules</source>
        <translation>虚拟机快照计划</translation>
    </message>
    <message>
        <source>This pool has no snapshot schedules. New... makes one.</source>
        <translation>此池没有快照计划。可以通过“新建...”创建一个。</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>新建(&amp;N)...</translation>
    </message>
    <message>
        <source>Select a snapshot schedule.</source>
        <translation>请选择快照计划。</translation>
    </message>
</context>
<context>
    <name>SearchDialogs</name>
    <message>
        <source>Saved Searches (*.{extension})</source>
        <translation>保存的搜索 (*.{extension})</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>The search is saved in the pool, where XenCenter&apos;s users see it too.</source>
        <translation>搜索保存在池中，XenCenter 用户也能看到它。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Export Search</source>
        <translation>导出搜索</translation>
    </message>
    <message>
        <source>Import Search</source>
        <translation>导入搜索</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>New Search</source>
        <extracomment>A result row was double-clicked: its object (the window selects it in the tree). A right-click on result rows: the objects they stand for and where (global) the menu goes.</extracomment>
        <translation>新建搜索</translation>
    </message>
    <message>
        <source>Start a search from scratch</source>
        <translation>从头开始搜索</translation>
    </message>
    <message>
        <source>Edit Search</source>
        <translation>编辑搜索</translation>
    </message>
    <message>
        <source>Show the search&apos;s options</source>
        <translation>显示搜索选项</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>保存的搜索</translation>
    </message>
    <message>
        <source>Apply or delete a saved search</source>
        <translation>应用或删除保存的搜索</translation>
    </message>
    <message>
        <source>Export this search to a file</source>
        <translation>将此搜索导出到文件</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Open a search from a file</source>
        <translation>从文件打开搜索</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Custom Search</source>
        <translation>自定义搜索</translation>
    </message>
    <message>
        <source>The search could not run: {error}</source>
        <translation>无法运行搜索：{error}</translation>
    </message>
    <message>
        <source>Default Search</source>
        <translation>默认搜索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 个对象</translation>
    </message>
    <message>
        <source>{count} objects</source>
        <translation>{count} 个对象</translation>
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
        <translation>关闭搜索选项</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选器</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>A filter kept as written: {reason}</source>
        <translation>按原样保留的筛选器：{reason}</translation>
    </message>
    <message>
        <source>A filter kept as written</source>
        <translation>按原样保留的筛选器</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>删除此筛选器</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>自定义...</translation>
    </message>
    <message>
        <source>More  ▾</source>
        <translation>更多  ▾</translation>
    </message>
    <message>
        <source>Remove Grouping</source>
        <translation>删除分组</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Disk and memory snapshots need the VM to be running</source>
        <translation>磁盘和内存快照要求虚拟机正在运行</translation>
    </message>
    <message>
        <source>Disk and memory snapshots are not currently available for this VM</source>
        <translation>此虚拟机当前无法使用磁盘和内存快照</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>&amp;Snapshot the virtual machine&apos;s disks</source>
        <translation>为虚拟机的磁盘创建快照(&amp;S)</translation>
    </message>
    <message>
        <source>Sn&amp;apshot the virtual machine&apos;s disks and memory</source>
        <translation>为虚拟机的磁盘和内存创建快照(&amp;A)</translation>
    </message>
    <message>
        <source>Snapshot mode</source>
        <translation>快照模式</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>创建快照(&amp;T)</translation>
    </message>
</context>
<context>
    <name>SnapshotsTab</name>
    <message>
        <source>Disk and memory snapshot</source>
        <extracomment>Registry ids of the buttons; the ones the registry lacks get no button.</extracomment>
        <translation>磁盘和内存快照</translation>
    </message>
    <message>
        <source>Disk snapshot (quiesced)</source>
        <translation>磁盘快照（静止）</translation>
    </message>
    <message>
        <source>Disk snapshot</source>
        <translation>磁盘快照</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>The VM&apos;s current state</source>
        <translation>虚拟机的当前状态</translation>
    </message>
    <message>
        <source>1 snapshot</source>
        <translation>1 个快照</translation>
    </message>
    <message>
        <source>{count} snapshots</source>
        <translation>{count} 个快照</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>创建快照…</translation>
    </message>
    <message>
        <source>Revert To…</source>
        <translation>还原到…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Snapshot details</source>
        <translation>快照详细信息</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>VM was</source>
        <translation>虚拟机当时</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>This VM has no snapshots yet. A snapshot keeps the VM&apos;s disks as they are now, so you can come back to this state later.</source>
        <translation>此虚拟机还没有快照。快照会保留虚拟机磁盘的当前状态，以便您以后可以返回到此状态。</translation>
    </message>
    <message>
        <source>Select a snapshot to see its details.</source>
        <translation>选择一个快照以查看其详细信息。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>connecting</source>
        <extracomment>The status bar&apos;s words for the connection states it counts (``ConnectionState`` values; context ``StatusBar``).</extracomment>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>No servers: use Server &gt; Add Server to connect to one.</source>
        <translation>没有服务器：请使用“服务器 &gt; 添加服务器”进行连接。</translation>
    </message>
    <message>
        <source>Connected to {server} as {user}</source>
        <translation>已以 {user} 身份连接到 {server}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%n servers: </source>
        <translation>%n 台服务器：</translation>
    </message>
    <message>
        <source> — showing the last known inventory (saved {time})</source>
        <translation>— 显示上次已知的清单（保存于 {time}）</translation>
    </message>
    <message>
        <source> — %n shown from their last known inventory</source>
        <translation>— %n 台显示上次已知的清单</translation>
    </message>
</context>
<context>
    <name>StatusReportWizard</name>
    <message>
        <source>Yes</source>
        <extracomment>Translated where shown (context ``StatusReportWizard``).</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>If customized</source>
        <translation>如果已自定义</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Each server chosen sends its own report; the servers must be connected.</source>
        <translation>所选的每台服务器都会发送自己的报告；服务器必须已连接。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Select at least one server.</source>
        <translation>请至少选择一台服务器。</translation>
    </message>
    <message>
        <source>1 server</source>
        <translation>1 台服务器</translation>
    </message>
    <message>
        <source>{count} servers</source>
        <translation>{count} 台服务器</translation>
    </message>
    <message>
        <source>Report Content Item</source>
        <translation>报告内容项</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>全选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear All</source>
        <translation>全部清除(&amp;C)</translation>
    </message>
    <message>
        <source>Querying server capabilities...</source>
        <translation>正在查询服务器功能...</translation>
    </message>
    <message>
        <source>{description}
Size: {size}
{personal}</source>
        <translation>{description}
大小：{size}
{personal}</translation>
    </message>
    <message>
        <source>Total size: {size}</source>
        <translation>总大小：{size}</translation>
    </message>
    <message>
        <source>Select at least one item to include.</source>
        <translation>请至少选择一个要包含的项目。</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 个项目</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 个项目</translation>
    </message>
    <message>
        <source>The report is one zip file: each server&apos;s files in a folder of their own, and this application&apos;s log.</source>
        <translation>报告为一个 zip 文件：每台服务器的文件位于各自的文件夹中，另外还有本应用程序的日志。</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>File name is invalid.</source>
        <translation>文件名无效。</translation>
    </message>
    <message>
        <source>Destination directory is invalid.</source>
        <translation>目标目录无效。</translation>
    </message>
    <message>
        <source>A report of {count} items from {servers} will be saved to {path}. It shows in the Events tab, where it can be cancelled; the file appears once it is complete.</source>
        <translation>来自 {servers} 的 {count} 个项目的报告将保存到 {path}。它显示在“事件”选项卡中，可在其中取消；完成后文件才会出现。</translation>
    </message>
    <message>
        <source>Server Status Report</source>
        <translation>服务器状态报告</translation>
    </message>
</context>
<context>
    <name>StorageTab</name>
    <message>
        <source>DVD drive {number}: {disc}</source>
        <translation>DVD 驱动器 {number}：{disc}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>{percent}% ({size} used)</source>
        <translation>{percent}%（已使用 {size}）</translation>
    </message>
    <message>
        <source>{used} used of {size} ({allocated} allocated)</source>
        <translation>已使用 {used}，共 {size}（已分配 {allocated}）</translation>
    </message>
    <message>
        <source>Virtual Disks</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>This VM has no virtual disks.</source>
        <translation>此虚拟机没有虚拟磁盘。</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>{count} virtual disks; {usage}</source>
        <translation>{count} 个虚拟磁盘；{usage}</translation>
    </message>
    <message>
        <source>Storage Repositories</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>No storage repositories.</source>
        <translation>没有存储库。</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>Selected objects</source>
        <translation>所选对象</translation>
    </message>
    <message>
        <source>Commands for the selection</source>
        <translation>所选内容的命令</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Restart priority</source>
        <translation>重新启动优先级</translation>
    </message>
    <message>
        <source>Start order</source>
        <translation>启动顺序</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>HA</source>
        <translation>HA</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Link Status</source>
        <translation>链接状态</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Duplex</source>
        <translation>双工</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>PCI Bus Path</source>
        <translation>PCI 总线路径</translation>
    </message>
    <message>
        <source>Add Interface…</source>
        <translation>添加接口…</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Network…</source>
        <extracomment>A host&apos;s or pool&apos;s networks: (command, text, on the page&apos;s object rather than the selected rows)</extracomment>
        <translation>添加网络…</translation>
    </message>
    <message>
        <source>Remove Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>Management Interfaces…</source>
        <translation>管理接口…</translation>
    </message>
    <message>
        <source>Create Bond…</source>
        <translation>创建绑定…</translation>
    </message>
    <message>
        <source>Delete Bond</source>
        <translation>删除绑定</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Performance data is only available while the VM is running.</source>
        <translation>仅在虚拟机运行时才可使用性能数据。</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>尚无数据。</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>The average character width of XenCenter&apos;s font, in pixels (what its column widths were made for). Debounce of edits in the query builder (typing a name runs one search, not one per key).</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>The buttons of a VM&apos;s disks and of an SR&apos;s: (command id, text, on the VM itself rather than the rows).</extracomment>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Attach Disk…</source>
        <translation>连接磁盘…</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>分离</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Device Path</source>
        <translation>设备路径</translation>
    </message>
    <message>
        <source>Used on Disk</source>
        <translation>磁盘上已使用</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>Virtual Allocation</source>
        <translation>虚拟分配</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Disconnected servers</source>
        <translation>已断开连接的服务器</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Storage repositories</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>{count} running</source>
        <extracomment>A VM power state and its count&apos;s words; a server&apos;s state and its count&apos;s words.</extracomment>
        <translation>{count} 个正在运行</translation>
    </message>
    <message>
        <source>{count} shut down</source>
        <translation>{count} 个已关闭</translation>
    </message>
    <message>
        <source>{count} suspended</source>
        <translation>{count} 个已挂起</translation>
    </message>
    <message>
        <source>{count} paused</source>
        <translation>{count} 个已暂停</translation>
    </message>
    <message>
        <source>{count} not reachable</source>
        <translation>{count} 台无法访问</translation>
    </message>
    <message>
        <source>{count} in maintenance mode</source>
        <translation>{count} 台处于维护模式</translation>
    </message>
    <message>
        <source>{count} live</source>
        <translation>{count} 台正常</translation>
    </message>
    <message>
        <source>{count} ({details})</source>
        <extracomment>Bulk commands offered, by the kind they act on (each appears when that kind is selected).</extracomment>
        <translation>{count}（{details}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Multiple Objects</source>
        <translation>多个对象</translation>
    </message>
    <message>
        <source>{count} objects selected</source>
        <translation>已选择 {count} 个对象</translation>
    </message>
    <message>
        <source>User or group</source>
        <translation>用户或组</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Join Domain…</source>
        <extracomment>(command, button text, runs on the page&apos;s pool rather than the selected rows)</extracomment>
        <translation>加入域…</translation>
    </message>
    <message>
        <source>Leave Domain</source>
        <translation>退出域</translation>
    </message>
    <message>
        <source>Change Role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Full access to all features and settings, including the server console and other users&apos; roles.</source>
        <extracomment>FriendlyNames&apos; Role.*.Description, shortened to their first sentence</extracomment>
        <translation>完全访问所有功能和设置，包括服务器控制台和其他用户的角色。</translation>
    </message>
    <message>
        <source>Manages pool-wide resources: storage, patches, pools.</source>
        <translation>管理池范围的资源：存储、修补程序、池。</translation>
    </message>
    <message>
        <source>Creates and manages VMs, and chooses where they run.</source>
        <translation>创建和管理虚拟机，并选择其运行位置。</translation>
    </message>
    <message>
        <source>Manages VMs and templates and the storage they need.</source>
        <translation>管理虚拟机和模板及其所需的存储。</translation>
    </message>
    <message>
        <source>Uses existing VMs: starts, stops, reaches their consoles.</source>
        <translation>使用现有虚拟机：启动、停止、访问其控制台。</translation>
    </message>
    <message>
        <source>Sees the pool, changes nothing.</source>
        <translation>查看池，不做任何更改。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>General Properties</source>
        <translation>常规属性</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All dates</source>
        <extracomment>Severity colours, most urgent first (XenCenter&apos;s alert1..alert5 icons are red, orange, yellow, blue, grey).</extracomment>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Last 24 Hours</source>
        <translation>过去 24 小时</translation>
    </message>
    <message>
        <source>Last 3 Days</source>
        <translation>过去 3 天</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>过去 30 天</translation>
    </message>
    <message>
        <source>The selected object no longer exists.</source>
        <extracomment>Ref-set fields too large to follow (a network&apos;s VIFs, an SR&apos;s VDIs on a big pool are fetched only by the pages that list them, which add those keys themselves).</extracomment>
        <translation>所选对象已不存在。</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>不可用。</translation>
    </message>
    <message>
        <source>No results found</source>
        <translation>未找到结果</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Values longer than this wrap; shorter ones stay on one line (wrapping labels in a grid get uneven heights from Qt&apos;s height-for-width guess).
----------
Alternating segment colours for many VMs on one host bar (XenCenter&apos;s light/dark green pairs). An ``icons.icon_key`` for the first cell (&quot;&quot; for none); ``bold`` for a row that stands out (&quot;Now&quot;). The widest a column is made to fit its content (the user may widen it further).</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Tree</name>
    <message>
        <source>Running</source>
        <extracomment>The invisible root (default parent argument of the model API). Every row&apos;s flags (made once: combining enum flags in Python costs microseconds per call). Classes whose changes can alter the tree (placement reads VBD/VDI/PBD, host state reads host_metrics). Extra classes the search filter reads (IP addresses). Above this many row operations in one update, restructure the tree in one layout change instead. Each row operation makes Qt revisit every persistent index (a view keeps one per expanded row), so the limit shrinks as they grow: the work stays under ``PERSISTENT_BUDGET`` index updates. Let the filter settle while the user types. After the tree has been quiet this long, the search index is prepared in the background. Classes with rows of their own (what the search index is prepared for).</extracomment>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>In maintenance mode</source>
        <translation>处于维护模式</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Pool coordinator</source>
        <translation>池协调器</translation>
    </message>
    <message>
        <source> (last known, connecting…)</source>
        <translation>（上次已知，正在连接…）</translation>
    </message>
    <message>
        <source> (last known)</source>
        <translation>（上次已知）</translation>
    </message>
    <message>
        <source>Last known inventory, saved {time}; commands wait for the live connection
{reason}</source>
        <translation>上次已知的清单，保存于 {time}；命令将等待实时连接
{reason}</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users and Roles</source>
        <translation>用户和角色</translation>
    </message>
    <message>
        <source>Join Domain</source>
        <translation>加入域</translation>
    </message>
    <message>
        <source>Users of the domain can then log in to &apos;{name}&apos; with the roles you give them.</source>
        <translation>之后，域用户便可以使用您赋予的角色登录到“{name}”。</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Select Role</source>
        <translation>选择角色</translation>
    </message>
    <message>
        <source>Choose the role of {who}:</source>
        <translation>选择 {who} 的角色：</translation>
    </message>
</context>
<context>
    <name>VMSSWizard</name>
    <message>
        <source>H&amp;ourly snapshots</source>
        <translation>每小时快照(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Daily snapshots</source>
        <translation>每日快照(&amp;D)</translation>
    </message>
    <message>
        <source>Wee&amp;kly snapshots</source>
        <translation>每周快照(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Disk only snapshot</source>
        <translation>仅磁盘快照(&amp;D)</translation>
    </message>
    <message>
        <source>The VM&apos;s disks (storage) and metadata will be saved. This type of snapshot is crash-consistent and can be performed on all VM types, including Linux VMs.</source>
        <translation>将保存虚拟机的磁盘（存储）和元数据。此类快照具有崩溃一致性，可以对所有类型的虚拟机（包括 Linux 虚拟机）执行。</translation>
    </message>
    <message>
        <source>Disk and &amp;memory snapshot</source>
        <translation>磁盘和内存快照(&amp;M)</translation>
    </message>
    <message>
        <source>In addition to the VM&apos;s disks and metadata, this type of snapshot also stores the VM&apos;s memory state (RAM). Note that this type of snapshot can be very large and you should ensure that you make sufficient disk space available for all your scheduled snapshots.</source>
        <translation>除了虚拟机的磁盘和元数据之外，此类快照还会存储虚拟机的内存状态 (RAM)。请注意，此类快照可能非常大，应确保为所有计划的快照提供足够的磁盘空间。</translation>
    </message>
    <message>
        <source>Use this wizard to define a schedule that will run automatic snapshot jobs for your VMs.

To begin, enter a name for the schedule and, optionally, a description, then click Next.</source>
        <translation>使用此向导定义为虚拟机运行自动快照作业的计划。

首先，输入计划的名称和描述（可选），然后单击“下一步”。</translation>
    </message>
    <message>
        <source>Schedule na&amp;me:</source>
        <translation>计划名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter a name for the schedule.</source>
        <translation>请输入计划名称。</translation>
    </message>
    <message>
        <source>Select a checkbox to add a VM to the snapshot schedule; clear its checkbox to remove it from the schedule.</source>
        <translation>选中复选框可将虚拟机添加到快照计划；清除复选框可将其从计划中删除。</translation>
    </message>
    <message>
        <source>VMs in pool &apos;{pool}&apos;:</source>
        <translation>池“{pool}”中的虚拟机：</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Current schedule</source>
        <translation>当前计划</translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation>&lt;无&gt;</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>全选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clear All</source>
        <translation>全部清除(&amp;C)</translation>
    </message>
    <message>
        <source>1 VM selected</source>
        <translation>已选择 1 个虚拟机</translation>
    </message>
    <message>
        <source>{count} VMs selected</source>
        <translation>已选择 {count} 个虚拟机</translation>
    </message>
    <message>
        <source>1 VM</source>
        <translation>1 个虚拟机</translation>
    </message>
    <message>
        <source>{count} VMs</source>
        <translation>{count} 个虚拟机</translation>
    </message>
    <message>
        <source>Choose the type of snapshot you would like to take.</source>
        <translation>选择要创建的快照类型。</translation>
    </message>
    <message>
        <source>This feature is disabled due to license restrictions on the server.</source>
        <translation>由于服务器上的许可证限制，此功能已禁用。</translation>
    </message>
    <message>
        <source>Note that scheduled disk and memory snapshots will only be taken of VMs in this schedule that meet all of the following conditions:

1. The VM is running or suspended at the time the snapshot is scheduled.
2. The VM has {tools} installed.
3. If the VM has a dedicated GPU assigned to it, this GPU supports disk and memory snapshots.</source>
        <translation>请注意，只有满足以下所有条件的计划中虚拟机才会创建计划的磁盘和内存快照：

1. 在计划创建快照时虚拟机正在运行或已挂起。
2. 虚拟机已安装 {tools}。
3. 如果为虚拟机分配了专用 GPU，则该 GPU 支持磁盘和内存快照。</translation>
    </message>
    <message>
        <source>Snapshots will be automatically taken according to the schedule specified below. Times are the server&apos;s.</source>
        <translation>将按照下面指定的计划自动创建快照。时间为服务器时间。</translation>
    </message>
    <message>
        <source>minutes past each hour</source>
        <translation>（每小时的分钟数）</translation>
    </message>
    <message>
        <source>Ma&amp;ximum number of scheduled snapshots:</source>
        <translation>计划快照的最大数量(&amp;X)：</translation>
    </message>
    <message>
        <source>When the number of scheduled snapshots taken exceeds the maximum number specified here, the oldest scheduled snapshot will be deleted.</source>
        <translation>当已创建的计划快照数超过此处指定的最大数量时，将删除最早的计划快照。</translation>
    </message>
    <message>
        <source>&amp;Recur at:</source>
        <translation>重复时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Recur every day at this time:</source>
        <translation>每天在此时间重复(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Recur at this time:</source>
        <translation>在此时间重复(&amp;R)：</translation>
    </message>
    <message>
        <source>Invalid or incomplete schedule</source>
        <translation>计划无效或不完整</translation>
    </message>
    <message>
        <source>&amp;Run the new snapshot schedule job when I click Finish</source>
        <translation>单击“完成”时运行新的快照计划作业(&amp;R)</translation>
    </message>
    <message>
        <source>Review the new snapshot schedule and click Previous if you want to change any settings or Finish to create the new schedule.</source>
        <translation>请检查新的快照计划；如果要更改任何设置，请单击“上一步”，或者单击“完成”创建新计划。</translation>
    </message>
    <message>
        <source>Schedule name:</source>
        <translation>计划名称：</translation>
    </message>
    <message>
        <source>VMs:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Snapshot type:</source>
        <translation>快照类型：</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Snapshots kept:</source>
        <translation>保留的快照：</translation>
    </message>
    <message>
        <source>New snapshot schedule</source>
        <translation>新建快照计划</translation>
    </message>
</context>
<context>
    <name>VNCDialog</name>
    <message>
        <source>Enter the address of the VNC server.</source>
        <extracomment>Windows opened without a parent window, kept alive until closed.</extracomment>
        <translation>请输入 VNC 服务器的地址。</translation>
    </message>
    <message>
        <source>“{text}” is not a host name or address (host, host:display or host::port).</source>
        <translation>“{text}”不是主机名或地址（host、host:display 或 host::port）。</translation>
    </message>
    <message>
        <source>{port} is not a TCP port.</source>
        <translation>{port} 不是 TCP 端口。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>The trusted certificate could not be saved: {error}</source>
        <translation>无法保存受信任的证书：{error}</translation>
    </message>
    <message>
        <source>Connect to VNC Server</source>
        <translation>连接到 VNC 服务器</translation>
    </message>
    <message>
        <source>host, host:display or host::port</source>
        <translation>host、host:display 或 host::port</translation>
    </message>
    <message>
        <source>Port 5900 unless you give a display (host:1 is port 5901)
or a port (host::5999).</source>
        <translation>除非指定显示编号（host:1 为端口 5901）
或端口（host::5999），否则使用端口 5900。</translation>
    </message>
    <message>
        <source>if the server asks for one (Plain login)</source>
        <translation>如果服务器要求（Plain 登录）</translation>
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation>如果服务器要求</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>画面：</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>压缩：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>For a guest that runs its own VNC server, or any VNC server you can reach.</source>
        <translation>适用于运行自己的 VNC 服务器的来宾，或您可以访问的任何 VNC 服务器。</translation>
    </message>
    <message>
        <source>The option could not be saved: {error}</source>
        <translation>无法保存该选项：{error}</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Export Settings</source>
        <translation>导出设置</translation>
    </message>
    <message>
        <source>Where do you want to save the export?</source>
        <translation>要将导出内容保存到何处？</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already exists in this folder: choose another name, or replace it.</source>
        <translation>此文件夹中已存在“{name}”：请选择其他名称或替换该文件。</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>已准备好导出</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>先决条件</translation>
    </message>
    <message>
        <source>HA configuration prerequisites</source>
        <translation>HA 配置先决条件</translation>
    </message>
    <message>
        <source>Heartbeat SR</source>
        <translation>检测信号存储库</translation>
    </message>
    <message>
        <source>Choose a heartbeat SR</source>
        <translation>选择检测信号存储库</translation>
    </message>
    <message>
        <source>HA Plan</source>
        <translation>HA 计划</translation>
    </message>
    <message>
        <source>Configure the HA restart priority, restart order and delay interval for the VMs in this pool</source>
        <translation>为此池中的虚拟机配置 HA 重新启动优先级、重新启动顺序和延迟间隔</translation>
    </message>
    <message>
        <source>Review configuration and activate HA</source>
        <translation>检查配置并激活 HA</translation>
    </message>
    <message>
        <source>Import Source</source>
        <translation>导入源</translation>
    </message>
    <message>
        <source>Locate the file you want to import</source>
        <translation>找到要导入的文件</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>Choose a home server for the VM</source>
        <translation>为虚拟机选择主服务器</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Where do you want to put the VM&apos;s virtual disks?</source>
        <translation>要将虚拟机的虚拟磁盘放在何处？</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Connect the VM&apos;s virtual network interfaces</source>
        <translation>连接虚拟机的虚拟网络接口</translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation>已准备好导入</translation>
    </message>
    <message>
        <source>Select Type</source>
        <translation>选择类型</translation>
    </message>
    <message>
        <source>Choose the type of network to create</source>
        <translation>选择要创建的网络类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enter a name and description for the new network</source>
        <translation>输入新网络的名称和描述</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Configure the new network</source>
        <translation>配置新网络</translation>
    </message>
    <message>
        <source>Bond Members</source>
        <translation>绑定成员</translation>
    </message>
    <message>
        <source>Select members for the new bonded network</source>
        <translation>为新的绑定网络选择成员</translation>
    </message>
    <message>
        <source>Ready to create the network</source>
        <translation>已准备好创建网络</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choose the type of new storage</source>
        <translation>选择新存储的类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Where is the storage?</source>
        <translation>存储在何处？</translation>
    </message>
    <message>
        <source>What do you want to call the new SR?</source>
        <translation>要为新存储库指定什么名称？</translation>
    </message>
    <message>
        <source>Ready to create the SR</source>
        <translation>已准备好创建存储库</translation>
    </message>
    <message>
        <source>Select Servers</source>
        <translation>选择服务器</translation>
    </message>
    <message>
        <source>Select the servers you want to include in the report</source>
        <translation>选择要包含在报告中的服务器</translation>
    </message>
    <message>
        <source>Select Report Contents</source>
        <translation>选择报告内容</translation>
    </message>
    <message>
        <source>Select the data you want to include in your report</source>
        <translation>选择要包含在报告中的数据</translation>
    </message>
    <message>
        <source>Report Destination</source>
        <translation>报告目标位置</translation>
    </message>
    <message>
        <source>Select a destination folder for the report files</source>
        <translation>选择报告文件的目标文件夹</translation>
    </message>
    <message>
        <source>Ready to compile the status report</source>
        <translation>已准备好编译状态报告</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The same from the command line:</source>
        <translation>对应的命令行：</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>&amp;Replace the file if it exists</source>
        <translation>如果文件已存在则替换(&amp;R)</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Schedule Name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>What do you want to call this schedule?</source>
        <translation>要为此计划指定什么名称？</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Select the VMs that you want to schedule snapshots for</source>
        <translation>选择要为其计划快照的虚拟机</translation>
    </message>
    <message>
        <source>Snapshot Type</source>
        <translation>快照类型</translation>
    </message>
    <message>
        <source>What type of snapshot do you want to use for scheduled snapshots?</source>
        <translation>要对计划快照使用哪种快照类型？</translation>
    </message>
    <message>
        <source>Snapshot Schedule</source>
        <translation>快照计划</translation>
    </message>
    <message>
        <source>When do you want snapshots to be taken?</source>
        <translation>要在何时创建快照？</translation>
    </message>
    <message>
        <source>Create the new schedule</source>
        <translation>创建新计划</translation>
    </message>
</context>
</TS>
