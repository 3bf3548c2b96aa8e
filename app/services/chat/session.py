"""One conversation talking to one model, with every word in the database as it arrives.

The order of events is the point of Parley:

1. :meth:`ChatSession.begin_exchange` commits the user's message, and (when a model is
   set up) an empty assistant message with status ``streaming``, in one transaction,
   before anything is sent.
2. :meth:`ChatSession.run_answer` (on a worker thread) streams the answer; a saver thread
   writes what has arrived every ``save_interval`` seconds, so a crash or a kill loses at
   most that much, and the final text, status and metadata are written at the end:
   ``complete``; ``incomplete`` when the user stopped it; ``error`` with the error's text
   when it failed. What arrived is always kept.
3. :func:`recover_interrupted` runs at start-up: an answer still ``streaming`` belongs to
   a process that died, and becomes ``incomplete``.

Nothing here imports Qt; the window drives it through ``app/ui/chat/``.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from app.services.chat import errors, history, titles
from app.services.chat.cancel import Cancelled, CancelToken
from app.services.chat.client import ChatClient, ChatResult
from app.services.chat.endpoints import Endpoint
from app.services.chat.errors import ChatError
from app.services.chat.secrets import KeyStore
from app.store import conversations, messages
from app.store.database import release_thread_connection, write
from app.store.errors import NotFoundError
from app.store.models import Message
from app.store.rows import MessageRow

log = logging.getLogger(__name__)

#: How often a streaming answer is written to the database (the promise: at least every second).
SAVE_INTERVAL_S = 1.0

#: Why an answer ended when the user stopped it (the API's own reasons are stop, length...).
FINISH_CANCELLED = "cancelled"

#: An outcome's status when the conversation was deleted while its answer streamed.
GONE = "gone"


@dataclass
class Exchange:
    """What :meth:`ChatSession.begin_exchange` committed."""

    user: MessageRow
    answer: MessageRow | None  # None: no model set up, the message is a note to self


@dataclass
class AnswerOutcome:
    """How an answer ended; ``text`` and ``metadata`` are what the database now holds."""

    message_id: str
    status: str  # complete | incomplete | error (or GONE: deleted meanwhile)
    text: str
    metadata: dict = field(default_factory=dict)
    error: ChatError | None = None
    title: str | None = None  # a new conversation title, when one was set


class _Saver(threading.Thread):
    """Writes the growing answer every ``interval`` seconds while it changes."""

    def __init__(
        self,
        answer_id: str,
        interval: float,
        on_saved: Callable[[str, str], None] | None,
        on_gone: Callable[[], None],
    ):
        super().__init__(name=f"answer-saver-{answer_id[:8]}", daemon=True)
        self._answer_id = answer_id
        self._interval = interval
        self._on_saved = on_saved
        self._on_gone = on_gone
        self._pieces: list[str] = []
        self._saved_count = 0
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self.failure: BaseException | None = None

    def add(self, piece: str) -> None:
        with self._lock:
            self._pieces.append(piece)

    def text(self) -> str:
        with self._lock:
            return "".join(self._pieces)

    def _flush(self) -> None:
        with self._lock:
            if len(self._pieces) == self._saved_count:
                return
            self._saved_count = len(self._pieces)
            text = "".join(self._pieces)
        try:
            messages.update_message(self._answer_id, content=text)
        except NotFoundError:
            self._on_gone()  # the conversation was deleted: stop asking the model
            raise
        if self._on_saved is not None:
            self._on_saved(self._answer_id, text)

    def run(self) -> None:
        try:
            while not self._finished.wait(self._interval):
                self._flush()
        except BaseException as exc:  # disk full, database gone: the final write reports it
            log.warning("saving the streaming answer failed: %s", exc)
            self.failure = exc
        finally:
            release_thread_connection()

    def finish(self) -> str:
        """Stop saving (the caller writes the final state); returns the whole text."""
        self._finished.set()
        if self.is_alive():
            self.join()
        return self.text()


def _english(error: ChatError) -> str:
    return error.message


class ChatSession:
    """Sends one conversation to one endpoint and model, saving as it goes.

    ``describe_error`` turns a :class:`ChatError` into the text stored with a failed answer
    (the window passes a translating one). ``keys`` supplies the API key, read on the worker
    thread because a keyring may block.
    """

    def __init__(
        self,
        conversation_id: str,
        endpoint: Endpoint | None,
        model: str = "",
        *,
        keys: KeyStore | None = None,
        save_interval: float = SAVE_INTERVAL_S,
        describe_error: Callable[[ChatError], str] = _english,
    ) -> None:
        self.conversation_id = conversation_id
        self.endpoint = endpoint
        self.model = model or (endpoint.default_model if endpoint else "")
        self.keys = keys
        self.save_interval = save_interval
        self.describe_error = describe_error

    # -- writing the user's side (fast; the window calls these on its own thread) ---------

    def begin_exchange(
        self, text: str, *, parent_id: str | None | object = messages.ACTIVE_LEAF, clear_draft: bool = False
    ) -> Exchange:
        """Commit the user's message and, with a model set up, the empty answer to it.

        ``clear_draft`` empties the conversation's saved draft in the same transaction, so a
        crash can never bring back as a draft what was already sent.
        """
        with write():
            user = messages.append_message(self.conversation_id, "user", text, parent_id=parent_id)
            if clear_draft:
                conversations.set_draft(self.conversation_id, "")
            self._title_from_first_words(user)
            answer = self._new_answer(user.id) if self.endpoint is not None else None
        return Exchange(user, answer)

    def edit_unanswered(self, message_id: str, text: str) -> MessageRow:
        """Change a message nothing has answered yet, in place (its first-words title follows)."""
        with write():
            old = messages.get_message(message_id)
            messages.update_message(message_id, content=text)
            if old.parent_id is None:
                title = conversations.get_conversation(self.conversation_id).title
                if title in ("", titles.fallback_title(old.content)):
                    conversations.rename_conversation(self.conversation_id, titles.fallback_title(text))
        return messages.get_message(message_id)

    def start_answer(self, parent_id: str) -> MessageRow:
        """A new (sibling) answer to ``parent_id``, status ``streaming``: regenerate."""
        return self._new_answer(parent_id)

    def restart_answer(self, answer_id: str) -> MessageRow:
        """Retry a failed answer: reused in place when empty, else a new sibling (keeping it)."""
        old = messages.get_message(answer_id)
        if old.parent_id is None:
            raise ChatError(errors.PROVIDER, "There is no message to answer.")
        if old.content.strip():
            return self._new_answer(old.parent_id)
        messages.update_message(
            answer_id, content="", status="streaming",
            metadata={**self._answer_metadata(), "error": None, "error_kind": None, "finish_reason": None},
        )
        return messages.get_message(answer_id)

    def _answer_metadata(self) -> dict:
        return {"model": self.model, "endpoint": self.endpoint.name if self.endpoint else ""}

    def _new_answer(self, parent_id: str) -> MessageRow:
        if self.endpoint is None:
            raise ChatError(errors.NO_ENDPOINT, "No model is set up. Add one in Settings \u203a Models.")
        return messages.append_message(
            self.conversation_id, "assistant", "", parent_id=parent_id,
            status="streaming", metadata=self._answer_metadata(),
        )

    def _title_from_first_words(self, user: MessageRow) -> None:
        conv = conversations.get_conversation(self.conversation_id)
        if conv.title.strip():
            return
        first = messages.path_to(user.id)
        if first and first[0] == user.id:
            conversations.rename_conversation(self.conversation_id, titles.fallback_title(user.content))

    # -- the answer (blocking; on a worker thread) ----------------------------------------

    def run_answer(
        self,
        answer_id: str,
        token: CancelToken | None = None,
        *,
        on_saved: Callable[[str, str], None] | None = None,
    ) -> AnswerOutcome:
        """Stream the answer into message ``answer_id`` and return how it ended.

        Raises only for failures of the database itself (the answer cannot be saved);
        failures of the model or the network end up in the message, status ``error``.
        """
        token = token or CancelToken()
        answer = messages.get_message(answer_id)
        saver = _Saver(answer_id, self.save_interval, on_saved, on_gone=token.cancel)
        started = time.monotonic()
        first_token: list[float] = []

        def on_delta(piece: str) -> None:
            if not first_token:
                first_token.append(time.monotonic())
            saver.add(piece)

        result: ChatResult | None = None
        error: ChatError | None = None
        cancelled = False
        saver.start()
        try:
            if self.endpoint is None:
                raise ChatError(errors.NO_ENDPOINT, "No model is set up. Add one in Settings \u203a Models.")
            key = self.keys.get(self.endpoint.id) if self.keys else None
            prompt = history.prompt_messages(self.conversation_id, answer.parent_id) if answer.parent_id else []
            client = ChatClient(self.endpoint, key, token=token)
            result = client.chat(prompt, self.model, on_delta=on_delta)
        except Cancelled:
            cancelled = True
        except ChatError as exc:
            error = exc
        except Exception as exc:  # a bug must still leave the answer readable, and say what happened
            log.exception("the answer failed unexpectedly")
            error = ChatError(errors.PROVIDER, f"Something went wrong: {exc.__class__.__name__}: {exc}")
        finally:
            text = saver.finish()
        if token.cancelled:
            cancelled, error = True, None

        ended = time.monotonic()
        metadata = {
            **self._answer_metadata(),
            "duration_ms": round((ended - started) * 1000),
            "latency_ms": round((first_token[0] - started) * 1000) if first_token else None,
        }
        if result is not None:
            text = result.text or text
            metadata.update(
                model=result.model or self.model,
                input_tokens=result.input_tokens,
                output_tokens=result.output_tokens,
                finish_reason=result.finish_reason,
            )
            if result.reasoning:
                metadata["reasoning"] = result.reasoning
            status = "complete"
        elif cancelled:
            metadata["finish_reason"] = FINISH_CANCELLED
            status = "incomplete"
        else:
            assert error is not None
            described = self.describe_error(error)
            metadata.update(error=described, error_kind=error.kind, http_status=error.status)
            if error.retry_after is not None:
                metadata["retry_after_s"] = error.retry_after
            status = "error"
        try:
            messages.update_message(answer_id, content=text, status=status, metadata=metadata)
        except NotFoundError:
            # The conversation was deleted while its answer streamed: nothing left to keep.
            return AnswerOutcome(answer_id, GONE, text, metadata, error)
        if saver.failure is not None:
            log.info("a periodic save had failed but the final one succeeded")
        return AnswerOutcome(answer_id, status, text, metadata, error)

    def title_after_first_answer(self, answer_id: str, token: CancelToken | None = None) -> str | None:
        """After the first exchange, let the model replace the first-words title.

        Returns the new title, or None when there is nothing to do: not the first exchange,
        titles switched off, the user already named the conversation, or the model gave none.
        Blocking (one short request): run it on a worker.
        """
        token = token or CancelToken()
        if self.endpoint is None or not self.endpoint.generate_titles:
            return None
        try:
            path = messages.path_to(answer_id)
            if len(path) != 2:
                return None
            first = messages.get_message(path[0])
            answer_text = messages.get_message(answer_id).content
            automatic = ("", titles.fallback_title(first.content))
            if conversations.get_conversation(self.conversation_id).title not in automatic:
                return None  # the user named it: leave it
            key = self.keys.get(self.endpoint.id) if self.keys else None
            client = ChatClient(self.endpoint, key, token=token)
            title = titles.ask_model_for_title(client, self.model, first.content, answer_text)
            if not title or token.cancelled:
                return None
            with write():
                # The user may have renamed it while the model thought.
                if conversations.get_conversation(self.conversation_id).title not in automatic:
                    return None
                conversations.rename_conversation(self.conversation_id, title)
            return title
        except (NotFoundError, Cancelled):
            return None


def send_message(
    conversation_id: str,
    text: str,
    endpoint: Endpoint | None,
    model: str = "",
    *,
    keys: KeyStore | None = None,
    token: CancelToken | None = None,
    on_saved: Callable[[str, str], None] | None = None,
    save_interval: float = SAVE_INTERVAL_S,
) -> tuple[Exchange, AnswerOutcome | None]:
    """The whole exchange in one call (scripts and tests): commit, then stream and save."""
    session = ChatSession(conversation_id, endpoint, model, keys=keys, save_interval=save_interval)
    exchange = session.begin_exchange(text)
    if exchange.answer is None:
        return exchange, None
    outcome = session.run_answer(exchange.answer.id, token, on_saved=on_saved)
    if outcome.status == "complete":
        outcome.title = session.title_after_first_answer(outcome.message_id, token)
    return exchange, outcome


def recover_interrupted(*, started_before: float | None = None) -> int:
    """Answers left ``streaming`` by a process that died become ``incomplete``; returns how many.

    ``started_before`` (this process's start time) leaves alone any answer this process
    began meanwhile, so it may run in the background while the user already chats. The
    search is a read (it does not hold the write lock); the update then touches only the
    rows found.
    """
    query = Message.select(Message.id).where(Message.status == "streaming")
    if started_before is not None:
        query = query.where(Message.created_at < started_before)
    found = [mid for (mid,) in query.tuples()]
    if not found:
        return 0
    with write():
        return (
            Message.update(status="incomplete")
            .where(Message.id.in_(found) & (Message.status == "streaming"))
            .execute()
        )
