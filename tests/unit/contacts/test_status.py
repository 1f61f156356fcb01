"""A contact's status changes in one place (suppression.change_status), by the rank of
statuses, on both databases; whoever asks: the window, returned mail or a send."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from envoi.contacts.addresses import normalize
from envoi.contacts.service import ContactService
from envoi.contacts.suppression import (
    change_status,
    lift_send_refusals,
    suppression_reason,
)
from envoi.errors import ConflictError
from envoi.store.engine import Store
from envoi.store.models import Suppression


def test_the_rank_of_statuses_is_kept_whoever_asks(store: Store) -> None:
    contacts = ContactService(store)
    ann = contacts.add("ann@example.com")
    with store.engine.begin() as conn:  # a Connection, as the sending engine has
        assert change_status(conn, "Ann@Example.com", "bounced", "campaign 1: 550") is True
    contacts.set_status(ann.id, "unsubscribed")  # lower rank: nothing changes
    assert contacts.get(ann.id).status == "bounced"
    contacts.set_status_by_email("ann@example.com", "complained", "bounces")
    assert contacts.get(ann.id).status == "complained"
    with pytest.raises(ConflictError):
        contacts.set_status(ann.id, "subscribed")
    with store.session() as s:
        # The first reason stays on the suppression list.
        assert suppression_reason(s, normalize("ann@example.com")) == "bounced"
        # An address no contact has is suppressed all the same.
        assert change_status(s, "ghost@example.com", "bounced", "bounces") is False
        assert suppression_reason(s, normalize("ghost@example.com")) == "bounced"


def test_lifting_a_sends_own_refusal_subscribes_again(store: Store) -> None:
    contacts = ContactService(store)
    bob = contacts.add("bob@example.com")
    with store.session() as s:
        change_status(s, "bob@example.com", "bounced", "campaign 7: 550 5.1.1 No such user")
    with store.session() as s:
        entry = s.scalar(select(Suppression.id).where(Suppression.value == "bob@example.com"))
        assert entry is not None
        lift_send_refusals(s, [entry])
    assert contacts.get(bob.id).status == "subscribed"
    with store.session() as s:
        assert suppression_reason(s, normalize("bob@example.com")) is None
