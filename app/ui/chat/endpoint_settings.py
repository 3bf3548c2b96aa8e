"""The model endpoints as the window sees them: one shared object, saved in the background.

The settings page edits it, the composer's model picker shows it, the chat controller
sends with it. Changes apply at once in memory (``changed`` tells everyone) and reach
``endpoints.json`` through a :class:`BackgroundWriter`; API keys go to the keyring, also
off the GUI thread, since a keyring may block or prompt.
"""

from __future__ import annotations

import copy
import logging
from typing import Callable

from PySide6.QtCore import QObject, Signal

from app.services.chat.endpoints import Endpoint, EndpointConfig, EndpointStore, SettingsFileError
from app.services.chat.secrets import KeyringStatus, KeyStore
from app.ui.chat.background_writer import BackgroundWriter
from app.ui.chat.owned_task import run_owned

log = logging.getLogger(__name__)


class EndpointSettings(QObject):
    """The endpoint configuration in memory, its file, and the keys."""

    changed = Signal()
    #: Saving the file failed (the text says why).
    save_failed = Signal(str)
    #: (endpoint id, whether the key persists beyond this session)
    key_stored = Signal(str, bool)

    def __init__(
        self, store: EndpointStore | None = None, keys: KeyStore | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store or EndpointStore()
        self.keys = keys or KeyStore()
        self.load_error = ""
        self._read_only = False
        try:
            self._config = self.store.load()  # a small local file: read at once
        except SettingsFileError as exc:
            self.load_error = str(exc)
            self._read_only = True  # never overwrite a file we could not understand
            self._config = EndpointConfig()
        self._writer = BackgroundWriter(self._save, self)
        self._writer.failed.connect(lambda exc: self.save_failed.emit(str(exc)))

    # -- reading ---------------------------------------------------------------------------

    @property
    def config(self) -> EndpointConfig:
        """A copy: change it through the methods below."""
        return copy.deepcopy(self._config)

    def endpoints(self) -> list[Endpoint]:
        return copy.deepcopy(self._config.endpoints)

    def find(self, endpoint_id: str | None) -> Endpoint | None:
        found = self._config.find(endpoint_id)
        return copy.deepcopy(found) if found else None

    def current(self) -> tuple[Endpoint | None, str]:
        """The endpoint and model the composer sends to."""
        endpoint, model = self._config.current()
        return (copy.deepcopy(endpoint) if endpoint else None), model

    def has_endpoints(self) -> bool:
        return bool(self._config.endpoints)

    # -- changing --------------------------------------------------------------------------

    def _save(self, _key, config: EndpointConfig) -> None:
        self.store.save(config)

    def _commit(self) -> None:
        if not self._read_only:
            self._writer.schedule("config", copy.deepcopy(self._config))
        self.changed.emit()

    def add_endpoint(self, endpoint: Endpoint) -> None:
        self._config.endpoints.append(copy.deepcopy(endpoint))
        if not self._config.selection.endpoint_id:
            self._config.selection.endpoint_id = endpoint.id
            self._config.selection.model = endpoint.default_model
        self._commit()

    def update_endpoint(self, endpoint: Endpoint) -> None:
        for index, existing in enumerate(self._config.endpoints):
            if existing.id == endpoint.id:
                if existing == endpoint:
                    return
                self._config.endpoints[index] = copy.deepcopy(endpoint)
                self._commit()
                return

    def remove_endpoint(self, endpoint_id: str) -> None:
        self._config.endpoints = [e for e in self._config.endpoints if e.id != endpoint_id]
        if self._config.selection.endpoint_id == endpoint_id:
            first = self._config.endpoints[0] if self._config.endpoints else None
            self._config.selection.endpoint_id = first.id if first else ""
            self._config.selection.model = first.default_model if first else ""
        keys = self.keys
        run_owned(self, lambda ctx: keys.delete(endpoint_id))
        self._commit()

    def select(self, endpoint_id: str, model: str) -> None:
        """The composer's choice of endpoint and model."""
        selection = self._config.selection
        if (selection.endpoint_id, selection.model) == (endpoint_id, model):
            return
        selection.endpoint_id, selection.model = endpoint_id, model
        self._commit()

    # -- keys ------------------------------------------------------------------------------

    def store_key(self, endpoint_id: str, key: str) -> None:
        """Put the key in the keyring (off the GUI thread); ``key_stored`` reports where."""
        keys = self.keys
        run_owned(
            self,
            lambda ctx: keys.set(endpoint_id, key),
            on_result=lambda persistent: self.key_stored.emit(endpoint_id, bool(persistent)),
        )

    def fetch_key(self, endpoint_id: str, on_key: Callable[[str | None], None], owner: QObject) -> None:
        """Read the key off the GUI thread and hand it to ``on_key`` (while ``owner`` lives)."""
        keys = self.keys
        run_owned(owner, lambda ctx: keys.get(endpoint_id), on_result=on_key)

    def fetch_key_status(self, on_status: Callable[[KeyringStatus], None], owner: QObject) -> None:
        """Where keys are kept, found off the GUI thread (the keyring may take a moment)."""
        keys = self.keys
        run_owned(owner, lambda ctx: keys.status, on_result=on_status)

    def flush(self) -> None:
        """Write any pending change now (the window is closing)."""
        self._writer.flush_now()
