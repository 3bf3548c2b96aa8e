"""Titles: the first words of a message, or a model's reply cleaned to one line."""

import pytest

from app.services.chat.titles import clean_model_title, fallback_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("How do I sort a dict by value?", "How do I sort a dict by value?"),
        ("# Plan\n\nfor the **trip**", "Plan"),
        ("```python\nprint(1)\n```\nWhy does this print 1?", "Why does this print 1?"),
        ("one two three four five six seven eight nine ten eleven twelve",
         "one two three four five six seven eight nine ten\u2026"),
        ("请帮我写一封感谢信给我的老师", "请帮我写一封感谢信给我的老师"),
        ("   \n\n", ""),
        ("x" * 200, "x" * 60 + "\u2026"),
    ],
)
def test_fallback_title(text, title):
    assert fallback_title(text) == title


@pytest.mark.parametrize(
    ("reply", "title"),
    [
        ('"Sorting Dictionaries in Python".', "Sorting Dictionaries in Python"),
        ("Title: Trip planning for Kyoto\n\nHope this helps!", "Trip planning for Kyoto"),
        ("<think>The user wants a title...</think>\n**Bread baking basics**", "Bread baking basics"),
        ("「東京の旅行計画」。", "東京の旅行計画"),
        ("", ""),
    ],
)
def test_model_title_is_cleaned(reply, title):
    assert clean_model_title(reply) == title
