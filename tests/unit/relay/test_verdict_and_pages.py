"""Human or machine, with the reason; the page's language and its escaping."""

from __future__ import annotations

import pytest

from envoi.relay.server import pages
from envoi.relay.server.db import ListInfo
from envoi.relay.server.verdict import HUMAN, MACHINE, Request, classify

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        (Request("click", "GET", FIREFOX, "203.0.113.5"), (HUMAN, "")),
        (Request("open", "GET", FIREFOX, "203.0.113.5"), (HUMAN, "")),
        (Request("click", "HEAD", FIREFOX, "203.0.113.5"), (MACHINE, "head_request")),
        (Request("click", "GET", FIREFOX, "203.0.113.5", hidden_link=True),
         (MACHINE, "hidden_link")),
        (Request("open", "GET", "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 "
                 "(via ggpht.com GoogleImageProxy)", "66.249.84.1"),
         (MACHINE, "gmail_image_proxy")),
        (Request("open", "GET", "Mozilla/5.0", "17.58.1.2"), (MACHINE, "apple_mpp")),
        (Request("open", "GET", FIREFOX, "17.58.1.2"), (MACHINE, "apple_mpp")),
        (Request("click", "GET", FIREFOX, "40.92.12.3"), (MACHINE, "microsoft_safe_links")),
        (Request("click", "GET", "Mozilla/5.0 Barracuda Sentinel", "198.51.100.1"),
         (MACHINE, "scanner_user_agent")),
        (Request("click", "GET", "curl/8.5.0", "198.51.100.1"), (MACHINE, "scanner_user_agent")),
        (Request("click", "GET", "", "198.51.100.1"), (MACHINE, "no_user_agent")),
        (Request("click", "GET", FIREFOX, "198.51.100.1", clicks_just_before=2),
         (MACHINE, "burst_clicks")),
    ],
)  # fmt: skip
def test_verdicts(request_: Request, expected: tuple[str, str]) -> None:
    assert classify(request_) == expected


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("", "en"),
        ("fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr"),
        ("en-US,en;q=0.9,fr;q=0.8", "en"),
        ("de-DE,de;q=0.9,fr;q=0.5", "fr"),
        ("fr-CA", "fr"),
        ("ja,zh;q=0.5", "en"),
        ("fr;q=abc", "fr"),
    ],
)
def test_language(header: str, lang: str) -> None:
    assert pages.language(header) == lang


def test_page_escapes_everything() -> None:
    html = pages.preference_page(
        "en",
        action="/u/abc",
        email="<b>x</b>@example.org",
        sender="Evil <script>alert(1)</script>",
        logo_url='https://x.example/"onerror="alert(1)',
        public_lists=[ListInfo(1, "<img src=x>", "' OR 1=1 --")],
        member_of=[1],
    )
    assert "<script>" not in html and "<img src=x>" not in html and "<b>x</b>" not in html
    assert '"onerror="' not in html
    assert "&lt;script&gt;" in html
