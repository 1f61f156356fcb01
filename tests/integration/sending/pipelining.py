"""aiosmtpd offering PIPELINING (RFC 2920), for the tests of the pipelined send phase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.support.smtp_servers import ScriptedHandler


@dataclass
class PipeliningHandler(ScriptedHandler):
    """aiosmtpd reads commands one after the other from its stream, so it serves pipelined
    commands correctly; it only does not say so. This one does."""

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:  # fmt: skip
        responses = await super().handle_EHLO(server, session, envelope, hostname, responses)
        return [*responses[:-1], "250-PIPELINING", responses[-1]]
