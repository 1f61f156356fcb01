"""Numbers, dates and times as the window's language writes them (QLocale's default, which
envoi.ui.i18n sets to the chosen language). English of no region (what a C or POSIX system
locale becomes) writes dates as ISO 8601, 2026-12-08 02:04: no reader misreads it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from envoi.ui.i18n import NO_REGION_ENGLISH

ISO_DATE, ISO_DATE_TIME = "yyyy-MM-dd", "yyyy-MM-dd HH:mm"


def _no_region_english() -> bool:
    return QLocale().name() == NO_REGION_ENGLISH


def _four_digit_year(text: str) -> str:
    # An editor must not guess the century: "dd/MM/yy" becomes "dd/MM/yyyy".
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def editor_date_format() -> str:
    """The locale's short date format, for QDateEdit.setDisplayFormat."""
    if _no_region_english():
        return ISO_DATE
    return _four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def editor_date_time_format() -> str:
    """The locale's short date and time format, for QDateTimeEdit.setDisplayFormat."""
    if _no_region_english():
        return ISO_DATE_TIME
    return _four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    """The wall-clock date and time of ``value`` (to the minute), as the user typed it."""
    return QDateTime(to_qdate(value), QTime(value.hour, value.minute))


def short_date_time(value: datetime) -> str:
    """A date and time in the locale's short form (08/01/2024 09:30 in French)."""
    return QLocale().toString(to_qdatetime(value), editor_date_time_format())


def short_date(value: date) -> str:
    """A date in the locale's short form, with a four-digit year."""
    return QLocale().toString(to_qdate(value), editor_date_format())


def number(value: int) -> str:
    """An integer with the locale's digit grouping (1,234 / 1 234)."""
    return QLocale().toString(value)
