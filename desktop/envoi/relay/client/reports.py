"""A provider's bounce or complaint (from the relay's webhooks) as the report a mailbox
would have received: a DSN (RFC 3464) or an ARF complaint (RFC 5965), read by the same
bounce parser and put through the same policy as returned mail. The Message-ID names the
relay's event, so a report pulled twice is stored once (the bounce service skips a raw
message it has already seen)."""

from __future__ import annotations

import re
from typing import Any

_UNSAFE = re.compile(r"[\r\n\x00]+")


def _clean(value: Any, limit: int) -> str:
    return _UNSAFE.sub(" ", str(value or ""))[:limit]


def provider_report(relay_id: str, event_id: int, data: dict[str, Any]) -> bytes:
    provider = _clean(data.get("provider"), 40) or "provider"
    email = _clean(data.get("email"), 320)
    head = (
        f"From: {provider}@envoi-relay.invalid\r\nTo: envoi@envoi-relay.invalid\r\n"
        f"Message-ID: <relay-{_clean(relay_id, 64)}-{int(event_id)}@envoi-relay.invalid>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    if data.get("kind") == "complaint":
        return (
            head + "Subject: Complaint reported by " + provider + "\r\n"
            'Content-Type: multipart/report; report-type=feedback-report; boundary="r"\r\n\r\n'
            f"--r\r\nContent-Type: text/plain\r\n\r\n{provider} reported a complaint.\r\n"
            "--r\r\nContent-Type: message/feedback-report\r\n\r\n"
            "Feedback-Type: abuse\r\nUser-Agent: envoi-relay\r\nVersion: 1\r\n"
            f"Original-Rcpt-To: {email}\r\n--r--\r\n"
        ).encode("utf-8")
    status = _clean(data.get("status"), 20) or ("5.0.0" if data.get("hard") else "4.0.0")
    diagnostic = _clean(data.get("diagnostic"), 1000) or "reported by " + provider
    return (
        head + "Subject: Delivery Status Notification (Failure)\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n'
        f"--r\r\nContent-Type: text/plain\r\n\r\n{provider} reported a bounce.\r\n"
        "--r\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; {provider}\r\n\r\n"
        f"Final-Recipient: rfc822; {email}\r\nAction: failed\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {diagnostic}\r\n--r--\r\n"
    ).encode("utf-8")
