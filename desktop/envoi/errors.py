"""Expected failures, told to a shop owner in one sentence, with a hint and a technical detail."""

from __future__ import annotations

from typing import Any


class Text(str):
    """English text from the core that the window translates.

    It *is* the formatted English (a ``str``: the command line, the logs and every caller
    read it unchanged) and keeps its ``template`` and ``params``: the window shows
    ``envoi.ui.i18n.translate_core(text)``, the template translated in the "core" context
    and formatted with the same params (a param that is itself a Text is translated too).
    Write the template as a literal with named ``{fields}``, so that
    ``packaging/translations.py`` finds it: ``Text("The {what} is empty.", what=label)``.
    Joining or slicing one gives a plain str, which the window shows in English.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Text:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and deepcopy (dataclasses.asdict)
        return (_text, (self.template, self.params))


def _text(template: str, params: dict[str, Any]) -> Text:
    return Text(template, **params)


def text_to_json(text: str) -> Any:
    """``text`` as a JSON value that keeps a Text's template and params (a Text param
    nested; any other param that JSON cannot hold as its str), so that a message saved
    in the database can still be translated when read back (``text_from_json``)."""
    if not isinstance(text, Text):
        return text
    params = {
        k: text_to_json(v) if isinstance(v, str) else v if _plain(v) else str(v)
        for k, v in text.params.items()
    }
    return {"template": text.template, "params": params}


def text_from_json(value: Any) -> Any:
    """The Text (or plain value) that ``text_to_json`` wrote."""
    if isinstance(value, dict) and set(value) == {"template", "params"}:
        params = {k: text_from_json(v) for k, v in value["params"].items()}
        return Text(value["template"], **params)
    return value


def _plain(value: object) -> bool:
    return value is None or isinstance(value, bool | int | float)


class EnvoiError(Exception):
    """An expected failure: the environment's or the user's input, not a bug of ours."""

    def __init__(self, user_message: str, hint: str = "", detail: str = "") -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.hint = hint
        self.detail = detail

    def __str__(self) -> str:
        parts = [self.user_message]
        if self.hint:
            parts.append(self.hint)
        return " ".join(parts)


class InvalidInputError(EnvoiError):
    """A value typed or imported by the user cannot be used."""


class NotFoundError(EnvoiError):
    """Something the user named does not exist."""


class ConflictError(EnvoiError):
    """The change would break a rule (duplicate address, suppressed address...)."""


class ImportFileError(EnvoiError):
    """A contact file cannot be read at all (empty, binary, no email column...)."""


class DatabaseError(EnvoiError):
    """The database cannot be opened, migrated or reached."""
