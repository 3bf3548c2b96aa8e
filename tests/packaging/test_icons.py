"""The icon set: every name resolves in light and dark, in the palette's colours."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette

from app.resources import resource_path
from app.ui.icons import APP_ICON_SIZES, ICON_NAMES, icon

#: The names other parts of Parley were promised (CONTRACTS.md).
PROMISED = (
    "new-chat", "settings", "search", "import", "export", "delete", "copy", "pin", "archive",
    "send", "stop", "regenerate", "edit", "chevron-left", "chevron-right", "folder", "info",
    "close", "check", "warning", "project", "sidebar", "menu", "app",
)  # fmt: skip

LIGHT = {"window": "#ffffff", "text": "#1d1d22", "disabled": "#a0a0a8", "highlighted": "#ffffff"}
DARK = {"window": "#1e1f24", "text": "#ececf1", "disabled": "#6b6b74", "highlighted": "#ffffff"}


@pytest.fixture
def themed(qapp):
    """Switch the application palette to a scheme; restores the original afterwards."""
    original = QPalette(QGuiApplication.palette())

    def apply(scheme: dict[str, str]) -> None:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(scheme["window"]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(scheme["text"]))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(scheme["disabled"])
        )
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(scheme["highlighted"]))
        qapp.setPalette(palette)

    yield apply
    qapp.setPalette(original)


def ink(image: QImage) -> QColor:
    """The colour of the most opaque pixel: the colour the icon's strokes are drawn in."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


def test_every_promised_name_is_shipped():
    assert set(PROMISED) - {"app"} <= set(ICON_NAMES)


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_icon_renders_in_the_palette_colour(themed, scheme):
    themed(scheme)
    for name in ICON_NAMES:
        image = icon(name).pixmap(QSize(24, 24)).toImage()
        assert not image.isNull(), name
        assert ink(image).name() == scheme["text"], name


def test_icons_follow_a_theme_switch_without_being_recreated(themed):
    send = icon("send")
    themed(LIGHT)
    assert ink(send.pixmap(QSize(24, 24)).toImage()).name() == LIGHT["text"]
    themed(DARK)
    assert ink(send.pixmap(QSize(24, 24)).toImage()).name() == DARK["text"]


def test_disabled_icons_use_the_disabled_text_colour(themed):
    themed(DARK)
    pixmap = icon("delete").pixmap(QSize(24, 24), QIcon.Mode.Disabled)
    assert ink(pixmap.toImage()).name() == DARK["disabled"]


def test_a_fixed_colour_overrides_the_palette(themed):
    themed(LIGHT)
    image = icon("send", QColor("#ffffff")).pixmap(QSize(24, 24)).toImage()
    assert ink(image).name() == "#ffffff"


def test_icons_are_sharp_on_high_dpi_screens(qapp):
    pixmap = icon("search").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(48, 48)


@pytest.mark.parametrize("name", ["", "no-such-icon", "../app/parley", "app/parley"])
def test_unknown_names_give_an_empty_icon(qapp, name):
    assert icon(name).isNull()


def test_the_application_icon_has_a_render_for_every_size(qapp):
    app_icon = icon("app")
    assert not app_icon.isNull()
    for size in APP_ICON_SIZES:
        image = QImage(str(resource_path("icons", "app", f"parley-{size}.png")))
        assert image.size() == QSize(size, size)
        assert image.hasAlphaChannel()
        assert app_icon.pixmap(QSize(size, size)).size() == QSize(size, size)


def test_windows_and_macos_icon_containers_are_well_formed():
    ico = resource_path("icons", "app", "parley.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 6
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
    icns = resource_path("icons", "app", "parley.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, position = set(), 8
    while position < len(icns):
        kinds.add(icns[position : position + 4])
        position += struct.unpack(">I", icns[position + 4 : position + 8])[0]
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds
