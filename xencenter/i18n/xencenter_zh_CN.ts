<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Activities</name>
    <message>
        <source>Adding virtual disk &apos;{label}&apos; to VM</source>
        <translation>正在将虚拟磁盘“{label}”添加到虚拟机</translation>
    </message>
    <message>
        <source>Attaching virtual disk &apos;{name}&apos; to VM</source>
        <translation>正在将虚拟磁盘“{name}”连接到虚拟机</translation>
    </message>
    <message>
        <source>Activating virtual disk &apos;{disk}&apos; on VM</source>
        <translation>正在激活虚拟机上的虚拟磁盘“{disk}”</translation>
    </message>
    <message>
        <source>Deactivating virtual disk &apos;{disk}&apos; on VM</source>
        <translation>正在停用虚拟机上的虚拟磁盘“{disk}”</translation>
    </message>
    <message>
        <source>Detaching virtual disk &apos;{disk_name}&apos; from VM</source>
        <translation>正在从虚拟机分离虚拟磁盘“{disk_name}”</translation>
    </message>
    <message>
        <source>Deleting virtual disk &apos;{name}&apos; of VM</source>
        <translation>正在删除虚拟机的虚拟磁盘“{name}”</translation>
    </message>
    <message>
        <source>Changing virtual disk &apos;{name}&apos;</source>
        <translation>正在更改虚拟磁盘“{name}”</translation>
    </message>
    <message>
        <source>Resizing virtual disk &apos;{name}&apos; to {size}</source>
        <translation>正在将虚拟磁盘“{name}”的大小调整为 {size}</translation>
    </message>
    <message>
        <source>Moving virtual disk &apos;{name}&apos; to &apos;{sr}&apos; for</source>
        <translation>正在将虚拟磁盘“{name}”移动到“{sr}”，用于</translation>
    </message>
    <message>
        <source>Loading ISO &apos;{name}&apos; into the DVD drive of VM</source>
        <translation>正在将 ISO“{name}”装入虚拟机的 DVD 驱动器</translation>
    </message>
    <message>
        <source>Setting the DVD drive empty on VM</source>
        <translation>正在清空虚拟机的 DVD 驱动器</translation>
    </message>
    <message>
        <source>Creating a DVD drive for VM</source>
        <translation>正在为虚拟机创建 DVD 驱动器</translation>
    </message>
    <message>
        <source>Adding a network interface on &apos;{name}&apos; to VM</source>
        <translation>正在向虚拟机添加“{name}”上的网络接口</translation>
    </message>
    <message>
        <source>Changing network interface {device} of VM</source>
        <translation>正在更改虚拟机的网络接口 {device}</translation>
    </message>
    <message>
        <source>Removing network interface {device} from VM</source>
        <translation>正在从虚拟机删除网络接口 {device}</translation>
    </message>
    <message>
        <source>Migrating VM to &apos;{name}&apos;</source>
        <translation>正在将虚拟机迁移到“{name}”</translation>
    </message>
    <message>
        <source>Migrating VM to &apos;{name}&apos; in another pool</source>
        <translation>正在将虚拟机迁移到另一个池中的“{name}”</translation>
    </message>
    <message>
        <source>Moving the storage of VM to &apos;{name}&apos;</source>
        <translation>正在将虚拟机的存储移动到“{name}”</translation>
    </message>
    <message>
        <source>Migrating virtual disk &apos;{name}&apos; to &apos;{sr}&apos; for</source>
        <translation>正在将虚拟磁盘“{name}”迁移到“{sr}”，用于</translation>
    </message>
    <message>
        <source>Renaming {word}</source>
        <translation>正在重命名{word}</translation>
    </message>
    <message>
        <source>Changing tags and folder of {word}</source>
        <translation>正在更改{word}的标记和文件夹</translation>
    </message>
    <message>
        <source>Scanning NICs on server &apos;{name}&apos;</source>
        <translation>正在扫描服务器“{name}”上的网卡</translation>
    </message>
    <message>
        <source>Adding server &apos;{name}&apos; to pool &apos;{pool}&apos;</source>
        <translation>正在将服务器“{name}”添加到池“{pool}”</translation>
    </message>
    <message>
        <source>Creating pool &apos;{name}&apos; with coordinator &apos;{master}&apos;</source>
        <translation>正在创建池“{name}”，协调器为“{master}”</translation>
    </message>
    <message>
        <source>Saving search &apos;{name}&apos; in</source>
        <translation>正在保存搜索“{name}”到</translation>
    </message>
    <message>
        <source>Deleting search &apos;{name}&apos; from</source>
        <translation>正在删除搜索“{name}”，来自</translation>
    </message>
    <message>
        <source>Exporting search &apos;{name}&apos; to</source>
        <translation>正在将搜索“{name}”导出到</translation>
    </message>
    <message>
        <source>Starting VM on &apos;{server}&apos;</source>
        <translation>正在“{server}”上启动虚拟机</translation>
    </message>
    <message>
        <source>Dismissing alerts</source>
        <translation>正在消除警报</translation>
    </message>
    <message>
        <source>Starting VM</source>
        <translation>正在启动虚拟机</translation>
    </message>
    <message>
        <source>Shutting down VM</source>
        <translation>正在关闭虚拟机</translation>
    </message>
    <message>
        <source>Rebooting VM</source>
        <translation>正在重新启动虚拟机</translation>
    </message>
    <message>
        <source>Suspending VM</source>
        <translation>正在挂起虚拟机</translation>
    </message>
    <message>
        <source>Resuming VM</source>
        <translation>正在恢复虚拟机</translation>
    </message>
    <message>
        <source>Pausing VM</source>
        <translation>正在暂停虚拟机</translation>
    </message>
    <message>
        <source>Unpausing VM</source>
        <translation>正在取消暂停虚拟机</translation>
    </message>
    <message>
        <source>Forcing VM to shut down</source>
        <translation>正在强制关闭虚拟机</translation>
    </message>
    <message>
        <source>Forcing VM to reboot</source>
        <translation>正在强制重新启动虚拟机</translation>
    </message>
    <message>
        <source>Taking snapshot of VM</source>
        <translation>正在生成虚拟机快照</translation>
    </message>
    <message>
        <source>Deleting VM</source>
        <translation>正在删除虚拟机</translation>
    </message>
    <message>
        <source>Changing properties of VM</source>
        <translation>正在更改虚拟机属性</translation>
    </message>
    <message>
        <source>Migrating VM</source>
        <translation>正在迁移虚拟机</translation>
    </message>
    <message>
        <source>Moving VM storage</source>
        <translation>正在移动虚拟机存储</translation>
    </message>
    <message>
        <source>Migrating virtual disk</source>
        <translation>正在迁移虚拟磁盘</translation>
    </message>
    <message>
        <source>Adding virtual disk</source>
        <translation>正在添加虚拟磁盘</translation>
    </message>
    <message>
        <source>Attaching virtual disk</source>
        <translation>正在连接虚拟磁盘</translation>
    </message>
    <message>
        <source>Activating virtual disk</source>
        <translation>正在激活虚拟磁盘</translation>
    </message>
    <message>
        <source>Deactivating virtual disk</source>
        <translation>正在停用虚拟磁盘</translation>
    </message>
    <message>
        <source>Detaching virtual disk</source>
        <translation>正在分离虚拟磁盘</translation>
    </message>
    <message>
        <source>Deleting virtual disk</source>
        <translation>正在删除虚拟磁盘</translation>
    </message>
    <message>
        <source>Changing virtual disk</source>
        <translation>正在更改虚拟磁盘</translation>
    </message>
    <message>
        <source>Resizing virtual disk</source>
        <translation>正在调整虚拟磁盘大小</translation>
    </message>
    <message>
        <source>Moving virtual disk</source>
        <translation>正在移动虚拟磁盘</translation>
    </message>
    <message>
        <source>Saving performance graphs</source>
        <extracomment>The operation&apos;s title (translated where started, context ``Activities``).</extracomment>
        <translation>正在保存性能图表</translation>
    </message>
    <message>
        <source>Enabling HA</source>
        <translation>正在启用 HA</translation>
    </message>
    <message>
        <source>Disabling HA</source>
        <translation>正在禁用 HA</translation>
    </message>
    <message>
        <source>Creating SR</source>
        <translation>正在创建存储库</translation>
    </message>
    <message>
        <source>Reattaching SR</source>
        <translation>正在重新连接存储库</translation>
    </message>
    <message>
        <source>Creating network</source>
        <translation>正在创建网络</translation>
    </message>
    <message>
        <source>Removing network</source>
        <translation>正在删除网络</translation>
    </message>
    <message>
        <source>Destroying bond</source>
        <translation>正在销毁绑定</translation>
    </message>
    <message>
        <source>Entering maintenance mode</source>
        <translation>正在进入维护模式</translation>
    </message>
    <message>
        <source>Exiting maintenance mode</source>
        <translation>正在退出维护模式</translation>
    </message>
    <message>
        <source>Rebooting server</source>
        <translation>正在重新启动服务器</translation>
    </message>
    <message>
        <source>Powering on server</source>
        <translation>正在打开服务器电源</translation>
    </message>
    <message>
        <source>Shutting down server</source>
        <translation>正在关闭服务器</translation>
    </message>
    <message>
        <source>Restarting toolstack</source>
        <translation>正在重新启动工具堆栈</translation>
    </message>
    <message>
        <source>Adding network interface</source>
        <translation>正在添加网络接口</translation>
    </message>
    <message>
        <source>Changing network interface</source>
        <translation>正在更改网络接口</translation>
    </message>
    <message>
        <source>Removing network interface</source>
        <translation>正在删除网络接口</translation>
    </message>
    <message>
        <source>Scanning NICs</source>
        <translation>正在扫描网卡</translation>
    </message>
    <message>
        <source>Reconfiguring server networking</source>
        <translation>正在重新配置服务器网络</translation>
    </message>
    <message>
        <source>Removing server from pool</source>
        <translation>正在从池中删除服务器</translation>
    </message>
    <message>
        <source>Nominating new coordinator</source>
        <translation>正在指定新的协调器</translation>
    </message>
    <message>
        <source>Adding server to pool</source>
        <translation>正在将服务器添加到池</translation>
    </message>
    <message>
        <source>Creating pool</source>
        <translation>正在创建池</translation>
    </message>
    <message>
        <source>Changing properties of server</source>
        <translation>正在更改服务器属性</translation>
    </message>
    <message>
        <source>Changing properties of pool</source>
        <translation>正在更改池属性</translation>
    </message>
    <message>
        <source>Changing properties of SR</source>
        <translation>正在更改存储库属性</translation>
    </message>
    <message>
        <source>Changing properties of network</source>
        <translation>正在更改网络属性</translation>
    </message>
    <message>
        <source>Creating VM</source>
        <translation>正在创建虚拟机</translation>
    </message>
    <message>
        <source>Saving search</source>
        <translation>正在保存搜索</translation>
    </message>
    <message>
        <source>Deleting search</source>
        <translation>正在删除搜索</translation>
    </message>
    <message>
        <source>Exporting search</source>
        <translation>正在导出搜索</translation>
    </message>
    <message>
        <source>Exporting server list</source>
        <translation>正在导出服务器列表</translation>
    </message>
    <message>
        <source>Importing server list</source>
        <translation>正在导入服务器列表</translation>
    </message>
    <message>
        <source>Deleting snapshot</source>
        <translation>正在删除快照</translation>
    </message>
    <message>
        <source>Reverting to snapshot</source>
        <translation>正在恢复到快照</translation>
    </message>
    <message>
        <source>Repairing SR</source>
        <translation>正在修复存储库</translation>
    </message>
    <message>
        <source>Detaching SR</source>
        <translation>正在分离存储库</translation>
    </message>
    <message>
        <source>Forgetting SR</source>
        <translation>正在忘记存储库</translation>
    </message>
    <message>
        <source>Destroying SR</source>
        <translation>正在销毁存储库</translation>
    </message>
    <message>
        <source>Setting default SR</source>
        <translation>正在设置默认存储库</translation>
    </message>
    <message>
        <source>Scanning SR</source>
        <translation>正在扫描存储库</translation>
    </message>
    <message>
        <source>Reclaiming freed space</source>
        <translation>正在回收释放的空间</translation>
    </message>
    <message>
        <source>Collecting server status report</source>
        <translation>正在收集服务器状态报告</translation>
    </message>
    <message>
        <source>Cancelling task</source>
        <translation>正在取消任务</translation>
    </message>
    <message>
        <source>Copying VM</source>
        <translation>正在复制虚拟机</translation>
    </message>
    <message>
        <source>Converting VM to template</source>
        <translation>正在将虚拟机转换为模板</translation>
    </message>
    <message>
        <source>Creating template from snapshot</source>
        <translation>正在从快照创建模板</translation>
    </message>
    <message>
        <source>Deleting template</source>
        <translation>正在删除模板</translation>
    </message>
    <message>
        <source>Exporting VM</source>
        <translation>正在导出虚拟机</translation>
    </message>
    <message>
        <source>Importing VM</source>
        <translation>正在导入虚拟机</translation>
    </message>
    <message>
        <source>Joining domain</source>
        <translation>正在加入域</translation>
    </message>
    <message>
        <source>Leaving domain</source>
        <translation>正在退出域</translation>
    </message>
    <message>
        <source>Adding users</source>
        <translation>正在添加用户</translation>
    </message>
    <message>
        <source>Changing role</source>
        <translation>正在更改角色</translation>
    </message>
    <message>
        <source>Removing user</source>
        <translation>正在删除用户</translation>
    </message>
    <message>
        <source>Creating snapshot schedule</source>
        <translation>正在创建快照计划</translation>
    </message>
    <message>
        <source>Taking scheduled snapshots</source>
        <translation>正在生成计划快照</translation>
    </message>
    <message>
        <source>Enabling snapshot schedule</source>
        <translation>正在启用快照计划</translation>
    </message>
    <message>
        <source>Disabling snapshot schedule</source>
        <translation>正在禁用快照计划</translation>
    </message>
    <message>
        <source>Deleting snapshot schedule</source>
        <translation>正在删除快照计划</translation>
    </message>
    <message>
        <source>Dismissing alert</source>
        <translation>正在消除警报</translation>
    </message>
    <message>
        <source>Dismissing %n alerts</source>
        <translation>正在关闭 %n 个警报</translation>
    </message>
    <message>
        <source>Exporting server list to</source>
        <translation>正在将服务器列表导出到</translation>
    </message>
    <message>
        <source>Importing server list from</source>
        <translation>正在导入服务器列表，来自</translation>
    </message>
    <message>
        <source>Copying template to &apos;{sr}&apos; as &apos;{name}&apos; from</source>
        <translation>正在将模板复制到“{sr}”，名为“{name}”，来自</translation>
    </message>
    <message>
        <source>Copying VM to &apos;{sr}&apos; as &apos;{name}&apos; from</source>
        <translation>正在将虚拟机复制到“{sr}”，名为“{name}”，来自</translation>
    </message>
    <message>
        <source>Copying template (fast clone) as &apos;{name}&apos; from</source>
        <translation>正在复制模板（快速克隆），名为“{name}”，来自</translation>
    </message>
    <message>
        <source>Copying VM (fast clone) as &apos;{name}&apos; from</source>
        <translation>正在复制虚拟机（快速克隆），名为“{name}”，来自</translation>
    </message>
</context>
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
    <name>Alarms</name>
    <message>
        <source>CPU Usage Alarm</source>
        <extracomment>variable name -&gt; (title, description pattern, value kind); the words translated where an alert is made.</extracomment>
        <translation>CPU 使用率警报</translation>
    </message>
    <message>
        <source>CPU usage on {0} has been on average {1} for the last {2}.
This alarm is set to be triggered when CPU usage is more than {3}.</source>
        <translation>{0} 的 CPU 使用率在过去 {2} 内平均为 {1}。
此警报设置为在 CPU 使用率超过 {3} 时触发。</translation>
    </message>
    <message>
        <source>Network Usage Alarm</source>
        <translation>网络使用率警报</translation>
    </message>
    <message>
        <source>Network usage on {0} has been on average {1} for the last {2}.
This alarm is set to be triggered when network usage is more than {3}.</source>
        <translation>{0} 的网络使用率在过去 {2} 内平均为 {1}。
此警报设置为在网络使用率超过 {3} 时触发。</translation>
    </message>
    <message>
        <source>Disk Usage Alarm</source>
        <translation>磁盘使用率警报</translation>
    </message>
    <message>
        <source>Disk usage on {0} has been on average {1} for the last {2}.
This alarm is set to be triggered when disk usage is more than {3}.</source>
        <translation>{0} 的磁盘使用率在过去 {2} 内平均为 {1}。
此警报设置为在磁盘使用率超过 {3} 时触发。</translation>
    </message>
    <message>
        <source>Memory Usage Alarm</source>
        <translation>内存使用率警报</translation>
    </message>
    <message>
        <source>Free memory on {0} has been {1} for the last {2}.
This alarm is set to be triggered when free memory falls below {3}.</source>
        <translation>{0} 的可用内存在过去 {2} 内为 {1}。
此警报设置为在可用内存低于 {3} 时触发。</translation>
    </message>
    <message>
        <source>File System on Control Domain Full</source>
        <translation>控制域上的文件系统已满</translation>
    </message>
    <message>
        <source>Disk usage for the Control Domain on {0} has reached {1}. {4}&apos;s performance will be critically affected if this disk becomes full. Log files or other non-essential (user created) files should be removed.</source>
        <translation>{0} 上控制域的磁盘使用率已达到 {1}。如果此磁盘已满，{4} 的性能将受到严重影响。应删除日志文件或其他非必需的（用户创建的）文件。</translation>
    </message>
    <message>
        <source>File System on Logs Partition Full</source>
        <translation>日志分区上的文件系统已满</translation>
    </message>
    <message>
        <source>The disk usage for the Logs Partition on {0} has reached {1}. Logging will be critically affected if this disk becomes full. Old log files should be removed.</source>
        <translation>{0} 上日志分区的磁盘使用率已达到 {1}。如果此磁盘已满，日志记录将受到严重影响。应删除旧的日志文件。</translation>
    </message>
    <message>
        <source>Control Domain Memory Demand Alarm</source>
        <translation>控制域内存需求警报</translation>
    </message>
    <message>
        <source>The memory required by the control domain on {0} is {1} of its allocated memory. Occasional performance degradation can be expected when memory swapping is forced to happen.
This alarm is set to be triggered when the memory required by the control domain is above {3} of its allocated memory.</source>
        <translation>{0} 上控制域所需的内存为其已分配内存的 {1}。强制进行内存交换时，性能可能会偶尔下降。
此警报设置为在控制域所需内存超过其已分配内存的 {3} 时触发。</translation>
    </message>
    <message>
        <source>SR Disk Space Alarm</source>
        <translation>存储库磁盘空间警报</translation>
    </message>
    <message>
        <source>The physical utilization on {0} is about {1} of its capacity. 
This alarm is set to be triggered when the physical utilization of the SR goes above {3}.</source>
        <translation>{0} 的物理利用率约为其容量的 {1}。
此警报设置为在存储库的物理利用率超过 {3} 时触发。</translation>
    </message>
    <message>
        <source>Storage Throughput Alarm</source>
        <translation>存储吞吐量警报</translation>
    </message>
    <message>
        <source>The total read and write throughput of {0} on storage repository &apos;{5}&apos; has been {1} for the last {2}.
This alarm is set to be triggered when the total throughput exceeds {3}.</source>
        <translation>{0} 在存储库“{5}”上的读写总吞吐量在过去 {2} 内为 {1}。
此警报设置为在总吞吐量超过 {3} 时触发。</translation>
    </message>
    <message>
        <source>%n seconds</source>
        <extracomment>xapi&apos;s per-SR throughput variable: ``sr_io_throughput_total_&lt;first 8 of the SR uuid&gt;``. XenCenter raises these two above what xapi sent (a full dom0 disk stops the host).</extracomment>
        <translation>%n 秒</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>可忽略</translation>
    </message>
</context>
<context>
    <name>AlertBodies</name>
    <message>
        <source>Alarm &apos;{0}&apos; was not recognized.</source>
        <extracomment>The alert&apos;s text by message type (and the variants XenCenter picks by the body: ``-0``, ``-1``, ``-n``).</extracomment>
        <translation>无法识别警报“{0}”。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; failed to join the cluster.</source>
        <translation>服务器“{0}”未能加入群集。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has been fenced.</source>
        <translation>服务器“{0}”已被隔离。</translation>
    </message>
    <message>
        <source>The external authentication service used within &apos;{0}&apos; is not consistent.</source>
        <translation>“{0}”中使用的外部身份验证服务不一致。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has failed to connect to the Active Directory server.

{1}</source>
        <translation>服务器“{0}”未能连接到 Active Directory 服务器。

{1}</translation>
    </message>
    <message>
        <source>Space utilization on SR &apos;{0}&apos; has exceeded 80%.</source>
        <translation>存储库“{0}”的空间利用率已超过 80%。</translation>
    </message>
    <message>
        <source>A grace license was issued for {0}. This was because the license server could not be reached, it is an out-of-date version, or because the host has recently been upgraded.</source>
        <translation>已为 {0} 颁发宽限期许可证。原因是无法访问许可证服务器、许可证服务器版本过旧，或主机最近已升级。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is taking too long to respond to the HA networking heartbeat and may become fenced.</source>
        <translation>服务器“{0}”响应 HA 网络检测信号的时间过长，可能会被隔离。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has failed.</source>
        <translation>服务器“{0}”出现故障。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; was fenced, and has now successfully restarted and rejoined the pool.</source>
        <translation>服务器“{0}”曾被隔离，现已成功重新启动并重新加入池。</translation>
    </message>
    <message>
        <source>One of the paths in network bond &apos;{0}&apos; on server &apos;{1}&apos; has failed.  HA protection is at risk without it.</source>
        <translation>服务器“{1}”上网络绑定“{0}”中的一条路径出现故障。缺少此路径，HA 保护将面临风险。</translation>
    </message>
    <message>
        <source>The failover tolerance for pool &apos;{0}&apos; has dropped to 0, and HA is no longer guaranteed.</source>
        <translation>池“{0}”的故障转移容差已降至 0，不再保证 HA。</translation>
    </message>
    <message>
        <source>The failover tolerance for pool &apos;{0}&apos; has dropped.  HA is now only guaranteed for 1 host failure.</source>
        <translation>池“{0}”的故障转移容差已降低。现在仅保证在 1 台主机故障时提供 HA。</translation>
    </message>
    <message>
        <source>The failover tolerance for pool &apos;{0}&apos; has dropped.  HA is now only guaranteed for {1} host failures.</source>
        <translation>池“{0}”的故障转移容差已降低。现在仅保证在 {1} 台主机故障时提供 HA。</translation>
    </message>
    <message>
        <source>The maximum number of server failures tolerable in pool &apos;{0}&apos; has fallen below the requested value.</source>
        <translation>池“{0}”可容忍的最大服务器故障数已低于请求的值。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos;, which is protected under HA, has failed to start.</source>
        <translation>受 HA 保护的虚拟机“{0}”未能启动。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is taking too long to write to the heartbeat storage and may become fenced.</source>
        <translation>服务器“{0}”写入检测信号存储的时间过长，可能会被隔离。</translation>
    </message>
    <message>
        <source>The servers in pool &apos;{0}&apos; cannot access the heartbeat SR. HA protection is severely impaired without it.</source>
        <translation>池“{0}”中的服务器无法访问检测信号存储库。缺少此存储库，HA 保护将严重受损。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is taking too long to respond and may become fenced.</source>
        <translation>服务器“{0}”响应时间过长，可能会被隔离。</translation>
    </message>
    <message>
        <source>The clock on server &apos;{0}&apos; is not synchronized with the other servers in pool &apos;{1}&apos;.  This can lead to errors when migrating virtual machines, and also affect any performance data collected in the future.</source>
        <translation>服务器“{0}”的时钟与池“{1}”中的其他服务器不同步。这可能导致迁移虚拟机时出错，还会影响将来收集的性能数据。</translation>
    </message>
    <message>
        <source>The server clock on &apos;{0}&apos; has gone backwards.</source>
        <translation>“{0}”上的服务器时钟已倒退。</translation>
    </message>
    <message>
        <source>The CPU feature level on host &apos;{0}&apos; has been reduced.</source>
        <translation>主机“{0}”的 CPU 功能级别已降低。</translation>
    </message>
    <message>
        <source>The CPU feature level on host &apos;{0}&apos; has been increased.</source>
        <translation>主机“{0}”的 CPU 功能级别已提高。</translation>
    </message>
    <message>
        <source>There was a temporary failure synchronizing performance statistics across the pool, probably because one or more servers were offline.  Another synchronization attempt will be made later.</source>
        <translation>在池中同步性能统计信息时出现临时故障，可能是因为一台或多台服务器处于脱机状态。稍后将再次尝试同步。</translation>
    </message>
    <message>
        <source>The license on server &apos;{0}&apos; has expired or been changed, pooling is no longer supported.</source>
        <translation>服务器“{0}”上的许可证已过期或已更改，不再支持组建池。</translation>
    </message>
    <message>
        <source>The license for {0} has expired.</source>
        <translation>{0} 的许可证已过期。</translation>
    </message>
    <message>
        <source>The license on host &apos;{0}&apos; will expire within 30 days.</source>
        <translation>主机“{0}”上的许可证将在 30 天内过期。</translation>
    </message>
    <message>
        <source>The requested license is not available for {0}.</source>
        <translation>请求的许可证对 {0} 不可用。</translation>
    </message>
    <message>
        <source>The server {0} has successfully connected to the license server.</source>
        <translation>服务器 {0} 已成功连接到许可证服务器。</translation>
    </message>
    <message>
        <source>The server {0} has disconnected from the license server.</source>
        <translation>服务器 {0} 已与许可证服务器断开连接。</translation>
    </message>
    <message>
        <source>A license for {0} could not be checked-out because the license server could not be reached at the given address and port. Please check the connection details, and verify that the license server is running.</source>
        <translation>无法为 {0} 签出许可证，因为无法通过给定的地址和端口访问许可证服务器。请检查连接详细信息，并确认许可证服务器正在运行。</translation>
    </message>
    <message>
        <source>The license server for {0} is an out-of-date version.</source>
        <translation>{0} 的许可证服务器版本过旧。</translation>
    </message>
    <message>
        <source>Pool &apos;{0}&apos; is unable to access the HA metadata disk. Until access is restored changes to the pool metadata may be lost in the event of an HA failover.</source>
        <translation>池“{0}”无法访问 HA 元数据磁盘。在恢复访问之前，如果发生 HA 故障转移，对池元数据的更改可能会丢失。</translation>
    </message>
    <message>
        <source>Pool &apos;{0}&apos; successfully accessed the HA metadata disk after a previous failure and can perform a successful recovery in the event of an HA failover.</source>
        <translation>池“{0}”在之前出现故障后已成功访问 HA 元数据磁盘，在发生 HA 故障转移时可以成功恢复。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has experienced a change in multipath status. Currently {1} out of {2} paths are active. See the application logs for the full details.</source>
        <translation>服务器“{0}”的多路径状态发生了变化。当前 {2} 条路径中有 {1} 条处于活动状态。有关完整详细信息，请参阅应用程序日志。</translation>
    </message>
    <message>
        <source>Servers in pool &apos;{0}&apos; have experienced a change in multipath status. Currently all paths are active. See the application logs for the full details.</source>
        <translation>池“{0}”中服务器的多路径状态发生了变化。当前所有路径均处于活动状态。有关完整详细信息，请参阅应用程序日志。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; has experienced a change in multipath status. Currently all paths are active. See the application logs for the full details.</source>
        <translation>服务器“{0}”的多路径状态发生了变化。当前所有路径均处于活动状态。有关完整详细信息，请参阅应用程序日志。</translation>
    </message>
    <message>
        <source>Servers in pool &apos;{0}&apos; have experienced a change in multipath status. Currently the following servers have inactive paths: {1}. See the application logs for the full details.</source>
        <translation>池“{0}”中服务器的多路径状态发生了变化。当前以下服务器有非活动路径：{1}。有关完整详细信息，请参阅应用程序日志。</translation>
    </message>
    <message>
        <source>A storage repository could not be attached when server &apos;{0}&apos; started.</source>
        <translation>服务器“{0}”启动时无法连接存储库。</translation>
    </message>
    <message>
        <source>The CPU feature level on pool &apos;{0}&apos; has been reduced.</source>
        <translation>池“{0}”的 CPU 功能级别已降低。</translation>
    </message>
    <message>
        <source>The CPU feature level on pool &apos;{0}&apos; has been increased.</source>
        <translation>池“{0}”的 CPU 功能级别已提高。</translation>
    </message>
    <message>
        <source>Server &apos;{0}&apos; is now the coordinator of pool &apos;{1}&apos;.</source>
        <translation>服务器“{0}”现在是池“{1}”的协调器。</translation>
    </message>
    <message>
        <source>Unable to setup PVS-Accelerator on VM &apos;{0}&apos;. No cache storage found on site &apos;{1}&apos;.</source>
        <translation>无法在虚拟机“{0}”上设置 PVS-Accelerator。在站点“{1}”上未找到缓存存储。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on the pool, but overridden on server &apos;{0}&apos;.</source>
        <translation>池已启用证书验证，但在服务器“{0}”上被覆盖。</translation>
    </message>
    <message>
        <source>Quality of Service settings for disk &apos;{0}&apos; on virtual machine &apos;{1}&apos; could not be obeyed.</source>
        <translation>无法遵循虚拟机“{1}”上磁盘“{0}”的服务质量设置。</translation>
    </message>
    <message>
        <source>Quality of Service settings for VCPU &apos;{0}&apos; on virtual machine &apos;{1}&apos; could not be obeyed.</source>
        <translation>无法遵循虚拟机“{1}”上 VCPU“{0}”的服务质量设置。</translation>
    </message>
    <message>
        <source>Changed block tracking has been disabled for virtual disk {0} due to inconsistent metadata. To continue using changed block tracking with this virtual disk, you will need to do the backup setup again, including re-enabling changed block tracking, taking a snapshot and backing it up.</source>
        <translation>由于元数据不一致，已对虚拟磁盘 {0} 禁用更改块跟踪。要继续对此虚拟磁盘使用更改块跟踪，需要重新进行备份设置，包括重新启用更改块跟踪、生成快照并进行备份。</translation>
    </message>
    <message>
        <source>Changed block tracking has been disabled for virtual disk {0} due to a resizing failure. To continue using changed block tracking with this virtual disk, you will need to do the backup setup again, including re-enabling changed block tracking, taking a snapshot and backing it up.</source>
        <translation>由于调整大小失败，已对虚拟磁盘 {0} 禁用更改块跟踪。要继续对此虚拟磁盘使用更改块跟踪，需要重新进行备份设置，包括重新启用更改块跟踪、生成快照并进行备份。</translation>
    </message>
    <message>
        <source>Changed block tracking has been disabled for virtual disk {0} due to a snapshot failure. To continue using changed block tracking with this virtual disk, you will need to do the backup setup again, including re-enabling changed block tracking, taking a snapshot and backing it up.</source>
        <translation>由于快照失败，已对虚拟磁盘 {0} 禁用更改块跟踪。要继续对此虚拟磁盘使用更改块跟踪，需要重新进行备份设置，包括重新启用更改块跟踪、生成快照并进行备份。</translation>
    </message>
    <message>
        <source>Quality of Service settings for network interface &apos;{0}&apos; on virtual machine &apos;{1}&apos; could not be obeyed.</source>
        <translation>无法遵循虚拟机“{1}”上网络接口“{0}”的服务质量设置。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been cloned.</source>
        <translation>已克隆虚拟机“{0}”。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has crashed</source>
        <translation>虚拟机“{0}”已崩溃</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been rebooted.</source>
        <translation>已重新启动虚拟机“{0}”。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been resumed.</source>
        <translation>已恢复虚拟机“{0}”。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; failed to pass Secure Boot verification.</source>
        <translation>虚拟机“{0}”未通过安全引导验证。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been shut down.</source>
        <translation>已关闭虚拟机“{0}”。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been started.</source>
        <translation>已启动虚拟机“{0}”。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; has been suspended.</source>
        <translation>已挂起虚拟机“{0}”。</translation>
    </message>
    <message>
        <source>Virtual machine &apos;{0}&apos; did not reduce its memory usage when requested.</source>
        <translation>虚拟机“{0}”在收到请求时未减少其内存使用量。</translation>
    </message>
    <message>
        <source>The server license you are using does not allow you to use the Scheduled Snapshots feature.</source>
        <translation>您使用的服务器许可证不允许使用计划快照功能。</translation>
    </message>
    <message>
        <source>The snapshot schedule &apos;{0}&apos; failed because a snapshot could not be created.</source>
        <translation>快照计划“{0}”失败，因为无法创建快照。</translation>
    </message>
    <message>
        <source>Unable to create snapshots at this time because a scheduled snapshot operation is already in progress in this pool. Only one scheduled snapshot operation can run at a time in the same pool. Please check that the snapshot schedules in this pool do not clash.</source>
        <translation>此时无法创建快照，因为此池中已有计划快照操作正在进行。同一池中一次只能运行一个计划快照操作。请检查此池中的快照计划是否冲突。</translation>
    </message>
    <message>
        <source>Unable to create snapshots at this time because the scheduled snapshot operation for this policy is already in progress. Please try again later.</source>
        <translation>此时无法创建快照，因为此策略的计划快照操作已在进行中。请稍后重试。</translation>
    </message>
    <message>
        <source>Snapshot schedule succeeded</source>
        <translation>快照计划成功</translation>
    </message>
    <message>
        <source>Snapshot schedule  XAPI logon failure</source>
        <translation>快照计划 XAPI 登录失败</translation>
    </message>
    <message>
        <source>Pool &apos;{0}&apos; failed to retrieve placement recommendations from WLB for &apos;{1}&apos;.</source>
        <translation>池“{0}”未能从 WLB 检索“{1}”的放置建议。</translation>
    </message>
    <message>
        <source>WLB reports that the pool &apos;{0}&apos; is in need of optimization. The pool optimization mode is set to &apos;{1}&apos; and the severity of the alert is &apos;{2}&apos;.</source>
        <translation>WLB 报告池“{0}”需要优化。池优化模式设置为“{1}”，警报的严重性为“{2}”。</translation>
    </message>
