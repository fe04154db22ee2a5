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
    <name>Agenda</name>
    <message>
        <source>Overdue corrective action: {title}</source>
        <translation>整改已逾期：{title}</translation>
    </message>
    <message>
        <source>Corrective action due: {title}</source>
        <translation>整改到期：{title}</translation>
    </message>
    <message>
        <source>Inspection {template}: {state}</source>
        <translation>检查 {template}：{state}</translation>
    </message>
    <message>
        <source>HQ workbook for {month} exported; due on {day}</source>
        <translation>{month} 月度报表已导出；报送截止 {day}</translation>
    </message>
    <message>
        <source>HQ workbook for {month} is {n} day(s) late</source>
        <translation>{month} 月度报表已逾期 {n} 天</translation>
    </message>
    <message>
        <source>HQ workbook for {month}: {n} day(s) left (due {day})</source>
        <translation>{month} 月度报表：还剩 {n} 天（{day} 截止）</translation>
    </message>
    <message>
        <source>Leave of {name} from {day} awaits approval</source>
        <translation>{name} 自 {day} 起的请假待审批</translation>
    </message>
    <message>
        <source>Roster of the week from {day} is not published</source>
        <translation>{day} 起一周的排班尚未发布</translation>
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
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
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
        <source>Leave day</source>
        <translation>请假日</translation>
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
        <source>Training course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Course&apos;s required position</source>
        <translation>课程必修岗位</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>培训出勤</translation>
    </message>
    <message>
        <source>Outside certificate</source>
        <translation>外部证书</translation>
    </message>
    <message>
        <source>Report export</source>
        <translation>报表导出</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Budget version</source>
        <translation>预算版本</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>预算金额</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Recurring expense</source>
        <translation>周期性支出</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation>风险复核</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Emergency plan version</source>
        <translation>应急预案版本</translation>
    </message>
    <message>
        <source>Emergency plan role</source>
        <translation>应急预案职责</translation>
    </message>
    <message>
        <source>Emergency plan step</source>
        <translation>应急预案步骤</translation>
    </message>
    <message>
        <source>Drill objective</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Drill participant</source>
        <translation>演练参与人员</translation>
    </message>
    <message>
        <source>Drill step time</source>
        <translation>演练步骤用时</translation>
    </message>
    <message>
        <source>Drill rating</source>
        <translation>演练评估</translation>
    </message>
    <message>
        <source>Drill issue</source>
        <translation>演练发现问题</translation>
    </message>
    <message>
        <source>Drill photo</source>
        <translation>演练照片</translation>
    </message>
    <message>
        <source>Risk linked to a drill</source>
        <translation>演练关联风险</translation>
    </message>
    <message>
        <source>Feedback record</source>
        <translation>客户反馈记录</translation>
    </message>
    <message>
        <source>Feedback attachment</source>
        <translation>反馈附件</translation>
    </message>
    <message>
        <source>Survey import</source>
        <translation>满意度调查导入</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>投诉处理环节</translation>
    </message>
    <message>
        <source>Complaint clock pause</source>
        <translation>投诉暂停计时</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
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
        <source>The folder {folder} for the backup does not exist; create it first.</source>
        <translation>备份要存放的文件夹 {folder} 不存在，请先创建。</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason} Nothing was changed.</source>
        <translation>无法从 {path} 恢复：{reason}未做任何更改。</translation>
    </message>
    <message>
        <source>{path} is a folder; name the backup file in it, for example {example}. Nothing was changed.</source>
        <translation>{path} 是一个文件夹；请指定其中的备份文件，例如 {example}。未做任何更改。</translation>
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
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The automatic backup into {folder} failed: {reason} Your data is unchanged, but it is not backed up until this is fixed; use File &gt; Back up now once it is.</source>
        <translation>自动备份到 {folder} 失败：{reason} 数据没有变化，但在问题解决前不会被备份；解决后请用“文件 &gt; 立即备份”。</translation>
    </message>
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
    <name>Budget</name>
    <message>
        <source>This category has no figures in this fiscal year.</source>
        <translation>该类别在本财年没有数据。</translation>
    </message>
    <message>
        <source>{category} is within its budget and its forecast; no action is needed.</source>
        <translation>{category}的支出及预测均在预算内，无需整改。</translation>
    </message>
    <message>
        <source>{year}: {category} over budget to the end of {month} by {amount} ({share})</source>
        <translation>{year}：{category}截至{month}末超预算 {amount}（{share}）</translation>
    </message>
    <message>
        <source>{year}: {category} forecast to end the year over budget by {amount}</source>
        <translation>{year}：{category}预计全年超预算 {amount}</translation>
    </message>
    <message>
        <source>{category} over budget: find the cause and bring spending back within the budget</source>
        <translation>{category}超预算：分析原因并将支出控制在预算内</translation>
    </message>
    <message>
        <source>Confirm the planned expense {what}, {amount}</source>
        <translation>确认计划支出：{what}，{amount}</translation>
    </message>
    <message>
        <source>The attachment {name} is larger than {limit} MB; choose a smaller one.</source>
        <translation>附件 {name} 超过 {limit} MB，请选择较小的文件。</translation>
    </message>
    <message>
        <source>The attachment {name} cannot be read: {reason}</source>
        <translation>无法读取附件 {name}：{reason}</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <source>A category name has at most {limit} characters.</source>
        <translation>类别名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A category named {name} exists already.</source>
        <translation>已有名为{name}的类别。</translation>
    </message>
    <message>
        <source>The warning threshold is a percentage from 1 to 100.</source>
        <translation>预警阈值为 1 至 100 之间的百分比。</translation>
    </message>
    <message>
        <source>This category no longer exists.</source>
        <translation>该类别已不存在。</translation>
    </message>
    <message>
        <source>{year} is closed: its expenses and budget can no longer be changed.</source>
        <translation>{year}已关账：其支出和预算不能再修改。</translation>
    </message>
    <message>
        <source>Choose the date of the expense.</source>
        <translation>请选择支出日期。</translation>
    </message>
    <message>
        <source>The date {date} is after today; record an expense once it is spent.</source>
        <translation>日期 {date} 晚于今天；请在实际支出后再登记。</translation>
    </message>
    <message>
        <source>Choose the cost category.</source>
        <translation>请选择费用类别。</translation>
    </message>
    <message>
        <source>The category {name} is no longer in use; choose another.</source>
        <translation>类别{name}已停用，请选择其他类别。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>An invoice no. has at most {limit} characters.</source>
        <translation>发票号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Enter the vendor who issued invoice {no}.</source>
        <translation>请填写开具发票 {no} 的供应商。</translation>
    </message>
    <message>
        <source>Invoice no. {no} of {vendor} is already recorded (expense of {date}, {amount}); an invoice is entered once.</source>
        <translation>{vendor}的发票号 {no} 已登记（{date} 的支出，{amount}）；同一发票只能登记一次。</translation>
    </message>
    <message>
        <source>The note has at most {limit} characters.</source>
        <translation>备注最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Only a manager may override a stop budget. {problem}</source>
        <translation>只有网点负责人可以越过“禁止”预算。{problem}</translation>
    </message>
    <message>
        <source>This expense no longer exists.</source>
        <translation>该支出已不存在。</translation>
    </message>
    <message>
        <source>FY{year}</source>
        <translation>{year}财年</translation>
    </message>
    <message>
        <source>FY{year} ({first} – {last})</source>
        <translation>{year}财年（{first}至{last}）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Staff costs</source>
        <translation>人力成本</translation>
    </message>
    <message>
        <source>Rent and property</source>
        <translation>房租物业</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>水电</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Repairs and maintenance</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>办公用品</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Run-rate</source>
        <translation>按月均推算</translation>
    </message>
    <message>
        <source>Ratio to date</source>
        <translation>按去年进度比</translation>
    </message>
    <message>
        <source>Seasonal index</source>
        <translation>季节指数</translation>
    </message>
    <message>
        <source>year to date ÷ months elapsed × 12</source>
        <translation>本年累计 ÷ 已过月数 × 12</translation>
    </message>
    <message>
        <source>year to date ÷ last year&apos;s share of the year spent by the same month</source>
        <translation>本年累计 ÷ 去年同月末累计占全年的比例</translation>
    </message>
    <message>
        <source>year to date + the remaining months at last year&apos;s shares × this year&apos;s level</source>
        <translation>本年累计 + 剩余各月按去年占比 × 本年水平</translation>
    </message>
    <message>
        <source>{field}: enter an amount.</source>
        <translation>{field}：请输入金额。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an amount; write e.g. 1234.50.</source>
        <translation>{field}：“{value}”不是金额，请填写如 1234.50。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>{field} must be more than zero.</source>
        <translation>{field}必须大于零。</translation>
    </message>
    <message>
        <source>{field}: at most two decimals (whole fen), e.g. 1234.56.</source>
        <translation>{field}：最多两位小数（精确到分），如 1234.56。</translation>
    </message>
    <message>
        <source>{field} cannot be more than {limit}.</source>
        <translation>{field}不能超过 {limit}。</translation>
    </message>
    <message>
        <source>Month {n}: a share is a percentage from 0 to 100.</source>
        <translation>第 {n} 个月：占比为 0 至 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The monthly shares add up to {total} %; they must add up to 100 %.</source>
        <translation>各月占比合计 {total}%，必须合计为 100%。</translation>
    </message>
    <message>
        <source>the annual budget of {category} for {year}</source>
        <translation>{category}{year}全年预算</translation>
    </message>
    <message>
        <source>the budget of {category} from the start of {year} to the end of {month}</source>
        <translation>{category}自{year}初至{month}末的累计预算</translation>
    </message>
    <message>
        <source>the budget of {category} for {month}</source>
        <translation>{category}{month}的月度预算</translation>
    </message>
    <message>
        <source>Refused: this expense goes over {budget} ({limit}) by {over}. A manager may override with a reason.</source>
        <translation>不予保存：此笔支出超出{budget}（{limit}）{over}。网点负责人可填写原因后越过控制。</translation>
    </message>
    <message>
        <source>Over budget: this expense goes over {budget} ({limit}) by {over}.</source>
        <translation>超预算：此笔支出超出{budget}（{limit}）{over}。</translation>
    </message>
    <message>
        <source>With this expense {after} is spent of {budget} ({limit}): {share}.</source>
        <translation>计入此笔支出后，{budget}（{limit}）已使用 {after}，占 {share}。</translation>
    </message>
    <message>
        <source>The day of the month is from 1 to 31.</source>
        <translation>每月日期为 1 至 31。</translation>
    </message>
    <message>
        <source>Choose the first month.</source>
        <translation>请选择开始日期。</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>This recurring expense no longer exists.</source>
        <translation>该周期性支出已不存在。</translation>
    </message>
    <message>
        <source>Give a share for each of the 12 months.</source>
        <translation>请为 12 个月分别填写占比。</translation>
    </message>
    <message>
        <source>Yearly amount</source>
        <translation>全年金额</translation>
    </message>
    <message>
        <source>A category of the budget no longer exists.</source>
        <translation>预算中的某个类别已不存在。</translation>
    </message>
    <message>
        <source>{category}: give an amount for each of the 12 months.</source>
        <translation>{category}：请为 12 个月分别填写金额。</translation>
    </message>
    <message>
        <source>{category}, {month}</source>
        <translation>{category}，{month}</translation>
    </message>
    <message>
        <source>Nothing changed against the current version; nothing was saved.</source>
        <translation>与当前版本相比没有变化，未保存。</translation>
    </message>
    <message>
        <source>{year} has a budget already: say why it is revised (the original is kept).</source>
        <translation>{year}已有预算：请说明修订原因（原始预算会保留）。</translation>
    </message>
    <message>
        <source>The reason has at most {limit} characters.</source>
        <translation>原因最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{year} has not ended yet; it can be closed after {day}.</source>
        <translation>{year}尚未结束，{day} 之后才能关账。</translation>
    </message>
    <message>
        <source>The budget of {year} was revised by {user} at {time} after you opened it; nothing was saved. Open the year again to see the new revision.</source>
        <translation>{year} 的预算在您打开后已被 {user} 于 {time} 修订，本次未保存。请重新打开该年度查看新的修订版。</translation>
    </message>
    <message>
        <source>Overspending of {category} in {year}</source>
        <translation>{year}{category}超预算</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <source>¥{n}万</source>
        <translation>¥{n}万</translation>
    </message>
    <message>
        <source>No budget or spending for this fiscal year yet.</source>
        <translation>本财年尚无预算或支出。</translation>
    </message>
    <message>
        <source>Plan (cumulative budget)</source>
        <translation>计划（累计预算）</translation>
    </message>
    <message>
        <source>Actual (cumulative)</source>
        <translation>实际（累计支出）</translation>
    </message>
    <message>
        <source>Year-end forecast</source>
        <translation>年末预测</translation>
    </message>
    <message>
        <source>Budget burn-up: actual against plan</source>
        <translation>预算执行累计图：实际对比计划</translation>
    </message>
    <message>
        <source>Year-end forecast ({method})</source>
        <translation>年末预测（{method}）</translation>
    </message>
    <message>
        <source>Budget burn-up, {year}</source>
        <translation>预算执行累计图，{year}</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget against actual spending</source>
        <translation>预算管理</translation>
    </message>
    <message>
        <source>Variance and forecast</source>
        <translation>预算执行与预测</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算编制</translation>
    </message>
    <message>
        <source>Categories and policies</source>
        <translation>类别与控制</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Paste row</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>Spread a yearly amount…</source>
        <translation>按全年金额分摊…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Import HQ allocation…</source>
        <translation>导入总部预算分配…</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>财年关账</translation>
    </message>
    <message>
        <source>No budget yet</source>
        <translation>尚无预算</translation>
    </message>
    <message>
        <source>Original · {day} · {who}</source>
        <translation>原始预算 · {day} · {who}</translation>
    </message>
    <message>
        <source>Revision {n} · {day} · {who}: {reason}</source>
        <translation>第 {n} 次修订 · {day} · {who}：{reason}</translation>
    </message>
    <message>
        <source>{year} is closed: its budget is shown read-only.</source>
        <translation>{year}已关账：预算仅供查看。</translation>
    </message>
    <message>
        <source>An earlier version of {year}, kept as it was: shown read-only.</source>
        <translation>{year}的早期版本，原样保留，仅供查看。</translation>
    </message>
    <message>
        <source>{year} has no budget yet. Type the amounts (or import HQ&apos;s allocation); the first save is the original budget.</source>
        <translation>{year}尚无预算。请录入金额（或导入总部预算分配）；首次保存即为原始预算。</translation>
    </message>
    <message>
        <source>Changes to {year} are saved as a new version with a reason; the original stays.</source>
        <translation>{year}的修改将连同原因保存为新版本；原始预算保留不变。</translation>
    </message>
    <message>
        <source>The budget of {year}.</source>
        <translation>{year}的预算。</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>重新开账</translation>
    </message>
    <message>
        <source>Reopen {year} for changes?</source>
        <translation>重新开放{year}以便修改？</translation>
    </message>
    <message>
        <source>Close {year}? Its expenses and budget can then no longer be changed (a manager can reopen it).</source>
        <translation>将{year}关账？关账后其支出和预算不能再修改（网点负责人可重新开账）。</translation>
    </message>
    <message>
        <source>Year-end forecast ({method})</source>
        <translation>年末预测（{method}）</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新增类别…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Headline year-end forecast</source>
        <translation>年末预测主口径</translation>
    </message>
    <message>
        <source>The fiscal year starts in month {month} (the branch profile, under Settings).</source>
        <translation>财年从 {month} 月开始（在“设置”的网点资料中修改）。</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Over the annual budget</source>
        <translation>超出年度预算时</translation>
    </message>
    <message>
        <source>Over the monthly budget</source>
        <translation>超出月度预算时</translation>
    </message>
    <message>
        <source>Warn from</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <source>Unused monthly budget carries forward</source>
        <translation>月度预算结余可结转至后续月份</translation>
    </message>
    <message>
        <source>Has expenses every month</source>
        <translation>每月都有支出</translation>
    </message>
    <message>
        <source>The HQ export then reports a month with none as incomplete.</source>
        <translation>导出总部报表时，当月无此类支出将提示不完整。</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Stop refuses an expense over the budget (a manager may override it with a reason); Warn saves it after a warning; Ignore says nothing. ERPNext&apos;s defaults: annual Stop, monthly Warn.</source>
        <translation>“禁止”拒绝超预算的支出（网点负责人可填写原因越过）；“警告”提示后保存；“忽略”不提示。参照 ERPNext 默认：年度禁止，月度警告。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部财年</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>新增支出</translation>
    </message>
    <message>
        <source>Confirm the planned expense</source>
        <translation>确认计划支出</translation>
    </message>
    <message>
        <source>Expense {id}</source>
        <translation>支出 {id}</translation>
    </message>
    <message>
        <source>Generated from a recurring expense. Check the amount against the invoice and save to confirm it; only then does it count as spent.</source>
        <translation>由周期性支出生成。请按发票核对金额后保存以确认；确认后才计入实际支出。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yuan, e.g. 1280.50</source>
        <translation>元，如 1280.50</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>{warnings}

Save the expense anyway?</source>
        <translation>{warnings}

仍要保存这笔支出吗？</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超预算</translation>
    </message>
    <message>
        <source>{problems}

As manager you may override. Why is it needed?</source>
        <translation>{problems}

