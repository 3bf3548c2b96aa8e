"""Light and dark themes: a complete QPalette plus a stylesheet from ``resources/styles/``.

``apply_theme(app, "system" | "light" | "dark")`` can be called at any time; widgets
repaint in place. "system" follows the desktop's colour scheme and keeps following it while
the app runs. The stylesheet (``resources/styles/parley.qss``) names colours as ``${token}``;
the tokens come from :data:`TOKENS` for the chosen scheme, so both themes share one sheet.
"""

from __future__ import annotations

import logging
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

log = logging.getLogger(__name__)

LIGHT = "light"
DARK = "dark"
SYSTEM = "system"

#: Colours the palette cannot express (surfaces, borders, hover states) per scheme.
TOKENS: dict[str, dict[str, str]] = {
    LIGHT: {
        "window": "#ffffff",
        "sidebar": "#f4f4f6",
        "surface": "#ffffff",
        "surface_alt": "#f7f7f9",
        "hover": "#e9e9ee",
        "pressed": "#dedee6",
        "selected": "#e2e3f3",
        "border": "#e2e2e8",
        "border_strong": "#c9c9d3",
        "text": "#1d1d22",
        "muted": "#6b6b78",
        "accent": "#4f5bd5",
        "accent_hover": "#4450c4",
        "accent_pressed": "#3a45ad",
        "accent_text": "#ffffff",
        "focus": "#7a84e6",
        "scrollbar": "#c4c4cf",
        "scrollbar_hover": "#a3a3b1",
        "tooltip_bg": "#2b2b33",
        "tooltip_text": "#f5f5f7",
        "danger": "#c62f3a",
    },
    DARK: {
        "window": "#1e1f23",
        "sidebar": "#17181b",
        "surface": "#25262b",
        "surface_alt": "#2a2b31",
        "hover": "#2d2e35",
        "pressed": "#363741",
        "selected": "#30335a",
        "border": "#2f3037",
        "border_strong": "#43444d",
        "text": "#e8e8ed",
        "muted": "#9a9aa8",
        "accent": "#7c85f2",
        "accent_hover": "#8d95f5",
        "accent_pressed": "#6b73de",
        "accent_text": "#10112a",
        "focus": "#8d95f5",
        "scrollbar": "#45464f",
        "scrollbar_hover": "#5a5b66",
        "tooltip_bg": "#3a3b44",
        "tooltip_text": "#f5f5f7",
        "danger": "#ef6b73",
    },
}


def _palette(scheme: str) -> QPalette:
    t = TOKENS[scheme]
    dark = scheme == DARK
    pal = QPalette()
    role = QPalette.ColorRole
    colors = {
        role.Window: t["window"],
        role.WindowText: t["text"],
        role.Base: t["surface"] if dark else "#ffffff",
        role.AlternateBase: t["surface_alt"],
        role.ToolTipBase: t["tooltip_bg"],
        role.ToolTipText: t["tooltip_text"],
        role.PlaceholderText: t["muted"],
        role.Text: t["text"],
        role.Button: t["surface_alt"] if dark else "#f4f4f6",
        role.ButtonText: t["text"],
        role.BrightText: "#ffffff",
        role.Light: "#3a3b44" if dark else "#ffffff",
        role.Midlight: "#2f3038" if dark else "#ececf1",
        role.Mid: "#43444d" if dark else "#c9c9d3",
        role.Dark: "#111114" if dark else "#9c9cab",
        role.Shadow: "#000000" if dark else "#6e6e7a",
        role.Highlight: t["accent"],
        role.HighlightedText: t["accent_text"],
        role.Link: "#9aa2ff" if dark else "#3b47c4",
        role.LinkVisited: "#b69cff" if dark else "#6a3fc4",
        role.Accent: t["accent"],
    }
    for r, value in colors.items():
        pal.setColor(QPalette.ColorGroup.All, r, QColor(value))
    disabled_text = QColor("#5e5f69" if dark else "#a4a4b0")
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, disabled_text)
    pal.setColor(QPalette.ColorGroup.Disabled, role.Button, QColor(t["window"]))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Highlight, QColor(t["border_strong"]))
    # Selections in an unfocused window stay visible, only calmer.
    pal.setColor(QPalette.ColorGroup.Inactive, role.Highlight, QColor(t["selected"]))
    pal.setColor(QPalette.ColorGroup.Inactive, role.HighlightedText, QColor(t["text"]))
    return pal


def stylesheet(scheme: str) -> str:
    """The application stylesheet with this scheme's colours filled in."""
    path = resource_path("styles", "parley.qss")
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("stylesheet missing (%s): using the plain palette", exc)
        return ""
    tokens = dict(TOKENS[scheme])
    # Images the sheet refers to, one per scheme (QSS cannot tint an image).
    tokens["combo_arrow"] = resource_path("styles", f"combo-arrow-{scheme}.svg").as_posix()
    return Template(source).safe_substitute(tokens)


def system_scheme() -> str:
    """The desktop's colour scheme (light when it cannot tell)."""
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


class ThemeManager(QObject):
    """Applies a theme and, in "system" mode, follows the desktop as it changes."""

    theme_applied = Signal(str)  # the effective scheme: "light" or "dark"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.mode = SYSTEM
        self.scheme = LIGHT
        self._following = False

    def apply(self, mode: str) -> str:
        """Apply "system", "light" or "dark"; returns the effective scheme."""
        if mode not in (SYSTEM, LIGHT, DARK):
            mode = SYSTEM
        self.mode = mode
        hints = QGuiApplication.styleHints()
        if mode == SYSTEM:
            hints.unsetColorScheme()
            scheme = system_scheme()
            if not self._following:
                hints.colorSchemeChanged.connect(self._system_changed)
                self._following = True
        else:
            # Tells the platform too, so native title bars and dialogs match (Qt >= 6.8).
            hints.setColorScheme(Qt.ColorScheme.Dark if mode == DARK else Qt.ColorScheme.Light)
            scheme = mode
        self._apply_scheme(scheme)
        return scheme

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.mode == SYSTEM:
            self._apply_scheme(system_scheme())

    def _apply_scheme(self, scheme: str) -> None:
        self.scheme = scheme
        self._app.setPalette(_palette(scheme))
        self._app.setStyleSheet(stylesheet(scheme))
        self.theme_applied.emit(scheme)


_manager: ThemeManager | None = None


def apply_theme(app: QApplication, mode: str) -> str:
    """Apply a theme to the whole application; returns "light" or "dark"."""
    global _manager
    if _manager is None or _manager.parent() is not app:
        _manager = ThemeManager(app)
    return _manager.apply(mode)


def manager() -> ThemeManager | None:
    """The live theme manager, once :func:`apply_theme` has run."""
    return _manager


def current_scheme() -> str:
    """"light" or "dark": what is on screen now."""
    if _manager is not None:
        return _manager.scheme
    return system_scheme()


def token(name: str) -> str:
    """A colour of the current scheme, for widgets that paint themselves."""
    return TOKENS[current_scheme()][name]
