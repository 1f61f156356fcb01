"""mx providers: each recipient domain's mailbox provider, from its MX records (a cache)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 03:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mx_providers",
        sa.Column("domain", sa.String(length=255), nullable=False),
        sa.Column("provider", sa.String(length=40), nullable=False),
        sa.Column("mx", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("looked_up_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("domain", name=op.f("pk_mx_providers")),
    )


def downgrade() -> None:
    op.drop_table("mx_providers")
