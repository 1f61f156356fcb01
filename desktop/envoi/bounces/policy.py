"""What a bounce does to a contact, as the user configured it (settings key `bounces.policy`).

Hard bounce (the address is bad) -> bounced, suppressed at once. Soft bounces (full
mailbox, blocked, filtered...) -> bounced after `soft_limit` of them within
`soft_window_days`. Complaint -> complained (suppressed, and shown as a complaint). A mail
to the List-Unsubscribe address (feedback type opt-out) -> unsubscribed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from envoi.errors import InvalidInputError, Text
from envoi.store.settings import get_setting, put_setting

SETTING_KEY = "bounces.policy"


@dataclass(frozen=True, slots=True)
class BouncePolicy:
    suppress_hard: bool = True
    soft_limit: int = 3
    soft_window_days: int = 14
    suppress_complaints: bool = True
    honour_unsubscribe_mail: bool = True

    def __post_init__(self) -> None:
        if self.soft_limit < 1:
            raise InvalidInputError(
                Text("The number of soft bounces before suppression must be at least 1."),
                Text("Set it to 1 to suppress on the first soft bounce."),
            )
        if self.soft_window_days < 1:
            raise InvalidInputError(
                Text("The soft-bounce window must be at least one day."),
                Text("Use a number of days >= 1."),
            )

    @classmethod
    def from_json(cls, data: Any) -> BouncePolicy:
        if not isinstance(data, dict):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key in known:
                values[key] = bool(value) if isinstance(getattr(cls(), key), bool) else int(value)
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def load_policy(session: Session) -> BouncePolicy:
    try:
        return BouncePolicy.from_json(get_setting(session, SETTING_KEY))
    except (InvalidInputError, TypeError, ValueError):
        return BouncePolicy()  # a hand-edited bad value must not stop bounce processing


def save_policy(session: Session, policy: BouncePolicy) -> None:
    put_setting(session, SETTING_KEY, policy.to_json())
