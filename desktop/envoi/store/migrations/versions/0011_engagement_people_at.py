"""engagement events: the reports' index gains the event's time (campaign, kind, verdict,
contact, at), so that the timeline's hours are read from the index alone as well

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 04:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ["campaign_id", "kind", "verdict", "contact_id"]


def upgrade() -> None:
    op.drop_index("ix_engagement_events_people", table_name="engagement_events")
    op.create_index(
        "ix_engagement_events_people", "engagement_events", [*_COLUMNS, "at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_engagement_events_people", table_name="engagement_events")
    op.create_index("ix_engagement_events_people", "engagement_events", _COLUMNS, unique=False)