</context>
<context>
    <name>AlertTitles</name>
    <message>
        <source>Cannot reclaim freed space because the SR is already busy</source>
        <translation>无法回收释放的空间，因为存储库正忙</translation>
    </message>
    <message>
        <source>An unknown error occurred when reclaiming freed space</source>
        <translation>回收释放的空间时出现未知错误</translation>
    </message>
    <message>
        <source>Reclaiming freed space not supported on this SR</source>
        <translation>此存储库不支持回收释放的空间</translation>
    </message>
    <message>
        <source>Unrecognized alarm</source>
        <translation>无法识别的警报</translation>
    </message>
    <message>
        <source>Bond status has changed</source>
        <translation>绑定状态已更改</translation>
    </message>
    <message>
        <source>Server failed to join the cluster</source>
        <translation>服务器未能加入群集</translation>
    </message>
    <message>
        <source>Server has been fenced</source>
        <translation>服务器已被隔离</translation>
    </message>
    <message>
        <source>Authentication method is not consistent across the Pool</source>
        <translation>池中的身份验证方法不一致</translation>
    </message>
    <message>
        <source>Active Directory authorization is not available</source>
        <translation>Active Directory 授权不可用</translation>
    </message>
    <message>
        <source>Storage repository low on space</source>
        <translation>存储库空间不足</translation>
    </message>
    <message>
        <source>Grace license issued.</source>
        <translation>已颁发宽限期许可证。</translation>
    </message>
    <message>
        <source>HA heartbeat approaching timeout</source>
        <translation>HA 检测信号即将超时</translation>
    </message>
    <message>
        <source>Server failed</source>
        <translation>服务器故障</translation>
    </message>
    <message>
        <source>Server recovered</source>
        <translation>服务器已恢复</translation>
    </message>
    <message>
        <source>HA network bonding error</source>
        <translation>HA 网络绑定错误</translation>
    </message>
    <message>
        <source>Drop in HA failover tolerance</source>
        <translation>HA 故障转移容差降低</translation>
    </message>
    <message>
        <source>HA-protected VM failed to restart</source>
        <translation>受 HA 保护的虚拟机未能重新启动</translation>
    </message>
    <message>
        <source>Heartbeat SR approaching timeout</source>
        <translation>检测信号存储库即将超时</translation>
    </message>
    <message>
        <source>Heartbeat SR lost</source>
        <translation>检测信号存储库丢失</translation>
    </message>
    <message>
        <source>Server healthcheck approaching timeout</source>
        <translation>服务器运行状况检查即将超时</translation>
    </message>
    <message>
        <source>Server clock not synchronized</source>
        <translation>服务器时钟未同步</translation>
    </message>
    <message>
        <source>Server clock has gone backwards</source>
        <translation>服务器时钟已倒退</translation>
    </message>
    <message>
        <source>Host CPU features reduced</source>
        <translation>主机 CPU 功能已降低</translation>
    </message>
    <message>
        <source>Host CPU features increased</source>
        <translation>主机 CPU 功能已提高</translation>
    </message>
    <message>
        <source>Server statistics synchronization failed</source>
        <translation>服务器统计信息同步失败</translation>
    </message>
    <message>
        <source>Network configuration issue</source>
        <translation>网络配置问题</translation>
    </message>
    <message>
        <source>License does not support pooling</source>
        <translation>许可证不支持组建池</translation>
    </message>
    <message>
        <source>License Expired.</source>
        <translation>许可证已过期。</translation>
    </message>
    <message>
        <source>License expires soon</source>
        <translation>许可证即将过期</translation>
    </message>
    <message>
        <source>A license was not available.</source>
        <translation>许可证不可用。</translation>
    </message>
    <message>
        <source>License server connection successful.</source>
        <translation>许可证服务器连接成功。</translation>
    </message>
    <message>
        <source>Server disconnected from license server.</source>
        <translation>服务器已与许可证服务器断开连接。</translation>
    </message>
    <message>
        <source>The license server could not be reached.</source>
        <translation>无法访问许可证服务器。</translation>
    </message>
    <message>
        <source>The license server is an out-of-date version.</source>
        <translation>许可证服务器版本过旧。</translation>
    </message>
    <message>
        <source>Lost access to HA metadata disk</source>
        <translation>无法访问 HA 元数据磁盘</translation>
    </message>
    <message>
        <source>Restored access to HA metadata disk</source>
        <translation>已恢复对 HA 元数据磁盘的访问</translation>
    </message>
    <message>
        <source>Multipath Alert</source>
        <translation>多路径警报</translation>
    </message>
    <message>
        <source>Failed to attach storage on server start</source>
        <translation>服务器启动时未能连接存储</translation>
    </message>
    <message>
        <source>Pool CPU features reduced</source>
        <translation>池 CPU 功能已降低</translation>
    </message>
    <message>
        <source>Pool CPU features increased</source>
        <translation>池 CPU 功能已提高</translation>
    </message>
    <message>
        <source>Pool coordinator changed</source>
        <translation>池协调器已更改</translation>
    </message>
    <message>
        <source>No cache storage available for PVS site</source>
        <translation>PVS 站点没有可用的缓存存储</translation>
    </message>
    <message>
        <source>PVS proxy setup failed</source>
        <translation>PVS 代理设置失败</translation>
    </message>
    <message>
        <source>Certificate verification is disabled.</source>
        <translation>证书验证已禁用。</translation>
    </message>
    <message>
        <source>VM Disk QoS Failed</source>
        <translation>虚拟机磁盘 QoS 失败</translation>
    </message>
    <message>
        <source>VM vCPU QoS Failed</source>
        <translation>虚拟机 vCPU QoS 失败</translation>
    </message>
    <message>
        <source>Changed block tracking disabled due to inconsistent metadata</source>
        <translation>由于元数据不一致，已禁用更改块跟踪</translation>
    </message>
    <message>
        <source>Changed block tracking disabled due to a virtual disk resizing failure</source>
        <translation>由于虚拟磁盘调整大小失败，已禁用更改块跟踪</translation>
    </message>
    <message>
        <source>Changed block tracking disabled due to a snapshot failure</source>
        <translation>由于快照失败，已禁用更改块跟踪</translation>
    </message>
    <message>
        <source>VM Network Interface QoS Failed</source>
        <translation>虚拟机网络接口 QoS 失败</translation>
    </message>
    <message>
        <source>Snapshot of disks and memory for virtual machine has been created</source>
        <translation>已为虚拟机创建磁盘和内存快照</translation>
    </message>
    <message>
        <source>VM Cloned</source>
        <translation>虚拟机已克隆</translation>
    </message>
    <message>
        <source>VM Crashed</source>
        <translation>虚拟机已崩溃</translation>
    </message>
    <message>
        <source>Virtual machine has been migrated</source>
        <translation>虚拟机已迁移</translation>
    </message>
    <message>
        <source>Virtual machine has been paused</source>
        <translation>虚拟机已暂停</translation>
    </message>
    <message>
        <source>VM Rebooted</source>
        <translation>虚拟机已重新启动</translation>
    </message>
    <message>
        <source>VM Resumed</source>
        <translation>虚拟机已恢复</translation>
    </message>
    <message>
        <source>VM Secure Boot verification failed</source>
        <translation>虚拟机安全引导验证失败</translation>
    </message>
    <message>
        <source>VM Shut down</source>
        <translation>虚拟机已关闭</translation>
    </message>
    <message>
        <source>Virtual machine has been reverted to snapshot</source>
        <translation>虚拟机已恢复到快照</translation>
    </message>
    <message>
        <source>Snapshot of disks for virtual machine has been created</source>
        <translation>已为虚拟机创建磁盘快照</translation>
    </message>
    <message>
        <source>VM Started</source>
        <translation>虚拟机已启动</translation>
    </message>
    <message>
        <source>VM Suspended</source>
        <translation>虚拟机已挂起</translation>
    </message>
    <message>
        <source>VM Uncooperative</source>
        <translation>虚拟机不配合</translation>
    </message>
    <message>
        <source>Virtual machine has been unpaused</source>
        <translation>虚拟机已取消暂停</translation>
    </message>
    <message>
        <source>Snapshot schedule failed: insufficient license for Scheduled snapshots</source>
        <translation>快照计划失败：许可证不足，无法使用计划快照</translation>
    </message>
    <message>
        <source>Snapshot schedule failed</source>
        <translation>快照计划失败</translation>
    </message>
    <message>
        <source>Snapshot schedule succeeded</source>
        <translation>快照计划成功</translation>
    </message>
    <message>
        <source>Snapshot schedule XAPI logon failure</source>
        <translation>快照计划 XAPI 登录失败</translation>
    </message>
    <message>
        <source>WLB consultation has failed</source>
        <translation>WLB 咨询失败</translation>
    </message>
    <message>
        <source>WLB Host Power Off</source>
        <translation>WLB 主机关机</translation>
    </message>
    <message>
        <source>WLB Host Power On</source>
        <translation>WLB 主机开机</translation>
    </message>
    <message>
        <source>WLB optimization alert</source>
        <translation>WLB 优化警报</translation>
    </message>
    <message>
        <source>WLB Server Time Discrepancy</source>
        <translation>WLB 服务器时间差异</translation>
    </message>
    <message>
        <source>WLB VM Relocation</source>
        <translation>WLB 虚拟机重新定位</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Critical</source>
        <extracomment>priority -&gt; XenCenter&apos;s severity words (its SEVERITY_FILTER_n and their details), translated where shown (context ``Alerts``).</extracomment>
        <translation>严重</translation>
    </message>
    <message>
        <source>Data loss imminent</source>
        <translation>即将丢失数据</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Service loss imminent</source>
        <translation>即将丢失服务</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Service degraded</source>
        <translation>服务已降级</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>次要</translation>
    </message>
    <message>
        <source>Service recovered</source>
        <translation>服务已恢复</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>信息性</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation>严重性未知</translation>
    </message>
    <message>
        <source>Server identity certificate on {0}</source>
        <extracomment>Types whose text names only the object. Types whose text names the object, then its pool.</extracomment>
        <translation>{0} 上的服务器身份证书</translation>
    </message>
    <message>
        <source>The identity certificate of server &apos;{0}&apos;</source>
        <translation>服务器“{0}”的身份证书</translation>
    </message>
    <message>
        <source>Server internal identity certificate on {0}</source>
        <translation>{0} 上的服务器内部身份证书</translation>
    </message>
    <message>
        <source>The internal identity certificate of server &apos;{0}&apos;</source>
        <translation>服务器“{0}”的内部身份证书</translation>
    </message>
    <message>
        <source>Trusted CA certificate on {0}</source>
        <translation>{0} 上的受信任 CA 证书</translation>
    </message>
    <message>
        <source>A trusted CA certificate of &apos;{0}&apos;</source>
        <translation>“{0}”的受信任 CA 证书</translation>
    </message>
    <message>
        <source>pool &apos;{0}&apos;</source>
        <extracomment>The message ``cls`` -&gt; the cache&apos;s class.</extracomment>
        <translation>池“{0}”</translation>
    </message>
    <message>
        <source>server &apos;{0}&apos;</source>
        <translation>服务器“{0}”</translation>
    </message>
    <message>
        <source>VM &apos;{0}&apos;</source>
        <translation>虚拟机“{0}”</translation>
    </message>
    <message>
        <source>storage repository &apos;{0}&apos;</source>
        <translation>存储库“{0}”</translation>
    </message>
    <message>
        <source>unknown object</source>
        <translation>未知对象</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>{title} expiring in %n day(s)</source>
        <translation>{title}将在 %n 天后过期</translation>
    </message>
    <message>
        <source>{subject} will expire on {date}.</source>
        <translation>{subject}将于 {date} 过期。</translation>
    </message>
    <message>
        <source>{subject} expired on {date}.</source>
        <translation>{subject}已于 {date} 过期。</translation>
    </message>
    <message>
        <source>{subject} expired.</source>
        <translation>{subject}已过期。</translation>
    </message>
    <message>
        <source>{title} expired</source>
        <translation>{title}已过期</translation>
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
    <name>Changes</name>
    <message>
        <source>the name</source>
        <extracomment>The call that takes this one back when a later change fails (the SRs replugged after multipathing).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>the tag &apos;{tag}&apos;</source>
        <translation>标记“{tag}”</translation>
    </message>
    <message>
        <source>the custom field &apos;{name}&apos;</source>
        <translation>自定义字段“{name}”</translation>
    </message>
    <message>
        <source>multipathing</source>
        <translation>多路径</translation>
    </message>
    <message>
        <source>the log destination</source>
        <translation>日志目标</translation>
    </message>
    <message>
        <source>the power-on mode</source>
        <translation>开机模式</translation>
    </message>
    <message>
        <source>live patching</source>
        <translation>实时修补</translation>
    </message>
    <message>
        <source>migration compression</source>
        <translation>迁移压缩</translation>
    </message>
    <message>
        <source>TLS verification</source>
        <translation>TLS 验证</translation>
    </message>
    <message>
        <source>the e-mail alert options</source>
        <translation>电子邮件警报选项</translation>
    </message>
    <message>
        <source>the migration network</source>
        <translation>迁移网络</translation>
    </message>
    <message>
        <source>the MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>automatic addition to new VMs</source>
        <translation>自动添加到新虚拟机</translation>
    </message>
    <message>
        <source>the home server</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <source>the HA restart priority</source>
        <translation>HA 重新启动优先级</translation>
    </message>
    <message>
        <source>the start order</source>
        <translation>启动顺序</translation>
    </message>
    <message>
        <source>the start delay</source>
        <translation>启动延迟</translation>
    </message>
    <message>
        <source>the shadow memory multiplier</source>
        <translation>影子内存乘数</translation>
    </message>
    <message>
        <source>the boot order</source>
        <translation>引导顺序</translation>
    </message>
    <message>
        <source>the boot parameters</source>
        <translation>引导参数</translation>
    </message>
    <message>
        <source>the number of vCPUs</source>
        <translation>vCPU 数</translation>
    </message>
    <message>
        <source>the topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Copy of {name}</source>
        <translation>{name} 的副本</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Remove the selected alerts from their servers, for every user.</source>
        <translation>从所选警报所在的服务器中删除这些警报（对所有用户）。</translation>
    </message>
    <message>
        <source>Remove every alert from every connected server, for every user.</source>
        <translation>从所有已连接的服务器中删除所有警报（对所有用户）。</translation>
    </message>
    <message>
        <source>Open a console window on a VNC server (a guest&apos;s own, port 5900).</source>
        <translation>打开连接到 VNC 服务器（来宾自己的，端口 5900）的控制台窗口。</translation>
    </message>
    <message>
        <source>Start a shut-down VM on the server xapi chooses.</source>
        <translation>在 xapi 选择的服务器上启动已关闭的虚拟机。</translation>
    </message>
    <message>
        <source>Start a shut-down VM on the given server.</source>
        <translation>在指定的服务器上启动已关闭的虚拟机。</translation>
    </message>
    <message>
        <source>Shut a VM down cleanly (its tools do it).</source>
        <translation>正常关闭虚拟机（由其工具执行）。</translation>
    </message>
    <message>
        <source>Reboot a running VM cleanly.</source>
        <translation>正常重新启动正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>Suspend a running VM to disk.</source>
        <translation>将正在运行的虚拟机挂起到磁盘。</translation>
    </message>
    <message>
        <source>Resume a suspended VM.</source>
        <translation>恢复已挂起的虚拟机。</translation>
    </message>
    <message>
        <source>Pause a running VM (it keeps its memory).</source>
        <translation>暂停正在运行的虚拟机（保留其内存）。</translation>
    </message>
    <message>
        <source>Let a paused VM run again.</source>
        <translation>让已暂停的虚拟机继续运行。</translation>
    </message>
    <message>
        <source>Turn a VM off at once, like pulling the power cable.</source>
        <translation>立即关闭虚拟机，如同拔掉电源线。</translation>
    </message>
    <message>
        <source>Reset a VM at once, like pressing the reset button.</source>
        <translation>立即重置虚拟机，如同按下重置按钮。</translation>
    </message>
    <message>
        <source>Take a snapshot of a VM&apos;s disks, or of its disks and memory (named after the VM and the time unless a name is given).</source>
        <translation>为虚拟机的磁盘，或其磁盘和内存创建快照（除非指定名称，否则以虚拟机名称和时间命名）。</translation>
    </message>
    <message>
        <source>Delete a shut-down VM and the virtual disks nothing else uses.</source>
        <translation>删除已关闭的虚拟机以及其他对象均未使用的虚拟磁盘。</translation>
    </message>
    <message>
        <source>Open a VM&apos;s or template&apos;s properties.</source>
        <translation>打开虚拟机或模板的属性。</translation>
    </message>
    <message>
        <source>Change a VM&apos;s name, description, folder, tags, custom fields, vCPUs, memory, boot, HA, home server, alerts.</source>
        <translation>更改虚拟机的名称、描述、文件夹、标记、自定义字段、vCPU、内存、引导、HA、主服务器和警报。</translation>
    </message>
    <message>
        <source>Move a VM to another server of its pool (live), or to another pool with its disks.</source>
        <translation>将虚拟机移至其池中的另一台服务器（实时），或连同其磁盘移至另一个池。</translation>
    </message>
    <message>
        <source>Move a VM&apos;s disks (all, or those given by position) to another storage repository of its pool.</source>
        <translation>将虚拟机的磁盘（全部，或按位置指定的磁盘）移至其池中的另一个存储库。</translation>
    </message>
    <message>
        <source>Move a disk of a running VM to another storage repository without stopping the VM.</source>
        <translation>在不停止虚拟机的情况下，将正在运行的虚拟机的磁盘移至另一个存储库。</translation>
    </message>
    <message>
        <source>Give a VM a new virtual disk (activated at once when the VM is running).</source>
        <translation>为虚拟机添加新的虚拟磁盘（虚拟机正在运行时立即激活）。</translation>
    </message>
    <message>
        <source>Attach an existing virtual disk to a VM (read-only or read-write).</source>
        <translation>将现有虚拟磁盘附加到虚拟机（只读或读写）。</translation>
    </message>
    <message>
        <source>Plug a virtual disk into its running VM.</source>
        <translation>将虚拟磁盘插入其正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>Unplug a virtual disk from its running VM (it stays attached).</source>
        <translation>从正在运行的虚拟机中拔出虚拟磁盘（仍保持附加）。</translation>
    </message>
    <message>
        <source>Detach a virtual disk from its VM (deactivated first when the VM runs); the disk and its data stay.</source>
        <translation>从虚拟机中分离虚拟磁盘（虚拟机运行时先停用）；磁盘及其数据保留。</translation>
    </message>
    <message>
        <source>Delete a virtual disk and its data (deactivated and detached first).</source>
        <translation>删除虚拟磁盘及其数据（先停用并分离）。</translation>
    </message>
    <message>
        <source>Change a virtual disk&apos;s name, description, folder, tags, custom fields, size, or its position and mode on the VM.</source>
        <translation>更改虚拟磁盘的名称、描述、文件夹、标记、自定义字段、大小，或其在虚拟机上的位置和模式。</translation>
    </message>
    <message>
        <source>Grow a virtual disk (online when its VM runs and the storage allows it).</source>
        <translation>扩大虚拟磁盘（当其虚拟机正在运行且存储允许时可联机进行）。</translation>
    </message>
    <message>
        <source>Move a virtual disk to another storage repository (live while its VM runs).</source>
        <translation>将虚拟磁盘移至另一个存储库（其虚拟机运行时为实时移动）。</translation>
    </message>
    <message>
        <source>Put an ISO image (or a server&apos;s DVD) into a VM&apos;s DVD drive (ejecting what was there).</source>
        <translation>将 ISO 映像（或服务器的 DVD）放入虚拟机的 DVD 驱动器（弹出原有内容）。</translation>
    </message>
    <message>
        <source>Empty a VM&apos;s DVD drive.</source>
        <translation>清空虚拟机的 DVD 驱动器。</translation>
    </message>
    <message>
        <source>Give a VM that has none a DVD drive (empty).</source>
        <translation>为没有 DVD 驱动器的虚拟机添加一个（空的）DVD 驱动器。</translation>
    </message>
    <message>
        <source>Add a performance graph of the chosen data sources (saved in the pool for XenCenter too).</source>
        <translation>添加所选数据源的性能图表（保存在池中，XenCenter 也可使用）。</translation>
    </message>
    <message>
        <source>Change the name and data sources of a performance graph (by its position, from 0).</source>
        <translation>更改性能图表的名称和数据源（按其位置，从 0 开始）。</translation>
    </message>
    <message>
        <source>Remove a performance graph (by its position, from 0).</source>
        <translation>删除性能图表（按其位置，从 0 开始）。</translation>
    </message>
    <message>
        <source>Restart protected VMs elsewhere when servers fail: choose their priorities and the heartbeat SR.</source>
        <translation>服务器发生故障时在其他位置重新启动受保护的虚拟机：选择其优先级和检测信号存储库。</translation>
    </message>
    <message>
        <source>Stop restarting VMs when servers fail.</source>
        <translation>服务器发生故障时不再重新启动虚拟机。</translation>
    </message>
    <message>
        <source>Read the user guide (offline).</source>
        <translation>阅读用户指南（脱机）。</translation>
    </message>
    <message>
        <source>List the window&apos;s keyboard shortcuts.</source>
        <translation>列出窗口的键盘快捷键。</translation>
    </message>
    <message>
        <source>Show the application log (passwords and session ids are never written to it).</source>
        <translation>显示应用程序日志（密码和会话 ID 从不写入日志）。</translation>
    </message>
    <message>
        <source>Change the theme, the tree, console and alert options.</source>
        <translation>更改主题、树、控制台和警报选项。</translation>
    </message>
    <message>
        <source>Make a storage repository (NFS, iSCSI, HBA, SMB, local LVM/EXT, ISO library) or reattach one.</source>
        <translation>创建存储库（NFS、iSCSI、HBA、SMB、本地 LVM/EXT、ISO 库）或重新附加存储库。</translation>
    </message>
    <message>
        <source>Connect a detached SR to the pool&apos;s servers again, given where its storage is.</source>
        <translation>根据存储所在位置，将已分离的存储库重新连接到池中的服务器。</translation>
    </message>
    <message>
        <source>Make an external (VLAN), single-server private or bonded network on the pool.</source>
        <translation>在池中创建外部 (VLAN)、单服务器专用或绑定网络。</translation>
    </message>
    <message>
        <source>Bond NICs of every server of the pool into one network (network.new --type bond).</source>
        <translation>将池中每台服务器的网卡绑定为一个网络 (network.new --type bond)。</translation>
    </message>
    <message>
        <source>Delete a network (its VLAN interfaces go with it); refused while VMs use it.</source>
        <translation>删除网络（其 VLAN 接口一并删除）；有虚拟机使用时拒绝删除。</translation>
    </message>
    <message>
        <source>Delete a bonded network&apos;s bonds on every server (their NICs work alone again) and the network.</source>
        <translation>删除绑定网络在每台服务器上的绑定（其网卡重新单独工作）以及该网络。</translation>
    </message>
    <message>
        <source>Migrate a server&apos;s running VMs to the other servers of the pool and keep new VMs off it.</source>
        <translation>将服务器上正在运行的虚拟机迁移到池中的其他服务器，并阻止新虚拟机在其上运行。</translation>
    </message>
    <message>
        <source>Let VMs run on a server in maintenance mode again.</source>
        <translation>让处于维护模式的服务器重新运行虚拟机。</translation>
    </message>
    <message>
        <source>Shut down a server&apos;s VMs and reboot it.</source>
        <translation>关闭服务器上的虚拟机并重新启动该服务器。</translation>
    </message>
    <message>
        <source>Send a remote power-on request to a server that is off (Wake-on-LAN, iLO, DRAC...).</source>
        <translation>向已关闭的服务器发送远程开机请求（Wake-on-LAN、iLO、DRAC...）。</translation>
    </message>
    <message>
        <source>Shut down a server&apos;s VMs and power the server off.</source>
        <translation>关闭服务器上的虚拟机并关闭该服务器的电源。</translation>
    </message>
    <message>
        <source>Restart a server&apos;s management toolstack (xapi); its VMs keep running.</source>
        <translation>重新启动服务器的管理工具堆栈 (xapi)；其虚拟机继续运行。</translation>
    </message>
    <message>
        <source>Give a VM a new virtual network interface (plugged at once when the VM runs and can take it).</source>
        <translation>为虚拟机添加新的虚拟网络接口（虚拟机运行且可接受时立即插入）。</translation>
    </message>
    <message>
        <source>Change a network interface&apos;s network, MAC address or rate limit.</source>
        <translation>更改网络接口的网络、MAC 地址或速率限制。</translation>
    </message>
    <message>
        <source>Remove a virtual network interface from its VM (unplugged first when the VM runs).</source>
        <translation>从虚拟机中删除虚拟网络接口（虚拟机运行时先拔出）。</translation>
    </message>
    <message>
        <source>Rename a VM or template.</source>
        <translation>重命名虚拟机或模板。</translation>
    </message>
    <message>
        <source>Rename a server.</source>
        <translation>重命名服务器。</translation>
    </message>
    <message>
        <source>Rename a pool.</source>
        <translation>重命名池。</translation>
    </message>
    <message>
        <source>Rename a storage repository.</source>
        <translation>重命名存储库。</translation>
    </message>
    <message>
        <source>Rename a network.</source>
        <translation>重命名网络。</translation>
    </message>
    <message>
        <source>Change the tags and XenCenter folder of objects (the Tags and Folders views).</source>
        <translation>更改对象的标记和 XenCenter 文件夹（“标记”和“文件夹”视图）。</translation>
    </message>
    <message>
        <source>Look for network interface cards added to a server since xapi last looked (PIF.scan).</source>
        <translation>查找自 xapi 上次检查以来添加到服务器的网卡 (PIF.scan)。</translation>
    </message>
    <message>
        <source>Configure a server&apos;s management interface (DHCP or static IP, which NIC) and its storage interfaces.</source>
        <translation>配置服务器的管理接口（DHCP 或静态 IP，使用哪个网卡）及其存储接口。</translation>
    </message>
    <message>
        <source>Remove a server from its pool: its local storage is wiped and it restarts as a pool of its own.</source>
        <translation>从池中删除服务器：其本地存储将被擦除，并作为独立的池重新启动。</translation>
    </message>
    <message>
        <source>Nominate a member as the new coordinator of its pool; the connection follows it.</source>
        <translation>指定一个成员作为其池的新协调器；连接将随之切换。</translation>
    </message>
    <message>
        <source>Add a standalone server to a pool: it restarts as a member, its local storage and halted VMs go with it.</source>
        <translation>将独立服务器添加到池：它将作为成员重新启动，其本地存储和已关闭的虚拟机随之加入。</translation>
    </message>
    <message>
        <source>Make a pool: name a standalone server&apos;s pool and add other standalone servers to it.</source>
        <translation>创建池：为独立服务器的池命名，并向其中添加其他独立服务器。</translation>
    </message>
    <message>
        <source>Open a server&apos;s properties.</source>
        <translation>打开服务器的属性。</translation>
    </message>
    <message>
        <source>Open a pool&apos;s properties.</source>
        <translation>打开池的属性。</translation>
    </message>
    <message>
        <source>Open a storage repository&apos;s properties.</source>
        <translation>打开存储库的属性。</translation>
    </message>
    <message>
        <source>Open a network&apos;s properties.</source>
        <translation>打开网络的属性。</translation>
    </message>
    <message>
        <source>Change a server&apos;s name, description, folder, tags, custom fields, alerts, multipathing, log destination and power-on mode.</source>
        <translation>更改服务器的名称、描述、文件夹、标记、自定义字段、警报、多路径、日志目标和开机模式。</translation>
    </message>
    <message>
        <source>Change a pool&apos;s name, description, folder, tags, custom fields, e-mail alerts, live patching, migration network and compression, TLS verification.</source>
        <translation>更改池的名称、描述、文件夹、标记、自定义字段、电子邮件警报、实时修补、迁移网络和压缩以及 TLS 验证。</translation>
    </message>
    <message>
        <source>Change a storage repository&apos;s name, description, folder, tags, custom fields and alerts.</source>
        <translation>更改存储库的名称、描述、文件夹、标记、自定义字段和警报。</translation>
    </message>
    <message>
        <source>Change a network&apos;s name, description, folder, tags, custom fields, MTU and automatic addition.</source>
        <translation>更改网络的名称、描述、文件夹、标记、自定义字段、MTU 和自动添加设置。</translation>
    </message>
    <message>
        <source>Make a VM from a template in a pool or on a server (the New VM wizard; from the command line every answer is an option).</source>
        <translation>基于池中或服务器上的模板创建虚拟机（新建虚拟机向导；在命令行中，每个答案都是一个选项）。</translation>
    </message>
    <message>
        <source>Save a search in a pool, where XenCenter&apos;s users see it too (pool.gui_config).</source>
        <translation>将搜索保存在池中，XenCenter 的用户也能看到 (pool.gui_config)。</translation>
    </message>
    <message>
        <source>Delete a saved search from every connected pool.</source>
        <translation>从所有已连接的池中删除已保存的搜索。</translation>
    </message>
    <message>
        <source>Write a search to a .xensearch file, as XenCenter exports it.</source>
        <translation>将搜索写入 .xensearch 文件，格式与 XenCenter 导出的相同。</translation>
    </message>
    <message>
        <source>Open a search from a .xensearch file and show its results.</source>
        <translation>打开 .xensearch 文件中的搜索并显示其结果。</translation>
    </message>
    <message>
        <source>Connect to a pool or server and keep it in the list.</source>
        <translation>连接到池或服务器并将其保留在列表中。</translation>
    </message>
    <message>
        <source>Connect to a disconnected server again.</source>
        <translation>重新连接到已断开连接的服务器。</translation>
    </message>
    <message>
        <source>Log out of a server (it stays in the list).</source>
        <translation>从服务器注销（它仍保留在列表中）。</translation>
    </message>
    <message>
        <source>Remove a server from the list and forget its password.</source>
        <translation>从列表中删除服务器并忘记其密码。</translation>
    </message>
    <message>
        <source>Write the saved servers&apos; addresses and names to a .config file XenCenter reads too.</source>
        <translation>将已保存服务器的地址和名称写入 XenCenter 也能读取的 .config 文件。</translation>
    </message>
    <message>
        <source>Add the servers of a .config file (XenCenter&apos;s export) to the saved list; those already there are kept as they are.</source>
        <translation>将 .config 文件（XenCenter 的导出文件）中的服务器添加到已保存的列表中；列表中已有的服务器保持不变。</translation>
    </message>
    <message>
        <source>Delete snapshots and the virtual disks only they use.</source>
        <translation>删除快照以及仅由这些快照使用的虚拟磁盘。</translation>
    </message>
    <message>
        <source>Return the VM to this snapshot (and to the power state it had then).</source>
        <translation>将虚拟机恢复到此快照（以及当时的电源状态）。</translation>
    </message>
    <message>
        <source>Plug every unplugged PBD of an SR and create the missing ones on the pool&apos;s servers.</source>
        <translation>插入存储库所有已拔出的 PBD，并在池中的服务器上创建缺少的 PBD。</translation>
    </message>
    <message>
        <source>Unplug and remove an SR&apos;s connections to its servers; its disks stay on the storage.</source>
        <translation>拔出并删除存储库与其服务器的连接；其磁盘保留在存储上。</translation>
    </message>
    <message>
        <source>Remove an SR from the pool&apos;s records; its disks stay on the storage (a probe finds it again).</source>
        <translation>从池的记录中删除存储库；其磁盘保留在存储上（探测可再次找到它）。</translation>
    </message>
    <message>
        <source>Delete an SR and everything on it from the storage. Final.</source>
        <translation>从存储中删除存储库及其上的所有内容。此操作不可逆。</translation>
    </message>
    <message>
        <source>Make an SR the pool&apos;s default for new disks, suspend images and crash dumps.</source>
        <translation>将存储库设为池中新磁盘、挂起映像和故障转储的默认存储库。</translation>
    </message>
    <message>
        <source>Scan an SR for disks added or removed outside the pool (SR.scan).</source>
        <translation>扫描存储库，查找在池外添加或删除的磁盘 (SR.scan)。</translation>
    </message>
    <message>
        <source>Give the space of deleted disks back to the storage array (thin-provisioned LUNs).</source>
        <translation>将已删除磁盘的空间归还给存储阵列（精简置备的 LUN）。</translation>
    </message>
    <message>
        <source>Collect diagnostic reports from servers (the entries xen-bugtool offers) and this application&apos;s log into one zip file, for support.</source>
        <translation>将服务器的诊断报告（xen-bugtool 提供的条目）和此应用程序的日志收集到一个 zip 文件中，供技术支持使用。</translation>
    </message>
    <message>
        <source>Cancel a task that is running on the pool (started by this window or any other client).</source>
        <translation>取消池中正在运行的任务（由此窗口或任何其他客户端启动）。</translation>
    </message>
    <message>
        <source>Copy a shut-down VM or a template: a fast clone on its storage, or a full copy to another SR.</source>
        <translation>复制已关闭的虚拟机或模板：在其存储上快速克隆，或完整复制到另一个存储库。</translation>
    </message>
    <message>
        <source>Turn a shut-down VM into a template (it cannot be undone).</source>
        <translation>将已关闭的虚拟机转换为模板（无法撤消）。</translation>
    </message>
    <message>
        <source>Make a VM from this template (the New VM wizard with it chosen; on the command line, vm.new&apos;s options).</source>
        <translation>基于此模板创建虚拟机（已选中该模板的新建虚拟机向导；在命令行中为 vm.new 的选项）。</translation>
    </message>
    <message>
        <source>Make a VM from a snapshot (the New VM wizard with the snapshot as its template).</source>
        <translation>基于快照创建虚拟机（以该快照为模板的新建虚拟机向导）。</translation>
    </message>
    <message>
        <source>Save a snapshot as a new template.</source>
        <translation>将快照另存为新模板。</translation>
    </message>
    <message>
        <source>Delete a custom template and the virtual disks nothing else uses.</source>
        <translation>删除自定义模板以及其他对象均未使用的虚拟磁盘。</translation>
    </message>
    <message>
        <source>Export the VM (shut down or suspended), template or snapshot to an XVA file, or an OVA or OVF appliance.</source>
        <translation>将虚拟机（已关闭或已挂起）、模板或快照导出为 XVA 文件，或 OVA 或 OVF 设备。</translation>
    </message>
    <message>
        <source>Import a VM from an XVA file (the Import wizard; from the command line every answer is an option).</source>
        <translation>从 XVA 文件导入虚拟机（导入向导；在命令行中，每个答案都是一个选项）。</translation>
    </message>
    <message>
        <source>Let the users of an Active Directory domain log in to the pool (with the roles you give them).</source>
        <translation>允许 Active Directory 域的用户登录到池（使用您为其分配的角色）。</translation>
    </message>
    <message>
        <source>Stop AD logins to the pool (its users stay in the list, for when it joins again).</source>
        <translation>停止通过 AD 登录到池（其用户保留在列表中，以便重新加入时使用）。</translation>
    </message>
    <message>
        <source>Let users or groups of the pool&apos;s AD domain log in, with a role.</source>
        <translation>允许池的 AD 域中的用户或组以某个角色登录。</translation>
    </message>
    <message>
        <source>Give a user or group another role.</source>
        <translation>为用户或组分配其他角色。</translation>
    </message>
    <message>
        <source>Stop a user or group logging in to the pool.</source>
        <translation>禁止用户或组登录到池。</translation>
    </message>
    <message>
        <source>Snapshot VMs on a schedule (hourly, daily or weekly), keeping the newest ones.</source>
        <translation>按计划（每小时、每天或每周）为虚拟机创建快照，并保留最新的快照。</translation>
    </message>
    <message>
        <source>Run a snapshot schedule now: a snapshot of each of its VMs, the oldest beyond its count deleted.</source>
        <translation>立即运行快照计划：为其每个虚拟机创建快照，超出数量的最旧快照将被删除。</translation>
    </message>
    <message>
        <source>Let a snapshot schedule take snapshots again.</source>
        <translation>让快照计划重新创建快照。</translation>
    </message>
    <message>
        <source>Stop a snapshot schedule taking snapshots.</source>
        <translation>停止快照计划创建快照。</translation>
    </message>
    <message>
        <source>Delete a snapshot schedule (its VMs and the snapshots it took stay).</source>
        <translation>删除快照计划（其虚拟机和已创建的快照保留）。</translation>
    </message>
    <message>
        <source>List the pool&apos;s snapshot schedules: make, enable, disable, run or delete them.</source>
        <translation>列出池的快照计划：创建、启用、禁用、运行或删除计划。</translation>
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
    <name>CommandReasons</name>
    <message>
        <source>There are no system alerts available to dismiss.</source>
        <translation>没有可消除的系统警报。</translation>
    </message>
    <message>
        <source>Select {what}.</source>
        <extracomment>``class.verb`` in lowercase with dashes (``vm.force-shutdown``): the palette&apos;s and ``main.py run``&apos;s name. Its name in words (&quot;Force Shut Down&quot;), for buttons, the palette and reasons. Menu text with its accelerator (``&amp;Start``); defaults to ``title``. One line saying what it does (palette, ``main.py commands``, ``run ID --help``). The menus it appears in, by title without accelerator (&quot;VM&quot;, &quot;Server&quot;...), in a section (``group``, sections ordered by number and separated) at a position (``order``). The context menu uses the same sections. In the context menu of a selection it applies to. Position on the toolbar (None: not there); sections (``toolbar // 100``) are separated. Commands at the same position share one button, XenCenter&apos;s way (Start / Shut Down, a VM&apos;s or a server&apos;s Reboot): it shows the first that can run, else the one whose ``toolbar_state`` a selected VM is in, else the first that applies to the selection. What the Events tab calls an operation of it (&quot;Starting VM&quot;). The kinds of object (``kind_of``) it is about; others never see it in their context menu. What the selection must hold, for the &quot;Select ...&quot; reason. At most one target (Properties, Rename, Revert): the reason given when several are selected. Runs without a selection (Add Server). Whether ``main.py run`` offers it (&quot;&quot; when it does, else why not: it needs the window). False for commands on this machine&apos;s settings alone (the server list): ``main.py run`` logs in nowhere.</extracomment>
        <translation>请选择{what}。</translation>
    </message>
    <message>
        <source>Not connected yet: this is the last known inventory, saved {when}.</source>
        <translation>尚未连接：这是上次已知的清单，保存于 {when}。</translation>
    </message>
    <message>
        <source>A snapshot&apos;s disks cannot be changed.</source>
        <translation>无法更改快照的磁盘。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is suspended: resume it or shut it down to change its disks.</source>
        <translation>“{name}”已挂起：请恢复或关闭它以更改其磁盘。</translation>
    </message>
    <message>
        <source>Choose the storage repository for the new disk.</source>
        <translation>请选择新磁盘的存储库。</translation>
    </message>
    <message>
        <source>Choose the disk to attach.</source>
        <translation>请选择要附加的磁盘。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is not a virtual disk (use the DVD drive for ISO images).</source>
        <translation>“{vdi}”不是虚拟磁盘（ISO 映像请使用 DVD 驱动器）。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is already attached to &apos;{vm}&apos;.</source>
        <translation>“{vdi}”已连接到“{vm}”。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is a snapshot: it cannot be attached.</source>
        <translation>“{vdi}”是快照：无法连接。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is in use by another running VM.</source>
        <translation>“{vdi}”正被另一个正在运行的虚拟机使用。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is on &apos;{sr}&apos;, which &apos;{home}&apos; cannot see.</source>
        <translation>“{vdi}”位于“{sr}”上，而“{home}”无法看到该存储库。</translation>
    </message>
    <message>
        <source>This disk is not attached to a VM.</source>
        <translation>此磁盘未连接到虚拟机。</translation>
    </message>
    <message>
        <source>A template&apos;s disks cannot be activated.</source>
        <translation>无法激活模板的磁盘。</translation>
    </message>
    <message>
        <source>A template&apos;s disks cannot be deactivated.</source>
        <translation>无法停用模板的磁盘。</translation>
    </message>
    <message>
        <source>System disks cannot be activated or deactivated while the VM is running.</source>
        <translation>虚拟机运行时无法激活或停用系统磁盘。</translation>
    </message>
    <message>
        <source>It is not possible to activate this virtual disk on VM &apos;{vm}&apos; as the VM is not running.</source>
        <translation>无法在虚拟机“{vm}”上激活此虚拟磁盘，因为该虚拟机未运行。</translation>
    </message>
    <message>
        <source>This virtual disk is already active on VM &apos;{vm}&apos;.</source>
        <translation>此虚拟磁盘已在虚拟机“{vm}”上处于活动状态。</translation>
    </message>
    <message>
        <source>It is not possible to deactivate this virtual disk on VM &apos;{vm}&apos; because the VM is not running.</source>
        <translation>无法在虚拟机“{vm}”上停用此虚拟磁盘，因为该虚拟机未运行。</translation>
    </message>
    <message>
        <source>This virtual disk is already deactivated on VM &apos;{vm}&apos;.</source>
        <translation>此虚拟磁盘已在虚拟机“{vm}”上停用。</translation>
    </message>
    <message>
        <source>Another operation is in progress on this device.</source>
        <translation>此设备上正在进行另一个操作。</translation>
    </message>
    <message>
        <source>This disk is marked as not unpluggable.</source>
        <translation>此磁盘被标记为不可拔出。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; cannot activate devices while it runs: install its I/O drivers (VM tools), or shut it down.</source>
        <translation>“{vm}”运行时无法激活设备：请安装其 I/O 驱动程序 (VM Tools)，或将其关闭。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; cannot deactivate devices while it runs: install its I/O drivers (VM tools), or shut it down.</source>
        <translation>“{vm}”运行时无法停用设备：请安装其 I/O 驱动程序 (VM Tools)，或将其关闭。</translation>
    </message>
    <message>
        <source>A snapshot&apos;s disks cannot be detached.</source>
        <translation>无法分离快照的磁盘。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is {state}: its disks cannot be detached now.</source>
        <translation>“{vm}”{state}：现在无法分离其磁盘。</translation>
    </message>
    <message>
        <source>This drive has no disk.</source>
        <translation>此驱动器中没有磁盘。</translation>
    </message>
    <message>
        <source>The storage repository could not be contacted.</source>
        <translation>无法联系存储库。</translation>
    </message>
    <message>
        <source>This is a physical device: it cannot be deleted.</source>
        <translation>这是物理设备：无法删除。</translation>
    </message>
    <message>
        <source>The VM tools disc cannot be deleted.</source>
        <translation>无法删除 VM Tools 光盘。</translation>
    </message>
    <message>
        <source>This virtual disk is attached to multiple VMs. Detach your virtual disk from these VMs before deleting it.</source>
        <translation>此虚拟磁盘已附加到多个虚拟机。请先从这些虚拟机中分离该虚拟磁盘，然后再将其删除。</translation>
    </message>
    <message>
        <source>Virtual disks cannot be deleted from suspended VMs. This virtual disk is used by the suspended VM &apos;{vm}&apos;.</source>
        <translation>无法从已挂起的虚拟机删除虚拟磁盘。此虚拟磁盘正被已挂起的虚拟机“{vm}”使用。</translation>
    </message>
    <message>
        <source>This is the system disk of the running VM &apos;{vm}&apos;: shut it down first.</source>
        <translation>这是正在运行的虚拟机“{vm}”的系统磁盘：请先将其关闭。</translation>
    </message>
    <message>
        <source>This virtual disk is currently in use and cannot be deleted.</source>
        <translation>此虚拟磁盘当前正在使用，无法删除。</translation>
    </message>
    <message>
        <source>A virtual disk cannot shrink: &apos;{vdi}&apos; is {size}.</source>
        <translation>虚拟磁盘无法缩小：“{vdi}”的大小为 {size}。</translation>
    </message>
    <message>
        <source>Give the disk&apos;s size in GiB.</source>
        <translation>请以 GiB 为单位指定磁盘大小。</translation>
    </message>
    <message>
        <source>A disk needs a size above zero.</source>
        <translation>磁盘大小必须大于零。</translation>
    </message>
    <message>
        <source>Another operation is in progress on this virtual disk.</source>
        <translation>此虚拟磁盘上正在进行另一个操作。</translation>
    </message>
    <message>
        <source>A virtual disk needs a name.</source>
        <translation>虚拟磁盘需要名称。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is on several VMs (or none): name the drive as VM/POSITION.</source>
        <translation>“{vdi}”位于多个虚拟机上（或不在任何虚拟机上）：请以 VM/POSITION 的形式指定驱动器。</translation>
    </message>
    <message>
        <source>This drive belongs to no VM.</source>
        <translation>此驱动器不属于任何虚拟机。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is {state}: shut it down to change the drive&apos;s position or mode.</source>
        <translation>“{vm}”{state}：请将其关闭以更改驱动器的位置或模式。</translation>
    </message>
    <message>
        <source>&apos;{position}&apos; is not a drive position (0 to 254).</source>
        <translation>“{position}”不是驱动器位置（0 到 254）。</translation>
    </message>
    <message>
        <source>Position {position} of &apos;{vm}&apos; is taken by another drive.</source>
        <translation>“{vm}”的位置 {position} 已被另一个驱动器占用。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is read-only: it can only be attached read-only.</source>
        <translation>“{vdi}”是只读的：只能以只读方式连接。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is in use by &apos;{vm}&apos; and its storage cannot resize a disk in use: shut the VM down first.</source>
        <translation>“{vdi}”正由“{vm}”使用，且其存储无法调整正在使用的磁盘的大小：请先关闭该虚拟机。</translation>
    </message>
    <message>
        <source>The storage of &apos;{vdi}&apos; cannot resize disks.</source>
        <translation>“{vdi}”的存储无法调整磁盘大小。</translation>
    </message>
    <message>
        <source>Only virtual disks can be moved.</source>
        <translation>只能移动虚拟磁盘。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is used by &apos;{vm}&apos;, which is {state}: shut it down to move the disk.</source>
        <translation>“{vdi}”正被“{vm}”使用，该虚拟机{state}：请将其关闭以移动磁盘。</translation>
    </message>
    <message>
        <source>This drive holds no disk to move.</source>
        <translation>此驱动器中没有可移动的磁盘。</translation>
    </message>
    <message>
        <source>Choose where the disk goes.</source>
        <translation>请选择磁盘的位置。</translation>
    </message>
    <message>
        <source>&apos;{vdi}&apos; is in use by &apos;{vm}&apos;: shut the VM down to resize it.</source>
        <translation>“{vdi}”正由“{vm}”使用：请关闭该虚拟机后再调整其大小。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; has only {size} free.</source>
        <translation>“{sr}”仅有 {size} 可用空间。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; has no DVD drive.</source>
        <translation>“{vm}”没有 DVD 驱动器。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is suspended: its DVD drive cannot be changed.</source>
        <translation>“{vm}”已挂起：无法更改其 DVD 驱动器。</translation>
    </message>
    <message>
        <source>The DVD drive of &apos;{vm}&apos; is empty.</source>
        <translation>“{vm}”的 DVD 驱动器为空。</translation>
    </message>
    <message>
        <source>Another operation is in progress on the DVD drive.</source>
        <translation>DVD 驱动器上正在进行另一个操作。</translation>
    </message>
    <message>
        <source>Choose the ISO image to insert.</source>
        <translation>请选择要插入的 ISO 映像。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already has a DVD drive.</source>
        <translation>“{name}”已有 DVD 驱动器。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is suspended.</source>
        <translation>“{name}”已挂起。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not an alert of this object.</source>
        <translation>“{key}”不是此对象的警报。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <extracomment>Whether the class has XenCenter&apos;s Alerts page (hosts, VMs, SRs).</extracomment>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>The server&apos;s pool is not known yet.</source>
        <translation>尚不知道该服务器所在的池。</translation>
    </message>
    <message>
        <source>There is no graph at that position.</source>
        <translation>该位置没有图表。</translation>
    </message>
    <message>
        <source>HA is already enabled on this pool.</source>
        <translation>此池已启用 HA。</translation>
    </message>
    <message>
        <source>HA needs a pool of at least two servers.</source>
        <translation>HA 需要至少包含两台服务器的池。</translation>
    </message>
    <message>
        <source>HA needs a shared SR that every server can reach, for the heartbeat.</source>
        <translation>HA 需要一个所有服务器都能访问的共享存储库用于检测信号。</translation>
    </message>
    <message>
        <source>There is no SR the heartbeat can use.</source>
        <translation>没有可供检测信号使用的存储库。</translation>
    </message>
    <message>
        <source>The failures to tolerate cannot be negative.</source>
        <translation>可容忍的故障数不能为负数。</translation>
    </message>
    <message>
        <source>HA is not enabled on this pool.</source>
        <translation>此池未启用 HA。</translation>
    </message>
    <message>
        <source>Give the order as VM=ORDER with a whole number, not &apos;{text}&apos;.</source>
        <translation>请以 VM=ORDER 的形式指定顺序（整数），而不是“{text}”。</translation>
    </message>
    <message>
        <source>Give the delay as VM=DELAY with a whole number, not &apos;{text}&apos;.</source>
        <translation>请以 VM=DELAY 的形式指定延迟（整数），而不是“{text}”。</translation>
    </message>
    <message>
        <source>No VM called &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的虚拟机。</translation>
    </message>
    <message>
        <source>Several VMs are called &apos;{name}&apos;: give its UUID.</source>
        <translation>有多个虚拟机名为“{name}”：请指定其 UUID。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not reachable.</source>
        <extracomment>The confirmation, with ``{what}`` for the VMs (translated where asked, context ``Confirmations``); &quot;&quot; for none.</extracomment>
        <translation>无法访问“{name}”。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in maintenance mode.</source>
        <translation>“{name}”已处于维护模式。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in maintenance mode.</source>
        <translation>“{name}”未处于维护模式。</translation>
    </message>
    <message>
        <source>This server has an operation in progress.</source>
        <translation>此服务器上有操作正在进行。</translation>
    </message>
    <message>
        <source>This server is already powered on.</source>
        <translation>此服务器已开机。</translation>
    </message>
    <message>
        <source>This host does not have its Power On mode set.</source>
        <translation>此主机未设置开机模式。</translation>
    </message>
    <message>
        <source>This server is already shut down.</source>
        <translation>此服务器已关闭。</translation>
    </message>
    <message>
        <source>Server is not reachable</source>
        <translation>无法访问服务器</translation>
    </message>
    <message>
        <source>A snapshot&apos;s interfaces cannot be changed.</source>
        <translation>无法更改快照的接口。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; is suspended: resume it or shut it down to change its network interfaces.</source>
        <translation>“{vm}”已挂起：请恢复或关闭它以更改其网络接口。</translation>
    </message>
    <message>
        <source>Choose a network.</source>
        <translation>请选择网络。</translation>
    </message>
    <message>
        <source>A rate limit cannot be negative.</source>
        <translation>速率限制不能为负数。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; already has an interface with the MAC address {mac}.</source>
        <translation>“{vm}”已有 MAC 地址为 {mac} 的接口。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has as many network interfaces as a VM can have.</source>
        <translation>“{name}”的网络接口数已达到虚拟机的上限。</translation>
    </message>
    <message>
        <source>This interface belongs to no VM.</source>
        <translation>此接口不属于任何虚拟机。</translation>
    </message>
    <message>
        <source>{option}: no single {cls} called {value} (several are: give the UUID).</source>
        <translation>{option}：没有唯一一个名为 {value} 的 {cls}（有多个同名对象：请指定 UUID）。</translation>
    </message>
    <message>
        <source>{option}: no single {cls} called {value}.</source>
        <translation>{option}：没有唯一一个名为 {value} 的 {cls}。</translation>
    </message>
    <message>
        <source>{option} takes POSITION=NAME, not {text}.</source>
        <translation>{option} 的格式为 POSITION=NAME，而不是 {text}。</translation>
    </message>
    <message>
        <source>Choose the server to move the VMs to.</source>
        <translation>请选择要将虚拟机移至的服务器。</translation>
    </message>
    <message>
        <source>Give the server to move the VM to (--host), or another pool&apos;s (--to-server).</source>
        <translation>请指定要将虚拟机移至的服务器 (--host)，或另一个池的服务器 (--to-server)。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; cannot move to &apos;{host}&apos;: {reason}</source>
        <translation>“{vm}”无法移至“{host}”：{reason}</translation>
    </message>
    <message>
        <source>The destination is the VM&apos;s own pool: give --host alone.</source>
        <translation>目标是该虚拟机自己的池：请仅指定 --host。</translation>
    </message>
    <message>
        <source>Not connected to the destination server.</source>
        <translation>未连接到目标服务器。</translation>
    </message>
    <message>
        <source>Give the destination server (--host).</source>
        <translation>请指定目标服务器 (--host)。</translation>
    </message>
    <message>
        <source>No storage of the destination can hold the disk &apos;{disk}&apos;: give --sr.</source>
        <translation>目标上没有可容纳磁盘“{disk}”的存储：请指定 --sr。</translation>
    </message>
    <message>
        <source>No network of the destination for interface {device}: give --network.</source>
        <translation>目标上没有适用于接口 {device} 的网络：请指定 --network。</translation>
    </message>
    <message>
        <source>The destination has no management network: give --transfer-network.</source>
        <translation>目标没有管理网络：请指定 --transfer-network。</translation>
    </message>
    <message>
        <source>Not connected to both servers.</source>
        <translation>未同时连接到两台服务器。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no virtual disks.</source>
        <translation>“{name}”没有虚拟磁盘。</translation>
    </message>
    <message>
        <source>Give the storage repository to move the disks to (--sr).</source>
        <translation>请指定要将磁盘移至的存储库 (--sr)。</translation>
    </message>
    <message>
        <source>The pool has no server to receive the disks.</source>
        <translation>池中没有可接收这些磁盘的服务器。</translation>
    </message>
    <message>
        <source>&apos;{vm}&apos; has no disk at position {position}.</source>
        <translation>“{vm}”在位置 {position} 上没有磁盘。</translation>
    </message>
    <message>
        <source>Only a disk of a running VM can be migrated: move it instead.</source>
        <translation>只能迁移正在运行的虚拟机的磁盘：请改为移动它。</translation>
    </message>
    <message>
        <source>The pool has no server.</source>
        <extracomment>The wizard&apos;s first choice (Create Bond opens it on Bonded Network).</extracomment>
        <translation>池中没有服务器。</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; has no NIC {nic}.</source>
        <translation>“{host}”没有网卡 {nic}。</translation>
    </message>
    <message>
        <source>Give the NIC of the new network (--nic).</source>
        <translation>请指定新网络的网卡 (--nic)。</translation>
    </message>
    <message>
        <source>Give the VLAN tag of the new network (--vlan).</source>
        <translation>请指定新网络的 VLAN 标记 (--vlan)。</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; does not have all of the NICs {nics}.</source>
        <translation>“{host}”不具备所有网卡 {nics}。</translation>
    </message>
    <message>
        <source>This is a system network: it cannot be removed.</source>
        <translation>这是系统网络：无法删除。</translation>
    </message>
    <message>
        <source>This network cannot be removed because it is a physical device</source>
        <translation>无法删除此网络，因为它是物理设备</translation>
    </message>
    <message>
        <source>This is a bonded network: delete the bond instead.</source>
        <translation>这是绑定网络：请改为删除绑定。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is currently in use by {quoted_names}.</source>
        <translation>“{name}”当前正被 {quoted_names} 使用。</translation>
    </message>
    <message>
        <source>The network is currently in use by a different operation.</source>
        <translation>该网络当前正被其他操作使用。</translation>
    </message>
    <message>
        <source>This is not a bonded network.</source>
        <translation>这不是绑定网络。</translation>
    </message>
    <message>
        <source>Can’t delete this bond while HA is enabled: a management interface exists on one of the bonded NICs.</source>
        <translation>启用 HA 时无法删除此绑定：其中一个绑定网卡上存在管理接口。</translation>
    </message>
    <message>
        <source>&apos;{config}&apos; is not an address and netmask (10.0.0.5/24) or &apos;dhcp&apos;.</source>
        <translation>“{config}”既不是地址和网络掩码 (10.0.0.5/24)，也不是“dhcp”。</translation>
    </message>
    <message>
        <source>The operation could not be performed because HA is enabled on the Pool</source>
        <translation>无法执行此操作，因为池已启用 HA</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; has no management interface.</source>
        <translation>“{host}”没有管理接口。</translation>
    </message>
    <message>
        <source>Give a valid static address and netmask (--ip, --netmask).</source>
        <translation>请指定有效的静态地址和网络掩码 (--ip, --netmask)。</translation>
    </message>
    <message>
        <source>The operation could not be performed because HA is enabled on the pool.</source>
        <translation>无法执行此操作，因为池已启用 HA。</translation>
    </message>
    <message>
        <source>You cannot remove the coordinator from the pool.</source>
        <translation>无法从池中删除协调器。</translation>
    </message>
    <message>
        <source>The server is unreachable.</source>
        <translation>无法访问该服务器。</translation>
    </message>
    <message>
        <source>This server has running VMs</source>
        <translation>此服务器有正在运行的虚拟机</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the pool coordinator.</source>
        <translation>“{name}”已是池协调器。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already in pool &apos;{pool_name}&apos;.</source>
        <translation>“{name}”已在池“{pool_name}”中。</translation>
    </message>
    <message>
        <source>This server is coordinator of an existing pool</source>
        <translation>此服务器是现有池的协调器</translation>
    </message>
    <message>
        <source>Choose the pool to add the server to (--pool-server): {names} are connected.</source>
        <translation>请选择要将服务器添加到的池 (--pool-server)：已连接 {names}。</translation>
    </message>
    <message>
        <source>Choose the pool to add the server to (--pool-server): no pool is connected.</source>
        <translation>请选择要将服务器添加到的池 (--pool-server)：未连接任何池。</translation>
    </message>
    <message>
        <source>The following servers could not be added to the pool &apos;{pool}&apos;: {reasons}</source>
        <translation>无法将以下服务器添加到池“{pool}”：{reasons}</translation>
    </message>
    <message>
        <source>Unable to move the server &apos;{name}&apos; into the pool &apos;{pool}&apos;: the pool is no longer connected.</source>
        <translation>无法将服务器“{name}”移至池“{pool}”：该池已不再连接。</translation>
    </message>
    <message>
        <source>Unable to move the servers into the pool &apos;{pool}&apos;: the pool is no longer connected.</source>
        <translation>无法将这些服务器移至池“{pool}”：该池已不再连接。</translation>
    </message>
    <message>
        <source>Pool name cannot be empty (--name).</source>
        <translation>池名称不能为空 (--name)。</translation>
    </message>
    <message>
        <source>There is no eligible coordinator: connect to a standalone server (--server).</source>
        <translation>没有符合条件的协调器：请连接到独立服务器 (--server)。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already a pool: choose a standalone server.</source>
        <translation>“{name}”已经是一个池：请选择独立服务器。</translation>
    </message>
    <message>
        <source>Not connected to &apos;{name}&apos;.</source>
        <translation>未连接到“{name}”。</translation>
    </message>
    <message>
        <source>Connect to the server first.</source>
        <translation>请先连接到服务器。</translation>
    </message>
    <message>
        <source>Select objects of one pool.</source>
        <translation>请选择同一池中的对象。</translation>
    </message>
    <message>
        <source>This pool has no template to make a VM from.</source>
        <translation>此池没有可用于创建虚拟机的模板。</translation>
    </message>
    <message>
        <source>Give the template (--template, or a template as the target).</source>
        <translation>请指定模板（--template，或将模板作为目标）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a template.</source>
        <translation>“{name}”不是模板。</translation>
    </message>
    <message>
        <source>The VM &apos;{name}&apos; was made and stays, shut down.</source>
        <translation>虚拟机“{name}”已创建并保留，处于关闭状态。</translation>
    </message>
    <message>
        <source>a disk</source>
        <translation>一个磁盘</translation>
    </message>
    <message>
        <source>the half-made VM &apos;{name}&apos;</source>
        <translation>未创建完成的虚拟机“{name}”</translation>
    </message>
    <message>
        <source>Removing what was made failed too: delete {things} by hand.</source>
        <translation>删除已创建的内容也失败了：请手动删除{things}。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Nothing was left behind.</source>
        <translation>未留下任何内容。</translation>
    </message>
    <message>
        <source>The image &apos;{image}&apos; is larger than its disk&apos;s capacity in the envelope.</source>
        <translation>映像“{image}”大于信封中为其磁盘指定的容量。</translation>
    </message>
    <message>
        <source>there is no search called {name}</source>
        <translation>没有名为 {name} 的搜索</translation>
    </message>
    <message>
        <source>several searches are called {name}: give its UUID ({uuids})</source>
        <translation>有多个搜索名为 {name}：请指定其 UUID ({uuids})</translation>
    </message>
    <message>
        <source>there is no search to save: give one</source>
        <extracomment>Why a command about the shown search cannot run without one, by what it does (translated where raised).</extracomment>
        <translation>没有要保存的搜索：请指定一个</translation>
    </message>
    <message>
        <source>there is no search to delete: give one</source>
        <translation>没有要删除的搜索：请指定一个</translation>
    </message>
    <message>
        <source>there is no search to export: give one</source>
        <translation>没有要导出的搜索：请指定一个</translation>
    </message>
    <message>
        <source>connect to a server first: a search is saved in a pool</source>
        <translation>请先连接到服务器：搜索保存在池中</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a saved search: it cannot be deleted</source>
        <translation>“{name}”不是已保存的搜索：无法删除</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not saved in any connected pool</source>
        <translation>“{name}”未保存在任何已连接的池中</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>{program} was unable to import a saved search from file &apos;{path}&apos;.

Verify that the file is a valid {extension} export.</source>
        <translation>{program} 无法从文件“{path}”导入保存的搜索。

请确认该文件是有效的 {extension} 导出文件。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already connecting.</source>
        <translation>“{name}”已在连接中。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not connected.</source>
        <translation>“{name}”未连接。</translation>
    </message>
    <message>
        <source>The VM of &apos;{name}&apos; no longer exists.</source>
        <translation>“{name}”的虚拟机已不存在。</translation>
    </message>
    <message>
        <source>The SR is currently detached.</source>
        <translation>存储库当前已分离。</translation>
    </message>
    <message>
        <source>This SR contains running VMs.</source>
        <translation>此存储库包含正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>There is currently an action in progress on this SR.</source>
        <translation>此存储库上当前有操作正在进行。</translation>
    </message>
    <message>
        <source>The SR is connected on every server: there is nothing to repair.</source>
        <translation>存储库已在每台服务器上连接：无需修复。</translation>
    </message>
    <message>
        <source>This SR cannot be forgotten with XenCenter.</source>
        <translation>无法使用 XenCenter 忘记此存储库。</translation>
    </message>
    <message>
        <source>This SR cannot be destroyed with XenCenter.</source>
        <translation>无法使用 XenCenter 销毁此存储库。</translation>
    </message>
    <message>
        <source>This SR is already the default SR.</source>
        <translation>此存储库已是默认存储库。</translation>
    </message>
    <message>
        <source>Disks cannot be made on this SR.</source>
        <translation>无法在此存储库上创建磁盘。</translation>
    </message>
    <message>
        <source>A local SR cannot be the default SR of a pool of several servers.</source>
        <translation>本地存储库不能作为包含多台服务器的池的默认存储库。</translation>
    </message>
    <message>
        <source>This SR cannot be scanned now.</source>
        <translation>现在无法扫描此存储库。</translation>
    </message>
    <message>
        <source>Reclaiming freed space is not supported on this SR</source>
        <translation>此存储库不支持回收释放的空间</translation>
    </message>
    <message>
        <source>Cannot reclaim freed space because the SR is detached.</source>
        <translation>无法回收释放的空间，因为存储库已分离。</translation>
    </message>
    <message>
        <source>The storage did not say why.</source>
        <translation>存储未说明原因。</translation>
    </message>
    <message>
        <source>Connect to one server first (or select its pool).</source>
        <translation>请先连接到一台服务器（或选择其池）。</translation>
    </message>
    <message>
        <source>Give the kind of SR (--type).</source>
        <extracomment>Where the storage is, for making an SR and for reattaching one.</extracomment>
        <translation>请指定存储库的类型 (--type)。</translation>
    </message>
    <message>
        <source>Give the new SR&apos;s name (--name).</source>
        <translation>请指定新存储库的名称 (--name)。</translation>
    </message>
    <message>
        <source>The pool has no server to make the SR on.</source>
        <translation>池中没有可用于创建存储库的服务器。</translation>
    </message>
    <message>
        <source>The SR is already attached.</source>
        <translation>存储库已连接。</translation>
    </message>
    <message>
        <source>This SR cannot be reattached with XenCenter.</source>
        <translation>无法使用 XenCenter 重新连接此存储库。</translation>
    </message>
    <message>
        <source>The pool has no server to attach the SR to.</source>
        <translation>池中没有可附加存储库的服务器。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {state}: shut it down to copy it.</source>
        <translation>“{name}”{state}：请将其关闭后再复制。</translation>
    </message>
    <message>
        <source>The copy needs a name.</source>
        <translation>副本需要名称。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a default template: it comes with the server.</source>
        <translation>“{name}”是默认模板：它随服务器提供。</translation>
    </message>
    <message>
        <source>The server has no pool record.</source>
        <translation>该服务器没有池记录。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; already belongs to domain &apos;{domain}&apos;.</source>
        <translation>“{name}”已属于域“{domain}”。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in a domain.</source>
        <translation>“{name}”不在域中。</translation>
    </message>
    <message>
        <source>AD is not configured: join a domain first.</source>
        <translation>未配置 AD：请先加入域。</translation>
    </message>
    <message>
        <source>Name at least one user or group (--name).</source>
        <translation>请至少指定一个用户或组 (--name)。</translation>
    </message>
    <message>
        <source>The pool has no role &apos;{role}&apos;.</source>
        <translation>池中没有角色“{role}”。</translation>
    </message>
    <message>
        <source>Choose the role (--role).</source>
        <translation>请选择角色 (--role)。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is running.</source>
        <extracomment>The refusal for a VM in each power state (translated where made, context ``CommandReasons``).</extracomment>
        <translation>“{name}”正在运行。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is shut down.</source>
        <translation>“{name}”已关闭。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is paused.</source>
        <translation>“{name}”已暂停。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is busy ({operations}).</source>
        <translation>“{name}”正忙 ({operations})。</translation>
    </message>
    <message>
        <source>This operation has been blocked on &apos;{name}&apos;.</source>
        <translation>此操作已在“{name}”上被阻止。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in maintenance mode.</source>
        <translation>“{name}”处于维护模式。</translation>
    </message>
    <message>
        <source>No server of the pool can start the VM now.</source>
        <translation>池中当前没有服务器可以启动该虚拟机。</translation>
    </message>
    <message>
        <source>Start on Server needs a host</source>
        <translation>“在服务器上启动”需要指定主机</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not running: only a running VM&apos;s memory can be kept in a snapshot (take one of its disks instead).</source>
        <translation>“{name}”未运行：只有正在运行的虚拟机的内存才能保存到快照中（请改为创建其磁盘的快照）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is running: shut it down to change its static memory, its maximum number of vCPUs or its topology.</source>
        <translation>“{name}”正在运行：请将其关闭后再更改其静态内存、最大 vCPU 数或拓扑。</translation>
    </message>
    <message>
        <source>Choose at least one boot device.</source>
        <translation>请至少选择一个引导设备。</translation>
    </message>
    <message>
        <source>an alert</source>
        <translation>一个警报</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>a VM</source>
        <translation>一个虚拟机</translation>
    </message>
    <message>
        <source>one VM</source>
        <translation>一个虚拟机</translation>
    </message>
    <message>
        <source>Select one VM to see its properties.</source>
        <translation>请选择一个虚拟机以查看其属性。</translation>
    </message>
    <message>
        <source>a virtual disk</source>
        <translation>一个虚拟磁盘</translation>
    </message>
    <message>
        <source>Select one virtual disk.</source>
        <translation>请选择一个虚拟磁盘。</translation>
    </message>
    <message>
        <source>Select one VM.</source>
        <translation>请选择一个虚拟机。</translation>
    </message>
    <message>
        <source>a server or a VM</source>
        <translation>一个服务器或虚拟机</translation>
    </message>
    <message>
        <source>Select one server or VM.</source>
        <translation>请选择一个服务器或虚拟机。</translation>
    </message>
    <message>
        <source>a pool</source>
        <translation>一个池</translation>
    </message>
    <message>
        <source>a pool or server</source>
        <translation>一个池或服务器</translation>
    </message>
    <message>
        <source>a storage repository</source>
        <translation>一个存储库</translation>
    </message>
    <message>
        <source>a server</source>
        <translation>一个服务器</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>一个网络</translation>
    </message>
    <message>
        <source>a bonded network</source>
        <translation>一个绑定网络</translation>
    </message>
    <message>
        <source>a network interface</source>
        <translation>一个网络接口</translation>
    </message>
    <message>
        <source>Select one network interface.</source>
        <translation>请选择一个网络接口。</translation>
    </message>
    <message>
        <source>Select one VM to rename.</source>
        <translation>请选择一个要重命名的虚拟机。</translation>
    </message>
    <message>
        <source>one server</source>
        <translation>一个服务器</translation>
    </message>
    <message>
        <source>Select one server to rename.</source>
        <translation>请选择一个要重命名的服务器。</translation>
    </message>
    <message>
        <source>one pool</source>
        <translation>一个池</translation>
    </message>
    <message>
        <source>Select one pool to rename.</source>
        <translation>请选择一个要重命名的池。</translation>
    </message>
    <message>
        <source>one storage repository</source>
        <translation>一个存储库</translation>
    </message>
    <message>
        <source>Select one storage repository to rename.</source>
        <translation>请选择一个要重命名的存储库。</translation>
    </message>
    <message>
        <source>one network</source>
        <translation>一个网络</translation>
    </message>
    <message>
        <source>Select one network to rename.</source>
        <translation>请选择一个要重命名的网络。</translation>
    </message>
    <message>
        <source>Select one server: a pool has one coordinator.</source>
        <translation>请选择一个服务器：一个池只有一个协调器。</translation>
    </message>
    <message>
        <source>Select one server to see its properties.</source>
        <translation>请选择一个服务器以查看其属性。</translation>
    </message>
    <message>
        <source>Select one pool to see its properties.</source>
        <translation>请选择一个池以查看其属性。</translation>
    </message>
    <message>
        <source>Select one storage repository to see its properties.</source>
        <translation>请选择一个存储库以查看其属性。</translation>
    </message>
    <message>
        <source>Select one network to see its properties.</source>
        <translation>请选择一个网络以查看其属性。</translation>
    </message>
    <message>
        <source>a pool, a server or a template</source>
        <translation>一个池、服务器或模板</translation>
    </message>
    <message>
        <source>a disconnected server</source>
        <translation>一个已断开连接的服务器</translation>
    </message>
    <message>
        <source>a snapshot</source>
        <translation>一个快照</translation>
    </message>
    <message>
        <source>Select one snapshot to revert to.</source>
        <translation>请选择一个要恢复到的快照。</translation>
    </message>
    <message>
        <source>servers or pools</source>
        <translation>服务器或池</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <source>Select one VM to copy.</source>
        <translation>请选择一个要复制的虚拟机。</translation>
    </message>
    <message>
        <source>Select one VM to convert.</source>
        <translation>请选择一个要转换的虚拟机。</translation>
    </message>
    <message>
        <source>a template</source>
        <translation>一个模板</translation>
    </message>
    <message>
        <source>Select one snapshot.</source>
        <translation>请选择一个快照。</translation>
    </message>
    <message>
        <source>a VM, template or snapshot</source>
        <translation>一个虚拟机、模板或快照</translation>
    </message>
    <message>
        <source>Select one VM to export.</source>
        <translation>请选择一个要导出的虚拟机。</translation>
    </message>
    <message>
        <source>a pool or a server</source>
        <translation>一个池或服务器</translation>
    </message>
    <message>
        <source>Select one pool or server to import into.</source>
        <translation>请选择一个要导入到的池或服务器。</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>一个用户</translation>
    </message>
    <message>
        <source>a snapshot schedule</source>
        <translation>一个快照计划</translation>
    </message>
    <message>
        <source>shut down</source>
        <extracomment>A VM&apos;s power state in words, for refusals (translated where used, context ``CommandReasons``).</extracomment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>The selected servers failed when asked for their capabilities.  Please select different servers.</source>
        <translation>所选服务器在查询其功能时失败。请选择其他服务器。</translation>
    </message>
    <message>
        <source>The report ended early ({error}): the connection to the server was lost.</source>
        <translation>报告提前结束 ({error})：与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The report of the other servers was saved to {path}.</source>
        <translation>其他服务器的报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>Choose the servers to collect a report from.</source>
        <translation>请选择要从中收集报告的服务器。</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; exists: give --overwrite to replace it.</source>
        <translation>“{path}”已存在：请指定 --overwrite 以替换它。</translation>
    </message>
    <message>
        <source>The folder of &apos;{path}&apos; does not exist.</source>
        <translation>“{path}”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>This task cannot be cancelled: it has finished, or its operation cannot be stopped.</source>
        <translation>无法取消此任务：它已完成，或者其操作无法停止。</translation>
    </message>
    <message>
        <source>The export ended early: the file is incomplete, so it was not kept.</source>
        <translation>导出提前结束：文件不完整，因此未保留。</translation>
    </message>
    <message>
        <source>The pool has no default storage: give --sr.</source>
        <translation>池没有默认存储：请指定 --sr。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is an ISO library: choose storage for virtual disks.</source>
        <translation>“{sr}”是 ISO 库：请选择用于虚拟磁盘的存储。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no VMs.</source>
        <translation>“{name}”没有虚拟机。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already enabled.</source>
        <translation>“{name}”已启用。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already disabled.</source>
        <translation>“{name}”已禁用。</translation>
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
    <message>
        <source>{kind} &apos;{name}&apos;</source>
        <extracomment>The classes whose objects the palette finds by name. What reading the last words as an object costs (&quot;shut d&quot; is Shut Down, not Shut Down on &quot;db 6&quot;). How much better a command that cannot run must match to come before one that can.</extracomment>
        <translation>{kind}“{name}”</translation>
    </message>
    <message>
        <source>Migrate VM wizard...</source>
        <translation>迁移虚拟机向导...</translation>
    </message>
    <message>
        <source>New Pool...</source>
        <translation>新建池...</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Once a system alert is dismissed it will be removed from the server permanently. Do you want to continue?</source>
        <extracomment>The questions (translated where asked, context ``Confirmations``).</extracomment>
        <translation>系统警报一旦消除，将从服务器上永久删除。是否继续？</translation>
    </message>
    <message>
        <source>This operation will remove the selected alerts from the servers permanently. Do you want to continue?

Note that if RBAC is enabled, only alerts which you have privileges to dismiss will be affected.</source>
        <translation>此操作将从服务器上永久删除所选警报。是否继续？

请注意，如果启用了 RBAC，则只会影响您有权消除的警报。</translation>
    </message>
    <message>
        <source>This operation will remove permanently all alerts from every connected server. Do you want to continue?

Note that if RBAC is enabled, only alerts which you have privileges to dismiss will be affected.</source>
        <translation>此操作将从所有已连接的服务器上永久删除所有警报。是否继续？

请注意，如果启用了 RBAC，则只会影响您有权消除的警报。</translation>
    </message>
    <message>
        <source>Dismiss Alerts</source>
        <translation>消除警报</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>消除</translation>
    </message>
    <message>
        <source>Dismiss All Alerts</source>
        <translation>消除所有警报</translation>
    </message>
    <message>
        <source>Dismiss All</source>
        <translation>全部消除</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>{names} and %n more</source>
        <translation>{names} 以及其他 %n 个</translation>
    </message>
    <message>
        <source>VM</source>
        <extracomment>The nouns confirmations count (``counted``): singular and plural, translated where a confirmation is made.</extracomment>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>virtual disk</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>virtual disks</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>system disk</source>
        <translation>系统磁盘</translation>
    </message>
    <message>
        <source>system disks</source>
        <translation>系统磁盘</translation>
    </message>
    <message>
        <source>the {noun} {names}</source>
        <translation>{noun}{names}</translation>
    </message>
    <message>
        <source>Delete {what}? This cannot be undone.</source>
        <translation>是否删除{what}？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete {what} and %n virtual disk used by nothing else? This cannot be undone.</source>
        <translation>是否删除{what}以及 %n 个未被其他对象使用的虚拟磁盘？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete {what} and %n virtual disks used by nothing else? This cannot be undone.</source>
        <translation>是否删除{what}以及 %n 个未被其他对象使用的虚拟磁盘？此操作无法撤消。</translation>
    </message>
    <message>
        <source>This action will detach a system disk from the VM which may leave it unbootable. Would you like to continue?</source>
        <translation>此操作将从虚拟机分离系统磁盘，可能导致虚拟机无法引导。是否继续？</translation>
    </message>
    <message>
        <source>Detaching this virtual disk will remove the association between it and the VM while preserving the disk and its data. Would you like to continue?</source>
        <translation>分离此虚拟磁盘将解除它与虚拟机之间的关联，但会保留磁盘及其数据。是否继续？</translation>
    </message>
    <message>
        <source>Detach Virtual Disk</source>
        <translation>分离虚拟磁盘</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>分离</translation>
    </message>
    <message>
        <source>Delete Virtual Disk</source>
        <translation>删除虚拟磁盘</translation>
    </message>
    <message>
        <source>This will delete {what} permanently, destroying the data on it. Continue?</source>
        <translation>这将永久删除{what}，并销毁其中的数据。是否继续？</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>What the confirmation calls the objects.</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Are you sure you want to delete the graph &apos;{name}&apos;?</source>
        <translation>是否确实要删除图表“{name}”？</translation>
    </message>
    <message>
        <source>Delete Graph</source>
        <translation>删除图表</translation>
    </message>
    <message>
        <source>Are you sure you want to disable HA for pool &apos;{name}&apos;?</source>
        <translation>是否确实要为池“{name}”禁用 HA？</translation>
    </message>
    <message>
        <source>Disable HA</source>
        <translation>禁用 HA</translation>
    </message>
    <message>
        <source>Put {names} in maintenance mode? Running VMs are migrated to other servers of the pool, and no VM can start there until you exit maintenance mode.</source>
        <translation>是否将 {names} 置于维护模式？正在运行的虚拟机将迁移到池中的其他服务器，在您退出维护模式之前，任何虚拟机都无法在其上启动。</translation>
    </message>
    <message>
        <source>Reboot {names}? VMs running there are shut down unless you migrate them first (Enter Maintenance Mode does that).</source>
        <translation>是否重新启动 {names}？除非先迁移其上运行的虚拟机（进入维护模式即可完成），否则这些虚拟机将被关闭。</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down &apos;{name}&apos;?

This will also shut down all the VMs currently running on it.</source>
        <translation>是否确实要关闭“{name}”？

这也将关闭当前在其上运行的所有虚拟机。</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down the selected servers?

This will also shut down all the VMs currently running on them.</source>
        <translation>是否确实要关闭所选服务器？

这也将关闭当前在其上运行的所有虚拟机。</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down &apos;{name}&apos;?</source>
        <translation>是否确实要关闭“{name}”？</translation>
    </message>
    <message>
        <source>Are you sure you want to shut down the selected servers?</source>
        <translation>是否确实要关闭所选服务器？</translation>
    </message>
    <message>
        <source>

{name} is the pool coordinator. It is strongly recommended to nominate a new coordinator for the pool before proceeding.</source>
        <translation>

{name} 是池协调器。强烈建议在继续操作之前为池指定新的协调器。</translation>
    </message>
    <message>
        <source>

{names} are pool coordinators. It is strongly recommended to nominate a new coordinator for each affected pool before proceeding.</source>
        <translation>

{names} 是池协调器。强烈建议在继续操作之前为每个受影响的池指定新的协调器。</translation>
    </message>
    <message>
        <source>Shut Down Multiple Servers</source>
        <translation>关闭多台服务器</translation>
    </message>
    <message>
        <source>Yes, Shut Down</source>
        <translation>是，关闭</translation>
    </message>
    <message>
        <source>Are you sure you want to restart the toolstack on &apos;{name}&apos;? Note that {program} will temporarily lose connection to the server.</source>
        <translation>是否确实要重新启动“{name}”上的工具堆栈？请注意，{program} 将暂时失去与该服务器的连接。</translation>
    </message>
    <message>
        <source>Are you sure you want to restart the toolstack on the selected servers? Note that {program} will temporarily lose connection to them.</source>
        <translation>是否确实要重新启动所选服务器上的工具堆栈？请注意，{program} 将暂时失去与这些服务器的连接。</translation>
    </message>
    <message>
        <source>This will delete the selected network permanently. Continue?</source>
        <translation>这将永久删除所选网络。是否继续？</translation>
    </message>
    <message>
        <source>

The network interfaces of {names} on it are deleted too.</source>
        <translation>

{names} 在该网络上的网络接口也将被删除。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>Are you sure that you want to delete {names}?</source>
        <translation>是否确实要删除 {names}？</translation>
    </message>
    <message>
        <source>

Deleting this bond will automatically transfer the management interface on the bond to the first of the bonded members: 

- {program} connections to the pool will temporarily be disturbed

- If your network configuration is incorrect then {program} may permanently lose the connection to the pool, or pool members may be unable to contact each other.</source>
        <translation>

删除此绑定会自动将绑定上的管理接口转移到第一个绑定成员：

- {program} 与池的连接将暂时中断

- 如果您的网络配置不正确，{program} 可能会永久失去与池的连接，或者池成员可能无法相互联系。</translation>
    </message>
    <message>
        <source>Delete Bond</source>
        <translation>删除绑定</translation>
    </message>
    <message>
        <source>Delete bond</source>
        <translation>删除绑定</translation>
    </message>
    <message>
        <source>Rename {word}</source>
        <translation>重命名{word}</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>You are reconfiguring the primary management interface.  If the new settings are incorrect then {brand} may permanently lose the connection to the server, or pool members may be unable to contact each other.</source>
        <translation>您正在重新配置主管理接口。如果新设置不正确，{brand} 可能会永久失去与服务器的连接，或者池成员之间可能无法相互通信。</translation>
    </message>
    <message>
        <source>You are reconfiguring the primary management interface.  If the new settings are incorrect then {brand} may permanently lose the connection to the server.</source>
        <translation>您正在重新配置主管理接口。如果新设置不正确，{brand} 可能会永久失去与服务器的连接。</translation>
    </message>
    <message>
        <source>You should only proceed if you have verified that these settings are correct.</source>
        <translation>只有在确认这些设置正确无误后，才应继续操作。</translation>
    </message>
    <message>
        <source>Configure IP Addresses - {name}</source>
        <translation>配置 IP 地址 - {name}</translation>
    </message>
    <message>
        <source>Reconfigure anyway</source>
        <translation>仍然重新配置</translation>
    </message>
    <message>
        <source>Do you want to remove &apos;{name}&apos; from pool &apos;{pool}&apos;? 

This will permanently delete and reinitialize all local storage on &apos;{name}&apos;. Your data will be lost, and the server will be rebooted. If Active Directory is configured for pool &apos;{pool}&apos;, the server will be removed from the domain.</source>
        <translation>是否要从池“{pool}”中删除“{name}”？

这将永久删除并重新初始化“{name}”上的所有本地存储。您的数据将丢失，服务器将重新启动。如果为池“{pool}”配置了 Active Directory，该服务器将从域中删除。</translation>
    </message>
    <message>
        <source>Do you want to remove the selected servers from pool &apos;{pool}&apos;?

This will permanently delete and reinitialize all local storage on the servers. Your data will be lost, and the servers will be rebooted. If Active Directory is configured for pool &apos;{pool}&apos;, the servers will be removed from the domain.</source>
        <translation>是否要从池“{pool}”中删除所选服务器？

这将永久删除并重新初始化这些服务器上的所有本地存储。您的数据将丢失，服务器将重新启动。如果为池“{pool}”配置了 Active Directory，这些服务器将从域中删除。</translation>
    </message>
    <message>
        <source>Remove From Pool</source>
        <translation>从池中删除</translation>
    </message>
    <message>
        <source>Yes, Remove</source>
        <translation>是，删除</translation>
    </message>
    <message>
        <source>Nominate &apos;{name}&apos; as the new coordinator of pool &apos;{pool}&apos;?

{program} will temporarily lose connection to the pool while the coordinator changes, then connects to the new coordinator.</source>
        <translation>是否指定“{name}”作为池“{pool}”的新协调器？

更改协调器期间，{program} 将暂时失去与池的连接，然后连接到新的协调器。</translation>
    </message>
    <message>
        <source>Make Coordinator</source>
        <translation>设为协调器</translation>
    </message>
    <message>
        <source>Do you want to move the server {name} into the pool {pool}?</source>
        <translation>是否要将服务器 {name} 移至池 {pool}？</translation>
    </message>
    <message>
        <source>Do you want to move the selected servers into the pool {pool}?</source>
        <translation>是否要将所选服务器移至池 {pool}？</translation>
    </message>
    <message>
        <source>Adding to Pool</source>
        <translation>正在添加到池</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Remove {names} from the list of servers? Its saved password is forgotten too.</source>
        <translation>是否从服务器列表中删除 {names}？其保存的密码也将被忘记。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Revert &apos;{vm}&apos; to the snapshot &apos;{snapshot}&apos;? The VM&apos;s current state is lost unless you take a snapshot of it first.</source>
        <translation>是否将“{vm}”恢复到快照“{snapshot}”？除非先为其生成快照，否则虚拟机的当前状态将丢失。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>

VMs with disks on it: {names}.</source>
        <translation>

在其上有磁盘的虚拟机：{names}。</translation>
    </message>
    <message>
        <source>Detaching this storage repository will make the virtual disks that it contains inaccessible. The contents of the virtual disks themselves will remain intact.

If you subsequently reattach the storage repository, you will need to provide the correct device configuration details.

Are you sure you want to detach this storage repository?</source>
        <translation>分离此存储库将使其中包含的虚拟磁盘无法访问。虚拟磁盘本身的内容将保持不变。

如果以后重新连接此存储库，您需要提供正确的设备配置详细信息。

是否确实要分离此存储库？</translation>
    </message>
    <message>
        <source>Detach Storage Repository</source>
        <translation>分离存储库</translation>
    </message>
    <message>
        <source>Are you sure you want to forget &apos;{name}&apos;?

Forgetting this storage repository will permanently remove the information used to connect the virtual machines to the virtual disks in the storage repository. The contents of the virtual disks themselves will remain intact.

This action is final and unrecoverable.</source>
        <translation>是否确实要忘记“{name}”？

忘记此存储库将永久删除用于将虚拟机连接到存储库中虚拟磁盘的信息。虚拟磁盘本身的内容将保持不变。

此操作是最终操作，无法恢复。</translation>
    </message>
    <message>
        <source>Forget Storage Repository</source>
        <translation>忘记存储库</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>Are you sure you want to destroy &apos;{name}&apos;?

Destroying this storage repository will permanently remove all associated virtual disks from the underlying storage device.

This action is final and unrecoverable.</source>
        <translation>是否确实要销毁“{name}”？

销毁此存储库将从基础存储设备中永久删除所有关联的虚拟磁盘。

此操作是最终操作，无法恢复。</translation>
    </message>
    <message>
        <source>Destroy Storage Repository</source>
        <translation>销毁存储库</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Reclaim freed space</source>
        <translation>回收释放的空间</translation>
    </message>
    <message>
        <source>The process of reclaiming space may place significant load on the storage controller, temporarily affecting the storage&apos;s performance.

Would you like to carry out the operation at this time?</source>
        <translation>回收空间的过程可能会给存储控制器带来很大负载，暂时影响存储性能。

是否要立即执行此操作？</translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Convert VM to Template</source>
        <translation>将虚拟机转换为模板</translation>
    </message>
    <message>
        <source>Are you sure you want to convert VM &apos;{name}&apos; to a template? This cannot be undone.</source>
        <translation>确实要将虚拟机“{name}”转换为模板吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
    <message>
        <source>Save as a Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Enter a name for the new template:</source>
        <translation>输入新模板的名称：</translation>
    </message>
    <message>
        <source>Template from snapshot &apos;{name}&apos;</source>
        <translation>来自快照“{name}”的模板</translation>
    </message>
    <message>
        <source>You are about to remove &apos;{name}&apos; from the AD domain &apos;{domain}&apos;. Any users authenticated using AD will be disconnected.

Do you want to continue?</source>
        <translation>您即将从 AD 域“{domain}”中删除“{name}”。所有通过 AD 进行身份验证的用户都将断开连接。

是否继续？</translation>
    </message>
    <message>
        <source>Leave Domain</source>
        <translation>退出域</translation>
    </message>
    <message>
        <source>Users or groups (EXAMPLE\name, separated by commas):</source>
        <translation>用户或组（EXAMPLE\name，以逗号分隔）：</translation>
    </message>
    <message>
        <source>Are you sure you want to remove the user &apos;{name}&apos;?</source>
        <translation>确实要删除用户“{name}”吗？</translation>
    </message>
    <message>
        <source>Are you sure you want to remove these %n users? ({names})</source>
        <translation>确实要删除这 %n 个用户吗？（{names}）</translation>
    </message>
    <message>
        <source>Force {what} to shut down? This is like pulling the power cable: unsaved data in the guest is lost.</source>
        <translation>是否强制关闭{what}？这相当于拔掉电源线：来宾中未保存的数据将丢失。</translation>
    </message>
    <message>
        <source>Force {what} to reboot? This is like pressing the reset button: unsaved data in the guest is lost.</source>
        <translation>是否强制重新启动{what}？这相当于按下复位按钮：来宾中未保存的数据将丢失。</translation>
    </message>
    <message>
        <source>Do you want to delete policy &apos;{name}&apos;?</source>
        <translation>是否要删除策略“{name}”？</translation>
    </message>
    <message>
        <source>Do you want to delete the selected policies ({names})?</source>
        <translation>是否要删除所选策略（{names}）？</translation>
    </message>
    <message>
        <source>Delete Snapshot Schedule</source>
        <translation>删除快照计划</translation>
    </message>
    <message>
        <source>Remove the network interface {words}? The VM loses that connection.</source>
        <translation>是否删除网络接口 {words}？虚拟机将失去该连接。</translation>
    </message>
    <message>
        <source>Remove the network interfaces {words}? The VM loses that connection.</source>
        <translation>是否删除网络接口 {words}？虚拟机将失去这些连接。</translation>
    </message>
    <message>
        <source>Delete Search &apos;{name}&apos;</source>
        <translation>删除搜索“{name}”</translation>
    </message>
    <message>
        <source>Are you sure you want to delete saved search &apos;{name}&apos;?</source>
        <translation>确实要删除已保存的搜索“{name}”吗？</translation>
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
    <message>
        <source>Wrong user name or password</source>
        <extracomment>Why a connection failed (``connection_problem``): in English like the connection&apos;s other reasons (code compares them, the log keeps them); the window translates them where it shows them (``views/words.reason``).</extracomment>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>Certificate changed: the host presented a different certificate than the one you trusted</source>
        <translation>证书已更改：主机提供的证书与您信任的证书不同</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>Host is a pool member and its coordinator ({address}) could not be reached</source>
        <translation>主机是池成员，无法访问其协调器 ({address})</translation>
    </message>
    <message>
        <source>{why} (is this a XenServer or XCP-ng host?)</source>
        <translation>{why}（这是 XenServer 或 XCP-ng 主机吗？）</translation>
    </message>
    <message>
        <source>The server refused: {why}</source>
        <translation>服务器拒绝：{why}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind})</source>
        <translation>意外错误 ({kind})</translation>
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
        <source>&amp;Scale the picture to fit the window</source>
        <translation>缩放画面以适合窗口(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;hare the clipboard with the guest</source>
        <translation>与来宾共享剪贴板(&amp;H)</translation>
    </message>
    <message>
        <source>Text copied on either side can be pasted on the other</source>
        <translation>在任一侧复制的文本都可在另一侧粘贴</translation>
    </message>
    <message>
        <source>&amp;Grab the keyboard when a console connects (Right Ctrl releases it)</source>
        <translation>控制台连接后捕获键盘(&amp;G)（按右 Ctrl 释放）</translation>
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
    <name>Consoles</name>
    <message>
        <source>This VM is shut down; start it to use its console.</source>
        <extracomment>Power state -&gt; (what the user reads, translated where shown (context ``Consoles``), the command that makes the console available).</extracomment>
        <translation>此虚拟机已关闭；请启动它以使用其控制台。</translation>
    </message>
    <message>
        <source>This VM is suspended; resume it to use its console.</source>
        <translation>此虚拟机已挂起；请恢复它以使用其控制台。</translation>
    </message>
    <message>
        <source>This VM is paused; unpause it to use its console.</source>
        <translation>此虚拟机已暂停；请取消暂停以使用其控制台。</translation>
    </message>
    <message>
        <source>This server is not reachable, so its console is not available.</source>
        <translation>无法访问此服务器，因此其控制台不可用。</translation>
    </message>
    <message>
        <source>This server offers no console.</source>
        <translation>此服务器未提供控制台。</translation>
    </message>
    <message>
        <source>The server&apos;s text console is available.</source>
        <translation>服务器的文本控制台可用。</translation>
    </message>
    <message>
        <source>This VM is running but offers no console.</source>
        <translation>此虚拟机正在运行，但未提供控制台。</translation>
    </message>
    <message>
        <source>This VM is running; its console is available.</source>
        <translation>此虚拟机正在运行；其控制台可用。</translation>
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
    <name>Evacuation</name>
    <message>
        <source>Suspend the VM</source>
        <extracomment>XenCenter&apos;s solutions for a VM that blocks the evacuation: the command that removes the block, and its prompt (translated where shown, context ``Evacuation``).</extracomment>
        <translation>挂起虚拟机</translation>
    </message>
    <message>
        <source>Shut down the VM</source>
        <translation>关闭虚拟机</translation>
    </message>
    <message>
        <source>{reason} {solution}</source>
        <translation>{reason}{solution}</translation>
    </message>
    <message>
        <source>Will be migrated</source>
        <translation>将被迁移</translation>
    </message>
    <message>
        <source>Will be migrated to &apos;{server}&apos;</source>
        <translation>将迁移到“{server}”</translation>
    </message>
    <message>
        <source>This VM uses a local CD.</source>
        <translation>此虚拟机使用本地 CD。</translation>
    </message>
    <message>
        <source>This VM uses local storage.</source>
        <translation>此虚拟机使用本地存储。</translation>
    </message>
    <message>
        <source>There are no other servers available in the pool to migrate the running VMs to. Please suspend the VMs instead.</source>
        <translation>池中没有其他可用服务器可用于迁移正在运行的虚拟机。请改为挂起这些虚拟机。</translation>
    </message>
    <message>
        <source>There is not enough free memory available on the other servers in the pool to migrate all the running VMs off this server. Please suspend some of the VMs</source>
        <translation>池中其他服务器上的可用内存不足，无法将所有正在运行的虚拟机迁出此服务器。请挂起部分虚拟机</translation>
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
    <name>Failures</name>
    <message>
        <source>shut down</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>in another state</source>
        <translation>处于其他状态</translation>
    </message>
    <message>
        <source>&apos;{name}&apos;</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server &apos;{name}&apos;</source>
        <translation>服务器“{name}”</translation>
    </message>
    <message>
        <source>The VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>The SR</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>{vm} must be {expected} for this, but it is {actual}.</source>
        <translation>{vm}必须为“{expected}”状态才能执行此操作，但其当前为“{actual}”。</translation>
    </message>
    <message>
        <source>this object</source>
        <translation>此对象</translation>
    </message>
    <message>
        <source>Another operation is already in progress on {what}. Wait for it to finish, then try again.</source>
        <translation>{what}上已有另一个操作正在进行。请等待其完成，然后重试。</translation>
    </message>
    <message>
        <source>This operation has been blocked on {what} ({why}). Someone (or a tool) disabled it on purpose.</source>
        <translation>此操作已在{what}上被阻止 ({why})。有人（或某个工具）有意禁用了它。</translation>
    </message>
    <message>
        <source>This operation has been blocked on {what}. Someone (or a tool) disabled it on purpose.</source>
        <translation>此操作已在{what}上被阻止。有人（或某个工具）有意禁用了它。</translation>
    </message>
    <message>
        <source>The {kind} no longer exists: it was probably deleted by someone else.</source>
        <translation>{kind}已不存在：可能已被其他人删除。</translation>
    </message>
    <message>
        <source>The object no longer exists: it was probably deleted by someone else.</source>
        <translation>该对象已不存在：可能已被其他人删除。</translation>
    </message>
    <message>
        <source>The session with the server has ended. Reconnect and try again.</source>
        <translation>与服务器的会话已结束。请重新连接并重试。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Not enough server memory is available to perform this operation: {needed} needed, {free} free.</source>
        <translation>服务器可用内存不足，无法执行此操作：需要 {needed}，可用 {free}。</translation>
    </message>
    <message>
        <source>No server has enough free memory for {vm}.</source>
        <translation>没有服务器有足够的可用内存来运行{vm}。</translation>
    </message>
    <message>
        <source>the VM</source>
        <translation>该虚拟机</translation>
    </message>
    <message>
        <source>The server does not have enough CPUs to run the VM: it has {cpus}, the VM has {vcpus} vCPUs.</source>
        <translation>服务器没有足够的 CPU 来运行该虚拟机：服务器有 {cpus} 个，虚拟机有 {vcpus} 个 vCPU。</translation>
    </message>
    <message>
        <source>{server} does not have some of the CPU features that {vm} is currently using ({features})</source>
        <translation>{server}缺少{vm}当前使用的某些 CPU 功能 ({features})</translation>
    </message>
    <message>
        <source>{server} does not have some of the CPU features that {vm} is currently using.</source>
        <translation>{server}缺少{vm}当前使用的某些 CPU 功能。</translation>
    </message>
    <message>
        <source>{vm} has one or more PCI devices passed through, so it cannot be moved.</source>
        <translation>{vm}有一个或多个直通的 PCI 设备，因此无法移动。</translation>
    </message>
    <message>
        <source>The VM needs the network {network}, which that server does not have.</source>
        <translation>虚拟机需要网络{network}，但该服务器没有此网络。</translation>
    </message>
    <message>
        <source>of one of its interfaces</source>
        <translation>（其某个接口的网络）</translation>
    </message>
    <message>
        <source>{server} is disabled (in maintenance mode).</source>
        <translation>{server}已禁用（处于维护模式）。</translation>
    </message>
    <message>
        <source>The virtual disk was not given a destination storage.</source>
        <translation>未给虚拟磁盘指定目标存储。</translation>
    </message>
    <message>
        <source>The virtual disk &apos;{name}&apos; was not given a destination storage.</source>
        <translation>未给虚拟磁盘“{name}”指定目标存储。</translation>
    </message>
    <message>
        <source>A network interface of the VM was not given a destination network.</source>
        <translation>未给虚拟机的某个网络接口指定目标网络。</translation>
    </message>
    <message>
        <source>Cannot migrate the virtual disk as it is not attached to a running VM.</source>
        <translation>无法迁移虚拟磁盘，因为它未连接到正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>Cannot migrate the virtual disk &apos;{name}&apos; as it is not attached to a running VM.</source>
        <translation>无法迁移虚拟磁盘“{name}”，因为它未连接到正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>The destination server {server} cannot be contacted: it may be switched off or there may be network connectivity problems.</source>
        <translation>无法联系目标服务器{server}：它可能已关闭，或者存在网络连接问题。</translation>
    </message>
    <message>
        <source>The destination server cannot be contacted: it may be switched off or there may be network connectivity problems.</source>
        <translation>无法联系目标服务器：它可能已关闭，或者存在网络连接问题。</translation>
    </message>
    <message>
        <source>{server} cannot use the network &apos;{network}&apos; for the transfer.</source>
        <translation>{server}无法使用网络“{network}”进行传输。</translation>
    </message>
    <message>
        <source>{server} cannot use the network for the transfer.</source>
        <translation>{server}无法使用该网络进行传输。</translation>
    </message>
    <message>
        <source>The transfer network has no IP address on the destination server: choose another.</source>
        <translation>传输网络在目标服务器上没有 IP 地址：请选择其他网络。</translation>
    </message>
    <message>
        <source>The transfer network has no IP address on the destination server.</source>
        <translation>传输网络在目标服务器上没有 IP 地址。</translation>
    </message>
    <message>
        <source>Cannot migrate a VM to a destination server which is older than the source server.</source>
        <translation>无法将虚拟机迁移到比源服务器旧的目标服务器。</translation>
    </message>
    <message>
        <source>Too many VMs are moving their storage at once: try again later.</source>
        <translation>同时移动存储的虚拟机过多：请稍后重试。</translation>
    </message>
    <message>
        <source>VM migration failed: {why}.</source>
        <translation>虚拟机迁移失败：{why}。</translation>
    </message>
    <message>
        <source>the destination refused it</source>
        <translation>目标拒绝了迁移</translation>
    </message>
    <message>
        <source>Memory limits must satisfy static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum.</source>
        <translation>内存限制必须满足：静态最小值 ≤ 动态最小值 ≤ 动态最大值 ≤ 静态最大值。</translation>
    </message>
    <message>
        <source>Only a snapshot can be reverted to.</source>
        <translation>只能恢复到快照。</translation>
    </message>
    <message>
        <source>The VM could not be reverted to the snapshot (its VM may no longer exist).</source>
        <translation>无法将虚拟机恢复到该快照（其虚拟机可能已不存在）。</translation>
    </message>
    <message>
        <source>{server} is offline.</source>
        <translation>{server}处于脱机状态。</translation>
    </message>
    <message>
        <source>The server is not live (it is not responding to the pool).</source>
        <translation>服务器未处于活动状态（未响应池）。</translation>
    </message>
    <message>
        <source>The server is in emergency mode: its pool coordinator is unreachable.</source>
        <translation>服务器处于紧急模式：无法访问其池协调器。</translation>
    </message>
    <message>
        <source>No server in the pool can run this VM right now.</source>
        <translation>池中当前没有服务器可以运行此虚拟机。</translation>
    </message>
    <message>
        <source>{vm} has no VM tools installed, so it cannot do this cleanly. Use the forced variant, or install the tools.</source>
        <translation>{vm}未安装 VM Tools，因此无法正常执行此操作。请使用强制方式，或安装这些工具。</translation>
    </message>
    <message>
        <source>{vm} does not support this (its tools lack it).</source>
        <translation>{vm}不支持此操作（其工具缺少此功能）。</translation>
    </message>
    <message>
        <source>{vm} cannot shut down cleanly (its tools lack it). Use Force Shut Down.</source>
        <translation>{vm}无法正常关闭（其工具缺少此功能）。请使用强制关闭。</translation>
    </message>
    <message>
        <source>{vm} cannot be suspended (its tools lack it).</source>
        <translation>{vm}无法挂起（其工具缺少此功能）。</translation>
    </message>
    <message>
        <source>This is a template: templates cannot be started or stopped.</source>
        <translation>这是模板：模板无法启动或停止。</translation>
    </message>
    <message>
        <source>That server runs a version that cannot host this VM.</source>
        <translation>该服务器运行的版本无法托管此虚拟机。</translation>
    </message>
    <message>
        <source>This VM needs storage that cannot be seen from that server ({sr}).</source>
        <translation>此虚拟机需要的存储在该服务器上不可见 ({sr})。</translation>
    </message>
    <message>
        <source>a storage repository</source>
        <translation>某个存储库</translation>
    </message>
    <message>
        <source>The VM needs a network that this server does not have.</source>
        <translation>虚拟机需要此服务器没有的网络。</translation>
    </message>
    <message>
        <source>Your license does not allow this operation.</source>
        <translation>您的许可证不允许执行此操作。</translation>
    </message>
    <message>
        <source>The server does not know this operation (its version does not offer it).</source>
        <translation>服务器不识别此操作（其版本不提供此操作）。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The server could not send its status report (the connection was cut, or xen-bugtool failed on the server): {why}</source>
        <translation>服务器无法发送其状态报告（连接已断开，或服务器上的 xen-bugtool 失败）：{why}</translation>
    </message>
    <message>
        <source>The server could not send its status report (the connection was cut, or xen-bugtool failed on the server).</source>
        <translation>服务器无法发送其状态报告（连接已断开，或服务器上的 xen-bugtool 失败）。</translation>
    </message>
    <message>
        <source>The server is in use and cannot do this now.</source>
        <translation>服务器正在使用中，现在无法执行此操作。</translation>
    </message>
    <message>
        <source>A server cannot remove itself from the pool.</source>
        <translation>服务器无法将自身从池中移除。</translation>
    </message>
    <message>
        <source>The server must be in maintenance mode (disabled) for this.</source>
        <translation>服务器必须处于维护模式（已禁用）才能执行此操作。</translation>
    </message>
    <message>
        <source>This operation cannot be completed because the server is still live.</source>
        <translation>无法完成此操作，因为服务器仍处于活动状态。</translation>
    </message>
    <message>
        <source>This operation cannot be completed because the server power on mode is disabled.</source>
        <translation>无法完成此操作，因为服务器的开机模式已禁用。</translation>
    </message>
    <message>
        <source>The operation could not be performed because HA is enabled on the pool.</source>
        <translation>无法执行此操作，因为池已启用 HA。</translation>
    </message>
    <message>
        <source>This server is a pool member; only the pool coordinator can do this.</source>
        <translation>此服务器是池成员；只有池协调器才能执行此操作。</translation>
    </message>
    <message>
        <source>The storage repository is full: {needed} needed, {free} free.</source>
        <translation>存储库已满：需要 {needed}，可用 {free}。</translation>
    </message>
    <message>
        <source>The storage repository is full.</source>
        <translation>存储库已满。</translation>
    </message>
    <message>
        <source>The storage repository is not attached to any server.</source>
        <translation>存储库未连接到任何服务器。</translation>
    </message>
    <message>
        <source>The virtual disk is in use.</source>
        <translation>虚拟磁盘正在使用中。</translation>
    </message>
    <message>
        <source>The virtual disk is read-only.</source>
        <translation>虚拟磁盘是只读的。</translation>
    </message>
    <message>
        <source>The virtual disk is not managed by the server.</source>
        <translation>虚拟磁盘不受服务器管理。</translation>
    </message>
    <message>
        <source>The DVD drive is not empty: eject its disc first.</source>
        <translation>DVD 驱动器不为空：请先弹出其光盘。</translation>
    </message>
    <message>
        <source>The DVD drive is empty.</source>
        <translation>DVD 驱动器为空。</translation>
    </message>
    <message>
        <source>Only a DVD drive can have its disc changed.</source>
        <translation>只有 DVD 驱动器才能更换光盘。</translation>
    </message>
    <message>
        <source>This virtual disk cannot be deactivated while the VM runs.</source>
        <translation>虚拟机运行时无法停用此虚拟磁盘。</translation>
    </message>
    <message>
        <source>A DVD drive must be read-only.</source>
        <translation>DVD 驱动器必须是只读的。</translation>
    </message>
    <message>
        <source>The device is already active.</source>
        <translation>设备已处于活动状态。</translation>
    </message>
    <message>
        <source>The device is not active.</source>
        <translation>设备未处于活动状态。</translation>
    </message>
    <message>
        <source>The VM already has a device at position {position}.</source>
        <translation>虚拟机在位置 {position} 上已有设备。</translation>
    </message>
    <message>
        <source>The VM refused to let the device go (is it in use in the guest?).</source>
        <translation>虚拟机拒绝释放该设备（它是否正在来宾中使用？）。</translation>
    </message>
    <message>
        <source>&apos;{position}&apos; is not a valid device position.</source>
        <translation>“{position}”不是有效的设备位置。</translation>
    </message>
    <message>
        <source>&apos;{mac}&apos; is not a valid MAC address.</source>
        <translation>“{mac}”不是有效的 MAC 地址。</translation>
    </message>
    <message>
        <source>No {kind} has the UUID &apos;{uuid}&apos;.</source>
        <translation>没有 UUID 为“{uuid}”的{kind}。</translation>
    </message>
    <message>
        <source>No object has the UUID &apos;{uuid}&apos;.</source>
        <translation>没有 UUID 为“{uuid}”的对象。</translation>
    </message>
    <message>
        <source>The storage repository does not support this operation.</source>
        <translation>存储库不支持此操作。</translation>
    </message>
    <message>
        <source>The server does not allow this now: {why}</source>
        <translation>服务器现在不允许执行此操作：{why}</translation>
    </message>
    <message>
        <source>The server does not allow this now.</source>
        <translation>服务器现在不允许执行此操作。</translation>
    </message>
    <message>
        <source>A disk of an HVM guest must be read-write.</source>
        <translation>HVM 来宾的磁盘必须是可读写的。</translation>
    </message>
    <message>
        <source>The server reported an internal error.</source>
        <translation>服务器报告了内部错误。</translation>
    </message>
    <message>
        <source>The transfer stopped: the connection to this program was lost.</source>
        <translation>传输已停止：与本程序的连接已断开。</translation>
    </message>
    <message>
        <source>The server could not read or write the virtual disk (device I/O error).</source>
        <translation>服务器无法读取或写入虚拟磁盘（设备 I/O 错误）。</translation>
    </message>
    <message>
        <source>{sr} is still connected to a server: detach it first.</source>
        <translation>{sr}仍连接到某个服务器：请先将其分离。</translation>
    </message>
    <message>
        <source>{sr} is not connected to any server: repair it first.</source>
        <translation>{sr}未连接到任何服务器：请先修复。</translation>
    </message>
    <message>
        <source>The SR still holds virtual disks: delete them first.</source>
        <translation>存储库中仍有虚拟磁盘：请先将其删除。</translation>
    </message>
    <message>
        <source>The SR is already connected to {server}.</source>
        <translation>存储库已连接到{server}。</translation>
    </message>
    <message>
        <source>that server</source>
        <translation>该服务器</translation>
    </message>
    <message>
        <source>A local SR can be connected to one server only.</source>
        <translation>本地存储库只能连接到一台服务器。</translation>
    </message>
    <message>
        <source>The server has no storage driver of type &apos;{type}&apos;.</source>
        <translation>服务器没有类型为“{type}”的存储驱动程序。</translation>
    </message>
    <message>
        <source>An SR with this UUID is already known to the pool.</source>
        <translation>池中已存在具有此 UUID 的存储库。</translation>
    </message>
    <message>
        <source>The server has no &apos;{plugin}&apos; plugin.</source>
        <translation>服务器没有“{plugin}”插件。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot contain any shared storage.</source>
        <translation>加入池的服务器不能包含任何共享存储。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot have any running VMs.</source>
        <translation>加入池的服务器不能有任何正在运行的虚拟机。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot have any running or suspended VMs.</source>
        <translation>加入池的服务器不能有任何正在运行或已挂起的虚拟机。</translation>
    </message>
    <message>
        <source>The server joining the pool cannot already be a coordinator of another pool.</source>
        <translation>加入池的服务器不能已经是其他池的协调器。</translation>
    </message>
    <message>
        <source>The connection to the joining server failed.</source>
        <translation>与要加入的服务器的连接失败。</translation>
    </message>
    <message>
        <source>There was an error connecting to the server: the service contacted didn&apos;t reply properly.</source>
        <translation>连接到服务器时出错：所联系的服务未正确响应。</translation>
    </message>
    <message>
        <source>Joining server cannot have VMs with any current operations.</source>
        <translation>要加入的服务器不能有正在执行操作的虚拟机。</translation>
    </message>
    <message>
        <source>The servers in this pool are not homogeneous. {why}</source>
        <translation>此池中的服务器不同构。{why}</translation>
    </message>
    <message>
        <source>The servers in this pool are not homogeneous.</source>
        <translation>此池中的服务器不同构。</translation>
    </message>
    <message>
        <source>The hosts in this pool are not compatible.</source>
        <translation>此池中的主机不兼容。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same API version as the pool coordinator ({version}, the coordinator&apos;s {coordinator}).</source>
        <translation>加入池的主机的 API 版本必须与池协调器相同（{version}，协调器为 {coordinator}）。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same API version as the pool coordinator.</source>
        <translation>加入池的主机的 API 版本必须与池协调器相同。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same database schema as the pool coordinator.</source>
        <translation>加入池的主机的数据库架构必须与池协调器相同。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any non-management vlans.</source>
        <translation>加入池的主机不能有任何非管理 VLAN。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any bonds.</source>
        <translation>加入池的主机不能有任何绑定。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any tunnels.</source>
        <translation>加入池的主机不能有任何隧道。</translation>
    </message>
    <message>
        <source>The host joining the pool must not have any network SR-IOVs.</source>
        <translation>加入池的主机不能有任何网络 SR-IOV。</translation>
    </message>
    <message>
        <source>The host joining the pool must have the same management vlan.</source>
        <translation>加入池的主机必须具有相同的管理 VLAN。</translation>
    </message>
    <message>
        <source>The external authentication configuration of the server joining the pool must match the pool&apos;s own external authentication configuration.</source>
        <translation>加入池的服务器的外部身份验证配置必须与池自身的外部身份验证配置一致。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on one of the pool and the server joining it, but not on the other.</source>
        <translation>池和要加入的服务器中，一方启用了证书验证，另一方未启用。</translation>
    </message>
    <message>
        <source>The server is still booting.</source>
        <translation>服务器仍在启动。</translation>
    </message>
    <message>
        <source>This operation is not supported during an upgrade.</source>
        <translation>升级期间不支持此操作。</translation>
    </message>
    <message>
        <source>Could not {what}: {why}</source>
        <translation>无法{what}：{why}</translation>
    </message>
    <message>
        <source>Could not change {what}: {why}</source>
        <translation>无法更改{what}：{why}</translation>
    </message>
    <message>
        <source> (Saved: {saved}.)</source>
        <translation>（已保存：{saved}。）</translation>
    </message>
    <message>
        <source>The storage backend failed: {why}</source>
        <translation>存储后端失败：{why}</translation>
    </message>
    <message>
        <source>The storage backend failed.</source>
        <translation>存储后端失败。</translation>
    </message>
    <message>
        <source>The server refused the operation ({code}).</source>
        <translation>服务器拒绝了此操作 ({code})。</translation>
    </message>
    <message>
        <source>The server could not be reached: {why}</source>
        <translation>无法访问服务器：{why}</translation>
    </message>
    <message>
        <source>The file could not be written or read: {why}</source>
        <translation>无法写入或读取文件：{why}</translation>
    </message>
    <message>
        <source>Unexpected error: {why}</source>
        <translation>意外错误：{why}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind})</source>
        <translation>意外错误 ({kind})</translation>
    </message>
    <message>
        <source>The file is damaged: the checksum of {block} differs.</source>
        <translation>文件已损坏：{block} 的校验和不一致。</translation>
    </message>
    <message>
        <source>The file is not a valid XVA export: its disk chunks are out of order or name no disk.</source>
        <translation>该文件不是有效的 XVA 导出文件：其磁盘块顺序错乱或未指明磁盘。</translation>
    </message>
    <message>
        <source>This file could not be imported: {why}</source>
        <translation>无法导入此文件：{why}</translation>
    </message>
    <message>
        <source>This file could not be imported.</source>
        <translation>无法导入此文件。</translation>
    </message>
    <message>
        <source>The VM could not be imported because the XVA file is invalid: ova.xml missing (found &apos;{found}&apos;).</source>
        <translation>无法导入虚拟机，因为 XVA 文件无效：缺少 ova.xml（找到的是“{found}”）。</translation>
    </message>
    <message>
        <source>The VM could not be imported because the XVA file is invalid: ova.xml missing.</source>
        <translation>无法导入虚拟机，因为 XVA 文件无效：缺少 ova.xml。</translation>
    </message>
    <message>
        <source>The VM could not be imported; the end of the file was reached prematurely (the file is incomplete).</source>
        <extracomment>xapi&apos;s other import errors in XenCenter&apos;s words (translated where explained).</extracomment>
        <translation>无法导入虚拟机；过早到达文件末尾（文件不完整）。</translation>
    </message>
    <message>
        <source>Some data checksums were incorrect; the VM may be corrupt.</source>
        <translation>某些数据校验和不正确；虚拟机可能已损坏。</translation>
    </message>
    <message>
        <source>Cannot import VM using chunked encoding.</source>
        <translation>无法使用分块编码导入虚拟机。</translation>
    </message>
    <message>
        <source>The VM could not be imported because a required object could not be found.</source>
        <translation>无法导入虚拟机，因为找不到所需的对象。</translation>
    </message>
    <message>
        <source>The VM could not be imported because attached disks could not be found.</source>
        <translation>无法导入虚拟机，因为找不到连接的磁盘。</translation>
    </message>
    <message>
        <source>Cannot import on this server because it was saved on an incompatible version.</source>
        <translation>无法在此服务器上导入，因为它是在不兼容的版本上保存的。</translation>
    </message>
    <message>
        <source>The server&apos;s probe answer could not be read ({error}).</source>
        <translation>无法读取服务器的探测应答（{error}）。</translation>
    </message>
    <message>
        <source>The server&apos;s probe answer is not a listing this console knows (&lt;{tag}&gt;).</source>
        <translation>服务器的探测应答不是此控制台可识别的列表（&lt;{tag}&gt;）。</translation>
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
    <name>Graphs</name>
    <message>
        <source>Last 10 Minutes</source>
        <translation>过去 10 分钟</translation>
    </message>
    <message>
        <source>Last 2 Hours</source>
        <translation>过去 2 小时</translation>
    </message>
    <message>
        <source>Last Week</source>
        <translation>过去一周</translation>
    </message>
    <message>
        <source>Last Year</source>
        <translation>过去一年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Average CPU</source>
        <extracomment>XenCenter&apos;s FriendlyNames (&quot;Label-performance.*&quot;); ``{0}`` is the device&apos;s number or name (translated where named, context ``Graphs``).</extracomment>
        <translation>平均 CPU</translation>
    </message>
    <message>
        <source>Control Domain Load</source>
        <translation>控制域负载</translation>
    </message>
    <message>
        <source>Total Memory</source>
        <translation>总内存</translation>
    </message>
    <message>
        <source>Free Memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <source>Agent Memory Free</source>
        <translation>代理可用内存</translation>
    </message>
    <message>
        <source>Total NIC Receive</source>
        <translation>网卡总接收</translation>
    </message>
    <message>
        <source>Total NIC Send</source>
        <translation>网卡总发送</translation>
    </message>
    <message>
        <source>NIC {0} Receive</source>
        <translation>网卡 {0} 接收</translation>
    </message>
    <message>
        <source>NIC {0} Send</source>
        <translation>网卡 {0} 发送</translation>
    </message>
    <message>
        <source>{0} Receive</source>
        <translation>{0} 接收</translation>
    </message>
    <message>
        <source>{0} Send</source>
        <translation>{0} 发送</translation>
    </message>
    <message>
        <source>Network {0} Receive</source>
        <translation>网络 {0} 接收</translation>
    </message>
    <message>
        <source>Network {0} Send</source>
        <translation>网络 {0} 发送</translation>
    </message>
    <message>
        <source>Disk {0} Read</source>
        <translation>磁盘 {0} 读取</translation>
    </message>
    <message>
        <source>Disk {0} Write</source>
        <translation>磁盘 {0} 写入</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>Each category&apos;s sources, as XenCenter&apos;s Helpers.GetDataSourceCategory sorts them (ids, and their words in context &quot;Graphs&quot;: ``translate(&quot;Graphs&quot;, category)`` where shown).</extracomment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Load Average</source>
        <translation>平均负载</translation>
    </message>
    <message>
        <source>no data</source>
        <extracomment>The unit a source is shown in, and the factor from what rrdd reports.</extracomment>
        <translation>无数据</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>CPU Performance</source>
        <translation>CPU 性能</translation>
    </message>
    <message>
        <source>Memory Performance</source>
        <translation>内存性能</translation>
    </message>
    <message>
        <source>Network Performance</source>
        <translation>网络性能</translation>
    </message>
    <message>
        <source>Disk Performance</source>
        <translation>磁盘性能</translation>
    </message>
    <message>
        <source>Used Memory</source>
        <translation>已用内存</translation>
    </message>
