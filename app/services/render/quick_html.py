"""A fast, approximate HTML for a message, shown for the moment before the real rendering.

The view paints a conversation before Markdown has been rendered (that happens in a
worker); raw Markdown on screen for those few milliseconds would flash ``**`` and fences.
This pass costs a few regular expressions: fences become preformatted blocks, headings bold,
``**bold**``, ``*italic*`` and ``code`` spans styled, links reduced to their text, list
bullets drawn. Everything is escaped first, so nothing in the message can become markup.
"""

from __future__ import annotations

import html
import re

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)[-*+]\s+")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])")
_CODE = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+&quot;[^)]*&quot;)?\)")


def quick_html(text: str) -> str:
    """Approximate HTML for ``text`` (no Markdown library; safe for any input)."""
    blocks: list[str] = []
    paragraph: list[str] = []
    code: list[str] | None = None

    def flush() -> None:
        if paragraph:
            blocks.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if _FENCE.match(line):
            if code is None:
                flush()
                code = []
            else:
                blocks.append('<pre class="quick">' + "\n".join(code) + "</pre>")
                code = None
            continue
        if code is not None:
            code.append(html.escape(line, quote=False))
            continue
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            blocks.append("<p><b>" + _inline(heading.group(1)) + "</b></p>")
            continue
        paragraph.append(_BULLET.sub(lambda m: m.group(1) + "\u2022 ", _inline(line), count=1))
    flush()
    if code is not None:
        blocks.append('<pre class="quick">' + "\n".join(code) + "</pre>")
    return "".join(blocks)


def _inline(line: str) -> str:
    escaped = html.escape(line, quote=True)
    escaped = _LINK.sub(r"\1", escaped)
    escaped = _CODE.sub(r"<code>\1</code>", escaped)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return _ITALIC.sub(r"<i>\1</i>", escaped)
