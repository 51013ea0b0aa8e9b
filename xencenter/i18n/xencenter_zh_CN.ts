<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>General</name>
    <message>
        <source>Hard Disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>DVD-Drive</source>
        <translation>DVD 驱动器</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>软盘</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
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
        <source>Name</source>
        <extracomment>Rows the General tab shows even when empty (XenCenter&apos;s ``GenerateGeneralBox``).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Virtualization mode</source>
        <translation>虚拟化模式</translation>
    </message>
    <message>
        <source>Hardware-assisted Virtualization (HVM)</source>
        <translation>硬件辅助虚拟化 (HVM)</translation>
    </message>
    <message>
        <source>Paravirtualization (PV)</source>
        <translation>半虚拟化 (PV)</translation>
    </message>
    <message>
        <source>Snapshot of</source>
        <translation>快照源</translation>
    </message>
    <message>
        <source>Creation time</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Time since startup</source>
        <translation>启动后的时间</translation>
    </message>
    <message>
        <source>Home Server</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>Virtualization state</source>
        <translation>虚拟化状态</translation>
    </message>
    <message>
        <source>Agent version</source>
        <translation>代理版本</translation>
    </message>
    <message>
        <source>Boot Options</source>
        <translation>引导选项</translation>
    </message>
    <message>
        <source>Boot order</source>
        <translation>引导顺序</translation>
    </message>
    <message>
        <source>Boot mode</source>
        <translation>引导模式</translation>
    </message>
    <message>
        <source>UEFI Secure Boot</source>
        <translation>UEFI 安全引导</translation>
    </message>
    <message>
        <source>UEFI Boot</source>
        <translation>UEFI 引导</translation>
    </message>
    <message>
        <source>BIOS Boot</source>
        <translation>BIOS 引导</translation>
    </message>
    <message>
        <source>OS boot parameters</source>
        <translation>操作系统引导参数</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Virtual CPUs</source>
        <translation>虚拟 CPU</translation>
    </message>
    <message>
        <source>Maximum virtual CPUs</source>
        <translation>最大虚拟 CPU 数</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Pool coordinator</source>
        <translation>池协调器</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Server is not reachable</source>
        <translation>无法访问服务器</translation>
    </message>
    <message>
        <source>In maintenance mode</source>
        <translation>处于维护模式</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Log destination</source>
        <translation>日志目标</translation>
    </message>
    <message>
        <source>Local and remote ({destination})</source>
        <translation>本地和远程 ({destination})</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Server uptime</source>
        <translation>服务器运行时间</translation>
    </message>
    <message>
        <source>Toolstack uptime</source>
        <translation>工具堆栈运行时间</translation>
    </message>
    <message>
        <source>{0} Basic Edition</source>
        <extracomment>FriendlyNames&apos; ``Label-host.edition-*`` (Naples and later; &quot;{0}&quot; is the product brand)</extracomment>
        <translation>{0} 基本版</translation>
    </message>
    <message>
        <source>{0} Premium Per-Socket</source>
        <translation>{0} 高级版（按插槽）</translation>
    </message>
    <message>
        <source>{0} Premium Per-User</source>
        <translation>{0} 高级版（按用户）</translation>
    </message>
    <message>
        <source>{0} Express</source>
        <translation>{0} 快速版</translation>
    </message>
    <message>
        <source>{0} Per-Socket</source>
        <translation>{0}（按插槽）</translation>
    </message>
    <message>
        <source>{0} Ultimate Edition</source>
        <translation>{0} 旗舰版</translation>
    </message>
    <message>
        <source>{0} Standard Edition</source>
        <translation>{0} 标准版</translation>
    </message>
    <message>
        <source>{0} Standard Per-Socket</source>
        <translation>{0} 标准版（按插槽）</translation>
    </message>
    <message>
        <source>{0} Trial Edition</source>
        <translation>{0} 试用版</translation>
    </message>
    <message>
        <source>{0} for Citrix Virtual Desktops</source>
        <translation>适用于 Citrix Virtual Desktops 的 {0}</translation>
    </message>
    <message>
        <source>License Details</source>
        <translation>许可证详细信息</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Number of Sockets</source>
        <translation>插槽数</translation>
    </message>
    <message>
        <source>License Server Address</source>
        <translation>许可证服务器地址</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name}（版本 {version}）</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Management Interfaces</source>
        <translation>管理接口</translation>
    </message>
    <message>
        <source>DNS hostname on &apos;{host}&apos;</source>
        <translation>“{host}”上的 DNS 主机名</translation>
    </message>
    <message>
        <source>Management interface on &apos;{host}&apos;</source>
        <translation>“{host}”上的管理接口</translation>
    </message>
    <message>
        <source>DNS hostname</source>
        <translation>DNS 主机名</translation>
    </message>
    <message>
        <source>Management interface</source>
        <translation>管理接口</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>{available} RAM available ({total} total)</source>
        <translation>可用内存 {available}（共 {total}）</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>{name}: using {size}</source>
        <translation>{name}：使用 {size}</translation>
    </message>
    <message>
        <source>Version Details</source>
        <translation>版本详细信息</translation>
    </message>
    <message>
        <source>Build date</source>
        <translation>内部版本日期</translation>
    </message>
    <message>
        <source>Build number</source>
        <translation>内部版本号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>{used} used of {total} total ({allocated} allocated)</source>
        <translation>已使用 {used}，共 {total}（已分配 {allocated}）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detached</source>
        <translation>已分离</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connection missing</source>
        <translation>缺少连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Vendor: {vendor}
