"""Numbered schema migrations.

The schema version lives in ``PRAGMA user_version``. A fresh database is built by running
every migration from 1, so a new file and an upgraded one end identical by construction
(``tests/store/test_migrations.py`` checks it for every earlier version).

Before upgrading an existing file, a copy is taken with SQLite's backup API. All pending
migrations then run in one ``BEGIN IMMEDIATE`` transaction (SQLite DDL is transactional),
so a crash or error leaves the file exactly at its old version, never half-migrated.

To add a migration: write ``vNNN_what.py`` with ``VERSION = NNN`` and ``apply(database)``,
and list it in :data:`MIGRATIONS`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from types import ModuleType

import peewee

from app.store.errors import NewerSchemaError
from app.store.migrations import v001_initial, v002_search, v003_unfinished_answers

MIGRATIONS: list[ModuleType] = [v001_initial, v002_search, v003_unfinished_answers]

#: Backups of earlier versions kept beside the database.
KEEP_BACKUPS = 3


def latest_version() -> int:
    return max(m.VERSION for m in MIGRATIONS)


def schema_version(database: peewee.SqliteDatabase) -> int:
    return database.execute_sql("PRAGMA user_version").fetchone()[0]


def _has_tables(database: peewee.SqliteDatabase) -> bool:
    row = database.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return row[0] > 0


def backup(path: Path, version: int) -> Path:
    """Copy the live database to ``parley.db.bak-vN-TIMESTAMP`` (temp name, then rename)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(str(path))
    dest = sqlite3.connect(str(partial))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    os.replace(partial, target)
    if os.name == "posix":
        os.chmod(target, 0o600)
    _prune_backups(path)
    return target


def _prune_backups(path: Path) -> None:
    backups = sorted(path.parent.glob(f"{path.name}.bak-v*"), key=lambda p: p.stat().st_mtime)
    for old in backups[:-KEEP_BACKUPS]:
        if not old.name.endswith(".partial"):
            old.unlink(missing_ok=True)


def migrate(
    database: peewee.SqliteDatabase, path: Path | None, target: int | None = None
) -> int:
    """Bring the database to ``target`` (default: latest). Returns the version reached."""
    target = latest_version() if target is None else target
    current = schema_version(database)
    if current > latest_version():
        raise NewerSchemaError(
            f"This database ({path}) was written by a newer Parley (schema {current}; this "
            f"version knows up to {latest_version()}). Update Parley to open it."
        )
    if current >= target:
        return current
    if path is not None and (current > 0 or _has_tables(database)):
        backup(path, current)
    pending = [m for m in sorted(MIGRATIONS, key=lambda m: m.VERSION) if current < m.VERSION <= target]
    with database.atomic("IMMEDIATE"):
        if current == 0:
            database.execute_sql("PRAGMA application_id = 1347570777")  # 'PRLY'
        for migration in pending:
            migration.apply(database)
            database.execute_sql(f"PRAGMA user_version = {int(migration.VERSION)}")
    return target
