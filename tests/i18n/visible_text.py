"""Every piece of text a user can see in a window: labels, buttons, menus, tooltips, titles.

Used with the pseudo-locale (every translation is ``⟦source⟧``): whatever text is left once
the bracketed parts and known user data are taken out escaped ``tr()``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6 import QtGui
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.i18n.catalog import CLOSE, OPEN

_BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
#: Numbers, sizes, times and percentages carry no words to translate.
_NUMERIC = re.compile(r"[\d.,:%\s]+")
#: Shortcuts as Qt prints them ("Ctrl+N", "Shift+F3", "Esc") are translated by Qt itself.
_DATA_SIZE = re.compile(r"\d[\d.,\s\u00a0\u202f]*\s*(?:bytes|[kKMGTPE]i?B)\b")
_URL = re.compile(r"\b[a-z]+://\S+")
_SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta|Esc|Enter|Return|Del|Delete|F\d+)\b")


def plain(text: str) -> str:
    """A label's text as the user reads it (rich text rendered to plain text)."""
    if QtGui.Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def leftover(text: str, allowed: Iterable[str] = ()) -> str:
    """What is left of ``text`` once translated parts and allowed words are taken out."""
    text = text.replace("&&", "&")
    previous = None
    while previous != text:  # inner brackets first: "⟦Error: ⟦the server⟧⟧"
        previous = text
        text = _BRACKETED.sub(" ", text)
    for word in sorted(allowed, key=len, reverse=True):
        if word:
            text = text.replace(word, " ")
    text = _URL.sub(" ", text)
    text = _SHORTCUT.sub(" ", text)
    text = _DATA_SIZE.sub(" ", text)  # "172.8 kB": QLocale's words, translated by Qt
    return text if re.search(r"[^\W\d_]", text) else ""


def _is_qt_internal(widget: QWidget) -> bool:
    """Qt's own parts (their words come from Qt's translations), but not a message box's text."""
    name = widget.objectName()
    if name.startswith("qt_msgbox_") and isinstance(widget, QLabel):
        return False
    return name.startswith("qt_") or widget.metaObject().className().startswith("QCalendar")


def _standard_button(button: QAbstractButton) -> bool:
    """A QDialogButtonBox standard button: Qt translates its text (qtbase)."""
    parent = button.parent()
    while parent is not None and not isinstance(parent, QDialogButtonBox):
        parent = parent.parent()
    return isinstance(parent, QDialogButtonBox) and (
        parent.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    )


def action_texts(actions: Iterable[QAction], where: str) -> Iterator[tuple[str, str]]:
    """Texts of actions and, recursively, of their submenus (visible or not: menus open)."""
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        name = action.objectName() or action.text()
        yield f"{where} > action {name!r} text", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"{where} > action {name!r} tooltip", action.toolTip()
        yield f"{where} > action {name!r} status tip", action.statusTip()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield f"{where} > menu {menu.title()!r} title", menu.title()
            yield from action_texts(menu.actions(), f"{where} > {menu.objectName() or menu.title()}")


_ROLES = {
    Qt.ItemDataRole.DisplayRole: "text",
    Qt.ItemDataRole.ToolTipRole: "tooltip",
    Qt.ItemDataRole.AccessibleTextRole: "accessible text",
}


def model_texts(
    model: QAbstractItemModel,
    where: str,
    rows: Iterable[int] | None = None,
    roles: Iterable[Qt.ItemDataRole] = tuple(_ROLES),
) -> Iterator[tuple[str, str]]:
    """Texts of a list model's rows (display text, tooltip, accessible text)."""
    rows = range(model.rowCount()) if rows is None else rows
    for row in rows:
        index = model.index(row, 0, QModelIndex())
        for role, label in ((role, _ROLES[role]) for role in roles):
            value = index.data(role)
            if isinstance(value, str):
                yield f"{where} row {row} {label}", value


def widget_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible widget under ``top`` (``top`` included)."""
    yield f"{type(top).__name__} window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and (not widget.isVisibleTo(top) or _is_qt_internal(widget)):
            continue
        if _is_qt_internal(widget):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}"
        yield f"{where} tooltip", widget.toolTip()
        yield f"{where} accessible description", widget.accessibleDescription()
        yield f"{where} accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield f"{where} text", plain(widget.text())
        elif isinstance(widget, QAbstractButton) and not _standard_button(widget):
            yield f"{where} text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield f"{where} title", widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{where} item {i}", widget.itemText(i)
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{where} tab {i}", widget.tabText(i)
                yield f"{where} tab {i} tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            # Item views holding words (settings pages); the conversation lists are checked
            # through their models by the tests, which know which rows are user data.
            if widget.objectName() in ("settingsPageList",):
                yield from model_texts(widget.model(), where)
            placeholder = getattr(widget, "placeholder", None)  # the sidebar's "No conversations…"
            if callable(placeholder) and widget.model().rowCount() == 0:
                yield f"{where} placeholder", placeholder()
        yield from action_texts(QWidget.actions(widget), where)


def escaped(texts: Iterable[tuple[str, str]], allowed: Iterable[str] = ()) -> list[str]:
    """``where: text`` for each text with words that did not come through ``tr()``."""
    allowed = list(allowed)
    found = []
    for where, text in texts:
        if text and leftover(text, allowed):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))
