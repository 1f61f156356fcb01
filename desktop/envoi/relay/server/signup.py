"""Sign-up forms with double opt-in: a hosted page per public list, the confirmation mail,
and the confirmation, whose proof (address, name, list, IP, form text version, request and
confirmation times) becomes a ``signup`` event for Envoi.

Against bots, without a third-party captcha: a field people do not see (a bot fills it),
a signed time stamp (a form posted within 2 seconds of being shown, or a day later, is
refused), and at most ``PER_IP`` sign-ups per address per ten minutes. The confirmation
link shows a button: a GET never confirms (mail scanners fetch links).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from envoi.relay.server import pages
from envoi.relay.server.db import RelayDatabase, utc_now
from envoi.relay.server.mailer import SmtpSettings, send_mail

PER_IP = 5
WINDOW = 600.0
MIN_SECONDS = 2.0
MAX_SECONDS = 86400.0
_EMAIL = re.compile(r"^[^@\s<>\"(),;:\\\[\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

Form = Callable[[Request], Awaitable[dict[str, list[str]] | None]]
Html = Callable[[str, int], HTMLResponse]


def valid_email(value: str) -> bool:
    return len(value) <= 254 and bool(_EMAIL.match(value)) and value.isascii()


class SignupForms:
    def __init__(
        self,
        db: RelayDatabase,
        secret: bytes,
        public_url: str,
        smtp: SmtpSettings | None,
        form: Form,
        html: Html,
    ) -> None:
        self._db = db
        self._key = hmac.new(secret, b"envoi-relay signup", hashlib.sha256).digest()
        self._public_url = public_url
        self._smtp = smtp
        self._form = form
        self._html = html
        self._recent: dict[str, list[float]] = {}

    def routes(self) -> list[Route]:
        return [
            Route("/s/{list_id:int}", self.page, methods=["GET"]),
            Route("/s/{list_id:int}", self.submit, methods=["POST"]),
            Route("/s/confirm/{token}", self.confirm_page, methods=["GET"]),
            Route("/s/confirm/{token}", self.confirm, methods=["POST"]),
        ]

    def _stamp(self, list_id: int, now: float) -> str:
        text = f"{list_id}.{int(now)}"
        mac = hmac.new(self._key, text.encode(), hashlib.sha256).hexdigest()[:16]
        return f"{text}.{mac}"

    def _stamp_ok(self, list_id: int, stamp: str, now: float) -> bool:
        parts = stamp.split(".")
        if len(parts) != 3 or not parts[1].isdigit():
            return False
        if not hmac.compare_digest(self._stamp(list_id, int(parts[1])), stamp):
            return False
        return MIN_SECONDS <= now - int(parts[1]) <= MAX_SECONDS

    def _allowed(self, ip: str, now: float) -> bool:
        times = [t for t in self._recent.get(ip, ()) if now - t < WINDOW]
        if len(self._recent) > 50_000:
            self._recent.clear()
        if len(times) >= PER_IP:
            self._recent[ip] = times
            return False
        times.append(now)
        self._recent[ip] = times
        return True

    @staticmethod
    def _lang(request: Request) -> str:
        return pages.language(request.headers.get("accept-language", ""))

    async def page(self, request: Request) -> Response:
        lang = self._lang(request)
        info = await run_in_threadpool(self._db.list_info, request.path_params["list_id"])
        if info is None:
            return self._html(pages.message_page(lang, "bad"), 404)
        sender = await run_in_threadpool(self._db.sender_name)
        return self._html(
            pages.signup_page(
                lang,
                action=request.url.path,
                list_name=info.name,
                sender=sender,
                stamp=self._stamp(info.id, time.time()),
            ),
            200,
        )

    async def submit(self, request: Request) -> Response:
        lang = self._lang(request)
        list_id = int(request.path_params["list_id"])
        form = await self._form(request)
        if form is None:
            return self._html(pages.message_page(lang, "error"), 400)
        info = await run_in_threadpool(self._db.list_info, list_id)
        if info is None:
            return self._html(pages.message_page(lang, "bad"), 404)

        def field(name: str) -> str:
            return (form.get(name) or [""])[0]

        now = time.time()
        email, name = field("email").strip(), _CONTROL.sub("", field("name")).strip()
        if (
            field("website")
            or not self._stamp_ok(list_id, field("stamp"), now)
            or field("consent") != "yes"
            or not valid_email(email)
            or len(name) > 200
        ):
            return self._html(pages.message_page(lang, "invalid"), 400)
        ip = request.client.host if request.client else ""
        if not self._allowed(ip, now):
            return self._html(pages.message_page(lang, "slow"), 429)
        if self._smtp is None:
            return self._html(pages.message_page(lang, "error"), 503)
        sender = await run_in_threadpool(self._db.sender_name)
        consent = pages.TEXT[lang]["consent"].format(list=info.name, sender=sender)
        token = secrets.token_urlsafe(24)
        row: dict[str, Any] = {
            "list_id": list_id, "email": email, "name": name, "ip": ip,
            "form_version": f"{lang}-{hashlib.sha256(consent.encode()).hexdigest()[:12]}",
            "requested_at": utc_now(), "token": token,
        }  # fmt: skip
        await run_in_threadpool(self._db.add_signup, row)
        base = self._public_url or str(request.base_url).rstrip("/")
        text = pages.TEXT[lang]
        await run_in_threadpool(
            send_mail, self._smtp, email, text["mail_subject"].format(list=info.name),
            text["mail_body"].format(list=info.name, sender=sender,
                                     link=f"{base}/s/confirm/{token}"),
        )  # fmt: skip
        return self._html(pages.message_page(lang, "check"), 200)

    async def confirm_page(self, request: Request) -> Response:
        lang = self._lang(request)
        token = request.path_params["token"]
        if len(token) > 64 or not await run_in_threadpool(self._db.signup_pending, token):
            return self._html(pages.message_page(lang, "bad"), 404)
        return self._html(pages.confirm_page(lang, action=request.url.path), 200)

    async def confirm(self, request: Request) -> Response:
        lang = self._lang(request)
        token = request.path_params["token"]
        proof = None if len(token) > 64 else await run_in_threadpool(
            self._db.confirm_signup, token
        )  # fmt: skip
        if proof is None:
            return self._html(pages.message_page(lang, "bad"), 404)
        return self._html(pages.message_page(lang, "confirmed"), 200)
