"""A list model whose row count lives in C++, for Python models with 100,000 rows.

Why this exists: on every insert, removal or move, ``QListView`` lays out *all* rows again,
asking the model for an index per row, and each ``index()`` asks ``rowCount()``, twice per
row in all. With ``rowCount`` written in Python that is ~2.8 µs a row: 280 ms of frozen
window per change once 100,000 conversations are loaded, and scrolling to the end of the
list (hundreds of page inserts) would take minutes. Inheriting ``QStringListModel``, whose
``rowCount`` is C++, over a list of empty strings that only mirrors how many rows there are,
brings the same layout down to ~15 ms (measured on this machine: 100,000 rows, uniform sizes).
``data()`` stays ours and runs only for rows being painted.

The cost is bookkeeping: the C++ list changes inside ``QStringListModel.insertRows`` & co.,
which emit the ``rowsAboutToBe…``/``rows…`` signals themselves. Subclasses describe each
change as a *commit* function that updates their Python state; it runs from a slot on
``rowsInserted``/``rowsRemoved``/``rowsMoved``/``modelReset`` that is connected first, so
every other listener (views, selection models, the model tester) sees the old state before
the change and the new state after it, exactly as with ``beginInsertRows``/``endInsertRows``.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt

_Index = QModelIndex | QPersistentModelIndex


class NativeCountListModel(QStringListModel):
    """Base class: structural changes only through :meth:`_insert`, :meth:`_remove`,
    :meth:`_move` and :meth:`_reset`; subclasses implement ``data()`` and ``flags()``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pending_commit: Callable[[], None] | None = None
        # Connected before anyone else can connect, so these run first.
        for signal in (self.rowsInserted, self.rowsRemoved, self.rowsMoved, self.modelReset):
            signal.connect(self._run_pending_commit)

    # The structural edits subclasses use ------------------------------------------------------

    def _insert(self, row: int, count: int, commit: Callable[[], None]) -> None:
        self._change(lambda: QStringListModel.insertRows(self, row, count, QModelIndex()), commit)

    def _remove(self, row: int, count: int, commit: Callable[[], None]) -> None:
        self._change(lambda: QStringListModel.removeRows(self, row, count, QModelIndex()), commit)

    def _move(self, source: int, destination: int, commit: Callable[[], None]) -> None:
        """Move one row so it ends up before ``destination`` (a row number before the move)."""
        self._change(
            lambda: QStringListModel.moveRows(
                self, QModelIndex(), source, 1, QModelIndex(), destination
            ),
            commit,
        )

    def _reset(self, count: int, commit: Callable[[], None]) -> None:
        self._change(lambda: QStringListModel.setStringList(self, [""] * count) or True, commit)

    def _change(self, operation: Callable[[], bool], commit: Callable[[], None]) -> None:
        if self._pending_commit is not None:
            raise RuntimeError("a structural change started inside another one")
        self._pending_commit = commit
        try:
            accepted = operation()
        finally:
            left_over, self._pending_commit = self._pending_commit, None
        if left_over is not None:
            raise RuntimeError(f"QStringListModel refused a structural change ({accepted!r})")

    def _run_pending_commit(self, *_args: Any) -> None:
        commit, self._pending_commit = self._pending_commit, None
        if commit is not None:
            commit()

    # QStringListModel behaviour that must not leak through ---------------------------------

    def insertRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        return False  # rows come from the store, not from views or drops

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:
        return False

    def moveRows(self, *args: Any) -> bool:
        return False

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False

    def setItemData(self, index: _Index, roles: dict) -> bool:
        return False

    def clearItemData(self, index: _Index) -> bool:
        return False

    def itemData(self, index: _Index) -> dict:
        # QStringListModel answers from its (empty) strings; ask data() like any other model.
        value = self.data(index, Qt.ItemDataRole.DisplayRole)
        return {} if value is None else {int(Qt.ItemDataRole.DisplayRole): value}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        pass  # the store decides the order

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.IgnoreAction
