"""The sender's identity: who the messages are from, and where replies and returns go.

One identity, kept in the settings row ``sender`` (the keys `load_sender` reads, plus the
ones only this page sets), edited in Settings > Sender and by `envoi templates sender`.
Templates show the company, the postal address (the law in many countries asks for it in
every marketing message) and the logo; a new campaign starts from the From name and
address and the Reply-To; the address the bounce poller reads receives returned mail and
unsubscribe mail.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from envoi.contacts.addresses import InvalidAddress, normalize
from envoi.errors import InvalidInputError, Text
from envoi.header_values import clean
from envoi.store.engine import Store
from envoi.store.settings import Settings, get_dict, put_setting

SENDER_SETTING = "sender"

# SenderIdentity field -> its key in the settings row (the older keys are load_sender's).
_KEYS = {
    "company": "company",
    "postal_address": "postal_address",
    "from_name": "name",
    "from_email": "email",
    "reply_to": "reply_to",
    "logo": "logo",
    "bounce_address": "bounce_address",
}
_ADDRESSES = ("from_email", "reply_to", "bounce_address")
_LABELS: dict[str, str] = {
    "company": Text("company"),
    "postal_address": Text("postal address"),
    "from_name": Text("From name"),
    "from_email": Text("From address"),
    "reply_to": Text("Reply-To address"),
    "logo": Text("logo"),
    "bounce_address": Text("address for returned mail"),
}


@dataclass(frozen=True, slots=True)
class SenderIdentity:
    company: str = ""
    postal_address: str = ""
    from_name: str = ""
    from_email: str = ""
    reply_to: str = ""
    logo: str = ""  # an https:// address of the image (mail readers fetch it from there)
    # Where unsubscribe mail goes: the mailbox the bounce poller reads (empty: the send
    # path falls back to that mailbox's user name, else the Reply-To, else the From).
    bounce_address: str = ""

    def missing(self) -> list[str]:
        """The fields a marketing message needs and this identity lacks (field names)."""
        needed = ("company", "postal_address", "from_name", "from_email")
        return [name for name in needed if not getattr(self, name).strip()]


def load_identity(store: Store) -> SenderIdentity:
    saved = Settings(store).get_dict(SENDER_SETTING)
    return SenderIdentity(**{f: str(saved.get(key) or "") for f, key in _KEYS.items()})


def validate_identity(identity: SenderIdentity) -> SenderIdentity:
    """``identity`` with its values trimmed; InvalidInputError names the first bad one."""
    values = {f.name: str(getattr(identity, f.name)).strip() for f in fields(identity)}
    for name, value in values.items():
        clean(
            value,
            Text("sender's {field}", field=_LABELS[name]),
            hint=Text("Write it on one line (commas separate the parts of an address)."),
        )
    for name in _ADDRESSES:
        if values[name]:
            try:
                normalize(values[name])
            except InvalidAddress as exc:
                raise InvalidInputError(
                    Text(
                        "The sender's {field} '{address}' is not an email address.",
                        field=_LABELS[name],
                        address=values[name],
                    ),
                    Text("Type the address in full, like news@example.com."),
                    str(exc),
                ) from exc
    logo = values["logo"]
    if logo and not logo.lower().startswith("https://"):
        raise InvalidInputError(
            Text("The logo must be an https:// address."),
            Text(
                "Put the image on your website and paste its address: mail readers fetch it from "
                "there."
            ),
        )
    return SenderIdentity(**values)


def save_identity(store: Store, identity: SenderIdentity) -> SenderIdentity:
    """Validate and save; keys of the settings row this module does not know are kept."""
    identity = validate_identity(identity)
    with store.session() as session:
        value = get_dict(session, SENDER_SETTING)
        value.update({key: getattr(identity, f) for f, key in _KEYS.items()})
        put_setting(session, SENDER_SETTING, value)
    return identity
