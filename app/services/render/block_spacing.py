"""Bring chat-style Markdown to what Python-Markdown parses.

Models and people write CommonMark/GitHub style; Python-Markdown follows the original
Markdown.pl rules. Two differences spoil most answers, so this preprocessor smooths them:

* Nested list items indented by 2 or 3 spaces ("- a\\n  - b", "1. a\\n   - b"): Python-Markdown
  wants 4. Each list line is re-indented by nesting depth (the idea behind
  ``mdx_truly_sane_lists``), and so are continuation lines and code placeholders that belong
  to an item.
* A list or a table straight after a paragraph line ("Options:\\n- a"): Python-Markdown keeps
  it in the paragraph. A blank line is inserted before it, as CommonMark reads it.

Fenced code was already replaced by placeholders (see ``code_blocks``), so code is never
touched here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from markdown.preprocessors import Preprocessor

_LIST_ITEM = re.compile(r"^(?P<indent>[ ]*)(?P<marker>[-*+]|\d{1,9}[.)])(?P<gap>[ ]+|$)")
_TABLE_DELIMITER = re.compile(r"^[ ]*\|?[ ]*:?-+:?[ ]*(\|[ ]*:?-+:?[ ]*)*\|?[ ]*$")
_STEP = 4


class _Item(NamedTuple):
    content_column: int  # where the item's text starts in the source
    new_indent: int  # where its marker goes after re-indenting


class BlockSpacingPreprocessor(Preprocessor):
    """Re-indents nested lists and separates lists and tables from a preceding paragraph."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        stack: list[_Item] = []
        previous = ""  # the last non-blank line seen, "" after a blank line
        previous_was_item = False
        for number, line in enumerate(lines):
            stripped = line.lstrip(" ")
            if not stripped:
                out.append("")
                previous = ""
                continue
            indent = len(line) - len(stripped)
            item = _LIST_ITEM.match(line)
            if item and (stack or indent < _STEP) and not _is_rule(stripped):
                while stack and indent < stack[-1].content_column:
                    stack.pop()
                new_indent = stack[-1].new_indent + _STEP if stack else 0
                if not stack and previous and not previous_was_item:
                    out.append("")  # a list interrupting a paragraph starts a new block
                gap = len(item["gap"]) if item["gap"] else 1
                stack.append(_Item(indent + len(item["marker"]) + gap, new_indent))
                out.append(" " * new_indent + stripped)
                previous, previous_was_item = stripped, True
                continue
            if stack and indent > 0:
                while stack and indent < stack[-1].content_column:
                    stack.pop()
                if stack:
                    extra = indent - stack[-1].content_column
                    line = " " * (stack[-1].new_indent + _STEP + extra) + stripped
            elif indent == 0 and not previous:
                stack.clear()  # an unindented line after a blank line ends every list
            if (
                stripped.startswith("|")
                and previous
                and not previous.startswith("|")
                and number + 1 < len(lines)
                and _TABLE_DELIMITER.match(lines[number + 1])
            ):
                out.append("")
            out.append(line)
            previous, previous_was_item = stripped, False
        return out


def _is_rule(stripped: str) -> bool:
    """``- - -`` and ``* * *`` are horizontal rules, not list items."""
    compact = stripped.replace(" ", "")
    return len(compact) >= 3 and len(set(compact)) == 1 and compact[0] in "-*_"
