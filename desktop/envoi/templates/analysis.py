"""What a template reads from the contact, and how: the key to checking 100,000 contacts fast.

Rendering a 20 KB template costs a few hundred microseconds; 100,000 renders would take
most of a minute. But two contacts whose values have the same *shape* render the same
way as far as the check is concerned: a field that is only printed (``{{ contact.city }}``,
through any filters) matters by whether it is missing, empty, or of which type; a field
that is only tested (``{% if contact.vip %}``, ``contact.points > 100``,
``'vip' in contact.tags``) matters by the outcome of each test; a field used any other
way (a loop, an operator, an argument) matters by its value. ``ShapeKeys`` builds that
key; the audience check renders one contact per key, for real, and gives its outcome to
every contact with the same key.
If the template uses the contact in a way we cannot follow (``{{ contact }}``,
``contact[variable]``), every value counts and nothing is shared.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

# Names the locale filters read from the contact (see merge.contact_locale).
LOCALE_FIELDS = ("locale", "language", "lang")


@dataclass(frozen=True, slots=True)
class ContactUse:
    printed: frozenset[str]  # only printed: their shape matters
    steering: frozenset[str]  # their value matters
    opaque: bool  # the contact is used as a whole: every value matters
    # Read only where a missing value is taken care of: in an {% if %} test, under
    # ``default``, left of ``or``, or printed inside an {% if %} that tests that field.
    handled: frozenset[str] = frozenset()
    # Fields used only in tests, with the tests: ("truth",) or ("cmp", position, constants,
    # operators) for a comparison whose other operands are constants.
    tests: Mapping[str, frozenset[tuple[Any, ...]]] = field(default_factory=dict)


def _field_of(node: nodes.Node) -> str | None:
    """'city' for contact.city, contact['city'], contact.fields.city; else None."""
    path: list[str] = []
    while isinstance(node, nodes.Getattr | nodes.Getitem):
        attr = _attr(node)
        if attr is None:
            return None
        path.append(attr)
        node = node.node
    if not (isinstance(node, nodes.Name) and node.name == "contact"):
        return None
    path.reverse()
    if path[:1] == ["fields"]:
        path = path[1:]
    return path[0] if len(path) == 1 else None


def _attr(node: nodes.Getattr | nodes.Getitem) -> str | None:
    if isinstance(node, nodes.Getattr):
        return node.attr
    return str(node.arg.value) if isinstance(node.arg, nodes.Const) else None


def analyse(env: SandboxedEnvironment, sources: Iterable[str]) -> ContactUse:
    printed: set[str] = set()
    steering: set[str] = set()
    tests: dict[str, set[tuple[Any, ...]]] = {}
    opaque = False
    handled: dict[str, bool] = {}
    for source in sources:
        tree = env.parse(source)
        _occurrences(tree, frozenset(), False, handled)
        claimed: set[int] = set()  # ids of contact nodes already classified
        for output in tree.find_all(nodes.Output):
            for expr in output.nodes:
                node = expr
                while isinstance(node, nodes.Filter) and node.node is not None:
                    node = node.node  # a filter chain on a printed value
                field = _field_of(node)
                if field is not None:
                    printed.add(field)
                    claimed.update(_contact_node_ids(node))
        parents = _parents(tree)
        for name in tree.find_all(nodes.Name):
            if name.name != "contact" or id(name) in claimed:
                continue
            access = _climb(name, parents)
            used = _field_of(access) if access is not None else None
            if access is None or used is None:
                opaque = True
                continue
            probe = _probe(access, parents)
            if probe is None:
                steering.add(used)
            else:
                tests.setdefault(used, set()).add(probe)
    printed -= steering
    return ContactUse(
        frozenset(printed),
        frozenset(steering),
        opaque,
        frozenset(name for name, ok in handled.items() if ok),
        {name: frozenset(probes) for name, probes in tests.items() if name not in steering},
    )


def _parents(tree: nodes.Node) -> dict[int, nodes.Node]:
    parents: dict[int, nodes.Node] = {}
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in node.iter_child_nodes():
            parents[id(child)] = node
            stack.append(child)
    return parents


def _climb(name: nodes.Name, parents: Mapping[int, nodes.Node]) -> nodes.Node | None:
    """contact.x or contact.fields.x above this ``contact``; None for the bare contact."""
    node: nodes.Node = name
    for _ in range(2):
        parent = parents.get(id(node))
        if not (isinstance(parent, nodes.Getattr | nodes.Getitem) and parent.node is node):
            break
        node = parent
        if _attr(parent) != "fields":
            return node
    return None


_CONSTANT = (nodes.Const, nodes.List, nodes.Tuple)


def _constant(node: nodes.Node) -> tuple[bool, Any]:
    if isinstance(node, nodes.Const):
        return True, _hashable(node.value)
    if isinstance(node, nodes.List | nodes.Tuple) and all(
        isinstance(item, nodes.Const) for item in node.items
    ):
        return True, tuple(_hashable(item.value) for item in node.items)  # type: ignore[attr-defined]
    return False, None


def _probe(access: nodes.Node, parents: Mapping[int, nodes.Node]) -> tuple[Any, ...] | None:
    """How this read is used, when it is a test we can replay without rendering."""
    parent = parents.get(id(access))
    if isinstance(parent, nodes.If | nodes.CondExpr) and parent.test is access:
        return ("truth",)
    if isinstance(parent, nodes.Not):
        return ("truth",)
    if isinstance(parent, nodes.And | nodes.Or):
        outer = parents.get(id(parent))
        tested = isinstance(outer, nodes.If | nodes.CondExpr) and outer.test is parent
        return ("truth",) if tested or isinstance(outer, nodes.Not) else None
    compare, position = None, 0
    if isinstance(parent, nodes.Compare) and parent.expr is access:
        compare = parent
    elif isinstance(parent, nodes.Operand):
        outer = parents.get(id(parent))
        if isinstance(outer, nodes.Compare):
            compare = outer
            position = 1 + next(i for i, op in enumerate(outer.ops) if op is parent)
    if compare is None:
        return None
    constants: list[Any] = []
    for index, expr in enumerate([compare.expr, *(op.expr for op in compare.ops)]):
        if index == position:
            constants.append(None)
            continue
        ok, value = _constant(expr)
        if not ok:
            return None
        constants.append(value)
    return ("cmp", position, tuple(constants), tuple(op.op for op in compare.ops))


_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "eq": operator.eq, "ne": operator.ne, "lt": operator.lt, "lteq": operator.le,
    "gt": operator.gt, "gteq": operator.ge,
    "in": lambda a, b: a in b, "notin": lambda a, b: a not in b,
}  # fmt: skip


def run_probe(probe: tuple[Any, ...], value: Any) -> Any:
    """The outcome of a test on a present value: what the template would decide."""
    if probe[0] == "truth":
        return bool(value)
    _, position, constants, ops = probe
    values = list(constants)
    values[position] = value
    try:
        return all(_OPS[op](values[i], values[i + 1]) for i, op in enumerate(ops))
    except Exception as exc:
        return type(exc).__name__


def _occurrences(
    node: nodes.Node, guarded: frozenset[str], safe: bool, out: dict[str, bool]
) -> None:
    """Note for each field read whether every read of it is taken care of."""
    if isinstance(node, nodes.If | nodes.CondExpr):
        reads = [node.test, *node.test.find_all((nodes.Getattr, nodes.Getitem))]
        tested = frozenset(f for f in map(_field_of, reads) if f)
        _occurrences(node.test, guarded, True, out)
        if isinstance(node, nodes.If):
            inside: list[nodes.Node] = list(node.body)
            outside: list[nodes.Node] = [*node.elif_, *node.else_]
        else:
            inside = [node.expr1]
            outside = [node.expr2] if node.expr2 is not None else []
        for child in inside:
            _occurrences(child, guarded | tested, safe, out)
        for child in outside:
            _occurrences(child, guarded, safe, out)
        return
    if isinstance(node, nodes.Filter) and node.name == "default" and node.node is not None:
        _occurrences(node.node, guarded, True, out)
        for arg in node.args:
            _occurrences(arg, guarded, safe, out)
        return
    if isinstance(node, nodes.Or):
        _occurrences(node.left, guarded, True, out)
        _occurrences(node.right, guarded, safe, out)
        return
    field = _field_of(node) if isinstance(node, nodes.Getattr | nodes.Getitem) else None
    if field is not None:
        out[field] = out.get(field, True) and (safe or field in guarded)
        return
    for child in node.iter_child_nodes():
        _occurrences(child, guarded, safe, out)


def _contact_node_ids(node: nodes.Node) -> set[int]:
    return {id(n) for n in node.find_all(nodes.Name) if n.name == "contact"} | (
        {id(node)} if isinstance(node, nodes.Name) else set()
    )


def _hashable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return json.dumps(value, sort_keys=True, default=str)


class ShapeKeys:
    """The key of a contact, with the field lists sorted once: it runs for every contact."""

    __slots__ = ("_opaque", "_printed", "_steering", "_tests")

    def __init__(self, use: ContactUse) -> None:
        self._opaque = use.opaque
        self._steering = tuple(sorted(use.steering | set(LOCALE_FIELDS)))
        self._printed = tuple(sorted(use.printed - use.steering - set(use.tests)))
        self._tests = tuple(
            (name, tuple(sorted(probes, key=repr))) for name, probes in sorted(use.tests.items())
        )

    def __call__(self, contact: Mapping[str, Any]) -> Any:
        if self._opaque:
            return _hashable({k: v for k, v in contact.items() if k != "fields"})
        get = contact.get
        steering = tuple([_hashable(get(name)) for name in self._steering])
        printed = tuple([_shape(get(name, _MISSING)) for name in self._printed])
        tested = []
        for name, probes in self._tests:
            value = get(name, _MISSING)
            if value is _MISSING:
                tested.append(("missing",))
            else:
                tested.append((_shape(value), *[run_probe(p, value) for p in probes]))
        return steering, printed, tuple(tested)


def _shape(value: Any) -> str:
    if value is _MISSING:
        return "missing"
    if value is None or value == "":
        return "empty"
    return type(value).__name__


_MISSING = object()
