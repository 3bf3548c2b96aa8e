"""The typed settings registry: defaults, types, persistence, isolation, upgrades."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.ui import settings_registry
from app.ui.settings_registry import SettingsRegistry, settings, settings_path


def test_defaults_when_nothing_is_stored():
    registry = SettingsRegistry()
    assert registry.get("theme") == "system"
    assert registry.get("language") == "system"
    assert registry.get("window/sidebar_visible") is True
    assert registry.get("window/geometry") == QByteArray()


def test_file_lives_under_the_test_config_home():
    path = settings_path()
    assert path.is_relative_to(Path(os.environ["XDG_CONFIG_HOME"]))
    settings.set("theme", "dark")
    settings.sync()
    assert path.is_file()
    assert "dark" in path.read_text()


def test_values_survive_a_new_registry_with_their_types(qtbot):
    first = SettingsRegistry()
    with qtbot.waitSignal(first.changed) as signal:
        first.set("theme", "dark")
    assert signal.args == ["appearance/theme", "dark"]
    first.set("window/sidebar_visible", False)
    first.set("session/last_project", 7)
    first.set("window/geometry", QByteArray(b"\x01\x02geometry"))
    first.sync()

    second = SettingsRegistry()
    assert second.get("theme") == "dark"
    assert second.get("window/sidebar_visible") is False
    assert second.get("session/last_project") == 7
    assert bytes(second.get("window/geometry")) == b"\x01\x02geometry"


def test_bad_stored_values_fall_back_to_defaults():
    raw = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    raw.setValue("appearance/theme", "purple")
    raw.setValue("session/last_project", "not a number")
    raw.sync()
    registry = SettingsRegistry()
    assert registry.get("theme") == "system"
    assert registry.get("session/last_project") == 0


def test_unknown_keys_are_a_programming_error():
    with pytest.raises(KeyError):
        SettingsRegistry().get("no/such/key")


def test_setting_the_same_value_twice_emits_once(qtbot):
    registry = SettingsRegistry()
    seen = []
    registry.changed.connect(lambda key, value: seen.append(value))
    registry.set("theme", "light")
    registry.set("theme", "light")
    assert seen == ["light"]


def test_other_parts_declare_their_own_settings():
    settings_registry.register(settings_registry.Setting("tests/answer", int, 42))
    registry = SettingsRegistry()
    assert registry.get("tests/answer") == 42
    registry.set("tests/answer", "43")
    assert registry.get("tests/answer") == 43
    with pytest.raises(ValueError):
        settings_registry.register(settings_registry.Setting("tests/answer", str, "x"))


def test_an_older_file_is_upgraded_step_by_step(monkeypatch):
    raw = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    raw.setValue("meta/version", 0)
    raw.setValue("ui/colour_scheme", "dark")  # where a version-0 file kept the theme
    raw.sync()

    def rename_theme(store: QSettings) -> None:
        store.setValue("appearance/theme", store.value("ui/colour_scheme"))
        store.remove("ui/colour_scheme")

    monkeypatch.setitem(settings_registry.UPGRADES, 0, rename_theme)
    registry = SettingsRegistry()
    assert registry.get("theme") == "dark"
    registry.sync()
    reread = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    assert int(reread.value("meta/version")) == settings_registry.SETTINGS_VERSION
    assert not reread.contains("ui/colour_scheme")
