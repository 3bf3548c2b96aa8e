"""The CSS that dresses rendered messages in QTextDocument, per light or dark theme.

Rendered HTML carries classes only (Pygments ``hl-*`` tokens, ``code-*`` blocks), never
colours, so one cached rendering serves both themes: the view sets this sheet as the
document's default stylesheet. Only what Qt's rich-text CSS subset supports is used.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

#: Pygments CSS classes are prefixed so they never meet our own class names.
CLASS_PREFIX = "hl-"
LIGHT_CODE_STYLE = "default"
DARK_CODE_STYLE = "github-dark"


class CodeColors(NamedTuple):
    link: str
    inline_code_bg: str
    block_bg: str
    block_head_bg: str
    block_head_text: str
    block_text: str
    rule: str
    quote_text: str
    table_head_bg: str


LIGHT = CodeColors(
    link="#3b47c4",
    inline_code_bg="#eeeef3",
    block_bg="#f6f7f9",
    block_head_bg="#ebecf1",
    block_head_text="#5c5f6e",
    block_text="#1d1d22",
    rule="#d9dae2",
    quote_text="#5c5f6e",
    table_head_bg="#f3f3f7",
)

DARK = CodeColors(
    link="#9aa2ff",
    inline_code_bg="#33343c",
    block_bg="#18191d",
    block_head_bg="#2e2f37",
    block_head_text="#a0a1ae",
    block_text="#e6e6ec",
    rule="#3b3c45",
    quote_text="#a0a1ae",
    table_head_bg="#2a2b31",
)


@lru_cache(maxsize=256)
def document_stylesheet(
    dark: bool,
    link_color: str | None = None,
    *,
    code: bool = True,
    classes: frozenset[str] | None = None,
) -> str:
    """The default stylesheet for a message document in the light or dark theme.

    ``code=False`` leaves out the syntax colours, which need Pygments: plain-text
    placeholders painted before any render use it, so first paint never imports Pygments.
    ``classes`` keeps only the rules of those token classes (e.g. ``{"hl-k", "hl-s2"}``):
    QTextDocument parses its stylesheet per document, and a short one lays out faster.
    """
    c = DARK if dark else LIGHT
    link = link_color or c.link
    base = f"""
p {{ margin-top: 0px; margin-bottom: 10px; }}
h1 {{ font-size: x-large; font-weight: 600; margin-top: 14px; margin-bottom: 8px; }}
h2 {{ font-size: large; font-weight: 600; margin-top: 14px; margin-bottom: 8px; }}
h3 {{ font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 6px; }}
h4, h5, h6 {{ font-size: medium; font-weight: 600; margin-top: 10px; margin-bottom: 4px; }}
ul, ol {{ margin-top: 0px; margin-bottom: 10px; }}
li {{ margin-bottom: 3px; }}
li ul, li ol {{ margin-top: 3px; margin-bottom: 0px; }}
a {{ color: {link}; text-decoration: none; }}
code {{ font-family: monospace; background-color: {c.inline_code_bg}; }}
table.quote {{ border-style: none; margin-top: 2px; margin-bottom: 10px; }}
td.quote-bar {{ background-color: {c.rule}; }}
td.quote-body {{ color: {c.quote_text}; padding: 0px 0px 0px 12px; }}
hr {{ color: {c.rule}; }}
table {{ border-color: {c.rule}; border-style: solid; border-collapse: collapse;
        margin-top: 2px; margin-bottom: 12px; }}
th {{ background-color: {c.table_head_bg}; font-weight: 600; text-align: left; }}
table.code {{ background-color: {c.block_bg}; border-style: none; border-width: 0px;
             margin-top: 2px; margin-bottom: 12px; }}
td.code-head {{ background-color: {c.block_head_bg}; color: {c.block_head_text};
               font-size: small; padding: 5px 10px 5px 10px; }}
td.code-body {{ background-color: {c.block_bg}; padding: 10px 12px 10px 12px; }}
a.code-copy {{ color: {c.block_head_text}; }}
pre.code {{ font-family: monospace; color: {c.block_text}; white-space: pre-wrap;
           margin: 0px; }}
pre.quick {{ font-family: monospace; white-space: pre-wrap; margin-top: 2px;
            margin-bottom: 10px; }}
"""
    if not code:
        return base
    if classes is None:
        return base + "\n".join(_token_rules(dark).values()) + "\n"
    rules = _token_rules(dark)
    return base + "\n".join(rules[name] for name in sorted(classes) if name in rules) + "\n"


@lru_cache(maxsize=2)
def _token_rules(dark: bool) -> dict[str, str]:
    """Pygments' CSS rule for each token class, e.g. ``{"hl-k": ".hl-k { color: ... }"}``."""
    from pygments.formatters import HtmlFormatter

    style = DARK_CODE_STYLE if dark else LIGHT_CODE_STYLE
    defs = HtmlFormatter(style=style, classprefix=CLASS_PREFIX).get_style_defs("")
    # Keep only the token rules; Pygments also emits rules for its own wrappers and line
    # numbers, which we do not produce.
    rules: dict[str, str] = {}
    for line in defs.splitlines():
        line = line.strip()
        if line.startswith("." + CLASS_PREFIX):
            name = line[1:].split(" ", 1)[0]
            rules[name] = line.split("/*", 1)[0].strip()
    return rules
