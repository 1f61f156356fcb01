"""Limits that stop a runaway template: a time budget, an iteration budget, size caps.

Jinja has no ``while``, so a template can only spin through ``for`` loops (nested ranges,
loops over long strings), calls (recursive macros, which can branch exponentially) and
operators that build big values (``'x' * 10**9``, doubling a string in a loop). The
sandbox (``envoi.templates.sandbox``) routes each of these through the ``RenderBudget``
of the render in progress: every loop item and every call ``tick``s it, and sizes are
checked before a big value is built where we can, and right after it otherwise.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from envoi.errors import EnvoiError, Text


@dataclass(frozen=True, slots=True)
class RenderLimits:
    """What one render of one template may use. The defaults leave a lot of room for a real
    e-mail (Gmail clips at 102 KB) and stop a mistake within about a second."""

    seconds: float = 1.0
    steps: int = 2_000_000  # loop items + calls
    max_chars: int = 2_000_000  # size of the output and of any string or list built
    max_exponent: int = 64


class TemplateLimitError(EnvoiError):
    """A template used more time, steps or memory than a message may need."""


class RenderBudget:
    """Mutable counters of one render; lives in a ContextVar while the render runs."""

    __slots__ = ("deadline", "limits", "missing", "steps")

    # How many steps between two looks at the clock (time.monotonic is not free).
    CLOCK_EVERY = 512

    def __init__(self, limits: RenderLimits) -> None:
        self.limits = limits
        self.steps = 0
        self.deadline = time.monotonic() + limits.seconds
        self.missing: set[str] = set()

    def tick(self) -> None:
        self.steps += 1
        if self.steps % self.CLOCK_EVERY == 0:
            if self.steps > self.limits.steps:
                raise TemplateLimitError(
                    Text("The template runs too many loops or calls."),
                    Text("Look for a loop inside a loop, or a macro that calls itself."),
                    f"more than {self.limits.steps} steps",
                )
            self.check_clock()

    def check_clock(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimitError(
                Text("The template takes too long to render."),
                Text("Look for a loop inside a loop, or a macro that calls itself."),
                f"over {self.limits.seconds:g} s",
            )


CURRENT: ContextVar[RenderBudget | None] = ContextVar("envoi_render_budget", default=None)

# Used when a compiled template is rendered outside ``CampaignTemplate.render`` (tests,
# tools): size checks still apply, and steps are bounded per call site.
DEFAULT_LIMITS = RenderLimits()


def current_limits() -> RenderLimits:
    budget = CURRENT.get()
    return budget.limits if budget is not None else DEFAULT_LIMITS


def too_big(what: str, size: int, limit: int) -> TemplateLimitError:
    return TemplateLimitError(
        Text("The template builds a value that is too big for an e-mail."),
        Text("Check repeated text (the * operator, padding widths, loops that add to a string)."),
        f"{what}: {size} > {limit}",
    )


# Below this size a value is never too big: most checks stop at one len() (hot path).
_SMALL = 4096


def check_size(value: Any) -> Any:
    """Raise if ``value`` (a string or a collection) exceeds the size cap; return it."""
    if isinstance(value, str | bytes | list | tuple | dict | set) and len(value) > _SMALL:
        limit = current_limits().max_chars
        if len(value) > limit:
            raise too_big("value", len(value), limit)
    return value


def guard_iter(iterable: Iterable[Any]) -> Iterator[Any]:
    """Wraps the iterable of every ``{% for %}``: each item costs one step."""
    budget = CURRENT.get()
    if budget is None:
        budget = RenderBudget(DEFAULT_LIMITS)
    for item in iterable:
        budget.tick()
        yield item
