"""Rendering chat messages: Markdown to safe HTML for QTextDocument (no Qt here).

``render_markdown(text)`` returns the HTML; ``render(text)`` also returns each code block's
raw text for the view's copy links; ``document_stylesheet(dark)`` dresses the HTML.
Importing this package does not import Markdown or Pygments: the first render does.
"""

import re

from app.services.render.links import COPY_SCHEME, copy_code_index, is_safe_url
from app.services.render.markdown_render import (
    MAX_MARKDOWN_CHARS,
    RenderedMarkdown,
    clear_cache,
    peek,
    plain_html,
    render,
    render_markdown,
)
from app.services.render.quick_html import quick_html


def document_stylesheet(
    dark: bool,
    link_color: str | None = None,
    *,
    code: bool = True,
    classes: frozenset[str] | None = None,
) -> str:
    """The default stylesheet of a message document (with ``code``, imports Pygments once).

    ``classes``: only the syntax colours of these token classes (see :func:`token_classes`).
    """
    from app.services.render.stylesheet import document_stylesheet as build

    return build(dark, link_color, code=code, classes=classes)


_TOKEN_CLASS = re.compile(r'class="(hl-[\w-]+)"')


def token_classes(html: str) -> frozenset[str]:
    """The syntax-colour classes rendered HTML uses."""
    return frozenset(_TOKEN_CLASS.findall(html))


__all__ = [
    "COPY_SCHEME",
    "MAX_MARKDOWN_CHARS",
    "RenderedMarkdown",
    "clear_cache",
    "copy_code_index",
    "document_stylesheet",
    "is_safe_url",
    "peek",
    "plain_html",
    "quick_html",
    "render",
    "render_markdown",
    "token_classes",
]
