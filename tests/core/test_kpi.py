"""The KPI registry: registration, traffic-light status, year-to-date and targets."""

import pytest
from sqlalchemy import event

from branchops.core import kpi
from branchops.core.branch.service import save_targets
from branchops.core.kpi import Aggregate, KpiDef, Status, Unit
from branchops.core.memo import memo_scope
from branchops.core.period import Month
from branchops.i18n import set_language


def _const(value):
    return lambda _session, _month: value


def _by_month(values: dict[str, float | None]):
    return lambda _session, month: values.get(str(month))


@pytest.fixture
def registry(monkeypatch):
    """An empty registry for the test; the real areas' KPIs are left alone."""
    empty = kpi.REGISTRY.isolated()
    monkeypatch.setattr(kpi, "REGISTRY", empty)
    return empty


def _kpi(key="test.score", monthly=None, **kwargs) -> KpiDef:
    fields = {
        "label": "Average inspection score",
        "area": "test",
        "unit": Unit.SCORE,
        "higher_is_better": True,
        "default_target": 90.0,
        "monthly": monthly or _const(None),
    }
    return KpiDef(key=key, **(fields | kwargs))


def test_register_get_and_list(registry):
    score = kpi.register(_kpi())
    complaints = kpi.register(_kpi("test.complaints", higher_is_better=False))
    assert kpi.get("test.score") is score
    assert kpi.all_kpis() == [score, complaints]
    with pytest.raises(KeyError):
        kpi.get("test.missing")


def test_registering_the_same_definition_twice_is_harmless_but_a_clash_is_refused(registry):
    score = kpi.register(_kpi())
    assert kpi.register(score) is score
    with pytest.raises(ValueError, match=r"test\.score"):
        kpi.register(_kpi(default_target=80.0))


def test_real_areas_register_their_kpis():
    keys = {k.key for k in kpi.all_kpis()}
    assert "staff.headcount" in keys
    assert all(k.area and k.label for k in kpi.all_kpis())


def test_title_is_translated_when_read():
    headcount = kpi.get("staff.headcount")
    assert headcount.label == "Headcount"
    set_language("pseudo")
    assert headcount.title.startswith("[Heeaadcoouunt")


@pytest.mark.parametrize(
    ("value", "target", "higher", "expected"),
    [
        (92.0, 90.0, True, Status.GREEN),
        (90.0, 90.0, True, Status.GREEN),
        (86.0, 90.0, True, Status.AMBER),  # 4.4% short: within 5%
        (85.0, 90.0, True, Status.RED),  # 5.6% short
        (3.0, 5.0, False, Status.GREEN),  # fewer complaints than the ceiling
        (5.2, 5.0, False, Status.AMBER),
        (6.0, 5.0, False, Status.RED),
        (0.0, 0.0, False, Status.GREEN),
        (0.04, 0.0, False, Status.AMBER),  # a zero target is judged on an absolute scale
        (1.0, 0.0, False, Status.RED),
        (None, 90.0, True, Status.NONE),
        (90.0, None, True, Status.NONE),
    ],
)
def test_status_colours(value, target, higher, expected):
    assert kpi.status(value, target, higher) is expected


@pytest.mark.parametrize(
    ("aggregate", "expected"),
    [(Aggregate.SUM, 9.0), (Aggregate.MEAN, 3.0), (Aggregate.LAST, 5.0)],
)
def test_year_to_date_aggregation_skips_missing_months(aggregate, expected):
    definition = _kpi(aggregate=aggregate)
    assert kpi.aggregate(definition, [1.0, None, 3.0, 5.0, None]) == expected


def test_year_to_date_of_no_values_is_none():
    assert kpi.aggregate(_kpi(), [None, None]) is None