您作为网点负责人可以越过控制。请说明原因：</translation>
    </message>
    <message>
        <source>Override the budget</source>
        <translation>越过预算控制</translation>
    </message>
    <message>
        <source>Give the reason to override.</source>
        <translation>请填写越过预算控制的原因。</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overrides only</source>
        <translation>仅看越过控制的</translation>
    </message>
    <message>
        <source>New expense…</source>
        <translation>新增支出…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Recurring expenses…</source>
        <translation>周期性支出…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Delete the expense of {date} ({category}, ¥{amount})?</source>
        <translation>删除 {date} 的支出（{category}，¥{amount}）？</translation>
    </message>
    <message>
        <source>The attached file is missing from the data folder ({path}).</source>
        <translation>数据文件夹中找不到该附件（{path}）。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Year total</source>
        <translation>全年合计</translation>
    </message>
    <message>
        <source>Recurring expense</source>
        <translation>周期性支出</translation>
    </message>
    <message>
        <source>The usual amount, e.g. 86000</source>
        <translation>通常金额，如 86000</translation>
    </message>
    <message>
        <source>In shorter months: the month&apos;s last day.</source>
        <translation>当月天数不足时取月末。</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>每月日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Each month&apos;s expense is added as planned on its day, to be confirmed.</source>
        <translation>每月到期日自动生成计划支出，待确认。</translation>
    </message>
    <message>
        <source>Recurring expenses</source>
        <translation>周期性支出</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the recurring expense {what}? Those already generated stay.</source>
        <translation>停止周期性支出 {what}？已生成的支出保留。</translation>
    </message>
    <message>
        <source>Revise the budget of {year}</source>
        <translation>修订{year}预算</translation>
    </message>
    <message>
        <source>This saves version {number} of {year}, dated {day}, by {user}. The original and every earlier version are kept; variance is shown against the newest version, or against the original on request.</source>
        <translation>将保存{year}第 {number} 版预算，日期 {day}，修订人 {user}。原始预算及所有早期版本均保留；执行差异按最新版本计算，也可切换为对比原始预算。</translation>
    </message>
    <message>
        <source>e.g. HQ notice of 12 June: marketing budget raised by 15 %</source>
        <translation>如：总部 6 月 12 日通知，营销预算上调 15%</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Equal months</source>
        <translation>各月平均</translation>
    </message>
    <message>
        <source>Like last year&apos;s spending</source>
        <translation>按去年实际支出比例</translation>
    </message>
    <message>
        <source>Typed shares (%)</source>
        <translation>自定义各月占比（%）</translation>
    </message>
    <message>
        <source>Spread a yearly amount: {category}</source>
        <translation>按全年金额分摊：{category}</translation>
    </message>
    <message>
        <source>Yuan, e.g. 120000</source>
        <translation>元，如 120000</translation>
    </message>
    <message>
        <source>Yearly amount</source>
        <translation>全年金额</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分摊方式</translation>
    </message>
    <message>
        <source>{method} → run-rate (no prior year)</source>
        <translation>{method} → 按月均推算（无上年数据）</translation>
    </message>
    <message>
        <source>The month&apos;s variance: {amount} ({share})</source>
        <translation>本月差异：{amount}（{share}）</translation>
    </message>
    <message>
        <source>Against the current budget</source>
        <translation>对比当前预算</translation>
    </message>
    <message>
        <source>Against the original budget</source>
        <translation>对比原始预算</translation>
    </message>
    <message>
        <source>Raise corrective action…</source>
        <translation>发起整改…</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Up to the end of</source>
        <translation>截至月末</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{year} has no budget yet: enter it on the Budget tab or import it.</source>
        <translation>{year}尚无预算：请在“预算编制”中录入或导入。</translation>
    </message>
    <message>
        <source>original budget</source>
        <translation>原始预算</translation>
    </message>
    <message>
        <source>revision {n} of {day}</source>
        <translation>{day} 第 {n} 次修订</translation>
    </message>
    <message>
        <source>Used {used} of the year&apos;s budget of {budget} ({version}) with {elapsed} of the year elapsed.</source>
        <translation>全年预算 {budget}（{version}）已使用 {used}，财年已过 {elapsed}。</translation>
    </message>
    <message>
        <source>{method}, by run-rate for want of a prior year</source>
        <translation>{method}，无上年数据，按月均推算</translation>
    </message>
    <message>
        <source>Year-end forecast {value} ({method}, from the months to {last}): {variance} against the budget.</source>
        <translation>年末预测 {value}（{method}，依据截至 {last} 的完整月份）：较预算 {variance}。</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>{db} holds no BranchOps schema: it is empty or was never set up.</source>
        <translation>{db} 中没有 BranchOps 数据结构：它是空的，或从未建立过。</translation>
    </message>
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
    <message>
        <source>The audit log has {entries} entries, but {source} recorded {recorded}: the newest entries have been deleted.</source>
        <translation>审计日志现有 {entries} 条，但 {source} 记录的是 {recorded} 条：最新的记录已被删除。</translation>
    </message>
    <message>
        <source>Audit log entry {recorded} is not the one {source} recorded: the log has been rewritten.</source>
        <translation>审计日志第 {recorded} 条与 {source} 中记录的不一致：日志已被改写。</translation>
    </message>
    <message>
        <source>The audit chain head in {source} is not signed with this branch&apos;s HQ key; it was not written by BranchOps with this key and is ignored.</source>
        <translation>{source} 中的审计链末端没有本网点总部密钥的签名；它不是 BranchOps 用此密钥写入的，已忽略。</translation>
    </message>
    <message>
        <source>Table {table} of schema {revision} is missing.</source>
        <translation>缺少结构版本 {revision} 的数据表 {table}。</translation>
    </message>
    <message>
        <source>Table {table} does not belong to schema {revision} (an interrupted upgrade?).</source>
        <translation>数据表 {table} 不属于结构版本 {revision}（升级是否曾被中断？）。</translation>
    </message>
    <message>
        <source>Table {table} lacks the column {column} of schema {revision}.</source>
        <translation>数据表 {table} 缺少结构版本 {revision} 的字段 {column}。</translation>
    </message>
    <message>
        <source>Table {table} has a column {column} that schema {revision} does not have.</source>
        <translation>数据表 {table} 有结构版本 {revision} 中没有的字段 {column}。</translation>
    </message>
    <message>
        <source>Table {table} lacks the index {index} of schema {revision}.</source>
        <translation>数据表 {table} 缺少结构版本 {revision} 的索引 {index}。</translation>
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
        <source>{path} is empty (0 bytes): it holds no BranchOps data. Choose the .sqlite3 file that BranchOps created, or restore a backup into it.</source>
        <translation>{path} 是空文件（0 字节），其中没有 BranchOps 数据。请选择 BranchOps 创建的 .sqlite3 文件，或将备份恢复到此文件。</translation>
    </message>
    <message>
        <source>No problems found: schema, integrity, foreign keys and audit log are sound.</source>
        <translation>未发现问题：数据结构、完整性、外键和审计日志均正常。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} records no audit chain head: name a monthly HQ workbook, a backup or its manifest.</source>
        <translation>{path} 中没有记录审计链末端：请指定月度报表工作簿、备份或其清单文件。</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>数据库 {path} 不存在。</translation>
    </message>
    <message>
        <source>Sign-in is on for this database: name who acts with --user NAME (the password is read from {env}, or asked).</source>
        <translation>此数据库已启用登录：请用 --user 用户名 指明操作人（密码从 {env} 读取，或在运行时询问）。</translation>
    </message>
    <message>
        <source>No password for {user}: set {env}, or run the command in a terminal.</source>
        <translation>没有 {user} 的密码：请设置 {env}，或在终端中运行此命令。</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
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
        <source>Day of month</source>
        <translation>每月日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
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
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>反馈内容</translation>
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
        <source>Paid</source>
        <translation>带薪</translation>
    </message>
    <message>
        <source>How the days are worked out</source>
        <translation>天数依据</translation>
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
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>越过控制</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
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
        <source>Carried over</source>
        <translation>结转</translation>
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
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
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
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>应对策略</translation>
    </message>
    <message>
        <source>Drill scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Drill overdue</source>
        <translation>演练逾期</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>事先通知</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>总用时</translation>
    </message>
    <message>
        <source>Drill lead</source>
        <translation>演练负责人</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Targets met</source>
        <translation>达标步骤</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>M or U</source>
        <translation>M/U 项</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Required every</source>
        <translation>要求频次</translation>
    </message>
    <message>
        <source>Required this year</source>
        <translation>本年度应演练</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>上次演练</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Next planned</source>
        <translation>下次计划</translation>
    </message>
    <message>
        <source>Drill required every</source>
        <translation>演练频次要求</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤数</translation>
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
        <source>Over the year&apos;s budget</source>
        <translation>超年度预算</translation>
    </message>
    <message>
        <source>Over the month&apos;s budget</source>
        <translation>超月度预算</translation>
    </message>
    <message>
        <source>Warn from</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>结余结转</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月必有</translation>
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
        <source>First employment</source>
        <translation>参加工作日期</translation>
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
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>导入后</translation>
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
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Counts for</source>
        <translation>对应课程</translation>
    </message>
    <message>
        <source>Grants skill</source>
        <translation>授予技能</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格分</translation>
    </message>
    <message>
        <source>Required for</source>
        <translation>必修岗位</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Course or certificate</source>
        <translation>课程或证书</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Held today</source>
        <translation>今日有效</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Drills timed</source>
        <translation>计时次数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Month budget</source>
        <translation>本月预算</translation>
    </message>
    <message>
        <source>Month actual</source>
        <translation>本月实际</translation>
    </message>
    <message>
        <source>YTD budget</source>
        <translation>累计预算</translation>
    </message>
    <message>
        <source>YTD actual</source>
        <translation>累计实际</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率</translation>
    </message>
    <message>
        <source>Year&apos;s budget</source>
        <translation>全年预算</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>年末预测</translation>
    </message>
    <message>
        <source>Forecast variance</source>
        <translation>预测差异</translation>
    </message>
    <message>
        <source>Run-rate</source>
        <translation>按月均推算</translation>
    </message>
    <message>
        <source>Ratio to date</source>
        <translation>按去年进度比</translation>
    </message>
    <message>
        <source>Seasonal index</source>
        <translation>季节指数</translation>
    </message>
    <message>
        <source>Headline figure from</source>
        <translation>主口径</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>固有</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>复核意见</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Deadline and outcome</source>
        <translation>期限与处理结果</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Raise corrective action…</source>
        <translation>发起整改…</translation>
    </message>
    <message>
        <source>Complaint {reference}</source>
        <translation>投诉 {reference}</translation>
    </message>
    <message>
        <source> · forwarded by the regulator</source>
        <translation> · 监管转办</translation>
    </message>
    <message>
        <source>clock paused</source>
        <translation>计时已暂停</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>剩余 {n} 天</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>已超期 {n} 天</translation>
    </message>
    <message>
        <source>working days of the branch calendar</source>
        <translation>个网点工作日</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <source>{days} {basis}</source>
        <translation>{days} {basis}</translation>
    </message>
    <message>
        <source> (extended {count}×)</source>
        <translation>（已延期 {count} 次）</translation>
    </message>
    <message>
        <source> (restarted {count}×)</source>
        <translation>（已重新计时 {count} 次）</translation>
    </message>
    <message>
        <source>asked {asked}, due {due}</source>
        <translation>{asked} 申请，{due} 前完成</translation>
    </message>
    <message>
        <source>, done {done}: {outcome}</source>
        <translation>，{done} 完成：{outcome}</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Staff concerned</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Clock started</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>客户是否满意</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认受理</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Pause clock…</source>
        <translation>暂停计时…</translation>
    </message>
    <message>
        <source>Days spent waiting for the customer or for an outside appraisal do not count.</source>
        <translation>等待客户补充材料或外部鉴定、检测、评估的时间不计入处理时限。</translation>
    </message>
    <message>
        <source>Resume clock…</source>
        <translation>恢复计时…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>办结答复…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>A customer who is not satisfied reopens the complaint instead.</source>
        <translation>客户对处理结果不满意的，投诉将重新打开而不结案。</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Restart clock…</source>
        <translation>重新计时…</translation>
    </message>
    <message>
        <source>A repeat complaint with new facts starts a new clock from this day.</source>
        <translation>客户提出新的事实和理由再次投诉的，自当日起重新计算处理时限。</translation>
    </message>
    <message>
        <source>Review requested…</source>
        <translation>申请核查…</translation>
    </message>
    <message>
        <source>The customer disagrees and asks the higher branch for a review (核查); the review has its own deadline.</source>
        <translation>客户对处理结果有异议，向上级机构申请核查；核查另有办理期限。</translation>
    </message>
    <message>
        <source>Review done…</source>
        <translation>核查完成…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>添加进展说明…</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>Complaint deadline rules</source>
        <translation>投诉处理时限规则</translation>
    </message>
    <message>
        <source>Defaults from 银行业保险业消费投诉处理管理办法 (2020): decide within 15 days, extend once to 30 days with a reason, and by another 30 days only with the approval of the higher branch or HQ, the customer told. Whether days are working or calendar days is not settled by the text; working days of the branch calendar are the default. New rules apply to complaints received from now on.</source>
        <translation>默认值依据《银行业保险业消费投诉处理管理办法》（2020）：自受理之日起 15 日内作出处理决定；情况复杂的可说明理由延长至 30 日；情况特别复杂的，经上级机构或总部批准并告知客户，可再延长 30 日。条文未明确“日”指工作日还是自然日，默认按网点工作日计算。修改后的规则适用于此后受理的投诉。</translation>
    </message>
    <message>
        <source>Count working days of the branch calendar</source>
        <translation>按网点工作日计算</translation>
    </message>
    <message>
        <source>Days to decide: {severity}</source>
        <translation>处理时限（{severity}）</translation>
    </message>
    <message>
        <source>First extension brings it to (days)</source>
        <translation>第一次延期后时限（天）</translation>
    </message>
    <message>
        <source>Second extension adds (days)</source>
        <translation>第二次延期增加（天）</translation>
    </message>
    <message>
        <source>Review may be asked for within (days)</source>
        <translation>可申请核查的期限（天）</translation>
    </message>
    <message>
        <source>Days to complete a review</source>
        <translation>核查办理时限（天）</translation>
    </message>
    <message>
        <source>Escalate when the deadline is within (days)</source>
        <translation>距期限不足多少天时预警（天）</translation>
    </message>
</context>
<context>
    <name>ComplaintSteps</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>New facts</source>
        <translation>新的事实和理由</translation>
    </message>
    <message>
        <source>Decision told to the customer</source>
        <translation>向客户答复的处理意见</translation>
    </message>
    <message>
        <source>Outcome of the review</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因类别</translation>
    </message>
    <message>
        <source>Root cause in words</source>
        <translation>根本原因说明</translation>
    </message>
    <message>
        <source>Customer satisfied with the outcome?</source>
        <translation>客户对处理结果是否满意？</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <source>Approved by (higher branch or HQ)</source>
        <translation>批准人（上级机构或总部）</translation>
    </message>
    <message>
        <source>The customer was told</source>
        <translation>已告知客户</translation>
    </message>
