"""Rendering: context, filters for fr/en, errors that name line and column, missing values."""

from __future__ import annotations

from datetime import date

import pytest

from envoi.templates.html_text import html_to_text
from envoi.templates.locale_format import format_currency, format_date, format_number, name_case
from envoi.templates.merge import (
    SAMPLE_CONTACT,
    Campaign,
    Sender,
    build_context,
    contact_values,
)
from envoi.templates.render import CampaignTemplate, TemplateProblem, TemplateSource

SENDER = Sender("Boutique Dupré", "news@boutique.example", "12 rue de la Paix, 75002 Paris")


def ctx(contact=SAMPLE_CONTACT, **links: str):
    return build_context(contact, Campaign("Spring", locale="en"), SENDER, **links)


def test_context_gives_contact_campaign_sender_and_links() -> None:
    t = CampaignTemplate(
        TemplateSource(
            subject="{{ contact.first_name }}, {{ campaign.name }}",
            text="{{ contact.fields.city }} {{ contact.city }} {{ sender.postal_address }} "
            "{{ unsubscribe_url }} {{ view_online_url }} {{ 'vip' in contact.tags }}",
        )
    )
    out = t.render(ctx(unsubscribe_url="https://u.example/x", view_online_url="https://v/1"))
    assert out.subject == "Élodie, Spring"
    assert out.text == (
        "Lyon Lyon 12 rue de la Paix, 75002 Paris https://u.example/x https://v/1 True"
    )
    assert out.missing == frozenset()


def test_locale_filters_follow_the_contact() -> None:
    t = CampaignTemplate(
        TemplateSource(
            subject="s",
            text="{{ contact.member_since|date }}|{{ contact.points|number }}|"
            "{{ 1234.5|currency }}|{{ contact.member_since|date('short') }}",
        )
    )
    french = t.render(ctx()).text
    assert french == "1er mars 2021|1\u202f250|1\u202f234,50\u00a0€|01/03/2021"
    english = contact_values("a@example.com", fields={"member_since": "2021-03-01", "points": 1250})
    assert t.render(ctx(english)).text == "March 1, 2021|1,250|€1,234.50|03/01/2021"


def test_format_helpers() -> None:
    assert format_date(date(2026, 11, 26), "full", "fr") == "jeudi 26 novembre 2026"
    assert format_date(date(2026, 11, 26), "full", "en-GB") == "Thursday, November 26, 2026"
    assert format_date("not a date") == "not a date"
    assert format_number(-1234567.891, 2, "fr_FR") == "-1\u202f234\u202f567,89"
    assert format_number("12,5", None, "en") == "12.5"
    assert format_currency(-3, "USD", "en") == "-$3.00"
    assert name_case("JEAN-PIERRE DE LA FONTAINE") == "Jean-Pierre de la Fontaine"
    assert name_case("o'neil") == "O'Neil"


def test_default_filter_and_missing_values_are_recorded() -> None:
    t = CampaignTemplate(
        TemplateSource(
            subject="Hi {{ contact.first_name|default('friend', true) }}",
            text="{{ contact.company }}{% if contact.vip %}{{ contact.vip_code }}{% endif %}",
        )
    )
    bare = contact_values("a@example.com")
    out = t.render(ctx(bare))
    assert out.subject == "Hi friend"
    assert out.text == ""
    # vip_code is read only inside a false {% if %}: not needed for this contact.
    assert out.missing == {"first_name", "company", "vip"}


def test_syntax_error_names_line_and_column() -> None:
    with pytest.raises(TemplateProblem) as info:
        CampaignTemplate(TemplateSource(subject="s", html="<p>\n  ok\n  {% for x in y %}\n"))
    assert info.value.part == "html"
    assert info.value.line is not None
    with pytest.raises(TemplateProblem) as info:
        CampaignTemplate(TemplateSource(subject="s", html="<p>\n<b>{{ contact.x | }}</b>"))
    assert (info.value.line, info.value.column) == (2, 4)
    assert "line 2, column 4" in info.value.user_message
    with pytest.raises(TemplateProblem) as info:
        CampaignTemplate(TemplateSource(subject="s", text="a\nb {% endfo %}"))
    assert info.value.line == 2 and info.value.column == 6


