"""Parley's icon set: ``icon("send")`` -> a QIcon that follows the light or dark theme.

The toolbar and menu icons are monochrome SVGs in ``resources/icons/`` drawn with
``currentColor``. Instead of shipping a light and a dark copy of each, the icon engine below
substitutes a colour from the application palette every time Qt asks for a pixmap, so icons
switch with the theme without anyone re-setting them: a palette change repaints the widgets,
and the repaint asks the engine again. Rendered pixmaps are cached per size, colour and scale.

``icon("app")`` is the full-colour application icon (SVG plus PNG renders for crisp small sizes).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from app.resources import resource_path

#: Every themed icon Parley ships (``resources/icons/<name>.svg``).
ICON_NAMES: tuple[str, ...] = (
    "new-chat", "settings", "search", "import", "export", "delete", "copy", "pin", "archive",
    "send", "stop", "regenerate", "edit", "chevron-left", "chevron-right", "folder", "info",
    "close", "check", "warning", "project", "sidebar", "menu", "plus", "more",
)  # fmt: skip
APP_ICON_NAME = "app"
#: The sizes of the application icon's PNG renders (``resources/icons/app/parley-<N>.png``).
APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)

_CACHE_LIMIT = 256  # rendered pixmaps per icon; a few sizes x modes x themes in practice


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon called ``name``; an empty QIcon if there is none.

    Themed icons take their colour from the application palette (window text; the disabled
    text colour when disabled; highlighted text when selected). Pass ``color`` to pin one
    colour instead, e.g. white on an accent-coloured button.
    """
    key = QColor(color).name(QColor.NameFormat.HexArgb) if color is not None else ""
    return QIcon(_cached_icon(name, key))


@lru_cache(maxsize=None)
def _cached_icon(name: str, color_key: str) -> QIcon:
    if name == APP_ICON_NAME:
        return app_icon()
    svg = _svg_source(name)
    if svg is None:
        return QIcon()
    return QIcon(TintedSvgIconEngine(svg, QColor(color_key) if color_key else None))


def app_icon() -> QIcon:
    """The application icon: PNG renders at their sizes, the SVG for any other size."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = resource_path("icons", "app", f"parley-{size}.png")
        if png.is_file():
            result.addFile(str(png), QSize(size, size))
    svg = resource_path("icons", "app", "parley.svg")
    if svg.is_file() and result.isNull():
        result.addFile(str(svg))
    return result


@lru_cache(maxsize=None)
def _svg_source(name: str) -> str | None:
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    path = resource_path("icons", f"{name}.svg")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def palette_color(mode: QIcon.Mode) -> QColor:
    """The colour a themed icon is drawn in for ``mode``, from the current application palette."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class TintedSvgIconEngine(QIconEngine):
    """Renders a ``currentColor`` SVG in the palette's colour (or a fixed one) at any size."""

    def __init__(self, svg: str, color: QColor | None = None) -> None:
        super().__init__()
        self._svg = svg
        self._color = QColor(color) if color is not None else None
        self._pixmaps: dict[tuple[int, int, int, float], QPixmap] = {}

    def _color_for(self, mode: QIcon.Mode) -> QColor:
        if self._color is None:
            return palette_color(mode)
        if mode == QIcon.Mode.Disabled:
            faded = QColor(self._color)
            faded.setAlphaF(faded.alphaF() * 0.4)
            return faded
        return self._color

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        color = self._color_for(mode)
        key = (size.width(), size.height(), color.rgba(), scale)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        svg = self._svg.replace("currentColor", color.name(QColor.NameFormat.HexRgb))
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if color.alpha() < 255:
            painter.setOpacity(color.alphaF())
        renderer.render(painter, QRectF(0, 0, device.width(), device.height()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(self._pixmaps) >= _CACHE_LIMIT:
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return pixmap

    # QIconEngine interface -------------------------------------------------------------------

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._render(size, mode, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._render(size, mode, max(1.0, scale))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self._render(QSize(side, side), mode, max(1.0, scale))
        top_left = rect.topLeft() + QPoint((rect.width() - side) // 2, (rect.height() - side) // 2)
        painter.drawPixmap(QRect(top_left, QSize(side, side)), pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "parley-tinted-svg"

    def clone(self) -> QIconEngine:
        return TintedSvgIconEngine(self._svg, self._color)