</context>
<context>
    <name>HA</name>
    <message>
        <source>Restart</source>
        <extracomment>the state file and redo log xapi makes on the heartbeat SR FriendlyNames&apos; Label-VM.ha_restart_priority.* (translated where shown, context ``HA``)</extracomment>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>Restart if possible</source>
        <translation>尽可能重新启动</translation>
    </message>
    <message>
        <source>Do not restart</source>
        <translation>不重新启动</translation>
    </message>
    <message>
        <source>The VM is using a non-shared SR. Restart cannot be guaranteed.</source>
        <extracomment>XenCenter&apos;s words for ``VM.assert_agile``&apos;s errors (``NOT_AGILE_*``): a VM that is not agile can only be restarted if possible (translated where shown, context ``HA``).</extracomment>
        <translation>虚拟机正在使用非共享存储库。无法保证重新启动。</translation>
    </message>
    <message>
        <source>The VM is not using a shared network. Restart cannot be guaranteed.</source>
        <translation>虚拟机未使用共享网络。无法保证重新启动。</translation>
    </message>
    <message>
        <source>The VM has one or more virtual GPUs. Restart cannot be guaranteed.</source>
        <translation>虚拟机有一个或多个虚拟 GPU。无法保证重新启动。</translation>
    </message>
    <message>
        <source>The VM has one or more USB devices attached. Restart cannot be guaranteed.</source>
        <translation>虚拟机连接了一个或多个 USB 设备。无法保证重新启动。</translation>
    </message>
    <message>
        <source>The VM has one or more SR-IOV VFs attached. Restart cannot be guaranteed.</source>
        <translation>虚拟机连接了一个或多个 SR-IOV VF。无法保证重新启动。</translation>
    </message>
    <message>
        <source>The VM is not agile. Restart cannot be guaranteed.</source>
        <translation>虚拟机不灵活。无法保证重新启动。</translation>
    </message>
    <message>
        <source>This SR is not connected to every server in the pool.</source>
        <translation>此存储库未连接到池中的每台服务器。</translation>
    </message>
    <message>
        <source>This SR has less than the {size} MiB free the heartbeat needs.</source>
        <translation>此存储库的可用空间小于检测信号所需的 {size} MiB。</translation>
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
        <source>guide.md</source>
        <extracomment>The guide&apos;s file in ``resources/guide``; each translation names its own (``guide.zh_CN.md``).</extracomment>
        <translation>guide.zh_CN.md</translation>
    </message>
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
    <name>ImportFiles</name>
    <message>
        <source>The OVF envelope declares a DOCTYPE: it is refused (entities could hide anything).</source>
        <extracomment>The VM settings XenCenter keeps as VirtualSystemOtherConfigurationData (maps as ``k=v;k=v``).</extracomment>
        <translation>OVF 信封声明了 DOCTYPE：已拒绝（实体可能隐藏任何内容）。</translation>
    </message>
    <message>
        <source>The OVF envelope is not valid XML ({error}).</source>
        <translation>OVF 信封不是有效的 XML（{error}）。</translation>
    </message>
    <message>
        <source>Not an OVF envelope: its root element is not ovf:Envelope.</source>
        <translation>不是 OVF 信封：其根元素不是 ovf:Envelope。</translation>
    </message>
    <message>
        <source>The capacity of disk &apos;{disk}&apos; is not a number.</source>
        <translation>磁盘“{disk}”的容量不是数字。</translation>
    </message>
    <message>
        <source>The OVF envelope holds no virtual system (a VM).</source>
        <translation>OVF 信封中不包含虚拟系统（虚拟机）。</translation>
    </message>
    <message>
        <source>The OVF&apos;s vCPUs are not a number.</source>
        <translation>OVF 的 vCPU 数不是数字。</translation>
    </message>
    <message>
        <source>The OVF&apos;s memory is not a number.</source>
        <translation>OVF 的内存不是数字。</translation>
    </message>
    <message>
        <source>The package lacks the file &apos;{name}&apos; that its envelope names.</source>
        <translation>程序包缺少其信封中指定的文件“{name}”。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; ends early: the package is incomplete.</source>
        <translation>“{name}”提前结束：程序包不完整。</translation>
    </message>
    <message>
        <source>The checksum of &apos;{name}&apos; differs from the package&apos;s manifest: the file is damaged.</source>
        <translation>“{name}”的校验和与程序包清单不符：文件已损坏。</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}.</source>
        <translation>无法读取文件：{error}。</translation>
    </message>
    <message>
        <source>Not an OVA: the archive holds no .ovf envelope.</source>
        <translation>不是 OVA：存档中没有 .ovf 信封。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a sparse VMDK disk (only monolithicSparse and streamOptimized are read).</source>
        <translation>“{name}”不是稀疏 VMDK 磁盘（仅读取 monolithicSparse 和 streamOptimized）。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has a VMDK header that makes no sense (grain size, tables or capacity).</source>
        <translation>“{name}”的 VMDK 标头无意义（粒度大小、表或容量）。</translation>
    </message>
    <message>
        <source>A grain of &apos;{name}&apos; cannot be decompressed: the disk is damaged.</source>
        <translation>无法解压缩“{name}”的某个粒度：磁盘已损坏。</translation>
    </message>
    <message>
        <source>ova.xml is not an export header ({error}).</source>
        <extracomment>ova.xml beyond this is not an export header (a real one is a few hundred KiB at most).</extracomment>
        <translation>ova.xml 不是导出标头（{error}）。</translation>
    </message>
    <message>
        <source>ova.xml is not an export header: it lists no objects.</source>
        <translation>ova.xml 不是导出标头：其中未列出任何对象。</translation>
    </message>
    <message>
        <source>Not an XVA file: ova.xml missing (the archive is empty).</source>
        <translation>不是 XVA 文件：缺少 ova.xml（存档为空）。</translation>
    </message>
    <message>
        <source>Not an XVA file: ova.xml missing (its first member is &apos;{name}&apos;).</source>
        <translation>不是 XVA 文件：缺少 ova.xml（其第一个成员是“{name}”）。</translation>
    </message>
    <message>
        <source>Not an XVA file: its ova.xml is far too large to be an export header.</source>
        <translation>不是 XVA 文件：其 ova.xml 过大，不可能是导出标头。</translation>
    </message>
    <message>
        <source>Not an XVA file: it is not a tar archive (a compressed export must be unpacked first).</source>
        <translation>不是 XVA 文件：它不是 tar 存档（压缩的导出文件必须先解压缩）。</translation>
    </message>
    <message>
        <source>The file ends early: its ova.xml is incomplete.</source>
        <translation>文件提前结束：其 ova.xml 不完整。</translation>
    </message>
    <message>
        <source>The export holds no VM.</source>
        <translation>导出文件中不包含虚拟机。</translation>
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
    <name>Kinds</name>
    <message>
        <source>VM</source>
        <extracomment>The words for each kind, for reasons and summaries (singular, plural; translated where shown, context ``Kinds``).
