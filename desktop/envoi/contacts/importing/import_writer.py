"""Write imported contacts a batch at a time, inside the import's single transaction.

Per batch: one SELECT for the addresses already known (into an empty SQLite table, only
for those the reader says an earlier batch may have had), suppression checks, one executemany
INSERT of the new contacts (straight through the DBAPI cursor: the ORM's per-row work is the
cost we cannot afford at a million rows), then list membership and tags with INSERT ...
SELECT. Contacts created earlier in the same import have ids above ``id_floor``, which is
how a duplicate further down the file is told from one already in the database without
keeping every address of the file in memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    DateTime,
    Index,
    Table,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)

from envoi.contacts import contact_events, suppression
from envoi.contacts.importing.import_rows import ContactValues, RowPlan, json_type
from envoi.contacts.importing.import_stream import KEY, BatchRow, RowBatch
from envoi.store.clock import utc_now
from envoi.store.kinds import ContactEventKind
from envoi.store.models import Contact, ContactList, CustomField, Suppression, Tag

CONTACTS: Table = Contact.__table__  # type: ignore[assignment]  # declared as FromClause
LIST_NAME_LIMIT = 200
_SAFE_NAME = re.compile(r"[a-z][a-z0-9_]*")
_SQLITE_VALUE = {"boolean": "json(CASE ? WHEN 1 THEN 'true' WHEN 0 THEN 'false' END)"}
_PG_CAST = {"number": "numeric", "boolean": "boolean", "text": "text", "date": "text"}
_PAIRS_PER_CALL = 40  # functions take at most 100 (PostgreSQL) or 127 (SQLite) arguments
_BITMAP_IDS = 100_000_000  # ids up to this get a bitmap (12.5 MB at most)
BULK_ROWS = 50_000  # below this, rebuilding indexes costs more than it saves
_SORT_CACHE = -8192  # KiB of page cache while the indexes are rebuilt (see ``finish``)


def _sql_text(value: str) -> str:
    """A SQLite string literal: quotes doubled is its whole escaping (no backslashes); the
    caller keeps NUL, which would cut the statement short, out."""
    return "'" + value.replace("'", "''") + "'"


class KnownContact(NamedTuple):
    """A contact the database had before this import, matched by address."""

    id: int
    status: str


@dataclass(slots=True)
class SortedKeys:
    """A batch's address keys that are not simply new."""

    repeats: set[str] = field(default_factory=set)  # created or matched by an earlier batch
    known: dict[str, KnownContact] = field(default_factory=dict)  # in the database before
    blocked: set[str] = field(default_factory=set)  # unsubscribed, bounced or suppressed

    def left_out(self) -> set[str]:
        """The keys that get no new contact row."""
        return self.repeats | self.blocked | self.known.keys()


@dataclass(slots=True)
class BatchCounts:
    added: int = 0
    updated: int = 0
    duplicates_in_file: int = 0
    duplicates_in_db: int = 0
    suppressed: int = 0


