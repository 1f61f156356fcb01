"""The plain-text part, written from the HTML: paragraphs, lists, and links as footnotes.

``html_to_text`` works on a rendered page. It also works on a *template*: Jinja tags are
plain text to an HTML parser, so ``protect``/``restore`` (in ``envoi.templates.markers``)
let us convert the HTML template once per campaign into a text template, instead of
parsing 20 KB of HTML for every recipient.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset(
    {
        "p",
        "div",
        "table",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "center",
        "main",
        "aside",
        "nav",
    }
)
_SKIP = frozenset({"style", "script", "head", "title"})


class _TextWriter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.links: list[str] = []
        self.skip = 0
        self.href: str | None = None
        self.link_text: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _SKIP:
            self.skip += 1
            return
        style = (attributes.get("style") or "").replace(" ", "").lower()
        if self.hidden or "display:none" in style:
            # The preheader and other hidden text do not belong in the text part.
            if tag not in _VOID:
                self.hidden += 1
            return
        if tag == "br":
            self.out.append("\n")
        elif tag in _BLOCK:
            self.out.append("\n\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag == "td":
            self.out.append(" ")
        elif tag == "hr":
            self.out.append("\n\n----------\n\n")
        elif tag == "img":
            alt = (attributes.get("alt") or "").strip()
            if alt:
                self.out.append(f"[{alt}]")
        elif tag == "a":
            self.href = (attributes.get("href") or "").strip() or None
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.hidden:
            self.hidden -= 1
            return
        if tag == "a" and self.href is not None:
            href, text = self.href, "".join(self.link_text).strip()
            self.href = None
            if href.startswith("#") or href == text or href == f"mailto:{text}":
                return
            if href not in self.links:
                self.links.append(href)
            self.out.append(f" [{self.links.index(href) + 1}]")
        elif tag in _BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.skip or self.hidden:
            return
        text = re.sub(r"\s+", " ", data)
        self.out.append(text)
        if self.href is not None:
            self.link_text.append(text)

    def handle_comment(self, data: str) -> None:
        # Placeholders for Jinja statements survive as comments (see markers.protect).
        if data.startswith("ej:") and not self.skip:
            self.out.append(f"<!--{data}-->")


_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "area", "wbr", "source"})


def html_to_text(html: str, width: int = 76) -> str:
    """Readable text for the text/plain part; links become numbered footnotes."""
    writer = _TextWriter()
    writer.feed(html)
    writer.close()
    text = "".join(writer.out)
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    text = "\n".join(_wrap(line, width) for line in text.split("\n"))
    if writer.links:
        notes = "\n".join(f"[{n}] {href}" for n, href in enumerate(writer.links, 1))
        text = f"{text}\n\n{notes}"
    return text + "\n"


_NOTE = re.compile(r"\[(\d+)\](?: (.*))?")
_REFERENCE = re.compile(r" \[(\d+)\]")
_NO_LINK = frozenset({"", "#"})


def tidy_footnotes(text: str) -> str:
    """The footnotes of a text part rendered from a converted template, as the reader
    needs them: a link that came out empty (an unset merge value) or whose reference sat
    in a block the template left out is dropped with its reference, and the rest are
    numbered again from 1. ``text`` comes back as it is when nothing needs doing."""
    end = len(text.rstrip("\n"))
    cut = text.rfind("\n\n", 0, end)
    if cut < 0 or not text.startswith("[1]", cut + 2):
        return text
    notes = [_NOTE.fullmatch(line) for line in text[cut + 2 : end].split("\n")]
    if not all(notes):
        return text
    body = text[:cut]
    referenced = set(_REFERENCE.findall(body))
    kept = [
        (m.group(1), (m.group(2) or "").strip())
        for m in notes
        if m is not None and (m.group(2) or "").strip() not in _NO_LINK
        and m.group(1) in referenced
    ]  # fmt: skip
    numbers = {old: str(n) for n, (old, _) in enumerate(kept, 1)}
    if len(kept) == len(notes) and all(old == new for old, new in numbers.items()):
        return text
    known = {m.group(1) for m in notes if m is not None}

    def renumber(match: re.Match[str]) -> str:
        old = match.group(1)
        if old not in known:
            return match.group(0)  # text of the page that only looks like a reference
        return f" [{numbers[old]}]" if old in numbers else ""

    body = _REFERENCE.sub(renumber, body)
    if not kept:
        return body.rstrip("\n") + "\n"
    footer = "\n".join(f"[{numbers[old]}] {href}" for old, href in kept)
    return f"{body}\n\n{footer}{text[end:]}"


def _wrap(line: str, width: int) -> str:
    if len(line) <= width:
        return line
    out, current = [], ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return "\n".join(out)