----------
The kinds of object that have a name, tags and a folder. What Rename calls each class (translated where used, context ``Kinds``).</extracomment>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>pools</source>
        <translation>池</translation>
    </message>
    <message>
        <source>storage repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>storage repositories</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>control domain</source>
        <translation>控制域</translation>
    </message>
    <message>
        <source>control domains</source>
        <translation>控制域</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>snapshot schedule</source>
        <translation>快照计划</translation>
    </message>
    <message>
        <source>snapshot schedules</source>
        <translation>快照计划</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>存储</translation>
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
    <name>Migration</name>
    <message>
        <source>Current server</source>
        <extracomment>Reasons the code compares (in English; returned in the user&apos;s language, context ``Migration``).</extracomment>
        <translation>当前服务器</translation>
    </message>
    <message>
        <source>Older than current server</source>
        <translation>比当前服务器旧</translation>
    </message>
    <message>
        <source>Please eject your CD</source>
        <translation>请弹出您的 CD</translation>
    </message>
    <message>
        <source>The host does not have some of the CPU features that the VM is currently using</source>
        <translation>该主机缺少虚拟机当前使用的某些 CPU 功能</translation>
    </message>
    <message>
        <source>This VM needs storage that cannot be seen from that server</source>
        <translation>此虚拟机需要的存储在该服务器上不可见</translation>
    </message>
    <message>
        <source>This operation cannot be completed as the server is not live.</source>
        <translation>无法完成此操作，因为服务器未处于活动状态。</translation>
    </message>
    <message>
        <source>The server is in maintenance mode.</source>
        <translation>服务器处于维护模式。</translation>
    </message>
    <message>
        <source>The specified server is disabled.</source>
        <translation>指定的服务器已禁用。</translation>
    </message>
    <message>
        <source>Not enough server memory is available to perform this operation ({needed} needed, {free} free)</source>
        <translation>服务器可用内存不足，无法执行此操作（需要 {needed}，可用 {free}）</translation>
    </message>
    <message>
        <source>The server has {cpus} CPUs: fewer than the VM&apos;s {vcpus} vCPUs</source>
        <translation>服务器有 {cpus} 个 CPU：少于虚拟机的 {vcpus} 个 vCPU</translation>
    </message>
    <message>
        <source>This VM needs the network &apos;{network}&apos;, which that server lacks</source>
        <translation>此虚拟机需要网络“{network}”，但该服务器没有此网络</translation>
    </message>
