"""Content checks on one rendered message: what makes mail clipped, filtered or unreadable.

Run on the render for a sample (or chosen) contact. Each finding is a typed
``ContentIssue``; the links are listed with their text and target so a person can read
them over (a live check of each link is ``check_links``, done on demand, off the GUI
thread).
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser

from envoi.errors import Text
from envoi.templates.render import RenderedContent

GMAIL_CLIP_BYTES = 102 * 1024
UNSUBSCRIBE_WORDS = re.compile(
    r"unsubscribe|d[ée]sinscri|d[ée]sabonn|opt[ -]?out|abmelden", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ContentIssue:
    code: str  # size_over_102kb, no_text_part, image_without_alt, no_unsubscribe_link,
    # no_postal_address, all_image_content, empty_subject
    severity: str  # "error" blocks a send; "warning" is shown; "info" is for reading
    message: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True, slots=True)
class ContentReport:
    issues: tuple[ContentIssue, ...]
    links: tuple[Link, ...]
    html_bytes: int
    text_bytes: int


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[Link] = []
        self.images: list[tuple[str, str | None]] = []  # (src, alt)
        self.visible: list[str] = []
        self._href: str | None = None
        self._link_text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in ("style", "script", "head", "title"):
            self._skip += 1
        elif tag == "img":
            self.images.append((attributes.get("src") or "", attributes.get("alt")))
            if self._href is not None and attributes.get("alt"):
                self._link_text.append(f"[{attributes['alt']}]")
        elif tag == "a":
            self._href = (attributes.get("href") or "").strip()
            self._link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip = max(0, self._skip - 1)
        elif tag == "a" and self._href is not None:
            text = " ".join("".join(self._link_text).split())
            self.links.append(Link(text, self._href))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.visible.append(data)
        if self._href is not None:
            self._link_text.append(data)


def check_content(
    content: RenderedContent,
    *,
    unsubscribe_url: str = "",
    postal_address: str = "",
) -> ContentReport:
    """``unsubscribe_url`` and ``postal_address``: the values given to the render."""
    scan = _Scan()
    scan.feed(content.html)
    scan.close()
    html_bytes = len(content.html.encode("utf-8"))
    text_bytes = len(content.text.encode("utf-8"))
    issues: list[ContentIssue] = []
    if not content.subject.strip():
        issues.append(ContentIssue("empty_subject", "error", Text("The subject is empty.")))
    if html_bytes > GMAIL_CLIP_BYTES:
        issues.append(
            ContentIssue(
                "size_over_102kb",
                "warning",
                Text(
                    "The HTML is {value} KB: Gmail cuts messages over 102 KB and hides the rest "
                    "(often the unsubscribe link) behind a link.",
                    value=html_bytes // 1024,
                ),
                Text("{html_bytes} bytes", html_bytes=html_bytes),
            )
        )
    if not content.text.strip():
        issues.append(
            ContentIssue(
                "no_text_part",
                "warning",
                Text("The message has no plain-text part; some readers and filters want one."),
            )
        )
    for src, alt in scan.images:
        if alt is None:
            issues.append(
                ContentIssue(
                    "image_without_alt",
                    "warning",
                    Text("An image has no alt text; it shows as nothing when images are blocked."),
                    src[:200],
                )
            )
    if not _has_unsubscribe(content, scan.links, unsubscribe_url):
        issues.append(
            ContentIssue(
                "no_unsubscribe_link",
                "error",
                Text("The message has no unsubscribe link."),
                Text(
                    "Add {link} to the footer.",
                    link='<a href="{{ unsubscribe_url }}">Unsubscribe</a>',
                ),
            )
        )
    if not postal_address.strip():
        issues.append(
            ContentIssue(
                "no_postal_address",
                "warning",
                Text(
                    "No postal address is set for the sender; the law in many countries asks for "
                    "one in every marketing message."
                ),
            )
        )
    elif not _mentions(content, postal_address):
        issues.append(
            ContentIssue(
                "no_postal_address",
                "warning",
                Text("The sender's postal address does not appear in the message."),
                Text("Add {link} to the footer.", link="{{ sender.postal_address }}"),
            )
        )
    words = len(" ".join(scan.visible).split())
    if scan.images and words < 20 * max(1, len(scan.images)) and words < 60:
        issues.append(
            ContentIssue(
                "all_image_content",
                "warning",
                Text(
                    "The message is mostly images with little text; filters distrust that, and "
                    "readers who block images see nothing."
                ),
                Text("{count} images, {words} words", count=len(scan.images), words=words),
            )
        )
    return ContentReport(tuple(issues), tuple(scan.links), html_bytes, text_bytes)


def _has_unsubscribe(content: RenderedContent, links: Iterable[Link], url: str) -> bool:
    for link in links:
        if url and link.href == url:
            return True
        if UNSUBSCRIBE_WORDS.search(link.text) or UNSUBSCRIBE_WORDS.search(link.href):
            return True
    # A text-only message: the link written out.
    return not content.html and bool(url) and url in content.text


def _mentions(content: RenderedContent, address: str) -> bool:
    first_line = " ".join(address.split()).split(",")[0].strip().lower()
    haystack = " ".join(f"{content.html} {content.text}".split()).lower()
    return bool(first_line) and first_line in haystack


@dataclass(frozen=True, slots=True)
class LinkStatus:
    href: str
    ok: bool
    status: int | None
    error: str = ""


def check_links(links: Iterable[Link], timeout: float = 8.0) -> list[LinkStatus]:
    """A HEAD (then GET) request to each distinct http(s) link. Blocking: run it in a
    worker thread, never on the GUI thread."""
    results = []
    seen: set[str] = set()
    for link in links:
        href = link.href
        if href in seen or not href.startswith(("http://", "https://")):
            continue
        seen.add(href)
        status: int | None = None
        error = ""
        for method in ("HEAD", "GET"):
            request = urllib.request.Request(href, method=method, headers={"User-Agent": "Envoi"})
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    status = int(response.status)
                    break
            except Exception as exc:
                status = getattr(exc, "code", None)
                error = str(exc)
        results.append(LinkStatus(href, status is not None and status < 400, status, error))
    return results
