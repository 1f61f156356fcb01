"""The text part's link footnotes: no empty or unreferenced entry, numbered from 1."""

from __future__ import annotations

import re

from envoi.templates.html_text import tidy_footnotes
from envoi.templates.merge import Campaign, Sender, build_context, contact_values
from envoi.templates.render import CampaignTemplate, TemplateSource

HTML = """<html><body><p>Hello {{ contact.first_name }}</p>
<p>See <a href="https://shop.example/new">our shop</a>.</p>
{% if view_online_url %}<p><a href="{{ view_online_url }}">View online</a></p>{% endif %}
<p><a href="{{ contact.fields.page }}">your page</a></p>
<p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>"""


def _text(unsubscribe: str, view: str, page: str = "") -> str:
    contact = contact_values("a@example.com", "Ann", fields={"page": page} if page else {})
    ctx = build_context(contact, Campaign("c"), Sender("S", "s@example.com"), unsubscribe, view)
    return CampaignTemplate(TemplateSource("s", HTML)).render(ctx).text


def _check(text: str) -> tuple[list[str], list[str]]:
    body, _, notes = text.rstrip("\n").rpartition("\n\n")
    lines = notes.split("\n") if notes.startswith("[1]") else []
    refs = re.findall(r" \[(\d+)\]", body)
    numbers = [line.split("]")[0][1:] for line in lines]
    assert numbers == [str(n) for n in range(1, len(lines) + 1)]
    assert sorted(set(refs), key=int) == numbers  # every note referenced, every ref noted
    assert all(line.split("] ", 1)[1].strip() not in ("", "#") for line in lines)
    return refs, lines


def test_no_empty_or_unreferenced_footnotes() -> None:
    _, lines = _check(_text("", ""))
    assert lines == ["[1] https://shop.example/new"]
    _, lines = _check(_text("https://u.example/x", ""))
    assert lines == ["[1] https://shop.example/new", "[2] https://u.example/x"]
    _, lines = _check(_text("https://u.example/x", "https://v.example", "https://p.example"))
    assert lines[1:] == [
        "[2] https://v.example",
        "[3] https://p.example",
        "[4] https://u.example/x",
    ]


def test_a_page_without_a_change_comes_back_as_it_is() -> None:
    text = "Hello [1] and [2]\n\n[1] https://a.example\n[2] https://b.example\n"
    assert tidy_footnotes(text) is text
    plain = "No links at all.\n"
    assert tidy_footnotes(plain) is plain


def test_text_that_only_looks_like_a_reference_is_kept() -> None:
    text = "Room [7] and a link [1] and [2]\n\n[1] \n[2] https://b.example\n"
    assert tidy_footnotes(text) == "Room [7] and a link and [1]\n\n[1] https://b.example\n"
