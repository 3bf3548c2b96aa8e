"""The big benchmark database: 100,000 conversations / 1,000,000 messages, built once.

    python tests/perf/perfdb.py [--conversations N] [--messages M] [--seed S] [--rebuild]

prints the data dir holding it. Benchmarks import :func:`perf_database`, which returns that
folder, building it with the demo generator (:mod:`app.services.demo`) only when it is
missing or was built by other migrations (a hash of their source is kept in the marker).
The largest conversation has 10,000 messages (one linear thread), as the generator gives a
1,000,000-message history; all conversations are in one project, so the sidebar lists
100,000 of them.

Where: ``$PARLEY_PERF_DIR``, else ``perf-data`` beside the repository checkout (so
``/work/perf-data`` for ``/work/main``), one sub-folder per size and seed. A finished build
carries ``perfdb.json`` (what it holds, how long it took); a half-built one is a
``.partial`` folder that the next build removes. A lock file keeps two benchmarks from
building the same database at once.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PERF_DIR_ENV = "PARLEY_PERF_DIR"
MARKER = "perfdb.json"

CONVERSATIONS = 100_000
MESSAGES = 1_000_000
#: One project, the app's first-run default: most people never make another, and it puts all
#: 100,000 conversations in the sidebar at once (the sidebar shows one project).
PROJECTS = ("General",)


def perf_root() -> Path:
    """Where benchmark databases are kept."""
    explicit = os.environ.get(PERF_DIR_ENV)
    return Path(explicit).expanduser() if explicit else REPO.parent / "perf-data"


def _folder_name(conversations: int, messages: int, seed: int) -> str:
    return f"demo-{conversations}c-{messages}m-seed{seed}-1project"


def schema_fingerprint() -> str:
    """A hash of every migration's source: a database built by other migrations is stale."""
    import hashlib
    import inspect

    from app.store.migrations import MIGRATIONS

    digest = hashlib.sha1()
    for module in sorted(MIGRATIONS, key=lambda m: m.VERSION):
        digest.update(inspect.getsource(module).encode("utf-8"))
    return digest.hexdigest()[:12]


def describe(data_dir: Path) -> dict | None:
    """The marker of a finished build, or None."""
    try:
        return json.loads((data_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


#: Lock files this process holds shared: the database it uses is never rebuilt under it.
_held: dict[Path, object] = {}


def perf_database(
    conversations: int = CONVERSATIONS,
    messages: int = MESSAGES,
    seed: int = 0,
    *,
    root: Path | None = None,
    rebuild: bool = False,
    quiet: bool = False,
) -> Path:
    """The data dir of the benchmark database, built first if needed (database closed).

    The caller then holds a shared lock on it until it exits: another benchmark that wants
    to rebuild it (after a migration changed) waits until every user is done, instead of
    replacing the file under a running measurement.
    """
    from app.store.migrations import latest_version

    root = root or perf_root()
    root.mkdir(parents=True, exist_ok=True)
    target = root / _folder_name(conversations, messages, seed)
    lock_path = root / f".{target.name}.lock"
    lock = _held.get(lock_path) or open(lock_path, "a")
    fcntl.flock(lock, fcntl.LOCK_SH)
    if not rebuild and _is_current(target):
        _held[lock_path] = lock
        return target
    fcntl.flock(lock, fcntl.LOCK_EX)  # wait for other users (and builders) to finish
    try:
        marker = describe(target)
        if rebuild or not _is_current(target):  # unless someone built it while we waited
            if marker and not quiet:
                reason = "asked to" if rebuild else (
                    f"built by other migrations (schema {marker.get('schema_version')}, now "
                    f"{latest_version()})"
                )
                print(f"perfdb: rebuilding {target} ({reason})", file=sys.stderr)
            _build(target, conversations, messages, seed, quiet)
    finally:
        fcntl.flock(lock, fcntl.LOCK_SH)
    _held[lock_path] = lock
    return target


def _is_current(target: Path) -> bool:
    marker = describe(target)
    return marker is not None and marker.get("schema") == schema_fingerprint()


def _build(target: Path, conversations: int, messages: int, seed: int, quiet: bool) -> None:
    from app.services import demo
    from app.store import close_database, open_database
    from app.store.migrations import latest_version

    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not quiet:
            rate = done / max(time.perf_counter() - started, 1e-6)
            print(f"\rperfdb: {done:,} / {total:,} messages ({rate:,.0f}/s)", end="", file=sys.stderr)

    open_database(partial)
    try:
        stats = demo.generate(
            conversations, messages, seed=seed, project_names=PROJECTS, progress=progress
        )
    finally:
        close_database()
    if not quiet:
        print(file=sys.stderr)
    marker = {
        "conversations": stats.conversations,
        "messages": stats.messages,
        "seed": seed,
        "largest_conversation_id": stats.largest_conversation_id,
        "largest_messages": stats.largest_messages,
        "schema_version": latest_version(),
        "schema": schema_fingerprint(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "build_seconds": round(time.perf_counter() - started, 1),
        "generate_seconds": round(stats.seconds, 1),
        "database_mb": round((partial / "parley.db").stat().st_size / 1e6),
    }
    (partial / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    os.replace(partial, target)
    if not quiet:
        print(f"perfdb: built {target} in {marker['build_seconds']} s", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=CONVERSATIONS)
    parser.add_argument("--messages", type=int, default=MESSAGES)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rebuild", action="store_true", help="build again even if present")
    args = parser.parse_args()
    path = perf_database(args.conversations, args.messages, args.seed, rebuild=args.rebuild)
    print(path)
    print(json.dumps(describe(path), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
