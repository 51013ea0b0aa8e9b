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
</TS>
