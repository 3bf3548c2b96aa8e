"""Counting occurrences in text agrees with what the message view highlights.

The find bar's worker counts occurrences in Markdown text (no layout); the view marks them in
the rendered document. Same rule both sides: case-insensitive, terms as the search service
found them written (accents, CJK, prefixes already resolved), overlapping spans joined.
"""

from __future__ import annotations

import pytest

from app.ui.search.occurrences import OccurrenceList, find_occurrences, fold_terms, text_matches


def spans(text: str, *terms: str) -> list[str]:
    return [text[start:end] for start, end in text_matches(text, fold_terms(terms))]


def test_terms_match_in_any_case_left_to_right():
    assert spans("Zeppelin, zeppelin and ZEPPELIN", "zeppelin") == ["Zeppelin", "zeppelin", "ZEPPELIN"]
    assert spans("nothing here", "zeppelin") == []
    assert spans("aaaa", "aa") == ["aa", "aa"]  # a term never overlaps itself


def test_overlapping_terms_make_one_occurrence_and_touching_ones_two():
    assert spans("pythonic python", "python", "pythonic") == ["pythonic", "python"]
    assert spans("abc", "ab", "bc") == ["abc"]
    assert spans("foofoo", "foo") == ["foo", "foo"]


def test_accented_cjk_and_phrase_terms_as_written():
    assert spans("Café Marly, café au lait, cafe", "Café") == ["Café", "café"]
    assert spans("我们的数据库很快，数据库", "数据库") == ["数据库", "数据库"]
    assert spans("an exact phrase and an exact  phrase", "exact phrase") == ["exact phrase"]
    assert spans("İstanbul is in Türkiye; istanbul", "İstanbul") == ["İstanbul"]


def test_link_addresses_are_not_text_but_link_words_are():
    text = "See [the zeppelin page](https://example.com/zeppelin) and https://zeppelin.org"
    assert spans(text, "zeppelin") == ["zeppelin", "zeppelin"]


def test_a_term_across_lines_never_matches():
    assert fold_terms(["two\nlines", "", "Word", "word"]) == ("word",)


def test_occurrence_list_maps_both_ways():
    occurrences = OccurrenceList(["a", "b", "c"], [1, 3, 2])
    assert occurrences.total == 6
    assert [occurrences.at(i) for i in range(7)] == [
        ("a", 0), ("b", 0), ("b", 1), ("b", 2), ("c", 0), ("c", 1), ("a", 0)
    ]
    assert occurrences.at(-1) == ("c", 1)
    assert occurrences.index_of("b", 2) == 3 and occurrences.index_of("b", 9) == 3
    assert occurrences.first_in("c") == 4 and occurrences.last_in("b") == 3
    assert occurrences.index_of("zz", 0) == -1 and occurrences.count_in("zz") == 0
    occurrences.set_count("b", 1)  # its document showed fewer
    assert occurrences.total == 4 and occurrences.at(2) == ("c", 0)
    occurrences.set_count("a", 0)  # a message the index matched but nothing marks: one stop
    assert occurrences.count_in("a") == 1


@pytest.mark.parametrize(
    "markdown",
    [
        "The **zeppelin** flew; a *Zeppelin* landed.\n\n- zeppelin one\n- two zeppelins",
        "```python\nzeppelin = 1  # zeppelin\n```\n\nAfter the code: zeppelin.",
        "| ship | kind |\n|---|---|\n| Zeppelin | rigid |\n| blimp | zeppelin-like |",
        "Go to [zeppelin museum](https://example.com/zeppelin-museum) or <https://zeppelin.example>.",
    ],
)
def test_text_count_equals_the_documents_marks(qtbot, markdown):
    from PySide6.QtGui import QColor, QFont

    from app.services.render import render
    from app.ui.conversation.match_ranges import document_matches
    from app.ui.conversation.message_document import build_document

    rendered = render(markdown, copy_label="Copy")
    document = build_document(
        rendered.html, markdown, width=600, font=QFont(), stylesheet="", highlight=("zeppelin",),
        highlight_color=QColor("yellow"),
    ).document
    assert len(document_matches(document, ("zeppelin",))) == len(spans(markdown, "zeppelin"))


def test_find_occurrences_counts_each_matching_message(corpus):
    found = find_occurrences("python", "decorator")
    assert found.result.message_ids == ["python-m0", "python-m1", "python-m2", "python-m3"]
    # "decorators", "decorator", "decorator", "decorator": prefixes while typing.
    assert found.counts == [1, 1, 1, 1]
    accents = find_occurrences("paris", "cafe")
    assert accents.result.message_ids == ["paris-m0", "paris-m1"] and accents.counts == [1, 1]
    chinese = find_occurrences("chinese", "数据库")
    assert chinese.counts == [1, 1]
