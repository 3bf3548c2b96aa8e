"""One typed registry of the window's settings, stored with QSettings.

Every setting is declared once with its type and default (:data:`REGISTRY`); other parts of
the app declare theirs with :func:`register`. Reading an unknown key is a programming error,
reading a stored value of the wrong type gives the default, so a hand-edited or older file
never crashes the app. The file carries a format version and upgrade steps
(:data:`UPGRADES`), the way Picard's ``config_upgrade`` does.

The file is an INI under the platform's per-user config folder
(``$XDG_CONFIG_HOME/Parley/settings.ini`` on Linux). Its path is worked out on every access
rather than once per process, so tests that point ``XDG_CONFIG_HOME`` at a temporary folder
each get their own settings.

    from app.ui.settings_registry import settings
    settings.get("theme")           # "system"
    settings.set("theme", "dark")   # emits settings.changed("theme", "dark")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import platformdirs
from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from app.identity import APP_NAME

#: Version of the settings layout; bump it and add a step to UPGRADES when keys move.
SETTINGS_VERSION = 1
_VERSION_KEY = "meta/version"

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Setting:
    """A declared setting: its key, value type, default and (optionally) allowed values."""

    key: str
    type: type
    default: Any
    choices: tuple = field(default=())

    def coerce(self, raw: Any) -> Any:
        """The stored value as this setting's type, or the default if it cannot be one."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes", "on")
            elif self.type is QByteArray:
                value = raw if isinstance(raw, QByteArray) else QByteArray(bytes(raw))
            elif self.type in (int, float, str):
                value = self.type(raw)
            else:
                value = raw
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        return value


REGISTRY: dict[str, Setting] = {}


def register(setting: Setting) -> Setting:
    """Declare a setting (other parts of the app call this for their own keys)."""
    existing = REGISTRY.get(setting.key)
    if existing is not None and existing != setting:
        raise ValueError(f"setting {setting.key!r} is already declared differently")
    REGISTRY[setting.key] = setting
    return setting


for _setting in (
    Setting("appearance/theme", str, "system", THEMES),
    # "system" follows the desktop's language; otherwise a locale name such as "zh_CN" or "en".
    Setting("appearance/language", str, "system"),
    Setting("window/geometry", QByteArray, QByteArray()),
    Setting("window/state", QByteArray, QByteArray()),
    Setting("window/splitter", QByteArray, QByteArray()),
    Setting("window/sidebar_visible", bool, True),
    # The last open conversation belongs to one data folder: both are stored together.
    Setting("session/data_dir", str, ""),
    Setting("session/last_conversation", str, ""),
    Setting("session/last_project", int, 0),
):
    register(_setting)

#: Short names for the keys used most (``settings.get("theme")``).
ALIASES = {"theme": "appearance/theme", "language": "appearance/language"}

#: ``{from_version: step}``; each step rewrites a QSettings from that version to the next.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def settings_path() -> Path:
    """The settings file for the current user (honours XDG_CONFIG_HOME at every call)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


class SettingsRegistry(QObject):
    """Typed access to the settings file; emits :attr:`changed` when a value is set."""

    changed = Signal(str, object)  # full key, new value

    def __init__(self, path_provider: Callable[[], Path] = settings_path) -> None:
        super().__init__()
        self._path_provider = path_provider
        self._qsettings: QSettings | None = None
        self._path: Path | None = None

    def _store(self) -> QSettings:
        path = self._path_provider()
        if self._qsettings is None or path != self._path:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
            self._path = path
            self._upgrade(self._qsettings)
        return self._qsettings

    @staticmethod
    def _upgrade(store: QSettings) -> None:
        version = store.value(_VERSION_KEY)
        try:
            version = int(version) if version is not None else None
        except (TypeError, ValueError):
            version = None
        if version is None:  # a new file: nothing to upgrade
            store.setValue(_VERSION_KEY, SETTINGS_VERSION)
            return
        while version < SETTINGS_VERSION:
            step = UPGRADES.get(version)
            if step is not None:
                step(store)
            version += 1
            store.setValue(_VERSION_KEY, version)

    @staticmethod
    def _setting(key: str) -> Setting:
        key = ALIASES.get(key, key)
        try:
            return REGISTRY[key]
        except KeyError:
            raise KeyError(f"unknown setting {key!r}: declare it with register()") from None

    def get(self, key: str) -> Any:
        """The value of a declared setting (its default when unset or unreadable)."""
        setting = self._setting(key)
        return setting.coerce(self._store().value(setting.key))

    def set(self, key: str, value: Any) -> None:
        """Store a value; emits :attr:`changed` when it differs from the current one."""
        setting = self._setting(key)
        value = setting.coerce(value)
        if self.get(setting.key) == value and self._store().contains(setting.key):
            return
        self._store().setValue(setting.key, value)
        self.changed.emit(setting.key, value)

    def reset(self, key: str) -> None:
        """Forget a stored value, so the default applies again."""
        setting = self._setting(key)
        self._store().remove(setting.key)
        self.changed.emit(setting.key, setting.default)

    def sync(self) -> None:
        """Write pending changes to disk now (QSettings otherwise does it lazily)."""
        if self._qsettings is not None:
            self._qsettings.sync()

    def path(self) -> Path:
        return self._path_provider()


_instance: SettingsRegistry | None = None


def _registry() -> SettingsRegistry:
    global _instance
    if _instance is None:
        _instance = SettingsRegistry()
    return _instance


class _LazyRegistry:
    """Module-level ``settings`` that creates the QObject only when first used."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_registry(), name)


#: The application's settings; see the module docstring.
settings: SettingsRegistry = _LazyRegistry()  # type: ignore[assignment]
