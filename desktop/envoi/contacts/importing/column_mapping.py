"""Suggest what each column of a contact file means, and convert typed values.

Header names are normalised (case, accents, punctuation, notes in brackets such as
PrestaShop's "(yyyy-mm-dd)" or a trailing "*") and matched against the names that
Mailchimp, Google Contacts, Outlook, Brevo, HubSpot, Shopify, listmonk, MailPoet and
Thunderbird exports use, in English, French and German. A column that matches nothing
becomes a custom field whose type is guessed from the sample values; an empty column, or
one that holds secrets (passwords), is ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from envoi.contacts import fields
from envoi.errors import InvalidInputError

TARGETS = ("email", "first_name", "last_name", "full_name", "tags", "status", "attributes")
IGNORE = "ignore"
CUSTOM = "custom:"

_EMAIL = {
    "email", "e mail", "email address", "e mail address", "emailaddress", "mail",
    "primary email", "e mail 1 value", "email 1 value", "courriel", "adresse email",
    "adresse e mail", "adresse mail", "e mail adresse", "mail address", "work email",
    "subscriber email", "customer email", "contact email", "email addresses",
}  # fmt: skip
_FIRST = {
    "first name", "firstname", "first", "given name", "givenname", "fname", "forename",
    "prenom", "vorname", "nombre", "first name s", "voornaam",
}  # fmt: skip
_LAST = {
    "last name", "lastname", "last", "family name", "familyname", "surname", "lname",
    "nom", "nom de famille", "nachname", "apellido", "apellidos", "achternaam",
}  # fmt: skip
_FULL = {
    "name", "full name", "fullname", "display name", "contact name", "customer name",
    "nom complet", "subscriber name",
}  # fmt: skip
_TAGS = {"tags", "tag", "labels", "label", "etiquettes", "schlagworte"}
_STATUS = {
    "status", "global status", "subscription status", "email status", "member status",
    "subscriber status", "email marketing status", "accepts email marketing",
    "accepts marketing", "newsletter", "subscribed", "is subscribed", "email subscription",
    "marketing status", "statut",
}  # fmt: skip
_ATTRIBUTES = {"attributes", "attribs", "custom fields", "attributes json"}
# Never copy these into a contact, whatever the user's file calls them.
_SECRET = re.compile(r"\b(pass ?word|passwd|pwd|mot de passe|kennwort|secret|token|cvv|iban)\b")
_ID_LIKE = re.compile(r"\b(id|uuid|phone|tel|telephone|mobile|fax|zip|postal|postcode|code|plz)\b")


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """One target per column (``TARGETS``, ``custom:<name>`` or ``ignore``).

    ``types`` holds the field type of each custom column (text, number, date, boolean) and
    ``labels`` the header it came from; both are "" for other columns.
    """

    targets: tuple[str, ...]
    types: tuple[str, ...]
    labels: tuple[str, ...]

    @property
    def email_index(self) -> int | None:
        return self.targets.index("email") if "email" in self.targets else None

    def with_target(self, index: int, target: str, field_type: str = "text") -> ColumnMapping:
        """A copy with column ``index`` mapped to ``target``; "email" moves, it is never
        doubled, because one row is one contact."""
        targets = list(self.targets)
        types = list(self.types)
        if target in TARGETS and target in targets:
            other = targets.index(target)
            targets[other], types[other] = IGNORE, ""
        targets[index] = target
        types[index] = field_type if target.startswith(CUSTOM) else ""
        return replace(self, targets=tuple(targets), types=tuple(types))


def normalize_header(header: str) -> str:
    text = unicodedata.normalize("NFKD", header)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def field_name(header: str) -> str:
    """The custom field name a header becomes, by the same rule as fields typed by hand."""
    try:
        return fields.field_name(normalize_header(header))
    except InvalidInputError:
        return "field"  # a header in a script with no ASCII letters: the user renames it


# Placeholders exporters write for "no value". Not "NA": that is Namibia in a country column.
# Outlook writes 0/0/00 (0.0.00 in German) for a date it does not have; MySQL 0000-00-00.
NULL_WORDS = frozenset(
    {"", "null", "none", "n/a", "-", "--", "nil", "#n/a", "0/0/00", "0/0/0000", "0.0.00",
     "0.0.0000", "00/00/0000", "00.00.0000", "0000-00-00"}
)  # fmt: skip
# The same in the spellings met in files, so that the hot loop needs no lower().
NULL_SPELLINGS = frozenset(
    {w for word in NULL_WORDS for w in (word, word.upper(), word.capitalize())}
)
TRUE_WORDS = frozenset({"yes", "true", "y", "oui", "ja", "si", "x", "1", "on"})
FALSE_WORDS = frozenset({"no", "false", "n", "non", "nein", "0", "off"})
_NUMBER = re.compile(r"[+-]?(?:0|[1-9]\d{0,14})(?:\.\d+)?|[+-]?0?\.\d+")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+\s*(?:UTC|GMT|Z|[+-]\d{2}:?\d{2})?)?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T][\d:.]+)?")
_NAMED_DATE = re.compile(r"(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{4})")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def is_null(value: str) -> bool:
    return value.strip().lower() in NULL_WORDS


def parse_bool(value: str) -> bool | None:
    text = value.strip().lower()
    return True if text in TRUE_WORDS else False if text in FALSE_WORDS else None


def parse_number(value: str) -> int | float | None:
    text = value.strip()
    if not _NUMBER.fullmatch(text):
        return None
    return float(text) if "." in text else int(text)


def parse_date(value: str, order: str = "dmy") -> str | None:
    """ISO 'YYYY-MM-DD' for the common spreadsheet spellings of a date; None otherwise.

    ``order`` settles 03/04/2024 for the whole column ("dmy" or "mdy"); dotted dates are
    always day first (German and French exports).
    """
    text = value.strip()
    try:
        if m := _ISO.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        if m := _NUMERIC_DATE.fullmatch(text):
            a, b = int(m[1]), int(m[3])
            day, month = (b, a) if order == "mdy" and m[2] != "." else (a, b)
            return date(int(m[4]), month, day).isoformat()
        if (m := _NAMED_DATE.fullmatch(text)) and m[2].lower() in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2].lower()], int(m[1])).isoformat()
    except ValueError:
        return None
    return None


def date_order(values: Sequence[str]) -> str:
    """'mdy' when some slashed value only makes sense month first, else 'dmy'."""
    for value in values:
        m = _NUMERIC_DATE.fullmatch(value.strip())
        if m and m[2] != "." and int(m[3]) > 12 >= int(m[1]):
            return "mdy"
    return "dmy"


def guess_type(header: str, values: Sequence[str]) -> str:
    """text, number, date or boolean, from the non-empty sample values of a column."""
    seen = [v for v in values if not is_null(v)]
    if not seen:
        return "text"
    norm = normalize_header(header)
    bools = all(parse_bool(v) is not None for v in seen)
    zero_one = all(v.strip() in ("0", "1") for v in seen)
    # 0/1 alone is a number unless the header says it is a flag ("Newsletter (0/1)").
    if bools and (not zero_one or "0/1" in header.replace(" ", "")):
        return "boolean"
    order = date_order(seen)
    if all(parse_date(v, order) for v in seen):
        return "date"
    if not _ID_LIKE.search(norm) and all(parse_number(v) is not None for v in seen):
        return "number"
    return "text"


def _target_for(norm: str) -> str | None:
    for names, target in (
        (_EMAIL, "email"),
        (_FIRST, "first_name"),
        (_LAST, "last_name"),
        (_FULL, "full_name"),
        (_TAGS, "tags"),
        (_STATUS, "status"),
        (_ATTRIBUTES, "attributes"),
    ):
        if norm in names:
            return target
    return None


def _looks_like_email_column(values: Sequence[str]) -> bool:
    filled = [v.strip() for v in values if v.strip()]
    hits = sum(1 for v in filled if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v))
    return bool(filled) and hits * 2 > len(filled)


def suggest_mapping(
    headers: Sequence[str], sample_rows: Sequence[Sequence[str]] = ()
) -> ColumnMapping:
    """A first guess at the meaning of every column, for the user to correct in the preview."""
    columns = [[row[i] if i < len(row) else "" for row in sample_rows] for i in range(len(headers))]
    norms = [normalize_header(h) for h in headers]
    targets: list[str | None] = [None] * len(headers)
    for i, norm in enumerate(norms):
        if _SECRET.search(norm):
            targets[i] = IGNORE
            continue
        target = _target_for(norm)
        if target is not None and target not in targets:
            targets[i] = target
    if "email" not in targets:
        # Named loosely ("Email *", "E-mail (work)") or not named at all: any column whose
        # header says e-mail, else the column whose values are addresses.
        for i, norm in enumerate(norms):
            words = norm.split()
            says_mail = bool({"email", "mail", "courriel"} & set(words))
            if targets[i] is None and says_mail and not {"type", "2", "secondary"} & set(words):
                targets[i] = "email"
                break
    if "email" not in targets:
        for i in range(len(headers)):
            if targets[i] is None and _looks_like_email_column(columns[i]):
                targets[i] = "email"
                break
    has_parts = "first_name" in targets or "last_name" in targets
    final: list[str] = []
    types: list[str] = []
    labels: list[str] = []
    used: set[str] = set()
    for i, header in enumerate(headers):
        target = targets[i]
        if target == "full_name" and has_parts:
            target = IGNORE  # "Display Name" beside first/last names adds nothing
        if target is None:
            if sample_rows and all(is_null(v) for v in columns[i]):
                target = IGNORE
            else:
                name = field_name(header)
                base, n = name, 2
                while name in used:
                    name, n = f"{base}_{n}", n + 1
                used.add(name)
                target = CUSTOM + name
        final.append(target)
        types.append(guess_type(header, columns[i]) if target.startswith(CUSTOM) else "")
        labels.append(header.strip() if target.startswith(CUSTOM) else "")
    return ColumnMapping(tuple(final), tuple(types), tuple(labels))


def mapping_from_names(headers: Sequence[str], wanted: dict[str, str]) -> dict[int, str]:
    """Column indexes for ``{header: target}`` overrides given by name (the CLI's --map)."""
    found: dict[int, str] = {}
    lowered = [h.strip().lower() for h in headers]
    for name, target in wanted.items():
        key = name.strip().lower()
        if key.isdigit() and 1 <= int(key) <= len(headers):
            found[int(key) - 1] = target
        elif key in lowered:
            found[lowered.index(key)] = target
        else:
            raise KeyError(name)
    return found


# "inactive" counts as left: beehiiv and Mailchimp use it for people who unsubscribed, and
# wrongly keeping someone off the list is the mistake that costs less.
_UNSUBSCRIBED = frozenset(
    {"unsubscribed", "unsubscribe", "opted out", "opt out", "optout", "no", "false", "n", "0",
     "inactive", "desabonne", "abgemeldet", "unsubscribed manually"}
)  # fmt: skip


def status_value(value: str) -> str | None:
    """The contact status a status-like cell asks for; None when it does not say."""
    text = normalize_header(value)
    if text in _UNSUBSCRIBED:
        return "unsubscribed"
    if text in {"bounced", "cleaned", "hard bounce", "hardbounce", "bounce", "invalid"}:
        return "bounced"
    if text in {"complained", "spam", "complaint", "spam complaint", "abuse"}:
        return "complained"
    return None
