"""Colours of the message view, derived from the palette so light and dark both work."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette

from app.services.render import document_stylesheet, token_classes


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class MessageStyle(NamedTuple):
    dark: bool
    key: str  # changes whenever any colour below changes (part of document cache keys)
    base: QColor
    text: QColor
    muted: QColor
    accent: QColor
    bubble: QColor  # the user's messages
    card: QColor  # system and tool messages
    card_border: QColor
    hover: QColor  # hovered buttons
    selection_tint: QColor  # selected messages (several at once)
    text_selection: QColor
    text_selection_fg: QColor
    find_highlight: QColor  # search terms
    find_current: QColor  # the find bar's current match (stronger, as browsers do)
    find_current_fg: QColor
    warning_bg: QColor
    warning_fg: QColor
    error_bg: QColor
    error_fg: QColor
    link: str
    plain_stylesheet: str  # for plain-text placeholders: no syntax colours, no Pygments

    def stylesheet_for(self, html: str) -> str:
        """The document stylesheet for this rendered HTML: only the syntax colours it uses."""
        classes = token_classes(html)
        if not classes:
            return self.plain_stylesheet
        return document_stylesheet(self.dark, self.link, classes=classes)


_cache: dict[int, MessageStyle] = {}


def style_for(palette: QPalette) -> MessageStyle:
    """The style for this palette (cached per palette)."""
    key = palette.cacheKey()
    style = _cache.get(key)
    if style is None:
        if len(_cache) > 16:
            _cache.clear()
        style = _cache[key] = _style(palette)
    return style


def _style(palette: QPalette) -> MessageStyle:
    role = QPalette.ColorRole
    # The Active group, always: an inactive window's palette (a calmer Highlight) would
    # otherwise wash the bubbles out whenever another window has the focus.
    group = QPalette.ColorGroup.Active
    base = palette.color(group, role.Base)
    text = palette.color(group, role.Text)
    accent = palette.color(group, role.Highlight)
    dark = base.lightness() < 128
    link = palette.color(group, role.Link)
    muted = mix(text, base, 0.42)
    if dark:
        bubble = mix(base, accent, 0.20)
        card = mix(base, text, 0.04)
        warning_bg, warning_fg = QColor("#3a3118"), QColor("#f0c15a")
        error_bg, error_fg = QColor("#3d1f23"), QColor("#f28b92")
        find = QColor("#75621a")
        find_current, find_current_fg = QColor("#f29a3a"), QColor("#1a1207")
    else:
        bubble = mix(base, accent, 0.12)
        card = mix(base, text, 0.025)
        warning_bg, warning_fg = QColor("#fff2d4"), QColor("#8a5a00")
        error_bg, error_fg = QColor("#fde6e8"), QColor("#b3261e")
        find = QColor("#ffe27a")
        find_current, find_current_fg = QColor("#ff9632"), QColor("#000000")
    selection = accent if dark else mix(base, accent, 0.35)
    selection_fg = palette.color(group, role.HighlightedText) if dark else text
    key = "|".join(c.name() for c in (base, text, accent, link))
    return MessageStyle(
        dark=dark,
        key=key,
        base=base,
        text=text,
        muted=muted,
        accent=accent,
        bubble=bubble,
        card=card,
        card_border=mix(base, text, 0.12),
        hover=mix(base, text, 0.09),
        selection_tint=mix(base, accent, 0.08 if not dark else 0.14),
        text_selection=selection,
        text_selection_fg=selection_fg,
        find_highlight=find,
        find_current=find_current,
        find_current_fg=find_current_fg,
        warning_bg=warning_bg,
        warning_fg=warning_fg,
        error_bg=error_bg,
        error_fg=error_fg,
        link=link.name(),
        plain_stylesheet=document_stylesheet(dark, link.name(), code=False),
    )