</context>
<context>
    <name>NICs</name>
    <message>
        <source>Connected</source>
        <extracomment>Link states: compared as they are, shown through ``translate(&quot;NICs&quot;, state)``.</extracomment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Partially connected</source>
        <translation>部分连接</translation>
    </message>
    <message>
        <source>&lt;None&gt;</source>
        <translation>&lt;无&gt;</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes (Host needs reboot)</source>
        <translation>是（主机需要重新启动）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
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
        <extracomment>Expand everything the filter finds unless that is more rows than this (then two levels: pools, hosts). New servers open this deep (pool -&gt; hosts -&gt; their VMs). The rows a newly added server opens (its pool, hosts, and the groups of the other views). the View &gt; Show options changed: {field: on} (the window remembers them)</extracomment>
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
    <name>NewNetwork</name>
    <message>
        <source>External Network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <source>Create a network that passes traffic over one of your VLANs.</source>
        <translation>创建通过某个 VLAN 传递流量的网络。</translation>
    </message>
    <message>
        <source>Single-Server Private Network</source>
        <translation>单服务器专用网络</translation>
    </message>
    <message>
        <source>Create a network that does not leave each server. This can be used as a private connection between VMs on the same server.</source>
        <translation>创建不离开各服务器的网络。可用作同一服务器上虚拟机之间的专用连接。</translation>
    </message>
    <message>
        <source>Bonded Network</source>
        <translation>绑定网络</translation>
    </message>
    <message>
        <source>Create a network that bonds together two or more of your NICs. This creates a single high-performing channel for network traffic.</source>
        <translation>创建将两个或更多 NIC 绑定在一起的网络。这会为网络流量创建一个高性能通道。</translation>
    </message>
    <message>
        <source>A bond must consist of at least two member interfaces.</source>
        <extracomment>bond mode -&gt; XenCenter&apos;s words (BondDetails)</extracomment>
        <translation>绑定必须至少包含两个成员接口。</translation>
    </message>
    <message>
        <source>This VLAN number is already in use</source>
        <translation>此 VLAN 编号已在使用中</translation>
    </message>
    <message>
        <source>New Private Network</source>
        <translation>新建专用网络</translation>
    </message>
    <message>
        <source>New Network</source>
        <translation>新建网络</translation>
    </message>
    <message>
        <source>already in {bond}</source>
        <translation>已在 {bond} 中</translation>
    </message>
    <message>
        <source>Enter a valid number.</source>
        <translation>请输入有效的数字。</translation>
    </message>
    <message>
        <source>Allowed VLAN range: 0 to {VLAN_MAX}</source>
        <translation>允许的 VLAN 范围：0 到 {VLAN_MAX}</translation>
    </message>
    <message>
        <source>Allowed MTU range: {MTU_MIN} to {highest}</source>
        <translation>允许的 MTU 范围：{MTU_MIN} 到 {highest}</translation>
    </message>
    <message>
        <source>A bond can have at most {limit} members in this pool.</source>
        <translation>在此池中，一个绑定最多可以有 {limit} 个成员。</translation>
    </message>
    <message>
        <source>{nic} is already in a bond.</source>
        <translation>{nic} 已在某个绑定中。</translation>
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
    <name>NewSR</name>
    <message>
        <source>Hardware HBA</source>
        <translation>硬件 HBA</translation>
    </message>
    <message>
        <source>Local LVM</source>
        <translation>本地 LVM</translation>
    </message>
    <message>
        <source>Local EXT</source>
        <translation>本地 EXT</translation>
    </message>
    <message>
        <source>NFS ISO library</source>
        <translation>NFS ISO 库</translation>
    </message>
    <message>
        <source>Windows File Sharing (SMB/CIFS) ISO library</source>
        <translation>Windows 文件共享 (SMB/CIFS) ISO 库</translation>
    </message>
    <message>
        <source> - holds the SR &apos;{name}&apos;</source>
        <translation> - 包含存储库“{name}”</translation>
    </message>
    <message>
        <source>Existing SR &apos;{name}&apos; ({size})</source>
        <translation>现有存储库“{name}”（{size}）</translation>
    </message>
    <message>
        <source>Existing SR &apos;{name}&apos;</source>
        <translation>现有存储库“{name}”</translation>
    </message>
    <message>
        <source>Export {path}</source>
        <translation>导出路径 {path}</translation>
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
        <extracomment>cache -&gt; (source key, options) -&gt; (cache generation, subtree): the last Infrastructure subtree built. The Objects view&apos;s groups, in XenCenter&apos;s order (its ``ObjectTypes`` enum), with its labels (Messages.resx).
