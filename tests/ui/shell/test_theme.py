"""Themes: light and dark palettes with the stylesheet, applied live."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from app.ui import theme
from app.ui.settings_registry import settings


def _lightness(app) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_and_light_palettes(styled_app):
    assert theme.apply_theme(styled_app, "dark") == "dark"
    assert _lightness(styled_app) < 60
    assert styled_app.palette().color(QPalette.ColorRole.Text).lightness() > 200
    assert theme.TOKENS["dark"]["sidebar"] in styled_app.styleSheet()
    assert theme.apply_theme(styled_app, "light") == "light"
    assert _lightness(styled_app) > 200
    assert theme.TOKENS["light"]["sidebar"] in styled_app.styleSheet()


def test_every_stylesheet_token_is_defined():
    for scheme in ("light", "dark"):
        sheet = theme.stylesheet(scheme)
        assert sheet, "resources/styles/parley.qss is missing"
        assert "${" not in sheet


def test_system_follows_the_desktop(styled_app):
    assert theme.apply_theme(styled_app, "system") == theme.system_scheme()


def test_changing_the_setting_applies_the_theme_at_once(styled_app, qtbot):
    settings.set("theme", "dark")
    assert theme.current_scheme() == "dark"
    assert _lightness(styled_app) < 60
    settings.set("theme", "light")
    assert _lightness(styled_app) > 200
