"""Put Parley in the user's application menu (freedesktop.org: Linux and the BSDs).

Installs, for the current user only (no root):

- ``$XDG_DATA_HOME/applications/app.parley.Parley.desktop``, from the template in
  ``packaging/linux/`` with ``Exec`` pointing at *this* Parley (the frozen executable, the
  ``parley`` script of the environment it runs from, or ``python -m app``);
- the application icon in ``$XDG_DATA_HOME/icons/hicolor/<size>/apps/`` (PNGs and the SVG);
- the AppStream metainfo in ``$XDG_DATA_HOME/metainfo/``, for software centres.

Every file is written to a temporary name and renamed, so a menu never sees half a file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.identity import APP_ID, EXECUTABLE_NAME
from app.resources import base_dir, is_frozen, resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_DESKTOP_FILE = f"{APP_ID}.desktop"
_METAINFO_FILE = f"{APP_ID}.metainfo.xml"


class DesktopEntryError(Exception):
    """The desktop entry cannot be installed; the text says why, in one line."""


@dataclass(frozen=True)
class InstalledFiles:
    """What :func:`install` wrote (or :func:`uninstall` removed)."""

    desktop_file: Path
    icons: tuple[Path, ...]
    metainfo: Path | None


def template_dir() -> Path:
    """``packaging/linux`` in a checkout; the spec copies it to the same place in a bundle."""
    return base_dir() / "packaging" / "linux"


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts this very Parley: what the menu entry will run."""
    if is_frozen():
        return [str(Path(sys.executable).resolve())]
    script_dir = Path(sys.executable).parent
    for name in (EXECUTABLE_NAME, f"{EXECUTABLE_NAME}.exe"):
        script = script_dir / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [str(Path(sys.executable)), "-m", "app"]


def quote_exec_argument(argument: str) -> str:
    """Quote one argument for a desktop file's ``Exec`` key.

    The Desktop Entry spec: arguments with reserved characters are put in double quotes,
    inside which ``"`` `` ` `` ``$`` and ``\\`` are backslash-escaped; then, as for every
    string value, each backslash is written twice; a literal ``%`` is written ``%%``.
    """
    argument = argument.replace("%", "%%")
    if argument and not re.search(r"[\s\"'\\><~|&;$*?#()`]", argument):
        return argument
    quoted = re.sub(r'(["`$\\])', r"\\\1", argument)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def render_desktop_file(template: str, command: list[str], working_dir: Path | None = None) -> str:
    """The template with ``Exec`` and ``TryExec`` pointing at ``command`` (run in
    ``working_dir`` when given: ``python -m app`` from a checkout needs the checkout)."""
    exec_line = " ".join(quote_exec_argument(part) for part in command)
    lines = []
    for line in template.splitlines():
        if line.startswith(("Exec=", "Path=")):
            continue
        if line.startswith("TryExec="):
            lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
            lines.append(f"Exec={exec_line}")
            if working_dir is not None:
                lines.append("Path=" + str(working_dir).replace("\\", "\\\\"))
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def _write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _icon_targets(root: Path) -> list[tuple[Path, Path]]:
    hicolor = root / "icons" / "hicolor"
    pairs = [
        (
            resource_path("icons", "app", f"parley-{size}.png"),
            hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
        )
        for size in ICON_SIZES
    ]
    svg = resource_path("icons", "app", "parley.svg")
    pairs.append((svg, hicolor / "scalable" / "apps" / f"{APP_ID}.svg"))
    return pairs


def _refresh_caches(root: Path) -> None:
    """Refresh the icon and MIME caches if this folder has them; desktops watch the folders
    themselves. A cache is never created here: a stale one would hide other apps' icons."""
    icons = root / "icons" / "hicolor"
    applications = root / "applications"
    for cache, command in (
        (icons / "icon-theme.cache", ["gtk-update-icon-cache", "-q", "-t", "-f", str(icons)]),
        (applications / "mimeinfo.cache", ["update-desktop-database", "-q", str(applications)]),
    ):
        if cache.exists() and shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=60)


def _check_platform() -> None:
    if sys.platform == "darwin" or os.name == "nt":
        raise DesktopEntryError(
            "Menu entries are for Linux desktops; on macOS drag Parley.app to Applications, "
            "on Windows pin Parley.exe to Start."
        )


def install(extra_args: list[str] | None = None, root: Path | None = None) -> InstalledFiles:
    """Install the menu entry, icons and metainfo for the current user.

    ``extra_args`` are appended to the launch command (e.g. ``["--data-dir", DIR]``).
    """
    _check_platform()
    root = root or data_home()
    template = template_dir() / _DESKTOP_FILE
    try:
        text = template.read_text(encoding="utf-8")
    except OSError as exc:
        raise DesktopEntryError(
            f"Cannot read the desktop entry template {template}: {exc.strerror}"
        ) from exc
    sources = _icon_targets(root)
    missing = [str(src) for src, _ in sources if not src.is_file()]
    if missing:
        raise DesktopEntryError(f"This installation lacks the application icon {missing[0]}")
    command = launcher_command() + list(extra_args or [])
    icons = []
    for src, dst in sources:
        _write_atomically(dst, src.read_bytes())
        icons.append(dst)
    metainfo_src = template_dir() / _METAINFO_FILE
    metainfo = None
    if metainfo_src.is_file():
        metainfo = root / "metainfo" / _METAINFO_FILE
        _write_atomically(metainfo, metainfo_src.read_bytes())
    desktop_file = root / "applications" / _DESKTOP_FILE
    # The entry goes last: once it exists, the menu shows it, and its icon is already there.
    # `python -m app` finds the package only from the checkout it lives in.
    working_dir = base_dir() if command[1:3] == ["-m", "app"] else None
    _write_atomically(desktop_file, render_desktop_file(text, command, working_dir).encode("utf-8"))
    _refresh_caches(root)
    return InstalledFiles(desktop_file, tuple(icons), metainfo)


def uninstall(root: Path | None = None) -> InstalledFiles:
    """Remove what :func:`install` wrote; returns the files that were there."""
    _check_platform()
    root = root or data_home()
    desktop_file = root / "applications" / _DESKTOP_FILE
    metainfo = root / "metainfo" / _METAINFO_FILE
    removed_icons = []
    for _, dst in _icon_targets(root):
        if dst.exists():
            dst.unlink()
            removed_icons.append(dst)
    had_metainfo = metainfo.exists()
    metainfo.unlink(missing_ok=True)
    desktop_file.unlink(missing_ok=True)
    _refresh_caches(root)
    return InstalledFiles(desktop_file, tuple(removed_icons), metainfo if had_metainfo else None)
