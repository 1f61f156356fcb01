"""Bounces over time by reason: stacked bars per day, drawn with QPainter (no QtCharts in
PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from envoi.ui.views.bounces.reason_labels import reason_label, reason_labels
from envoi.ui.widgets.locale_format import number, short_date

_PALETTE = [
    "#d1495b", "#edae49", "#00798c", "#30638e", "#003d5b", "#8f2d56", "#6a994e", "#a7c957",
    "#bc4749", "#577590",
]  # fmt: skip
LEGEND_LINES = 8
OTHER = ""  # the reasons past the legend's last line but one, drawn as one


class BounceChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[str] = []
        self._reasons: list[str] = []
        self._counts: dict[tuple[str, str], int] = {}
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(600, 180)

    def set_counts(self, counts: Sequence[tuple[str, str, int]], days: int = 30) -> None:
        """(YYYY-MM-DD, reason, count) from BounceService.daily_counts."""
        today = date.today()
        self._days = [(today - timedelta(days=i)).isoformat() for i in range(days - 1, -1, -1)]
        totals: dict[str, int] = {}
        for _day, reason, n in counts:
            totals[reason] = totals.get(reason, 0) + n
        # The most frequent reasons first; the legend shows at most eight, the rest as one.
        ranked = sorted(totals, key=lambda r: -totals[r])
        shown = set(ranked if len(ranked) <= LEGEND_LINES else ranked[: LEGEND_LINES - 1])
        self._counts = {}
        for day, reason, n in counts:
            key = (day, reason if reason in shown else OTHER)
            self._counts[key] = self._counts.get(key, 0) + n
        self._reasons = [r for r in ranked if r in shown] + (
            [OTHER] if len(shown) < len(ranked) else []
        )
        self.update()

    def reasons(self) -> list[str]:
        return list(self._reasons)

    def total(self) -> int:
        return sum(self._counts.values())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(8, 8, -8, -8)
        legend_width = 180
        plot = QRectF(
            rect.left() + 30, rect.top(), rect.width() - legend_width - 40, rect.height() - 20
        )
        painter.setPen(self.palette().text().color())
        if not self._days or not self._counts:
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No bounces in the last 30 days")
            )
            return
        per_day = [sum(self._counts.get((d, r), 0) for r in self._reasons) for d in self._days]
        top = max(1, max(per_day))
        painter.drawText(
            QRectF(rect.left(), plot.top() - 2, 28, 14),
            Qt.AlignmentFlag.AlignRight,
            number(top),
        )
        painter.drawText(
            QRectF(rect.left(), plot.bottom() - 12, 28, 14), Qt.AlignmentFlag.AlignRight, "0"
        )
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        slot = plot.width() / len(self._days)
        colours = {r: QColor(_PALETTE[i % len(_PALETTE)]) for i, r in enumerate(self._reasons)}
        for i, day in enumerate(self._days):
            y = plot.bottom()
            for reason in self._reasons:
                n = self._counts.get((day, reason), 0)
                if not n:
                    continue
                h = plot.height() * n / top
                painter.fillRect(
                    QRectF(plot.left() + i * slot + 1, y - h, max(1.0, slot - 2), h),
                    colours[reason],
                )
                y -= h
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 2, 80, 16),
            Qt.AlignmentFlag.AlignLeft,
            short_date(date.fromisoformat(self._days[0])),
        )
        painter.drawText(
            QRectF(plot.right() - 80, plot.bottom() + 2, 80, 16),
            Qt.AlignmentFlag.AlignRight,
            short_date(date.fromisoformat(self._days[-1])),
        )
        x = plot.right() + 16
        labels = reason_labels()
        metrics = painter.fontMetrics()
        for n, reason in enumerate(self._reasons):
            y = rect.top() + n * 18
            painter.fillRect(QRectF(x, y + 3, 10, 10), colours[reason])
            text = self.tr("Other reasons") if reason == OTHER else reason_label(reason, labels)
            label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, legend_width - 20)
            painter.drawText(
                QRectF(x + 16, y, legend_width - 20, 16), Qt.AlignmentFlag.AlignLeft, label
            )
        painter.end()
