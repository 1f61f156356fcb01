"""The content checks' findings (envoi.templates.checks) in the window's language.

The checks are Qt-free and speak English; each finding has a code from a small fixed set,
so the view words it by code. A code this module does not know keeps the core's message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from envoi.templates.checks import ContentIssue, ContentReport
from envoi.ui.i18n import translate_core


def severity_label(severity: str) -> str:
    labels = {
        "error": QCoreApplication.translate("ContentIssue", "error"),
        "warning": QCoreApplication.translate("ContentIssue", "warning"),
        "info": QCoreApplication.translate("ContentIssue", "info"),
    }
    return labels.get(severity, severity)


def issue_text(issue: ContentIssue, report: ContentReport, *, postal_address_set: bool) -> str:
    """``issue`` as a person reads it; ``postal_address_set`` tells the two postal-address
    findings apart (none set, or set but absent from the message), as the checks do."""
    code = issue.code
    if code == "empty_subject":
        return QCoreApplication.translate("ContentIssue", "The subject is empty.")
    if code == "size_over_102kb":
        size = QLocale().formattedDataSize(
            report.html_bytes, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )
        return QCoreApplication.translate(
            "ContentIssue",
            "The HTML is {size}: Gmail cuts messages over 102 KB and hides the rest (often "
            "the unsubscribe link) behind a link.",
        ).format(size=size)
    if code == "no_text_part":
        return QCoreApplication.translate(
            "ContentIssue",
            "The message has no plain-text part; some readers and filters want one.",
        )
    if code == "image_without_alt":
        return QCoreApplication.translate(
            "ContentIssue",
            "An image has no alt text; it shows as nothing when images are blocked.",
        )
    if code == "no_unsubscribe_link":
        return QCoreApplication.translate("ContentIssue", "The message has no unsubscribe link.")
    if code == "no_postal_address" and not postal_address_set:
        return QCoreApplication.translate(
            "ContentIssue",
            "No postal address is set for the sender; the law in many countries asks for one "
            "in every marketing message.",
        )
    if code == "no_postal_address":
        return QCoreApplication.translate(
            "ContentIssue", "The sender's postal address does not appear in the message."
        )
    if code == "all_image_content":
        return QCoreApplication.translate(
            "ContentIssue",
            "The message is mostly images with little text; filters distrust that, and "
            "readers who block images see nothing.",
        )
    return translate_core(issue.message)
