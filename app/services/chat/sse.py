"""Server-sent events, as the WHATWG spec defines them, one line at a time.

OpenAI-compatible servers send ``data: {json}`` events separated by blank lines and end
with ``data: [DONE]``; some add comments (``: keep-alive``) or ``event:`` lines. Only the
``data`` field matters here.
"""

from __future__ import annotations


class SSEParser:
    """Feed lines (without their line ending); complete events' data comes back."""

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, line: str) -> str | None:
        """The data of the event this line completes, or None."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment: keep-alives, "OPENROUTER PROCESSING"
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        # "event", "id", "retry" and unknown fields carry nothing we use.
        return None

    def finish(self) -> str | None:
        """Data left without a closing blank line when the stream ended."""
        return self._dispatch()

    def _dispatch(self) -> str | None:
        if not self._data:
            return None
        data = "\n".join(self._data)
        self._data = []
        return data
