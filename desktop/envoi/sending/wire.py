"""A message in the form SMTP's DATA carries it (RFC 5321 4.5.2).

CRLF line ends, a "." doubled at the start of a line, and the final ``.`` line. Built
messages are CRLF already, so this is three counts and one ``bytes.replace`` (C code);
anything else is normalised as aiosmtplib does. The build processes prepare it
(``WireMessage``) so that the event loop only writes it.
"""

from __future__ import annotations

import re

_LINE_ENDS = re.compile(rb"\r\n|\n|\r(?!\n)")  # aiosmtplib's normalisation


class WireMessage(bytes):
    """Bytes already in DATA form (``wire_form``): written as they are."""

    __slots__ = ()


def wire_form(message: bytes) -> bytes:
    if type(message) is WireMessage:
        return message
    lf = message.count(b"\n")
    if lf != message.count(b"\r\n") or message.count(b"\r") != lf:
        message = _LINE_ENDS.sub(b"\r\n", message)
    if message.startswith(b"."):
        message = b"." + message
    message = message.replace(b"\r\n.", b"\r\n..")
    if not message.endswith(b"\r\n"):
        message += b"\r\n"
    return message + b".\r\n"


def prepared(message: bytes) -> WireMessage:
    return WireMessage(wire_form(message))


def unstuffed(data: bytes) -> bytes:
    """The message a server stores from a DATA payload (for tests and checks)."""
    if not data.endswith(b"\r\n.\r\n") and data != b".\r\n":
        raise ValueError("not a DATA payload: no final dot line")
    body = data[:-3]
    if body.startswith(b".."):
        body = body[1:]
    return body.replace(b"\r\n..", b"\r\n.")
