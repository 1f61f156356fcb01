"""Dates, numbers and amounts written the way a French or English reader expects.

A small table rather than Babel: two languages need a few dozen words and two number
conventions, and the filters run once per recipient, so they must be cheap. Unknown
locales fall back to English.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
# (thousands separator, decimal mark); French groups with a narrow no-break space.
NUMBER_MARKS = {"en": (",", "."), "fr": ("\u202f", ",")}
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "CAD": "$"}


def language(locale: str | None) -> str:
    """'fr_CA', 'fr-FR', 'FR' -> 'fr'; anything unknown -> 'en'."""
    if not locale:
        return "en"
    lang = str(locale).replace("-", "_").split("_", 1)[0].lower()
    return lang if lang in MONTHS else "en"


def as_date(value: Any) -> date | None:
    """A date from a date, a datetime or an ISO string (custom fields are stored as text)."""
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return (
                datetime.fromisoformat(text)
                if "T" in text or " " in text
                else (date.fromisoformat(text))
            )
        except ValueError:
            return None
    return None


def format_date(value: Any, style: str = "long", locale: str | None = None) -> str:
    """short: 05/03/2026 (fr) or 03/05/2026 (en); long: 5 mars 2026 or March 5, 2026;
    full adds the weekday. A value that is not a date is returned as written."""
    when = as_date(value)
    if when is None:
        return "" if value is None else str(value)
    lang = language(locale)
    if style == "short":
        if lang == "fr":
            return f"{when.day:02d}/{when.month:02d}/{when.year}"
        return f"{when.month:02d}/{when.day:02d}/{when.year}"
    month = MONTHS[lang][when.month - 1]
    if lang == "fr":
        day = "1er" if when.day == 1 else str(when.day)
        text = f"{day} {month} {when.year}"
    else:
        text = f"{month} {when.day}, {when.year}"
    if style == "full":
        weekday = WEEKDAYS[lang][when.weekday()]
        text = f"{weekday} {text}" if lang == "fr" else f"{weekday}, {text}"
    return text


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return (
            Decimal(str(value).strip().replace(",", "."))
            if isinstance(value, str)
            else (Decimal(value))
        )
    except (InvalidOperation, ValueError, TypeError):
        return None


def format_number(value: Any, decimals: int | None = None, locale: str | None = None) -> str:
    """1234.5 -> '1,234.5' (en) or '1 234,5' (fr). ``decimals`` rounds and pads."""
    number = _as_decimal(value)
    if number is None or not number.is_finite():
        return "" if value is None else str(value)
    decimals = max(0, min(int(decimals), 12)) if decimals is not None else None
    if decimals is None:
        text = (
            format(number.normalize(), "f")
            if number == number.to_integral()
            else (format(number, "f"))
        )
        if "." in text and number != number.to_integral():
            text = text.rstrip("0")
    else:
        text = format(number.quantize(Decimal(1).scaleb(-decimals)), "f")
    negative = text.startswith("-")
    digits, _, frac = text.lstrip("-").partition(".")
    thousands, mark = NUMBER_MARKS[language(locale)]
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    out = thousands.join(groups) + (mark + frac if frac else "")
    return "-" + out if negative else out


def format_currency(value: Any, currency: str = "EUR", locale: str | None = None) -> str:
    """12.5 EUR -> '12,50 €' (fr) or '€12.50' (en)."""
    amount = format_number(value, 2, locale)
    if _as_decimal(value) is None:
        return amount
    symbol = CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())
    if language(locale) == "fr":
        return f"{amount}\u00a0{symbol}"
    if amount.startswith("-"):
        return f"-{symbol}{amount[1:]}"
    return f"{symbol}{amount}"


# Lower-case name particles, kept lower-case inside a name ("Jean de la Fontaine").
PARTICLES = frozenset({"de", "du", "des", "la", "le", "d", "van", "von", "der", "den", "di", "da"})


# Nicknames and asides, kept exactly as written: 'Carol "CJ"', 'Ann (Annie)'.
_QUOTED = re.compile(r'("[^"]*"|“[^”]*”|«[^»]*»|\([^)]*\)|\'[^\'\s]+\'(?=\s|$))')


def name_case(value: Any) -> str:
    """Title case for people's names: 'JEAN-PIERRE DE LA FONTAINE' -> 'Jean-Pierre de la
    Fontaine', "o'neil" -> "O'Neil", 'mcdonald' -> 'McDonald'. Jinja's ``title`` gets
    hyphens and particles wrong. A name typed with its own capitals is the person's
    spelling: its mixed-case words ('McDonald', 'DeShawn'), short capitals ('CJ') and
    particles ('van der Berg') stay as they are, and quoted nicknames or asides in
    brackets ('Carol "CJ"') are never touched."""
    if value is None:
        return ""
    text = str(value)
    letters = [c for c in text if c.isalpha()]
    typed = any(c.isupper() for c in letters) and any(c.islower() for c in letters)
    out = []
    first = True
    for part in _QUOTED.split(text):
        if _QUOTED.fullmatch(part):
            out.append(part)
            first = False
            continue
        words = []
        for word in part.split(" "):
            if word:
                words.append(_name_word(word, first=first, typed=typed))
                first = False
            else:
                words.append(word)
        out.append(" ".join(words))
    return "".join(out)


def _name_word(word: str, *, first: bool, typed: bool) -> str:
    lower = word.lower()
    if typed:
        if word != lower and word != word.upper():
            return word  # its own capitals: McDonald, DeShawn, O'Brien
        if word == lower and lower in PARTICLES:
            return word  # "van der Berg" as typed
        if word == word.upper() and len(word) <= 3:
            return word  # initials: CJ, JR
    if not first and lower in PARTICLES:
        return lower
    if lower.startswith("mc") and len(lower) > 3 and lower[2:3].isalpha():
        return "Mc" + _cap_parts(lower[2:])
    return _cap_parts(lower)


def _cap_parts(word: str) -> str:
    result = []
    capitalise = True
    for char in word:
        result.append(char.upper() if capitalise else char)
        capitalise = char in "-'’"
    return "".join(result)
