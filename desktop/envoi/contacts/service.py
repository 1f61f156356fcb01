"""Contacts, lists, tags and consent: the operations the window and the CLI share."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from envoi.contacts import contact_events, suppression
from envoi.contacts.addresses import Address, InvalidAddress, normalize
from envoi.contacts.fields import coerce, field_name
from envoi.contacts.records import (
    Consent,
    ContactChanges,
    ContactRecord,
    FieldInfo,
    ListInfo,
    TagInfo,
)
from envoi.errors import ConflictError, InvalidInputError, NotFoundError, Text
from envoi.header_values import clean as clean_header
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.kinds import ContactEventKind
from envoi.store.models import (
    Contact,
    ContactList,
    ContactStatus,
    ContactTag,
    CustomField,
    FieldType,
    ListMember,
    Suppression,
    SuppressionKind,
    Tag,
)

_NAME_LIMIT = 200


def parse_address(email: str) -> Address:
    try:
        return normalize(email)
    except InvalidAddress as exc:
        raise InvalidInputError(
            Text("“{email}” is not a valid email address.", email=email.strip()), str(exc)
        ) from None


def _clean_name(value: str, what: Text) -> str:
    return clean_header(value.strip(), what, limit=_NAME_LIMIT, hint=Text("Type it on one line."))


def _check_status(status: str) -> str:
    try:
        return ContactStatus(status).value
    except ValueError:
        choices = ", ".join(s.value for s in ContactStatus)
        raise InvalidInputError(
            Text("“{status}” is not a status.", status=status),
            Text("Use one of: {choices}.", choices=choices),
        ) from None


def _ids(contact_ids: int | Iterable[int]) -> list[int]:
    return [contact_ids] if isinstance(contact_ids, int) else list(contact_ids)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _link(
    session: Session,
    owner: InstrumentedAttribute[int],
    member: InstrumentedAttribute[int],
    owner_id: int,
    ids: Sequence[int],
    make: Callable[[int], object],
    kind: ContactEventKind,
) -> None:
    """Add the (owner, contact) link rows that do not exist yet (tags, list memberships),
    each with its ``kind`` event."""
    for chunk in _chunks(ids):
        existing = set(
            session.execute(select(member).where(owner == owner_id, member.in_(chunk))).scalars()
        )
        new = [c for c in chunk if c not in existing]
        session.add_all(make(c) for c in new)
        contact_events.record(session, kind, utc_now(), ((c, owner_id) for c in new))


def _unlink(
    session: Session,
    model: type[ContactTag] | type[ListMember],
    owner: InstrumentedAttribute[int],
    member: InstrumentedAttribute[int],
    owner_id: int,
    ids: Sequence[int],
) -> None:
    for chunk in _chunks(ids):
        session.execute(delete(model).where(owner == owner_id, member.in_(chunk)))


class ContactService:
    """Built once by the composition root (ui/app.py or cli.py) and passed to whoever needs it."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- single contacts -------------------------------------------------------------------

    def add(
        self,
        email: str,
        first_name: str = "",
        last_name: str = "",
        fields: Mapping[str, Any] | None = None,
        tags: Sequence[str] = (),
        lists: Sequence[str] = (),
        consent: Consent | None = None,
    ) -> ContactRecord:
        address = parse_address(email)
        with self._store.session() as session:
            reason = suppression.suppression_reason(session, address)
            if reason is not None:
                raise ConflictError(
                    Text(
                        "{email} is on the suppression list ({reason}).",
                        email=address.email,
                        reason=reason,
                    ),
                    Text("Envoi never adds a suppressed address back."),
                )
            if self._find(session, address.key) is not None:
                raise ConflictError(Text("{email} is already a contact.", email=address.email))
            consent = consent or Consent()
            stamp = utc_now()
            contact = Contact(
                email=address.email,
                email_key=address.key,
                domain=address.domain,
                first_name=_clean_name(first_name, Text("first name")),
                last_name=_clean_name(last_name, Text("last name")),
                fields=self._typed_fields(session, fields or {}),
                status=ContactStatus.SUBSCRIBED.value,
                consent_source=_clean_name(consent.source, Text("consent source")),
                consent_method=_clean_name(consent.method, Text("consent method")),
                consent_at=consent.at or stamp,
                created_at=stamp,
                updated_at=stamp,
            )
            session.add(contact)
            try:
                session.flush()
            except IntegrityError:
                raise ConflictError(
                    Text("{email} is already a contact.", email=address.email)
                ) from None
            self._set_tags(session, contact.id, tags)
            self._set_lists(session, contact.id, lists)
            return self._record(session, contact)

    def get(self, contact_id: int) -> ContactRecord:
        with self._store.session() as session:
            return self._record(session, self._load(session, contact_id))

    def find(self, email: str) -> ContactRecord | None:
        address = parse_address(email)
        with self._store.session() as session:
            contact = self._find(session, address.key)
            return None if contact is None else self._record(session, contact)

    def require(self, email: str) -> ContactRecord:
        record = self.find(email)
        if record is None:
            raise NotFoundError(
                Text("There is no contact with the address {email}.", email=email.strip())
            )
        return record

    def update(self, contact_id: int, changes: ContactChanges) -> ContactRecord:
        with self._store.session() as session:
            contact = self._load(session, contact_id)
            before = {"first_name": contact.first_name, "last_name": contact.last_name,
                      **(contact.fields or {})}  # fmt: skip
            if changes.email is not None:
                address = parse_address(changes.email)
                if address.key != contact.email_key:
                    other = self._find(session, address.key)
                    if other is not None:
                        raise ConflictError(
                            Text("{email} is already another contact.", email=address.email)
                        )
                    reason = suppression.suppression_reason(session, address)
                    if reason is not None:
                        raise ConflictError(
                            Text(
                                "{email} is on the suppression list ({reason}).",
                                email=address.email,
                                reason=reason,
                            )
                        )
                contact.email, contact.email_key = address.email, address.key
                contact.domain = address.domain
            if changes.first_name is not None:
                contact.first_name = _clean_name(changes.first_name, Text("first name"))
            if changes.last_name is not None:
                contact.last_name = _clean_name(changes.last_name, Text("last name"))
            if changes.fields is not None:
                merged = dict(contact.fields or {})
                merged.update(self._typed_fields(session, changes.fields))
                contact.fields = {k: v for k, v in merged.items() if v is not None}
            if changes.consent is not None:
                contact.consent_source = _clean_name(changes.consent.source, Text("consent source"))
                contact.consent_method = _clean_name(changes.consent.method, Text("consent method"))
                contact.consent_at = changes.consent.at
            if changes.status is not None:
                status = _check_status(changes.status)
                suppression.change_status(session, contact.email_key, status, "edit")
            contact.updated_at = utc_now()
            after = {"first_name": contact.first_name, "last_name": contact.last_name,
                     **(contact.fields or {})}  # fmt: skip
            changed = contact_events.changed_fields(before, after)
            contact_events.record(
                session, ContactEventKind.FIELD_CHANGED, contact.updated_at,
                [(contact.id, name) for name in changed],
            )  # fmt: skip
            if changes.tags is not None:
                mine = ContactTag.contact_id == contact.id
                had = set(session.scalars(select(ContactTag.tag_id).where(mine)))
                session.execute(delete(ContactTag).where(mine))
                self._set_tags(session, contact.id, changes.tags, had)
            if changes.lists is not None:
                on = ListMember.contact_id == contact.id
                had = set(session.scalars(select(ListMember.list_id).where(on)))
                session.execute(delete(ListMember).where(on))
                self._set_lists(session, contact.id, changes.lists, had)
            session.flush()
            return self._record(session, contact)

    def delete(self, contact_ids: int | Iterable[int]) -> int:
        """Delete contacts. Their suppression entries (if any) stay."""
        ids = _ids(contact_ids)
        removed = 0
        with self._store.session() as session:
            for chunk in _chunks(ids):
                session.execute(delete(ContactTag).where(ContactTag.contact_id.in_(chunk)))
                session.execute(delete(ListMember).where(ListMember.contact_id.in_(chunk)))
                result = session.execute(delete(Contact).where(Contact.id.in_(chunk)))
                removed += int(getattr(result, "rowcount", 0) or 0)
        return removed

    def set_status(self, contact_ids: int | Iterable[int], status: str, source: str = "") -> int:
        """Unsubscribe, mark bounced or complained (which suppresses for good)."""
        value = _check_status(status)
        count = 0
        with self._store.session() as session:
            for contact_id in _ids(contact_ids):
                key = self._load(session, contact_id).email_key
                suppression.change_status(session, key, value, source)
                count += 1
        return count

    def set_status_by_email(self, email: str, status: str, source: str = "") -> bool:
        """Used by the bounce and unsubscribe processing: suppresses even unknown addresses."""
        value = _check_status(status)
        address = parse_address(email)
        with self._store.session() as session:
            known = self._find(session, address.key) is not None
            suppression.change_status(session, address.key, value, source)
            return known

    # -- GDPR ----------------------------------------------------------------------------

    def erase(self, contact_id: int) -> None:
        """Right to erasure: the data goes, a hash stays so the address is never mailed again."""
        with self._store.session() as session:
            contact = self._load(session, contact_id)
            key = contact.email_key
            suppression.suppress_hash(session, key, "erased")
            session.execute(
                delete(Suppression).where(
                    Suppression.kind == SuppressionKind.ADDRESS.value, Suppression.value == key
                )
            )
            session.execute(delete(ContactTag).where(ContactTag.contact_id == contact_id))
            session.execute(delete(ListMember).where(ListMember.contact_id == contact_id))
            session.delete(contact)

    def export_contact_json(self, contact_id: int) -> dict[str, Any]:
        """Everything Envoi holds about one person (right of access)."""
        record = self.get(contact_id)
        address = parse_address(record.email)
        with self._store.session() as session:
            reason = suppression.suppression_reason(session, address)
        return {
            "email": record.email,
            "first_name": record.first_name,
            "last_name": record.last_name,
            "status": record.status,
            "suppressed": reason,
            "fields": dict(record.fields),
            "tags": list(record.tags),
            "lists": list(record.lists),
            "consent": {
                "source": record.consent.source,
                "method": record.consent.method,
                "at": record.consent.at.isoformat() if record.consent.at else None,
            },
            "created_at": record.created_at.isoformat() if record.created_at else None,
            "updated_at": record.updated_at.isoformat() if record.updated_at else None,
            "exported_at": utc_now().isoformat(),
        }

    def export_contact_file(self, contact_id: int, path: str) -> None:
        data = self.export_contact_json(contact_id)
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)

    # -- tags and lists --------------------------------------------------------------------

    def tag(self, contact_ids: int | Iterable[int], name: str) -> None:
        with self._store.session() as session:
            tag_id = self._tag_id(session, name, create=True)
            assert tag_id is not None
            _link(session, ContactTag.tag_id, ContactTag.contact_id, tag_id, _ids(contact_ids),
                  lambda c: ContactTag(contact_id=c, tag_id=tag_id),
                  ContactEventKind.TAG_ADDED)  # fmt: skip

    def untag(self, contact_ids: int | Iterable[int], name: str) -> None:
        with self._store.session() as session:
            tag_id = self._tag_id(session, name, create=False)
            if tag_id is not None:
                _unlink(session, ContactTag, ContactTag.tag_id, ContactTag.contact_id, tag_id,
                        _ids(contact_ids))  # fmt: skip

    def add_to_list(self, contact_ids: int | Iterable[int], name: str) -> None:
        with self._store.session() as session:
            list_id = self._list_id(session, name, create=True)
            assert list_id is not None
            _link(session, ListMember.list_id, ListMember.contact_id, list_id, _ids(contact_ids),
                  lambda c: ListMember(list_id=list_id, contact_id=c, added_at=utc_now()),
                  ContactEventKind.LIST_JOINED)  # fmt: skip

    def remove_from_list(self, contact_ids: int | Iterable[int], name: str) -> None:
        with self._store.session() as session:
            list_id = self._list_id(session, name, create=False)
            if list_id is None:
                raise NotFoundError(Text("There is no list named “{name}”.", name=name))
            _unlink(session, ListMember, ListMember.list_id, ListMember.contact_id, list_id,
                    _ids(contact_ids))  # fmt: skip

    def move_to_list(self, contact_ids: int | Iterable[int], source: str, target: str) -> None:
        ids = _ids(contact_ids)
        self.add_to_list(ids, target)
        self.remove_from_list(ids, source)

    def create_list(self, name: str, description: str = "") -> ListInfo:
        clean = _clean_name(name, Text("list name"))
        if not clean:
            raise InvalidInputError(Text("A list needs a name."))
        with self._store.session() as session:
            if self._list_id(session, clean, create=False) is not None:
                raise ConflictError(Text("There is already a list named “{clean}”.", clean=clean))
            row = ContactList(name=clean, description=description, created_at=utc_now())
            session.add(row)
            session.flush()
            return ListInfo(row.id, row.name, row.description, 0)

    def delete_list(self, name: str) -> None:
        """Delete a list; its contacts stay."""
        with self._store.session() as session:
            list_id = self._list_id(session, name, create=False)
            if list_id is None:
                raise NotFoundError(Text("There is no list named “{name}”.", name=name))
            session.execute(delete(ListMember).where(ListMember.list_id == list_id))
            session.execute(delete(ContactList).where(ContactList.id == list_id))

    def lists(self) -> list[ListInfo]:
        with self._store.session() as session:
            counts = (
                select(ListMember.list_id, func.count().label("n"))
                .group_by(ListMember.list_id)
                .subquery()
            )
            rows = session.execute(
                select(ContactList, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.list_id == ContactList.id)
                .order_by(ContactList.name)
            )
            return [ListInfo(r.id, r.name, r.description, int(n)) for r, n in rows]

    def tags(self) -> list[TagInfo]:
        with self._store.session() as session:
            counts = (
                select(ContactTag.tag_id, func.count().label("n"))
                .group_by(ContactTag.tag_id)
                .subquery()
            )
            rows = session.execute(
                select(Tag, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.tag_id == Tag.id)
                .order_by(Tag.name)
            )
            return [TagInfo(r.id, r.name, int(n)) for r, n in rows]

    # -- custom fields ---------------------------------------------------------------------

    def fields(self) -> list[FieldInfo]:
        with self._store.session() as session:
            rows = session.execute(select(CustomField).order_by(CustomField.name)).scalars()
            return [FieldInfo(r.name, r.label, r.type) for r in rows]

    def define_field(self, label: str, field_type: str = FieldType.TEXT.value) -> FieldInfo:
        try:
            kind = FieldType(field_type).value
        except ValueError:
            raise InvalidInputError(
                Text("“{field_type}” is not a field type.", field_type=field_type),
                Text("Use text, number, date or boolean."),
            ) from None
        name = field_name(label)
        with self._store.session() as session:
            existing = session.execute(
                select(CustomField).where(CustomField.name == name)
            ).scalar_one_or_none()
            if existing is not None:
                if existing.type != kind:
                    raise ConflictError(
                        Text(
                            "The field “{name}” already exists as {type}.",
                            name=name,
                            type=existing.type,
                        )
                    )
                return FieldInfo(existing.name, existing.label, existing.type)
            session.add(CustomField(name=name, label=label.strip(), type=kind))
            return FieldInfo(name, label.strip(), kind)

    def count(self) -> int:
        with self._store.session() as session:
            return int(session.execute(select(func.count(Contact.id))).scalar_one())

    # -- internals -------------------------------------------------------------------------

    def _typed_fields(self, session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
        """Coerce values by their field's type; unknown fields become text fields."""
        known = {r.name: r.type for r in session.execute(select(CustomField)).scalars()}
        typed: dict[str, Any] = {}
        for key, value in values.items():
            name = field_name(key)
            kind = known.get(name)
            if kind is None:
                kind = FieldType.TEXT.value
                session.add(CustomField(name=name, label=key.strip(), type=kind))
                known[name] = kind
            try:
                typed[name] = coerce(kind, value)
            except InvalidInputError as exc:
                raise InvalidInputError(
                    Text("The field “{key}”: {reason}", key=key, reason=exc.user_message),
                    exc.hint,
                ) from None
        return typed

    @staticmethod
    def _find(session: Session, key: str) -> Contact | None:
        return session.execute(select(Contact).where(Contact.email_key == key)).scalar_one_or_none()

    @staticmethod
    def _load(session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFoundError(
                Text("This contact no longer exists."), Text("It may have been deleted.")
            )
        return contact

    @staticmethod
    def _tag_id(session: Session, name: str, *, create: bool) -> int | None:
        clean = _clean_name(name, Text("tag")).lower()
        if not clean:
            raise InvalidInputError(Text("A tag needs a name."))
        tag_id = session.execute(select(Tag.id).where(Tag.name == clean)).scalar_one_or_none()
        if tag_id is None and create:
            tag = Tag(name=clean)
            session.add(tag)
            session.flush()
            tag_id = tag.id
        return tag_id

    @staticmethod
    def _list_id(session: Session, name: str, *, create: bool) -> int | None:
        clean = _clean_name(name, Text("list name"))
        list_id = session.execute(
            select(ContactList.id).where(ContactList.name == clean)
        ).scalar_one_or_none()
        if list_id is None and create:
            if not clean:
                raise InvalidInputError(Text("A list needs a name."))
            row = ContactList(name=clean, created_at=utc_now())
            session.add(row)
            session.flush()
            list_id = row.id
        return list_id

    def _set_tags(
        self, session: Session, contact_id: int, names: Iterable[str], had: Collection[int] = ()
    ) -> None:
        """Tag the contact; an event for each tag it did not ``had`` before."""
        ids = {self._tag_id(session, n, create=True) for n in names if n.strip()}
        for tag_id in ids:
            assert tag_id is not None
            session.add(ContactTag(contact_id=contact_id, tag_id=tag_id))
        new = [(contact_id, t) for t in ids if t is not None and t not in had]
        contact_events.record(session, ContactEventKind.TAG_ADDED, utc_now(), new)

    def _set_lists(
        self, session: Session, contact_id: int, names: Iterable[str], had: Collection[int] = ()
    ) -> None:
        """Put the contact on the lists; an event for each it was not on (``had``) before."""
        ids = {self._list_id(session, n, create=True) for n in names if n.strip()}
        for list_id in ids:
            assert list_id is not None
            session.add(ListMember(list_id=list_id, contact_id=contact_id, added_at=utc_now()))
        new = [(contact_id, x) for x in ids if x is not None and x not in had]
        contact_events.record(session, ContactEventKind.LIST_JOINED, utc_now(), new)

    @staticmethod
    def _record(session: Session, contact: Contact) -> ContactRecord:
        session.flush()
        tags = session.execute(
            select(Tag.name)
            .join(ContactTag, ContactTag.tag_id == Tag.id)
            .where(ContactTag.contact_id == contact.id)
            .order_by(Tag.name)
        ).scalars()
        lists = session.execute(
            select(ContactList.name)
            .join(ListMember, ListMember.list_id == ContactList.id)
            .where(ListMember.contact_id == contact.id)
            .order_by(ContactList.name)
        ).scalars()
        return ContactRecord(
            id=contact.id,
            email=contact.email,
            first_name=contact.first_name,
            last_name=contact.last_name,
            status=contact.status,
            fields=dict(contact.fields or {}),
            consent=Consent(contact.consent_source, contact.consent_method, contact.consent_at),
            tags=tuple(tags),
            lists=tuple(lists),
            created_at=contact.created_at,
            updated_at=contact.updated_at,
        )
