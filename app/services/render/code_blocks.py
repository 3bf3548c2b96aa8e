"""Fenced code blocks: found before Markdown parsing, highlighted with Pygments.

Python-Markdown's own ``fenced_code`` only sees fences at column 0, but models indent fences
inside list items all the time ("1. Install it:\\n   ```bash"). This preprocessor accepts a
fence at any indentation, strips that indentation from the body, tolerates an unclosed fence
(a streaming answer, a truncated export) and hands the finished HTML to the Markdown stash.

The HTML is shaped for QTextDocument: a one-cell-wide table gives the block a background,
padding and a header with the language and a ``copy-code:N`` link the view handles.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from app.services.render.links import COPY_SCHEME
from app.services.render.stylesheet import CLASS_PREFIX

HIGHLIGHT_LIMIT = 40_000

_TRAILING_NEWLINE = re.compile(r"\n((?:</span>)*)\s*$")

_FENCE_OPEN = re.compile(
    r"^(?P<indent>[ ]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$"
)


@lru_cache(maxsize=128)
def _lexer_class(language: str):
    """The Pygments lexer class for a fence's language, or None (shown unhighlighted)."""
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return type(get_lexer_by_name(language))
    except ClassNotFound:
        return None


def highlight_code(code: str, language: str) -> str:
    """``code`` as HTML spans with ``hl-`` classes (escaped plain text if the language is unknown).

    Blocks over :data:`HIGHLIGHT_LIMIT` characters stay plain: Pygments needs ~5 ms per
    1,000 characters and a log dump gains nothing from colour.
    """
    lexer_class = _lexer_class(language.lower()) if language else None
    if lexer_class is None or len(code) > HIGHLIGHT_LIMIT:
        return html.escape(code, quote=False)
    from pygments import highlight
    from pygments.formatters import HtmlFormatter

    formatter = HtmlFormatter(nowrap=True, classprefix=CLASS_PREFIX)
    lexer = lexer_class(stripnl=False, ensurenl=False)
    # Lexers end with a newline token; inside <pre> it would show as an empty last line.
    return _TRAILING_NEWLINE.sub(r"\1", highlight(code, lexer, formatter))


def code_block_html(code: str, language: str, index: int, copy_label: str | None) -> str:
    """The QTextDocument-friendly HTML of one code block."""
    label = html.escape(language, quote=False)
    copy = (
        f'<a class="code-copy" href="{COPY_SCHEME}:{index}">{html.escape(copy_label)}</a>'
        if copy_label
        else ""
    )
    body = highlight_code(code, language)
    return (
        '<table class="code" width="100%" cellspacing="0" cellpadding="0">'
        f'<tr><td class="code-head">{label}</td>'
        f'<td class="code-head" align="right">{copy}</td></tr>'
        f'<tr><td class="code-body" colspan="2"><pre class="code">{body}</pre></td></tr>'
        "</table>"
    )


def _language_of(info: str) -> str:
    if not info:
        return ""
    word = info.split()[0]
    return word.strip("{}.").removeprefix("language-")[:40]


class FencedCodePreprocessor(Preprocessor):
    """Replaces each fenced block with a stash placeholder; records the raw code."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.code_blocks: list[str] = []
        self.copy_label: str | None = "Copy"

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(lines):
            match = _FENCE_OPEN.match(lines[index])
            if match is None or (match["fence"][0] == "`" and "`" in match["info"]):
                out.append(lines[index])
                index += 1
                continue
            indent = len(match["indent"])
            fence = match["fence"]
            closing = re.compile(rf"^[ ]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
            body: list[str] = []
            index += 1
            while index < len(lines) and not closing.match(lines[index]):
                body.append(_dedent(lines[index], indent))
                index += 1
            trailing_blanks = 0
            if index >= len(lines):  # never closed (a streaming answer): keep the blank tail
                while body and not body[-1].strip():
                    body.pop()
                    trailing_blanks += 1
            index += 1  # the closing fence
            code = "\n".join(body)
            block = code_block_html(
                code, _language_of(match["info"]), len(self.code_blocks), self.copy_label
            )
            self.code_blocks.append(code)
            placeholder = self.md.htmlStash.store(block)
            # Blank lines around the placeholder make it a block of its own, at the fence's
            # indentation so that a block inside a list item stays inside it.
            if out and out[-1].strip():
                out.append("")
            out.append(" " * indent + placeholder)
            out.append("")
            out.extend([""] * trailing_blanks)
        return out


def _dedent(line: str, indent: int) -> str:
    stripped = len(line) - len(line.lstrip(" "))
    return line[min(indent, stripped) :]
