"""Build the double-clickable Parley for this platform, then run its self-test.

    python packaging/build.py            # -> dist/Parley/ (Linux, Windows) or dist/Parley.app

Steps: compile the translations (``i18n/*.ts`` -> ``.qm``), run PyInstaller with
``packaging/parley.spec`` (one folder, windowed), run ``<bundle> --self-test`` offscreen on a
temporary data folder, and report the bundle's size. Exits non-zero if any step fails.
Needs the ``build`` extra: ``pip install -e ".[build]"``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import identity  # noqa: E402

SPEC = ROOT / "packaging" / "parley.spec"
BUILD_DIR = ROOT / "build"
DIST_DIR = ROOT / "dist"
QM_DIR = BUILD_DIR / "i18n"
SELF_TEST_TIMEOUT_S = 180


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def compile_translations() -> list[Path]:
    """Compile every ``i18n/*.ts`` into ``build/i18n/*.qm`` (the spec bundles that folder)."""
    from app.ui.i18n import compile_ts

    if QM_DIR.exists():
        shutil.rmtree(QM_DIR)
    QM_DIR.mkdir(parents=True)
    built = []
    for ts_file in sorted((ROOT / "i18n").glob("*.ts")):
        qm_file = QM_DIR / f"{ts_file.stem}.qm"
        if not compile_ts(ts_file, qm_file):
            raise SystemExit(f"could not compile {ts_file.name} (is pyside6-lrelease installed?)")
        built.append(qm_file)
    return built


def run_pyinstaller() -> None:
    env = dict(os.environ, PARLEY_QM_DIR=str(QM_DIR))
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
        "--log-level", "WARN",
        "--distpath", str(DIST_DIR), "--workpath", str(BUILD_DIR / "pyinstaller"),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, env=env)
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit {result.returncode})")


def bundle_root() -> Path:
    if sys.platform == "darwin":
        return DIST_DIR / f"{identity.APP_NAME}.app"
    return DIST_DIR / identity.APP_NAME


def bundle_executable() -> Path:
    if sys.platform == "darwin":
        return bundle_root() / "Contents" / "MacOS" / identity.APP_NAME
    if sys.platform == "win32":
        return bundle_root() / f"{identity.APP_NAME}.exe"
    return bundle_root() / identity.EXECUTABLE_NAME


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run_self_test(executable: Path) -> None:
    """Run the bundle's own self-test; its output explains any failure."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PARLEY_DATA_DIR", None)
    say(f"self-test: {executable} --self-test")
    try:
        result = subprocess.run(
            [str(executable), "--self-test"], env=env, timeout=SELF_TEST_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(f"the bundle's self-test did not finish in {SELF_TEST_TIMEOUT_S} s")
    if result.returncode != 0:
        raise SystemExit(f"the bundle's self-test failed (exit {result.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-build", action="store_true", help="only run the self-test on the existing bundle"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.skip_build:
        qm_files = compile_translations()
        say(f"translations: {', '.join(q.stem for q in qm_files) or 'none'}")
        say("running PyInstaller (a few minutes)")
        run_pyinstaller()
    executable = bundle_executable()
    if not executable.is_file():
        raise SystemExit(f"no bundle at {executable}")
    run_self_test(executable)
    size = folder_size(bundle_root())
    say(f"bundle: {bundle_root()} ({size / 1e6:.1f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
