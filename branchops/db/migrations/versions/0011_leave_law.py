"""leave law: date of first employment, leave days by date

Revision ID: 0011_leave_law
Revises: 0005_merge_areas
Create Date: 2026-12-02 01:54:03.955277

``staff.first_work_date`` (参加工作日期) is the start of total service for annual leave.
``leave_day`` holds the days each leave request counts, so that a leave across 31 December is
booked to each year. Requests saved before this revision keep their days, booked to their first
day as they were counted before; saving such a request again counts it day by day.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_leave_law"
down_revision: str | Sequence[str] | None = "0005_merge_areas"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "leave_day",
        sa.Column("leave_request_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("days", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["leave_request_id"],
            ["leave_request.id"],
            name=op.f("fk_leave_day_leave_request_id_leave_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("leave_request_id", "day", name=op.f("pk_leave_day")),
    )
    with op.batch_alter_table("leave_day", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leave_day_day"), ["day"], unique=False)

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_work_date", sa.Date(), nullable=True))

    op.execute(
        "INSERT INTO leave_day (leave_request_id, day, days) "
        "SELECT id, first_day, days FROM leave_request WHERE days > 0"
    )


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("first_work_date")

    with op.batch_alter_table("leave_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leave_day_day"))

    op.drop_table("leave_day")
