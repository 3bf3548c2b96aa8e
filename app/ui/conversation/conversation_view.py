"""The conversation view: header, message list and the composer's slot.

It composes the parts and wires them to the store; painting, caching and rendering live
in the delegate, the document caches and the renderer. Interface (see CONTRACTS.md):
``show_conversation``, ``conversation_id``, ``reload``, ``refresh_message``,
``message_appended``, ``scroll_to_message``, ``set_highlight``, ``copy_selection``,
``set_composer``; signals ``branch_switched``, ``message_action``, ``title_edited``.
For the find bar: ``message_document``, ``show_text_range``, ``clear_text_range``; signals
``content_changed``, ``messages_rendered``.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, QModelIndex, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.store import conversations, messages, projects
from app.store.errors import NotFoundError
from app.store.rows import MessageRow
from app.ui import notify
from app.ui.conversation.conversation_header import ConversationHeader
from app.ui.conversation.match_ranges import scroll_to_range
from app.ui.conversation.message_layout import COLUMN_MAX, SIDE_MARGIN
from app.ui.conversation.message_list_model import MessageListModel
from app.ui.conversation.message_list_view import MessageListView
from app.ui.conversation.message_renderer import MessageRenderer
from app.ui.tasks import run_task

#: Where a message jumped to lands, from the top of the view.
JUMP_OFFSET = 48


class ConversationView(QWidget):
    """Shows one conversation's active branch."""

    #: The user switched to another version of a message (conversation id).
    branch_switched = Signal(str)
    #: A message action: ("regenerate" | "retry" | "edit" | "copy", message id).
    message_action = Signal(str, str)
    #: The user renamed the conversation in the header: (conversation id, new title).
    #: The header shows the new title at once; whoever listens saves it.
    title_edited = Signal(str, str)
    #: Messages of the shown branch were added or changed (streaming, an edit, a reload).
    content_changed = Signal()
    #: These messages' Markdown rendering arrived (their documents changed).
    messages_rendered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self._cid: str | None = None
        self._renderer = MessageRenderer(self.tr("Copy"), self)
        self._model = MessageListModel(self)
        self._header = ConversationHeader(self)
        self._list = MessageListView(self._model, self._renderer, self)
        self._composer_slot = QWidget(self)
        self._composer_slot.setObjectName("composerSlot")
        self._composer_layout = QHBoxLayout(self._composer_slot)
        self._composer_layout.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 12)
        self._composer_slot.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._composer_slot)

        self._list.set_actions_provider(self._actions_for)
        self._list.first_painted.connect(self._after_first_paint)
        self._list.version_step_requested.connect(self._step_version)
        self._list.action_triggered.connect(self.message_action)
        self._header.title_committed.connect(self._rename)
        self._model.tree_loaded.connect(self._queue_all_renders)
        self._model.rowsInserted.connect(self._rows_inserted)
        self._renderer.rendered.connect(self.messages_rendered)
        self._header.hide()

    # -- the contract ---------------------------------------------------------------------------

    @property
    def message_list(self) -> MessageListView:
        return self._list

    @property
    def model(self) -> MessageListModel:
        return self._model

    @property
    def header(self) -> ConversationHeader:
        return self._header

    def set_composer(self, widget: QWidget) -> None:
        """Place the composer under the messages, in the same reading column."""
        while self._composer_layout.count():
            item = self._composer_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
        widget.setMaximumWidth(COLUMN_MAX)
        self._composer_layout.addStretch(1)
        self._composer_layout.addWidget(widget, 100)
        self._composer_layout.addStretch(1)
        self._composer_slot.show()

    def set_find_bar(self, widget: QWidget) -> None:
        """Place the find bar (``app.ui.search``) between the header and the messages."""
        self.layout().insertWidget(1, widget)

    def conversation_id(self) -> str | None:
        return self._cid

    def show_conversation(self, cid: str | None) -> None:
        """Show ``cid`` (None: nothing). The newest messages paint first; history follows."""
        if cid is not None and cid == self._cid:
            self.reload()
            return
        row = conversations.find_conversation(cid) if cid else None
        self._cid = row.id if row else None
        self._renderer.forget_pending()
        self._renderer.pause()
        self._list.start_conversation()
        self._model.load(self._cid)
        self._header.setVisible(row is not None)
        self._update_header()

    def reload(self) -> None:
        """Re-read the active branch; the message at the top of the view stays put."""
        if self._cid is None:
            return
        if conversations.find_conversation(self._cid) is None:
            self.show_conversation(None)
            return
        self._model.reload()
        self._update_header()
        self.content_changed.emit()

    def refresh_message(self, mid: str) -> None:
        """A shown message changed (streaming text, status, metadata): re-render that row."""
        if self._model.refresh(mid):
            self._list.scheduleDelayedItemsLayout()
            self.content_changed.emit()

    def message_appended(self, mid: str) -> None:
        """A new message ends the active branch: add it and follow it if at the bottom."""
        if self._cid is None:
            return
        if not self._model.append(mid):
            self._model.reload()
        self._update_header()
        self.content_changed.emit()

    def scroll_to_message(self, mid: str, *, flash: bool = True) -> None:
        """Bring ``mid`` into view (switching to its branch first if it is on another one)."""
        if self._cid is None:
            return
        row = self._load_down_to(mid)
        if row >= 0:
            self._jump(mid, row, flash=flash)
            return
        try:
            message = messages.get_message(mid)
        except NotFoundError:
            return
        if message.conversation_id != self._cid or message.hidden:
            return
        cid = self._cid
        run_task(
            lambda ctx: messages.switch_branch(mid),
            on_result=lambda _leaf: self._branch_saved(cid, then_show=mid),
            on_error=notify.error_reporter(self, self.tr("Could not show that message")),
        )

    def set_highlight(self, terms: list[str]) -> None:
        """Highlight these words in the rendered messages ([] removes the highlight)."""
        cleaned = tuple(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
        if cleaned != self._list.message_delegate.highlight():
            self._list.message_delegate.set_highlight(cleaned)
            self._list.viewport().update()

    def message_document(self, mid: str) -> tuple[QTextDocument | None, bool]:
        """The laid-out document of ``mid`` (loaded down to it) and whether it is final.

        Not final: the Markdown is still being rendered (a plain placeholder shows; it may
        hold only the message's beginning) - ``messages_rendered`` will name ``mid``.
        None when ``mid`` is not on the shown branch.
        """
        row = self._load_down_to(mid) if self._cid is not None else -1
        if row < 0:
            return None, False
        index = self._model.index(row)
        document = self._list.message_delegate.document(index)
        if document is None:
            return None, False
        return document.document, self._list.message_delegate.shows_current_rendering(index)

    def show_text_range(self, mid: str, start: int, end: int, *, scroll: bool = True) -> None:
        """Mark ``start``..``end`` of ``mid`` as the current find match and scroll it into sight.

        With ``scroll`` False only the mark moves (the match's text changed under it).
        """
        row = self._load_down_to(mid) if self._cid is not None else -1
        if row < 0:
            return
        self._list.message_delegate.set_current_match((mid, start, end))
        if not scroll:
            self._list.viewport().update()
            return
        selection = self._list.selectionModel()
        auto_scroll = self._list.hasAutoScroll()
        self._list.setAutoScroll(False)  # selecting must not scroll to the row's top
        selection.setCurrentIndex(self._model.index(row), selection.SelectionFlag.ClearAndSelect)
        self._list.setAutoScroll(auto_scroll)
        scroll_to_range(self._list, mid, start, end)
        self._list.viewport().update()

    def clear_text_range(self) -> None:
        """No current find match any more."""
        if self._list.message_delegate.current_match() is not None:
            self._list.message_delegate.set_current_match(None)
            self._list.viewport().update()

    def copy_selection(self) -> bool:
        """Copy the selected text (or the selected messages); False when nothing is selected."""
        return self._list.copy_selection()

    def refresh_header(self) -> None:
        """The title or counts changed elsewhere (e.g. a title the model wrote): show them."""
        self._update_header()

    # -- internals ------------------------------------------------------------------------------

    def _update_header(self) -> None:
        row = conversations.find_conversation(self._cid) if self._cid else None
        if row is None:
            return
        try:
            project = projects.get_project(row.project_id).name
        except NotFoundError:
            project = ""
        self._header.set_conversation(row.title, project, row.message_count)

    def _after_first_paint(self) -> None:
        self._renderer.resume()
        self._model.load_tree()
        # The visible rows asked for their rendering while painting; the rest of the page
        # follows, newest first, so scrolling up finds it ready.
        QTimer.singleShot(0, self._queue_all_renders)

    def _queue_all_renders(self) -> None:
        for row in reversed(self._model.loaded_rows()):
            self._renderer.request(row.id, self._model.revision_of(row.id), row.content)

    def _rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        for position in range(last, first - 1, -1):
            row = self._model.message_at(position)
            if row is not None:
                self._renderer.request(row.id, self._model.revision_of(row.id), row.content)

    def _load_down_to(self, mid: str) -> int:
        """Load the rows from ``mid`` down (if it is on the branch); its row or -1."""
        if self._model.row_of(mid) >= 0:
            return self._model.row_of(mid)
        # Thousands of rows may arrive at once: their heights are guessed until seen.
        return self._model.ensure_loaded(mid)

    def _jump(self, mid: str, row: int, *, flash: bool = True) -> None:
        selection = self._list.selectionModel()
        selection.setCurrentIndex(self._model.index(row), selection.SelectionFlag.ClearAndSelect)
        self._list.keep_message_at(mid, JUMP_OFFSET)
        self._list.doItemsLayout()
        if flash:
            self._list.flash(mid)

    def _step_version(self, mid: str, step: int) -> None:
        versions = self._model.versions(mid)
        if mid not in versions:
            return
        position = versions.index(mid) + step
        if not 0 <= position < len(versions):
            return
        target = versions[position]
        cid = self._cid
        row = self._model.row_of(mid)
        if row >= 0:
            # Keep the switched message where it is on screen.
            self._list.keep_message_at(target, self._list.visualRect(self._model.index(row)).top())
        run_task(
            lambda ctx: messages.switch_branch(target),
            on_result=lambda _leaf: self._branch_saved(cid),
            on_error=notify.error_reporter(self, self.tr("Could not switch versions")),
        )

    def _branch_saved(self, cid: str | None, then_show: str | None = None) -> None:
        if cid is None or cid != self._cid:
            return
        self._model.reload()
        self._update_header()
        self.branch_switched.emit(cid)
        if then_show is not None:
            row = self._load_down_to(then_show)
            if row >= 0:
                self._jump(then_show, row)

    def _rename(self, title: str) -> None:
        # The window saves it (app.ui.conversation_ops) and updates the sidebar.
        if self._cid is not None:
            self.title_edited.emit(self._cid, title)

    def _actions_for(self, row: MessageRow) -> tuple[str, ...]:
        """Footer actions: Copy always; the others only when someone handles them."""
        if not self._has_action_listener():
            return ("copy",)
        actions: list[str] = ["copy"]
        if row.role == "user":
            actions.append("edit")
        elif row.role == "assistant":
            actions.append("retry" if row.status in ("error", "incomplete") else "regenerate")
        return tuple(actions)

    def _has_action_listener(self) -> bool:
        meta = self.metaObject()
        method: QMetaMethod = meta.method(meta.indexOfSignal("message_action(QString,QString)"))
        return self.isSignalConnected(method)
