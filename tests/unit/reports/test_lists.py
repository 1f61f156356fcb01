"""List health from hand-built rows, with a fixed clock, on both databases: contacts by
status, per week joins, unsubscribes (relay and mailed), bounces and complaints, and the
share of subscribed contacts with no open or click (None when nothing was tracked)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from envoi.cli import main
from envoi.reports.lists import list_health
from envoi.store.bounce_models import BounceMessage, BounceRecord
from envoi.store.engine import Store
from envoi.store.migrate import upgrade
from envoi.store.models import Contact
from envoi.store.relay_models import EngagementEvent

NOW = datetime(2026, 12, 9, 15, 0)  # a Wednesday
THIS_MONDAY = date(2026, 12, 7)


def _contacts(store: Store) -> list[int]:
    made = []
    with store.session() as s:
        for n, (status, days_ago) in enumerate(
            [("subscribed", 1), ("subscribed", 2), ("subscribed", 9), ("subscribed", 9),
             ("unsubscribed", 10), ("bounced", 100)]
        ):  # fmt: skip
            c = Contact(email=f"c{n}@x.example", email_key=f"c{n}@x.example", domain="x.example",
                        status=status, created_at=NOW - timedelta(days=days_ago))  # fmt: skip
            s.add(c)
            s.flush()
            made.append(int(c.id))
        for n, (kind, feedback, days_ago) in enumerate(
            [("bounce", None, 0), ("bounce", None, 8), ("feedback", "abuse", 1),
             ("feedback", "opt-out", 2)]
        ):  # fmt: skip
            at = NOW - timedelta(days=days_ago)
            m = BounceMessage(sha256=f"{n:064d}", raw=b"x", kind=kind, state="processed",
                              received_at=at)  # fmt: skip
            s.add(m)
            s.flush()
            s.add(BounceRecord(message_id=m.id, received_at=at, kind=kind, address="a@x.example",
                               address_key="a@x.example", matched_by="address", reason="x",
                               feedback_type=feedback))  # fmt: skip
    return made


def _event(store: Store, n: int, kind: str, contact: int, days_ago: int) -> None:
    with store.session() as s:
        s.add(EngagementEvent(relay="r", relay_event_id=n, kind=kind, campaign_id=1,
                              contact_id=contact, at=NOW - timedelta(days=days_ago),
                              verdict="human"))  # fmt: skip


def test_weeks_statuses_and_no_tracking(store: Store) -> None:
    _contacts(store)
    with store.session() as s:
        h = list_health(s, weeks=3, now=NOW)
    assert h.by_status == {"subscribed": 4, "unsubscribed": 1, "bounced": 1} and h.contacts == 6
    assert [w.week for w in h.weeks] == [THIS_MONDAY - timedelta(weeks=k) for k in (2, 1, 0)]
    this, last = h.weeks[2], h.weeks[1]
    assert (this.joined, this.bounced, this.complained, this.unsubscribed) == (2, 1, 1, 1)
    assert (last.joined, last.bounced) == (2, 1)  # 9 days ago: the Monday before
    assert h.weeks[0].joined == 1  # 10 days ago, a Sunday; 100 days ago is before the weeks
    assert h.no_engagement_90 is None and h.no_engagement_180 is None  # never tracked
    json.dumps(h.to_json())


def test_share_with_no_open_or_click(store: Store) -> None:
    a, b, c, _d, unsubscribed, _bounced = _contacts(store)
    _event(store, 1, "open", a, 10)
    _event(store, 2, "click", b, 120)  # only within 180 days
    _event(store, 3, "open", unsubscribed, 1)  # not subscribed: not counted
    _event(store, 4, "unsubscribe", c, 1)  # not an open or a click
    with store.session() as s:
        h = list_health(s, weeks=2, now=NOW)
    assert h.no_engagement_90 == pytest.approx(3 / 4)
    assert h.no_engagement_180 == pytest.approx(2 / 4)
    assert h.weeks[1].unsubscribed == 2  # the relay's and the mailed one


def test_cli_lists(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'envoi.sqlite3'}"
    store = Store.from_url(url)
    upgrade(store.engine)
    _contacts(store)
    assert main(["--db", url, "reports", "lists", "--weeks", "4", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["contacts"] == 6 and len(data["weeks"]) == 4
    assert data["no_engagement_90"] is None
    assert main(["--db", url, "reports", "lists"]) == 0
    out = capsys.readouterr().out
    assert "Contacts: 6 (1 bounced, 4 subscribed, 1 unsubscribed)" in out and "no tracking" in out
    store.dispose()
