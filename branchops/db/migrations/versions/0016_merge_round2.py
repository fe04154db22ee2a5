"""one head after feedback and the record versions

Revision ID: 0016_merge_round2
Revises: 0008_feedback, 0013_versions, 0015_merge_budget_risk
Create Date: 2026-12-02 03:35:00
"""

from collections.abc import Sequence

revision: str = "0016_merge_round2"
down_revision = ("0008_feedback", "0013_versions", "0015_merge_budget_risk")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
