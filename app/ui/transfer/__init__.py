"""Import and export in the window: File > Import…/Export…, the sidebar's Export, drops.

``install(window)`` connects everything to a main window that has ``actions``
(``import_action``, ``export_action``, ``make_available``), a ``sidebar`` (with
``export_requested``, ``selected_conversation_ids``, ``current_project_id``, ``reload``,
``reload_projects``) and ``current_conversation_id()``.
"""

from app.ui.transfer.controller import TransferController, install

__all__ = ["TransferController", "install"]
