"""The chat controller: the composer's requests become saved messages and streamed answers.

It sits between the composer, the conversation view and :mod:`app.services.chat`:

- Send commits the user's message (and the empty answer) on the GUI thread, a single
  small transaction, so the message is on disk before any byte goes to the model.
- The answer streams on a worker (:func:`app.ui.tasks.run_task`); each time the session
  has saved what arrived (every :data:`STREAM_SAVE_INTERVAL_S`), the view re-reads that
  one row: the screen shows exactly what is on disk, a few times a second, without flicker.
- Stop cancels the request for real; Regenerate adds a sibling answer; Retry re-asks after
  an error; Up or "edit" puts a sent message back in the composer.

Several conversations may stream at once; each has at most one answer streaming.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app import clock
from app.services.chat import history
from app.services.chat.cancel import CancelToken
from app.services.chat.errors import ChatError
from app.services.chat.session import GONE, AnswerOutcome, ChatSession, recover_interrupted
from app.store import conversations, messages, projects
from app.store.errors import NotFoundError, StoreError
from app.ui import notify
from app.ui.chat import error_text
from app.ui.chat.endpoint_settings import EndpointSettings
from app.ui.composer.composer import Composer
from app.ui.chat.owned_task import run_owned
from app.ui.tasks import TaskContext, TaskHandle

log = logging.getLogger(__name__)

#: How often a streaming answer is saved, and so how often the view shows more of it.
STREAM_SAVE_INTERVAL_S = 0.25


class MessageView(Protocol):
    """What the controller needs of ``ConversationView`` (see CONTRACTS.md)."""

    def conversation_id(self) -> str | None: ...
    def show_conversation(self, cid: str | None) -> None: ...
    def refresh_message(self, mid: str) -> None: ...
    def message_appended(self, mid: str) -> None: ...
    def reload(self) -> None: ...


@dataclass
class _Stream:
    conversation_id: str
    answer_id: str
    token: CancelToken
    session: ChatSession
    handle: TaskHandle | None = None


class ChatController(QObject):
    """Wires a :class:`Composer` to a conversation view and the chat services."""

    #: A conversation's messages, title or preview changed (the sidebar shows it).
    conversation_changed = Signal(str)
    #: A conversation was created for a first message typed into an empty view.
    conversation_created = Signal(str)
    #: The user asked to set up a model (open Settings › Models).
    setup_requested = Signal()
    #: (conversation id, streaming?) whenever an answer starts or ends.
    streaming_changed = Signal(str, bool)
    #: (conversation id, message id, status) once an answer has ended and been saved.
    answer_finished = Signal(str, str, str)
    #: (conversation id, title) when the model named a new conversation.
    title_generated = Signal(str, str)

    def __init__(
        self,
        view: MessageView,
        composer: Composer,
        endpoints: EndpointSettings,
        *,
        project_for_new_chat: Callable[[], int | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.composer = composer
        self.endpoints = endpoints
        self._project_for_new_chat = project_for_new_chat
        self._streams: dict[str, _Stream] = {}
        self._title_tokens: set[CancelToken] = set()
        self._shut_down = False
        self.save_interval = STREAM_SAVE_INTERVAL_S

        # Answers a killed process left "streaming" become "incomplete"; in the background,
        # leaving alone anything this process starts meanwhile.
        started = clock.now()
        run_owned(
            self,
            lambda ctx: recover_interrupted(started_before=started),
            on_result=self._recovered,
            on_error=lambda exc: log.warning("could not mark interrupted answers: %s", exc),
        )

        composer.send_requested.connect(self.send)
        composer.stop_requested.connect(self.stop)
        composer.edit_submitted.connect(self.submit_edit)
        composer.edit_last_requested.connect(self.edit_last)
        composer.setup_requested.connect(self.setup_requested)
        composer.model_chosen.connect(endpoints.select)
        composer.system_prompt_requested.connect(self.edit_system_prompt)
        composer.drafts.failed.connect(lambda text: notify.status(self.tr("The draft could not be saved: %1").replace("%1", text)))
        endpoints.changed.connect(self._endpoints_changed)
        endpoints.save_failed.connect(self._settings_save_failed)
        action_signal = getattr(view, "message_action", None)
        if action_signal is not None:
            action_signal.connect(self.message_action)
        self._endpoints_changed()

    # -- state ------------------------------------------------------------------------------

    def _recovered(self, count: int) -> None:
        if count and not self._shut_down:
            log.info("%d answer(s) cut off by a previous exit marked incomplete", count)
            if self.view.conversation_id() is not None:
                self.view.reload()

    def _widget(self) -> QWidget | None:
        return self.view if isinstance(self.view, QWidget) else None

    def is_streaming(self, conversation_id: str | None = None) -> bool:
        cid = conversation_id if conversation_id is not None else self.view.conversation_id()
        return cid in self._streams

    def streaming_answer(self, conversation_id: str) -> str | None:
        stream = self._streams.get(conversation_id)
        return stream.answer_id if stream else None

    def show_conversation(self, conversation_id: str | None) -> None:
        """The view now shows this conversation (None: a new, empty chat): follow it."""
        self.composer.set_conversation(conversation_id)
        self.composer.set_streaming(conversation_id in self._streams)
        self._show_system_prompt(conversation_id)

    def _show_system_prompt(self, conversation_id: str | None) -> None:
        try:
            if conversation_id:
                prompt = history.system_prompt_for(conversation_id)
            else:
                pid = self._project_for_new_chat()
                prompt = (projects.get_project(pid).system_prompt or "") if pid else ""
        except StoreError:
            prompt = ""
        self.composer.set_system_prompt(prompt)

    def _endpoints_changed(self) -> None:
        self.composer.set_endpoints(self.endpoints.config)

    def _settings_save_failed(self, text: str) -> None:
        notify.error(self._widget(), self.tr("Model settings not saved"), text)

    def _session(self, conversation_id: str) -> ChatSession:
        endpoint, model = self.endpoints.current()
        return ChatSession(
            conversation_id,
            endpoint,
            model,
            keys=self.endpoints.keys,
            save_interval=self.save_interval,
            describe_error=error_text.describe,
        )

    def _store_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ChatError):
            notify.error(self._widget(), self.tr("Cannot ask the model"), error_text.describe(exc))
        else:
            notify.error(self._widget(), self.tr("Not saved"), notify.store_error_text(exc), str(exc))

    # -- sending ----------------------------------------------------------------------------

    def send(self, text: str) -> None:
        """Commit the user's message, then ask the model (if one is set up)."""
        cid = self.view.conversation_id()
        if cid is not None and cid in self._streams:
            return
        created = False
        try:
            if cid is None:
                pid = self._project_for_new_chat() or projects.default_project().id
                cid = conversations.create_conversation(pid).id
                created = True
            session = self._session(cid)
            exchange = session.begin_exchange(text, clear_draft=True)
        except StoreError as exc:
            self._store_failed(exc)  # the text stays in the composer
            return
        self.composer.message_sent(cid)
        if created:
            self.view.show_conversation(cid)
            self.show_conversation(cid)
            self.conversation_created.emit(cid)
        else:
            self.view.message_appended(exchange.user.id)
            if exchange.answer is not None:
                self.view.message_appended(exchange.answer.id)
        self.conversation_changed.emit(cid)
        if exchange.answer is not None:
            self._stream(cid, session, exchange.answer.id)
        else:
            notify.status(self.tr("Saved as a note. Set up a model to get answers."))

    def _stream(self, cid: str, session: ChatSession, answer_id: str) -> None:
        token = CancelToken()
        stream = _Stream(cid, answer_id, token, session)
        self._streams[cid] = stream

        def work(ctx: TaskContext) -> AnswerOutcome:
            return session.run_answer(answer_id, token, on_saved=lambda _mid, text: ctx.progress(len(text)))

        stream.handle = run_owned(
            self,
            work,
            on_progress=lambda *_: self._answer_saved(cid, answer_id),
            on_result=lambda outcome: self._answer_done(stream, outcome),
            on_error=lambda exc: self._answer_crashed(cid, answer_id, exc),
        )
        if self.view.conversation_id() == cid:
            self.composer.set_streaming(True)
        self.streaming_changed.emit(cid, True)

    def _answer_saved(self, cid: str, answer_id: str) -> None:
        if self._shut_down:
            return
        if self.view.conversation_id() == cid:
            self.view.refresh_message(answer_id)

    def _end_stream(self, cid: str, answer_id: str) -> None:
        self._streams.pop(cid, None)
        if self.view.conversation_id() == cid:
            self.view.refresh_message(answer_id)
            self.composer.set_streaming(False)
        self.streaming_changed.emit(cid, False)
        self.conversation_changed.emit(cid)

    def _answer_done(self, stream: _Stream, outcome: AnswerOutcome) -> None:
        cid = stream.conversation_id
        if self._shut_down:  # the window closed: the answer is saved, nothing to show
            self._streams.pop(cid, None)
            return
        if outcome.status == GONE:  # the conversation was deleted meanwhile
            self._streams.pop(cid, None)
            self.streaming_changed.emit(cid, False)
            return
        self._end_stream(cid, outcome.message_id)
        if outcome.status == "error" and outcome.error is not None:
            notify.status(error_text.describe(outcome.error))
        elif outcome.status == "complete":
            self._name_conversation(stream.session, cid, outcome.message_id)
        self.answer_finished.emit(cid, outcome.message_id, outcome.status)

    def _name_conversation(self, session: ChatSession, cid: str, answer_id: str) -> None:
        """After a first exchange, ask the model for a title (in the background)."""
        if session.endpoint is None or not session.endpoint.generate_titles:
            return
        token = CancelToken()
        self._title_tokens.add(token)

        def named(title: str | None) -> None:
            if title and not self._shut_down:
                self.conversation_changed.emit(cid)
                self.title_generated.emit(cid, title)

        run_owned(
            self,
            lambda ctx: session.title_after_first_answer(answer_id, token),
            on_result=named,
            on_finished=lambda: self._title_tokens.discard(token),
        )

    def _answer_crashed(self, cid: str, answer_id: str, exc: BaseException) -> None:
        """The answer could not be saved at all (the database failed): say so."""
        if self._shut_down:
            self._streams.pop(cid, None)
            return
        self._end_stream(cid, answer_id)
        self.answer_finished.emit(cid, answer_id, "error")
        if isinstance(exc, NotFoundError):
            return  # deleted while it streamed: nothing to report
        if isinstance(exc, StoreError):
            self._store_failed(exc)
        else:
            notify.error(
                self._widget(), self.tr("The answer failed"), str(exc),
                getattr(exc, "__traceback_text__", None),
            )

    def stop(self) -> None:
        """Stop the answer streaming into the shown conversation; what arrived is kept."""
        stream = self._streams.get(self.view.conversation_id() or "")
        if stream is not None:
            stream.token.cancel()

    def shutdown(self) -> None:
        """The window is closing: stop every answer (each ends saved as incomplete), save drafts."""
        self._shut_down = True
        for stream in list(self._streams.values()):
            stream.token.cancel()
        for token in list(self._title_tokens):
            token.cancel()
        self.composer.flush_drafts()
        self.endpoints.flush()

    # -- message actions --------------------------------------------------------------------

    def message_action(self, action: str, message_id: str) -> None:
        """The view's per-message buttons: regenerate, retry, edit (copy is the view's own)."""
        if action == "regenerate":
            self.regenerate(message_id)
        elif action == "retry":
            self.retry(message_id)
        elif action == "edit":
            self.edit_message(message_id)

    def _busy(self, cid: str) -> bool:
        if cid in self._streams:
            notify.status(self.tr("An answer is still coming. Stop it first."))
            return True
        return False

    def _need_model(self) -> bool:
        if self.endpoints.current()[0] is None:
            notify.status(self.tr("No model is set up yet."))
            self.setup_requested.emit()
            return True
        return False

    def regenerate(self, message_id: str) -> None:
        """Another answer to the same question, kept beside the first (‹ 2/2 ›)."""
        try:
            row = messages.get_message(message_id)
        except NotFoundError:
            return
        cid = row.conversation_id
        if self._busy(cid) or self._need_model():
            return
        parent = row.parent_id if row.role == "assistant" else row.id
        if parent is None:
            return
        try:
            session = self._session(cid)
            answer = session.start_answer(parent)
        except (StoreError, ChatError) as exc:
            self._store_failed(exc)
            return
        self._show_new_leaf(cid, answer.id)
        self._stream(cid, session, answer.id)

    def retry(self, message_id: str) -> None:
        """Ask again after an error (or get a first answer to a note)."""
        try:
            row = messages.get_message(message_id)
        except NotFoundError:
            return
        cid = row.conversation_id
        if self._busy(cid) or self._need_model():
            return
        try:
            session = self._session(cid)
            if row.role == "assistant":
                answer = session.restart_answer(message_id)
            else:
                answer = session.start_answer(message_id)
        except (StoreError, ChatError) as exc:
            self._store_failed(exc)
            return
        if answer.id == message_id:
            if self.view.conversation_id() == cid:
                self.view.refresh_message(message_id)
        else:
            self._show_new_leaf(cid, answer.id)
        self._stream(cid, session, answer.id)

    def _show_new_leaf(self, cid: str, message_id: str) -> None:
        if self.view.conversation_id() == cid:
            self.view.message_appended(message_id)
        self.conversation_changed.emit(cid)

    # -- editing ----------------------------------------------------------------------------

    def _unanswered_leaf(self, cid: str) -> tuple[str | None, str | None]:
        """(the user's last message, its failed empty answer) if nothing has answered it."""
        leaf_id = messages.active_leaf(cid)
        if leaf_id is None:
            return None, None
        leaf = messages.get_message(leaf_id)
        if leaf.role == "user":
            return leaf.id, None
        if leaf.role == "assistant" and leaf.status == "error" and not leaf.content.strip() and leaf.parent_id:
            parent = messages.get_message(leaf.parent_id)
            if parent.role == "user":
                return parent.id, leaf.id
        return None, None

    def edit_last(self) -> None:
        """Up in an empty composer: edit the last message sent, if nothing has answered it."""
        cid = self.view.conversation_id()
        if cid is None or cid in self._streams:
            return
        try:
            user_id, _failed = self._unanswered_leaf(cid)
            if user_id is not None:
                self.composer.begin_edit(user_id, messages.get_message(user_id).content)
        except StoreError as exc:
            self._store_failed(exc)

    def edit_message(self, message_id: str) -> None:
        """Put one of the user's messages in the composer to change it."""
        try:
            row = messages.get_message(message_id)
        except NotFoundError:
            return
        if row.role != "user":
            return
        if self.view.conversation_id() != row.conversation_id:
            return
        self.composer.begin_edit(row.id, row.content)

    def submit_edit(self, message_id: str, text: str) -> None:
        """An edited message: changed in place if unanswered, else a new version (a branch)."""
        try:
            row = messages.get_message(message_id)
        except NotFoundError:
            self.composer.cancel_edit()
            return
        cid = row.conversation_id
        if self._busy(cid):
            return
        session = self._session(cid)
        try:
            user_id, failed_answer = self._unanswered_leaf(cid)
            if user_id == message_id:
                session.edit_unanswered(message_id, text)
                self.composer.message_sent(cid)
                self._refresh(cid, message_id)
                if failed_answer is not None and session.endpoint is not None:
                    answer = session.restart_answer(failed_answer)
                    self._refresh(cid, answer.id)
                    self._stream(cid, session, answer.id)
                elif session.endpoint is not None and failed_answer is None:
                    answer = session.start_answer(message_id)
                    self._show_new_leaf(cid, answer.id)
                    self._stream(cid, session, answer.id)
                self.conversation_changed.emit(cid)
                return
            exchange = session.begin_exchange(text, parent_id=row.parent_id)
        except (StoreError, ChatError) as exc:
            self._store_failed(exc)
            return
        self.composer.message_sent(cid)
        if self.view.conversation_id() == cid:
            self.view.reload()  # a new branch: the rows after the fork change
        self.conversation_changed.emit(cid)
        if exchange.answer is not None:
            self._stream(cid, session, exchange.answer.id)

    def _refresh(self, cid: str, message_id: str) -> None:
        if self.view.conversation_id() == cid:
            self.view.refresh_message(message_id)

    # -- system prompt ----------------------------------------------------------------------

    def edit_system_prompt(self) -> None:
        """The system prompt dialog for the shown conversation and its project."""
        from app.ui.composer.system_prompt_dialog import SystemPromptDialog

        cid = self.view.conversation_id()
        try:
            if cid is not None:
                pid = conversations.get_conversation(cid).project_id
                own = conversations.get_system_prompt(cid) or ""
            else:
                pid = self._project_for_new_chat() or projects.default_project().id
                own = ""
            project = projects.get_project(pid)
        except StoreError as exc:
            self._store_failed(exc)
            return
        dialog = SystemPromptDialog(
            project.name, project.system_prompt or "", own, has_conversation=cid is not None, parent=self._widget()
        )
        if notify.exec_dialog(dialog) != SystemPromptDialog.DialogCode.Accepted:
            return
        project_prompt, conversation_prompt = dialog.prompts()
        try:
            projects.set_project_system_prompt(pid, project_prompt)
            if cid is not None:
                conversations.set_system_prompt(cid, conversation_prompt)
        except StoreError as exc:
            self._store_failed(exc)
            return
        self._show_system_prompt(cid)
