"""Header values written to RFC 5322 / RFC 2047 by hand, because this runs per recipient.

Everything that goes into a header passes ``clean`` first: a CR or LF (or NUL) in any
value, wherever it came from (a CSV field, a subject, a name, a custom header), is
refused; that is what stops header injection. Non-ASCII text becomes RFC 2047 encoded
words of at most 75 characters; long lines are folded; no line reaches 998 octets.
"""

from __future__ import annotations

import base64
import itertools
import re
import secrets
import time
from email.utils import formatdate

from envoi.errors import InvalidInputError

# The headers the bounce processor reads back from a returned message.
CAMPAIGN_HEADER = "X-Envoi-Campaign"
CONTACT_HEADER = "X-Envoi-Contact"

MAX_LINE = 998  # RFC 5322 2.1.1, without the CRLF
FOLD_AT = 78
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')
_FIELD_NAME = re.compile(r"^[!-9;-~]+$")  # printable ASCII except ':' (RFC 5322 2.2)
_ATEXT_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_RESERVED = frozenset(
    {
        "from", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version",
        "content-type", "content-transfer-encoding", "list-unsubscribe",
        "list-unsubscribe-post", "dkim-signature", "return-path", "sender", "reply-to",
        "x-envoi-campaign", "x-envoi-contact", "feedback-id", "received",
    }
)  # fmt: skip


class HeaderInjectionError(InvalidInputError):
    """A value meant for a header holds a line break."""


def clean(value: str, what: str) -> str:
    """Refuse CR, LF and NUL in a header value; ``what`` names the source for the user."""
    if "\r" in value or "\n" in value or "\0" in value:
        raise HeaderInjectionError(
            f"The {what} contains a line break, which is not allowed in an e-mail header.",
            "Remove the line break (check the imported data or the template).",
            repr(value[:200]),
        )
    return value


def is_ascii(text: str) -> bool:
    return text.isascii()


def encode_words(text: str) -> str:
    """RFC 2047 'B' encoded words, each <= 75 characters, never splitting a character."""
    words: list[str] = []
    chunk = bytearray()
    for char in text:
        data = char.encode("utf-8")
        if len(chunk) + len(data) > 45:  # 45 bytes -> 60 base64 chars + 12 = 72
            words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
            chunk = bytearray()
        chunk += data
    if chunk or not words:
        words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
    return " ".join(words)  # ``fold`` breaks lines between the words


def fold(name: str, value: str) -> str:
    """``Name: value`` folded at spaces near 78 columns; raises if a line would pass 998."""
    line = f"{name}: {value}"
    if len(line) <= FOLD_AT:
        return line
    lines: list[str] = []
    current = f"{name}:"
    bare = True  # nothing after the name yet: never fold there
    for word in value.split(" "):
        if word and not bare and len(current) + 1 + len(word) > FOLD_AT:
            lines.append(current)
            current = f" {word}"
        else:
            current = f"{current} {word}"
            bare = bare and not word
    lines.append(current)
    for part in lines:
        if len(part.encode("utf-8")) > MAX_LINE:
            raise InvalidInputError(
                f"The {name} header is too long for an e-mail.",
                "Shorten the value (links in headers, custom headers).",
                f"{len(part)} characters on one line",
            )
    return "\r\n".join(lines)


def unstructured(name: str, value: str, what: str) -> str:
    """A text header (Subject, custom headers): encoded words when not plain ASCII."""
    value = clean(value, what)
    # A word too long to fold (a pasted link, say) goes out as encoded words, which split.
    if value.isascii() and "=?" not in value and max(map(len, value.split(" "))) < 900:
        return fold(name, value)
    return fold(name, encode_words(value))


def display_name(name: str) -> str:
    if not name:
        return ""
    if not name.isascii():
        return encode_words(name)
    if _SPECIALS.search(name) or "=?" in name:
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return name


def address(email: str, name: str = "", what: str = "address") -> str:
    """``Name <local@domain>`` with an RFC 2047 name and an IDNA domain."""
    email = clean(email.strip(), what)
    name = clean(name.strip(), f"{what} name")
    local, sep, domain = email.rpartition("@")
    if not sep or not local or not domain or " " in email or "<" in email or ">" in email:
        raise InvalidInputError(f"“{email}” is not an e-mail address.", "", what)
    if not local.isascii():
        raise InvalidInputError(
            f"“{email}” has non-ASCII characters before the @, which needs SMTPUTF8.",
            "Envoi sends to such addresses only through a server that supports SMTPUTF8.",
            what,
        )
    if not _ATEXT_LOCAL.match(local) and not (local.startswith('"') and local.endswith('"')):
        local = '"' + local.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if not domain.isascii():
        domain = domain.encode("idna").decode("ascii")
    spec = f"{local}@{domain}"
    shown = display_name(name)
    return f"{shown} <{spec}>" if shown else spec


def domain_of(email: str) -> str:
    domain = email.rpartition("@")[2].strip().lower()
    return domain.encode("idna").decode("ascii") if not domain.isascii() else domain


def check_custom(name: str, value: str) -> tuple[str, str]:
    """A user's extra header: a valid, non-reserved name and a value without line breaks."""
    name = clean(name.strip(), "header name")
    if not _FIELD_NAME.match(name):
        raise InvalidInputError(f"“{name}” is not a valid header name.", "Use letters, digits, -.")
    if name.lower() in _RESERVED:
        raise InvalidInputError(
            f"The {name} header is set by Envoi and cannot be given as a custom header.",
            "Remove it from the custom headers.",
        )
    return name, clean(value, f"{name} header")


class MessageIds:
    """``<time.random.counter@sender-domain>``: unique, and on the sender's domain."""

    def __init__(self, domain: str) -> None:
        self._domain = domain
        self._prefix = secrets.token_hex(6)
        self._counter = itertools.count(1)  # next() on a count is atomic: thread-safe

    def next(self) -> str:
        n = next(self._counter)
        return f"<{int(time.time() * 1000):x}.{self._prefix}.{n:x}@{self._domain}>"


class DateHeader:
    """RFC 5322 date, formatted once per second (formatting costs more than the rest)."""

    def __init__(self) -> None:
        self._second = -1
        self._text = ""

    def now(self) -> str:
        second = int(time.time())
        if second != self._second:
            self._second = second
            self._text = formatdate(second, localtime=True)
        return self._text
