"""more versions: a version counter on the records of the newer areas a user edits

Revision ID: 0018_more_versions
Revises: 0017_merge_roster
Create Date: 2026-12-02 05:35:00

As in 0013: each record a dialog or grid edits carries ``version`` (1 for rows saved before this
revision), checked on every UPDATE and against the version the user opened
(``core/concurrency.py``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_more_versions"
down_revision: str | Sequence[str] | None = "0017_merge_roster"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "budget_category",
    "budget_line",
    "complaint",
    "expense",
    "feedback_record",
    "recurring_expense",
    "risk",
    "risk_drill",
    "risk_plan",
    "roster_assignment",
    "setting",
    "staffing_need",
    "training_certificate",
    "training_course",
    "training_session",
)


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
