"""Bounces over time by reason: the reusable stacked bar chart (``ui/widgets/bar_chart``)
fed with `envoi.reports` bounce days, in the Bounces area's words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from envoi.reports.returned import BounceDay
from envoi.ui.views.bounces.reason_labels import reason_label, reason_labels
from envoi.ui.widgets.bar_chart import StackedBarChart


class BounceChart(StackedBarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_texts(self.tr("No bounces in the last 30 days"), self.tr("Other reasons"))

    def set_counts(self, counts: Sequence[BounceDay], days: int = 30) -> None:
        """The last ``days`` days, today last (local days, as `Reports.bounce_days` gives)."""
        today = date.today()
        labels = reason_labels()
        self.set_data(
            [today - timedelta(days=i) for i in range(days - 1, -1, -1)],
            [(c.day, c.reason, c.count) for c in counts],
            lambda reason: reason_label(reason, labels),
        )

    def reasons(self) -> list[str]:
        return self.series()
