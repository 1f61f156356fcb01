"""The values a template sees: contact, campaign, sender, links; and who lacks which.

Merge values are held in ``MergeDict``s. The sandbox reads them through ``read``, which
notes every key that comes back missing or empty in the render's budget: that is how
"Check content" learns, while rendering each recipient for real, which contacts lack
which field (conditions included: a field read only inside a false ``{% if %}`` is not
needed for that contact).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from envoi.templates import limits

# Names a contact always has; custom fields with the same name do not shadow them.
CORE_FIELDS = ("email", "first_name", "last_name")


class MergeDict(dict[str, Any]):
    """A dict of merge values whose reads are recorded when missing or empty."""

    __slots__ = ("prefix",)

    def __init__(self, values: Mapping[str, Any], prefix: str = "") -> None:
        super().__init__(values)
        self.prefix = prefix

    def read(self, key: str, undefined: Callable[..., Any]) -> Any:
        try:
            value = self[key]
        except KeyError:
            self.note(key)
            return undefined(obj=self, name=key)
        if value is None or value == "":
            self.note(key)
        return value

    def note(self, key: str) -> None:
        budget = limits.CURRENT.get()
        if budget is not None:
            budget.missing.add(self.prefix + key)


@dataclass(frozen=True, slots=True)
class Sender:
    name: str
    email: str
    postal_address: str = ""
    company: str = ""
    reply_to: str = ""
    # Where unsubscribe mail goes (the mailbox the bounce poller reads; empty: the
    # campaign's Reply-To, else its From), and the HTTPS unsubscribe page, if any.
    bounce_address: str = ""
    unsubscribe_url: str = ""
    logo: str = ""  # https address of the logo image (Settings > Sender)


@dataclass(frozen=True, slots=True)
class Campaign:
    name: str
    id: int | None = None
    locale: str = "en"  # used when the contact has no 'locale' / 'language' field
    extra: Mapping[str, Any] = field(default_factory=dict)


def contact_values(
    email: str,
    first_name: str = "",
    last_name: str = "",
    fields: Mapping[str, Any] | None = None,
    tags: Iterable[str] = (),
    lists: Iterable[str] = (),
) -> MergeDict:
    """``contact.city`` and ``contact.fields.city`` both read the custom field ``city``."""
    custom = MergeDict(fields or {})
    values: dict[str, Any] = dict(custom)
    values.update(
        email=email,
        first_name=first_name,
        last_name=last_name,
        full_name=f"{first_name} {last_name}".strip(),
        fields=custom,
        tags=tuple(tags),
        lists=tuple(lists),
    )
    return MergeDict(values)


def contact_locale(contact: Mapping[str, Any], campaign: Campaign) -> str:
    for key in ("locale", "language", "lang"):
        value = contact.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return campaign.locale


def build_context(
    contact: MergeDict,
    campaign: Campaign,
    sender: Sender,
    unsubscribe_url: str = "",
    view_online_url: str = "",
    preferences_url: str = "",
) -> dict[str, Any]:
    """``unsubscribe_url`` and the other links come from the message's ``LinkSet``
    (``envoi.message.links``): on the send path, never a placeholder."""
    return {
        "contact": contact,
        "campaign": MergeDict(
            {"name": campaign.name, "id": campaign.id, **campaign.extra}, "campaign."
        ),
        "sender": MergeDict(
            {
                "name": sender.name,
                "email": sender.email,
                "postal_address": sender.postal_address,
                "company": sender.company or sender.name,
                "reply_to": sender.reply_to,
                "logo": sender.logo,
            },
            "sender.",
        ),
        "unsubscribe_url": unsubscribe_url,
        "view_online_url": view_online_url,
        "preferences_url": preferences_url,
        "locale": contact_locale(contact, campaign),
    }


SAMPLE_CONTACT = contact_values(
    "elodie.dupre@example.com",
    "Élodie",
    "Dupré",
    {"city": "Lyon", "locale": "fr", "points": 1250, "member_since": "2021-03-01"},
    tags=("vip",),
)
