"""The review queue of unmatched returned messages: list, assign to a contact, ignore, raw."""

from __future__ import annotations

import pytest

from envoi.bounces.review import ReviewQueue
from envoi.bounces.service import BounceService
from envoi.contacts.service import ContactService
from envoi.errors import InvalidInputError, NotFoundError
from envoi.store.engine import Store
from tests.unit.bounces.test_service import dsn

NOT_A_BOUNCE = (
    b"From: someone@example.org\r\nTo: news@shop.example\r\nSubject: hello\r\n\r\nHi!\r\n"
)


def test_queue_lists_what_matched_nobody_newest_first(store: Store) -> None:
    service = BounceService(store)
    first = service.process(dsn("fwd@elsewhere.example", "5.2.2", "552 5.2.2 Mailbox full"))
    second = service.process(NOT_A_BOUNCE, source="file:hello.eml")
    queue = ReviewQueue(store)
    items = queue.items()
    assert [i.message_id for i in items] == [second.message_id, first.message_id]
    assert queue.count() == service.unmatched_count() == 2
    bounce = items[1]
    assert bounce.addresses == ("fwd@elsewhere.example",)
    assert (bounce.status, bounce.reason, bounce.assignable) == ("5.2.2", "mailboxfull", True)
    assert "Mailbox full" in bounce.diagnostic
    assert not items[0].assignable and items[0].source == "file:hello.eml"
    assert first.message_id is not None
    assert queue.raw(first.message_id).startswith(b"From: MAILER-DAEMON")


def test_assign_counts_the_bounce_for_the_contact(store: Store) -> None:
    contacts = ContactService(store)
    cara = contacts.add("cara@shop-customer.example")
    service = BounceService(store)
    out = service.process(dsn("cara.forwarded@elsewhere.example", "5.1.1", "550 5.1.1 no user"))
    assert out.state == "unmatched" and out.message_id is not None
    queue = ReviewQueue(store)
    assert queue.assign(out.message_id, " CARA@shop-customer.example ") == 1
    assert queue.count() == 0
    assert contacts.get(cara.id).status == "bounced"
    (row,) = service.rows()
    assert (row.contact_id, row.matched_by, row.action) == (cara.id, "review", "suppressed")
    with pytest.raises(InvalidInputError, match="already reviewed"):
        queue.dismiss(out.message_id)


def test_assign_refuses_an_unknown_contact_and_a_message_without_recipient(
    store: Store,
) -> None:
    service = BounceService(store)
    bounce = service.process(dsn("x@elsewhere.example", "5.1.1", "550 5.1.1 no user"))
    other = service.process(NOT_A_BOUNCE)
    ContactService(store).add("known@example.com")
    queue = ReviewQueue(store)
    assert bounce.message_id is not None and other.message_id is not None
    with pytest.raises(NotFoundError, match="No contact has the address"):
        queue.assign(bounce.message_id, "nobody@example.com")
    with pytest.raises(InvalidInputError, match="did not find a failed recipient"):
        queue.assign(other.message_id, "known@example.com")
    assert queue.count() == 2  # nothing changed


def test_dismiss_takes_it_out_of_the_queue_and_keeps_the_record(store: Store) -> None:
    service = BounceService(store)
    out = service.process(dsn("y@elsewhere.example", "5.1.1", "550 5.1.1 no user"))
    assert out.message_id is not None
    ReviewQueue(store).dismiss(out.message_id)
    assert ReviewQueue(store).items() == []
    assert len(service.rows()) == 1
    with pytest.raises(NotFoundError):
        ReviewQueue(store).dismiss(10_000)


def test_the_receivers_own_status_wins_over_the_relays_wrapper() -> None:
    from envoi.bounces.reasons import find_remote_status

    ses = "5.1.0 - Unknown address error 550-'5.2.2 <k@example.jp>... Mailbox Full' (attempts: 0)"
    assert find_remote_status(ses) == "5.2.2"
    assert find_remote_status("554 4.4.7 Message expired <421 4.4.2 Connection timed out>") == (
        "4.4.2"
    )
    assert find_remote_status("550 5.1.1 <a@example.com>: user unknown") is None  # one code
    assert find_remote_status("5.0.0 and 5.1.1 but no reply code") is None
