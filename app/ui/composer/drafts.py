"""Per-conversation drafts: saved shortly after typing stops, restored on switching or restart."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.store import conversations
from app.store.errors import StoreError
from app.ui.chat.background_writer import BackgroundWriter


def _write_draft(conversation_id: str, text: str) -> None:
    conversations.set_draft(conversation_id, text)


class DraftKeeper(QObject):
    """Reads drafts from the store and writes them in the background, newest value winning."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = BackgroundWriter(_write_draft, self)
        self._writer.failed.connect(lambda exc: self.failed.emit(str(exc)))

    def load(self, conversation_id: str) -> str:
        """The draft as last typed (a write still on its way counts)."""
        if self._writer.has(conversation_id):
            return self._writer.latest(conversation_id, "")
        try:
            return conversations.get_draft(conversation_id)
        except StoreError:
            return ""

    def save(self, conversation_id: str, text: str) -> None:
        self._writer.schedule(conversation_id, text)

    def clear(self, conversation_id: str) -> None:
        """The draft was sent. Its row was cleared with the message; an older write still
        under way must not bring it back, so an empty draft is queued behind it."""
        self._writer.schedule(conversation_id, "")

    @property
    def busy(self) -> bool:
        return self._writer.busy

    @property
    def writer(self) -> BackgroundWriter:
        return self._writer

    def flush(self) -> None:
        self._writer.flush_now()
