"""Stacked bars over days (or any slots: a report's hours) with a legend, drawn with
QPainter (no QtCharts in PySide6-Essentials). The Bounces area draws its reasons with it;
the Reports area its campaign's hours.

The caller gives the slots (the x axis: days unless ``axis_label`` says how to write
another kind), (slot, series, count) triples and the texts, already translated: a label per
series, what to say when there is nothing, and the name of the line that gathers the series
past the legend.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from envoi.ui.widgets.locale_format import number, short_date

_PALETTE = [
    "#d1495b", "#edae49", "#00798c", "#30638e", "#003d5b", "#8f2d56", "#6a994e", "#a7c957",
    "#bc4749", "#577590",
]  # fmt: skip
LEGEND_LINES = 8
OTHER = ""  # the series past the legend's last line but one, drawn as one


class StackedBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[Any] = []
        self._series: list[str] = []
        self._counts: dict[tuple[Hashable, str], int] = {}
        self._axis_label: Callable[[Any], str] = short_date
        self._label: Callable[[str], str] = str
        self._empty_text = ""
        self._other_label = ""
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(600, 180)

    def set_texts(self, empty: str, other: str) -> None:
        """What to draw when there is no count, and the legend's line of the other series."""
        self._empty_text, self._other_label = empty, other
        self.update()

    def set_data(
        self,
        days: Sequence[Any],
        counts: Iterable[tuple[Any, str, int]],
        label: Callable[[str], str] = str,
        axis_label: Callable[[Any], str] = short_date,
    ) -> None:
        """One bar per day of ``days``; (day, series, count) stacked in it, the most frequent
        series first. The legend shows at most `LEGEND_LINES`, the rest as one."""
        rows = list(counts)
        totals: dict[str, int] = {}
        for _day, series, n in rows:
            totals[series] = totals.get(series, 0) + n
        ranked = sorted(totals, key=lambda s: -totals[s])
        shown = set(ranked if len(ranked) <= LEGEND_LINES else ranked[: LEGEND_LINES - 1])
        self._counts = {}
        for day, series, n in rows:
            key = (day, series if series in shown else OTHER)
            self._counts[key] = self._counts.get(key, 0) + n
        self._series = [s for s in ranked if s in shown] + (
            [OTHER] if len(shown) < len(ranked) else []
        )
        self._days = list(days)
        self._label = label
        self._axis_label = axis_label
        self.update()

    def series(self) -> list[str]:
        """The legend's series, in order (`OTHER` last when some are gathered)."""
        return list(self._series)

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
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        per_day = [sum(self._counts.get((d, s), 0) for s in self._series) for d in self._days]
        top = max(1, max(per_day))
        painter.drawText(
            QRectF(rect.left(), plot.top() - 2, 28, 14), Qt.AlignmentFlag.AlignRight, number(top)
        )
        painter.drawText(
            QRectF(rect.left(), plot.bottom() - 12, 28, 14), Qt.AlignmentFlag.AlignRight, "0"
        )
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        slot = plot.width() / len(self._days)
        colours = {s: QColor(_PALETTE[i % len(_PALETTE)]) for i, s in enumerate(self._series)}
        for i, day in enumerate(self._days):
            y = plot.bottom()
            for series in self._series:
                n = self._counts.get((day, series), 0)
                if not n:
                    continue
                h = plot.height() * n / top
                painter.fillRect(
                    QRectF(plot.left() + i * slot + 1, y - h, max(1.0, slot - 2), h),
                    colours[series],
                )
                y -= h
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 2, 80, 16),
            Qt.AlignmentFlag.AlignLeft,
            self._axis_label(self._days[0]),
        )
        painter.drawText(
            QRectF(plot.right() - 80, plot.bottom() + 2, 80, 16),
            Qt.AlignmentFlag.AlignRight,
            self._axis_label(self._days[-1]),
        )
        x = plot.right() + 16
        metrics = painter.fontMetrics()
        for n, series in enumerate(self._series):
            y = rect.top() + n * 18
            painter.fillRect(QRectF(x, y + 3, 10, 10), colours[series])
            text = self._other_label if series == OTHER else self._label(series)
            label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, legend_width - 20)
            painter.drawText(
                QRectF(x + 16, y, legend_width - 20, 16), Qt.AlignmentFlag.AlignLeft, label
            )
        painter.end()
