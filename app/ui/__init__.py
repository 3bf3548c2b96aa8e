"""The Qt user interface: widgets, item models, delegates. No SQL lives here."""

from app.ui import none_refcount_guard as _none_refcount_guard

# PySide6 6.12 on Python 3.11 loses a reference to None on every void call: see the module.
_none_refcount_guard.install()
