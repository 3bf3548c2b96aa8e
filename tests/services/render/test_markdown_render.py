"""Markdown rendering: what a message looks like, and that nothing in it can run or load."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from app.services.render import (
    MAX_MARKDOWN_CHARS,
    copy_code_index,
    document_stylesheet,
    is_safe_url,
    peek,
    render,
    render_markdown,
)

ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "s", "code", "pre", "span",
    "a", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "href", "class", "cellspacing", "cellpadding", "border", "width", "colspan", "align",
    "style", "start",
}  # fmt: skip


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(html)
    return collector


def assert_safe(html: str) -> None:
    for tag, attrs in parse(html).tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}> in {html!r}"
        assert set(attrs) <= ALLOWED_ATTRIBUTES, f"unexpected attributes {attrs} in {html!r}"
        if "style" in attrs:
            assert attrs["style"].startswith("text-align:"), attrs
        if tag == "a":
            href = attrs["href"]
            assert is_safe_url(href) or copy_code_index(href) is not None, href


def shown_text(html: str) -> str:
    return "".join(parse(html).text)


def test_headings_and_inline_formatting():
    html = render_markdown("# Title\n## Part\n\nSome **bold**, *it*, `code` and ~~gone~~.")
    assert "<h1>Title</h1>" in html
    assert "<h2>Part</h2>" in html
    assert "<strong>bold</strong>" in html
    assert "<em>it</em>" in html
    assert "<code>code</code>" in html
    assert "<s>gone</s>" in html


def test_single_newlines_are_line_breaks():
    html = render_markdown("Roses are red\nViolets are blue")
    assert "Roses are red<br" in html


def test_lists_nest_with_two_space_indentation_and_follow_a_paragraph():
    html = render_markdown("Options:\n- first\n  - nested\n    - deeper\n- second")
    assert "<p>Options:</p>" in html
    tags = [tag for tag, _ in parse(html).tags]
    assert tags.count("ul") == 3
    assert tags.count("li") == 4
    assert html.index("nested") > html.index("first") and "<li>second</li>" in html


def test_ordered_list_with_code_inside_an_item():
    html = render_markdown("1. Install:\n   ```bash\n   pip install parley\n   ```\n2. Run it")
    assert html.count("<li>") == 2
    assert "<ol>" in html
    body = html[html.index("<li>") : html.index("</li>")]
    assert "pip" in body and 'class="code"' in body, "the code block stays in its list item"


def test_task_list_boxes():
    html = render_markdown("- [ ] write tests\n- [x] ship")
    assert "\u2610 write tests" in html
    assert "\u2611 ship" in html


def test_tables_with_alignment():
    html = render_markdown("Results:\n| Name | Score |\n|------|------:|\n| Ada | 10 |")
    assert "<table" in html and "<th>Name</th>" in html
    assert '<td style="text-align: right;">10</td>' in html
    assert_safe(html)


def test_links_kept_only_for_web_and_mail():
    html = render_markdown(
        "[site](https://example.com/a?b=1&c=2) [mail](mailto:me@example.com) "
        "<https://auto.example.org> see https://bare.example.net/path."
    )
    hrefs = [attrs["href"] for tag, attrs in parse(html).tags if tag == "a"]
    assert hrefs == [
        "https://example.com/a?b=1&c=2",
        "mailto:me@example.com",
        "https://auto.example.org",
        "https://bare.example.net/path",
    ]


@pytest.mark.parametrize(
    "source",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](file:///etc/passwd)",
        "[click](vbscript:msgbox)",
        "[click](relative/page.html)",
    ],
)
def test_other_link_targets_are_shown_as_text(source):
    html = render_markdown(source)
    assert "<a" not in html
    assert "click" in shown_text(html)
    assert_safe(html)


def test_code_is_highlighted_and_copyable():
    source = "Look:\n\n```python\ndef double(x):\n    return x * 2  # twice\n```\n\n```\nraw <b>\n```"
    result = render(source)
    assert '<span class="hl-k">def</span>' in result.html
    assert 'class="hl-c1"' in result.html  # the comment
    assert 'href="copy-code:0"' in result.html and 'href="copy-code:1"' in result.html
    assert result.code_blocks == ("def double(x):\n    return x * 2  # twice", "raw <b>")
    assert "raw &lt;b&gt;" in result.html
    assert ">python<" in result.html  # the language label above the block
    assert_safe(result.html)


def test_unknown_language_and_unclosed_fence_still_show_the_code():
    result = render("```klingon\nQapla'\n```\n\n```js\nconst streaming = true")
    assert "Qapla" in shown_text(result.html)
    assert result.code_blocks[1] == "const streaming = true"
    assert "```" not in result.html


def test_copy_label_is_the_callers_translation_or_absent():
    assert ">Kopieren</a>" in render_markdown("```\nx\n```", copy_label="Kopieren")
    assert "copy-code" not in render_markdown("```\nx\n```", copy_label=None)


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert('x')</script>",
        "<img src=http://tracker.example.com/pixel.gif>",
        '<a href="javascript:alert(1)">x</a>',
        "<div onclick=alert(1)>block</div>\n\n<iframe src=https://example.com></iframe>",
        "<style>body{background:url(http://x.example/a.png)}</style>",
        "Inline <b onmouseover=alert(1)>bold</b> text",
        "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x&#62;",
        '[x](https://example.com/"onmouseover="alert(1))',
        '[x](https://example.com "title" onclick="alert(1)")',
        "![tracker](http://tracker.example.com/pixel.gif)",
        "![](data:image/png;base64,AAAA)",
        '<!-- comment --> <?php echo 1; ?> <![CDATA[x]]>',
    ],
)
def test_raw_html_is_text_and_nothing_loads_or_runs(source):
    html = render_markdown(source)
    assert_safe(html)
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<iframe" not in lowered


def test_raw_html_shows_as_typed():
    html = render_markdown("Use <b>tags</b> & entities like AT&T.")
    assert shown_text(html) == "Use <b>tags</b> & entities like AT&T."


def test_image_becomes_a_link_to_it_never_an_image():
    html = render_markdown("![diagram](https://example.com/d.png) ![](ftp://x/y.png)")
    tags = parse(html).tags
    assert ("a", {"href": "https://example.com/d.png"}) in tags
    assert "diagram" in shown_text(html)
    assert all(tag != "img" for tag, _ in tags)


def test_huge_message_renders():
    paragraph = "A sentence with **bold** and a [link](https://example.com). " * 8
    text = "\n\n".join(f"{n}. {paragraph}" for n in range(220))
    assert len(text) > 100_000
    html = render_markdown(text)
    assert html.count("<strong>bold</strong>") == 220 * 8


def test_beyond_the_markdown_limit_text_is_plain_and_complete():
    text = ("line with <b>markup</b> and *stars*\n" * (MAX_MARKDOWN_CHARS // 30))[: MAX_MARKDOWN_CHARS + 10]
    html = render_markdown(text)
    assert "<strong>" not in html and "<em>" not in html
    assert "&lt;b&gt;markup" in html


def test_results_are_cached_by_content():
    text = "cache me **once** " + "x" * 10
    assert peek(text) is None
    first = render(text)
    assert peek(text) is first
    assert render(text) is first


def test_stylesheets_differ_by_theme_and_style_tokens():
    light = document_stylesheet(False)
    dark = document_stylesheet(True)
    assert light != dark
    for sheet in (light, dark):
        assert ".hl-k {" in sheet and "table.code" in sheet and "a {" in sheet


def test_copy_code_index():
    assert copy_code_index("copy-code:3") == 3
    assert copy_code_index("copy-code:x") is None
    assert copy_code_index("https://example.com") is None


def test_stylesheet_can_carry_only_the_token_rules_a_message_uses():
    from app.services.render import token_classes

    html = render_markdown("```python\ndef f():\n    return 1\n```")
    classes = token_classes(html)
    assert "hl-k" in classes
    sheet = document_stylesheet(False, classes=classes)
    assert ".hl-k {" in sheet
    assert ".hl-gd {" not in sheet  # a token this code does not use
    assert len(sheet) < len(document_stylesheet(False))


def test_quick_html_approximates_markdown_safely():
    from app.services.render import quick_html

    html = quick_html(
        "# Title\n\nSome **bold** and `code` and [a link](https://x.org).\n- item\n\n"
        "```python\n    indented <b>\n```\n<script>alert(1)</script>"
    )
    assert "<b>Title</b>" in html and "<b>bold</b>" in html and "<code>code</code>" in html
    assert "a link" in html and "https://x.org" not in html
    assert "\u2022 item" in html
    assert '<pre class="quick">    indented &lt;b&gt;</pre>' in html
    assert "&lt;script&gt;" in html and "<script" not in html
    assert_safe(html.replace("<b>", "<strong>").replace("</b>", "</strong>").replace("<i>", "<em>"))
