"""relay: events pulled from Envoi Relay (unsubscribes, preferences, clicks, opens)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 03:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "engagement_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("relay", sa.String(length=64), nullable=False),
        sa.Column("relay_event_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("link_no", sa.Integer(), server_default="0", nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("verdict", sa.String(length=10), server_default="", nullable=False),
        sa.Column("reason", sa.String(length=60), server_default="", nullable=False),
        sa.Column("detail", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagement_events")),
        sa.UniqueConstraint("relay", "relay_event_id", name="uq_engagement_events_relay"),
    )
    op.create_index("ix_engagement_events_campaign", "engagement_events", ["campaign_id", "kind"])
    op.create_index("ix_engagement_events_contact", "engagement_events", ["contact_id"])


def downgrade() -> None:
    op.drop_index("ix_engagement_events_contact", table_name="engagement_events")
    op.drop_index("ix_engagement_events_campaign", table_name="engagement_events")
    op.drop_table("engagement_events")
