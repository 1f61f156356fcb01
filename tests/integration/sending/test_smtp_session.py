"""Our SMTP send phase (envoi.sending.smtp_session) against Postfix smtp-sink and aiosmtpd.

What the server stores must be the bytes we built; refusals, 421, dropped connections and
silent servers must map to the same reply kinds as before, pipelined or not.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from tests.integration.sending.pipelining import PipeliningHandler
from tests.support.smtp_servers import ScriptedHandler, ScriptedServer, SmtpSink, free_port

from envoi.sending.replies import Reply, ReplyKind
from envoi.sending.smtp_session import SmtpConnection
from envoi.sending.transport import ServerSettings, SmtpTransport
from envoi.sending.wire import prepared, unstuffed, wire_form

SENDER = "news@shop.example"


def message(n: int) -> bytes:
    """CRLF lines that need dot-stuffing, and lines of exactly 998 octets (RFC 5322's
    limit without the CRLF), one of them starting with a dot."""
    lines = [
        f"Subject: test {n}",
        f"Message-ID: <{n}@shop.example>",
        "",
        ".a line starting with a dot",
        "..two dots",
        ".",
        "x" * 998,
        "." + "y" * 997,
        "the end . with a dot inside",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


@pytest.fixture
def sink_dir() -> Iterator[Path]:
    if not SmtpSink.available():
        pytest.skip("Postfix smtp-sink is not installed (apt postfix)")
    directory = Path(tempfile.mkdtemp(prefix="envoi-sink-"))
    yield directory
    shutil.rmtree(directory, ignore_errors=True)


def start_sink(directory: Path, *flags: str) -> SmtpSink:
    return SmtpSink(directory, flags=flags).start()


def sink_messages(sink: SmtpSink) -> list[bytes]:
    """The messages in smtp-sink's dump (LF line ends there), without its own headers."""
    data = sink.dump.read_bytes() if sink.dump.exists() else b""
    out = []
    for part in data.split(b"X-Client-Addr: ")[1:]:
        # Its records, then "Received:" and two folded lines, then the message.
        received = part.index(b"\nReceived: ")
        start = received + 1
        for _ in range(3):
            start = part.index(b"\n", start) + 1
        out.append(part[start:].removesuffix(b"\n"))
    return out


@pytest.fixture
async def aiosmtpd_pipelining() -> AsyncIterator[ScriptedServer]:
    server = ScriptedServer(PipeliningHandler()).start()
    yield server
    server.stop()


async def connect(port: int, timeout: float = 10.0) -> SmtpConnection:
    return await SmtpTransport(ServerSettings("127.0.0.1", port, "none", timeout=timeout)).connect()


async def send_four(port: int) -> bool:
    """Send ``message(0..3)`` to user0..3@example.com on one connection, the even ones
    already in DATA form; each must be accepted. True if the server offered PIPELINING."""
    connection = await connect(port)
    for n in range(4):
        data = message(n) if n % 2 else prepared(message(n))
        reply = await connection.send(SENDER, f"user{n}@example.com", data)
        assert reply.kind is ReplyKind.SENT, reply
    await connection.close()
    return connection.pipelining


async def send_one(port: int, rcpt: str = "a@example.com") -> Reply:
    """``message(1)`` to ``rcpt`` on a connection of its own: the server's reply."""
    connection = await connect(port)
    reply = await connection.send(SENDER, rcpt, message(1))
    await connection.close()
    return reply


def test_wire_form_stuffs_dots_and_normalises_line_ends() -> None:
    assert wire_form(b".a\r\nb\r\n.\r\n") == b"..a\r\nb\r\n..\r\n.\r\n"
    assert wire_form(b"a\nb\rc") == b"a\r\nb\r\nc\r\n.\r\n"  # bare LF and CR, as aiosmtplib
    for n in range(3):
        built = message(n)
        assert unstuffed(wire_form(built)) == built
        assert prepared(built) == wire_form(built)
        ready = prepared(built)
        assert wire_form(ready) is ready  # already in DATA form: written as it is


@pytest.mark.parametrize("pipelining", [False, True])
async def test_aiosmtpd_stores_the_bytes_built(pipelining: bool) -> None:
    handler = PipeliningHandler() if pipelining else ScriptedHandler()
    server = ScriptedServer(handler).start()
    try:
        assert await send_four(server.port) is pipelining
    finally:
        server.stop()
    assert [(r, d) for _, r, d in handler.received] == [
        (f"user{n}@example.com", message(n)) for n in range(4)
    ]


async def test_smtp_sink_stores_the_bytes_built(sink_dir: Path) -> None:
    sink = start_sink(sink_dir)
    try:
        assert await send_four(sink.port)  # smtp-sink offers PIPELINING
    finally:
        sink.stop()
    stored = sink_messages(sink)
    assert stored == [message(n).replace(b"\r\n", b"\n") for n in range(4)]


async def test_refused_recipients_in_a_pipeline(aiosmtpd_pipelining: ScriptedServer) -> None:
    handler = aiosmtpd_pipelining.handler
    handler.rules["bad@example.com"] = "550 5.1.1 No such user"
    handler.rules["later@example.com"] = "451 4.7.1 Try again later"
    connection = await connect(aiosmtpd_pipelining.port)
    assert connection.pipelining
    kinds = []
    for rcpt in ("a@example.com", "bad@example.com", "b@example.com", "later@example.com",
                 "c@example.com"):  # fmt: skip
        reply = await connection.send(SENDER, rcpt, message(1))
        kinds.append((reply.kind, reply.code))
        assert connection.usable  # a refusal leaves the connection in step (RSET)
    await connection.close()
    assert kinds == [
        (ReplyKind.SENT, 250), (ReplyKind.FAILED, 550), (ReplyKind.SENT, 250),
        (ReplyKind.DEFERRED, 451), (ReplyKind.SENT, 250),
    ]  # fmt: skip
    assert [r for _, r, _ in handler.received] == ["a@example.com", "b@example.com",
                                                   "c@example.com"]  # fmt: skip