</context>
<context>
    <name>Concurrency</name>
    <message>
        <source>This record was changed by {user} at {time}; reopen it and save again.</source>
        <translation>这条记录已被 {user} 在 {time} 修改，请重新打开后再保存</translation>
    </message>
    <message>
        <source>This record was changed by someone else meanwhile; reopen it and save again.</source>
        <translation>这条记录刚被其他人修改，请重新打开后再保存</translation>
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
        <source>No workbook could be merged ({rejected} rejected): nothing was written and no database was changed.</source>
        <translation>没有可合并的报表（{rejected} 个被拒收）：未写入任何文件，也未改动任何数据库。</translation>
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
        <source>What was verified</source>
        <translation>校验内容</translation>
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
        <source>Signed with the branch&apos;s key: data sheet and visible figures</source>
        <translation>已用网点密钥签名：数据表及可见工作表的数字</translation>
    </message>
    <message>
        <source>Signed with the branch&apos;s key: data sheet only</source>
        <translation>已用网点密钥签名：仅数据表</translation>
    </message>
    <message>
        <source>Unsigned SHA-256: data sheet and visible figures, against accidental changes only</source>
        <translation>未签名的 SHA-256：数据表及可见工作表的数字，仅能发现无意的改动</translation>
    </message>
    <message>
        <source>Unsigned SHA-256: data sheet only, against accidental changes only</source>
        <translation>未签名的 SHA-256：仅数据表，仅能发现无意的改动</translation>
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
        <source>A figure on a visible sheet was changed after export (the sheets no longer match the data sheet&apos;s figures digest); ask the branch for a new export.</source>
        <translation>导出后可见工作表上的数字被改动过（与数据表中的数字摘要不符）；请网点重新导出。</translation>
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
        <source>The data sheet was made by a newer BranchOps (schema version {version}; this BranchOps reads {known}): update BranchOps at HQ, then consolidate again.</source>
        <translation>数据表由更新版本的 BranchOps 生成（结构版本 {version}；本程序可读取 {known}）：请先在总部升级 BranchOps，再重新汇总。</translation>
    </message>
    <message>
        <source>Unknown data-sheet schema version {version} (this BranchOps reads {known}); update BranchOps at HQ.</source>
        <translation>未知的数据格式版本 {version}（本软件可读取 {known}），请升级总部的 BranchOps。</translation>
    </message>
    <message>
        <source>The workbook has no &apos;{sheet}&apos; sheet: it is not a BranchOps monthly workbook.</source>
        <translation>工作簿中没有“{sheet}”工作表，不是 BranchOps 月度报表。</translation>
    </message>
    <message>
        <source>The data sheet&apos;s {field} is not a number.</source>
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
        <source>The data sheet&apos;s period {period} is not YYYY-MM.</source>
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
        <source>No workbook could be merged ({rejected} rejected, reasons below): nothing was written and no database was changed.</source>
        <translation>没有可合并的报表（{rejected} 个被拒收，原因见下）：未写入任何文件，也未改动任何数据库。</translation>
    </message>
    <message>
        <source>{merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing. Written to {path}.</source>
        <translation>{period} 汇总了 {merged} 个网点，退回 {rejected} 个文件，缺报 {missing} 个网点。已保存到 {path}。</translation>
    </message>
    <message>
        <source>Missing: {codes}</source>
        <translation>缺报：{codes}</translation>
    </message>
    <message>
        <source>What is checked: each data sheet&apos;s checksum covers its KPI values and details and, through the figures digest, every value on the visible sheets. Without an HQ key the checksum is a plain SHA-256: it shows accidental changes, but anyone who edits a file can recompute it. Issue each branch an HQ signing key (its Settings, branch profile) and list the keys here: a file signed with the key (HMAC-SHA256) cannot be altered unnoticed by anyone who does not have the key.</source>
        <translation>校验内容：每个数据表的校验值覆盖其指标数值和基本信息，并通过数字摘要覆盖各可见工作表上的全部数值。没有总部密钥时，校验值只是普通的 SHA-256：能发现无意的改动，但改动文件的人可以重新计算它。请为每个网点发放总部签名密钥（在其“设置 › 网点资料”中填写），并在此列出各密钥：用密钥签名（HMAC-SHA256）的文件，没有密钥的人无法在不被发现的情况下改动。</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overdue corrective actions, last 12 months</source>
        <translation>逾期整改，近 12 个月</translation>
    </message>
    <message>
        <source>No figures for these months yet.</source>
        <translation>这些月份还没有数据。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Average inspection score, last 12 months</source>
        <translation>检查平均得分，近 12 个月</translation>
    </message>
    <message>
        <source>Enter the branch profile and KPI targets in Settings.</source>
        <translation>在“设置”中填写网点信息和 KPI 目标。</translation>
    </message>
    <message>
        <source>Add your staff on the Staff page (or import them from Excel).</source>
        <translation>在“人员”页面添加员工（或从 Excel 导入）。</translation>
    </message>
    <message>
        <source>Load a built-in checklist on the Quality checks page.</source>
        <translation>在“服务质量检查”页面载入内置检查表。</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Risk and drills</source>
        <translation>风险与演练</translation>
    </message>
    <message>
        <source>HQ report</source>
        <translation>总部报表</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>运营看板</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Recompute from the database (F5)</source>
        <translation>从数据库重新计算（F5）</translation>
    </message>
    <message>
        <source>Agenda: today and this week</source>
        <translation>待办：今日与本周</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>To get started:</source>
        <translation>开始使用：</translation>
    </message>
    <message>
        <source>Part of the dashboard could not be computed ({what}); see the log.</source>
        <translation>看板有部分内容未能计算（{what}），详见日志。</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>Prev. {previous} · Last yr {year}</source>
        <translation>上月 {previous} · 去年同期 {year}</translation>
    </message>
    <message>
        <source>No target — set one in Settings.</source>
        <translation>无目标——请在“设置”中设定。</translation>
    </message>
    <message>
        <source>Click to open the list.</source>
        <translation>点击打开对应列表。</translation>
    </message>
    <message>
        <source>Budget burn-up against plan</source>
        <translation>预算执行累计对比计划</translation>
    </message>
    <message>
        <source>CSAT and NPS, last 12 months</source>
        <translation>满意度与净推荐值，近 12 个月</translation>
    </message>
    <message>
        <source>Complaints, last 12 months</source>
        <translation>投诉量，近 12 个月</translation>
    </message>
    <message>
        <source>Risk heat map (open risks, residual)</source>
        <translation>风险热力图（未关闭风险，剩余风险）</translation>
    </message>
    <message>
        <source>Training compliance by course</source>
        <translation>各课程培训合规率</translation>
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
        <source>Cannot read the database {path}: {reason}. Check the file&apos;s rights.</source>
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
        <source>Cannot reach the database server of {target}. Check the network and that the server is running.</source>
        <translation>无法连接数据库服务器（{target}）。请检查网络以及服务器是否在运行。</translation>
    </message>
    <message>
        <source>Cannot connect to the database {target}: {reason}</source>
        <translation>无法连接数据库 {target}：{reason}</translation>
    </message>
    <message>
        <source>Cannot reach the database server of {target}. Check the network and that the server is running. Nothing was saved; what you entered is kept, save again when the server is back.</source>
        <translation>无法连接数据库服务器（{target}）。请检查网络以及服务器是否在运行。本次未保存任何内容；已填写的内容仍保留，服务器恢复后请再次保存。</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the server has no database of that name</source>
        <translation>服务器上没有该名称的数据库</translation>
    </message>
    <message>
        <source>the server has no user of that name</source>
        <translation>服务器上没有该名称的用户</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation>写入 {path} 时磁盘已满。请清理出空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>The upgrade of {target} from schema {revision} could not be completed ({reason}); the database was left as it was.</source>
        <translation>{target} 从结构版本 {revision} 的升级未能完成（{reason}）；数据库保持原样。</translation>
    </message>
    <message>
        <source>The upgrade of {target} from schema {revision} could not be completed ({reason}); the database was left as it was, and the copy kept before the upgrade is {copy}.</source>
        <translation>{target} 从结构版本 {revision} 的升级未能完成（{reason}）；数据库保持原样，升级前保留的副本是 {copy}。</translation>
    </message>
    <message>
        <source>The copy to {path} failed: {reason}. Nothing was changed.</source>
        <translation>复制到 {path} 失败：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <source>The database {target} is busy: another program has kept it locked for more than {seconds} seconds. Try again when it has finished; this change was not saved.</source>
        <translation>数据库 {target} 正忙：另一个程序锁定它已超过 {seconds} 秒。请待其完成后重试；本次更改未保存。</translation>
    </message>
    <message>
        <source>BranchOps is open on {target} (the desktop app, or another command that writes); close it first, or wait until it has finished. Nothing was changed.</source>
        <translation>BranchOps 正在使用 {target}（桌面程序或另一个写入命令）；请先关闭它，或等待其完成。未做任何更改。</translation>
    </message>
    <message>
        <source>The database {target} reported an error: {reason}. This change was not saved.</source>
        <translation>数据库 {target} 报告错误：{reason}。本次更改未保存。</translation>
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
    <name>Drill</name>
    <message>
        <source>The chosen drill lead does not exist.</source>
        <translation>所选演练负责人不存在。</translation>
    </message>
    <message>
        <source>A person is listed twice.</source>
        <translation>有人员被重复列入。</translation>
    </message>
    <message>
        <source>A participant no longer exists.</source>
        <translation>有参与人员已不存在。</translation>
    </message>
    <message>
        <source>A step time is for a step not in this plan.</source>
        <translation>有步骤用时不属于本预案的步骤。</translation>
    </message>
    <message>
        <source>Step {n}: a time cannot be below zero.</source>
        <translation>第 {n} 步：用时不能小于零。</translation>
    </message>
    <message>
        <source>Step {n}: the time must be under a day.</source>
        <translation>第 {n} 步：用时必须少于一天。</translation>
    </message>
    <message>
        <source>The duration must be zero or more and under a day.</source>
        <translation>总用时必须不小于零且少于一天。</translation>
    </message>
    <message>
        <source>The drill lasted {duration} but its steps add up to {steps}: correct the duration or the step times.</source>
        <translation>演练总用时为 {duration}，但各步骤用时合计 {steps}：请更正总用时或步骤用时。</translation>
    </message>
    <message>
        <source>Say on which day the drill was held.</source>
        <translation>请填写演练日期。</translation>
    </message>
    <message>
        <source>A drill dated after today cannot be recorded as done: plan it instead, and record it on the day.</source>
        <translation>晚于今天的演练不能登记为已完成：请先列入计划，在演练当天再登记。</translation>
    </message>
    <message>
        <source>A rating is for an objective not in this plan.</source>
        <translation>有评估项不属于本预案的演练目标。</translation>
    </message>
    <message>
        <source>A linked risk no longer exists.</source>
        <translation>有关联风险已不存在。</translation>
    </message>
    <message>
        <source>This drill no longer exists.</source>
        <translation>该演练记录已不存在。</translation>
    </message>
    <message>
        <source>Choose the emergency plan that was drilled.</source>
        <translation>请选择演练所依据的应急预案。</translation>
    </message>
    <message>
        <source>The chosen emergency plan does not exist.</source>
        <translation>所选应急预案不存在。</translation>
    </message>
    <message>
        <source>Choose the day of the drill.</source>
        <translation>请选择演练日期。</translation>
    </message>
    <message>
        <source>Plan a drill for today or later; a past drill is recorded.</source>
        <translation>计划演练日期须为今天或以后；已举行的演练请直接登记。</translation>
    </message>
    <message>
        <source>Not possible while the drill is {status}.</source>
        <translation>演练处于“{status}”状态时不能进行此操作。</translation>
    </message>
    <message>
        <source>A recorded drill stays with the plan it was run on.</source>
        <translation>已登记的演练不能更换所依据的预案。</translation>
    </message>
    <message>
        <source>{plan} drill of {date}: {what}</source>
        <translation>{date} {plan}演练：{what}</translation>
    </message>
    <message>
        <source>Record the drill before raising follow-up actions from it.</source>
        <translation>请先登记演练，再提出后续整改。</translation>
    </message>
    <message>
        <source>This issue is no longer on the drill.</source>
        <translation>该问题已不在此演练记录中。</translation>
    </message>
    <message>
        <source>This objective is not rated on the drill.</source>
        <translation>此演练未对该目标评估。</translation>
    </message>
    <message>
        <source>Improve: {objective}</source>
        <translation>改进：{objective}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>P — performed without challenges</source>
        <translation>P — 顺利完成</translation>
    </message>
    <message>
        <source>S — performed with some challenges</source>
        <translation>S — 完成但存在一些问题</translation>
    </message>
    <message>
        <source>M — performed with major challenges</source>
        <translation>M — 完成但存在重大问题</translation>
    </message>
    <message>
        <source>U — unable to be performed</source>
        <translation>U — 未能完成</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Step times</source>
        <translation>步骤用时</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Issues and actions</source>
        <translation>问题与整改</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Summary and risks</source>
        <translation>总结与关联风险</translation>
    </message>
    <message>
        <source>Announced in advance</source>
        <translation>事先通知</translation>
    </message>
    <message>
        <source>e.g. 12:30</source>
        <translation>如 12:30</translation>
    </message>
    <message>
        <source>What was simulated, e.g. smoke in the cash room</source>
        <translation>演练模拟的情景，如现金区冒烟</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>演练日期</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练情景</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>总用时</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Drill lead</source>
        <translation>演练负责人</translation>
    </message>
    <message>
        <source>Save as done</source>
        <translation>登记为已完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>version {n}</source>
        <translation>第 {n} 版</translation>
    </message>
    <message>
        <source>Drill record {id}</source>
        <translation>演练记录 {id}</translation>
    </message>
    <message>
        <source>Record a drill</source>
        <translation>登记演练</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Type the duration as 12:30.</source>
        <translation>总用时请按 12:30 格式填写。</translation>
    </message>
    <message>
        <source>Type the start time as 16:30.</source>
        <translation>开始时间请按 16:30 格式填写。</translation>
    </message>
    <message>
        <source>Save the drill first, then raise its follow-up actions.</source>
        <translation>请先保存演练记录，再提出后续整改。</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>不保存修改就关闭吗？</translation>
    </message>
    <message>
        <source>Type the time each step took, e.g. 2:45.</source>
        <translation>填写每个步骤的用时，如 2:45。</translation>
    </message>
    <message>
        <source>Steps add up to {total}; {met} of {timed} timed targets met.</source>
        <translation>步骤用时合计 {total}；有目标时间的 {timed} 个步骤中 {met} 个达标。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add everyone</source>
        <translation>全部添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent</source>
        <translation>到场 {present} 人，缺席 {absent} 人</translation>
    </message>
    <message>
        <source>Raise a corrective action…</source>
        <translation>提出整改…</translation>
    </message>
    <message>
        <source>Rate each objective: P without challenges, S with some, M with major challenges, U unable to be performed.</source>
        <translation>逐项评估演练目标：P 顺利完成，S 存在一些问题，M 存在重大问题，U 未能完成。</translation>
    </message>
    <message>
        <source>Add an issue</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Follow-up corrective actions</source>
        <translation>后续整改</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
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
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>After-action summary</source>
        <translation>演练总结</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>做得好的方面</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>待改进方面</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>关联风险</translation>
    </message>
    <message>
        <source>Save the after-action report</source>
        <translation>保存演练总结报告</translation>
    </message>
    <message>
        <source>Print the after-action report</source>
        <translation>打印演练总结报告</translation>
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
        <source>Not rated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Plan a drill</source>
        <translation>计划演练</translation>
    </message>
    <message>
        <source>Move a planned drill</source>
        <translation>调整计划演练</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
</context>
<context>
    <name>DrillReport</name>
    <message>
        <source>{plan} (version {n})</source>
        <translation>{plan}（第 {n} 版）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>事先通知</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>不事先通知</translation>
    </message>
    <message>
        <source>Drill lead</source>
        <translation>演练负责人</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>总用时</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>{present} present, {absent} absent</source>
        <translation>到场 {present} 人，缺席 {absent} 人</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练情景</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Over target</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标时间</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>实际用时</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No corrective action raised.</source>
        <translation>未提出整改。</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>After-action report: {plan}</source>
        <translation>演练总结报告：{plan}</translation>
    </message>
    <message>
        <source>Objectives and ratings</source>
        <translation>演练目标与评估</translation>
    </message>
    <message>
        <source>Timeline of steps</source>
        <translation>步骤时间线</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>做得好的方面</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>待改进方面</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改进计划</translation>
    </message>
    <message>
        <source>Linked risks</source>
        <translation>关联风险</translation>
    </message>
    <message>
        <source>{code} {title} (residual score {score})</source>
        <translation>{code} {title}（剩余风险评分 {score}）</translation>
    </message>
    <message>
        <source>After-action summary</source>
        <translation>演练总结</translation>
    </message>
    <message>
        <source>{n} photos are kept with the drill record.</source>
        <translation>演练记录附有 {n} 张照片。</translation>
    </message>
    <message>
        <source>Drill lead&apos;s signature:</source>
        <translation>演练负责人签字：</translation>
    </message>
    <message>
        <source>Branch manager&apos;s signature:</source>
        <translation>网点负责人签字：</translation>
    </message>
    <message>
        <source>{name} ({extra})</source>
        <translation>{name}（{extra}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>到场：</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>缺席：</translation>
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
        <source>The database could not be used</source>
        <translation>无法使用数据库</translation>
    </message>
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
    <name>Feedback</name>
    <message>
        <source>Complaint {reference} of {date}: {summary}</source>
        <translation>{date} 投诉 {reference}：{summary}</translation>
    </message>
    <message>
        <source>Corrective action {id}: {title}</source>
        <translation>整改措施 {id}：{title}</translation>
    </message>
    <message>
        <source>Complaint {reference}: decide by the deadline — {summary}</source>
        <translation>投诉 {reference} 即将到期 — {summary}</translation>
    </message>
    <message>
        <source>[Regulator] {title}</source>
        <translation>【监管转办】{title}</translation>
    </message>
    <message>
        <source>Review of complaint {reference} due</source>
        <translation>投诉 {reference} 核查到期</translation>
    </message>
    <message>
        <source>File {name} was not found.</source>
        <translation>找不到文件 {name}。</translation>
    </message>
    <message>
        <source>File {name} is larger than {limit} MB.</source>
        <translation>文件 {name} 超过 {limit} MB。</translation>
    </message>
    <message>
        <source>File {name} cannot be read: {reason}</source>
        <translation>无法读取文件 {name}：{reason}</translation>
    </message>
    <message>
        <source>This feedback record no longer exists.</source>
        <translation>该反馈记录已不存在。</translation>
    </message>
    <message>
        <source>This attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Comment book</source>
        <translation>意见簿</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Forwarded by the regulator</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>Evaluation device</source>
        <translation>评价器</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <source>Business process</source>
        <translation>业务流程</translation>
    </message>
    <message>
        <source>Environment and facilities</source>
        <translation>环境设施</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <source>3-level scale</source>
        <translation>三级量表</translation>
    </message>
    <message>
        <source>5-level scale</source>
        <translation>五级量表</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Staff conduct</source>
        <translation>员工服务行为</translation>
    </message>
    <message>
        <source>Process or rules</source>
        <translation>业务流程或制度</translation>
    </message>
    <message>
        <source>System or equipment failure</source>
        <translation>系统或设备故障</translation>
    </message>
    <message>
        <source>Product design</source>
        <translation>产品设计</translation>
    </message>
    <message>
        <source>Fee policy</source>
        <translation>收费政策</translation>
    </message>
    <message>
        <source>Too few staff or counters</source>
        <translation>人手或窗口不足</translation>
    </message>
    <message>
        <source>Explanation or misunderstanding</source>
        <translation>解释沟通不到位或客户误解</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Outside appraisal or testing</source>
        <translation>外部鉴定或检测</translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>延长期限</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Clock restarted (new facts)</source>
        <translation>重新计时（新的事实）</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>申请核查</translation>
    </message>
    <message>
        <source>Review done</source>
        <translation>核查完成</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>进展说明</translation>
    </message>
    <message>
        <source>Corrective action raised</source>
        <translation>发起整改</translation>
    </message>
    <message>
        <source>Give a number of days from {low} to {high}.</source>
        <translation>请填写 {low} 至 {high} 之间的天数。</translation>
    </message>
    <message>
        <source>An extension cannot allow fewer days ({days}) than the decision itself ({base}).</source>
        <translation>延期后的时限（{days} 天）不能少于原处理时限（{base} 天）。</translation>
    </message>
    <message>
        <source>The rating is on a scale of 1 to 5; {value} is not.</source>
        <translation>评分为 1 至 5 分，{value} 不在范围内。</translation>
    </message>
    <message>
        <source>The recommendation score is from 0 to 10; {value} is not.</source>
        <translation>推荐意愿为 0 至 10 分，{value} 不在范围内。</translation>
    </message>
    <message>
        <source>Give the date and time received.</source>
        <translation>请填写受理日期和时间。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>受理时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>“{phone}” is neither a mainland mobile number (11 digits starting 13–19) nor a landline (area code and number, e.g. 021-58881234).</source>
        <translation>“{phone}”既不是大陆手机号（以 13–19 开头的 11 位数字），也不是固定电话（区号加号码，如 021-58881234）。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The description is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Say what the customer complained about.</source>
        <translation>请填写客户投诉的内容。</translation>
    </message>
    <message>
        <source>The chosen staff member does not exist.</source>
        <translation>所选员工不存在。</translation>
    </message>
    <message>
        <source>The chosen handler does not exist.</source>
        <translation>所选承办人不存在。</translation>
    </message>
    <message>
        <source>The date received cannot change once work on the complaint has started.</source>
        <translation>投诉已开始处理，受理日期不能再修改。</translation>
    </message>
    <message>
        <source>This record is complaint {reference} with its own handling; it stays a complaint.</source>
        <translation>该记录为投诉 {reference}，已有处理流程，不能改为其他类型。</translation>
    </message>
    <message>
        <source>Complaint {reference} is being handled and cannot be deleted; record the outcome instead.</source>
        <translation>投诉 {reference} 正在处理中，不能删除；请登记处理结果。</translation>
    </message>
    <message>
        <source>Not possible while complaint {reference} is {status}.</source>
        <translation>投诉 {reference} 当前为“{status}”，不能进行此操作。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The date cannot be before the complaint was received ({date}).</source>
        <translation>日期不能早于投诉受理日期（{date}）。</translation>
    </message>
    <message>
        <source>Say what was decided and told to the customer.</source>
        <translation>请填写处理意见及向客户答复的内容。</translation>
    </message>
    <message>
        <source>A complaint cannot close before it is resolved.</source>
        <translation>结案日期不能早于办结答复日期。</translation>
    </message>
    <message>
        <source>Choose the root cause before closing.</source>
        <translation>结案前请选择根本原因类别。</translation>
    </message>
    <message>
        <source>Describe the root cause before closing.</source>
        <translation>结案前请说明根本原因。</translation>
    </message>
    <message>
        <source>Record whether the customer is satisfied with the resolution.</source>
        <translation>请登记客户对处理结果是否满意。</translation>
    </message>
    <message>
        <source>The customer is not satisfied.</source>
        <translation>客户对处理结果不满意。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>请说明重新打开投诉的原因。</translation>
    </message>
    <message>
        <source>Complaint {reference} has had both extensions; there is no third.</source>
        <translation>投诉 {reference} 已延期两次，不能再延期。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请填写延期理由。</translation>
    </message>
    <message>
        <source>A second extension needs the approval of the higher branch or HQ: say who approved it.</source>
        <translation>第二次延期须经上级机构或总部批准，请填写批准人。</translation>
    </message>
    <message>
        <source>Tell the customer of the second extension first.</source>
        <translation>第二次延期须先告知客户。</translation>
    </message>
    <message>
        <source>{reason} (approved by {approval}; customer told)</source>
        <translation>{reason}（{approval} 批准，已告知客户）</translation>
    </message>
    <message>
        <source>The clock of this complaint is already paused.</source>
        <translation>该投诉已暂停计时。</translation>
    </message>
    <message>
        <source>The pause cannot start before the clock did ({date}).</source>
        <translation>暂停日期不能早于起算日（{date}）。</translation>
    </message>
    <message>
        <source>The clock of this complaint is not paused.</source>
        <translation>该投诉未暂停计时。</translation>
    </message>
    <message>
        <source>The clock cannot resume before the pause began ({date}).</source>
        <translation>恢复计时日期不能早于暂停日期（{date}）。</translation>
    </message>
    <message>
        <source>Describe the new facts that restart the clock.</source>
        <translation>请说明重新计时所依据的新的事实和理由。</translation>
    </message>
    <message>
        <source>A review of this complaint was already asked for.</source>
        <translation>该投诉已申请过核查。</translation>
    </message>
    <message>
        <source>A review cannot be asked for before the decision ({date}).</source>
        <translation>核查申请日期不能早于处理决定日期（{date}）。</translation>
    </message>
    <message>
        <source>A review had to be asked for by {date} ({days} days after the decision).</source>
        <translation>核查应在 {date} 前申请（处理决定后 {days} 日内）。</translation>
    </message>
    <message>
        <source>No review of this complaint is open.</source>
        <translation>该投诉没有进行中的核查。</translation>
    </message>
    <message>
        <source>The review cannot end before it was asked for.</source>
        <translation>核查完成日期不能早于申请日期。</translation>
    </message>
    <message>
        <source>Say what the review concluded.</source>
        <translation>请填写核查结论。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写说明。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>{name} (file missing)</source>
        <translation>{name}（文件缺失）</translation>
    </message>
    <message>
        <source>{name} (new)</source>
        <translation>{name}（新）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>新增反馈</translation>
    </message>
    <message>
        <source>Feedback record {id}</source>
        <translation>反馈记录 {id}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Staff concerned</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 021-58881234</source>
        <translation>手机或固定电话，如 021-58881234</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>Would recommend (0–10)</source>
        <translation>推荐意愿（0–10）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>保存并继续录入</translation>
    </message>
</context>
<context>
    <name>FeedbackCharts</name>
    <message>
        <source>No ratings in this period.</source>
        <translation>此期间没有评价。</translation>
    </message>
    <message>
        <source>CSAT target</source>
        <translation>满意度目标</translation>
    </message>
    <message>
        <source>CSAT and NPS by month</source>
        <translation>各月满意度与 NPS</translation>
    </message>
    <message>
        <source>No complaints in this period.</source>
        <translation>此期间没有投诉。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Regulator-forwarded</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>Complaints by month</source>
        <translation>各月投诉量</translation>
    </message>
    <message>
        <source>CSAT and NPS, last 12 months</source>
        <translation>满意度与净推荐值，近 12 个月</translation>
    </message>
    <message>
        <source>Complaints, last 12 months</source>
        <translation>投诉量，近 12 个月</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Forwarded by the regulator: high priority</source>
        <translation>监管转办：优先处理</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Escalated only</source>
        <translation>仅预警</translation>
    </message>
    <message>
        <source>Regulator-forwarded only</source>
        <translation>仅监管转办</translation>
    </message>
    <message>
        <source>Review open</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Deadline rules…</source>
        <translation>时限规则…</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>全部反馈</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Search text, customer, phone, complaint no., staff…</source>
        <translation>搜索内容、客户、电话、投诉编号、员工…</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>打开投诉</translation>
    </message>
    <message>
        <source>Import survey results…</source>
        <translation>导入调查结果…</translation>
    </message>
    <message>
        <source>New feedback (Ctrl+N)</source>
        <translation>新增反馈（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete this {kind} of {date}?</source>
        <translation>删除 {date} 的这条{kind}？</translation>
    </message>
    <message>
        <source>CSAT and NPS by month</source>
        <translation>各月满意度与 NPS</translation>
    </message>
    <message>
        <source>Complaints by month</source>
        <translation>各月投诉量</translation>
    </message>
    <message>
        <source>CSAT by category</source>
        <translation>各类别满意度</translation>
    </message>
    <message>
        <source>CSAT by channel</source>
        <translation>各渠道满意度</translation>
    </message>
    <message>
        <source>Satisfaction rate per staff member</source>
        <translation>员工满意率排名</translation>
    </message>
    <message>
        <source>Last {n} months</source>
        <translation>最近 {n} 个月</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
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
        <source>… and {count} more changed fields.</source>
        <translation>……另有 {count} 处字段变更。</translation>
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
        <source>differs from an earlier row of the same checklist, which has “{earlier}”; give it once or the same on every row.</source>
        <translation>与同一检查表前面一行的“{earlier}”不一致；只填一次，或每行都填相同的值。</translation>
    </message>
    <message>
        <source>a drop-down item needs its choices: fill in this column as label=score, e.g. 优秀=100、良好=80、差=0 (or choose another answer type).</source>
        <translation>下拉选项类项目需要选项：请按“名称=分值”填写本列，例如 优秀=100、良好=80、差=0（或改用其他答题方式）。</translation>
    </message>
    <message>
        <source>the lowest allowed ({low:g}) is above the highest allowed ({high:g}); swap the two values.</source>
        <translation>下限（{low:g}）高于上限（{high:g}）；请对调这两个值。</translation>
    </message>
    <message>
        <source>the same item is already on row {row} of this section; keep one.</source>
        <translation>同一部分的第 {row} 行已有相同的检查项目，请只保留一行。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>row {row}, {record}: {field} {old} → {new}</source>
        <translation>第 {row} 行，{record}：{field} {old} → {new}</translation>
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
        <source>this employee no. is also on row {row}; keep one row per person.</source>
        <translation>该工号在第 {row} 行也出现了，每人只保留一行。</translation>
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
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>HH:MM; empty means the start of the day.</source>
        <translation>HH:MM；留空表示当天零点。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Empty means a survey.</source>
        <translation>留空表示问卷。</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Employee no. or name of the teller rated; may be empty.</source>
        <translation>被评价柜员的工号或姓名，可留空。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>3 levels: 满意 / 基本满意 / 不满意; or 5 levels: 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 or 1–5. One scale in the whole column.</source>
        <translation>三级：满意 / 基本满意 / 不满意；或五级：非常满意 / 满意 / 一般 / 不满意 / 非常不满意，或 1–5。整列只用一种量表。</translation>
    </message>
    <message>
        <source>Recommend (0–10)</source>
        <translation>推荐意愿（0–10）</translation>
    </message>
    <message>
        <source>How likely to recommend us, 0 to 10 (NPS); may be empty.</source>
        <translation>向他人推荐我行的可能性，0 至 10 分（用于 NPS），可留空。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>满意度调查结果</translation>
    </message>
    <message>
        <source>One row per answer. Every row needs a satisfaction rating, a recommendation score, or both.</source>
        <translation>每行一条评价。每行须填写满意度或推荐意愿，或两者都填。</translation>
    </message>
    <message>
        <source>How answers count for CSAT (the share of ratings 4–5): 3 levels — 满意 = 5 (counts), 基本满意 = 3, 不满意 = 1; 5 levels — 非常满意 = 5 and 满意 = 4 (count), 一般 = 3, 不满意 = 2, 非常不满意 = 1. A column with only 满意 and 不满意 is read as 3 levels.</source>
        <translation>满意度（CSAT，即 4–5 分的占比）的计算：三级量表 — 满意 = 5（计入），基本满意 = 3，不满意 = 1；五级量表 — 非常满意 = 5 和 满意 = 4（计入），一般 = 3，不满意 = 2，非常不满意 = 1。只含“满意”和“不满意”的列按三级量表读取。</translation>
    </message>
    <message>
        <source>The 0–10 recommendation score gives NPS: 9–10 promoters, 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors. It does not count for CSAT.</source>
        <translation>0–10 分的推荐意愿用于计算 NPS：9–10 分为推荐者，7–8 分为被动者，0–6 分为贬损者；NPS = 推荐者占比 − 贬损者占比。推荐意愿不计入满意度。</translation>
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
        <source>Optional; keeps an item&apos;s history when its text changes.</source>
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
        <source>Date of first employment</source>
        <translation>参加工作日期</translation>
    </message>
    <message>
        <source>When the person first started work, with any employer (annual leave counts all years of service); empty means the hire date.</source>
        <translation>首次参加工作的日期（含以前的用人单位；年休假按累计工作时间计算）；留空则按入职日期。</translation>
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
        <source>no sheet has the template&apos;s column headings (for example “{column}”). Download the template and copy your data into it.</source>
        <translation>没有找到带模板列标题（例如“{column}”）的工作表。请下载模板，把数据复制进去。</translation>
    </message>
    <message>
        <source>the required column “{column}” is missing; add it to the headings.</source>
        <translation>缺少必填列“{column}”，请在标题行中添加。</translation>
    </message>
    <message>
        <source>the sheet {sheet} has headings, and its rows {rows} hold only spaces. Type the data under the headings (one row per record), or delete those rows.</source>
        <translation>工作表 {sheet} 有标题行，但第 {rows} 行只有空格。请在标题下填写数据（每条记录一行），或删除这些行。</translation>
    </message>
    <message>
        <source>the sheet {sheet} has the headings (row {row}) but no rows under them. Add one row per record under the headings, save, and import again.</source>
        <translation>工作表 {sheet} 有标题行（第 {row} 行），但下面没有数据。请在标题下每条记录填写一行，保存后再导入。</translation>
    </message>
    <message>
        <source>{column} is required and cannot be cleared; fill it in.</source>
        <translation>{column}为必填项，不能清空；请填写。</translation>
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
        <source>the file cannot be read ({reason}).</source>
        <translation>无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <source>the file does not exist in {folder}. Check the name and the folder, or choose the file with Browse….</source>
        <translation>文件夹 {folder} 中没有此文件。请检查文件名和文件夹，或用“浏览…”选择文件。</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes): it was not saved completely or not copied whole. Open the original in Excel or WPS, save it, and choose it again.</source>
        <translation>文件为空（0 字节）：未完整保存或未完整复制。请在 Excel 或 WPS 中打开原文件并保存，然后重新选择。</translation>
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
        <source>this is not an Excel workbook (perhaps CSV or text). Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>这不是 Excel 工作簿（可能是 CSV 或文本文件）。请在 Excel 或 WPS 中打开，另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it again as .xlsx.</source>
        <translation>请在 Excel 或 WPS 中打开它，重新另存为 .xlsx。</translation>
    </message>
    <message>
        <source>this is a Word document renamed to .xlsx, not a workbook. Choose the Excel file.</source>
        <translation>这是改名为 .xlsx 的 Word 文档，不是工作簿。请选择 Excel 文件。</translation>
    </message>
    <message>
        <source>this is a PowerPoint file renamed to .xlsx, not a workbook. Choose the Excel file.</source>
        <translation>这是改名为 .xlsx 的 PowerPoint 文件，不是工作簿。请选择 Excel 文件。</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than {limit} MB, far more than a list needs. Copy the rows into the template and import that.</source>
        <translation>此工作簿解压后超过 {limit} MB，远超一份名单所需。请把数据行复制到模板中再导入。</translation>
    </message>
    <message>
        <source>the sheet {sheet} is damaged ({part}, line {line}: characters a workbook cannot hold, or a cut-off file). {again}</source>
        <translation>工作表 {sheet} 已损坏（{part} 第 {line} 行：含工作簿不能保存的字符，或文件不完整）。{again}</translation>
    </message>
    <message>
        <source>the workbook is damaged (its part {part} cannot be read). {again}</source>
        <translation>工作簿已损坏（无法读取其中的 {part}）。{again}</translation>
    </message>
    <message>
        <source>the file is damaged or is not an Excel workbook (a Word or zip file?). {again}</source>
        <translation>文件已损坏或不是 Excel 工作簿（是 Word 或 zip 文件？）。{again}</translation>
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
        <source>Enter a number from {low} to {high}.</source>
        <translation>请填写 {low} 到 {high} 之间的数。</translation>
    </message>
    <message>
        <source>A blank cell, or a column you leave out, keeps what BranchOps already has for that record. To erase a stored value, write {marker} (or {other}) in the cell.</source>
        <translation>留空的单元格或未包含的列，保留 BranchOps 中该记录已有的信息。要清除已保存的值，请在单元格中填写 {marker}（或 {other}）。</translation>
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
        <source>Dates: write YYYY-MM-DD (e.g. 2024-03-01) or use a date cell. A date such as 1/5/2026, whose day and month could be read either way round, is refused.</source>
        <translation>日期：请写成 YYYY-MM-DD（如 2024-03-01）或使用日期格式的单元格。像 1/5/2026 这样日和月可以互换理解的日期会被拒绝。</translation>
    </message>
    <message>
        <source>Limits: at most {rows} rows and {columns} columns on the sheet, and {mb} MB per file.</source>
        <translation>限制：工作表最多 {rows} 行、{columns} 列，每个文件最大 {mb} MB。</translation>
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
        <source>{text} could be read with day and month either way round; write it as YYYY-MM-DD (e.g. {example}).</source>
        <translation>{text} 的日和月可以互换理解；请写成 YYYY-MM-DD（如 {example}）。</translation>
    </message>
    <message>
        <source>{year}-{month:02d} has no day {day}: it has {days} days.</source>
        <translation>{year} 年 {month} 月没有 {day} 日：该月只有 {days} 天。</translation>
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
        <source>the cell has a formula whose result was never saved (the file was made by a program, not saved in Excel). Open the file in Excel or WPS, save it, and import again — or type the value itself.</source>
        <translation>此单元格的公式从未保存计算结果（文件由程序生成，未在 Excel 中保存过）。请在 Excel 或 WPS 中打开并保存后再导入，或直接填写数值。</translation>
    </message>
    <message>
        <source>the cell shows the Excel error {error}, not a value. Correct the formula (or type the value itself) and import again.</source>
        <translation>此单元格显示 Excel 错误值 {error}，不是数据。请修正公式（或直接填写数值）后再导入。</translation>
    </message>
    <message>
        <source>it contains the invisible character U+{code:04X} {name}; retype the text without it.</source>
        <translation>含有不可见字符 U+{code:04X} {name}；请重新输入不含该字符的文字。</translation>
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
        <source>write a number of at least {low}.</source>
        <translation>请填写不小于 {low} 的数。</translation>
    </message>
    <message>
        <source>write a number of at most {high}.</source>
        <translation>请填写不大于 {high} 的数。</translation>
    </message>
    <message>
        <source>write a number from {low} to {high}.</source>
        <translation>请填写 {low} 到 {high} 之间的数。</translation>
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
        <source>Fields the import changes on people already in BranchOps:</source>
        <translation>导入将修改的已有人员字段：</translation>
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
    <message>
        <source>write a time as 17:30.</source>
        <translation>请按 17:30 的格式填写时间。</translation>
    </message>
    <message>
        <source>no course has this code or title; add it on the Training page first.</source>
        <translation>没有此编号或名称的课程；请先在“培训管理”页面添加。</translation>
    </message>
    <message>
        <source>no staff member has this employee no.</source>
        <translation>没有此工号的员工。</translation>
    </message>
    <message>
        <source>employee no. {no} is {name}; check the row.</source>
        <translation>工号 {no} 对应的是 {name}；请核对该行。</translation>
    </message>
    <message>
        <source>New training session: {session}</source>
        <translation>新建培训场次：{session}</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>The course&apos;s code or title, as on the Training page.</source>
        <translation>课程编号或名称，与“培训管理”页面一致。</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>培训日期</translation>
    </message>
    <message>
        <source>Rows with the same course and date are one session; it is created if new.</source>
        <translation>课程和日期相同的行属于同一场次；场次不存在时自动新建。</translation>
    </message>
    <message>
        <source>Optional; checked against the employee no.</source>
        <translation>选填；会与工号核对。</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Empty means present.</source>
        <translation>留空表示出席。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>0–100; passed when it reaches the course&apos;s pass mark.</source>
        <translation>0–100；达到课程合格分即为合格。</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Empty: numbered automatically when the course issues certificates.</source>
        <translation>留空：课程发证时自动编号。</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Only to tell two sessions of one day apart.</source>
        <translation>仅用于区分同一天的两个场次。</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Empty means the course&apos;s hours.</source>
        <translation>留空表示采用课程学时。</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>培训签到</translation>
    </message>
    <message>
        <source>One row per person and session. A session already recorded keeps the people the file does not list; the people it lists get the file&apos;s attendance and score.</source>
        <translation>每人每场次一行。已登记的场次中，文件未列出的人员保持不变；文件列出的人员按文件更新出勤和成绩。</translation>
    </message>
    <message>
        <source>the sheet {sheet} has more than {limit} rows with data; split it into files of at most {limit} rows and import them one after the other.</source>
        <translation>工作表 {sheet} 的数据超过 {limit} 行；请拆分为每个不超过 {limit} 行的文件，逐个导入。</translation>
    </message>
    <message>
        <source>the sheet {sheet} has data in cell {cell}, beyond the {limit} columns (A to {last}) an import reads. Delete what is there, or copy your columns into the template.</source>
        <translation>工作表 {sheet} 的单元格 {cell} 有数据，超出了导入读取的 {limit} 列（A 至 {last}）。请删除该处内容，或把各列复制到模板中。</translation>
    </message>
    <message>
        <source>the sheets {sheets} all have the template&apos;s headings. An import reads one sheet: put every row on one of them and delete (or hide) the others.</source>
        <translation>工作表 {sheets} 都有模板的标题行。一次导入只读取一个工作表：请把所有行放到其中一个，删除（或隐藏）其他工作表。</translation>
    </message>
    <message>
        <source>the headings are on the hidden sheet “{sheet}”. Unhide it (right-click a sheet tab › Unhide) or copy its rows to a visible sheet, then import again.</source>
        <translation>标题行在隐藏的工作表“{sheet}”中。请取消隐藏（右键单击工作表标签 › 取消隐藏），或把数据复制到可见的工作表，然后再导入。</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: the heading “{heading}” is in columns {columns}. Keep one of these columns and rename or delete the others.</source>
        <translation>工作表 {sheet} 第 {row} 行：标题“{heading}”出现在第 {columns} 列。请只保留其中一列，其余改名或删除。</translation>
    </message>
    <message>
        <source>[clear]</source>
        <translation>[清空]</translation>
    </message>
    <message>
        <source>unknown cost category; use one of: {names}.</source>
        <translation>费用类别不存在，请使用：{names}。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>give the yearly amount or the twelve monthly amounts.</source>
        <translation>请填写全年金额或 12 个月的金额。</translation>
    </message>
    <message>
        <source>the monthly amounts add up to {sum}, not to the yearly amount.</source>
        <translation>各月金额合计为 {sum}，与全年金额不符。</translation>
    </message>
    <message>
        <source>{year}: budget version {number} saved.</source>
        <translation>{year}：已保存第 {number} 版预算。</translation>
    </message>
    <message>
        <source>the same invoice of the same vendor is on row {row}.</source>
        <translation>同一供应商的同一发票已在第 {row} 行。</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Cost category</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>One from the list, or as named on the Budget page for a category added there.</source>
        <translation>从下拉列表选择；在预算管理页面新增的类别，按其名称填写。</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>The calendar year the fiscal year starts in, e.g. 2026.</source>
        <translation>财年开始所在的年份，如 2026。</translation>
    </message>
    <message>
        <source>Yearly amount</source>
        <translation>全年金额</translation>
    </message>
    <message>
        <source>Alone: spread equally over the months. With monthly amounts: their total.</source>
        <translation>只填全年金额时按月平均分摊；同时填写各月金额时须等于各月合计。</translation>
    </message>
    <message>
        <source>Reason for revision</source>
        <translation>修订原因</translation>
    </message>
    <message>
        <source>Required when the fiscal year has a budget already (on any of its rows).</source>
        <translation>该财年已有预算时必填（填在该财年任一行即可）。</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>预算分配</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>One row per fiscal year and cost category. The month columns are calendar months: with a fiscal year starting in April, January to March belong to the next calendar year.</source>
        <translation>每个财年、每个费用类别一行。月份列为日历月：财年从 4 月开始时，1 至 3 月属于下一日历年。</translation>
    </message>
    <message>
        <source>The first import of a fiscal year is its original budget; a later one is a revision (the original is kept) and needs a reason. Categories left out keep their amounts.</source>
        <translation>某财年的首次导入为原始预算；之后的导入为修订（原始预算保留），须填写原因。文件中未列出的类别保持原金额。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Yuan with at most two decimals, more than 0.</source>
        <translation>单位元，最多两位小数，须大于 0。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Unique per vendor; needs the vendor.</source>
        <translation>同一供应商下不能重复；填写发票号时须填写供应商。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>实际支出</translation>
    </message>
    <message>
        <source>One row per expense. Each is checked against its category&apos;s over-budget policy in the order of the rows: a row over a “stop” budget rejects the file (a manager can enter such an expense with a reason on the Budget page).</source>
        <translation>每笔支出一行。按行的顺序逐笔检查所属类别的超预算控制：任一行超出“禁止”预算即拒绝整个文件（网点负责人可在预算管理页面填写原因后录入此类支出）。</translation>
    </message>
    <message>
        <source>{count} staff members have this name; give the employee no. instead.</source>
        <translation>有 {count} 名员工同名，请改填工号。</translation>
    </message>
    <message>
        <source>no staff member has this employee no. or name; check the staff list.</source>
        <translation>没有此工号或姓名的员工，请核对员工名单。</translation>
    </message>
    <message>
        <source>this column mixes scales: row {row} answers on the {scale} and this row on the {other}. Use one scale in a column (import the other answers in a file of their own).</source>
        <translation>该列混用了不同量表：第 {row} 行为{scale}，本行为{other}。同一列请只用一种量表（其他答案请另建文件导入）。</translation>
    </message>
    <message>
        <source>a satisfaction rating is 1 to 5; put a 0–10 answer in the column “Recommend (0–10)”.</source>
        <translation>满意度评分为 1 至 5；0–10 分的答案请填在“推荐意愿（0–10）”列。</translation>
    </message>
    <message>
        <source>write 满意 / 基本满意 / 不满意 (3 levels), 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 (5 levels) or a number from 1 to 5.</source>
        <translation>请填写 满意 / 基本满意 / 不满意（三级），非常满意 / 满意 / 一般 / 不满意 / 非常不满意（五级），或 1 至 5 的数字。</translation>
    </message>
    <message>
        <source>fill in the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>write the time as HH:MM.</source>
        <translation>时间请按 HH:MM 填写。</translation>
    </message>
    <message>
        <source>the date is after today.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>fill in a satisfaction rating or a recommendation score.</source>
        <translation>请填写满意度或推荐意愿。</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Headcount</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>People employed on the month&apos;s last day.</source>
        <translation>本月最后一天在职的人数。</translation>
    </message>
    <message>
        <source>Roster coverage gaps</source>
        <translation>排班缺口</translation>
    </message>
    <message>
        <source>Shifts of the month&apos;s roster short of their headcount or of a required skill.</source>
        <translation>本月排班中人数不足或缺少所需技能的班次数。</translation>
    </message>
    <message>
        <source>Overtime hours</source>
        <translation>加班工时</translation>
    </message>
    <message>
        <source>Hours worked beyond the standard hours in the month&apos;s timesheet.</source>
        <translation>本月考勤表中超出标准工时的工作小时数。</translation>
    </message>
    <message>
        <source>Labour hours vs budget</source>
        <translation>人工工时预算使用率</translation>
    </message>
    <message>
        <source>Hours worked in the month ÷ the month&apos;s labour-hours budget.</source>
        <translation>本月实际工时 ÷ 本月工时预算。</translation>
    </message>
    <message>
        <source>Leave days</source>
        <translation>请假天数</translation>
    </message>
    <message>
        <source>Days of approved leave taken in the month.</source>
        <translation>本月已批准并休假的天数。</translation>
    </message>
    <message>
        <source>Open corrective actions</source>
        <translation>未完成整改数</translation>
    </message>
    <message>
        <source>Corrective actions not yet done at the month&apos;s end (today for this month).</source>
        <translation>月末（本月为今天）尚未完成的整改项数。</translation>
    </message>
    <message>
        <source>Overdue corrective actions</source>
        <translation>逾期整改数</translation>
    </message>
    <message>
        <source>Open corrective actions past their due date at the month&apos;s end.</source>
        <translation>月末已过期限仍未完成的整改项数。</translation>
    </message>
    <message>
        <source>Actions closed on time</source>
        <translation>整改按期完成率</translation>
    </message>
    <message>
        <source>Actions done in the month by their due date ÷ all actions done in the month.</source>
        <translation>本月按期完成的整改 ÷ 本月完成的全部整改。</translation>
    </message>
    <message>
        <source>Average inspection score</source>
        <translation>检查平均得分</translation>
    </message>
    <message>
        <source>Mean score of the inspections completed in the month (0–100).</source>
        <translation>本月已完成检查的平均得分（0–100）。</translation>
    </message>
    <message>
        <source>Inspections done vs due</source>
        <translation>检查完成率（实检／应检）</translation>
    </message>
    <message>
        <source>Inspections done ÷ inspections due so far this month.</source>
        <translation>本月截至目前已完成的检查 ÷ 应做的检查。</translation>
    </message>
    <message>
        <source>Critical failures in inspections</source>
        <translation>检查关键项不合格数</translation>
    </message>
    <message>
        <source>Critical items answered as failed in the month&apos;s inspections.</source>
        <translation>本月检查中不合格的关键项数。</translation>
    </message>
    <message>
        <source>Training compliance</source>
        <translation>培训合规率</translation>
    </message>
    <message>
        <source>Valid cells of the compliance matrix ÷ cells required by each person&apos;s position, at the month&apos;s end.</source>
        <translation>月末合规矩阵中有效的格数 ÷ 各人岗位要求的格数。</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Hours of the sessions held in the month, counted once per person who attended.</source>
        <translation>本月已举办场次的培训学时，每位参训人员各计一次。</translation>
    </message>
    <message>
        <source>Certificates expiring within 30 days</source>
        <translation>30 天内到期证书</translation>
    </message>
    <message>
        <source>Certificates and required courses whose validity ends within 30 days of the month&apos;s end.</source>
        <translation>月末起 30 天内到期的证书和必修课程。</translation>
    </message>
    <message>
        <source>Training sessions held vs planned</source>
        <translation>培训场次完成率</translation>
    </message>
    <message>
        <source>Sessions held ÷ sessions planned for the month (held, still planned or cancelled).</source>
        <translation>本月已举办场次 ÷ 本月计划场次（已举办、仍在计划或已取消）。</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>预算使用率</translation>
    </message>
    <message>
        <source>Spent from the fiscal year&apos;s start to the month&apos;s end ÷ the year&apos;s budget.</source>
        <translation>财年初至月末的支出 ÷ 全年预算。</translation>
    </message>
    <message>
        <source>Share of the fiscal year elapsed</source>
        <translation>财年时间进度</translation>
    </message>
    <message>
        <source>Days of the fiscal year to the month&apos;s end (today for this month) ÷ its days.</source>
        <translation>财年已过天数（截至月末，本月截至今天）÷ 财年天数。</translation>
    </message>
    <message>
        <source>Spending in the month</source>
        <translation>本月支出</translation>
    </message>
    <message>
        <source>Confirmed expenses dated in the month.</source>
        <translation>本月已确认的支出。</translation>
    </message>
    <message>
        <source>Month&apos;s spending against its budget</source>
        <translation>本月支出占月度预算</translation>
    </message>
    <message>
        <source>Confirmed expenses of the month ÷ the month&apos;s budget.</source>
        <translation>本月已确认支出 ÷ 本月预算。</translation>
    </message>
    <message>
        <source>Forecast year-end variance</source>
        <translation>年末预测差异</translation>
    </message>
    <message>
        <source>Year-end forecast (the method chosen on the Budget page) − the year&apos;s budget.</source>
        <translation>年末预测（按预算管理页面选定的口径）− 全年预算。</translation>
    </message>
    <message>
        <source>Forecast year-end variance %</source>
        <translation>年末预测差异率</translation>
    </message>
    <message>
        <source>Forecast year-end variance ÷ the year&apos;s budget.</source>
        <translation>年末预测差异 ÷ 全年预算。</translation>
    </message>
    <message>
        <source>Categories over budget</source>
        <translation>超预算类别数</translation>
    </message>
    <message>
        <source>Cost categories that spent more than budgeted to date, or than the whole year&apos;s.</source>
        <translation>累计支出超过累计预算或全年预算的费用类别数。</translation>
    </message>
    <message>
        <source>Open high and very high risks</source>
        <translation>未关闭的高及极高风险</translation>
    </message>
    <message>
        <source>Open risks rated high or very high on the month&apos;s last day.</source>
        <translation>本月最后一天评级为高或极高的未关闭风险数。</translation>
    </message>
    <message>
        <source>Risk reviews past due</source>
        <translation>逾期未复核的风险</translation>
    </message>
    <message>
        <source>Open risks whose review date had passed on the month&apos;s last day.</source>
        <translation>本月最后一天已过复评日期的未关闭风险数。</translation>
    </message>
    <message>
        <source>Drills done vs required (year to date)</source>
        <translation>应急演练完成率（年初至今）</translation>
    </message>
    <message>
        <source>Drills held since the year&apos;s start ÷ drills the programme requires by the month&apos;s end.</source>
        <translation>年初至今已举行的演练 ÷ 演练计划要求截至月末完成的演练。</translation>
    </message>
    <message>
        <source>Drill objectives rated M or U</source>
        <translation>演练目标评为 M 或 U 的项数</translation>
    </message>
    <message>
        <source>Objectives of the month&apos;s drills rated M (marginal) or U (unsatisfactory).</source>
        <translation>本月演练中评为 M（勉强）或 U（不满意）的目标数。</translation>
    </message>
    <message>
        <source>Overdue follow-up actions of drills</source>
        <translation>演练整改逾期项</translation>
    </message>
    <message>
        <source>Follow-up actions of drills still open and past their due date on the month&apos;s last day.</source>
        <translation>本月最后一天仍未完成且已过期限的演练整改措施数。</translation>
    </message>
    <message>
        <source>Complaints received in the month, whatever their channel.</source>
        <translation>本月收到的投诉数（不论渠道）。</translation>
    </message>
    <message>
        <source>Complaints decided in the month by their deadline ÷ complaints decided.</source>
        <translation>本月在期限内办结的投诉 ÷ 本月办结的投诉。</translation>
    </message>
    <message>
        <source>Complaints not yet decided and past their deadline at the month&apos;s end.</source>
        <translation>月末尚未办结且已超过期限的投诉数。</translation>
    </message>
    <message>
        <source>Complaints not yet decided that are past their deadline or within the escalation window of it at the month&apos;s end.</source>
        <translation>月末尚未办结、已超期或临近期限（在升级提醒范围内）的投诉数。</translation>
    </message>
    <message>
        <source>Ratings of 4 or 5 ÷ all ratings given in the month.</source>
        <translation>本月评分为 4 或 5 的数量 ÷ 本月全部评分数。</translation>
    </message>
    <message>
        <source>% of scores 9–10 − % of scores 0–6 of the month&apos;s 0–10 recommendation scores.</source>
        <translation>本月 0–10 推荐意愿评分中 9–10 分的占比 − 0–6 分的占比。</translation>
    </message>
    <message>
        <source>Praise received in the month.</source>
        <translation>本月收到的表扬数。</translation>
    </message>
    <message>
        <source>Complaints forwarded by the regulator received in the month.</source>
        <translation>本月收到的监管转办投诉数。</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <source>Complaints resolved within deadline</source>
        <translation>投诉按期办结率</translation>
    </message>
    <message>
        <source>Overdue open complaints</source>
        <translation>超期未办结投诉</translation>
    </message>
    <message>
        <source>Escalated complaints</source>
        <translation>预警投诉</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Praise received</source>
        <translation>表扬数</translation>
    </message>
    <message>
        <source>Regulator-forwarded complaints</source>
        <translation>监管转办投诉</translation>
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
        <source>Marriage</source>
        <translation>婚假</translation>
    </message>
    <message>
        <source>Maternity</source>
        <translation>产假</translation>
    </message>
    <message>
        <source>Paternity</source>
        <translation>陪产假</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>丧假</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>工伤假</translation>
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
        <source>{days:g} days of annual leave asked, but only {left:g} are left ({rule}).</source>
        <translation>申请年休假 {days:g} 天，但只剩 {left:g} 天（{rule}）。</translation>
    </message>
    <message>
        <source>{year}: {days:g} days of annual leave asked, but only {left:g} are left ({rule}).</source>
        <translation>{year} 年：申请年休假 {days:g} 天，但只剩 {left:g} 天（{rule}）。</translation>
    </message>
    <message>
        <source>{days} set for this person (statutory: {statutory})</source>
        <translation>为此人单独设定 {days}（法定：{statutory}）</translation>
    </message>
    <message>
        <source>carried over from {year}: {days}</source>
        <translation>由 {year} 年结转：{days}</translation>
    </message>
    <message>
        <source>, usable until {day}</source>
        <translation>，可用至 {day}</translation>
    </message>
    <message>
        <source>{days} lapsed on {day}</source>
        <translation>{days}已于 {day} 失效</translation>
    </message>
    <message>
        <source>days taken beyond this are not recovered (实施办法 art. 12)</source>
        <translation>多休的天数不再扣回（实施办法第十二条）</translation>
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
        <source>The leave starts before the hire date {day}.</source>
        <translation>请假开始日期早于入职日期 {day}。</translation>
    </message>
    <message>
        <source>The person leaves on {day}; the leave cannot go past it.</source>
        <translation>此人于 {day} 离职，请假不能超过该日。</translation>
    </message>
    <message>
        <source>This person already has leave on some of these days.</source>
        <translation>此人在其中某些日期已有请假。</translation>
    </message>
    <message>
        <source>That leave record no longer exists; reload the list.</source>
        <translation>该请假记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1天</translation>
    </message>
    <message>
        <source>{days:g} days</source>
        <translation>{days:g}天</translation>
    </message>
    <message>
        <source>20 years of service or more</source>
        <translation>累计工作满20年</translation>
    </message>
    <message>
        <source>10–20 years of service</source>
        <translation>累计工作满10年不满20年</translation>
    </message>
    <message>
        <source>1–10 years of service</source>
        <translation>累计工作满1年不满10年</translation>
    </message>
    <message>
        <source>5 days: no date of first employment or hire date recorded</source>
        <translation>5天：未登记参加工作日期和入职日期</translation>
    </message>
    <message>
        <source>none: not employed in {year}</source>
        <translation>无：{year} 年不在职</translation>
    </message>
    <message>
        <source>none: 12 months of total service are reached on {day}</source>
        <translation>无：累计工作于 {day} 满12个月</translation>
    </message>
    <message>
        <source>{days}: {tier}</source>
        <translation>{days}：{tier}</translation>
    </message>
    <message>
        <source>pro rata from {first} to {last}: {days}</source>
        <translation>自 {first} 至 {last} 折算：{days}</translation>
    </message>
    <message>
        <source>pro rata from {first}: {days}</source>
        <translation>自 {first} 起折算：{days}</translation>
    </message>
    <message>
        <source>pro rata to the leaving day {last}: {days}</source>
        <translation>按离职日 {last} 折算：{days}</translation>
    </message>
    <message>
        <source>none: {sick:g} days of sick leave in {year} after annual leave was taken (实施办法 art. 8)</source>
        <translation>无：{year} 年已休年休假后又请病假 {sick:g} 天（实施办法第八条）</translation>
    </message>
    <message>
        <source>no more: {sick:g} days of sick leave, {limit} days or more (条例 art. 4); the {taken:g} days taken stay and next year&apos;s leave lapses (实施办法 art. 8)</source>
        <translation>不再享受：病假 {sick:g} 天，达到 {limit} 天（条例第四条）；已休的 {taken:g} 天不扣回，下一年度不享受年休假（实施办法第八条）</translation>
    </message>
    <message>
        <source>none: {sick:g} days of sick leave, {limit} days or more (条例 art. 4)</source>
        <translation>无：病假 {sick:g} 天，达到 {limit} 天（条例第四条）</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>带薪</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>不带薪</translation>
    </message>
    <message>
        <source>{days} in calendar days</source>
        <translation>按日历天计 {days}</translation>
    </message>
    <message>
        <source>{days} in the person&apos;s rostered days</source>
        <translation>按本人排班日计 {days}</translation>
    </message>
    <message>
        <source>{days} in statutory working days</source>
        <translation>按法定工作日计 {days}</translation>
    </message>
    <message>
        <source>usual length {days}</source>
        <translation>通常 {days}</translation>
    </message>
    <message>
        <source>not annual leave (实施办法 art. 6)</source>
        <translation>不计入年休假（实施办法第六条）</translation>
    </message>
    <message>
        <source>annual leave left in {year} after this: {days}</source>
        <translation>本次之后 {year} 年年休假剩余 {days}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
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
        <source>Leave rules</source>
        <translation>假期规则</translation>
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
    <name>LeaveRules</name>
    <message>
        <source>Statutory working days (Monday to Friday, holidays off, make-up days on)</source>
        <translation>法定工作日（周一至周五，节假日不计，调休上班日计入）</translation>
    </message>
    <message>
        <source>The person&apos;s rostered days (days not rostered yet: statutory days)</source>
        <translation>本人排班日（尚未排班的日期按法定工作日）</translation>
    </message>
    <message>
        <source>None: unused days lapse on 31 December</source>
        <translation>不结转：未休天数于12月31日作废</translation>
    </message>
    <message>
        <source>Until a day of the next year</source>
        <translation>结转至次年某日</translation>
    </message>
    <message>
        <source>All of them, for the whole next year</source>
        <translation>全部结转，次年全年可用</translation>
    </message>
    <message>
        <source>职工带薪年休假条例 art. 3: holidays and rest days inside do not count</source>
        <translation>职工带薪年休假条例第三条：法定节假日、休息日不计入年休假</translation>
    </message>
    <message>
        <source>Sick pay by local rules; 2 / 3 / 4 months or more forfeit the year&apos;s annual leave (条例 art. 4)</source>
        <translation>病假工资按当地规定；病假累计2/3/4个月以上的不享受当年年休假（条例第四条）</translation>
    </message>
    <message>
        <source>Unpaid personal leave (事假)</source>
        <translation>事假，不发工资</translation>
    </message>
    <message>
        <source>Training arranged by the employer</source>
        <translation>单位安排的培训</translation>
    </message>
    <message>
        <source>Other leave, as agreed</source>
        <translation>其他假期，按约定</translation>
    </message>
    <message>
        <source>1–3 working days (国家劳动总局、财政部 1980 notice on 婚丧假); provinces add more</source>
        <translation>1至3个工作日（国家劳动总局、财政部1980年婚丧假通知）；各省另有增加</translation>
    </message>
    <message>
        <source>98 days, 15 more for a difficult birth and for each further baby (女职工劳动保护特别规定 art. 7); provinces add more</source>
        <translation>98天，难产增加15天，多胞胎每多1个婴儿增加15天（女职工劳动保护特别规定第七条）；各省另有增加</translation>
    </message>
    <message>
        <source>Set by the province&apos;s population and family planning regulations (often 15 days)</source>
        <translation>按本省人口与计划生育条例（多为15天）</translation>
    </message>
    <message>
        <source>1–3 working days for a parent, spouse or child (国家劳动总局、财政部 1980 notice on 婚丧假)</source>
        <translation>直系亲属（父母、配偶、子女）去世，1至3个工作日（国家劳动总局、财政部1980年婚丧假通知）</translation>
    </message>
    <message>
        <source>停工留薪期 on full pay, normally up to 12 months (工伤保险条例 art. 33)</source>
        <translation>停工留薪期内原工资福利不变，一般不超过12个月（工伤保险条例第三十三条）</translation>
    </message>
    <message>
        <source>Choose how annual leave days are counted.</source>
        <translation>请选择年休假天数的计算方式。</translation>
    </message>
    <message>
        <source>Choose one of the carry-over rules.</source>
        <translation>请选择一种结转规则。</translation>
    </message>
    <message>
        <source>Write the day as MM-DD, for example 03-31.</source>
        <translation>请按 MM-DD 填写日期，例如 03-31。</translation>
    </message>
    <message>
        <source>Sick-leave days must be from 1 to 366 for each tier.</source>
        <translation>各档病假天数须在 1 至 366 之间。</translation>
    </message>
    <message>
        <source>Longer service cannot have fewer sick-leave days (2, 3 and 4 months by law).</source>
        <translation>工龄越长，病假天数不能越少（法定为2、3、4个月）。</translation>
    </message>
    <message>
        <source>The usual length must be from 0 to 730 days.</source>
        <translation>通常天数须在 0 至 730 之间。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>带薪</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>日历天</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Save leave rules</source>
        <translation>保存假期规则</translation>
    </message>
    <message>
        <source>Annual leave</source>
        <translation>年休假</translation>
    </message>
    <message>
        <source>1–10 years:</source>
        <translation>满1年不满10年：</translation>
    </message>
    <message>
        <source>10–20 years:</source>
        <translation>满10年不满20年：</translation>
    </message>
    <message>
        <source>20 years or more:</source>
        <translation>满20年：</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>计算天数</translation>
    </message>
    <message>
        <source>Unused days carry over</source>
        <translation>未休天数结转</translation>
    </message>
    <message>
        <source>Carried days usable until (MM-DD)</source>
        <translation>结转天数可用至（MM-DD）</translation>
    </message>
    <message>
        <source>Sick leave that forfeits the year</source>
        <translation>不享受当年年休假的病假天数</translation>
    </message>
    <message>
        <source>By law: 5 days from 1 year of total service, 10 from 10 years, 15 from 20 (职工带薪年休假条例 art. 3); pro rata in the year a person joins, reaches 12 months or leaves (实施办法 art. 5, 12); sick leave of 2, 3 or 4 months or more forfeits the year (条例 art. 4).</source>
        <translation>法定：累计工作满1年5天，满10年10天，满20年15天（职工带薪年休假条例第三条）；新入职、累计工作满12个月或离职的当年按日历天数折算（实施办法第五条、第十二条）；病假累计2、3、4个月以上的不享受当年年休假（条例第四条）。</translation>
    </message>
    <message>
        <source>Kinds of leave</source>
        <translation>假期类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Usual length</source>
        <translation>通常天数</translation>
    </message>
    <message>
        <source>Where the default comes from</source>
        <translation>默认值依据</translation>
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
    <message>
        <source>MR</source>
        <translation>婚</translation>
    </message>
    <message>
        <source>MT</source>
        <translation>产</translation>
    </message>
    <message>
        <source>PT</source>
        <translation>陪</translation>
    </message>
    <message>
        <source>BV</source>
        <translation>丧</translation>
    </message>
    <message>
        <source>WI</source>
        <translation>伤</translation>
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
        <source>{count}+ rows</source>
        <translation>{count}+ 行</translation>
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
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
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
        <source>Dashboard</source>
        <translation>运营看板</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训管理</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算管理</translation>
    </message>
    <message>
        <source>Risks and drills</source>
        <translation>风险与应急演练</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this. Ask the branch manager.</source>
        <translation>您的角色（{role}）无权执行此操作。请联系网点负责人。</translation>
    </message>
    <message>
        <source>Your account has been deactivated since you signed in; nothing was saved. Ask the branch manager.</source>
        <translation>您登录后账户已被停用；未保存任何内容。请联系网点负责人。</translation>
    </message>
    <message>
        <source>Your role has changed since you signed in; nothing was saved. Sign in again.</source>
        <translation>您登录后角色已变更；未保存任何内容。请重新登录。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>请填写预案名称。</translation>
    </message>
    <message>
        <source>Choose how often the drill is required (1 to 12 months).</source>
        <translation>请选择演练频次（1 至 12 个月）。</translation>
    </message>
    <message>
        <source>Role {n} has no name.</source>
        <translation>第 {n} 个职责没有名称。</translation>
    </message>
    <message>
        <source>A plan needs at least one step.</source>
        <translation>预案至少需要一个步骤。</translation>
    </message>
    <message>
        <source>Step {n} has no text.</source>
        <translation>第 {n} 步没有内容。</translation>
    </message>
    <message>
        <source>The target time of step {n} must be more than zero and under a day.</source>
        <translation>第 {n} 步的目标时间必须大于零且少于一天。</translation>
    </message>
    <message>
        <source>Two steps have the same key.</source>
        <translation>有两个步骤的编号相同。</translation>
    </message>
    <message>
        <source>Objective {n} has no text.</source>
        <translation>第 {n} 个演练目标没有内容。</translation>
    </message>
    <message>
        <source>This emergency plan no longer exists.</source>
        <translation>该应急预案已不存在。</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New emergency plan</source>
        <translation>新建应急预案</translation>
    </message>
    <message>
        <source>Emergency plan: {name}</source>
        <translation>应急预案：{name}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>in the programme since</source>
        <translation>纳入演练计划日期</translation>
    </message>
    <message>
        <source>Drill required</source>
        <translation>演练要求</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的与依据</translation>
    </message>
    <message>
        <source>Purpose (English)</source>
        <translation>目的与依据（英文）</translation>
    </message>
    <message>
        <source>Steps in the order they are done. A target time (e.g. 3:00 for “evacuation complete”) is what a drill&apos;s step time is compared with.</source>
        <translation>按执行顺序填写步骤。目标时间（如“疏散完毕” 3:00）用于与演练中各步骤的实际用时比较。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>职责分工</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>演练目标</translation>
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
        <source>Inspector&apos;s signature:</source>
        <translation>检查人签字：</translation>
    </message>
    <message>
        <source>Branch manager&apos;s signature:</source>
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
        <source>Save the report</source>
        <translation>保存检查报告</translation>
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
        <source>{month} has not begun yet: a monthly workbook can be made for a month up to the current one ({current}).</source>
        <translation>{month} 尚未开始：月度报表只能生成到本月（{current}）为止。</translation>
    </message>
    <message>
        <source>Another export of {month} was logged at the same time; export again to get the next revision.</source>
        <translation>{month} 的另一次导出刚刚完成登记，请重新导出以生成下一版。</translation>
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
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>original of {day}</source>
        <translation>{day} 的原始预算</translation>
    </message>
    <message>
        <source>revision {number} of {day}: {reason}</source>
        <translation>{day} 第 {number} 次修订：{reason}</translation>
    </message>
    <message>
        <source>{method} (run-rate: no prior year)</source>
        <translation>{method}（无上年数据，按月均推算）</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Budget version</source>
        <translation>预算版本</translation>
    </message>
    <message>
        <source>Share of the year elapsed</source>
        <translation>财年时间进度</translation>
    </message>
    <message>
        <source>Year&apos;s budget</source>
        <translation>全年预算</translation>
    </message>
    <message>
        <source>Year-end forecast</source>
        <translation>年末预测</translation>
    </message>
    <message>
        <source>Forecast method</source>
        <translation>预测口径</translation>
    </message>
    <message>
        <source>Forecast variance</source>
        <translation>预测差异</translation>
    </message>
    <message>
        <source>Categories over budget</source>
        <translation>超预算类别数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month budget</source>
        <translation>本月预算</translation>
    </message>
    <message>
        <source>Month actual</source>
        <translation>本月实际</translation>
    </message>
    <message>
        <source>Month variance</source>
        <translation>本月差异</translation>
    </message>
    <message>
        <source>Month variance %</source>
        <translation>本月差异率</translation>
    </message>
    <message>
        <source>YTD budget</source>
        <translation>累计预算</translation>
    </message>
    <message>
        <source>YTD actual</source>
        <translation>累计实际</translation>
    </message>
    <message>
        <source>Variance (YTD)</source>
        <translation>累计差异</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率</translation>
    </message>
    <message>
        <source>% of year&apos;s budget used</source>
        <translation>全年预算使用率</translation>
    </message>
    <message>
        <source>By category (variance = actual − budget; + is over budget)</source>
        <translation>分类别（差异 = 实际 − 预算；正数为超预算）</translation>
    </message>
    <message>
        <source>No budget and no expenses for this fiscal year.</source>
        <translation>本财年没有预算和支出。</translation>
    </message>
    <message>
        <source>Headline method</source>
        <translation>主口径</translation>
    </message>
    <message>
        <source>Year-end forecast by method</source>
        <translation>各口径年末预测</translation>
    </message>
    <message>
        <source>Plan (cumulative budget)</source>
        <translation>计划（累计预算）</translation>
    </message>
    <message>
        <source>Actual (cumulative)</source>
        <translation>实际（累计支出）</translation>
    </message>
    <message>
        <source>Burn-up by month</source>
        <translation>逐月累计执行</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Manager&apos;s reason</source>
        <translation>负责人说明</translation>
    </message>
    <message>
        <source>Expenses let through a stop budget by the manager</source>
        <translation>经网点负责人越过“禁止”预算控制的支出</translation>
    </message>
    <message>
        <source>No stop budget was overridden this month.</source>
        <translation>本月没有越过“禁止”预算控制的支出。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Budget burn-up: actual against plan</source>
        <translation>预算执行累计：实际对比计划</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
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
        <source>Completeness check: exported with 1 gap</source>
        <translation>完整性检查：导出时有 1 项缺失</translation>
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
        <source>{phones} phone numbers, {ids} ID numbers, {names} customer names</source>
        <translation>{phones} 个电话号码、{ids} 个身份证号、{names} 个客户姓名</translation>
    </message>
    <message>
        <source>NOT masked (unmasked on purpose): {counts} written in full</source>
        <translation>未脱敏（经有意选择）：{counts}以完整形式写出</translation>
    </message>
    <message>
        <source>masked where found; none found in this workbook</source>
        <translation>如有即脱敏；本报表中未发现</translation>
    </message>
    <message>
        <source>masked: {counts}</source>
        <translation>已脱敏：{counts}</translation>
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
        <source>Write customers&apos; names and phones in full</source>
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
        <source>The workbook will show customers&apos; full names and phone numbers. Send it only where the rules allow. Continue?</source>
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
    <message>
        <source>{count} training sessions planned in {month} were not recorded: {examples}. Record their attendance (or mark them cancelled) on the Training page.</source>
        <translation>{month} 计划的 {count} 场培训尚未登记：{examples}。请在“培训管理”页面登记出勤（或标记为已取消）。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Training compliance</source>
        <translation>培训合规率</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>培训学时</translation>
    </message>
    <message>
        <source>Certificates expiring within 30 days</source>
        <translation>30 天内到期证书</translation>
    </message>
    <message>
        <source>Sessions held vs planned</source>
        <translation>场次完成率</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应训</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规率</translation>
    </message>
    <message>
        <source>Due for renewal</source>
        <translation>待复训</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未培训</translation>
    </message>
    <message>
        <source>Compliance by course on {day}</source>
        <translation>各课程合规情况（{day}）</translation>
    </message>
    <message>
        <source>No course is required of anyone.</source>
        <translation>没有必修课程。</translation>
    </message>
    <message>
        <source>Training compliance by course</source>
        <translation>各课程培训合规率</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Certificates expiring within 30 days or expired</source>
        <translation>30 天内到期或已过期的证书</translation>
    </message>
    <message>
        <source>No certificate expires within 30 days.</source>
        <translation>30 天内没有到期的证书。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>本月学时</translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation>本年学时</translation>
    </message>
    <message>
        <source>Yearly target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Training hours per person</source>
        <translation>人均培训学时</translation>
    </message>
    <message>
        <source>Nobody was employed this year.</source>
        <translation>本年无在职人员。</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Risks and drills</source>
        <translation>风险与应急演练</translation>
    </message>
    <message>
        <source>Open risks at month end</source>
        <translation>月末未关闭风险</translation>
    </message>
    <message>
        <source>High and very high (residual)</source>
        <translation>高及极高风险（剩余）</translation>
    </message>
    <message>
        <source>Reviews past due</source>
        <translation>逾期未复核</translation>
    </message>
    <message>
        <source>Drills held in the month</source>
        <translation>本月演练</translation>
    </message>
    <message>
        <source>Drills done vs required (year to date)</source>
        <translation>演练完成率（年初至今）</translation>
    </message>
    <message>
        <source>Objectives rated M or U</source>
        <translation>评为 M 或 U 的目标</translation>
    </message>
    <message>
        <source>Impact \ likelihood</source>
        <translation>影响 \ 可能性</translation>
    </message>
    <message>
        <source>Residual risk heat map at month end (number of open risks)</source>
        <translation>月末剩余风险热力图（未关闭风险数）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Inherent score</source>
        <translation>固有风险评分</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>剩余风险评分</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Review past due</source>
        <translation>复核逾期</translation>
    </message>
    <message>
        <source>High and very high risks (residual)</source>
        <translation>高及极高风险（剩余）</translation>
    </message>
    <message>
        <source>No open risk is high or very high.</source>
        <translation>没有未关闭的高或极高风险。</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>频次（月）</translation>
    </message>
    <message>
        <source>Required this fiscal year</source>
        <translation>本财年应演练</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Last drill</source>
        <translation>上次演练</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Drill programme</source>
        <translation>演练计划执行情况</translation>
    </message>
    <message>
        <source>No emergency plan is in the programme.</source>
        <translation>演练计划中没有应急预案。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>事先通知</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>总用时</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Step targets met</source>
        <translation>步骤达标</translation>
    </message>
    <message>
        <source>Ratings (P/S/M/U)</source>
        <translation>评估（P/S/M/U）</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>No drill was held this month.</source>
        <translation>本月未开展演练。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Training sessions of the month</source>
        <translation>本月培训场次</translation>
    </message>
    <message>
        <source>No training session this month.</source>
        <translation>本月没有培训场次。</translation>
    </message>
    <message>
        <source>Machine-readable data for HQ consolidation; do not edit. The checksum covers every value of this sheet and, through figures_sha256, every value on the visible sheets.</source>
        <translation>供总部汇总读取的数据，请勿修改。校验值覆盖本表的全部数值，并通过 figures_sha256 覆盖各可见工作表上的全部数值。</translation>
    </message>
    <message>
        <source>It is signed with the HQ key (HMAC-SHA256): a change cannot be hidden without the key.</source>
        <translation>已用总部密钥签名（HMAC-SHA256）：没有密钥无法掩盖改动。</translation>
    </message>
    <message>
        <source>Without an HQ key it is a plain SHA-256: it shows accidental changes, but someone who edits the file can recompute it. Ask HQ for a signing key (Settings, branch profile).</source>
        <translation>未设置总部密钥，校验值只是普通的 SHA-256：能发现无意的改动，但改动文件的人可以重新计算它。请向总部申请签名密钥（设置 › 网点资料）。</translation>
    </message>
    <message>
        <source>No expenses of {categories} are recorded for {month}, though they occur every month; enter them on the Budget page.</source>
        <translation>{month}没有登记{categories}的支出，而这些类别每月都有支出；请在预算管理页面录入。</translation>
    </message>
    <message>
        <source>{count} planned expenses of {month} are not confirmed yet; confirm them (with the invoiced amount) on the Budget page.</source>
        <translation>{month}有 {count} 笔计划支出尚未确认；请在预算管理页面按发票金额确认。</translation>
    </message>
    <message>
        <source>{plan} (due {date})</source>
        <translation>{plan}（应于 {date} 前演练）</translation>
    </message>
    <message>
        <source>{count} required drills were overdue at the end of {month}: {plans}. Record them on the Risks and drills page, or explain them to HQ.</source>
        <translation>{month} 月末有 {count} 项应开展的演练已逾期：{plans}。请在“风险与应急演练”页面登记，或向总部说明。</translation>
    </message>
    <message>
        <source>{count} complaints were past their deadline in {month} without a status note: {examples}. Add a note on the Customer feedback page saying where each stands.</source>
        <translation>{month} 有 {count} 件投诉已超期且没有进展说明：{examples}。请在“客户反馈”页面为每件投诉添加进展说明。</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>CSAT, last 12 months</source>
        <translation>客户满意度（最近 12 个月）</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>NPS, last 12 months</source>
        <translation>NPS（最近 12 个月）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Feedback records</source>
        <translation>反馈总数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Mean rating (1–5)</source>
        <translation>平均分（1–5）</translation>
    </message>
    <message>
        <source>Resolved within deadline</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <source>Overdue open complaints</source>
        <translation>超期未办结投诉</translation>
    </message>
    <message>
        <source>Regulator-forwarded</source>
        <translation>监管转办</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Records by type</source>
        <translation>按类型统计</translation>
    </message>
    <message>
        <source>Not categorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Records by category</source>
        <translation>按类别统计</translation>
    </message>
    <message>
        <source>No feedback this month.</source>
        <translation>本月没有客户反馈。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Records by channel</source>
        <translation>按渠道统计</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Satisfaction rate per staff member</source>
        <translation>员工满意率排名</translation>
    </message>
    <message>
        <source>No ratings of staff members this month.</source>
        <translation>本月没有对员工的评价。</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation>用时（天）</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>是否按期</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Complaints received in the month</source>
        <translation>本月受理的投诉</translation>
    </message>
    <message>
        <source>No complaint was received this month.</source>
        <translation>本月没有受理投诉。</translation>
    </message>
    <message>
        <source>Trend, last 12 months</source>
        <translation>最近 12 个月趋势</translation>
    </message>
