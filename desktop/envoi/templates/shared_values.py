"""A compile-time pass: a merge value written many times is computed once per render.

A campaign template writes the same few values over and over (the first name in every
heading, the address in every tracking link): the sample campaign has 104 outputs of 4
distinct expressions, and each one is a sandboxed attribute read, a filter call and a
size check. This pass finds the outputs at the template's top level that repeat a *pure*
expression (names, attribute and item reads with constant keys, constants, and filters
known to depend on their arguments only), computes each once, at its first place, into
a variable, and outputs that variable at every place. The output is the same text in
the same pieces; an error is raised at the same (first) place, with its line.

Conservative on purpose: a template that assigns or scopes names anywhere (set, for,
macro, with, call, import, include, blocks) is left as it is, and expressions inside
``{% if %}`` are not touched (they may not run at all).
"""

from __future__ import annotations

from jinja2 import nodes

# Filters whose result depends only on their arguments (and the render's locale).
PURE_FILTERS = frozenset(
    {
        "default", "d", "urlencode", "upper", "lower", "capitalize", "title", "trim",
        "escape", "e", "string", "int", "float", "round", "abs", "length", "count",
        "name_case", "titlecase", "number", "currency", "date", "truncate", "replace",
        "striptags", "first", "last", "join", "safe", "forceescape", "wordcount",
    }
)  # fmt: skip

_SCOPING = (
    nodes.Assign, nodes.AssignBlock, nodes.For, nodes.Macro, nodes.CallBlock,
    nodes.FilterBlock, nodes.With, nodes.Import, nodes.FromImport, nodes.Include,
    nodes.Extends, nodes.Block, nodes.Scope, nodes.OverlayScope,
    nodes.ScopedEvalContextModifier, nodes.EvalContextModifier,
)  # fmt: skip

PREFIX = "envoi_shared_"


def _pure(node: nodes.Node) -> bool:
    if isinstance(node, nodes.Const):
        return True
    if isinstance(node, nodes.Name):
        return node.ctx == "load" and not node.name.startswith(PREFIX)
    if isinstance(node, nodes.Getattr):
        return _pure(node.node)
    if isinstance(node, nodes.Getitem):
        return isinstance(node.arg, nodes.Const) and _pure(node.node)
    if isinstance(node, nodes.Filter):
        return (
            node.name in PURE_FILTERS
            and node.node is not None
            and _pure(node.node)
            and all(isinstance(a, nodes.Const) for a in node.args)
            and all(isinstance(k.value, nodes.Const) for k in node.kwargs)
            and node.dyn_args is None
            and node.dyn_kwargs is None
        )
    return False


def share_repeated_values(template: nodes.Template) -> int:
    """Rewrite ``template`` in place; returns how many expressions are now shared."""
    if any(True for _ in template.find_all(_SCOPING)):
        return 0
    seen: dict[str, int] = {}
    for output in template.body:
        if isinstance(output, nodes.Output):
            for child in output.nodes:
                if not isinstance(child, nodes.TemplateData) and _pure(child):
                    key = repr(child)
                    seen[key] = seen.get(key, 0) + 1
    shared = {key: f"{PREFIX}{i}" for i, key in enumerate(k for k, n in seen.items() if n > 1)}
    if not shared:
        return 0
    body: list[nodes.Node] = []
    assigned: set[str] = set()
    for output in template.body:
        if not isinstance(output, nodes.Output):
            body.append(output)
            continue
        pieces: list[nodes.Expr] = []
        for child in output.nodes:
            name = shared.get(repr(child)) if not isinstance(child, nodes.TemplateData) else None
            if name is None:
                pieces.append(child)
                continue
            if name not in assigned:
                # Computed here, at its first place: what comes before is output before.
                if pieces:
                    body.append(nodes.Output(pieces, lineno=pieces[0].lineno))
                    pieces = []
                body.append(nodes.Assign(nodes.Name(name, "store", lineno=child.lineno), child,
                                         lineno=child.lineno))  # fmt: skip
                assigned.add(name)
            pieces.append(nodes.Name(name, "load", lineno=child.lineno))
        if pieces:
            body.append(nodes.Output(pieces, lineno=pieces[0].lineno))
    template.body = body
    if template.environment is not None:
        template.set_environment(template.environment)  # the new nodes need it for codegen
    return len(shared)
