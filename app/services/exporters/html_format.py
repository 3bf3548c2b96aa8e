"""One self-contained HTML file: styled like the app, code highlighted, nothing remote.

Messages are rendered by the same Markdown pipeline as the window
(:mod:`app.services.render`: raw HTML shown as text, no images fetched) and dressed with
the window's own document stylesheet, light or dark following the reader's system. A
Content-Security-Policy forbids the page from loading or running anything.
"""

from __future__ import annotations

import html
from typing import TextIO

from app.identity import APP_NAME, APP_VERSION
from app.services.exporters.common import (
    ENGLISH_WORDS,
    ExportWords,
    attachment_lines,
    header_facts,
    local_time,
    reasoning_text,
    role_heading,
)
from app.services.exporters.data import ExportConversation
from app.services.texts import QT_TRANSLATE_NOOP

#: The window's palette (app/ui/theme.py), repeated here because services may not import Qt.
LIGHT = {"bg": "#ffffff", "alt": "#f4f4f6", "bubble": "#eef0fb", "border": "#e2e2e8", "text": "#1d1d22", "muted": "#6b6b78", "accent": "#4f5bd5"}
DARK = {"bg": "#1e1f23", "alt": "#17181b", "bubble": "#2c2f4a", "border": "#2f3037", "text": "#e8e8ed", "muted": "#9a9aa8", "accent": "#7c85f2"}

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _page_css() -> str:
    from app.services.render import document_stylesheet

    def vars_(p: dict) -> str:
        return "".join(f"--{k}: {v}; " for k, v in p.items())

    return f"""
:root {{ {vars_(LIGHT)} color-scheme: light dark; }}
@media (prefers-color-scheme: dark) {{ :root {{ {vars_(DARK)} }} }}
body {{ margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }}
main {{ max-width: 820px; margin: 0 auto; padding: 32px 24px 64px; }}
article + article {{ border-top: 1px solid var(--border); margin-top: 48px; padding-top: 32px; }}
h1.title {{ font-size: 26px; font-weight: 650; margin: 0 0 8px; }}
dl.facts {{ display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0 0 28px;
  color: var(--muted); font-size: 13px; }}
dl.facts dt {{ font-weight: 600; }} dl.facts dd {{ margin: 0; overflow-wrap: anywhere; }}
.system-prompt {{ background: var(--alt); border-radius: 10px; padding: 10px 14px; margin-bottom: 24px; }}
.message {{ margin: 0 0 22px; display: flex; flex-direction: column; }}
.message .meta {{ color: var(--muted); font-size: 12.5px; margin-bottom: 4px; }}
.message.user {{ align-items: flex-end; }}
.message.user .body {{ background: var(--bubble); border-radius: 16px; padding: 10px 14px; max-width: 85%; }}
.message.tool .body, .message.system .body {{ border-left: 3px solid var(--border); padding-left: 12px; }}
.body {{ overflow-wrap: anywhere; }}
.body pre {{ overflow-x: auto; white-space: pre-wrap; }}
.thinking {{ color: var(--muted); border-left: 3px solid var(--border); padding-left: 12px; margin-bottom: 8px;
  white-space: pre-wrap; font-size: 13.5px; }}
.attachments {{ color: var(--muted); font-size: 13px; margin: 6px 0 0; padding-left: 18px; }}
footer {{ color: var(--muted); font-size: 12px; text-align: center; margin-top: 40px; }}
{document_stylesheet(False)}
@media (prefers-color-scheme: dark) {{
{document_stylesheet(True)}
}}
"""


def conversation_body(conv: ExportConversation, *, for_qt: bool = False, words: ExportWords = ENGLISH_WORDS) -> str:
    """The HTML of one conversation (an ``<article>``), shared with the PDF export."""
    from app.services.render import render

    parts = [f'<article id="c-{html.escape(conv.id)}">']
    parts.append(f'<h1 class="title">{html.escape(words.title(conv.title))}</h1>')
    if for_qt:
        facts = " \u00b7 ".join(
            f"{html.escape(label)}: {html.escape(value)}" for label, value in header_facts(conv, words)
        )
        parts.append(f'<p class="facts"><small>{facts}</small></p>')
    else:
        parts.append('<dl class="facts">')
        for label, value in header_facts(conv, words):
            parts.append(f"<dt>{html.escape(label)}</dt><dd>{html.escape(value)}</dd>")
        parts.append("</dl>")
    if conv.system_prompt:
        parts.append(
            f'<div class="system-prompt"><b>{html.escape(words.system_prompt)}</b> {html.escape(conv.system_prompt)}</div>'
        )
    for message in conv.active_branch():
        meta = f"{html.escape(role_heading(message, words))} \u00b7 {local_time(message.created_at)}"
        body = render(message.content, copy_label=None).html
        reasoning = reasoning_text(message)
        attachments = attachment_lines(message, words)
        if for_qt:
            parts.append(f'<p class="meta"><b>{meta}</b></p>')
            if reasoning:
                parts.append(f'<p class="thinking"><i>{html.escape(words.thinking)} {html.escape(reasoning)}</i></p>')
            parts.append(body)
            if attachments:
                parts.append("<ul>" + "".join(f"<li><i>{html.escape(a)}</i></li>" for a in attachments) + "</ul>")
            continue
        parts.append(f'<section class="message {message.role}"><div class="meta">{meta}</div><div class="body">')
        if reasoning:
            parts.append(f'<div class="thinking">{html.escape(reasoning)}</div>')
        parts.append(body)
        parts.append("</div>")
        if attachments:
            parts.append('<ul class="attachments">' + "".join(f"<li>{html.escape(a)}</li>" for a in attachments) + "</ul>")
        parts.append("</section>")
    parts.append("</article>")
    return "\n".join(parts)


class HtmlFormat:
    name = "html"
    label = "HTML"
    extension = ".html"
    all_messages = False
    binary = False

    def begin(self, out: TextIO, info: dict) -> None:
        self._words = words = info.get("words", ENGLISH_WORDS)
        title = html.escape(info.get("title") or words.default_title)
        out.write(
            "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="{html.escape(APP_NAME)} {html.escape(APP_VERSION)}">\n'
            f"<title>{title}</title>\n<style>{_page_css()}</style>\n</head>\n<body>\n<main>\n"
        )

    def conversation(self, out: TextIO, conv: ExportConversation) -> None:
        out.write(conversation_body(conv, words=self._words))
        out.write("\n")

    def end(self, out: TextIO) -> None:
        footer = self._words.say(QT_TRANSLATE_NOOP("ExportedFile", "Exported from %1").arg(APP_NAME))
        out.write(f"<footer>{html.escape(footer)}</footer>\n</main>\n</body>\n</html>\n")
