"""A campaign's content compiled once, rendered per recipient within limits.

``CampaignTemplate`` compiles subject, preheader, HTML and text once. CSS inlining and,
when the text body is empty, HTML-to-text conversion are done on the template itself
(see ``envoi.templates.markers``), so that a render is only Jinja's work. Errors name
the part, the line and (for syntax errors) the column of the *source the user wrote*.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice
from types import TracebackType
from typing import Any

import css_inline
from jinja2 import Template
from jinja2.exceptions import SecurityError, TemplateSyntaxError

from envoi.errors import EnvoiError, Text
from envoi.templates import limits
from envoi.templates.html_text import html_to_text, tidy_footnotes
from envoi.templates.limits import RenderBudget, RenderLimits, TemplateLimitError
from envoi.templates.markers import has_tags_in_style, protect, restore, tags_intact
from envoi.templates.sandbox import EnvoiSandbox

_BATCH = 64
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n){2,}")


class TemplateProblem(EnvoiError):
    """A template cannot be compiled or rendered; says where."""

    def __init__(
        self,
        user_message: str,
        hint: str = "",
        detail: str = "",
        *,
        part: str = "",
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(user_message, hint, detail)
        self.part = part
        self.line = line
        self.column = column


# How a message names each part of a template (the window translates them).
_PARTS = {
    "subject": Text("subject"),
    "preheader": Text("preheader"),
    "html": Text("HTML"),
    "text": Text("text"),
}


def _part(part: str) -> str:
    return _PARTS.get(part, part)


class TemplateSecurityError(TemplateProblem):
    """The template tried to reach Python internals."""


@dataclass(frozen=True, slots=True)
class TemplateSource:
    subject: str
    html: str = ""
    text: str = ""
    preheader: str = ""


@dataclass(frozen=True, slots=True)
class RenderedContent:
    subject: str
    preheader: str
    html: str
    text: str
    # Merge values read but missing or empty ("first_name", "city", "sender.postal_address").
    missing: frozenset[str]
    # The pieces html and text were joined from: template text repeats from one recipient
    # to the next, so the message builder encodes each piece once (see message.skeleton).
    html_chunks: tuple[str, ...] = ()
    text_chunks: tuple[str, ...] = ()


_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def inline_css(html: str) -> str:
    """Styles from <style> into style="" attributes; @media rules stay for mobile clients."""
    if "<style" not in html.lower():
        return html
    try:
        return str(_INLINER.inline(html))
    except (css_inline.InlineError, ValueError):
        return html  # a stylesheet the inliner cannot read is left for the client


_BODY_TAG = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
# Hidden in every client, but shown by inboxes after the subject.
PREHEADER_HTML = (
    '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{{ preheader }}</div>'
)


def with_preheader(source: TemplateSource) -> TemplateSource:
    """A preheader the HTML does not place itself goes right after <body>, on the same
    line (so that error line numbers stay the user's)."""
    if not source.preheader.strip() or "preheader" in source.html:
        return source
    match = _BODY_TAG.search(source.html)
    if match is None:
        return source
    html = source.html[: match.end()] + PREHEADER_HTML + source.html[match.end() :]
    return TemplateSource(source.subject, html, source.text, source.preheader)


def _position(exc: TemplateSyntaxError, source: str) -> tuple[int | None, int | None]:
    line = exc.lineno or None
    column: int | None = None
    match = re.search(r" at (\d+)$", exc.message or "")
    if match:  # lexer errors give an absolute offset
        offset = int(match.group(1))
        line = source.count("\n", 0, offset) + 1
        column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    elif line is not None:
        text = source.split("\n")[line - 1] if line <= source.count("\n") + 1 else ""
        quoted = re.search(r"'([^']+)'", exc.message or "")
        if quoted and quoted.group(1) in text:
            column = text.index(quoted.group(1)) + 1
        elif "{%" in text or "{{" in text:
            column = min(i for i in (text.find("{%"), text.find("{{")) if i >= 0) + 1
    return line, column


def _template_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


class CampaignTemplate:
    """Compile once per campaign; ``render`` is thread-safe."""

    def __init__(
        self,
        source: TemplateSource,
        render_limits: RenderLimits | None = None,
        *,
        inline: bool = True,
    ) -> None:
        source = with_preheader(source)
        self.source = source
        self.limits = render_limits or RenderLimits()
        self._html_env = EnvoiSandbox(autoescape=True)
        self._text_env = EnvoiSandbox(autoescape=False)
        # Text written from the HTML has its line breaks placed already: a tag must not
        # eat the one after it.
        self._derived_env = EnvoiSandbox(autoescape=False, trim_blocks=False)
        self.subject = self._compile(self._text_env, "subject", source.subject)
        self.preheader = self._compile(self._text_env, "preheader", source.preheader)
        # Compiled from the user's source: its line numbers are the ones to report.
        self.html_as_written = self._compile(self._html_env, "html", source.html)
        self.text = (
            self._compile(self._text_env, "text", source.text) if source.text.strip() else None
        )
        self._inline_per_render = False
        self._has_notes = False
        self.html = self.html_as_written
        self._derived_text: Template | None = None
        if source.html.strip():
            self._prepare_html(source.html, inline)

    def _prepare_html(self, html: str, inline: bool) -> None:
        protected, originals = protect(html)
        if inline and "<style" in html.lower():
            inlined_protected = inline_css(protected)
            inlined = restore(inlined_protected, originals)
            if has_tags_in_style(html) or not tags_intact(inlined, originals):
                self._inline_per_render = True  # inline each rendered page instead
            else:
                protected = inlined_protected
                self.html = self._compile_derived(self._html_env, inlined)
        if self.text is None:
            text_source = restore(html_to_text(protected), originals)
            # Footnotes whose link or reference depends on the recipient (a merge value,
            # a block left out) are tidied per render (see html_text.tidy_footnotes).
            self._has_notes = "\n\n[1] " in text_source and "{" in text_source
            self._derived_text = self._compile_derived(self._derived_env, text_source)

    def _compile_derived(self, env: EnvoiSandbox, source: str) -> Template:
        try:
            return env.from_string(source)
        except TemplateSyntaxError:
            # The ahead-of-time conversion broke a tag (Jinja inside an HTML tag name,
            # say): fall back to converting each rendered page.
            self._inline_per_render = True
            return self.html_as_written

    @staticmethod
    def _compile(env: EnvoiSandbox, part: str, source: str) -> Template:
        try:
            return env.from_string(source)
        except RecursionError as exc:  # thousands of nested brackets
            raise TemplateProblem(
                Text("The {part} template is nested too deeply to read.", part=_part(part)),
                Text("Look for brackets or tags opened many times over."),
                str(exc),
                part=part,
            ) from exc
        except TemplateSyntaxError as exc:
            line, column = _position(exc, source)
            where = (
                Text("line {line}, column {column}", line=line, column=column)
                if column
                else Text("line {line}", line=line)
            )
            raise TemplateProblem(
                Text(
                    "The {part} template has an error at {where}: {problem}.",
                    part=_part(part),
                    where=where,
                    problem=(exc.message or "").rstrip("."),
                ),
                Text(
                    "Check the {tags} tags on that line: each must be closed.",
                    tags="{{ }} and {% %}",
                ),
                str(exc),
                part=part,
                line=line,
                column=column,
            ) from exc

    def render(self, context: Mapping[str, Any]) -> RenderedContent:
        budget = RenderBudget(self.limits)
        token = limits.CURRENT.set(budget)
        try:
            subject = "".join(self._run("subject", self.subject, context, budget)).strip()
            preheader = "".join(self._run("preheader", self.preheader, context, budget)).strip()
            ctx = {**context, "subject": subject, "preheader": preheader}
            html_chunks = self._run("html", self.html, ctx, budget) if self.source.html else []
            html = "".join(html_chunks)
            if self._inline_per_render and html:
                html = inline_css(html)
                html_chunks = [html]
            if self.text is not None:
                text_chunks = self._run("text", self.text, ctx, budget)
                text = "".join(text_chunks)
            elif self._derived_text is not None and not self._inline_per_render:
                text_chunks = self._run("text", self._derived_text, ctx, budget)
                text = "".join(text_chunks)
                if _BLANK_LINES.search(text):
                    text = _BLANK_LINES.sub("\n\n", text)
                    text_chunks = [text]
                if self._has_notes and (tidy := tidy_footnotes(text)) is not text:
                    text, text_chunks = tidy, [tidy]
            else:
                text = html_to_text(html) if html else ""
                text_chunks = [text]
        finally:
            limits.CURRENT.reset(token)
        return RenderedContent(
            subject,
            preheader,
            html,
            text,
            frozenset(budget.missing),
            tuple(html_chunks),
            tuple(text_chunks),
        )

    def _run(
        self, part: str, template: Template, context: Mapping[str, Any], budget: RenderBudget
    ) -> list[str]:
        chunks: list[str] = []
        cap = budget.limits.max_chars
        try:
            try:
                # Batches of chunks, joined and measured by C code: the per-chunk Python
                # loop of Template.generate cost a third of a render.
                stream = template.root_render_func(template.new_context(dict(context)))
                size = 0
                while batch := list(islice(stream, _BATCH)):
                    size += sum(map(len, batch))
                    if size > cap:
                        raise limits.too_big("output", size, cap)
                    chunks.extend(batch)
            except Exception:
                # Jinja rewrites the traceback so that it points at template lines.
                template.environment.handle_exception()
            budget.check_clock()
        except TemplateLimitError as exc:
            raise TemplateProblem(
                Text(
                    "The {part} template was stopped: {reason}",
                    part=_part(part),
                    reason=exc.user_message,
                ),
                exc.hint,
                exc.detail,
                part=part,
                line=self._line(part, exc, context),
            ) from exc
        except SecurityError as exc:
            raise TemplateSecurityError(
                Text(
                    "The {part} template tried to use something templates may not use.",
                    part=_part(part),
                ),
                Text("Templates can read contact, campaign and sender values only."),
                str(exc),
                part=part,
                line=self._line(part, exc, context),
            ) from exc
        except RecursionError as exc:
            raise TemplateProblem(
                Text(
                    "The {part} template was stopped: a macro calls itself too deeply.",
                    part=_part(part),
                ),
                Text("Check that the macro stops calling itself at some point."),
                str(exc),
                part=part,
            ) from exc
        except Exception as exc:  # any error of the template's own logic
            line = self._line(part, exc, context)
            raise TemplateProblem(
                Text(
                    "The {part} template fails at line {line}: {problem}.",
                    part=_part(part),
                    line=line,
                    problem=str(exc),
                )
                if line
                else Text(
                    "The {part} template fails: {problem}.", part=_part(part), problem=str(exc)
                ),
                Text("Check the values and filters used on that line."),
                f"{type(exc).__name__}: {exc}",
                part=part,
                line=line,
            ) from exc
        return chunks

    def _line(self, part: str, exc: BaseException, context: Mapping[str, Any]) -> int | None:
        line = _template_line(exc.__traceback__)
        if part != "html" or self.html is self.html_as_written:
            return line
        # The inlined template's lines are not the user's: run the template as written
        # on the same values (with a fresh budget) to read the line there.
        token = limits.CURRENT.set(RenderBudget(self.limits))
        try:
            for _chunk in self.html_as_written.generate(context):
                pass
        except Exception as again:
            return _template_line(again.__traceback__) or line
        finally:
            limits.CURRENT.reset(token)
        return line
