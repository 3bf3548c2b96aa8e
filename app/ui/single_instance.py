"""One running Parley per database: a second launch hands over to the first and exits.

Who is first is decided by a lock file in the data folder (``QLockFile``: atomic, and a lock
left by a crashed process is recognised as stale because its pid is gone). The first instance
then listens on a local socket (a Unix socket / Windows named pipe) whose name is derived from
the data folder and the user, so two different data folders run side by side.

A later launch finds the lock taken, connects to that socket, sends one JSON line (the
command, its arguments, and the desktop's activation token so the window may take focus)
and waits for ``ok``. The first instance emits :attr:`SingleInstance.message_received`; the
application raises its window.

    guard = SingleInstance(data_dir)
    if guard.hand_over(argv[1:]):
        return 0                              # the running Parley took it
    guard.listen()
    guard.message_received.connect(lambda message: bring_to_front(window, message))
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget
import shiboken6

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
LOCK_FILE_NAME = ".parley-instance.lock"
COMMAND_ACTIVATE = "activate"
#: How long a second launch keeps trying to reach a first one that holds the lock but is
#: still starting up (its socket may not be listening yet).
CONNECT_PATIENCE_MS = 5000
#: Once connected, the first instance is alive; it may still be busy opening its window.
REPLY_TIMEOUT_MS = 15000
_MAX_MESSAGE_BYTES = 64 * 1024
#: Environment variables through which desktops pass a "this launch may take focus" token.
_TOKEN_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


def server_name(data_dir: Path) -> str:
    """The local socket name for ``data_dir``: stable, short (Unix socket paths are limited
    to ~100 bytes) and distinct per user, so users on one machine never meet."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some containers): the uid still separates users
        user = str(getattr(os, "getuid", lambda: "")())
    resolved = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{resolved}".encode("utf-8")).hexdigest()[:20]
    return f"parley-{digest}"


class SingleInstance(QObject):
    """The lock, the server of the first instance, and the client of any later one."""

    #: A later launch asked for something; the dict has ``command``, ``args``, ``token``.
    message_received = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._name = server_name(self._data_dir)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._unguarded = False

    @property
    def name(self) -> str:
        return self._name

    def is_primary(self) -> bool:
        """True once this process holds the lock (it is the running Parley)."""
        return self._lock is not None and self._lock.isLocked()

    def acquire(self) -> bool:
        """Take the data folder's instance lock; False if another live process has it."""
        if self.is_primary() or self._unguarded:
            return True
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # tryLock fails below and says so
        lock = QLockFile(str(self._data_dir / LOCK_FILE_NAME))
        lock.setStaleLockTime(0)  # stale only when its owner is gone, never by age
        if lock.tryLock(0):
            self._lock = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False  # a live process holds it
        # A folder we cannot write (read-only media, missing): no guard, the store explains.
        log.warning("Cannot take the instance lock in %s; not guarding", self._data_dir)
        self._unguarded = True
        return True

    def hand_over(self, args: list[str] | None = None, command: str = COMMAND_ACTIVATE) -> bool:
        """If a Parley already runs on this data folder, pass it ``command`` and return True.

        Returns False when this process should start normally: it then holds the lock. If the
        lock is held but its owner never answers (hung, or a non-GUI tool), this returns False
        too and the app starts anyway: SQLite keeps two writers safe, and a dead end would be
        worse than a second window.
        """
        if self.acquire():
            return False
        message = {
            "version": PROTOCOL_VERSION,
            "command": command,
            "args": list(args or []),
            "token": next((os.environ[v] for v in _TOKEN_VARIABLES if os.environ.get(v)), ""),
        }
        if self._send(message):
            return True
        log.warning("Another Parley holds %s but does not answer; starting anyway", self._data_dir)
        return False

    def _send(self, message: dict[str, Any]) -> bool:
        payload = json.dumps(message).encode("utf-8") + b"\n"
        deadline = time.monotonic() + CONNECT_PATIENCE_MS / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self._name)
            if socket.waitForConnected(250):
                break
            socket.abort()
            if time.monotonic() >= deadline:
                return False
            # The owner may still be starting, or may have quit a moment ago: try to take over.
            if self.acquire():
                return False
            time.sleep(0.1)
        socket.write(payload)
        if not socket.waitForBytesWritten(REPLY_TIMEOUT_MS):
            return False
        reply = b""
        timer = QDeadlineTimer(REPLY_TIMEOUT_MS)
        while b"\n" not in reply and not timer.hasExpired():
            if not socket.waitForReadyRead(max(1, timer.remainingTime())):
                break
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return reply.strip() == b"ok"

    def listen(self) -> bool:
        """Start answering later launches. Call after :meth:`hand_over` returned False."""
        if not self.acquire() or self._unguarded:
            return False
        if self._server is not None:
            return True
        # We hold the lock, so a socket file with our name is a leftover of a crash.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            log.warning("Cannot listen on %s: %s", self._name, server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        """Stop listening and release the lock (also done when the process exits)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        if shiboken6.isValid(socket):  # at shutdown the server may have deleted it already
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > _MAX_MESSAGE_BYTES:
            socket.abort()
            return
        if b"\n" not in data:
            self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            message = json.loads(line.decode("utf-8"))
            if not isinstance(message, dict) or not isinstance(message.get("command"), str):
                raise ValueError("not a command")
        except ValueError:
            socket.write(b"error\n")
            socket.flush()
            return
        args = message.get("args")
        token = message.get("token")
        clean = {
            "command": message["command"],
            "args": [str(a) for a in args] if isinstance(args, list) else [],
            "token": token if isinstance(token, str) else "",
        }
        socket.write(b"ok\n")
        socket.flush()
        log.info("A second launch handed over: %s", clean["command"])
        self.message_received.emit(clean)


def bring_to_front(window: QWidget, message: dict | None = None) -> None:
    """Show ``window`` un-minimised, raised and focused, using the launch's activation token
    where the desktop (Wayland) only lets a window take focus with one."""
    token = (message or {}).get("token") or ""
    if token:
        os.environ["XDG_ACTIVATION_TOKEN"] = token  # Qt's Wayland plugin uses it, then unsets it
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
