"""Step times across the drills of one plan, matched by step key over plan versions."""

from __future__ import annotations

from datetime import date

from branchops import clock
from branchops.core.risk.comparison import step_comparison
from branchops.core.risk.drill_service import record_drill
from branchops.core.risk.plan_input import StepInput
from branchops.core.risk.plan_queries import load_plan_input
from branchops.core.risk.plan_service import save_plan
from tests.core.risk.conftest import drill_input, version_of


def _record(db, manager, plan_id, staff, day, seconds: list[int | None], tmp_path) -> None:
    version = version_of(db, plan_id)
    data = drill_input(db, plan_id, staff, day=day, duration_seconds=3600)
    data.step_seconds = {s.id: v for s, v in zip(version.steps, seconds, strict=False)}
    with clock.frozen(day.isoformat()), db.unit_of_work(manager) as uow:
        record_drill(uow, manager, data, tmp_path)


def test_evacuation_gets_faster_across_versions(db, manager, plan_id, staff, tmp_path):
    _record(db, manager, plan_id, staff, date(2025, 1, 10), [40, 240, 100], tmp_path)
    _record(db, manager, plan_id, staff, date(2025, 7, 10), [35, 200, None], tmp_path)
    with db.session() as session:
        data = load_plan_input(session, plan_id)
    data.steps.insert(0, StepInput("发现火情", "Fire found", target_seconds=20))
    data.steps[2].text_en = "Evacuate everyone"
    with db.unit_of_work(manager) as uow:
        save_plan(uow, manager, data, plan_id)
    _record(db, manager, plan_id, staff, date(2026, 1, 10), [15, 30, 170, 90], tmp_path)
    with db.session() as session:
        series = {s.key: s for s in step_comparison(session, plan_id)}
        recent = step_comparison(session, plan_id, first=date(2025, 6, 1))
    assert list(series) == ["S4", "S1", "S2", "S3"]  # in the newest version's order
    evacuation = series["S2"]
    assert evacuation.points == (
        (date(2025, 1, 10), 240),
        (date(2025, 7, 10), 200),
        (date(2026, 1, 10), 170),
    )
    assert evacuation.change == -70 and evacuation.target_seconds == 180
    assert evacuation.text == "疏散"  # the language in use is Chinese
    assert series["S3"].points == ((date(2025, 1, 10), 100), (date(2026, 1, 10), 90))
    assert series["S4"].change is None
    assert {s.key: len(s.points) for s in recent} == {"S4": 1, "S1": 2, "S2": 2, "S3": 1}
