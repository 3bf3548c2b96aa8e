"""The sidebar's conversations: store rows paged in lazily, with group header rows between.

The model holds the :class:`~app.store.rows.ConversationRow` tuples loaded so far, in the
store's order (pinned first, newest activity first), and where each group starts. Model rows
are those conversations with a header row ("Today", "October 2026") wherever the group
changes; which row is what is worked out with a binary search over a few dozen headers.

Paging: the first page is read synchronously when the list is (re)loaded: an indexed query
for 200 rows takes a few milliseconds, so the list is there in the first paint. Later pages
(``fetchMore``, as the user scrolls) and title-filtered queries, which may have to scan the
whole table, are read off the GUI thread with :func:`app.ui.tasks.run_task`.

Changes to a single conversation (a new message, a rename, a pin) arrive through
:meth:`ConversationListModel.conversation_updated`: the row is moved or inserted where the
store would now list it, with a move so the selection goes along, and headers are added or
dropped as groups fill or empty. At midnight :meth:`set_today` regroups without a reset.
"""

from __future__ import annotations

import datetime as dt
import logging
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Iterable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.store import conversations
from app.store.rows import ConversationRow
from app.ui.sidebar import buckets, labels
from app.ui.sidebar.buckets import Bucket
from app.ui.sidebar.native_count_model import NativeCountListModel
from app.ui.tasks import TaskHandle, run_task

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class ItemKind(IntEnum):
    HEADER = 1
    CONVERSATION = 2


class Role(IntEnum):
    """Data roles beyond Qt's own."""

    KIND = Qt.ItemDataRole.UserRole + 1  # ItemKind
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 2  # str (conversations only)
    PREVIEW = Qt.ItemDataRole.UserRole + 3  # str: last message, one line
    TIME_TEXT = Qt.ItemDataRole.UserRole + 4  # str: "14:32" or "Jan 12"
    PINNED = Qt.ItemDataRole.UserRole + 5  # bool
    ARCHIVED = Qt.ItemDataRole.UserRole + 6  # bool
    ROW = Qt.ItemDataRole.UserRole + 7  # ConversationRow
    BUCKET = Qt.ItemDataRole.UserRole + 8  # Bucket (headers only)


@dataclass(frozen=True)
class ListQuery:
    """Which conversations the list shows."""

    project_id: int | None
    archived: bool = False
    title_filter: str = ""

    def matches(self, row: ConversationRow) -> bool:
        """Whether the store would list ``row`` for this query (mirrors its SQL)."""
        if self.project_id is not None and row.project_id != self.project_id:
            return False
        if row.archived != self.archived:
            return False
        return not self.title_filter or self.title_filter.lower() in row.title.lower()


def sort_key(row: ConversationRow) -> tuple:
    """The store's listing order: pinned first, then newest activity first.

    Rows with equal keys (same second, e.g. from an import) may come in any order: the
    store breaks such ties its own way, so lookups scan the tie for the id.
    """
    return (not row.pinned, -row.updated_at)


_NO_QUERY = ListQuery(project_id=None)


