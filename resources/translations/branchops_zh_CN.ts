<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>About</name>
        <message>
            <source>About BranchOps</source>
            <translation>关于 BranchOps</translation>
        </message>
        <message>
            <source>Operations of one branch office: quality, staff and HQ reports.</source>
            <translation>网点运营管理：服务质量、人员排班与总部报表。</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>数据库结构版本</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Python / Qt</source>
            <translation>Python / Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Open</source>
            <translation>待整改</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>整改中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已整改</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已验证</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Drill</source>
            <translation>演练</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <source>HQ notice</source>
            <translation>总部通报</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>This corrective action no longer exists.</source>
            <translation>该整改事项已不存在。</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>请填写整改内容。</translation>
        </message>
        <message>
            <source>The title is longer than {limit} characters.</source>
            <translation>整改内容超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>Choose who owns the action.</source>
            <translation>请选择整改责任人。</translation>
        </message>
        <message>
            <source>The chosen owner does not exist.</source>
            <translation>所选责任人不存在。</translation>
        </message>
        <message>
            <source>Choose a due date.</source>
            <translation>请选择整改期限。</translation>
        </message>
        <message>
            <source>Not possible while the action is {status}.</source>
            <translation>整改事项处于“{status}”状态，无法进行此操作。</translation>
        </message>
        <message>
            <source>Describe the evidence of what was done before marking it done.</source>
            <translation>标记为已整改前，请填写整改证明。</translation>
        </message>
        <message>
            <source>An action cannot be done before it was raised.</source>
            <translation>整改完成日期不能早于发起日期。</translation>
        </message>
        <message>
            <source>Choose who verified the action.</source>
            <translation>请选择验证人。</translation>
        </message>
        <message>
            <source>The chosen verifier does not exist.</source>
            <translation>所选验证人不存在。</translation>
        </message>
        <message>
            <source>The owner cannot verify their own action; choose someone else.</source>
            <translation>责任人不能验证自己的整改，请选择其他人。</translation>
        </message>
        <message>
            <source>Verification cannot be before the action was done.</source>
            <translation>验证日期不能早于整改完成日期。</translation>
        </message>
        <message>
            <source>Say why the action goes back to in progress.</source>
            <translation>请说明退回整改的原因。</translation>
        </message>
        <message>
            <source>{date} sent back: {reason}</source>
            <translation>{date} 退回：{reason}</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>整改事项</translation>
        </message>
        <message>
            <source>Corrective action {id}</source>
            <translation>整改事项 {id}</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>整改内容</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细说明</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>e.g. HQ notice no. 12 of March</source>
            <translation>例如：总部三月第 12 号通报</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>关联记录</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>标记为已整改</translation>
        </message>
        <message>
            <source>What was done, and what shows it (photo, record, signature)…</source>
            <translation>做了什么，有何证明（照片、记录、签字）……</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>整改证明</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Verify the action</source>
            <translation>验证整改</translation>
        </message>
        <message>
            <source>{name} (owner)</source>
            <translation>{name}（责任人）</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>验证人</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>验证日期</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>Corrective actions</source>
            <translation>整改跟踪</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>整改事项</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>全部来源</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅看逾期</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新建……</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑……</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始整改</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>标记已整改……</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>验证……</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>退回……</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Open source</source>
            <translation>打开来源</translation>
        </message>
        <message>
            <source>Any owner</source>
            <translation>全部责任人</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>退回整改</translation>
        </message>
        <message>
            <source>Why does the action go back to in progress?</source>
            <translation>为什么退回重新整改？</translation>
        </message>
        <message>
            <source>Delete the action “{title}”?</source>
            <translation>删除整改事项“{title}”？</translation>
        </message>
        <message>
            <source>{source}: {link}</source>
            <translation>{source}：{link}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>BranchOps cannot start</source>
            <translation>BranchOps 无法启动</translation>
        </message>
        <message>
            <source>Cannot create the data folder: {reason}</source>
            <translation>无法创建数据文件夹：{reason}</translation>
        </message>
        <message>
            <source>BranchOps is already open on this database.</source>
            <translation>BranchOps 已在此数据库上打开。</translation>
        </message>
        <message>
            <source>Another copy of BranchOps is using {db}. Close it first, then start again.</source>
            <translation>另一个 BranchOps 正在使用 {db}。请先关闭它，再重新启动。</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Created</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}：{old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>AuditEntity</name>
        <message>
            <source>Branch profile</source>
            <translation>网点资料</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>营业时间</translation>
        </message>
        <message>
            <source>KPI target</source>
            <translation>KPI 目标</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Staff skill</source>
            <translation>人员技能</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Shift type</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Staffing need</source>
            <translation>人员需求</translation>
        </message>
        <message>
            <source>Required skill</source>
            <translation>所需技能</translation>
        </message>
        <message>
            <source>Special day</source>
            <translation>特殊日期</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Leave entitlement</source>
            <translation>假期额度</translation>
        </message>
        <message>
            <source>Unavailable day</source>
            <translation>不可排班日</translation>
        </message>
        <message>
            <source>Shift preference</source>
            <translation>班次偏好</translation>
        </message>
        <message>
            <source>Roster assignment</source>
            <translation>排班</translation>
        </message>
        <message>
            <source>Roster change</source>
            <translation>排班变更</translation>
        </message>
        <message>
            <source>Roster publication</source>
            <translation>排班发布</translation>
        </message>
        <message>
            <source>Rule override</source>
            <translation>规则例外</translation>
        </message>
        <message>
            <source>Timesheet entry</source>
            <translation>工时记录</translation>
        </message>
        <message>
            <source>Checklist template</source>
            <translation>检查表模板</translation>
        </message>
        <message>
            <source>Checklist version</source>
            <translation>检查表版本</translation>
        </message>
        <message>
            <source>Checklist section</source>
            <translation>检查表分区</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Inspection answer</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Inspection photo</source>
            <translation>检查照片</translation>
        </message>
        <message>
            <source>Inspection amendment</source>
            <translation>检查更正</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>整改项</translation>
        </message>
        <message>
            <source>Report export</source>
            <translation>报表导出</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <source>From</source>
            <translation>日期从</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>校验日志链</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <source>All record types</source>
            <translation>全部记录类型</translation>
        </message>
        <message>
            <source>The audit log is complete and unchanged.</source>
            <translation>审计日志完整，未被改动。</translation>
        </message>
    </context>
    <context>
        <name>AutoRoster</name>
        <message>
            <source>Best possible roster found.</source>
            <translation>已找到最优排班。</translation>
        </message>
        <message>
            <source>Good roster found (not proven the best).</source>
            <translation>已找到较好的排班（未证明为最优）。</translation>
        </message>
        <message>
            <source>Stopped; the best roster found so far is shown.</source>
            <translation>已停止；显示目前找到的最佳排班。</translation>
        </message>
        <message>
            <source>No roster meets the hard rules:</source>
            <translation>没有排班能满足全部硬性规则：</translation>
        </message>
        <message>
            <source>No roster was found in time. Allow more time, or check:</source>
            <translation>规定时间内未找到排班。请放宽时间，或检查：</translation>
        </message>
        <message>
            <source>Auto-roster {first} – {last}</source>
            <translation>自动排班 {first} – {last}</translation>
        </message>
        <message>
            <source>May change published days</source>
            <translation>允许修改已发布的日期</translation>
        </message>
        <message>
            <source>Why published days may change (kept with each change)</source>
            <translation>修改已发布日期的原因（随每处修改保存）</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Stop and keep the best</source>
            <translation>停止并保留最佳结果</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>时间上限</translation>
        </message>
        <message>
            <source>The current draft is kept until you accept a result.</source>
            <translation>在您接受结果之前，当前草稿保持不变。</translation>
        </message>
        <message>
            <source>Accept as draft</source>
            <translation>接受为草稿</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Give the reason why published days may change.</source>
            <translation>请填写修改已发布日期的原因。</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在求解…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>The search failed; the draft is unchanged.</source>
            <translation>求解失败；草稿未改动。</translation>
        </message>
        <message>
            <source>{head} {count} cells change; score {score:.1f}.</source>
            <translation>{head} 将改动 {count} 个单元格；得分 {score:.1f}。</translation>
        </message>
        <message>
            <source>Published days kept as they are: {days}.</source>
            <translation>已发布的日期保持不变：{days} 天。</translation>
        </message>
        <message>
            <source>off</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>Searching… best roster so far: score {score:.1f} (bound {bound:.1f}, gap {gap:.0%}); {count} rosters found in {seconds:.1f} s.</source>
            <translation>正在求解… 目前最佳排班得分 {score:.1f}（下界 {bound:.1f}，差距 {gap:.0%}）；{seconds:.1f} 秒内找到 {count} 个方案。</translation>
        </message>
    </context>
    <context>
        <name>AutoRosterStatus</name>
        <message>
            <source>best possible</source>
            <translation>最优</translation>
        </message>
        <message>
            <source>good, not proven the best</source>
            <translation>较好，未证明为最优</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>已提前停止</translation>
        </message>
        <message>
            <source>no roster meets the hard rules</source>
            <translation>没有满足硬性规则的排班</translation>
        </message>
        <message>
            <source>none found in time</source>
            <translation>限时内未找到</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>The backup to {path} failed: {reason}. Nothing was changed.</source>
            <translation>备份到 {path} 失败：{reason}。未做任何更改。</translation>
        </message>
        <message>
            <source>{path} is a folder; name the backup file, for example {example}.</source>
            <translation>{path} 是文件夹；请给出备份文件名，例如 {example}。</translation>
        </message>
        <message>
            <source>{path} cannot be restored: {reason} Nothing was changed.</source>
            <translation>无法从 {path} 恢复：{reason}未做任何更改。</translation>
        </message>
        <message>
            <source>the file does not exist.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <source>it is not a BranchOps backup.</source>
            <translation>这不是 BranchOps 的备份文件。</translation>
        </message>
        <message>
            <source>it is damaged or not a BranchOps backup.</source>
            <translation>文件已损坏，或不是 BranchOps 的备份文件。</translation>
        </message>
        <message>
            <source>the integrity check failed ({detail}).</source>
            <translation>完整性检查未通过（{detail}）。</translation>
        </message>
        <message>
            <source>it has no schema revision.</source>
            <translation>文件中没有数据库结构版本。</translation>
        </message>
        <message>
            <source>it was made by a newer BranchOps.</source>
            <translation>该备份由更新版本的 BranchOps 创建。</translation>
        </message>
        <message>
            <source>Restore failed: {reason}. The database was not replaced.</source>
            <translation>恢复失败：{reason}。数据库未被替换。</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>This database is on a server; back it up with pg_dump.</source>
            <translation>此数据库在服务器上，请用 pg_dump 备份。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>备份已保存到 {path}。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>This database is on a server; restore it with pg_restore.</source>
            <translation>此数据库在服务器上，请用 pg_restore 恢复。</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation>选择要恢复的备份</translation>
        </message>
        <message>
            <source>BranchOps backups (*.sqlite3)</source>
            <translation>BranchOps 备份 (*.sqlite3)</translation>
        </message>
        <message>
            <source>Replace the current data with this backup? The current database is kept in the backups folder. BranchOps closes afterwards; start it again.</source>
            <translation>用此备份替换当前数据吗？当前数据库会保留在备份文件夹中。恢复后 BranchOps 将关闭，请重新启动。</translation>
        </message>
        <message>
            <source>The backup was restored. BranchOps will now close.</source>
            <translation>备份已恢复，BranchOps 即将关闭。</translation>
        </message>
    </context>
    <context>
        <name>BranchProfile</name>
        <message>
            <source>Branch code: 2–32 letters, digits, - or _ (for example BR0123).</source>
            <translation>网点代码：2–32 位字母、数字、- 或 _（例如 BR0123）。</translation>
        </message>
        <message>
            <source>Branch name is required.</source>
            <translation>请填写网点名称。</translation>
        </message>
        <message>
            <source>Fiscal year start must be a month from 1 to 12.</source>
            <translation>财年起始月份必须在 1 到 12 之间。</translation>
        </message>
        <message>
            <source>HQ report due day must be from 1 to 28.</source>
            <translation>总部报表截止日必须在 1 到 28 之间。</translation>
        </message>
        <message>
            <source>Report language must be Chinese or English.</source>
            <translation>报表语言只能是中文或英文。</translation>
        </message>
        <message>
            <source>{day}: closing time must be after opening time.</source>
            <translation>{day}：营业结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>The branch must open on at least one weekday.</source>
            <translation>网点每周至少要营业一天。</translation>
        </message>
        <message>
            <source>Keep between 1 and 365 backups.</source>
            <translation>备份保留份数须在 1 到 365 之间。</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Database integrity: {detail}</source>
            <translation>数据库完整性：{detail}</translation>
        </message>
        <message>
            <source>Table {table}, row {rowid} points to a missing {parent} record.</source>
            <translation>表 {table} 第 {rowid} 行引用的 {parent} 记录不存在。</translation>
        </message>
        <message>
            <source>Audit log entry {seq} has been deleted (the chain has a gap).</source>
            <translation>审计日志第 {seq} 条已被删除（记录链中断）。</translation>
        </message>
        <message>
            <source>Audit log entry {seq} has been edited after it was written.</source>
            <translation>审计日志第 {seq} 条在写入后被修改过。</translation>
        </message>
        <message>
            <source>Audit log entry {seq} does not follow the entry before it.</source>
            <translation>审计日志第 {seq} 条与前一条衔接不上。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Interrupted; nothing more was changed.</source>
            <translation>已中断；之后未再做任何更改。</translation>
        </message>
        <message>
            <source>Demo data written to {db} ({months} months).</source>
            <translation>演示数据已写入 {db}（{months} 个月）。</translation>
        </message>
        <message>
            <source>Backup and restore work on SQLite files; back up a PostgreSQL server with pg_dump.</source>
            <translation>备份和恢复仅适用于 SQLite 文件；PostgreSQL 服务器请用 pg_dump 备份。</translation>
        </message>
        <message>
            <source>Created a new database at schema {rev}.</source>
            <translation>已新建数据库，结构版本 {rev}。</translation>
        </message>
        <message>
            <source>Upgraded from {old} to {new}; the old file was kept as {copy}.</source>
            <translation>已从 {old} 升级到 {new}；旧文件已保留为 {copy}。</translation>
        </message>
        <message>
            <source>The database is already at the newest schema ({rev}).</source>
            <translation>数据库已是最新结构（{rev}）。</translation>
        </message>
        <message>
            <source>No problems found: integrity, foreign keys and audit log are sound.</source>
            <translation>未发现问题：完整性、外键和审计日志均正常。</translation>
        </message>
        <message>
            <source>The database {path} does not exist.</source>
            <translation>数据库 {path} 不存在。</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>备份已写入 {path}。</translation>
        </message>
        <message>
            <source>Restored {file} into {db}.</source>
            <translation>已将 {file} 恢复到 {db}。</translation>
        </message>
        <message>
            <source>The replaced database was kept as {path}.</source>
            <translation>被替换的数据库已保留为 {path}。</translation>
        </message>
        <message>
            <source>The month {text} is not in the form YYYY-MM (e.g. 2026-10).</source>
            <translation>月份 {text} 格式不对，应为 YYYY-MM（例如 2026-10）。</translation>
        </message>
        <message>
            <source>{value} is not a month; write it as YYYY-MM.</source>
            <translation>{value} 不是月份，请写成 YYYY-MM。</translation>
        </message>
        <message>
            <source>--out must name a .xlsx or .pdf file (got {value}).</source>
            <translation>--out 必须是 .xlsx 或 .pdf 文件（现为 {value}）。</translation>
        </message>
        <message>
            <source>--change-published works with --auto only.</source>
            <translation>--change-published 只能与 --auto 一起使用。</translation>
        </message>
        <message>
            <source>--change-published needs --reason TEXT: why published days change.</source>
            <translation>--change-published 需要 --reason 文本：说明修改已发布日期的原因。</translation>
        </message>
        <message>
            <source>--reason is for --change-published.</source>
            <translation>--reason 用于 --change-published。</translation>
        </message>
        <message>
            <source>No roster for {month} meets the hard rules; nothing was saved.</source>
            <translation>{month} 没有满足全部硬性规则的排班；未保存任何内容。</translation>
        </message>
        <message>
            <source>No roster was found within {seconds:g} s; nothing was saved.</source>
            <translation>{seconds:g} 秒内未找到排班方案；未保存任何内容。</translation>
        </message>
        <message>
            <source>Auto-roster ({status}, score {score:.1f}, {seconds:.1f} s): {count} cells changed.</source>
            <translation>自动排班（{status}，得分 {score:.1f}，用时 {seconds:.1f} 秒）：修改了 {count} 个格子。</translation>
        </message>
        <message>
            <source>Published days kept as they are: {days}.</source>
            <translation>已发布的日期保持不变：{days} 天。</translation>
        </message>
        <message>
            <source>Roster {month}, {branch}: {shifts} shifts for {people} staff; {status}.</source>
            <translation>{branch} {month} 排班表：{people} 名员工共 {shifts} 个班次；{status}。</translation>
        </message>
        <message>
            <source>Rule checks: no rule is broken.</source>
            <translation>规则检查：没有违反任何规则。</translation>
        </message>
        <message>
            <source>Rule checks: 1 problem.</source>
            <translation>规则检查：1 个问题。</translation>
        </message>
        <message>
            <source>Rule checks: {count} problems.</source>
            <translation>规则检查：发现 {count} 个问题。</translation>
        </message>
        <message>
            <source> (accepted: {reason})</source>
            <translation>（已确认：{reason}）</translation>
        </message>
        <message>
            <source>Roster written to {path}.</source>
            <translation>排班表已写入 {path}。</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Backup file</source>
            <translation>备份文件</translation>
        </message>
        <message>
            <source>Size (MB)</source>
            <translation>大小 (MB)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>Has password</source>
            <translation>已设密码</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>整改事项</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Raised from</source>
            <translation>问题来源</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>验证人</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Entitled</source>
            <translation>应享</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>已休</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>申请中</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>时间段</translation>
        </message>
        <message>
            <source>Break (min)</source>
            <translation>休息（分钟）</translation>
        </message>
        <message>
            <source>Paid hours</source>
            <translation>计薪工时</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最少</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>最多</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>所需技能</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>首日</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>末日</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>人员需求</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>用工类型</translation>
        </message>
        <message>
            <source>Hours/week</source>
            <translation>周工时</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Active staff</source>
            <translation>在职人数</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Active holders</source>
            <translation>在职持有人</translation>
        </message>
        <message>
            <source>Planned h</source>
            <translation>计划工时</translation>
        </message>
        <message>
            <source>Actual h</source>
            <translation>实际工时</translation>
        </message>
        <message>
            <source>Difference h</source>
            <translation>差额工时</translation>
        </message>
        <message>
            <source>Overtime h</source>
            <translation>加班工时</translation>
        </message>
        <message>
            <source>OT 150 %</source>
            <translation>工作日 150%</translation>
        </message>
        <message>
            <source>OT 200 %</source>
            <translation>休息日 200%</translation>
        </message>
        <message>
            <source>OT 300 %</source>
            <translation>节假日 300%</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>请假天数</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>已录入</translation>
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
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>导出时间</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>缺项</translation>
        </message>
        <message>
            <source>Unmasked</source>
            <translation>未脱敏</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Can be done until</source>
            <translation>最迟可检日期</translation>
        </message>
        <message>
            <source>Performed</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>关键项不合格</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>不合格项</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>更正次数</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>检查频次</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>检查项数</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
    </context>
    <context>
        <name>Consolidation</name>
        <message>
            <source>The output {path} must end in .xlsx.</source>
            <translation>输出文件 {path} 必须以 .xlsx 结尾。</translation>
        </message>
        <message>
            <source>No workbook matches {names}.</source>
            <translation>没有与 {names} 匹配的报表文件。</translation>
        </message>
        <message>
            <source>Missing: branch {code} {name} sent no workbook.</source>
            <translation>缺报：网点 {code} {name} 未报送报表。</translation>
        </message>
        <message>
            <source>Wrote {path}: {merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing.</source>
            <translation>已生成 {path}：{period} 汇总了 {merged} 个网点，退回 {rejected} 个文件，缺报 {missing} 个网点。</translation>
        </message>
        <message>
            <source>Database: {loaded} submissions loaded, {unchanged} already there, {kept} kept because a later revision was loaded before.</source>
            <translation>数据库：载入 {loaded} 份报表，{unchanged} 份已存在，{kept} 份因已载入更新版次而保留原数据。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <source>{path} is not a text file (UTF-8 or GBK).</source>
            <translation>{path} 不是文本文件（UTF-8 或 GBK）。</translation>
        </message>
        <message>
            <source>{path}, line {line}: write the branch code and its key separated by a comma.</source>
            <translation>{path}，第 {line} 行：请填写网点代码和密钥，用逗号分隔。</translation>
        </message>
        <message>
            <source>{path}, line {line}: branch {code} has two different keys; keep one.</source>
            <translation>{path}，第 {line} 行：网点 {code} 有两个不同的密钥，请只保留一个。</translation>
        </message>
        <message>
            <source>Cannot read the expected-branch list {path}: {reason}.</source>
            <translation>无法读取应报网点名单 {path}：{reason}。</translation>
        </message>
        <message>
            <source>{sheet} — consolidated monthly reports · {period}</source>
            <translation>{sheet} — 月度报表汇总 · {period}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>报告期</translation>
        </message>
        <message>
            <source>Generated at</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Branches merged</source>
            <translation>已汇总网点</translation>
        </message>
        <message>
            <source>Files rejected</source>
            <translation>退回文件</translation>
        </message>
        <message>
            <source>Branches missing</source>
            <translation>缺报网点</translation>
        </message>
        <message>
            <source>KPIs by branch</source>
            <translation>各网点指标</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>网点代码</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>网点名称</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>版次</translation>
        </message>
        <message>
            <source>No branch workbook could be merged.</source>
            <translation>没有可汇总的网点报表。</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>名次</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>No values to rank.</source>
            <translation>没有可排名的数值。</translation>
        </message>
        <message>
            <source>Rank 1 is the best; filter the KPI column to see one.</source>
            <translation>第 1 名为最好；可筛选“指标”列查看单项指标。</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Branches reporting</source>
            <translation>报送网点数</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最小值</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>最大值</translation>
        </message>
        <message>
            <source>Best branch</source>
            <translation>最佳网点</translation>
        </message>
        <message>
            <source>Files merged</source>
            <translation>已汇总文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Checksum</source>
            <translation>校验方式</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>数据格式版本</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Rejected files</source>
            <translation>退回文件</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>No file was rejected.</source>
            <translation>没有退回的文件。</translation>
        </message>
        <message>
            <source>Missing branches</source>
            <translation>缺报网点</translation>
        </message>
        <message>
            <source>Every expected branch sent its workbook.</source>
            <translation>应报网点均已报送。</translation>
        </message>
        <message>
            <source>No list of expected branches was given (--expected), so none can be missing.</source>
            <translation>未提供应报网点名单（--expected），无法判断缺报。</translation>
        </message>
        <message>
            <source>Cannot use the database {url}: {reason}.</source>
            <translation>无法使用数据库 {url}：{reason}。</translation>
        </message>
        <message>
            <source>Loading into {url} failed; nothing was changed there: {reason}</source>
            <translation>载入 {url} 失败，数据库未做任何更改：{reason}</translation>
        </message>
        <message>
            <source>Signed with the HQ key of branch {code}, but no key for it was given; add it to the keys file (--keys).</source>
            <translation>该文件使用网点 {code} 的总部密钥签名，但未提供该网点的密钥；请在密钥文件（--keys）中添加。</translation>
        </message>
        <message>
            <source>Not signed with the HQ key issued to branch {code}; ask the branch to enter the key and export again.</source>
            <translation>该文件未使用总部发给网点 {code} 的密钥签名；请网点录入密钥后重新导出。</translation>
        </message>
        <message>
            <source>Unknown checksum type {algorithm}.</source>
            <translation>未知的校验方式 {algorithm}。</translation>
        </message>
        <message>
            <source>The data was changed after export (the checksum does not match); ask the branch for a new export.</source>
            <translation>数据在导出后被改动（校验值不符），请网点重新导出。</translation>
        </message>
        <message>
            <source>The same file was given twice.</source>
            <translation>同一文件重复提供。</translation>
        </message>
        <message>
            <source>Wrong period: the file is for {found}, not {expected}.</source>
            <translation>报告期不符：该文件为 {found}，应为 {expected}。</translation>
        </message>
        <message>
            <source>A copy of {file}, which is used instead.</source>
            <translation>与 {file} 重复，已采用后者。</translation>
        </message>
        <message>
            <source>Replaced by revision {rev} in {file}.</source>
            <translation>已被 {file} 中的第 {rev} 版取代。</translation>
        </message>
        <message>
            <source>Same revision {rev} as {file} but different figures; the one generated later was used. Ask the branch which is right.</source>
            <translation>与 {file} 同为第 {rev} 版但数据不同，已采用生成时间较晚的一份。请与网点核实。</translation>
        </message>
        <message>
            <source>Replaces revision {revisions}.</source>
            <translation>取代第 {revisions} 版。</translation>
        </message>
        <message>
            <source>The data sheet does not say its schema version.</source>
            <translation>数据表未注明数据格式版本。</translation>
        </message>
        <message>
            <source>Unknown data-sheet schema version {version} (this BranchOps reads {known}); update BranchOps at HQ.</source>
            <translation>未知的数据格式版本 {version}（本软件可读取 {known}），请升级总部的 BranchOps。</translation>
        </message>
        <message>
            <source>Not a readable .xlsx workbook ({detail}).</source>
            <translation>不是可读取的 .xlsx 工作簿（{detail}）。</translation>
        </message>
        <message>
            <source>The workbook has no '{sheet}' sheet: it is not a BranchOps monthly workbook.</source>
            <translation>工作簿中没有“{sheet}”工作表，不是 BranchOps 月度报表。</translation>
        </message>
        <message>
            <source>The data sheet's {field} is not a number.</source>
            <translation>数据表中的 {field} 不是数字。</translation>
        </message>
        <message>
            <source>The data sheet has no KPI table.</source>
            <translation>数据表中没有指标表。</translation>
        </message>
        <message>
            <source>The data sheet lacks the rows: {names}.</source>
            <translation>数据表缺少以下行：{names}。</translation>
        </message>
        <message>
            <source>The data sheet is not a BranchOps monthly data sheet.</source>
            <translation>该数据表不是 BranchOps 月度数据表。</translation>
        </message>
        <message>
            <source>The data sheet's period {period} is not YYYY-MM.</source>
            <translation>数据表的报告期 {period} 不是 YYYY-MM 格式。</translation>
        </message>
        <message>
            <source>The value of KPI {key} is not a number.</source>
            <translation>指标 {key} 的数值不是数字。</translation>
        </message>
        <message>
            <source>Consolidate branch workbooks</source>
            <translation>汇总各网点报表</translation>
        </message>
        <message>
            <source>Add workbooks…</source>
            <translation>添加报表…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Branch workbooks</source>
            <translation>网点报表</translation>
        </message>
        <message>
            <source>optional: .txt, .csv, .xlsx</source>
            <translation>可选：.txt、.csv、.xlsx</translation>
        </message>
        <message>
            <source>optional: branch_code,key CSV</source>
            <translation>可选：网点代码,密钥 的 CSV 文件</translation>
        </message>
        <message>
            <source>optional: SQLite file or postgresql+psycopg://…</source>
            <translation>可选：SQLite 文件或 postgresql+psycopg://…</translation>
        </message>
        <message>
            <source>Consolidated workbook</source>
            <translation>汇总报表</translation>
        </message>
        <message>
            <source>Expected branches</source>
            <translation>应报网点名单</translation>
        </message>
        <message>
            <source>Branch keys</source>
            <translation>网点密钥</translation>
        </message>
        <message>
            <source>Also load into database</source>
            <translation>同时载入数据库</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Consolidate</source>
            <translation>汇总</translation>
        </message>
        <message>
            <source>Add workbooks</source>
            <translation>添加报表</translation>
        </message>
        <message>
            <source>Add a folder</source>
            <translation>添加文件夹</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>Consolidating…</source>
            <translation>正在汇总…</translation>
        </message>
        <message>
            <source>{merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing. Written to {path}.</source>
            <translation>{period} 汇总了 {merged} 个网点，退回 {rejected} 个文件，缺报 {missing} 个网点。已保存到 {path}。</translation>
        </message>
        <message>
            <source>Missing: {codes}</source>
            <translation>缺报：{codes}</translation>
        </message>
    </context>
    <context>
        <name>DatabaseErrors</name>
        <message>
            <source>The folder for the database does not exist: {path}. Choose another.</source>
            <translation>数据库所在的文件夹不存在：{path}。请另选一个。</translation>
        </message>
        <message>
            <source>{path} is not a BranchOps database. Choose the .sqlite3 file that BranchOps created.</source>
            <translation>{path} 不是 BranchOps 数据库。请选择 BranchOps 创建的 .sqlite3 文件。</translation>
        </message>
        <message>
            <source>Cannot read the database {path}: {reason}. Check the file's rights.</source>
            <translation>无法读取数据库 {path}：{reason}。请检查文件权限。</translation>
        </message>
        <message>
            <source>Cannot write in {path}. The folder is read-only; choose a folder you may write in.</source>
            <translation>无法写入 {path}。该文件夹为只读，请选择有写入权限的文件夹。</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer BranchOps (schema {revision}). Install the newer version to open it; nothing was changed.</source>
            <translation>数据库 {path} 由更新版本的 BranchOps 创建（结构版本 {revision}）。请安装新版本后再打开；未做任何更改。</translation>
        </message>
        <message>
            <source>Cannot connect to the database {target}: {reason}</source>
            <translation>无法连接数据库 {target}：{reason}</translation>
        </message>
        <message>
            <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
            <translation>写入 {path} 时磁盘已满。请清理出空间后重试；未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Demo data needs at least 1 month and 3 staff.</source>
            <translation>演示数据至少需要 1 个月和 3 名员工。</translation>
        </message>
        <message>
            <source>This database already has staff records; demo data goes into a new or empty database only. Nothing was changed.</source>
            <translation>该数据库已有员工记录；演示数据只能写入新建或空的数据库。未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>EntitlementDialog</name>
        <message>
            <source>Annual leave entitlements</source>
            <translation>年假天数设置</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Double-click a number of entitled days to change it; leave it empty to return to the statutory days.</source>
            <translation>双击应享天数即可修改；留空则恢复为法定天数。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Enter a number of days, for example 5 or 7.5.</source>
            <translation>请输入天数，例如 5 或 7.5。</translation>
        </message>
        <message>
            <source>{name} ({number}): {problem}</source>
            <translation>{name}（{number}）：{problem}</translation>
        </message>
        <message>
            <source>Not saved; correct these rows:</source>
            <translation>未保存，请更正以下各行：</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>出现问题</translation>
        </message>
        <message>
            <source>BranchOps met an unexpected problem and stopped what it was doing. Records you had already saved are safe.</source>
            <translation>BranchOps 遇到意外问题，已停止当前操作。已保存的记录不受影响。</translation>
        </message>
        <message>
            <source>You can carry on working. If it happens again, send the details below (also in the log file) to your IT contact.</source>
            <translation>您可以继续工作。如果再次出现，请把下面的详细信息（日志文件中也有）发给信息技术联系人。</translation>
        </message>
    </context>
    <context>
        <name>Excel</name>
        <message>
            <source>Cannot write {path}: {reason}. Close the file if it is open in Excel, or choose another folder.</source>
            <translation>无法写入 {path}：{reason}。如果该文件已在 Excel 中打开，请先关闭，或选择其他文件夹。</translation>
        </message>
        <message>
            <source>Exported {time} · {count} rows</source>
            <translation>导出于 {time} · 共 {count} 行</translation>
        </message>
        <message>
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>No rows.</source>
            <translation>没有数据。</translation>
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
            <source>On target</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>接近目标</translation>
        </message>
        <message>
            <source>Off target</source>
            <translation>未达标</translation>
        </message>
    </context>
    <context>
        <name>ExportList</name>
        <message>
            <source>List</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>个人信息</translation>
        </message>
        <message>
            <source>The list contains personal data (names or phone numbers). Write them in full? Choose No to mask them (138****1234).</source>
            <translation>列表中含有个人信息（姓名或电话号码）。是否完整导出？选“否”将脱敏显示（138****1234）。</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>已将 {count} 行导出到 {path}。</translation>
        </message>
        <message>
            <source>Exporting the list…</source>
            <translation>正在导出列表…</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Checked {rows} rows: no problems. {created} would be added, {updated} updated, {unchanged} unchanged. Nothing was changed (dry run).</source>
            <translation>已检查 {rows} 行，未发现问题：将新增 {created} 条、更新 {updated} 条、{unchanged} 条不变。试运行，未做任何更改。</translation>
        </message>
        <message>
            <source>Imported {rows} rows: {created} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>已导入 {rows} 行：新增 {created} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
        </message>
        <message>
            <source>The template file {path} must end in .xlsx.</source>
            <translation>模板文件 {path} 必须以 .xlsx 结尾。</translation>
        </message>
        <message>
            <source>Wrote the {kind} template to {path}.</source>
            <translation>已将“{kind}”导入模板保存到 {path}。</translation>
        </message>
        <message>
            <source>write each choice as label=score, e.g. 优秀=100、良好=80、差=0.</source>
            <translation>每个选项请写成“名称=分值”，例如 优秀=100、良好=80、差=0。</translation>
        </message>
        <message>
            <source>differs from an earlier row of the same checklist; give it once or the same on every row.</source>
            <translation>与同一检查表前面的行不一致；请只填写一次，或每行填写相同的值。</translation>
        </message>
        <message>
            <source>the same item is already on row {row} of this section; keep one.</source>
            <translation>同一部分的第 {row} 行已有相同的检查项目，请只保留一行。</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}</source>
            <translation>{file}，工作表 {sheet}</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}, column {column}</source>
            <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}</source>
            <translation>{file}，工作表 {sheet}，第 {row} 行</translation>
        </message>
        <message>
            <source>, value “{value}”</source>
            <translation>，值“{value}”</translation>
        </message>
        <message>
            <source>write 1–32 letters, digits, - or _ (e.g. E0012).</source>
            <translation>请填写 1–32 位字母、数字、- 或 _（例如 E0012）。</translation>
        </message>
        <message>
            <source>this employee no. is also on row {row}; keep one row per person.</source>
            <translation>该工号在第 {row} 行也出现了，每人只保留一行。</translation>
        </message>
        <message>
            <source>enter the name.</source>
            <translation>请填写姓名。</translation>
        </message>
        <message>
            <source>shorten the name to 64 characters.</source>
            <translation>姓名请缩短到 64 个字符以内。</translation>
        </message>
        <message>
            <source>shorten the position to 64 characters.</source>
            <translation>岗位请缩短到 64 个字符以内。</translation>
        </message>
        <message>
            <source>enter weekly hours above 0 and at most {limit:g}.</source>
            <translation>每周工时请填写大于 0 且不超过 {limit:g} 的数。</translation>
        </message>
        <message>
            <source>use digits, spaces, + and - only.</source>
            <translation>只能使用数字、空格、+ 和 -。</translation>
        </message>
        <message>
            <source>the leaving date is before the hire date; correct one of them.</source>
            <translation>离职日期早于入职日期，请更正其中之一。</translation>
        </message>
        <message>
            <source>shorten each skill to 64 characters.</source>
            <translation>每项技能请缩短到 64 个字符以内。</translation>
        </message>
        <message>
            <source>New position: {name}</source>
            <translation>新建岗位：{name}</translation>
        </message>
        <message>
            <source>New skill: {name}</source>
            <translation>新建技能：{name}</translation>
        </message>
        <message>
            <source>Unknown import kind {kind}; choose one of: {kinds}.</source>
            <translation>未知的导入类型 {kind}，请选择：{kinds}。</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>Rows with the same checklist name form one checklist; an existing checklist of that name is updated.</source>
            <translation>检查表名称相同的行组成一张检查表；已有同名检查表时将更新该表。</translation>
        </message>
        <message>
            <source>Checklist (English)</source>
            <translation>检查表英文名</translation>
        </message>
        <message>
            <source>Recurrence</source>
            <translation>频次</translation>
        </message>
        <message>
            <source>Once per checklist (any of its rows).</source>
            <translation>每张检查表填写一次（任意一行即可）。</translation>
        </message>
        <message>
            <source>Recurrence day</source>
            <translation>检查日</translation>
        </message>
        <message>
            <source>Weekly: 0 = Monday … 6 = Sunday; monthly: the day of the month.</source>
            <translation>每周：0 = 周一 … 6 = 周日；每月：当月第几日。</translation>
        </message>
        <message>
            <source>Pass mark</source>
            <translation>合格分</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>部分</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>检查项目</translation>
        </message>
        <message>
            <source>Item (English)</source>
            <translation>检查项目英文</translation>
        </message>
        <message>
            <source>Answer type</source>
            <translation>答题方式</translation>
        </message>
        <message>
            <source>Empty means pass / fail / N/A.</source>
            <translation>留空表示“合格 / 不合格 / 不适用”。</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Empty means 1.</source>
            <translation>留空表示 1。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Empty means process compliance.</source>
            <translation>留空表示“业务流程合规”。</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>关键项</translation>
        </message>
        <message>
            <source>A failed critical item fails the whole inspection.</source>
            <translation>关键项不合格，整次检查即不合格。</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>检查要点</translation>
        </message>
        <message>
            <source>Scale top</source>
            <translation>满分</translation>
        </message>
        <message>
            <source>For a scale 0–N: N.</source>
            <translation>评分 0–N 时填写 N。</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>For a drop-down: label=score, separated by 、</source>
            <translation>下拉选项：名称=分值，用“、”分隔</translation>
        </message>
        <message>
            <source>Lowest allowed</source>
            <translation>下限</translation>
        </message>
        <message>
            <source>Highest allowed</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Item key</source>
            <translation>项目编号</translation>
        </message>
        <message>
            <source>Optional; keeps an item's history when its text changes.</source>
            <translation>可选；检查项目文字修改后仍保留其历史记录。</translation>
        </message>
        <message>
            <source>Checklist templates</source>
            <translation>检查表模板</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>One row per checklist item, in the order they are asked. Checklist-wide columns (English name, recurrence, pass mark) need to be filled on one row only.</source>
            <translation>每个检查项目一行，按检查顺序排列。检查表级的列（英文名、频次、合格分）只需在其中一行填写。</translation>
        </message>
        <message>
            <source>Importing a checklist that has been used makes a new version of it; past inspections keep theirs.</source>
            <translation>导入已被使用过的检查表会生成新版本，以往检查记录保持原版本不变。</translation>
        </message>
        <message>
            <source>Full time</source>
            <translation>全职</translation>
        </message>
        <message>
            <source>Part time</source>
            <translation>兼职</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Unique per person; importing again updates the person with this number.</source>
            <translation>每人唯一；再次导入时按工号更新该员工。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Full name.</source>
            <translation>全名。</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>A new position is created if it does not exist yet.</source>
            <translation>岗位不存在时将自动新建。</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>用工类型</translation>
        </message>
        <message>
            <source>Full time or part time; empty means full time.</source>
            <translation>全职或兼职；留空表示全职。</translation>
        </message>
        <message>
            <source>Contracted hours a week</source>
            <translation>每周合同工时</translation>
        </message>
        <message>
            <source>Empty means 40 for full time, 20 for part time.</source>
            <translation>留空时全职按 40、兼职按 20 计。</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>YYYY-MM-DD.</source>
            <translation>YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>Leaving date</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <source>Last working day of someone who left; empty while employed.</source>
            <translation>已离职人员的最后工作日；在职时留空。</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>Yes or No; empty: decided by the leaving date. No without a leaving date: not rostered from the day of the import.</source>
            <translation>填“是”或“否”；留空则按离职日期判断。填“否”且无离职日期的，自导入当天起不再排班。</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>技能</translation>
        </message>
        <message>
            <source>Skills and qualifications separated by 、 or commas; new ones are created.</source>
            <translation>技能和资质，用“、”或逗号分隔；不存在的将自动新建。</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Digits, spaces, + and - only.</source>
            <translation>只能使用数字、空格、+ 和 -。</translation>
        </message>
        <message>
            <source>Staff list</source>
            <translation>人员名单</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>One row per person. People already in BranchOps are updated by their employee no.; nobody is ever deleted.</source>
            <translation>每人一行。系统中已有的人员按工号更新，不会删除任何人。</translation>
        </message>
        <message>
            <source>A column you leave out keeps the values already in BranchOps.</source>
            <translation>文件中没有的列，系统中原有的值保持不变。</translation>
        </message>
        <message>
            <source>no sheet has the template's column headings (for example “{column}”). Download the template and copy your data into it.</source>
            <translation>没有找到带模板列标题（例如“{column}”）的工作表。请下载模板，把数据复制进去。</translation>
        </message>
        <message>
            <source>the required column “{column}” is missing; add it to the headings.</source>
            <translation>缺少必填列“{column}”，请在标题行中添加。</translation>
        </message>
        <message>
            <source>the sheet {sheet} has headings but no rows to import.</source>
            <translation>工作表 {sheet} 只有标题，没有可导入的行。</translation>
        </message>
        <message>
            <source>fill in {column}.</source>
            <translation>请填写“{column}”。</translation>
        </message>
        <message>
            <source>this is a repeat of row {row}; keep one of the two rows.</source>
            <translation>与第 {row} 行重复，请只保留其中一行。</translation>
        </message>
        <message>
            <source>this is a folder; choose an .xlsx file.</source>
            <translation>这是一个文件夹，请选择 .xlsx 文件。</translation>
        </message>
        <message>
            <source>the file does not exist.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason}).</source>
            <translation>无法读取文件（{reason}）。</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>文件是空的。</translation>
        </message>
        <message>
            <source>the file is {size:.1f} MB; the limit is {limit} MB. Split it up.</source>
            <translation>文件大小为 {size:.1f} MB，上限为 {limit} MB，请拆分后再导入。</translation>
        </message>
        <message>
            <source>the workbook is password-protected. Open it in Excel or WPS, remove the password (File › Info › Protect Workbook) and save it again.</source>
            <translation>工作簿设有密码。请在 Excel 或 WPS 中打开，取消密码（文件 › 信息 › 保护工作簿）后重新保存。</translation>
        </message>
        <message>
            <source>this is an old Excel 97–2003 .xls file. Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).</source>
            <translation>这是旧版 Excel 97–2003 .xls 文件。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）。</translation>
        </message>
        <message>
            <source>this is not an Excel workbook (perhaps CSV or text). Use the template, or save the file as .xlsx.</source>
            <translation>这不是 Excel 工作簿（可能是 CSV 或文本文件）。请使用模板，或将文件另存为 .xlsx。</translation>
        </message>
        <message>
            <source>the file is damaged or is not an Excel workbook (a Word or zip file?). Open it in Excel and save it as .xlsx.</source>
            <translation>文件已损坏或不是 Excel 工作簿（可能是 Word 或压缩文件）。请用 Excel 打开后另存为 .xlsx。</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>Date (YYYY-MM-DD)</source>
            <translation>日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>Yes / No</source>
            <translation>是 / 否</translation>
        </message>
        <message>
            <source>One from the list</source>
            <translation>从列表中选一项</translation>
        </message>
        <message>
            <source>Several, separated by 、</source>
            <translation>可填多项，用“、”分隔</translation>
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
            <source>Not allowed here</source>
            <translation>此处不允许该值</translation>
        </message>
        <message>
            <source>Choose a value from the drop-down list.</source>
            <translation>请从下拉列表中选择。</translation>
        </message>
        <message>
            <source>Enter a date, e.g. 2024-03-01.</source>
            <translation>请填写日期，例如 2024-03-01。</translation>
        </message>
        <message>
            <source>Enter a number from {low:g} to {high:g}.</source>
            <translation>请填写 {low:g} 到 {high:g} 之间的数。</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Fill in the sheet “{sheet}”: one row per record under the headings. Columns marked * are required.</source>
            <translation>请在工作表“{sheet}”中填写：标题行下每条记录一行。带 * 的列为必填。</translation>
        </message>
        <message>
            <source>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its row and column.</source>
            <translation>全部导入或全部不导入：只要有一行有问题，就不会导入任何数据，并列出每个问题所在的行和列。</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>填写说明</translation>
        </message>
        <message>
            <source>Import template: {kind}</source>
            <translation>导入模板：{kind}</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Allowed values</source>
            <translation>可选值</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>示例</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>write a number.</source>
            <translation>请填写数字。</translation>
        </message>
        <message>
            <source>write a number, e.g. 40.</source>
            <translation>请填写数字，例如 40。</translation>
        </message>
        <message>
            <source>write a date as YYYY-MM-DD, e.g. 2024-03-01.</source>
            <translation>请按 YYYY-MM-DD 填写日期，例如 2024-03-01。</translation>
        </message>
        <message>
            <source>write Yes or No.</source>
            <translation>请填写“是”或“否”。</translation>
        </message>
        <message>
            <source>choose one of: {allowed}.</source>
            <translation>请选择其中之一：{allowed}。</translation>
        </message>
        <message>
            <source>shorten it to {limit} characters.</source>
            <translation>请缩短到 {limit} 个字符以内。</translation>
        </message>
        <message>
            <source>write a whole number.</source>
            <translation>请填写整数。</translation>
        </message>
        <message>
            <source>write a number from {low:g} to {high:g}.</source>
            <translation>请填写 {low:g} 到 {high:g} 之间的数。</translation>
        </message>
        <message>
            <source>What to import</source>
            <translation>导入内容</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Save a blank template…</source>
            <translation>保存空白模板…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>保存模板</translation>
        </message>
        <message>
            <source>Check the rows</source>
            <translation>检查数据</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>{rows} rows read; {count} problems. Correct the file, then choose Back and Next to read it again. Nothing has been imported.</source>
            <translation>已读取 {rows} 行，发现 {count} 个问题。请修改文件后点“上一步”再点“下一步”重新读取。尚未导入任何数据。</translation>
        </message>
        <message>
            <source>{rows} rows, no problems: {created} to add, {updated} to update, {unchanged} unchanged. Choose Import to import them.</source>
            <translation>共 {rows} 行，未发现问题：将新增 {created} 条、更新 {updated} 条、{unchanged} 条不变。点“导入”开始导入。</translation>
        </message>
        <message>
            <source>Done: {created} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>完成：新增 {created} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <source>Headcount</source>
            <translation>在岗人数</translation>
        </message>
        <message>
            <source>Roster coverage gaps</source>
            <translation>排班缺口</translation>
        </message>
        <message>
            <source>Overtime hours</source>
            <translation>加班工时</translation>
        </message>
        <message>
            <source>Labour hours vs budget</source>
            <translation>人工工时预算使用率</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>请假天数</translation>
        </message>
        <message>
            <source>Open corrective actions</source>
            <translation>未完成整改数</translation>
        </message>
        <message>
            <source>Overdue corrective actions</source>
            <translation>逾期整改数</translation>
        </message>
        <message>
            <source>Actions closed on time</source>
            <translation>整改按期完成率</translation>
        </message>
        <message>
            <source>Average inspection score</source>
            <translation>检查平均得分</translation>
        </message>
        <message>
            <source>Inspections done vs due</source>
            <translation>检查完成率（实检／应检）</translation>
        </message>
        <message>
            <source>Critical failures in inspections</source>
            <translation>检查关键项不合格数</translation>
        </message>
    </context>
    <context>
        <name>Leave</name>
        <message>
            <source>Choose a person.</source>
            <translation>请选择人员。</translation>
        </message>
        <message>
            <source>Give a last day, or choose a weekday that repeats.</source>
            <translation>请填写结束日期，或选择每周重复的星期。</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Choose a weekday from Monday to Sunday.</source>
            <translation>请选择星期一至星期日中的一天。</translation>
        </message>
        <message>
            <source>Choose a weekday, a shift, or both.</source>
            <translation>请选择星期、班次或两者。</translation>
        </message>
        <message>
            <source>Choose a shift type.</source>
            <translation>请选择班次。</translation>
        </message>
        <message>
            <source>That record no longer exists; reload the list.</source>
            <translation>该记录已不存在，请刷新列表。</translation>
        </message>
        <message>
            <source>every {weekday}, {range}</source>
            <translation>每{weekday}，{range}</translation>
        </message>
        <message>
            <source>Annual</source>
            <translation>年假</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>病假</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>事假</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>That person no longer exists; reload the list.</source>
            <translation>该人员已不存在，请刷新列表。</translation>
        </message>
        <message>
            <source>Entitled days must be from 0 to 365.</source>
            <translation>应享天数须在 0 到 365 之间。</translation>
        </message>
        <message>
            <source>The leave cannot end before it starts.</source>
            <translation>请假结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>Half a day of leave is one day only.</source>
            <translation>半天假只能是同一天。</translation>
        </message>
        <message>
            <source>This person already has leave on some of these days.</source>
            <translation>此人在其中某些日期已有请假。</translation>
        </message>
        <message>
            <source>{days:g} days of annual leave asked, but only {left:g} are left.</source>
            <translation>申请 {days:g} 天年假，但只剩 {left:g} 天。</translation>
        </message>
        <message>
            <source>That leave record no longer exists; reload the list.</source>
            <translation>该请假记录已不存在，请刷新列表。</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>Leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Half a day</source>
            <translation>半天</translation>
        </message>
        <message>
            <source>Approve now</source>
            <translation>立即批准</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>不可排班</translation>
        </message>
        <message>
            <source>No end (repeats weekly)</source>
            <translation>无结束日期（每周重复）</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>Only on</source>
            <translation>仅限</translation>
        </message>
        <message>
            <source>Preference</source>
            <translation>排班偏好</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>希望</translation>
        </message>
        <message>
            <source>Avoids</source>
            <translation>避免</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <source>Any shift</source>
            <translation>任意班次</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
    </context>
    <context>
        <name>LeavePage</name>
        <message>
            <source>Unavailable</source>
            <translation>不可排班</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>希望</translation>
        </message>
        <message>
            <source>Avoids</source>
            <translation>避免</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>请假申请</translation>
        </message>
        <message>
            <source>Annual leave balance</source>
            <translation>年假余额</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>可排班情况</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>Cancel leave</source>
            <translation>取消请假</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Entitlements…</source>
            <translation>年假天数…</translation>
        </message>
        <message>
            <source>Unavailable…</source>
            <translation>不可排班…</translation>
        </message>
        <message>
            <source>Preference…</source>
            <translation>排班偏好…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>LeaveShort</name>
        <message>
            <source>AL</source>
            <translation>年</translation>
        </message>
        <message>
            <source>SL</source>
            <translation>病</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>事</translation>
        </message>
        <message>
            <source>TR</source>
            <translation>训</translation>
        </message>
        <message>
            <source>LV</source>
            <translation>假</translation>
        </message>
    </context>
    <context>
        <name>ListView</name>
        <message>
            <source>Search…</source>
            <translation>搜索…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出到 Excel…</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>共 {count} 行</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>BranchOps</source>
            <translation>BranchOps 网点运营</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>报表(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Monthly HQ workbook…</source>
            <translation>总部月度报表(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About BranchOps</source>
            <translation>关于 BranchOps(&amp;A)</translation>
        </message>
        <message>
            <source>Branch not set up</source>
            <translation>网点尚未设置</translation>
        </message>
        <message>
            <source>Branch: {branch}</source>
            <translation>网点：{branch}</translation>
        </message>
        <message>
            <source>Database: {db}</source>
            <translation>数据库：{db}</translation>
        </message>
        <message>
            <source>User: {user}</source>
            <translation>用户：{user}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Please check</source>
            <translation>请检查</translation>
        </message>
    </context>
    <context>
        <name>Needs</name>
        <message>
            <source>Choose a shift type.</source>
            <translation>请选择班次。</translation>
        </message>
        <message>
            <source>A shift is listed twice.</source>
            <translation>同一班次列出了两次。</translation>
        </message>
        <message>
            <source>The minimum cannot be negative.</source>
            <translation>最少人数不能为负数。</translation>
        </message>
        <message>
            <source>The minimum of {min} is more than the {staff} active staff.</source>
            <translation>最少人数 {min} 超过在职人数 {staff}。</translation>
        </message>
        <message>
            <source>The maximum must be at least the minimum (and 1).</source>
            <translation>最多人数不能少于最少人数（且至少为 1）。</translation>
        </message>
        <message>
            <source>Choose skills from the list.</source>
            <translation>请从列表中选择技能。</translation>
        </message>
        <message>
            <source>A skill count must be from 1 to the maximum headcount.</source>
            <translation>技能人数须在 1 到最多人数之间。</translation>
        </message>
        <message>
            <source>Choose a weekday from Monday to Sunday.</source>
            <translation>请选择星期一至星期日中的一天。</translation>
        </message>
        <message>
            <source>Name is required.</source>
            <translation>名称为必填项。</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>末日不能早于首日。</translation>
        </message>
        <message>
            <source>That special day no longer exists.</source>
            <translation>该特殊日期已不存在。</translation>
        </message>
    </context>
    <context>
        <name>NeedsEditor</name>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最少</translation>
        </message>
        <message>
            <source>Maximum (0: none)</source>
            <translation>最多（0：不限）</translation>
        </message>
        <message>
            <source>≥ {skill}</source>
            <translation>≥ {skill}</translation>
        </message>
        <message>
            <source>Staffing needs on {weekday}</source>
            <translation>{weekday}的人员需求</translation>
        </message>
        <message>
            <source>Special days</source>
            <translation>特殊日期</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>首日</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>末日</translation>
        </message>
        <message>
            <source>These needs replace the weekly ones on every day of the range; with no shift ticked the branch is closed.</source>
            <translation>在此日期范围内的每一天，这些需求取代每周需求；不勾选任何班次即表示网点停业。</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Quality checks</source>
            <translation>服务质量检查</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>整改跟踪</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Shifts and needs</source>
            <translation>班次与需求</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>排班</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role ({role}) may not do this. Ask the branch manager.</source>
            <translation>您的角色（{role}）无权执行此操作。请联系网点负责人。</translation>
        </message>
    </context>
    <context>
        <name>ProfileForm</name>
        <message>
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <source>e.g. City East Sub-branch</source>
            <translation>例如：城东支行</translation>
        </message>
        <message>
            <source>Month {n}</source>
            <translation>{n} 月</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>网点代码</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>网点名称</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>网点负责人</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>财年起始月</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>营业时间</translation>
        </message>
        <message>
            <source>Monthly HQ report</source>
            <translation>总部月度报表</translation>
        </message>
        <message>
            <source>Mask customer names and phone numbers</source>
            <translation>客户姓名和电话脱敏</translation>
        </message>
        <message>
            <source>Issued by HQ (optional)</source>
            <translation>由总部下发（可选）</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>报表语言</translation>
        </message>
        <message>
            <source>Due on day</source>
            <translation>每月报送日</translation>
        </message>
        <message>
            <source>HQ signing key</source>
            <translation>总部签名密钥</translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>{template} of {date}: {item}</source>
            <translation>{template}（{date}）：{item}</translation>
        </message>
        <message>
            <source>This answer no longer exists.</source>
            <translation>该检查结果已不存在。</translation>
        </message>
        <message>
            <source>Only a failed item raises a corrective action.</source>
            <translation>只有不合格项才能发起整改。</translation>
        </message>
        <message>
            <source>An answer is for an item not in this checklist version.</source>
            <translation>有答案对应的检查项不在本版检查表中。</translation>
        </message>
        <message>
            <source>“{item}”: “{value}” is not a possible answer.</source>
            <translation>“{item}”：“{value}”不是有效的答案。</translation>
        </message>
        <message>
            <source>“{item}” needs an answer.</source>
            <translation>“{item}”尚未作答。</translation>
        </message>
        <message>
            <source>The staff member chosen for this item does not exist.</source>
            <translation>为该项选择的员工不存在。</translation>
        </message>
        <message>
            <source>Choose who inspected.</source>
            <translation>请选择检查人。</translation>
        </message>
        <message>
            <source>The inspection date cannot be in the future.</source>
            <translation>检查日期不能晚于今天。</translation>
        </message>
        <message>
            <source>This inspection no longer exists.</source>
            <translation>该检查记录已不存在。</translation>
        </message>
        <message>
            <source>A draft cannot change its checklist version.</source>
            <translation>草稿不能更换检查表版本。</translation>
        </message>
        <message>
            <source>This inspection is completed and locked; amend it with a reason instead.</source>
            <translation>该检查已完成并锁定；如需修改，请填写原因后更正。</translation>
        </message>
        <message>
            <source>Only a completed inspection is amended.</source>
            <translation>只有已完成的检查才能更正。</translation>
        </message>
        <message>
            <source>Give the reason for the amendment.</source>
            <translation>请填写更正原因。</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>没有任何改动。</translation>
        </message>
        <message>
            <source>Complete the inspection first.</source>
            <translation>请先完成检查。</translation>
        </message>
        <message>
            <source>Environment and hygiene</source>
            <translation>环境卫生</translation>
        </message>
        <message>
            <source>Staff appearance</source>
            <translation>仪容仪表</translation>
        </message>
        <message>
            <source>Service etiquette</source>
            <translation>服务礼仪</translation>
        </message>
        <message>
            <source>Process compliance</source>
            <translation>业务流程合规</translation>
        </message>
        <message>
            <source>Safety and security</source>
            <translation>安全保卫</translation>
        </message>
        <message>
            <source>Equipment and facilities</source>
            <translation>设备设施</translation>
        </message>
        <message>
            <source>Pass / fail / N/A</source>
            <translation>合格／不合格／不适用</translation>
        </message>
        <message>
            <source>Scale 0–N</source>
            <translation>0–N 分制</translation>
        </message>
        <message>
            <source>Yes / no</source>
            <translation>是／否</translation>
        </message>
        <message>
            <source>Drop-down with scores</source>
            <translation>下拉选项（带分值）</translation>
        </message>
        <message>
            <source>Number with limits</source>
            <translation>数值（带上下限）</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>不定期</translation>
        </message>
        <message>
            <source>Every working day</source>
            <translation>每个工作日</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>不合格</translation>
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
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Photo {name} was not found.</source>
            <translation>找不到照片 {name}。</translation>
        </message>
        <message>
            <source>Photo {name} is larger than {limit} MB; choose a smaller one.</source>
            <translation>照片 {name} 超过 {limit} MB，请选择较小的照片。</translation>
        </message>
        <message>
            <source>Photo {name} cannot be read: {reason}</source>
            <translation>无法读取照片 {name}：{reason}</translation>
        </message>
        <message>
            <source>{name} is not a photo (JPEG, PNG, GIF, BMP, WebP or TIFF).</source>
            <translation>{name} 不是照片（支持 JPEG、PNG、GIF、BMP、WebP、TIFF）。</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>未到期</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日应检</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>漏检</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>逾期完成</translation>
        </message>
        <message>
            <source>The template needs a name.</source>
            <translation>请填写检查表名称。</translation>
        </message>
        <message>
            <source>The pass mark must be from 0 to 100.</source>
            <translation>合格线须在 0 到 100 之间。</translation>
        </message>
        <message>
            <source>Add at least one section with items.</source>
            <translation>请至少添加一个含检查项的分区。</translation>
        </message>
        <message>
            <source>Every section needs a title.</source>
            <translation>每个分区都需要标题。</translation>
        </message>
        <message>
            <source>Section “{title}” has no items; add one or remove it.</source>
            <translation>分区“{title}”没有检查项，请添加检查项或删除该分区。</translation>
        </message>
        <message>
            <source>Item key {key} is used twice.</source>
            <translation>检查项编号 {key} 重复。</translation>
        </message>
        <message>
            <source>Choose the weekday of the weekly check.</source>
            <translation>请选择每周检查的星期。</translation>
        </message>
        <message>
            <source>The day of the monthly check must be from 1 to 31.</source>
            <translation>每月检查日须在 1 到 31 之间。</translation>
        </message>
        <message>
            <source>Item key: 1–32 letters or digits.</source>
            <translation>检查项编号：1–32 位字母或数字。</translation>
        </message>
        <message>
            <source>Every item needs a text.</source>
            <translation>每个检查项都需要内容。</translation>
        </message>
        <message>
            <source>Item text is longer than {limit} characters.</source>
            <translation>检查项内容超过 {limit} 个字符。</translation>
        </message>
        <message>
            <source>“{item}”: the weight must be more than 0.</source>
            <translation>“{item}”：权重必须大于 0。</translation>
        </message>
        <message>
            <source>The top of the scale must be 1 to 100.</source>
            <translation>分制上限须在 1 到 100 之间。</translation>
        </message>
        <message>
            <source>A number item needs a lower or an upper limit.</source>
            <translation>数值项至少需要下限或上限。</translation>
        </message>
        <message>
            <source>“{item}”: the lower limit is above the upper limit.</source>
            <translation>“{item}”：下限高于上限。</translation>
        </message>
        <message>
            <source>A drop-down needs at least two responses.</source>
            <translation>下拉项至少需要两个选项。</translation>
        </message>
        <message>
            <source>Every response needs a name.</source>
            <translation>每个选项都需要名称。</translation>
        </message>
        <message>
            <source>Two responses have the same key.</source>
            <translation>有两个选项的代码相同。</translation>
        </message>
        <message>
            <source>Response scores must be 0 or more, and one must be above 0.</source>
            <translation>选项分值不能为负，且至少一个大于 0。</translation>
        </message>
        <message>
            <source>An item cannot depend on its own answer.</source>
            <translation>检查项不能以自身答案为显示条件。</translation>
        </message>
        <message>
            <source>A condition must point to an earlier item.</source>
            <translation>显示条件只能引用前面的检查项。</translation>
        </message>
        <message>
            <source>The condition points to an item that does not exist.</source>
            <translation>显示条件引用的检查项不存在。</translation>
        </message>
        <message>
            <source>A condition cannot depend on a number item.</source>
            <translation>显示条件不能引用数值项。</translation>
        </message>
        <message>
            <source>Choose which answer of the earlier item shows this one.</source>
            <translation>请选择前一检查项的哪个答案会显示本项。</translation>
        </message>
        <message>
            <source>This checklist template no longer exists.</source>
            <translation>该检查表模板已不存在。</translation>
        </message>
        <message>
            <source>This checklist version no longer exists.</source>
            <translation>该检查表版本已不存在。</translation>
        </message>
    </context>
    <context>
        <name>QualityCharts</name>
        <message>
            <source>No completed inspections in this period.</source>
            <translation>该期间没有已完成的检查。</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Average score by month</source>
            <translation>月度平均得分</translation>
        </message>
        <message>
            <source>Average score by category</source>
            <translation>各类别平均得分</translation>
        </message>
        <message>
            <source>No failed items in this period.</source>
            <translation>该期间没有不合格项。</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>不合格次数</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>累计占比</translation>
        </message>
        <message>
            <source>Most-failed items</source>
            <translation>高频不合格项</translation>
        </message>
        <message>
            <source>No findings about staff members in this period.</source>
            <translation>该期间没有涉及员工的问题。</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>问题数</translation>
        </message>
        <message>
            <source>Findings per staff member</source>
            <translation>员工问题数</translation>
        </message>
    </context>
    <context>
        <name>QualityPage</name>
        <message>
            <source>Score trend per checklist</source>
            <translation>各检查表得分趋势</translation>
        </message>
        <message>
            <source>Score trend per category</source>
            <translation>各类别得分趋势</translation>
        </message>
        <message>
            <source>Average by category</source>
            <translation>各类别平均得分</translation>
        </message>
        <message>
            <source>Most-failed items (Pareto)</source>
            <translation>高频不合格项（帕累托图）</translation>
        </message>
        <message>
            <source>Findings per staff member</source>
            <translation>员工问题数</translation>
        </message>
        <message>
            <source>Last {n} months</source>
            <translation>近 {n} 个月</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>另存为 PNG……</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>待检</translation>
        </message>
        <message>
            <source>To do (last 31 days)</source>
            <translation>待办（近 31 天）</translation>
        </message>
        <message>
            <source>Everything, last 31 days</source>
            <translation>全部（近 31 天）</translation>
        </message>
        <message>
            <source>Coming 14 days</source>
            <translation>未来 14 天</translation>
        </message>
        <message>
            <source>Start or resume…</source>
            <translation>开始或继续检查……</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>检查记录</translation>
        </message>
        <message>
            <source>Any result</source>
            <translation>全部结果</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>From</source>
            <translation>日期从</translation>
        </message>
        <message>
            <source>New inspection…</source>
            <translation>新建检查……</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>打开……</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>删除草稿</translation>
        </message>
        <message>
            <source>All checklists</source>
            <translation>全部检查表</translation>
        </message>
        <message>
            <source>All inspectors</source>
            <translation>全部检查人</translation>
        </message>
        <message>
            <source>Delete the draft of {date}?</source>
            <translation>删除 {date} 的草稿？</translation>
        </message>
        <message>
            <source>Service quality checks</source>
            <translation>服务质量检查</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <source>{label} · day {day}</source>
            <translation>{label} · {day} 日</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新建……</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑……</translation>
        </message>
        <message>
            <source>Copy…</source>
            <translation>复制……</translation>
        </message>
        <message>
            <source>Archive / restore</source>
            <translation>归档／恢复</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Add built-in checklists</source>
            <translation>添加内置检查表</translation>
        </message>
        <message>
            <source>Copy checklist</source>
            <translation>复制检查表</translation>
        </message>
        <message>
            <source>Name of the copy</source>
            <translation>副本名称</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name}（副本）</translation>
        </message>
    </context>
    <context>
        <name>QualityReport</name>
        <message>
            <source>Branch</source>
            <translation>网点</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>{score} (pass mark {mark:g})</source>
            <translation>{score}（合格线 {mark:g}）</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>检查结论</translation>
        </message>
        <message>
            <source>Critical failures</source>
            <translation>关键项不合格</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>不合格项</translation>
        </message>
        <message>
            <source>Checklist version {n}</source>
            <translation>检查表第 {n} 版</translation>
        </message>
        <message>
            <source>Inspector's signature:</source>
            <translation>检查人签字：</translation>
        </message>
        <message>
            <source>Branch manager's signature:</source>
            <translation>网点负责人签字：</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>[{n} photos]</source>
            <translation>[{n} 张照片]</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>更正记录</translation>
        </message>
    </context>
    <context>
        <name>QualityRun</name>
        <message>
            <source>Report (PDF)</source>
            <translation>检查报告（PDF）</translation>
        </message>
        <message>
            <source>Chinese report…</source>
            <translation>中文报告……</translation>
        </message>
        <message>
            <source>English report…</source>
            <translation>英文报告……</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>保存检查报告</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>打印报告</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>Keys: 1 = pass / yes, 2 = fail / no, 0–9 = scale step or n-th response, N = N/A, Del = clear, type a number for number items; ↑↓ move.</source>
            <translation>快捷键：1＝合格／是，2＝不合格／否，0–9＝分值或第 n 个选项，N＝不适用，Del＝清除，数值项直接输入数字；↑↓ 切换检查项。</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>更正……</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Complete and lock</source>
            <translation>完成并锁定</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Save amendment…</source>
            <translation>保存更正……</translation>
        </message>
        <message>
            <source>New inspection</source>
            <translation>新建检查</translation>
        </message>
        <message>
            <source>Inspection {id} (completed, locked)</source>
            <translation>检查 {id}（已完成，已锁定）</translation>
        </message>
        <message>
            <source>Inspection {id} (draft)</source>
            <translation>检查 {id}（草稿）</translation>
        </message>
        <message>
            <source>No checklist template yet.</source>
            <translation>尚无检查表模板。</translation>
        </message>
        <message>
            <source>Score {score} (pass mark {mark:g})</source>
            <translation>得分 {score}（合格线 {mark:g}）</translation>
        </message>
        <message>
            <source>Critical failures: {count}</source>
            <translation>关键项不合格：{count}</translation>
        </message>
        <message>
            <source>Failed: {failed} · Unanswered: {left}</source>
            <translation>不合格：{failed} · 未作答：{left}</translation>
        </message>
        <message>
            <source>Unsaved answers</source>
            <translation>答案未保存</translation>
        </message>
        <message>
            <source>Choosing another checklist clears the answers entered so far. Continue?</source>
            <translation>换用其他检查表会清除已填写的答案。要继续吗？</translation>
        </message>
        <message>
            <source>The answers entered since the last save will be lost. Close the inspection?</source>
            <translation>上次保存后填写的答案将会丢失。要关闭检查吗？</translation>
        </message>
        <message>
            <source>Amend a completed inspection</source>
            <translation>更正已完成的检查</translation>
        </message>
        <message>
            <source>Why is the completed inspection changed?</source>
            <translation>为什么要更正已完成的检查？</translation>
        </message>
        <message>
            <source>What was seen, where, who…</source>
            <translation>发现了什么、在哪里、涉及谁……</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Staff concerned</source>
            <translation>涉及员工</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>添加照片……</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>移除照片</translation>
        </message>
        <message>
            <source>Raise corrective action…</source>
            <translation>发起整改……</translation>
        </message>
        <message>
            <source>{name} (file missing)</source>
            <translation>{name}（文件缺失）</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>添加照片</translation>
        </message>
        <message>
            <source>Photos ({patterns})</source>
            <translation>照片（{patterns}）</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>不计分</translation>
        </message>
        <message>
            <source>Critical failure</source>
            <translation>关键项不合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>合格</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Exported with a gap: {gap}</source>
            <translation>导出时存在缺项：{gap}</translation>
        </message>
        <message>
            <source>Wrote {path} (revision {rev}, SHA-256 {sha}).</source>
            <translation>已生成 {path}（第 {rev} 版，SHA-256 {sha}）。</translation>
        </message>
        <message>
            <source>{month} is not over yet: its figures may still change. Export it again after the month ends.</source>
            <translation>{month} 尚未结束，数据可能还会变化。请在月末后重新导出。</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>region</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <source>The branch profile has no {fields}; fill it in under Settings.</source>
            <translation>网点资料缺少{fields}，请在“设置”中填写。</translation>
        </message>
        <message>
            <source>Another export of {month} was logged at the same time; export again to get the next revision.</source>
            <translation>{month} 的另一次导出刚刚完成登记，请重新导出以生成下一版。</translation>
        </message>
        <message>
            <source>Machine-readable data for HQ consolidation. Do not edit: any change breaks the checksum.</source>
            <translation>供总部汇总使用的机读数据。请勿修改：任何改动都会使校验值失效。</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消，未生成文件。</translation>
        </message>
        <message>
            <source>The branch profile is not set up: enter the branch code and name under Settings before exporting the HQ workbook.</source>
            <translation>尚未设置网点资料：导出月度报表前，请先在“设置”中填写网点代码和名称。</translation>
        </message>
        <message>
            <source>Checking completeness…</source>
            <translation>正在检查完整性…</translation>
        </message>
        <message>
            <source>Computing KPIs…</source>
            <translation>正在计算指标…</translation>
        </message>
        <message>
            <source>Writing sheet {key}…</source>
            <translation>正在写入工作表 {key}…</translation>
        </message>
        <message>
            <source>Writing the data sheet…</source>
            <translation>正在写入数据表…</translation>
        </message>
        <message>
            <source>The output {path} must be a folder or a file name ending in .xlsx.</source>
            <translation>输出位置 {path} 必须是文件夹或以 .xlsx 结尾的文件名。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it first.</source>
            <translation>文件夹 {folder} 不存在，请先创建。</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>整改跟踪</translation>
        </message>
        <message>
            <source>Opened in the month</source>
            <translation>本月新增</translation>
        </message>
        <message>
            <source>Closed in the month</source>
            <translation>本月完成</translation>
        </message>
        <message>
            <source>Open at month end</source>
            <translation>月末未完成</translation>
        </message>
        <message>
            <source>Overdue at month end</source>
            <translation>月末已逾期</translation>
        </message>
        <message>
            <source>Closed on time</source>
            <translation>按期完成率</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>整改事项</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>问题出处</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Open actions at month end</source>
            <translation>月末未完成的整改</translation>
        </message>
        <message>
            <source>No action is open.</source>
            <translation>没有未完成的整改。</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按期</translation>
        </message>
        <message>
            <source>No action was closed this month.</source>
            <translation>本月没有完成的整改。</translation>
        </message>
        <message>
            <source>{area} — {branch} ({code}) · {month}</source>
            <translation>{area} — {branch}（{code}）· {month}</translation>
        </message>
        <message>
            <source>Generated {time} · BranchOps {version} · revision {rev}</source>
            <translation>生成于 {time} · BranchOps {version} · 第 {rev} 版</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>服务质量</translation>
        </message>
        <message>
            <source>Inspections due</source>
            <translation>应检次数</translation>
        </message>
        <message>
            <source>Inspections done</source>
            <translation>已检次数</translation>
        </message>
        <message>
            <source>Done vs due</source>
            <translation>完成率</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>平均得分</translation>
        </message>
        <message>
            <source>Critical failures</source>
            <translation>关键项不合格</translation>
        </message>
        <message>
            <source>Average inspection score, last 12 months</source>
            <translation>近 12 个月检查平均得分</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>Of which late</source>
            <translation>其中逾期完成</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Inspections done vs due</source>
            <translation>检查完成情况</translation>
        </message>
        <message>
            <source>No inspection was due this month.</source>
            <translation>本月没有应做的检查。</translation>
        </message>
        <message>
            <source>Scores by checklist</source>
            <translation>各检查表得分</translation>
        </message>
        <message>
            <source>No inspection was completed this month.</source>
            <translation>本月没有完成的检查。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Scores by category</source>
            <translation>各类别得分</translation>
        </message>
        <message>
            <source>Performed</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>检查人</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>不合格项数</translation>
        </message>
        <message>
            <source>Inspections with critical failures</source>
            <translation>有关键项不合格的检查</translation>
        </message>
        <message>
            <source>No critical failure this month.</source>
            <translation>本月没有关键项不合格。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>检查项目</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>不合格次数</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>累计占比</translation>
        </message>
        <message>
            <source>Most failed items (Pareto)</source>
            <translation>最常见不合格项（帕累托）</translation>
        </message>
        <message>
            <source>No item failed this month.</source>
            <translation>本月没有不合格项。</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>All checklists</source>
            <translation>全部检查表</translation>
        </message>
        <message>
            <source>Score trend, last 12 months</source>
            <translation>近 12 个月得分趋势</translation>
        </message>
        <message>
            <source>Staffing</source>
            <translation>人员排班</translation>
        </message>
        <message>
            <source>Headcount at month end</source>
            <translation>月末在岗人数</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>排班工时</translation>
        </message>
        <message>
            <source>Actual hours</source>
            <translation>实际工时</translation>
        </message>
        <message>
            <source>Overtime hours</source>
            <translation>加班工时</translation>
        </message>
        <message>
            <source>Overtime on working days (150 %)</source>
            <translation>工作日加班（150%）</translation>
        </message>
        <message>
            <source>Overtime on rest days (200 %)</source>
            <translation>休息日加班（200%）</translation>
        </message>
        <message>
            <source>Overtime on public holidays (300 %)</source>
            <translation>法定节假日加班（300%）</translation>
        </message>
        <message>
            <source>Labour-hours budget</source>
            <translation>工时预算</translation>
        </message>
        <message>
            <source>Budget used</source>
            <translation>预算使用率</translation>
        </message>
        <message>
            <source>Shifts with coverage gaps</source>
            <translation>人手不足的班次</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>请假天数</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>Working day 150 %</source>
            <translation>工作日 150%</translation>
        </message>
        <message>
            <source>Rest day 200 %</source>
            <translation>休息日 200%</translation>
        </message>
        <message>
            <source>Holiday 300 %</source>
            <translation>法定节假日 300%</translation>
        </message>
        <message>
            <source>Hours per person</source>
            <translation>个人工时</translation>
        </message>
        <message>
            <source>Nobody was rostered this month.</source>
            <translation>本月没有排班。</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Coverage gaps</source>
            <translation>排班缺口</translation>
        </message>
        <message>
            <source>Every shift was covered.</source>
            <translation>所有班次人手充足。</translation>
        </message>
        <message>
            <source>Overtime over the limits</source>
            <translation>超出上限的加班</translation>
        </message>
        <message>
            <source>No overtime over the daily or monthly limit.</source>
            <translation>没有超出每日或每月上限的加班。</translation>
        </message>
        <message>
            <source>How overtime is counted</source>
            <translation>加班的计算方法</translation>
        </message>
        <message>
            <source>Planned and actual hours per person</source>
            <translation>个人排班与实际工时</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>上月</translation>
        </message>
        <message>
            <source>Same month last year</source>
            <translation>去年同月</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>本年累计</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>No KPIs are defined.</source>
            <translation>尚未定义指标。</translation>
        </message>
        <message>
            <source>Completeness check</source>
            <translation>完整性检查</translation>
        </message>
        <message>
            <source>Completeness check: exported with {count} gaps</source>
            <translation>完整性检查：导出时有 {count} 项缺项</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>缺少的内容</translation>
        </message>
        <message>
            <source>Nothing is missing for this month.</source>
            <translation>本月资料齐全。</translation>
        </message>
        <message>
            <source>masked</source>
            <translation>已脱敏</translation>
        </message>
        <message>
            <source>NOT masked</source>
            <translation>未脱敏</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>网点代码</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>网点名称</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>所属区域</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>报告期</translation>
        </message>
        <message>
            <source>Generated at</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>软件版本</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>版次</translation>
        </message>
        <message>
            <source>Customer personal data</source>
            <translation>客户个人信息</translation>
        </message>
        <message>
            <source>Report details</source>
            <translation>报表信息</translation>
        </message>
        <message>
            <source>{count} inspections due in {month} were not done: {examples}. Record them on the Quality page, or explain them to HQ.</source>
            <translation>{month} 有 {count} 次应做的检查未完成：{examples}。请在“服务质量”页面补录，或向总部说明。</translation>
        </message>
        <message>
            <source>The roster is not published for {count} working days of {month} (from {first}); publish it on the Roster page.</source>
            <translation>{month} 有 {count} 个工作日的排班尚未发布（自 {first} 起），请在“排班”页面发布。</translation>
        </message>
        <message>
            <source>{count} leave requests in {month} still await a decision ({names}); approve or reject them on the Leave page.</source>
            <translation>{month} 有 {count} 条请假申请尚未审批（{names}），请在“请假”页面批准或驳回。</translation>
        </message>
        <message>
            <source>Monthly HQ workbook</source>
            <translation>月度报表</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Save in</source>
            <translation>保存到</translation>
        </message>
        <message>
            <source>Write customers' names and phones in full</source>
            <translation>完整显示客户姓名和电话</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>Completeness check: {count} gaps. You can export anyway; they are then listed on the summary sheet.</source>
            <translation>完整性检查：有 {count} 项缺项。仍可导出，缺项将列在汇总表上。</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>仍然导出</translation>
        </message>
        <message>
            <source>Completeness check: nothing is missing for this month.</source>
            <translation>完整性检查：本月资料齐全。</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>个人信息</translation>
        </message>
        <message>
            <source>The workbook will show customers' full names and phone numbers. Send it only where the rules allow. Continue?</source>
            <translation>报表将显示客户的完整姓名和电话号码，请仅在制度允许的范围内发送。是否继续？</translation>
        </message>
        <message>
            <source>Save the workbook in</source>
            <translation>报表保存位置</translation>
        </message>
        <message>
            <source>Exporting the monthly HQ workbook…</source>
            <translation>正在导出月度报表…</translation>
        </message>
        <message>
            <source>Written: {path} (revision {rev}).</source>
            <translation>已生成：{path}（第 {rev} 版）。</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Monthly HQ workbook…</source>
            <translation>月度报表…</translation>
        </message>
        <message>
            <source>Consolidate branch workbooks…</source>
            <translation>汇总各网点报表…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <source>Export log</source>
            <translation>导出记录</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Manager</source>
            <translation>网点负责人</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>操作员</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>The time limit must be from 1 to {max} seconds (got {value:g}).</source>
            <translation>时间上限须在 1 到 {max} 秒之间（收到 {value:g}）。</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>末日不能早于首日。</translation>
        </message>
        <message>
            <source>There is no roster to accept.</source>
            <translation>没有可接受的排班。</translation>
        </message>
        <message>
            <source>This period is published; give a reason for the change.</source>
            <translation>该期间已发布，请填写修改原因。</translation>
        </message>
        <message>
            <source>This breaks a roster rule; a manager can accept it with a reason:</source>
            <translation>这会违反 1 条排班规则；主任可以填写原因后接受：</translation>
        </message>
        <message>
            <source>This breaks {count} roster rules; a manager can accept them with a reason:</source>
            <translation>此操作违反 {count} 条排班规则；主任可填写原因后接受：</translation>
        </message>
        <message>
            <source>Draft – not published</source>
            <translation>草稿（未发布）</translation>
        </message>
        <message>
            <source>Published {when}</source>
            <translation>已于 {when} 发布</translation>
        </message>
        <message>
            <source> (partly; other days are a draft)</source>
            <translation>（部分发布；其余日期为草稿）</translation>
        </message>
        <message>
            <source>off</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>{name}, {day}: {old} → {new} ({reason})</source>
            <translation>{name}，{day}：{old} → {new}（{reason}）</translation>
        </message>
        <message>
            <source>There is no shift type with the code {code}.</source>
            <translation>没有代码为 {code} 的班次。</translation>
        </message>
        <message>
            <source>Minimum rest must be from 0 to 24 hours.</source>
            <translation>最短休息时间须在 0 到 24 小时之间。</translation>
        </message>
        <message>
            <source>Days in a row must be from 1 to 31.</source>
            <translation>连续工作天数须在 1 到 31 之间。</translation>
        </message>
        <message>
            <source>The weekly hours limit must be from 1 to 84 hours.</source>
            <translation>每周工时上限须在 1 到 84 小时之间。</translation>
        </message>
        <message>
            <source>The weekly hours limit ({limit:g} h) is below a contracted {contract:g} h; raise the limit or lower that contract first.</source>
            <translation>每周工时上限（{limit:g} 小时）低于合同工时 {contract:g} 小时；请先提高上限或降低该合同工时。</translation>
        </message>
        <message>
            <source>Unknown rule in the hard rules list.</source>
            <translation>硬性规则列表中有未知规则。</translation>
        </message>
        <message>
            <source>The auto-roster time limit must be from 1 to 3600 seconds.</source>
            <translation>自动排班时限须为 1 至 3600 秒。</translation>
        </message>
        <message>
            <source>Overtime a day must be from 0 to 16 hours.</source>
            <translation>每日加班上限须为 0 至 16 小时。</translation>
        </message>
        <message>
            <source>Overtime a month must be from 0 to 744 hours.</source>
            <translation>每月加班上限须为 0 至 744 小时。</translation>
        </message>
        <message>
            <source>Choose one of the overtime rules.</source>
            <translation>请选择一种加班计算规则。</translation>
        </message>
        <message>
            <source>Daily hours before overtime must be from 0 to 24.</source>
            <translation>每日加班起算工时须在 0 到 24 之间。</translation>
        </message>
        <message>
            <source>The monthly labour-hours budget cannot be negative (0: none).</source>
            <translation>每月人工工时预算不能为负数（0：不设）。</translation>
        </message>
        <message>
            <source>Choose two different people.</source>
            <translation>请选择两个不同的人。</translation>
        </message>
        <message>
            <source>Neither person works on those days.</source>
            <translation>两人在这些日期都没有班次。</translation>
        </message>
        <message>
            <source>The second person already works on {day}.</source>
            <translation>第二个人在 {day} 已有班次。</translation>
        </message>
        <message>
            <source>The first person already works on {day}.</source>
            <translation>第一个人在 {day} 已有班次。</translation>
        </message>
    </context>
    <context>
        <name>RosterExport</name>
        <message>
            <source>Roster</source>
            <translation>排班表</translation>
        </message>
        <message>
            <source>{branch} roster {period}</source>
            <translation>{branch} 排班表 {period}</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>图例</translation>
        </message>
        <message>
            <source>{times}, {hours:g} h paid</source>
            <translation>{times}，计薪 {hours:g} 小时</translation>
        </message>
        <message>
            <source>Leave: {marks}</source>
            <translation>请假：{marks}</translation>
        </message>
        <message>
            <source>* Changed after publication:</source>
            <translation>* 发布后的变更：</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <source>Change a published roster</source>
            <translation>修改已发布的排班</translation>
        </message>
        <message>
            <source>These days are published. Why are they changed? The reason is kept and the change is marked on the next print.</source>
            <translation>这些日期已发布。请说明修改原因。原因将被记录，变更会在下次打印时标出。</translation>
        </message>
        <message>
            <source>Accept broken roster rules</source>
            <translation>接受违反的排班规则</translation>
        </message>
        <message>
            <source>{problems}

As the manager, give the reason to accept them:</source>
            <translation>{problems}

作为主任，请填写接受的原因：</translation>
        </message>
        <message>
            <source>Publish roster</source>
            <translation>发布排班</translation>
        </message>
        <message>
            <source>Publish the roster from {first} to {last}? Later changes will need a reason.</source>
            <translation>发布 {first} 至 {last} 的排班？之后的修改需要填写原因。</translation>
        </message>
        <message>
            <source>Save roster as PDF</source>
            <translation>将排班表保存为 PDF</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>排班</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>已保存 {path}。</translation>
        </message>
        <message>
            <source>Save roster as Excel</source>
            <translation>将排班表保存为 Excel</translation>
        </message>
        <message>
            <source>{day}: {code}</source>
            <translation>{day}：{code}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>{count} cells</source>
            <translation>{count} 个单元格</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>On leave: {kind}</source>
            <translation>请假：{kind}</translation>
        </message>
        <message>
            <source>Changed after publication</source>
            <translation>发布后已变更</translation>
        </message>
        <message>
            <source>{message} (accepted: {reason})</source>
            <translation>{message}（已接受：{reason}）</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上一期</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>下一期</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Copy previous week</source>
            <translation>复制上周</translation>
        </message>
        <message>
            <source>Clear selection</source>
            <translation>清除所选</translation>
        </message>
        <message>
            <source>Swap shifts…</source>
            <translation>换班…</translation>
        </message>
        <message>
            <source>Auto-roster…</source>
            <translation>自动排班…</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Set selected cells to:</source>
            <translation>将所选单元格设为：</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>Type a shift code; Delete clears; Ctrl+C/Ctrl+V.</source>
            <translation>输入班次代码；Delete 清除；Ctrl+C/Ctrl+V 复制粘贴。</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Published {when}</source>
            <translation>已于 {when} 发布</translation>
        </message>
        <message>
            <source>{count} of {days} days published</source>
            <translation>{days} 天中已发布 {count} 天</translation>
        </message>
        <message>
            <source>Rule checks: {count} problems, {blocking} to resolve.</source>
            <translation>规则检查：{count} 个问题，{blocking} 个待解决。</translation>
        </message>
        <message>
            <source>Rule checks: no rule is broken.</source>
            <translation>规则检查：没有违反任何规则。</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接受</translation>
        </message>
        <message>
            <source>To resolve</source>
            <translation>待解决</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>Swap shifts</source>
            <translation>换班</translation>
        </message>
        <message>
            <source>The first person's shift goes to the second person, who gives their shift on the second day in return. On one day the two simply exchange shifts.</source>
            <translation>第一个人的班次交给第二个人，第二个人把自己第二个日期的班次交回。若是同一天，两人直接互换班次。</translation>
        </message>
        <message>
            <source>First person</source>
            <translation>第一个人</translation>
        </message>
        <message>
            <source>Their day</source>
            <translation>其日期</translation>
        </message>
        <message>
            <source>Second person</source>
            <translation>第二个人</translation>
        </message>
    </context>
    <context>
        <name>RosterPrint</name>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <source>Roster {period}</source>
            <translation>排班表 {period}</translation>
        </message>
        <message>
            <source>{branch} roster {period}</source>
            <translation>{branch} 排班表 {period}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>{name} {times}, {hours:g} h paid</source>
            <translation>{name} {times}，计薪 {hours:g} 小时</translation>
        </message>
        <message>
            <source>Leave: {marks}   * changed after publication</source>
            <translation>请假：{marks}   * 发布后变更</translation>
        </message>
    </context>
    <context>
        <name>RosterRuleNames</name>
        <message>
            <source>Double booking</source>
            <translation>重复排班</translation>
        </message>
        <message>
            <source>Clash with leave</source>
            <translation>与请假冲突</translation>
        </message>
        <message>
            <source>Rest too short</source>
            <translation>休息时间不足</translation>
        </message>
        <message>
            <source>Too many days in a row</source>
            <translation>连续工作天数过多</translation>
        </message>
        <message>
            <source>Over contracted hours</source>
            <translation>超出合同工时</translation>
        </message>
        <message>
            <source>Over the legal weekly limit</source>
            <translation>超出每周法定工时</translation>
        </message>
        <message>
            <source>Understaffed shift</source>
            <translation>班次人手不足</translation>
        </message>
        <message>
            <source>Overstaffed shift</source>
            <translation>班次人员过多</translation>
        </message>
        <message>
            <source>Missing required skill</source>
            <translation>缺少所需技能</translation>
        </message>
        <message>
            <source>Unavailable day</source>
            <translation>不可排班日</translation>
        </message>
        <message>
            <source>Part-timer over contract</source>
            <translation>兼职人员超出合同工时</translation>
        </message>
        <message>
            <source>Too much overtime in a day</source>
            <translation>单日加班过长</translation>
        </message>
        <message>
            <source>Over the monthly overtime cap</source>
            <translation>超过每月加班上限</translation>
        </message>
    </context>
    <context>
        <name>RosterRules</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Shift {name}: the break ({brk} min) must be shorter than the shift.</source>
            <translation>班次 {name}：休息时间（{brk} 分钟）必须短于班次时长。</translation>
        </message>
        <message>
            <source>Unknown shift type {code}.</source>
            <translation>未知班次 {code}。</translation>
        </message>
        <message>
            <source>Unknown person id {id}.</source>
            <translation>未知人员编号 {id}。</translation>
        </message>
        <message>
            <source>Two shift types share a code.</source>
            <translation>有两个班次使用了同一代码。</translation>
        </message>
        <message>
            <source>Two people share an id.</source>
            <translation>有两人使用了同一编号。</translation>
        </message>
        <message>
            <source>{name} has no contracted weekly hours.</source>
            <translation>{name} 没有合同周工时。</translation>
        </message>
        <message>
            <source>{day} {shift}: the maximum headcount {max} is below the minimum {min}.</source>
            <translation>{day} {shift}：最多人数 {max} 少于最少人数 {min}。</translation>
        </message>
        <message>
            <source>{name} is rostered for {shifts} on {day}; one shift a day is the most.</source>
            <translation>{name} 在 {day} 被排了 {shifts}；每天最多一个班次。</translation>
        </message>
        <message>
            <source>{name} is rostered for {shift} on {day} but is unavailable that day.</source>
            <translation>{name} 在 {day} 被排了 {shift}，但当天不可排班。</translation>
        </message>
        <message>
            <source>{name} has half a day of approved leave on {day}, so {shift} ({hours} h paid) does not fit (at most {max} h beside half a day of leave).</source>
            <translation>{name} 在 {day} 有已批准的半天假，{shift}（计薪 {hours} 小时）排不下（半天假当天最多 {max} 小时）。</translation>
        </message>
        <message>
            <source>{name} is rostered for {shift} on {day} but is on approved leave.</source>
            <translation>{name} 在 {day} 被排了 {shift}，但当天已批准请假。</translation>
        </message>
        <message>
            <source>{name}'s {a} on {day_a} overlaps {b} on {day_b}.</source>
            <translation>{name} 的 {day_a} {a} 与 {day_b} {b} 时间重叠。</translation>
        </message>
        <message>
            <source>{name} has only {hours:.1f} h rest between {a} on {day_a} and {b} on {day_b} (minimum {min:g} h).</source>
            <translation>{name} 在 {day_a} {a} 与 {day_b} {b} 之间只休息 {hours:.1f} 小时（至少 {min:g} 小时）。</translation>
        </message>
        <message>
            <source>{name} works {count} days in a row from {first} to {last} (maximum {max}).</source>
            <translation>{name} 从 {first} 到 {last} 连续上班 {count} 天（最多 {max} 天）。</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h in week {week}, over the legal limit of {max:g} h.</source>
            <translation>{name} 第 {week} 周排班 {hours} 小时，超过法定上限 {max:g} 小时。</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h plus {leave} h of leave in week {week}, over the contracted {contract} h.</source>
            <translation>{name} 第 {week} 周排班 {hours} 小时，另有请假 {leave} 小时，超过合同 {contract} 小时。</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h in week {week}, over the contracted {contract} h.</source>
            <translation>{name} 第 {week} 周排班 {hours} 小时，超过合同 {contract} 小时。</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} staff rostered but the shift is not run that day.</source>
            <translation>{day} {shift} 排了 {count} 人，但当天不开此班。</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} of the {min} staff it needs.</source>
            <translation>{day} {shift} 只有 {count} 人，需要 {min} 人。</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} staff, more than the {max} allowed.</source>
            <translation>{day} {shift} 有 {count} 人，超过上限 {max} 人。</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} staff with {skill} but has {have}: {lapsed}</source>
            <translation>{day} {shift} 需要 {required} 名具备“{skill}”的人员，现有 {have} 名：{lapsed}</translation>
        </message>
        <message>
            <source>{name}'s skill expired on {expired}.</source>
            <translation>{name} 的该项资质已于 {expired} 过期。</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h on {day}, {over} h beyond the standard {std:g} h day; overtime is at most {max:g} h a day.</source>
            <translation>{name} {day} 排班 {hours} 小时，超出标准工作日 {std:g} 小时 {over} 小时；每日加班最多 {max:g} 小时。</translation>
        </message>
        <message>
            <source>{name} has {hours} h of overtime in {month} ({working} h on working days, {rest} h on rest days, {holiday} h on public holidays), over the limit of {max:g} h a month.</source>
            <translation>{name} {month} 加班 {hours} 小时（工作日 {working} 小时，休息日 {rest} 小时，法定节假日 {holiday} 小时），超过每月 {max:g} 小时的上限。</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} staff with {skill} but has {have}.</source>
            <translation>{day} {shift} 需要 {required} 名具备“{skill}”的人员，现有 {have} 名。</translation>
        </message>
    </context>
    <context>
        <name>RosterSolver</name>
        <message>
            <source>No roster meets the hard rules, even with shifts left uncovered: the published assignments, rest times, days in a row and weekly hours cannot all be kept together. Unpublish some assignments or relax a rule.</source>
            <translation>即使留出空缺班次，也没有排班能满足全部硬性规则：已发布的排班、休息时间、连续上班天数和周工时无法同时满足。请撤回部分已发布排班或放宽规则。</translation>
        </message>
        <message>
            <source>A published assignment cannot be kept: {reason}</source>
            <translation>无法保留一项已发布的排班：{reason}</translation>
        </message>
        <message>
            <source>{day} {shift} needs {min} staff; only {free} are not on leave or unavailable ({leave} on leave, {unavailable} unavailable).</source>
            <translation>{day} {shift} 需要 {min} 人；未请假且可排班的只有 {free} 人（{leave} 人请假，{unavailable} 人不可排班）。</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} staff with {skill}; only {count} staff with that skill are not on leave or unavailable.</source>
            <translation>{day} {shift} 需要 {required} 名具备“{skill}”的人员；具备该技能且未请假、可排班的只有 {count} 人。</translation>
        </message>
        <message>
            <source>{day} {shift} cannot be staffed: it is {hours} h paid, more than the standard {std:g} h day plus the {max:g} h of overtime allowed a day.</source>
            <translation>{day} {shift} 无法排人：该班次计薪 {hours} 小时，超过标准工作日 {std:g} 小时加每日允许加班 {max:g} 小时。</translation>
        </message>
        <message>
            <source>{day} needs {total} staff across {shifts}, but only {free} are not on leave or unavailable, and each works one shift a day at most.</source>
            <translation>{day} 的 {shifts} 共需 {total} 人，但未请假且可排班的只有 {free} 人，每人每天最多上一个班次。</translation>
        </message>
        <message>
            <source>{day} {shift} allows at most {max} staff, but the published assignments put {short} more there.</source>
            <translation>{day} {shift} 最多 {max} 人，但已发布的排班多排了 {short} 人。</translation>
        </message>
        <message>
            <source>{day} {shift} cannot be covered: it is {short} short of the {min} staff it needs. {free} staff are free that day; {reasons}.</source>
            <translation>{day} {shift} 无法排满：需要 {min} 人，还差 {short} 人。当天有 {free} 人空闲；{reasons}。</translation>
        </message>
        <message>
            <source>{day} {shift} cannot be covered: it is {short} short of staff with {skill} ({required} needed). {free} staff with that skill are free that day; {reasons}.</source>
            <translation>{day} {shift} 无法排满：具备“{skill}”的人员还差 {short} 人（需要 {required} 人）。当天具备该技能的空闲人员有 {free} 人；{reasons}。</translation>
        </message>
        <message>
            <source>{n} on another shift that day</source>
            <translation>{n} 人当天已排其他班次</translation>
        </message>
        <message>
            <source>{n} short of rest next to another shift</source>
            <translation>{n} 人与相邻班次间休息不足</translation>
        </message>
        <message>
            <source>{n} short of rest next to a published shift</source>
            <translation>{n} 人与已发布的相邻班次间休息不足</translation>
        </message>
        <message>
            <source>{n} short of rest next to a shift outside the period</source>
            <translation>{n} 人与排班期外的相邻班次间休息不足</translation>
        </message>
        <message>
            <source>{n} at the limit of {max} days in a row</source>
            <translation>{n} 人已达连续上班 {max} 天上限</translation>
        </message>
        <message>
            <source>{n} at the limit of {max} days in a row, counting published days</source>
            <translation>{n} 人计入已发布日期后已达连续上班 {max} 天上限</translation>
        </message>
        <message>
            <source>{n} at the limit of {max} days in a row, counting days outside the period</source>
            <translation>{n} 人计入排班期外的日期后已达连续上班 {max} 天上限</translation>
        </message>
        <message>
            <source>{n} at their weekly hours limit</source>
            <translation>{n} 人已达周工时上限</translation>
        </message>
        <message>
            <source>{n} at their weekly hours limit, counting published shifts</source>
            <translation>{n} 人计入已发布班次后已达周工时上限</translation>
        </message>
        <message>
            <source>{n} at their weekly hours limit, counting shifts outside the period</source>
            <translation>{n} 人计入排班期外的班次后已达周工时上限</translation>
        </message>
        <message>
            <source>{n} at the monthly overtime limit</source>
            <translation>{n} 人已达每月加班上限</translation>
        </message>
        <message>
            <source>{n} needed on other shifts</source>
            <translation>{n} 人需安排在其他班次</translation>
        </message>
        <message>
            <source>none of them can be added without breaking a hard rule</source>
            <translation>任何一人加入都会违反硬性规则</translation>
        </message>
        <message>
            <source>of those not on it, {list}</source>
            <translation>未排此班的人员中，{list}</translation>
        </message>
        <message>
            <source>The time limit must be more than 0 seconds (got {value}).</source>
            <translation>时间限制必须大于 0 秒（当前为 {value}）。</translation>
        </message>
    </context>
    <context>
        <name>RulesForm</name>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Default 40 h: 国务院关于职工工作时间的规定, art. 3.</source>
            <translation>默认 40 小时：《国务院关于职工工作时间的规定》第三条。</translation>
        </message>
        <message>
            <source>The standard day, default 8 h: hours beyond it are overtime.</source>
            <translation>标准工作日，默认 8 小时：超出部分计为加班。</translation>
        </message>
        <message>
            <source>Default 3 h beyond the standard day: 劳动法 art. 41.</source>
            <translation>默认超出标准工作日最多 3 小时：《劳动法》第四十一条。</translation>
        </message>
        <message>
            <source>Default 36 h: 劳动法 art. 41.</source>
            <translation>默认 36 小时：《劳动法》第四十一条。</translation>
        </message>
        <message>
            <source>Minimum rest between shifts</source>
            <translation>两班之间最短休息</translation>
        </message>
        <message>
            <source>Most days in a row</source>
            <translation>最多连续工作天数</translation>
        </message>
        <message>
            <source>Weekly hours limit</source>
            <translation>每周工时上限</translation>
        </message>
        <message>
            <source>Auto-roster time limit</source>
            <translation>自动排班时间上限</translation>
        </message>
        <message>
            <source>Overtime counts</source>
            <translation>加班计算方式</translation>
        </message>
        <message>
            <source>Daily hours before overtime</source>
            <translation>每日加班起算工时</translation>
        </message>
        <message>
            <source>Most overtime a day</source>
            <translation>每日加班上限</translation>
        </message>
        <message>
            <source>Most overtime a month</source>
            <translation>每月加班上限</translation>
        </message>
        <message>
            <source>Monthly labour-hours budget</source>
            <translation>每月人工工时预算</translation>
        </message>
        <message>
            <source>Hard rules (the others are warnings)</source>
            <translation>硬性规则（其余仅为提醒）</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>保存规则</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Branch profile</source>
            <translation>网点资料</translation>
        </message>
        <message>
            <source>Language and data</source>
            <translation>语言与数据</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>KPI 目标</translation>
        </message>
        <message>
            <source>Users and sign-in</source>
            <translation>用户与登录</translation>
        </message>
        <message>
            <source>Restart BranchOps to apply the new language or folder.</source>
            <translation>请重新启动 BranchOps 以使新的语言或文件夹生效。</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>更改…</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>数据文件夹</translation>
        </message>
        <message>
            <source>Database in use</source>
            <translation>当前数据库</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>选择数据文件夹</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>保留备份数</translation>
        </message>
        <message>
            <source>Backups folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>BranchOps backs up at the first start of each day and when it closes.</source>
            <translation>BranchOps 每天首次启动和关闭时自动备份。</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>无目标</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Welcome to BranchOps</source>
            <translation>欢迎使用 BranchOps</translation>
        </message>
        <message>
            <source>BranchOps keeps your branch's quality checks, rosters and monthly HQ report on this PC. Start by telling it about your branch.</source>
            <translation>BranchOps 在本机管理网点的服务质量检查、排班和总部月度报表。先填写网点的基本信息。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Set up my branch</source>
            <translation>设置我的网点</translation>
        </message>
        <message>
            <source>Load demo data to try BranchOps (a sample branch)</source>
            <translation>载入演示数据试用（示例网点）</translation>
        </message>
        <message>
            <source>Everything here can be changed later under Tools → Settings.</source>
            <translation>以上内容以后都可以在“工具 → 设置”中修改。</translation>
        </message>
        <message>
            <source>Your branch</source>
            <translation>您的网点</translation>
        </message>
        <message>
            <source>Code and name appear on the monthly HQ workbook.</source>
            <translation>网点代码和名称会显示在总部月度报表上。</translation>
        </message>
        <message>
            <source>Set up BranchOps</source>
            <translation>设置 BranchOps</translation>
        </message>
        <message>
            <source>Loading demo data…</source>
            <translation>正在载入演示数据…</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Shift type</source>
            <translation>班次</translation>
        </message>
        <message>
            <source>Ends the next day</source>
            <translation>次日结束</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Unpaid break</source>
            <translation>不计薪休息</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Paid hours</source>
            <translation>计薪工时</translation>
        </message>
    </context>
    <context>
        <name>Shifts</name>
        <message>
            <source> (+1 day)</source>
            <translation>（次日）</translation>
        </message>
        <message>
            <source>Code: 1–8 letters or digits, typed in the grid (e.g. E).</source>
            <translation>代码：1–8 个字母或数字，在排班表中输入（如 E）。</translation>
        </message>
        <message>
            <source>Another shift type already has the code {code}.</source>
            <translation>已有其他班次使用代码 {code}。</translation>
        </message>
        <message>
            <source>Name is required.</source>
            <translation>名称为必填项。</translation>
        </message>
        <message>
            <source>The shift must end at a different time.</source>
            <translation>结束时间必须与开始时间不同。</translation>
        </message>
        <message>
            <source>The end ({end:%H:%M}) is before the start ({start:%H:%M}); tick 'ends the next day' for an overnight shift.</source>
            <translation>结束时间（{end:%H:%M}）早于开始时间（{start:%H:%M}）；跨夜班次请勾选“次日结束”。</translation>
        </message>
        <message>
            <source>An overnight shift must end the next day, earlier than it starts.</source>
            <translation>跨夜班次必须在次日、早于开始时间结束。</translation>
        </message>
        <message>
            <source>The unpaid break must be 0 or more and shorter than the shift.</source>
            <translation>不计薪休息须不少于 0 且短于班次时长。</translation>
        </message>
        <message>
            <source>Colour must look like #RRGGBB.</source>
            <translation>颜色格式应为 #RRGGBB。</translation>
        </message>
        <message>
            <source>That shift type no longer exists; reload the list.</source>
            <translation>该班次已不存在，请刷新列表。</translation>
        </message>
    </context>
    <context>
        <name>ShiftsPage</name>
        <message>
            <source>Shifts and needs</source>
            <translation>班次与需求</translation>
        </message>
        <message>
            <source>Shift types and weekly needs</source>
            <translation>班次与每周需求</translation>
        </message>
        <message>
            <source>Special days</source>
            <translation>特殊日期</translation>
        </message>
        <message>
            <source>Rules and limits</source>
            <translation>规则与限制</translation>
        </message>
        <message>
            <source>Add shift type…</source>
            <translation>新增班次…</translation>
        </message>
        <message>
            <source>Edit shift type…</source>
            <translation>编辑班次…</translation>
        </message>
        <message>
            <source>Staffing needs per weekday (closed days and public holidays have none)</source>
            <translation>每周各日人员需求（休息日和法定节假日不排班）</translation>
        </message>
        <message>
            <source>Edit the weekday's needs…</source>
            <translation>编辑当日需求…</translation>
        </message>
        <message>
            <source>Add special days…</source>
            <translation>新增特殊日期…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>停业</translation>
        </message>
        <message>
            <source>Delete the special days {name}?</source>
            <translation>删除特殊日期“{name}”？</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Sign in to BranchOps</source>
            <translation>登录 BranchOps</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Position name is required.</source>
            <translation>岗位名称为必填项。</translation>
        </message>
        <message>
            <source>There is already a position named {name}.</source>
            <translation>已有名为 {name} 的岗位。</translation>
        </message>
        <message>
            <source>{name} is held by {count} people; it cannot be removed.</source>
            <translation>{name} 有 {count} 人担任，不能删除。</translation>
        </message>
        <message>
            <source>Skill code: 1–32 lower-case letters, digits or _ (e.g. cashier).</source>
            <translation>技能代码：1–32 个小写字母、数字或 _（如 cashier）。</translation>
        </message>
        <message>
            <source>Skill name is required.</source>
            <translation>技能名称为必填项。</translation>
        </message>
        <message>
            <source>There is already a skill with code {code}.</source>
            <translation>已有代码为 {code} 的技能。</translation>
        </message>
        <message>
            <source>That record no longer exists; reload the list.</source>
            <translation>该记录已不存在，请刷新列表。</translation>
        </message>
        <message>
            <source>Employee no.: 1–32 letters, digits, - or _ (e.g. E0012).</source>
            <translation>工号：1–32 个字母、数字、- 或 _（如 E0012）。</translation>
        </message>
        <message>
            <source>Employee no. {no} is already used by another person.</source>
            <translation>工号 {no} 已被他人使用。</translation>
        </message>
        <message>
            <source>Name is required.</source>
            <translation>姓名为必填项。</translation>
        </message>
        <message>
            <source>Choose a position from the list.</source>
            <translation>请从列表中选择岗位。</translation>
        </message>
        <message>
            <source>Contracted hours a week must be more than 0 and at most 84.</source>
            <translation>每周合同工时须大于 0 且不超过 84。</translation>
        </message>
        <message>
            <source>Contracted {hours:g} h a week is over the weekly limit of {limit:g} h.</source>
            <translation>每周合同工时 {hours:g} 小时超过每周上限 {limit:g} 小时。</translation>
        </message>
        <message>
            <source>Phone: digits, spaces, + and - only.</source>
            <translation>电话只能包含数字、空格、+ 和 -。</translation>
        </message>
        <message>
            <source>Choose skills from the list.</source>
            <translation>请从列表中选择技能。</translation>
        </message>
        <message>
            <source>A skill is listed twice.</source>
            <translation>同一技能列出了两次。</translation>
        </message>
        <message>
            <source>The last day cannot be before the hire date.</source>
            <translation>最后工作日不能早于入职日期。</translation>
        </message>
        <message>
            <source>That person no longer exists; reload the list.</source>
            <translation>该人员已不存在，请刷新列表。</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>New person</source>
            <translation>新增人员</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>编辑人员</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Full time</source>
            <translation>全职</translation>
        </message>
        <message>
            <source>Part time</source>
            <translation>兼职</translation>
        </message>
        <message>
            <source> h/week</source>
            <translation> 小时/周</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>用工类型</translation>
        </message>
        <message>
            <source>Contracted hours</source>
            <translation>合同工时</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>Skills (valid until, if it lapses)</source>
            <translation>技能（如会失效，填写有效期）</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>有效至</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Full time</source>
            <translation>全职</translation>
        </message>
        <message>
            <source>Part time</source>
            <translation>兼职</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>人员名录</translation>
        </message>
        <message>
            <source>Positions and skills</source>
            <translation>岗位与技能</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>已离职</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>新增…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Mark as left…</source>
            <translation>登记离职…</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>恢复在职</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>All positions</source>
            <translation>全部岗位</translation>
        </message>
        <message>
            <source>Mark as left</source>
            <translation>登记离职</translation>
        </message>
        <message>
            <source>Last working day of {name} (YYYY-MM-DD). The history stays.</source>
            <translation>{name} 的最后工作日（YYYY-MM-DD）。历史记录将保留。</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>请按 YYYY-MM-DD 格式填写日期。</translation>
        </message>
        <message>
            <source>Make {name} active again?</source>
            <translation>将 {name} 恢复为在职？</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>New position</source>
            <translation>新增岗位</translation>
        </message>
        <message>
            <source>Rename position</source>
            <translation>重命名岗位</translation>
        </message>
        <message>
            <source>New skill</source>
            <translation>新增技能</translation>
        </message>
        <message>
            <source>Code (letters, digits, _; e.g. fire_warden)</source>
            <translation>代码（字母、数字、_；如 fire_warden）</translation>
        </message>
        <message>
            <source>Rename skill</source>
            <translation>重命名技能</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Key</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Response (Chinese)</source>
            <translation>选项（中文）</translation>
        </message>
        <message>
            <source>Response (English)</source>
            <translation>选项（英文）</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Critical (a failure fails the inspection)</source>
            <translation>关键项（不合格即判定检查不合格）</translation>
        </message>
        <message>
            <source>Concerns a staff member</source>
            <translation>涉及具体员工</translation>
        </message>
        <message>
            <source>Answer required</source>
            <translation>必须作答</translation>
        </message>
        <message>
            <source>“Yes” is the good answer</source>
            <translation>答“是”为合格</translation>
        </message>
        <message>
            <source>Add response</source>
            <translation>添加选项</translation>
        </message>
        <message>
            <source>Remove response</source>
            <translation>删除选项</translation>
        </message>
        <message>
            <source>Item (Chinese)</source>
            <translation>检查项（中文）</translation>
        </message>
        <message>
            <source>Item (English)</source>
            <translation>检查项（英文）</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>检查要点</translation>
        </message>
        <message>
            <source>Answer type</source>
            <translation>答案类型</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Scale top (0–N)</source>
            <translation>分制上限（0–N）</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Lower, upper limit, unit</source>
            <translation>下限、上限、单位</translation>
        </message>
        <message>
            <source>Shown only when</source>
            <translation>仅当</translation>
        </message>
        <message>
            <source>has the answer</source>
            <translation>的答案为</translation>
        </message>
        <message>
            <source>(always shown)</source>
            <translation>（始终显示）</translation>
        </message>
        <message>
            <source>Section 1</source>
            <translation>分区 1</translation>
        </message>
        <message>
            <source>New checklist template</source>
            <translation>新建检查表模板</translation>
        </message>
        <message>
            <source>Edit checklist template</source>
            <translation>编辑检查表模板</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>名称（中文）</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>名称（英文）</translation>
        </message>
        <message>
            <source>Pass mark</source>
            <translation>合格线</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>检查频次</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>添加分区</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>添加检查项</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Drag, or Alt+↑ / Alt+↓, to reorder.</source>
            <translation>拖动或按 Alt+↑／Alt+↓ 调整顺序。</translation>
        </message>
        <message>
            <source>Section (Chinese)</source>
            <translation>分区（中文）</translation>
        </message>
        <message>
            <source>Section (English)</source>
            <translation>分区（英文）</translation>
        </message>
        <message>
            <source>(untitled section)</source>
            <translation>（未命名分区）</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>（新检查项）</translation>
        </message>
        <message>
            <source>Section {n}</source>
            <translation>分区 {n}</translation>
        </message>
    </context>
    <context>
        <name>Timesheet</name>
        <message>
            <source>Over the contracted weekly hours</source>
            <translation>超出每周合同工时</translation>
        </message>
        <message>
            <source>Over the daily hours limit</source>
            <translation>超出每日工时上限</translation>
        </message>
        <message>
            <source>Over the rostered hours of the day</source>
            <translation>超出当日排班工时</translation>
        </message>
        <message>
            <source>Choose a person.</source>
            <translation>请选择人员。</translation>
        </message>
        <message>
            <source>Actual hours must be from 0 to 24.</source>
            <translation>实际工时须在 0 到 24 之间。</translation>
        </message>
        <message>
            <source>Working days (150 %): hours beyond the {hours:g} h standard day.</source>
            <translation>工作日（150%）：超出 {hours:g} 小时标准工作日的时数。</translation>
        </message>
        <message>
            <source>Working days (150 %): hours beyond the contracted week, in the month of the week's Sunday.</source>
            <translation>工作日（150%）：超出每周合同工时的时数，计入该周周日所在月份。</translation>
        </message>
        <message>
            <source>Working days (150 %): hours beyond the rostered hours of the day.</source>
            <translation>工作日（150%）：超出当天排班时数的时数。</translation>
        </message>
        <message>
            <source>Rest days (200 %): hours on Saturdays, Sundays and the days off of a holiday block, less {hours:g} h for each working day off in the same week (a day off in lieu), in the month of the week's Sunday.</source>
            <translation>休息日（200%）：周六、周日及节假日调休日的工作时数，同一周内每有一个工作日休息（补休）扣减 {hours:g} 小时，计入该周周日所在月份。</translation>
        </message>
        <message>
            <source>Public holidays (300 %): every hour worked on a statutory holiday.</source>
            <translation>法定节假日（300%）：法定节假日当天的全部工作时数。</translation>
        </message>
        <message>
            <source>Warnings: more than {day:g} h beyond the standard day, or more than {month:g} h of overtime in the month.</source>
            <translation>提示：超出标准工作日 {day:g} 小时以上，或当月加班超过 {month:g} 小时。</translation>
        </message>
        <message>
            <source>{name} worked {hours} h on {day}, {over} h beyond the standard {std:g} h day; overtime is at most {max:g} h a day.</source>
            <translation>{name} {day} 工作 {hours} 小时，超出标准工作日 {std:g} 小时 {over} 小时；每日加班最多 {max:g} 小时。</translation>
        </message>
    </context>
    <context>
        <name>TimesheetPage</name>
        <message>
            <source>Timesheet</source>
            <translation>工时</translation>
        </message>
        <message>
            <source>Enter actual hours…</source>
            <translation>录入实际工时…</translation>
        </message>
        <message>
            <source>Back to rostered hours</source>
            <translation>恢复为排班工时</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Planned {planned:.1f} h · actual {actual:.1f} h · overtime {ot:.1f} h</source>
            <translation>计划 {planned:.1f} 小时 · 实际 {actual:.1f} 小时 · 加班 {ot:.1f} 小时</translation>
        </message>
        <message>
            <source> · {used:.0%} of the {budget:g} h budget</source>
            <translation> · 已用 {budget:g} 小时预算的 {used:.0%}</translation>
        </message>
        <message>
            <source>Actual hours</source>
            <translation>实际工时</translation>
        </message>
        <message>
            <source>Hours worked on {day}</source>
            <translation>{day} 的实际工作小时数</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>Too many wrong passwords: this account is locked. Try again after {time}.</source>
            <translation>密码错误次数过多，账户已锁定。请在 {time} 之后再试。</translation>
        </message>
        <message>
            <source>Wrong user name or password. Check both and try again.</source>
            <translation>用户名或密码错误。请检查后重试。</translation>
        </message>
        <message>
            <source>The account {user} has been deactivated. Ask the branch manager.</source>
            <translation>账户 {user} 已停用。请联系网点负责人。</translation>
        </message>
        <message>
            <source>This user no longer exists. Reload the list.</source>
            <translation>该用户已不存在。请刷新列表。</translation>
        </message>
        <message>
            <source>The password needs at least {count} characters.</source>
            <translation>密码至少需要 {count} 个字符。</translation>
        </message>
        <message>
            <source>The password may have at most {count} characters.</source>
            <translation>密码最多 {count} 个字符。</translation>
        </message>
        <message>
            <source>The password must not be the same as the user name.</source>
            <translation>密码不能与用户名相同。</translation>
        </message>
        <message>
            <source>User name: 2–32 letters, digits, '.', '_', '-' or '@', without spaces (and not 'system').</source>
            <translation>用户名：2–32 个字母、数字、“.”“_”“-”或“@”，不能有空格（也不能是“system”）。</translation>
        </message>
        <message>
            <source>The user name {name} is already taken.</source>
            <translation>用户名 {name} 已被使用。</translation>
        </message>
        <message>
            <source>The display name is too long (max. 64).</source>
            <translation>显示名称过长（最多 64 个字符）。</translation>
        </message>
        <message>
            <source>Choose a role.</source>
            <translation>请选择角色。</translation>
        </message>
        <message>
            <source>{user} is the last manager who can sign in. Make another user a manager first, or turn sign-in off.</source>
            <translation>{user} 是最后一位可以登录的负责人。请先将其他用户设为负责人，或关闭登录功能。</translation>
        </message>
        <message>
            <source>You cannot deactivate the account you are signed in with.</source>
            <translation>不能停用您当前登录的账户。</translation>
        </message>
        <message>
            <source>In single-user mode nobody signs in, so there is no password to change. Create users and turn sign-in on first.</source>
            <translation>单用户模式下无需登录，因此没有可修改的密码。请先创建用户并开启登录。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>Sign-in can be turned on only with the name and password of a manager.</source>
            <translation>只有输入负责人的用户名和密码才能开启登录。</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>Add user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>Edit user</source>
            <translation>编辑用户</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Require sign-in when BranchOps starts</source>
            <translation>启动 BranchOps 时需要登录</translation>
        </message>
        <message>
            <source>Without sign-in, whoever uses this PC acts as the branch manager. Turning sign-in on asks for a manager's password.</source>
            <translation>不启用登录时，使用本机的人均以网点负责人身份操作。开启登录需要输入负责人的密码。</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Set password…</source>
            <translation>设置密码…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>New password for {user}:</source>
            <translation>{user} 的新密码：</translation>
        </message>
        <message>
            <source>Turn on sign-in</source>
            <translation>开启登录</translation>
        </message>
        <message>
            <source>Type a manager's user name and password to turn sign-in on.</source>
            <translation>输入负责人的用户名和密码以开启登录。</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Sign-in is on from the next start of BranchOps.</source>
            <translation>下次启动 BranchOps 时起需要登录。</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field} is required.</source>
            <translation>请填写{field}。</translation>
        </message>
    </context>
    <context>
        <name>WeekdayShort</name>
        <message>
            <source>Mon</source>
            <translation>一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>日</translation>
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <source>Monday</source>
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
    </context>
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
</TS>
