"""Click and open tracking, per recipient, only for a campaign that asks for it.

Before the send, the template's links (static http(s) addresses of its HTML) are numbered
and registered on the relay. Per recipient, after the render, each such ``href`` becomes
``https://relay/c/TOKEN`` (the token names the campaign, the contact and the link's
number), the same addresses in the text part too; a link hidden from people (no person
can click it: a click there is a machine's) and, when opens are tracked, a 1x1 image are
added before ``</body>``. Only the pieces of the rendered content that hold a tracked
link change: the rest stays as rendered, so the message builder's per-piece encoding
cache keeps working.

A contact who chose "do not track" (the contact field ``do_not_track``) gets the message
as rendered.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from envoi.relay.tokens import TokenKind, TokenSigner
from envoi.templates.render import RenderedContent

_TEMPLATE_MARK = re.compile(r"\{\{|\{%|\}\}|%\}")
_UNSUBSCRIBE = re.compile(r"unsubscri|d[ée]sinscri|d[ée]sabonn|opt[ -]?out", re.IGNORECASE)


class _Hrefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            for name, value in attrs:
                if name == "href" and value:
                    self.found.append(value.strip())


def trackable_links(html: str) -> list[str]:
    """The template's static http(s) links, in order, once each: not those made by the
    template language (per recipient: the unsubscribe link), nor unsubscribe pages."""
    parser = _Hrefs()
    parser.feed(html)
    parser.close()
    seen: dict[str, None] = {}
    for href in parser.found:
        if not href.lower().startswith(("http://", "https://")) or _TEMPLATE_MARK.search(href):
            continue
        if _UNSUBSCRIBE.search(href) or len(href) > 2000:
            continue
        seen.setdefault(href, None)
    return list(seen)


@dataclass(frozen=True, slots=True)
class TrackedLink:
    number: int
    url: str
    hidden: bool = False


def numbered(urls: Sequence[str], hidden_target: str) -> list[TrackedLink]:
    """Links 1..N, then the hidden trap link (to ``hidden_target``)."""
    links = [TrackedLink(i, url) for i, url in enumerate(urls, start=1)]
    return [*links, TrackedLink(len(links) + 1, hidden_target, hidden=True)]


_URL_END = frozenset(" \t\r\n<>\"'()[]{}")


class ClickTracker:
    """One campaign's rewriting; ``rewrite(contact, content)`` per recipient."""

    def __init__(
        self,
        public_url: str,
        signer: TokenSigner,
        links: Sequence[TrackedLink],
        *,
        clicks: bool,
        opens: bool,
    ) -> None:
        self._base = public_url.rstrip("/")
        self._signer = signer
        self._clicks = clicks
        self._opens = opens
        shown = [link for link in links if not link.hidden]
        self._hidden = next((link.number for link in links if link.hidden), None)
        # In HTML an address stands escaped (&amp;) inside href="..."; in text, as is.
        self._number: dict[str, int] = {}
        for link in shown:
            self._number[link.url] = link.number
            self._number[html_lib.escape(link.url, quote=True)] = link.number
        self._raw = {link.url: link.number for link in shown}
        self._body_end = re.compile(r"</body\s*>", re.IGNORECASE)

    def _click(self, contact: int, number: int) -> str:
        return f"{self._base}/c/{self._signer.token(TokenKind.CLICK, contact, number)}"

    def _tail(self, contact: int) -> str:
        parts = []
        if self._clicks and self._hidden is not None:
            # No person sees or clicks it; a scanner that fetches every link does.
            parts.append(
                f'<a href="{self._click(contact, self._hidden)}" style="display:none" '
                'aria-hidden="true" tabindex="-1"></a>'
            )
        if self._opens:
            token = self._signer.token(TokenKind.OPEN, contact)
            parts.append(
                f'<img src="{self._base}/o/{token}.gif" width="1" height="1" alt="" '
                'style="display:block;width:1px;height:1px;border:0">'
            )
        return "".join(parts)

    def _swap_html(self, chunks: Sequence[str], contact: int) -> list[str]:
        """Each ``href="URL"`` (or ``href='URL'``) whose URL is a tracked link gets its
        relay address. str.find, not a regular expression: this runs per recipient."""
        out: list[str] = []
        numbers = self._number
        for chunk in chunks:
            start = chunk.find("href=")
            if start < 0:  # most pieces (merge values, plain text) hold no link
                out.append(chunk)
                continue
            last = 0
            while start >= 0:
                opening = start + 5
                quote = chunk[opening : opening + 1]
                if quote in ('"', "'"):
                    closing = chunk.find(quote, opening + 1)
                    number = numbers.get(chunk[opening + 1 : closing]) if closing > 0 else None
                    if number is not None:
                        out.append(chunk[last : opening + 1])
                        out.append(self._click(contact, number))
                        last = closing
                start = chunk.find("href=", opening)
            out.append(chunk[last:] if last else chunk)
        return [piece for piece in out if piece]

    def _swap_text(self, chunks: Sequence[str], contact: int) -> list[str]:
        """Each tracked address written out in the text part (a footnote, a bare link)."""
        out: list[str] = []
        numbers = self._raw
        for chunk in chunks:
            start = chunk.find("http")
            if start < 0:
                out.append(chunk)
                continue
            last = 0
            while start >= 0:
                end = start
                while end < len(chunk) and chunk[end] not in _URL_END:
                    end += 1
                url = chunk[start:end].rstrip(".,;:!?")
                number = numbers.get(url)
                if number is not None:
                    out.append(chunk[last:start])
                    out.append(self._click(contact, number))
                    last = start + len(url)
                start = chunk.find("http", max(end, start + 4))
            out.append(chunk[last:] if last else chunk)
        return [piece for piece in out if piece]

    def rewrite(self, contact: int, content: RenderedContent) -> RenderedContent:
        changes: dict[str, object] = {}
        if content.html:
            chunks = (
                self._swap_html(content.html_chunks or (content.html,), contact)
                if self._clicks
                else list(content.html_chunks or (content.html,))
            )
            tail = self._tail(contact)
            if tail:
                chunks = self._insert_tail(chunks, tail)
            changes.update(html="".join(chunks), html_chunks=tuple(chunks))
        if content.text and self._clicks and self._raw:
            chunks = self._swap_text(content.text_chunks or (content.text,), contact)
            changes.update(text="".join(chunks), text_chunks=tuple(chunks))
        return replace(content, **changes) if changes else content  # type: ignore[arg-type]

    def _insert_tail(self, chunks: list[str], tail: str) -> list[str]:
        for i in range(len(chunks) - 1, -1, -1):
            found = self._body_end.search(chunks[i])
            if found:
                chunk = chunks[i]
                return [*chunks[:i], chunk[: found.start()], tail, chunk[found.start() :],
                        *chunks[i + 1 :]]  # fmt: skip
        return [*chunks, tail]
