"""Model endpoints the user has set up, kept in ``endpoints.json`` in the user config folder.

The file holds names, addresses and model choices, never API keys (those live in the
system keyring, :mod:`app.services.chat.secrets`). It carries a format version, is written
to a temporary name, fsynced and renamed, so a crash never leaves it half-written, and a
damaged or newer file is set aside rather than silently overwritten.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from app.identity import DATA_DIR_NAME

log = logging.getLogger(__name__)

FILE_NAME = "endpoints.json"
#: Version of the file's format; :func:`_upgrade` brings older files up to it.
FORMAT_VERSION = 1

DEFAULT_TIMEOUT_S = 120.0


def config_dir() -> Path:
    """The per-user configuration folder (``~/.config/Parley`` on Linux)."""
    return Path(platformdirs.user_config_dir(DATA_DIR_NAME, appauthor=False))


def default_path() -> Path:
    return config_dir() / FILE_NAME


def api_root(base_url: str) -> str:
    """The URL that ``/chat/completions`` and ``/models`` hang off.

    A bare server address (``http://localhost:11434``) gets ``/v1``, as Ollama, LM Studio,
    llama.cpp and vLLM expect; an address with a path (``https://openrouter.ai/api/v1``)
    is used as given, so providers with their own layout work too.
    """
    url = base_url.strip().rstrip("/")
    if not url:
        return ""
    if "://" not in url:
        url = "http://" + url
    scheme_end = url.index("://") + 3
    if "/" not in url[scheme_end:]:
        url += "/v1"
    return url


@dataclass
class Endpoint:
    """One OpenAI-compatible server. The API key is not here: see ``secrets``."""

    id: str
    name: str
    base_url: str
    default_model: str = ""
    #: Models last fetched from ``/models``, for the composer's picker without a request.
    models: list[str] = field(default_factory=list)
    #: Stream answers (server-sent events); off for servers that cannot.
    stream: bool = True
    #: Ask the model for a title after the first exchange of a new conversation.
    generate_titles: bool = True
    #: Seconds to wait for the server between pieces of an answer.
    timeout_s: float = DEFAULT_TIMEOUT_S

    @staticmethod
    def new(name: str, base_url: str, default_model: str = "") -> "Endpoint":
        return Endpoint(id=uuid.uuid4().hex, name=name.strip(), base_url=base_url.strip(),
                        default_model=default_model.strip())

    @property
    def root(self) -> str:
        return api_root(self.base_url)

    def model_choices(self) -> list[str]:
        """The default model first, then the fetched ones, without repeats."""
        seen: list[str] = []
        for model in [self.default_model, *self.models]:
            if model and model not in seen:
                seen.append(model)
        return seen

    @classmethod
    def from_json(cls, data: dict) -> "Endpoint":
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        endpoint = cls(**values)
        endpoint.models = [str(m) for m in endpoint.models if isinstance(m, str)]
        endpoint.timeout_s = float(endpoint.timeout_s or DEFAULT_TIMEOUT_S)
        return endpoint


@dataclass
class Selection:
    """The endpoint and model the composer sends to."""

    endpoint_id: str = ""
    model: str = ""


@dataclass
class EndpointConfig:
    """Everything in ``endpoints.json``."""

    endpoints: list[Endpoint] = field(default_factory=list)
    selection: Selection = field(default_factory=Selection)

    def find(self, endpoint_id: str | None) -> Endpoint | None:
        return next((e for e in self.endpoints if e.id == endpoint_id), None)

    def current(self) -> tuple[Endpoint | None, str]:
        """The endpoint and model to send to: the selection, else the first endpoint."""
        endpoint = self.find(self.selection.endpoint_id) or (self.endpoints[0] if self.endpoints else None)
        if endpoint is None:
            return None, ""
        model = self.selection.model if endpoint.id == self.selection.endpoint_id else ""
        return endpoint, model or endpoint.default_model

    def to_json(self) -> dict:
        return {
            "version": FORMAT_VERSION,
            "endpoints": [asdict(e) for e in self.endpoints],
            "selection": asdict(self.selection),
        }

    @classmethod
    def from_json(cls, data: dict) -> "EndpointConfig":
        data = _upgrade(data)
        endpoints = [Endpoint.from_json(e) for e in data.get("endpoints", []) if isinstance(e, dict)]
        sel = data.get("selection") or {}
        selection = Selection(str(sel.get("endpoint_id", "")), str(sel.get("model", "")))
        return cls(endpoints, selection)


class SettingsFileError(Exception):
    """The endpoints file could not be read or written; the text says which and why."""


def _upgrade(data: dict) -> dict:
    version = int(data.get("version", 1))
    if version > FORMAT_VERSION:
        raise SettingsFileError(
            "The model settings were saved by a newer version of Parley; "
            "they are left untouched. Update Parley to use them."
        )
    # Version 1 is the first format: nothing to upgrade yet. Later versions add steps here.
    return data


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class EndpointStore:
    """Loads and saves :class:`EndpointConfig`; one instance per file, safe across threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self._lock = threading.RLock()

    def load(self) -> EndpointConfig:
        """The saved configuration; an empty one when there is no file yet.

        A damaged file is renamed to ``endpoints.json.damaged`` (so it is not lost) and an
        empty configuration returned; a file from a newer Parley raises
        :class:`SettingsFileError` so it is never overwritten.
        """
        with self._lock:
            try:
                raw = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return EndpointConfig()
            except OSError as exc:
                raise SettingsFileError(f"Cannot read the model settings {self.path}: {exc.strerror}.") from exc
            try:
                data = json.loads(raw)
                if not isinstance(data, dict):
                    raise ValueError("not an object")
                return EndpointConfig.from_json(data)
            except SettingsFileError:
                raise
            except (ValueError, TypeError) as exc:
                damaged = self.path.with_name(self.path.name + ".damaged")
                log.warning("endpoints file %s is damaged (%s); moved to %s", self.path, exc, damaged)
                os.replace(self.path, damaged)
                return EndpointConfig()

    def save(self, config: EndpointConfig) -> None:
        text = json.dumps(config.to_json(), indent=2, ensure_ascii=False) + "\n"
        with self._lock:
            try:
                _write_atomic(self.path, text)
            except OSError as exc:
                raise SettingsFileError(
                    f"Cannot save the model settings to {self.path}: {exc.strerror or exc}."
                ) from exc

    def update(self, change) -> EndpointConfig:
        """Load, apply ``change(config)`` (which edits it in place), save; returns the result."""
        with self._lock:
            config = self.load()
            change(config)
            self.save(config)
        return config


__all__ = [
    "Endpoint", "EndpointConfig", "EndpointStore", "Selection", "SettingsFileError",
    "api_root", "config_dir", "default_path",
]
