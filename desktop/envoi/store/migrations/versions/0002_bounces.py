"""bounces: returned messages and bounce records

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 16:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bounce_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.String(length=300), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=998), server_default="", nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("error", sa.Text(), server_default="", nullable=False),
        sa.Column("received_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bounce_messages")),
        sa.UniqueConstraint("sha256", name=op.f("uq_bounce_messages_sha256")),
    )
    op.create_index(op.f("ix_bounce_messages_state"), "bounce_messages", ["state"])
    op.create_index(op.f("ix_bounce_messages_received_at"), "bounce_messages", ["received_at"])
    op.create_table(
        "bounce_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=True),
        sa.Column("address_key", sa.String(length=320), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("original_message_id", sa.String(length=998), nullable=True),
        sa.Column("matched_by", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("smtp_reply_code", sa.String(length=3), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("permanent", sa.Boolean(), nullable=True),
        sa.Column("hard", sa.Boolean(), nullable=True),
        sa.Column("feedback_type", sa.String(length=40), nullable=True),
        sa.Column("diagnostic", sa.Text(), server_default="", nullable=False),
        sa.Column("action", sa.String(length=20), server_default="none", nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["bounce_messages.id"],
            name=op.f("fk_bounce_records_message_id_bounce_messages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_bounce_records_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bounce_records")),
    )
    for column in (
        "message_id",
        "received_at",
        "address_key",
        "contact_id",
        "campaign_id",
        "reason",
    ):
        op.create_index(op.f(f"ix_bounce_records_{column}"), "bounce_records", [column])


def downgrade() -> None:
    op.drop_table("bounce_records")
    op.drop_table("bounce_messages")
