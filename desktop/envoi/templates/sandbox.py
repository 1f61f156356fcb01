"""The Jinja environment campaign templates run in: sandboxed, bounded, with our filters.

On top of Jinja's ``SandboxedEnvironment`` (no ``_private`` attributes, no function
internals, sandboxed ``str.format``, ``range`` capped at 100,000):

* Reaching an unsafe attribute is an error, not a silent empty string, so a user who
  tries ``''.__class__`` learns at once that it is refused.
* Every ``{% for %}`` iterable and every concatenation (``~``) is wrapped, at compile
  time, in a call to a guard (see ``_generate``): loop items and calls tick the render's
  budget (time and steps), and built strings are size-checked.
* ``*``, ``+``, ``%`` and ``**`` are intercepted: the size of a repeated string or list is
  checked before it is built, big exponents are refused, ``%`` format widths are capped.
* Filters and string methods that pad (``center``, ``indent``, ``ljust``...) have their
  width checked before running, and every filter result is size-checked after.
* Reads of merge values that come back missing or empty are recorded, for the "missing
  merge values" report.
* A pure expression output many times is computed once per render
  (``envoi.templates.shared_values``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from jinja2 import ChainableUndefined, nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.runtime import Context, Undefined
from jinja2.sandbox import SandboxedEnvironment

from envoi.templates import limits
from envoi.templates.locale_format import format_currency, format_date, format_number, name_case
from envoi.templates.merge import MergeDict
from envoi.templates.shared_values import share_repeated_values

# Filters and str methods whose integer arguments are output widths or counts.
_WIDTH_FILTERS = frozenset({"center", "indent", "wordwrap", "truncate", "batch", "slice"})
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
# A printf/format width or precision with 7 digits or more, or a '*' width.
_BIG_WIDTH = re.compile(r"%[-+ #0]*(\*|\d{7,})|\{[^{}]*:[^{}]*\d{7,}")


def _check_widths(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    limit = limits.current_limits().max_chars
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > limit:
            raise limits.too_big("width", abs(value), limit)


# One-argument filters whose result depends on the value only. A template often applies
# them to the same value many times (the address in every tracking link): remember the
# last results.
_PURE_STRING_FILTERS = frozenset({"urlencode", "upper", "lower", "capitalize", "title", "trim"})


def _memoised(func: Callable[..., Any]) -> Callable[..., Any]:
    cached = functools.lru_cache(maxsize=512)(func)

    @functools.wraps(func)
    def memo(*args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs and type(args[0]) is str:
            return cached(args[0])
        return func(*args, **kwargs)

    return memo


def _check_growth(name: str, target: Any, args: tuple[Any, ...]) -> None:
    """``replace`` and ``join`` can multiply sizes in one step: estimate the result first."""
    limit = limits.current_limits().max_chars
    if name == "replace" and isinstance(target, str) and len(args) >= 2:
        old, new = str(args[0]), str(args[1])
        count = target.count(old) if old else len(target) + 1
        size = len(target) + count * (len(new) - len(old))
    elif name == "join" and isinstance(target, str) and args and hasattr(args[0], "__len__"):
        size = len(target) * len(args[0])
    else:
        return
    if size > limit:
        raise limits.too_big(name, size, limit)


_NESTED_FIELD = re.compile(r"\{[^{}]*:[^{}]*\{")


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, str) and _BIG_WIDTH.search(fmt):
        raise limits.too_big("format width", len(fmt), limits.current_limits().max_chars)


def _guard_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    check_size = limits.check_size
    if name in _WIDTH_FILTERS:

        @functools.wraps(func)  # keeps jinja_pass_arg (pass_context, pass_environment...)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            _check_widths(args[1:], kwargs)
            return check_size(func(*args, **kwargs))

    elif name in ("replace", "join"):

        @functools.wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            # replace(s, old, new) / join(items, sep): both filters take the value first;
            # join's may also get the eval context first.
            if name == "join":
                args = tuple(
                    list(a) if i == 1 and not hasattr(a, "__len__") else a
                    for i, a in enumerate(args)
                )  # join(eval_ctx, items, ...): count a generator before joining
            values = [a for a in args if not isinstance(a, EvalContext)]
            if name == "replace" and len(values) >= 3:
                _check_growth("replace", str(values[0]), (values[1], values[2]))
            elif name == "join" and values and hasattr(values[0], "__len__"):
                separator = values[1] if len(values) >= 2 else kwargs.get("d", "")
                _check_growth("join", str(separator), (values[0],))
            return check_size(func(*args, **kwargs))

    elif name == "format":

        @functools.wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            if args:
                _check_format(args[0])
            return check_size(func(*args, **kwargs))

    else:

        @functools.wraps(func)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            return check_size(func(*args, **kwargs))

    return guarded


def _locale_of(context: Context, locale: str | None) -> str | None:
    return locale or context.get("locale")


@pass_context
def _filter_date(
    context: Context, value: Any, style: str = "long", locale: str | None = None
) -> str:
    return format_date(value, style, _locale_of(context, locale))


@pass_context
def _filter_number(
    context: Context, value: Any, decimals: int | None = None, locale: str | None = None
) -> str:
    return format_number(value, decimals, _locale_of(context, locale))


@pass_context
def _filter_currency(
    context: Context, value: Any, currency: str = "EUR", locale: str | None = None
) -> str:
    return format_currency(value, currency, _locale_of(context, locale))


class MergeUndefined(ChainableUndefined):
    """A missing merge value renders as nothing (and is reported), instead of failing the
    whole message; ``{{ contact.city | default('…') }}`` gives the fallback."""

    __slots__ = ()


class EnvoiSandbox(SandboxedEnvironment):
    """One per campaign template (see ``CampaignTemplate``); safe to share between threads."""

    intercepted_binops = frozenset({"*", "+", "%", "**"})

    def __init__(self, *, autoescape: bool = True, trim_blocks: bool = True) -> None:
        super().__init__(
            autoescape=autoescape,
            undefined=MergeUndefined,
            keep_trailing_newline=True,
            trim_blocks=trim_blocks,
            lstrip_blocks=trim_blocks,
            extensions=(),
        )
        for name, func in list(self.filters.items()):
            if name in _PURE_STRING_FILTERS:
                func = _memoised(func)
            self.filters[name] = _guard_filter(name, func)
        self.filters["date"] = _filter_date
        self.filters["number"] = _filter_number
        self.filters["currency"] = _filter_currency
        self.filters["name_case"] = name_case
        self.filters["titlecase"] = name_case
        # lipsum(n=10**7) would build a huge text in one call, and has no use in an e-mail.
        self.globals.pop("lipsum", None)
        self.envoi_guard_iter = limits.guard_iter
        self.envoi_guard_size = limits.check_size

    # -- compile-time: wrap loops and concatenations in guards ---------------------------

    def _generate(
        self,
        source: nodes.Template,
        name: str | None,
        filename: str | None,
        defer_init: bool = False,
    ) -> str:
        # ``_generate`` is Jinja's documented hook between parsing and code generation.
        for loop in source.find_all(nodes.For):
            loop.iter = _guard_call("envoi_guard_iter", loop.iter)
        for concat in list(source.find_all(nodes.Concat)):
            _replace_in_parent(source, concat, _guard_call("envoi_guard_size", concat))
        share_repeated_values(source)
        return super()._generate(source, name, filename, defer_init)

    # -- run-time hooks -------------------------------------------------------------------

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        budget = limits.CURRENT.get()
        if budget is not None:
            budget.tick()
        target = getattr(__obj, "__self__", None)
        if isinstance(target, str):
            name = getattr(__obj, "__name__", "")
            if name in _WIDTH_METHODS:
                _check_widths(args, kwargs)
            if name == "join" and args and not hasattr(args[0], "__len__"):
                args = (list(args[0]), *args[1:])  # a generator: count it before joining
            _check_growth(name, target, args)
        return limits.check_size(
            SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs)
        )

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        cap = limits.current_limits()
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                size = len(seq) * count if isinstance(seq, str | list | tuple) else 0
                if isinstance(count, int) and size > cap.max_chars:
                    raise limits.too_big("repetition", size, cap.max_chars)
        elif operator == "**":
            if isinstance(right, int | float) and abs(right) > cap.max_exponent:
                raise limits.too_big("exponent", int(abs(right)), cap.max_exponent)
        elif operator == "%":
            _check_format(left)
        elif operator == "+" and isinstance(left, str | list | tuple) and hasattr(right, "__len__"):
            size = len(left) + len(right)
            if size > cap.max_chars:
                raise limits.too_big("concatenation", size, cap.max_chars)
        return self.binop_table[operator](left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__
        _check_format(fmt)  # a literal width: '{:>1000000000}'
        if not _NESTED_FIELD.search(fmt):
            return wrapped
        inner = wrapped

        @functools.wraps(inner)
        def checked(*args: Any, **kwargs: Any) -> str:
            _check_widths(args, kwargs)  # a width given as an argument: '{:>{}}'
            return inner(*args, **kwargs)

        return checked

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        raise SecurityError(
            f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe"
        )

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is MergeDict:
            # The hot path of a render: one dict lookup for a present value.
            value = obj.get(attribute, _ABSENT)
            if value is not _ABSENT:
                if value is None or value == "":
                    obj.note(attribute)
                return value
            # A key wins over a dict method ("contact.items" is a field), but .items() works.
            if not hasattr(dict, attribute):
                return obj.read(attribute, self.undefined)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if type(obj) is MergeDict and isinstance(argument, str):
            return obj.read(argument, self.undefined)
        return super().getitem(obj, argument)


_ABSENT = object()


def _guard_call(guard: str, node: nodes.Node) -> nodes.Call:
    call = nodes.Call(nodes.EnvironmentAttribute(guard), [node], [], None, None)
    call.set_lineno(node.lineno)
    return call


def _replace_in_parent(root: nodes.Node, old: nodes.Node, new: nodes.Node) -> None:
    for parent in [root, *root.find_all(nodes.Node)]:
        for field in parent.fields:
            value = getattr(parent, field, None)
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if item is old:
                        value[index] = new
                        return
