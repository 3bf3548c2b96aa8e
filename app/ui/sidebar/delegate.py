"""Paints the sidebar's rows: conversations (title, preview, time) and group headers.

Every row has the same height, headers included (the header's label sits at the bottom of
its row, the space above it separating the groups). That lets the view use
``uniformItemSizes`` and lay out 100,000 rows without asking for a size hint per row; see
:mod:`app.ui.sidebar.native_count_model` for the other half of that story.

Colours come from the palette (text, placeholder text for the muted parts, highlight for
the selection), blended rather than hard-coded, so light and dark themes both work.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.sidebar.list_model import ItemKind, Role

try:
    from app.ui.icons import icon as _icon
except ImportError:  # pragma: no cover - the icon module ships with the app
    from PySide6.QtGui import QIcon

    def _icon(name: str, color: QColor | None = None) -> QIcon:  # type: ignore[misc]
        return QIcon()


_Index = QModelIndex | QPersistentModelIndex

# Geometry, in device-independent pixels.
MARGIN_X = 8  # between the list's edge and a row's rounded background
GAP_Y = 1  # between two rows' backgrounds
PAD_X = 10  # inside a row's background
PAD_Y = 7
LINE_GAP = 2  # between title and preview
RADIUS = 8.0
PIN_SIZE = 12
TIME_GAP = 8  # between the title and the time


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


def _with_alpha(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class _Fonts:
    """Fonts and metrics derived from the view's font, rebuilt only when it changes."""

    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self.title = QFont(base)
        self.title.setWeight(QFont.Weight.Medium)
        self.small = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            self.small.setPointSizeF(max(7.0, size * 0.9))
        else:
            self.small.setPixelSize(max(9, round(base.pixelSize() * 0.9)))
        self.header = QFont(self.small)
        self.header.setWeight(QFont.Weight.DemiBold)
        self.header.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 102)
        self.title_metrics = QFontMetrics(self.title)
        self.small_metrics = QFontMetrics(self.small)
        self.header_metrics = QFontMetrics(self.header)
        self.row_height = (
            2 * GAP_Y
            + 2 * PAD_Y
            + self.title_metrics.height()
            + LINE_GAP
            + self.small_metrics.height()
        )


class ConversationDelegate(QStyledItemDelegate):
    """Paints conversation rows and header rows; sizes are constant (see module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fonts: _Fonts | None = None

    def fonts(self, font: QFont) -> _Fonts:
        if self._fonts is None or self._fonts.key != font.key():
            self._fonts = _Fonts(font)
        return self._fonts

    def row_height(self, font: QFont) -> int:
        return self.fonts(font).row_height

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # The same for every row: the view asks once (uniformItemSizes).
        return QSize(120, self.fonts(option.font).row_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        fonts = self.fonts(option.font)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            if index.data(Role.KIND) == ItemKind.HEADER:
                self._paint_header(painter, option, index, fonts)
            else:
                self._paint_conversation(painter, option, index, fonts)
        finally:
            painter.restore()

    # Headers -------------------------------------------------------------------------------

    def _paint_header(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, fonts: _Fonts
    ) -> None:
        palette = option.palette
        rect = option.rect.adjusted(MARGIN_X + PAD_X, 0, -(MARGIN_X + PAD_X), -PAD_Y + 1)
        text = fonts.header_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setFont(fonts.header)
        painter.setPen(self._muted(palette))
        align = QStyle.visualAlignment(
            option.direction, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(rect, int(align), text)

    # Conversations -------------------------------------------------------------------------

    def _paint_conversation(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, fonts: _Fonts
    ) -> None:
        palette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        dark = is_dark(palette)

        card = QRectF(option.rect.adjusted(MARGIN_X, GAP_Y, -MARGIN_X, -GAP_Y))
        background = self._background(palette, selected, hovered, dark)
        if background is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(card, RADIUS, RADIUS)

        text_color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        muted = self._muted(palette)
        inner = card.toRect().adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft

        # The time or date, right-aligned on the title's line.
        title_height = fonts.title_metrics.height()
        time_text = str(index.data(Role.TIME_TEXT) or "")
        time_width = fonts.small_metrics.horizontalAdvance(time_text)
        title_line = QRect(inner.left(), inner.top(), inner.width(), title_height)
        time_rect = QRect(title_line.right() - time_width + 1, title_line.top(), time_width, title_height)
        reserved = time_width + TIME_GAP
        pinned = bool(index.data(Role.PINNED))
        if pinned:
            reserved += PIN_SIZE + 4
        title_rect = QRect(
            title_line.left(), title_line.top(), max(0, inner.width() - reserved), title_height
        )

        if rtl:
            time_rect = self._mirror(time_rect, inner)
            title_rect = self._mirror(title_rect, inner)

        painter.setFont(fonts.small)
        painter.setPen(muted)
        leading = QStyle.visualAlignment(
            option.direction, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        )
        trailing = QStyle.visualAlignment(
            option.direction, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        )
        painter.drawText(time_rect, int(trailing), time_text)

        if pinned:
            pin_rect = QRect(
                title_line.right() - time_width - 4 - PIN_SIZE + 1,
                title_line.top() + (title_height - PIN_SIZE) // 2,
                PIN_SIZE,
                PIN_SIZE,
            )
            if rtl:
                pin_rect = self._mirror(pin_rect, inner)
            _icon("pin", muted).paint(painter, pin_rect)

        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setFont(fonts.title)
        painter.setPen(text_color)
        painter.drawText(
            title_rect,
            int(leading),
            fonts.title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        preview = str(index.data(Role.PREVIEW) or "")
        if preview:
            preview_rect = QRect(
                inner.left(),
                title_line.bottom() + 1 + LINE_GAP,
                inner.width(),
                fonts.small_metrics.height(),
            )
            painter.setFont(fonts.small)
            painter.setPen(muted)
            painter.drawText(
                preview_rect,
                int(leading),
                fonts.small_metrics.elidedText(preview, Qt.TextElideMode.ElideRight, preview_rect.width()),
            )

    @staticmethod
    def _mirror(rect: QRect, within: QRect) -> QRect:
        return QRect(within.left() + within.right() - rect.right(), rect.top(), rect.width(), rect.height())

    @staticmethod
    def _muted(palette: QPalette) -> QColor:
        text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        return _mix(text, base, 0.42)

    @staticmethod
    def _background(palette: QPalette, selected: bool, hovered: bool, dark: bool) -> QColor | None:
        if selected:
            accent = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
            return _with_alpha(accent, 0.28 if dark else 0.16)
        if hovered:
            text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
            return _with_alpha(text, 0.07 if dark else 0.055)
        return None
