"""The address as MAIL and RCPT carry it: A-labels, UTF-8 only with SMTPUTF8, and a plain
reason (never an exception the engine would have to catch) for what cannot go."""

from __future__ import annotations

import pytest

from envoi.sending.replies import NOT_SENT_HERE, ReplyKind, refused_here
from envoi.sending.smtp_session import Unsendable, smtp_path


def test_ascii_and_idn_domains() -> None:
    assert smtp_path("ann@example.com") == (b"<ann@example.com>", False)
    assert smtp_path("kontakt@bücher.example") == (b"<kontakt@xn--bcher-kva.example>", False)
    assert smtp_path("x@FAß.de") == (b"<x@xn--fa-hia.de>", False)  # IDNA 2008, not ss


def test_utf8_local_part_needs_smtputf8() -> None:
    assert smtp_path("jörg@bücher.example", smtputf8=True) == (
        "<jörg@xn--bcher-kva.example>".encode(),
        True,
    )
    with pytest.raises(Unsendable, match="SMTPUTF8"):
        smtp_path("jörg@example.com")


@pytest.mark.parametrize(
    "bad",
    ["no-at-sign", "@example.com", "a@", "a b@example.com", "a@example.com>\r\nRCPT TO:<x@y>",
     "a@exa mple.com", "ü ü@example.com", "a@ü_x.example", "a@\u200dü.example"],
)  # fmt: skip
def test_what_cannot_go_says_why(bad: str) -> None:
    with pytest.raises(Unsendable) as info:
        smtp_path(bad, smtputf8=True)
    assert str(info.value)


def test_refused_here_is_a_failure_of_this_delivery_only() -> None:
    reply = refused_here("why")
    assert reply.kind is ReplyKind.FAILED and reply.code is None and reply.local
    assert reply.text == f"{NOT_SENT_HERE}why" and not reply.closes_connection
