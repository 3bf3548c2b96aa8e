"""Which links rendered messages may carry, and the view's own link schemes.

Only ``http``, ``https`` and ``mailto`` survive as links; anything else (``javascript:``,
``file:``, ``data:``, relative paths) is shown as text. This module has no Markdown or Qt
import so that the view can ask it cheaply.
"""

from __future__ import annotations

#: The href scheme of a code block's copy link: ``copy-code:<index>``.
COPY_SCHEME = "copy-code"

_WEB_SCHEMES = ("http", "https")


def is_safe_url(url: str) -> bool:
    """True for an absolute ``http(s)://host...`` or ``mailto:`` address."""
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return False  # browsers drop control characters: "java\\tscript:" must not pass
    scheme, colon, rest = url.strip().partition(":")
    if not colon:
        return False
    scheme = scheme.lower()
    if scheme in _WEB_SCHEMES:
        return rest.startswith("//") and len(rest.strip("/")) > 0
    if scheme == "mailto":
        return bool(rest.strip())
    return False


def copy_code_index(href: str) -> int | None:
    """The code block index of a ``copy-code:N`` link, else None."""
    scheme, colon, rest = href.partition(":")
    if scheme != COPY_SCHEME or not colon or not rest.isdigit():
        return None
    return int(rest)
