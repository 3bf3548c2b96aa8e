"""The import fast paths give exactly what the straightforward code gave.

Each fast path is compared with the implementation it replaced (kept here as the
reference) on a corpus of mixed scripts, markup and edge cases.
"""

from __future__ import annotations

import random
import re

import pytest

from app.store.messages import PREVIEW_CHARS, make_preview

#: Pieces the corpus is built from: scripts, accents (composed and not), emoji, markup of
#: every kind the preview drops, FTS5's highlight markers, odd whitespace.
PIECES = [
    "hello", "café", "naïve", "e\u0301", "Ä", "ß", "ﬁ", "Ⅻ", "東京タワー", "我们的数据库很快", "数据",
    "한국어 텍스트", "ภาษาไทย", "ພາສາລາວ", "ខ្មែរ", "မြန်မာ", "ｶﾀｶﾅ", "ＳＱＬ", "々", "〇", "𠀀𠀁", "🚀🔥", "👩\u200d💻",
    "\u200b", "x\u200by", "**bold**", "`code`", "```py\nprint(1)\n```", "# Head", "###### h6", "> quote",
    "- item", "* star", "+ plus", "1. one", "2) two", "3.14", "| a | b |", "|---|---|", "[link](http://x)",
    "![img](a.png)", "__u__", "~~s~~", "*it*", "a*b", "snake_case", "a-b", "\x02", "\x03", "\t", "\n", "\n\n",
    "  ", "·", "\u3000", "\u00a0", "—", "", "word " * 50,
]


def corpus(count: int = 3000, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    texts = ["", " ", "\n", "a", "·", "x" * 5000, "東" * 700, "word " * 400]
    for _ in range(count):
        texts.append("".join(rng.choice(PIECES) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(1, 40))))
    return texts


# -- make_preview ----------------------------------------------------------------------------

_REFERENCE_MARKUP = [
    (re.compile(r"```[^\n]*"), " "),
    (re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", re.M), ""),
    (re.compile(r"^\s*\|?[\s:|-]*-{3,}[\s:|-]*$", re.M), ""),
    (re.compile(r"^\s*\||\|\s*$", re.M), ""),
    (re.compile(r"\s*\|\s*"), " \u00b7 "),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`+([^`]*)`+"), r"\1"),
]


def reference_preview(content: str) -> str:
    """make_preview before its fast path."""
    text = content[: PREVIEW_CHARS * 4]
    for pattern, replacement in _REFERENCE_MARKUP:
        text = pattern.sub(replacement, text)
    text = " ".join(text.split()).strip(" \u00b7")
    if len(text) <= PREVIEW_CHARS:
        return text
    cut = text[:PREVIEW_CHARS].rsplit(" ", 1)[0]
    return cut + "\u2026"


def test_preview_is_what_it_was_on_a_mixed_corpus():
    for text in corpus():
        assert make_preview(text) == reference_preview(text), repr(text)


@pytest.mark.parametrize(
    "text",
    ["Plain prose, no markup at all.", "１. full-width digit list", "٣) arabic-indic digit", "a\n3. item", "x" * 900,
     "ends with a star *", "under_score", "dash - here", "café 東京 🚀"],
)
def test_preview_fast_path_edges(text):
    assert make_preview(text) == reference_preview(text)


# -- index_text ------------------------------------------------------------------------------


def reference_index_text(text: str | None) -> str:
    """index_text as it was, with its "[...]+" pattern."""
    import unicodedata

    from app.store import search_text as st

    if not text:
        return ""
    if text.isascii():
        if st.MATCH_START in text or st.MATCH_END in text:
            return text.translate(st._MARKERS_TO_SPACE)
        return text
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if st.MATCH_START in text or st.MATCH_END in text:
        text = text.translate(st._MARKERS_TO_SPACE)
    run = re.compile(f"[{st._UNSPACED}]+")
    return run.sub(lambda m: st.SEGMENT + st.SEGMENT.join(m.group()) + st.SEGMENT, text)


def test_index_text_is_what_it_was_on_a_mixed_corpus():
    from app.store.search_text import index_text

    for text in corpus() + [None, "\x02hit\x03", "東\x02京", "𠀀", "a𠀀b東", "\uff66\uff9f"]:
        assert index_text(text) == reference_index_text(text), repr(text)
