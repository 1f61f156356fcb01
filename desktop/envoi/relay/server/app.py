"""The relay's ASGI application (Starlette): public endpoints and the API for Envoi.

Public, per recipient, each under a signed token (``envoi.relay.tokens``):
  POST /u/TOKEN  body ``List-Unsubscribe=One-Click``: RFC 8058 one-click, 200, nothing else
  GET  /u/TOKEN  the unsubscribe page and preference centre; its forms POST back here
  GET  /c/TOKEN  302 to the URL Envoi registered for that link (never an open redirect)
  GET  /o/TOKEN  the open pixel (recorded only when the campaign tracks opens)
The API (``Authorization: Bearer API-TOKEN``), under /api/v1: register a campaign (its
links; the answer carries the campaign's signing key), its recipients, the public lists;
pull events after a cursor, acknowledge them, purge old acknowledged ones.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from envoi.relay import tokens
from envoi.relay.server import logs, pages
from envoi.relay.server.db import CampaignInfo, ListInfo, RelayDatabase, utc_now
from envoi.relay.server.mailer import SmtpSettings
from envoi.relay.server.signup import SignupForms
from envoi.relay.server.verdict import BURST_SECONDS, classify
from envoi.relay.server.verdict import Request as VerdictRequest
from envoi.relay.server.webhooks import PARSERS, Webhooks, webhook_token
from envoi.relay.tokens import BadToken, TokenKind

ONE_CLICK_BODY = "List-Unsubscribe=One-Click"
PUBLIC_BODY_LIMIT = 16 * 1024
API_BODY_LIMIT = 16 * 1024 * 1024
MAX_EVENTS_PAGE = 20_000
# The smallest transparent GIF.
PIXEL = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)
_PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "img-src https: data:; form-action 'self'; frame-ancestors 'none'",
}
_NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


@dataclass(frozen=True, slots=True)
class RelaySettings:
    signing_secret: bytes
    api_token: str
    public_url: str = ""
    retention: timedelta = timedelta(days=30)
    purge_every: float = 3600.0
    flush_every: float = 0.2  # seconds between two writes of buffered clicks and opens
    smtp: SmtpSettings | None = None  # for sign-up confirmations (double opt-in)


class BodyTooLarge(Exception):
    pass


async def _body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _form(body: bytes) -> dict[str, list[str]]:
    """application/x-www-form-urlencoded, strictly UTF-8 (UnicodeDecodeError otherwise)."""
    text = body.decode("utf-8")
    return parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")


def _is_one_click(body: bytes, content_type: str) -> bool:
    """RFC 8058: the body holds ``List-Unsubscribe=One-Click``, form-encoded or multipart."""
    if content_type.startswith("multipart/form-data"):
        text = body.decode("utf-8", "replace")
        return 'name="List-Unsubscribe"' in text and "One-Click" in text
    try:
        form = _form(body)
    except (UnicodeDecodeError, ValueError):
        return False
    return form.get("List-Unsubscribe") == ["One-Click"] and set(form) == {"List-Unsubscribe"}


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def create_app(db: RelayDatabase, settings: RelaySettings) -> Starlette:
    secret = settings.signing_secret

    keys: dict[int, bytes] = {}

    def verified(token: str, kind: TokenKind) -> tokens.TokenData | None:
        try:
            return tokens.verify(token, secret, kind, keys)
        except BadToken:
            return None

    def lang_of(request: Request) -> str:
        return pages.language(request.headers.get("accept-language", ""))

    def html(text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(text, status, headers=_PAGE_HEADERS)

    relay_id = hmac.new(secret, b"envoi-relay id", "sha256").hexdigest()[:16]

    def record_unsubscribe(data: tokens.TokenData, source: str) -> None:
        # The address goes with the event: Envoi suppresses it even if the contact was
        # deleted since the send.
        person = db.recipient(data.campaign, data.contact)
        extra = {"source": source, "email": person.email if person else ""}
        db.record("unsubscribe", data.campaign, data.contact, data=extra)

    # -- unsubscribe and preferences -----------------------------------------------------

    async def unsubscribe_page(request: Request) -> Response:
        lang = lang_of(request)
        data = verified(request.path_params["token"], TokenKind.UNSUBSCRIBE)
        if data is None:
            return html(pages.message_page(lang, "bad"), 404)
        campaign = await run_in_threadpool(db.campaign, data.campaign)
        person = await run_in_threadpool(db.recipient, data.campaign, data.contact)
        public = await run_in_threadpool(db.public_lists)
        if campaign is None or person is None:
            return html(pages.message_page(lang, "bad"), 404)
        return html(
            pages.preference_page(
                lang,
                action=request.url.path,
                email=person.email,
                sender=campaign.sender_name or campaign.sender_email,
                logo_url=campaign.logo_url,
                public_lists=public,
                member_of=person.lists,
            )
        )

    async def unsubscribe_post(request: Request) -> Response:
        data = verified(request.path_params["token"], TokenKind.UNSUBSCRIBE)
        try:
            body = await _body(request, PUBLIC_BODY_LIMIT)
        except BodyTooLarge:
            return PlainTextResponse("Request body too large.\n", 413)
        content_type = request.headers.get("content-type", "")
        if _is_one_click(body, content_type):
            # RFC 8058 section 3: no page, no cookie, no redirect; the answer is 200.
            if data is None:
                return PlainTextResponse("Unknown or damaged unsubscribe link.\n", 404)
            await run_in_threadpool(record_unsubscribe, data, "one-click")
            return Response(status_code=200, headers={"Cache-Control": "no-store"})
        lang = lang_of(request)
        try:
            form = _form(body)
        except (UnicodeDecodeError, ValueError):
            return html(pages.message_page(lang, "error"), 400)
        choice = form.get("choice", [""])[0]
        if choice not in ("all", "lists"):
            return PlainTextResponse(
                "This address takes a POST with the body List-Unsubscribe=One-Click "
                "(RFC 8058), or the form of its page.\n",
                400,
            )
        if data is None:
            return html(pages.message_page(lang, "bad"), 404)
        campaign = await run_in_threadpool(db.campaign, data.campaign)
        person = await run_in_threadpool(db.recipient, data.campaign, data.contact)
        if campaign is None or person is None:
            return html(pages.message_page(lang, "bad"), 404)
        sender = campaign.sender_name or campaign.sender_email
        if choice == "all":
            await run_in_threadpool(record_unsubscribe, data, "page")
            return html(
                pages.done_page(lang, email=person.email, sender=sender, logo_url=campaign.logo_url)
            )
        public = await run_in_threadpool(db.public_lists)
        public_ids = {item.id for item in public}
        try:
            keep = sorted({int(v) for v in form.get("keep", [])} & public_ids)
        except ValueError:
            return html(pages.message_page(lang, "error"), 400)
        leave = sorted(public_ids - set(keep))
        await run_in_threadpool(
            db.record, "preferences", data.campaign, data.contact,
            data={"keep": keep, "leave": leave},
        )  # fmt: skip
        names = [item.name for item in public if item.id in keep]
        return html(
            pages.saved_page(lang, email=person.email, kept=names, logo_url=campaign.logo_url)
        )

    # -- tracking ----------------------------------------------------------------------

    # Clicks and opens are the hot path: no database round trip per request. Campaigns and
    # links are cached, the recent clicks of a recipient (for the burst rule) are kept in
    # memory, and events are written in batches a few times a second (a crash loses at
    # most that fraction of a second of clicks; unsubscribes are written at once).
    buffer: list[dict[str, Any]] = []
    recent_clicks: dict[tuple[int, int], list[float]] = {}

    def _recent(campaign_id: int, contact_id: int) -> int:
        now = time.monotonic()
        key = (campaign_id, contact_id)
        times = [t for t in recent_clicks.get(key, ()) if now - t < BURST_SECONDS]
        count = len(times)
        times.append(now)
        recent_clicks[key] = times
        if len(recent_clicks) > 100_000:  # forget the oldest half
            for old in list(recent_clicks)[:50_000]:
                del recent_clicks[old]
        return count

    async def flush() -> None:
        if buffer:
            rows = buffer[:]
            del buffer[:]
            await run_in_threadpool(db.record_many, rows)

    def _track(request: Request, data: tokens.TokenData, kind: str, hidden: bool = False) -> None:
        campaign = db.campaign(data.campaign)
        if campaign is None:
            return
        if not (campaign.track_clicks if kind == "click" else campaign.track_opens):
            return
        recent = _recent(data.campaign, data.contact) if kind == "click" else 0
        verdict, reason = classify(
            VerdictRequest(
                kind, request.method, request.headers.get("user-agent", ""),
                _client_ip(request), hidden, recent,
            )
        )  # fmt: skip
        buffer.append({
            "kind": kind, "campaign_id": data.campaign,
            "contact_id": None if campaign.anonymous else data.contact,
            "link_no": data.link, "at": utc_now(), "verdict": verdict, "reason": reason,
            "data": "{}",
        })  # fmt: skip

    async def click(request: Request) -> Response:
        data = verified(request.path_params["token"], TokenKind.CLICK)
        target = None if data is None else db.link(data.campaign, data.link)
        if data is None or target is None:
            return PlainTextResponse("Unknown link.\n", 404, headers=_NO_STORE)
        _track(request, data, "click", target.hidden)
        return Response(status_code=302, headers={"Location": target.url, **_NO_STORE})

    async def pixel(request: Request) -> Response:
        token = request.path_params["token"].removesuffix(".gif")
        data = verified(token, TokenKind.OPEN)
        if data is None:
            return PlainTextResponse("Unknown image.\n", 404, headers=_NO_STORE)
        _track(request, data, "open")
        return Response(PIXEL, media_type="image/gif", headers=_NO_STORE)

    # -- the API -----------------------------------------------------------------------

    Handler = Callable[[Request], Awaitable[Response]]

    def api(handler: Handler) -> Handler:
        async def guarded(request: Request) -> Response:
            scheme, _, given = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not given:
                return JSONResponse(
                    {"error": "missing bearer token"}, 401,
                    headers={"WWW-Authenticate": 'Bearer realm="envoi-relay"'},
                )  # fmt: skip
            if not hmac.compare_digest(given.strip().encode(), settings.api_token.encode()):
                return JSONResponse({"error": "wrong token"}, 403)
            try:
                return await handler(request)
            except BodyTooLarge:
                return JSONResponse({"error": "request body too large"}, 413)
            except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
                return JSONResponse({"error": f"bad request: {exc}"}, 400)

        return guarded

    async def json_body(request: Request) -> Any:
        return json.loads((await _body(request, API_BODY_LIMIT)).decode("utf-8"))

    async def health(request: Request) -> Response:
        pending = await run_in_threadpool(db.pending)
        base = settings.public_url or str(request.base_url).rstrip("/")
        hooks = {p: f"{base}/w/{p}/{webhook_token(secret)}" for p in [*PARSERS, "ses"]}
        return JSONResponse({"ok": True, "relay": relay_id, "pending_events": pending,
                             "public_url": settings.public_url, "webhooks": hooks})  # fmt: skip

    async def register_campaign(request: Request) -> Response:
        campaign_id = int(request.path_params["campaign"])
        body = await json_body(request)
        link_rows = []
        for item in body.get("links", []):
            url = str(item["url"])
            if urlsplit(url).scheme not in ("http", "https") or len(url) > 8000:
                raise ValueError(f"link {item.get('no')} is not an http(s) URL")
            link_rows.append((int(item["no"]), url, bool(item.get("hidden", False))))
        info = CampaignInfo(
            campaign_id,
            str(body.get("name", ""))[:200],
            str(body.get("sender_name", ""))[:200],
            str(body.get("sender_email", ""))[:320],
            str(body.get("logo_url", ""))[:2000],
            bool(body.get("track_clicks", False)),
            bool(body.get("track_opens", False)),
            bool(body.get("anonymous", False)),
        )
        await run_in_threadpool(db.register_campaign, info, link_rows)
        key = tokens.campaign_key(secret, campaign_id)
        return JSONResponse({"campaign": campaign_id, "key": key.hex(), "links": len(link_rows)})

    async def add_recipients(request: Request) -> Response:
        campaign_id = int(request.path_params["campaign"])
        body = await json_body(request)
        rows = [
            (
                int(item["contact"]),
                str(item["email"])[:320],
                [int(x) for x in item.get("lists", [])],
                bool(item.get("no_tracking", False)),
            )
            for item in body["recipients"]
        ]
        count = await run_in_threadpool(db.add_recipients, campaign_id, rows)
        return JSONResponse({"recipients": count})

    async def put_lists(request: Request) -> Response:
        body = await json_body(request)
        rows = [
            ListInfo(int(i["id"]), str(i["name"])[:200], str(i.get("description", ""))[:2000])
            for i in body["lists"]
        ]
        await run_in_threadpool(db.set_lists, rows)
        return JSONResponse({"lists": len(rows)})

    async def pull_events(request: Request) -> Response:
        await flush()
        after = int(request.query_params.get("after", "0"))
        limit = max(1, min(int(request.query_params.get("limit", "1000")), MAX_EVENTS_PAGE))
        found = await run_in_threadpool(db.events_after, after, limit)
        cursor = found[-1]["id"] if found else after
        return JSONResponse({"events": found, "cursor": cursor, "more": len(found) == limit})

    async def acknowledge(request: Request) -> Response:
        body = await json_body(request)
        count = await run_in_threadpool(db.acknowledge, int(body["through"]))
        return JSONResponse({"acknowledged": count})

    async def purge(request: Request) -> Response:
        body = await json_body(request)
        days = float(body.get("older_than_days", settings.retention.days))
        if days < 0:
            raise ValueError("older_than_days is negative")
        count = await run_in_threadpool(db.purge, timedelta(days=days))
        return JSONResponse({"purged": count})

    async def root(request: Request) -> Response:
        return PlainTextResponse("Envoi Relay\n")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        logs.install()  # here: after the server has set its logging up

        async def purge_now_and_then() -> None:
            while True:
                await run_in_threadpool(db.purge, settings.retention)
                await asyncio.sleep(settings.purge_every)

        async def flush_now_and_then() -> None:
            while True:
                await asyncio.sleep(settings.flush_every)
                await flush()

        tasks = [asyncio.create_task(purge_now_and_then()),
                 asyncio.create_task(flush_now_and_then())]  # fmt: skip
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await flush()

    async def read_form(request: Request) -> dict[str, list[str]] | None:
        try:
            return _form(await _body(request, PUBLIC_BODY_LIMIT))
        except (BodyTooLarge, UnicodeDecodeError, ValueError):
            return None

    forms = SignupForms(db, secret, settings.public_url, settings.smtp, read_form, html)

    routes = [  # the hot paths first: the router tries the routes in order
        Route("/c/{token}", click, methods=["GET", "HEAD"]),
        Route("/o/{token}", pixel, methods=["GET", "HEAD"]),
        Route("/u/{token}", unsubscribe_page, methods=["GET"]),
        Route("/u/{token}", unsubscribe_post, methods=["POST"]),
        Route("/", root),
        Route("/api/v1/health", api(health), methods=["GET"]),
        Route("/api/v1/campaigns/{campaign:int}", api(register_campaign), methods=["PUT"]),
        Route("/api/v1/campaigns/{campaign:int}/recipients", api(add_recipients), methods=["POST"]),
        Route("/api/v1/lists", api(put_lists), methods=["PUT"]),
        Route("/api/v1/events", api(pull_events), methods=["GET"]),
        Route("/api/v1/events/ack", api(acknowledge), methods=["POST"]),
        Route("/api/v1/purge", api(purge), methods=["POST"]),
        *forms.routes(),
        *Webhooks(db, secret).routes(),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
