"""one head after training and the leave law

Revision ID: 0014_merge_training_leave
Revises: 0007_training, 0011_leave_law
Create Date: 2026-12-02 03:05:00
"""

from collections.abc import Sequence

revision: str = "0014_merge_training_leave"
down_revision: str | Sequence[str] | None = ("0007_training", "0011_leave_law")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
