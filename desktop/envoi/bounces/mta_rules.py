"""Non-standard reports: the human-readable text of Postfix, Exim, Sendmail, qmail, Exchange,
Gmail, Yahoo, Japanese and French ISPs... when there is no machine-readable DSN.

The rules are about shapes, not about samples: where the quoted original starts, which
lines name a failed recipient (an address alone on a line, `<addr>:`, `addr ... text`,
`RCPT TO: addr`, a transcript line `550 5.1.1 <addr>...`), and which text around it is the
diagnostic.
"""

from __future__ import annotations

import json
import re
import string


def _letters(extra: str = "") -> str:
    """A class of ASCII letters, digits and ``extra``, plus every character from U+00C0 up
    (SMTPUTF8 addresses come back in bounces too). Written as the negation of what it
    leaves out below U+00C0: a class spanning the whole BMP takes ~0.1 s to compile, and
    this module's seven patterns made every `envoi` command start 0.7 s later."""
    keep = set(string.ascii_letters + string.digits + extra)
    return "[^" + "".join(f"\\x{c:02x}" for c in range(0xC0) if chr(c) not in keep) + "]"


_AN = _letters()
_LOCAL = _letters("._%+=/!#$&'*?^`{|}~-")
_LDH = _letters("-")
ADDR = rf"{_AN}{_LOCAL}*@{_AN}(?:{_LDH}*{_AN})?(?:\.{_AN}(?:{_LDH}*{_AN})?)+"
ADDR_RE = re.compile(ADDR)

