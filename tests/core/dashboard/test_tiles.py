"""Dashboard tiles: the same numbers as the HQ workbook's KPI table, grouped by area."""

from __future__ import annotations

import pytest

from branchops import clock
from branchops.core import dashboard, kpi
from branchops.core.demo.service import generate_demo
from branchops.core.period import Month


@pytest.fixture
def demo_db(db):
    generate_demo(db, months=3, staff=6, seed=3)
    return db


def test_tiles_equal_the_kpi_table(demo_db):
    month = Month.of(clock.today())
    with demo_db.session() as session:
        table = {row.kpi.key: row for row in kpi.kpi_table(session, month)}
        tiles = [t for _, defs in dashboard.groups() for t in dashboard.tiles(session, month, defs)]
    assert {t.key for t in tiles} == set(table)
    for tile in tiles:
        row = table[tile.key]
        assert (tile.value, tile.previous, tile.same_month_last_year, tile.target, tile.status) == (
            row.value,
            row.previous,
            row.same_month_last_year,
            row.target,
            row.status,
        )


def test_groups_follow_the_declared_areas_and_every_tile_opens_a_page(demo_db):
    areas = [area for area, _ in dashboard.groups()]
    assert areas[:3] == ["quality", "actions", "staff"]
    with demo_db.session() as session:
        month = Month.of(clock.today())
        for _, definitions in dashboard.groups():
            for tile in dashboard.tiles(session, month, definitions):
                assert tile.page


def test_trend_and_whether_it_improves():
    base = dict(
        key="x.y",
        area="x",
        title="",
        explanation="",
        unit=kpi.Unit.COUNT,
        target=None,
        same_month_last_year=None,
        status=kpi.Status.NONE,
        page="x",
        filters={},
    )
    fewer_failures = dashboard.Tile(value=1, previous=3, higher_is_better=False, **base)
    assert fewer_failures.trend == -1 and fewer_failures.improving is True
    unknown = dashboard.Tile(value=None, previous=3, higher_is_better=True, **base)
    assert unknown.trend == 0 and unknown.improving is None


def test_no_month_in_the_future_is_offered(at_date):
    months = dashboard.months_offered()
    assert months[0] == Month.of(clock.today())
    assert all(m <= months[0] for m in months)


def test_a_new_branch_is_told_what_to_do_first(db):
    with db.session() as session:
        steps = dashboard.first_steps(session)
    assert [s.page for s in steps] == ["settings", "staff", "quality"]
