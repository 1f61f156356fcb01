"""A pure expression written many times is computed once per render, with the same output."""

from __future__ import annotations

from typing import Any

import pytest

from envoi.templates import sandbox
from envoi.templates.merge import Campaign, Sender, build_context, contact_values
from envoi.templates.render import CampaignTemplate, TemplateProblem, TemplateSource


class Counted:
    def __init__(self) -> None:
        self.reads = 0

    @property
    def name(self) -> str:
        self.reads += 1
        return "<Zoë>"


SOURCES = [
    "{{ o.name }} and {{ o.name }}, {{ o.name | upper }}{{ o.name|upper }}",
    "{% if flag %}{{ o.name }}{% endif %}{{ o.name }}-{{ o.name }}",
    "{% set x = o.name %}{{ x }}{{ o.name }}{{ o.name }}",  # assigns: left as it is
    "{% for i in [1, 2] %}{{ o.name }}{% endfor %}{{ o.name }}{{ o.name }}",
]


def render(source: str, share: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int]:
    if not share:
        monkeypatch.setattr(sandbox, "share_repeated_values", lambda template: 0)
    counted = Counted()
    env = sandbox.EnvoiSandbox(autoescape=True)
    template = env.from_string(source)
    chunks = list(template.generate(o=counted, flag=True))
    monkeypatch.undo()
    return chunks, counted.reads


@pytest.mark.parametrize("source", SOURCES)
def test_same_pieces_with_and_without_sharing(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    shared, reads = render(source, True, monkeypatch)
    plain, plain_reads = render(source, False, monkeypatch)
    assert shared == plain
    if source.startswith("{{"):
        assert (reads, plain_reads) == (2, 4)  # o.name and o.name|upper once each
    elif source.startswith("{% if"):
        assert (reads, plain_reads) == (2, 3)  # the one inside the if is left alone
    else:
        assert reads == plain_reads  # a template that assigns names is not rewritten


def context(**fields: Any) -> dict[str, Any]:
    contact = contact_values("a@example.com", "Ana", "", fields)
    return build_context(contact, Campaign("c"), Sender("S", "s@shop.example"))


def test_missing_values_are_still_reported() -> None:
    template = CampaignTemplate(
        TemplateSource(subject="x", text="{{ contact.city }} {{ contact.city }}\n")
    )
    content = template.render(context(city=""))
    assert "city" in content.missing


def test_an_error_names_the_line_of_the_first_place() -> None:
    source = "line one\n{{ contact.points | number }}\n{{ contact.first_name | int(1, 2, 3) }}\n"
    template = CampaignTemplate(TemplateSource(subject="x", text=source * 2))
    with pytest.raises(TemplateProblem) as info:
        template.render(context(points=12))
    assert info.value.line == 3
