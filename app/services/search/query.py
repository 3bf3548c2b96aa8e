"""Parley's search language, parsed into an FTS5 MATCH expression plus filters.

What a person may type (all parts optional, in any order)::

    word another       all words must match, in any order (accents and case ignored)
    "exact phrase"     these words next to each other
    pref*              words starting with "pref" (at least 3 characters before the *)
    -word  -"a phrase" leave out messages containing it
    role:user          only the user's messages (role:assistant, role:user|assistant)
    model:gpt-4o       answers from a model whose name contains this
    project:Work       conversations of this project (project:"Client work" for spaces)
    tag:NAME           conversations with this tag
    after:2026-01-31   on or after that local date (also after:2026-01, after:2026)
    before:2026-02-01  before that local date
    in:archived        archived conversations only (in:all: archived or not)

Everything else is text. Characters FTS5 would read as syntax (``: ^ * ( ) + NEAR AND OR``)
never reach it as syntax: every term is passed as a quoted FTS5 string, so any input parses.
Problems the user can fix (an unknown role, a date that is not a date, a query of only
exclusions) come back as :class:`Hint` values the CLI prints and the window translates.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from dataclasses import dataclass, field

from app.store.search_text import has_unspaced_script, index_text

ROLES = ("user", "assistant", "system", "tool")
FILTER_KEYS = ("role", "model", "project", "tag", "before", "after", "in")

#: Below this many characters before ``*``, a prefix matches too many words to be useful
#: (and is slow without a prefix index for it); the term is searched as a whole word.
MIN_PREFIX_CHARS = 3


class HintCode(enum.Enum):
    ONLY_EXCLUSIONS = "only_exclusions"
    UNKNOWN_ROLE = "unknown_role"
    BAD_DATE = "bad_date"
    UNKNOWN_IN = "unknown_in"
    EMPTY_FILTER = "empty_filter"
    SHORT_PREFIX = "short_prefix"
    NEGATED_FILTER = "negated_filter"
    EMPTY_RANGE = "empty_range"
    UNKNOWN_PROJECT = "unknown_project"
    UNKNOWN_TAG = "unknown_tag"


_HINT_TEXT = {
    HintCode.ONLY_EXCLUSIONS: "Add a word to search for: -word only leaves out matches.",
    HintCode.UNKNOWN_ROLE: "Unknown role \u201c{0}\u201d: use role:user or role:assistant.",
    HintCode.BAD_DATE: "\u201c{0}\u201d is not a date: write it as YYYY-MM-DD, for example 2026-03-01.",
    HintCode.UNKNOWN_IN: "Unknown in:{0}: use in:archived or in:all.",
    HintCode.EMPTY_FILTER: "{0}: needs a value, for example {0}:something.",
    HintCode.SHORT_PREFIX: "Type at least 3 letters before * (searching \u201c{0}\u201d as a word).",
    HintCode.NEGATED_FILTER: "Filters cannot be negated: -{0} was ignored.",
    HintCode.EMPTY_RANGE: "after:{0} is not before before:{1}: nothing can match.",
    HintCode.UNKNOWN_PROJECT: "There is no project named \u201c{0}\u201d.",
    HintCode.UNKNOWN_TAG: "There is no tag named \u201c{0}\u201d.",
}


@dataclass(frozen=True)
class Hint:
    """Something the user can fix in their query. ``text`` is English; the UI translates."""

    code: HintCode
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return _HINT_TEXT[self.code].format(*self.args)


class TermKind(enum.Enum):
    WORD = "word"
    PHRASE = "phrase"
    PREFIX = "prefix"


@dataclass(frozen=True)
class Term:
    text: str
    kind: TermKind = TermKind.WORD
    negated: bool = False

    def fts(self) -> str:
        """This term as an FTS5 string (a phrase of the tokens the index would see)."""
        quoted = '"' + index_text(self.text).replace('"', '""') + '"'
        return quoted + " *" if self.kind is TermKind.PREFIX else quoted


@dataclass
class Filters:
    roles: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    after: dt.date | None = None
    before: dt.date | None = None
    archived: bool | None = False  # False: not archived (the default); None: both
    archived_given: bool = False  # the query said in:... (else the caller's default holds)

    @property
    def message_level(self) -> bool:
        """Whether a filter applies to messages rather than whole conversations."""
        return bool(self.roles or self.models or self.after or self.before)

    def after_epoch(self) -> float | None:
        return _local_midnight(self.after) if self.after else None

    def before_epoch(self) -> float | None:
        return _local_midnight(self.before) if self.before else None


def _local_midnight(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day).timestamp()


@dataclass
class ParsedQuery:
    text: str
    terms: list[Term] = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    hints: list[Hint] = field(default_factory=list)

    @property
    def positive_terms(self) -> list[Term]:
        return [t for t in self.terms if not t.negated]

    @property
    def has_filters(self) -> bool:
        f = self.filters
        return bool(
            f.roles or f.models or f.projects or f.tags or f.after or f.before or f.archived_given
        )

    @property
    def is_empty(self) -> bool:
        """Nothing to search for: no words and no filters."""
        return not self.positive_terms and not self.has_filters

    def match_expression(self) -> str | None:
        """The FTS5 MATCH string, or None when there is no word to look for."""
        positive = [t.fts() for t in self.positive_terms]
        if not positive:
            return None
        expression = " AND ".join(positive)
        negative = [t.fts() for t in self.terms if t.negated]
        if negative:
            expression = f"({expression})" + "".join(f" NOT {n}" for n in negative)
        return expression

    def any_term_expression(self) -> str | None:
        """An FTS5 expression matching any positive term (to mark words in titles)."""
        positive = [t.fts() for t in self.positive_terms]
        return " OR ".join(positive) if positive else None

    def highlight_terms(self) -> list[str]:
        """What to highlight in a message: the positive words and phrases, as typed."""
        seen: list[str] = []
        for term in self.positive_terms:
            if term.text not in seen:
                seen.append(term.text)
        return seen


# -- tokenizing the user's text ------------------------------------------------------------

_FILTER_RE = re.compile(r"(-?)([A-Za-z]+):")


def has_token(text: str) -> bool:
    """Whether FTS5's unicode61 tokenizer would find any token in ``text``."""
    for char in text:
        if char.isascii():
            if char.isalnum():
                return True
            continue
        category = unicodedata.category(char)
        if category[0] in "LN" or category == "Co":
            return True
    return False


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """The text inside quotes starting at ``start`` (a quote), and the index after it.

    An unclosed quote runs to the end of the input: people type the opening quote first.
    """
    end = text.find('"', start + 1)
    if end == -1:
        return text[start + 1 :], len(text)
    return text[start + 1 : end], end + 1


