"""Read one returned message and say what it is and who failed, and why.

`parse_message(raw)` never raises: whatever the input, it returns a ParsedMessage (kind
"other" with `error` set when the message cannot be read at all). The work is an ordered
list of named detectors (``DETECTORS``, in ``detectors.py``): the first that recognises the
message answers.
"""

from __future__ import annotations

from collections.abc import Callable

from envoi.bounces import detectors as d
from envoi.bounces.mime import normalize_newlines, split_parts
from envoi.bounces.result import ParsedMessage

Detector = Callable[[d.Report], ParsedMessage | None]

# Order matters: a complaint quotes a bounce-like message, an auto-reply may look like a
# report in words, and the words are the last resort once every structured part is absent.
DETECTORS: tuple[Detector, ...] = (
    d.arf_report,
    d.arf_fields_in_text,
    d.amazon_ses,
    d.delivery_status,
    d.unsubscribe_request,
    d.complaint_by_subject,
    d.auto_reply,
    d.not_a_bounce,
    d.text_report,
)


def parse_message(raw: bytes) -> ParsedMessage:
    try:
        report = d.Report(split_parts(normalize_newlines(raw)))
        for detect in DETECTORS:
            found = detect(report)
            if found is not None:
                return found
        return d.nothing_found(report)
    except Exception as exc:  # a parser bug must not stop a mailbox run
        return ParsedMessage(kind="other", error=f"{type(exc).__name__}: {exc}")