</context>
<context>
    <name>ReportButtons</name>
    <message>
        <source>Chinese report…</source>
        <translation>中文报告…</translation>
    </message>
    <message>
        <source>English report…</source>
        <translation>英文报告…</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>报告（PDF）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
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
    <name>Risk</name>
    <message>
        <source>Operational</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全保卫</translation>
    </message>
    <message>
        <source>Fire</source>
        <translation>消防</translation>
    </message>
    <message>
        <source>Information systems</source>
        <translation>信息系统</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Natural hazards</source>
        <translation>自然灾害</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>声誉</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>降低</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>规避</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
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
        <source>Very high</source>
        <translation>极高</translation>
    </message>
    <message>
        <source>Inherent likelihood</source>
        <translation>固有可能性</translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation>固有影响</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>剩余可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>剩余影响</translation>
    </message>
    <message>
        <source>{field} must be a whole number from 1 to 5.</source>
        <translation>{field}必须是 1 至 5 的整数。</translation>
    </message>
    <message>
        <source>The residual score ({residual}) is above the inherent score ({inherent}): say why in the note.</source>
        <translation>剩余风险评分（{residual}）高于固有风险评分（{inherent}）：请在说明中写明原因。</translation>
    </message>
    <message>
        <source>The next review date is in the past; choose today or later.</source>
        <translation>下次复核日期已过，请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>Name the risk.</source>
        <translation>请填写风险名称。</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>名称超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>The chosen owner does not exist.</source>
        <translation>所选责任人不存在。</translation>
    </message>
    <message>
        <source>The chosen emergency plan does not exist.</source>
        <translation>所选应急预案不存在。</translation>
    </message>
    <message>
        <source>A risk cannot be identified after today.</source>
        <translation>识别日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Say when the review took place.</source>
        <translation>请填写复核日期。</translation>
    </message>
    <message>
        <source>A review cannot be dated after today.</source>
        <translation>复核日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The review cannot be before the previous one ({date}).</source>
        <translation>复核日期不能早于上次复核（{date}）。</translation>
    </message>
    <message>
        <source>Choose who reviewed the risk.</source>
        <translation>请选择复核人。</translation>
    </message>
    <message>
        <source>The chosen reviewer does not exist.</source>
        <translation>所选复核人不存在。</translation>
    </message>
    <message>
        <source>Say what the review found.</source>
        <translation>请填写复核意见。</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>下次复核日期必须晚于本次复核。</translation>
    </message>
    <message>
        <source>The level bands must rise: low up to a score below medium&apos;s, medium below high&apos;s, and high below 25.</source>
        <translation>等级分界必须递增：低的上限小于中的上限，中的上限小于高的上限，高的上限小于 25。</translation>
    </message>
    <message>
        <source>A review interval is 1 to {limit} days.</source>
        <translation>复核间隔为 1 至 {limit} 天。</translation>
    </message>
    <message>
        <source>This risk no longer exists.</source>
        <translation>该风险已不存在。</translation>
    </message>
    <message>
        <source>Not possible while the risk is {status}.</source>
        <translation>风险处于“{status}”状态时不能进行此操作。</translation>
    </message>
