"""Search in the window: sidebar results, the find bar, highlighting (see ``install``)."""

from app.ui.search.install import SearchFeature, install

__all__ = ["SearchFeature", "install"]
