"""Translations: Parley's own (``i18n/<locale>.ts``) and Qt's (``qtbase_<locale>.qm``).

The language follows the system unless the user picked one in Settings
(``appearance/language``: "system", "en" or a locale such as "zh_CN"). Switching at runtime
swaps the translators; Qt then sends every widget a ``LanguageChange`` event and widgets
retranslate themselves.

Only ``.ts`` sources are committed. ``python -m app.ui.i18n build`` compiles them into
``.qm`` files beside them (the packaging step does this); ``python -m app.ui.i18n update``
runs ``lupdate`` over ``app/`` to add new strings to every ``.ts`` (``en.ts`` holds only the
English plural forms of "%n item(s)" sources). From a source checkout, a missing
or outdated ``.qm`` is compiled at start-up with ``lrelease`` into the user's cache folder,
so the app always shows the current translations.
"""

from __future__ import annotations

import hashlib
from collections import Counter
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.identity import APP_NAME
from app.resources import i18n_dir

log = logging.getLogger(__name__)

SYSTEM = "system"
#: The language the source strings are written in: it needs no translator.
SOURCE_LANGUAGE = "en"


translate = QCoreApplication.translate


# ---------------------------------------------------------------------------- compiling


def lrelease_command() -> list[str] | None:
    """How to run Qt's ``lrelease`` here, or None when it is not installed."""
    exe = ".exe" if os.name == "nt" else ""
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / f"lrelease{exe}"
        if binary.is_file():
            return [str(binary)]
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        pass
    bindir = Path(sys.executable).parent
    for candidate in (bindir / f"pyside6-lrelease{exe}", bindir / "pyside6-lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_ts(ts_file: Path, qm_file: Path) -> bool:
    """Compile one ``.ts`` into ``.qm`` (written atomically). Returns success."""
    command = lrelease_command()
    if command is None:
        log.info("lrelease is not available: cannot compile %s", ts_file)
        return False
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=qm_file.stem, suffix=".qm.tmp", dir=qm_file.parent)
    os.close(fd)
    try:
        result = subprocess.run(
            [*command, "-silent", str(ts_file), "-qm", temp_name],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if result.returncode != 0 or os.path.getsize(temp_name) == 0:
            log.warning("lrelease failed on %s: %s", ts_file, result.stderr.strip())
            return False
        os.replace(temp_name, qm_file)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", ts_file, exc)
        return False
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)


def _cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "i18n"


def _is_current(qm_file: Path, ts_file: Path) -> bool:
    try:
        return qm_file.stat().st_mtime >= ts_file.stat().st_mtime
    except OSError:
        return False


def qm_for(name: str, directory: Path | None = None) -> Path | None:
    """A current ``.qm`` for the translation ``name`` (e.g. "zh_CN"), compiling if needed."""
    directory = directory or i18n_dir()
    ts_file = directory / f"{name}.ts"
    beside = directory / f"{name}.qm"
    if not ts_file.is_file():  # a frozen build ships only .qm files
        return beside if beside.is_file() else None
    if _is_current(beside, ts_file):
        return beside
    # The cache name carries the source's path, so two checkouts never share a file.
    digest = hashlib.sha1(str(ts_file.resolve()).encode()).hexdigest()[:10]
    cached = _cache_dir() / f"{name}-{digest}.qm"
    if _is_current(cached, ts_file) or compile_ts(ts_file, cached):
        return cached
    if beside.is_file():
        log.warning("using an outdated %s (could not compile %s)", beside, ts_file)
        return beside
    return None


