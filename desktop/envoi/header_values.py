"""The one check of a value meant for an e-mail header: no CR, LF or NUL, and a length.

Low in the layers (just above errors), so that every place that takes such a value can
call it: contact names and addresses, the sender's identity, a template file's header,
and ``envoi.message.headers``, which re-exports it as ``clean``. A line break in a header
value is how header injection works; refusing it wherever the value comes in means the
message builder never meets one.
"""

from __future__ import annotations

from envoi.errors import InvalidInputError, Text

_BREAKS = ("\r", "\n", "\0")


class HeaderInjectionError(InvalidInputError):
    """A value meant for a header holds a line break."""


def has_line_break(value: str) -> bool:
    """True when ``value`` holds a CR, LF or NUL."""
    return any(ch in value for ch in _BREAKS)


def clean(value: str, what: str, *, limit: int | None = None, hint: str = "") -> str:
    """``value`` unchanged, or HeaderInjectionError for a CR, LF or NUL and
    InvalidInputError for more than ``limit`` characters. ``what`` names the value for
    the user (a Text translates); ``hint`` replaces the default advice on the line break.
    The 998-octet line limit of a written header is ``message.headers.fold``'s."""
    if has_line_break(value):
        raise HeaderInjectionError(
            Text("The {what} contains a line break, which an e-mail header cannot hold.",
                 what=what),
            hint or Text("Write it on one line (check the imported data or the template)."),
            repr(value[:200]),
        )  # fmt: skip
    if limit is not None and len(value) > limit:
        raise InvalidInputError(
            Text("The {what} is longer than {limit} characters.", what=what, limit=limit),
            Text("Shorten it."),
            f"{len(value)} characters",
        )
    return value
