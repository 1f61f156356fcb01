"""Header values written to RFC 5322 / RFC 2047 by hand, because this runs per recipient.

Everything that goes into a header passes ``clean`` first: a CR or LF (or NUL) in any
value, wherever it came from (a CSV field, a subject, a name, a custom header), is
refused; that is what stops header injection. It is the one header check
(``envoi.header_values``, re-exported here): every place that takes a value meant for a
header calls it. Non-ASCII text becomes RFC 2047 encoded
words made of whole words (a reader that shows the gap between two encoded words then
never cuts a name in two), and a line holding one is never longer than 76 characters
(RFC 2047 section 2); other lines fold near 76; no line reaches 998 octets.

Addresses go out as RFC 6532 allows: the domain as IDNA 2008 A-labels (``xn--``), a
non-ASCII local part as UTF-8, which only an SMTPUTF8 session may carry (the SMTP
session skips such a recipient otherwise, see ``envoi.sending.smtp_session``).
"""

from __future__ import annotations

import base64
import functools
import itertools
import re
import secrets
import time
from email.utils import formatdate

import idna

from envoi.errors import InvalidInputError, Text

# The one header check lives below every layer that takes header values; re-exported here.
from envoi.header_values import HeaderInjectionError as HeaderInjectionError
from envoi.header_values import clean as clean

# The headers the bounce processor reads back from a returned message.
CAMPAIGN_HEADER = "X-Envoi-Campaign"
CONTACT_HEADER = "X-Envoi-Contact"

MAX_LINE = 998  # RFC 5322 2.1.1, without the CRLF
FOLD_AT = 76  # RFC 2047 section 2: a line with an encoded word is at most 76 characters
_WORD_OVERHEAD = len("=?utf-8?b??=")
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


def is_ascii(text: str) -> bool:
    return text.isascii()


def _b_word(data: bytes) -> str:
    return f"=?utf-8?b?{base64.b64encode(data).decode('ascii')}?="


def _capacity(width: int) -> int:
    """Bytes of text one 'B' encoded word of at most ``width`` characters holds."""
    return max(3, (width - _WORD_OVERHEAD) // 4 * 3)


_PIECES = re.compile(r"\S+\s*|\s+")
_CAPACITY = _capacity(FOLD_AT - 1)
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+ ?")  # RFC 5322 atext, one space after
_TEXT = re.compile(r"[!-~]{1,200} ?")  # printable ASCII, one space after


def encode_words(text: str, first: int = FOLD_AT - 1, plain: re.Pattern[str] = _TEXT) -> str:
    """RFC 2047 'B' encoded words made of whole words. A word that ``plain`` matches (with
    the one space after it) stays as it is: every reader shows it right. The others go,
    each with the space after it, into encoded words holding whole words (a word longer
    than a whole encoded word is cut between two characters, never inside one): a
    reader that keeps the gap between two encoded words then shows an extra space, never
    a cut word. The first encoded word is at most ``first`` characters (the room after
    the header's name), the others 75, so that ``fold`` keeps every line within 76."""
    out: list[str] = []
    chunk = b""
    room = _capacity(first)
    pieces = _PIECES.findall(text)
    plain_flags = [p.isascii() and "=?" not in p and plain.fullmatch(p) is not None for p in pieces]
    plain_flags.append(False)  # the end: a space there is the text's own
    for index, piece in enumerate(pieces):
        if plain_flags[index]:
            if chunk.endswith(b" "):  # the gap before a plain word is a real space
                chunk = chunk[:-1]
            if chunk:
                out.append(_b_word(chunk))
                chunk = b""
            out.append(piece.rstrip(" "))
            room = _CAPACITY
            continue
        # The space before a plain word stays outside, as a separator.
        data = (piece[:-1] if plain_flags[index + 1] and piece.endswith(" ") else piece).encode()
        if chunk and len(chunk) + len(data) > room:
            out.append(_b_word(chunk))
            chunk, room = b"", _CAPACITY
        if len(chunk) + len(data) <= room:
            chunk += data
            continue
        for char in data.decode("utf-8"):  # one word longer than an encoded word
            part = char.encode("utf-8")
            if len(chunk) + len(part) > room:
                out.append(_b_word(chunk))
                chunk, room = b"", _CAPACITY
            chunk += part
    if chunk or not out:
        out.append(_b_word(chunk))
    return " ".join(out)  # ``fold`` breaks lines between the words


def fold(name: str, value: str) -> str:
    """``Name: value`` folded at spaces within 76 columns (a single longer word stays whole
    on its line); raises if a line would pass 998."""
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
                Text("The {name} header is too long for an e-mail.", name=name),
                Text("Shorten the value (links in headers, custom headers)."),
                f"{len(part)} characters on one line",
            )
    return "\r\n".join(lines)


