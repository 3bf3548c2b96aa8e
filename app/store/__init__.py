"""The store: Peewee models on SQLite, migrations and queries. Knows nothing of Qt.

Import the query modules directly (``from app.store import conversations``); this package
only re-exports the pieces every caller needs.
"""

from app.store.database import close_database, open_database, read, write
from app.store.errors import StoreError
from app.store.location import resolve_data_dir
from app.store import search_index as _search_index  # noqa: F401  (registers its check)

__all__ = ["close_database", "open_database", "read", "write", "StoreError", "resolve_data_dir"]