----------
XenCenter&apos;s ``AllIncFolders`` and ``AllExcFolders`` (vApps and Docker containers are in neither). The single types, in flag order (the order of a scope&apos;s elements and of &quot;Type&quot; groups). The &quot;Type&quot; group names (XenCenter&apos;s ``ObjectTypes_i18n``); ``{brand}`` is the product brand.</extracomment>
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
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>ObjectNames</name>
    <message>
        <source>(No Name)</source>
        <extracomment>For the Objects view&apos;s &quot;&lt;brand&gt; Templates&quot; group; &quot;&quot; takes the first connected pool&apos;s (model.brand). The Saved Searches view&apos;s open search (its UUID): the one whose results the view shows. While the cache shows the last known inventory from disk: when it was saved (epoch seconds). The Infrastructure subtree saved with that inventory and the options it was built with, shown while its records are still being read (``model.inventory``: the tree comes first).</extracomment>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>{name} (Bonded member)</source>
        <translation>{name}（绑定成员）</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name}（隐藏）</translation>
    </message>
    <message>
        <source>Network {nic} on VLAN {vlan}</source>
        <translation>VLAN {vlan} 上的网络 {nic}</translation>
    </message>
    <message>
        <source>Network {nic}</source>
        <translation>网络 {nic}</translation>
    </message>
    <message>
        <source>DVD drive on {host}</source>
        <translation>{host} 上的 DVD 驱动器</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>{operation} failed</source>
        <translation>{operation}失败</translation>
    </message>
    <message>
        <source>The object is gone from the server.</source>
        <translation>该对象已从服务器上消失。</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>What a task&apos;s status is called in the list (xapi&apos;s ``task_status_type``, plus &quot;ended&quot;; translated where shown, context ``Operations``).</extracomment>
        <translation>正在进行</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>In progress ({percent})</source>
        <translation>正在进行 ({percent})</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>{title} &apos;{target}&apos;</source>
        <extracomment>The connection&apos;s display name (pool or host) the operation ran on. Set by ``request_cancel``; the worker passes it to ``wait_task`` which cancels the xapi task. The XenAPI calls it made (or, planned, would make) and the objects they created. Only planned (``--dry-run``): nothing was sent. The exception behind a failure (its code tells the command line what to print). (class, ref) of the object it works on, when it has one (the Events tab filters by it). Whether a failure is reported (an error dialog); off while a dialog that shows it itself is open.</extracomment>
        <translation>{title}“{target}”</translation>
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
        <source>Graph line colours</source>
        <translation>图表线条颜色</translation>
    </message>
    <message>
        <source>&amp;Restore Default Colours</source>
        <translation>恢复默认颜色(&amp;R)</translation>
    </message>
    <message>
        <source>A graph&apos;s first line takes the first colour, its second line the second, and so on.</source>
        <translation>图表的第一条线使用第一种颜色，第二条线使用第二种颜色，依此类推。</translation>
    </message>
    <message>
        <source>Line {number}: {color}</source>
        <translation>线条 {number}：{color}</translation>
    </message>
    <message>
        <source>Colour of Line {number}</source>
        <translation>线条 {number} 的颜色</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Options &gt; Language&apos;s choices: the setting&apos;s value and its name in that language (&quot;System default&quot; in the window&apos;s, translated where shown).</extracomment>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>Perfmon</name>
    <message>
        <source>Generate CPU usage alerts</source>
        <translation>生成 CPU 使用率警报</translation>
    </message>
    <message>
        <source>When CPU usage exceeds:</source>
        <translation>CPU 使用率超过以下值时：</translation>
    </message>
    <message>
        <source>Generate network usage alerts</source>
        <translation>生成网络使用率警报</translation>
    </message>
    <message>
        <source>When network usage exceeds:</source>
        <translation>网络使用率超过以下值时：</translation>
    </message>
    <message>
        <source>Network {level} KB/s</source>
        <translation>网络 {level} KB/s</translation>
    </message>
    <message>
        <source>Generate disk usage alerts</source>
        <translation>生成磁盘使用率警报</translation>
    </message>
    <message>
        <source>When disk usage exceeds:</source>
        <translation>磁盘使用率超过以下值时：</translation>
    </message>
    <message>
        <source>Disk {level} KB/s</source>
        <translation>磁盘 {level} KB/s</translation>
    </message>
    <message>
        <source>Generate memory usage alerts</source>
        <translation>生成内存使用率警报</translation>
    </message>
    <message>
        <source>When free memory falls below:</source>
        <translation>可用内存低于以下值时：</translation>
    </message>
    <message>
        <source>Free memory {level} MB</source>
        <translation>可用内存 {level} MB</translation>
    </message>
    <message>
        <source>Generate control domain memory usage alerts</source>
        <translation>生成控制域内存使用率警报</translation>
    </message>
    <message>
        <source>When control domain memory usage exceeds:</source>
        <translation>控制域内存使用率超过以下值时：</translation>
    </message>
    <message>
        <source>Control domain memory {level}%</source>
        <translation>控制域内存 {level}%</translation>
    </message>
    <message>
        <source>Generate storage throughput alerts</source>
        <translation>生成存储吞吐量警报</translation>
    </message>
    <message>
        <source>When SR throughput for any host exceeds:</source>
        <translation>任一主机的存储库吞吐量超过以下值时：</translation>
    </message>
    <message>
        <source>Throughput {level} KB/s</source>
        <translation>吞吐量 {level} KB/s</translation>
    </message>
    <message>
        <source>Generate storage repository disk space alerts</source>
        <translation>生成存储库磁盘空间警报</translation>
    </message>
    <message>
        <source>When SR physical utilization exceeds:</source>
        <translation>存储库物理使用率超过以下值时：</translation>
    </message>
    <message>
        <source>Disk space {level}%</source>
        <translation>磁盘空间 {level}%</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>None defined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>The alert repeat interval must be a multiple of {step} minutes.</source>
        <translation>警报重复间隔必须是 {step} 分钟的倍数。</translation>
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
    <name>PoolJoin</name>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>正在连接...</translation>
    </message>
    <message>
        <source>This server is coordinator of an existing pool</source>
        <translation>此服务器是现有池的协调器</translation>
    </message>
    <message>
        <source>The coordinator is disconnected</source>
        <translation>协调器已断开连接</translation>
    </message>
    <message>
        <source>The coordinator is still connecting</source>
        <translation>协调器仍在连接</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调器</translation>
    </message>
    <message>
        <source>This server&apos;s hardware is incompatible with the coordinator&apos;s</source>
        <translation>此服务器的硬件与协调器的硬件不兼容</translation>
    </message>
    <message>
        <source>This server is a different version to the coordinator</source>
        <translation>此服务器的版本与协调器不同</translation>
    </message>
    <message>
        <source>This server&apos;s Linux pack installation state differs from that of the coordinator</source>
        <translation>此服务器的 Linux 包安装状态与协调器不同</translation>
    </message>
    <message>
        <source>This server has shared storage</source>
        <translation>此服务器有共享存储</translation>
    </message>
    <message>
        <source>This server has running VMs</source>
        <translation>此服务器有正在运行的虚拟机</translation>
    </message>
    <message>
        <source>This server&apos;s network backend is different from the coordinator&apos;s</source>
        <translation>此服务器的网络后端与协调器不同</translation>
    </message>
    <message>
        <source>This server has a different Active Directory configuration to the coordinator</source>
        <translation>此服务器的 Active Directory 配置与协调器不同</translation>
    </message>
    <message>
        <source>HA is enabled on the pool</source>
        <translation>池已启用 HA</translation>
    </message>
    <message>
        <source>This server must not have any bonds, non management VLANs, SR-IOV networks or cross-server private networks</source>
        <translation>此服务器不能有任何绑定、非管理 VLAN、SR-IOV 网络或跨服务器专用网络</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on the pool, but not on this server. To add the server to the pool, first enable certificate verification on the server.</source>
        <translation>池已启用证书验证，但此服务器未启用。要将服务器添加到池，请先在服务器上启用证书验证。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on coordinator, but not on this server. To create the pool, first enable certificate verification on the server.</source>
        <translation>协调器已启用证书验证，但此服务器未启用。要创建池，请先在服务器上启用证书验证。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on this server, but not on the pool. To add the server to the pool, first enable certificate verification on the pool.</source>
        <translation>此服务器已启用证书验证，但池未启用。要将服务器添加到池，请先在池上启用证书验证。</translation>
    </message>
    <message>
        <source>Certificate verification is enabled on this server, but not on coordinator. To create the pool, first enable certificate verification on coordinator.</source>
        <translation>此服务器已启用证书验证，但协调器未启用。要创建池，请先在协调器上启用证书验证。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>create the VM</source>
        <translation>创建虚拟机</translation>
    </message>
    <message>
        <source>import the disk &apos;{disk}&apos;</source>
        <translation>导入磁盘“{disk}”</translation>
    </message>
    <message>
        <source>create the DVD drives</source>
        <translation>创建 DVD 驱动器</translation>
    </message>
    <message>
        <source>create the network interfaces</source>
        <translation>创建网络接口</translation>
    </message>
    <message>
        <source>Creating the disk</source>
        <translation>正在创建磁盘</translation>
    </message>
    <message>
        <source>Activating the disk</source>
        <translation>正在激活磁盘</translation>
    </message>
    <message>
        <source>Deactivating the disk</source>
        <translation>正在停用磁盘</translation>
    </message>
    <message>
        <source>Deleting the disk</source>
        <translation>正在删除磁盘</translation>
    </message>
    <message>
        <source>Resizing the disk</source>
        <translation>正在调整磁盘大小</translation>
    </message>
    <message>
        <source>Copying the disk</source>
        <translation>正在复制磁盘</translation>
    </message>
    <message>
        <source>Deleting the original</source>
        <translation>正在删除原始磁盘</translation>
    </message>
    <message>
        <source>Ejecting</source>
        <translation>正在弹出</translation>
    </message>
    <message>
        <source>Inserting</source>
        <translation>正在插入</translation>
    </message>
    <message>
        <source>Unplugging</source>
        <translation>正在拔出</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>正在插入</translation>
    </message>
    <message>
        <source>Preparing the destination</source>
        <translation>正在准备目标</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>正在迁移</translation>
    </message>
    <message>
        <source>Moving the disks</source>
        <translation>正在移动磁盘</translation>
    </message>
    <message>
        <source>Moving &apos;{name}&apos;</source>
        <translation>正在移动“{name}”</translation>
    </message>
    <message>
        <source>Moved already: {names}.</source>
        <translation>已移动：{names}。</translation>
    </message>
    <message>
        <source>move the disk &apos;{name}&apos; to &apos;{sr}&apos;</source>
        <translation>将磁盘“{name}”移至“{sr}”</translation>
    </message>
    <message>
        <source>create the network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <source>create VLAN {vlan} on {nic} of every server</source>
        <translation>在每台服务器的 {nic} 上创建 VLAN {vlan}</translation>
    </message>
    <message>
        <source>create the bond on &apos;{host}&apos;</source>
        <translation>在“{host}”上创建绑定</translation>
    </message>
    <message>
        <source>the storage interface on {nic}</source>
        <translation>{nic} 上的存储接口</translation>
    </message>
    <message>
        <source>IP address on {nic} configured</source>
        <translation>已配置 {nic} 上的 IP 地址</translation>
    </message>
    <message>
        <source>IP address on {nic} deconfigured</source>
        <translation>已取消配置 {nic} 上的 IP 地址</translation>
    </message>
    <message>
        <source>the IP address of {nic}</source>
        <translation>{nic} 的 IP 地址</translation>
    </message>
    <message>
        <source>the management interface</source>
        <translation>管理接口</translation>
    </message>
    <message>
        <source>Adding &apos;{name}&apos; to the pool</source>
        <translation>正在将“{name}”添加到池</translation>
    </message>
    <message>
        <source>clone the template</source>
        <translation>克隆模板</translation>
    </message>
    <message>
        <source>start the new VM &apos;{name}&apos;</source>
        <translation>启动新虚拟机“{name}”</translation>
    </message>
    <message>
        <source>Starting the VM</source>
        <translation>正在启动虚拟机</translation>
    </message>
    <message>
        <source>copy the template &apos;{name}&apos;</source>
        <translation>复制模板“{name}”</translation>
    </message>
    <message>
        <source>Copying the template</source>
        <translation>正在复制模板</translation>
    </message>
    <message>
        <source>clone the template &apos;{name}&apos;</source>
        <translation>克隆模板“{name}”</translation>
    </message>
    <message>
        <source>Cloning the template</source>
        <translation>正在克隆模板</translation>
    </message>
    <message>
        <source>install the template</source>
        <translation>安装模板</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>正在预配</translation>
    </message>
    <message>
        <source>set the VM&apos;s properties</source>
        <translation>设置虚拟机的属性</translation>
    </message>
    <message>
        <source>Setting properties</source>
        <translation>正在设置属性</translation>
    </message>
    <message>
        <source>set up the boot</source>
        <translation>设置引导</translation>
    </message>
    <message>
        <source>set up the DVD drive</source>
        <translation>设置 DVD 驱动器</translation>
    </message>
    <message>
        <source>set up the network interfaces</source>
        <translation>设置网络接口</translation>
    </message>
    <message>
        <source>name the VM</source>
        <translation>为虚拟机命名</translation>
    </message>
    <message>
        <source>Emptying the DVD drive</source>
        <translation>正在清空 DVD 驱动器</translation>
    </message>
    <message>
        <source>Inserting the install disc</source>
        <translation>正在插入安装光盘</translation>
    </message>
    <message>
        <source>create the disk &apos;{name}&apos;</source>
        <translation>创建磁盘“{name}”</translation>
    </message>
    <message>
        <source>Creating the disk &apos;{name}&apos;</source>
        <translation>正在创建磁盘“{name}”</translation>
    </message>
    <message>
        <source>set the VM&apos;s suspend storage</source>
        <translation>设置虚拟机的挂起存储</translation>
    </message>
    <message>
        <source>%n server</source>
        <translation>%n 台服务器</translation>
    </message>
    <message>
        <source>%n servers</source>
        <translation>%n 台服务器</translation>
    </message>
    <message>
        <source>{added} added, {kept} already in the list</source>
        <translation>已添加 {added} 个，{kept} 个已在列表中</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; connected</source>
        <translation>已连接“{host}”</translation>
    </message>
    <message>
        <source>the SR&apos;s connection on &apos;{host}&apos;</source>
        <translation>存储库在“{host}”上的连接</translation>
    </message>
    <message>
        <source>store the password</source>
        <translation>存储密码</translation>
    </message>
    <message>
        <source>probe the iSCSI target</source>
        <translation>探测 iSCSI 目标</translation>
    </message>
    <message>
        <source>find LUN {lun}</source>
        <translation>查找 LUN {lun}</translation>
    </message>
    <message>
        <source>reattach the SR</source>
        <translation>重新附加存储库</translation>
    </message>
    <message>
        <source>connect the SR to &apos;{host}&apos;</source>
        <translation>将存储库连接到“{host}”</translation>
    </message>
    <message>
        <source>plug the SR on &apos;{host}&apos;</source>
        <translation>在“{host}”上插入存储库</translation>
    </message>
    <message>
        <source>create the SR</source>
        <translation>创建存储库</translation>
    </message>
    <message>
        <source>make it the default SR</source>
        <translation>将其设为默认存储库</translation>
    </message>
    <message>
        <source>get the status report of {names}</source>
        <translation>获取 {names} 的状态报告</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation>正在克隆</translation>
    </message>
    <message>
        <source>Cloning the snapshot</source>
        <translation>正在克隆快照</translation>
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
    <name>Provision</name>
    <message>
        <source>Install from ISO library or DVD drive</source>
        <translation>从 ISO 库或 DVD 驱动器安装</translation>
    </message>
    <message>
        <source>Install from URL</source>
        <translation>从 URL 安装</translation>
    </message>
    <message>
        <source>Boot from network</source>
        <translation>从网络引导</translation>
    </message>
    <message>
        <source>No installation media (leave the DVD drive empty)</source>
        <translation>无安装介质（DVD 驱动器保持为空）</translation>
    </message>
    <message>
        <source>Give the address of the installation repository.</source>
        <translation>请提供安装存储库的地址。</translation>
    </message>
    <message>
        <source>The repository address must start with {schemes}.</source>
        <translation>存储库地址必须以 {schemes} 开头。</translation>
    </message>
    <message>
        <source>DVD drive on {host}</source>
        <translation>{host} 上的 DVD 驱动器</translation>
    </message>
    <message>
        <source>DVD drives</source>
        <translation>DVD 驱动器</translation>
    </message>
    <message>
        <source>The network of interface {index} no longer exists.</source>
        <translation>接口 {index} 的网络已不存在。</translation>
    </message>
    <message>
        <source>A rate limit cannot be negative.</source>
        <translation>速率限制不能为负数。</translation>
    </message>
    <message>
        <source>Two interfaces cannot have the same MAC address.</source>
        <translation>两个接口不能具有相同的 MAC 地址。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {max_vifs} network interfaces.</source>
        <translation>此模板的虚拟机最多可以有 {max_vifs} 个网络接口。</translation>
    </message>
    <message>
        <source>A VM needs at least one vCPU.</source>
        <extracomment>A custom template&apos;s disks are cloned on their SR, or with ``copy_sr`` copied in full to it (``VM.copy``).</extracomment>
        <translation>虚拟机至少需要一个 vCPU。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {limit} vCPUs.</source>
        <translation>此模板的虚拟机最多可以有 {limit} 个 vCPU。</translation>
    </message>
    <message>
        <source>The number of vCPUs cannot exceed the maximum.</source>
        <translation>vCPU 数不能超过最大值。</translation>
    </message>
    <message>
        <source>{vcpus} vCPUs cannot be split into sockets of {cores} cores.</source>
        <translation>{vcpus} 个 vCPU 无法拆分为每个插槽 {cores} 个核心。</translation>
    </message>
    <message>
        <source>Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum (the template&apos;s static minimum is {minimum}).</source>
        <translation>内存必须满足：静态最小值 ≤ 动态最小值 ≤ 动态最大值 ≤ 静态最大值（模板的静态最小值为 {minimum}）。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {size} of memory.</source>
        <translation>此模板的虚拟机最多可以有 {size} 内存。</translation>
    </message>
    <message>
        <source>A VM of this template cannot be installed that way ({method}).</source>
        <translation>无法以这种方式安装此模板的虚拟机（{method}）。</translation>
    </message>
    <message>
        <source>The chosen ISO no longer exists.</source>
        <translation>所选 ISO 已不存在。</translation>
    </message>
    <message>
        <source>Choose an ISO image or a DVD drive to install from.</source>
        <translation>请选择用于安装的 ISO 映像或 DVD 驱动器。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an ISO image nor a DVD drive.</source>
        <translation>“{name}”既不是 ISO 映像也不是 DVD 驱动器。</translation>
    </message>
    <message>
        <source>A VM of this template cannot boot with {mode}.</source>
        <translation>此模板的虚拟机无法使用 {mode} 引导。</translation>
    </message>
    <message>
        <source>The chosen home server no longer exists.</source>
        <translation>所选主服务器已不存在。</translation>
    </message>
    <message>
        <source>The VM&apos;s storage is local to &apos;{server}&apos;: choose it as the home server (a VM without one needs storage every server sees).</source>
        <translation>虚拟机的存储位于“{server}”本地：请选择它作为主服务器（没有主服务器的虚拟机需要所有服务器都能访问的存储）。</translation>
    </message>
    <message>
        <source>The storage repository to copy the template&apos;s disks to no longer exists.</source>
        <translation>用于复制模板磁盘的存储库已不存在。</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>该模板已不存在。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a template.</source>
        <translation>“{name}”不是模板。</translation>
    </message>
    <message>
        <source>The new VM needs a name.</source>
        <translation>新虚拟机需要名称。</translation>
    </message>
    <message>
        <source>A VM of this template can have at most {max_vbds} disks.</source>
        <translation>此模板的虚拟机最多可以有 {max_vbds} 个磁盘。</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; is in maintenance mode: the VM will not start there until it leaves it.</source>
        <translation>“{server}”处于维护模式：在其退出维护模式之前，虚拟机不会在其上启动。</translation>
    </message>
    <message>
        <source>You have specified {vcpus} vCPUs, but the server has only {cpus} physical CPUs. You will not be able to start the VM.</source>
        <translation>您指定了 {vcpus} 个 vCPU，但服务器只有 {cpus} 个物理 CPU。您将无法启动该虚拟机。</translation>
    </message>
    <message>
        <source>You have specified {vcpus} vCPUs, but none of the pool&apos;s servers has more than {cpus} physical CPUs. You will not be able to start the VM.</source>
        <translation>您指定了 {vcpus} 个 vCPU，但池中没有服务器的物理 CPU 超过 {cpus} 个。您将无法启动该虚拟机。</translation>
    </message>
    <message>
        <source>The amount of memory allocated to the new VM is greater than the amount of physical memory on any server in the pool ({size}).</source>
        <translation>分配给新虚拟机的内存量大于池中任何服务器的物理内存量 ({size})。</translation>
    </message>
    <message>
        <source>The amount of memory allocated to the new VM is greater than the amount of physical memory available on any server in the pool ({size}).</source>
        <translation>分配给新虚拟机的内存量大于池中任何服务器的可用物理内存量 ({size})。</translation>
    </message>
    <message>
        <source>{sr} on {server}</source>
        <translation>{server} 上的 {sr}</translation>
    </message>
    <message>
        <source>Disks on &apos;{sr}&apos; cannot be larger than {size}.</source>
        <translation>“{sr}”上的磁盘不能大于 {size}。</translation>
    </message>
    <message>
        <source>The storage repository &apos;{sr}&apos; is full.</source>
        <translation>存储库“{sr}”已满。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is too small: the disks need {needed}, it holds {size}.</source>
        <translation>“{sr}”太小：磁盘需要 {needed}，而它只能容纳 {size}。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; does not have enough free space: the disks need {needed}, {free} is free.</source>
        <translation>“{sr}”的可用空间不足：磁盘需要 {needed}，可用空间为 {free}。</translation>
    </message>
    <message>
        <source>{free} free of {size}</source>
        <translation>{free} 可用，共 {size}</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; cannot hold virtual disks.</source>
        <translation>“{sr}”无法容纳虚拟磁盘。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is detached.</source>
        <translation>“{sr}”已分离。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; is not shared: a VM without a home server needs storage every server sees.</source>
        <translation>“{sr}”未共享：没有主服务器的虚拟机需要所有服务器都能访问的存储。</translation>
    </message>
    <message>
        <source>&apos;{sr}&apos; cannot be seen from the home server &apos;{server}&apos;.</source>
        <translation>从主服务器“{server}”无法访问“{sr}”。</translation>
    </message>
    <message>
        <source>The disk &apos;{disk}&apos; needs a size.</source>
        <extracomment>Where it comes from (what the wizard says of it); two plans with the same disks compare equal whatever asked for them.</extracomment>
        <translation>磁盘“{disk}”需要指定大小。</translation>
    </message>
    <message>
        <source>No storage can hold the disk &apos;{disk}&apos;.</source>
        <translation>没有存储可以容纳磁盘“{disk}”。</translation>
    </message>
    <message>
        <source>The storage repository chosen for the disks no longer exists.</source>
        <translation>为磁盘选择的存储库已不存在。</translation>
    </message>
    <message>
        <source>The template&apos;s disk &apos;{disk}&apos; is on &apos;{sr}&apos;, which the home server &apos;{host}&apos; cannot see.</source>
        <translation>模板的磁盘“{disk}”位于“{sr}”上，而主服务器“{host}”无法看到该存储库。</translation>
    </message>
    <message>
        <source>The SR &apos;{sr}&apos; is overcommitted. There is only {free} of free space and the new VM requires {size}.</source>
        <translation>存储库“{sr}”已过量使用。仅有 {free} 可用空间，而新虚拟机需要 {size}。</translation>
    </message>
    <message>
        <source>&apos;{mac}&apos; is not a MAC address (six pairs of hex digits: 02:ab:cd:ef:01:23).</source>
        <extracomment>XenCenter&apos;s names for the disks it provisions (``NEWVMWIZARD_STORAGEPAGE_DISK_DESCRIPTION``). XenCenter&apos;s prefix of objects it is still making (``Helpers.GuiTempObjectPrefix``): hidden until done. Backstops when a template has no recommendation (XenCenter&apos;s ``VM.DEFAULT_*``). At most this many interfaces are added for a default template (XenCenter&apos;s CA-31800). An SR with less than this free is full (XenCenter&apos;s ``SR.IsFull``). XenCenter&apos;s largest disk on storage without LARGE_VDI (2 TiB less 4 GiB, the VHD limit). The positions a DVD drive may take (XenCenter looks for its drive there).</extracomment>
        <translation>“{mac}”不是 MAC 地址（应为六对十六进制数字：02:ab:cd:ef:01:23）。</translation>
    </message>
    <message>
        <source>&apos;{mac}&apos; is a multicast address: the first byte must be even.</source>
        <translation>“{mac}”是多播地址：第一个字节必须为偶数。</translation>
    </message>
    <message>
        <source>{available} RAM available ({total} total)</source>
        <translation>可用内存 {available}（共 {total}）</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; is not reachable.</source>
        <translation>无法访问“{server}”。</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; cannot see the storage &apos;{sr}&apos; of the disk &apos;{disk}&apos;.</source>
        <translation>“{server}”无法访问磁盘“{disk}”的存储“{sr}”。</translation>
    </message>
    <message>
        <source>&apos;{server}&apos; cannot reach &apos;{iso}&apos;.</source>
        <translation>“{server}”无法访问“{iso}”。</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>XenCenter&apos;s ``VM.VmTemplateType`` in its order (the template list is sorted by it, hidden ones after all). Name fragments (lower case) in XenCenter&apos;s order of tests, and the type they make a default template. The group each type is shown under (XenCenter&apos;s ``ToDisplayString``).</extracomment>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>This template has no description.</source>
        <translation>此模板没有说明。</translation>
    </message>
    <message>
        <source>UEFI Secure Boot</source>
        <translation>UEFI 安全引导</translation>
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
    <name>SRHealth</name>
    <message>
        <source>Connected</source>
        <extracomment>The states, compared by the dialog (English; shown as ``translate(&quot;SRHealth&quot;, state)``).</extracomment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>已拔出</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>SRNames</name>
    <message>
        <source>Local storage</source>
        <extracomment>(field, i18n-key) -&gt; (words without a host, words naming the host), from XenCenter&apos;s FriendlyNames.resx.</extracomment>
        <translation>本地存储</translation>
    </message>
    <message>
        <source>Local storage on {0}</source>
        <translation>{0} 上的本地存储</translation>
    </message>
    <message>
        <source>DVD drives</source>
        <translation>DVD 驱动器</translation>
    </message>
    <message>
        <source>DVD drives on {0}</source>
        <translation>{0} 上的 DVD 驱动器</translation>
    </message>
    <message>
        <source>Physical DVD drives</source>
        <translation>物理 DVD 驱动器</translation>
    </message>
    <message>
        <source>Physical DVD drives on {0}</source>
        <translation>{0} 上的物理 DVD 驱动器</translation>
    </message>
    <message>
        <source>Removable storage</source>
        <translation>可移动存储</translation>
    </message>
    <message>
        <source>Removable storage on {0}</source>
        <translation>{0} 上的可移动存储</translation>
    </message>
    <message>
        <source>Physical removable storage</source>
        <translation>物理可移动存储</translation>
    </message>
    <message>
        <source>Physical removable storage on {0}</source>
        <translation>{0} 上的物理可移动存储</translation>
    </message>
    <message>
        <source>EBS in {0}</source>
        <translation>{0} 中的 EBS</translation>
    </message>
    <message>
        <source>EBS volumes</source>
        <translation>EBS 卷</translation>
    </message>
    <message>
        <source>EBS volumes in Availability Zone {0}</source>
        <translation>可用区 {0} 中的 EBS 卷</translation>
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
    <message>
        <source>Unknown</source>
        <extracomment>XenCenter&apos;s ``SR.SRTypes`` in its order; a driver it does not list is ``unknown``. The C# names of the virtualization flags. The translation context of the labels.</extracomment>
        <translation>未知</translation>
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
    <name>Schedules</name>
    <message>
        <source>Monday</source>
        <extracomment>The days in words (``DAYS`` are xapi&apos;s values).</extracomment>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Disks only</source>
        <translation>仅磁盘</translation>
    </message>
    <message>
        <source>Disks and memory</source>
        <translation>磁盘和内存</translation>
    </message>
    <message>
        <source>Quiesced disks</source>
        <translation>静止的磁盘</translation>
    </message>
    <message>
        <source>Hourly; at {minute} minutes past each hour</source>
        <translation>每小时；每小时的第 {minute} 分钟</translation>
    </message>
    <message>
        <source>Weekly; at {at} every {days}</source>
        <translation>每周；{days} {at}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Daily; at {at}</source>
        <translation>每天；{at}</translation>
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
        <source>%n VM</source>
        <translation>%n 个虚拟机</translation>
    </message>
    <message>
        <source>%n VMs</source>
        <translation>%n 个虚拟机</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Not optimized</source>
        <extracomment>``os_version[&quot;distro&quot;]`` values XenCenter treats as non-Windows (written by the Linux guest agent). XenCenter&apos;s search filter names and the exact flag value each one matches (names translated where shown, context ``Search``).</extracomment>
        <translation>未优化</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>XenCenter&apos;s ``property_types``: the class a generic query or grouping over the property is made for (a ``cls`` name for objects, else a Python type or enum); a generic element over another property is invalid. A VM&apos;s ``start_time`` when it has no metrics (C#&apos;s ``DateTime.MinValue``), and xapi&apos;s &quot;never&quot;. The ``os_name`` of a VM whose guest has not told.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>I/O optimized only</source>
        <translation>仅 I/O 已优化</translation>
    </message>
    <message>
        <source>Management Agent installed only</source>
        <translation>仅安装了管理代理</translation>
    </message>
    <message>
        <source>Fully optimized</source>
        <translation>已完全优化</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>XenCenter&apos;s default columns, in its order (``QueryPanel.DEFAULT_COLUMNS``). Header texts; the disk and network headers have XenCenter&apos;s unit line under them.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>CPU Usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Used Memory</source>
        <translation>已用内存</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>(avg / max KBs)</source>
        <extracomment>The unit line (shown through ``kinds.shown``).</extracomment>
        <translation>（平均/最大 KB/秒）</translation>
    </message>
    <message>
        <source>{percent} of 1 CPU</source>
        <translation>1 个 CPU 的 {percent}</translation>
    </message>
    <message>
        <source>{percent} of {count} CPUs</source>
        <translation>{count} 个 CPU 的 {percent}</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used}/{total}</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>%n failure tolerated</source>
        <translation>可容忍 %n 个故障</translation>
    </message>
    <message>
        <source>%n failures tolerated</source>
        <translation>可容忍 %n 个故障</translation>
    </message>
    <message>
        <source>HA Heartbeat SR</source>
        <translation>HA 检测信号存储库</translation>
    </message>
    <message>
        <source>contains</source>
        <extracomment>The operators&apos; words (what the drop-down shows, in English, shown through ``kinds.shown``) and their XML codes.</extracomment>
        <translation>包含</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>结尾为</translation>
    </message>
    <message>
        <source>exactly matches</source>
        <translation>完全匹配</translation>
    </message>
    <message>
        <source>is today</source>
        <translation>是今天</translation>
    </message>
    <message>
        <source>was yesterday</source>
        <translation>是昨天</translation>
    </message>
    <message>
        <source>is this week</source>
        <translation>是本周</translation>
    </message>
    <message>
        <source>was last week</source>
        <translation>是上周</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>晚于</translation>
    </message>
    <message>
        <source>bigger than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>smaller than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>正好是</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>are empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>are not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>Select a filter...</source>
        <translation>选择筛选器...</translation>
    </message>
    <message>
        <source>Kept as written</source>
        <translation>按原样保留</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>All of the following:</source>
        <extracomment>XenCenter&apos;s list, in its order (the ones applying to nothing are only there to read older searches).</extracomment>
        <translation>以下全部：</translation>
    </message>
    <message>
        <source>Any of the following:</source>
        <translation>以下任一：</translation>
    </message>
    <message>
        <source>None of the following:</source>
        <translation>以下皆非：</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Storage type</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Is in a pool</source>
        <translation>在池中</translation>
    </message>
    <message>
        <source>Is standalone</source>
        <translation>是独立服务器</translation>
    </message>
    <message>
        <source>Not in any folder</source>
        <translation>不在任何文件夹中</translation>
    </message>
    <message>
        <source>True</source>
        <translation>是</translation>
    </message>
    <message>
        <source>False</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown grouping</source>
        <extracomment>Whether objects can be groups of their own (``belongs_as_group`` can say yes).</extracomment>
        <translation>未知分组</translation>
    </message>
    <message>
        <source>Folder</source>
        <extracomment>The object grouping this one sits under in the tree (Server under vApp under Pool).</extracomment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <extracomment>XenCenter&apos;s ``potentialGroups``, in its order (the order of the &quot;More&quot; menu).</extracomment>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>All Storage Repositories</source>
        <extracomment>The &quot;Search for&quot; choices in XenCenter&apos;s order (English names; ``scope_label`` shows them); None is a separator.</extracomment>
        <translation>所有存储库</translation>
    </message>
    <message>
        <source>Servers and VMs</source>
        <translation>服务器和虚拟机</translation>
    </message>
    <message>
        <source>Servers, VMs, Custom Templates and Remote SRs</source>
        <translation>服务器、虚拟机、自定义模板和远程存储库</translation>
    </message>
    <message>
        <source>Servers, VMs, Custom Templates and all SRs</source>
        <translation>服务器、虚拟机、自定义模板和所有存储库</translation>
    </message>
    <message>
        <source>All resources</source>
        <translation>所有资源</translation>
    </message>
    <message>
        <source>All resources and folders</source>
        <translation>所有资源和文件夹</translation>
    </message>
    <message>
        <source>Custom...</source>
        <extracomment>The types the &quot;Custom...&quot; choice lets the user tick (XenCenter&apos;s ``SearchForCustom``).</extracomment>
        <translation>自定义...</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Restart first</source>
        <extracomment>``VM.ha_restart_priority`` text -&gt; priority (XenCenter&apos;s ``StringToPriority``; anything else is AlwaysRestart).</extracomment>
        <translation>首先重新启动</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>Restart if possible</source>
        <translation>尽可能重新启动</translation>
    </message>
    <message>
        <source>Do not restart</source>
        <translation>不重新启动</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>XenCenter&apos;s ``PropertyNames_i18n``: the name of a grouping by the property (the first line of a group row); English (filters and groupings are known by it), shown through ``kinds.shown``.</extracomment>
        <translation>描述</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Operating System</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>电源状态</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <source>Storage Repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>Virtual Disk</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Virtualization</source>
        <translation>虚拟化</translation>
    </message>
    <message>
        <source>HA restart priority</source>
        <translation>HA 重新启动优先级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Partially upgraded</source>
        <translation>部分升级</translation>
    </message>
    <message>
        <source>Docker VM</source>
        <translation>Docker 虚拟机</translation>
    </message>
    <message>
        <source>Using read caching</source>
        <translation>使用读取缓存</translation>
    </message>
    <message>
        <source>Parent folder</source>
        <translation>父文件夹</translation>
    </message>
    <message>
        <source>Any ancestor folder</source>
        <translation>任一上级文件夹</translation>
    </message>
    <message>
        <source>Has any custom field</source>
        <translation>具有任何自定义字段</translation>
    </message>
    <message>
        <source>Is in a vApp</source>
        <translation>在 vApp 中</translation>
    </message>
    <message>
        <source>Windows Update capable</source>
        <translation>支持 Windows 更新</translation>
    </message>
    <message>
        <source>Not using read caching</source>
        <extracomment>XenCenter&apos;s ``PropertyNames_i18n_false``: the false group of a boolean grouping.</extracomment>
        <translation>未使用读取缓存</translation>
    </message>
    <message>
        <source>Not Windows Update capable</source>
        <translation>不支持 Windows 更新</translation>
    </message>
    <message>
        <source>This template can be used to create a Linux VM with a built-in Linux distribution for testing and demonstration purposes. It is not recommended for production use.</source>
        <translation>此模板可用于创建带有内置 Linux 发行版的 Linux 虚拟机，以用于测试和演示。不建议在生产环境中使用。</translation>
    </message>
    <message>
        <source>If the operating system you plan to use is not listed, you may be able to install it by selecting this template.  We recommend that only advanced users attempt to use this template, and you should note that our products have been tested running only the supported distributions and specific versions covered by the standard supplied templates.</source>
        <translation>如果未列出您计划使用的操作系统，则可以选择此模板来安装该操作系统。建议仅由高级用户尝试使用此模板，并请注意，我们的产品仅针对标准提供的模板所涵盖的受支持发行版和特定版本进行过测试。</translation>
    </message>
    <message>
        <source>All Servers, VMs, Custom Templates &amp; Remote SRs</source>
        <extracomment>XenCenter&apos;s ``GetOverviewScope``: what the overview of a pool or server lists.</extracomment>
        <translation>所有服务器、虚拟机、自定义模板和远程存储库</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Objects with tag &apos;{tag}&apos;</source>
        <translation>带有标记“{tag}”的对象</translation>
    </message>
    <message>
        <source>VMs by Operating System</source>
        <extracomment>The brand XenCenter writes in front of ``.Search-&lt;uuid&gt;``.</extracomment>
        <translation>按操作系统列出的虚拟机</translation>
    </message>
    <message>
        <source>VMs without {tools}</source>
        <translation>未安装 {tools} 的虚拟机</translation>
    </message>
    <message>
        <source>VMs by Power State</source>
        <translation>按电源状态列出的虚拟机</translation>
    </message>
    <message>
        <source>VMs by Network</source>
        <translation>按网络列出的虚拟机</translation>
    </message>
    <message>
        <source>VMs by vApp</source>
        <translation>按 vApp 列出的虚拟机</translation>
    </message>
    <message>
        <source>Resources by Tag</source>
        <translation>按标记列出的资源</translation>
    </message>
    <message>
        <source>VMs and Snapshots</source>
        <translation>虚拟机和快照</translation>
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
    <name>ServerList</name>
    <message>
        <source>Error importing server list. Check that the xml format in the file is correct.</source>
        <extracomment>XenCenter&apos;s words (Messages.ERROR_IMPORTING_SERVER_LIST)</extracomment>
        <translation>导入服务器列表时出错。请检查文件中的 XML 格式是否正确。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Wake-on-LAN (WoL)</source>
        <translation>局域网唤醒 (WoL)</translation>
    </message>
    <message>
        <source>Dell Remote Access Controller (DRAC)</source>
        <translation>Dell 远程访问控制器 (DRAC)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <source>Restart if possible</source>
        <translation>尽可能重新启动</translation>
    </message>
    <message>
        <source>Do not restart</source>
        <translation>不重新启动</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be in maintenance mode to change its multipathing: enter maintenance mode first.</source>
        <translation>必须使“{name}”处于维护模式才能更改其多路径设置：请先进入维护模式。</translation>
    </message>
    <message>
        <source>Enter the IP address of the server&apos;s DRAC.</source>
        <translation>请输入服务器 DRAC 的 IP 地址。</translation>
    </message>
    <message>
        <source>TLS verification cannot be turned off once it is on.</source>
        <translation>TLS 验证一旦启用就无法关闭。</translation>
    </message>
    <message>
        <source>E-mail alerts need both an e-mail address and an SMTP server (or neither, to turn them off).</source>
        <translation>电子邮件警报需要同时提供电子邮件地址和 SMTP 服务器（或都不提供以将其关闭）。</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; is not an e-mail address.</source>
        <translation>“{address}”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>The MTU must be between {low} and {high}.</source>
        <translation>MTU 必须介于 {low} 和 {high} 之间。</translation>
    </message>
    <message>
        <source>The shadow memory multiplier must be at least 1.0.</source>
        <translation>影子内存乘数必须至少为 1.0。</translation>
    </message>
    <message>
        <source>The start order and delay cannot be negative.</source>
        <translation>启动顺序和延迟不能为负数。</translation>
    </message>
    <message>
        <source>That home server is no longer in the pool.</source>
        <translation>该主服务器已不在池中。</translation>
    </message>
    <message>
        <source>Memory must satisfy: static minimum ≤ dynamic minimum ≤ dynamic maximum ≤ static maximum (static minimum is {minimum}).</source>
        <translation>内存必须满足：静态最小值 ≤ 动态最小值 ≤ 动态最大值 ≤ 静态最大值（静态最小值为 {minimum}）。</translation>
    </message>
    <message>
        <source>The number of vCPUs cannot exceed the maximum.</source>
        <translation>vCPU 数不能超过最大值。</translation>
    </message>
    <message>
        <source>{vcpus} vCPUs cannot be split into sockets of {cores} cores.</source>
        <translation>{vcpus} 个 vCPU 无法拆分为每个插槽 {cores} 个核心。</translation>
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
    <name>StatusReport</name>
    <message>
        <source>These files will contain personally identifiable information.</source>
        <extracomment>Deprecated in xapi but still offered by some: XenCenter skips it.</extracomment>
        <translation>这些文件将包含个人身份信息。</translation>
    </message>
    <message>
        <source>These files may contain personally identifiable information.</source>
        <translation>这些文件可能包含个人身份信息。</translation>
    </message>
    <message>
        <source>These files may contain personally identifiable information if customized.</source>
        <translation>如果经过自定义，这些文件可能包含个人身份信息。</translation>
    </message>
    <message>
        <source>These files will contain no personally identifiable information.</source>
        <translation>这些文件将不包含个人身份信息。</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>可忽略</translation>
    </message>
    <message>
        <source>User-created binary objects</source>
        <extracomment>XenCenter&apos;s names and descriptions (FriendlyNames ``Label-host.system_status-KEY``, ``Description-...``).</extracomment>
        <translation>用户创建的二进制对象</translation>
    </message>
    <message>
        <source>Retrieve the user information stored as binary objects on the server.</source>
        <translation>检索服务器上以二进制对象形式存储的用户信息。</translation>
    </message>
    <message>
        <source>Boot loader configuration</source>
        <translation>引导加载程序配置</translation>
    </message>
    <message>
        <source>List of boot options and their details given to the user at system boot time</source>
        <translation>系统引导时向用户提供的引导选项及其详细信息列表</translation>
    </message>
    <message>
        <source>{app} logs</source>
        <translation>{app} 日志</translation>
    </message>
    <message>
        <source>Client application log files</source>
        <translation>客户端应用程序日志文件</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Tests for connectivity between the server and the internet</source>
        <translation>测试服务器与 Internet 之间的连接</translation>
    </message>
    <message>
        <source>Control group statistics</source>
        <translation>控制组统计信息</translation>
    </message>
    <message>
        <source>Information and statistics about the system&apos;s control groups</source>
        <translation>有关系统控制组的信息和统计数据</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>设备模型</translation>
    </message>
    <message>
        <source>Device emulation logs</source>
        <translation>设备仿真日志</translation>
    </message>
    <message>
        <source>Disk information</source>
        <translation>磁盘信息</translation>
    </message>
    <message>
        <source>Partition tables, free space, iSCSI and LVM configuration</source>
        <translation>分区表、可用空间、iSCSI 和 LVM 配置</translation>
    </message>
    <message>
        <source>FCoE logs</source>
        <translation>FCoE 日志</translation>
    </message>
    <message>
        <source>Fibre Channel over Ethernet (FCoE) logs</source>
        <translation>以太网光纤通道 (FCoE) 日志</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>已更改的文件</translation>
    </message>
    <message>
        <source>List of changed files in Dom 0</source>
        <translation>Dom 0 中已更改文件的列表</translation>
    </message>
    <message>
        <source>First-boot scripts</source>
        <translation>首次引导脚本</translation>
    </message>
    <message>
        <source>The scripts run for initializing local storage repositories and networking</source>
        <translation>为初始化本地存储库和网络而运行的脚本</translation>
    </message>
    <message>
        <source>Hardware information</source>
        <translation>硬件信息</translation>
    </message>
    <message>
        <source>Details of the processors, memory and other basic hardware</source>
        <translation>处理器、内存和其他基本硬件的详细信息</translation>
    </message>
    <message>
        <source>Local disk performance test</source>
        <translation>本地磁盘性能测试</translation>
    </message>
    <message>
        <source>Performs a number of timing tests on each local hard disk, these may take up to one minute to complete</source>
        <translation>对每个本地硬盘执行多项计时测试，这些测试最多可能需要一分钟才能完成</translation>
    </message>
    <message>
        <source>High availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <source>Log file from the high availability daemon</source>
        <translation>高可用性守护程序的日志文件</translation>
    </message>
    <message>
        <source>Crash dump files</source>
        <translation>故障转储文件</translation>
    </message>
    <message>
        <source>Memory dump created on server crash, if you select this option you will be prompted for these files to be removed after the report has been compiled</source>
        <translation>服务器崩溃时创建的内存转储。如果选择此选项，系统将在编译报告后提示您删除这些文件</translation>
    </message>
    <message>
        <source>Crash dump logs</source>
        <translation>故障转储日志</translation>
    </message>
    <message>
        <source>Log files generated at time of server crash</source>
        <translation>服务器崩溃时生成的日志文件</translation>
    </message>
    <message>
        <source>Kernel information</source>
        <translation>内核信息</translation>
    </message>
    <message>
        <source>Details of kernel modules, filesystems devices and kernel configuration</source>
        <translation>内核模块、文件系统设备和内核配置的详细信息</translation>
    </message>
    <message>
        <source>Loopback devices</source>
        <translation>环回设备</translation>
    </message>
    <message>
        <source>Details of loopback devices</source>
        <translation>环回设备的详细信息</translation>
    </message>
    <message>
        <source>Internal message logs</source>
        <translation>内部消息日志</translation>
    </message>
    <message>
        <source>Logs of messages exchanged between system daemons</source>
        <translation>系统守护程序之间交换的消息的日志</translation>
    </message>
    <message>
        <source>Multipathing configuration</source>
        <translation>多路径配置</translation>
    </message>
    <message>
        <source>Retrieves the server&apos;s storage multipathing configuration</source>
        <translation>检索服务器的存储多路径配置</translation>
    </message>
    <message>
        <source>Network scripts</source>
        <translation>网络脚本</translation>
    </message>
    <message>
        <source>Configuration files used to bring up network interfaces, provide name resolution and enable the firewall</source>
        <translation>用于启动网络接口、提供名称解析和启用防火墙的配置文件</translation>
    </message>
    <message>
        <source>Network status</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>Current status of the network interfaces, routing tables and firewall</source>
        <translation>网络接口、路由表和防火墙的当前状态</translation>
    </message>
    <message>
        <source>NVIDIA Graphics Driver logs</source>
        <translation>NVIDIA 图形驱动程序日志</translation>
    </message>
    <message>
        <source>Contains logs and details useful for diagnosing problems with NVIDIA&apos;s graphics drivers</source>
        <translation>包含有助于诊断 NVIDIA 图形驱动程序问题的日志和详细信息</translation>
    </message>
    <message>
        <source>Observability Traces and Metrics</source>
        <translation>可观测性跟踪和指标</translation>
    </message>
    <message>
        <source>Observations of system actions in the form of distributed traces, spans, and metrics</source>
        <translation>以分布式跟踪、跨度和指标形式记录的系统操作观测数据</translation>
    </message>
    <message>
        <source>OEM-specific logs</source>
        <translation>OEM 特定日志</translation>
    </message>
    <message>
        <source>Collects data specific to your OEM provider</source>
        <translation>收集特定于 OEM 提供商的数据</translation>
    </message>
    <message>
        <source>Authentication module configuration</source>
        <translation>身份验证模块配置</translation>
    </message>
    <message>
        <source>Configuration files used by the Pluggable Authentication Modules (PAM).</source>
        <translation>可插入身份验证模块 (PAM) 使用的配置文件。</translation>
    </message>
    <message>
        <source>Persistent statistics</source>
        <translation>持久性统计信息</translation>
    </message>
    <message>
        <source>Persistent performance statistics</source>
        <translation>持久性性能统计信息</translation>
    </message>
    <message>
        <source>Process listing</source>
        <translation>进程列表</translation>
    </message>
    <message>
        <source>A complete listing of the processes running in a tree format</source>
        <translation>以树格式列出的所有正在运行的进程</translation>
    </message>
    <message>
        <source>System configuration</source>
        <translation>系统配置</translation>
    </message>
    <message>
        <source>System logs</source>
        <translation>系统日志</translation>
    </message>
    <message>
        <source>Logfiles which record the activity of various system processes</source>
        <translation>记录各种系统进程活动的日志文件</translation>
    </message>
    <message>
        <source>System services</source>
        <translation>系统服务</translation>
    </message>
    <message>
        <source>A listing of configured system services</source>
        <translation>已配置的系统服务列表</translation>
    </message>
    <message>
        <source>Storage subsystem logs</source>
        <translation>存储子系统日志</translation>
    </message>
    <message>
        <source>Measured boot logs</source>
        <translation>度量启动日志</translation>
    </message>
    <message>
        <source>Server licensing daemon</source>
        <translation>服务器许可守护程序</translation>
    </message>
    <message>
        <source>Server licensing daemon logs</source>
        <translation>服务器许可守护程序日志</translation>
    </message>
    <message>
        <source>Scheduled snapshots log files</source>
        <translation>计划快照日志文件</translation>
    </message>
    <message>
        <source>VNCTerm crash dumps</source>
        <translation>VNCTerm 故障转储</translation>
    </message>
    <message>
        <source>Crash dumps files from the VNCTerm daemon</source>
        <translation>VNCTerm 守护程序的故障转储文件</translation>
    </message>
    <message>
        <source>vTPM&apos;s root CAs and other related debug information</source>
        <translation>vTPM 的根 CA 和其他相关调试信息</translation>
    </message>
    <message>
        <source>Workload Balancing status</source>
        <translation>工作负载平衡状态</translation>
    </message>
    <message>
        <source>Logs and status information from the WLB server monitoring this pool.</source>
        <translation>监视此池的 WLB 服务器的日志和状态信息。</translation>
    </message>
    <message>
        <source>X server logs</source>
        <translation>X 服务器日志</translation>
    </message>
    <message>
        <source>Log files from the X server</source>
        <translation>X 服务器的日志文件</translation>
    </message>
    <message>
        <source>X11 authority</source>
        <translation>X11 授权</translation>
    </message>
    <message>
        <source>X server authority files</source>
        <translation>X 服务器授权文件</translation>
    </message>
    <message>
        <source>Server daemon internal logs</source>
        <translation>服务器守护程序内部日志</translation>
    </message>
    <message>
        <source>Server cluster management daemon</source>
        <translation>服务器群集管理守护程序</translation>
    </message>
    <message>
        <source>Logs generated by the cluster management daemon for the Toolstack.</source>
        <translation>群集管理守护程序为工具堆栈生成的日志。</translation>
    </message>
    <message>
        <source>Server daemon crash dumps</source>
        <translation>服务器守护程序故障转储</translation>
    </message>
    <message>
        <source>Server daemon subprocesses</source>
        <translation>服务器守护程序子进程</translation>
    </message>
    <message>
        <source>Server daemon process details</source>
        <translation>服务器守护程序进程详细信息</translation>
    </message>
    <message>
        <source>RRD plug-in logs</source>
        <translation>RRD 插件日志</translation>
    </message>
    <message>
        <source>Log files from the RRD daemon</source>
        <translation>RRD 守护程序的日志文件</translation>
    </message>
    <message>
        <source>Hypervisor configuration</source>
        <translation>虚拟机管理程序配置</translation>
    </message>
    <message>
        <source>Details of the hypervisor version and its current state</source>
        <translation>虚拟机管理程序版本及其当前状态的详细信息</translation>
    </message>
    <message>
        <source>VM internal diagnostics</source>
        <translation>虚拟机内部诊断</translation>
    </message>
    <message>
        <source>Server configuration</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>Details of the hypervisor such as version and build information, primary hard disk location and pool configuration</source>
        <translation>虚拟机管理程序的详细信息，例如版本和内部版本信息、主硬盘位置和池配置</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>服务器数据库</translation>
    </message>
    <message>
        <source>The database which stores the state of the server</source>
        <translation>存储服务器状态的数据库</translation>
    </message>
    <message>
        <source>Server domains list</source>
        <translation>服务器域列表</translation>
    </message>
    <message>
        <source>List of the guest VMs installed onto the server and their current states</source>
        <translation>服务器上安装的来宾虚拟机及其当前状态的列表</translation>
    </message>
    <message>
        <source>Server installation log files</source>
        <translation>服务器安装日志文件</translation>
    </message>
    <message>
        <source>Log files generated during the installation of the server</source>
        <translation>服务器安装期间生成的日志文件</translation>
    </message>
    <message>
        <source>Server logs</source>
        <translation>服务器日志</translation>
    </message>
    <message>
        <source>Log files concerning the server&apos;s activity</source>
        <translation>有关服务器活动的日志文件</translation>
    </message>
    <message>
        <source>Volume manager logs</source>
        <translation>卷管理器日志</translation>
    </message>
    <message>
        <source>High availability liveset</source>
        <translation>高可用性活动集</translation>
    </message>
    <message>
        <source>HA liveset</source>
        <translation>HA 活动集</translation>
    </message>
    <message>
        <source>Container management logs</source>
        <translation>容器管理日志</translation>
    </message>
    <message>
        <source>PVS-Accelerator Status</source>
        <translation>PVS 加速器状态</translation>
    </message>
    <message>
        <source>RPM package database</source>
        <translation>RPM 软件包数据库</translation>
    </message>
    <message>
        <source>YUM repository information and RPM package database listing</source>
        <translation>YUM 存储库信息和 RPM 软件包数据库列表</translation>
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
    <name>Tasks</name>
    <message>
        <source>Starting</source>
        <extracomment>The verbs of the operations XenCenter recognises in other clients&apos; tasks (its RecognisedVmOperations and a few more), in the words of its titles.</extracomment>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Forcing shutdown of</source>
        <translation>正在强制关闭</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>正在重新启动</translation>
    </message>
    <message>
        <source>Forcing reboot of</source>
        <translation>正在强制重新启动</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>正在挂起</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation>正在克隆</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>正在复制</translation>
    </message>
    <message>
        <source>Taking a snapshot of</source>
        <translation>正在创建快照</translation>
    </message>
    <message>
        <source>Taking a checkpoint of</source>
        <translation>正在创建检查点</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>正在迁移</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <source>Reverting</source>
        <translation>正在还原</translation>
    </message>
    <message>
        <source>Evacuating</source>
        <translation>正在撤离</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>Rescanning</source>
        <translation>正在重新扫描</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>正在调整大小</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>正在插入</translation>
    </message>
    <message>
        <source>Unplugging</source>
        <translation>正在拔出</translation>
    </message>
    <message>
        <source>server</source>
        <extracomment>Classes whose ``current_operations`` may name a task.</extracomment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>storage repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>virtual disk</source>
        <translation>虚拟磁盘</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池</translation>
    </message>
    <message>
        <source>{verb} {object} &apos;{name}&apos;</source>
        <translation>{object}“{name}”：{verb}</translation>
    </message>
    <message>
        <source>{verb} {object}</source>
        <translation>{object}：{verb}</translation>
    </message>
