"""Translations: the zh_CN translation compiles, loads, and switches the app's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.resources import i18n_dir
from app.ui import i18n

pytestmark = pytest.mark.skipif(i18n.lrelease_command() is None, reason="needs Qt's lrelease")


def test_shipped_translations_are_listed_with_their_own_names():
    choices = dict(i18n.language_choices())
    assert choices["system"]
    assert choices["en"] == "English"
    assert choices["zh_CN"] == "简体中文"


def test_a_missing_qm_is_compiled_into_the_cache(tmp_path, monkeypatch):
    source = tmp_path / "i18n"
    source.mkdir()
    shutil.copy(i18n_dir() / "zh_CN.ts", source / "zh_CN.ts")
    qm = i18n.qm_for("zh_CN", source)
    assert qm is not None and qm.is_file()
    assert not (source / "zh_CN.qm").exists()  # the source folder is left alone
    assert qm.stat().st_size > 1000


def test_build_writes_qm_files_beside_the_sources(tmp_path):
    source = tmp_path / "i18n"
    source.mkdir()
    shutil.copy(i18n_dir() / "zh_CN.ts", source / "zh_CN.ts")
    built = i18n.build(source)
    assert built == [source / "zh_CN.qm"]
    assert i18n.qm_for("zh_CN", source) == source / "zh_CN.qm"  # current: used as is


def test_an_outdated_qm_beside_the_source_is_not_used(tmp_path):
    source = tmp_path / "i18n"
    source.mkdir()
    (source / "zh_CN.qm").write_bytes(b"stale")
    shutil.copy(i18n_dir() / "zh_CN.ts", source / "zh_CN.ts")  # newer than the .qm
    qm = i18n.qm_for("zh_CN", source)
    assert qm != source / "zh_CN.qm"
    assert qm.read_bytes() != b"stale"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("en_GB", None), ("de_DE", None)],
)
def test_the_best_translation_for_a_locale(locale, expected):
    assert i18n.translation_for(QLocale(locale), ["zh_CN"]) == expected


def test_switching_language_translates_and_switches_back(qapp, english):
    assert QCoreApplication.translate("MainActions", "&File") == "&File"
    assert i18n.apply_language(qapp, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("MainActions", "&File") == "文件(&F)"
    assert QLocale().name() == "zh_CN"  # dates and numbers follow the language
    # Qt's own strings (standard buttons) are translated too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert i18n.apply_language(qapp, "en") is None
    assert QCoreApplication.translate("MainActions", "&File") == "&File"


def test_the_build_command_line(tmp_path, monkeypatch, capsys):
    source = tmp_path / "i18n"
    source.mkdir()
    shutil.copy(i18n_dir() / "zh_CN.ts", source / "zh_CN.ts")
    monkeypatch.setattr(i18n, "i18n_dir", lambda: source)
    assert i18n.main(["build"]) == 0
    assert Path(capsys.readouterr().out.strip()) == source / "zh_CN.qm"
    assert i18n.main(["nonsense"]) == 2
