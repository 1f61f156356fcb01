"""The bounce mailbox: poll an IMAP folder, process each message, move it out of the way.

The stdlib imaplib is used from a worker thread (`poll_once_async` runs it in an executor
so the Qt/asyncio loop never blocks). A message is moved only after its bounce records are
committed; if the connection drops in between, the next poll fetches it again and the
sha256 check makes that a no-op, so nothing is lost and nothing is counted twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import re
import ssl
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from typing import Any

from envoi.bounces.service import BounceService
from envoi.errors import EnvoiError, InvalidInputError, Text
from envoi.store.secrets import KeyringSecretStore
from envoi.store.settings import Settings

SETTING_KEY = "bounces.mailbox"
KEYRING_SERVICE = "envoi-bounce-mailbox"


class MailboxError(EnvoiError):
    """The bounce mailbox cannot be reached or refuses us."""


class MailboxAuthError(MailboxError):
    """Wrong user name or password."""


def mailbox_keyring() -> KeyringSecretStore:
    """The mailbox password's store (the one SecretStore shape, envoi.store.secrets)."""
    return KeyringSecretStore(
        KEYRING_SERVICE,
        hint="Install and unlock a keyring (GNOME Keyring, KWallet, macOS Keychain or "
        "Windows Credential Locker), or run the fetch with --password-stdin.",
    )


def secret_name(host: str, user: str) -> str:
    """The name the mailbox password is kept under: the account and the server."""
    return f"{user}@{host}"


@dataclass(frozen=True, slots=True)
class MailboxSettings:
    host: str
    user: str
    port: int = 993
    security: str = "tls"  # tls | starttls | none
    folder: str = "INBOX"
    processed_folder: str = "Envoi/Processed"
    review_folder: str = "Envoi/Review"
    interval_seconds: int = 300
    timeout_seconds: float = 30.0

    def __post_init__(self) -> None:
        if self.security not in ("tls", "starttls", "none"):
            raise InvalidInputError(
                Text("“{security}” is not a mailbox security setting.", security=self.security),
                Text("Use tls, starttls or none."),
            )
        if not self.host or not self.user:
            raise InvalidInputError(
                Text("The bounce mailbox needs a server name and a user name."),
                Text("Fill in both in the bounce mailbox settings."),
            )

    def to_json(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__slots__}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MailboxSettings:
        known = {k: v for k, v in data.items() if k in cls.__slots__}
        return cls(**known)


def load_settings(service: BounceService) -> MailboxSettings | None:
    data = Settings(service.store).get_dict(SETTING_KEY)
    return MailboxSettings.from_json(data) if data else None


def save_settings(service: BounceService, settings: MailboxSettings) -> None:
    Settings(service.store).put(SETTING_KEY, settings.to_json())


@dataclass(frozen=True, slots=True)
class FetchReport:
    fetched: int = 0
    processed: int = 0
    unmatched: int = 0
    ignored: int = 0
    duplicates: int = 0


_LIST_RE = re.compile(rb'\((?P<flags>[^)]*)\) (?:"(?P<delim>[^"]*)"|NIL) ')


def _lost(settings: MailboxSettings, exc: BaseException, report: FetchReport) -> MailboxError:
    return MailboxError(
        Text("The connection to the bounce mailbox {host} was lost.", host=settings.host),
        Text(
            "Envoi will try again at the next check; messages already read were saved and the "
            "others are still in the mailbox."
        ),
        f"{type(exc).__name__}: {exc}; {report.processed + report.unmatched + report.ignored} "
        "message(s) handled before the loss",
    )


# --- the small IMAP API that fetching and waiting (idle.py) share -------------------------


def connect(settings: MailboxSettings) -> imaplib.IMAP4:
    """An IMAP connection to the mailbox, not yet logged in (MailboxError when unreachable)."""
    try:
        if settings.security == "tls":
            context = ssl.create_default_context()
            return imaplib.IMAP4_SSL(
                settings.host, settings.port, ssl_context=context, timeout=settings.timeout_seconds
            )
        conn = imaplib.IMAP4(settings.host, settings.port, timeout=settings.timeout_seconds)
        if settings.security == "starttls":
            conn.starttls(ssl.create_default_context())
        return conn
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailboxError(
            Text(
                "Envoi cannot connect to the bounce mailbox {host}:{port}.",
                host=settings.host,
                port=settings.port,
            ),
            Text("Check the server name, port and security setting, and your network."),
            f"{type(exc).__name__}: {exc}",
        ) from None


def login(conn: imaplib.IMAP4, settings: MailboxSettings, password: str) -> None:
    """Log in (MailboxAuthError when the server refuses the user name or password)."""
    try:
        conn.login(settings.user, password)
    except imaplib.IMAP4.error as exc:
        raise MailboxAuthError(
            Text(
                "The bounce mailbox {host} refused the user name or password.", host=settings.host
            ),
            Text(
                "Check the user name and enter the password again in the bounce mailbox settings."
            ),
            str(exc),
        ) from None