class ImportWriter:
    """Owns the SQL of one import; ``conn`` is inside the import's transaction."""

    def __init__(
        self,
        conn: Connection,
        *,
        policy: str,
        list_name: str | None,
        consent_source: str,
        consent_method: str,
    ) -> None:
        self.conn = conn
        self.policy = policy
        self.dialect = conn.dialect.name
        self.stamp = utc_now()
        self.consent_source = consent_source
        self.consent_method = consent_method
        self.id_floor = int(
            conn.execute(select(func.coalesce(func.max(Contact.id), 0))).scalar_one()
        )
        # Suppression entries are usually few or none; skip their lookups when there are none.
        self.has_entries = conn.execute(select(Suppression.id).limit(1)).first() is not None
        self.list_id = self._list_id(list_name) if list_name else None
        self.field_types: dict[str, str] = {
            r.name: r.type for r in conn.execute(select(CustomField.name, CustomField.type))
        }
        self._tag_ids: dict[str, int] = {}
        # Existing contacts already matched by this import, one bit per id: a repeat further
        # down the file is then a duplicate in the file, in 1 bit instead of a stored address.
        self._seen = bytearray((self.id_floor >> 3) + 1) if self.id_floor < _BITMAP_IDS else None
        self._seen_big: set[int] = set()
        self.plan: RowPlan | None = None
        self._sparse_sql = self._full_sql = ""
        self._dropped: list[Index] = []

    def defer_indexes(self, expected_rows: int) -> None:
        """On SQLite, a big import into a small table is faster without the secondary
        indexes: they are dropped inside the transaction and rebuilt in one sorted pass by
        ``finish`` (or restored by the rollback). The unique address index stays, since
        every batch looks addresses up through it."""
        if self.dialect != "sqlite" or expected_rows < BULK_ROWS:
            return
        existing = int(self.conn.execute(select(func.count()).select_from(Contact)).scalar_one())
        if expected_rows < existing // 2:
            return
        for index in CONTACTS.indexes:
            if not index.unique and index.name:
                self.conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{index.name}"')
                self._dropped.append(index)

    def finish(self) -> None:
        if self.list_id is not None:
            contact_events.record_import_joins(self.conn, self.list_id, self.stamp)
        if not self._dropped:
            return
        # SQLite sorts an index in helper threads only when the sort spills into several
        # runs; a small cache makes it spill, and the second core (idle now that the file
        # is read) sorts half of them: ~10% off the rebuild, measured at a million rows.
        driver = self.conn.exec_driver_sql
        cache = int(driver("PRAGMA cache_size").scalar_one())
        driver("PRAGMA threads=2")
        driver(f"PRAGMA cache_size={_SORT_CACHE}")
        try:
            for index in self._dropped:
                index.create(self.conn, checkfirst=True)
        finally:
            driver(f"PRAGMA cache_size={cache}")
            driver("PRAGMA threads=0")
        self._dropped.clear()

    def _touched(self, cid: int) -> bool:
        """Whether existing contact ``cid`` was matched before; marks it as matched."""
        seen = self._seen
        if seen is None:
            if cid in self._seen_big:
                return True
            self._seen_big.add(cid)
            return False
        mask = 1 << (cid & 7)
        if seen[cid >> 3] & mask:
            return True
        seen[cid >> 3] |= mask
        return False

    # -- set-up ------------------------------------------------------------------------------

    def _list_id(self, name: str) -> int:
        clean = " ".join(name.split())[:LIST_NAME_LIMIT]
        found = self.conn.execute(
            select(ContactList.id).where(ContactList.name == clean)
        ).scalar_one_or_none()
        if found is not None:
            return int(found)
        self.conn.execute(insert(ContactList).values(name=clean, created_at=self.stamp))
        return int(
            self.conn.execute(select(ContactList.id).where(ContactList.name == clean)).scalar_one()
        )

    def ensure_fields(self, fields: Sequence[tuple[str, str, str]]) -> dict[str, str]:
        """Create the custom fields (name, label, type) that do not exist yet; a field that
        exists keeps its type, and the returned types are the ones to convert values to."""
        for name, label, kind in fields:
            if name not in self.field_types:
                self.conn.execute(
                    insert(CustomField).values(name=name, label=label[:200], type=kind)
                )
                self.field_types[name] = kind
        return dict(self.field_types)

    def ensure_attribute_fields(self, seen: dict[str, Any]) -> None:
        self.ensure_fields([(name, name, json_type(v)) for name, v in seen.items()])

    def use_plan(self, plan: RowPlan) -> None:
        """Fix the custom columns (with their final types) that every insert carries."""
        self.plan = plan
        self._sparse_sql = self._contact_insert_sql(plan, sparse=True)
        # On SQLite a row with every field filled takes a cheaper statement: json_patch,
        # which drops the empty ones, parses the JSON twice.
        fits = self.dialect == "sqlite" and len(plan.custom) <= _PAIRS_PER_CALL
        self._full_sql = self._contact_insert_sql(plan, sparse=False) if fits else ""

    def _contact_insert_sql(self, plan: RowPlan, *, sparse: bool) -> str:
        """The INSERT of one contact, its fields JSON built by the database from one
        parameter per custom column (no per-row dict and json.dumps in Python). A sparse
        statement also takes the `attributes` JSON and leaves empty cells out."""
        columns = (
            "email, email_key, domain, first_name, last_name, fields, status, "
            "consent_source, consent_method, consent_at, created_at, updated_at"
        )
        sqlite = self.dialect == "sqlite"
        mark = "?" if sqlite else "%s"
        pairs: list[str] = []
        for column in plan.custom:
            # Names come from field_name(): [a-z][a-z0-9_]*, safe as SQL literals.
            assert _SAFE_NAME.fullmatch(column.name), column.name
            if sqlite:
                value = _SQLITE_VALUE.get(column.type, "?")
            else:
                value = f"%s::{_PG_CAST.get(column.type, 'text')}"
            pairs.append(f"'{column.name}', {value}")
        if not sparse:
            fields = f"json_object({', '.join(pairs)})"
        elif sqlite:
            fields = "coalesce(?, '{}')"
            for start in range(0, len(pairs), _PAIRS_PER_CALL):
                chunk = ", ".join(pairs[start : start + _PAIRS_PER_CALL])
                fields = f"json_patch({fields}, json_object({chunk}))"
        else:
            fields = "coalesce(%s::jsonb, '{}'::jsonb)"
            for start in range(0, len(pairs), _PAIRS_PER_CALL):
                chunk = ", ".join(pairs[start : start + _PAIRS_PER_CALL])
                fields = f"({fields} || jsonb_strip_nulls(jsonb_build_object({chunk})))"
        marks = [mark] * 12
        marks[5] = fields
        if self._inline_fixed():
            # The same five values on every row: written once into the statement rather
            # than bound a million times (and carried from the reader process).
            stamp = self._stamp_param()
            fixed = (self.consent_source, self.consent_method, stamp, stamp, stamp)
            marks[7:] = [_sql_text(value) for value in fixed]
        return f"INSERT INTO contacts ({columns}) VALUES ({', '.join(marks)})"

    def _inline_fixed(self) -> bool:
        values = (self.consent_source, self.consent_method)
        return self.dialect == "sqlite" and not any("\x00" in v for v in values)

    def _stamp_param(self) -> Any:
        # SQLAlchemy's SQLite DateTime is this text format; psycopg adapts datetimes itself.
        if self.dialect == "sqlite":
            return self.stamp.strftime("%Y-%m-%d %H:%M:%S.%f")
        return self.stamp

    @property
    def fresh_table(self) -> bool:
        """No contact existed when the import took SQLite's write lock (BEGIN IMMEDIATE),
        so nobody else can add one before the commit: only this import's own earlier
        batches can hold an address. On PostgreSQL others may insert meanwhile."""
        return self.dialect == "sqlite" and self.id_floor == 0

    @property
    def full_rows(self) -> bool:
        """Whether rows with every custom field filled take the cheaper statement."""
        return bool(self._full_sql)

    def fixed_params(self) -> tuple[Any, ...]:
        """The parameters every row ends with: consent source, method and date, created,
        updated (the reader appends them, so this process only passes rows on). Empty on
        SQLite, whose statements carry them as literals."""
        if self._inline_fixed():
            return ()  # written into the statements
        stamp = self._stamp_param()
        return (self.consent_source, self.consent_method, stamp, stamp, stamp)

    # -- one batch -----------------------------------------------------------------------------

    def write(self, batch: RowBatch) -> BatchCounts:
        """One batch, in named steps: sort its addresses into new, known, repeated and
        blocked; insert the new; suppress those the file says left; update or count the
        known; add list memberships and tags."""
        keys = batch.keys()
        if not keys:
            return BatchCounts()
        sorted_keys = self._sort_keys(batch, keys)
        counts = BatchCounts(
            duplicates_in_file=len(sorted_keys.repeats), suppressed=len(sorted_keys.blocked)
        )
        counts.added = self._insert_new(batch, sorted_keys)
        self._suppress_leavers(batch, sorted_keys)
        counts.updated, counts.duplicates_in_db = self._update_known(batch, sorted_keys)
        self._add_memberships(batch, keys, sorted_keys)
        return counts

    def _sort_keys(self, batch: RowBatch, keys: list[str]) -> SortedKeys:
        """One SELECT for the addresses the database may know, then the suppression list."""
        found = SortedKeys()
        mark = "?" if self.dialect == "sqlite" else "%s"
        lookup = keys if batch.maybe_seen is None else batch.maybe_seen
        rows = self.conn.exec_driver_sql(
            "SELECT email_key, id, status FROM contacts WHERE email_key IN "
            f"({', '.join([mark] * len(lookup))})",
            tuple(lookup),
        ) if lookup else ()  # fmt: skip
        for key, cid, status in rows:
            if cid > self.id_floor or self._touched(cid):
                found.repeats.add(key)
            else:
                found.known[key] = KnownContact(cid, status)
        found.blocked = {k for k, known in found.known.items() if known.status != "subscribed"}
        if self.has_entries:
            repeats = found.repeats
            addresses = [a for a in batch.addresses() if a.key not in repeats]
            found.blocked |= suppression.suppressed_keys(self.conn, addresses)
        return found

    def _insert_new(self, batch: RowBatch, found: SortedKeys) -> int:
        """One executemany per statement (full rows, sparse rows) of the addresses left."""
        full, sparse = batch.full, batch.sparse
        if found.repeats or found.known or found.blocked:
            left_out = found.left_out()
            full = [r for r in full if r[KEY] not in left_out]
            sparse = [r for r in sparse if r[KEY] not in left_out]
        if full:
            self.conn.exec_driver_sql(self._full_sql, full)
        if sparse:
            self.conn.exec_driver_sql(self._sparse_sql, sparse)
        return len(full) + len(sparse)

    def _suppress_leavers(self, batch: RowBatch, found: SortedKeys) -> None:
        """The file says these people left: a suppression entry makes it stick."""
        left_out = found.left_out()
        for key, status in batch.statuses.items():
            if key not in left_out:
                suppression.suppress(self.conn, key, status, self.consent_source)

    def _update_known(self, batch: RowBatch, found: SortedKeys) -> tuple[int, int]:
        """(updated, duplicates in the database): known contacts are updated with the
        ``update`` policy and only counted with ``skip``; blocked ones are left alone."""
        known = {k: c for k, c in found.known.items() if k not in found.blocked}
        if self.policy != "update":
            return 0, len(known)
        if known:
            rows = batch.rows_by_key()
            self._apply_updates([(c.id, self._values(rows[k], batch)) for k, c in known.items()])
        return len(known), 0

    def _add_memberships(self, batch: RowBatch, keys: list[str], found: SortedKeys) -> None:
        """The import's list and the rows' tags, for every address not repeated or blocked."""
        with_tags = self.plan is not None and self.plan.tags is not None
        if self.list_id is None and not with_tags:
            return
        repeats, blocked = found.repeats, found.blocked
        member_keys = [k for k in keys if k not in repeats and k not in blocked]
        if self.list_id is not None and member_keys:
            self._add_members(member_keys)
        if with_tags and batch.tags:
            tagged = {k: batch.tags[k] for k in member_keys if k in batch.tags}
            if tagged:
                self._add_tags(tagged)

    def _values(self, row: BatchRow, batch: RowBatch) -> ContactValues:
        """A row of the batch back as ContactValues, for the (rare) update of a contact."""
        assert self.plan is not None
        width = len(self.plan.custom)
        data = row.values
        if row.sparse:
            extra = json.loads(data[5]) if data[5] else None
            custom, status = data[6 : 6 + width], data[6 + width]
        else:
            custom, extra, status = data[5 : 5 + width], None, data[5 + width]
        email, key, domain, first, last = data[:5]
        return ContactValues(0, email, key, domain, first, last, tuple(custom), extra,
                             batch.tags.get(key, []), status)  # fmt: skip

    def _apply_updates(self, to_update: list[tuple[int, ContactValues]]) -> None:
        table = CONTACTS
        names = self.plan.names if self.plan is not None else ()
        current = {
            cid: (status, first, last, fields or {})
            for cid, status, first, last, fields in self.conn.execute(
                select(table.c.id, table.c.status, table.c.first_name, table.c.last_name,
                       table.c.fields).where(table.c.id.in_([cid for cid, _ in to_update]))
            )
        }  # fmt: skip
        params: list[dict[str, Any]] = []
        changed: list[tuple[int, int | str]] = []
        for cid, values in to_update:
            status, first, last, fields = current[cid]
            merged = dict(fields)
            merged.update(values.fields(names))
            changed += [(cid, name) for name in contact_events.changed_fields(fields, merged)]
            # Status only moves up the rank of statuses (suppression.STATUS_RANK): an import
            # never re-subscribes, nor turns a complaint into an unsubscribe.
            rank = suppression.STATUS_RANK
            up = rank.get(values.status, 0) > rank.get(status, 0)
            new_status = values.status if up else status
            if new_status != status:
                suppression.suppress(self.conn, values.key, new_status, self.consent_source)
            params.append(
                {
                    "b_id": cid,
                    "b_first": values.first_name or first,
                    "b_last": values.last_name or last,
                    "b_fields": merged,
                    "b_status": new_status,
                    "b_updated": self.stamp,
                }
            )
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                first_name=bindparam("b_first"),
                last_name=bindparam("b_last"),
                fields=bindparam("b_fields", type_=table.c.fields.type),
                status=bindparam("b_status"),
                updated_at=bindparam("b_updated"),
            )
        )
        self.conn.execute(stmt, params)
        contact_events.record(self.conn, ContactEventKind.FIELD_CHANGED, self.stamp, changed)

    def _add_members(self, keys: list[str]) -> None:
        self.conn.execute(
            text(
                "INSERT INTO list_members (list_id, contact_id, added_at) "
                "SELECT :list_id, c.id, :stamp FROM contacts c "
                "WHERE c.email_key IN :keys AND NOT EXISTS (SELECT 1 FROM list_members m "
                "WHERE m.list_id = :list_id AND m.contact_id = c.id)"
            ).bindparams(bindparam("keys", expanding=True), bindparam("stamp", type_=DateTime())),
            {"list_id": self.list_id, "stamp": self.stamp, "keys": keys},
        )

    def _tag_id(self, name: str) -> int:
        tag_id = self._tag_ids.get(name)
        if tag_id is None:
            found = self.conn.execute(select(Tag.id).where(Tag.name == name)).scalar_one_or_none()
            if found is None:
                self.conn.execute(insert(Tag).values(name=name))
                found = self.conn.execute(select(Tag.id).where(Tag.name == name)).scalar_one()
            tag_id = self._tag_ids[name] = int(found)
        return tag_id

    def _add_tags(self, tagged: dict[str, list[str]]) -> None:
        rows = self.conn.execute(
            select(Contact.email_key, Contact.id).where(Contact.email_key.in_(list(tagged)))
        )
        ids = {key: cid for key, cid in rows}
        pairs = [
            {"cid": ids[key], "tid": self._tag_id(tag)}
            for key, tags in tagged.items()
            if key in ids
            for tag in tags
        ]
        contact_events.record_new_tags(self.conn, pairs, self.stamp)
        self.conn.execute(
            text(
                "INSERT INTO contact_tags (contact_id, tag_id) SELECT :cid, :tid "
                "WHERE NOT EXISTS (SELECT 1 FROM contact_tags "
                "WHERE contact_id = :cid AND tag_id = :tid)"
            ),
            pairs,
        )
