"""calendar and target versions: a version counter on special days, leave entitlements, opening
hours and KPI targets

Revision ID: 0019_calendar_target_versions
Revises: 0018_more_versions
Create Date: 2026-12-03 07:15:00

As in 0013 and 0018: each record a dialog or grid edits carries ``version`` (1 for rows saved
before this revision), checked on every UPDATE and against the version the user opened
(``core/concurrency.py``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_calendar_target_versions"
down_revision: str | Sequence[str] | None = "0018_more_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("kpi_target", "leave_entitlement", "opening_hours", "special_day")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
