"""The small words around a message: who wrote it, when, with which model, its status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from app import clock
from app.store.rows import MessageRow
from app.ui.conversation.message_list_model import role_label

translate = QCoreApplication.translate


def local_time(timestamp: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(timestamp * 1000)).toLocalTime()


def short_time(timestamp: float) -> str:
    """14:32 for today, otherwise the short local date and time."""
    locale = QLocale()
    when = local_time(timestamp)
    today = local_time(clock.now()).date()
    if when.date() == today:
        return locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(when, QLocale.FormatType.ShortFormat)


def long_time(timestamp: float) -> str:
    return QLocale().toString(local_time(timestamp), QLocale.FormatType.LongFormat)


def model_name(row: MessageRow) -> str:
    model = row.metadata.get("model") if isinstance(row.metadata, dict) else None
    return str(model) if model else ""


def header_parts(row: MessageRow) -> tuple[str, str]:
    """(author, the quiet rest: model and time)."""
    rest = [part for part in (model_name(row) if row.role == "assistant" else "",) if part]
    rest.append(short_time(row.created_at))
    return role_label(row.role), " \u00b7 ".join(rest)


def header_tooltip(row: MessageRow) -> str:
    """The full date, and token counts when the provider reported them."""
    lines = [long_time(row.created_at)]
    model = model_name(row)
    if model:
        lines.append(translate("MessageView", "Model: %1").replace("%1", model))
    meta = row.metadata if isinstance(row.metadata, dict) else {}
    tokens_in, tokens_out = meta.get("input_tokens"), meta.get("output_tokens")
    locale = QLocale()
    if isinstance(tokens_in, int) and isinstance(tokens_out, int):
        lines.append(
            translate("MessageView", "Tokens: %1 in, %2 out")
            .replace("%1", locale.toString(tokens_in))
            .replace("%2", locale.toString(tokens_out))
        )
    latency, duration = meta.get("latency_ms"), meta.get("duration_ms")
    if isinstance(latency, (int, float)) and isinstance(duration, (int, float)):
        lines.append(
            translate("MessageView", "First word after %1 s, finished after %2 s")
            .replace("%1", locale.toString(latency / 1000, "f", 1))
            .replace("%2", locale.toString(duration / 1000, "f", 1))
        )
    endpoint = meta.get("endpoint")
    if isinstance(endpoint, str) and endpoint:
        lines.append(translate("MessageView", "Server: %1").replace("%1", endpoint))
    return "\n".join(lines)


def error_text(row: MessageRow) -> str:
    meta = row.metadata if isinstance(row.metadata, dict) else {}
    error = meta.get("error")
    if isinstance(error, dict):
        error = error.get("message") or error.get("detail")
    return str(error).strip() if error else ""


def badge_text(row: MessageRow) -> str:
    """The status pill: empty for a complete message."""
    if row.status == "streaming":
        return translate("MessageView", "Writing…")
    if row.status == "incomplete":
        return translate("MessageView", "Incomplete")
    if row.status == "error":
        detail = error_text(row)
        if detail:
            return translate("MessageView", "Error: %1").replace("%1", detail)
        return translate("MessageView", "Error")
    return ""


def action_tooltip(name: str) -> str:
    return {
        "copy": translate("MessageView", "Copy message"),
        "edit": translate("MessageView", "Edit message"),
        "regenerate": translate("MessageView", "Regenerate answer"),
        "retry": translate("MessageView", "Retry"),
        "prev": translate("MessageView", "Previous version"),
        "next": translate("MessageView", "Next version"),
    }.get(name, "")


def versions_text(position: int, count: int) -> str:
    locale = QLocale()
    return f"{locale.toString(position)}/{locale.toString(count)}"
