"""Provider webhooks: bounces and complaints reported by the sending provider over HTTP,
recorded as ``bounce`` / ``complaint`` events for Envoi (whose sync turns them into the
same bounce records as returned mail read by the mailbox poller).

    POST /w/postmark/HOOK   Postmark bounce and spam-complaint webhooks
    POST /w/mailjet/HOOK    Mailjet event API (bounce, blocked, spam), one event or a list
    POST /w/brevo/HOOK      Brevo transactional webhooks (hard_bounce, soft_bounce, spam...)
    POST /w/ses/HOOK        Amazon SES notifications through SNS; the SNS signature is
                            verified (certificate fetched from amazonaws.com only)

HOOK is the relay's webhook token (``webhook_token``: derived from its secret, shown by
`envoi relay status`): the providers without a signature are authenticated by it alone.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import urllib.request
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from envoi.relay.server.db import RelayDatabase

BODY_LIMIT = 1024 * 1024
_SNS_HOST = re.compile(r"^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$")
Event = dict[str, Any]  # kind (bounce | complaint), email, hard, status, diagnostic


def webhook_token(secret: bytes) -> str:
    return base64.urlsafe_b64encode(
        hmac.new(secret, b"envoi-relay webhooks", hashlib.sha256).digest()[:18]
    ).decode()


def _bounce(email: Any, hard: bool, status: str = "", diagnostic: str = "") -> Event:
    return {
        "kind": "bounce",
        "email": str(email or "")[:320],
        "hard": hard,
        "status": str(status or "")[:20],
        "diagnostic": str(diagnostic or "")[:2000],
    }


def _complaint(email: Any, diagnostic: str = "") -> Event:
    return {
        "kind": "complaint",
        "email": str(email or "")[:320],
        "hard": None,
        "status": "",
        "diagnostic": str(diagnostic or "")[:2000],
    }


def postmark(body: Any) -> list[Event]:
    kind = body.get("RecordType")
    if kind == "Bounce":
        hard = body.get("Type") in ("HardBounce", "BadEmailAddress", "ManuallyDeactivated")
        return [
            _bounce(
                body.get("Email"),
                hard,
                "5.1.1" if hard else "4.0.0",
                body.get("Details") or body.get("Description"),
            )
        ]
    if kind == "SpamComplaint":
        return [_complaint(body.get("Email"), body.get("Details", ""))]
    return []


def mailjet(body: Any) -> list[Event]:
    found = []
    for item in body if isinstance(body, list) else [body]:
        event = item.get("event")
        if event in ("bounce", "blocked"):
            hard = bool(item.get("hard_bounce")) and event == "bounce"
            found.append(
                _bounce(
                    item.get("email"),
                    hard,
                    "5.0.0" if hard else "4.0.0",
                    f"{item.get('error_related_to', '')} {item.get('error', '')}",
                )
            )
        elif event == "spam":
            found.append(_complaint(item.get("email"), item.get("source", "")))
    return found


def brevo(body: Any) -> list[Event]:
    event = body.get("event")
    if event in ("hard_bounce", "soft_bounce", "invalid_email", "blocked"):
        hard = event in ("hard_bounce", "invalid_email")
        return [
            _bounce(body.get("email"), hard, "5.0.0" if hard else "4.0.0", body.get("reason", ""))
        ]
    if event in ("spam", "complaint"):
        return [_complaint(body.get("email"), body.get("reason", ""))]
    return []


def ses(message: Any) -> list[Event]:
    """The SES notification inside an SNS message."""
    kind = message.get("notificationType") or message.get("eventType")
    if kind == "Bounce":
        bounce = message.get("bounce", {})
        hard = bounce.get("bounceType") == "Permanent"
        return [
            _bounce(r.get("emailAddress"), hard, r.get("status", ""), r.get("diagnosticCode", ""))
            for r in bounce.get("bouncedRecipients", [])
        ]
    if kind == "Complaint":
        complaint = message.get("complaint", {})
        return [
            _complaint(r.get("emailAddress"), complaint.get("complaintFeedbackType", ""))
            for r in complaint.get("complainedRecipients", [])
        ]
    return []


# -- SNS signatures -----------------------------------------------------------------------

_SIGNED = {
    "Notification": ("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"),
    "SubscriptionConfirmation": (
        "Message",
        "MessageId",
        "SubscribeURL",
        "Timestamp",
        "Token",
        "TopicArn",
        "Type",
    ),
}


def sns_string_to_sign(body: dict[str, Any]) -> bytes:
    keys = _SIGNED.get(str(body.get("Type")))
    if keys is None:
        raise ValueError("unknown SNS message type")
    return "".join(f"{k}\n{body[k]}\n" for k in keys if k in body).encode("utf-8")


@lru_cache(maxsize=16)
def fetch_sns_certificate(url: str) -> bytes:
    parts = urlsplit(url)
    if parts.scheme != "https" or not _SNS_HOST.match(parts.hostname or ""):
        raise ValueError("SNS certificate not on amazonaws.com")
    with urllib.request.urlopen(url, timeout=10) as answer:  # https, host checked above
        return bytes(answer.read(100_000))


def verify_sns(body: dict[str, Any], fetch: Callable[[str], bytes] = fetch_sns_certificate) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    try:
        certificate = x509.load_pem_x509_certificate(fetch(str(body["SigningCertURL"])))
        signature = base64.b64decode(str(body["Signature"]))
        digest = hashes.SHA256() if str(body.get("SignatureVersion")) == "2" else hashes.SHA1()
        key = certificate.public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            return False
        key.verify(signature, sns_string_to_sign(body), padding.PKCS1v15(), digest)
        return True
    except (KeyError, ValueError, InvalidSignature, OSError):
        return False


PARSERS: dict[str, Callable[[Any], list[Event]]] = {
    "postmark": postmark,
    "mailjet": mailjet,
    "brevo": brevo,
}


class Webhooks:
    def __init__(
        self,
        db: RelayDatabase,
        secret: bytes,
        fetch_certificate: Callable[[str], bytes] = fetch_sns_certificate,
    ) -> None:
        self._db = db
        self._token = webhook_token(secret)
        self._fetch = fetch_certificate

    def routes(self) -> list[Route]:
        return [Route("/w/{provider}/{token}", self.receive, methods=["POST"])]

    def _record(self, provider: str, found: list[Event]) -> None:
        for event in found:
            if "@" in event["email"]:
                self._db.record(event["kind"], 0, None, data={"provider": provider, **event})

    async def receive(self, request: Request) -> Response:
        provider = request.path_params["provider"]
        given = request.path_params["token"]
        if not hmac.compare_digest(given.encode(), self._token.encode()):
            return JSONResponse({"error": "unknown webhook"}, 404)
        if provider not in PARSERS and provider != "ses":
            return JSONResponse({"error": "unknown provider"}, 404)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > BODY_LIMIT:
                return JSONResponse({"error": "body too large"}, 413)
            chunks.append(chunk)
        try:
            body = json.loads(b"".join(chunks).decode("utf-8"))
            if provider == "ses":
                found = await self._ses(body)
            else:
                found = PARSERS[provider](body)
        except PermissionError:
            return JSONResponse({"error": "bad SNS signature"}, 403)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            return JSONResponse({"error": "not a webhook this relay understands"}, 400)
        await run_in_threadpool(self._record, provider, found)
        return JSONResponse({"recorded": len(found)})

    async def _ses(self, body: dict[str, Any]) -> list[Event]:
        if not await run_in_threadpool(verify_sns, body, self._fetch):
            raise PermissionError
        if body.get("Type") == "SubscriptionConfirmation":
            url = str(body.get("SubscribeURL", ""))
            if not _SNS_HOST.match(urlsplit(url).hostname or ""):
                raise ValueError("SubscribeURL not on amazonaws.com")
            await run_in_threadpool(self._fetch, url)  # visiting it confirms
            return []
        return ses(json.loads(str(body["Message"])))
