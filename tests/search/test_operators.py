"""Every word operator and filter of the query language, on the fixture history."""

from __future__ import annotations

from app.services.search import HintCode, search
from tests.search.conftest import ids


def test_plain_words_must_all_match_in_any_order(corpus):
    assert ids(search("fast SQLite")) == ["sqlite"]
    assert ids(search("sqlite fast")) == ["sqlite"]
    assert ids(search("sqlite louvre")) == []


def test_case_is_ignored(corpus):
    assert ids(search("PYTHON DECORATORS")) == ["python"]


def test_exact_phrase_needs_the_words_together(corpus):
    assert ids(search('"external content table"')) == ["sqlite"]
    assert ids(search('"content external"')) == []


def test_prefix_matches_the_start_of_words(corpus):
    assert ids(search("decor*")) == ["python"]
    assert ids(search("tokeniz*")) == ["sqlite"]


def test_excluded_words_leave_out_messages(corpus):
    assert set(ids(search("decorator"))) == {"python"}
    assert ids(search("decorator -retries -retrying")) == ["python"]  # the first answer still matches
    result = search("decorator -retries -retrying").results[0]
    assert result.message_id in {"python-m0", "python-m1"}
    assert ids(search("café -Louvre -Marly")) == ["sqlite"]


def test_a_query_of_only_exclusions_gives_a_hint(corpus):
    outcome = search("-python")
    assert outcome.results == []
    assert [h.code for h in outcome.hints] == [HintCode.ONLY_EXCLUSIONS]


def test_role_filter(corpus):
    assert ids(search("decorator role:user")) == ["python"]
    assert search("decorator role:user").results[0].message_role == "user"
    assert ids(search("terrace role:user")) == []
    assert ids(search("terrace role:assistant")) == ["paris"]
    assert ids(search("terrace role:user|assistant")) == ["paris"]


def test_unknown_role_is_a_hint_not_an_error(corpus):
    outcome = search("terrace role:robot")
    assert [h.code for h in outcome.hints] == [HintCode.UNKNOWN_ROLE]
    assert ids(outcome) == ["paris"]  # the bad filter is left out, the words still search


def test_model_filter_matches_part_of_the_name(corpus):
    assert ids(search("decorator model:llama3")) == ["python"]
    assert ids(search("decorator model:LLAMA")) == ["python"]
    assert ids(search("decorator model:gpt")) == []
    assert ids(search("model:claude")) == ["paris"]


def test_project_filter(corpus):
    assert ids(search("café project:Work")) == ["sqlite"]
    assert ids(search('café project:"home life"')) == ["paris"]
    outcome = search("café project:Garden")
    assert outcome.results == []
    assert [h.code for h in outcome.hints] == [HintCode.UNKNOWN_PROJECT]


def test_the_window_can_scope_to_a_project_and_project_filter_overrides_it(corpus):
    assert ids(search("café", project_id=corpus.home)) == ["paris"]
    assert ids(search("café project:Work", project_id=corpus.home)) == ["sqlite"]


def test_tag_filter(corpus):
    assert set(ids(search("tag:learning"))) == {"python", "sqlite"}
    assert ids(search("decorator tag:learning")) == ["python"]
    assert ids(search("tag:learning tag:databases")) == ["sqlite"]
    outcome = search("tag:nothing")
    assert outcome.results == [] and [h.code for h in outcome.hints] == [HintCode.UNKNOWN_TAG]


def test_date_filters_use_local_days(corpus):
    # The SQLite chat is on 2026-11-20 (local), the Paris one on 2026-03-05.
    assert set(ids(search("café after:2026-11-20"))) == {"sqlite"}
    assert set(ids(search("café before:2026-11-20"))) == {"paris"}
    assert set(ids(search("café after:2026-03-05 before:2026-03-06"))) == {"paris"}
    assert set(ids(search("café after:2026-03-06 before:2026-11-20"))) == set()
    assert set(ids(search("after:2026-01"))) == {"sqlite", "paris", "chinese"}
    assert set(ids(search("before:2026"))) == {"japanese", "python"}


def test_bad_dates_and_empty_ranges_are_hints(corpus):
    outcome = search("café after:yesterday")
    assert [h.code for h in outcome.hints] == [HintCode.BAD_DATE]
    assert set(ids(outcome)) == {"sqlite", "paris"}
    outcome = search("café after:2026-05-01 before:2026-04-01")
    assert outcome.results == [] and HintCode.EMPTY_RANGE in [h.code for h in outcome.hints]


def test_archived_conversations_only_with_in_archived(corpus):
    assert ids(search("deployment")) == []
    assert ids(search("deployment in:archived")) == ["archived"]
    assert ids(search("rsync in:all")) == ["archived"]
    assert ids(search("in:archived")) == ["archived"]
    outcome = search("rsync in:trash")
    assert [h.code for h in outcome.hints] == [HintCode.UNKNOWN_IN]


def test_titles_are_searched_and_highlighted(corpus):
    outcome = search("tuning")
    assert ids(outcome) == ["sqlite"]
    result = outcome.results[0]
    assert result.title_marked == "SQLite \x02tuning\x03"
    assert result.message_id is None  # only the title matched: the snippet is the preview
    assert result.snippet


def test_a_result_carries_the_best_message_snippet_and_count(corpus):
    outcome = search("decorator")
    (result,) = outcome.results
    assert result.title == "Python decorators"
    assert result.match_count == 3  # "decorators" is not "decorator": only whole words match
    assert result.message_id.startswith("python-m")
    assert "\x02decorator\x03" in result.snippet_marked.lower() or "\x02Decorator" in result.snippet_marked
    assert result.count_is_exact
    assert outcome.highlight_terms == ["decorator"]


def test_filters_alone_list_conversations_newest_first(corpus):
    assert ids(search("project:Work")) == ["sqlite", "chinese", "python"]
    assert ids(search("role:assistant model:gpt")) == ["sqlite"]


def test_empty_query_finds_nothing_quietly(corpus):
    for text in ("", "   ", '""', "*", "-", "- -"):
        outcome = search(text)
        assert outcome.results == [] and outcome.hints == []


def test_limit(corpus):
    assert len(search("after:2000", limit=2).results) == 2


def test_find_in_a_conversation_returns_matches_in_order_and_words_as_written(corpus):
    from app.services.search import find_in_conversation
    from app.store import messages

    path = messages.active_path("sqlite")
    found = find_in_conversation("sqlite", "cafe", path)
    assert found.message_ids == ["sqlite-m3"]
    assert found.terms == ["café", "cafe"]  # as written in the message, both
    found = find_in_conversation("sqlite", "tok", path)  # words match as prefixes while typing
    assert found.message_ids == ["sqlite-m2"] and found.terms == ["tokenizer"]
    assert find_in_conversation("sqlite", "fts5 role:assistant", path).message_ids == ["sqlite-m1"]
    assert find_in_conversation("sqlite", "louvre", path).message_ids == []
    assert find_in_conversation("chinese", "数据").terms == ["数据"]


def test_titles_mark_each_query_word_they_hold(corpus):
    result = search("decorator wraps").results[0]
    assert result.conversation_id == "python"
    assert result.title_marked == "Python decorators"  # "decorators" is another word
    result = search("python example").results[0]
    assert result.title_marked == "\x02Python\x03 decorators"
