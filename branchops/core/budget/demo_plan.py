"""What the budget demo spends on: per category, the monthly plan in yuan, its season, how many
expense records a month (small and large scale), vendors and what the notes say.

Seasons are factors by calendar month (January first): utilities peak with air conditioning in
July–August and heating in December–February, marketing at the quarter ends; rent is flat within
a year and steps up each year.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

FLAT = (1,) * 12
UTILITIES_SEASON = (1.30, 1.25, 1.00, 0.85, 0.90, 1.15, 1.50, 1.55, 1.15, 0.90, 0.95, 1.25)
MARKETING_SEASON = (0.70, 0.60, 1.70, 0.70, 0.70, 1.70, 0.70, 0.70, 1.70, 0.70, 0.70, 1.70)
TRAINING_SEASON = (0.6, 0.5, 1.3, 1.2, 1.0, 1.0, 0.9, 0.8, 1.2, 1.1, 1.3, 1.1)


@dataclass(frozen=True)
class Plan:
    code: str
    monthly: Decimal  # yuan a month in the first fiscal year, before the season
    growth: Decimal  # a year
    season: tuple[float, ...]
    small: int  # expense records a month at small scale
    large: int  # … at large scale
    vendors: tuple[str, ...]
    notes: tuple[str, ...]
    busy_season: bool = False  # more records in months with a high season factor


PLANS = (
    Plan(
        "rent", Decimal(86000), Decimal("0.04"), FLAT, 2, 2,
        ("上海世纪物业管理有限公司",), ("营业用房租金", "物业管理费"),
    ),
    Plan(
        "utilities", Decimal(16500), Decimal("0.03"), UTILITIES_SEASON, 4, 6,
        ("国网上海市电力公司", "上海城投水务集团", "中国电信上海分公司", "上海燃气有限公司"),
        ("电费", "水费", "专线及宽带费", "燃气费"),
    ),
    Plan(
        "marketing", Decimal(26000), Decimal("0.05"), MARKETING_SEASON, 14, 70,
        ("上海印象广告有限公司", "博雅文化传播有限公司", "盛源礼品有限公司", "星河会展服务部"),
        ("宣传折页印制", "客户答谢活动", "厅堂海报更换", "理财沙龙场地及茶歇", "营销礼品采购",
         "季末营销活动物料", "社区金融知识宣传"),
        busy_season=True,
    ),
    Plan(
        "maintenance", Decimal(9000), Decimal("0.03"), FLAT, 5, 30,
        ("恒安机电维修服务部", "东方智能设备维保有限公司", "立新装饰工程队"),
        ("空调维修保养", "ATM 机具维保", "照明更换", "门禁系统维修", "营业厅地面修补",
         "排队叫号机维修"),
    ),
    Plan(
        "training", Decimal(5200), Decimal("0.04"), TRAINING_SEASON, 3, 14,
        ("金融培训学院", "上海安信消防培训中心", "红十字会培训部"),
        ("反洗钱专题培训", "消防安全培训", "服务礼仪培训", "急救员取证培训", "产品知识培训"),
    ),
    Plan(
        "office", Decimal(4800), Decimal("0.02"), FLAT, 18, 170,
        ("得力办公用品商行", "晨光文具店", "京东企业购", "联想服务站"),
        ("打印纸", "墨盒硒鼓", "凭证装订用品", "文具采购", "点钞机配件", "饮用水"),
    ),
    Plan(
        "security", Decimal(21000), Decimal("0.03"), FLAT, 23, 80,
        ("保安服务总公司浦东分公司", "安邦押运有限公司", "海康威视服务站"),
        ("保安服务费", "现金押运", "监控系统维保", "安防设备巡检"),
    ),
    Plan(
        "other", Decimal(3000), Decimal("0.02"), FLAT, 4, 30,
        ("顺丰速运", "美团企业服务", "浦东公证处"), ("快递费", "会议用餐", "公证费", "杂项支出"),
    ),
)  # fmt: skip

STAFF_MONTHLY = Decimal(12500)  # wages and social insurance of one person a month, first year
STAFF_GROWTH = Decimal("0.03")
STAFF_SOCIAL_SHARE = Decimal("0.32")

OVERRIDE_REASONS = (
    "营业厅空调主机故障，高温天气紧急更换压缩机，经主任批准",
    "总部临时布置季末营销活动，费用先行列支，已报总部追加预算",
)
REVISION_REASON = "总部追加营销费用预算，支持季末客户活动（总部预算调整通知）"
