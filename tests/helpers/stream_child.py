"""A stand-in for the app, streaming one answer: run in a subprocess and killed mid-answer.

    python -m tests.helpers.stream_child DATA_DIR BASE_URL

Prints ``conversation <id>`` once the user's message is committed, then ``saved <n>``
each time the growing answer has been written (``n`` characters), as the real app would.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(data_dir: str, base_url: str) -> None:
    from app.services.chat.endpoints import Endpoint
    from app.services.chat.session import ChatSession
    from app.store import conversations, open_database, projects

    open_database(Path(data_dir))
    conversation = conversations.create_conversation(projects.default_project().id)
    session = ChatSession(conversation.id, Endpoint.new("Child", base_url, "test-model"), save_interval=0.05)
    exchange = session.begin_exchange("Write me a long story")
    print(f"conversation {conversation.id}", flush=True)
    session.run_answer(exchange.answer.id, on_saved=lambda _id, text: print(f"saved {len(text)}", flush=True))
    print("finished", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
