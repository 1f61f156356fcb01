"""Taking a returned message apart: newlines, parts, decoded text, quoted original headers.

Everything here tolerates broken input: a bad charset, a truncated base64 part or a wrong
boundary gives less text, never an exception.
"""

from __future__ import annotations

import email
import email.message
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header

_TAG_RE = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<[^>]*>", re.I | re.S)
_BR_RE = re.compile(r"<(?:br|/p|/div|/tr|p|div|tr|li)\b[^>]*>", re.I)
_ENTITIES = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'"}
_ENTITY_RE = re.compile("|".join(_ENTITIES))


def normalize_newlines(raw: bytes) -> bytes:
    """CRLF and CR copies of a message must read exactly like the LF original."""
    if b"\r" not in raw:
        return raw
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def header_text(value: object) -> str:
    """A header value as text, RFC 2047 words decoded, never raising."""
    if value is None:
        return ""
    raw = str(value)
    if "=?" not in raw:
        return " ".join(raw.split())
    try:
        return " ".join(str(make_header(decode_header(raw))).split())
    except Exception:  # a broken encoded word: keep the raw text
        return " ".join(raw.split())


def part_text(part: email.message.Message) -> str:
    """The decoded text of a leaf part, HTML reduced to its words."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = _charset(part)
    try:
        text = payload.decode(charset, errors="replace")
    except LookupError:
        text = payload.decode("utf-8", errors="replace")
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text


def _charset(part: email.message.Message) -> str:
    try:
        charset = part.get_content_charset() or ""
    except Exception:
        charset = ""
    charset = charset.strip().strip('"').lower()
    if not charset or charset in ("us-ascii", "ascii", "unknown-8bit", "x-unknown"):
        return "utf-8"
    if charset in ("iso-2022-jp", "iso-2022-jp-2"):
        return "iso2022_jp_ext"
    return charset


def html_to_text(html: str) -> str:
    text = _BR_RE.sub("\n", html)
    text = _TAG_RE.sub(" ", text)
    return _ENTITY_RE.sub(lambda m: _ENTITIES[m.group(0)], text)


@dataclass(slots=True)
class Parts:
    """The pieces of a report the parser looks at."""

    headers: email.message.Message
    texts: list[str] = field(default_factory=list)  # human-readable parts, in order
    delivery_status: list[str] = field(default_factory=list)  # message/delivery-status bodies
    feedback_reports: list[str] = field(default_factory=list)  # message/feedback-report bodies
    original: str = ""  # the returned message or its headers, as text
    report_type: str = ""


def split_parts(raw: bytes) -> Parts:
    msg = email.message_from_bytes(raw)
    parts = Parts(headers=msg)
    try:
        parts.report_type = (msg.get_param("report-type") or "").__str__().lower()
    except Exception:
        parts.report_type = ""
    _walk(msg, parts, depth=0)
    return parts


def _walk(part: email.message.Message, out: Parts, depth: int) -> None:
    if depth > 8:
        return
    ctype = part.get_content_type()
    if ctype == "message/delivery-status":
        out.delivery_status.append(_raw_body(part))
        return
    if ctype == "message/feedback-report":
        out.feedback_reports.append(_raw_body(part))
        return
    if ctype in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers"):
        if not out.original:
            out.original = _raw_body(part)
        return
    if part.is_multipart():
        payload = part.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, email.message.Message):
                    _walk(sub, out, depth + 1)
        return
    maintype = part.get_content_maintype()
    if maintype == "text" or (depth == 0 and maintype not in ("image", "audio", "video")):
        out.texts.append(part_text(part))


def _raw_body(part: email.message.Message) -> str:
    """The body of a message/* part as text, whatever shape compat32 gave it."""
    payload = part.get_payload()
    if isinstance(payload, list):
        chunks: list[str] = []
        for sub in payload:
            if isinstance(sub, email.message.Message):
                chunks.append(_message_as_text(sub))
        return "\n\n".join(chunks)
    if isinstance(payload, str):
        cte = str(part.get("Content-Transfer-Encoding", "")).lower()
        if cte in ("base64", "quoted-printable"):
            return part_text(part)
        return payload
    return ""


def _message_as_text(msg: email.message.Message) -> str:
    lines = [f"{k}: {v}" for k, v in msg.items()]
    body = msg.get_payload()
    if isinstance(body, str) and body.strip():
        lines.append("")
        lines.append(body)
    elif isinstance(body, list):
        lines.append("")
        lines.extend(_message_as_text(s) for s in body if isinstance(s, email.message.Message))
    return "\n".join(lines)


_FIELD_RE = re.compile(r"^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$")


def parse_fields(block: str) -> list[tuple[str, str]]:
    """Header-style `Name: value` lines with folded continuations (DSN and ARF fields)."""
    fields: list[tuple[str, str]] = []
    for line in block.split("\n"):
        if line[:1] in (" ", "\t") and fields:
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {line.strip()}")
            continue
        m = _FIELD_RE.match(line)
        if m:
            fields.append((m.group(1).lower(), m.group(2).strip()))
    return fields


def header_block(text: str) -> list[tuple[str, str]]:
    """The header fields at the start of a quoted original message."""
    text = text.lstrip("\n")
    head, _, _ = text.partition("\n\n")
    return parse_fields(head)
