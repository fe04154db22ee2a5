"""Demo step: positions, skills and the staff directory."""

from __future__ import annotations

from datetime import timedelta

from branchops.core.demo import DemoContext, DemoStep, register
from branchops.core.demo.names import mobile, unique_names
from branchops.core.staff.models import Employment, Position, Skill, Staff, StaffSkill

POSITIONS = ("主任", "副主任", "大堂经理", "柜员", "客户经理", "理财经理", "保安", "保洁")
SKILLS = (
    ("cashier", "柜员上岗"),
    ("supervisor", "现场主管"),
    ("wealth", "理财资格"),
    ("fire_warden", "消防员"),
    ("first_aid", "急救"),
)
# Position mix of a busy sub-branch, with the skills each position usually holds.
MIX: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("主任", 1, ("supervisor", "fire_warden")),
    ("副主任", 1, ("supervisor", "cashier")),
    ("大堂经理", 2, ("supervisor", "first_aid")),
    ("柜员", 9, ("cashier",)),
    ("客户经理", 5, ("wealth",)),
    ("理财经理", 3, ("wealth",)),
    ("保安", 2, ("fire_warden",)),
    ("保洁", 2, ()),
)


def _staff(ctx: DemoContext) -> None:
    rng = ctx.rng("staff")
    session = ctx.session
    positions = {name: Position(name=name, sort_order=i) for i, name in enumerate(POSITIONS)}
    skills = {code: Skill(code=code, name=name) for code, name in SKILLS}
    session.add_all([*positions.values(), *skills.values()])
    session.flush()
    total = max(ctx.staff_count, 3)
    if ctx.large:
        total = max(total, 60)
    plan: list[tuple[str, tuple[str, ...]]] = []
    while len(plan) < total:
        for position, count, held in MIX:
            plan.extend([(position, held)] * count)
    plan = plan[:total]
    names = unique_names(rng, total)
    start = ctx.first_day
    earlier = ctx.rng("first-work")  # years with earlier employers, for annual leave
    people = []
    for index, ((position, held), name) in enumerate(zip(plan, names, strict=True)):
        part_time = position in ("保洁",) or rng.random() < 0.06
        hire = start - timedelta(days=rng.randrange(60, 3000))
        leaver = ctx.large and index >= total * 3 // 4 and rng.random() < 0.5
        person = Staff(
            employee_no=f"E{index + 1:04d}",
            name=name,
            position_id=positions[position].id,
            employment=Employment.PART_TIME if part_time else Employment.FULL_TIME,
            contract_minutes_per_week=(20 if part_time else 40) * 60,
            hire_date=hire,
            phone=mobile(rng),
        )
        if earlier.random() < 0.6:
            person.first_work_date = hire - timedelta(days=earlier.randrange(180, 6000))
        if leaver:
            person.leave_date = start + timedelta(days=rng.randrange(90, 1500))
            person.active = person.leave_date >= ctx.today
        person.skills = [StaffSkill(skill_id=skills[code].id) for code in held]
        if rng.random() < 0.15 and "first_aid" not in held:
            expiry = ctx.today + timedelta(days=rng.randrange(-60, 400))
            person.skills.append(StaffSkill(skill_id=skills["first_aid"].id, valid_until=expiry))
        people.append(person)
    session.add_all(people)
    session.flush()
    ctx.shared["staff_ids"] = [p.id for p in people if p.active]


register(DemoStep("staff", 20, _staff))

# Shift types, needs, leave and rosters follow as step 25.
from branchops.core.staff import demo_schedule  # noqa: E402, F401
