"""What the parser says about one returned message: frozen, plain data for every caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["bounce", "feedback", "autoreply", "delivered", "other"]


@dataclass(frozen=True, slots=True)
class FailedRecipient:
    address: str | None  # None when a complaint report hides the recipient
    status: str | None  # enhanced status code "5.1.1", None when the message gives none
    smtp_reply_code: str | None  # "550", None when none was returned
    reason: str  # from the vocabulary of reasons.REASONS
    permanent: bool | None  # None when neither the status nor the text tells
    hard: bool | None  # the address itself is bad; None for feedback/autoreply/delivered
    diagnostic: str = ""
    alias: str | None = None  # Original-Recipient, when it differs from the address
    action: str | None = None  # DSN Action field (failed, delayed, delivered...)
    remote_mta: str | None = None
    feedback_type: str | None = None  # ARF only: abuse, opt-out, auth-failure...

    def to_json(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "status": self.status,
            "smtp_reply_code": self.smtp_reply_code,
            "reason": self.reason,
            "permanent": self.permanent,
            "hard": self.hard,
            "diagnostic": self.diagnostic,
        }


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    kind: Kind
    recipients: tuple[FailedRecipient, ...] = ()
    # Headers of the original message when the report quotes them: matching uses these.
    original_message_id: str | None = None
    original_headers: tuple[tuple[str, str], ...] = field(default=())
    subject: str = ""
    # Where the report was delivered (To, Delivered-To, X-Original-To...): a VERP address.
    delivered_to: tuple[str, ...] = ()
    error: str | None = None  # set only when the message could not be read at all

    def original_header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.original_headers:
            if key.lower() == lname:
                return value
        return None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "recipients": [r.to_json() for r in self.recipients],
        }
        if self.error is not None:
            data["error"] = self.error
        return data
