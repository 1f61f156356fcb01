"""Hide Jinja tags from HTML tools, so that we can run them on a template once.

CSS inlining and HTML-to-text are per-page operations that cost far more than rendering.
Their output does not depend on the recipient as long as Jinja tags go through them
unchanged, so we run them once on the template: statements (``{% %}``, ``{# #}``) become
HTML comments (a comment stays where it is, even between table rows, where a parser
would move text out of the table) and expressions (``{{ }}``) become word-like tokens
(valid in text and in attribute values). ``restore`` puts the originals back.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_MARK = re.compile(r"<!--ej:(\d+)-->|ejx(\d+)x")


def protect(source: str) -> tuple[str, list[str]]:
    originals: list[str] = []

    def replace(match: re.Match[str]) -> str:
        originals.append(match.group(0))
        index = len(originals) - 1
        return f"ejx{index}x" if match.group(0).startswith("{{") else f"<!--ej:{index}-->"

    return _TAG.sub(replace, source), originals


def restore(text: str, originals: list[str]) -> str:
    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1) or match.group(2))
        return originals[index] if index < len(originals) else match.group(0)

    return _MARK.sub(replace, text)


def has_tags_in_style(source: str) -> bool:
    """Jinja inside <style> cannot be inlined ahead of time (we inline per render then)."""
    for block in re.findall(r"<style\b.*?</style>", source, re.DOTALL | re.IGNORECASE):
        if _TAG.search(block):
            return True
    return False


def tags_intact(result: str, originals: list[str]) -> bool:
    """The HTML tool kept every Jinja tag, once, in order (a tag inside an HTML tag, as in
    ``<td {% if x %}class="a"{% endif %}>``, does not survive a parser)."""
    return _TAG.findall(result) == originals
