"""What customers of a busy sub-branch say, for demo data (by category where it matters)."""

from __future__ import annotations

from branchops.core.feedback.models import Category, RootCause

COMPLAINTS = {
    Category.WAITING: (
        "午间只开两个窗口，排队等候超过四十分钟",
        "取号后等了一个多小时，大堂无人引导分流",
        "对公窗口排队太久，叫号系统跳号",
        "月初代发工资日排队严重，未增开窗口",
    ),
    Category.ATTITUDE: (
        "柜员办理业务时态度冷淡，解释不耐烦",
        "大堂经理未主动询问需求，直接让客户自己取号",
        "咨询理财产品时客户经理推销意图明显，态度生硬",
        "保安语气不礼貌，要求客户离开等候区",
    ),
    Category.PROCESS: (
        "开户要求重复提供已提交的材料",
        "挂失补卡需要往返两次，流程不清楚",
        "代办业务要求的材料与电话告知的不一致",
        "大额取现预约后到网点仍被告知现金不足",
    ),
    Category.SYSTEM: (
        "自助设备吞卡后长时间无人处理",
        "网点系统故障，转账业务无法办理",
        "手机银行转账失败但已扣款",
        "自助存款机存款未入账",
    ),
    Category.FEES: (
        "对账户管理费扣收不知情，未提前告知",
        "跨行转账手续费与宣传不符",
        "短信通知费自动开通未经同意",
    ),
    Category.PRODUCT: (
        "理财产品到期收益低于宣传的业绩比较基准",
        "信用卡分期实际费率解释不清",
    ),
    Category.FACILITIES: (
        "无障碍通道被杂物堵塞，轮椅无法通行",
        "等候区空调不制冷，环境闷热",
        "卫生间长期无法使用",
    ),
}

ROOT_CAUSES = {
    Category.WAITING: (RootCause.CAPACITY, "高峰时段窗口排班不足，弹性窗口未及时开启"),
    Category.ATTITUDE: (RootCause.STAFF, "员工服务意识不足，沟通话术不规范"),
    Category.PROCESS: (RootCause.PROCESS, "业务材料清单对外告知口径不统一"),
    Category.SYSTEM: (RootCause.SYSTEM, "设备故障应急处置流程响应不及时"),
    Category.FEES: (RootCause.FEES, "收费项目告知不充分，公示位置不醒目"),
    Category.PRODUCT: (RootCause.COMMUNICATION, "产品风险与收益解释不充分，客户理解有偏差"),
    Category.FACILITIES: (RootCause.FACILITIES, "设施日常巡检不到位"),
}

RESOLUTIONS = (
    "已向客户致歉并说明情况，客户表示理解",
    "已为客户加急办理，并当面致歉",
    "已核实并退还相关费用，电话告知客户处理结果",
    "已调取监控核实，对相关员工进行批评教育，并向客户反馈",
    "已协调科技部门处理，款项已退回客户账户",
    "已优化高峰时段排班并向客户书面答复",
)

NOTES = (
    "已电话联系客户，约定补充材料",
    "已调取监控录像，正在核实",
    "已上报分行消保部门",
    "等待科技部门排查结果",
    "已与相关员工谈话了解情况",
)

EXTENSION_REASONS = (
    "涉及跨部门核查，需延长处理期限",
    "需调取历史交易流水核实，情况复杂",
    "涉及第三方机构，需等待其书面回复",
)
SECOND_EXTENSION_REASONS = ("案情特别复杂，需分行专项核查",)
APPROVALS = ("分行消费者权益保护部 王主任", "总行消保中心 审批单号 XB-{n}")
PAUSE_NOTES = ("等待客户补充交易凭证", "送第三方机构鉴定", "等待客户回复核实情况")
REVIEW_OUTCOMES = ("经上级行核查，维持原处理意见", "经核查，补充退还部分费用")
NEW_FACTS = ("客户补充提供了新的交易记录", "客户再次来电反映新的情况")

PRAISE = (
    "柜员{staff}业务熟练，耐心细致，特此表扬",
    "大堂经理主动帮助老年客户填单，服务周到",
    "感谢{staff}帮忙找回遗失的银行卡",
    "网点环境整洁，服务热情，体验很好",
    "{staff}利用午休时间为我加急办理业务，非常感谢",
)
SUGGESTIONS = (
    "建议增设老花镜和放大镜",
    "建议周末增开对公窗口",
    "建议等候区增加充电插座",
    "建议在门口增加业务办理指引牌",
    "建议高峰时段增加叫号广播",
)
INQUIRIES = (
    "咨询大额存单利率及起存金额",
    "咨询社保卡激活需要携带的材料",
    "咨询外币兑换是否需要预约",
    "咨询网点周末营业时间",
    "咨询个人养老金账户开立流程",
)
SURVEY_COMMENTS = (
    "服务很好",
    "等候时间有点长",
    "柜员很耐心",
    "希望多开几个窗口",
    "办理速度快",
    "环境不错",
    "停车不方便",
)
