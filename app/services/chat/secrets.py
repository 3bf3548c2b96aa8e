"""API keys: in the operating system's keyring, never in a file Parley writes.

``keyring`` picks the platform's store (macOS Keychain, Windows Credential Locker, the
Secret Service or KWallet on Linux). Where none exists (a bare container, a headless
server) or it refuses to work, keys are kept in memory for this session only and
:attr:`KeyStore.status` says so, so the settings page can tell the user plainly.

Keyring calls may block (D-Bus, an unlock prompt): call them off the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import keyring
import keyring.errors

from app.identity import APP_NAME

log = logging.getLogger(__name__)

#: The keyring "service" entries are filed under; the username is the endpoint id.
SERVICE = APP_NAME


@dataclass(frozen=True)
class KeyringStatus:
    """Whether keys persist, and in words, where."""

    persistent: bool
    backend: str
    message: str


def _backend_usable(backend) -> bool:
    """False for keyring's stand-ins: the null and fail backends, an empty chainer."""
    try:
        priority = backend.priority
    except Exception:
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    if name in ("keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"):
        return False
    return priority > 0


class KeyStore:
    """Get, set and forget API keys by endpoint id, with a session-only fallback."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self._usable: bool | None = None
        self._backend_name = ""
        self._failure = ""

    def _keyring_ok(self) -> bool:
        if self._usable is None:
            try:
                backend = keyring.get_keyring()
                self._usable = _backend_usable(backend)
                self._backend_name = getattr(backend, "name", type(backend).__name__)
            except Exception as exc:  # a broken keyring configuration
                log.warning("no usable keyring: %s", exc)
                self._usable = False
                self._failure = str(exc)
        return bool(self._usable)

    def _give_up_on_keyring(self, exc: BaseException) -> None:
        log.warning("the keyring failed, keeping keys for this session only: %s", exc)
        self._usable = False
        self._failure = str(exc)

    @property
    def status(self) -> KeyringStatus:
        """Where keys go now; the message is an English sentence (the UI translates by state)."""
        if self._keyring_ok():
            name = self._backend_name or "system keyring"
            return KeyringStatus(True, name, f"API keys are stored in the system keyring ({name}).")
        why = f" ({self._failure})" if self._failure else ""
        return KeyringStatus(
            False,
            "",
            "No system keyring is available" + why + ", so API keys are kept only until "
            "Parley closes. Install and unlock a keyring (e.g. GNOME Keyring or KWallet) to keep them.",
        )

    def get(self, endpoint_id: str) -> str | None:
        """The key for this endpoint, or None."""
        with self._lock:
            if endpoint_id in self._session:
                return self._session[endpoint_id]
            if not self._keyring_ok():
                return None
            try:
                return keyring.get_password(self._service, endpoint_id)
            except Exception as exc:  # KeyringError, D-Bus errors, a locked store the user dismissed
                self._give_up_on_keyring(exc)
                return None

    def set(self, endpoint_id: str, key: str | None) -> bool:
        """Store (or with an empty key, forget) a key. True if it persists beyond this session."""
        key = (key or "").strip()
        if not key:
            self.delete(endpoint_id)
            return self._keyring_ok()
        with self._lock:
            if self._keyring_ok():
                try:
                    keyring.set_password(self._service, endpoint_id, key)
                    self._session.pop(endpoint_id, None)
                    return True
                except Exception as exc:
                    self._give_up_on_keyring(exc)
            self._session[endpoint_id] = key
            return False

    def delete(self, endpoint_id: str) -> None:
        with self._lock:
            self._session.pop(endpoint_id, None)
            if not self._keyring_ok():
                return
            try:
                keyring.delete_password(self._service, endpoint_id)
            except keyring.errors.PasswordDeleteError:
                pass  # there was none
            except Exception as exc:
                self._give_up_on_keyring(exc)
