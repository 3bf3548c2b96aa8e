"""Paints one message from its cached, laid-out document; answers size and hit questions.

The delegate never renders Markdown: it asks the :class:`MessageRenderer` for the best HTML
available (queuing a render when it is missing or outdated) and shows plain text until the
worker delivers. Documents and row sizes are cached separately (see ``message_document``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QStaticText,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.store.rows import MessageRow
from app.ui.conversation.message_document import (
    DocumentCache,
    DocumentKey,
    MessageDocument,
    SizeCache,
    SizeEntry,
    SourceKey,
    build_document,
)
from app.ui.conversation.message_labels import badge_text, header_parts, versions_text
from app.ui.conversation.message_layout import (
    BADGE_PAD,
    ICON,
    MessageGeometry,
    Metrics,
    layout_message,
    row_height,
    size_hint,
    text_width,
)
from app.ui.conversation.message_list_model import MessageRoles
from app.ui.conversation.message_renderer import MessageRenderer, Rendering
from app.ui.conversation.message_style import MessageStyle, style_for
from app.ui.icons import icon

if TYPE_CHECKING:
    from app.ui.conversation.message_list_view import MessageListView

BUBBLE_RADIUS = 16
CARD_RADIUS = 10
#: Wide enough for an error's headline ("Rate limited: try again in 20 seconds"); the rest is in the tooltip.
BADGE_MAX = 520
_ICONS = {
    "prev": "chevron-left",
    "next": "chevron-right",
    "copy": "copy",
    "edit": "edit",
    "regenerate": "regenerate",
    "retry": "regenerate",
}


class Hit(NamedTuple):
    """What is under the mouse in a message row."""

    kind: str  # "button", "link", "text", "header", "badge", "message"
    mid: str
    name: str = ""  # the button name or the link's href
    position: int = -1  # character position in the document, for "text" and "link"


class MessageDelegate(QStyledItemDelegate):
    """Draws messages; caches laid-out documents and sizes per message id."""

    #: Some row is now a different height than the view laid it out with.
    relayout_needed = Signal()

    def __init__(self, view: "MessageListView", renderer: MessageRenderer) -> None:
        super().__init__(view)
        self._view = view
        self._renderer = renderer
        self._documents = DocumentCache()
        self._sizes = SizeCache()
        self._highlight: tuple[str, ...] = ()
        self._current_match: tuple[str, int, int] | None = None
        self._font_key = ""
        self._font = QFont()
        self._small = QFont()
        self._small_bold = QFont()
        self._metrics = Metrics(0, 0, 0)
        self._guess_metrics = (1, 1)  # average character width, line spacing of the body font
        self._reported: dict[str, int] = {}
        # The fast path of sizeHint: QListView asks for every row on every relayout.
        self._hints: dict[str, tuple[int, int, QSize]] = {}
        self._labels: dict[tuple[str, str], QStaticText] = {}
        self._update_fonts()

    # -- configuration ----------------------------------------------------------------------

    def set_highlight(self, terms: tuple[str, ...]) -> None:
        self._highlight = terms

    def highlight(self) -> tuple[str, ...]:
        return self._highlight

    def set_current_match(self, match: tuple[str, int, int] | None) -> None:
        """Paint (message id, start, end) as the find bar's current match (None: no match)."""
        self._current_match = match

    def current_match(self) -> tuple[str, int, int] | None:
        return self._current_match

    def forget_documents(self) -> None:
        """Drop laid-out documents (the theme changed); sizes stay valid."""
        self._documents.clear()

    def forget_all(self) -> None:
        self._documents.clear()
        self._sizes.clear()
        self._reported.clear()
        self._hints.clear()

    def forget_sizes(self, mids: list[str]) -> None:
        """These messages may have changed height (their rendering arrived)."""
        for mid in mids:
            self._hints.pop(mid, None)
            self._reported.pop(mid, None)

    def fonts_changed(self) -> None:
        self._update_fonts()
        self.forget_all()

    def _update_fonts(self) -> None:
        self._font = QFont(self._view.font())
        self._small = QFont(self._font)
        if self._font.pointSizeF() > 0:
            self._small.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.88))
        else:
            self._small.setPixelSize(max(8, round(self._font.pixelSize() * 0.88)))
        self._small_bold = QFont(self._small)
        self._small_bold.setWeight(QFont.Weight.DemiBold)
        self._font_key = self._font.key()
        self._metrics = Metrics.for_fonts(QFontMetrics(self._small))
        body = QFontMetrics(self._font)
        self._guess_metrics = (max(1, body.averageCharWidth()), body.lineSpacing())

    def style(self) -> MessageStyle:
        return style_for(self._view.palette())

    # -- documents and sizes ----------------------------------------------------------------

    def _source(self, row: MessageRow, revision: int) -> tuple[SourceKey, Rendering | None]:
        rendering, _fresh = self._renderer.best(row.id, revision, row.content)
        if rendering is None:
            return SourceKey(False, revision), None
        return SourceKey(True, rendering.revision), rendering

    def document(self, index: QModelIndex) -> MessageDocument | None:
        """The laid-out document of a row at the current width."""
        row = index.data(MessageRoles.Row)
        if row is None:
            return None
        return self._document(row, index.data(MessageRoles.Revision))

    def _document(self, row: MessageRow, revision: int) -> MessageDocument:
        width = text_width(row.role, self._view.layout_width())
        source, rendering = self._source(row, revision)
        style = self.style()
        key = DocumentKey(source, width, style.key, self._font_key, self._highlight)
        document = self._documents.get(row.id, key)
        if document is None:
            document = build_document(
                rendering.result.html if rendering else None,
                row.content,
                width=width,
                font=self._font,
                stylesheet=(
                    style.stylesheet_for(rendering.result.html)
                    if rendering
                    else style.plain_stylesheet
                ),
                highlight=self._highlight,
                highlight_color=style.find_highlight,
                code_blocks=rendering.result.code_blocks if rendering else (),
            )
            self._documents.put(row.id, key, document)
            self._sizes.put(
                row.id,
                SizeEntry(source, width, self._font_key, document.size_width, document.height),
            )
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        model = self._view.message_model()
        row = model.message_at(index.row())
        if row is None:
            return QSize()
        revision = model.revision_of(row.id)
        layout_width = self._view.layout_width()
        hint = self._hints.get(row.id)
        if hint is not None and hint[0] == revision and hint[1] == layout_width:
            return hint[2]
        width = text_width(row.role, layout_width)
        entry = None
        if self._sizes.knows(row.id):  # else there is nothing to look up: skip hashing the text
            source, _rendering = self._source(row, revision)
            entry = self._sizes.exact(row.id, source, width, self._font_key) or self._sizes.estimate(
                row.id, source, width, self._font_key
            )
        if entry is not None:
            height = entry.text_height
        else:
            # Never laid out: guess from the length. Rows in sight are measured before each
            # layout (the view's prepare pass) and painting corrects any other guess, so a
            # page of history costs no layout until it is seen.
            height = self._guess_height(row.content, width)
        size = size_hint(row.role, layout_width, height, self._metrics)
        self._hints[row.id] = (revision, layout_width, size)
        return size

    def _guess_height(self, text: str, width: int) -> int:
        char_width, line_spacing = self._guess_metrics
        per_line = max(8, width // char_width)
        sample = text[:20_000]
        lines = sum(1 + len(line) // per_line for line in sample.split("\n") if line.strip())
        lines += sample.count("\n\n") // 2  # paragraph spacing, roughly
        if len(text) > len(sample):
            lines = lines * len(text) // len(sample)
        return max(1, lines) * line_spacing

    def is_measured(self, index: QModelIndex) -> bool:
        """True when the row's height at the current width is known, not guessed."""
        model = self._view.message_model()
        row = model.message_at(index.row())
        if row is None:
            return True
        width = text_width(row.role, self._view.layout_width())
        source, _rendering = self._source(row, model.revision_of(row.id))
        return self._sizes.exact(row.id, source, width, self._font_key) is not None

    def shows_current_rendering(self, index: QModelIndex) -> bool:
        """True when the row's Markdown of its current revision has been rendered."""
        row = index.data(MessageRoles.Row)
        if row is None:
            return False
        return self._renderer.has_current(row.id, index.data(MessageRoles.Revision))

    def prepare(self, index: QModelIndex) -> int:
        """Measure a row exactly now (it is about to be seen); returns its height."""
        row = index.data(MessageRoles.Row)
        document = self.document(index)
        if row is None or document is None:
            return 0
        height = row_height(row.role, document.height, self._metrics)
        hint = self._hints.get(row.id)
        if hint is not None and hint[2].height() != height:
            self._hints.pop(row.id, None)
        return height

    # -- geometry ---------------------------------------------------------------------------

    def geometry(
        self, rect: QRect, index: QModelIndex, document: MessageDocument
    ) -> MessageGeometry:
        row: MessageRow = index.data(MessageRoles.Row)
        versions = index.data(MessageRoles.Versions)
        small = QFontMetrics(self._small)
        badge = badge_text(row)
        badge_width = min(BADGE_MAX, small.horizontalAdvance(badge) + 2 * BADGE_PAD) if badge else 0
        label_width = small.horizontalAdvance(versions_text(*versions)) + 8 if versions else 0
        return layout_message(
            rect,
            self._view.layout_width(),
            row.role,
            QSize(document.size_width, document.height),
            self._metrics,
            versions=versions,
            versions_label_width=label_width,
            actions=self._view.actions_for(row),
            badge_width=badge_width,
        )

    def hit_test(self, index: QModelIndex, rect: QRect, pos: QPoint) -> Hit:
        """What the point ``pos`` (viewport coordinates) touches in the row at ``rect``."""
        row: MessageRow = index.data(MessageRoles.Row)
        document = self.document(index)
        if row is None or document is None:
            return Hit("message", "")
        geo = self.geometry(rect, index, document)
        show_actions = self._view.footer_visible(index.row())
        for name, button in geo.buttons:
            if button.contains(pos) and (show_actions or name in ("prev", "next")):
                return Hit("button", row.id, name)
        if geo.badge.contains(pos):
            return Hit("badge", row.id)
        if geo.header.contains(pos):
            return Hit("header", row.id)
        if geo.box.contains(pos) or geo.text.contains(pos):
            local = QPointF(pos - geo.text.topLeft())
            layout = document.document.documentLayout()
            position = layout.hitTest(local, Qt.HitTestAccuracy.FuzzyHit)
            href = layout.anchorAt(local) if geo.text.contains(pos) else ""
            if href:
                return Hit("link", row.id, href, position)
            return Hit("text", row.id, "", position)
        return Hit("message", row.id)

    def text_position(self, index: QModelIndex, rect: QRect, pos: QPoint) -> int:
        """The document position nearest ``pos``, clamped to the message (drag selection)."""
        document = self.document(index)
        if document is None:
            return 0
        geo = self.geometry(rect, index, document)
        end = max(0, document.document.characterCount() - 1)
        if pos.y() < geo.text.top():
            return 0
        if pos.y() > geo.text.bottom():
            return end
        local = QPointF(pos - geo.text.topLeft())
        position = document.document.documentLayout().hitTest(local, Qt.HitTestAccuracy.FuzzyHit)
        return max(0, min(end, position))

    # -- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: MessageRow = index.data(MessageRoles.Row)
        if row is None:
            return
        revision = index.data(MessageRoles.Revision)
        document = self._document(row, revision)
        expected = row_height(row.role, document.height, self._metrics)
        if option.rect.height() != expected and self._reported.get(row.id) != expected:
            # A guessed or outdated height: remember the real one and ask for a relayout
            # (once per new height, so a view that cannot honour it never loops).
            self._reported[row.id] = expected
            layout_width = self._view.layout_width()
            self._hints[row.id] = (
                revision,
                layout_width,
                size_hint(row.role, layout_width, document.height, self._metrics),
            )
            self.relayout_needed.emit()
        style = self.style()
        geo = self.geometry(option.rect, index, document)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected and self._view.row_selection_visible():
            painter.fillRect(option.rect, style.selection_tint)
        self._paint_header(painter, geo, row, style)
        self._paint_box(painter, geo, row, style)
        if self._view.flashed_message() == row.id:
            painter.setPen(style.accent)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(geo.box).adjusted(-6, -3, 6, 3), 10, 10)
        self._paint_document(painter, geo, index, document, style, option)
        self._paint_footer(painter, geo, index, row, style)
        painter.restore()

    def _paint_header(
        self, painter: QPainter, geo: MessageGeometry, row: MessageRow, style: MessageStyle
    ) -> None:
        author, rest = header_parts(row)
        author_text = self._static_text(author, self._small_bold)
        rest_text = self._static_text(rest, self._small)
        gap = 8
        author_width = round(author_text.size().width())
        total = author_width + gap + round(rest_text.size().width())
        x = geo.header.right() + 1 - total if geo.align_right else geo.header.left()
        painter.setFont(self._small_bold)
        painter.setPen(style.text if row.role == "assistant" else style.muted)
        painter.drawStaticText(QPoint(x, geo.header.top()), author_text)
        painter.setFont(self._small)
        painter.setPen(style.muted)
        painter.drawStaticText(QPoint(x + author_width + gap, geo.header.top()), rest_text)

    def _static_text(self, text: str, font: QFont) -> QStaticText:
        """Laid-out label text, cached: drawing a plain string shapes it on every paint."""
        key = (text, font.key())
        static = self._labels.get(key)
        if static is None:
            if len(self._labels) > 4000:
                self._labels.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._labels[key] = static
        return static

    def _paint_box(
        self, painter: QPainter, geo: MessageGeometry, row: MessageRow, style: MessageStyle
    ) -> None:
        if row.role == "user":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.bubble)
            painter.drawRoundedRect(QRectF(geo.box), BUBBLE_RADIUS, BUBBLE_RADIUS)
        elif row.role in ("system", "tool"):
            painter.setPen(style.card_border)
            painter.setBrush(style.card)
            card = QRectF(geo.box).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.drawRoundedRect(card, CARD_RADIUS, CARD_RADIUS)

    def _paint_document(
        self,
        painter: QPainter,
        geo: MessageGeometry,
        index: QModelIndex,
        document: MessageDocument,
        style: MessageStyle,
        option: QStyleOptionViewItem,
    ) -> None:
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(option.palette)
        palette.setColor(QPalette.ColorRole.Text, style.text)
        context.palette = palette
        context.clip = QRectF(0, 0, geo.text.width() + 1, geo.text.height() + 1)
        doc = document.document
        end = doc.characterCount() - 1
        selections = []
        current = self._current_match
        if current is not None and current[0] == index.data(MessageRoles.Id) and current[2] <= end:
            selections.append(_selection(doc, current[1], current[2], style.find_current, style.find_current_fg))
        selected = self._view.text_selection_range(index.row(), end)
        if selected is not None:
            selections.append(
                _selection(doc, selected[0], selected[1], style.text_selection, style.text_selection_fg)
            )
        context.selections = selections
        painter.save()
        painter.translate(geo.text.topLeft())
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def _paint_footer(
        self,
        painter: QPainter,
        geo: MessageGeometry,
        index: QModelIndex,
        row: MessageRow,
        style: MessageStyle,
    ) -> None:
        show_actions = self._view.footer_visible(index.row())
        hovered = self._view.hovered_button()
        versions = index.data(MessageRoles.Versions)
        for name, rect in geo.buttons:
            if name not in ("prev", "next") and not show_actions:
                continue
            enabled = True
            if versions and name == "prev":
                enabled = versions[0] > 1
            elif versions and name == "next":
                enabled = versions[0] < versions[1]
            if enabled and hovered == (row.id, name):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.hover)
                painter.drawRoundedRect(QRectF(rect), 6, 6)
            copied = name == "copy" and self._view.recently_copied() == row.id
            glyph = "check" if copied else _ICONS[name]
            mode = QIcon.Mode.Normal if enabled else QIcon.Mode.Disabled
            target = QRect(0, 0, ICON, ICON)
            target.moveCenter(rect.center())
            icon(glyph).paint(painter, target, Qt.AlignmentFlag.AlignCenter, mode)
        if versions and not geo.versions_label.isEmpty():
            painter.setFont(self._small)
            painter.setPen(style.muted)
            painter.drawText(
                geo.versions_label, Qt.AlignmentFlag.AlignCenter, versions_text(*versions)
            )
        if not geo.badge.isEmpty():
            self._paint_badge(painter, geo.badge, row, style)

    def _paint_badge(
        self, painter: QPainter, rect: QRect, row: MessageRow, style: MessageStyle
    ) -> None:
        text = badge_text(row)
        if row.status == "streaming":
            background, foreground = style.hover, style.muted
        elif row.status == "error":
            background, foreground = style.error_bg, style.error_fg
        else:
            background, foreground = style.warning_bg, style.warning_fg
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
        painter.setFont(self._small)
        painter.setPen(foreground)
        inner = rect.adjusted(BADGE_PAD, 0, -BADGE_PAD, 0)
        metrics = QFontMetrics(self._small)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)


def _selection(
    document: QTextDocument, start: int, end: int, background: QColor, foreground: QColor
) -> QAbstractTextDocumentLayout.Selection:
    """A painted selection of ``start``..``end`` (the document itself is left alone)."""
    selection = QAbstractTextDocumentLayout.Selection()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setForeground(foreground)
    selection.cursor = cursor
    selection.format = fmt
    return selection
