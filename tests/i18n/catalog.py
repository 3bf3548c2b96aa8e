"""Reading Qt Linguist ``.ts`` files, re-running ``lupdate`` on copies, building a pseudo-locale.

Shared by the translation tests; nothing here touches the committed files.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from app.resources import i18n_dir
from app.ui import i18n

APP_SOURCE = Path(i18n.__file__).resolve().parent.parent  # .../app
#: The brackets every pseudo-translated string is wrapped in.
OPEN, CLOSE = "\u27e6", "\u27e7"


@dataclass(frozen=True)
class Entry:
    """One ``<message>`` of a ``.ts`` file."""

    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]  # the translation, or its plural forms

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> tuple[str, list[Entry]]:
    """The file's target language and its entries, in file order."""
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "unfinished", ()
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=kind,
                    forms=forms,
                )
            )
    return root.get("language", ""), entries


def shipped_ts_files() -> list[Path]:
    """Every committed ``i18n/*.ts`` (``en.ts`` holds only English plural forms)."""
    return sorted(i18n_dir().glob("*.ts"))


def lupdate(ts_files: list[Path], *, plural_only: bool = False) -> str:
    """Run lupdate over ``app/`` into ``ts_files`` exactly as ``python -m app.ui.i18n update``."""
    command = i18n.lupdate_command()
    assert command is not None, "pyside6-lupdate is not installed beside pyside6-lrelease"
    options = ["-extensions", "py", "-locations", "none", "-no-obsolete"]
    if plural_only:
        options.append("-pluralonly")
    result = subprocess.run(
        [*command, *options, str(APP_SOURCE), "-ts", *map(str, ts_files)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def refreshed_copies(tmp_path: Path) -> dict[str, Path]:
    """Copies of every shipped ``.ts`` after lupdate has re-scanned the current sources."""
    copies = {}
    for path in shipped_ts_files():
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        copies[path.stem] = copy
    regular = [path for stem, path in copies.items() if stem != i18n.SOURCE_LANGUAGE]
    if regular:
        lupdate(regular)
    if i18n.SOURCE_LANGUAGE in copies:
        lupdate([copies[i18n.SOURCE_LANGUAGE]], plural_only=True)
    return copies


def write_pseudo_ts(path: Path) -> Path:
    """A ``.ts`` of every string in ``app/`` translated as ``⟦source⟧`` (plural forms too)."""
    lupdate([path])  # creates the file from the sources
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        pseudo = OPEN + source + CLOSE
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):  # English has two forms
                ET.SubElement(translation, "numerusform").text = pseudo
        else:
            translation.text = pseudo
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path
