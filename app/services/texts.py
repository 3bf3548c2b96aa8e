"""Sentences the services say to the user, translatable without importing Qt.

A service marks each sentence where it is written and fills in its values::

    raise ImportFailed(QT_TRANSLATE_NOOP("Import", "is a %1, not a conversation object").arg(kind))

``QT_TRANSLATE_NOOP`` is the name ``pyside6-lupdate`` looks for: it files the English
template under its context in ``i18n/*.ts`` (only literal strings are seen, so never pass
it a variable). At run time it returns a :class:`Message`: context, English template with
Qt's ``%1``..``%9`` placeholders, and the values.

- ``str(message)`` is the English sentence (command line, logs, tests);
- a :class:`Localizer` renders it in the user's language: the window builds one from
  ``QCoreApplication.translate`` and ``QLocale`` (``app/ui/transfer/texts.py``); the
  default, :data:`ENGLISH`, leaves the template as written and groups digits as "8,410".

Values: a ``str`` goes in as it is (file names, ids, JSON keys, type names: never
translated); an ``int`` is written with the localizer's number format ("8.410" in German);
a ``Message`` is rendered by the same localizer, so "file: record: reason" translates as a
whole. Placeholders are replaced in one pass, so a value that itself contains "%2" is left
alone.

Counts: :func:`counted` picks between a singular and a plural template (as the window's
own ``counted`` does). lupdate's Python parser marks numerus (``%n``) entries only for
``tr()`` calls, which the services cannot make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Union

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence to show the user: ``context`` and English ``source`` as in the ``.ts``
    files, and the values for its ``%1``, ``%2``..."""

    context: str
    source: str
    args: tuple = ()

    def arg(self, *values: "Text | int") -> "Message":
        """This message with the next placeholders filled (``%1`` first, as ``QString.arg``)."""
        return Message(self.context, self.source, self.args + values)

    def __str__(self) -> str:
        return ENGLISH.render(self)


#: What the services hand to a user: a translatable message, or text shown as it is.
Text = Union[Message, str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:  # noqa: N802 (lupdate finds it by this name)
    """Mark ``source`` for translation in ``context``; both must be string literals."""
    return Message(context, source)


def counted(n: int, one: Message, many: Message) -> Message:
    """``one`` for 1, else ``many``, with ``n`` as ``%1`` (further values follow with ``arg``)."""
    return (one if n == 1 else many).arg(n)


def _same(_context: str, source: str) -> str:
    return source


def _english_number(value: int) -> str:
    return f"{value:,}"


@dataclass(frozen=True)
class Localizer:
    """Renders messages: ``translate(context, source)`` gives the template in the user's
    language, ``number(n)`` writes a count the way they read numbers."""

    translate: Callable[[str, str], str] = _same
    number: Callable[[int], str] = _english_number

    def render(self, text: Text | None) -> str:
        """The message in this localizer's language (a plain string as it is; None as "")."""
        if text is None:
            return ""
        if isinstance(text, str):
            return text
        template = self.translate(text.context, text.source) or text.source
        args = text.args
        if not args:
            return template

        def value(match: re.Match) -> str:
            index = int(match.group(1)) - 1
            if index >= len(args):
                return match.group(0)
            item = args[index]
            if isinstance(item, Message):
                return self.render(item)
            if isinstance(item, int) and not isinstance(item, bool):
                return self.number(item)
            return str(item)

        return _PLACEHOLDER.sub(value, template)


#: English as written in the source, digits grouped with commas: the command line's language.
ENGLISH = Localizer()
