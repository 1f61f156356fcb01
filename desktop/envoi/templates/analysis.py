"""What a template reads from the contact, and how: the key to checking 100,000 contacts fast.

Rendering a 20 KB template costs a few hundred microseconds; 100,000 renders would take
most of a minute. But two contacts whose values have the same *shape* render the same
way as far as the check is concerned: a field that is only printed (``{{ contact.city }}``,
through any filters) matters by whether it is missing, empty, or of which type; a field
that steers the template (an ``{% if %}`` test, a loop, an operator, an argument)
matters by its value. ``shape_key`` builds that key; the audience check renders one
contact per key, for real, and gives its outcome to every contact with the same key.
If the template uses the contact in a way we cannot follow (``{{ contact }}``,
``contact[variable]``), every value counts and nothing is shared.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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
        for name in tree.find_all(nodes.Name):
            if name.name != "contact" or id(name) in claimed:
                continue
            parent_field = _parent_field(tree, name)
            if parent_field is None:
                opaque = True
            else:
                steering.add(parent_field)
    printed -= steering
    return ContactUse(
        frozenset(printed),
        frozenset(steering),
        opaque,
        frozenset(field for field, ok in handled.items() if ok),
    )


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


def _parent_field(tree: nodes.Node, name: nodes.Name) -> str | None:
    """The field read through this ``contact`` name, or None if the contact is used whole."""
    accesses = [
        n for n in tree.find_all((nodes.Getattr, nodes.Getitem))
        if isinstance(n, nodes.Getattr | nodes.Getitem)
    ]  # fmt: skip
    for node in accesses:
        if node.node is name:
            attr = _attr(node)
            if attr is None:
                return None
            if attr != "fields":
                return attr
            for outer in accesses:
                if outer.node is node:
                    return _attr(outer)
            return None  # contact.fields as a whole
    return None


def _hashable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return tuple(_hashable(v) for v in value)
    return json.dumps(value, sort_keys=True, default=str)


def shape_key(contact: Mapping[str, Any], use: ContactUse) -> Any:
    """Contacts with equal keys render alike for the check (see the module doc)."""
    return ShapeKeys(use)(contact)


class ShapeKeys:
    """``shape_key`` with the field lists sorted once: it runs for every contact."""

    __slots__ = ("_opaque", "_printed", "_steering")

    def __init__(self, use: ContactUse) -> None:
        self._opaque = use.opaque
        self._steering = tuple(sorted(use.steering | set(LOCALE_FIELDS)))
        self._printed = tuple(sorted(use.printed))

    def __call__(self, contact: Mapping[str, Any]) -> Any:
        if self._opaque:
            return _hashable({k: v for k, v in contact.items() if k != "fields"})
        get = contact.get
        steering = tuple([_hashable(get(name)) for name in self._steering])
        printed = []
        for name in self._printed:
            value = get(name, _MISSING)
            if value is _MISSING:
                printed.append("missing")
            elif value is None or value == "":
                printed.append("empty")
            else:
                printed.append(type(value).__name__)
        return steering, tuple(printed)


_MISSING = object()