class ConversationListModel(NativeCountListModel):
    """Grouped, lazily paged conversations of one project (see the module docstring)."""

    #: True while a page is being read off the GUI thread.
    loading_changed = Signal(bool)
    #: A page could not be read (the exception); the list keeps what it has.
    load_failed = Signal(object)

    FIRST_PAGE = 200
    MAX_PAGE = 5000

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationRow] = []
        self._by_id: dict[str, ConversationRow] = {}
        self._headers: list[tuple[int, Bucket]] = []  # (position in _rows, group), in order
        self._header_positions: list[int] = []
        self._header_model_rows: list[int] = []
        self._query = _NO_QUERY
        self._active = False  # a query has been set
        self._exhausted = True
        self._today = buckets.today()
        self._generation = 0
        self._task: TaskHandle | None = None
        self._formatter = labels.RowDateFormatter()
        self._header_texts: dict[Bucket, str] = {}

    # Queries -----------------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def today(self) -> dt.date:
        return self._today

    def is_loading(self) -> bool:
        return self._task is not None

    def set_query(self, query: ListQuery, *, at_least: int = 0) -> None:
        """Show the conversations ``query`` selects, starting again from the first page.

        ``at_least``: read that many rows in the first page (up to :attr:`MAX_PAGE`), so a
        reload of a list the user has scrolled down keeps what was on screen.
        Raises :class:`~app.store.errors.StoreError` when the first page cannot be read.
        """
        self._cancel_fetch()
        self._query = query
        self._active = True
        self._today = buckets.today()
        self._exhausted = False
        if query.title_filter:
            # A title filter may scan the whole table: read it off the GUI thread.
            self._replace_all([])
            self._start_fetch()
        else:
            limit = min(self.MAX_PAGE, max(self.FIRST_PAGE, at_least))
            rows = self._read_page(query, limit, 0)
            self._exhausted = len(rows) < limit
            self._replace_all(rows)

    def reload(self) -> None:
        """Read the current query again from the first page."""
        if self._active:
            self.set_query(self._query)

    def clear(self) -> None:
        """Show nothing (e.g. no project yet)."""
        self._cancel_fetch()
        self._query = _NO_QUERY
        self._active = False
        self._exhausted = True
        self._replace_all([])

    def shutdown(self) -> None:
        """Stop delivering pages (the owner is going away)."""
        self._cancel_fetch()

    # Lookups -------------------------------------------------------------------------------------

    def conversation_count(self) -> int:
        """Conversations loaded so far (not counting header rows)."""
        return len(self._rows)

    def loaded_rows(self) -> Sequence[ConversationRow]:
        return tuple(self._rows)

    def row_for_id(self, conversation_id: str) -> ConversationRow | None:
        return self._by_id.get(conversation_id)

    def index_for_id(self, conversation_id: str) -> QModelIndex:
        """The model index of a loaded conversation (invalid if it is not loaded)."""
        row = self._by_id.get(conversation_id)
        if row is None:
            return QModelIndex()
        return self.index(self._model_row(self._position(row)), 0)

    def is_header(self, index: _Index) -> bool:
        return index.isValid() and self._locate(index.row())[0]

    def conversation_id(self, index: _Index) -> str | None:
        if not index.isValid():
            return None
        is_header, position = self._locate(index.row())
        if is_header or position >= len(self._rows):
            return None
        return self._rows[position].id

    def header_rows(self) -> list[int]:
        """Model rows of the group headers."""
        return list(self._header_model_rows)

    # Qt model interface ----------------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._locate(index.row())[0]:
            # Not enabled, not selectable: clicks, selection and the cursor pass over headers.
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        is_header, position = self._locate(index.row())
        if is_header:
            if position >= len(self._headers):
                return None
            return self._header_data(self._headers[position][1], role)
        if position >= len(self._rows):
            return None
        return self._row_data(self._rows[position], role)

    def _header_data(self, bucket: Bucket, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._header_texts.get(bucket)
            if text is None:
                text = self._header_texts[bucket] = labels.header_text(bucket)
            return text
        if role == Role.KIND:
            return int(ItemKind.HEADER)
        if role == Role.BUCKET:
            return bucket
        return None

    def _row_data(self, row: ConversationRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self.untitled_text()
        if role == Role.KIND:
            return int(ItemKind.CONVERSATION)
        if role == Role.CONVERSATION_ID:
            return row.id
        if role == Role.PREVIEW:
            return row.preview
        if role == Role.TIME_TEXT:
            return self._formatter.format(row.updated_at, self._today, row.pinned)
        if role == Role.PINNED:
            return row.pinned
        if role == Role.ARCHIVED:
            return row.archived
        if role == Role.ROW:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title or self.untitled_text()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = self._formatter.format(row.updated_at, self._today, row.pinned)
            return f"{row.title or self.untitled_text()}, {when}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return row.preview
        return None

    @staticmethod
    def untitled_text() -> str:
        return QCoreApplication.translate("ConversationListModel", "New chat")

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._active and not self._exhausted and self._task is None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._start_fetch()

    # Changes from outside ---------------------------------------------------------------------

    def conversation_updated(self, conversation_id: str) -> None:
        """Re-read one conversation and show it where the store now lists it.

        It is moved (the selection follows), inserted (new, or newly matching the query), or
        taken out (deleted, archived, moved to another project, or now older than everything
        loaded so far: the next page brings it back).
        """
        if not self._active:
            return
        self._place(conversations.find_conversation(conversation_id), conversation_id)

    def remove_conversations(self, conversation_ids: Iterable[str]) -> None:
        """Take deleted conversations out of the list without re-reading it."""
        for cid in conversation_ids:
            self._place(None, cid)

    def set_today(self, today: dt.date | None = None) -> None:
        """Regroup for a new day (midnight passed); selection and scroll position stay."""
        self._today = today or buckets.today()
        self._sync_headers()
        self._emit_all_changed([Role.TIME_TEXT, Qt.ItemDataRole.AccessibleTextRole])

    def refresh_texts(self) -> None:
        """The language or locale changed: rebuild group titles and dates."""
        self._formatter = labels.RowDateFormatter()
        self._header_texts.clear()
        self._emit_all_changed([])

    # Reading pages ---------------------------------------------------------------------------

    @staticmethod
    def _read_page(query: ListQuery, limit: int, offset: int) -> list[ConversationRow]:
        return conversations.list_conversations(
            query.project_id,
            archived=query.archived,
            limit=limit,
            offset=offset,
            title_filter=query.title_filter or None,
        )

    def _page_size(self) -> int:
        # Pages grow with the list: each insert costs the view one layout of every loaded
        # row, so fewer, larger pages make scrolling to the end of 100,000 cheaper.
        return min(self.MAX_PAGE, max(self.FIRST_PAGE, len(self._rows) // 2))

    def _start_fetch(self) -> None:
        generation = self._generation
        query = self._query
        limit = self._page_size()
        offset = len(self._rows)
        holder: list[TaskHandle] = []  # filled before the queued "finished" can arrive
        self._task = run_task(
            lambda ctx: self._read_page(query, limit, offset),
            on_result=lambda rows: self._page_arrived(generation, limit, rows),
            on_error=lambda exc: self._page_failed(generation, exc),
            on_finished=lambda: self._fetch_finished(generation, holder[0]),
        )
        holder.append(self._task)
        self.loading_changed.emit(True)

    def _current(self, generation: int) -> bool:
        """Whether a page read for ``generation`` is still wanted (and the model still alive:
        a window closing with a page in flight deletes the C++ side first)."""
        return generation == self._generation and shiboken6.isValid(self)

    def _page_arrived(self, generation: int, limit: int, rows: list[ConversationRow]) -> None:
        if not self._current(generation):
            return
        # The page is in: the view may ask for the next one as soon as these rows are laid
        # out. (Waiting for the task's "finished" left a list scrolled to its end at the
        # bottom for good: the view asks when it reaches the end, not again later.)
        self._task = None
        if len(rows) < limit:
            self._exhausted = True
        self._append(rows)

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        self._exhausted = True  # don't retry in a loop; reload() starts over
        log.warning("could not read a page of conversations: %s", exc)
        self.load_failed.emit(exc)

    def _fetch_finished(self, generation: int, task: TaskHandle) -> None:
        if not self._current(generation):
            return
        if self._task is task:
            self._task = None  # it failed: no page came
        if self._task is None:
            self.loading_changed.emit(False)

    def _cancel_fetch(self) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.loading_changed.emit(False)

    # Bookkeeping: positions, model rows, headers ------------------------------------------------

    def _locate(self, model_row: int) -> tuple[bool, int]:
        """(is a header, index into _headers or _rows) for a model row."""
        before = bisect_right(self._header_model_rows, model_row)
        if before and self._header_model_rows[before - 1] == model_row:
            return True, before - 1
        return False, model_row - before

    def _model_row(self, position: int) -> int:
        """The model row of the conversation at ``position`` in _rows."""
        return position + bisect_right(self._header_positions, position)

    def _position(self, row: ConversationRow) -> int:
        """Where a loaded row sits in _rows (binary search on the store's order)."""
        key = sort_key(row)
        rows = self._rows
        position = bisect_left(rows, key, key=sort_key)
        while position < len(rows) and sort_key(rows[position]) == key:
            if rows[position].id == row.id:
                return position
            position += 1  # a tie: walk it
        # Not where its key says (cannot happen while _rows stays sorted): look everywhere.
        return next(n for n, other in enumerate(rows) if other.id == row.id)

    def _set_headers(self, headers: list[tuple[int, Bucket]]) -> None:
        self._headers = headers
        self._header_positions = [position for position, _ in headers]
        self._header_model_rows = [position + n for n, (position, _) in enumerate(headers)]

    def _bucket(self, row: ConversationRow) -> Bucket:
        return buckets.bucket_for(row.updated_at, self._today, row.pinned)

    def _emit_all_changed(self, roles: list) -> None:
        count = self.rowCount()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, 0), roles)

    # Structural changes (each one signal pair; see NativeCountListModel) ----------------------------

    def _replace_all(self, rows: list[ConversationRow]) -> None:
        headers = buckets.group_starts(rows, self._today)

        def commit() -> None:
            self._rows = list(rows)
            self._by_id = {row.id: row for row in rows}
            self._set_headers(headers)

        self._reset(len(rows) + len(headers), commit)

    def _append(self, rows: list[ConversationRow]) -> None:
        fresh: list[ConversationRow] = []
        changed: list[ConversationRow] = []
        seen: set[str] = set()
        last_key = sort_key(self._rows[-1]) if self._rows else None
        for row in rows:
            if row.id in self._by_id or row.id in seen or not self._query.matches(row):
                # Another window or an import shifted the store's order under our offsets:
                # never show a conversation twice.
                continue
            seen.add(row.id)
            key = sort_key(row)
            if last_key is not None and key < last_key:
                changed.append(row)  # changed since the pages above were read
            else:
                fresh.append(row)
                last_key = key
        if fresh:
            self._append_in_order(fresh)
        for row in changed:
            self._place(row, row.id)

    def _append_in_order(self, fresh: list[ConversationRow]) -> None:
        old_count = len(self._rows)
        starts = buckets.group_starts(self._rows + fresh, self._today)
        new_headers = [(position, bucket) for position, bucket in starts if position >= old_count]
        first = self.rowCount()

        def commit() -> None:
            self._rows.extend(fresh)
            self._by_id.update((row.id, row) for row in fresh)
            self._set_headers(self._headers + new_headers)

        self._insert(first, len(fresh) + len(new_headers), commit)

    def _place(self, row: ConversationRow | None, conversation_id: str) -> None:
        old = self._by_id.get(conversation_id)
        old_position = self._position(old) if old is not None else None
        if row is None or not self._query.matches(row):
            if old_position is not None:
                self._remove_at(old_position)
                self._sync_headers()
            return
        if old is not None and sort_key(old) == sort_key(row):
            self._replace_at(old_position, row)  # renamed, new preview: same place
            self._sync_headers()
            return
        position = bisect_left(self._rows, sort_key(row), key=sort_key)
        if old_position is not None and old_position < position:
            position -= 1  # counted in the list without the row itself
        others = len(self._rows) - (1 if old is not None else 0)
        if position >= others and not self._exhausted:
            # Older than everything loaded: it belongs to a page not read yet.
            if old_position is not None:
                self._remove_at(old_position)
                self._sync_headers()
            return
        if old_position is None:
            self._insert_at(position, row)
        elif old_position == position:
            self._replace_at(position, row)
        else:
            self._move_to(old_position, position, row)
        self._sync_headers()

    def _placement(
        self,
        position: int,
        row: ConversationRow,
        previous: ConversationRow | None,
        headers: list[tuple[int, Bucket]],
    ) -> tuple[int, list[tuple[int, Bucket]]]:
        """Model row for a conversation inserted at ``position``, and the shifted headers.

        With a header right at ``position``, the row goes after it (first of that group),
        unless it belongs to the previous row's group: then before it (last of that group).
        """
        header_positions = [p for p, _ in headers]
        before = bisect_left(header_positions, position)
        through = bisect_right(header_positions, position)
        if through > before and previous is not None and self._bucket(row) == self._bucket(previous):
            shifted = [(p + 1 if p >= position else p, b) for p, b in headers]
            return position + before, shifted
        shifted = [(p + 1 if p > position else p, b) for p, b in headers]
        return position + through, shifted

    def _insert_at(self, position: int, row: ConversationRow) -> None:
        previous = self._rows[position - 1] if position > 0 else None
        model_row, headers = self._placement(position, row, previous, self._headers)

        def commit() -> None:
            self._rows.insert(position, row)
            self._by_id[row.id] = row
            self._set_headers(headers)

        self._insert(model_row, 1, commit)

    def _remove_at(self, position: int) -> None:
        model_row = self._model_row(position)
        row = self._rows[position]
        headers = [(p - 1 if p > position else p, b) for p, b in self._headers]

        def commit() -> None:
            del self._rows[position]
            self._by_id.pop(row.id, None)
            self._set_headers(headers)

        self._remove(model_row, 1, commit)

    def _replace_at(self, position: int, row: ConversationRow) -> None:
        self._rows[position] = row
        self._by_id[row.id] = row
        index = self.index(self._model_row(position), 0)
        self.dataChanged.emit(index, index, [])

    def _move_to(self, old_position: int, position: int, row: ConversationRow) -> None:
        source = self._model_row(old_position)
        after_removal = [(p - 1 if p > old_position else p, b) for p, b in self._headers]
        previous_index = position - 1
        if previous_index < 0:
            previous = None
        elif previous_index < old_position:
            previous = self._rows[previous_index]
        else:
            previous = self._rows[previous_index + 1]
        target, headers = self._placement(position, row, previous, after_removal)
        destination = target if target <= source else target + 1
        if destination in (source, source + 1):
            # Lands where it already is (the entries around it are unchanged).
            self._replace_at(old_position, row)
            return

        def commit() -> None:
            del self._rows[old_position]
            self._rows.insert(position, row)
            self._by_id[row.id] = row
            self._set_headers(headers)

        self._move(source, destination, commit)
        index = self.index(self._model_row(position), 0)
        self.dataChanged.emit(index, index, [])

    def _sync_headers(self) -> None:
        """Make the header rows match the groups of the loaded rows (after any change)."""
        wanted = buckets.group_starts(self._rows, self._today)
        wanted_set = set(wanted)
        kept: set[tuple[int, Bucket]] = set()
        stale = []
        for n, header in enumerate(self._headers):
            if header in wanted_set and header not in kept:
                kept.add(header)
            else:
                stale.append(n)
        for n in reversed(stale):
            self._remove_header(n)
        for header in wanted:
            if header not in kept:
                self._insert_header(header)

    def _remove_header(self, n: int) -> None:
        model_row = self._header_model_rows[n]
        headers = self._headers[:n] + self._headers[n + 1 :]
        self._remove(model_row, 1, lambda: self._set_headers(headers))

    def _insert_header(self, header: tuple[int, Bucket]) -> None:
        n = bisect_left(self._header_positions, header[0])
        headers = self._headers[:n] + [header] + self._headers[n:]
        self._insert(header[0] + n, 1, lambda: self._set_headers(headers))
