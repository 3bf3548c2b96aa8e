"""Finding bundled files (icons, styles, translations) from source and when frozen.

From a source checkout or an editable install the files sit in the repository
(``resources/``, ``i18n/``); in a PyInstaller bundle they are unpacked under
``sys._MEIPASS`` with the same relative layout (the spec in ``packaging/`` puts them there).
"""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def base_dir() -> Path:
    """The folder holding ``resources/`` and ``i18n/``."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (e.g. ``resource_path("icons", "parley.svg")``)."""
    return base_dir().joinpath("resources", *parts)


def i18n_dir() -> Path:
    """The folder with the Qt Linguist ``.ts`` sources and compiled ``.qm`` files."""
    return base_dir() / "i18n"
