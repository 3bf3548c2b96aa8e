"""Rules applied to the parsed Markdown tree before it becomes HTML.

Safety: links keep only ``http``, ``https`` and ``mailto`` targets (others become their
Markdown source as text); images are never fetched (an ``<img>`` becomes a link to the
image, or text); a link nested in a link is flattened. Presentation: GitHub task-list
boxes, and table attributes QTextDocument needs to draw cell borders and padding.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import util
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from app.services.render.links import is_safe_url

#: Shown before an image's description, in place of the image (which is never loaded).
IMAGE_MARK = "\U0001f5bc\ufe0f "
_TASK = re.compile(r"^\s*\[([ xX])\]\s+")
_AMP_ENTITY = re.compile(re.escape(util.AMP_SUBSTITUTE) + r"#(\d+);")

#: Bare web addresses become links, as in GitHub and chat apps.
BARE_URL_PATTERN = r"(?<![\w/@.])(https?://[^\s<>\"'`\x02\x03]+)"
_TRAILING_PUNCTUATION = ".,:;!?*_~'\""


class BareUrlInlineProcessor(InlineProcessor):
    """``https://example.com/page`` in running text becomes a link."""

    def handleMatch(self, m: re.Match, data: str):  # noqa: N802 (Markdown's API)
        url = m.group(1)
        end = m.end(1)
        while url and (
            url[-1] in _TRAILING_PUNCTUATION or (url[-1] == ")" and url.count("(") < url.count(")"))
        ):
            url = url[:-1]
            end -= 1
        if not is_safe_url(url):
            return None, None, None
        link = etree.Element("a", {"href": url})
        link.text = util.AtomicString(url)
        return link, m.start(1), end


class SafetyTreeprocessor(Treeprocessor):
    """Enforces the link and image rules and adds the presentation attributes."""

    def run(self, root: etree.Element) -> None:
        self._walk(root, inside_link=False)

    def _walk(self, parent: etree.Element, inside_link: bool) -> None:
        for position, child in enumerate(list(parent)):
            tag = child.tag
            if tag == "a":
                href = _decode_entities(child.get("href", ""))
                if inside_link or not is_safe_url(href):
                    child = _link_as_text(child, href, show_target=not inside_link)
                    parent[position] = child
                else:
                    child.attrib = {"href": href.strip()}  # QTextDocument shows no titles
            elif tag == "img":
                child = _image_as_link(child)
                parent[position] = child
            elif tag == "li":
                _task_box(child)
            elif tag == "table":
                child.set("cellspacing", "0")
                child.set("cellpadding", "6")
                child.set("border", "1")
            elif tag == "blockquote":
                child = _quote_with_bar(child)
                parent[position] = child
            self._walk(child, inside_link or child.tag == "a")


def _decode_entities(href: str) -> str:
    """Automatic mail links arrive entity-obfuscated; checks need the real text."""
    return _AMP_ENTITY.sub(lambda m: chr(int(m.group(1))), href)


def _link_as_text(link: etree.Element, href: str, *, show_target: bool) -> etree.Element:
    """An unsafe link shown as its Markdown source, e.g. ``[click](javascript:...)``."""
    span = etree.Element("span")
    span.text = ("[" if show_target else "") + (link.text or "")
    span.extend(list(link))
    if show_target:
        closing = f"]({href})"
        if len(span):
            span[-1].tail = (span[-1].tail or "") + closing
        else:
            span.text += closing
    span.tail = link.tail
    return span


def _image_as_link(image: etree.Element) -> etree.Element:
    """An image becomes a link to it (opened in the browser on click), never loaded here."""
    source = _decode_entities(image.get("src", ""))
    safe = is_safe_url(source)
    filename = source.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] if safe else ""
    label = image.get("alt") or image.get("title") or filename
    if safe:
        element = etree.Element("a", {"href": source.strip()})
    else:
        element = etree.Element("span")
    element.text = util.AtomicString(IMAGE_MARK + label)
    element.tail = image.tail
    return element


def _quote_with_bar(quote: etree.Element) -> etree.Element:
    """A block quote as a two-cell table: QTextDocument cannot draw a left border."""
    table = etree.Element(
        "table", {"class": "quote", "cellspacing": "0", "cellpadding": "0", "width": "100%"}
    )
    row = etree.SubElement(table, "tr")
    etree.SubElement(row, "td", {"class": "quote-bar", "width": "3"})
    body = etree.SubElement(row, "td", {"class": "quote-body"})
    body.text = quote.text
    body.extend(list(quote))
    table.tail = quote.tail
    return table


def _task_box(item: etree.Element) -> None:
    """GitHub task lists: ``- [ ] todo`` and ``- [x] done`` get a box."""
    holder = item
    if not (item.text or "").strip() and len(item) and item[0].tag == "p":
        holder = item[0]  # a loose list wraps the text in <p>
    match = _TASK.match(holder.text or "")
    if match:
        box = "\u2611 " if match.group(1) in "xX" else "\u2610 "
        holder.text = box + holder.text[match.end() :]
