"""Translated phrasing shared by the import and export dialogs, and the one place the
services' messages (:mod:`app.services.texts`) get the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.texts import Localizer, Text

# Called by this name with literal arguments so that lupdate finds every string
# (a wrapper would hide them, or file them under no context at all).
translate = QCoreApplication.translate


def number(value: int) -> str:
    return QLocale().toString(int(value))


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def localizer() -> Localizer:
    """Renders the services' messages with the installed translations and the locale's
    numbers ("8.410" in German). Safe to use from a worker thread (exports run there)."""
    return Localizer(translate=_translate, number=number)


def say(text: Text | None) -> str:
    """A service's message (an import failure, a report line) in the user's language."""
    return localizer().render(text)


def counted(n: int, one: str, many: str) -> str:
    """"1 conversation" / "12 conversations": ``one`` and ``many`` hold %1 for the number."""
    return (one if n == 1 else many).replace("%1", number(n))