def _read_bare(text: str, start: int) -> tuple[str, int]:
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end], end


def parse(text: str) -> ParsedQuery:
    """Parse what the user typed. Never raises; problems become :attr:`ParsedQuery.hints`."""
    query = ParsedQuery(text=text)
    filters = query.filters
    roles: list[str] = []
    models: list[str] = []
    projects: list[str] = []
    tags: list[str] = []
    # Typographic quotes count as quotes; NUL would end FTS5's reading of the expression.
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\uff02", '"')
    text = text.replace("\x00", " ")
    pos = 0
    length = len(text)
    while pos < length:
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        negated = False
        filter_match = _FILTER_RE.match(text, pos)
        if filter_match and filter_match.group(2).lower() in FILTER_KEYS:
            key = filter_match.group(2).lower()
            pos = filter_match.end()
            if pos < length and text[pos] == '"':
                value, pos = _read_quoted(text, pos)
            else:
                value, pos = _read_bare(text, pos)
            value = value.strip()
            if filter_match.group(1):
                query.hints.append(Hint(HintCode.NEGATED_FILTER, (f"{key}:{value}",)))
                continue
            if not value:
                query.hints.append(Hint(HintCode.EMPTY_FILTER, (key,)))
                continue
            _apply_filter(query, key, value, roles, models, projects, tags)
            continue
        if char == "-" and pos + 1 < length and not text[pos + 1].isspace():
            negated = True
            pos += 1
        if text[pos] == '"':
            value, pos = _read_quoted(text, pos)
            prefix = pos < length and text[pos] == "*"
            if prefix:
                pos += 1
            kind = TermKind.PHRASE
        else:
            value, pos = _read_bare(text, pos)
            prefix = value.endswith("*")
            kind = TermKind.WORD
        value = value.strip()
        if prefix:
            value = value.rstrip("*")
            kind = TermKind.PREFIX
            if not _long_enough_for_prefix(value):
                if has_token(value):
                    query.hints.append(Hint(HintCode.SHORT_PREFIX, (value,)))
                kind = TermKind.WORD
        if not has_token(value):
            continue  # punctuation alone, a stray operator: nothing the index could match
        if kind is TermKind.WORD and " " in value:
            kind = TermKind.PHRASE
        query.terms.append(Term(value, kind, negated))
    filters.roles = tuple(dict.fromkeys(roles))
    filters.models = tuple(dict.fromkeys(models))
    filters.projects = tuple(dict.fromkeys(projects))
    filters.tags = tuple(dict.fromkeys(tags))
    if filters.after and filters.before and filters.after >= filters.before:
        query.hints.append(
            Hint(HintCode.EMPTY_RANGE, (filters.after.isoformat(), filters.before.isoformat()))
        )
    if query.terms and not query.positive_terms:
        query.hints.append(Hint(HintCode.ONLY_EXCLUSIONS))
    return query


def _long_enough_for_prefix(value: str) -> bool:
    # A CJK character is a whole token on its own, so one is enough.
    last = value.split()[-1] if value.split() else ""
    return has_unspaced_script(last) or sum(1 for c in last if c.isalnum()) >= MIN_PREFIX_CHARS


def _apply_filter(
    query: ParsedQuery,
    key: str,
    value: str,
    roles: list[str],
    models: list[str],
    projects: list[str],
    tags: list[str],
) -> None:
    filters = query.filters
    if key == "role":
        for part in re.split(r"[|,]", value):
            role = part.strip().lower()
            if not role:
                continue
            if role in ROLES:
                roles.append(role)
            else:
                query.hints.append(Hint(HintCode.UNKNOWN_ROLE, (part.strip(),)))
    elif key == "model":
        models.append(value)
    elif key == "project":
        projects.append(value)
    elif key == "tag":
        tags.append(value.lstrip("#"))
    elif key in ("before", "after"):
        day = parse_date(value)
        if day is None:
            query.hints.append(Hint(HintCode.BAD_DATE, (value,)))
        elif key == "after":
            filters.after = day
        else:
            filters.before = day
    elif key == "in":
        where = value.lower()
        filters.archived_given = where in ("archived", "all", "any", "everything")
        if where == "archived":
            filters.archived = True
        elif where in ("all", "any", "everything"):
            filters.archived = None
        else:
            query.hints.append(Hint(HintCode.UNKNOWN_IN, (value,)))


_DATE_RE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


def parse_date(value: str) -> dt.date | None:
    """``2026-03-01``, ``2026-03`` or ``2026`` as the first day they name (None if invalid)."""
    match = _DATE_RE.match(value.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
