"""The message list: a QListView that keeps its place, loads history upwards and lets
the user select, copy and click inside the painted messages.

Scroll position is kept as an *anchor*: either "at the bottom" (follow new text, as a chat
does) or "this message's top is N pixels above the viewport". Every relayout - a row rendered
from plain text to Markdown, older rows prepended, the window resized - restores the anchor,
so nothing the user is reading moves.

Text selection is our own (the rows are painted, not widgets): press and drag across one or
several messages, double-click for a word, triple-click for a paragraph, Ctrl+C to copy.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QElapsedTimer, QModelIndex, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCursor,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QToolTip,
)

from app.services.render import copy_code_index, is_safe_url
from app.store.rows import MessageRow
from app.ui import notify
from app.ui.conversation.message_clipboard import messages_text, put_on_clipboard, selection_text
from app.ui.conversation.message_context_menu import build_context_menu
from app.ui.conversation.message_delegate import Hit, MessageDelegate
from app.ui.conversation.message_labels import action_tooltip, badge_text, header_tooltip
from app.ui.conversation.message_list_model import MessageListModel, MessageRoles
from app.ui.conversation.message_renderer import MessageRenderer
from app.ui.conversation.message_style import style_for
from app.ui.conversation.scroll_to_bottom_button import ScrollToBottomButton
from app.ui.conversation.text_selection import Point, TextSelection

SCROLL_STEP = 40
EDGE = 24  # pixels from the top or bottom where a drag-selection scrolls the view
FETCH_MARGIN = 200  # start loading older messages this close to the top
COPIED_FEEDBACK_MS = 1500
FLASH_MS = 1600


class MessageListView(QListView):
    """Shows a :class:`MessageListModel`; objectName ``messageView``."""

    #: The user clicked a footer action: (name, message id). "copy" after copying.
    action_triggered = Signal(str, str)
    #: The user asked for another version of a message: (message id, -1 or +1).
    version_step_requested = Signal(str, int)
    #: A web or mail link was opened in the system browser.
    link_opened = Signal(str)
    #: The first paint after a conversation was opened (emitted at the end of that paint
    #: event: connected slots must not paint).
    first_painted = Signal()

    def __init__(self, model: MessageListModel, renderer: MessageRenderer, parent=None) -> None:
        super().__init__(parent)
        # State first: Qt calls our overrides (doItemsLayout) while we configure the view.
        self._selection = TextSelection()
        self._anchor: tuple[str, int] | None = None  # None: follow the bottom
        self._in_layout = False
        self._capturing = False
        self._hover_row = -1
        self._hover_button: tuple[str, str] | None = None
        self._pressed: Hit | None = None
        self._press_pos = QPoint()
        self._dragging = False
        self._last_double_click = QElapsedTimer()
        self._last_double_mid = ""
        self._copied_mid: str | None = None
        self._flash_mid: str | None = None
        self._actions: Callable[[MessageRow], tuple[str, ...]] = lambda _row: ("copy",)
        self._first_paint_pending = False
        self._layout_width_cache = -1
        self._model = model
        self._to_bottom = ScrollToBottomButton(self)
        self._to_bottom.clicked.connect(self.follow_bottom)
        self.setObjectName("messageView")
        self.setAccessibleName(self.tr("Messages"))
        self.setModel(model)
        self._delegate = MessageDelegate(self, renderer)
        self.setItemDelegate(self._delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(True)


        self._relayout_timer = _single_shot(self, 0, self.doItemsLayout)
        self._copied_timer = _single_shot(self, COPIED_FEEDBACK_MS, self._end_copied_feedback)
        self._flash_timer = _single_shot(self, FLASH_MS, self._end_flash)
        self._fetch_timer = _single_shot(self, 0, self._fetch_older)
        self._edge_timer = QTimer(self)
        self._edge_timer.setInterval(30)
        self._edge_timer.timeout.connect(self._drag_scroll_step)

        self._delegate.relayout_needed.connect(self._relayout_timer.start)
        renderer.rendered.connect(self._rendered)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.modelReset.connect(self._model_reset)
        model.rowsInserted.connect(self._rows_inserted)


    # -- what the delegate asks ---------------------------------------------------------------

    @property
    def message_delegate(self) -> MessageDelegate:
        return self._delegate

    def message_model(self) -> MessageListModel:
        return self._model

    def layout_width(self) -> int:
        """Documents are laid out for the view's width less a scroll bar, shown or not.

        Asked for every row on every relayout, so it is computed on resize, not here.
        """
        if self._layout_width_cache < 0:
            self._layout_width_cache = self._measure_layout_width()
        return self._layout_width_cache

    def _measure_layout_width(self) -> int:
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return max(160, self.width() - 2 * self.frameWidth() - scroll_bar)

    def set_actions_provider(self, provider: Callable[[MessageRow], tuple[str, ...]]) -> None:
        """Which footer actions a message offers (the conversation view knows who listens)."""
        self._actions = provider
        self.viewport().update()

    def actions_for(self, row: MessageRow) -> tuple[str, ...]:
        return self._actions(row)

    def footer_visible(self, row: int) -> bool:
        """Actions show on the hovered message and always on the newest one."""
        return row == self._hover_row or row == self._model.rowCount() - 1

    def hovered_button(self) -> tuple[str, str] | None:
        return self._hover_button

    def recently_copied(self) -> str | None:
        return self._copied_mid

    def flashed_message(self) -> str | None:
        return self._flash_mid

    def row_selection_visible(self) -> bool:
        return len(self.selectionModel().selectedRows()) > 1

    def text_selection_range(self, row: int, length: int) -> tuple[int, int] | None:
        return self._selection.range_in(row, length, self._model.row_of)

    # -- scrolling and the anchor ---------------------------------------------------------------

    def is_at_bottom(self) -> bool:
        return self._anchor is None

    def follow_bottom(self) -> None:
        """Scroll to the newest message and stay there as it grows."""
        self._anchor = None
        self._scroll_to_end()
        self._to_bottom.hide()

    def start_conversation(self) -> None:
        """Called before the model loads another conversation: reset the view's state."""
        self._anchor = None
        self._selection.clear()
        self._hover_row = -1
        self._hover_button = None
        self._first_paint_pending = True
        self._to_bottom.hide()

    def keep_message_at(self, mid: str, offset: int) -> None:
        """Anchor ``mid``'s top ``offset`` pixels from the viewport's top."""
        self._anchor = (mid, offset)

    def doItemsLayout(self) -> None:  # noqa: N802 (Qt override)
        self._in_layout = True
        try:
            self._measure_around_anchor()
            super().doItemsLayout()
            self.verticalScrollBar().setSingleStep(SCROLL_STEP)
            if not self._capturing:
                self._restore_anchor()
        finally:
            self._in_layout = False
        if self.verticalScrollBar().maximum() == 0 and self._model.has_older():
            self._fetch_timer.start()  # the view is not full yet: load more history

    def _measure_around_anchor(self) -> None:
        """Lay out, exactly, the rows that will be in sight once the anchor is restored.

        Every other row keeps a guessed height until it is painted, so opening a long
        conversation or prepending a page lays out only what the user sees.
        """
        count = self._model.rowCount()
        if count == 0 or self._capturing:
            return
        budget = self.viewport().height() + SCROLL_STEP * 4
        if self._anchor is None:
            row, step = count - 1, -1
        else:
            anchor_row = self._model.row_of(self._anchor[0])
            if anchor_row < 0:
                return
            row, step = max(0, anchor_row - 1), 1
        filled = 0
        while 0 <= row < count and filled < budget:
            filled += self._delegate.prepare(self._model.index(row))
            row += step

    def _restore_anchor(self) -> None:
        if self._anchor is None:
            self._scroll_to_end()
            return
        mid, offset = self._anchor
        row = self._model.row_of(mid)
        if row < 0:
            return
        rect = self.visualRect(self._model.index(row))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - offset)

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _scrolled(self, value: int) -> None:
        if self._in_layout:
            return
        bar = self.verticalScrollBar()
        if value >= bar.maximum() - 2:
            self._anchor = None
        else:
            # The user moved: their position wins over the old anchor, even if a pending
            # relayout runs inside indexAt().
            self._capturing = True
            try:
                self._anchor = self._anchor_here()
            finally:
                self._capturing = False
        self._to_bottom.setVisible(self._anchor is not None and self._model.rowCount() > 0)
        self._measure_ahead()
        if value <= FETCH_MARGIN and self._model.has_older():
            self._fetch_timer.start()

    def _anchor_here(self) -> tuple[str, int] | None:
        """The first row whose top is in sight (else the row covering the top edge).

        A row that starts above the viewport may still grow (its rendering arrives);
        anchoring the next one lets it grow upwards, out of sight.
        """
        index = self.indexAt(QPoint(self.viewport().width() // 2, 0))
        if not index.isValid():
            return self._anchor
        rect = self.visualRect(index)
        below = self._model.index(index.row() + 1)
        if rect.top() < 0 and below.isValid() and rect.bottom() < self.viewport().height() // 2:
            index, rect = below, self.visualRect(below)
        return index.data(MessageRoles.Id), rect.top()

    def _measure_ahead(self) -> None:
        """Lay out the rows just out of sight, above and below, before they scroll in.

        Their guessed heights become real while they are invisible; the anchor keeps what
        is on screen in place when the view re-lays out.
        """
        top = self.indexAt(QPoint(self.viewport().width() // 2, 0))
        bottom = self.indexAt(QPoint(self.viewport().width() // 2, self.viewport().height() - 1))
        if not top.isValid():
            return
        reach = self.viewport().height()
        changed = False
        last = bottom if bottom.isValid() else top
        for start, step in ((top.row() - 1, -1), (last.row() + 1, 1)):
            row, covered = start, 0
            while 0 <= row < self._model.rowCount() and covered < reach:
                index = self._model.index(row)
                if not self._delegate.is_measured(index):
                    self._delegate.prepare(index)
                    changed = True
                covered += self.visualRect(index).height()
                row += step
        if changed:
            self._relayout_timer.start()

    def _fetch_older(self) -> None:
        if not self._model.has_older():
            return
        if self._anchor is None and self.verticalScrollBar().maximum() > 0:
            return  # the user is reading the newest message, not the top
        self._model.fetch_older()

    def scrollTo(  # noqa: N802
        self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible
    ) -> None:
        super().scrollTo(index, hint)
        if not self._in_layout:
            self._scrolled(self.verticalScrollBar().value())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._to_bottom.place(self.viewport().geometry())
        width = self._measure_layout_width()
        if width != self._layout_width_cache:
            self._layout_width_cache = width
            self.doItemsLayout()
        else:
            self._in_layout = True
            try:
                self._restore_anchor()
            finally:
                self._in_layout = False

    def _rendered(self, mids: list[str]) -> None:
        shown = [mid for mid in mids if self._model.row_of(mid) >= 0]
        if shown:
            self._delegate.forget_sizes(shown)
            self._relayout_timer.start()
            self.viewport().update()

    def _model_reset(self) -> None:
        self._hover_row = -1
        self._hover_button = None

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first > 0 and self._hover_row >= first:
            self._hover_row = -1

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._model.rowCount() == 0 and self._model.conversation_id() is not None:
            painter = QPainter(self.viewport())
            painter.setPen(style_for(self.palette()).muted)
            painter.drawText(
                self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No messages yet")
            )
            painter.end()
        if self._first_paint_pending and self._model.conversation_id() is not None:
            self._first_paint_pending = False
            self.first_painted.emit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange:
            self._delegate.forget_documents()
            self._to_bottom.restyle()
            self.viewport().update()
        elif event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._layout_width_cache = -1
            self._delegate.fonts_changed()
            self.scheduleDelayedItemsLayout()
        elif event.type() == event.Type.LanguageChange:
            self.setAccessibleName(self.tr("Messages"))
            self.viewport().update()  # authors and status pills are painted in the new language

    # -- flashes and feedback -----------------------------------------------------------------

    def flash(self, mid: str) -> None:
        """Outline a message briefly (after jumping to it)."""
        self._flash_mid = mid
        self._flash_timer.start()
        self.viewport().update()

    def _end_flash(self) -> None:
        self._flash_mid = None
        self.viewport().update()

    def _end_copied_feedback(self) -> None:
        self._copied_mid = None
        self.viewport().update()

    # -- mouse ----------------------------------------------------------------------------------

    def _hit(self, pos: QPoint) -> tuple[QModelIndex, Hit | None]:
        index = self.indexAt(pos)
        if not index.isValid():
            return index, None
        return index, self._delegate.hit_test(index, self.visualRect(index), pos)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pos = event.position().toPoint()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index, hit = self._hit(pos)
        self._pressed, self._press_pos, self._dragging = hit, pos, False
        if hit is None:
            self._clear_text_selection()
            return
        if hit.kind == "button":
            return
        self._select_row(index, event.modifiers())
        if hit.kind not in ("text", "link"):
            self._clear_text_selection()
            return
        if (
            self._last_double_click.isValid()
            and self._last_double_click.elapsed() < QApplication.doubleClickInterval()
            and self._last_double_mid == hit.mid
        ):
            self._select_unit(index, hit.position, QTextCursor.SelectionType.BlockUnderCursor)
            self._last_double_click.invalidate()
            self._pressed = None
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._selection.anchor:
            self._selection.extend(hit.mid, hit.position)
        else:
            self._selection.start(hit.mid, hit.position)
        self.viewport().update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position().toPoint()
        pressed = self._pressed
        selecting = pressed is not None and pressed.kind in ("text", "link")
        if event.buttons() & Qt.MouseButton.LeftButton and selecting:
            if not self._dragging:
                if (pos - self._press_pos).manhattanLength() < QApplication.startDragDistance():
                    return
                self._dragging = True
            self._extend_selection_to(pos)
            near_edge = pos.y() < EDGE or pos.y() > self.viewport().height() - EDGE
            if near_edge and not self._edge_timer.isActive():
                self._edge_timer.start()
            elif not near_edge:
                self._edge_timer.stop()
            return
        self._update_hover(pos)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        pressed, self._pressed = self._pressed, None
        self._edge_timer.stop()
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        if self._dragging:
            self._dragging = False
            self._publish_primary_selection()
            return
        _index, hit = self._hit(event.position().toPoint())
        if hit is None or hit.mid != pressed.mid:
            return
        if pressed.kind == "button" and hit.kind == "button" and hit.name == pressed.name:
            self._activate_button(hit.name, hit.mid)
        elif pressed.kind == "link" and hit.kind == "link" and hit.name == pressed.name:
            self._activate_link(hit.mid, hit.name)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index, hit = self._hit(event.position().toPoint())
        if hit is None:
            return
        if hit.kind == "button":
            self._activate_button(hit.name, hit.mid)  # quick clicks through versions
            return
        if hit.kind in ("text", "link"):
            self._select_unit(index, hit.position, QTextCursor.SelectionType.WordUnderCursor)
            self._last_double_click.start()
            self._last_double_mid = hit.mid

    def leaveEvent(self, event) -> None:  # noqa: N802
        super().leaveEvent(event)
        self._set_hover(-1, None)

    def _update_hover(self, pos: QPoint) -> None:
        index, hit = self._hit(pos)
        button = (hit.mid, hit.name) if hit and hit.kind == "button" else None
        self._set_hover(index.row() if index.isValid() else -1, button)
        if hit is None:
            self.viewport().unsetCursor()
        elif hit.kind in ("button", "link"):
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        elif hit.kind == "text":
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        else:
            self.viewport().unsetCursor()

    def _set_hover(self, row: int, button: tuple[str, str] | None) -> None:
        if row == self._hover_row and button == self._hover_button:
            return
        for old in {self._hover_row, row}:
            if old >= 0:
                self.update(self._model.index(old))
        self._hover_row, self._hover_button = row, button

    def _select_row(self, index: QModelIndex, modifiers: Qt.KeyboardModifier) -> None:
        selection = self.selectionModel()
        flags = selection.SelectionFlag
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            selection.setCurrentIndex(index, flags.Toggle)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier and selection.currentIndex().isValid():
            first, last = sorted((selection.currentIndex().row(), index.row()))
            for row in range(first, last + 1):
                selection.select(self._model.index(row), flags.Select)
        else:
            selection.setCurrentIndex(index, flags.ClearAndSelect)

    def _select_unit(
        self, index: QModelIndex, position: int, unit: QTextCursor.SelectionType
    ) -> None:
        document = self._delegate.document(index)
        if document is None:
            return
        cursor = QTextCursor(document.document)
        cursor.setPosition(max(0, position))
        cursor.select(unit)
        mid = index.data(MessageRoles.Id)
        self._selection.set(Point(mid, cursor.selectionStart()), Point(mid, cursor.selectionEnd()))
        self._publish_primary_selection()
        self.viewport().update()

    def _extend_selection_to(self, pos: QPoint) -> None:
        viewport = self.viewport().rect()
        probe = QPoint(viewport.width() // 2, min(max(pos.y(), 0), viewport.height() - 1))
        index = self.indexAt(probe)
        if not index.isValid():
            return
        point = QPoint(pos.x(), probe.y())
        position = self._delegate.text_position(index, self.visualRect(index), point)
        self._selection.extend(index.data(MessageRoles.Id), position)
        self.viewport().update()

    def _drag_scroll_step(self) -> None:
        pos = self.viewport().mapFromGlobal(QCursor.pos())
        bar = self.verticalScrollBar()
        if pos.y() < EDGE:
            bar.setValue(bar.value() - max(4, EDGE - pos.y()))
        elif pos.y() > self.viewport().height() - EDGE:
            bar.setValue(bar.value() + max(4, pos.y() - self.viewport().height() + EDGE))
        self._extend_selection_to(pos)

    def _clear_text_selection(self) -> None:
        if not self._selection.is_empty():
            self._selection.clear()
            self.viewport().update()
        self._selection.clear()

    # -- actions --------------------------------------------------------------------------------

    def _activate_button(self, name: str, mid: str) -> None:
        if name in ("prev", "next"):
            versions = self._model.versions_of(mid)
            step = -1 if name == "prev" else 1
            if versions and 1 <= versions[0] + step <= versions[1]:
                self.version_step_requested.emit(mid, step)
            return
        if name == "copy":
            self.copy_message(mid)
        self.action_triggered.emit(name, mid)

    def _activate_link(self, mid: str, href: str) -> None:
        code = copy_code_index(href)
        if code is not None:
            row = self._model.row_of(mid)
            document = self._delegate.document(self._model.index(row)) if row >= 0 else None
            if document is not None and code < len(document.code_blocks):
                QGuiApplication.clipboard().setText(document.code_blocks[code])
                notify.status(self.tr("Code copied"))
            return
        if is_safe_url(href):
            QDesktopServices.openUrl(QUrl(href))
            self.link_opened.emit(href)

    def copy_message(self, mid: str) -> None:
        """Copy one message's text (its Markdown, as the model wrote it)."""
        row = self._model.row_of(mid)
        message = self._model.message_at(row)
        if message is None:
            return
        QGuiApplication.clipboard().setText(message.content)
        self._copied_mid = mid
        self._copied_timer.start()
        self.viewport().update()

    def selected_text(self) -> tuple[str, str]:
        """The selected text as (plain text, HTML); empty strings when nothing is selected."""
        return selection_text(self._model, self._delegate, self._selection)

    def has_selection(self) -> bool:
        """Text or whole messages are selected (what Copy would copy)."""
        return not self._selection.is_empty() or bool(self.selectionModel().selectedRows())

    def copy_selection(self) -> bool:
        """Copy the selected text, else the selected messages. False if nothing was selected."""
        text, html = self.selected_text()
        if not text:
            rows = sorted(index.row() for index in self.selectionModel().selectedRows())
            text = messages_text(self._model, rows)
            html = ""
        if not text:
            return False
        put_on_clipboard(text, html)
        return True

    def select_all_text(self) -> None:
        count = self._model.rowCount()
        if count == 0:
            return
        last = self._model.index(count - 1)
        document = self._delegate.document(last)
        end = document.document.characterCount() - 1 if document else 0
        first_id = self._model.index(0).data(MessageRoles.Id)
        self._selection.set(Point(first_id, 0), Point(last.data(MessageRoles.Id), end))
        self.viewport().update()

    def _publish_primary_selection(self) -> None:
        text, _html = self.selected_text()
        if text:
            put_on_clipboard(text, primary=True)

    # -- keyboard, tooltips, context menu -------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all_text()
            return
        if event.key() == Qt.Key.Key_Escape and not self._selection.is_empty():
            self._clear_text_selection()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802
        if event.type() == event.Type.ToolTip:
            index, hit = self._hit(event.pos())
            text = self._tooltip(index, hit)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, index: QModelIndex, hit: Hit | None) -> str:
        if hit is None:
            return ""
        row: MessageRow = index.data(MessageRoles.Row)
        if hit.kind == "button":
            if hit.name == "copy" and self._copied_mid == hit.mid:
                return self.tr("Copied")
            return action_tooltip(hit.name)
        if hit.kind == "link":
            return self.tr("Copy code") if copy_code_index(hit.name) is not None else hit.name
        if hit.kind == "header":
            return header_tooltip(row)
        if hit.kind == "badge":
            return badge_text(row)
        return ""

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        index, hit = self._hit(self.viewport().mapFromGlobal(event.globalPos()))
        row = index.data(MessageRoles.Row) if hit is not None else None
        build_context_menu(self, row, hit).exec(event.globalPos())

    def open_link(self, mid: str, href: str) -> None:
        """Open a web or mail link in the system browser, or copy a code block."""
        self._activate_link(mid, href)


def _single_shot(parent, interval: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
