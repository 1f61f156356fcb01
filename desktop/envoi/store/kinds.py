"""The fixed vocabularies of the store, importable without SQLAlchemy (the import
reader process and the CLI start faster without it)."""

from __future__ import annotations

import enum


class ContactStatus(enum.StrEnum):
    SUBSCRIBED = "subscribed"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"
    COMPLAINED = "complained"


# Statuses that put an address on the suppression list for good.
SUPPRESSING_STATUSES = frozenset(
    {ContactStatus.UNSUBSCRIBED, ContactStatus.BOUNCED, ContactStatus.COMPLAINED}
)


class FieldType(enum.StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"


class SuppressionKind(enum.StrEnum):
    ADDRESS = "address"  # value: the lower-cased address
    DOMAIN = "domain"  # value: the lower-cased domain
    HASH = "hash"  # value: sha256 hex of the lower-cased address (erased contacts)


class ContactEventKind(enum.StrEnum):
    """What happened to a contact (the ``contact_events`` table): what flows start from."""

    LIST_JOINED = "list_joined"  # list_id
    TAG_ADDED = "tag_added"  # tag_id
    FIELD_CHANGED = "field_changed"  # field: a custom field's name, first_name or last_name
