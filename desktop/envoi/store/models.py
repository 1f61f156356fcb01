"""SQLAlchemy 2 models: the database is the truth. ORM rows never leave ``envoi.store``
and the services that use it; callers get frozen dataclasses."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from envoi.store.kinds import (
    SUPPRESSING_STATUSES,
    ContactEventKind,
    ContactStatus,
    FieldType,
    SuppressionKind,
)

__all__ = [
    "SUPPRESSING_STATUSES",
    "ContactEventKind",
    "ContactStatus",
    "FieldType",
    "SuppressionKind",
]

# Constraint names fixed so that Alembic migrations name them the same on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# JSON on SQLite (text with json1 functions), JSONB on PostgreSQL (indexable, ->> operators).
JsonType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # As given, with the domain lower-cased; the key below is the case-insensitive identity.
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320), unique=True)
    domain: Mapped[str] = mapped_column(String(255), index=True)
    first_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    last_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    fields: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    status: Mapped[str] = mapped_column(
        String(20), default=ContactStatus.SUBSCRIBED.value, server_default="subscribed", index=True
    )
    consent_source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    consent_method: Mapped[str] = mapped_column(String(200), default="", server_default="")
    consent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now(), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class CustomField(Base):
    __tablename__ = "custom_fields"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    label: Mapped[str] = mapped_column(String(200), default="", server_default="")
    type: Mapped[str] = mapped_column(String(20), default=FieldType.TEXT.value)


class ContactList(Base):
    __tablename__ = "lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class ListMember(Base):
    __tablename__ = "list_members"

    list_id: Mapped[int] = mapped_column(
        ForeignKey("lists.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class ContactTag(Base):
    __tablename__ = "contact_tags"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ContactEvent(Base):
    """A contact joined a list, got a tag or had a field changed, whichever road it took
    (the contacts service, an import, the relay later): one queryable row with its time."""

    __tablename__ = "contact_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # a ContactEventKind
    list_id: Mapped[int | None] = mapped_column(
        ForeignKey("lists.id", ondelete="CASCADE"), nullable=True
    )
    tag_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), nullable=True
    )
    field: Mapped[str] = mapped_column(String(100), default="", server_default="")
    at: Mapped[datetime] = mapped_column(DateTime)  # naive UTC


class Suppression(Base):
    __tablename__ = "suppressions"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_suppressions_kind_value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(String(320))
    # unsubscribed, bounced, complained, manual, erased
    reason: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Segment(Base):
    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # The rule tree as JSON (see envoi.segments.rules); never raw SQL.
    rules: Mapped[dict[str, Any]] = mapped_column(JsonType)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonType)


# Sorting the contacts table by name walks this index (ORDER BY last_name, first_name, id).
# Sorting by first name has none on purpose: its rebuild cost ~1.2 s of a 1M-row import
# (about 0.8 of the import's ratio to sqlite3 .import); that sort is rare, off the GUI
# thread, and a first page of it costs a top-N sort (~0.3 s at 1M rows).
Index("ix_contacts_last_first", Contact.last_name, Contact.first_name)

# "Who joined list X (got tag Y) since T": what a flow asks.
Index("ix_contact_events_kind_at", ContactEvent.kind, ContactEvent.at)
