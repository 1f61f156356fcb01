"""The engine feeds on any `CampaignSource`: here an in-memory one, as an A/B variant or a
flow's step will be, sent to once each, with the claims and outcomes it asked for."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime

from envoi.contacts.addresses import Address, normalize
from envoi.reports.returned import ReturnedRates
from envoi.sending.campaign_rows import QueuedItem
from envoi.sending.engine import CampaignEngine, EngineOptions
from envoi.sending.limits import Limits, RateLimiter
from envoi.sending.messages import Recipient
from envoi.sending.recorder import CLAIMED, STOPPED, Outcome
from envoi.sending.replies import Reply, ReplyKind
from envoi.sending.source import CampaignSource


class ListSource:
    """Recipients held in memory; a claim is granted at once, as a commit would be."""

    def __init__(self, emails: list[str]) -> None:
        self.items = {
            n: QueuedItem(Recipient(email=e, delivery_id=n), normalize(e), 0, "queued")
            for n, e in enumerate(emails, start=1)
        }
        self.state = dict.fromkeys(self.items, "queued")
        self.claims: list[int] = []
        self.accepting = True
        self.closed = False
        self._ended = asyncio.Event()

    @property
    def campaign_id(self) -> int:
        return 99

    def counts(self) -> dict[str, int]:
        return dict(Counter(self.state.values()))

    async def begin(self, resume: bool) -> tuple[datetime, dict[str, int]]:
        return datetime.max, self.counts()

    async def write(self) -> None:
        await self._ended.wait()

    async def fetch(self, after_id: int, limit: int) -> tuple[list[QueuedItem], list[QueuedItem]]:
        ready = [i for n, i in sorted(self.items.items())
                 if n > after_id and self.state[n] == "queued"]  # fmt: skip
        return ready[:limit], []

    async def remaining(self) -> tuple[int, datetime | None]:
        return self.counts().get("queued", 0), None

    async def still_running(self) -> bool:
        return True

    def claim(self, delivery_id: int, address: Address) -> asyncio.Future[str]:
        verdict: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        if self.accepting:
            self.claims.append(delivery_id)
            self.state[delivery_id] = "sending"
        verdict.set_result(CLAIMED if self.accepting else STOPPED)
        return verdict

    def record(self, outcome: Outcome) -> None:
        self.state[outcome.delivery_id] = outcome.status.value

    def stop_claiming(self) -> None:
        self.accepting = False

    async def returned_rates(self, sent: int) -> ReturnedRates:
        return ReturnedRates(0, 0, sent)

    async def end_writes(self) -> None:
        self._ended.set()

    async def finish(
        self, final: tuple[str, str] | None, next_due: datetime | None
    ) -> tuple[tuple[str, str], dict[str, int]]:
        return final or ("completed", ""), self.counts()

    def close(self) -> None:
        self.closed = True


class Server:
    def __init__(self) -> None:
        self.received: list[str] = []

    async def connect(self) -> Server.Session:
        return Server.Session(self)

    class Session:
        def __init__(self, server: Server) -> None:
            self._server, self._to = server, ""

        async def begin(self, sender: str, recipient: str) -> Reply | None:
            self._to = recipient
            return None

        async def data(self, message: bytes) -> Reply:
            self._server.received.append(self._to)
            return Reply(ReplyKind.SENT, 250, "ok")

        async def reset(self) -> None: ...

        async def close(self) -> None: ...


class Messages:
    def build(self, recipient: Recipient) -> bytes:
        head = f"To: {recipient.email}\r\nMessage-ID: <{recipient.delivery_id}@x>\r\n"
        return (head + "\r\nHi\r\n").encode()


async def test_an_in_memory_source_feeds_the_engine_once_per_recipient() -> None:
    emails = [f"user{n}@example.com" for n in range(57)]
    source = ListSource(emails)
    seam: CampaignSource = source  # the engine asks nothing else of it
    server = Server()
    engine = CampaignEngine(seam, server, Messages(), RateLimiter(Limits()),
                            sender="shop@example.org",
                            options=EngineOptions(connections=3, page_size=10))  # fmt: skip
    stats = await asyncio.wait_for(engine.run(), 30)
    assert stats.status == "completed" and stats.counts.get("sent") == 57
    assert sorted(server.received) == sorted(emails)  # each once
    assert sorted(source.claims) == list(range(1, 58))  # every message claimed first, once
    assert set(source.state.values()) == {"sent"} and source.closed
