"""Markdown to safe HTML for QTextDocument, cached by content.

The pipeline is Python-Markdown with tables, sane lists and hard line breaks (chat text is
written line by line), our fenced-code handling (Pygments, copy links), chat-style list and
table spacing, bare-URL links, ``~~strike~~``, and the safety rules of :mod:`tree_rules`.
Raw HTML is never interpreted: the HTML block and inline-HTML parsers are removed, so
``<script>`` reaches the document as the text "<script>".

``markdown`` and ``pygments`` are imported on the first render, never at module import: the
window paints before either is loaded, and the view renders in a worker thread.
"""

from __future__ import annotations

import html
import threading
from typing import NamedTuple

from app.services.render.cache import LruCache, content_key

#: Longer messages are shown as plain paragraphs: Python-Markdown is superlinear on some
#: inputs, and nobody reads a 400,000-character paste as formatted text.
MAX_MARKDOWN_CHARS = 400_000

DEFAULT_COPY_LABEL = "Copy"


class RenderedMarkdown(NamedTuple):
    """The HTML of one message and the raw text of its code blocks (for ``copy-code:N``)."""

    html: str
    code_blocks: tuple[str, ...]


_cache: LruCache[RenderedMarkdown] = LruCache(
    max_entries=4096, max_size=48_000_000, size_of=lambda r: len(r.html)
)
_local = threading.local()  # a Markdown instance is not thread-safe: one per thread


def render(text: str, *, copy_label: str | None = DEFAULT_COPY_LABEL) -> RenderedMarkdown:
    """Render ``text`` (cached by content). Safe to call from any thread.

    ``copy_label`` is the text of each code block's copy link (the view passes its
    translation); ``None`` leaves the links out, for HTML meant to leave the app.
    """
    key = content_key(text, copy_label or "")
    cached = _cache.get(key)
    if cached is not None:
        return cached
    result = _convert(text, copy_label)
    _cache.put(key, result)
    return result


def render_markdown(text: str, *, copy_label: str | None = DEFAULT_COPY_LABEL) -> str:
    """HTML for QTextDocument: highlighted code, no remote images, raw HTML as text."""
    return render(text, copy_label=copy_label).html


def peek(text: str, *, copy_label: str | None = DEFAULT_COPY_LABEL) -> RenderedMarkdown | None:
    """The cached rendering of ``text``, or None; never renders (cheap on the GUI thread)."""
    return _cache.get(content_key(text, copy_label or ""))


def clear_cache() -> None:
    _cache.clear()


def plain_html(text: str) -> str:
    """``text`` as escaped paragraphs with line breaks: no Markdown at all."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>") + "</p>" for p in paragraphs
    )


def _convert(text: str, copy_label: str | None) -> RenderedMarkdown:
    text = text.replace("\x00", "\ufffd")
    if len(text) > MAX_MARKDOWN_CHARS:
        return RenderedMarkdown(plain_html(text), ())
    converter = getattr(_local, "converter", None)
    if converter is None:
        converter = _local.converter = _build_converter()
    md, fences = converter
    md.reset()
    fences.code_blocks = []
    fences.copy_label = copy_label
    body = md.convert(text)
    return RenderedMarkdown(body, tuple(fences.code_blocks))


def _build_converter():
    import markdown
    from markdown.inlinepatterns import SimpleTagInlineProcessor

    from app.services.render.block_spacing import BlockSpacingPreprocessor
    from app.services.render.code_blocks import FencedCodePreprocessor
    from app.services.render.tree_rules import (
        BARE_URL_PATTERN,
        BareUrlInlineProcessor,
        SafetyTreeprocessor,
    )

    md = markdown.Markdown(extensions=["tables", "sane_lists", "nl2br"], output_format="html")
    # Raw HTML stays text: without these two parsers "<b>" is escaped like any other text.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    fences = FencedCodePreprocessor(md)
    md.preprocessors.register(fences, "parley_fences", 25)
    md.preprocessors.register(BlockSpacingPreprocessor(md), "parley_block_spacing", 24)
    md.inlinePatterns.register(
        SimpleTagInlineProcessor(r"()~~(.+?)~~", "s"), "parley_strike", 55
    )
    md.inlinePatterns.register(BareUrlInlineProcessor(BARE_URL_PATTERN, md), "parley_url", 7)
    # After the inline pass (20) has built links and images, before serialising.
    md.treeprocessors.register(SafetyTreeprocessor(md), "parley_safety", 15)
    return md, fences
