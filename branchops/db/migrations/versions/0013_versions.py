"""versions: a version counter on every record a user edits

Revision ID: 0013_versions
Revises: 0011_leave_law
Create Date: 2026-12-02 03:05:00

Each edited record carries ``version`` (1 for rows saved before this revision). SQLAlchemy's
``version_id_col`` checks it on every UPDATE, so that a save over a record another PC (or an
import) changed meanwhile is refused instead of overwriting it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_versions"
down_revision: str | Sequence[str] | None = "0011_leave_law"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "app_user",
    "branch_profile",
    "corrective_action",
    "leave_request",
    "position",
    "qc_inspection",
    "qc_template",
    "shift_type",
    "skill",
    "staff",
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
