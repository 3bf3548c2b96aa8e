"""Translated phrasing shared by the import and export dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

# Called by this name with literal arguments so that lupdate finds every string
# (a wrapper would hide them, or file them under no context at all).
translate = QCoreApplication.translate


def number(value: int) -> str:
    return QLocale().toString(int(value))


def format_label(label: str) -> str:
    """The service's English format name, translated."""
    names = {
        "ChatGPT export": translate("Transfer", "ChatGPT export"),
        "Claude export": translate("Transfer", "Claude export"),
        "Parley export": translate("Transfer", "Parley export"),
        "Parley JSON Lines export": translate("Transfer", "Parley JSON Lines export"),
        "browser chat history": translate("Transfer", "browser chat history"),
    }
    return names.get(label, label)


def counted(n: int, one: str, many: str) -> str:
    """"1 conversation" / "12 conversations": ``one`` and ``many`` hold %1 for the number."""
    return (one if n == 1 else many).replace("%1", number(n))


def found_text(conversations: int, messages: int, label: str | None) -> str:
    """"312 conversations, 8,410 messages from a ChatGPT export", localised.

    ``label`` None means the files are of several formats ("... from several exports").
    """
    if label is None:
        template = translate("Transfer", "%1, %2 from several exports")
    else:
        template = translate("Transfer", "%1, %2 from a %3").replace("%3", format_label(label))
    return (
        template
        .replace("%1", counted(conversations, translate("Transfer", "%1 conversation"), translate("Transfer", "%1 conversations")))
        .replace("%2", counted(messages, translate("Transfer", "%1 message"), translate("Transfer", "%1 messages")))
    )


def result_text(added: int, updated: int, skipped: int, new_messages: int) -> str:
    return (
        translate("Transfer", "Added %1, updated %2, skipped %3 conversations (%4)")
        .replace("%1", number(added))
        .replace("%2", number(updated))
        .replace("%3", number(skipped))
        .replace("%4", counted(new_messages, translate("Transfer", "%1 new message"), translate("Transfer", "%1 new messages")))
    )
