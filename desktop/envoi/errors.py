"""Expected failures, told to a shop owner in one sentence, with a hint and a technical detail."""

from __future__ import annotations


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