</context>
<context>
    <name>RiskAgenda</name>
    <message>
        <source>Planned drill not recorded yet: {plan}</source>
        <translation>计划演练尚未登记：{plan}</translation>
    </message>
    <message>
        <source>Planned drill: {plan}</source>
        <translation>计划演练：{plan}</translation>
    </message>
    <message>
        <source>Required drill overdue: {plan}</source>
        <translation>应开展的演练已逾期：{plan}</translation>
    </message>
    <message>
        <source>Required drill due: {plan}</source>
        <translation>应开展的演练即将到期：{plan}</translation>
    </message>
    <message>
        <source>{count} risk reviews past due</source>
        <translation>{count} 项风险逾期未复核</translation>
    </message>
    <message>
        <source>{count} risk reviews due</source>
        <translation>{count} 项风险待复核</translation>
    </message>
    <message>
        <source>Risk review due: {code} {title}</source>
        <translation>风险待复核：{code} {title}</translation>
    </message>
</context>
<context>
    <name>RiskCharts</name>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>尚无评估。</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>固有风险</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Score at each review</source>
        <translation>历次复核评分</translation>
    </message>
    <message>
        <source>No timed drill for this plan yet.</source>
        <translation>该预案尚无计时的演练。</translation>
    </message>
    <message>
        <source>Time taken (min:s)</source>
        <translation>用时（分:秒）</translation>
    </message>
    <message>
        <source>Step times across drills</source>
        <translation>历次演练各步骤用时</translation>
    </message>
    <message>
        <source>Open risks, residual</source>
        <translation>未关闭风险（剩余风险）</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Review {code} {title}</source>
        <translation>复核 {code} {title}</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>What the review found: controls in place, changes, incidents</source>
        <translation>复核发现：控制措施落实情况、变化、发生的事件</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>复核意见</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Reviews and history</source>
        <translation>复核与评分历史</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>成因</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>后果</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>应对策略</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制措施</translation>
    </message>
    <message>
        <source>No drill scenario</source>
        <translation>无演练场景</translation>
    </message>
    <message>
        <source>Drill scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>复核…</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新增风险</translation>
    </message>
    <message>
        <source>Risk {code}</source>
        <translation>风险 {code}</translation>
    </message>
    <message>
        <source>Scores change by a review (see Reviews and history). The review due on {date} is past due.</source>
        <translation>评分通过复核修改（见“复核与评分历史”）。应于 {date} 进行的复核已逾期。</translation>
    </message>
    <message>
        <source>Scores change by a review (see Reviews and history). Next review {date}.</source>
        <translation>评分通过复核修改（见“复核与评分历史”）。下次复核 {date}。</translation>
    </message>
    <message>
        <source>Needed when the residual score is above the inherent one</source>
        <translation>剩余风险评分高于固有风险评分时必填</translation>
    </message>
    <message>
        <source>Choose the next review date myself</source>
        <translation>自行选择下次复核日期</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>可能性（1–5）</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>影响（1–5）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>固有风险</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>Why higher</source>
        <translation>偏高原因</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
