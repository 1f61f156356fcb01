"""Readable names for the bounce reasons of envoi.bounces.reasons (Sisimai's vocabulary:
``userunknown``, ``mailboxfull``...), in the window's language. The raw reason stays the
value that filters and counts use; only what a person reads changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reason_labels() -> dict[str, str]:
    """Every reason of ``envoi.bounces.reasons.REASONS`` -> its label (one call per use:
    the labels follow the language installed at the time)."""
    return {
        "userunknown": QCoreApplication.translate("BounceReason", "Unknown address"),
        "hostunknown": QCoreApplication.translate("BounceReason", "Unknown domain"),
        "hasmoved": QCoreApplication.translate("BounceReason", "Address has moved"),
        "mailboxfull": QCoreApplication.translate("BounceReason", "Mailbox full"),
        "suspend": QCoreApplication.translate("BounceReason", "Mailbox suspended"),
        "notaccept": QCoreApplication.translate("BounceReason", "Accepts no mail"),
        "expired": QCoreApplication.translate("BounceReason", "Delivery time expired"),
        "networkerror": QCoreApplication.translate("BounceReason", "Network error"),
        "systemerror": QCoreApplication.translate("BounceReason", "Server error"),
        "systemfull": QCoreApplication.translate("BounceReason", "Server full"),
        "mailererror": QCoreApplication.translate("BounceReason", "Mail program error"),
        "filtered": QCoreApplication.translate("BounceReason", "Filtered by the recipient"),
        "rejected": QCoreApplication.translate("BounceReason", "Sender refused"),
        "blocked": QCoreApplication.translate("BounceReason", "Sending IP blocked"),
        "badreputation": QCoreApplication.translate("BounceReason", "Poor sender reputation"),
        "requireptr": QCoreApplication.translate("BounceReason", "Reverse DNS required"),
        "authfailure": QCoreApplication.translate(
            "BounceReason", "Authentication failed (SPF, DKIM, DMARC)"
        ),
        "spamdetected": QCoreApplication.translate("BounceReason", "Seen as spam"),
        "virusdetected": QCoreApplication.translate("BounceReason", "Virus detected"),
        "policyviolation": QCoreApplication.translate("BounceReason", "Recipient's policy"),
        "securityerror": QCoreApplication.translate("BounceReason", "Security error"),
        "contenterror": QCoreApplication.translate("BounceReason", "Content refused"),
        "notcompliantrfc": QCoreApplication.translate("BounceReason", "Not standards-compliant"),
        "syntaxerror": QCoreApplication.translate("BounceReason", "SMTP syntax error"),
        "norelaying": QCoreApplication.translate("BounceReason", "Relaying refused"),
        "exceedlimit": QCoreApplication.translate("BounceReason", "Size limit exceeded"),
        "mesgtoobig": QCoreApplication.translate("BounceReason", "Message too large"),
        "toomanyconn": QCoreApplication.translate("BounceReason", "Too many connections"),
        "speeding": QCoreApplication.translate("BounceReason", "Sending too fast"),
        "failedstarttls": QCoreApplication.translate("BounceReason", "TLS failed"),
        "onhold": QCoreApplication.translate("BounceReason", "On hold"),
        "undefined": QCoreApplication.translate("BounceReason", "Undetermined"),
        "feedback": QCoreApplication.translate("BounceReason", "Complaint or opt-out"),
        "vacation": QCoreApplication.translate("BounceReason", "Auto-reply"),
        "delivered": QCoreApplication.translate("BounceReason", "Delivered"),
    }


def reason_label(reason: str, labels: dict[str, str] | None = None) -> str:
    """The label of ``reason``; a reason this list does not know is shown as it is."""
    return (labels if labels is not None else reason_labels()).get(reason, reason)