async def test_421_in_a_pipeline_defers_and_closes(aiosmtpd_pipelining: ScriptedServer) -> None:
    handler = aiosmtpd_pipelining.handler
    handler.rules["busy@example.com"] = "421 4.3.2 Shutting down"
    connection = await connect(aiosmtpd_pipelining.port)
    assert (await connection.send(SENDER, "a@example.com", message(1))).kind is ReplyKind.SENT
    reply = await connection.send(SENDER, "busy@example.com", message(2))
    assert (reply.kind, reply.code) == (ReplyKind.DEFERRED, 421)
    assert reply.closes_connection and reply.slow_down and not connection.usable
    # A later message on it is not sent, and says so (the engine opens a new connection).
    later = await connection.send(SENDER, "b@example.com", message(3))
    assert later.kind is ReplyKind.NOT_SENT
    await connection.close()
    assert [r for _, r, _ in handler.received] == ["a@example.com"]


async def test_421_from_smtp_sink_at_rcpt(sink_dir: Path) -> None:
    sink = start_sink(sink_dir, "-r", "RCPT", "-b", "421 4.3.2 Service not available")
    try:
        reply = await send_one(sink.port)
    finally:
        sink.stop()
    assert (reply.kind, reply.code) == (ReplyKind.DEFERRED, 421)
    assert sink_messages(sink) == []


async def test_connection_lost_after_the_message_is_unknown(
    aiosmtpd_pipelining: ScriptedServer,
) -> None:
    handler = aiosmtpd_pipelining.handler
    handler.rules["drop@example.com"] = "drop"  # closed at the final dot, message stored
    connection = await connect(aiosmtpd_pipelining.port)
    reply = await connection.send(SENDER, "drop@example.com", message(1))
    assert reply.kind is ReplyKind.UNKNOWN and reply.closes_connection
    assert not connection.usable
    await connection.close()
    assert handler.counts()["drop@example.com"] == 1


async def test_smtp_sink_dropping_at_the_final_dot_is_unknown(sink_dir: Path) -> None:
    sink = start_sink(sink_dir, "-q", ".")
    try:
        reply = await send_one(sink.port)
    finally:
        sink.stop()
    assert reply.kind is ReplyKind.UNKNOWN


@pytest.mark.parametrize("server", ["aiosmtpd", "smtp-sink"])
async def test_connection_lost_before_the_message_is_not_sent(
    server: str, aiosmtpd_pipelining: ScriptedServer, sink_dir: Path
) -> None:
    if server == "aiosmtpd":
        aiosmtpd_pipelining.handler.rules["gone@example.com"] = "drop-rcpt"
        port, sink = aiosmtpd_pipelining.port, None
    else:
        sink = start_sink(sink_dir, "-q", "RCPT")
        port = sink.port
    try:
        reply = await send_one(port, "gone@example.com")
    finally:
        if sink is not None:
            sink.stop()
    assert reply.kind is ReplyKind.NOT_SENT  # nothing of the message was written
    assert not aiosmtpd_pipelining.handler.received
    assert sink is None or sink_messages(sink) == []


async def test_abandoned_in_data_mode_closes_without_sending(
    aiosmtpd_pipelining: ScriptedServer,
) -> None:
    connection = await connect(aiosmtpd_pipelining.port)
    assert await connection.begin(SENDER, "a@example.com") is None  # 354: waits for content
    await connection.reset()  # RSET is no command in data mode: the connection closes
    assert not connection.usable
    await asyncio.sleep(0.2)
    assert not aiosmtpd_pipelining.handler.received


async def test_a_server_silent_after_the_message_is_unknown() -> None:
    """Replies to everything but the final dot: after the timeout, the outcome is unknown."""
    got_dot = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 silent ESMTP\r\n")
        in_data = False
        while line := await reader.readline():
            if in_data:
                if line == b".\r\n":
                    got_dot.set()  # and no reply
                continue
            verb = line[:4].upper()
            if verb == b"EHLO":
                writer.write(b"250-silent\r\n250 PIPELINING\r\n")
            elif verb == b"DATA":
                in_data = True
                writer.write(b"354 go ahead\r\n")
            else:
                writer.write(b"250 ok\r\n")
        writer.close()

    port = free_port()
    server = await asyncio.start_server(serve, "127.0.0.1", port)
    try:
        connection = await connect(port, timeout=0.5)
        reply = await connection.send(SENDER, "a@example.com", message(1))
        await connection.close()
    finally:
        server.close()
        await server.wait_closed()
    assert got_dot.is_set()
    assert reply.kind is ReplyKind.UNKNOWN and "0.5 s" in reply.text


async def test_bare_line_feeds_reach_aiosmtpd_as_crlf(aiosmtpd_pipelining: ScriptedServer) -> None:
    """aiosmtpd refuses bare LF (smtp-sink takes it): a message from a factory that wrote
    LF line ends still goes, normalised."""
    connection = await connect(aiosmtpd_pipelining.port)
    reply = await connection.send(SENDER, "a@example.com", b"Subject: x\n\n.bare\nlf\rcr")
    await connection.close()
    assert reply.kind is ReplyKind.SENT, reply
    [(_, _, stored)] = aiosmtpd_pipelining.handler.received
    assert stored == b"Subject: x\r\n\r\n.bare\r\nlf\r\ncr\r\n"
