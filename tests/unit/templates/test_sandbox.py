"""The sandbox holds against the usual escapes, and runaway templates are stopped."""

from __future__ import annotations

import time

import pytest

from envoi.templates.limits import RenderLimits
from envoi.templates.merge import SAMPLE_CONTACT, Campaign, Sender, build_context
from envoi.templates.render import (
    CampaignTemplate,
    TemplateProblem,
    TemplateSecurityError,
    TemplateSource,
)


def render_text(body: str, render_limits: RenderLimits | None = None) -> str:
    template = CampaignTemplate(TemplateSource(subject="s", text=body), render_limits)
    ctx = build_context(SAMPLE_CONTACT, Campaign("c"), Sender("Shop", "shop@example.com"))
    return template.render(ctx).text


ESCAPES = [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ contact.__class__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ joiner.__init__.__globals__.os }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ range.__self__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ ''.format.__globals__ }}",
    "{{ '{0.__class__.__mro__}'.format('') }}",
    "{{ '{0.__globals__}'.format(cycler.__init__) }}",
    "{{ '%s'|format(''.__class__) }}",
    "{{ contact.fields.__class__.__base__ }}",
    "{{ contact['__class__'] }}",
    "{{ ''['__class__'] }}",
    "{{ (lipsum|attr('__globals__'))['os'] }}",
    "{{ request.application.__globals__ }}",
    "{% set x = cycler('a').__class__ %}{{ x }}",
]


@pytest.mark.parametrize("source", ESCAPES)
def test_escape_is_refused_or_empty(source: str) -> None:
    """Either refused with a clear error, or renders nothing that leaks Python objects."""
    try:
        out = render_text(source)
    except TemplateSecurityError as exc:
        assert "may not use" in exc.user_message
        return
    except TemplateProblem:
        return  # also refused (e.g. calling an undefined value)
    assert "class" not in out
    assert "module" not in out
    assert "function" not in out
    assert "<" not in out


def test_dunder_attribute_raises_security_error() -> None:
    with pytest.raises(TemplateSecurityError) as info:
        render_text("line1\n{{ ''.__class__ }}")
    assert info.value.part == "text"
    assert info.value.line == 2


def test_format_string_cannot_reach_attributes() -> None:
    with pytest.raises(TemplateProblem):
        render_text("{{ '{0.__class__}'.format(contact) }}")


def test_nested_loops_are_stopped_quickly() -> None:
    start = time.monotonic()
    with pytest.raises(TemplateProblem) as info:
        render_text(
            "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
            RenderLimits(seconds=0.5, steps=200_000),
        )
    assert time.monotonic() - start < 3
    assert "stopped" in info.value.user_message


def test_exponential_macro_is_stopped_by_the_clock() -> None:
    source = (
        "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
        "{{ f(40) }}"
    )
    start = time.monotonic()
    with pytest.raises(TemplateProblem):
        render_text(source, RenderLimits(seconds=0.3, steps=10**9))
    assert time.monotonic() - start < 3


def test_infinite_recursion_is_a_clear_error() -> None:
    with pytest.raises(TemplateProblem) as info:
        render_text("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}")
    assert info.value.part == "text"


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x' * 1000000000 }}",
        "{{ 1000000000 * 'x' }}",
        "{{ [1] * 1000000000 }}",
        "{{ 'x'|center(1000000000) }}",
        "{{ 'x'.ljust(1000000000) }}",
        "{{ '%1000000000s'|format('x') }}",
        "{{ '%1000000000s' % 'x' }}",
        "{{ '{:>1000000000}'.format('x') }}",
        "{{ 7 ** 100000000 }}",
        "{% set ns = namespace(s='xx') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
        "{% set ns = namespace(s='xx') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
        "{% for i in range(100000) %}{% for j in range(100) %}xxxxxxxxxx{% endfor %}{% endfor %}",
        "{{ ('x' * 100000) | replace('x', 'y' * 100000) }}",
        "{{ ('x' * 100000) | replace('', 'y' * 20) | length }}",
        "{{ range(100000) | map('string') | join('y' * 100000) }}",
        "{{ ('x' * 100000).replace('x', 'y' * 100000) }}",
        "{{ range(100000) | join('y' * 100000) }}",
        "{{ range(100000) | join(d='y' * 100000) }}",
        "{{ ('y' * 100000).join(range(100000)|map('string')) }}",
        "{{ '{:>{}}'.format('x', 1000000000) }}",
    ],
)
def test_huge_values_are_refused(source: str) -> None:
    start = time.monotonic()
    with pytest.raises(TemplateProblem) as info:
        render_text(source, RenderLimits(seconds=2.0, max_chars=1_000_000))
    assert time.monotonic() - start < 5
    assert "too" in info.value.user_message


def test_lipsum_is_not_available() -> None:
    with pytest.raises(TemplateProblem):
        render_text("{{ lipsum(n=10000000, min=1000, max=1000) }}")


def test_deeply_nested_source_is_a_clear_error() -> None:
    with pytest.raises(TemplateProblem):
        render_text("{{ " + "(" * 20000 + "1" + ")" * 20000 + " }}")


def test_ordinary_loops_and_formats_still_work() -> None:
    out = render_text(
        "{% for i in range(3) %}{{ loop.index }}{% endfor %}|{{ '%05.1f'|format(3.14159) }}"
        "|{{ 'ab' * 3 }}|{{ '{}-{}'.format(1, 2) }}|{{ 'x'.ljust(3) }}|{{ 2 ** 10 }}"
        "|{{ 'a-b'|replace('-', '+') }}|{{ [1, 2]|join(', ') }}|{{ '{:>{}}'.format('x', 3) }}"
        "|{{ '{}'.format(5000000) }}"
    )
    assert out == "123|003.1|ababab|1-2|x  |1024|a+b|1, 2|  x|5000000"
