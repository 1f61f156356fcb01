"""What an SMTP reply means for one delivery.

The phase matters for "no duplicate mail": a failure before the message's content was
written means the message was not sent and may go again (``NOT_SENT``); a connection lost
after the content was written means we cannot know (``UNKNOWN``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ReplyKind(enum.StrEnum):
    SENT = "sent"
    DEFERRED = "deferred"  # 4xx: try again later
    FAILED = "failed"  # 5xx: the server refused for good
    NOT_SENT = "not_sent"  # connection lost before DATA: safe to send again
    UNKNOWN = "unknown"  # connection lost during DATA: maybe delivered


# Replies that ask us to send more slowly (RFC 5321 4.2.3 and providers' practice).
SLOW_DOWN_CODES = frozenset({421, 451, 452})


@dataclass(frozen=True, slots=True)
class Reply:
    kind: ReplyKind
    code: int | None = None
    text: str = ""

    @property
    def local(self) -> bool:
        """Refused by Envoi before the server saw the address (``refused_here``)."""
        return self.code is None and self.text.startswith(NOT_SENT_HERE)

    @property
    def slow_down(self) -> bool:
        return self.code in SLOW_DOWN_CODES

    @property
    def closes_connection(self) -> bool:
        return self.code == 421 or self.kind in (ReplyKind.NOT_SENT, ReplyKind.UNKNOWN)


# The start of the reply text of a recipient Envoi did not give to the server (read back
# by envoi.sending.explain from the delivery row).
NOT_SENT_HERE = "Not sent by Envoi: "


def refused_here(reason: str) -> Reply:
    """A recipient Envoi cannot give to this server (an address it cannot carry): the
    delivery fails with ``reason``; the address is not suppressed and the run goes on."""
    return Reply(ReplyKind.FAILED, None, NOT_SENT_HERE + reason)


def reply_for_code(code: int, text: str) -> Reply:
    if 200 <= code < 300:
        return Reply(ReplyKind.SENT, code, text)
    if 400 <= code < 500:
        return Reply(ReplyKind.DEFERRED, code, text)
    return Reply(ReplyKind.FAILED, code, text)
