"""`parley check`: is the database sound?"""

from __future__ import annotations

from typing import Callable

from app.store.database import db

#: Extra checks other parts of the store register (the search index adds one).
EXTRA_CHECKS: list[Callable[[], list[str]]] = []


def check_database() -> list[str]:
    """Return a list of problems, empty when all is well."""
    problems: list[str] = []
    for (result,) in db.execute_sql("PRAGMA integrity_check").fetchall():
        if result != "ok":
            problems.append(f"integrity: {result}")
    for table, rowid, parent, _fk in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    mismatched = db.execute_sql(
        """
        SELECT c.id, c.message_count, count(m.id)
        FROM conversation AS c LEFT JOIN message AS m
             ON m.conversation_id = c.id AND m.hidden = 0
        GROUP BY c.id HAVING c.message_count != count(m.id)
        """
    ).fetchall()
    for cid, stored, actual in mismatched:
        problems.append(f"counter: conversation {cid} says {stored} messages but has {actual}")
    dangling = db.execute_sql(
        """
        SELECT c.id FROM conversation AS c
        WHERE c.active_leaf_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM message AS m
                          WHERE m.id = c.active_leaf_id AND m.conversation_id = c.id)
        """
    ).fetchall()
    for (cid,) in dangling:
        problems.append(f"active branch: conversation {cid} points to a missing message")
    for extra in EXTRA_CHECKS:
        problems.extend(extra())
    return problems