@pytest.mark.postgres
def test_stored_targets_override_defaults_and_removing_one_restores_it(db, manager, registry):
    kpi.register(_kpi())
    kpi.register(_kpi("test.no_default", default_target=None))
    with db.session() as session:
        assert kpi.targets(session) == {"test.score": 90.0, "test.no_default": None}
    with db.unit_of_work(manager) as uow:
        save_targets(uow, manager, {"test.score": 95.0, "test.no_default": 3})
    with db.session() as session:
        assert kpi.targets(session) == {"test.score": 95.0, "test.no_default": 3.0}
    with db.unit_of_work(manager) as uow:
        save_targets(uow, manager, {"test.score": None})
    with db.session() as session:
        assert kpi.targets(session)["test.score"] == 90.0


def test_kpi_table_compares_months_and_aggregates_the_fiscal_year(db, registry):
    values = {"2025-04": 80.0, "2025-05": 88.0, "2026-03": 70.0, "2026-04": 90.0, "2026-05": 86.0}
    kpi.register(_kpi(monthly=_by_month(values), aggregate=Aggregate.MEAN))
    kpi.register(
        _kpi(
            "test.complaints",
            monthly=_by_month({"2026-04": 2.0, "2026-05": 7.0}),
            higher_is_better=False,
            default_target=5.0,
            aggregate=Aggregate.SUM,
        )
    )
    with db.session() as session:
        rows = {r.kpi.key: r for r in kpi.kpi_table(session, Month(2026, 5), 4)}
    score = rows["test.score"]
    assert (score.value, score.previous, score.same_month_last_year) == (86.0, 90.0, 88.0)
    assert score.year_to_date == pytest.approx(88.0)  # April and May of the year from April
    assert score.status is Status.AMBER
    complaints = rows["test.complaints"]
    assert complaints.year_to_date == 9.0
    assert complaints.target == 5.0
    assert complaints.status is Status.RED


def test_compute_selected_keys(db, registry):
    kpi.register(_kpi(monthly=_const(91.0)))
    kpi.register(_kpi("test.other", monthly=_const(1.0)))
    with db.session() as session:
        assert kpi.compute(session, Month(2026, 1), ["test.score"]) == {"test.score": 91.0}
        assert kpi.compute(session, Month(2026, 1)) == {"test.score": 91.0, "test.other": 1.0}


def test_targets_are_read_once_per_memo_scope(db, registry):
    kpi.register(_kpi(monthly=_const(91.0)))
    kpi.register(_kpi("test.other", monthly=_const(1.0)))
    reads: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if "kpi_target" in statement:
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.session() as session, memo_scope(session):
            for definition in kpi.all_kpis():  # one call per dashboard area
                kpi.kpi_rows(session, Month(2026, 1), [definition], year_to_date=False)
        assert len(reads) == 1
        with db.session() as session:  # outside a scope, read each time (nothing kept stale)
            kpi.targets(session)
            kpi.targets(session)
        assert len(reads) == 3
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_a_months_formula_fills_every_month_a_table_needs_in_one_call(db, registry):
    """The fiscal year to date, the month before and the same month last year: one call of the
    ``months`` formula for all of them inside the table's scope, the monthly formula outside."""
    values = {"2025-11": 1.0, "2026-01": 2.0, "2026-02": 3.0, "2026-03": 4.0}
    calls = []

    def months(_session, wanted):
        calls.append(sorted(wanted))
        return {m: values.get(str(m)) for m in wanted}

    def monthly(session, month):
        return months(session, [month])[month]

    kpi.register(_kpi("test.count", monthly, months=months, aggregate=Aggregate.SUM))
    with db.session() as session:
        row = kpi.kpi_rows(session, Month(2026, 3), kpi.all_kpis())[0]
        assert calls == [[Month(2025, 3), Month(2026, 1), Month(2026, 2), Month(2026, 3)]]
        calls.clear()
        assert kpi.monthly_values(session, row.kpi, [Month(2026, 2), Month(2026, 1)]) == {
            Month(2026, 1): 2.0,
            Month(2026, 2): 3.0,
        }
        assert calls == [[Month(2026, 1)], [Month(2026, 2)]]
    assert (row.value, row.previous, row.same_month_last_year) == (4.0, 3.0, None)
    assert row.year_to_date == 9.0
