"""The composer's choice of model: every model of every endpoint set up, in one list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.chat.endpoints import EndpointConfig

_ENDPOINT_ROLE = Qt.ItemDataRole.UserRole
_MODEL_ROLE = Qt.ItemDataRole.UserRole + 1


class ModelPicker(QComboBox):
    """objectName ``modelPicker``; ``model_chosen(endpoint_id, model)`` when the user picks."""

    model_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelPicker")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(320)
        self.setMinimumContentsLength(8)
        self._config = EndpointConfig()
        self.activated.connect(self._activated)
        self.retranslate_ui()

    def set_config(self, config: EndpointConfig) -> None:
        """Show the endpoints' models and select the current choice (no signal)."""
        self._config = config
        self.blockSignals(True)
        self.clear()
        several = len(config.endpoints) > 1
        for endpoint in config.endpoints:
            choices = endpoint.model_choices()
            if not choices:
                self._add(self.tr("%1 (choose a model in Settings)").replace("%1", endpoint.name), endpoint.id, "")
                continue
            for model in choices:
                label = f"{model} \u00b7 {endpoint.name}" if several else model
                self._add(label, endpoint.id, model)
        current, model = config.current()
        if current is not None:
            self.select(current.id, model)
        self.blockSignals(False)

    def _add(self, label: str, endpoint_id: str, model: str) -> None:
        self.addItem(label)
        row = self.count() - 1
        self.setItemData(row, endpoint_id, _ENDPOINT_ROLE)
        self.setItemData(row, model, _MODEL_ROLE)
        self.setItemData(row, label, Qt.ItemDataRole.ToolTipRole)

    def select(self, endpoint_id: str, model: str) -> None:
        for row in range(self.count()):
            if self.itemData(row, _ENDPOINT_ROLE) == endpoint_id and self.itemData(row, _MODEL_ROLE) == model:
                self.setCurrentIndex(row)
                return
        # A model typed in Settings but not in the list yet: add it so the choice shows.
        endpoint = self._config.find(endpoint_id)
        if endpoint is not None and model:
            self._add(model if len(self._config.endpoints) < 2 else f"{model} \u00b7 {endpoint.name}", endpoint_id, model)
            self.setCurrentIndex(self.count() - 1)

    def current_choice(self) -> tuple[str, str]:
        row = self.currentIndex()
        if row < 0:
            return "", ""
        return str(self.itemData(row, _ENDPOINT_ROLE) or ""), str(self.itemData(row, _MODEL_ROLE) or "")

    def _activated(self, row: int) -> None:
        self.model_chosen.emit(*self.current_choice())

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr("The model that answers"))
        self.setAccessibleName(self.tr("Model"))
        self.set_config(self._config)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
