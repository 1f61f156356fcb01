"""A report's figures in the window's words: rates in the locale's way ("12,5 %" in
French), "no tracking" where a campaign measured nothing (never 0 %)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from envoi.reports.campaign import Engagement
from envoi.reports.providers import PROVIDER_NAMES, Provider
from envoi.ui.widgets.locale_format import number


def no_tracking() -> str:
    return QCoreApplication.translate("ReportFormat", "no tracking")


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    text = QLocale().toString(value * 100, "f", 1)
    # French writes a (narrow no-break) space before the sign.
    french = QLocale().language() == QLocale.Language.French
    return text + ("\u202f%" if french else "%")


def tracked_percent(value: float | None, tracked: bool) -> str:
    return percent(value) if tracked else no_tracking()


def engagement(e: Engagement | None) -> str:
    if e is None:
        return no_tracking()
    if e.unique_human is None:  # tracked anonymously: events only
        text = QCoreApplication.translate("ReportFormat", "%1 by people, %2 by machines")
        return text.replace("%1", number(e.human)).replace("%2", number(e.machine))
    return (
        QCoreApplication.translate("ReportFormat", "%1 people (%2 times), %3 by machines")
        .replace("%1", number(e.unique_human))
        .replace("%2", number(e.human))
        .replace("%3", number(e.machine))
    )


def provider_label(provider: str) -> str:
    """Brand names stay as they are in every language; the other rows are translated."""
    if provider == Provider.OWN.value:
        return QCoreApplication.translate("ReportFormat", "Own domain")
    if provider == Provider.OTHER.value:
        return QCoreApplication.translate("ReportFormat", "Other")
    if provider == Provider.NO_MX.value:
        return QCoreApplication.translate("ReportFormat", "No MX found")
    try:
        return PROVIDER_NAMES[Provider(provider)]
    except ValueError:
        return QCoreApplication.translate("ReportFormat", "Not looked up yet")
