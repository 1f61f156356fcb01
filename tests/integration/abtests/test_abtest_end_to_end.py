"""An A/B test end to end through the command line, into aiosmtpd on 127.0.0.1: three
variants on half of the audience (two subjects, one other template), each sent as its own
campaign by the same engine (`campaigns send-due`), human clicks fed as the relay's events
(its test double: rows in engagement_events, as the relay client writes them), the
decision, and the rest sent the winner. Every recipient gets exactly one message, with the
subject and content of its variant."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from email import message_from_bytes, policy

import pytest
from sqlalchemy import insert, select
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer

from envoi.cli import main
from envoi.store.clock import utc_now
from envoi.store.engine import Store
from envoi.store.models import Contact, ContactList, ListMember
from envoi.store.relay_models import EngagementEvent
from envoi.store.sending_models import Campaign, Delivery

DOMAINS = ("gmail.com", "outlook.fr", "orange.fr", "example.net")
AUDIENCE = 600
SUBJECTS = ("Spring sale", "Spring sale: 20% off", "Your spring picks")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    s = ScriptedServer(ScriptedHandler()).start()
    yield s
    s.stop()


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> str:
    code = main(["--db", db, *args])
    out = capsys.readouterr()
    assert code == 0, f"envoi {' '.join(args)}: {out.err}"
    return out.out


def _audience(store: Store) -> None:
    with store.session() as s:
        lst = ContactList(name="all")
        s.add(lst)
        s.flush()
        s.execute(insert(Contact), [
            {"email": f"u{i}@{DOMAINS[i % 4]}", "email_key": f"u{i}@{DOMAINS[i % 4]}",
             "domain": DOMAINS[i % 4], "first_name": f"F{i}", "last_name": "L", "fields": {}}
            for i in range(AUDIENCE)
        ])  # fmt: skip
        ids = s.scalars(select(Contact.id)).all()
        s.execute(insert(ListMember), [{"list_id": lst.id, "contact_id": c} for c in ids])


def _clicks(store: Store, campaign_id: int, share: float, start: int) -> int:
    """Human clicks by ``share`` of the variant's recipients (as the relay would report)."""
    with store.session() as s:
        contacts = s.scalars(
            select(Delivery.contact_id).where(Delivery.campaign_id == campaign_id)
            .order_by(Delivery.id)
        ).all()  # fmt: skip
        clickers = contacts[: int(len(contacts) * share)]
        s.execute(insert(EngagementEvent), [
            {"relay": "test", "relay_event_id": start + n, "kind": "click",
             "campaign_id": campaign_id, "contact_id": c, "link_no": 1, "at": utc_now(),
             "verdict": "human", "reason": "", "detail": ""}
            for n, c in enumerate(clickers)
        ])  # fmt: skip
    return len(clickers)


def test_three_variants_a_winner_and_the_rest_each_recipient_exactly_once(
    sqlite_store: Store, server: ScriptedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_store.engine.url)
    _audience(sqlite_store)
    run(capsys, db, "profiles", "add", "local", "--host", "127.0.0.1", "--port",
        str(server.port), "--security", "none", "--connections", "2")  # fmt: skip
    run(capsys, db, "templates", "samples")
    run(capsys, db, "campaigns", "create", "spring", "--from", "shop@example.org",
        "--subject", SUBJECTS[0], "--body", "Hello {{ first_name }}", "--list", "all",
        "--profile", "local")  # fmt: skip
    created = json.loads(run(
        capsys, db, "abtests", "create", "spring", "--variant", "",
        "--variant", f'subject="{SUBJECTS[1]}"',
        "--variant", f"subject={SUBJECTS[2]}; template=Promotion",
        "--share", "50", "--wait", "4h", "--seed", "1234", "--baseline", "0.1", "--lift", "1",
        "--json",
    ))  # fmt: skip
    sizes = [v["recipients"] for v in created["variants"]]
    assert sum(sizes) + created["rest"] == AUDIENCE and max(sizes) - min(sizes) <= 1
    assert sum(sizes) == AUDIENCE // 2 and created["seed"] == 1234

    # Only the variants go now: the rest waits for the decision.
    run(capsys, db, "campaigns", "send-due")
    assert len(server.handler.received) == sum(sizes)
    assert main(["--db", db, "campaigns", "send", "spring", "--yes"]) == 2  # held: paused
    assert "A/B test 'spring'" in capsys.readouterr().out + run(
        capsys, db, "campaigns", "status", "spring"
    )
    assert len(server.handler.received) == sum(sizes)

    # Not measured yet: nothing wins, and a look before the wait decides nothing.
    looked = json.loads(run(capsys, db, "abtests", "decide", "spring", "--json"))
    assert looked["status"] == "testing" and looked["decision"]["winner"] is None

    ids = [v["campaign"] for v in created["variants"]]
    with sqlite_store.session() as s:
        cids = [s.scalar(select(Campaign.id).where(Campaign.name == n)) for n in ids]
    assert all(cids)
    _clicks(sqlite_store, cids[0], 0.05, 0)
    _clicks(sqlite_store, cids[1], 0.40, 1000)
    _clicks(sqlite_store, cids[2], 0.06, 2000)
    status = json.loads(run(capsys, db, "abtests", "status", "spring", "--json"))
    rates = [v["rate"] for v in status["variants"]]
    assert rates[1] > 0.35 and all(v["interval"] for v in status["variants"])

    decided = json.loads(run(capsys, db, "abtests", "decide", "spring", "--final", "--json"))
    assert decided["status"] == "decided" and decided["decision"]["winner"] == "B"
    assert decided["chosen"] == "B" and "B wins" in decided["decision"]["reason"]
    said = run(capsys, db, "abtests", "status", "spring")
    assert "B wins: its rate is clearly above every other variant's." in said
    assert "The rest gets variant B: scheduled now" in said

    run(capsys, db, "campaigns", "send-due")
    received = server.handler.received
    per_rcpt = Counter(r for _, r, _ in received)
    assert len(per_rcpt) == AUDIENCE and max(per_rcpt.values()) == 1
    subject_of = {r: str(message_from_bytes(d, policy=policy.SMTP)["Subject"])
                  for _, r, d in received}  # fmt: skip
    with sqlite_store.session() as s:
        parent = s.scalar(select(Campaign.id).where(Campaign.name == "spring"))
        where = dict(s.execute(select(Delivery.email, Delivery.campaign_id)).all())
    expected = {cid: SUBJECTS[i] for i, cid in enumerate(cids)} | {parent: SUBJECTS[1]}
    assert all(subject_of[email] == expected[cid] for email, cid in where.items())
    assert Counter(subject_of.values())[SUBJECTS[1]] == sizes[1] + created["rest"]
    # C's content is another template (HTML); A, B and the rest are the plain text.
    html = {r for _, r, d in received if b"text/html" in d}
    assert html == {email for email, cid in where.items() if cid == cids[2]}

    # Balanced across providers: each variant got the same number from each domain (+-1).
    for domain in DOMAINS:
        counts = [sum(1 for e, c in where.items() if c == cid and e.endswith(domain))
                  for cid in cids]  # fmt: skip
        assert max(counts) - min(counts) <= 1, (domain, counts)
