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
    <name>ConsoleSecurity</name>
    <message>
        <source>insecure (no encryption)</source>
        <extracomment>The status line&apos;s words, translated where shown (context ``ConsoleSecurity``; English on the command line).</extracomment>
        <translation>已断开连接</translation>
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
        <source>&apos;{name}&apos; is no longer on its server.</source>
        <translation>“{name}”已不在其服务器上。</translation>
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
        <translation>显示窗口</translation>
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
