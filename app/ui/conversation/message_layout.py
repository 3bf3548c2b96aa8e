"""Where each part of a message goes: header, text, bubble, footer buttons.

One function computes the geometry of a row from its rectangle and the laid-out document's
size, so painting, size hints and mouse hit-testing can never disagree.

Assistant messages read full width in a centred column (as in ChatGPT or Claude); the
user's messages sit in a tinted bubble on the right; system and tool messages in a card.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics

COLUMN_MAX = 780
SIDE_MARGIN = 24
ROW_TOP = 10
ROW_BOTTOM = 2
HEADER_GAP = 5
BUBBLE_PAD_H = 14
BUBBLE_PAD_V = 9
BUBBLE_SHARE = 0.80  # of the column, at most
FOOTER_GAP = 2
BUTTON = 26
ICON = 16
BADGE_PAD = 8


class Metrics(NamedTuple):
    """Font-dependent sizes (computed once per font)."""

    header_height: int
    footer_height: int
    small_ascent: int

    @staticmethod
    def for_fonts(small: QFontMetrics) -> "Metrics":
        return Metrics(
            header_height=small.height(),
            footer_height=BUTTON + 2,
            small_ascent=small.ascent(),
        )


class MessageGeometry(NamedTuple):
    header: QRect  # role, model and time
    box: QRect  # the bubble or card behind the text (equal to ``text`` for assistants)
    text: QRect  # where the document is drawn
    footer: QRect
    buttons: tuple[tuple[str, QRect], ...]  # "prev", "next", "copy", "edit", "regenerate", "retry"
    versions_label: QRect  # "2/3" between the arrows (empty when no versions)
    badge: QRect  # status pill (empty when complete)
    align_right: bool


def column_width(layout_width: int) -> int:
    """The reading column's width for a view this wide."""
    return max(120, min(COLUMN_MAX, layout_width - 2 * SIDE_MARGIN))


def column(rect: QRect, layout_width: int) -> tuple[int, int]:
    """Left edge and width of the reading column, centred in the row.

    ``layout_width`` is the width documents are laid out for; it ignores whether the
    scroll bar is showing, so a scroll bar appearing never re-wraps every message.
    """
    width = column_width(layout_width)
    return rect.left() + max(0, (rect.width() - width) // 2), width


def text_width(role: str, layout_width: int) -> int:
    """The width the document is laid out at, for a view this wide."""
    width = column_width(layout_width)
    if role == "user":
        return max(80, int(width * BUBBLE_SHARE) - 2 * BUBBLE_PAD_H)
    if role in ("system", "tool"):
        return max(80, width - 2 * BUBBLE_PAD_H)
    return width


def row_height(role: str, text_height: int, metrics: Metrics) -> int:
    boxed = role != "assistant"
    return (
        ROW_TOP
        + metrics.header_height
        + HEADER_GAP
        + text_height
        + (2 * BUBBLE_PAD_V if boxed else 0)
        + FOOTER_GAP
        + metrics.footer_height
        + ROW_BOTTOM
    )


def size_hint(role: str, layout_width: int, text_height: int, metrics: Metrics) -> QSize:
    return QSize(max(1, column_width(layout_width)), row_height(role, text_height, metrics))


def layout_message(
    rect: QRect,
    layout_width: int,
    role: str,
    text_size: QSize,
    metrics: Metrics,
    *,
    versions: tuple[int, int] | None,
    versions_label_width: int,
    actions: tuple[str, ...],
    badge_width: int,
) -> MessageGeometry:
    """The geometry of one message row (``text_size``: the document's used width, height)."""
    left, width = column(rect, layout_width)
    right = left + width
    top = rect.top() + ROW_TOP
    align_right = role == "user"
    header = QRect(left, top, width, metrics.header_height)
    y = header.bottom() + 1 + HEADER_GAP
    if role == "assistant":
        text = QRect(left, y, width, text_size.height())
        box = QRect(text)
    else:
        inner_width = text_size.width() if role == "user" else text_width(role, layout_width)
        box_width = inner_width + 2 * BUBBLE_PAD_H
        box_left = right - box_width if align_right else left
        box = QRect(box_left, y, box_width, text_size.height() + 2 * BUBBLE_PAD_V)
        text = QRect(
            box_left + BUBBLE_PAD_H, y + BUBBLE_PAD_V, inner_width, text_size.height()
        )
    footer = QRect(left, box.bottom() + 1 + FOOTER_GAP, width, metrics.footer_height)

    # Footer items in reading order. The status badge sits next to the text, the version
    # switcher at the outer edge; the user's footer is right-aligned, mirrored.
    switcher: list[tuple[str, int]] = []
    if versions is not None:
        switcher = [("prev", BUTTON), ("versions", versions_label_width), ("next", BUTTON)]
    badge_item = [("badge", badge_width)] if badge_width else []
    action_items = [(name, BUTTON) for name in actions]
    if align_right:
        items = badge_item + action_items + switcher
    else:
        items = switcher + badge_item + action_items
    spacing = 2
    total = sum(w for _, w in items) + spacing * max(0, len(items) - 1)
    x = right - total if align_right else left
    button_top = footer.top() + (footer.height() - BUTTON) // 2
    buttons: list[tuple[str, QRect]] = []
    versions_label = QRect()
    badge = QRect()
    for name, item_width in items:
        item = QRect(x, button_top, item_width, BUTTON)
        if name == "versions":
            versions_label = item
        elif name == "badge":
            badge = item.adjusted(0, 4, 0, -4)
        else:
            buttons.append((name, item))
        x += item_width + spacing
    return MessageGeometry(
        header=header,
        box=box,
        text=text,
        footer=footer,
        buttons=tuple(buttons),
        versions_label=versions_label,
        badge=badge,
        align_right=align_right,
    )
