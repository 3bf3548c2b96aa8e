"""Search benchmark on the 1,000,000-message database (100,000 conversations).

    python tests/perf/bench_search.py [--runs R] [--skip-build-rate]

Uses the shared benchmark database from ``tests/perf/perfdb.py`` (built with the demo
generator on first use), and prints one JSON object:

- ``queries``: for each kind (a very common word, a topic word, a rare word, a phrase, a
  prefix, a Chinese term, filtered queries), the query, the median / 90th percentile / first
  run in ms of :func:`app.services.search.search` for the first 50 results with snippets, how
  they were ranked and how many messages matched (capped at the relevance cap). Measured
  twice: on the index as the bulk generator left it (``as_built``), and after a rebuild and
  ``optimize`` (``optimized``).
- ``index``: bytes of the index (FTS5 tables + key map) and their share of the file.
- ``build``: indexing speed. ``rebuild_rows_per_s``: the whole index rebuilt from the tables
  (what migration 2 does to an existing database); ``bulk_rows_per_s``: 50,000 more demo
  messages written through ``app.store.bulk`` into the 1,000,000 (generation included), and
  ``optimize_s``.

Runs on a copy for everything that writes, so the shared database is left as it is.
Not part of the test run (``tests/perf`` is ignored by pytest).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.perf.perfdb import perf_database  # noqa: E402

DAY = 86400.0


def queries(now: float) -> dict[str, str]:
    """Query kinds measured; words picked from the demo generator's corpus."""
    import datetime as dt

    since = dt.date.fromtimestamp(now - 90 * DAY).isoformat()
    return {
        "very_common_word": "the",
        "common_word": "python",
        "rare_word": "overfits",
        "phrase": '"kyoto station"',
        "common_phrase": '"side project"',
        "prefix": "expla*",
        "short_prefix": "cha*",
        "chinese_term": "天安门",
        "filtered": f"python role:user after:{since}",
        "filtered_rare": "wedding role:user",
        "filters_only": "role:assistant model:gpt",
    }


def measure(kinds: dict[str, str], runs: int) -> dict[str, dict]:
    from app.services.search import search

    out: dict[str, dict] = {}
    for kind, text in kinds.items():
        times: list[float] = []
        outcome = None
        for _ in range(runs):
            started = time.perf_counter()
            outcome = search(text, limit=50)
            times.append((time.perf_counter() - started) * 1000)
        times_sorted = sorted(times)
        out[kind] = {
            "query": text,
            "median_ms": round(statistics.median(times), 2),
            "p90_ms": round(times_sorted[int(0.9 * (len(times) - 1))], 2),
            "first_ms": round(times[0], 2),
            "ranking": outcome.ranking.value,
            "matches": outcome.total_matches,
            "matches_capped": not outcome.total_is_exact,
            "results": len(outcome.results),
        }
    return out


def index_share() -> dict:
    from app.store.search_index import index_size

    size = index_size()
    if size is None:
        return {}
    return {
        "index_mb": round(size.index_bytes / 1e6, 1),
        "database_mb": round(size.database_bytes / 1e6, 1),
        "share": round(size.share, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-build-rate", action="store_true")
    args = parser.parse_args()

    from app import clock
    from app.store import close_database, open_database
    from app.store.database import db

    source = perf_database()
    open_database(source)
    messages = db.execute_sql("SELECT count(*) FROM message").fetchone()[0]
    newest = db.execute_sql("SELECT max(created_at) FROM message").fetchone()[0]
    kinds = queries(newest or clock.now())
    report: dict = {"messages": messages, "as_built": measure(kinds, args.runs), "index": index_share()}
    close_database()

    if not args.skip_build_rate:
        from app.services import demo
        from app.store import write
        from app.store.migrations.v002_search import REBUILD_STATEMENTS
        from app.store.search_index import optimize_index

        with tempfile.TemporaryDirectory(dir=source.parent, prefix="bench-search-") as tmp:
            copy = Path(tmp)
            shutil.copy2(source / "parley.db", copy / "parley.db")
            open_database(copy)
            started = time.perf_counter()
            with write():  # what rebuild_index() does, without its optimize (timed apart)
                for statement in REBUILD_STATEMENTS:
                    db.execute_sql(statement)
            rebuild_s = time.perf_counter() - started
            started = time.perf_counter()
            optimize_index()
            optimize_s = time.perf_counter() - started
            # The rebuild went through the WAL in one transaction; fold it into the file so
            # reads are measured as they would be on the next start, not through a 1 GB WAL.
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            report["optimized"] = measure(kinds, args.runs)
            report["index_optimized"] = index_share()
            started = time.perf_counter()
            stats = demo.generate(5_000, 50_000, seed=99)
            bulk_s = time.perf_counter() - started
            report["build"] = {
                "rebuild_rows_per_s": round(messages / rebuild_s),
                "rebuild_s": round(rebuild_s, 1),
                "optimize_s": round(optimize_s, 1),
                "bulk_rows_per_s": round(stats.messages / bulk_s),
            }
            close_database()
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
