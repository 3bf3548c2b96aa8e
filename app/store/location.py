"""Where Parley keeps its data: platformdirs' user data dir unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app.identity import DATA_DIR_ENV, DATA_DIR_NAME, DATABASE_FILE_NAME


def default_data_dir() -> Path:
    """The per-user data folder the platform expects (~/.local/share/Parley on Linux)."""
    return Path(platformdirs.user_data_dir(DATA_DIR_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then $PARLEY_DATA_DIR, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE_NAME


def ensure_data_dir(data_dir: Path) -> None:
    """Create the folder, private to the user on POSIX (0700)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            os.chmod(data_dir, 0o700)
        except PermissionError:
            pass  # a shared folder the user does not own: leave its mode alone


def data_size_bytes(data_dir: Path) -> int:
    """Bytes used by the database and its WAL/backup files."""
    total = 0
    if data_dir.is_dir():
        for entry in data_dir.iterdir():
            if entry.is_file():
                total += entry.stat().st_size
    return total
