"""one head after the budget and risk areas

Revision ID: 0015_merge_budget_risk
Revises: 0009_budget, 0010_risk, 0014_merge_training_leave
Create Date: 2026-12-02 03:05:00
"""

from collections.abc import Sequence

revision: str = "0015_merge_budget_risk"
down_revision = ("0009_budget", "0010_risk", "0014_merge_training_leave")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
