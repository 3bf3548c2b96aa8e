"""Pure-Python services (no Qt): import, export, search, chat providers, rendering, demo."""
