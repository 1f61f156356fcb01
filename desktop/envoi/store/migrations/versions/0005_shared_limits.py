"""shared limits: per-profile pacing and send ledger; returned-mail thresholds per profile

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 19:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "smtp_profiles",
        sa.Column("max_bounce_rate", sa.Float(), server_default="0.05", nullable=False),
    )
    op.add_column(
        "smtp_profiles",
        sa.Column("max_complaint_rate", sa.Float(), server_default="0.001", nullable=False),
    )
    op.add_column(
        "smtp_profiles",
        sa.Column("rates_min_sent", sa.Integer(), server_default="200", nullable=False),
    )
    op.create_table(
        "send_pacing",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("next_slot", sa.Float(), server_default="0", nullable=False),
        sa.Column("slow_rate", sa.Float(), nullable=True),
        sa.Column("slow_until", sa.Float(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["smtp_profiles.id"],
            name=op.f("fk_send_pacing_profile_id_smtp_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", name=op.f("pk_send_pacing")),
    )
    op.create_table(
        "send_ledger",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("second", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["smtp_profiles.id"],
            name=op.f("fk_send_ledger_profile_id_smtp_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "second", name=op.f("pk_send_ledger")),
    )


def downgrade() -> None:
    op.drop_table("send_ledger")
    op.drop_table("send_pacing")
    with op.batch_alter_table("smtp_profiles") as batch:
        batch.drop_column("rates_min_sent")
        batch.drop_column("max_complaint_rate")
        batch.drop_column("max_bounce_rate")
