from sqlalchemy import Column, Integer, MetaData, String, Table, select

from branchops.core.listing import ListQuery, apply_paging

ROWS = Table("rows", MetaData(), Column("id", Integer, primary_key=True), Column("name", String))


def _order(query: ListQuery) -> str:
    stmt = apply_paging(select(ROWS), query, {"name": ROWS.c.name}, ROWS.c.id)
    return str(stmt.compile()).split("ORDER BY")[1].split("\n")[0].strip()


def test_the_tie_break_follows_the_sort_direction():
    assert _order(ListQuery(sort_key="name")) == "rows.name ASC, rows.id ASC"
    assert _order(ListQuery(sort_key="name", descending=True)) == "rows.name DESC, rows.id DESC"
    assert _order(ListQuery(descending=True)) == "rows.id DESC"
