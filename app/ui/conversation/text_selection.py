"""Text selected with the mouse across one or more messages.

Ends are (message id, character position in that message's document), so prepending older
rows or re-laying out documents never moves the selection. Rows strictly between the two
ends are wholly selected, as in a web page.
"""

from __future__ import annotations

from typing import Callable, NamedTuple


class Point(NamedTuple):
    mid: str
    position: int


_End = tuple[int, int]  # (row, position)


class TextSelection:
    """Anchor (where the drag began) and focus (where it is now)."""

    def __init__(self) -> None:
        self.anchor: Point | None = None
        self.focus: Point | None = None

    def start(self, mid: str, position: int) -> None:
        self.anchor = self.focus = Point(mid, position)

    def extend(self, mid: str, position: int) -> None:
        if self.anchor is not None:
            self.focus = Point(mid, position)

    def set(self, anchor: Point, focus: Point) -> None:
        self.anchor, self.focus = anchor, focus

    def clear(self) -> None:
        self.anchor = self.focus = None

    def is_empty(self) -> bool:
        return self.anchor is None or self.focus is None or self.anchor == self.focus

    def ordered(self, row_of: Callable[[str], int]) -> tuple[_End, _End] | None:
        """((first row, position), (last row, position)), or None if empty or gone."""
        if self.is_empty():
            return None
        assert self.anchor is not None and self.focus is not None
        a = (row_of(self.anchor.mid), self.anchor.position)
        f = (row_of(self.focus.mid), self.focus.position)
        if a[0] < 0 or f[0] < 0:
            return None  # a message left the view (branch switch, reload)
        return (a, f) if a <= f else (f, a)

    def range_in(
        self, row: int, length: int, row_of: Callable[[str], int]
    ) -> tuple[int, int] | None:
        """The selected characters of the message at ``row`` (``length`` characters long)."""
        ends = self.ordered(row_of)
        if ends is None:
            return None
        (first_row, first_pos), (last_row, last_pos) = ends
        if row < first_row or row > last_row:
            return None
        start = first_pos if row == first_row else 0
        end = last_pos if row == last_row else length
        start, end = max(0, min(start, length)), max(0, min(end, length))
        return (start, end) if start < end else None
