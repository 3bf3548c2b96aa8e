"""Short date formats ("Jan 12", "November 2026") derived from a locale's long date format.

Qt offers a locale's full date format (``QLocale.dateFormat(QLocale.LongFormat)``:
"dddd, MMMM d, yyyy" in the US, "dddd d MMMM yyyy" in France, "yyyy年M月d日dddd" in China) but
nothing like "month and day" or "month and year". Dropping fields from the long format gives
them in the user's own order and punctuation: "MMM d" / "d MMM" / "M月d日", "MMMM 'de' yyyy".

Pure Python, no Qt, so the rules are unit-tested on the formats themselves.

The parser reads a Qt date format as fields (runs of ``d``, ``M``, ``y``) and the text
between them. Text glued to a field without a space ("d.", "d日", "yyyy년", "d,") is that
field's suffix and goes with it; text that starts with a space (" ", " 'de' ", " ב") is a
separator. Dropping a field drops its suffix and the separator before it (or after it, for
the first field), so what remains reads naturally.
"""

from __future__ import annotations

from dataclasses import dataclass

_FIELD_LETTERS = "dMy"
_TRAILING_JUNK = " \t\u00a0\u202f,\u060c"  # spaces (incl. no-break) and commas (incl. Arabic)

FALLBACK_MONTH_DAY = "MMM d"
FALLBACK_MONTH_DAY_YEAR = "MMM d, yyyy"
FALLBACK_MONTH_YEAR = "MMMM yyyy"


@dataclass
class _Field:
    pattern: str  # "dddd", "MMMM", "yy", ...
    suffix: str = ""

    @property
    def is_weekday(self) -> bool:
        return self.pattern[0] == "d" and len(self.pattern) >= 3

    @property
    def is_day(self) -> bool:
        return self.pattern[0] == "d" and len(self.pattern) <= 2

    @property
    def is_month(self) -> bool:
        return self.pattern[0] == "M"

    @property
    def is_year(self) -> bool:
        return self.pattern[0] == "y"


@dataclass
class _Separator:
    text: str


def _parse(fmt: str) -> list[_Field | _Separator]:
    items: list[_Field | _Separator] = []
    literal = ""
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "'":
            # A quoted literal runs to the next lone quote; '' is a literal quote.
            end = i + 1
            while end < len(fmt):
                if fmt[end] == "'":
                    if end + 1 < len(fmt) and fmt[end + 1] == "'":
                        end += 2
                        continue
                    break
                end += 1
            literal += fmt[i : end + 1]
            i = end + 1
            continue
        if ch in _FIELD_LETTERS:
            end = i
            while end < len(fmt) and fmt[end] == ch:
                end += 1
            _flush_literal(items, literal)
            literal = ""
            items.append(_Field(fmt[i:end]))
            i = end
            continue
        literal += ch
        i += 1
    _flush_literal(items, literal)
    return items


def _flush_literal(items: list[_Field | _Separator], literal: str) -> None:
    """Split text after a field into the field's suffix and a following separator."""
    if not literal:
        return
    if items and isinstance(items[-1], _Field):
        cut = _first_space_outside_quotes(literal)
        items[-1].suffix += literal[:cut]
        literal = literal[cut:]
    if literal:
        items.append(_Separator(literal))


def _first_space_outside_quotes(text: str) -> int:
    quoted = False
    for index, ch in enumerate(text):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch.isspace():
            return index
    return len(text)


def _drop(items: list[_Field | _Separator], drop) -> list[_Field | _Separator]:
    result = list(items)
    index = 0
    while index < len(result):
        item = result[index]
        if isinstance(item, _Field) and drop(item):
            del result[index]
            if index > 0 and isinstance(result[index - 1], _Separator):
                del result[index - 1]
                index -= 1
            elif index < len(result) and isinstance(result[index], _Separator):
                del result[index]
            continue
        index += 1
    # A separator left at either end belonged to a dropped field ("de", "г.").
    while result and isinstance(result[0], _Separator):
        del result[0]
    while result and isinstance(result[-1], _Separator):
        del result[-1]
    return result


def _render(items: list[_Field | _Separator], month_pattern: str | None = None) -> str:
    parts = []
    for item in items:
        if isinstance(item, _Separator):
            parts.append(item.text)
        else:
            pattern = item.pattern
            if month_pattern and item.is_month and len(pattern) >= 3:
                pattern = month_pattern
            parts.append(pattern + item.suffix)
    return "".join(parts).strip(_TRAILING_JUNK)


def _has(items, *tests) -> bool:
    return all(any(isinstance(i, _Field) and test(i) for i in items) for test in tests)


def month_day_format(long_format: str) -> str:
    """A format for "Jan 12" in the locale of ``long_format`` (the month abbreviated)."""
    items = _drop(_parse(long_format), lambda f: f.is_weekday or f.is_year)
    if not _has(items, lambda f: f.is_day, lambda f: f.is_month):
        return FALLBACK_MONTH_DAY
    return _render(items, "MMM")


def month_day_year_format(long_format: str) -> str:
    """A format for "Jan 12, 2024" in the locale of ``long_format``."""
    items = _drop(_parse(long_format), lambda f: f.is_weekday)
    if not _has(items, lambda f: f.is_day, lambda f: f.is_month, lambda f: f.is_year):
        return FALLBACK_MONTH_DAY_YEAR
    return _render(items, "MMM")


def month_year_format(long_format: str, month_name: str | None = None) -> str:
    """A format for "November 2026" in the locale of ``long_format``.

    ``month_name``, when given, is put in as quoted text instead of the month field: pass the
    locale's *standalone* month name, since languages such as Russian and Polish decline a
    month next to a day ("22 ноября") but not on its own ("ноябрь 2026").
    """
    items = _drop(_parse(long_format), lambda f: f.is_weekday or f.is_day)
    if not _has(items, lambda f: f.is_month, lambda f: f.is_year):
        items = _parse(FALLBACK_MONTH_YEAR)
    month = None
    if month_name is not None:
        month = "'" + month_name.replace("'", "''") + "'"
    return _render(items, month)
