"""The Linux menu entry and AppStream metainfo: valid, consistent, installable."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import identity
from app.services import desktop_entry

DESKTOP = desktop_entry.template_dir() / f"{identity.APP_ID}.desktop"
METAINFO = desktop_entry.template_dir() / f"{identity.APP_ID}.metainfo.xml"

pytestmark = pytest.mark.skipif(
    sys.platform in ("darwin", "win32"), reason="menu entries are for freedesktop.org desktops"
)
needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)


def desktop_keys(text: str) -> dict[str, str]:
    keys = {}
    for line in text.splitlines():
        if line.startswith("[") and line != "[Desktop Entry]":
            break
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


@needs_validator
def test_the_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even hints


def test_the_desktop_file_names_parley_consistently():
    keys = desktop_keys(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Name"] == identity.APP_NAME
    assert keys["Icon"] == identity.APP_ID
    assert keys["Exec"].split()[0] == identity.EXECUTABLE_NAME
    assert keys["StartupWMClass"] == identity.APP_NAME


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_the_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_matches_the_app_and_announces_this_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == identity.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == identity.LICENSE
    versions = [release.get("version") for release in root.iter("release")]
    assert versions and versions[0] == identity.APP_VERSION


@needs_validator
def test_install_puts_a_valid_entry_and_icons_in_the_menu_folders(tmp_path):
    installed = desktop_entry.install(["--data-dir", str(tmp_path / "my data")], root=tmp_path)
    assert installed.desktop_file == tmp_path / "applications" / DESKTOP.name
    result = subprocess.run(
        ["desktop-file-validate", str(installed.desktop_file)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    keys = desktop_keys(installed.desktop_file.read_text(encoding="utf-8"))
    command = desktop_entry.launcher_command()
    assert keys["Exec"].startswith(desktop_entry.quote_exec_argument(command[0]))
    assert keys["Exec"].endswith(f'--data-dir "{tmp_path / "my data"}"')
    assert Path(keys["TryExec"]).is_file()
    for size in desktop_entry.ICON_SIZES:
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{identity.APP_ID}.png"
        assert png.read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{identity.APP_ID}.svg").is_file()
    assert installed.metainfo is not None and installed.metainfo.is_file()
    assert not list(tmp_path.rglob("*.tmp-*"))  # nothing half-written left behind


def test_uninstall_removes_what_install_wrote(tmp_path):
    desktop_entry.install(root=tmp_path)
    desktop_entry.uninstall(root=tmp_path)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/parley", "/usr/bin/parley"),
        ("/home/a b/parley", '"/home/a b/parley"'),
        ("100%", "100%%"),
        ('say "hi"', '"say \\\\"hi\\\\""'),
        ("$HOME", '"\\\\$HOME"'),
        ("C:\\dir", '"C:\\\\\\\\dir"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument, quoted):
    assert desktop_entry.quote_exec_argument(argument) == quoted


def test_the_install_desktop_command_installs_and_uninstalls(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), PYTHONPATH=str(root))
    command = [sys.executable, "-m", "app", "install-desktop"]
    installed = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert installed.returncode == 0, installed.stderr
    assert (tmp_path / "applications" / DESKTOP.name).is_file()
    assert "application menu" in installed.stdout
    removed = subprocess.run(
        [*command, "--uninstall"], cwd=root, env=env, capture_output=True, text=True, timeout=60
    )
    assert removed.returncode == 0, removed.stderr
    assert not (tmp_path / "applications" / DESKTOP.name).exists()
