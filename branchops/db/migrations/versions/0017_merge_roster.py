"""one head after the roster rules

Revision ID: 0017_merge_roster
Revises: 0012_roster_rules, 0016_merge_round2
Create Date: 2026-12-02 03:35:00
"""

from collections.abc import Sequence

revision: str = "0017_merge_roster"
down_revision = ("0012_roster_rules", "0016_merge_round2")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
