"""contact events: a contact joined a list, got a tag, had a field changed (with its time)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 03:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=True),
        sa.Column("tag_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=100), server_default="", nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_events_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["lists.id"],
            name=op.f("fk_contact_events_list_id_lists"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_contact_events_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_events")),
    )
    op.create_index(
        op.f("ix_contact_events_contact_id"), "contact_events", ["contact_id"], unique=False
    )
    op.create_index("ix_contact_events_kind_at", "contact_events", ["kind", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contact_events_kind_at", table_name="contact_events")
    op.drop_index(op.f("ix_contact_events_contact_id"), table_name="contact_events")
    op.drop_table("contact_events")
