"""The links a message carries for its recipient: unsubscribe (the visible link and the
List-Unsubscribe header), preferences, view online.

The message factory is given a ``LinkProvider`` (recipient -> ``LinkSet``) and asks it
once per message; what the template shows as ``{{ unsubscribe_url }}`` and what the
List-Unsubscribe header says come from the same ``LinkSet``, so they cannot disagree.
``StandardLinks`` is Envoi's own: a ``mailto:`` to the mailbox the bounce poller reads,
or the HTTPS unsubscribe address of the settings; a relay (signed URLs, tracked links)
plugs in its own provider without touching the factory.

Who asked to unsubscribe is carried by the contact's opaque token, the one of
``X-Envoi-Contact`` (``envoi.message.contact_token``): it names nobody to an outsider,
cannot be forged for another contact, and the poller reads it back from the subject of
the unsubscribe mail, whatever address the mail comes from.
"""

from __future__ import annotations

import email
import email.policy
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

from envoi.errors import InvalidInputError, Text
from envoi.message.contact_token import contact_id_of, contact_token
from envoi.message.spec import Recipient
from envoi.templates.render import RenderedContent

UNSUBSCRIBE_SUBJECT = "unsubscribe"  # what bounces/parse recognises as an opt-out mail
TOKEN_PLACEHOLDER = "{token}"  # in an HTTPS unsubscribe address: where the token goes


@dataclass(frozen=True, slots=True)
class LinkSet:
    """One recipient's links. ``list_unsubscribe``: the List-Unsubscribe URIs (without
    angle brackets), the one ``unsubscribe_url`` shows first; ``one_click``: whether
    List-Unsubscribe-Post goes with them (RFC 8058: only for an https URI that takes a
    POST without a login)."""

    unsubscribe_url: str
    list_unsubscribe: tuple[str, ...]
    one_click: bool = False
    preferences_url: str = ""
    view_online_url: str = ""
    # Per recipient, after the render: the content with its links swapped for tracked
    # ones and an open pixel added (Envoi Relay, when the campaign tracks); None: as
    # rendered.
    rewrite: Callable[[RenderedContent], RenderedContent] | None = None


LinkProvider = Callable[[Recipient], LinkSet]

# The token of envoi.message.contact_token as it stands in a subject; a bare number is
# never taken here (anyone could write one).
_TOKEN = re.compile(r"\be1\.[A-Za-z0-9_-]{24}(?![A-Za-z0-9_-])")


def contact_in_subject(subject: str, key: bytes) -> int | None:
    """The contact whose unsubscribe mail this subject is (its token, made with ``key``)."""
    for candidate in _TOKEN.findall(subject):
        contact_id = contact_id_of(candidate, key)
        if contact_id is not None:
            return contact_id
    return None


def unsubscribe_mailto(mailbox: str, token: str = "") -> str:
    """``mailto:`` (RFC 6068) whose subject the bounce poller reads as an opt-out."""
    if not token:
        return _mailto_prefix(mailbox)
    if _URL_SAFE.fullmatch(token):  # a contact token: nothing to escape (once per message)
        return f"{_mailto_prefix(mailbox)}%20{token}"
    return f"{_mailto_prefix(mailbox)}{quote(' ' + token, safe='')}"


_URL_SAFE = re.compile(r"[A-Za-z0-9._~-]+")


@functools.lru_cache(maxsize=64)
def _mailto_prefix(mailbox: str) -> str:
    return f"mailto:{quote(mailbox, safe='@')}?subject={UNSUBSCRIBE_SUBJECT}"


def https_unsubscribe(url: str, token: str) -> str:
    """The configured HTTPS address with the token: at ``{token}``, else as ``t=``."""
    if TOKEN_PLACEHOLDER in url:
        return url.replace(TOKEN_PLACEHOLDER, token)
    if not token:
        return url
    return f"{url}{'&' if '?' in url else '?'}t={token}"


def check_https_url(url: str) -> str:
    url = url.strip()
    if url and (not url.lower().startswith("https://") or not url.isascii() or " " in url):
        raise InvalidInputError(
            Text("“{url}” is not an HTTPS address.", url=url),
            Text(
                "Give the https:// address of your unsubscribe page, or leave it empty to use an "
                "unsubscribe mail to the bounce mailbox."
            ),
        )
    return url


@dataclass(frozen=True, slots=True)
class StandardLinks:
    """Envoi's own links: an HTTPS unsubscribe page when one is configured, always the
    mailto to ``mailbox`` (the address the bounce poller reads), both carrying the
    recipient's token. A recipient without a contact (a test send) gets no token."""

    mailbox: str
    key: bytes
    https_url: str = ""
    one_click: bool = True

    def __call__(self, recipient: Recipient) -> LinkSet:
        contact = str(recipient.contact_id or "")
        token = contact_token(self.key, int(contact)) if contact.isdigit() else ""
        mailto = unsubscribe_mailto(self.mailbox, token)
        if self.https_url:
            url = https_unsubscribe(self.https_url, token)
            return LinkSet(url, (url, mailto), one_click=self.one_click)
        return LinkSet(mailto, (mailto,))


