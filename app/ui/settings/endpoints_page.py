"""Settings › Models: the OpenAI-compatible servers Parley talks to.

A list of endpoints on the left, the chosen one's details on the right: name, base URL,
API key (kept in the system keyring), default model (fetched from ``/models`` in the
background, or typed), streaming, titles, how long to wait, and a "Test connection"
button that says exactly what is wrong. Changes apply as they are made.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.chat.cancel import CancelToken
from app.services.chat.client import ChatClient
from app.services.chat.diagnostics import ConnectionReport, check_connection
from app.services.chat.endpoints import Endpoint
from app.services.chat.errors import ChatError
from app.services.chat.secrets import KeyringStatus
from app.ui.chat import error_text
from app.ui.chat.endpoint_settings import EndpointSettings
from app.ui.icons import icon
from app.ui.chat.owned_task import run_owned
from app.ui.tasks import TaskHandle

#: (name, base URL, default model) offered by "Add".
PRESETS: tuple[tuple[str, str, str], ...] = (
    ("Ollama", "http://localhost:11434/v1", ""),
    ("LM Studio", "http://localhost:1234/v1", ""),
    ("llama.cpp server", "http://localhost:8080/v1", ""),
    ("vLLM", "http://localhost:8000/v1", ""),
    ("OpenAI", "https://api.openai.com/v1", "gpt-4o-mini"),
    ("OpenRouter", "https://openrouter.ai/api/v1", ""),
)

_ID_ROLE = Qt.ItemDataRole.UserRole


class EndpointsPage(QWidget):
    """objectName ``endpointsSettingsPage``."""

    def __init__(self, endpoints: EndpointSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endpointsSettingsPage")
        self.settings = endpoints
        self._current_id: str | None = None
        self._loading = False
        self._fetch: tuple[TaskHandle, CancelToken] | None = None
        self._test: tuple[TaskHandle, CancelToken] | None = None
        self._key_status: KeyringStatus | None = None
        self._stored_key = ""  # what the keyring holds for the shown endpoint, as far as we know

        # -- keyring status
        self.keyring_label = QLabel()
        self.keyring_label.setObjectName("keyringStatusLabel")
        self.keyring_label.setWordWrap(True)

        # -- the list
        self.endpoint_list = QListWidget()
        self.endpoint_list.setObjectName("endpointList")
        self.endpoint_list.setFixedHeight(88)
        self.endpoint_list.currentItemChanged.connect(self._current_changed)
        self.add_button = QPushButton(icon("plus"), "")
        self.add_button.setObjectName("addEndpointButton")
        self.add_menu = QMenu(self)
        self.add_button.setMenu(self.add_menu)
        self.remove_button = QPushButton(icon("delete"), "")
        self.remove_button.setObjectName("removeEndpointButton")
        self.remove_button.clicked.connect(self._remove_current)
        list_buttons = QVBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.endpoint_list, 1)
        top.addLayout(list_buttons)

        # -- the form
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("endpointNameEdit")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("endpointUrlEdit")
        self.url_hint = QLabel()
        self.url_hint.setObjectName("settingsHint")
        self.url_hint.setWordWrap(True)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("endpointKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        self.show_key_button = QToolButton()
        self.show_key_button.setObjectName("showKeyButton")
        self.show_key_button.setCheckable(True)
        self.show_key_button.toggled.connect(self._show_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key_button)
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("endpointModelCombo")
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(16)
        self.refresh_models_button = QToolButton()
        self.refresh_models_button.setObjectName("refreshModelsButton")
        self.refresh_models_button.setIcon(icon("regenerate"))
        self.refresh_models_button.clicked.connect(self.fetch_models)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.refresh_models_button)
        self.models_label = QLabel()
        self.models_label.setObjectName("modelsStatusLabel")
        self.models_label.setWordWrap(True)
        self.stream_check = QCheckBox()
        self.stream_check.setObjectName("endpointStreamCheck")
        self.titles_check = QCheckBox()
        self.titles_check.setObjectName("endpointTitlesCheck")
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setObjectName("endpointTimeoutSpin")
        self.timeout_spin.setRange(5, 3600)
        self.timeout_spin.setMaximumWidth(110)
        self.test_button = QPushButton(icon("check"), "")
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testConnectionResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)

        self.form_group = QGroupBox()
        form = QFormLayout(self.form_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_caption = QLabel()
        self.url_caption = QLabel()
        self.key_caption = QLabel()
        self.model_caption = QLabel()
        self.timeout_caption = QLabel()
        for caption, field in (
            (self.name_caption, self.name_edit), (self.url_caption, self.url_edit),
            (self.key_caption, self.key_edit), (self.model_caption, self.model_combo),
            (self.timeout_caption, self.timeout_spin),
        ):
            caption.setBuddy(field)
        form.addRow(self.name_caption, self.name_edit)
        form.addRow(self.url_caption, self.url_edit)
        form.addRow("", self.url_hint)
        form.addRow(self.key_caption, key_row)
        form.addRow(self.model_caption, model_row)
        form.addRow("", self.models_label)
        form.addRow(self.timeout_caption, self.timeout_spin)
        form.addRow(self.stream_check)
        form.addRow(self.titles_check)
        form.addRow(test_row)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("endpointsEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(self.form_group)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.keyring_label)
        layout.addLayout(top)
        layout.addWidget(self.right)
        layout.addStretch(1)

        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(400)
        self._fetch_timer.timeout.connect(self.fetch_models)

        self.name_edit.editingFinished.connect(self._commit_fields)
        self.url_edit.editingFinished.connect(self._url_edited)
        self.key_edit.editingFinished.connect(self._key_edited)
        self.model_combo.lineEdit().editingFinished.connect(self._commit_fields)
        self.model_combo.activated.connect(lambda _row: self._commit_fields())
        self.stream_check.toggled.connect(lambda _on: self._commit_fields())
        self.titles_check.toggled.connect(lambda _on: self._commit_fields())
        self.timeout_spin.valueChanged.connect(lambda _v: self._commit_fields())
        endpoints.changed.connect(self._settings_changed)
        endpoints.key_stored.connect(self._key_stored)

        self.retranslate_ui()
        self._fill_list()
        endpoints.fetch_key_status(self._got_key_status, self)

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("EndpointsPage", "Models")

    # -- the list ----------------------------------------------------------------------------

    def _fill_list(self, select: str | None = None) -> None:
        select = select or self._current_id
        self.endpoint_list.blockSignals(True)
        self.endpoint_list.clear()
        for endpoint in self.settings.endpoints():
            item = QListWidgetItem(endpoint.name or self.tr("Unnamed"))
            item.setData(_ID_ROLE, endpoint.id)
            item.setToolTip(endpoint.base_url)
            self.endpoint_list.addItem(item)
        self.endpoint_list.blockSignals(False)
        row = next((r for r in range(self.endpoint_list.count())
                    if self.endpoint_list.item(r).data(_ID_ROLE) == select), 0)
        if self.endpoint_list.count():
            self.endpoint_list.setCurrentRow(row)
            self._show_endpoint(self.endpoint_list.item(row).data(_ID_ROLE))
        else:
            self._show_endpoint(None)

    def _settings_changed(self) -> None:
        # Another part (the composer's picker) may have changed the config: keep names in step.
        for row in range(self.endpoint_list.count()):
            item = self.endpoint_list.item(row)
            endpoint = self.settings.find(item.data(_ID_ROLE))
            if endpoint is not None:
                item.setText(endpoint.name or self.tr("Unnamed"))
                item.setToolTip(endpoint.base_url)

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        self._show_endpoint(current.data(_ID_ROLE) if current else None)

    def add_endpoint(self, name: str, base_url: str, model: str = "") -> Endpoint:
        """Add an endpoint (as the Add menu does) and show it for editing."""
        endpoint = Endpoint.new(name, base_url, model)
        self.settings.add_endpoint(endpoint)
        self._fill_list(select=endpoint.id)
        self.name_edit.setFocus()
        return endpoint

    def _remove_current(self) -> None:
        if self._current_id is None:
            return
        self.settings.remove_endpoint(self._current_id)
        self._current_id = None
        self._fill_list()

    # -- the form ----------------------------------------------------------------------------

    def _show_endpoint(self, endpoint_id: str | None) -> None:
        self._cancel_fetch()
        self._cancel_test()
        self._current_id = endpoint_id
        endpoint = self.settings.find(endpoint_id)
        self.remove_button.setEnabled(endpoint is not None)
        if endpoint is None:
            self.right.setCurrentWidget(self.empty_label)
            return
        self.right.setCurrentWidget(self.form_group)
        self._loading = True
        self.name_edit.setText(endpoint.name)
        self.url_edit.setText(endpoint.base_url)
        self.key_edit.clear()
        self._stored_key = ""
        self.key_edit.setPlaceholderText(self.tr("Checking the keyring\u2026"))
        self._fill_models(endpoint.model_choices(), endpoint.default_model)
        self.stream_check.setChecked(endpoint.stream)
        self.titles_check.setChecked(endpoint.generate_titles)
        self.timeout_spin.setValue(int(endpoint.timeout_s))
        self.test_result.clear()
        self.models_label.clear()
        self._loading = False
        shown = endpoint.id
        self.settings.fetch_key(shown, lambda key: self._got_key(shown, key), self)
        if endpoint.base_url:
            self._fetch_timer.start()

    def _got_key(self, endpoint_id: str, key: str | None) -> None:
        if endpoint_id != self._current_id:
            return
        self.key_edit.setPlaceholderText(self.tr("Not needed for local servers"))
        if key and not self.key_edit.text():
            self._stored_key = key
            self.key_edit.setText(key)

    def _fill_models(self, models: list[str], current: str) -> None:
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItems(models)
        self.model_combo.setEditText(current)
        self.model_combo.blockSignals(False)

    def _endpoint_from_form(self) -> Endpoint | None:
        endpoint = self.settings.find(self._current_id)
        if endpoint is None:
            return None
        endpoint.name = self.name_edit.text().strip() or endpoint.name
        endpoint.base_url = self.url_edit.text().strip()
        endpoint.default_model = self.model_combo.currentText().strip()
        endpoint.stream = self.stream_check.isChecked()
        endpoint.generate_titles = self.titles_check.isChecked()
        endpoint.timeout_s = float(self.timeout_spin.value())
        return endpoint

    def _commit_fields(self) -> None:
        if self._loading:
            return
        endpoint = self._endpoint_from_form()
        if endpoint is None:
            return
        before = self.settings.find(endpoint.id)
        self.settings.update_endpoint(endpoint)
        if before is not None and before.default_model != endpoint.default_model:
            config = self.settings.config
            if config.selection.endpoint_id == endpoint.id:
                self.settings.select(endpoint.id, endpoint.default_model)

    def _url_edited(self) -> None:
        before = self.settings.find(self._current_id)
        self._commit_fields()
        if before is not None and before.base_url != self.url_edit.text().strip():
            self.test_result.clear()
            self._fetch_timer.start()

    def _key_edited(self) -> None:
        if self._current_id is None or self._loading:
            return
        key = self.key_edit.text().strip()
        if key == self._stored_key:
            return  # focus moved on without a change: no keyring write (it may prompt)
        self._stored_key = key
        self.settings.store_key(self._current_id, key)
        self.test_result.clear()
        self._fetch_timer.start()

    def _show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_key_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    # -- keyring -----------------------------------------------------------------------------

    def _got_key_status(self, status: KeyringStatus) -> None:
        self._key_status = status
        self._show_key_status()

    def _key_stored(self, endpoint_id: str, persistent: bool) -> None:
        if not persistent:
            self.settings.fetch_key_status(self._got_key_status, self)

    def _show_key_status(self) -> None:
        status = self._key_status
        if status is None:
            self.keyring_label.setText(self.tr("Looking for the system keyring\u2026"))
            self.keyring_label.setProperty("warning", False)
        elif status.persistent:
            self.keyring_label.setText(
                self.tr("API keys are kept in the system keyring (%1), never in Parley\u2019s files.").replace(
                    "%1", status.backend
                )
            )
            self.keyring_label.setProperty("warning", False)
        else:
            self.keyring_label.setText(
                self.tr(
                    "No system keyring was found: API keys are kept only until Parley closes. "
                    "Install or unlock one (GNOME Keyring, KWallet) to keep them."
                )
            )
            self.keyring_label.setProperty("warning", True)
        self.keyring_label.style().unpolish(self.keyring_label)
        self.keyring_label.style().polish(self.keyring_label)

    # -- models and the connection test ----------------------------------------------------

    def fetch_models(self) -> None:
        """Ask the endpoint for its models (off the GUI thread) and offer them in the list."""
        endpoint = self._endpoint_from_form()
        if endpoint is None or not endpoint.base_url:
            return
        self._cancel_fetch()
        key = self.key_edit.text().strip() or None
        token = CancelToken()
        self.models_label.setText(self.tr("Fetching the model list\u2026"))
        shown = endpoint.id
        handle = run_owned(
            self,
            lambda ctx: ChatClient(endpoint, key, token=token).list_models(timeout=15.0),
            on_result=lambda models: self._models_fetched(shown, models),
            on_error=lambda exc: self._models_failed(shown, exc),
        )
        self._fetch = (handle, token)

    def _models_fetched(self, endpoint_id: str, models: list[str]) -> None:
        self._fetch = None
        endpoint = self.settings.find(endpoint_id)
        if endpoint is None:
            return
        if endpoint.models != models:
            endpoint.models = models
            self.settings.update_endpoint(endpoint)
        if endpoint_id != self._current_id:
            return
        self._fill_models(endpoint.model_choices(), self.model_combo.currentText())
        if not models:
            self.models_label.setText(self.tr("The server lists no models; type the model\u2019s name."))
        else:
            self.models_label.setText(
                self.tr("1 model available.") if len(models) == 1
                else self.tr("%1 models available.").replace("%1", QLocale().toString(len(models)))
            )
        if not self.model_combo.currentText() and models:
            self.model_combo.setCurrentIndex(0)
            self._commit_fields()

    def _models_failed(self, endpoint_id: str, exc: BaseException) -> None:
        self._fetch = None
        if endpoint_id != self._current_id:
            return
        text = error_text.describe(exc) if isinstance(exc, ChatError) else str(exc)
        self.models_label.setText(self.tr("No model list: %1 You can type the model\u2019s name.").replace("%1", text))

    def _cancel_fetch(self) -> None:
        self._fetch_timer.stop()
        if self._fetch is not None:
            self._fetch[1].cancel()
            self._fetch[0].cancel()
            self._fetch = None

    def test_connection(self) -> None:
        """Check the endpoint as now filled in; the verdict appears beside the button."""
        self._commit_fields()
        endpoint = self._endpoint_from_form()
        if endpoint is None:
            return
        self._cancel_test()
        key = self.key_edit.text().strip() or None
        model = endpoint.default_model
        token = CancelToken()
        self.test_button.setEnabled(False)
        self._set_result(None, self.tr("Testing\u2026"))
        shown = endpoint.id
        handle = run_owned(
            self,
            lambda ctx: check_connection(endpoint, key, model, token=token),
            on_result=lambda report: self._tested(shown, report),
            on_error=lambda exc: self._tested(shown, None, exc),
        )
        self._test = (handle, token)

    def _tested(self, endpoint_id: str, report: ConnectionReport | None, exc: BaseException | None = None) -> None:
        self._test = None
        self.test_button.setEnabled(True)
        if endpoint_id != self._current_id:
            return
        if report is None:
            self._set_result(False, self.tr("The test failed: %1").replace("%1", str(exc)))
            return
        if report.models:
            self._models_fetched(endpoint_id, report.models)
        if report.ok:
            self._set_result(True, self._ok_text(report))
        else:
            text = error_text.describe(report.error) if report.error else report.message
            self._set_result(False, text)

    def _ok_text(self, report: ConnectionReport) -> str:
        count = len(report.models)
        if report.model and report.model in report.models:
            return self.tr("Connected. %1 is available.").replace("%1", report.model)
        if report.model:
            return self.tr("Connected. %1 answered.").replace("%1", report.model)
        if count:
            return self.tr("Connected. The server offers %1 models; choose a default one.").replace(
                "%1", QLocale().toString(count)
            )
        return self.tr("Connected, but the server lists no models.")

    def _set_result(self, ok: bool | None, text: str) -> None:
        prefix = "" if ok is None else ("\u2713 " if ok else "\u26a0 ")
        self.test_result.setText(prefix + text)
        self.test_result.setProperty("outcome", "" if ok is None else ("ok" if ok else "failed"))
        self.test_result.style().unpolish(self.test_result)
        self.test_result.style().polish(self.test_result)

    def _cancel_test(self) -> None:
        if self._test is not None:
            self._test[1].cancel()
            self._test[0].cancel()
            self._test = None
            self.test_button.setEnabled(True)

    def hideEvent(self, event) -> None:
        # Leaving the page (or closing Settings) commits what is being typed.
        self._commit_fields()
        super().hideEvent(event)

    # -- translation -------------------------------------------------------------------------

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for name, url, model in PRESETS:
            action = self.add_menu.addAction(name)
            action.triggered.connect(lambda _=False, n=name, u=url, m=model: self.add_endpoint(n, u, m))
        self.add_menu.addSeparator()
        other = self.add_menu.addAction(self.tr("Other OpenAI-compatible server\u2026"))
        other.triggered.connect(lambda: self.add_endpoint(self.tr("My server"), "http://localhost:8080/v1"))

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add a model server"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this model server"))
        self.endpoint_list.setAccessibleName(self.tr("Model servers"))
        self.form_group.setTitle(self.tr("Server"))
        self.name_caption.setText(self.tr("&Name:"))
        self.url_caption.setText(self.tr("&Base URL:"))
        self.url_edit.setPlaceholderText("http://localhost:11434/v1")
        self.url_hint.setText(
            self.tr("Ollama: http://localhost:11434/v1 \u00b7 LM Studio: http://localhost:1234/v1 \u00b7 "
                    "OpenAI: https://api.openai.com/v1")
        )
        self.key_caption.setText(self.tr("API &key:"))
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setPlaceholderText(self.tr("Not needed for local servers"))
        self._show_key(self.show_key_button.isChecked())
        self.show_key_button.setToolTip(self.tr("Show or hide the key"))
        self.model_caption.setText(self.tr("Default &model:"))
        self.model_combo.setAccessibleName(self.tr("Default model"))
        self.model_combo.lineEdit().setPlaceholderText(self.tr("Choose or type a model name"))
        self.refresh_models_button.setToolTip(self.tr("Fetch the model list from the server"))
        self.refresh_models_button.setAccessibleName(self.tr("Fetch models"))
        self.stream_check.setText(self.tr("Show answers as they are written (streaming)"))
        self.titles_check.setText(self.tr("Ask the model to title new conversations"))
        self.timeout_caption.setText(self.tr("&Wait for the server:"))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setToolTip(self.tr("How long to wait for the next piece of an answer before giving up"))
        self.test_button.setText(self.tr("Test Connection"))
        self.empty_label.setText(
            self.tr(
                "<p><b>No model is set up yet.</b></p><p>Parley talks to any server that speaks the "
                "OpenAI chat API: a model on this computer with Ollama, LM Studio or llama.cpp, "
                "or a service such as OpenAI or OpenRouter.</p><p>Click <b>Add</b> to begin.</p>"
            )
        )
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self._fill_add_menu()
        self._show_key_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