def test_runtime_error_names_the_users_line_even_after_inlining() -> None:
    html = (
        "<html><head><style>p { color: red }</style></head>\n<body>\n<p>x</p>\n"
        "<p>{{ 1 / 0 }}</p>\n</body></html>"
    )
    t = CampaignTemplate(TemplateSource(subject="s", html=html))
    with pytest.raises(TemplateProblem) as info:
        t.render(ctx())
    assert info.value.part == "html"
    assert info.value.line == 4


def test_css_is_inlined_and_media_queries_kept() -> None:
    html = (
        "<html><head><style>.btn { color: #fff } @media (max-width: 600px) "
        "{ .btn { width: 100% } }</style></head><body><table>{% for t in contact.tags %}"
        "<tr><td><a class='btn' href='{{ unsubscribe_url }}'>{{ t }}</a></td></tr>"
        "{% endfor %}</table></body></html>"
    )
    out = CampaignTemplate(TemplateSource(subject="s", html=html)).render(
        ctx(unsubscribe_url="https://u.example/?a=1&b=2")
    )
    assert 'style="color: #fff;"' in out.html
    assert "@media (max-width: 600px)" in out.html
    assert 'href="https://u.example/?a=1&amp;b=2"' in out.html
    assert ">vip</a>" in out.html


def test_text_is_derived_from_html_with_footnotes() -> None:
    html = (
        "<html><body><div style='display:none'>{{ preheader }}</div><h1>News for "
        "{{ contact.first_name }}</h1><p>See <a href='https://shop.example/a'>our shop</a>"
        " &amp; more.</p><ul><li>One</li><li>Two</li></ul>"
        "<img src='x.png' alt='Logo'><p><a href='{{ unsubscribe_url }}'>Unsubscribe</a></p>"
        "</body></html>"
    )
    t = CampaignTemplate(TemplateSource(subject="s", preheader="Hidden pre", html=html))
    out = t.render(ctx(unsubscribe_url="https://u.example/1"))
    assert "Hidden pre" not in out.text
    assert "News for Élodie" in out.text
    assert "See our shop [1] & more." in out.text
    assert "- One\n- Two" in out.text
    assert "[Logo]" in out.text
    assert out.text.endswith("[1] https://shop.example/a\n[2] https://u.example/1\n")
    # Ahead-of-time conversion agrees with converting the rendered page.
    assert out.text.strip() == html_to_text(out.html).strip()


def test_preheader_is_placed_when_the_html_does_not() -> None:
    t = CampaignTemplate(
        TemplateSource(
            subject="s",
            preheader="Hi {{ contact.first_name }}",
            html="<html><body class='x'><p>Body</p>\n{{ 1/0 }}</body></html>",
        )
    )
    with pytest.raises(TemplateProblem) as info:
        t.render(ctx())
    assert info.value.line == 2  # the user's line numbers are kept
    ok = CampaignTemplate(
        TemplateSource(subject="s", preheader="Hi {{ contact.first_name }}",
                       html="<html><body class='x'><p>Body</p></body></html>")
    ).render(ctx())  # fmt: skip
    assert "display:none" in ok.html.replace(" ", "")
    assert "Hi Élodie</div><p>Body</p>" in ok.html
    assert "Hi Élodie" not in ok.text  # hidden text stays out of the text part


def test_remembered_filters_give_the_same_results() -> None:
    html = (
        "{% for i in range(3) %}{{ contact.email|urlencode }}|{{ contact.first_name|upper }}|"
        "{{ '<b>x</b>'|upper }}|{{ ('<i>'|safe)|upper }}|{{ ' a '|trim }}|{{ ' ab '|trim('a ') }}"
        "\n{% endfor %}"
    )
    out = CampaignTemplate(TemplateSource(subject="s", html=html)).render(ctx()).html
    line = "elodie.dupre%40example.com|ÉLODIE|&lt;B&gt;X&lt;/B&gt;|<I>|a|b\n"
    assert out == line * 3


def test_jinja_inside_an_html_tag_falls_back_to_inlining_each_page() -> None:
    html = (
        "<html><head><style>.a { color: red } p { margin: 0 }</style></head><body>"
        '<p {% if contact.city %}class="a"{% endif %}>{{ contact.city }}</p>'
        "<p><a href='{{ unsubscribe_url }}'>Unsubscribe</a></p></body></html>"
    )
    out = CampaignTemplate(TemplateSource(subject="s", html=html)).render(
        ctx(unsubscribe_url="https://u.example/1")
    )
    assert '<p class="a" style="margin: 0;color: red;">Lyon</p>' in out.html
    assert "Lyon" in out.text and "[1] https://u.example/1" in out.text