Model: {model}
Speed: {speed} MHz</source>
        <extracomment>What no domain and no overhead holds. Sum of ``memory_actual`` of the guests resident on the host (control domains excluded). Xen itself: the host&apos;s and every resident VM&apos;s overhead, and the control domain&apos;s memory. Free memory plus what ballooning guests could give back down to their dynamic minimum. The guests&apos; dynamic maximums (static maximum for those that cannot balloon). The control domain&apos;s memory. ``VM_metrics.memory_actual`` while the VM has memory (running, paused), else None. All CPUs report the same vendor, model and speed (XenCenter then shows one &quot;CPU 0 - N&quot; row).</extracomment>
        <translation>供应商：{vendor}
型号：{model}
速度：{speed} MHz</translation>
    </message>
    <message>
        <source>1 core per socket (Invalid configuration)</source>
        <translation>每个插槽 1 个内核（配置无效）</translation>
    </message>
    <message>
        <source>{cores} cores per socket (Invalid configuration)</source>
        <translation>每个插槽 {cores} 个内核（配置无效）</translation>
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
        <extracomment>Expand everything the filter finds unless that is more rows than this. New servers open this deep (pool -&gt; hosts -&gt; their VMs). The rows a newly added server opens (its pool, hosts, and the groups of the other views). the View &gt; Show options changed: {field: on} (the window remembers them)</extracomment>
        <translation>保存的搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Desktop Notifications</source>
        <extracomment>At most this many alerts are announced one by one; more arrive as one summary.</extracomment>
        <translation>桌面通知(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Infrastructure</source>
        <extracomment>The view buttons: model/tree.py view key, label (translated where shown: context ``Navigation``), icon key.</extracomment>
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
    <name>SRTypes</name>
    <message>
        <source>LVM over iSCSI</source>
        <extracomment>XenCenter&apos;s friendly SR type names (``Label-SR.SRTypes-*``); other types show their driver name.</extracomment>
        <translation>基于 iSCSI 的 LVM</translation>
    </message>
    <message>
        <source>Hardware HBA</source>
        <translation>硬件 HBA</translation>
    </message>
    <message>
        <source>LVM over FCoE</source>
        <translation>基于 FCoE 的 LVM</translation>
    </message>
    <message>
        <source>VDI-per-LUN iSCSI</source>
        <translation>每个 LUN 一个 VDI 的 iSCSI</translation>
    </message>
    <message>
        <source>Local Performance Monitoring</source>
        <translation>本地性能监视</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
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
        <source>Events</source>
        <translation>事件</translation>
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
        <source>Networking</source>
        <extracomment>A host&apos;s or pool&apos;s networks: (command, text, on the page&apos;s object rather than the selected rows)</extracomment>
        <translation>网络</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Searches run again at most this often while the caches change (or twice as long as the last run took). The average character width of XenCenter&apos;s font, in pixels (what its column widths were made for). Debounce of edits in the query builder (typing a name runs one search, not one per key).</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <extracomment>Registry ids of the buttons; the ones the registry lacks get no button.</extracomment>
        <translation>快照</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>The buttons of a VM&apos;s disks and of an SR&apos;s: (command id, text, on the VM itself rather than the rows).</extracomment>
        <translation>存储</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Kinds in display order: (key, singular, plural). Bulk commands offered, by the kind they act on (each appears when that kind is selected).</extracomment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Multiple Objects</source>
        <translation>多个对象</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>(command, button text, runs on the page&apos;s pool rather than the selected rows) FriendlyNames&apos; Role.*.Description, shortened to their first sentence</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <source>General Properties</source>
        <translation>常规属性</translation>
    </message>
</context>
<context>
    <name>Uptime</name>
    <message>
        <source>%n minute</source>
        <extracomment>Exactly what ``ipaddress.IPv4Address`` accepts (no leading zeros), without building objects: search and the Search tab ask this for every VM.</extracomment>
        <translation>%n分钟</translation>
    </message>
    <message>
        <source>%n minutes</source>
        <translation>%n分钟</translation>
    </message>
    <message>
        <source>%n hour</source>
        <translation>%n小时</translation>
    </message>
    <message>
        <source>%n hours</source>
        <translation>%n小时</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours}{minutes}</translation>
    </message>
    <message>
        <source>%n day</source>
        <translation>%n天</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>%n天</translation>
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
        <translation>详细了解如何安装 {tools}</translation>
    </message>
    <message>
        <source>Unknown (please wait)</source>
        <translation>未知（请稍候）</translation>
    </message>
    <message>
        <source>I/O optimized</source>
        <translation>I/O 已优化</translation>
    </message>
    <message>
        <source>I/O not optimized</source>
        <translation>I/O 未优化</translation>
    </message>
    <message>
        <source>Management Agent installed</source>
        <translation>已安装管理代理</translation>
    </message>
    <message>
        <source>Management Agent not installed</source>
        <translation>未安装管理代理</translation>
    </message>
    <message>
        <source>Able to receive updates from Windows Update</source>
        <translation>能够从 Windows 更新接收更新</translation>
    </message>
    <message>
        <source>Not able to receive updates from Windows Update</source>
        <translation>无法从 Windows 更新接收更新</translation>
    </message>
    <message>
        <source>{tools} not installed</source>
        <translation>未安装 {tools}</translation>
    </message>
    <message>
        <source>Tools out of date (version {version} installed)</source>
        <translation>工具已过期（已安装版本 {version}）</translation>
    </message>
    <message>
        <source>Optimized (version {version} installed)</source>
        <translation>已优化（已安装版本 {version}）</translation>
    </message>
</context>
</TS>