def build(directory: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in ``i18n/`` into a ``.qm`` beside it; returns the files."""
    directory = directory or i18n_dir()
    built = []
    for ts_file in sorted(directory.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if not compile_ts(ts_file, qm_file):
            raise RuntimeError(f"could not compile {ts_file} (is pyside6-lrelease installed?)")
        built.append(qm_file)
    return built


# ---------------------------------------------------------------------------- choosing


def translation_names(directory: Path | None = None) -> list[str]:
    """Locale names with a translation shipped ("zh_CN", "de", ...)."""
    directory = directory or i18n_dir()
    if not directory.is_dir():
        return []
    names = {path.stem for path in directory.iterdir() if path.suffix in (".ts", ".qm")}
    names.discard(SOURCE_LANGUAGE)
    return sorted(names)


def language_display_name(name: str) -> str:
    """The language's own name ("简体中文", "Deutsch"), for the language menu."""
    if name == SOURCE_LANGUAGE:
        return "English"
    locale = QLocale(name)
    if locale.language() == QLocale.Language.C:
        return name
    text = locale.nativeLanguageName() or name
    if "_" not in name:
        # A translation for the whole language ("es"): Qt names its default region's variant
        # ("español de España"); the name most of the language's locales share is the plain one.
        names = Counter(
            other.nativeLanguageName()
            for other in QLocale.matchingLocales(locale.language(), locale.script(), QLocale.Country.AnyCountry)
            if other.nativeLanguageName()
        )
        if names:
            text = names.most_common(1)[0][0]
    return text[:1].upper() + text[1:]


def language_choices() -> list[tuple[str, str]]:
    """``(setting value, label)`` for the language selector: System, English, then the rest."""
    choices = [(SYSTEM, translate("i18n", "System default")), (SOURCE_LANGUAGE, "English")]
    for name in translation_names():
        choices.append((name, language_display_name(name)))
    return choices


def resolve_locale(language: str) -> QLocale:
    """The locale for a setting value ("system" means the desktop's)."""
    if not language or language == SYSTEM:
        system = QLocale.system()
        # LANG=C (a bare container, a service manager) is no one's language: the POSIX
        # locale's dates read "19 10 2026". Show the source language's conventions instead.
        if system.language() == QLocale.Language.C:
            return QLocale("en_US")
        return system
    return QLocale(language)


def translation_for(locale: QLocale, names: list[str] | None = None) -> str | None:
    """The best shipped translation for ``locale`` ("zh_CN" for zh-Hans-CN), if any."""
    names = translation_names() if names is None else names
    available = set(names)
    candidates = [locale.name()]
    for tag in locale.uiLanguages():
        candidates.append(tag.replace("-", "_"))
    language_only = locale.name().split("_")[0]
    candidates.append(language_only)
    for candidate in candidates:
        if candidate in available:
            return candidate
    # A translation for another region of the same language beats none (zh_SG -> zh_CN).
    for name in names:
        if name.split("_")[0] == language_only and language_only != SOURCE_LANGUAGE:
            return name
    return None


# ---------------------------------------------------------------------------- installing


class Translators:
    """The translators installed in the application; :meth:`apply` swaps them."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = SYSTEM
        self.translation: str | None = None

    def apply(self, app: QCoreApplication, language: str) -> str | None:
        """Install translators for a setting value; returns the Parley translation used."""
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        locale = resolve_locale(language)
        QLocale.setDefault(locale)
        if language == SOURCE_LANGUAGE or locale.language() in (
            QLocale.Language.C,
            QLocale.Language.English,
        ):
            self.translation = None
            self._install_source_plurals(app)
            return None

        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_translator)
            self._installed.append(qt_translator)

        self.translation = translation_for(locale)
        if self.translation is not None:
            qm_file = qm_for(self.translation)
            ours = QTranslator(app)
            if qm_file is not None and ours.load(str(qm_file)):
                app.installTranslator(ours)
                self._installed.append(ours)
            else:
                log.warning("could not load the %s translation", self.translation)
                self.translation = None
        if self.translation is None:
            self._install_source_plurals(app)
        return self.translation

    def _install_source_plurals(self, app: QCoreApplication) -> None:
        """English plural forms ("1 match", "3 matches") for the "%n match(es)" sources.

        ``i18n/en.ts`` holds only the numerus entries (``lupdate -pluralonly``); without it
        English would read "3 match(es)".
        """
        qm_file = qm_for(SOURCE_LANGUAGE)
        plurals = QTranslator(app)
        if qm_file is not None and plurals.load(str(qm_file)):
            app.installTranslator(plurals)
            self._installed.append(plurals)


_translators = Translators()


def apply_language(app: QCoreApplication, language: str) -> str | None:
    """Switch the application's language (see :class:`Translators`)."""
    return _translators.apply(app, language)


def current_translation() -> str | None:
    """The Parley translation in use ("zh_CN"), or None for English."""
    return _translators.translation


def lupdate_command() -> list[str] | None:
    """How to run Qt's ``lupdate`` (beside ``lrelease``), or None."""
    found = lrelease_command()
    if found is None:
        return None
    path = Path(found[0])
    candidate = path.with_name(path.name.replace("lrelease", "lupdate"))
    return [str(candidate)] if candidate.is_file() else None


def update(directory: Path | None = None) -> int:
    """Re-scan ``app/`` for tr() strings into every ``.ts`` (new ones left unfinished)."""
    directory = directory or i18n_dir()
    command = lupdate_command()
    if command is None:
        raise RuntimeError("lupdate is not available (install PySide6-Essentials)")
    ts_files = sorted(str(path) for path in directory.glob("*.ts") if path.stem != SOURCE_LANGUAGE)
    if not ts_files:
        raise RuntimeError(f"no .ts files in {directory}")
    source = Path(__file__).resolve().parent.parent
    options = ["-extensions", "py", "-locations", "none", "-no-obsolete", str(source)]
    code = subprocess.run([*command, *options, "-ts", *ts_files], check=False).returncode
    # English needs only its plural forms (the "%n match(es)" sources); see Translators.
    source_plurals = directory / f"{SOURCE_LANGUAGE}.ts"
    if code == 0 and source_plurals.is_file():
        code = subprocess.run(
            [*command, *options, "-pluralonly", "-ts", str(source_plurals)], check=False
        ).returncode
    return code


def main(argv: list[str] | None = None) -> int:
    """``python -m app.ui.i18n build|update``: compile ``.ts`` to ``.qm`` / refresh ``.ts``."""
    argv = sys.argv[1:] if argv is None else argv
    if argv not in (["build"], ["update"]):
        print("usage: python -m app.ui.i18n build|update", file=sys.stderr)
        print("  build   compile every i18n/*.ts into a .qm beside it", file=sys.stderr)
        print("  update  add new tr() strings from app/ to every i18n/*.ts (lupdate)", file=sys.stderr)
        return 2
    try:
        if argv == ["update"]:
            return update()
        for qm_file in build():
            print(qm_file)
    except RuntimeError as exc:
        print(f"i18n: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
