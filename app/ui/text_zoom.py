"""View > Zoom In / Zoom Out / Actual Size: the conversation's text size, remembered.

The zoom scales the text of the messages and of the composer's input, the way a browser
zooms a page and leaves its own toolbar alone; the sidebar, bars and menus keep the system
size. Each widget gets its own ``setFont`` (a font set on a parent does not reach children
styled by the application's style sheet); the message view re-lays its documents when its
font changes (its ``FontChange`` handler). Ctrl+wheel over the messages zooms too. The level is a percentage among :data:`STEPS`, stored in the
settings (``view/text_zoom``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from app.ui.settings_registry import Setting, register, settings

#: The zoom levels, in percent (those of browsers, bounded where text stops being useful).
STEPS = (67, 80, 90, 100, 110, 125, 150, 175, 200)
DEFAULT = 100

ZOOM_SETTING = register(Setting("view/text_zoom", int, DEFAULT, STEPS))


class TextZoom(QObject):
    """Holds the zoom level and applies it to the widgets it is given."""

    #: The level changed (percent).
    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._level = settings.get(ZOOM_SETTING.key)
        self._widgets: list[QWidget] = []
        self._wheel_targets: set[QObject] = set()

    def level(self) -> int:
        return self._level

    def can_zoom_in(self) -> bool:
        return self._level < STEPS[-1]

    def can_zoom_out(self) -> bool:
        return self._level > STEPS[0]

    def zoom_in(self) -> None:
        self.set_level(next((step for step in STEPS if step > self._level), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_level(next((step for step in reversed(STEPS) if step < self._level), STEPS[0]))

    def reset(self) -> None:
        self.set_level(DEFAULT)

    def set_level(self, percent: int) -> None:
        percent = percent if percent in STEPS else DEFAULT
        if percent == self._level:
            return
        self._level = percent
        settings.set(ZOOM_SETTING.key, percent)
        for widget in self._widgets:
            self._apply(widget)
        self.changed.emit(percent)

    def attach(self, widget: QWidget, *, wheel: QWidget | None = None) -> None:
        """Scale ``widget``'s text from now on; Ctrl+wheel over ``wheel`` zooms."""
        self._widgets.append(widget)
        widget.destroyed.connect(lambda *_: self._forget(widget))
        if wheel is not None:
            wheel.installEventFilter(self)
            self._wheel_targets.add(wheel)
        self._apply(widget)

    def _forget(self, widget: QWidget) -> None:
        self._widgets = [w for w in self._widgets if w is not widget]

    def _apply(self, widget: QWidget) -> None:
        font = QFont()  # only the size is set; family and the rest stay inherited
        if self._level != DEFAULT:  # at 100% nothing is set: the application font applies again
            base = QGuiApplication.font()
            if base.pointSizeF() > 0:
                font.setPointSizeF(base.pointSizeF() * self._level / 100)
            else:
                font.setPixelSize(max(6, round(base.pixelSize() * self._level / 100)))
        widget.setFont(font)
        if isinstance(widget, QAbstractScrollArea):
            # The viewport paints some text itself (a text field's placeholder) with its own font.
            widget.viewport().setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched in self._wheel_targets
            and event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            return True  # Ctrl+wheel never scrolls
        return super().eventFilter(watched, event)
