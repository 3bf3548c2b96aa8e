"""The text the full-text index sees: one function shared by indexing, queries and snippets.

Why a transform at all. The index uses FTS5's ``unicode61`` tokenizer with
``remove_diacritics 2``: it folds case and accents (``cafe`` finds ``café``, ``naïve`` finds
``naive``) for every script that separates words with spaces. Chinese and Japanese do not, so
``unicode61`` would index ``我们的数据库很快`` as one single token, and ``数据库`` would never
match it. The alternatives:

- a ``trigram`` index: measured on 200,000 messages of the demo history, 210 MB and 7,000
  messages/s to build, against 35 MB and 42,000 messages/s for what is done here (every
  3-character window of every message is a posting); it cannot match 1–2 character terms
  (most Chinese words are two characters: 数据, 搜索) and in SQLite 3.40 cannot fold accents.
  Restricted to messages with CJK text it would still need a second path for short terms;
- a custom tokenizer: not possible from Python's ``sqlite3``.

So Parley segments text *before* ``unicode61`` sees it: every character of a script written
without spaces (Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar) is surrounded by
ZERO WIDTH SPACE, which ``unicode61`` treats as a separator. Each such character becomes its
own token; a query term in those scripts becomes a phrase of consecutive characters, so
``数据库`` matches exactly the messages containing that sequence, 1- and 2-character terms
included. This is the classic unigram approach of CJK search engines, and it costs the index
only the postings of the characters themselves. A ZERO WIDTH SPACE is invisible, and
:func:`strip_segmentation` removes them from snippets.

The function is registered on every connection as the SQL function ``parley_fts_text`` (see
:func:`register`); the triggers and the FTS content views in migration 2 call it. A writer
without it (the ``sqlite3`` shell) fails with "no such function" instead of silently leaving
the index behind the tables.

Text is also NFKC-normalised, so full-width ``ＳＱＬ`` finds ``SQL``, half-width katakana finds
full-width, and decomposed accents (macOS) match composed ones.
"""

from __future__ import annotations

import re
import unicodedata

#: The SQL name of :func:`index_text`.
SQL_FUNCTION = "parley_fts_text"

#: Invisible separator put around characters of scripts written without spaces.
SEGMENT = "\u200b"

#: Markers FTS5's snippet()/highlight() put around matches. They are control characters
#: (separators for the tokenizer) and :func:`index_text` turns any in the source text into
#: spaces, so in a snippet they can only be ours.
MATCH_START = "\x02"
MATCH_END = "\x03"

# Scripts written without spaces between words: each character becomes a token.
_UNSPACED = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul Jamo
    "\u1780-\u17ff"  # Khmer
    "\u2e80-\u2fdf"  # CJK radicals, Kangxi radicals
    "\u3005-\u3007"  # 々 〆 〇
    "\u3021-\u3029"  # Hangzhou numerals
    "\u3031-\u3035"  # kana repeat marks
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3100-\u312f"  # Bopomofo
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u31a0-\u31bf"  # Bopomofo extended
    "\u31f0-\u31ff"  # Katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\ua960-\ua97f"  # Hangul Jamo extended A
    "\uac00-\ud7ff"  # Hangul syllables, Jamo extended B
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width katakana (NFKC makes them full-width anyway)
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
# Spelled "[…][…]*" rather than "[…]+": a pattern that starts with a character class lets
# the regex engine scan for that class in one tight loop instead of trying a full match at
# every position, 3x faster over text with no such character (most non-ASCII text).
_UNSPACED_RUN = re.compile(f"[{_UNSPACED}][{_UNSPACED}]*")
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
_MARKERS_TO_SPACE = str.maketrans({MATCH_START: " ", MATCH_END: " "})
_STRIP_SEGMENT = str.maketrans({SEGMENT: None})


def _spread(match: re.Match[str]) -> str:
    run = match.group()
    return SEGMENT + SEGMENT.join(run) + SEGMENT


def index_text(text: str | None) -> str:
    """The form of ``text`` the tokenizer sees (deterministic; used for index and queries)."""
    if not text:
        return ""
    if text.isascii():
        # The common case: English prose and code. Nothing to normalise or segment.
        if MATCH_START in text or MATCH_END in text:
            return text.translate(_MARKERS_TO_SPACE)
        return text
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if MATCH_START in text or MATCH_END in text:
        text = text.translate(_MARKERS_TO_SPACE)
    return _UNSPACED_RUN.sub(_spread, text)


def has_unspaced_script(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces."""
    return not text.isascii() and _UNSPACED_CHAR.search(text) is not None


def strip_segmentation(text: str) -> str:
    """Undo :func:`index_text`'s separators (for snippets shown to people)."""
    if SEGMENT not in text:
        return text
    return text.translate(_STRIP_SEGMENT)


def register(database) -> None:
    """Make ``parley_fts_text`` available on every connection of a Peewee database."""
    database.register_function(index_text, SQL_FUNCTION, 1, deterministic=True)