def unstructured(name: str, value: str, what: str) -> str:
    """A text header (Subject, custom headers): encoded words when not plain ASCII."""
    value = clean(value, what)
    # A word too long to fold (a pasted link, say) goes out as encoded words, which split.
    if value.isascii() and "=?" not in value and max(map(len, value.split(" "))) < 900:
        return fold(name, value)
    return fold(name, encode_words(value, _first_room(name)))


def _first_room(name: str) -> int:
    return FOLD_AT - len(name) - 2  # after "Name: "


def display_name(name: str, first: int = FOLD_AT - 1) -> str:
    if not name:
        return ""
    if not name.isascii():
        return encode_words(name, first, _ATOM)
    if _SPECIALS.search(name) or "=?" in name:
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}"'
    return name


def address(email: str, name: str = "", what: str = "address", *, header: str = "To") -> str:
    """``Name <local@domain>``: an RFC 2047 name (sized for the ``header`` it goes in), an
    IDNA 2008 domain, and the local part as it is (UTF-8 when it is not ASCII: RFC 6532)."""
    email = clean(email.strip(), what)
    name = clean(name.strip(), f"{what} name")
    local, sep, domain = email.rpartition("@")
    if not sep or not local or not domain or " " in email or "<" in email or ">" in email:
        raise InvalidInputError(Text("“{email}” is not an e-mail address.", email=email), "", what)
    if not _ATEXT_LOCAL.match(local) and not (local.startswith('"') and local.endswith('"')):
        if local.isascii():
            local = '"' + local.replace("\\", "\\\\").replace('"', '\\"') + '"'
        elif not _UTF8_ATEXT.match(local):
            raise InvalidInputError(
                Text("“{email}” is not an e-mail address.", email=email), "", what
            )
    spec = f"{local}@{ascii_domain(domain, what)}"
    shown = display_name(name, _first_room(header))
    return f"{shown} <{spec}>" if shown else spec


# RFC 6532 3.2: atext extended with any non-ASCII character.
_UTF8_ATEXT = re.compile(r"^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]|[^\x00-\x7f])+$")


@functools.lru_cache(maxsize=4096)
def ascii_domain(domain: str, what: str = "address") -> str:
    """The domain as SMTP and headers carry it: IDNA 2008 A-labels (with UTS 46 mapping,
    as browsers and mail clients do), lower case; ASCII domains as they are."""
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise InvalidInputError(
            Text("“{domain}” is not a valid international domain name.", domain=domain),
            Text("Check the spelling of the address."),
            f"{what}: {exc}",
        ) from None


def domain_of(email: str) -> str:
    return ascii_domain(email.rpartition("@")[2].strip().lower())


def check_custom(name: str, value: str) -> tuple[str, str]:
    """A user's extra header: a valid, non-reserved name and a value without line breaks."""
    name = clean(name.strip(), "header name")
    if not _FIELD_NAME.match(name):
        raise InvalidInputError(
            Text("“{name}” is not a valid header name.", name=name), Text("Use letters, digits, -.")
        )
    if name.lower() in _RESERVED:
        raise InvalidInputError(
            Text(
                "The {name} header is set by Envoi and cannot be given as a custom header.",
                name=name,
            ),
            Text("Remove it from the custom headers."),
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
