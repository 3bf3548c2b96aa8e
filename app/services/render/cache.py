"""A small thread-safe LRU cache bounded by entry count and by total size.

Rendered HTML is keyed by a digest of the Markdown source: a message rendered once (by the
view's worker, by an exporter, or twice because two branches share text) is not rendered
again while it stays in the cache.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Callable, Generic, Hashable, TypeVar

V = TypeVar("V")


def content_key(text: str, *extra: str) -> bytes:
    """A 16-byte digest of ``text`` (and any options that change the output)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(text.encode("utf-8", "surrogatepass"))
    for part in extra:
        digest.update(b"\x00")
        digest.update(part.encode("utf-8", "surrogatepass"))
    return digest.digest()


class LruCache(Generic[V]):
    """Least-recently-used mapping; evicts when either bound is exceeded.

    ``size_of`` measures a value (e.g. characters of HTML); one value bigger than the whole
    budget is still kept until the next insertion, so a huge message renders once per view.
    """

    def __init__(
        self, max_entries: int, max_size: int, size_of: Callable[[V], int] = lambda _v: 1
    ) -> None:
        self._max_entries = max_entries
        self._max_size = max_size
        self._size_of = size_of
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: Hashable, value: V) -> None:
        size = self._size_of(value)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= old[1]
            self._items[key] = (value, size)
            self._size += size
            while len(self._items) > 1 and (
                len(self._items) > self._max_entries or self._size > self._max_size
            ):
                _key, (_value, dropped) = self._items.popitem(last=False)
                self._size -= dropped

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0

    def __len__(self) -> int:
        return len(self._items)

    @property
    def total_size(self) -> int:
        return self._size
