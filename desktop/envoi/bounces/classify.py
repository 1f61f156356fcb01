"""SMTP replies received while sending, classified with the same reasons as returned mail."""

from __future__ import annotations

from dataclasses import dataclass

from envoi.bounces.reasons import decide_reason, find_status, is_hard


@dataclass(frozen=True, slots=True)
class SmtpClassification:
    reason: str
    status: str | None
    permanent: bool  # 5xx: do not retry; 4xx: retry until the deadline
    hard: bool  # the address itself is bad: suppress it


def classify_smtp_reply(
    code: int | str, enhanced_status: str | None = None, text: str = ""
) -> SmtpClassification:
    """Classify one SMTP reply (e.g. 550, "5.1.1", "User unknown") from an RCPT or DATA."""
    reply = str(code).strip()[:3]
    status = find_status(enhanced_status or "") or find_status(text)
    permanent = (status[0] if status else reply[:1]) == "5"
    reason = decide_reason(status, reply, f"{reply} {status or ''} {text}".strip())
    hard = bool(is_hard(reason, status, reply))
    return SmtpClassification(reason=reason, status=status, permanent=permanent, hard=hard)
