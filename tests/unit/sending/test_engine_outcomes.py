"""How a run ends and why it pauses, from its counts and the server's replies (issue 14
point 9): plain functions of envoi.sending.engine_state, no server."""

from __future__ import annotations

from datetime import datetime

from envoi.contacts.addresses import Address
from envoi.sending.campaign_rows import QueuedItem
from envoi.sending.engine_state import (
    EngineOptions,
    RunState,
    end_state,
    failures_reason,
    outcome_of,
)
from envoi.sending.messages import Recipient
from envoi.sending.replies import Reply, ReplyKind


def _counts(sent: int = 0, failed: int = 0, unknown: int = 0) -> dict[str, int]:
    return {"sent": sent, "failed": failed, "unknown": unknown, "queued": 0, "deferred": 0,
            "skipped": 0, "sending": 0}  # fmt: skip


def test_most_deliveries_refused_ends_failed_with_the_reason() -> None:
    refusals = [(500, f"5.3.0 <user{i}@example.com>: Error") for i in range(5)]
    status, reason = end_state(_counts(failed=5), refusals) or ("", "")
    assert status == "failed"
    assert "own sending server refused all 5 messages" in reason and "500 5.3.0" in reason
    # Refusals that differ: most deliveries failed still ends failed, with the usual reply.
    mixed = [(550, "5.1.1 No such user")] * 3 + [(552, "5.2.2 Mailbox full")]
    status, reason = end_state(_counts(sent=1, failed=4), mixed) or ("", "")
    assert status == "failed" and "4 of 5 messages were refused" in reason
    assert "550 5.1.1 No such user" in reason
    # One provider's "user unknown" to each of its bad addresses reads alike: still the
    # recipients', not the server's setup.
    unknown = [(550, f"5.1.1 <user{i}@example.com>: Recipient address rejected") for i in range(4)]
    status, reason = end_state(_counts(sent=1, failed=4), unknown) or ("", "")
    assert status == "failed" and "own sending server" not in reason
    # The same server refusal for most, not all.
    status, reason = end_state(_counts(sent=1, failed=5), refusals) or ("", "")
    assert "refused 5 of 6 messages with the same reply" in reason
    # Half or fewer: completed (the failures table tells the rest).
    assert end_state(_counts(sent=3, failed=3), mixed[:3]) is None
    assert end_state(_counts(sent=10), []) is None
    # One refusal of one recipient, a relay code: explained as the server's.
    status, reason = end_state(_counts(failed=1), [(530, "5.7.0 Authentication required")]) or (
        "", "")  # fmt: skip
    assert status == "failed" and "own sending server asked for a login" in reason


def test_the_same_refusal_in_a_row_pauses_naming_the_own_server() -> None:
    options = EngineOptions(max_consecutive_failures=3)
    state = RunState()
    reason = ""
    for i in range(3):
        email = f"user{i}@example.com"
        item = QueuedItem(Recipient(email=email, delivery_id=i + 1, contact_id=i + 1),
                          Address(email, email, "example.com"), 0, "queued")  # fmt: skip
        reply = Reply(ReplyKind.FAILED, 550, f"5.7.1 <{email}>: Relay access denied")
        outcome = outcome_of(item, reply, None, state, options, datetime.max, 7)
        assert outcome.bounce_key == ""  # the server's setup: the address stays usable
        reason = failures_reason(reply, state, options)
    assert "3 messages in a row got the same refusal" in reason
    assert "own sending server" in reason
    # Different refusals in a row: the usual words.
    email = "other@example.com"
    item = QueuedItem(Recipient(email=email, delivery_id=9), Address(email, email, "example.com"),
                      0, "queued")  # fmt: skip
    reply = Reply(ReplyKind.FAILED, 550, "5.1.1 No such user")
    outcome = outcome_of(item, reply, None, state, options, datetime.max, 7)
    assert outcome.bounce_key == email and outcome.source.startswith("campaign 7: ")
    assert "4 messages in a row were refused" in failures_reason(reply, state, options)