</context>
<context>
    <name>Tree</name>
    <message>
        <source>Running</source>
        <extracomment>The invisible root (default parent argument of the model API). Every row&apos;s flags (made once: combining enum flags in Python costs microseconds per call). Classes whose changes can alter the tree (placement reads VBD/VDI/PBD, host state reads host_metrics). Extra classes the search filter reads (IP addresses). Above this many row operations in one update, restructure the tree in one layout change instead. Each row operation makes Qt revisit every persistent index (a view keeps one per expanded row), so the limit shrinks as they grow: the work stays under ``PERSISTENT_BUDGET`` index updates. Nor when this many rows come and go: each removed row is unregistered one by one, where the layout change walks only the rows that stay (a filter keystroke keeping 1,285 of 20,198 rows in 184 runs: 150 ms fine, 35 ms in one layout change). Let the filter settle while the user types. After the tree has been quiet this long, the search index is prepared in the background. Classes with rows of their own (what the search index is prepared for).</extracomment>
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
    <name>UpdateCheck</name>
    <message>
        <source>restart the server</source>
        <translation>重新启动服务器</translation>
    </message>
    <message>
        <source>restart the server if live patching fails</source>
        <translation>如果实时修补失败，则重新启动服务器</translation>
    </message>
    <message>
        <source>restart the toolstack</source>
        <translation>重新启动工具堆栈</translation>
    </message>
    <message>
        <source>restart the VMs&apos; device models</source>
        <translation>重新启动虚拟机的设备模型</translation>
    </message>
    <message>
        <source>restart its VMs</source>
        <translation>重新启动其虚拟机</translation>
    </message>
    <message>
        <source>move its VMs away</source>
        <translation>将其虚拟机迁出</translation>
    </message>
    <message>
        <source>&apos;{server}&apos;: to finish installing updates, {steps}.</source>
        <translation>“{server}”：要完成更新的安装，请{steps}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&apos;{server}&apos;: updates are waiting for the server to restart.</source>
        <translation>“{server}”：更新正在等待服务器重新启动。</translation>
    </message>
    <message>
        <source>Pool &apos;{pool}&apos; synchronizes its updates itself (last synchronized {time} UTC).</source>
        <translation>池“{pool}”自行同步其更新（上次同步时间：{time} UTC）。</translation>
    </message>
    <message>
        <source>Pool &apos;{pool}&apos; synchronizes its updates itself.</source>
        <translation>池“{pool}”自行同步其更新。</translation>
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
    <name>Users</name>
    <message>
        <source>Pool Admin</source>
        <extracomment>xapi&apos;s top-level roles, most powerful first, with XenCenter&apos;s names (translated where shown, context ``Users``)</extracomment>
        <translation>池管理员</translation>
    </message>
    <message>
        <source>Pool Operator</source>
        <translation>池操作员</translation>
    </message>
    <message>
        <source>VM Power Admin</source>
        <translation>虚拟机高级管理员</translation>
    </message>
    <message>
        <source>VM Admin</source>
        <translation>虚拟机管理员</translation>
    </message>
    <message>
        <source>VM Operator</source>
        <translation>虚拟机操作员</translation>
    </message>
    <message>
        <source>Read Only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Pool &apos;{name}&apos; belongs to domain &apos;{domain}&apos;.</source>
        <translation>池“{name}”属于域“{domain}”。</translation>
    </message>
    <message>
        <source>Server &apos;{name}&apos; belongs to domain &apos;{domain}&apos;.</source>
        <translation>服务器“{name}”属于域“{domain}”。</translation>
    </message>
    <message>
        <source>AD is not currently configured for pool &apos;{name}&apos;. To enable AD authentication, click Join Domain.</source>
        <translation>当前未为池“{name}”配置 AD。要启用 AD 身份验证，请单击“加入域”。</translation>
    </message>
    <message>
        <source>AD is not currently configured for server &apos;{name}&apos;. To enable AD authentication, click Join Domain.</source>
        <translation>当前未为服务器“{name}”配置 AD。要启用 AD 身份验证，请单击“加入域”。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
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
    <name>Virtualization</name>
    <message>
        <source>Read more about installing {tools}</source>
        <extracomment>Management counted as installed only because of the XCP-ng 9 agent rule (see ``_management_installed``). ``&quot;M.m&quot;`` from ``PV_drivers_version`` (what XenCenter prints in &quot;version M.m installed&quot;), or None. ``&quot;M.m[.micro][ build B]&quot;``: the full agent version when the guest reported one, or None. ``VM.has_vendor_device`` on a Windows VM: it can get drivers from Windows Update. Within the 2-minute grace after a power-state change. Local unix time at which the grace ends (re-evaluate then), None when not in grace.</extracomment>
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
        <extracomment>Widths XenCenter gives the columns (pixels at its 8-point font). The order a first click on a column&apos;s header sorts in (figures largest first). Columns whose figures come from the performance data (repainted, or re-sorted, when new figures arrive).</extracomment>
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
