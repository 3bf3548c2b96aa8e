"""Parley: a local-first home for your AI chat history."""

__version__ = "0.1.0"
