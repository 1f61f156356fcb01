"""What the contacts services hand out: frozen snapshots, never live ORM rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Consent:
    source: str = ""  # where: "signup form", "shop checkout", "import: customers.csv"
    method: str = ""  # how: "double opt-in", "checkbox", "in person"
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ContactRecord:
    id: int
    email: str
    first_name: str
    last_name: str
    status: str
    fields: Mapping[str, Any]
    consent: Consent
    tags: tuple[str, ...]
    lists: tuple[str, ...]
    created_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One line of the contacts table."""

    id: int
    email: str
    first_name: str
    last_name: str
    status: str
    created_at: datetime | None


@dataclass(frozen=True, slots=True)
class ListInfo:
    id: int
    name: str
    description: str
    member_count: int


@dataclass(frozen=True, slots=True)
class TagInfo:
    id: int
    name: str
    contact_count: int


@dataclass(frozen=True, slots=True)
class FieldInfo:
    name: str
    label: str
    type: str


@dataclass(frozen=True, slots=True)
class ContactChanges:
    """An edit: None means "leave as it is"."""

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    status: str | None = None
    fields: Mapping[str, Any] | None = None
    consent: Consent | None = None
    tags: tuple[str, ...] | None = None
    lists: tuple[str, ...] | None = None
