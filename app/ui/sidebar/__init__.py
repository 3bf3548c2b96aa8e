"""The conversations sidebar: search, projects, the grouped list, New Chat and Settings.

``Sidebar`` (in :mod:`app.ui.sidebar.sidebar`) is the widget the main window uses; the other
modules are its parts: the paged list model, the row delegate, the date grouping.
"""
