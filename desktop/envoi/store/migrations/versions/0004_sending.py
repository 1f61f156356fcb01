"""sending: SMTP profiles, campaigns, deliveries, send counters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 16:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"  # chained after the bounce and template tables
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "smtp_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=20), nullable=False),
        sa.Column("username", sa.String(length=320), server_default="", nullable=False),
        sa.Column("helo_name", sa.String(length=255), server_default="", nullable=False),
        sa.Column("ca_file", sa.String(length=1000), server_default="", nullable=False),
        sa.Column("per_second", sa.Float(), nullable=True),
        sa.Column("per_minute", sa.Integer(), nullable=True),
        sa.Column("per_hour", sa.Integer(), nullable=True),
        sa.Column("per_day", sa.Integer(), nullable=True),
        sa.Column("connections", sa.Integer(), server_default="4", nullable=False),
        sa.Column("per_connection", sa.Integer(), server_default="100", nullable=False),
        sa.Column("timeout", sa.Float(), server_default="30", nullable=False),
        sa.Column("tested_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_smtp_profiles")),
        sa.UniqueConstraint("name", name=op.f("uq_smtp_profiles_name")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("from_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("from_email", sa.String(length=320), nullable=False),
        sa.Column("reply_to", sa.String(length=320), server_default="", nullable=False),
        sa.Column("subject", sa.String(length=998), server_default="", nullable=False),
        sa.Column("body_text", sa.Text(), server_default="", nullable=False),
        sa.Column("body_html", sa.Text(), server_default="", nullable=False),
        sa.Column("template", sa.String(length=200), server_default="", nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        sa.Column("audience", _JSON, nullable=False),
        sa.Column("status", sa.String(length=20), server_default="draft", nullable=False),
        sa.Column("pause_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("timezone", sa.String(length=64), server_default="", nullable=False),
        sa.Column("retry_hours", sa.Float(), server_default="48", nullable=False),
        sa.Column("runner", sa.String(length=300), server_default="", nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["smtp_profiles.id"],
            name=op.f("fk_campaigns_profile_id_smtp_profiles"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("name", name=op.f("uq_campaigns_name")),
    )
    op.create_index(op.f("ix_campaigns_profile_id"), "campaigns", ["profile_id"], unique=False)
    op.create_index(
        "ix_campaigns_status_scheduled", "campaigns", ["status", "scheduled_at"], unique=False
    )
    op.create_table(
        "send_counters",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("minute", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["smtp_profiles.id"],
            name=op.f("fk_send_counters_profile_id_smtp_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "minute", name=op.f("pk_send_counters")),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("email_key", sa.String(length=320), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="queued", nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("smtp_code", sa.Integer(), nullable=True),
        sa.Column("smtp_reply", sa.Text(), server_default="", nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("message_id", sa.String(length=998), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_deliveries_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_deliveries_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("campaign_id", "email_key", name="uq_deliveries_campaign_id"),
    )
    op.create_index(
        "ix_deliveries_campaign_status", "deliveries", ["campaign_id", "status"], unique=False
    )
    op.create_index(op.f("ix_deliveries_message_id"), "deliveries", ["message_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_deliveries_message_id"), table_name="deliveries")
    op.drop_index("ix_deliveries_campaign_status", table_name="deliveries")
    op.drop_table("deliveries")
    op.drop_table("send_counters")
    op.drop_index("ix_campaigns_status_scheduled", table_name="campaigns")
    op.drop_index(op.f("ix_campaigns_profile_id"), table_name="campaigns")
    op.drop_table("campaigns")
    op.drop_table("smtp_profiles")
