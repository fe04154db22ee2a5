"""one head after the area revisions

Revision ID: 0005_merge_areas
Revises: 0002_quality, 0003_scheduling, 0004_reports
Create Date: 2026-11-22 10:51:49.788607
"""

from collections.abc import Sequence

revision: str = "0005_merge_areas"
down_revision: str | Sequence[str] | None = ("0002_quality", "0003_scheduling", "0004_reports")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
