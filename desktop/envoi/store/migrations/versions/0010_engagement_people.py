"""engagement events: an index (campaign, kind, verdict, contact) for the reports' counts
of distinct people, read in order instead of sorted

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 03:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_engagement_events_people",
        "engagement_events",
        ["campaign_id", "kind", "verdict", "contact_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_engagement_events_people", table_name="engagement_events")