def ok(result: tuple[str, list[Any]], what: str) -> list[Any]:
    """The data of an IMAP command's ``OK`` answer; imaplib's error for anything else."""
    status, data = result
    if status != "OK":
        raise imaplib.IMAP4.error(f"{what}: {status} {data!r}")
    return data


def _folder(conn: imaplib.IMAP4, name: str) -> str:
    """`Envoi/Processed` written with the server's hierarchy delimiter, created if missing."""
    status, data = conn.list('""', '""')
    delim = "/"
    if status == "OK" and data and isinstance(data[0], bytes):
        m = _LIST_RE.match(data[0])
        if m and m.group("delim"):
            delim = m.group("delim").decode()
    real = name.replace("/", delim)
    conn.create(quote_folder(real))  # "already exists" is fine
    conn.subscribe(quote_folder(real))
    return real


def quote_folder(name: str) -> str:
    """A folder name as an IMAP quoted string."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _move(conn: imaplib.IMAP4, uid: bytes, folder: str, can_move: bool) -> None:
    if can_move:
        ok(conn.uid("MOVE", uid.decode(), quote_folder(folder)), "MOVE")
        return
    ok(conn.uid("COPY", uid.decode(), quote_folder(folder)), "COPY")
    ok(conn.uid("STORE", uid.decode(), "+FLAGS.SILENT", r"(\Deleted)"), "STORE")
    conn.expunge()


def fetch_once(
    settings: MailboxSettings, password: str, service: BounceService, limit: int | None = None
) -> FetchReport:
    """Read every message of the folder once: process, then move (blocking; use a thread)."""
    conn = connect(settings)
    report = FetchReport()
    try:
        login(conn, settings, password)
        try:
            done = ok(conn.select(quote_folder(settings.folder)), "SELECT")
            del done
            processed_folder = _folder(conn, settings.processed_folder)
            review_folder = _folder(conn, settings.review_folder)
            can_move = "MOVE" in conn.capabilities
            uids = ok(conn.uid("SEARCH", "ALL"), "SEARCH")[0].split()
            for uid in uids[:limit] if limit else uids:
                data = ok(conn.uid("FETCH", uid.decode(), "(BODY.PEEK[])"), "FETCH")
                raw = next((part[1] for part in data if isinstance(part, tuple)), None)
                if raw is None:
                    continue  # expunged by someone else meanwhile
                report = replace(report, fetched=report.fetched + 1)
                outcome = service.process(
                    bytes(raw), source=f"imap://{settings.user}@{settings.host}/{settings.folder}"
                )
                if outcome.duplicate:
                    report = replace(report, duplicates=report.duplicates + 1)
                elif outcome.state == "unmatched":
                    report = replace(report, unmatched=report.unmatched + 1)
                elif outcome.state == "ignored":
                    report = replace(report, ignored=report.ignored + 1)
                else:
                    report = replace(report, processed=report.processed + 1)
                target = review_folder if outcome.state == "unmatched" else processed_folder
                _move(conn, uid, target, can_move)
        except (imaplib.IMAP4.abort, OSError) as exc:  # OSError covers timeouts
            raise _lost(settings, exc, report) from None
        except imaplib.IMAP4.error as exc:
            raise MailboxError(
                Text("The bounce mailbox {host} answered with an error.", host=settings.host),
                Text(
                    "Check that the folder “{folder}” exists and that the account may create "
                    "folders.",
                    folder=settings.folder,
                ),
                str(exc),
            ) from None
        return report
    finally:
        # The connection may already be gone; there is nothing left to clean up then.
        with contextlib.suppress(Exception):
            conn.logout()


async def poll_once_async(
    settings: MailboxSettings,
    password: str,
    service: BounceService,
    executor: Executor | None = None,
) -> FetchReport:
    """`fetch_once` in a worker thread: the event loop keeps running meanwhile."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, fetch_once, settings, password, service)


async def poll_forever(
    settings: MailboxSettings,
    password: str,
    service: BounceService,
    on_report: Any = None,
    on_error: Any = None,
    executor: Executor | None = None,
) -> None:
    """Check now, then whenever IDLE says new mail came (where the server offers it) or at
    the configured interval; until cancelled. Errors are reported, not fatal. The blocking
    IMAP calls run in ``executor`` (the loop's default if None)."""
    from envoi.bounces.idle import wait_for_mail_async

    while True:
        try:
            report = await poll_once_async(settings, password, service, executor)
            if on_report is not None:
                on_report(report)
        except MailboxError as exc:
            if on_error is None:
                raise
            on_error(exc)
        try:
            waited = await wait_for_mail_async(
                settings, password, settings.interval_seconds, executor
            )
        except MailboxError as exc:
            waited = None
            if on_error is not None:
                on_error(exc)
        if waited is None:  # no IDLE (or it failed): plain polling
            await asyncio.sleep(settings.interval_seconds)
