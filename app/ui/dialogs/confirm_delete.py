"""Asking before conversations are deleted: names what will go, and that it is final."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from app.ui import notify

translate = QCoreApplication.translate

#: How many titles the question lists before saying "and N more".
MAX_TITLES_LISTED = 5


def display_title(title: str) -> str:
    return title.strip() or translate("ConfirmDelete", "Untitled conversation")


def delete_question(titles: Sequence[str], total: int | None = None) -> tuple[str, str]:
    """The question and the explanation for deleting ``total`` conversations, of which
    ``titles`` are the first few (all of them when ``total`` is None)."""
    count = len(titles) if total is None else max(total, len(titles))
    if count == 1:
        question = translate("ConfirmDelete", "Delete \u201c%1\u201d?")
        detail = translate(
            "ConfirmDelete",
            "The conversation and all its messages will be removed from this computer. "
            "This cannot be undone.",
        )
        return question.replace("%1", display_title(titles[0])), detail
    question = translate("ConfirmDelete", "Delete %1 conversations?")
    question = question.replace("%1", QLocale().toString(count))
    lines = [f"\u2022 {display_title(title)}" for title in titles[:MAX_TITLES_LISTED]]
    if count > len(lines):
        more = translate("ConfirmDelete", "\u2026and %1 more")
        lines.append(more.replace("%1", QLocale().toString(count - len(lines))))
    final = translate(
        "ConfirmDelete",
        "They and all their messages will be removed from this computer. "
        "This cannot be undone.",
    )
    return question, "\n".join(lines) + "\n\n" + final


def confirm_delete(parent: QWidget | None, titles: Sequence[str], total: int | None = None) -> bool:
    """Ask whether to delete ``total`` conversations (listing ``titles``); True to go ahead."""
    count = len(titles) if total is None else total
    if count <= 0:
        return False
    question, detail = delete_question(titles, total)
    if count == 1:
        title = translate("ConfirmDelete", "Delete Conversation")
    else:
        title = translate("ConfirmDelete", "Delete Conversations")
    return notify.confirm(
        parent,
        title,
        question,
        translate("ConfirmDelete", "Delete"),
        informative=detail,
        destructive=True,
    )
