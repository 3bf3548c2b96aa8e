"""Paints a search result: title and date, two lines of snippet, the number of matches.

Matches are drawn bold in the text colour; the rest of the snippet is muted, as the
sidebar's previews are. Rows share one height (the view lays out without asking each row).
Geometry and colours follow :mod:`app.ui.sidebar.delegate` so results look like the list
they replace.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app import clock
from app.ui.search.highlight import MarkedText
from app.ui.search.results_model import ResultRole
from app.ui.sidebar.delegate import GAP_Y, MARGIN_X, PAD_X, PAD_Y, RADIUS, is_dark
from app.ui.sidebar.labels import RowDateFormatter

_Index = QModelIndex | QPersistentModelIndex

LINE_GAP = 2
SNIPPET_LINES = 2
BADGE_GAP = 6
DATE_GAP = 8


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


def _alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


class _Fonts:
    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self.title = QFont(base)
        self.title.setWeight(QFont.Weight.Medium)
        self.title_bold = QFont(base)
        self.title_bold.setWeight(QFont.Weight.Bold)
        self.small = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            self.small.setPointSizeF(max(7.0, size * 0.9))
        else:
            self.small.setPixelSize(max(9, round(base.pixelSize() * 0.9)))
        self.small_bold = QFont(self.small)
        self.small_bold.setWeight(QFont.Weight.Bold)
        self.title_metrics = QFontMetrics(self.title)
        self.small_metrics = QFontMetrics(self.small)
        self.row_height = (
            2 * GAP_Y
            + 2 * PAD_Y
            + self.title_metrics.height()
            + LINE_GAP
            + SNIPPET_LINES * self.small_metrics.lineSpacing()
        )


class SearchResultDelegate(QStyledItemDelegate):
    """Draws :class:`app.ui.search.results_model.SearchResultsModel` rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fonts: _Fonts | None = None
        self._dates: RowDateFormatter | None = None

    def _fonts_for(self, font: QFont) -> _Fonts:
        if self._fonts is None or self._fonts.key != font.key():
            self._fonts = _Fonts(font)
        return self._fonts

    def refresh_locale(self) -> None:
        self._dates = None

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(120, self._fonts_for(option.font).row_height)

    def date_text(self, timestamp: float | None) -> str:
        if not timestamp:
            return ""
        if self._dates is None or self._dates.locale != QLocale():
            self._dates = RowDateFormatter(QLocale())
        # As a pinned row: no group header says which day, so yesterday says "Yesterday".
        return self._dates.format(timestamp, dt.date.fromtimestamp(clock.now()), pinned=True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        fonts = self._fonts_for(option.font)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint(painter, option, index, fonts)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, fonts: _Fonts) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        dark = is_dark(palette)
        text_color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        accent = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        muted = _mix(text_color, window, 0.42)

        card = QRectF(option.rect.adjusted(MARGIN_X, GAP_Y, -MARGIN_X, -GAP_Y))
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                _alpha(accent, 0.28 if dark else 0.16) if selected else _alpha(text_color, 0.07 if dark else 0.055)
            )
            painter.drawRoundedRect(card, RADIUS, RADIUS)
        inner = card.toRect().adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title_height = fonts.title_metrics.height()

        # Right of the title line: the match count in a small pill, then the date.
        date = self.date_text(index.data(ResultRole.TIMESTAMP))
        project = str(index.data(ResultRole.OTHER_PROJECT) or "")
        if project:
            project = fonts.small_metrics.elidedText(project, Qt.TextElideMode.ElideRight, inner.width() // 3)
            date = f"{project} \u00b7 {date}" if date else project
        date_width = fonts.small_metrics.horizontalAdvance(date)
        right = inner.right()
        painter.setFont(fonts.small)
        painter.setPen(muted)
        painter.drawText(
            QRect(right - date_width + 1, inner.top(), date_width, title_height),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            date,
        )
        right -= date_width + (DATE_GAP if date else 0)
        count = int(index.data(ResultRole.MATCH_COUNT) or 0)
        result = index.data(ResultRole.RESULT)
        if count > 1 or (result is not None and not result.count_is_exact):
            label = f"{QLocale().toString(count)}{'' if result is None or result.count_is_exact else '+'}"
            width = fonts.small_metrics.horizontalAdvance(label) + 10
            height = fonts.small_metrics.height()
            pill = QRectF(right - width + 1, inner.top() + (title_height - height) / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_alpha(accent, 0.35 if dark else 0.18))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(text_color)
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), label)
            right -= width + BADGE_GAP

        title: MarkedText = index.data(ResultRole.TITLE) or MarkedText(str(index.data() or ""), ())
        if not title.text:
            title = MarkedText(str(index.data() or ""), ())
        title_rect = QRect(inner.left(), inner.top(), max(0, right - inner.left()), title_height)
        self._draw_marked_line(painter, title_rect, title, fonts.title, fonts.title_bold, text_color, text_color)

        snippet: MarkedText | None = index.data(ResultRole.SNIPPET)
        if snippet and snippet.text:
            top = inner.top() + title_height + LINE_GAP
            area = QRect(inner.left(), top, inner.width(), SNIPPET_LINES * fonts.small_metrics.lineSpacing())
            self._draw_marked_block(painter, area, snippet, fonts, muted, text_color, option.direction)

    # -- text with bold matches ------------------------------------------------------------

    @staticmethod
    def _formats(marked: MarkedText, bold: QFont, color: QColor) -> list[QTextLayout.FormatRange]:
        ranges = []
        for start, length in marked.matches:
            fmt = QTextCharFormat()
            fmt.setFont(bold)
            fmt.setForeground(color)
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, length, fmt
            ranges.append(item)
        return ranges

    def _draw_marked_line(
        self,
        painter: QPainter,
        rect: QRect,
        marked: MarkedText,
        font: QFont,
        bold: QFont,
        color: QColor,
        match_color: QColor,
    ) -> None:
        """One line, elided at the end, matches bold."""
        metrics = QFontMetrics(bold)
        text = marked.text.replace("\n", " ")
        if metrics.horizontalAdvance(text) > rect.width():
            text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() - metrics.horizontalAdvance("\u2026")))
            if not text.endswith("\u2026"):
                text += "\u2026"
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        layout.setFormats(self._formats(MarkedText(text, marked.matches), bold, match_color))
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(rect.width())
        layout.endLayout()
        painter.setPen(color)
        painter.save()
        # Clip the width only: glyphs of a fallback font (CJK) reach below the line's box.
        painter.setClipRect(rect.adjusted(0, -PAD_Y, 0, PAD_Y))
        top = rect.top() + (rect.height() - QFontMetrics(font).height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()

    def _draw_marked_block(
        self,
        painter: QPainter,
        rect: QRect,
        marked: MarkedText,
        fonts: _Fonts,
        color: QColor,
        match_color: QColor,
        direction: Qt.LayoutDirection,
    ) -> None:
        """Wrapped to at most SNIPPET_LINES lines; the last one ends with an ellipsis if cut."""
        text = " ".join(marked.text.split())
        layout = QTextLayout(text, fonts.small)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(direction)
        layout.setTextOption(option)
        layout.setFormats(self._formats(MarkedText(text, marked.matches), fonts.small_bold, match_color))
        layout.beginLayout()
        lines = []
        y = 0.0
        ellipsis = fonts.small_metrics.horizontalAdvance("\u2026")
        while len(lines) < SNIPPET_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            last = len(lines) == SNIPPET_LINES - 1
            line.setLineWidth(rect.width() - (ellipsis if last else 0))
            line.setPosition(QPointF(0, y))
            y += fonts.small_metrics.lineSpacing()
            lines.append(line)
        truncated = bool(lines) and lines[-1].textStart() + lines[-1].textLength() < len(text)
        layout.endLayout()
        painter.setPen(color)
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, 0, PAD_Y))
        layout.draw(painter, QPointF(rect.left(), rect.top()))
        if truncated:
            last = lines[-1]
            painter.setFont(fonts.small)
            x = rect.left() + last.naturalTextWidth()
            painter.drawText(QPointF(x, rect.top() + last.y() + last.ascent()), "\u2026")
        painter.restore()
