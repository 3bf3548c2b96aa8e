"""Rendering chat messages: Markdown to safe HTML for QTextDocument (no Qt here).

``render_markdown(text)`` returns the HTML; ``render(text)`` also returns each code block's
raw text for the view's copy links; ``document_stylesheet(dark)`` dresses the HTML.
Importing this package does not import Markdown or Pygments: the first render does.
"""

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


def document_stylesheet(dark: bool, link_color: str | None = None, *, code: bool = True) -> str:
    """The default stylesheet of a message document (with ``code``, imports Pygments once)."""
    from app.services.render.stylesheet import document_stylesheet as build

    return build(dark, link_color, code=code)


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
    "render",
    "render_markdown",
]
