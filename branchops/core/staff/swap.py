"""Shift swaps between two people, checked against the same rules as every roster change."""

from __future__ import annotations

from datetime import date

from branchops.core.errors import Problems
from branchops.core.staff.roster import edit_cells
from branchops.core.staff.roster_store import CellEdit, cells_between
from branchops.core.users.permissions import CurrentUser
from branchops.db.uow import UnitOfWork
from branchops.i18n import translate


def swap_edits(
    cells: dict[tuple[int, date], str], a_id: int, a_day: date, b_id: int, b_day: date
) -> list[CellEdit]:
    """A gives their shift on ``a_day`` to B and takes B's shift on ``b_day``.

    On the same day the two simply exchange shifts (one of them may be off)."""
    code_a, code_b = cells.get((a_id, a_day), ""), cells.get((b_id, b_day), "")
    problems = Problems()
    problems.require(a_id != b_id, "b", translate("Roster", "Choose two different people."))
    problems.require(
        bool(code_a or code_b), "a", translate("Roster", "Neither person works on those days.")
    )
    if a_day != b_day:
        problems.require(
            not cells.get((b_id, a_day)),
            "b",
            translate("Roster", "The second person already works on {day}.").format(
                day=a_day.isoformat()
            ),
        )
        problems.require(
            not cells.get((a_id, b_day)),
            "a",
            translate("Roster", "The first person already works on {day}.").format(
                day=b_day.isoformat()
            ),
        )
    problems.raise_if_any()
    if a_day == b_day:
        return [CellEdit(a_id, a_day, code_b or None), CellEdit(b_id, a_day, code_a or None)]
    return [
        CellEdit(a_id, a_day, None),
        CellEdit(b_id, a_day, code_a or None),
        CellEdit(b_id, b_day, None),
        CellEdit(a_id, b_day, code_b or None),
    ]


def swap_shifts(
    uow: UnitOfWork,
    user: CurrentUser,
    a_id: int,
    a_day: date,
    b_id: int,
    b_day: date,
    *,
    reason: str = "",
    override_reason: str = "",
) -> int:
    first, last = min(a_day, b_day), max(a_day, b_day)
    edits = swap_edits(cells_between(uow.session, first, last), a_id, a_day, b_id, b_day)
    return edit_cells(
        uow, user, edits, reason=reason, override_reason=override_reason, always_guard=True
    )
