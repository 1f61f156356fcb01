"""Per-recipient click and open tracking on rendered content."""

from __future__ import annotations

from envoi.relay import tokens
from envoi.relay.client.tracking import ClickTracker, numbered, trackable_links
from envoi.relay.tokens import TokenKind, TokenSigner
from envoi.templates.render import RenderedContent

SECRET = b"k" * 32
HTML = (
    '<html><body><p>Hi <a href="https://shop.example/bread?a=1&amp;b=2">bread</a>, '
    "<a href='https://shop.example/cakes'>cakes</a>, "
    '<a href="{{ unsubscribe_url }}">unsubscribe</a> '
    '<a href="https://shop.example/unsubscribe">old page</a> '
    '<a href="mailto:shop@example.org">mail us</a> '
    '<a href="https://shop.example/bread?a=1&amp;b=2">again</a></p></body></html>'
)


def _tracker(clicks: bool = True, opens: bool = False) -> ClickTracker:
    signer = TokenSigner(9, tokens.campaign_key(SECRET, 9))
    links = numbered(trackable_links(HTML), "https://relay.example/")
    return ClickTracker("https://relay.example", signer, links, clicks=clicks, opens=opens)


def _content(html: str, text: str) -> RenderedContent:
    middle = len(html) // 2
    return RenderedContent("S", "", html, text, frozenset(), (html[:middle], html[middle:]),
                           (text,))  # fmt: skip


def _tokens(html: str, kind: str) -> list[tokens.TokenData]:
    import re

    found = re.findall(rf"https://relay\.example/{kind}/([A-Za-z0-9_-]+)", html)
    expected = TokenKind.CLICK if kind == "c" else TokenKind.OPEN
    return [tokens.verify(t.removesuffix(".gif"), SECRET, expected) for t in found]


def test_trackable_links_are_the_static_http_ones() -> None:
    assert trackable_links(HTML) == ["https://shop.example/bread?a=1&b=2",
                                     "https://shop.example/cakes"]  # fmt: skip


def test_links_swapped_per_recipient_in_html_and_text() -> None:
    rendered = HTML.replace("{{ unsubscribe_url }}", "https://relay.example/u/XYZ")
    text = "Bread: https://shop.example/bread?a=1&b=2.\nCakes https://shop.example/cakes\n"
    out = _tracker().rewrite(42, _content(rendered, text))
    assert "shop.example/bread" not in out.html and "shop.example/cakes" not in out.html
    assert "https://relay.example/u/XYZ" in out.html  # the unsubscribe link is left alone
    assert "https://shop.example/unsubscribe" in out.html and "mailto:shop@" in out.html
    found = _tokens(out.html, "c")
    assert [(t.contact, t.link) for t in found] == [(42, 1), (42, 2), (42, 1), (42, 3)]
    assert 'style="display:none"' in out.html.split("</p>")[1]  # the hidden link, link 3
    assert out.html.endswith("</body></html>")
    assert "".join(out.html_chunks) == out.html
    assert [(t.contact, t.link) for t in _tokens(out.text, "c")] == [(42, 1), (42, 2)]
    assert out.text.endswith(".\nCakes https://relay.example/c/" + out.text.split("/c/")[-1])
    other = _tracker().rewrite(43, _content(rendered, text))
    assert other.html != out.html and _tokens(other.html, "c")[0].contact == 43


def test_open_pixel_only_when_asked() -> None:
    plain = _tracker(clicks=False, opens=False).rewrite(1, _content(HTML, "x"))
    assert plain.html == HTML
    opened = _tracker(clicks=False, opens=True).rewrite(7, _content(HTML, "x"))
    (pixel,) = _tokens(opened.html, "o")
    assert pixel.contact == 7 and 'width="1"' in opened.html
    assert "shop.example/cakes" in opened.html  # links untouched without click tracking


def test_unchanged_chunks_stay_the_same_strings() -> None:
    static = "<p>" + "no link here " * 20 + "</p>"
    content = RenderedContent("S", "", static + HTML, "t", frozenset(), (static, HTML), ("t",))
    out = _tracker().rewrite(5, content)
    assert out.html_chunks[0] is static
