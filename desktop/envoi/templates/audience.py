"""Check content over a whole audience: who lacks which merge value, who fails to render.

Every contact is looked at; contacts of the same shape (see ``envoi.templates.analysis``)
share one real render. The report groups contacts by missing field, and render failures
by message, with counts and a few example addresses each.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from envoi.events import CancelToken
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ContactTag, ListMember, Tag
from envoi.templates.analysis import ShapeKeys, analyse
from envoi.templates.merge import Campaign, Sender, build_context, contact_values
from envoi.templates.render import CampaignTemplate, TemplateProblem
from envoi.templates.sandbox import EnvoiSandbox

EXAMPLES = 20
CHUNK = 5000


@dataclass(frozen=True, slots=True)
class AudienceContact:
    id: int
    email: str
    first_name: str = ""
    last_name: str = ""
    fields: dict[str, Any] | None = None
    tags: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MissingField:
    field: str
    count: int
    examples: tuple[str, ...]  # a few addresses
    # The template takes care of it (an {% if %} or a default): shown, not a problem.
    handled: bool = False


@dataclass(frozen=True, slots=True)
class RenderFailure:
    message: str
    count: int
    examples: tuple[str, ...]
    line: int | None


@dataclass(frozen=True, slots=True)
class AudienceReport:
    contacts: int
    rendered: int  # real renders; the other contacts shared the outcome of their shape
    missing: tuple[MissingField, ...]
    failures: tuple[RenderFailure, ...]
    seconds: float


def check_audience(
    template: CampaignTemplate,
    contacts: Iterable[AudienceContact],
    campaign: Campaign,
    sender: Sender,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: CancelToken | None = None,
) -> AudienceReport:
    start = time.perf_counter()
    src = template.source
    use = analyse(EnvoiSandbox(), [src.subject, src.preheader, src.html, src.text])
    key_of = ShapeKeys(use)
    outcomes: dict[Any, tuple[frozenset[str], TemplateProblem | None]] = {}
    missing: dict[str, list[Any]] = {}  # field -> [count, examples]
    failures: dict[str, list[Any]] = {}
    total = 0
    for contact in contacts:
        total += 1
        values = contact_values(
            contact.email,
            contact.first_name,
            contact.last_name,
            contact.fields,
            contact.tags,
            contact.lists,
        )
        key = key_of(values)
        outcome = outcomes.get(key)
        if outcome is None:
            ctx = build_context(
                values, campaign, sender, "https://unsubscribe.invalid/x", "https://view.invalid/x"
            )
            try:
                outcome = (template.render(ctx).missing, None)
            except TemplateProblem as exc:
                outcome = (frozenset(), exc)
            outcomes[key] = outcome
        for field in outcome[0]:
            _note(missing, field, contact.email)
        if outcome[1] is not None:
            _note(failures, outcome[1].user_message, contact.email, outcome[1].line)
        if total % 1000 == 0:
            if progress is not None:
                progress(total)
            if cancel is not None and cancel.cancelled:
                break
    return AudienceReport(
        contacts=total,
        rendered=len(outcomes),
        missing=tuple(
            MissingField(field, entry[0], tuple(entry[1]), field in use.handled)
            for field, entry in sorted(missing.items(), key=lambda item: -item[1][0])
        ),
        failures=tuple(
            RenderFailure(message, entry[0], tuple(entry[1]), entry[2])
            for message, entry in failures.items()
        ),
        seconds=time.perf_counter() - start,
    )


def _note(table: dict[str, list[Any]], key: str, email: str, line: int | None = None) -> None:
    entry = table.get(key)
    if entry is None:
        entry = table[key] = [0, [], line]
    entry[0] += 1
    if len(entry[1]) < EXAMPLES:
        entry[1].append(email)


def load_audience(
    store: Store, segment: str | None = None, *, with_groups: bool = True
) -> Iterator[AudienceContact]:
    """Subscribed contacts (of a saved segment, if named), in id order, a chunk at a time."""
    from envoi.contacts.query import ContactQueries, ContactQuery
    from envoi.segments.service import SegmentService

    segments = SegmentService(store)
    segment_id = segments.get(segment).id if segment else None
    queries = ContactQueries(store, segments.saved_where)
    where = queries.where(ContactQuery(status="subscribed", segment_id=segment_id))
    last_id = 0
    while True:
        with store.session() as session:
            rows = session.execute(
                select(
                    Contact.id, Contact.email, Contact.first_name, Contact.last_name, Contact.fields
                )
                .where(where, Contact.id > last_id)
                .order_by(Contact.id)
                .limit(CHUNK)
            ).all()
            if not rows:
                return
            ids = [row[0] for row in rows]
            # A range, not IN (5,000 ids): the primary key index serves it, and contacts
            # of the range outside the audience are simply not looked up below.
            tags: dict[int, list[str]] = {}
            lists: dict[int, list[str]] = {}
            if with_groups:
                for cid, name in session.execute(
                    select(ContactTag.contact_id, Tag.name)
                    .join(Tag, Tag.id == ContactTag.tag_id)
                    .where(ContactTag.contact_id.between(ids[0], ids[-1]))
                ):
                    tags.setdefault(cid, []).append(name)
                for cid, name in session.execute(
                    select(ListMember.contact_id, ContactList.name)
                    .join(ContactList, ContactList.id == ListMember.list_id)
                    .where(ListMember.contact_id.between(ids[0], ids[-1]))
                ):
                    lists.setdefault(cid, []).append(name)
        for cid, email, first, last, fields in rows:
            yield AudienceContact(
                cid,
                email,
                first or "",
                last or "",
                fields or {},
                tuple(sorted(tags.get(cid, ()))),
                tuple(sorted(lists.get(cid, ()))),
            )
        last_id = ids[-1]
