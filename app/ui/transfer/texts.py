"""Translated phrasing shared by the import and export dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

_CONTEXT = "Transfer"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def number(value: int) -> str:
    return QLocale().toString(int(value))


def format_label(label: str) -> str:
    """The service's English format name, translated."""
    names = {
        "ChatGPT export": tr("ChatGPT export"),
        "Claude export": tr("Claude export"),
        "Parley export": tr("Parley export"),
        "Parley JSON Lines export": tr("Parley JSON Lines export"),
        "browser chat history": tr("browser chat history"),
    }
    return names.get(label, label)


def counted(n: int, one: str, many: str) -> str:
    """"1 conversation" / "12 conversations": ``one`` and ``many`` hold %1 for the number."""
    return (one if n == 1 else many).replace("%1", number(n))


def found_text(conversations: int, messages: int, label: str) -> str:
    """"312 conversations, 8,410 messages from a ChatGPT export", localised."""
    return (
        tr("%1, %2 from a %3")
        .replace("%3", format_label(label))
        .replace("%1", counted(conversations, tr("%1 conversation"), tr("%1 conversations")))
        .replace("%2", counted(messages, tr("%1 message"), tr("%1 messages")))
    )


def result_text(added: int, updated: int, skipped: int, new_messages: int) -> str:
    return (
        tr("Added %1, updated %2, skipped %3 conversations (%4)")
        .replace("%1", number(added))
        .replace("%2", number(updated))
        .replace("%3", number(skipped))
        .replace("%4", counted(new_messages, tr("%1 new message"), tr("%1 new messages")))
    )
