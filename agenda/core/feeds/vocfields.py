"""The field formats of schedule.xml/json (voc.py): HTML made plain text, ``HH:MM`` durations, links and
attachments, the recording opt-out."""
from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser
from typing import Any

from ..errors import FeedError
from ..words import tr

MAX_DURATION = timedelta(days=31)  # longer is a broken entry, not a session


class _Text(HTMLParser):
    """The text of an HTML fragment: block ends become line breaks, tags and scripts are dropped."""

    BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def plain_text(html: str | None) -> str:
    """HTML (or plain text) as plain text, paragraphs kept apart by one blank line."""
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return html.strip()
    p = _Text()
    p.feed(html)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def duration(text: str | None, where: str) -> timedelta:
    """``HH:MM`` or ``HH:MM:SS``."""
    parts = (text or "").strip().split(":")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        nums = []
    if len(nums) in (2, 3) and all(n >= 0 for n in nums):
        value = timedelta(hours=nums[0], minutes=nums[1], seconds=nums[2] if len(nums) == 3 else 0)
        if value > MAX_DURATION:
            raise FeedError(tr("{where}: duration {text} is longer than {days} days", where=where, text=repr(text),
                               days=MAX_DURATION.days))
        return value
    raise FeedError(tr("{where}: duration {text} is not HH:MM", where=where, text=repr(text)))


def links(pairs: list[tuple[Any, Any]], base: str) -> tuple[tuple[str, str], ...]:
    """(title, URL) of each link or attachment with an http(s) URL, a relative one (as frab writes its
    attachments) resolved against the event's page ``base``; a javascript: or file: link is dropped; each
    URL once."""
    from urllib.parse import urljoin

    out: dict[str, str] = {}
    for title, href in pairs:
        href = str(href or "").strip()
        if href.startswith("/") and base.lower().startswith(("http://", "https://")):
            href = urljoin(base, href)
        if href.lower().startswith(("http://", "https://")) and href not in out:
            out[href] = " ".join(str(title or "").split()) or href
    return tuple((t, h) for h, t in out.items())


def opted_out(value: Any) -> bool | None:
    """True/False from a do_not_record / <optout> value, None when the feed does not say."""
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    return {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}.get(text)
