"""What the model is sent: the system prompt and the branch leading to the message answered."""

from __future__ import annotations

from app.store import conversations, messages, projects
from app.store.errors import NotFoundError


def system_prompt_for(conversation_id: str) -> str:
    """The conversation's own system prompt, else its project's, else nothing."""
    own = conversations.get_system_prompt(conversation_id)
    if own and own.strip():
        return own.strip()
    conv = conversations.find_conversation(conversation_id)
    if conv is None:
        return ""
    try:
        project = projects.get_project(conv.project_id)
    except NotFoundError:
        return ""
    return (project.system_prompt or "").strip()


def prompt_messages(conversation_id: str, up_to_message_id: str) -> list[dict]:
    """OpenAI ``messages`` for answering ``up_to_message_id``: the path from the root to it.

    Hidden and tool messages are left out (no tool definitions are sent), as are failed
    answers with nothing in them. Consecutive messages of one role (several notes written
    with no model set up) are joined, since many chat templates insist on alternation.
    """
    result: list[dict] = []
    system = system_prompt_for(conversation_id)
    if system:
        result.append({"role": "system", "content": system})
    for row in messages.load_messages(messages.path_to(up_to_message_id)):
        if row.role not in ("user", "assistant", "system") or not row.content.strip():
            continue
        if result and result[-1]["role"] == row.role and row.role != "system":
            result[-1]["content"] += "\n\n" + row.content
        else:
            result.append({"role": row.role, "content": row.content})
    return result
