"""Retry failed recipients: the question that states the rule, and the answer's summary.

The rule is `envoi.sending.retry`'s: suppressed addresses are never queued again; addresses
the server said do not exist only when the user ticks the box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from envoi.sending.retry import RetryResult


def retry_question(parent: QWidget, failed: int) -> QMessageBox:
    """The question (not yet shown): Ok queues again; its check box includes the addresses
    refused as non-existent."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RetryFailed", "Retry failed recipients"))
    box.setText(
        QCoreApplication.translate(
            "RetryFailed", "Queue the {0} failed recipients again? Resume then sends them."
        ).format(QLocale().toString(failed))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "RetryFailed",
            "Addresses on the suppression list (unsubscribed, complained, bounced back) are "
            "never queued again. Addresses the server said do not exist are queued again "
            "only if you tick the box below.",
        )
    )
    # Parented: the box does not keep the Python wrapper alive on its own.
    box.setCheckBox(
        QCheckBox(
            QCoreApplication.translate("RetryFailed", "Also retry addresses said not to exist"), box
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("RetryFailed", "Queue again")
    )
    return box


def retry_summary(result: RetryResult) -> str:
    number = QLocale().toString
    parts = [
        QCoreApplication.translate("RetryFailed", "{0} recipients queued again.").format(
            number(result.queued)
        )
    ]
    if result.kept_suppressed:
        parts.append(
            QCoreApplication.translate("RetryFailed", "{0} kept: on the suppression list.").format(
                number(result.kept_suppressed)
            )
        )
    if result.kept_hard:
        parts.append(
            QCoreApplication.translate(
                "RetryFailed", "{0} kept: the server said the address does not exist."
            ).format(number(result.kept_hard))
        )
    return " ".join(parts)
