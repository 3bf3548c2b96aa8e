"""What a store error means to the user: one translatable sentence per kind of failure.

The store (no Qt, no translations) raises :class:`~app.store.errors.StoreError` with an
English message and a ``kind``. This is the sentence shown for each kind, marked for
translation: the window renders it in the user's language (dialogs, the import report),
the command line in English.
"""

from __future__ import annotations

from app.services.texts import QT_TRANSLATE_NOOP, Message, Text


def store_error_message(exc: BaseException, path: object | None = None) -> Text:
    """What happened and what to do; ``%1`` names the database when ``path`` is given.

    A kind without a sentence of its own (an unexpected SQLite error) keeps the store's text.
    """
    texts: dict[str, Message] = {
        "locked": QT_TRANSLATE_NOOP(
            "notify",
            "The database%1 is in use by another program. Close other copies of Parley and try again.",
        ),
        "corrupt": QT_TRANSLATE_NOOP(
            "notify",
            "The database%1 is damaged. Run \u201cparley check\u201d for details; Parley keeps backups "
            "named parley.db.bak-* in the same folder.",
        ),
        "read_only": QT_TRANSLATE_NOOP(
            "notify",
            "The database%1 cannot be written: the disk or folder is read-only. Fix its permissions or "
            "start Parley with --data-dir pointing to another folder.",
        ),
        "disk_full": QT_TRANSLATE_NOOP(
            "notify", "The disk holding the database%1 is full. Nothing was saved; free some space and try again."
        ),
        "io_error": QT_TRANSLATE_NOOP(
            "notify",
            "The database%1 could not be written: the disk reported an error (it may be full, removed or "
            "failing). Nothing was saved; free some space or check the disk and try again.",
        ),
        "newer_schema": QT_TRANSLATE_NOOP(
            "notify",
            "The database%1 was written by a newer version of Parley. Install the newer version to open it.",
        ),
        "not_found": QT_TRANSLATE_NOOP(
            "notify", "The item was not found; it may have been deleted in another window."
        ),
    }
    text = texts.get(getattr(exc, "kind", "error"))
    if text is None:
        return str(exc)
    return text.arg(f" ({path})" if path else "")
