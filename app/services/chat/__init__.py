"""Chatting with OpenAI-compatible models (no Qt).

- :mod:`endpoints`: the servers the user set up, in ``endpoints.json`` (no keys there).
- :mod:`secrets`: API keys in the system keyring, or for this session only.
- :mod:`client`: chat completions (streamed or not) and model lists over httpx.
- :mod:`diagnostics`: "Test connection" with a precise verdict.
- :mod:`session`: the user's message committed first, the answer saved as it streams.
- :mod:`titles`, :mod:`history`, :mod:`errors`, :mod:`cancel`, :mod:`transport`, :mod:`sse`.
"""