# Where the quoted original message starts in a text report.
_CUT_RE = re.compile(
    r"^[ \t]*(?:[-=_*#>]{2,}.*|[ \t]*)(?:original message|below this line|copy of the message|"
    r"returned message|undelivered message|unsent message|message headers follow|"
    r"header of the original|original mail|headers of your message|message text follows|"
    r"original message follows|the message you sent|rfc822|content of the original|"
    r"your message reads)|^[ \t]*original message follows|^[ \t]*-{3,} ?Original",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_START_RE = re.compile(
    r"^(?:Return-Path|Received|Message-I[Dd]|DKIM-Signature|X-Received|ARC-Seal|"
    r"Authentication-Results|Delivered-To|X-Google-Smtp-Source):[ \t]?\S.*\n"
    r"(?:[ \t].*\n)*(?:[A-Z][A-Za-z0-9-]*):",
    re.MULTILINE,
)

_LINE_ALONE = re.compile(rf"^[<\"'(\[]?\s*({ADDR})\s*[>\"')\]]?\s*[:.,;]?\s*$")
_LINE_LEAD = re.compile(rf"^[<\"'(\[]?({ADDR})[>\"')\]]?(?=[\s:.,(<\[]|$)")
_LINE_PREFIX = re.compile(
    rf"^(?:>>>|\*|-+|\d+\)|"
    rf"(?!(?:[\w-]*\s)*(?:from|sender|reply|return|cc|to|subject|date|sent|by|mail\s+from|"
    rf"message[- ]?id|id)\b)"
    rf"[A-Za-z][A-Za-z0-9 ._-]{{0,40}}:)\s*(?:rfc822;\s*)?[<\"']?({ADDR})",
    re.IGNORECASE,
)
_LINE_TRANSCRIPT = re.compile(rf"^[245]\d\d[ -](?:[245]\.\d+\.\d+\s+)?<({ADDR})>")
# A recipient named inside a sentence: "error delivering your mail to <a>", "rejected
# recipient <a>". Used only when no line is about an address alone.
_IN_SENTENCE = re.compile(
    rf"(?:\bto|\bfor|recipient|address(?:ee)?|user|mailbox)\s*:?\s*[<\"'(\[]?({ADDR})",
    re.IGNORECASE,
)
_QUOTE_PREFIX = re.compile(r"^(?:>\s?)+(?=\S)")
_RCPT_TO = re.compile(rf"RCPT TO:?\s*<?({ADDR})>?", re.IGNORECASE)


def cut_original(text: str) -> str:
    """The report's own words, without the quoted original message."""
    end = len(text)
    m = _CUT_RE.search(text)
    if m and m.start() > 0:
        end = m.start()
    h = _HEADER_START_RE.search(text, 0, end)
    if h and h.start() > 0:
        end = min(end, h.start())
    return text[:end]


def find_anchors(text: str, exclude: set[str]) -> list[tuple[str, int, int]]:
    """(address, line index, start of text after the address) for lines naming a recipient."""
    anchors: list[tuple[str, int, int]] = []
    for i, line in enumerate(text.split("\n")):
        if "@" not in line:
            continue
        stripped = _QUOTE_PREFIX.sub("", line.strip(), count=1) if line[:1] == ">" else line.strip()
        for pattern in (_LINE_ALONE, _LINE_LEAD, _LINE_TRANSCRIPT, _LINE_PREFIX):
            m = pattern.match(stripped)
            if m:
                addr = m.group(1)
                if addr.lower() not in exclude:
                    anchors.append((addr, i, m.end()))
                break
    return anchors


def sentence_anchors(text: str, exclude: set[str]) -> list[tuple[str, int, int]]:
    anchors: list[tuple[str, int, int]] = []
    for i, line in enumerate(text.split("\n")):
        if "@" not in line:
            continue
        for m in _IN_SENTENCE.finditer(line):
            if m.group(1).lower() not in exclude:
                anchors.append((m.group(1), i, m.end()))
    return anchors


def text_recipients(text: str, exclude: set[str]) -> list[tuple[str, str]]:
    """(address, diagnostic) pairs found in a report's own words, in order, deduplicated."""
    lines = text.split("\n")
    anchors = find_anchors(text, exclude) or sentence_anchors(text, exclude)
    found: dict[str, str] = {}
    for n, (addr, index, col) in enumerate(anchors):
        stop = anchors[n + 1][1] if n + 1 < len(anchors) else len(lines)
        stop = min(stop, index + 12)
        first = lines[index].strip()[col:] if col < len(lines[index].strip()) else ""
        block = "\n".join([first, *lines[index + 1 : stop]]).strip()
        key = addr.lower()
        if key in found:
            if block and block not in found[key]:
                found[key] = f"{found[key]}\n{block}".strip()
            continue
        found[key] = block
    originals = {a.lower(): a for a, _, _ in anchors}
    return [(originals[k], v) for k, v in found.items()]


def amazon_ses_json(text: str) -> list[tuple[str, str, str, str]] | None:
    """Amazon SES notifications (JSON over SNS or email): (address, status, diag, type)."""
    start = text.find("{")
    if start < 0 or ('"notificationType"' not in text and '"eventType"' not in text):
        return None
    try:
        data, _ = json.JSONDecoder(strict=False).raw_decode(text[start:])
    except ValueError:
        return None
    if isinstance(data, dict) and isinstance(data.get("Message"), str):
        try:
            data = json.loads(data["Message"], strict=False)
        except ValueError:
            return None
    if not isinstance(data, dict):
        return None
    kind = str(data.get("notificationType") or data.get("eventType") or "")
    out: list[tuple[str, str, str, str]] = []
    if kind == "Bounce" and isinstance(data.get("bounce"), dict):
        bounce = data["bounce"]
        for rcpt in bounce.get("bouncedRecipients") or []:
            if isinstance(rcpt, dict) and rcpt.get("emailAddress"):
                out.append(
                    (
                        str(rcpt["emailAddress"]),
                        str(rcpt.get("status") or ""),
                        str(rcpt.get("diagnosticCode") or ""),
                        "bounce:"
                        + str(bounce.get("bounceType", ""))
                        + ":"
                        + str(bounce.get("bounceSubType", "")),
                    )
                )
    elif kind == "Complaint" and isinstance(data.get("complaint"), dict):
        complaint = data["complaint"]
        for rcpt in complaint.get("complainedRecipients") or []:
            if isinstance(rcpt, dict) and rcpt.get("emailAddress"):
                out.append(
                    (
                        str(rcpt["emailAddress"]),
                        "",
                        "",
                        "complaint:" + str(complaint.get("complaintFeedbackType", "abuse")),
                    )
                )
    elif kind == "Delivery" and isinstance(data.get("delivery"), dict):
        delivery = data["delivery"]
        for addr in delivery.get("recipients") or []:
            out.append((str(addr), "2.0.0", str(delivery.get("smtpResponse", "")), "delivery:"))
    return out


def rcpt_to_addresses(text: str) -> list[str]:
    return [m.group(1) for m in _RCPT_TO.finditer(text)]
