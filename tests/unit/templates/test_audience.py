"""Whole-audience check: shape sharing gives what rendering everyone gives; real database."""

from __future__ import annotations

import random

from envoi.contacts.service import ContactService
from envoi.templates.analysis import ShapeKeys, analyse
from envoi.templates.audience import AudienceContact, check_audience, load_audience
from envoi.templates.merge import Campaign, Sender, build_context, contact_values
from envoi.templates.render import CampaignTemplate, TemplateProblem, TemplateSource
from envoi.templates.sandbox import EnvoiSandbox

SENDER = Sender("Shop", "shop@example.com", "1 Main St")
CAMPAIGN = Campaign("c", 1)
SOURCE = TemplateSource(
    subject="Hi {{ contact.first_name }}",
    html="<p>{{ contact.city | upper }} {{ contact.fields.zip }}</p>"
    "{% if contact.points > 100 %}<p>{{ contact.vip_code }}</p>{% endif %}"
    "{% if contact.nickname %}{{ contact.nickname }}{% endif %}"
    "{{ contact.title | default('') }}"
    "{% if 'vip' in contact.tags %}{{ contact.vip_since }}{% endif %}",
)


def test_analysis_classifies_reads() -> None:
    use = analyse(EnvoiSandbox(), [SOURCE.subject, SOURCE.html])
    assert not use.opaque
    assert use.printed == {"first_name", "city", "zip", "vip_code", "title", "vip_since",
                           "nickname"}  # fmt: skip
    assert use.steering == set()
    assert use.tests == {
        "points": {("cmp", 0, (None, 100), ("gt",))},
        "nickname": {("truth",)},
        "tags": {("cmp", 1, ("vip", None), ("in",))},
    }
    steering = analyse(EnvoiSandbox(), ["{% for t in contact.tags %}{{ t }}{% endfor %}",
                                        "{{ contact.points + 1 }}"])  # fmt: skip
    assert steering.steering == {"tags", "points"} and steering.tests == {}
    assert use.handled == {"nickname", "title", "points", "tags"}
    whole = analyse(EnvoiSandbox(), ["{{ contact }}", "{{ contact[x] }}"])
    assert whole.opaque


def random_contacts(count: int) -> list[AudienceContact]:
    rng = random.Random(5)
    out = []
    for i in range(count):
        fields: dict[str, object] = {"zip": "69001", "vip_code": "V", "vip_since": 2020}
        fields.update(
            {key: rng.choice(["", "x", 5, None]) for key in ("city", "nickname")
             if rng.random() < 0.7}
        )  # fmt: skip
        if rng.random() < 0.8:
            fields["points"] = rng.choice([0, 50, 150, 1000])
        out.append(
            AudienceContact(
                i, f"c{i}@example.com", rng.choice(["", "Ann"]), "", fields,
                ("vip",) if rng.random() < 0.3 else (),
            )
        )  # fmt: skip
    return out


def test_shared_renders_equal_rendering_everyone() -> None:
    template = CampaignTemplate(SOURCE)
    contacts = random_contacts(1500)
    report = check_audience(template, contacts, CAMPAIGN, SENDER)
    expected: dict[str, list[str]] = {}
    failed = 0
    for c in contacts:
        values = contact_values(c.email, c.first_name, c.last_name, c.fields, c.tags, c.lists)
        try:
            missing = template.render(build_context(values, CAMPAIGN, SENDER)).missing
        except TemplateProblem:  # 'points > 100' without points
            failed += 1
            continue
        for field in missing:
            expected.setdefault(field, []).append(c.email)
    assert failed > 0
    assert sum(f.count for f in report.failures) == failed
    assert {m.field: m.count for m in report.missing} == {k: len(v) for k, v in expected.items()}
    for m in report.missing:
        assert list(m.examples) == expected[m.field][:20]
    assert report.contacts == 1500
    assert report.rendered <= 300  # 2*5*5*3*2 shapes at most: they were shared
    handled = {m.field for m in report.missing if m.handled}
    assert "nickname" in handled and "city" not in handled


def test_tested_values_do_not_multiply_renders() -> None:
    template = CampaignTemplate(
        TemplateSource(subject="s", text="{% if contact.points > 5000 %}{{ contact.gift }}"
                                          "{% elif not contact.points %}none{% endif %}")
    )  # fmt: skip
    rng = random.Random(1)
    contacts = [
        AudienceContact(i, f"c{i}@example.com", fields={"points": rng.randint(0, 10_000)})
        for i in range(1000)
    ]
    report = check_audience(template, contacts, CAMPAIGN, SENDER)
    assert report.rendered <= 3
    over = sum(1 for c in contacts if c.fields and c.fields["points"] > 5000)
    assert {m.field: m.count for m in report.missing} == {"gift": over}


def test_render_failures_are_grouped() -> None:
    template = CampaignTemplate(TemplateSource(subject="s", text="{{ 10 / contact.n }}"))
    contacts = [AudienceContact(i, f"c{i}@example.com", fields={"n": i % 3}) for i in range(9)]
    report = check_audience(template, contacts, CAMPAIGN, SENDER)
    assert len(report.failures) == 1
    assert report.failures[0].count == 3
    assert report.failures[0].examples == ("c0@example.com", "c3@example.com", "c6@example.com")


def test_key_shapes() -> None:
    keys = ShapeKeys(analyse(EnvoiSandbox(), [SOURCE.html]))
    a = keys(contact_values("a@x.com", fields={"city": "Lyon", "points": 5}))
    b = keys(contact_values("b@x.com", fields={"city": "Paris", "points": 7}))
    c = keys(contact_values("c@x.com", fields={"city": "", "points": 5}))
    d = keys(contact_values("d@x.com", fields={"city": "Paris", "points": 500}))
    e = keys(contact_values("e@x.com", fields={"city": "Paris", "points": 900}))
    f = keys(contact_values("f@x.com", fields={"city": "Paris", "points": "9"}))
    assert a == b and a != c and b != d and d == e and f not in (a, d)  # "9" > 100: an error


def test_load_audience_from_the_database(store) -> None:
    service = ContactService(store)
    service.add("a@example.com", first_name="Ann", fields={"city": "Lyon"}, tags=("vip",),
                lists=("news",))  # fmt: skip
    service.add("b@example.com")
    gone = service.add("c@example.com", first_name="Cy")
    service.set_status(gone.id, "unsubscribed")
    loaded = list(load_audience(store))
    assert [c.email for c in loaded] == ["a@example.com", "b@example.com"]
    assert loaded[0].tags == ("vip",) and loaded[0].lists == ("news",)
    assert loaded[0].fields == {"city": "Lyon"}
    template = CampaignTemplate(TemplateSource(subject="{{ contact.first_name }}",
                                               text="{{ contact.city }}"))  # fmt: skip
    report = check_audience(template, loaded, CAMPAIGN, SENDER)
    assert {m.field: m.examples for m in report.missing} == {
        "first_name": ("b@example.com",),
        "city": ("b@example.com",),
    }
