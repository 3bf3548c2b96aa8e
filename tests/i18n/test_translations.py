"""Translations: complete and in sync with the source, loadable, and nothing on screen escapes tr().

- every shipped ``.ts`` has a finished translation for exactly the strings ``lupdate`` finds in
  ``app/`` today (nothing unfinished, obsolete or vanished);
- each compiles with ``lrelease`` and loads; placeholders, accelerators and plural forms are
  kept;
- in a pseudo-locale (every translation is ``⟦source⟧``) the main window, its dialogs and
  menus show no word that did not come through ``tr()``;
- the shipped languages show their own words, and dates and sizes follow the language.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListView, QPushButton, QWidget

from app.identity import APP_NAME, APP_VERSION
from app.ui import i18n
from tests.i18n.catalog import Entry, read_ts, refreshed_copies, shipped_ts_files
from tests.i18n.conftest import SEED
from tests.i18n.visible_text import action_texts, escaped, model_texts, widget_texts

pytestmark = pytest.mark.skipif(i18n.lupdate_command() is None, reason="needs Qt's lupdate/lrelease")

#: Translations the app must ship besides English (``en.ts`` holds English plural forms).
LANGUAGES = ("de", "es", "zh_CN")
#: Plural forms per language, as Qt counts them.
PLURAL_FORMS = {"de": 2, "es": 2, "zh_CN": 1, "en": 2}


# ------------------------------------------------------------------- complete and in sync


def test_every_language_is_shipped():
    stems = {path.stem for path in shipped_ts_files()}
    assert set(LANGUAGES) | {"en"} <= stems


def _shipped() -> dict[str, Path]:
    return {path.stem: path for path in shipped_ts_files()}


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, tuple[list[Entry], list[Entry]]]:
    """stem -> (the committed file's entries, those of a copy lupdate refreshed from app/)."""
    copies = refreshed_copies(tmp_path_factory.mktemp("lupdate"))
    return {stem: (read_ts(path)[1], read_ts(copies[stem])[1]) for stem, path in _shipped().items()}


@pytest.mark.parametrize("stem", [*LANGUAGES, "en"])
def test_translation_is_in_sync_with_the_source(stem, refreshed):
    committed, updated = refreshed[stem]
    committed_keys = [entry.key for entry in committed]
    updated_keys = [entry.key for entry in updated]
    added = sorted(set(updated_keys) - set(committed_keys))
    gone = sorted(set(committed_keys) - set(updated_keys))
    assert not added, f"{stem}.ts lacks strings now in app/ (run python -m app.ui.i18n update): {added}"
    assert not gone, f"{stem}.ts has strings no longer in app/: {gone}"
    assert len(committed_keys) == len(set(committed_keys)), f"{stem}.ts lists a string twice"


@pytest.mark.parametrize("stem", [*LANGUAGES, "en"])
def test_translation_is_complete(stem, refreshed):
    committed, updated = refreshed[stem]
    for entries, which in ((committed, "committed"), (updated, "after lupdate")):
        unfinished = [e.key for e in entries if e.kind in ("unfinished", "obsolete", "vanished")]
        assert not unfinished, f"{stem}.ts ({which}) has unfinished or obsolete entries: {unfinished}"
        empty = [e.key for e in entries if not all(form.strip() for form in e.forms)]
        assert not empty, f"{stem}.ts ({which}) has empty translations: {empty}"


_PLACEHOLDER = re.compile(r"%(?:L?n|\d)")
_ACCELERATOR = re.compile(r"&(?!&)(\w)")


@pytest.mark.parametrize("stem", [*LANGUAGES, "en"])
def test_translations_keep_placeholders_accelerators_and_plural_forms(stem):
    language, entries = read_ts(_shipped()[stem])
    assert language == stem
    problems = []
    for entry in entries:
        if entry.numerus and len(entry.forms) != PLURAL_FORMS[stem]:
            problems.append(f"{entry.key}: {len(entry.forms)} plural forms, {stem} has {PLURAL_FORMS[stem]}")
        for form in entry.forms:
            if sorted(set(_PLACEHOLDER.findall(form))) != sorted(set(_PLACEHOLDER.findall(entry.source))):
                problems.append(f"{entry.key}: placeholders differ in {form!r}")
            if bool(_ACCELERATOR.search(entry.source)) != (len(_ACCELERATOR.findall(form)) == 1):
                problems.append(f"{entry.key}: the accelerator (&) is lost or doubled in {form!r}")
            if entry.source.endswith("\u2026") and not form.rstrip(")）").endswith("\u2026"):
                problems.append(f"{entry.key}: the ellipsis (asks for more) is lost in {form!r}")
            if entry.source.count("\n") != form.count("\n"):
                problems.append(f"{entry.key}: line breaks differ in {form!r}")
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------- compiles and loads


@pytest.mark.parametrize("stem", [*LANGUAGES, "en"])
def test_translation_compiles_and_loads(stem, tmp_path, qapp):
    qm_file = tmp_path / f"{stem}.qm"
    assert i18n.compile_ts(_shipped()[stem], qm_file)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    assert translator.language() == stem
    _language, entries = read_ts(_shipped()[stem])
    lost = []
    for entry in entries:  # every entry survives compilation (n=1 picks the first plural form)
        got = translator.translate(entry.context, entry.source, entry.comment or None, 1 if entry.numerus else -1)
        if got != entry.forms[0]:
            lost.append(f"{entry.key}: {got!r} != {entry.forms[0]!r}")
    assert not lost, "\n".join(lost)


def test_english_says_one_match_and_three_matches(qapp, english):
    assert QCoreApplication.translate("FindBar", "%n match(es)", None, 1) == "1 match"
    assert QCoreApplication.translate("FindBar", "%n match(es)", None, 3) == "3 matches"


# ------------------------------------------------------------------- the pseudo-locale

CHATGPT_EXPORT = Path(__file__).parent.parent / "transfer" / "fixtures" / "chatgpt" / "conversations.json"


def _user_data(window) -> list[str]:
    """Words that are the user's own (or names), not the app's: they may show as they are."""
    from app.store import projects

    data = [APP_NAME, APP_VERSION, str(window.data_dir)]
    for title, _days, turns in SEED:
        data.append(title)
        data.extend(content for _role, content in turns)
    data.extend(project.name for project in projects.list_projects())
    data.extend(label for value, label in i18n.language_choices() if value != i18n.SYSTEM)
    from app.ui.settings.endpoints_page import PRESETS

    data.extend(name for name, _url, _model in PRESETS)  # products: Ollama, LM Studio, ...
    locale = QLocale()  # month groups ("October 2026") are the locale's words
    for month in range(1, 13):
        data += [locale.standaloneMonthName(month), locale.monthName(month)]
    data += [locale.amText(), locale.pmText(), "llama3.2"]  # times; the model's own name
    return data


def _sidebar_headers(window) -> list[tuple[str, str]]:
    view = window.findChild(QListView, "conversationList")
    model = view.model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    rows = [row for row in range(model.rowCount()) if model.is_header(model.index(row, 0))]
    return list(model_texts(model, "sidebar header", rows))


def test_the_welcome_screen_settings_and_dialogs_speak_pseudo(open_window, store, pseudo_locale, dialogs, qtbot):
    pseudo_locale()  # before the window is built
    window = open_window(store)
    assert window.right_pane.currentWidget() is window.welcome
    texts = list(widget_texts(window))
    texts += action_texts(window.menuBar().actions(), "menu bar")

    about_texts = []
    dialogs.on_show = lambda dialog: about_texts.extend(widget_texts(dialog))
    window.actions.about.trigger()
    assert about_texts, "the About box was not shown"
    texts += about_texts

    window.open_settings()
    panel = window.settings_panel
    qtbot.waitExposed(panel)
    for page in range(panel.page_count()):
        panel.set_current_page(page)
        QApplication.processEvents()
        texts += widget_texts(panel)
    endpoints = panel.findChild(QWidget, "endpointsSettingsPage")
    panel.set_current_page(panel.stack.indexOf(endpoints))
    endpoints.add_endpoint("My server", "http://127.0.0.1:9/v1")  # nothing listens there
    endpoints.fetch_models()
    qtbot.waitUntil(lambda: "Fetching" not in endpoints.models_label.text(), timeout=20_000)
    texts += widget_texts(panel)
    panel.close()

    for dialog in (window.transfer.show_import(), window.transfer.show_export()):
        qtbot.waitExposed(dialog)
        texts += widget_texts(dialog)
        dialog.reject()
    export = CHATGPT_EXPORT
    dialog = window.transfer.show_import([export])  # what the file holds, before importing
    qtbot.waitUntil(lambda: not dialog.scanning(), timeout=10_000)
    texts += widget_texts(dialog)
    item_texts = list(model_texts(dialog.file_list.model(), "import file", roles=[Qt.ItemDataRole.DisplayRole]))
    texts += [(where, text.replace(export.name, "")) for where, text in item_texts]
    dialog.reject()

    found = escaped(texts, _user_data(window))
    assert not found, "text that escaped tr():\n" + "\n".join(found)


def test_the_window_with_a_conversation_open_speaks_pseudo(open_window, store, seeded, pseudo_locale, qtbot):
    from app.store import conversations, projects
    from app.ui.conversation.message_context_menu import build_context_menu
    from app.ui.conversation.message_labels import action_tooltip, header_parts, header_tooltip
    from app.ui.sidebar.context_menu import ConversationMenu

    window = open_window(store)  # built in English: the pseudo-locale arrives as a switch
    window.open_conversation(seeded["Packing list for Lisbon"])
    view = window.conversation_view
    qtbot.waitUntil(lambda: view.findChild(QWidget, "messageView").model().rowCount() == 2)
    pseudo_locale()
    texts = list(widget_texts(window))
    texts += action_texts(window.menuBar().actions(), "menu bar")
    texts += _sidebar_headers(window)
    rows = [conversations.get_conversation(cid) for cid in seeded.values()]
    menu = ConversationMenu(rows[:1], {p.id: p.name for p in projects.list_projects()}, window)
    texts += action_texts(menu.actions(), "conversation menu")
    message_view = view.findChild(QWidget, "messageView")
    texts += action_texts(build_context_menu(message_view, None, None).actions(), "message menu")
    model = message_view.model()
    for row in range(model.rowCount()):  # painted by the delegate: checked at the source
        message = model.message_at(row)
        author, details = header_parts(message)
        texts += [(f"message {row} author", author), (f"message {row} details", details)]
        # The tooltip's first line is the locale's long date; then model and tokens.
        texts += [(f"message {row} tooltip", line) for line in header_tooltip(message).split("\n")[1:]]
    for name in ("copy", "edit", "regenerate", "retry", "prev", "next"):
        texts.append((f"message action {name}", action_tooltip(name)))

    window.actions.find.trigger()  # the find bar
    QApplication.processEvents()
    texts += widget_texts(window)

    search = window.sidebar.search
    field = window.findChild(QLineEdit, "searchField")
    for query in ("Lisbon", "zebra-crossing-nowhere", "role:robot"):
        with qtbot.waitSignal(search.results_shown, timeout=10_000):
            field.setText(query)
            search.run_now()
        texts += widget_texts(window.sidebar)
        accessible = [Qt.ItemDataRole.AccessibleTextRole]
        texts += model_texts(search.model, f"search results for {query!r}", roles=accessible)
    field.clear()

    window.close_conversation()  # the "no conversation open" state
    QApplication.processEvents()
    texts += widget_texts(window)
    found = escaped(texts, _user_data(window))
    assert not found, "text that escaped tr():\n" + "\n".join(found)


def test_the_dialogs_speak_pseudo(open_window, store, seeded, pseudo_locale, dialogs, qtbot, tmp_path):
    from app.services.importers.report import ImportReport
    from app.services.importers.run import import_path
    from app.ui.crash import CrashDialog
    from app.ui.transfer.report_dialog import ImportReportDialog

    pseudo_locale()
    window = open_window(store)
    texts: list[tuple[str, str]] = []
    dialogs.on_show = lambda dialog: texts.extend(widget_texts(dialog))
    cid = seeded["Packing list for Lisbon"]
    window.open_conversation(cid)
    window.delete_conversations([cid])  # asks first (and is told no)
    window.delete_conversations(list(seeded.values()))
    window.sidebar._rename(cid)
    window.sidebar._ask_new_project()
    window.chat.controller.edit_system_prompt()
    assert len(dialogs.shown) == 5, dialogs.shown

    notes = tmp_path / "notes.txt"
    notes.write_text("not an export", encoding="utf-8")
    report = ImportReport([import_path(CHATGPT_EXPORT), import_path(notes)])
    assert report.warning_count and report.failed  # warnings and a failure, each with its record or file
    report_dialog = ImportReportDialog(report, window)
    # The report's text (the services' sentences, rendered by the window): every line.
    texts += [(f"import report line {n}", line) for n, line in enumerate(report_dialog.details.toPlainText().splitlines())]
    for dialog in (report_dialog, CrashDialog("ValueError: x", "Traceback", tmp_path / "parley.log", window)):
        dialog.show()
        qtbot.waitExposed(dialog)
        texts += widget_texts(dialog)
        dialog.close()

    paths = [str(CHATGPT_EXPORT), str(notes)]  # the report names each file on a line of its own
    found = escaped(texts, _user_data(window) + paths + ["ValueError: x", str(tmp_path / "parley.log")])
    assert not found, "text that escaped tr():\n" + "\n".join(found)


# ------------------------------------------------------------------- the shipped languages

#: What the File menu and the New Chat button say in each shipped language.
EXPECTED_WORDS = {
    "de": ("&Datei", "Neuer Chat"),
    "es": ("&Archivo", "Nuevo chat"),
    "zh_CN": ("文件(&F)", "新对话"),
}


def test_the_language_setting_offers_every_shipped_language(qapp, english):
    choices = dict(i18n.language_choices())
    assert choices["de"] == "Deutsch"
    assert choices["es"] == "Español"
    assert choices["zh_CN"] == "简体中文"
    assert "en" in choices and "system" in choices


@pytest.mark.parametrize("language", sorted(EXPECTED_WORDS))
def test_the_window_speaks_each_shipped_language(language, open_window, store, qapp, qtbot, english):
    file_menu, new_chat = EXPECTED_WORDS[language]
    window = open_window(store)
    assert i18n.apply_language(qapp, language) == language
    qtbot.waitUntil(lambda: window.actions.file_menu.title() == file_menu)
    button = window.findChild(QPushButton, "newChatButton")
    qtbot.waitUntil(lambda: button.text() == new_chat)
    assert window.welcome.headline.text() not in ("", "Welcome to Parley")
    assert window.actions.new_chat.text() != "&New Chat"


def test_the_system_language_picks_the_translation(qapp, english):
    assert i18n.translation_for(QLocale("de_AT")) == "de"
    assert i18n.translation_for(QLocale("es_MX")) == "es"
    assert i18n.translation_for(QLocale("zh_SG")) == "zh_CN"
    assert i18n.translation_for(QLocale("fr_FR")) is None


# ------------------------------------------------------------------- dates and numbers


def _row_date(window, title: str) -> str:
    from app.ui.sidebar.list_model import Role

    model = window.findChild(QListView, "conversationList").model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if not model.is_header(index) and index.data(Qt.ItemDataRole.DisplayRole) == title:
            return index.data(Role.TIME_TEXT)
    raise AssertionError(f"{title!r} is not in the sidebar")


def test_sidebar_dates_and_the_data_size_follow_the_language(open_window, store, seeded, qapp, qtbot, english, clock):
    window = open_window(store)
    # "Quarterly report outline" is 40 days old: its row shows a date ("Oct 13" in English).
    english_date = _row_date(window, "Quarterly report outline")
    assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", english_date), english_date

    i18n.apply_language(qapp, "de")
    qtbot.waitUntil(lambda: _row_date(window, "Quarterly report outline") != english_date)
    german_date = _row_date(window, "Quarterly report outline")
    assert re.fullmatch(r"\d{1,2}\. [A-ZÄÖÜ][a-zäöü]{2}\.?", german_date), german_date  # "13. Okt."
    model = window.findChild(QListView, "conversationList").model()
    headers = [model.index(r, 0).data() for r in range(model.rowCount()) if model.is_header(model.index(r, 0))]
    assert headers[:2] == ["Heute", "Gestern"]
    assert headers[-1] == QLocale("de").standaloneMonthName(10) + " 2026"  # "Oktober 2026"

    window.open_settings()
    size = window.settings_panel.findChild(QLabel, "dataSizeLabel")
    qtbot.waitUntil(lambda: re.search(r"\d", size.text()) is not None)
    assert re.fullmatch(r"\d+(,\d)? (Byte|[KMG]B|kB)", size.text()), size.text()  # "172,8 kB"
    window.settings_panel.close()

    i18n.apply_language(qapp, "zh_CN")
    qtbot.waitUntil(lambda: _row_date(window, "Quarterly report outline") != german_date)
    assert re.fullmatch(r"\d{1,2}月\d{1,2}日", _row_date(window, "Quarterly report outline"))