</context>
<context>
    <name>RiskEdit</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>实际用时</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role in the drill</source>
        <translation>演练分工</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Note (e.g. why absent)</source>
        <translation>备注（如缺席原因）</translation>
    </message>
    <message>
        <source>Issue found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>演练目标</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Step (English)</source>
        <translation>步骤（英文）</translation>
    </message>
    <message>
        <source>Role (English)</source>
        <translation>职责（英文）</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>目标时间</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责内容</translation>
    </message>
    <message>
        <source>Duties (English)</source>
        <translation>职责内容（英文）</translation>
    </message>
    <message>
        <source>Objective (English)</source>
        <translation>演练目标（英文）</translation>
    </message>
    <message>
        <source>“{text}” is not a time: type 3:05, or 185 seconds.</source>
        <translation>“{text}”不是时间：请填写 3:05，或 185（秒）。</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <source>Drills</source>
        <translation>演练记录</translation>
    </message>
    <message>
        <source>Planned and done</source>
        <translation>已计划和已完成</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>Rated M or U</source>
        <translation>有 M 或 U 评估</translation>
    </message>
    <message>
        <source>Planned, not recorded</source>
        <translation>已计划未登记</translation>
    </message>
    <message>
        <source>Plan a drill…</source>
        <translation>计划演练…</translation>
    </message>
    <message>
        <source>Record a drill…</source>
        <translation>登记演练…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>调整日期…</translation>
    </message>
    <message>
        <source>Delete planned</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Any emergency plan</source>
        <translation>所有应急预案</translation>
    </message>
    <message>
        <source>Take the {plan} drill of {date} off the calendar?</source>
        <translation>从计划中删除 {date} 的{plan}演练吗？</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Click a cell to list its risks.</source>
        <translation>点击格子查看其中的风险。</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>固有风险</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>固有风险</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>{which}: likelihood {l} × impact {i} — {n} risks</source>
        <translation>{which}：可能性 {l} × 影响 {i} — {n} 项风险</translation>
    </message>
    <message>
        <source>Save the heat maps</source>
        <translation>保存热力图</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新建预案…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Add the built-in plans</source>
        <translation>添加内置预案</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>Every {n} months</source>
        <translation>每 {n} 个月</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>演练计划</translation>
    </message>
    <message>
        <source>Defaults: fire evacuation every half year in a public hall (Ministry of Public Security Order 61, art. 40), anti-robbery every half year (HQ rules), other plans yearly. Change the frequency in the plan.</source>
        <translation>默认频次：营业厅等人员密集场所火灾疏散演练每半年一次（公安部令第61号第四十条），防抢劫演练每半年一次（总行制度），其他预案每年一次。可在预案中修改频次。</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>{year} 财年</translation>
    </message>
    <message>
        <source>Risks and emergency drills</source>
        <translation>风险与应急演练</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记</translation>
    </message>
    <message>
        <source>Heat maps</source>
        <translation>风险热力图</translation>
    </message>
    <message>
        <source>Emergency plans</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Step times</source>
        <translation>步骤用时对比</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>High and very high</source>
        <translation>高及极高</translation>
    </message>
    <message>
        <source>Review past due</source>
        <translation>复核逾期</translation>
    </message>
    <message>
        <source>Drill overdue</source>
        <translation>演练逾期</translation>
    </message>
    <message>
        <source>New risk…</source>
        <translation>新增风险…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>复核…</translation>
    </message>
    <message>
        <source>Close risk</source>
        <translation>关闭风险</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Add the starter register</source>
        <translation>添加初始风险清单</translation>
    </message>
    <message>
        <source>Levels and review intervals…</source>
        <translation>等级与复核周期…</translation>
    </message>
    <message>
        <source>Any drill scenario</source>
        <translation>所有演练场景</translation>
    </message>
    <message>
        <source>Close the risk “{title}”? It no longer applies.</source>
        <translation>关闭风险“{title}”？该风险已不再适用。</translation>
    </message>
    <message>
        <source>All drills</source>
        <translation>全部演练</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>近 2 年</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>近 5 年</translation>
    </message>
    <message>
        <source>{plan}: time of each step</source>
        <translation>{plan}：各步骤用时</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>RiskSettings</name>
    <message>
        <source>Risk levels and review intervals</source>
        <translation>风险等级与复核周期</translation>
    </message>
    <message>
        <source>Score = likelihood × impact (1–25). Defaults from the domain guide: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high; reviews every 360, 180 and 90 days (as SimpleRisk). Every review sets the next one from these intervals.</source>
        <translation>评分 = 可能性 × 影响（1–25）。默认：1–4 低，5–9 中，10–16 高，20–25 极高；复核周期分别为 360、180、90 天（参照 SimpleRisk）。每次复核按这些周期确定下次复核日期。</translation>
    </message>
    <message>
        <source>Low up to score</source>
        <translation>“低”的最高分</translation>
    </message>
    <message>
        <source>Medium up to score</source>
        <translation>“中”的最高分</translation>
    </message>
    <message>
        <source>High up to score</source>
        <translation>“高”的最高分</translation>
    </message>
    <message>
        <source>Level bands</source>
        <translation>等级分界</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Review {level} risks every</source>
        <translation>“{level}”风险复核周期</translation>
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
        <source> and {count} more</source>
        <translation> 等另外 {count} 个</translation>
    </message>
    <message>
        <source>Someone changed these cells since they were shown: {cells}. Nothing was saved; look at them again and repeat the change.</source>
        <translation>以下单元格在显示后已被他人修改：{cells}。未保存任何内容，请查看最新内容后重新修改。</translation>
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
        <source>The first person&apos;s shift goes to the second person, who gives their shift on the second day in return. On one day the two simply exchange shifts.</source>
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
        <source>{name} ({source}, valid until {last})</source>
        <translation>{name}（{source}，有效期至 {last}）</translation>
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
        <source>{name}&apos;s {a} on {day_a} overlaps {b} on {day_b}.</source>
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
        <source>{who}: the skill has expired.</source>
        <translation>{who}：该技能已过期。</translation>
    </message>
    <message>
        <source>{name}&apos;s skill expired on {expired}.</source>
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
        <source>BranchOps keeps your branch&apos;s quality checks, rosters and monthly HQ report on this PC. Start by telling it about your branch.</source>
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
        <source>The end ({end:%H:%M}) is before the start ({start:%H:%M}); tick &apos;ends the next day&apos; for an overnight shift.</source>
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
        <source>Edit the weekday&apos;s needs…</source>
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
        <source>The date of first employment cannot be after the hire date.</source>
        <translation>参加工作日期不能晚于入职日期。</translation>
    </message>
    <message>
        <source>Name: at most {limit} characters.</source>
        <translation>姓名：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Position: at most {limit} characters.</source>
        <translation>岗位：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Phone: digits, spaces, + and - only.</source>
        <translation>电话只能包含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <source>Skill {name}: at most {limit} characters.</source>
        <translation>技能 {name}：最多 {limit} 个字符。</translation>
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
        <source>Earlier than the hire date</source>
        <translation>早于入职日期</translation>
    </message>
    <message>
        <source>参加工作日期: annual leave counts all years of service, with earlier employers too. Leave it unticked when the person started work here.</source>
        <translation>参加工作日期：年休假按累计工作时间计算，含在以前单位的工作年限。首次在本单位参加工作的请不要勾选。</translation>
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
        <source>First employment</source>
        <translation>参加工作日期</translation>
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
        <source>Skill sources…</source>
        <translation>技能来源…</translation>
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
        <source>Working days (150 %): hours beyond the contracted week, in the month of the week&apos;s Sunday.</source>
        <translation>工作日（150%）：超出每周合同工时的时数，计入该周周日所在月份。</translation>
    </message>
    <message>
        <source>Working days (150 %): hours beyond the rostered hours of the day.</source>
        <translation>工作日（150%）：超出当天排班时数的时数。</translation>
    </message>
    <message>
        <source>Rest days (200 %): hours on Saturdays, Sundays and the days off of a holiday block, less {hours:g} h for each working day off in the same week (a day off in lieu), in the month of the week&apos;s Sunday.</source>
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
    <name>Training</name>
    <message>
        <source>{name}: {what} expired on {day}</source>
        <translation>{name}：{what}已于 {day} 过期</translation>
    </message>
    <message>
        <source>{name}: {what} expires on {day}</source>
        <translation>{name}：{what}将于 {day} 到期</translation>
    </message>
    <message>
        <source>Record the session {course} of {day}</source>
        <translation>请登记 {day} 的培训场次 {course}</translation>
    </message>
    <message>
        <source>Training session {course} on {day}</source>
        <translation>{day} 培训：{course}</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>Name the certificate.</source>
        <translation>请填写证书名称。</translation>
    </message>
    <message>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A certificate number is at most {limit} characters.</source>
        <translation>证书编号最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Give the issue date.</source>
        <translation>请填写发证日期。</translation>
    </message>
    <message>
        <source>The certificate cannot expire ({until}) before it was issued ({on}).</source>
        <translation>证书的到期日（{until}）不能早于发证日期（{on}）。</translation>
    </message>
    <message>
        <source>Choose a course from the list.</source>
        <translation>请从列表中选择课程。</translation>
    </message>
    <message>
        <source>The skill this certificate grants does not exist; choose one of the staff directory&apos;s skills.</source>
        <translation>该证书授予的技能不存在；请从人员名录的技能中选择。</translation>
    </message>
    <message>
        <source>This certificate no longer exists; reload the list.</source>
        <translation>该证书已不存在；请刷新列表。</translation>
    </message>
    <message>
        <source>Compliance / AML</source>
        <translation>合规/反洗钱</translation>
    </message>
    <message>
        <source>Consumer protection</source>
        <translation>消费者权益保护</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防安全</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全保卫</translation>
    </message>
    <message>
        <source>Service etiquette</source>
        <translation>服务礼仪</translation>
    </message>
    <message>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <source>Information security</source>
        <translation>信息安全</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>应急救护</translation>
    </message>
    <message>
        <source>Counter operations</source>
        <translation>业务操作</translation>
    </message>
    <message>
        <source>Induction</source>
        <translation>岗前培训</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Due for renewal</source>
        <translation>待复训</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未培训</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>{years} yr</source>
        <translation>{years} 年</translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已参加</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>暂无成绩</translation>
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
        <source>Everyone</source>
        <translation>全员</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Outside certificate</source>
        <translation>外部证书</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} 超过 {limit} MB。</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>{name} is neither a picture nor a PDF.</source>
        <translation>{name} 既不是图片也不是 PDF。</translation>
    </message>
    <message>
        <source>Code: 1–32 letters, digits, - or _ (e.g. XF01).</source>
        <translation>编号：1–32 个字母、数字、- 或 _（例如 XF01）。</translation>
    </message>
    <message>
        <source>Course code {code} is already used.</source>
        <translation>课程编号 {code} 已被使用。</translation>
    </message>
    <message>
        <source>Give the course a title.</source>
        <translation>请填写课程名称。</translation>
    </message>
    <message>
        <source>A title is at most {limit} characters.</source>
        <translation>名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Validity is 1 to {max} months, or “once” for a course that never expires.</source>
        <translation>有效期为 1 至 {max} 个月；长期有效的课程请选择“一次性”。</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most {max:g}.</source>
        <translation>学时须大于 0 且不超过 {max:g}。</translation>
    </message>
    <message>
        <source>The pass mark is a score from 0 to 100.</source>
        <translation>合格分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The skill this course grants does not exist; choose one of the staff directory&apos;s skills.</source>
        <translation>该课程授予的技能不存在；请从人员名录的技能中选择。</translation>
    </message>
    <message>
        <source>Choose positions from the list.</source>
        <translation>请从列表中选择岗位。</translation>
    </message>
    <message>
        <source>This course no longer exists; reload the list.</source>
        <translation>该课程已不存在；请刷新列表。</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>请选择课程。</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>A session on {day} has not been held yet; save it as planned.</source>
        <translation>{day} 的场次尚未举办；请保存为“计划中”。</translation>
    </message>
    <message>
        <source>The chosen trainer does not exist.</source>
        <translation>所选讲师不存在。</translation>
    </message>
    <message>
        <source>Attendance is recorded once the session has been held.</source>
        <translation>场次举办后才能登记出勤。</translation>
    </message>
    <message>
        <source>{name} was hired on {hired}, after this session on {day}.</source>
        <translation>{name} 于 {hired} 入职，晚于本场次日期 {day}。</translation>
    </message>
    <message>
        <source>{name} left on {left}, before this session on {day}.</source>
        <translation>{name} 已于 {left} 离职，早于本场次日期 {day}。</translation>
    </message>
    <message>
        <source>{name} is no longer active; attendance cannot be recorded.</source>
        <translation>{name} 已不在职，不能登记出勤。</translation>
    </message>
    <message>
        <source>{name} is listed twice (lines {first} and {line}).</source>
        <translation>{name} 重复列出（第 {first} 行和第 {line} 行）。</translation>
    </message>
    <message>
        <source>{name}: a score is from 0 to 100.</source>
        <translation>{name}：成绩须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>{name} was not present, so has no score.</source>
        <translation>{name} 未出席，不能有成绩。</translation>
    </message>
    <message>
        <source>This course issues no certificates.</source>
        <translation>该课程不发证书。</translation>
    </message>
    <message>
        <source>{name} did not pass, so gets no certificate.</source>
        <translation>{name} 未合格，不能发证。</translation>
    </message>
    <message>
        <source>This session no longer exists; reload the list.</source>
        <translation>该场次已不存在；请刷新列表。</translation>
    </message>
    <message>
        <source>The renewal window is 1 to {max} days.</source>
        <translation>复训提醒期为 1 至 {max} 天。</translation>
    </message>
    <message>
        <source>The yearly target is 0 to 1000 hours.</source>
        <translation>年度目标为 0 至 1000 学时。</translation>
    </message>
    <message>
        <source>{course} of {day}, certificate {number}</source>
        <translation>{day} {course}，证书 {number}</translation>
    </message>
    <message>
        <source>{course} of {day}</source>
        <translation>{day} {course}</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation>合规矩阵</translation>
    </message>
    <message>
        <source>Compliance matrix on {day}</source>
        <translation>合规矩阵（{day}）</translation>
    </message>
    <message>
        <source>Due for renewal: within {days} days · exported {time}</source>
        <translation>待复训：{days} 天内到期 · 导出于 {time}</translation>
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
        <source>Compliant</source>
        <translation>合规率</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <source>No course is required of anyone.</source>
        <translation>没有任何人员需要参加的必修课程。</translation>
    </message>
    <message>
        <source>Training compliance by course</source>
        <translation>各课程培训合规率</translation>
    </message>
    <message>
        <source>Training compliance by course on {day}</source>
        <translation>{day} 各课程培训合规率</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>(numbered on saving)</source>
        <translation>（保存时自动编号）</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未合格</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全员</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Valid until {day}</source>
        <translation>有效期至 {day}</translation>
    </message>
    <message>
        <source>Record a session…</source>
        <translation>登记培训…</translation>
    </message>
    <message>
        <source>Outside certificate</source>
        <translation>外部证书</translation>
    </message>
    <message>
        <source>Edit outside certificate</source>
        <translation>编辑外部证书</translation>
    </message>
    <message>
        <source>e.g. 红十字救护员证</source>
        <translation>例如：红十字救护员证</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Counts for course</source>
        <translation>计入课程</translation>
    </message>
    <message>
        <source>Grants the skill</source>
        <translation>授予技能</translation>
    </message>
    <message>
        <source>Scanned copy</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.tif *.pdf)</source>
        <translation>图片和 PDF (*.jpg *.jpeg *.png *.bmp *.tif *.pdf)</translation>
    </message>
    <message>
        <source>Outside certificates</source>
        <translation>外部证书</translation>
    </message>
    <message>
        <source>Active staff only</source>
        <translation>仅在职人员</translation>
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
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>Delete {person}&apos;s certificate “{name}”?</source>
        <translation>删除 {person} 的证书“{name}”？</translation>
    </message>
    <message>
        <source>The scanned copy is missing from {folder}.</source>
        <translation>扫描件已不在 {folder} 中。</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Once (never expires)</source>
        <translation>一次性（长期有效）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 学时</translation>
    </message>
    <message>
        <source>Exam with pass mark</source>
        <translation>考核合格分</translation>
    </message>
    <message>
        <source>Issues a certificate</source>
        <translation>颁发证书</translation>
    </message>
    <message>
        <source>In use (untick to retire)</source>
        <translation>使用中（取消勾选即停用）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>合格分</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A passed session of a course that grants a skill gives the person that skill until the certificate expires; the roster sees it day by day.</source>
        <translation>参加授予技能的课程并合格后，该人员在证书有效期内具备此技能；排班按日识别。</translation>
    </message>
    <message>
        <source>Who must take it</source>
        <translation>必修人员</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>新建课程…</translation>
    </message>
    <message>
        <source>Add built-in courses</source>
        <translation>添加内置课程</translation>
    </message>
    <message>
        <source>Built-in courses</source>
        <translation>内置课程</translation>
    </message>
    <message>
        <source>{count} built-in courses were added.</source>
        <translation>已添加 {count} 门内置课程。</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>合规率</translation>
    </message>
    <message>
        <source>Last passed {day}</source>
        <translation>最近合格 {day}</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only people with gaps</source>
        <translation>仅显示未达标人员</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>Double-click a cell for its history.</source>
        <translation>双击单元格查看培训记录。</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>全部岗位</translation>
    </message>
    <message>
        <source>Compliant: {rate} ({compliant} of {required} required)</source>
        <translation>合规率：{rate}（应训 {required} 项，合规 {compliant} 项）</translation>
    </message>
    <message>
        <source>(due for renewal: within {days} days)</source>
        <translation>（待复训：{days} 天内到期）</translation>
    </message>
    <message>
        <source>The matrix was written to {path}.</source>
        <translation>合规矩阵已导出到 {path}。</translation>
    </message>
    <message>
        <source>Exporting the matrix…</source>
        <translation>正在导出合规矩阵…</translation>
    </message>
    <message>
        <source>Required course</source>
        <translation>必修课程</translation>
    </message>
    <message>
        <source>Course certificate</source>
        <translation>课程证书</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>Expiring within {days} days</source>
        <translation>{days} 天内到期</translation>
    </message>
    <message>
        <source>Show expired</source>
        <translation>显示已过期</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>新建培训场次</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>A colleague, or type an outside trainer</source>
        <translation>选择同事，或输入外部讲师</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Employee no. or name, then Enter</source>
        <translation>输入工号或姓名后按回车</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add everyone required</source>
        <translation>添加全部应训人员</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <source>Type a score and press Enter to go to the next person; in the attendance column P, A or E marks present, absent or excused.</source>
        <translation>输入成绩后按回车跳到下一人；在出勤列按 P、A、E（或 1、2、3）标记出席、缺席、请假。</translation>
    </message>
    <message>
        <source>{count} people · {present} present · {passed} passed</source>
        <translation>{count} 人 · 出席 {present} 人 · 合格 {passed} 人</translation>
    </message>
    <message>
        <source>Nobody has the employee no. or name “{text}”.</source>
        <translation>没有工号或姓名为“{text}”的人员。</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Import attendance…</source>
        <translation>导入签到表…</translation>
    </message>
    <message>
        <source>Delete the session {course} of {day} with its {count} attendance records? The certificates it gave are deleted too.</source>
        <translation>删除 {day} 的场次 {course} 及其 {count} 条出勤记录？该场次颁发的证书也将一并删除。</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>培训设置</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> 天（到期前）</translation>
    </message>
    <message>
        <source> h a year</source>
        <translation> 学时/年</translation>
    </message>
    <message>
        <source>Due for renewal from</source>
        <translation>复训提醒期</translation>
    </message>
    <message>
        <source>Training hours per person</source>
        <translation>人均年度培训学时</translation>
    </message>
    <message>
        <source>Certification systems remind 30, 60 or 90 days before a certificate expires; the compliance matrix shows a cell as due for renewal from this many days.</source>
        <translation>证书管理通常在到期前 30、60 或 90 天提醒；合规矩阵从到期前这些天起将单元格显示为“待复训”。</translation>
    </message>
    <message>
        <source>Skills of {name}</source>
        <translation>{name} 的技能</translation>
    </message>
    <message>
        <source>Skills and sources</source>
        <translation>技能及来源</translation>
    </message>
    <message>
        <source>Held today only</source>
        <translation>仅显示今日有效</translation>
    </message>
    <message>
        <source>Compliance matrix</source>
        <translation>合规矩阵</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Yearly view</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训管理</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Hours per person</source>
        <translation>人均学时</translation>
    </message>
    <message>
        <source>Plan and held</source>
        <translation>计划与完成</translation>
    </message>
    <message>
        <source>{reached} of {count} people reached {target:g} h · {held} of {planned} sessions held</source>
        <translation>{count} 人中 {reached} 人达到 {target:g} 学时 · 共 {planned} 场，已举办 {held} 场</translation>
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
        <source>User name: 2–32 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, without spaces (and not &apos;system&apos;).</source>
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
        <source>Without sign-in, whoever uses this PC acts as the branch manager. Turning sign-in on asks for a manager&apos;s password.</source>
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
        <source>Type a manager&apos;s user name and password to turn sign-in on.</source>
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
