"""roster rules: the day a person was deactivated; overtime rules hard like the others

Revision ID: 0012_roster_rules
Revises: 0005_merge_areas
Create Date: 2026-12-02 10:00:00

Inactive staff without a leaving date get the day they were deactivated: the audit log's last
update that made them inactive, else the day of this upgrade. A stored list of hard roster rules
gains the two overtime rules, which are hard by default.
"""

import json
from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

from branchops import clock

revision: str = "0012_roster_rules"
down_revision: str | Sequence[str] | None = "0005_merge_areas"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HARD_RULES_KEY = "roster.hard_rules"
NEW_HARD_RULES = ("daily_overtime", "monthly_overtime")


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deactivated_on", sa.Date(), nullable=True))
    connection = op.get_bind()
    _date_inactive_staff(connection)
    _new_hard_rules(connection)


def _deactivation_days(connection: sa.Connection) -> dict[str, date]:
    """Staff id (as text) -> local day of the last audited update that made them inactive."""
    rows = connection.execute(
        sa.text(
            "SELECT entity_id, at, changes FROM audit_log "
            "WHERE entity = 'Staff' AND action = 'update' ORDER BY seq"
        )
    )
    days: dict[str, date] = {}
    for entity_id, at, changes in rows:
        try:
            active = json.loads(changes).get("active")
            when = datetime.fromisoformat(at)
        except (TypeError, ValueError, AttributeError):
            continue
        if isinstance(active, list) and len(active) == 2 and active[1] in (False, 0):
            local = when.astimezone() if when.tzinfo is not None else when
            days[str(entity_id)] = local.date()
    return days


def _date_inactive_staff(connection: sa.Connection) -> None:
    people = connection.execute(
        sa.text("SELECT id FROM staff WHERE active = :no AND leave_date IS NULL"), {"no": False}
    ).all()
    if not people:
        return
    audited = _deactivation_days(connection)
    today = clock.today()
    for (staff_id,) in people:
        connection.execute(
            sa.text("UPDATE staff SET deactivated_on = :day WHERE id = :id"),
            {"day": audited.get(str(staff_id), today), "id": staff_id},
        )


def _new_hard_rules(connection: sa.Connection) -> None:
    stored = connection.execute(
        sa.text("SELECT value FROM setting WHERE key = :key"), {"key": HARD_RULES_KEY}
    ).scalar()
    if stored is None:
        return
    try:
        rules = json.loads(stored)
    except ValueError:
        return
    if not isinstance(rules, list):
        return
    value = json.dumps(sorted(set(rules) | set(NEW_HARD_RULES)), ensure_ascii=False)
    connection.execute(
        sa.text("UPDATE setting SET value = :value WHERE key = :key"),
        {"value": value, "key": HARD_RULES_KEY},
    )


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("deactivated_on")
