"""Accents, Chinese, Japanese, Korean, full-width forms: what people in those languages type."""

from __future__ import annotations

import pytest

from app.services.search import search
from app.store.search_text import SEGMENT, index_text, strip_segmentation
from tests.search.conftest import at, ids, write_conversation


def test_cafe_finds_cafe_with_an_accent_and_back(corpus):
    assert set(ids(search("cafe"))) == {"sqlite", "paris"}
    assert set(ids(search("CAFÉ"))) == {"sqlite", "paris"}


def test_chinese_term_inside_a_sentence_without_spaces(corpus):
    outcome = search("数据库")
    assert ids(outcome) == ["chinese"]
    result = outcome.results[0]
    assert result.match_count == 2
    assert "\x02数据库\x03" in result.snippet_marked
    assert SEGMENT not in result.snippet_marked  # the index's separators never show


def test_one_and_two_character_chinese_terms(corpus):
    assert ids(search("很快")) == ["chinese"]
    assert ids(search("库")) == ["chinese"]
    assert ids(search("快很")) == []  # characters in order, next to each other


def test_chinese_title_is_highlighted(corpus):
    result = search("笔记").results[0]
    assert result.title_marked == "数据库\x02笔记\x03"


def test_japanese_kana_and_kanji(corpus):
    assert ids(search("ラーメン")) == ["japanese"]
    assert ids(search("東京")) == ["japanese"]
    assert ids(search("美味しい")) == ["japanese"]


def test_full_width_letters_find_ascii(corpus):
    assert ids(search("ＳＱＬｉｔｅ ｆａｓｔ")) == ["sqlite"]


def test_korean_syllables_inside_words(store, clock):
    from app.store import projects

    write_conversation(
        "korean", projects.default_project().id, "메모", [("user", "데이터베이스가 빠릅니다", at(2026, 1, 1), None)]
    )
    assert ids(search("베이스")) == ["korean"]
    assert ids(search("데이터베이스")) == ["korean"]


def test_mixed_latin_and_chinese_in_one_word(store, clock):
    from app.store import projects

    write_conversation(
        "mixed", projects.default_project().id, "mixed", [("user", "我用SQLite数据库", at(2026, 1, 1), None)]
    )
    assert ids(search("SQLite数据库")) == ["mixed"]
    assert ids(search("sqlite")) == ["mixed"]
    assert ids(search('"SQLite 数据库"')) == ["mixed"]


def test_decomposed_accents_match_composed_ones(store, clock):
    from app.store import projects

    write_conversation(
        "nfd", projects.default_project().id, "nfd", [("user", "Cafe\u0301 au lait", at(2026, 1, 1), None)]
    )
    assert ids(search("café")) == ["nfd"]
    assert ids(search("cafe")) == ["nfd"]


@pytest.mark.parametrize(
    "text",
    ["plain ascii", "café", "我们的数据库很快", "SQLite数据库", "ＳＱＬ", "a\x02b\x03c", "한국어", ""],
)
def test_index_text_only_adds_invisible_separators(text):
    import unicodedata

    expected = unicodedata.normalize("NFKC", text).replace("\x02", " ").replace("\x03", " ")
    assert strip_segmentation(index_text(text)) == expected