def static_links(mailto: str) -> LinkProvider:
    """Without a provider: the recipient's own https link, else the mailto of the
    settings (what the factory did before links were given to it)."""

    def links(recipient: Recipient) -> LinkSet:
        targets = [unsubscribe_mailto(mailto)] if mailto else []
        if recipient.unsubscribe_url:
            targets.append(recipient.unsubscribe_url)
        shown = recipient.unsubscribe_url or (targets[0] if targets else "")
        return LinkSet(shown, tuple(targets), recipient.unsubscribe_url.startswith("https://"))

    return links


# -- what a built message's links look like to its receiver ------------------------------

# Left by a template language or a mailing tool: never a working address.
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\*\||\|\*|%%|\[\[|\]\]|<%|\$\{")
_NOWHERE_TLDS = ("invalid", "localhost")  # RFC 6761: never an address on the Internet
# RFC 2606's names for examples: a sample's link the user should replace, not an error.
_SAMPLE_TLDS = ("example", "test")
_SAMPLE_HOSTS = ("example.com", "example.net", "example.org")
# Addresses a mail reader will not open from a message (or must not).
_UNUSABLE_SCHEMES = ("javascript", "vbscript", "data", "file", "about", "cid")
_UNSUBSCRIBE_TEXT = re.compile(
    r"unsubscri|d[ée]sinscri|d[ée]sabonn|opt[ -]?out|abmelden", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class LinkProblem:
    """``code``: empty_link, placeholder_link, reserved_host, relative_link,
    unusable_link, sample_host, no_list_unsubscribe, unsubscribe_elsewhere,
    unsubscribe_not_in_text."""

    code: str
    blocking: bool
    href: str = ""
    text: str = ""


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, list[str]]] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = next((v or "" for k, v in attrs if k == "href"), None)
            if href is not None:
                self._open = []
                self.links.append((href, self._open))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)


def message_links(data: bytes) -> tuple[list[tuple[str, str]], str, list[str]]:
    """(the HTML part's links as (href, text), the text part, the List-Unsubscribe URIs)
    of a built message, as a receiver's mail program reads them."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    html = text = ""
    for part in message.walk():
        if part.get_content_maintype() == "multipart" or part.is_attachment():
            continue
        if part.get_content_type() == "text/html" and not html:
            html = str(part.get_content())
        elif part.get_content_type() == "text/plain" and not text:
            text = str(part.get_content())
    parser = _Anchors()
    parser.feed(html)
    parser.close()
    links = [(href.strip(), " ".join("".join(words).split())) for href, words in parser.links]
    header = str(message.get("List-Unsubscribe", "") or "")
    return links, text, re.findall(r"<([^<>]*)>", header)


def _href_problem(href: str, text: str) -> LinkProblem | None:
    if href in ("", "#"):
        return LinkProblem("empty_link", True, href, text)
    if _LEFTOVER.search(href):
        return LinkProblem("placeholder_link", True, href, text)
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if not scheme:
        return LinkProblem("relative_link", True, href, text)
    if scheme in _UNUSABLE_SCHEMES:
        return LinkProblem("unusable_link", True, href, text)
    if scheme in ("http", "https"):
        host = (parts.hostname or "").rstrip(".").lower()
        tld = host.rpartition(".")[2]
        if not host or tld in _NOWHERE_TLDS:
            return LinkProblem("reserved_host", True, href, text)
        if tld in _SAMPLE_TLDS or any(host == h or host.endswith("." + h) for h in _SAMPLE_HOSTS):
            return LinkProblem("sample_host", False, href, text)
    elif scheme == "mailto":
        domain = parts.path.rpartition("@")[2].rstrip(".").lower()
        if not domain or domain.rpartition(".")[2] in _NOWHERE_TLDS:
            return LinkProblem("reserved_host", True, href, text)
    return None


def check_message_links(data: bytes) -> tuple[LinkProblem, ...]:
    """What would make a built message's links fail its reader: a link that goes nowhere
    (empty, "#", a template's leftover, a reserved or relative address) and a missing
    List-Unsubscribe block it; a sample address (example.com), an unsubscribe link other
    than the List-Unsubscribe target, or a text part without that target are warnings."""
    links, text, targets = message_links(data)
    problems = [p for href, words in links if (p := _href_problem(href, words)) is not None]
    if not targets:
        problems.append(LinkProblem("no_list_unsubscribe", True))
    for target in targets:
        problem = _href_problem(target, "List-Unsubscribe")
        if problem is not None and problem.blocking:
            problems.append(problem)
    shown = [h for h, words in links if h in targets or _UNSUBSCRIBE_TEXT.search(words)]
    for href in shown:
        if targets and href not in targets:
            problems.append(LinkProblem("unsubscribe_elsewhere", False, href))
    if targets and shown and not any(t in text for t in targets):
        problems.append(LinkProblem("unsubscribe_not_in_text", False, targets[0]))
    return tuple(problems)
